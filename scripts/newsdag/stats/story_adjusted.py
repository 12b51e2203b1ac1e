"""Outlets compared on the stories they share, next to the pooled comparison.

A pooled comparison sets an outlet's whole corpus against the others'. It
mixes what an outlet covered (which stories, and how much it wrote on each)
with how it covered them: an outlet that wrote more on crime looks more
negative even if it wrote each story as everyone else did. The
story-adjusted comparison keeps only the second. On each story the outlet
covered with at least one other outlet, it takes the outlet's value minus
the mean of the other covering outlets' values on that story (each outlet
once, however much it wrote), and averages these differences over the
shared stories, each weighted as the outlet's pooled value weighs it: by
the outlet's body sentences there for tone, by its body words for actor
rates. This is direct standardisation: the other outlets are compared on the
outlet's own mix of stories. Where every outlet wrote each story alike the
adjusted difference is 0, whatever the pooled one.

The 95 % interval resamples the shared stories (a seeded bootstrap,
``samples`` replicates, the weighted mean recomputed each time): n is the
number of shared stories, and fewer than ``MIN_INTERVAL_STORIES`` give no
interval. The pooled difference is the outlet's value over its whole
corpus minus the mean of the other outlets' values over theirs. Both count
all of an outlet's articles, original and wire copy.

Two values are compared:

- tone: the mean VADER compound (-1 to 1) of body sentences;
- actors: body mentions of each of the ``top`` actors the corpus names most
  in article bodies, per 1,000 body words (as the entity tables count them).
"""

import numpy as np
import pandas as pd

from newsdag.stats.bootstrap import percentile_intervals
from newsdag.stats.entities import ranked_types
from newsdag.stats.story_comparison import shared_articles

# results/tables/story_adjusted_tone.csv and story_adjusted_actors.csv
TONE_COLUMNS = [
    "outlet", "articles", "sentences", "pooled_mean", "pooled_difference", "shared_stories",
    "shared_articles", "adjusted_difference", "ci_low", "ci_high",
]  # fmt: skip
ACTOR_COLUMNS = [
    "outlet", "actor", "type", "mentions", "per_1000_words", "pooled_difference",
    "shared_stories", "adjusted_difference", "ci_low", "ci_high",
]  # fmt: skip
# Bootstrap replicates weighed at a time (a replicates × stories array each).
CHUNK_REPLICATES = 100
# Fewer shared stories than this give a mean but no interval: resampling one
# story gives the same mean every time, an interval of width 0.
MIN_INTERVAL_STORIES = 2


def others_difference(values: np.ndarray) -> np.ndarray:
    """For a (stories × outlets [× more]) array with nan where an outlet has
    no value: each value minus the mean of the other outlets' values in its
    row; nan where the outlet has none or no other outlet has one."""
    present = ~np.isnan(values)
    count = present.sum(axis=1, keepdims=True)
    total = np.nansum(values, axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        others = (total - np.where(present, values, 0.0)) / (count - 1)
    return np.where(present & (count >= 2), values - others, np.nan)


def story_bootstrap(
    diffs: np.ndarray, weights: np.ndarray, samples: int, seed: int, level: float = 0.95
):
    """Weighted mean of ``diffs`` (stories × values, no nan) over the stories,
    story s weighing ``weights[s]`` (> 0), and its percentile interval with the
    stories resampled (``samples`` replicates from ``seed``, the same draws
    for every column). Returns three arrays, one value per column: nan for no
    stories, and nan bounds for fewer than ``MIN_INTERVAL_STORIES``."""
    n, k = diffs.shape
    weights = np.asarray(weights, dtype=float)
    weighted = weights[:, np.newaxis] * diffs
    mean = weighted.sum(axis=0) / weights.sum() if n else np.full(k, np.nan)
    if n < MIN_INTERVAL_STORIES:
        return mean, np.full(k, np.nan), np.full(k, np.nan)
    rng = np.random.default_rng(seed)
    means = []
    for first in range(0, samples, CHUNK_REPLICATES):
        size = min(CHUNK_REPLICATES, samples - first)
        drawn = rng.integers(0, n, size=(size, n)) + (np.arange(size) * n)[:, np.newaxis]
        times = np.bincount(drawn.ravel(), minlength=size * n).reshape(size, n)
        means.append((times @ weighted) / (times @ weights)[:, np.newaxis])
    intervals = percentile_intervals(np.concatenate(means).T, level)
    low, high = (np.array(side) for side in zip(*intervals))
    return mean, low, high


def story_outlet_grid(cells, stories: list[str], outlets: list[str]) -> np.ndarray:
    """``cells`` (a Series, or a DataFrame of k columns) indexed by
    (story_id, outlet) as a stories × outlets × 1 (or k) array, nan where
    missing."""
    columns = 1 if isinstance(cells, pd.Series) else cells.shape[1]
    grid = cells.reindex(pd.MultiIndex.from_product([stories, outlets])).to_numpy(dtype=float)
    return grid.reshape(len(stories), len(outlets), columns)


def adjusted_tone(
    articles: pd.DataFrame, sentences: pd.DataFrame, samples: int, seed: int
) -> pd.DataFrame:
    """``TONE_COLUMNS``, one row per outlet (name order) with body
    sentences. ``articles``: ``story_articles.csv``; ``sentences``:
    ``sentiment_sentences.csv`` (text cells). Each shared story weighs the
    outlet's body sentences there."""
    body = sentences[sentences["section"] == "body"]
    body = body.assign(compound=body["compound"].astype(float))
    body = body[body["doc_id"].isin(set(articles["doc_id"]))]
    pooled = body.groupby("outlet").agg(
        articles=("doc_id", "nunique"), sentences=("compound", "size"),
        pooled_mean=("compound", "mean"),
    )  # fmt: skip
    if pooled.empty:
        return pd.DataFrame(columns=TONE_COLUMNS)
    outlets = list(pooled.index)
    pooled["pooled_difference"] = others_difference(pooled["pooled_mean"].to_numpy()[None])[0]
    shared = shared_articles(articles)
    cells = (
        body.merge(shared[["doc_id", "story_id"]], on="doc_id")
        .groupby(["story_id", "outlet"])["compound"]
        .agg(["mean", "size"])
    )
    stories = sorted(set(shared["story_id"]))
    diffs = others_difference(story_outlet_grid(cells["mean"], stories, outlets)[:, :, 0])
    weights = np.nan_to_num(story_outlet_grid(cells["size"], stories, outlets)[:, :, 0])
    counted = shared.groupby(["story_id", "outlet"]).size()
    rows = []
    for j, outlet in enumerate(outlets):
        used = ~np.isnan(diffs[:, j])
        mean, low, high = story_bootstrap(diffs[used, j, np.newaxis], weights[used, j], samples,
                                          seed)  # fmt: skip
        used_stories = [s for s, u in zip(stories, used) if u]
        rows.append({
            **pooled.loc[outlet].to_dict(), "outlet": outlet, "shared_stories": int(used.sum()),
            "shared_articles": int(sum(counted.get((s, outlet), 0) for s in used_stories)),
            "adjusted_difference": mean[0], "ci_low": low[0], "ci_high": high[0],
        })  # fmt: skip
    return pd.DataFrame(rows, columns=TONE_COLUMNS)


def top_actors(mentions: pd.DataFrame, top: int, norp_actors: bool) -> pd.DataFrame:
    """The ``top`` actors (``ranked_types``) with the most body mentions in
    the corpus, most first, ties by name then type: ``actor``, ``type``."""
    body = mentions[(mentions["section"] == "body")
                    & mentions["type"].isin(ranked_types(norp_actors))]  # fmt: skip
    counts = body.groupby(["actor", "type"]).size().rename("n").reset_index()
    ranked = counts.sort_values(["n", "actor", "type"], ascending=[False, True, True])
    return ranked.head(top)[["actor", "type"]].reset_index(drop=True)


def adjusted_actors(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    settings: dict,
) -> pd.DataFrame:
    """``ACTOR_COLUMNS``, one row per outlet (name order) and top actor (most
    named first). ``articles``: ``story_articles.csv``; ``mentions``,
    ``documents``: as ``read_table`` gives them; ``settings``: ``top``,
    ``norp_actors``, ``samples``, ``seed``. An outlet's rate in a story
    counts the body mentions and body words (``n_words``) of its articles
    there; a story where it wrote no words is not one of its shared stories,
    and each shared story weighs its words there."""
    actors = top_actors(mentions, settings["top"], settings["norp_actors"])
    if actors.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    keys = list(range(len(actors)))  # an actor is its name and type
    words = documents[documents["doc_id"].isin(set(articles["doc_id"]))].assign(
        n_words=lambda f: f["n_words"].astype(int)
    )
    outlets = sorted(set(words["outlet"]))
    named = mentions[mentions["section"] == "body"].merge(
        actors.assign(key=keys), on=["actor", "type"]
    )
    named = named[named["doc_id"].isin(set(words["doc_id"]))]
    outlet_words = words.groupby("outlet")["n_words"].sum().reindex(outlets).to_numpy()
    counts = named.groupby(["outlet", "key"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=outlets, columns=keys, fill_value=0).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        pooled = np.where(outlet_words[:, None] > 0, 1000 * counts / outlet_words[:, None], np.nan)
    pooled_diff = others_difference(pooled[None])[0]

    shared = shared_articles(articles)
    story_words = (
        shared.merge(words[["doc_id", "n_words"]], on="doc_id")
        .groupby(["story_id", "outlet"])["n_words"]
        .sum()
    )
    stories = sorted(set(shared["story_id"]))
    grid_words = np.nan_to_num(story_outlet_grid(story_words, stories, outlets)[:, :, 0])
    story_named = (
        named.merge(shared[["doc_id", "story_id"]], on="doc_id")
        .groupby(["story_id", "outlet", "key"])
        .size()
    )
    grid_named = np.zeros((len(stories), len(outlets), len(keys)))
    if len(story_named):
        by_actor = story_named.unstack(fill_value=0).reindex(columns=keys, fill_value=0)
        grid_named = np.nan_to_num(story_outlet_grid(by_actor, stories, outlets))
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = np.where(grid_words[:, :, None] > 0,
                         1000 * grid_named / grid_words[:, :, None], np.nan)  # fmt: skip
    diffs = others_difference(rates)
    rows = []
    for j, outlet in enumerate(outlets):
        used = ~np.isnan(diffs[:, j, 0])
        mean, low, high = story_bootstrap(diffs[used, j, :], grid_words[used, j],
                                          settings["samples"], settings["seed"])  # fmt: skip
        for a, (actor, kind) in enumerate(zip(actors["actor"], actors["type"])):
            rows.append({
                "outlet": outlet, "actor": actor, "type": kind,
                "mentions": int(counts[j, a]), "per_1000_words": pooled[j, a],
                "pooled_difference": pooled_diff[j, a], "shared_stories": int(used.sum()),
                "adjusted_difference": mean[a], "ci_low": low[a], "ci_high": high[a],
            })  # fmt: skip
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)
