"""Rule ``summarise_sentiment``: tone per document, per outlet and per actor.

Pools the shard sentence scores and writes, for body sentences of kept
articles (headlines are scored but left out of the summaries):

- ``results/tables/sentiment_sentences.csv``: every sentence's scores with its outlet;
- ``results/tables/sentiment_by_document.csv``: mean compound and the shares
  of positive, negative and neutral sentences of each article;
- ``results/tables/sentiment_by_outlet.csv``: the same per outlet (and
  ``ALL``), the mean over all the outlet's sentences with a bootstrap 95 %
  confidence interval (documents resampled, then sentences within them);
- ``results/tables/actor_sentiment.csv``: for each actor and outlet, the
  sentences naming the actor and their mean compound with its interval, for
  all such sentences, the outlet's own voice and quotations apart.

Run outside Snakemake::

    python scripts/summarise_sentiment.py results/shards/*/sentiment.csv \\
        --documents results/tables/documents.csv --mentions results/tables/mentions.csv --out-dir /tmp/tone
"""

import argparse
import logging
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from bootstrap import grouped_bootstrap_cis, two_stage_bootstrap_ci
from count_entities import outlets_and_all
from newsdag_common import configure_logging, read_table, write_table

log = logging.getLogger("summarise_sentiment")

SENTENCE_COLUMNS = [
    "doc_id", "outlet", "section", "sentence_id", "neg", "neu", "pos", "compound", "label", "quoted",
]  # fmt: skip
SHARES = ["share_positive", "share_negative", "share_neutral"]
DOCUMENT_COLUMNS = ["doc_id", "outlet", "sentences", "mean_compound", *SHARES]
OUTLET_COLUMNS = ["outlet", "documents", "sentences", "mean_compound", "ci_low", "ci_high", *SHARES]
ACTOR_COLUMNS = [
    "outlet", "actor", "type", "voice", "sentences", "documents", "mean_compound", "ci_low", "ci_high",
]  # fmt: skip


def load_sentences(paths, documents: pd.DataFrame) -> pd.DataFrame:
    """Shard scores of kept articles, with outlet and numeric columns."""
    frames = [read_table(p) for p in paths]
    scores = (
        pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SENTENCE_COLUMNS)
    )
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
    body: pd.DataFrame, mentions: pd.DataFrame, samples: int, seed: int, min_sentences: int
) -> pd.DataFrame:
    """Tone of the sentences naming each actor, per outlet and voice.

    A sentence naming an actor twice counts once. Intervals are computed
    when an actor has at least ``min_sentences`` sentences in the outlet
    (and voice); otherwise they are empty.
    """
    named = mentions[mentions["section"] == "body"][
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


def run(sentiment_paths, documents_path, mentions_path, samples, seed, min_sentences, out) -> None:
    documents = read_table(documents_path)
    sentences = load_sentences(sentiment_paths, documents)
    write_table(sentences, out["sentences"])
    body = sentences[sentences["section"] == "body"]
    write_table(by_document(body), out["by_document"])
    write_table(by_outlet(body, samples, seed), out["by_outlet"])
    actors = by_actor(body, read_table(mentions_path), samples, seed, min_sentences)
    write_table(actors, out["by_actor"])
    log.info("%d sentences, %d actor rows", len(sentences), len(actors))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentiment", nargs="+", help="shard sentiment.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--mentions", required=True)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--min-sentences", type=int, default=3)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.sentiment, args.documents, args.mentions, args.samples, args.seed, args.min_sentences, {
        "sentences": out / "sentiment_sentences.csv", "by_document": out / "sentiment_by_document.csv",
        "by_outlet": out / "sentiment_by_outlet.csv", "by_actor": out / "actor_sentiment.csv",
    })  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.sentiment, sm.input.documents, sm.input.mentions, sm.params.samples,
            sm.params.seed, sm.params.min_sentences, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
