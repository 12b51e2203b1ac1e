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

from bootstrap import two_stage_bootstrap_ci
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


def by_document(body: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {"doc_id": doc_id, "outlet": frame["outlet"].iloc[0], "sentences": len(frame),
         "mean_compound": frame["compound"].mean(), **label_shares(frame["label"])}
        for doc_id, frame in body.groupby("doc_id", sort=True)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


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
    rows = []
    for outlet, frame in outlets_and_all(joined):
        for (actor, kind), sentences in frame.groupby(["actor", "type"], sort=True):
            for voice, part in (("all", sentences), ("own", sentences[~sentences["quoted"]]),
                                ("quoted", sentences[sentences["quoted"]])):  # fmt: skip
                if part.empty:
                    continue
                low = high = np.nan
                if len(part) >= min_sentences:
                    low, high = two_stage_bootstrap_ci(
                        part["compound"].to_numpy(), part["doc_id"].to_numpy(), samples, seed
                    )
                rows.append({
                    "outlet": outlet, "actor": actor, "type": kind, "voice": voice, "sentences": len(part),
                    "documents": part["doc_id"].nunique(), "mean_compound": part["compound"].mean(),
                    "ci_low": low, "ci_high": high,
                })  # fmt: skip
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


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
