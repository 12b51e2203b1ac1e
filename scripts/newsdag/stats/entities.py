"""Actor counts per document and per outlet.

Rates are mentions per 1,000 words of body text. An outlet's rate pools its
articles (all its body mentions over all its body words), so a long article
weighs more than a short one instead of every article's rate being averaged.
The outlet ``ALL`` pools the whole corpus.
"""

import pandas as pd

from newsdag.constants import ENTITY_TYPES
from newsdag.stats.groups import outlets_and_all

# results/tables/entities_by_document.csv and entities_by_outlet.csv
DOCUMENT_COLUMNS = [
    "doc_id", "outlet", "actor", "type", "body_mentions", "title_mentions", "n_words",
    "mentions_per_1000_words",
]  # fmt: skip
OUTLET_COLUMNS = [
    "outlet", "actor", "type", "body_mentions", "title_mentions", "documents",
    "outlet_documents", "outlet_words", "mentions_per_1000_words", "document_share",
]  # fmt: skip


def ranked_types(norp_actors: bool) -> list[str]:
    """The actor types the figures, the tone tables and the co-occurrence
    network rank: all of ``ENTITY_TYPES``, or all but NORP (nationalities,
    religions: "American") unless ``norp_actors`` (config key
    ``norp_actors``). Parties are ORG actors (``workflow/resources/
    actors.yaml``), so they rank either way."""
    return [t for t in ENTITY_TYPES if norp_actors or t != "NORP"]


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
