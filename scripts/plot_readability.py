"""Rule ``plot_readability``: reading level per outlet, as figures.

``results/figures/readability_by_outlet.{png,svg}``: one panel per index
(and for words per sentence and syllables per word), a bar per outlet with
the word-weighted mean of its articles; n = articles.

Run outside Snakemake::

    python scripts/plot_readability.py results/tables/readability_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import logging
import math
import sys
from pathlib import Path

from count_entities import ALL_OUTLETS
from newsdag_common import configure_logging, read_table
from plotting import empty_figure, plt, save_figure
from summarise_readability import WEIGHTED

log = logging.getLogger("plot_readability")
TITLES = {
    "flesch_reading_ease": "Flesch Reading Ease\n(higher = easier)",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning Fog (grade)",
    "smog_index": "SMOG (grade)",
    "coleman_liau_index": "Coleman–Liau (grade)",
    "automated_readability_index": "Automated Readability\nIndex (grade)",
    "dale_chall_readability_score": "Dale–Chall score",
    "words_per_sentence": "Words per sentence",
    "syllables_per_word": "Syllables per word",
}


def plot_readability(by_outlet):
    table = by_outlet[by_outlet["outlet"] != ALL_OUTLETS].reset_index(drop=True)
    if table.empty:
        return empty_figure("No articles were scored.")
    columns = 3
    rows = math.ceil(len(WEIGHTED) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(4.2 * columns, 2.6 * rows), squeeze=False)
    labels = [f"{o}\n(n = {n})" for o, n in zip(table["outlet"], table["documents"])]
    for ax, column in zip(axes.flat, WEIGHTED):
        values = table[column].astype(float)
        ax.bar(range(len(table)), values, color="#3b6ea8")
        ax.set_title(TITLES[column])
        ax.set_xticks(range(len(table)), labels, fontsize=7)
        for x, value in enumerate(values):
            ax.annotate(f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}", (x, value),
                        ha="center", va="bottom", fontsize=7)  # fmt: skip
    for ax in list(axes.flat)[len(WEIGHTED) :]:
        ax.axis("off")
    fig.suptitle("Reading level by outlet (word-weighted means of article bodies)", y=1.01)
    fig.tight_layout()
    return fig


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
        run(sm.input[0], sm.output)
    else:
        main(sys.argv[1:])
