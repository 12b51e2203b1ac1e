"""Rule ``collect_documents``: combine the parsed shards into the corpus tables.

Resolves each article's outlet from the evidence the parser recorded and the
outlet tables, applies the outlet sheet's overrides, sets aside byte-identical
duplicates (``newsdag.corpus.documents.collect``), and writes
``results/tables/documents.csv``, ``results/tables/skipped.csv`` and
``results/corpus/documents.jsonl``.

Run outside Snakemake::

    python scripts/collect_documents.py results/shards/*/documents.jsonl \\
        --skipped results/shards/*/skipped.csv --out-dir /tmp/collect
"""

import argparse
import logging
import sys
from pathlib import Path

import pandas as pd
from newsdag.constants import SKIPPED_COLUMNS
from newsdag.corpus.documents import DOCUMENT_COLUMNS, collect, corpus_records, read_metadata
from newsdag.corpus.outlets import load_outlet_table
from newsdag.io import configure_logging, read_table, write_jsonl, write_table

log = logging.getLogger("collect_documents")


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
    """Command line: collect shard outputs into ``--out-dir``."""
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
