"""Rule ``resolve_actors``: one canonical actor for every spelling of a name.

Reads every shard's ``mentions.csv`` (names already resolved within their
document), ``results/tables/documents.csv`` (the kept documents, their
outlets and dates), the shipped parties and institutions
(``workflow/resources/actors.yaml``) and the user's alias file, and writes
``results/tables/actors.csv`` (one row per actor: type, role, counts, the
variants merged into it and how its mentions were resolved),
``results/tables/mentions.csv`` (every mention of a kept document with its
outlet, actor and how it was resolved) and
``results/tables/unresolved_names.csv`` (the surnames the corpus could not
tie to one person). The rules that decide when two names are one actor are
in ``newsdag.nlp.actors`` and ``newsdag.nlp.surnames``.

Run outside Snakemake::

    python scripts/resolve_actors.py results/shards/*/mentions.csv \\
        --documents results/tables/documents.csv --actors config/actors.yaml --out-dir /tmp/actors
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.config import merged_alias_actors, read_alias_file
from newsdag.constants import PROJECT_DIR
from newsdag.io import configure_logging, read_table, write_table
from newsdag.nlp.actors import MAJORITY, PERIOD_DAYS, actor_tables

log = logging.getLogger("resolve_actors")
SHIPPED_ACTORS = PROJECT_DIR / "workflow" / "resources" / "actors.yaml"


def run(mention_paths, documents_path, alias_path, resources_path, settings, out) -> None:
    """``settings``: ``threshold``, ``period_days`` and ``majority``
    (``newsdag.nlp.actors.actor_tables``)."""
    mentions, actors, unresolved = actor_tables(
        [read_table(path) for path in mention_paths],
        read_table(documents_path),
        merged_alias_actors(read_alias_file(resources_path), read_alias_file(alias_path)),
        settings["threshold"],
        settings["period_days"],
        settings["majority"],
    )
    write_table(mentions, out["mentions"])
    write_table(actors, out["actors"])
    write_table(unresolved, out["unresolved"])
    how = mentions["resolved_by"].value_counts()
    log.info("%d actors from %d mentions; resolved by: %s", len(actors), len(mentions),
             ", ".join(f"{k} {v}" for k, v in sorted(how.items())))  # fmt: skip
    log.info("%d surnames left unresolved (%d mentions)", len(unresolved),
             unresolved["mentions"].sum() if len(unresolved) else 0)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions", nargs="+", help="shard mentions.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--actors", default="", help="alias file (optional)")
    parser.add_argument("--resources", default=str(SHIPPED_ACTORS),
                        help="shipped parties and institutions ('' for none)")  # fmt: skip
    parser.add_argument("--threshold", type=float, default=85)
    parser.add_argument("--period-days", type=int, default=PERIOD_DAYS)
    parser.add_argument("--majority", type=float, default=MAJORITY)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    settings = {"threshold": args.threshold, "period_days": args.period_days,
                "majority": args.majority}  # fmt: skip
    run(args.mentions, args.documents, args.actors, args.resources, settings,
        {"actors": out / "actors.csv", "mentions": out / "mentions.csv",
         "unresolved": out / "unresolved_names.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            sm.input.mentions,
            sm.input.documents,
            sm.input.get("actors", ""),
            sm.input.get("resources", ""),
            dict(sm.params.settings),
            sm.output,
        )
    else:
        main(sys.argv[1:])
