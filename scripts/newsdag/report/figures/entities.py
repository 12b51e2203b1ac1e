"""Who each outlet names, as figures (rule ``plot_entities``).

- ``plot_top_actors``: one panel per outlet, the actors named most often in
  the whole corpus, as mentions per 1,000 words of body text, on one shared
  scale so panels compare.
- ``plot_heatmap``: the same rates as an actor × outlet grid with the
  numbers written in.

Both take the grid of ``rate_grid``; ``top_actors`` picks its rows, and the
co-occurrence network and the actor tone heatmap use the same actors.
"""

import numpy as np

from newsdag.constants import ALL_OUTLETS
from newsdag.report.plotting import empty_figure, plt
from newsdag.stats.entities import ranked_types

RATE = "mentions per 1,000 words"


def top_actors(by_outlet, n: int, norp_actors: bool) -> list[str]:
    """The ``n`` actors with the most body mentions in the whole corpus
    (ties by name), most mentioned first; NORP actors ("American") only
    when ``norp_actors`` (``newsdag.stats.entities.ranked_types``)."""
    pooled = by_outlet[by_outlet["outlet"] == ALL_OUTLETS]
    pooled = pooled[pooled["type"].isin(ranked_types(norp_actors))].copy()
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
    """Bars of each outlet's rates (mentions per 1,000 words), one panel per
    outlet titled with its article count; a note when there is no actor."""
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
    """The actor × outlet rates as a heatmap with each rate written in its
    cell (one decimal); a note when there is no actor."""
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
