"""Rule ``collect_documents``: combine the parsed shards into the corpus tables.

Resolves each article's outlet from the evidence the parser recorded and the
outlet tables, applies the outlet sheet's overrides, sets aside byte-identical
duplicates, and writes ``results/tables/documents.csv``,
``results/tables/skipped.csv`` and ``results/corpus/documents.jsonl``.

Run outside Snakemake::

    python scripts/collect_documents.py results/shards/*/documents.jsonl \\
        --skipped results/shards/*/skipped.csv --out-dir /tmp/collect
"""

import argparse
import heapq
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from article_metadata import parent_domains, url_domain
from config_checks import load_schema, read_outlet_sheet
from count_entities import ALL_OUTLETS
from newsdag_common import (
    configure_logging,
    read_jsonl,
    read_table,
    read_tsv_rows,
    write_jsonl,
    write_table,
)
from parse_articles import first_of_each, place, unique_ids

log = logging.getLogger("collect_documents")

DOCUMENT_COLUMNS = [
    "doc_id", "source_path", "source_record", "sha256", "encoding", "outlet", "outlet_source",
    "outlet_label", "title", "subtitle", "byline", "wire", "date", "date_source", "url", "n_words",
]  # fmt: skip
SKIPPED_COLUMNS = ["doc_id", "source_path", "source_record", "reason"]
RENAMED_ALL = "ALL (outlet)"  # an outlet really called ALL, apart from the pooled rows


@dataclass
class OutletTable:
    """Web domains and outlet names mapped to the outlet name newsdag reports."""

    by_domain: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # casefolded name or alias
    user_domains: set[str] = field(default_factory=set)

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> "OutletTable":
        """From rows with ``domain``, ``outlet`` and ``;``-separated ``aliases``."""
        table = cls()
        for row in rows:
            table.add(row["domain"], row["outlet"], (row.get("aliases") or "").split(";"))
        return table

    def add(self, domain: str, outlet: str, aliases=(), user: bool = False) -> None:
        domain = domain.lower().strip()
        self.by_domain[domain] = outlet
        for name in [outlet, domain, *aliases]:
            if name.strip():
                self.by_name.setdefault(outlet_key(name), outlet)
        if user:
            self.user_domains.add(domain)
            self.by_name[outlet_key(outlet)] = outlet

    def add_aliases(self, outlet: str, aliases) -> None:
        """The user's own labels for an outlet; they win over the shipped table."""
        for name in [outlet, *aliases]:
            self.by_name[outlet_key(name)] = outlet

    def knows(self, outlet: str) -> bool:
        """Whether the outlet is a name the tables list (not a raw label)."""
        return self.by_name.get(outlet_key(outlet)) == outlet

    def outlet_for_domain(self, domain: str) -> tuple[str, str] | None:
        """``(outlet, matched domain)`` for a domain or its nearest listed parent."""
        for candidate in parent_domains(domain):
            if candidate in self.by_domain:
                return self.by_domain[candidate], candidate
        return None

    def outlet_for_name(self, name: str) -> str:
        """The listed outlet a name or alias stands for, ignoring case and
        spacing; a name that is a web address or domain (``foxnews.com``,
        ``https://www.foxnews.com/``) is looked up as a domain; else the
        name itself."""
        listed = self.by_name.get(outlet_key(name))
        if listed:
            return listed
        if DOMAIN_LIKE.match(name.strip()):
            found = self.outlet_for_domain(url_domain(name.strip()) or name.strip().lower())
            if found:
                return found[0]
        return " ".join(name.split())


# A label that is a web address or a bare domain, not a name.
DOMAIN_LIKE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.I)


def outlet_key(name: str) -> str:
    """An outlet name compared ignoring case and spacing: ``"FOX"``,
    ``"fox"`` and ``" Fox "`` give ``"fox"``."""
    return " ".join(name.casefold().split())


def resolve_outlet(evidence: list[list[str]], table: OutletTable) -> tuple[str, str, str]:
    """``(outlet, outlet_source, outlet_label)`` from parser evidence,
    strongest first; the label is the name or domain as the article gave it.

    Evidence items are ``[source, kind, value]`` with kind ``name`` (a name
    the article gives, e.g. a source tag ``ANI``) or ``domain`` (a web domain,
    e.g. from the canonical URL). In order of strength, the first name or
    the first domain found in the table decides; a domain the table lacks is
    used as the outlet only when nothing else points anywhere, with the
    source marked ``(domain not in outlet table)``. ``("unknown", "none",
    "")`` when there is no evidence.
    """
    for source, kind, value in evidence:
        if kind == "name":
            return table.outlet_for_name(value), source, value
        found = table.outlet_for_domain(value)
        if found:
            outlet, matched = found
            sheet = " (outlet sheet)" if matched in table.user_domains else ""
            return outlet, source + sheet, value
    for source, kind, value in evidence:
        if kind == "domain":
            return value, f"{source} (domain not in outlet table)", value
    return "unknown", "none", ""


def merge_spellings(documents: list[dict], table: OutletTable) -> list[dict]:
    """The documents with the spellings of an outlet the tables do not list
    made one: ``hpo`` (96 articles) and ``HPO`` (4) both become ``hpo``, the
    spelling most articles use (ties: the first in sort order)."""
    counts: dict[str, dict[str, int]] = {}
    for document in documents:
        if not table.knows(document["outlet"]):
            spellings = counts.setdefault(outlet_key(document["outlet"]), {})
            spellings[document["outlet"]] = spellings.get(document["outlet"], 0) + 1
    chosen = {
        key: min(spellings, key=lambda name: (-spellings[name], name))
        for key, spellings in counts.items()
    }
    return [
        (
            document
            if table.knows(document["outlet"])
            else {**document, "outlet": chosen[outlet_key(document["outlet"])]}
        )
        for document in documents
    ]


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


def load_outlet_table(
    domains_path, sheet_path, sheet_schema_path
) -> tuple[OutletTable, list[dict]]:
    """The shipped domain table and the (checked) rows of the user's sheet."""
    table = OutletTable.from_rows(read_tsv_rows(domains_path))
    sheet = read_outlet_sheet(sheet_path, load_schema(sheet_schema_path)) if sheet_path else []
    return table, sheet


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


def run(
    document_paths, skipped_paths, domains_path, sheet_path, sheet_schema_path, out, aliases=None
) -> None:
    """Read shard outputs, collect, and write the three outputs in ``out``."""
    records = read_metadata(document_paths)
    skipped = [r for path in skipped_paths for r in read_table(path).to_dict("records")]
    table, sheet = load_outlet_table(domains_path, sheet_path, sheet_schema_path)
    documents, skipped = collect(records, skipped, table, sheet, aliases)
    write_table(pd.DataFrame(documents, columns=DOCUMENT_COLUMNS), out["documents"])
    write_table(pd.DataFrame(skipped, columns=SKIPPED_COLUMNS), out["skipped"])
    n = write_jsonl(corpus_records(document_paths, documents), out["corpus"])
    log.info("%d documents, %d skipped", n, len(skipped))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="+", help="shard documents.jsonl files")
    parser.add_argument("--skipped", nargs="*", default=[], help="shard skipped.csv files")
    parser.add_argument("--domains", default="workflow/resources/outlet_domains.tsv")
    parser.add_argument("--sheet", default="", help="outlet sheet (optional)")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out_dir = Path(args.out_dir)
    run(
        args.documents,
        args.skipped,
        args.domains,
        args.sheet,
        "workflow/schemas/outlets.schema.yaml",
        {
            "documents": out_dir / "documents.csv",
            "skipped": out_dir / "skipped.csv",
            "corpus": out_dir / "documents.jsonl",
        },
    )


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            sm.input.documents,
            sm.input.skipped,
            sm.input.outlet_domains,
            sm.input.get("outlet_sheet", ""),
            sm.input.sheet_schema,
            sm.output,
            sm.params.outlet_aliases,
        )
    else:
        main(sys.argv[1:])
