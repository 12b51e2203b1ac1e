"""Reading records out of JSON, JSONL, CSV and TSV files: fields, bodies, ids and
unreadable lines."""

import csv
import json

from newsdag.text.records import (
    RawRecord,
    body_text,
    field_names,
    find_field,
    holds_many_articles,
    read_records,
    record_doc_id,
)


def test_field_names_match_ignoring_case_and_punctuation_and_reach_into_objects():
    record = {"PublishedAt": "2019-05-02", "Body_Paragraphs": [["A."]], "source": {"name": "CNN"}}
    names = field_names({"outlet": "source.name"})
    assert find_field(record, names["date"]) == ("2019-05-02", "PublishedAt")
    assert find_field(record, names["body"]) == ([["A."]], "Body_Paragraphs")
    assert find_field(record, names["outlet"]) == ("CNN", "source.name")
    assert find_field({"text": None, "maintext": "M"}, names["body"]) == ("M", "maintext")
    assert find_field({"source_name": "", "source": {"name": "CNN"}}, ["source.name"]) == (
        "CNN",
        "source.name",
    )


def test_body_paragraphs_in_every_shape():
    nested = [["Moscow said no.", "Washington said yes."], [], ["Caracas waited."]]
    expected = "Moscow said no. Washington said yes.\n\nCaracas waited."
    assert body_text(nested) == expected
    assert body_text(str(nested)) == expected  # a list column written out by a CSV export
    assert body_text([{"text": "One."}, {"text": "Two."}]) == "One.\n\nTwo."
    assert (
        body_text("[Updated] The talks ended [see below]")
        == "[Updated] The talks ended [see below]"
    )


def test_record_ids():
    assert record_doc_id("x/export", RawRecord("line 12", {}), "") == "x/export/line-12"
    assert record_doc_id("x/export", RawRecord("line 12", {}), "a-7") == "x/export/a-7"
    assert record_doc_id("one", RawRecord("", {}), "a-7") == "one"


def test_each_line_is_decoded_on_its_own(tmp_path):
    path = tmp_path / "x.ndjson"
    path.write_bytes(b'{"text": "caf\xc3\xa9"}\n{"text": "caf\xe9"}\n')  # a cp1252 line
    assert [r.fields for r in read_records(path)] == [{"text": "café"}, {"text": "café"}]
    sheet = tmp_path / "x.csv"  # a BOM, then one stray cp1252 byte in a UTF-8 file
    sheet.write_bytes(b"\xef\xbb\xbfid,text\n1,Guaid\xc3\xb3 \x96 Maduro\n2,Guaid\xc3\xb3\n")
    assert [r.fields for r in read_records(sheet)] == [
        {"id": "1", "text": "Guaidó – Maduro"},
        {"id": "2", "text": "Guaidó"},
    ]


def test_tsv_cells_are_not_quoted_unless_wholly_quoted(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text(
        "id\ttext\n"
        '1\t"We will win," he said. "Today."\n'
        '2\t"""Doubled"" quotes, as pandas writes them"\n'
        "3\tA row after them\n"
    )
    assert [r.fields["text"] for r in read_records(path)] == [
        '"We will win," he said. "Today."',
        '"Doubled" quotes, as pandas writes them',
        "A row after them",
    ]


def test_an_unreadable_csv_row_is_skipped_and_the_next_rows_read(tmp_path, monkeypatch):
    monkeypatch.setattr("newsdag.text.records.MAX_CELL_CHARACTERS", 50)
    path = tmp_path / "x.csv"
    path.write_text("id,text\n1,short\n2," + "x" * 60 + "\n3,after\n")
    limit = csv.field_size_limit()
    try:
        records = list(read_records(path))
    finally:  # the csv module's limit is global: no later test may see 50
        csv.field_size_limit(limit)
    assert [(r.location, bool(r.problem)) for r in records] == [
        ("row 2", False), ("row 3", True), ("row 4", False),
    ]  # fmt: skip
    assert records[1].problem.startswith("not a readable CSV row (field larger than field limit")


def test_an_api_response_wrapping_its_articles_is_read_by_every_shard(tmp_path):
    head = {"status": "ok", "totalResults": 2, "note": 'a "quoted" value', "articles": []}
    (tmp_path / "newsapi.json").write_text(json.dumps(head))
    (tmp_path / "object.json").write_text(json.dumps({"title": "T", "tags": [], "text": "x"}))
    assert holds_many_articles(tmp_path / "newsapi.json")
    assert not holds_many_articles(tmp_path / "object.json")
