"""Tone per outlet and tone toward each actor, as figures (rule
``plot_sentiment``), and the scorer against human ratings (rule
``validate_sentiment``).

- ``plot_outlet_tone``: each outlet's body sentences as points (VADER
  compound, jittered sideways with a fixed seed) and the outlet mean with its
  bootstrap 95 % interval.
- ``plot_actor_tone``: mean compound of the sentences naming each of the most
  named actors (``top_actors``), per outlet; cells with fewer than
  ``min_sentences`` sentences are left blank.
- ``plot_validation``: newsdag's score of every NYT snippet against its mean
  human rating.
"""

import numpy as np

from newsdag.constants import ALL_OUTLETS
from newsdag.report.figures.entities import top_actors
from newsdag.report.plotting import empty_figure, plt

JITTER_SEED = 11


def plot_outlet_tone(sentences, by_outlet):
    """Points of the body sentences' compound scores (−1 to +1) per outlet
    of ``sentiment_by_outlet.csv`` with its mean and interval; a note when
    no sentence was scored."""
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


def plot_actor_tone(
    actor_tone, by_outlet_entities, n_actors: int, min_sentences: int, norp_actors: bool
):
    """Heatmap of the mean compound toward each of the ``n_actors`` most
    named actors per outlet, with the mean and its n in each cell, on a
    colour scale symmetric around 0; a note when no cell has
    ``min_sentences`` sentences. The actors are ``top_actors``'."""
    actors = top_actors(by_outlet_entities, n_actors, norp_actors)
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


def plot_validation(scored, table):
    """newsdag's compound score against the mean human rating, one dot per
    snippet, with the mean score in bins of one rating point."""
    fig, ax = plt.subplots(figsize=(6, 4.2))
    ax.scatter(scored["rating"], scored["newsdag"], s=3, alpha=0.15, color="#3b6ea8",
               linewidths=0, rasterized=True)  # fmt: skip
    bins = np.clip(np.floor(scored["rating"]), -4, 3) + 0.5
    means = scored.groupby(bins)["newsdag"].mean()
    ax.plot(means.index, means.to_numpy(), color="#b5452b", marker="o", label="mean per bin")
    r = table.set_index("scorer").loc["newsdag score_sentence", "pearson_r"]
    ax.set_xlabel("mean human rating of the snippet (−4 to +4)")
    ax.set_ylabel("VADER compound (−1 to 1)")
    ax.set_title(
        f"Sentence tone vs. human ratings: Pearson r = {r:.3f}, n = {len(scored):,} snippets"
    )
    ax.axhline(0, color="#999", linewidth=0.6)
    ax.legend(loc="upper left")
    fig.tight_layout()
    return fig
