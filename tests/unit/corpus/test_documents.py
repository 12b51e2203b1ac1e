"""The corpus tables: the outlet sheet's overrides, outlets resolved and merged, and
duplicate handling."""

import csv

from newsdag.corpus.articles import parse_files
from newsdag.corpus.documents import DOCUMENT_COLUMNS, apply_sheet, collect, corpus_records
from newsdag.corpus.outlets import OutletTable


def record(doc_id, sha="0", evidence=()):
    return {"doc_id": doc_id, "source_path": f"c/{doc_id}.txt", "source_record": "", "sha256": sha,
            "title": "T", "date": "", "date_source": "", "outlet_evidence": list(evidence)}  # fmt: skip


def sheet_row(**cells):
    return {"doc_id": "", "domain": "", "outlet": "", "title": "", "date": "", **cells}


def test_sheet_overrides_document_fields():
    out = apply_sheet(
        {"outlet": "unknown", "outlet_source": "none", "title": "T", "date": "", "date_source": ""},
        sheet_row(doc_id="a", outlet="My Paper", date="2019-05-05"),
    )
    assert out["outlet"] == "My Paper" and out["outlet_source"] == "outlet sheet"
    assert (
        out["date"] == "2019-05-05" and out["date_source"] == "outlet sheet" and out["title"] == "T"
    )


def test_collect_applies_sheet_domains_and_sets_aside_duplicates(outlet_table):
    table = OutletTable(dict(outlet_table.by_domain), dict(outlet_table.by_name))
    records = [
        record("b", sha="1", evidence=[["url domain", "domain", "news.my-paper.org"]]),
        record("a", sha="1"),
        record("c", sha="2", evidence=[["url domain", "domain", "dw.com"]]),
    ]
    sheet = [
        sheet_row(domain="my-paper.org", outlet="My Paper"),
        sheet_row(doc_id="c", title="Fixed"),
    ]
    documents, skipped = collect(records, [], table, sheet)
    assert [(d["doc_id"], d["outlet"], d["outlet_source"], d["title"]) for d in documents] == [
        ("a", "unknown", "none", "T"),
        ("c", "DW", "url domain", "Fixed"),
    ]
    assert skipped == [
        {
            "doc_id": "b",
            "source_path": "c/b.txt",
            "source_record": "",
            "reason": "byte-identical to c/a.txt (kept as a)",
        }
    ]
    # a sheet domain is used when the document is not a duplicate
    documents, _ = collect([records[0]], [], table, sheet)
    assert (documents[0]["outlet"], documents[0]["outlet_source"]) == (
        "My Paper",
        "url domain (outlet sheet)",
    )


def test_corpus_records_merge_shards_in_id_order_without_dropped_ones(tmp_path):
    from newsdag.io import write_jsonl

    write_jsonl([{"doc_id": "a", "body": "A"}, {"doc_id": "d", "body": "D"}], tmp_path / "0.jsonl")
    write_jsonl([{"doc_id": "b", "body": "B"}, {"doc_id": "c", "body": "C"}], tmp_path / "1.jsonl")
    kept = [{c: "" for c in DOCUMENT_COLUMNS} | {"doc_id": d} for d in ("a", "b", "d")]
    out = list(corpus_records([tmp_path / "0.jsonl", tmp_path / "1.jsonl"], kept))
    assert [(r["doc_id"], r["body"]) for r in out] == [("a", "A"), ("b", "B"), ("d", "D")]
    assert list(out[0]) == DOCUMENT_COLUMNS + ["body"]


def test_an_outlet_called_all_is_renamed_so_it_never_mixes_with_the_pooled_rows(outlet_table):
    records = [
        {"doc_id": "a", "sha256": "1", "source_path": "a.md",
         "outlet_evidence": [["metadata field", "name", "ALL"]]},
        {"doc_id": "b", "sha256": "2", "source_path": "b.md",
         "outlet_evidence": [["metadata field", "name", "BBC"]]},
    ]  # fmt: skip
    documents, _ = collect(records, [], outlet_table)
    assert [d["outlet"] for d in documents] == ["ALL (outlet)", "BBC"]


def test_outlet_labels_merge_through_table_aliases_and_case(outlet_table):
    table = OutletTable(dict(outlet_table.by_domain), dict(outlet_table.by_name))
    labels = ["fox", "FOX", "foxnews.com", "https://www.foxnews.com/", "Fox News", "nyt", "hpo",
              "HPO", "hpo", "Daily Planet", "daily  planet", "DAILY PLANET"]  # fmt: skip
    records = [
        record(f"d{i:02d}", sha=str(i), evidence=[["metadata field", "name", label]])
        for i, label in enumerate(labels)
    ]
    documents, _ = collect(records, [], table, aliases={"HuffPost": ["hpo"]})
    outlets = [(d["outlet_label"], d["outlet"]) for d in documents]
    assert outlets == [
        ("fox", "Fox News"), ("FOX", "Fox News"), ("foxnews.com", "Fox News"),
        ("https://www.foxnews.com/", "Fox News"), ("Fox News", "Fox News"),
        ("nyt", "The New York Times"), ("hpo", "HuffPost"), ("HPO", "HuffPost"),
        ("hpo", "HuffPost"),
        # in no table: one outlet, spelt as most of its articles spell it (ties: sort order)
        ("Daily Planet", "DAILY PLANET"), ("daily  planet", "DAILY PLANET"),
        ("DAILY PLANET", "DAILY PLANET"),
    ]  # fmt: skip


def test_of_two_identical_records_the_first_in_the_file_is_kept(tmp_path, agencies, seed_records):
    path = tmp_path / "s.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["n", "text"])
        for n in range(2, 12):  # spreadsheet rows 2-11; rows 9 and 10 hold the same text
            extra = "" if n in (9, 10) else f" Also {n}."
            writer.writerow([n, seed_records[0]["body"] + extra])
    records, _ = parse_files([], agencies, [("s", str(path))], fields={"id": "no-such-field"})
    for record in records:  # only the body matters for a copy, not the row number
        record["sha256"] = record["body"]
    _, skipped = collect(records, [], OutletTable())
    assert [(r["source_record"], r["reason"]) for r in skipped] == [
        ("row 10", f"byte-identical to {path} row 9 (kept as s/row-9)")
    ]
