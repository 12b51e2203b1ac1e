"""Rule ``resolve_actors``: one canonical actor for every spelling of a name.

Reads every shard's ``mentions.csv`` (names already resolved within their
document), ``results/tables/documents.csv`` (the kept documents and their
outlets) and the user's alias file, and writes
``results/tables/actors.csv`` (one row per actor: type, role, counts and
the variants merged into it) and ``results/tables/mentions.csv`` (every
mention of a kept document with its outlet and actor). The rules that
decide when two names are one actor are in ``newsdag.nlp.actors``.

Run outside Snakemake::

    python scripts/resolve_actors.py results/shards/*/mentions.csv \\
        --documents results/tables/documents.csv --actors config/actors.yaml --out-dir /tmp/actors
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.config import read_alias_file
from newsdag.io import configure_logging, read_table, write_table
from newsdag.nlp.actors import actor_tables

log = logging.getLogger("resolve_actors")


def run(mention_paths, documents_path, alias_path, threshold, out) -> None:
    mentions, actors = actor_tables(
        [read_table(path) for path in mention_paths],
        read_table(documents_path),
        read_alias_file(alias_path),
        threshold,
    )
    write_table(mentions, out["mentions"])
    write_table(actors, out["actors"])
    log.info("%d actors from %d mentions", len(actors), len(mentions))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions", nargs="+", help="shard mentions.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--actors", default="", help="alias file (optional)")
    parser.add_argument("--threshold", type=float, default=85)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.mentions, args.documents, args.actors, args.threshold,
        {"actors": out / "actors.csv", "mentions": out / "mentions.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            sm.input.mentions,
            sm.input.documents,
            sm.input.get("actors", ""),
            sm.params.threshold,
            sm.output,
        )
    else:
        main(sys.argv[1:])
