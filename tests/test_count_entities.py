"""Entity counts pool articles; co-occurrence measures follow their formulas."""

import math

import pandas as pd
import pytest

from count_cooccurrence import cooccurrence, pair_table
from count_entities import per_document, per_outlet

DOCUMENTS = pd.DataFrame(
    {"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "n_words": ["100", "300", "200"]}
)


def mentions(rows):
    return pd.DataFrame(
        rows, columns=["doc_id", "outlet", "section", "sentence_id", "actor", "type"]
    )


MENTIONS = mentions(
    [("a", "X", "body", "1", "Lavrov", "PERSON")] * 3
    + [("a", "X", "title", "0", "Lavrov", "PERSON")]
    + [("b", "X", "body", "2", "Lavrov", "PERSON"), ("b", "X", "body", "2", "Pompeo", "PERSON")]
    + [("c", "Y", "body", "1", "Pompeo", "PERSON")]
)


def test_outlet_rates_pool_words_instead_of_averaging_articles():
    by_document = per_document(MENTIONS, DOCUMENTS)
    a = by_document[(by_document["doc_id"] == "a")].iloc[0]
    assert (a["body_mentions"], a["title_mentions"], a["mentions_per_1000_words"]) == (3, 1, 30.0)
    by_outlet = per_outlet(by_document, DOCUMENTS).set_index(["outlet", "actor"])
    x = by_outlet.loc[("X", "Lavrov")]
    # 4 body mentions in 400 words: 10 per 1,000, not the mean of 30 and 3.33
    assert x["mentions_per_1000_words"] == pytest.approx(10.0)
    assert (x["documents"], x["outlet_documents"], x["outlet_words"], x["document_share"]) == (
        2,
        2,
        400,
        1.0,
    )
    pooled = by_outlet.loc[("ALL", "Pompeo")]
    assert pooled["body_mentions"] == 2 and pooled["mentions_per_1000_words"] == pytest.approx(
        2 / 600 * 1000
    )
    assert list(by_outlet.index.get_level_values("outlet").unique()) == ["X", "Y", "ALL"]


def test_pair_measures_follow_their_formulas():
    # 4 sentences: {A, B}, {A}, {B}, and one naming nobody
    (row,) = pair_table([frozenset("AB"), frozenset("A"), frozenset("B")], "X", "sentence", 4)
    assert (row["count"], row["count_a"], row["count_b"], row["n_windows"]) == (1, 2, 2, 4)
    assert row["pmi"] == pytest.approx(math.log2(1 * 4 / (2 * 2)))  # = 0: as often as chance
    assert row["npmi"] == pytest.approx(0.0)
    assert row["jaccard"] == pytest.approx(1 / 3)
    (always,) = pair_table([frozenset("AB"), frozenset("AB")], "X", "document", 2)
    assert always["npmi"] == 1.0 and always["jaccard"] == 1.0


def test_cooccurrence_counts_sentences_and_documents_per_outlet():
    table = cooccurrence(MENTIONS, DOCUMENTS, pd.Series({"a": 5, "b": 4, "c": 3}))
    row = table[(table["outlet"] == "X") & (table["window"] == "sentence")].iloc[0]
    assert (row["actor_a"], row["actor_b"], row["count"], row["n_windows"]) == (
        "Lavrov",
        "Pompeo",
        1,
        9,
    )
    doc = table[(table["outlet"] == "ALL") & (table["window"] == "document")].iloc[0]
    assert (doc["count"], doc["count_a"], doc["count_b"], doc["n_windows"]) == (1, 2, 2, 3)
    assert not ((table["outlet"] == "Y")).any()  # one actor only: no pair
