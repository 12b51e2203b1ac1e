"""Rule ``plot_word_choice``: word choice as figures.

``results/figures/actor_labels.{png,svg}``: what each outlet calls the most
labelled actors; ``distinctive_terms.{png,svg}``: each outlet's most
over-used terms against the others; ``attention.{png,svg}``: the share of
each outlet's articles naming each top actor, period by period. Drawn by
``newsdag.report.figures.word_choice``.

Run outside Snakemake::

    python scripts/plot_word_choice.py results/tables/actor_labels.csv \\
        results/tables/distinctive_terms.csv results/tables/attention.csv --out-dir /tmp/figures
"""

import argparse
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.word_choice import (
    plot_actor_labels,
    plot_attention,
    plot_distinctive_terms,
)
from newsdag.report.plotting import save_figure

FIGURES = ("actor_labels", "distinctive_terms", "attention")


def run(labels_path, terms_path, attention_path, out) -> None:
    save_figure(plot_actor_labels(read_table(labels_path)),
                [out["actor_labels_png"], out["actor_labels_svg"]])  # fmt: skip
    save_figure(plot_distinctive_terms(read_table(terms_path)),
                [out["distinctive_terms_png"], out["distinctive_terms_svg"]])  # fmt: skip
    save_figure(plot_attention(read_table(attention_path)),
                [out["attention_png"], out["attention_svg"]])  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", help="results/tables/actor_labels.csv")
    parser.add_argument("terms", help="results/tables/distinctive_terms.csv")
    parser.add_argument("attention", help="results/tables/attention.csv")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = {f"{name}_{ext}": Path(args.out_dir) / f"{name}.{ext}"
           for name in FIGURES for ext in ("png", "svg")}  # fmt: skip
    run(args.labels, args.terms, args.attention, out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.labels, sm.input.terms, sm.input.attention, sm.output)
    else:
        main(sys.argv[1:])
