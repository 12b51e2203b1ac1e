"""Outlet resolution, the outlet sheet's overrides and duplicate handling."""

from collect_documents import OutletTable, apply_sheet, collect, resolve_outlet


def test_resolve_outlet_order(outlet_table):
    url = ["url domain", "domain", "themoscowtimes.com"]
    tag = ["source tag", "name", "ANI"]
    email = ["author e-mail domain", "domain", "breitbart.com"]
    assert resolve_outlet([url, tag], outlet_table) == (
        "The Moscow Times",
        "url domain",
        "themoscowtimes.com",
    )
    assert resolve_outlet([tag, email], outlet_table) == ("ANI", "source tag", "ANI")
    assert resolve_outlet([email], outlet_table)[:2] == ("Breitbart", "author e-mail domain")
    assert resolve_outlet([], outlet_table) == ("unknown", "none", "")


def test_names_map_through_aliases_and_subdomains(outlet_table):
    assert (
        resolve_outlet([["page title suffix", "name", "Deutsche Welle"]], outlet_table)[0] == "DW"
    )
    assert resolve_outlet([["url domain", "domain", "edition.cnn.com"]], outlet_table)[0] == "CNN"


def test_unlisted_domain_only_decides_when_nothing_else_does(outlet_table):
    unlisted = ["url domain", "domain", "example-news.org"]
    assert resolve_outlet([unlisted], outlet_table) == (
        "example-news.org",
        "url domain (domain not in outlet table)",
        "example-news.org",
    )
    assert resolve_outlet([unlisted, ["source tag", "name", "ANI"]], outlet_table)[0] == "ANI"


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
    from collect_documents import DOCUMENT_COLUMNS, corpus_records
    from newsdag_common import write_jsonl

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
