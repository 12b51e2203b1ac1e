"""Rule ``rank_sentences``: each outlet's most positive and most negative sentences, in full.

Reads the scored body sentences (``results/tables/sentiment_sentences.csv``),
their text (the shard ``sentences.csv`` files) and the documents table, and
writes ``results/tables/sentiment_extremes.csv``: for every outlet the ``n``
body sentences with the highest VADER compound score among its positive
sentences (compound >= 0.05) and the ``n`` lowest among its negative ones
(<= -0.05), so a reader can judge the scores on the words themselves. Ties
go to the earlier document and sentence.

Run outside Snakemake::

    python scripts/rank_sentences.py results/tables/sentiment_sentences.csv \\
        results/shards/*/sentences.csv --documents results/tables/documents.csv --out /tmp/extremes.csv
"""

import argparse
import logging
import sys

import pandas as pd

from newsdag_common import configure_logging, read_table, write_table
from score_sentences import NEGATIVE, POSITIVE

log = logging.getLogger("rank_sentences")

COLUMNS = [
    "outlet", "direction", "rank", "compound", "quoted", "doc_id", "title", "sentence_id", "text",
]  # fmt: skip
KEY = ["doc_id", "sentence_id"]


def sentence_texts(paths, doc_ids: set[str]) -> pd.DataFrame:
    """``doc_id``, ``sentence_id`` and ``text`` of the body sentences of the
    given documents, from the shard sentence tables."""
    frames = []
    for path in paths:
        table = read_table(path)
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
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(parts, ignore_index=True)[COLUMNS]


def run(sentences_path, text_paths, documents_path, n: int, out) -> None:
    scored = read_table(sentences_path)
    scored = scored[scored["section"] == "body"].copy()
    scored["sentence_id"] = scored["sentence_id"].astype(int)
    scored["compound"] = scored["compound"].astype(float)
    texts = sentence_texts(text_paths, set(scored["doc_id"]))
    titles = read_table(documents_path)[["doc_id", "title"]]
    scored = scored.merge(texts, on=KEY, how="left").merge(titles, on="doc_id", how="left")
    table = extremes(scored, n)
    write_table(table, out)
    log.info("%d sentences quoted for %d outlets", len(table), table["outlet"].nunique())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scored", help="results/tables/sentiment_sentences.csv")
    parser.add_argument("sentences", nargs="+", help="shard sentences.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("-n", type=int, default=3, help="sentences per outlet and direction")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.scored, args.sentences, args.documents, args.n, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.scored, sm.input.sentences, sm.input.documents, sm.params.n, sm.output[0])
    else:
        main(sys.argv[1:])
