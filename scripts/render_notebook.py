"""Rule ``render_notebook``: execute one report chapter and render it to HTML.

A chapter is a jupytext percent-format notebook in ``notebooks/`` (a ``.py``
file). This script

1. reads it with jupytext and, like papermill, inserts the workflow's values
   in a cell after the one tagged ``parameters``;
2. executes it with nbclient in a fresh kernel of the running Python, with
   the project folder as working directory and ``scripts/`` importable, so
   the notebook's relative paths (``results/tables/...``) hold;
3. writes the executed notebook without execution timestamps or interpreter
   details (same inputs, same bytes) to ``results/report/notebooks/``;
4. renders it to an HTML fragment, ``<section class="chapter">``, in
   ``results/report/chapters/``: markdown cells through markdown-it-py with
   raw HTML disabled, headings one level down (the chapter title becomes
   ``<h2>``), each code cell's source folded away in a ``<details>`` element,
   its outputs shown: the HTML blocks of ``report_blocks`` (which escape
   every text; any other HTML output fails the chapter), PNG images
   embedded, plain text and ``stdout`` escaped. ``stderr`` goes to the log.

The chapter must open only the ``results/`` files its rule declares as
inputs (``notebooks/chapters.yaml``); an audit hook records what it opens
and an undeclared read fails the rule, since Snakemake would not re-execute
the chapter when that file changed.

A cell that raises stops the run with the cell's source and traceback in
the log. Run outside Snakemake::

    python scripts/render_notebook.py notebooks/entities.py --out-dir /tmp/report
"""

import argparse
import base64
import html
import json
import logging
import os
import pprint
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")  # before jupyter_core is imported

import jupytext  # noqa: E402
import nbformat  # noqa: E402
from markdown_it import MarkdownIt  # noqa: E402

from newsdag_common import configure_logging  # noqa: E402
from report_blocks import TRUSTED_HTML  # noqa: E402
from report_chapters import chapter_parameters, read_chapters  # noqa: E402

log = logging.getLogger("render_notebook")

SCRIPTS = Path(__file__).resolve().parent
PROJECT = SCRIPTS.parent
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
    starts in ``workdir``, can import the modules in ``scripts/``, and reads
    no IPython profile of the machine (a fresh ``IPYTHONDIR``). It is shut
    down afterwards, whatever happens. Raises ``NotebookError`` with the
    failing cell's source and traceback.
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    with tempfile.TemporaryDirectory(prefix="newsdag-kernel-") as scratch:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SCRIPTS), env.get("PYTHONPATH")]))
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
# last prints that list, so render() can check it against chapters.yaml.
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


def slug(text: str) -> str:
    """Lower-case, ASCII letters and digits joined by ``-``: an HTML id."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def markdown_renderer() -> MarkdownIt:
    """CommonMark plus tables; raw HTML in markdown is shown escaped."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_html(text: str, chapter: str, renderer: MarkdownIt, used_ids: set[str]) -> str:
    """One markdown cell as HTML, headings one level down (``#`` -> ``<h2>``,
    at most ``<h6>``), each with a unique id ``<chapter>`` for the first
    heading of the chapter and ``<chapter>--<heading>`` for the others."""
    tokens = renderer.parse(text)
    for index, token in enumerate(tokens):
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
        if token.type == "heading_open":
            title = tokens[index + 1].content
            anchor = chapter if not used_ids else f"{chapter}--{slug(title)}"
            while anchor in used_ids:
                anchor += "-"
            used_ids.add(anchor)
            token.attrSet("id", anchor)
    return renderer.renderer.render(tokens, renderer.options, {})


def output_html(output: dict) -> str:
    """One cell output as HTML ("" for stderr and unknown kinds).

    Only HTML that ``report_blocks.show`` displayed (MIME type
    ``TRUSTED_HTML``) is copied into the page; any other ``text/html``
    raises ``NotebookError``. PNG images are embedded, plain text escaped.
    """
    kind = output.get("output_type")
    if kind == "stream":
        text = output.get("text", "")
        return (
            f'<pre class="stream">{html.escape(text)}</pre>' if output["name"] == "stdout" else ""
        )
    if kind not in ("display_data", "execute_result"):
        return ""
    data = output.get("data", {})
    if TRUSTED_HTML in data:
        return "".join(data[TRUSTED_HTML])  # built by report_blocks, which escapes all text
    if "text/html" in data:
        raise NotebookError(
            "a cell displayed HTML not built by report_blocks (e.g. a DataFrame or "
            "IPython.display.HTML), which could carry unescaped article text: show it with "
            "report_blocks.table_html/paragraph_html and report_blocks.show instead"
        )
    if "image/png" in data:
        png = "".join(data["image/png"]).replace("\n", "")
        base64.b64decode(png, validate=True)  # refuse anything that is not base64
        return f'<figure><img src="data:image/png;base64,{png}" alt=""></figure>'
    if "text/plain" in data:
        return f"<pre>{html.escape(''.join(data['text/plain']))}</pre>"
    return ""


def is_defaults(cell) -> bool:
    """True for the cell tagged ``parameters``: its defaults are overridden
    by the injected cell after it, so the page leaves it out."""
    return PARAMETERS_TAG in cell.get("metadata", {}).get("tags", [])


def chapter_html(notebook: nbformat.NotebookNode, chapter: str) -> str:
    """The executed notebook as one ``<section class="chapter">``: markdown,
    each code cell's source folded away (except the ``parameters`` cell's
    defaults), its outputs. The chapter's first heading carries the id
    ``chapter``, for the table of contents."""
    renderer = markdown_renderer()
    used_ids: set[str] = set()
    parts = ['<section class="chapter">']
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            parts.append(markdown_html(cell.source, chapter, renderer, used_ids))
        elif cell.cell_type == "code" and cell.source.strip() and not is_defaults(cell):
            parts.append(
                '<details class="code"><summary>code</summary>'
                f"<pre>{html.escape(cell.source)}</pre></details>"
            )
            parts.extend(output_html(output) for output in cell.get("outputs", []))
    parts.append("</section>")
    return "\n".join(part for part in parts if part) + "\n"


def undeclared_reads(read: list[str], declared: list[str] | None) -> list[str]:
    """Files the chapter opened that its declared inputs do not list
    (none when nothing is declared: a chapter run by hand)."""
    if declared is None:
        return []
    return sorted(set(read) - {Path(p).as_posix() for p in declared})


def render(source, chapter: str, parameters: dict, workdir, notebook_out, html_out,
           declared_inputs: list[str] | None = None) -> None:  # fmt: skip
    """Execute ``source`` and write the executed notebook and its HTML.

    With ``declared_inputs`` (the rule's inputs), a chapter that opens a
    file under ``results/`` not among them fails: Snakemake would not
    re-execute it when that file changes.
    """
    notebook = read_notebook(source)
    inject_parameters(notebook, parameters)
    add_audit_cells(notebook)
    log.info("executing %s in %s", source, workdir)
    try:
        execute_notebook(notebook, workdir)
        read = files_read(notebook)
        undeclared = undeclared_reads(read, declared_inputs)
        if undeclared:
            raise NotebookError(
                f"chapter {chapter} read {', '.join(undeclared)}, which "
                "notebooks/chapters.yaml does not list among its inputs: add them there"
            )
        normalise_notebook(notebook)
        page = chapter_html(notebook, chapter)
    except NotebookError as error:
        log.error("chapter %s failed:\n%s", chapter, error)
        raise
    log.info("chapter %s read %s", chapter, ", ".join(read) or "nothing under results/")
    warnings = stderr_text(notebook)
    if warnings:
        log.warning("stderr of %s:\n%s", chapter, warnings)
    for path in (notebook_out, html_out):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(notebook_out, "w", encoding="utf-8", newline="\n") as handle:
        nbformat.write(notebook, handle)
    Path(html_out).write_text(page, encoding="utf-8", newline="\n")


def load_config(path: str | Path) -> dict:
    """A config file validated against the workflow's schema, defaults
    filled in, as Snakemake gives it to the rules."""
    import yaml
    from snakemake.utils import validate

    with open(path, encoding="utf-8") as handle:
        config = yaml.safe_load(handle) or {}
    validate(config, str(PROJECT / "workflow" / "schemas" / "config.schema.yaml"))
    return config


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", help="a chapter, e.g. notebooks/entities.py")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--workdir", default=str(PROJECT), help="folder holding results/")
    parser.add_argument("--configfile", default=str(PROJECT / "config" / "config.yaml"))
    args = parser.parse_args(argv)
    configure_logging()
    chapter = Path(args.notebook).name.split(".")[0]
    spec = read_chapters()[chapter]
    out = Path(args.out_dir)
    try:
        render(args.notebook, chapter, chapter_parameters(spec, load_config(args.configfile)),
               args.workdir, out / "notebooks" / f"{chapter}.ipynb",
               out / "chapters" / f"{chapter}.html", spec["inputs"])  # fmt: skip
    except NotebookError:
        sys.exit(1)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        render(sm.input.notebook, sm.wildcards.chapter, dict(sm.params.parameters),
               Path.cwd(), sm.output.notebook, sm.output.html, list(sm.input.tables))  # fmt: skip
    else:
        main(sys.argv[1:])
