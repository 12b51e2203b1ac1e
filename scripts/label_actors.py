"""Rule ``label_actors``: what each outlet calls each actor.

Reads every shard's ``results/shards/{shard}/descriptions.csv`` (the labels
the dependency parse finds at each body mention, ``newsdag.nlp.descriptions``)
and ``results/tables/mentions.csv`` (the actor of each mention), and writes
``results/tables/actor_labels.csv``: per outlet, actor and label, the count,
the articles and the log-odds z of the label against the other outlets'
labels of the same actor (``newsdag.stats.actor_words``); and
``results/tables/label_examples.csv``: each outlet's strongest labels (the
highest z) with the first sentence that uses each, quoted in full (the
shards' ``sentences.csv``).

Run outside Snakemake::

    python scripts/label_actors.py results/tables/mentions.csv \\
        --descriptions results/shards/*/descriptions.csv \\
        --sentences results/shards/*/sentences.csv --out-dir /tmp/labels
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.actor_words import (
    actor_labels,
    label_examples,
    labelled_mentions,
    read_descriptions,
    strongest_labels,
)

log = logging.getLogger("label_actors")


def run(description_paths, sentence_paths, mentions_path, prior: float, outputs: dict) -> None:
    """``outputs``: ``labels`` and ``examples`` paths."""
    labelled = labelled_mentions(read_descriptions(description_paths), read_table(mentions_path))
    table = actor_labels(labelled, prior)
    sentences = (read_table(path) for path in sentence_paths)
    examples = label_examples(strongest_labels(table), labelled, sentences)
    write_table(table, outputs["labels"])
    write_table(examples, outputs["examples"])
    log.info("%d labels of %d actors in %d outlets", len(table), table["actor"].nunique(),
             table["outlet"].nunique())  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions", help="results/tables/mentions.csv")
    parser.add_argument("--descriptions", nargs="+", required=True)
    parser.add_argument("--sentences", nargs="+", required=True)
    parser.add_argument("--prior", type=float, default=1000.0)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    outputs = {"labels": Path(args.out_dir) / "actor_labels.csv",
               "examples": Path(args.out_dir) / "label_examples.csv"}  # fmt: skip
    run(args.descriptions, args.sentences, args.mentions, args.prior, outputs)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        outputs = {"labels": sm.output.labels, "examples": sm.output.examples}
        run(sm.input.descriptions, sm.input.sentences, sm.input.mentions, sm.params.prior,
            outputs)  # fmt: skip
    else:
        main(sys.argv[1:])
