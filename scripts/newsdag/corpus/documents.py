"""The corpus tables from the parsed shards: each article's outlet resolved
(``newsdag.corpus.outlets``), the outlet sheet's overrides applied, and
byte-identical duplicates set aside (``newsdag.corpus.dedupe``).
"""

import heapq
import logging

from newsdag.constants import ALL_OUTLETS
from newsdag.corpus.dedupe import split_duplicates
from newsdag.corpus.outlets import OutletTable, merge_spellings, resolve_outlet
from newsdag.io import read_jsonl

log = logging.getLogger(__name__)

# The columns of results/tables/documents.csv and, with ``body``, of
# results/corpus/documents.jsonl.
DOCUMENT_COLUMNS = [
    "doc_id", "source_path", "source_record", "sha256", "encoding", "outlet", "outlet_source",
    "outlet_label", "title", "subtitle", "byline", "wire", "date", "date_source", "url", "n_words",
]  # fmt: skip
RENAMED_ALL = "ALL (outlet)"  # an outlet really called ALL, apart from the pooled rows


def apply_sheet(record: dict, sheet_row: dict[str, str] | None) -> dict:
    """A record with the sheet's non-empty outlet, title and date put in."""
    if not sheet_row:
        return record
    record = dict(record)
    if sheet_row["outlet"]:
        record["outlet"], record["outlet_source"] = sheet_row["outlet"], "outlet sheet"
    if sheet_row["title"]:
        record["title"] = sheet_row["title"]
    if sheet_row["date"]:
        record["date"], record["date_source"] = sheet_row["date"], "outlet sheet"
    return record


def unreserved(record: dict) -> dict:
    """The record, its outlet renamed when an article calls its outlet
    ``ALL``, the name the per-outlet tables reserve for all outlets pooled:
    it becomes ``ALL (outlet)``."""
    if record["outlet"] != ALL_OUTLETS:
        return record
    log.warning("%s names its outlet %r, a name newsdag reserves for all outlets "
                "pooled; it is shown as %r", record["doc_id"], ALL_OUTLETS, RENAMED_ALL)  # fmt: skip
    return {**record, "outlet": RENAMED_ALL}


def collect(
    records: list[dict],
    skipped: list[dict],
    table: OutletTable,
    sheet_rows: list[dict[str, str]] = (),
    aliases: dict[str, list[str]] | None = None,
) -> tuple[list[dict], list[dict]]:
    """Final document records (sorted by ``doc_id``, with ``outlet``,
    ``outlet_source`` and ``outlet_label``) and skipped rows (sorted by
    ``source_path``). ``aliases`` maps the user's outlet names to the labels
    their files give them (config key ``outlet_aliases``)."""
    for row in sheet_rows:
        if row["domain"]:
            table.add(row["domain"], row["outlet"], user=True)
    for outlet, labels in sorted((aliases or {}).items()):
        table.add_aliases(outlet, labels)
    by_doc = {row["doc_id"]: row for row in sheet_rows if row["doc_id"]}
    kept, duplicates = split_duplicates(records)
    documents = []
    for record in kept:
        outlet, source, label = resolve_outlet(record["outlet_evidence"], table)
        record = {**record, "outlet": outlet, "outlet_source": source, "outlet_label": label}
        documents.append(apply_sheet(record, by_doc.get(record["doc_id"])))
    documents = [unreserved(d) for d in merge_spellings(documents, table)]
    known = {r["doc_id"] for r in records}
    for doc_id in sorted(set(by_doc) - known):
        log.warning("outlet sheet names doc_id %r, which is not in the corpus", doc_id)
    skipped = sorted(
        [*skipped, *duplicates], key=lambda r: (r["source_path"], r["source_record"], r["doc_id"])
    )
    return documents, skipped


def read_metadata(document_paths) -> list[dict]:
    """Every shard record without its body: what the tables need, in a
    fraction of the memory."""
    return [
        {k: v for k, v in record.items() if k != "body"}
        for path in document_paths
        for record in read_jsonl(path)
    ]


def corpus_records(document_paths, documents: list[dict]):
    """Yield the kept documents with their bodies, in ``doc_id`` order.

    Each shard file is sorted by ``doc_id``, so a k-way merge streams them in
    global order holding one record per shard in memory, however large the
    corpus.
    """
    by_id = {d["doc_id"]: d for d in documents}
    shards = [read_jsonl(path) for path in document_paths]
    for record in heapq.merge(*shards, key=lambda r: r["doc_id"]):
        document = by_id.get(record["doc_id"])
        if document is not None:
            yield {**{c: document[c] for c in DOCUMENT_COLUMNS}, "body": record["body"]}
