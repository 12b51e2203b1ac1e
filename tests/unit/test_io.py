"""Table, JSON Lines and hashing helpers: what goes in comes out, byte-stable;
and the progress lines of long jobs."""

import hashlib
import logging

import pandas as pd
from newsdag.io import (
    line_count,
    logged_progress,
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


def test_logged_progress_logs_only_when_the_interval_has_passed(caplog):
    """Items come through unchanged; a line is logged once 20 s (the
    default) have passed since the start or the last line, never sooner."""
    ticks = iter([0, 5, 21, 30, 45, 50])  # the start, then after each item
    log = logging.getLogger("test_progress")
    with caplog.at_level(logging.INFO, logger="test_progress"):
        items = list(
            logged_progress("abcde", log, "annotated documents", 5, clock=lambda: next(ticks))
        )
    assert items == list("abcde")
    assert [r.getMessage() for r in caplog.records] == [
        "annotated documents: 2 of 5 after 21 s",
        "annotated documents: 4 of 5 after 45 s",
    ]


def test_a_short_job_logs_no_progress(caplog):
    with caplog.at_level(logging.INFO):
        assert list(logged_progress(range(3), logging.getLogger("short"), "x")) == [0, 1, 2]
    assert caplog.records == []


def test_line_count_counts_records_not_blank_lines(tmp_path):
    path = tmp_path / "documents.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2}\n   \n{"a": 3}')
    assert line_count(path) == 3
