"""Rule ``plot_entities``: who each outlet names, as figures.

- ``results/figures/top_actors.{png,svg}``: one panel per outlet, the
  actors named most often in the whole corpus, as mentions per 1,000 words
  of body text, on one shared scale so panels compare.
- ``results/figures/actor_outlet_heatmap.{png,svg}``: the same rates as an
  actor × outlet grid with the numbers written in.

Run outside Snakemake::

    python scripts/plot_entities.py results/tables/entities_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import logging
import sys
from pathlib import Path

import numpy as np

from count_entities import ALL_OUTLETS
from newsdag_common import configure_logging, read_table
from plotting import empty_figure, plt, save_figure

log = logging.getLogger("plot_entities")
RATE = "mentions per 1,000 words"


def top_actors(by_outlet, n: int) -> list[str]:
    """The ``n`` actors with the most body mentions in the whole corpus
    (ties by name), most mentioned first."""
    pooled = by_outlet[by_outlet["outlet"] == ALL_OUTLETS].copy()
    pooled["body_mentions"] = pooled["body_mentions"].astype(int)
    pooled = pooled.sort_values(
        ["body_mentions", "actor"], ascending=[False, True], kind="mergesort"
    )
    return list(pooled["actor"].head(n))


def rate_grid(by_outlet, actors: list[str]):
    """Actor × outlet rates (outlets sorted, ``ALL`` left out; 0 where an
    outlet never names the actor) and each outlet's article count."""
    rows = by_outlet[(by_outlet["outlet"] != ALL_OUTLETS) & by_outlet["actor"].isin(actors)]
    grid = rows.pivot_table(
        index="actor", columns="outlet", values="mentions_per_1000_words", aggfunc="first"
    )
    outlets = sorted(by_outlet.loc[by_outlet["outlet"] != ALL_OUTLETS, "outlet"].unique())
    grid = grid.reindex(index=actors, columns=outlets).astype(float).fillna(0.0)
    n_docs = (
        by_outlet[by_outlet["outlet"] != ALL_OUTLETS].groupby("outlet")["outlet_documents"].first()
    )
    return grid, n_docs.reindex(outlets).astype(int)


def plot_top_actors(grid, n_docs):
    if grid.empty:
        return empty_figure("No actors were found in the corpus.")
    outlets = list(grid.columns)
    fig, axes = plt.subplots(
        1, len(outlets), figsize=(2.6 * len(outlets) + 1.5, 0.28 * len(grid) + 1.2),
        sharex=True, sharey=True, squeeze=False,
    )  # fmt: skip
    positions = range(len(grid))[::-1]
    for ax, outlet in zip(axes[0], outlets):
        ax.barh(list(positions), grid[outlet].values, color="#3b6ea8")
        ax.set_title(
            f"{outlet}\n(n = {n_docs[outlet]} article{'s' if n_docs[outlet] != 1 else ''})"
        )
        ax.set_xlabel(RATE)
    axes[0][0].set_yticks(list(positions), list(grid.index))
    fig.suptitle("Most named actors, by outlet", y=1.02)
    return fig


def plot_heatmap(grid, n_docs):
    if grid.empty:
        return empty_figure("No actors were found in the corpus.")
    fig, ax = plt.subplots(figsize=(1.1 * grid.shape[1] + 3, 0.32 * grid.shape[0] + 1.5))
    image = ax.imshow(grid.values, aspect="auto", cmap="viridis")
    ax.set_xticks(range(grid.shape[1]), [f"{o}\n(n = {n_docs[o]})" for o in grid.columns])
    ax.set_yticks(range(grid.shape[0]), list(grid.index))
    top = grid.values.max() or 1.0
    for (i, j), value in np.ndenumerate(grid.values):
        ax.text(j, i, f"{value:.1f}", ha="center", va="center", fontsize=7,
                color="white" if value < 0.6 * top else "black")  # fmt: skip
    fig.colorbar(image, ax=ax, label=RATE)
    ax.set_title("Actor mentions per 1,000 words, by outlet")
    return fig


def run(by_outlet_path, n_actors: int, out) -> None:
    by_outlet = read_table(by_outlet_path)
    grid, n_docs = rate_grid(by_outlet, top_actors(by_outlet, n_actors))
    save_figure(plot_top_actors(grid, n_docs), [out["top_png"], out["top_svg"]])
    save_figure(plot_heatmap(grid, n_docs), [out["heatmap_png"], out["heatmap_svg"]])
    log.info("plotted %d actors for %d outlets", *grid.shape)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("by_outlet")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.by_outlet, args.top, {
        "top_png": out / "top_actors.png", "top_svg": out / "top_actors.svg",
        "heatmap_png": out / "actor_outlet_heatmap.png", "heatmap_svg": out / "actor_outlet_heatmap.svg",
    })  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input[0], sm.params.top_actors, sm.output)
    else:
        main(sys.argv[1:])
