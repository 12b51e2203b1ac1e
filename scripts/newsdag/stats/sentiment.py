"""Tone summaries: sentence scores pooled per document, per outlet and per
actor, and each outlet's most positive and most negative sentences.

Only body sentences of kept articles are summarised (headlines are scored
but left out). Outlet means pool the outlet's sentences, with a bootstrap
95 % confidence interval (documents resampled, then sentences within them,
``newsdag.stats.bootstrap``); actor rows do the same for the sentences
naming each actor, for all such sentences, the outlet's own voice and
quotations apart.
"""

import numpy as np
import pandas as pd

from newsdag.nlp.sentiment import COLUMNS as SHARD_COLUMNS
from newsdag.nlp.sentiment import NEGATIVE, POSITIVE
from newsdag.stats.bootstrap import grouped_bootstrap_cis, two_stage_bootstrap_ci
from newsdag.stats.groups import outlets_and_all

# results/tables/sentiment_sentences.csv, sentiment_by_document.csv,
# sentiment_by_outlet.csv and actor_sentiment.csv
SENTENCE_COLUMNS = [
    "doc_id", "outlet", "section", "sentence_id", "neg", "neu", "pos", "compound", "label", "quoted",
]  # fmt: skip
SHARES = ["share_positive", "share_negative", "share_neutral"]
DOCUMENT_COLUMNS = ["doc_id", "outlet", "sentences", "mean_compound", *SHARES]
OUTLET_COLUMNS = ["outlet", "documents", "sentences", "mean_compound", "ci_low", "ci_high", *SHARES]
ACTOR_COLUMNS = [
    "outlet", "actor", "type", "voice", "sentences", "documents", "mean_compound", "ci_low", "ci_high",
]  # fmt: skip
# results/tables/sentiment_extremes.csv
EXTREME_COLUMNS = [
    "outlet", "direction", "rank", "compound", "quoted", "doc_id", "title", "sentence_id", "text",
]  # fmt: skip
KEY = ["doc_id", "sentence_id"]  # a sentence


def sentence_table(frames: list[pd.DataFrame], documents: pd.DataFrame) -> pd.DataFrame:
    """The shard scores (``frames``, text cells as read) of the articles in
    ``documents``, with their outlet and numeric columns, in ``doc_id`` and
    sentence order."""
    scores = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SHARD_COLUMNS)
    scores = scores.merge(documents[["doc_id", "outlet"]], on="doc_id", how="inner")
    for column in ("neg", "neu", "pos", "compound"):
        scores[column] = scores[column].astype(float)
    scores["sentence_id"] = scores["sentence_id"].astype(int)
    scores["quoted"] = scores["quoted"].eq("True")
    scores = scores.sort_values(["doc_id", "sentence_id"], kind="mergesort")
    return scores[SENTENCE_COLUMNS].reset_index(drop=True)


def label_shares(labels: pd.Series) -> dict[str, float]:
    """Shares (0 to 1) of positive, negative and neutral sentences."""
    n = len(labels)
    return {
        f"share_{kind}": (labels == kind).sum() / n if n else np.nan
        for kind in ("positive", "negative", "neutral")
    }


def run_lengths(*keys: np.ndarray) -> np.ndarray:
    """Lengths, in order, of the runs of consecutive positions at which each
    of the ``keys`` arrays (all of one length) keeps its value; empty for
    empty arrays."""
    n = len(keys[0])
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    changes = np.zeros(n - 1, dtype=bool)
    for key in keys:
        changes |= key[1:] != key[:-1]
    return np.diff(np.concatenate([[0], np.flatnonzero(changes) + 1, [n]]))


def mean_in_order(values: np.ndarray) -> float:
    """Mean of a non-empty float array summed in the given order, to the
    bit what ``pd.Series(values).mean()`` gives when no value is nan (numpy's
    pairwise sum depends on the order, so callers keep the rows' order)."""
    return values.sum() / len(values)


def by_document(body: pd.DataFrame) -> pd.DataFrame:
    """One row per document (``doc_id`` order): its outlet, body sentences,
    mean compound (-1 to 1) and shares (0 to 1) of each label."""
    codes = body.groupby("doc_id", sort=True).ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    counts = run_lengths(codes[order])
    starts = np.cumsum(counts) - counts
    compound = body["compound"].to_numpy()[order]
    labels = body["label"].to_numpy()
    first = order[starts]
    table = {
        "doc_id": body["doc_id"].to_numpy()[first], "outlet": body["outlet"].to_numpy()[first],
        "sentences": counts,
        "mean_compound": [mean_in_order(compound[s : s + n]) for s, n in zip(starts, counts)],
    }  # fmt: skip
    for kind in ("positive", "negative", "neutral"):
        table[f"share_{kind}"] = np.bincount(codes[labels == kind], minlength=len(counts)) / counts
    return pd.DataFrame(table, columns=DOCUMENT_COLUMNS)


def by_outlet(body: pd.DataFrame, samples: int, seed: int) -> pd.DataFrame:
    """One row per outlet (name order), then ``ALL``: documents, sentences,
    mean compound (-1 to 1) with its bootstrap interval (``samples``
    replicates from ``seed``) and the shares (0 to 1) of each label."""
    rows = []
    for outlet, frame in outlets_and_all(body):
        low, high = two_stage_bootstrap_ci(
            frame["compound"].to_numpy(), frame["doc_id"].to_numpy(), samples, seed
        )
        rows.append({
            "outlet": outlet, "documents": frame["doc_id"].nunique(), "sentences": len(frame),
            "mean_compound": frame["compound"].mean(), "ci_low": low, "ci_high": high,
            **label_shares(frame["label"]),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=OUTLET_COLUMNS)


def by_actor(
    body: pd.DataFrame,
    mentions: pd.DataFrame,
    samples: int,
    seed: int,
    min_sentences: int,
    types: list[str],
) -> pd.DataFrame:
    """Tone of the sentences naming each actor of ``types``
    (``newsdag.stats.entities.ranked_types``), per outlet and voice.

    A sentence naming an actor twice counts once. Intervals are computed
    when an actor has at least ``min_sentences`` sentences in the outlet
    (and voice); otherwise they are empty.
    """
    named = mentions[(mentions["section"] == "body") & mentions["type"].isin(types)][
        ["doc_id", "sentence_id", "actor", "type"]
    ].copy()
    named["sentence_id"] = named["sentence_id"].astype(int)
    named = named.drop_duplicates(["doc_id", "sentence_id", "actor"])
    joined = named.merge(body, on=["doc_id", "sentence_id"], how="inner")
    # document numbers in the order np.unique sorts the ids, as the bootstrap does
    _, joined["document"] = np.unique(joined["doc_id"].to_numpy(), return_inverse=True)
    rows, grouped = [], {}  # grouped: the bootstrap input of each distinct interval
    for outlet, frame in outlets_and_all(joined):
        for actor, kind, voice, compound, values, counts in actor_voices(frame):
            interval = None
            if len(compound) >= min_sentences:
                # ALL rows and own voices often repeat another row's sentences
                interval = (values.tobytes(), counts.tobytes())
                grouped[interval] = (values, counts)
            rows.append({
                "outlet": outlet, "actor": actor, "type": kind, "voice": voice,
                "sentences": len(compound), "documents": len(counts),
                "mean_compound": mean_in_order(compound), "interval": interval,
            })  # fmt: skip
    intervals = dict(zip(grouped, grouped_bootstrap_cis(list(grouped.values()), samples, seed)))
    for row in rows:
        row["ci_low"], row["ci_high"] = intervals.get(row.pop("interval"), (np.nan, np.nan))
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def actor_voices(frame: pd.DataFrame):
    """``(actor, type, voice, compound, values, counts)`` for each actor of
    ``frame`` and each of its voices with sentences: actors in the order of
    ``frame.groupby(["actor", "type"], sort=True)``, voices all, own, quoted.

    ``compound`` holds the voice's scores in the order of ``frame``;
    ``values`` the same sorted by ``document`` (a stable sort) and ``counts``
    the number of values of each document in that order, the input of
    ``grouped_bootstrap_cis``. Nothing for an empty frame.
    """
    actors = frame.groupby(["actor", "type"], sort=True).ngroup().to_numpy()
    n_actors = actors.max() + 1 if len(actors) else 0
    first = np.unique(actors, return_index=True)[1]
    names, kinds = frame["actor"].to_numpy()[first], frame["type"].to_numpy()[first]
    documents, compound = frame["document"].to_numpy(), frame["compound"].to_numpy()
    quoted = frame["quoted"].to_numpy(dtype=bool)
    voices = [
        (voice, *split_by_actor(actors[keep], documents[keep], compound[keep], n_actors))
        for voice, keep in [("all", np.ones_like(quoted)), ("own", ~quoted), ("quoted", quoted)]
    ]
    for actor in range(n_actors):
        for voice, in_order, by_document, counts in voices:
            if len(in_order[actor]):
                yield (
                    names[actor], kinds[actor], voice,
                    in_order[actor], by_document[actor], counts[actor],
                )  # fmt: skip


def split_by_actor(
    actors: np.ndarray, documents: np.ndarray, compound: np.ndarray, n_actors: int
) -> tuple[list, list, list]:
    """Three lists with an entry for each actor number below ``n_actors``:
    its rows' ``compound`` in the given order, the same sorted by document
    number (a stable sort), and the number of rows of each document in that
    order. Empty arrays for an actor without rows."""
    in_order = np.argsort(actors, kind="stable")
    by_document = np.lexsort((documents, actors))  # stable: ties keep their order
    counts = run_lengths(actors[by_document], documents[by_document])
    run_actors = actors[by_document][np.cumsum(counts) - counts]  # the actor of each run
    rows = np.bincount(actors, minlength=n_actors)
    runs = np.bincount(run_actors, minlength=n_actors)
    return (
        split_lengths(compound[in_order], rows),
        split_lengths(compound[by_document], rows),
        split_lengths(counts, runs),
    )


def split_lengths(array: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """``array`` cut into consecutive pieces (views) of the given lengths."""
    ends = np.cumsum(lengths).tolist()
    return [array[end - n : end] for end, n in zip(ends, lengths.tolist())]


def sentence_texts(tables, doc_ids: set[str]) -> pd.DataFrame:
    """``doc_id``, ``sentence_id`` (int) and ``text`` of the body sentences
    of the given documents, from shard sentence tables (an iterable of
    frames, taken one at a time)."""
    frames = []
    for table in tables:
        table = table[(table["section"] == "body") & table["doc_id"].isin(doc_ids)]
        frames.append(table[[*KEY, "text"]])
    texts = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[*KEY, "text"])
    texts["sentence_id"] = texts["sentence_id"].astype(int)
    return texts


def extremes(scored: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` most positive (compound >= 0.05) and ``n`` most negative
    (<= -0.05) sentences of each outlet, outlets in name order, positive
    first; ``rank`` 1 is the most extreme. Neutral sentences never appear."""
    ordered = scored.sort_values(["outlet", *KEY], kind="mergesort")
    parts = []
    for outlet, frame in ordered.groupby("outlet", sort=True):
        for direction, ascending, keep in (("positive", False, frame["compound"] >= POSITIVE),
                                           ("negative", True, frame["compound"] <= NEGATIVE)):  # fmt: skip
            top = frame[keep].sort_values("compound", ascending=ascending, kind="mergesort").head(n)
            parts.append(top.assign(direction=direction, rank=range(1, len(top) + 1)))
    if not parts:
        return pd.DataFrame(columns=EXTREME_COLUMNS)
    return pd.concat(parts, ignore_index=True)[EXTREME_COLUMNS]


def extreme_sentences(
    scored: pd.DataFrame, tables, documents: pd.DataFrame, n: int
) -> pd.DataFrame:
    """``extremes`` of the body rows of ``scored`` (the sentiment sentence
    table as read), with each sentence's text from the shard sentence
    ``tables`` (an iterable of frames) and its document's title from
    ``documents``."""
    scored = scored[scored["section"] == "body"].copy()
    scored["sentence_id"] = scored["sentence_id"].astype(int)
    scored["compound"] = scored["compound"].astype(float)
    texts = sentence_texts(tables, set(scored["doc_id"]))
    titles = documents[["doc_id", "title"]]
    scored = scored.merge(texts, on=KEY, how="left").merge(titles, on="doc_id", how="left")
    return extremes(scored, n)
