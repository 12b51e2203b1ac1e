"""Rule ``plot_readability``: reading level per outlet, as figures.

``results/figures/readability_by_outlet.{png,svg}``: one panel per index
(and for words per sentence and syllables per word), a bar per outlet with
the word-weighted mean of its articles; n = articles.

The figures are drawn by ``newsdag.report.figures.readability``.

Run outside Snakemake::

    python scripts/plot_readability.py results/tables/readability_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.readability import plot_readability
from newsdag.report.plotting import save_figure


def run(by_outlet_path, out) -> None:
    save_figure(plot_readability(read_table(by_outlet_path)), [out["png"], out["svg"]])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("by_outlet")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(
        args.by_outlet,
        {"png": out / "readability_by_outlet.png", "svg": out / "readability_by_outlet.svg"},
    )


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.by_outlet, sm.output)
    else:
        main(sys.argv[1:])
