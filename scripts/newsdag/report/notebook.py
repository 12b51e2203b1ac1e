"""Running a report chapter: a jupytext notebook executed in a fresh kernel.

A chapter is a jupytext percent-format notebook in ``notebooks/`` (a ``.py``
file). This module

1. reads it with jupytext and, like papermill, inserts the workflow's values
   in a cell after the one tagged ``parameters`` (``inject_parameters``);
2. executes it with nbclient in a fresh kernel of the running Python (where
   the ``newsdag`` package is installed), with the project folder as working
   directory, so the notebook's relative paths (``results/tables/...``) hold
   (``execute_notebook``);
3. drops execution timestamps and interpreter details from the executed
   notebook, so the same inputs give the same bytes (``normalise_notebook``).

The chapter must open only the ``results/`` files its rule declares as
inputs (``notebooks/chapters.yaml``); audit cells record what it opens
(``add_audit_cells``, ``files_read``) and ``undeclared_reads`` names the
rest, since Snakemake would not re-execute the chapter when such a file
changed. ``newsdag.report.render`` turns the executed notebook into HTML.
"""

import json
import os
import pprint
import re
import tempfile
from pathlib import Path

os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")  # before jupyter_core is imported

import jupytext  # noqa: E402
import nbformat  # noqa: E402

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
TIMEOUT_SECONDS = 1800
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")  # colours in IPython tracebacks


class NotebookError(RuntimeError):
    """A chapter notebook failed; the message holds the cell and traceback."""


def read_notebook(path: str | Path) -> nbformat.NotebookNode:
    """The notebook in ``path`` (jupytext percent ``.py`` or ``.ipynb``)."""
    return jupytext.read(path)


def inject_parameters(notebook: nbformat.NotebookNode, parameters: dict) -> None:
    """Insert ``name = value`` assignments (as Python literals) in a code
    cell tagged ``injected-parameters``, right after the cell tagged
    ``parameters`` (at the top when there is none). Names and dict keys in
    sorted order, so the same values give the same cell."""
    if not parameters:
        return
    source = "# Parameters from the workflow's config\n" + "".join(
        f"{name} = {pprint.pformat(parameters[name], width=100, sort_dicts=True)}\n"
        for name in sorted(parameters)
    )
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    position = 0
    for index, existing in enumerate(notebook.cells):
        if PARAMETERS_TAG in existing.get("metadata", {}).get("tags", []):
            position = index + 1
            break
    notebook.cells.insert(position, cell)


def execute_notebook(notebook: nbformat.NotebookNode, workdir: str | Path) -> None:
    """Run every cell in a new kernel of this interpreter, in place.

    The kernel talks over IPC sockets (no TCP, works without a network),
    starts in ``workdir``, imports ``newsdag`` from this interpreter's
    environment (where it is installed), and reads no IPython profile of the
    machine (a fresh ``IPYTHONDIR``). It is shut down afterwards, whatever
    happens. Raises ``NotebookError`` with the failing cell's source and
    traceback.
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    with tempfile.TemporaryDirectory(prefix="newsdag-kernel-") as scratch:
        env = dict(os.environ)
        env["MPLBACKEND"] = "Agg"
        env["IPYTHONDIR"] = os.path.join(scratch, "ipython")
        # kernel_dirs=[] means: ignore kernelspecs installed elsewhere and use
        # ipykernel's own, which runs sys.executable, the running environment.
        manager = KernelManager(
            kernel_name="python3",
            kernel_spec_manager=KernelSpecManager(kernel_dirs=[]),
            transport="ipc",
            ip=os.path.join(scratch, "kernel"),
            connection_file=os.path.join(scratch, "kernel.json"),
        )
        client = NotebookClient(
            notebook,
            km=manager,
            timeout=TIMEOUT_SECONDS,
            resources={"metadata": {"path": str(workdir)}},
        )
        try:
            client.execute(env=env, cwd=str(workdir))
        except CellExecutionError as error:
            raise NotebookError(ANSI_ESCAPE.sub("", str(error))) from None
        finally:
            if manager.has_kernel:
                manager.shutdown_kernel(now=True)


# Cells added around a chapter while it runs and removed before it is saved:
# the first records every file under results/ that the chapter opens, the
# last prints that list, so the rule can check it against chapters.yaml.
AUDIT_TAG = "newsdag-audit"
AUDIT_START = """\
import os as _os, sys as _sys
_newsdag_reads = set()
def _newsdag_record(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, _os.PathLike)):
        path = _os.path.relpath(_os.path.abspath(_os.fsdecode(args[0])))
        if path.split(_os.sep)[0] == "results":
            _newsdag_reads.add(path.replace(_os.sep, "/"))
_sys.addaudithook(_newsdag_record)
"""
AUDIT_END = "import json as _json\nprint(_json.dumps(sorted(_newsdag_reads)))\n"


def add_audit_cells(notebook: nbformat.NotebookNode) -> None:
    """Wrap the notebook in the two audit cells (see ``AUDIT_TAG``)."""
    tagged = {"tags": [AUDIT_TAG]}
    notebook.cells.insert(0, nbformat.v4.new_code_cell(AUDIT_START, metadata=tagged))
    notebook.cells.append(nbformat.v4.new_code_cell(AUDIT_END, metadata=dict(tagged)))


def files_read(notebook: nbformat.NotebookNode) -> list[str]:
    """The ``results/`` files the executed notebook opened, and remove the
    audit cells from it."""
    audit = [c for c in notebook.cells if AUDIT_TAG in c.get("metadata", {}).get("tags", [])]
    notebook.cells = [c for c in notebook.cells if c not in audit]
    printed = "".join(o.get("text", "") for o in audit[-1].get("outputs", []))
    return json.loads(printed.strip().splitlines()[-1])


def undeclared_reads(read: list[str], declared: list[str] | None) -> list[str]:
    """Files the chapter opened that its declared inputs do not list
    (none when nothing is declared: a chapter run by hand)."""
    if declared is None:
        return []
    return sorted(set(read) - {Path(p).as_posix() for p in declared})


def normalise_notebook(notebook: nbformat.NotebookNode) -> None:
    """Drop what changes between identical runs: execution timestamps,
    interpreter version and kernel metadata. Execution counts stay (they
    only number the cells)."""
    notebook.metadata = nbformat.from_dict(
        {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
         "language_info": {"name": "python"}}  # fmt: skip
    )
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.pop("id", None)
        for output in cell.get("outputs", []):
            if "metadata" in output:
                output["metadata"] = {}
    notebook.nbformat, notebook.nbformat_minor = 4, 4


def stderr_text(notebook: nbformat.NotebookNode) -> str:
    """Everything the cells wrote to stderr (warnings), for the log."""
    return "".join(
        output.get("text", "")
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "stream" and output.get("name") == "stderr"
    )


def write_notebook(notebook: nbformat.NotebookNode, path: str | Path) -> None:
    """Write ``notebook`` as ``.ipynb`` JSON (UTF-8, ``\\n`` line ends)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        nbformat.write(notebook, handle)
