"""The report's HTML blocks: every text escaped, numbers formatted."""

import pandas as pd
from newsdag.report.blocks import (
    capped_caption,
    count_text,
    escape,
    figure_html,
    format_number,
    pooled_total,
    quote_html,
    small_sample_warning,
    table_html,
)

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


def test_bidi_controls_are_shown_not_obeyed():
    assert escape("Maduro \u202egnimoc") == "Maduro [U+202E]gnimoc"
    assert (
        count_text(1, "article") == "1 article" and count_text(2065, "article") == "2,065 articles"
    )
    assert count_text(3, "file was", "files were") == "3 files were"


def test_capped_caption_says_where_the_rest_is():
    assert capped_caption("Names", 3, 100, "t.csv") == "Names."
    assert capped_caption("Names", 101, 100, "t.csv") == (
        "Names (the 100 most mentioned; all are in t.csv)."
    )
