"""One record per document id and per content: which copy is kept, and the
skipped-table rows of the others.

A record here is a parsed article (``newsdag.corpus.articles``) or a
skipped row: both have ``doc_id``, ``source_path`` and ``source_record``.
"""

import re


def skipped_row(doc_id: str, source_path: str, source_record: str, reason: str) -> dict:
    """A row of the skipped table (``newsdag.constants.SKIPPED_COLUMNS``)."""
    return {
        "doc_id": doc_id,
        "source_path": source_path,
        "source_record": source_record,
        "reason": reason,
    }


def file_order(record: dict) -> tuple:
    """Sort key putting records in file order: by ``source_path``, then by the
    number in ``source_record`` (``row 9`` before ``row 10``), then id."""
    number = re.search(r"\d+", record.get("source_record") or "")
    return record["source_path"], int(number.group()) if number else 0, record["doc_id"]


def place(row: dict) -> str:
    """Where a record or skipped row is: ``"c/export.jsonl line 3"``, or the
    path alone for a file of one article."""
    return f"{row['source_path']} {row['source_record']}".strip()


def first_of_each(records: list[dict], key, reason) -> tuple[list[dict], list[dict]]:
    """Keep the first record (in ``file_order``) of each value of ``key(record)``;
    the others become skipped rows whose reason is ``reason(record, first)``."""
    kept, skipped, first = [], [], {}
    for record in sorted(records, key=file_order):
        other = first.setdefault(key(record), record)
        if other is record:
            kept.append(record)
        else:
            skipped.append(skipped_row(record["doc_id"], record["source_path"],
                                       record["source_record"], reason(record, other)))  # fmt: skip
    return kept, skipped


def unique_ids(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """The records with the first of each document id kept and skipped rows
    for the rest: a file ``a/1.txt`` and record ``1`` of ``a.jsonl`` both
    have the id ``a/1``."""
    return first_of_each(
        records,
        lambda r: r["doc_id"],
        lambda r, first: f"document id {r['doc_id']!r} is already the id of {place(first)}; rename one",
    )


def split_duplicates(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Keep the first (by path, then place in the file) of each set of
    byte-identical files, or of records with identical fields, and the first
    of each set of records sharing a ``doc_id`` (which only a JSON object
    wrapping a list far into the file can produce; see ``unique_ids``).

    Returns ``(kept records, skipped rows)``, kept records in ``doc_id``
    order; each skipped row names the file (and record) that was kept, so
    the user can delete the copy.
    """
    records, repeated = unique_ids(records)
    kept, copies = first_of_each(
        records,
        lambda r: r["sha256"],
        lambda r, first: f"byte-identical to {place(first)} (kept as {first['doc_id']})",
    )
    skipped = repeated + copies
    return sorted(kept, key=lambda r: r["doc_id"]), skipped
