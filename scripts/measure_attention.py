"""Rule ``measure_attention``: how much each outlet wrote about the top
actors, period by period.

Reads ``results/tables/entities_by_document.csv`` (each article's mentions
of each actor) and ``results/tables/documents.csv`` (each article's outlet
and date), and writes ``results/tables/attention.csv``: per period (day,
week or month, ``newsdag.stats.attention``), outlet and top actor, the
articles naming the actor and its mentions, undated articles under
``undated``.

Run outside Snakemake::

    python scripts/measure_attention.py results/tables/entities_by_document.csv \\
        results/tables/documents.csv --out /tmp/attention.csv
"""

import argparse
import logging
import sys

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.attention import UNDATED, attention
from newsdag.stats.entities import ranked_types

log = logging.getLogger("measure_attention")


def run(per_document_path, documents_path, settings: dict, out_path) -> None:
    """``settings``: ``norp_actors``, ``top``, ``period`` (config keys
    ``norp_actors``, ``attention_actors``, ``attention_period``)."""
    documents = read_table(documents_path)[["doc_id", "outlet", "date"]]
    table, period = attention(read_table(per_document_path), documents,
                              ranked_types(settings["norp_actors"]), settings["top"],
                              settings["period"])  # fmt: skip
    write_table(table, out_path)
    undated = int((documents["date"] == "").sum())
    log.info("attention of %d actors by %s; %d undated articles counted under %r",
             table["actor"].nunique(), period, undated, UNDATED)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("per_document", help="results/tables/entities_by_document.csv")
    parser.add_argument("documents", help="results/tables/documents.csv")
    parser.add_argument("--top", type=int, default=6)
    parser.add_argument("--period", default="auto", choices=["auto", "day", "week", "month"])
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    settings = {"norp_actors": False, "top": args.top, "period": args.period}
    run(args.per_document, args.documents, settings, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.per_document, sm.input.documents, dict(sm.params.settings), sm.output[0])
    else:
        main(sys.argv[1:])
