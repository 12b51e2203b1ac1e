"""Articles as records: JSON, JSONL, CSV and TSV files, their fields, ids,
dates and bad records, on the seeds' real text."""

import csv
import html
import io
import json
import re

import pytest

from article_metadata import epoch_date, given_date
from article_records import (
    body_text,
    field_names,
    find_field,
    holds_many_articles,
    read_records,
    record_doc_id,
    RawRecord,
)
from conftest import SEEDS
from corpus_files import corpus_files
from parse_articles import parse_files

LATEST = "2026-01-01"


@pytest.fixture(scope="module")
def seed_articles(seed_records):
    """Title, outlet, date and clean body of each seed, as a scraper exports them."""
    return [
        {"title": r["title"], "outlet": r["outlet"], "date": r["date"], "url": r["url"],
         "body": r["body"]}
        for r in seed_records
    ]  # fmt: skip


def parse(files, agencies, record_files=(), **options):
    options = {"latest_date": LATEST, **options}
    return parse_files(files, agencies, list(record_files), **options)


def reasons(skipped):
    return {row["source_record"]: row["reason"] for row in skipped}


def test_jsonl_keeps_good_lines_and_skips_bad_ones_with_their_line(
    tmp_path, agencies, seed_articles
):
    a, b, c = seed_articles[:3]
    lines = [
        json.dumps({"id": "a1", "source": "fox", "published": "May 02, 2019", "text": a["body"],
                    "title": a["title"]}),
        "",  # blank lines are passed over, but still counted
        '{"id": "broken", "text": "The Kremlin said',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "nobody", "title": "Only a title", "text": ""}),
        json.dumps({"id": "baddate", "date": "2019-02-30", "text": b["body"]}),
        json.dumps({"id": "future", "date": "2031-05-02", "text": b["body"]}),
        json.dumps({"source": "FOX", "date": "02.05.2019", "content": c["body"]}),
        json.dumps({"id": "a1", "text": c["body"]}),
    ]  # fmt: skip
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, skipped = parse([("export", str(path))], agencies)
    by_id = {r["doc_id"]: r for r in records}
    assert sorted(by_id) == ["export/a1", "export/line-8"]
    first = by_id["export/a1"]
    assert (first["title"], first["date"], first["source_record"]) == (
        a["title"],
        "2019-05-02",
        "line 1",
    )
    assert first["body"] == a["body"]
    assert first["outlet_evidence"][0] == ["metadata field", "name", "fox"]
    assert by_id["export/line-8"]["date"] == "2019-05-02"  # day first by default
    why = reasons(skipped)
    assert set(why) == {"line 3", "line 4", "line 5", "line 6", "line 7", "line 9"}
    assert why["line 3"].startswith("not valid JSON (Unterminated string starting at: column 26)")
    assert why["line 4"] == "a JSON line must be an object {...}, not a list"
    assert why["line 5"].startswith("no body: none of the fields body, text, maintext")
    assert why["line 6"] == "date '2019-02-30' is not a calendar date (field 'date')"
    assert why["line 7"] == "date 2031-05-02 is in the future (after 2026-01-01) (field 'date')"
    assert (
        why["line 9"]
        == "id 'a1' is also the id of line 1 of this file; ids must be unique within a file"
    )
    assert {row["source_path"] for row in skipped} == {str(path)}


def test_month_first_rule_reads_numeric_dates_the_other_way(tmp_path, agencies, seed_articles):
    path = tmp_path / "us.jsonl"
    path.write_text(json.dumps({"date": "02.05.2019", "text": seed_articles[0]["body"]}) + "\n")
    records, _ = parse([], agencies, [("us", str(path))], day_first=False)
    assert records[0]["date"] == "2019-02-05"


def test_csv_rows_with_quotes_line_breaks_and_a_bad_row(tmp_path, agencies, seed_articles):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Headline", "Publication", "Publish Date", "Link", "Maintext"])
    for article in seed_articles:
        writer.writerow([article["title"], article["outlet"], article["date"], article["url"],
                         article["body"]])  # fmt: skip
    text = out.getvalue() + 'too,many,cells,in,this,"row",really\r\n'
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # Excel writes a BOM
    records, skipped = parse([], agencies, [("sheet", str(path))])
    assert [r["doc_id"] for r in records] == [f"sheet/row-{n}" for n in range(2, 7)]
    for record, article in zip(records, seed_articles):
        assert record["body"] == article["body"]  # paragraphs kept across the quoted line breaks
        assert record["title"] == article["title"]
        assert record["date"] == article["date"]
    assert records[4]["outlet_evidence"][0] == ["metadata field", "name", "DW"]
    assert reasons(skipped) == {
        "row 7": "7 cells but the header has 5 columns (an unquoted separator inside a cell?)"
    }


def test_tsv_in_windows_encoding_with_mapped_fields(tmp_path, agencies, seed_articles):
    article = seed_articles[3]  # Breitbart: "Guaidó"
    body = article["body"].replace("\n\n", " ¶ ")
    rows = ["story_id\tmedia\tstory\n", f"bb-1\tBreitbart News\t{body}\n"]
    path = tmp_path / "Old Export.TSV"
    path.write_bytes("".join(rows).encode("cp1252", errors="replace"))
    config_fields = {"id": "story_id", "body": "story", "outlet": ["outlet", "media"]}
    records, skipped = parse([], agencies, [("Old Export", str(path))], fields=config_fields)
    assert skipped == []
    assert records[0]["doc_id"] == "Old Export/bb-1"
    assert "Guaidó" in records[0]["body"] and "Guaidó" in article["body"]
    assert records[0]["outlet_evidence"][0] == ["metadata field", "name", "Breitbart News"]


def test_csv_without_a_body_column_is_one_skipped_file(tmp_path, agencies):
    path = tmp_path / "outlets.csv"
    path.write_text("domain,outlet\nfoxnews.com,Fox News\nnytimes.com,NYT\n")
    records, skipped = parse([], agencies, [("outlets", str(path))])
    assert records == [] and len(skipped) == 1
    assert skipped[0]["doc_id"] == "outlets" and skipped[0]["source_record"] == ""
    assert skipped[0]["reason"].startswith(
        "no body column: the header has domain, outlet but none of body, text"
    )


def test_json_list_wrapper_and_single_article(tmp_path, agencies, seed_articles):
    a, b = seed_articles[:2]
    newsapi = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "The Moscow Times"}, "author": "Jane Doe",
         "title": a["title"], "publishedAt": "2019-05-02T10:31:00Z", "content": a["body"]},
        {"source": {"id": "mt", "name": "The Moscow Times"}, "title": b["title"],
         "publishedAt": 1556668800, "content": b["body"]},
    ]}  # fmt: skip
    (tmp_path / "newsapi.json").write_text(json.dumps(newsapi))
    (tmp_path / "list.json").write_text(json.dumps([{"body": a["body"]}, 42]))
    sentences = [re.split(r"(?<=[.?!]) ", p) for p in a["body"].split("\n\n")]
    single = {"headline": a["title"], "body-paragraphs": sentences}
    (tmp_path / "one.json").write_text(json.dumps(single))
    assert [holds_many_articles(tmp_path / n) for n in ("newsapi.json", "list.json", "one.json")] == [
        True, True, False,
    ]  # fmt: skip
    files = [("newsapi", str(tmp_path / "newsapi.json")), ("one", str(tmp_path / "one.json"))]
    records, skipped = parse(files, agencies, [("list", str(tmp_path / "list.json"))])
    by_id = {r["doc_id"]: r for r in records}
    assert sorted(by_id) == ["list/record-1", "newsapi/record-1", "newsapi/record-2", "one"]
    assert by_id["newsapi/record-1"]["byline"] == "Jane Doe"
    assert by_id["newsapi/record-1"]["date"] == "2019-05-02"
    assert by_id["newsapi/record-2"]["date"] == "2019-05-01"  # epoch seconds
    assert by_id["newsapi/record-2"]["outlet_evidence"][0][2] == "The Moscow Times"
    assert by_id["one"]["title"] == a["title"] and by_id["one"]["source_record"] == ""
    assert by_id["one"]["body"].split() == a["body"].split()  # sentences joined back
    assert reasons(skipped) == {"record 2": "a list item that is not an object {...}"}


def test_broken_json_file_is_skipped_once(tmp_path, agencies):
    path = tmp_path / "cut.json"
    path.write_text('[{"text": "The Kremlin said"}, {"text": ')
    by_shard = [parse([], agencies, [("cut", str(path))], shard=s, n_shards=4)[1] for s in range(4)]
    rows = [row for skipped in by_shard for row in skipped]
    assert len(rows) == 1 and rows[0]["doc_id"] == "cut"
    assert rows[0]["reason"] == "not valid JSON (Expecting value: line 1, column 41)"


def test_every_record_lands_in_exactly_one_shard(tmp_path, agencies, seed_articles):
    path = tmp_path / "all.jsonl"
    lines = [
        json.dumps({"id": f"n{i}", "text": a["body"]}) for i, a in enumerate(seed_articles * 4)
    ]
    path.write_text("\n".join(lines + ["{oops"]))
    shards = [parse([], agencies, [("all", str(path))], shard=s, n_shards=3) for s in range(3)]
    ids = [r["doc_id"] for records, _ in shards for r in records]
    assert sorted(ids) == sorted(f"all/n{i}" for i in range(20))
    assert sum(len(skipped) for _, skipped in shards) == 1  # the broken line, in one shard
    again = [parse([], agencies, [("all", str(path))], shard=s, n_shards=3) for s in range(3)]
    assert again == shards  # stable across runs


def test_corpus_listing_tells_many_article_files_from_one_article_files(tmp_path):
    (tmp_path / "a.txt").write_bytes((SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes())
    (tmp_path / "b.json").write_text('\ufeff  {"text": "x"}', encoding="utf-8")
    (tmp_path / "c.json").write_text('\n [{"text": "x"}]')
    (tmp_path / "d.jsonl").write_text("")
    (tmp_path / "e.csv").write_text("text\n")
    files = corpus_files(tmp_path, ["*"], 4)
    assert [(f.doc_id, f.many) for f in files] == [
        ("a", False), ("b", False), ("c", True), ("d", True), ("e", True),
    ]  # fmt: skip


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


@pytest.mark.parametrize(
    "value, day_first, iso",
    [
        ("2019-05-02", True, "2019-05-02"),
        ("2019-05-02T23:30:00-04:00", True, "2019-05-02"),  # the date as written
        ("May 02, 2019", True, "2019-05-02"),
        ("Thu, 02 May 2019 10:31:00 GMT", True, "2019-05-02"),
        ("02.05.2019", True, "2019-05-02"),
        ("02.05.2019", False, "2019-02-05"),
        ("13/05/2019", False, "2019-05-13"),  # a part over 12 settles it
        (1556805600, True, "2019-05-02"),
        ("1556805600", True, "2019-05-02"),
        (1556805600000, True, "2019-05-02"),  # milliseconds
        (1556805600.5, True, "2019-05-02"),
        ("2019/05/02", True, "2019-05-02"),
        ("2019.05.02", False, "2019-05-02"),  # year first: day_first does not apply
        ("02-05-2019", True, "2019-05-02"),
        ("20190502", True, "2019-05-02"),  # GDELT
        ("20190502103100", True, "2019-05-02"),
    ],
)
def test_given_dates_become_iso(value, day_first, iso):
    assert given_date(value, day_first, LATEST) == iso


@pytest.mark.parametrize(
    "value, message",
    [
        ("2019-02-30", "date '2019-02-30' is not a calendar date"),
        ("31.04.2019", "date '31.04.2019' is not a calendar date"),
        ("last Tuesday", "date 'last Tuesday' is not a date newsdag can read"),
        ("2031-01-01", "date 2031-01-01 is in the future (after 2026-01-01)"),
        (True, "date 'True' is not a date newsdag can read"),
        ("20190230", "date '20190230' is not a calendar date"),
        ("155680560000", "date '155680560000' is not a date newsdag can read"),  # 12 digits
    ],
)
def test_impossible_and_future_dates_are_errors(value, message):
    with pytest.raises(ValueError) as error:
        given_date(value, True, LATEST)
    assert str(error.value) == message


def test_epoch_needs_a_timestamp_length():
    assert epoch_date("2019") is None and epoch_date(20190502) is None
    assert epoch_date("1556805600") == "2019-05-02"


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
    import article_records

    monkeypatch.setattr(article_records, "MAX_CELL_CHARACTERS", 50)
    path = tmp_path / "x.csv"
    path.write_text("id,text\n1,short\n2," + "x" * 60 + "\n3,after\n")
    records = list(read_records(path))
    assert [(r.location, bool(r.problem)) for r in records] == [
        ("row 2", False), ("row 3", True), ("row 4", False),
    ]  # fmt: skip
    assert records[1].problem.startswith("not a readable CSV row (field larger than field limit")


def test_an_object_with_a_mapped_body_is_one_article_even_with_a_list_inside(
    tmp_path, agencies, seed_articles
):
    article = {"headline": "Talks", "articleBody": seed_articles[0]["body"],
               "author": [{"@type": "Person", "name": "Jane Doe"}]}  # fmt: skip
    (tmp_path / "ld.json").write_text(json.dumps(article))
    records, skipped = parse([("ld", str(tmp_path / "ld.json"))], agencies,
                             fields={"body": "articleBody"})  # fmt: skip
    assert skipped == [] and [r["doc_id"] for r in records] == ["ld"]
    assert (records[0]["title"], records[0]["byline"]) == ("Talks", "Jane Doe")


def test_an_api_response_wrapping_its_articles_is_read_by_every_shard(tmp_path):
    head = {"status": "ok", "totalResults": 2, "note": 'a "quoted" value', "articles": []}
    (tmp_path / "newsapi.json").write_text(json.dumps(head))
    (tmp_path / "object.json").write_text(json.dumps({"title": "T", "tags": [], "text": "x"}))
    assert holds_many_articles(tmp_path / "newsapi.json")
    assert not holds_many_articles(tmp_path / "object.json")


def test_a_file_without_records_is_skipped_once(tmp_path, agencies):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    (tmp_path / "header.csv").write_text("id,text\n")
    records, skipped = parse([], agencies, [("empty", str(tmp_path / "empty.jsonl")),
                                            ("header", str(tmp_path / "header.csv"))])  # fmt: skip
    assert records == []
    assert [(r["doc_id"], r["reason"]) for r in skipped] == [
        ("empty", "no articles in the file (no line, row or list item)"),
        ("header", "no articles in the file (no line, row or list item)"),
    ]


def test_of_two_identical_records_the_first_in_the_file_is_kept(tmp_path, agencies, seed_articles):
    from collect_documents import OutletTable, collect

    path = tmp_path / "s.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["n", "text"])
        for n in range(2, 12):  # spreadsheet rows 2-11; rows 9 and 10 hold the same text
            extra = "" if n in (9, 10) else f" Also {n}."
            writer.writerow([n, seed_articles[0]["body"] + extra])
    records, _ = parse([], agencies, [("s", str(path))], fields={"id": "no-such-field"})
    for record in records:  # only the body matters for a copy, not the row number
        record["sha256"] = record["body"]
    _, skipped = collect(records, [], OutletTable())
    assert [(r["source_record"], r["reason"]) for r in skipped] == [
        ("row 10", f"byte-identical to {path} row 9 (kept as s/row-9)")
    ]


def test_the_same_article_in_each_format_gives_the_same_document(tmp_path, agencies, seed_articles):
    article = seed_articles[0]
    fields = {"id": "mt-0502", "source": "The Moscow Times", "published": "May 02, 2019",
              "link": article["url"], "headline": article["title"], "authors": ["Jane Doe"]}  # fmt: skip
    (tmp_path / "a.jsonl").write_text(json.dumps({**fields, "text": article["body"]}) + "\n")
    paragraphs = [re.split(r"(?<=[.?!]) ", p) for p in article["body"].split("\n\n")]
    (tmp_path / "b.json").write_text(json.dumps([{**fields, "body-paragraphs": paragraphs}]))
    with open(tmp_path / "c.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, [*fields, "maintext"])
        writer.writeheader()
        writer.writerow({**fields, "authors": "Jane Doe", "maintext": article["body"]})
    files = [(name, str(tmp_path / f"{name}.{ext}")) for name, ext in
             (("a", "jsonl"), ("b", "json"), ("c", "csv"))]  # fmt: skip
    records, skipped = parse([], agencies, files)
    assert skipped == [] and [r["doc_id"] for r in records] == [
        "a/mt-0502",
        "b/mt-0502",
        "c/mt-0502",
    ]
    same = {"title", "subtitle", "byline", "wire", "date", "date_source", "url", "outlet_evidence",
            "n_words", "body"}  # fmt: skip
    first = {k: records[0][k] for k in same}
    assert all({k: r[k] for k in same} == first for r in records[1:])
    assert (first["title"], first["date"], first["byline"]) == (
        article["title"],
        "2019-05-02",
        "Jane Doe",
    )
    assert first["body"] == article["body"]
    assert first["outlet_evidence"][0] == ["metadata field", "name", "The Moscow Times"]


def test_an_html_body_is_read_as_a_page(tmp_path, agencies, seed_articles):
    paragraphs = seed_articles[1]["body"].split("\n\n")
    markup = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    markup += '<div class="related-articles"><a href="/x">Related: Maduro speaks</a></div>'
    path = tmp_path / "cms.jsonl"
    path.write_text(json.dumps({"title": "T", "content": markup}) + "\n")
    records, skipped = parse([], agencies, [("cms", str(path))])
    assert skipped == []
    assert records[0]["body"].split("\n\n") == paragraphs
    plain = (
        tmp_path / "escaped.jsonl"
    )  # entities in a plain-text body are decoded, as in a text file
    plain.write_text(json.dumps({"text": html.escape(seed_articles[1]["body"])}) + "\n")
    assert parse([], agencies, [("escaped", str(plain))])[0][0]["body"] == seed_articles[1]["body"]


def test_max_file_mb_limits_one_article_json_files_only(tmp_path, agencies, seed_articles):
    body = seed_articles[0]["body"]
    (tmp_path / "one.json").write_text(json.dumps({"text": body, "padding": "x" * 20_000}))
    (tmp_path / "many.jsonl").write_text(json.dumps({"text": body, "padding": "x" * 20_000}))
    records, skipped = parse([("one", str(tmp_path / "one.json"))], agencies,
                             [("many", str(tmp_path / "many.jsonl"))], max_file_mb=0.01)  # fmt: skip
    assert [r["doc_id"] for r in records] == ["many/line-1"]
    assert skipped[0]["doc_id"] == "one" and skipped[0]["reason"].startswith(
        "file too large: 0.0 MB"
    )


def test_a_record_cannot_take_the_id_of_another_files_article(tmp_path, agencies, seed_articles):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_bytes((SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes())
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 1, "text": seed_articles[1]["body"]}))
    files = corpus_files(tmp_path, ["*"], 1)
    records, skipped = parse([(f.doc_id, f.path) for f in files if not f.many], agencies,
                             [(f.doc_id, f.path) for f in files if f.many])  # fmt: skip
    assert [(r["doc_id"], r["source_path"]) for r in records] == [("a/1", f"{tmp_path}/a.jsonl")]
    assert skipped == [{
        "doc_id": "a/1", "source_path": f"{tmp_path}/a/1.txt", "source_record": "",
        "reason": f"document id 'a/1' is already the id of {tmp_path}/a.jsonl line 1; rename one",
    }]  # fmt: skip
