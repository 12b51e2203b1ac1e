"""Rule ``summarise_readability``: reading level per article and per outlet.

Writes ``results/tables/readability_by_document.csv`` (each kept article's
indices and counts, with its outlet) and
``results/tables/readability_by_outlet.csv``: for each outlet (and ``ALL``)
every index and ratio averaged over its articles weighted by their words,
so a long article weighs more than a short one (this is not the ratio of the
summed counts), plus summed counts.

Run outside Snakemake::

    python scripts/summarise_readability.py results/shards/*/readability.csv \\
        --documents results/tables/documents.csv --out-dir /tmp/readability
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.nlp.readability import by_document, by_outlet

log = logging.getLogger("summarise_readability")


def run(paths, documents_path, out) -> None:
    scores = by_document([read_table(p) for p in paths], read_table(documents_path))
    write_table(scores, out["by_document"])
    write_table(by_outlet(scores), out["by_outlet"])
    log.info("%d articles", len(scores))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("readability", nargs="+")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.readability, args.documents,
        {"by_document": out / "readability_by_document.csv", "by_outlet": out / "readability_by_outlet.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.readability, sm.input.documents, sm.output)
    else:
        main(sys.argv[1:])
