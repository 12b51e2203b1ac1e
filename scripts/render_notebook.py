"""Rule ``render_notebook``: execute one report chapter and render it to HTML.

A chapter is a jupytext percent-format notebook in ``notebooks/`` (a ``.py``
file). This script

1. reads it with jupytext and, like papermill, inserts the workflow's values
   in a cell after the one tagged ``parameters``;
2. executes it with nbclient in a fresh kernel of the running Python (where
   the ``newsdag`` package is installed), with the project folder as working
   directory, so the notebook's relative paths (``results/tables/...``) hold;
3. writes the executed notebook without execution timestamps or interpreter
   details (same inputs, same bytes) to ``results/report/notebooks/``;
4. renders it to an HTML fragment, ``<section class="chapter">``, in
   ``results/report/chapters/``: markdown cells through markdown-it-py with
   raw HTML disabled, headings one level down (the chapter title becomes
   ``<h2>``), each code cell's source folded away in a ``<details>`` element,
   its outputs shown: the HTML blocks of ``newsdag.report.blocks`` (which
   escape every text; any other HTML output fails the chapter), PNG images
   embedded, plain text and ``stdout`` escaped. ``stderr`` goes to the log.

The chapter must open only the ``results/`` files its rule declares as
inputs (``notebooks/chapters.yaml``); an audit hook records what it opens
and an undeclared read fails the rule, since Snakemake would not re-execute
the chapter when that file changed.

Execution is in ``newsdag.report.notebook``, rendering in
``newsdag.report.render``. A cell that raises stops the run with the cell's
source and traceback in the log. Run outside Snakemake::

    python scripts/render_notebook.py notebooks/entities.py --out-dir /tmp/report
"""

import argparse
import sys
from pathlib import Path

from newsdag.constants import PROJECT_DIR
from newsdag.io import configure_logging
from newsdag.report.chapters import chapter_parameters, load_config, read_chapters
from newsdag.report.notebook import NotebookError, write_notebook
from newsdag.report.render import render_chapter


def run(
    source,
    chapter: str,
    parameters: dict,
    workdir,
    notebook_out,
    html_out,
    declared_inputs: list[str] | None = None,
) -> None:
    """Execute ``source`` and write the executed notebook and its HTML
    (nothing when the chapter fails)."""
    notebook, page = render_chapter(source, chapter, parameters, workdir, declared_inputs)
    write_notebook(notebook, notebook_out)
    Path(html_out).parent.mkdir(parents=True, exist_ok=True)
    Path(html_out).write_text(page, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", help="a chapter, e.g. notebooks/entities.py")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--workdir", default=str(PROJECT_DIR), help="folder holding results/")
    parser.add_argument("--configfile", default=str(PROJECT_DIR / "config" / "config.yaml"))
    args = parser.parse_args(argv)
    configure_logging()
    chapter = Path(args.notebook).name.split(".")[0]
    spec = read_chapters()[chapter]
    out = Path(args.out_dir)
    try:
        run(args.notebook, chapter, chapter_parameters(spec, load_config(args.configfile)),
            args.workdir, out / "notebooks" / f"{chapter}.ipynb",
            out / "chapters" / f"{chapter}.html", spec["inputs"])  # fmt: skip
    except NotebookError:
        sys.exit(1)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.notebook, sm.wildcards.chapter, dict(sm.params.parameters),
            Path.cwd(), sm.output.notebook, sm.output.html, list(sm.input.tables))  # fmt: skip
    else:
        main(sys.argv[1:])
