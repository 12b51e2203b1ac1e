"""The report page: the chapters as one self-contained HTML page.

``report_html`` builds ``results/report/index.html``: a title page (title,
the corpus in numbers, the code and corpus versions), a table of contents
linking every chapter and its sections, then the chapter fragments rendered
by ``newsdag.report.render`` in the order given. Figures are embedded as data
URIs and the style sheet is inline, so the file opens anywhere with no
network and no other file.

The page runs no script: its Content-Security-Policy forbids scripts and
every fetch (``default-src 'none'``), a second guard behind the escaping of
all article text in ``newsdag.report.blocks``. Nothing depends on the clock:
the same chapters and manifest give the same bytes.
"""

import html
import re

from newsdag.constants import ALL_OUTLETS
from newsdag.report.blocks import count_text

CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>', re.S)
STYLE = """
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1d1d1f; max-width: 64rem; margin: 0 auto; padding: 0 1.5rem 4rem; }
header.title { padding: 3rem 0 1.5rem; border-bottom: 2px solid #3b6ea8; }
header.title h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; }
header.title p { margin: .25rem 0; color: #444; }
header.title code { font-size: .85em; }
nav#contents { margin: 1.5rem 0 2rem; }
nav#contents ol { padding-left: 1.4rem; }
nav#contents ol ol { list-style: none; padding-left: 1rem; font-size: .92em; }
section.chapter { border-top: 1px solid #ccc; margin-top: 3rem; padding-top: 1rem; }
h2 { font-size: 1.6rem; } h3 { font-size: 1.25rem; margin-top: 2rem; }
h4 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
table { border-collapse: collapse; margin: 1rem 0 1.5rem; font-size: .85rem;
        display: block; overflow-x: auto; max-width: 100%; }
caption { caption-side: top; text-align: left; font-style: italic; padding: .25rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; vertical-align: top;
         text-align: left; }
th { background: #f2f4f7; } td.num, th.num { text-align: right; } td.num { white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafafa; }
figure { margin: 1rem 0 2rem; } figure img { max-width: 100%; height: auto; }
figcaption { font-style: italic; font-size: .9rem; color: #444; }
blockquote { margin: .5rem 0 1rem; padding: .25rem 1rem; border-left: 4px solid #3b6ea8;
             background: #f7f9fc; }
blockquote p { margin: .25rem 0; } blockquote footer { font-size: .85rem; color: #555; }
p.warning { background: #fff4e0; border-left: 4px solid #d98b00; padding: .5rem 1rem; }
details.code { margin: .25rem 0; font-size: .8rem; color: #666; }
details.code pre { background: #f6f6f6; padding: .5rem; overflow-x: auto; }
pre.stream { background: #f6f6f6; padding: .5rem; }
"""


def outline(fragment: str) -> list[tuple[int, str, str]]:
    """``(level, id, inner html)`` of the ``<h2>`` and ``<h3>`` headings of a
    chapter fragment written by ``newsdag.report.render`` (whose heading text is
    already escaped)."""
    return [(int(level), anchor, inner) for level, anchor, inner in HEADING.findall(fragment)]


def contents_html(fragments: list[str]) -> str:
    """The table of contents: each chapter (its ``<h2>``) with its sections."""
    items = []
    for fragment in fragments:
        headings = outline(fragment)
        chapters = [h for h in headings if h[0] == 2]
        if not chapters:
            continue
        _, anchor, title = chapters[0]
        sections = "".join(
            f'<li><a href="#{a}">{inner}</a></li>' for level, a, inner in headings if level == 3
        )
        items.append(
            f'<li><a href="#{anchor}">{title}</a>' + (f"<ol>{sections}</ol>" if sections else "")
            + "</li>"
        )  # fmt: skip
    return f'<nav id="contents"><h2>Contents</h2><ol>{"".join(items)}</ol></nav>'


def title_html(title: str, manifest: dict, corpus_by_outlet) -> str:
    """The title page: the report title, the corpus in numbers and the
    versions that identify this run (no clock time)."""
    pooled = corpus_by_outlet[corpus_by_outlet["outlet"] == ALL_OUTLETS]
    n_outlets = int((corpus_by_outlet["outlet"] != ALL_OUTLETS).sum())
    if len(pooled):
        row = pooled.iloc[0]
        n_articles, n_dated = int(row["documents"]), int(row["dated_documents"])
        if n_dated == 0:
            dates = "none of them dated"
        else:
            which = "all" if n_dated == n_articles else f"{n_dated:,} of them"
            dates = f"{which} dated, from {row['first_date']} to {row['last_date']}"
        summary = (
            f"{count_text(n_articles, 'article')} from {count_text(n_outlets, 'outlet')}; "
            f"{dates}."
        )
    else:
        summary = "No articles were kept."
    facts = (
        ("Corpus fingerprint", manifest["corpus_fingerprint"][:16]),
        ("config", manifest["config_hash"][:16]),
        ("code", manifest["code_version"]),
    )
    versions = "; ".join(f"{name} <code>{html.escape(value)}</code>" for name, value in facts)
    return (
        f'<header class="title"><h1>{html.escape(title)}</h1>'
        f"<p>{html.escape(summary)}</p><p>{versions}</p>"
        "<p>Made with newsdag. Methods and provenance are in the last chapter.</p></header>"
    )


def report_html(title: str, fragments: list[str], manifest: dict, corpus_by_outlet) -> str:
    """The whole page."""
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        title_html(title, manifest, corpus_by_outlet),
        contents_html(fragments),
        "<main>",
        *(fragment.strip() for fragment in fragments),
        "</main>",
        "</body>",
        "</html>",
        "",
    ])  # fmt: skip
