"""Rule ``plot_corpus``: what the corpus holds, as figures.

- ``results/figures/articles_timeline.{png,svg}``: articles per outlet and
  publication date, one row per outlet, the dot area growing with the count;
  the undated articles of each outlet are counted in its label.
- ``results/figures/words_per_article.{png,svg}``: body words of every
  article, one row per outlet, with the outlet's median marked.

With more than 40 outlets, each figure shows the 40 with most articles and
says so in its title (the tables list them all).

The figures are drawn by ``newsdag.report.figures.corpus``.

Run outside Snakemake::

    python scripts/plot_corpus.py results/tables/articles_by_date.csv \\
        results/tables/corpus_by_outlet.csv results/tables/documents.csv --out-dir /tmp/figures
"""

import argparse
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.corpus import plot_timeline, plot_words
from newsdag.report.plotting import save_figure


def run(by_date_path, by_outlet_path, documents_path, out) -> None:
    corpus_by_outlet = read_table(by_outlet_path)
    save_figure(
        plot_timeline(read_table(by_date_path), corpus_by_outlet),
        [out["timeline_png"], out["timeline_svg"]],
    )
    save_figure(
        plot_words(read_table(documents_path), corpus_by_outlet),
        [out["words_png"], out["words_svg"]],
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("by_date")
    parser.add_argument("by_outlet")
    parser.add_argument("documents")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    files = {
        f"{key}_{ext}": out / f"{name}.{ext}"
        for key, name in (("timeline", "articles_timeline"), ("words", "words_per_article"))
        for ext in ("png", "svg")
    }
    run(args.by_date, args.by_outlet, args.documents, files)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.by_date, sm.input.by_outlet, sm.input.documents, sm.output)
    else:
        main(sys.argv[1:])
