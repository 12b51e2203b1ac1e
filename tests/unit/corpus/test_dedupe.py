"""One record per document id and per content, the first in file order kept."""

from newsdag.corpus.dedupe import (
    file_order,
    first_of_each,
    place,
    skipped_row,
    split_duplicates,
    unique_ids,
)


def record(doc_id, path, where="", sha="0"):
    return {"doc_id": doc_id, "source_path": path, "source_record": where, "sha256": sha}


def test_file_order_reads_the_number_in_the_place():
    rows = [record("x/row-10", "x.csv", "row 10"), record("b", "a/b.txt"),
            record("x/row-9", "x.csv", "row 9"), record("a", "a/a.txt")]  # fmt: skip
    assert [r["doc_id"] for r in sorted(rows, key=file_order)] == ["a", "b", "x/row-9", "x/row-10"]


def test_place_names_the_file_and_the_record():
    assert place(record("c/line-3", "c/export.jsonl", "line 3")) == "c/export.jsonl line 3"
    assert place(record("a", "a.txt")) == "a.txt"


def test_first_of_each_keeps_the_first_in_file_order_and_explains_the_rest():
    rows = [record("b", "b.txt", sha="1"), record("a", "a.txt", sha="1"), record("c", "c.txt")]
    kept, skipped = first_of_each(
        rows, lambda r: r["sha256"], lambda r, first: f"{r['doc_id']} repeats {first['doc_id']}"
    )
    assert [r["doc_id"] for r in kept] == ["a", "c"]
    assert skipped == [skipped_row("b", "b.txt", "", "b repeats a")]


def test_unique_ids_names_the_article_that_kept_the_id():
    rows = [record("a/1", "a/1.txt"), record("a/1", "a.jsonl", "line 1")]
    kept, skipped = unique_ids(rows)
    assert kept == [rows[1]]  # "a.jsonl" sorts before "a/1.txt"
    assert skipped == [
        {
            "doc_id": "a/1",
            "source_path": "a/1.txt",
            "source_record": "",
            "reason": "document id 'a/1' is already the id of a.jsonl line 1; rename one",
        }
    ]


def test_split_duplicates_sets_aside_ids_then_copies():
    rows = [record("z", "z.txt", sha="3"), record("a", "y.txt", sha="1"),
            record("a", "x.jsonl", "line 2", sha="2"), record("m", "m.txt", sha="3")]  # fmt: skip
    kept, skipped = split_duplicates(rows)
    assert [(r["doc_id"], r["source_path"]) for r in kept] == [("a", "x.jsonl"), ("m", "m.txt")]
    assert [(r["doc_id"], r["reason"]) for r in skipped] == [
        ("a", "document id 'a' is already the id of x.jsonl line 2; rename one"),
        ("z", "byte-identical to m.txt (kept as m)"),
    ]
