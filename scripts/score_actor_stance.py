"""Rule ``score_actor_stance``: each outlet's stance toward each actor.

Reads every shard's ``results/shards/{shard}/descriptions.csv`` (the words
the dependency parse ties to each body mention, ``newsdag.nlp.descriptions``),
``results/tables/mentions.csv`` (the actor of each mention) and
``results/tables/actor_sentiment.csv`` (the sentence-window tone), and
writes ``results/word_choice/mention_stance.csv`` (each mention's words and
VADER score), ``results/tables/actor_stance_by_document.csv`` (article ×
actor) and ``results/tables/actor_stance.csv`` (outlet × actor, with
bootstrap intervals, beside the window tone). The method is
``newsdag.stats.actor_words``'s.

Run outside Snakemake::

    python scripts/score_actor_stance.py results/tables/mentions.csv \\
        results/tables/actor_sentiment.csv --descriptions results/shards/*/descriptions.csv \\
        --out-dir /tmp/stance
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.actor_words import (
    mention_stance,
    read_descriptions,
    stance_by_document,
    stance_by_outlet,
)
from newsdag.stats.entities import ranked_types

log = logging.getLogger("score_actor_stance")


def run(description_paths, mentions_path, window_path, settings: dict, outputs: dict) -> None:
    """``settings``: ``norp_actors``, ``samples``, ``seed``, ``min_mentions``;
    ``outputs``: ``mentions``, ``by_document``, ``by_outlet`` paths."""
    types = ranked_types(settings["norp_actors"])
    scored = mention_stance(read_descriptions(description_paths), read_table(mentions_path), types)
    window = read_table(window_path)
    window["mean_compound"] = window["mean_compound"].astype(float)
    by_outlet = stance_by_outlet(scored, window, settings["samples"], settings["seed"],
                                 settings["min_mentions"])  # fmt: skip
    write_table(scored, outputs["mentions"])
    write_table(stance_by_document(scored), outputs["by_document"])
    write_table(by_outlet, outputs["by_outlet"])
    log.info("%d mentions, %d with a scored word; %d outlet × actor rows", len(scored),
             int(scored["stance"].ne(0).sum()), len(by_outlet))  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions", help="results/tables/mentions.csv")
    parser.add_argument("window", help="results/tables/actor_sentiment.csv")
    parser.add_argument("--descriptions", nargs="+", required=True)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    settings = {"norp_actors": False, "samples": 1000, "seed": 2019, "min_mentions": 3}
    outputs = {"mentions": out / "mention_stance.csv",
               "by_document": out / "actor_stance_by_document.csv",
               "by_outlet": out / "actor_stance.csv"}  # fmt: skip
    run(args.descriptions, args.mentions, args.window, settings, outputs)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        outputs = {k: sm.output[k] for k in ("mentions", "by_document", "by_outlet")}
        run(sm.input.descriptions, sm.input.mentions, sm.input.window, dict(sm.params.settings),
            outputs)  # fmt: skip
    else:
        main(sys.argv[1:])
