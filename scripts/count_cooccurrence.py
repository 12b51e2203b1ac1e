"""Rule ``count_cooccurrence``: which actors are named together, per outlet.

Reads ``results/tables/mentions.csv``, ``results/tables/documents.csv`` and
the shard ``sentences.csv`` files and writes
``results/tables/cooccurrence.csv``: for each outlet (and ``ALL``), window
(``sentence``: one sentence of the shared sentence table, the title being
one; ``document``: a whole article) and pair of actors, the number of
windows naming both and their PMI, NPMI and Jaccard index. The tables are
streamed, never held whole; the measures and the streaming are
``newsdag.stats.association``'s. Nationalities and religions (NORP) are
left out unless config key ``norp_actors`` is true.

Run outside Snakemake::

    python scripts/count_cooccurrence.py results/tables/mentions.csv results/tables/documents.csv \\
        results/shards/*/sentences.csv --out /tmp/cooccurrence.csv
"""

import argparse
import logging
import sys

from newsdag.io import configure_logging
from newsdag.stats.association import stream_cooccurrence
from newsdag.stats.entities import ranked_types

log = logging.getLogger("count_cooccurrence")


def run(mentions_path, documents_path, sentence_paths, norp_actors: bool, out_path) -> None:
    n = stream_cooccurrence(mentions_path, documents_path, sentence_paths, out_path,
                            ranked_types(norp_actors))  # fmt: skip
    log.info("%d co-occurring pairs", n)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions")
    parser.add_argument("documents")
    parser.add_argument("sentences", nargs="+")
    parser.add_argument("--norp-actors", action="store_true",
                        help="rank nationalities and religions (NORP) as actors")  # fmt: skip
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.mentions, args.documents, args.sentences, args.norp_actors, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.mentions, sm.input.documents, sm.input.sentences, sm.params.norp_actors,
            sm.output[0])  # fmt: skip
    else:
        main(sys.argv[1:])
