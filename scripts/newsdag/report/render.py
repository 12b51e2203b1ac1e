"""A report chapter as an HTML fragment: execute its notebook, render it.

``render_chapter`` runs a chapter through ``newsdag.report.notebook`` and
renders the executed notebook to one ``<section class="chapter">``:
markdown cells through markdown-it-py with raw HTML disabled, headings one
level down (the chapter title becomes ``<h2>``), each code cell's source
folded away in a ``<details>`` element, its outputs shown: the HTML blocks
of ``newsdag.report.blocks`` (which escape every text; any other HTML output
fails the chapter), PNG images embedded, plain text and ``stdout`` escaped.
``stderr`` goes to the log.
"""

import base64
import html
import logging
import re
from pathlib import Path

import nbformat
from markdown_it import MarkdownIt

from newsdag.report.blocks import TRUSTED_HTML
from newsdag.report.notebook import (
    PARAMETERS_TAG,
    NotebookError,
    add_audit_cells,
    execute_notebook,
    files_read,
    inject_parameters,
    normalise_notebook,
    read_notebook,
    stderr_text,
    undeclared_reads,
)

log = logging.getLogger(__name__)


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

    Only HTML that ``newsdag.report.blocks.show`` displayed (MIME type
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
        return "".join(data[TRUSTED_HTML])  # built by newsdag.report.blocks: all text escaped
    if "text/html" in data:
        raise NotebookError(
            "a cell displayed HTML not built by newsdag.report.blocks (e.g. a DataFrame or "
            "IPython.display.HTML), which could carry unescaped article text: show it with "
            "table_html/paragraph_html and show from newsdag.report.blocks instead"
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


def render_chapter(
    source: str | Path,
    chapter: str,
    parameters: dict,
    workdir: str | Path,
    declared_inputs: list[str] | None = None,
) -> tuple[nbformat.NotebookNode, str]:
    """Execute the chapter notebook ``source`` with ``parameters`` in
    ``workdir``: the executed notebook (normalised, audit cells removed) and
    its HTML fragment.

    With ``declared_inputs`` (the rule's inputs), a chapter that opens a
    file under ``results/`` not among them fails: Snakemake would not
    re-execute it when that file changes. Raises ``NotebookError`` (logged
    with the cell's source and traceback) when the chapter fails.
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
    return notebook, page
