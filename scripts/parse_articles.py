"""Rule ``parse_articles``: parse the raw article files of one shard.

Writes ``results/shards/{shard}/documents.jsonl`` (one parsed article per
line, with its body) and ``results/shards/{shard}/skipped.csv`` (files that
could not be used, with the reason). The parsing is
``newsdag.corpus.articles.parse_files``. The outlet is resolved later, by
``collect_documents``, from the evidence recorded here, so editing the
outlet sheet re-runs no parsing.

Debug one article outside Snakemake (prints its record as JSON)::

    python scripts/parse_articles.py seeds/004_d82b79f67a646ad1.txt
"""

import argparse
import json
import logging
import sys
from pathlib import Path

from newsdag.constants import SKIPPED_COLUMNS
from newsdag.corpus.articles import latest_date_for, parse_files
from newsdag.io import configure_logging, read_tsv_rows, write_jsonl, write_rows
from newsdag.text.metadata import read_agencies

log = logging.getLogger("parse_articles")


def run(files, record_files, agencies_path, documents_path, skipped_path, **options) -> None:
    """Parse a shard's files and write its two outputs (empty files with
    headers when empty). ``options`` are ``parse_files``'s."""
    agencies = read_agencies(read_tsv_rows(agencies_path))
    options["latest_date"] = latest_date_for(options.get("latest_date", ""))
    records, skipped = parse_files(files, agencies, record_files, **options)
    write_jsonl(records, documents_path)
    write_rows(skipped, SKIPPED_COLUMNS, skipped_path)
    log.info("parsed %d articles, skipped %d", len(records), len(skipped))


def field_option(text: str) -> tuple[str, str]:
    """``body=story_text`` -> ``("body", "story_text")`` (``--field``)."""
    field, _, name = text.partition("=")
    if not name:
        raise argparse.ArgumentTypeError(f"expected FIELD=NAME, e.g. body=story_text, not {text!r}")
    return field.strip(), name.strip()


def main(argv: list[str] | None = None) -> None:
    """Command line: parse files and print their records as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "files", nargs="+", help="article files (text, markdown, HTML, JSON, JSONL, CSV, TSV)"
    )
    parser.add_argument("--agencies", default="workflow/resources/wire_agencies.tsv")
    parser.add_argument("--min-body-words", type=int, default=40)
    parser.add_argument("--month-first", action="store_true", help="read 02/05/2019 as February 5")
    parser.add_argument(
        "--field",
        type=field_option,
        action="append",
        default=[],
        metavar="FIELD=NAME",
        help="a record field's name, as in config key fields: --field body=story_text",
    )
    args = parser.parse_args(argv)
    configure_logging()
    agencies = read_agencies(read_tsv_rows(args.agencies))
    files = [(Path(f).with_suffix("").name, f) for f in args.files]
    records, skipped = parse_files(
        files, agencies, min_body_words=args.min_body_words, day_first=not args.month_first,
        fields=dict(args.field), latest_date=latest_date_for(""),
    )  # fmt: skip
    for record in records:
        print(json.dumps(record, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            list(zip(sm.params.doc_ids, sm.input.articles)),
            list(zip(sm.params.record_file_ids, sm.input.record_files)),
            sm.input.agencies,
            sm.output.documents,
            sm.output.skipped,
            shard=int(sm.wildcards.shard),
            n_shards=sm.params.shards,
            min_body_words=sm.params.min_body_words,
            day_first=sm.params.day_first,
            fallback_encoding=sm.params.fallback_encoding,
            max_file_mb=sm.params.max_file_mb,
            fields=sm.params.fields,
            latest_date=sm.params.latest_date,
        )
    else:
        main(sys.argv[1:])
