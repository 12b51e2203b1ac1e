"""Table, JSON Lines and hashing helpers: what goes in comes out, byte-stable."""

import hashlib

import pandas as pd
from newsdag.io import (
    read_jsonl,
    read_rows,
    read_table,
    read_tsv_rows,
    sha256_bytes,
    sha256_file,
    write_jsonl,
    write_rows,
    write_table,
)

ROWS = [{"doc_id": "004_d82b", "title": "Russia, Venezuela seek strategy", "n": "0012"}]


def test_tables_keep_text_as_written(tmp_path):
    # leading zeros, commas and empty cells survive: every cell is read as text
    path = tmp_path / "t.csv"
    write_rows([*ROWS, {"doc_id": "x", "title": "", "n": ""}], ["doc_id", "title", "n"], path)
    assert read_rows(path) == [*ROWS, {"doc_id": "x", "title": "", "n": ""}]
    frame = read_table(path)
    assert frame.loc[0, "n"] == "0012" and frame.loc[1, "title"] == ""


def test_write_table_gives_the_same_bytes_as_write_rows(tmp_path):
    write_rows(ROWS, list(ROWS[0]), tmp_path / "a.csv")
    write_table(pd.DataFrame(ROWS), tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert b"\r" not in (tmp_path / "a.csv").read_bytes()


def test_jsonl_round_trip_keeps_unicode(tmp_path):
    records = [{"title": "Guaidó’s envoy", "body": "“Quote”\nline"}, {"title": "b"}]
    path = tmp_path / "d.jsonl"
    assert write_jsonl(records, path) == 2
    assert list(read_jsonl(path)) == records
    assert "Guaidó’s".encode() in path.read_bytes()


def test_tsv_rows_and_hashes(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("domain\toutlet\ndw.com\tDW\n", encoding="utf-8")
    assert read_tsv_rows(path) == [{"domain": "dw.com", "outlet": "DW"}]
    assert sha256_file(path) == sha256_bytes(path.read_bytes())
    assert sha256_bytes(b"") == hashlib.sha256(b"").hexdigest()
