"""HTML blocks for the report chapters: tables, figures, notes and warnings.

The chapter notebooks in ``notebooks/`` build their output only from these
functions. Every piece of text that reaches the page, article titles,
sentences and actor names above all, is HTML-escaped here, so text from the
corpus is always shown as text and never interpreted as markup. Numbers are
formatted with their unit in the column header and the n in the caption.

Each ``*_html`` function returns a string; ``show`` displays one in a
notebook under a MIME type of its own, ``TRUSTED_HTML``: ``newsdag.report.render``
copies only that into the page and fails a chapter that displays any other
HTML (a DataFrame, ``IPython.display.HTML``), which could carry unescaped text.
"""

import base64
import html
import re
from pathlib import Path

import pandas as pd

from newsdag.constants import ALL_OUTLETS

MISSING = "–"  # shown for an empty cell or a value that could not be computed
# The MIME type of the HTML that ``show`` displays. ``newsdag.report.render``
# copies only this into the page; a plain ``text/html`` output fails the chapter.
TRUSTED_HTML = "text/vnd.newsdag.html"


# Explicit bidirectional embeddings, overrides and isolates: in a title they
# could reverse how the text after them reads. Shown as visible code points.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def escape(value) -> str:
    """``value`` as text safe inside HTML elements and attribute values;
    bidi control characters become a visible ``[U+202E]``."""
    text = BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", str(value))
    return html.escape(text, quote=True)


def count_text(n: int, noun: str, plural: str | None = None) -> str:
    """``"1 article"``, ``"2,065 articles"``: a count with its noun."""
    return f"{int(n):,} {noun if int(n) == 1 else (plural or noun + 's')}"


def format_number(value, digits: int = 2) -> str:
    """A number as text with thousands separators and ``digits`` decimals;
    ``–`` for an empty cell, a non-number or NaN."""
    number = pd.to_numeric(value, errors="coerce")
    if pd.isna(number):
        return MISSING
    return f"{float(number):,.{digits}f}"


def table_html(
    frame: pd.DataFrame,
    columns: dict[str, str],
    caption: str,
    digits: dict[str, int] | None = None,
    percent: tuple[str, ...] = (),
) -> str:
    """An HTML table of ``frame``'s ``columns`` (column -> header; headers
    carry the unit) under ``caption`` (which should state the n).

    Columns named in ``digits`` are numbers, shown right-aligned with that
    many decimals; those also named in ``percent`` are shares from 0 to 1
    shown as percentages. Other cells are text; empty ones show ``–``.
    Every cell, header and the caption are escaped.
    """
    digits = digits or {}
    head = "".join(
        f'<th{" class=num" if c in digits else ""}>{escape(h)}</th>' for c, h in columns.items()
    )
    rows = []
    for values in frame[list(columns)].itertuples(index=False, name=None):
        cells = []
        for column, value in zip(columns, values):
            if column in digits:
                number = pd.to_numeric(value, errors="coerce")
                number = number * 100 if column in percent else number
                cells.append(f"<td class=num>{format_number(number, digits[column])}</td>")
            else:
                text = MISSING if value is None or value == "" else value
                cells.append(f"<td>{escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        rows.append(f'<tr><td colspan="{len(columns)}">no rows</td></tr>')
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def figure_html(path: str | Path, caption: str, alt: str) -> str:
    """A PNG figure embedded as a data URI (the page needs no other file),
    with its caption; a visible note instead when the file is missing."""
    path = Path(path)
    if not path.is_file():
        return warning_html(f"Figure {path.as_posix()} is missing.")
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{escape(alt)}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def heading_html(text: str, level: int = 4) -> str:
    """A heading (``<h4>`` by default: below the chapter's ``##`` sections)."""
    return f"<h{level}>{escape(text)}</h{level}>"


def paragraph_html(text: str) -> str:
    """A paragraph of plain text (escaped)."""
    return f"<p>{escape(text)}</p>"


def warning_html(text: str) -> str:
    """A highlighted note for the reader, e.g. a small-sample warning."""
    return f'<p class="warning"><strong>Note:</strong> {escape(text)}</p>'


def quote_html(text: str, source: str) -> str:
    """A sentence from an article shown in full as a block quote, with its
    source (outlet, title, score) underneath; both escaped."""
    return f"<blockquote><p>{escape(text)}</p>" f"<footer>{escape(source)}</footer></blockquote>"


def capped_caption(caption: str, n_rows: int, max_rows: int, path: str) -> str:
    """``caption`` ending in a full stop, saying when only the first
    ``max_rows`` of ``n_rows`` rows are shown and where all of them are:
    "Actors (the 100 most mentioned; all are in results/tables/actors.csv)."."""
    if n_rows > max_rows:
        caption += f" (the {max_rows:,} most mentioned; all are in {path})"
    return caption + "."


def pooled_total(table: pd.DataFrame, column: str = "documents") -> int:
    """``column`` of the ``ALL`` row (all outlets pooled) as a whole
    number; 0 when the table has no such row (an empty corpus)."""
    return int(pd.to_numeric(table.loc[table["outlet"] == ALL_OUTLETS, column]).sum())


def small_sample_warning(corpus_by_outlet: pd.DataFrame, min_articles: int) -> str:
    """A warning naming each outlet with fewer than ``min_articles``
    articles (``ALL`` excluded), or ``""`` when there is none."""
    table = corpus_by_outlet[corpus_by_outlet["outlet"] != ALL_OUTLETS]
    counts = table["documents"].astype(int)
    small = table[counts < min_articles]
    if small.empty:
        return ""
    names = ", ".join(
        f"{outlet} ({n} article{'s' if int(n) != 1 else ''})"
        for outlet, n in zip(small["outlet"], small["documents"])
    )
    return warning_html(
        f"{len(small)} outlet{'s have' if len(small) != 1 else ' has'} fewer than "
        f"{min_articles} articles: {names}. Figures for such an outlet describe those "
        "articles, not the outlet's coverage in general; compare them with care."
    )


def show(block: str) -> None:
    """Display an HTML block from this module in the running notebook
    (nothing if empty), as ``TRUSTED_HTML`` with a plain-text fallback."""
    if block:
        from IPython.display import display

        display({TRUSTED_HTML: block, "text/plain": "<newsdag report block>"}, raw=True)
