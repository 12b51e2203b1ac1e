"""Rule ``plot_voices``: who gets to talk, and which articles share text.

``results/figures/speakers_by_outlet.{png,svg}``: one bar per outlet, split
into the share of the outlet's quoted words each speaker has (the
``top_speakers`` speakers with most quoted words in the corpus; the rest as
"other speakers", unattributed quotes as "unknown"), with the outlet's
quotes and quoted words.

``results/figures/reuse_matrix.{png,svg}``: the articles that share
passages (at most ``MAX_ARTICLES``: those sharing most words), each cell
the share of the row article's characters found in the column article.

The figures are drawn by ``newsdag.report.figures.voices``.

Run outside Snakemake::

    python scripts/plot_voices.py results/tables/quotes_by_outlet.csv \\
        results/tables/reuse_pairs.csv results/tables/documents.csv --out-dir /tmp/figures
"""

import argparse
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.voices import plot_reuse, plot_speakers
from newsdag.report.plotting import save_figure


def run(quotes_by_outlet_path, pairs_path, documents_path, top: int, out) -> None:
    documents = read_table(documents_path)
    save_figure(plot_speakers(read_table(quotes_by_outlet_path), top),
                [out["speakers_png"], out["speakers_svg"]])  # fmt: skip
    save_figure(plot_reuse(read_table(pairs_path), documents),
                [out["reuse_png"], out["reuse_svg"]])  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("quotes_by_outlet")
    parser.add_argument("reuse_pairs")
    parser.add_argument("documents")
    parser.add_argument("--top-speakers", type=int, default=15)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.quotes_by_outlet, args.reuse_pairs, args.documents, args.top_speakers,
        {"speakers_png": out / "speakers_by_outlet.png",
         "speakers_svg": out / "speakers_by_outlet.svg",
         "reuse_png": out / "reuse_matrix.png", "reuse_svg": out / "reuse_matrix.svg"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.quotes_by_outlet, sm.input.reuse_pairs, sm.input.documents,
            sm.params.top_speakers, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
