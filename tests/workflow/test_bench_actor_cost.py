"""The actor-resolution benchmark's corpus: BASIL's mentions and documents
copied with new ids and later dates, every column carried through."""

import pytest
from newsdag.io import read_rows, write_rows

from bench.actor_cost import (
    mention_count,
    replicated_documents,
    replicated_mentions,
    shifted_date,
    write_corpus,
)

DOCUMENTS = [
    {"doc_id": "2010/a_1", "outlet": "Fox News", "date": "2010-12-28", "extra": "x"},
    {"doc_id": "2010/b_2", "outlet": "The New York Times", "date": "", "extra": "y"},
]
MENTIONS = {
    "2010/a_1": [
        {"doc_id": "2010/a_1", "text": "Barack Obama", "name": "Barack Obama", "new": "1"},
        {"doc_id": "2010/a_1", "text": "Obama", "name": "Barack Obama", "new": "2"},
    ],
    "2010/b_2": [
        {"doc_id": "2010/b_2", "text": "Pelosi, Nancy", "name": "Nancy Pelosi", "new": ""}
    ],
}
DOC_IDS = [row["doc_id"] for row in DOCUMENTS]


def test_dates_move_on_across_month_and_year_ends_and_no_date_stays_none():
    assert shifted_date("2010-12-28", 7) == "2011-01-04"
    assert shifted_date("2012-02-26", 14) == "2012-03-11"
    assert shifted_date("", 70) == ""
    with pytest.raises(ValueError):
        shifted_date("28/12/2010", 7)


def test_documents_copied_with_suffixed_ids_later_dates_and_a_partial_last_copy():
    rows = list(replicated_documents(DOCUMENTS, 5))
    assert [row["doc_id"] for row in rows] == [
        "2010/a_1-c0000", "2010/b_2-c0000", "2010/a_1-c0001", "2010/b_2-c0001", "2010/a_1-c0002",
    ]  # fmt: skip
    assert [row["date"] for row in rows] == ["2010-12-28", "", "2011-01-04", "", "2011-01-11"]
    assert [row["extra"] for row in rows] == ["x", "y", "x", "y", "x"]
    assert all(row["outlet"] == DOCUMENTS[i % 2]["outlet"] for i, row in enumerate(rows))
    assert DOCUMENTS[0]["doc_id"] == "2010/a_1"  # the originals are left as they were
    assert list(replicated_documents(DOCUMENTS, 0)) == []


def test_mentions_follow_their_documents_into_shards_and_keep_every_column():
    shards = [list(replicated_mentions(MENTIONS, DOC_IDS, 5, shard, 2)) for shard in range(2)]
    every = [row for rows in shards for row in rows]
    assert len(every) == mention_count(MENTIONS, DOC_IDS, 5) == 3 * 2 + 2 * 1
    assert {row["doc_id"] for row in shards[0]} == {"2010/a_1-c0000", "2010/a_1-c0001",
                                                    "2010/a_1-c0002"}  # fmt: skip
    assert {row["doc_id"] for row in shards[1]} == {"2010/b_2-c0000", "2010/b_2-c0001"}
    assert {tuple(row) for row in every} == {("doc_id", "text", "name", "new")}
    assert [row["new"] for row in shards[0]] == ["1", "2"] * 3
    assert "date" not in every[0]  # a table without dates gets none


def test_a_results_folder_becomes_sixteen_shards_and_one_document_table(tmp_path):
    results = tmp_path / "results"
    write_rows(DOCUMENTS, list(DOCUMENTS[0]), results / "tables" / "documents.csv")
    columns = list(MENTIONS["2010/a_1"][0])
    write_rows(MENTIONS["2010/a_1"], columns, results / "shards" / "000" / "mentions.csv")
    write_rows(MENTIONS["2010/b_2"], columns, results / "shards" / "001" / "mentions.csv")
    paths, documents, n_mentions = write_corpus(results, tmp_path / "corpus", 3)
    assert len(paths) == 16 and n_mentions == 2 + 1 + 2
    rows = [row for path in paths for row in read_rows(path)]
    assert len(rows) == n_mentions and set(rows[0]) == set(columns)
    ids = [row["doc_id"] for row in read_rows(documents)]
    assert ids == ["2010/a_1-c0000", "2010/b_2-c0000", "2010/a_1-c0001"]
    assert {row["doc_id"] for row in rows} == set(ids)
