"""Rule ``plot_sentiment``: tone per outlet and tone toward each actor, as figures.

- ``results/figures/sentiment_by_outlet.{png,svg}``: each outlet's body
  sentences as points (VADER compound, jittered sideways with a fixed seed)
  and the outlet mean with its bootstrap 95 % interval.
- ``results/figures/actor_tone_heatmap.{png,svg}``: mean compound of the
  sentences naming each of the most named actors, per outlet; cells with
  fewer than ``min_actor_sentences`` sentences are left blank.

The figures are drawn by ``newsdag.report.figures.sentiment``.

Run outside Snakemake::

    python scripts/plot_sentiment.py results/tables/sentiment_sentences.csv \\
        results/tables/sentiment_by_outlet.csv results/tables/actor_sentiment.csv \\
        results/tables/entities_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.sentiment import plot_actor_tone, plot_outlet_tone
from newsdag.report.plotting import save_figure


def run(
    sentences_path,
    by_outlet_path,
    actor_path,
    entities_path,
    n_actors,
    min_sentences,
    norp_actors,
    out,
) -> None:
    sentences = read_table(sentences_path)
    save_figure(
        plot_outlet_tone(sentences, read_table(by_outlet_path)),
        [out["outlet_png"], out["outlet_svg"]],
    )
    figure = plot_actor_tone(
        read_table(actor_path), read_table(entities_path), n_actors, min_sentences, norp_actors
    )
    save_figure(figure, [out["actor_png"], out["actor_svg"]])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentences")
    parser.add_argument("by_outlet")
    parser.add_argument("actor_sentiment")
    parser.add_argument("entities_by_outlet")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--min-sentences", type=int, default=3)
    parser.add_argument("--norp-actors", action="store_true",
                        help="rank nationalities and religions (NORP) as actors")  # fmt: skip
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.sentences, args.by_outlet, args.actor_sentiment, args.entities_by_outlet, args.top, args.min_sentences, args.norp_actors, {
        "outlet_png": out / "sentiment_by_outlet.png", "outlet_svg": out / "sentiment_by_outlet.svg",
        "actor_png": out / "actor_tone_heatmap.png", "actor_svg": out / "actor_tone_heatmap.svg",
    })  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.sentences, sm.input.by_outlet, sm.input.actor_sentiment, sm.input.entities,
            sm.params.top_actors, sm.params.min_sentences, sm.params.norp_actors, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
