"""An executed chapter as HTML: headings, folded code, outputs by kind."""

import nbformat
import pytest
from newsdag.report.blocks import TRUSTED_HTML
from newsdag.report.notebook import NotebookError
from newsdag.report.render import chapter_html, markdown_html, markdown_renderer, output_html, slug


def test_markdown_headings_move_down_a_level_and_raw_html_is_text():
    used = set()
    page = markdown_html(
        "# Title\n\n<script>x()</script>\n\n## A section", "entities", markdown_renderer(), used
    )
    assert '<h2 id="entities">Title</h2>' in page
    assert '<h3 id="entities--a-section">A section</h3>' in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page and "<script>" not in page


def test_heading_ids_are_unique_within_a_chapter():
    assert slug("Who is quoted, by outlet?") == "who-is-quoted-by-outlet" and slug("–") == "section"
    used = set()
    renderer = markdown_renderer()
    page = markdown_html("# T\n\n## Tone\n\n## Tone", "c", renderer, used)
    assert 'id="c--tone"' in page and 'id="c--tone-"' in page
    assert used == {"c", "c--tone", "c--tone-"}


def test_outputs_render_by_kind():
    assert output_html({"output_type": "stream", "name": "stdout", "text": "<b>"}) == (
        '<pre class="stream">&lt;b&gt;</pre>'
    )
    assert output_html({"output_type": "stream", "name": "stderr", "text": "warning"}) == ""
    plain = {"output_type": "execute_result", "data": {"text/plain": "<DataFrame>"}}
    assert output_html(plain) == "<pre>&lt;DataFrame&gt;</pre>"
    with pytest.raises(ValueError):
        output_html({"output_type": "display_data", "data": {"image/png": "<not base64>"}})
    ours = {"output_type": "display_data", "data": {TRUSTED_HTML: "<p>x</p>", "text/plain": "x"}}
    assert output_html(ours) == "<p>x</p>"


def test_html_not_built_by_report_blocks_fails_the_chapter():
    frame = {"output_type": "execute_result", "data": {"text/html": "<table>", "text/plain": "t"}}
    with pytest.raises(NotebookError, match="HTML not built by newsdag.report.blocks"):
        output_html(frame)


def test_code_is_folded_and_empty_cells_left_out():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell("x = '<b>'"),
        nbformat.v4.new_code_cell("  \n"),
    ]
    page = chapter_html(notebook, "c")
    assert page == (
        '<section class="chapter">\n<h2 id="c">Title</h2>\n\n'
        '<details class="code"><summary>code</summary><pre>x = &#x27;&lt;b&gt;&#x27;</pre>'
        "</details>\n</section>\n"
    )
