"""The report's building blocks: escaping, notebook execution and rendering,
assembly, and the chapter list that drives re-execution."""

import os
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import yaml

from assemble_report import CONTENT_SECURITY_POLICY, contents_html, report_html
from conftest import ROOT
from render_notebook import (
    NotebookError,
    render,
    chapter_html,
    execute_notebook,
    inject_parameters,
    markdown_html,
    markdown_renderer,
    normalise_notebook,
    output_html,
    read_notebook,
)
from report_blocks import (
    TRUSTED_HTML,
    count_text,
    escape,
    figure_html,
    format_number,
    pooled_total,
    quote_html,
    small_sample_warning,
    table_html,
)

CHAPTERS = yaml.safe_load((ROOT / "notebooks/chapters.yaml").read_text())
HOSTILE = "<script>alert('x')</script> </table><img src=x onerror=alert(1)> **b** $x$ & \\(y\\)"
CORPUS = pd.DataFrame(
    {"outlet": ["ANI", "DW", "The Moscow Times", "ALL"], "documents": ["1", "4", "2", "7"]}
)


def test_table_cells_headers_and_caption_are_escaped():
    frame = pd.DataFrame({"name": [HOSTILE], "n": ["1234.5"]})
    page = table_html(frame, {"name": "<Name>", "n": "Words (n)"}, HOSTILE, digits={"n": 1})
    assert "<script" not in page and "<img" not in page and "</table><img" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<th>&lt;Name&gt;</th>" in page
    assert "<td class=num>1,234.5</td>" in page
    assert page.count("</table>") == 1


def test_numbers_show_thousands_decimals_percentages_and_dashes():
    assert format_number("2065", 0) == "2,065"
    assert format_number(0.12345, 3) == "0.123"
    assert format_number("", 2) == "–" and format_number(float("nan"), 2) == "–"
    frame = pd.DataFrame({"share": ["0.6", ""]})
    page = table_html(frame, {"share": "Share (%)"}, "c", digits={"share": 1}, percent=("share",))
    assert "<td class=num>60.0</td>" in page and "<td class=num>–</td>" in page


def test_empty_table_says_so():
    page = table_html(pd.DataFrame(columns=["a"]), {"a": "A"}, "nothing")
    assert '<td colspan="1">no rows</td>' in page


def test_pooled_total_reads_the_all_row_and_is_zero_for_an_empty_corpus():
    assert pooled_total(CORPUS) == 7
    assert pooled_total(CORPUS.iloc[0:0]) == 0


def test_small_sample_warning_names_only_small_outlets():
    warning = small_sample_warning(CORPUS, 3)
    assert "ANI (1 article)" in warning and "The Moscow Times (2 articles)" in warning
    assert "DW" not in warning and "ALL" not in warning
    assert "2 outlets have fewer than 3 articles" in warning
    assert small_sample_warning(CORPUS, 1) == ""


def test_quotes_and_figures_embed_their_content_safely(tmp_path):
    block = quote_html(HOSTILE, f"Outlet, “{HOSTILE}”")
    assert "<script" not in block and block.count("<blockquote>") == 1
    png = tmp_path / "f.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    figure = figure_html(png, "caption <b>", 'alt "quoted"')
    assert 'src="data:image/png;base64,iVBORw0KGgo=' in figure
    assert "caption &lt;b&gt;" in figure and 'alt="alt &quot;quoted&quot;"' in figure
    assert "is missing" in figure_html(tmp_path / "none.png", "c", "a")


def test_markdown_headings_move_down_a_level_and_raw_html_is_text():
    used = set()
    page = markdown_html(
        "# Title\n\n<script>x()</script>\n\n## A section", "entities", markdown_renderer(), used
    )
    assert '<h2 id="entities">Title</h2>' in page
    assert '<h3 id="entities--a-section">A section</h3>' in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page and "<script>" not in page


def test_parameters_are_injected_after_the_parameters_cell():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# T"),
        nbformat.v4.new_code_cell("n = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(n)"),
    ]
    inject_parameters(notebook, {"n": 5, "config": {"b": 1, "a": "x"}})
    assert notebook.cells[2].source.splitlines()[1:] == ["config = {'a': 'x', 'b': 1}", "n = 5"]
    assert notebook.cells[2].metadata["tags"] == ["injected-parameters"]
    html = chapter_html(notebook, "t")
    assert "n = 1" not in html and "n = 5" in html  # the defaults cell is left out


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
    with pytest.raises(NotebookError, match="HTML not built by report_blocks"):
        output_html(frame)


def test_bidi_controls_are_shown_not_obeyed():
    assert escape("Maduro \u202egnimoc") == "Maduro [U+202E]gnimoc"
    assert (
        count_text(1, "article") == "1 article" and count_text(2065, "article") == "2,065 articles"
    )
    assert count_text(3, "file was", "files were") == "3 files were"


def kernels_of_this_process() -> list[int]:
    """Running ipykernel processes whose parent is this test process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == os.getpid() and b"ipykernel_launcher" in command:
            found.append(int(stat.parent.name))
    return found


def test_a_notebook_runs_in_the_project_with_scripts_importable(tmp_path, monkeypatch):
    startup = tmp_path / "ipython/profile_default/startup"
    startup.mkdir(parents=True)
    (startup / "00-machine.py").write_text(f"open({str(tmp_path / 'leaked')!r}, 'w')\n")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # the machine's profile
    (tmp_path / "results").mkdir()
    (tmp_path / "results/value.txt").write_text("42")
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(
            "from report_blocks import paragraph_html, show\n"
            "show(paragraph_html(open('results/value.txt').read() + ' <articles>'))"
        )
    ]
    execute_notebook(notebook, tmp_path)
    assert not (tmp_path / "leaked").exists()  # the kernel ignored the machine's profile
    assert kernels_of_this_process() == []  # and was shut down
    assert notebook.cells[0].metadata["execution"]  # timestamps, before normalising
    normalise_notebook(notebook)
    assert "execution" not in notebook.cells[0].metadata
    assert notebook.metadata["language_info"] == {"name": "python"}
    assert "<p>42 &lt;articles&gt;</p>" in chapter_html(notebook, "c")


def test_a_chapter_reading_an_undeclared_table_fails(tmp_path):
    (tmp_path / "results").mkdir()
    (tmp_path / "results/a.csv").write_text("x\n1\n")
    (tmp_path / "results/b.csv").write_text("x\n2\n")
    chapter = tmp_path / "chapter.py"
    chapter.write_text(
        "# %%\nimport pandas as pd\nname = 'b'\n"
        "frames = [pd.read_csv('results/a.csv'), pd.read_csv(f'results/{name}.csv')]\n"
    )
    out = {"notebook_out": tmp_path / "c.ipynb", "html_out": tmp_path / "c.html"}
    render(chapter, "c", {}, tmp_path, **out, declared_inputs=["results/a.csv", "results/b.csv"])
    assert out["html_out"].exists() and "newsdag-audit" not in out["notebook_out"].read_text()
    with pytest.raises(NotebookError, match=r"chapter c read results/b.csv, which"):
        render(chapter, "c", {}, tmp_path, **out, declared_inputs=["results/a.csv"])
    assert kernels_of_this_process() == []


def test_a_failing_cell_reports_its_source_and_error(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("table = {}\ntable['missing_column']")]
    with pytest.raises(NotebookError) as error:
        execute_notebook(notebook, tmp_path)
    message = str(error.value)
    assert "table['missing_column']" in message and "KeyError: 'missing_column'" in message
    assert "\x1b[" not in message  # no terminal colours in the log


def test_contents_link_every_chapter_and_section():
    fragments = [
        '<section class="chapter"><h2 id="a">First &amp; one</h2><h3 id="a--s">S</h3></section>',
        '<section class="chapter"><h2 id="b">Second</h2></section>',
    ]
    nav = contents_html(fragments)
    assert re.findall(r'href="#([^"]+)"', nav) == ["a", "a--s", "b"]
    assert "First &amp; one" in nav


def test_page_is_self_contained_and_forbids_scripts():
    manifest = {"corpus_fingerprint": "f" * 64, "config_hash": "c" * 64, "code_version": "v1"}
    corpus = pd.DataFrame(
        {"outlet": ["X", "ALL"], "documents": ["2", "2"], "dated_documents": ["1", "1"],
         "first_date": ["2019-05-01"] * 2, "last_date": ["2019-05-02"] * 2}
    )  # fmt: skip
    page = report_html("A <title>", ['<section class="chapter"><h2 id="a">A</h2></section>'],
                       manifest, corpus)  # fmt: skip
    assert f'content="{CONTENT_SECURITY_POLICY}"' in page
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "<title>A &lt;title&gt;</title>" in page
    assert "2 articles from 1 outlet; 1 of them dated, from 2019-05-01 to 2019-05-02." in page
    assert not re.search(r"<script|<link|@import|https?://", page)
    assert page == report_html("A <title>", ['<section class="chapter"><h2 id="a">A</h2></section>'],
                               manifest, corpus)  # fmt: skip


@pytest.mark.parametrize("chapter", list(CHAPTERS))
def test_each_chapter_reads_only_the_inputs_it_declares(chapter):
    source = (ROOT / f"notebooks/{chapter}.py").read_text()
    read = set(re.findall(r'"(results/[^"]+)"', source))
    assert read == set(CHAPTERS[chapter]["inputs"])
    notebook = read_notebook(ROOT / f"notebooks/{chapter}.py")
    assert notebook.cells[0].cell_type == "markdown"
    assert notebook.cells[0].source.startswith("# ")  # the chapter title
    defaults = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(defaults) == 1
    for key in CHAPTERS[chapter]["config"]:
        assert re.search(rf"^{key} = ", defaults[0].source, re.M), key
