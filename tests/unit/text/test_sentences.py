"""The one sentence definition: spaCy's spans from sentences.csv."""

import csv

import pytest
from newsdag.text.sentences import (
    Sentences,
    read_sentences,
    sentences_in_id_order,
    with_sentences,
)

BODY = (
    "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Mike Pompeo. "
    "“We are against any interference,” Lavrov said.\n\nThe talks ended."
)
# Where spaCy put the sentences of BODY (start inclusive, end exclusive).
SPANS = [(0, 79), (80, 127), (129, 145)]


def test_spans_cover_the_sentences_as_written():
    sentences = Sentences.from_spans(reversed(SPANS))
    assert [BODY[s:e] for s, e in sentences.spans()] == [
        "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Mike Pompeo.",
        "“We are against any interference,” Lavrov said.",
        "The talks ended.",
    ]
    assert len(sentences) == 3


def test_start_of_the_sentence_holding_a_position():
    sentences = Sentences.from_spans(SPANS)
    said = BODY.index("said")
    assert sentences.start_of(said) == 80 and sentences.index_at(said) == 1
    assert sentences.start_of(said, floor=100) == 100  # the floor wins
    # between two sentences: the start of the one before
    assert sentences.start_of(128) == 80
    assert Sentences().start_of(5, floor=2) == 2 and Sentences().index_at(5) == -1


def test_ends_between_two_positions():
    sentences = Sentences.from_spans(SPANS)
    assert sentences.ends_between(0, len(BODY)) == [79, 127, 145]
    assert sentences.ends_between(79, 127) == [127]
    assert sentences.ends_between(80, 126) == []


def write_table(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["doc_id", "section", "sentence_id", "start", "end", "text"])
        writer.writerows(rows)


def test_shard_tables_are_read_one_document_at_a_time(tmp_path):
    write_table(tmp_path / "000.csv", [
        ["a", "title", 0, 0, 12, "Lavrov talks"],
        *[["a", "body", i + 1, s, e, BODY[s:e]] for i, (s, e) in enumerate(SPANS)],
        ["b", "title", 0, 0, 5, "Title"],
    ])  # fmt: skip
    write_table(tmp_path / "001.csv", [["c", "body", 1, 0, 16, "The talks ended."]])
    paths = [tmp_path / "000.csv", tmp_path / "001.csv"]
    found = list(read_sentences(paths))
    assert [doc for doc, _ in found] == ["a", "c"]  # b has no body sentence
    assert found[0][1].spans() == SPANS
    titles = dict(read_sentences(paths, section="title"))
    assert sorted(titles) == ["a", "b"] and titles["a"].spans() == [(0, 12)]


def test_shards_are_merged_in_id_order_and_joined_to_sorted_records(tmp_path):
    write_table(
        tmp_path / "000.csv", [["a", "body", 1, 0, 5, "One."], ["c", "body", 1, 0, 4, "Th."]]
    )
    write_table(tmp_path / "001.csv", [["b", "body", 1, 0, 3, "Tw."]])
    paths = [tmp_path / "000.csv", tmp_path / "001.csv"]
    assert [doc for doc, _ in sentences_in_id_order(paths)] == ["a", "b", "c"]
    records = [{"doc_id": d} for d in ("a", "b", "bb", "c")]
    joined = [(r["doc_id"], s.spans()) for r, s in with_sentences(records, paths)]
    assert joined == [("a", [(0, 5)]), ("b", [(0, 3)]), ("bb", []), ("c", [(0, 4)])]
    with pytest.raises(ValueError, match="not sorted"):
        list(with_sentences([{"doc_id": "b"}, {"doc_id": "a"}], paths))
