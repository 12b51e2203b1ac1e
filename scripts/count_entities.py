"""Rule ``count_entities``: how often each actor is named, per document and per outlet.

Writes ``results/tables/entities_by_document.csv`` and
``results/tables/entities_by_outlet.csv``. Rates are mentions per 1,000
words of body text. An outlet's rate pools its articles (all its body
mentions over all its body words), so a long article weighs more than a
short one instead of every article's rate being averaged. The outlet
``ALL`` pools the whole corpus.

Run outside Snakemake::

    python scripts/count_entities.py results/tables/mentions.csv results/tables/documents.csv --out-dir /tmp/entities
"""

import argparse
import logging
import sys
from pathlib import Path

import pandas as pd

from newsdag_common import configure_logging, read_table, write_table

log = logging.getLogger("count_entities")

ALL_OUTLETS = "ALL"
DOCUMENT_COLUMNS = [
    "doc_id", "outlet", "actor", "type", "body_mentions", "title_mentions", "n_words",
    "mentions_per_1000_words",
]  # fmt: skip
OUTLET_COLUMNS = [
    "outlet", "actor", "type", "body_mentions", "title_mentions", "documents",
    "outlet_documents", "outlet_words", "mentions_per_1000_words", "document_share",
]  # fmt: skip


def outlets_and_all(frame: pd.DataFrame):
    """``(outlet, rows)`` for each outlet in name order, then ``("ALL", frame)``."""
    yield from frame.groupby("outlet", sort=True)
    yield ALL_OUTLETS, frame


def per_document(mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document and actor named in it (body or title)."""
    counts = (
        mentions.assign(body=mentions["section"].eq("body"), title=mentions["section"].eq("title"))
        .groupby(["doc_id", "outlet", "actor", "type"], sort=False)[["body", "title"]]
        .sum()
        .rename(columns={"body": "body_mentions", "title": "title_mentions"})
        .reset_index()
    )
    words = documents.set_index("doc_id")["n_words"].astype(int)
    counts["n_words"] = counts["doc_id"].map(words)
    counts["mentions_per_1000_words"] = 1000 * counts["body_mentions"] / counts["n_words"]
    counts = counts.sort_values(
        ["doc_id", "body_mentions", "actor"], ascending=[True, False, True], kind="mergesort"
    )
    return counts[DOCUMENT_COLUMNS].reset_index(drop=True)


def per_outlet(by_document: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet (and ``ALL``) and actor, pooled over documents."""
    documents = documents.assign(n_words=documents["n_words"].astype(int))
    frames = []
    for outlet, docs in outlets_and_all(documents):
        rows = by_document[by_document["doc_id"].isin(docs["doc_id"])]
        pooled = rows.groupby(["actor", "type"], sort=True).agg(
            body_mentions=("body_mentions", "sum"),
            title_mentions=("title_mentions", "sum"),
            documents=("doc_id", "nunique"),
        )
        pooled = pooled.reset_index()
        pooled.insert(0, "outlet", outlet)
        pooled["outlet_documents"] = len(docs)
        pooled["outlet_words"] = int(docs["n_words"].sum())
        pooled["mentions_per_1000_words"] = 1000 * pooled["body_mentions"] / pooled["outlet_words"]
        pooled["document_share"] = pooled["documents"] / pooled["outlet_documents"]
        pooled = pooled.sort_values(
            ["body_mentions", "actor"], ascending=[False, True], kind="mergesort"
        )
        frames.append(pooled)
    return (
        pd.concat(frames, ignore_index=True)[OUTLET_COLUMNS]
        if frames
        else pd.DataFrame(columns=OUTLET_COLUMNS)
    )


def run(mentions_path, documents_path, out) -> None:
    mentions = read_table(mentions_path)
    documents = read_table(documents_path)
    by_document = per_document(mentions, documents)
    write_table(by_document, out["by_document"])
    write_table(per_outlet(by_document, documents), out["by_outlet"])
    log.info("%d document-actor rows", len(by_document))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions")
    parser.add_argument("documents")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.mentions, args.documents,
        {"by_document": out / "entities_by_document.csv", "by_outlet": out / "entities_by_outlet.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.mentions, sm.input.documents, sm.output)
    else:
        main(sys.argv[1:])
