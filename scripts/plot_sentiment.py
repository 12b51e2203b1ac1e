"""Rule ``plot_sentiment``: tone per outlet and tone toward each actor, as figures.

- ``results/figures/sentiment_by_outlet.{png,svg}``: each outlet's body
  sentences as points (VADER compound, jittered sideways with a fixed seed)
  and the outlet mean with its bootstrap 95 % interval.
- ``results/figures/actor_tone_heatmap.{png,svg}``: mean compound of the
  sentences naming each of the most named actors, per outlet; cells with
  fewer than ``min_actor_sentences`` sentences are left blank.

Run outside Snakemake::

    python scripts/plot_sentiment.py results/tables/sentiment_sentences.csv \\
        results/tables/sentiment_by_outlet.csv results/tables/actor_sentiment.csv \\
        results/tables/entities_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import logging
import sys
from pathlib import Path

import numpy as np

from count_entities import ALL_OUTLETS
from newsdag_common import configure_logging, read_table
from plot_entities import top_actors
from plotting import empty_figure, plt, save_figure

log = logging.getLogger("plot_sentiment")
JITTER_SEED = 11


def plot_outlet_tone(sentences, by_outlet):
    body = sentences[sentences["section"] == "body"]
    summary = by_outlet[by_outlet["outlet"] != ALL_OUTLETS].reset_index(drop=True)
    if summary.empty:
        return empty_figure("No sentences were scored.")
    rng = np.random.default_rng(JITTER_SEED)
    fig, ax = plt.subplots(figsize=(1.6 * len(summary) + 2.5, 4.2))
    for i, row in summary.iterrows():
        scores = body.loc[body["outlet"] == row["outlet"], "compound"].astype(float).to_numpy()
        ax.scatter(
            i + rng.uniform(-0.25, 0.25, len(scores)),
            scores,
            s=8,
            alpha=0.35,
            color="#7a7a7a",
            linewidths=0,
        )
        mean, low, high = (float(row[c]) for c in ("mean_compound", "ci_low", "ci_high"))
        ax.errorbar(
            i,
            mean,
            yerr=[[mean - low], [high - mean]],
            fmt="o",
            color="#c0392b",
            capsize=5,
            markersize=6,
        )
    ax.axhline(0, color="black", linewidth=0.6)
    labels = [f"{r.outlet}\n{r.documents} art., {r.sentences} sent." for r in summary.itertuples()]
    ax.set_xticks(range(len(summary)), labels)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("VADER compound per sentence (−1 to +1)")
    ax.set_title("Tone of body sentences by outlet: mean and bootstrap 95% interval")
    return fig


def plot_actor_tone(actor_tone, by_outlet_entities, n_actors: int, min_sentences: int):
    actors = top_actors(by_outlet_entities, n_actors)
    cells = actor_tone[(actor_tone["voice"] == "all") & (actor_tone["outlet"] != ALL_OUTLETS)]
    cells = cells[cells["actor"].isin(actors) & (cells["sentences"].astype(int) >= min_sentences)]
    if cells.empty:
        return empty_figure(f"No actor has {min_sentences} or more sentences in an outlet.")
    grid = cells.pivot_table(
        index="actor", columns="outlet", values="mean_compound", aggfunc="first"
    )
    counts = cells.pivot_table(index="actor", columns="outlet", values="sentences", aggfunc="first")
    outlets = sorted(actor_tone.loc[actor_tone["outlet"] != ALL_OUTLETS, "outlet"].unique())
    rows = [a for a in actors if a in grid.index]
    grid = grid.reindex(index=rows, columns=outlets).astype(float)
    counts = counts.reindex(index=rows, columns=outlets)
    limit = max(0.05, float(np.nanmax(np.abs(grid.to_numpy()))))
    fig, ax = plt.subplots(figsize=(1.2 * len(outlets) + 3.2, 0.34 * len(rows) + 1.6))
    image = ax.imshow(
        np.ma.masked_invalid(grid.to_numpy()), aspect="auto", cmap="RdBu", vmin=-limit, vmax=limit
    )
    for (i, j), value in np.ndenumerate(grid.to_numpy()):
        if not np.isnan(value):
            ax.text(
                j,
                i,
                f"{value:+.2f}\nn={int(float(counts.iloc[i, j]))}",
                ha="center",
                va="center",
                fontsize=6.5,
            )
    ax.set_xticks(range(len(outlets)), outlets)
    ax.set_yticks(range(len(rows)), rows)
    fig.colorbar(image, ax=ax, label="mean VADER compound of sentences naming the actor")
    ax.set_title(f"Tone toward actors by outlet (blank: fewer than {min_sentences} sentences)")
    return fig


def run(
    sentences_path, by_outlet_path, actor_path, entities_path, n_actors, min_sentences, out
) -> None:
    sentences = read_table(sentences_path)
    save_figure(
        plot_outlet_tone(sentences, read_table(by_outlet_path)),
        [out["outlet_png"], out["outlet_svg"]],
    )
    figure = plot_actor_tone(
        read_table(actor_path), read_table(entities_path), n_actors, min_sentences
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
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.sentences, args.by_outlet, args.actor_sentiment, args.entities_by_outlet, args.top, args.min_sentences, {
        "outlet_png": out / "sentiment_by_outlet.png", "outlet_svg": out / "sentiment_by_outlet.svg",
        "actor_png": out / "actor_tone_heatmap.png", "actor_svg": out / "actor_tone_heatmap.svg",
    })  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.sentences, sm.input.by_outlet, sm.input.actor_sentiment, sm.input.entities,
            sm.params.top_actors, sm.params.min_sentences, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
