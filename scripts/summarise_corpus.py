"""Rule ``summarise_corpus``: what the corpus holds, outlet by outlet.

Reads ``results/tables/documents.csv`` and writes:

- ``results/tables/corpus_by_outlet.csv``: per outlet (and ``ALL``) the
  articles, their body words (total, mean, median, range), how many carry a
  date and the date range, how many credit a wire agency, and the evidence
  that identified the outlet with its article counts;
- ``results/tables/articles_by_date.csv``: articles per outlet and
  publication date (dated articles only; undated ones are counted in
  ``corpus_by_outlet.csv``);
- ``results/tables/wire_credits.csv``: per outlet (and ``ALL``) and agency,
  the articles crediting the agency.

Run outside Snakemake::

    python scripts/summarise_corpus.py results/tables/documents.csv --out-dir /tmp/corpus
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.corpus import by_date, by_outlet, wire_credits

log = logging.getLogger("summarise_corpus")


def run(documents_path, out) -> None:
    documents = read_table(documents_path)
    write_table(by_outlet(documents), out["by_outlet"])
    write_table(by_date(documents), out["by_date"])
    write_table(wire_credits(documents), out["wire"])
    log.info("%d articles in %d outlets", len(documents), documents["outlet"].nunique())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(
        args.documents,
        {"by_outlet": out / "corpus_by_outlet.csv", "by_date": out / "articles_by_date.csv",
         "wire": out / "wire_credits.csv"},
    )  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input[0], sm.output)
    else:
        main(sys.argv[1:])
