"""Rule ``count_entities``: how often each actor is named, per document and per outlet.

Writes ``results/tables/entities_by_document.csv`` and
``results/tables/entities_by_outlet.csv``. Rates are mentions per 1,000
words of body text. An outlet's rate pools its articles (all its body
mentions over all its body words), so a long article weighs more than a
short one instead of every article's rate being averaged. The outlet
``ALL`` pools the whole corpus.

Run outside Snakemake::

    python scripts/count_entities.py results/tables/mentions.csv results/tables/documents.csv --out-dir /tmp/entities
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.entities import per_document, per_outlet

log = logging.getLogger("count_entities")


def run(mentions_path, documents_path, out) -> None:
    mentions = read_table(mentions_path)
    documents = read_table(documents_path)
    by_document = per_document(mentions, documents)
    write_table(by_document, out["by_document"])
    write_table(per_outlet(by_document, documents), out["by_outlet"])
    log.info("%d document-actor rows", len(by_document))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions")
    parser.add_argument("documents")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.mentions, args.documents,
        {"by_document": out / "entities_by_document.csv", "by_outlet": out / "entities_by_outlet.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.mentions, sm.input.documents, sm.output)
    else:
        main(sys.argv[1:])
