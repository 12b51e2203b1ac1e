"""Entity counts pool articles: an outlet's rate is its mentions over its
words, not the mean of its articles' rates."""

import pandas as pd
import pytest
from newsdag.stats.entities import DOCUMENT_COLUMNS, OUTLET_COLUMNS, per_document, per_outlet

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


def test_document_rows_list_the_most_named_actor_first():
    by_document = per_document(MENTIONS, DOCUMENTS)
    assert list(by_document.columns) == DOCUMENT_COLUMNS
    b = by_document[by_document["doc_id"] == "b"]
    assert b["actor"].tolist() == ["Lavrov", "Pompeo"]  # one mention each: by name
    assert by_document["doc_id"].tolist() == ["a", "b", "b", "c"]
    by_outlet = per_outlet(by_document, DOCUMENTS)
    assert list(by_outlet.columns) == OUTLET_COLUMNS
    x = by_outlet[by_outlet["outlet"] == "X"]
    assert x["actor"].tolist() == ["Lavrov", "Pompeo"]  # 4 body mentions before 1
