"""Rule ``assemble_report``: the chapters as one self-contained HTML page.

Writes ``results/report/index.html``: a title page (title, the corpus in
numbers, the code and corpus versions), a table of contents linking every
chapter and its sections, then the chapters rendered by ``render_notebook``
in the order given. Figures are embedded as data URIs and the style sheet
is inline, so the file opens anywhere with no network and no other file.
The page is built by ``newsdag.report.page``.

The page runs no script: its Content-Security-Policy forbids scripts and
every fetch (``default-src 'none'``), a second guard behind the escaping of
all article text in ``newsdag.report.blocks``. Nothing depends on the clock:
the same chapters and manifest give the same bytes.

Run outside Snakemake::

    python scripts/assemble_report.py results/report/chapters/*.html \\
        --manifest results/manifest.json --corpus results/tables/corpus_by_outlet.csv \\
        --title "newsdag report" --out /tmp/index.html
"""

import argparse
import json
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.page import report_html

log = logging.getLogger("assemble_report")


def run(chapter_paths, manifest_path, corpus_path, title: str, out) -> None:
    fragments = [Path(p).read_text(encoding="utf-8") for p in chapter_paths]
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    page = report_html(title, fragments, manifest, read_table(corpus_path))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(page, encoding="utf-8", newline="\n")
    log.info("%d chapters, %d bytes", len(fragments), len(page.encode("utf-8")))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chapters", nargs="+", help="chapter fragments, in report order")
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--corpus", required=True, help="results/tables/corpus_by_outlet.csv")
    parser.add_argument("--title", default="newsdag report")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.chapters, args.manifest, args.corpus, args.title, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.chapters, sm.input.manifest, sm.input.corpus, sm.params.title, sm.output[0])
    else:
        main(sys.argv[1:])
