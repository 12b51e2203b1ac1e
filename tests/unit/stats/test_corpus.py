"""The corpus in numbers: per-outlet counts, dates and wire credits, on
the five parsed seeds."""

import pandas as pd
import pytest
from newsdag.stats.corpus import (
    DATE_COLUMNS,
    OUTLET_COLUMNS,
    WIRE_COLUMNS,
    by_date,
    by_outlet,
    counted,
    split_list,
    wire_credits,
)


def test_each_outlet_gets_its_articles_words_and_dates(seed_documents):
    table = by_outlet(seed_documents).set_index("outlet")
    assert list(table.index) == ["ANI", "Breitbart", "DW", "The Moscow Times", "ALL"]
    assert list(table.columns) == OUTLET_COLUMNS[1:]
    moscow = table.loc["The Moscow Times"]
    words = sorted(
        seed_documents.loc[seed_documents["outlet"] == "The Moscow Times", "n_words"].map(int)
    )
    assert moscow["documents"] == 2 and moscow["words"] == sum(words)
    assert (moscow["min_words"], moscow["max_words"]) == tuple(words)
    assert moscow["median_words"] == sum(words) / 2
    assert (moscow["first_date"], moscow["last_date"]) == ("2019-05-01", "2019-05-02")
    assert moscow["outlet_sources"] == "url domain (2)"
    assert moscow["outlet_labels"] == "themoscowtimes.com (2)"
    assert table.loc["ANI", "dated_documents"] == 0 and table.loc["ANI", "first_date"] == ""
    pooled = table.loc["ALL"]
    assert pooled["documents"] == 5 and pooled["dated_documents"] == 3
    assert pooled["words"] == seed_documents["n_words"].astype(int).sum()


def test_timeline_counts_dated_articles_only(seed_documents):
    table = by_date(seed_documents)
    assert list(table.columns) == DATE_COLUMNS
    assert table.values.tolist() == [
        ["DW", "2019-05-05", 1],
        ["The Moscow Times", "2019-05-01", 1],
        ["The Moscow Times", "2019-05-02", 1],
    ]


def test_wire_credits_count_articles_per_agency(seed_documents):
    table = wire_credits(seed_documents)
    assert list(table.columns) == WIRE_COLUMNS
    pooled = table[table["outlet"] == "ALL"].set_index("agency")
    assert pooled.loc["Reuters", "documents"] == 3  # both Moscow Times articles and DW
    assert pooled.loc["Reuters", "document_share"] == pytest.approx(0.6)
    dw = table[table["outlet"] == "DW"]
    assert sorted(dw["agency"]) == ["AP", "Reuters", "dpa"]
    assert list(table["outlet"].drop_duplicates())[-1] == "ALL"


def test_list_cells_split_at_semicolons():
    assert split_list("Reuters; AP;;dpa ") == ["Reuters", "AP", "dpa"] and split_list("") == []


def test_counts_are_listed_most_frequent_first_then_by_name():
    values = pd.Series(["url domain", "source tag", "url domain", "metadata field"])
    assert counted(values) == "url domain (2); metadata field (1); source tag (1)"
