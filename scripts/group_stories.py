"""Rule ``group_stories``: which articles report the same event.

Reads ``results/corpus/documents.jsonl`` (the kept articles: title, body,
outlet, date) and ``results/tables/mentions.csv`` (their resolved actors),
and writes ``results/stories/story_groups.csv`` (each article's story and
its similarity to the story's centre) and ``results/stories/story_labels.csv``
(one row per story: a label, first and last date, articles, outlets);
``summarise_stories`` adds the wire copy to them. The rules (TF-IDF over words, title and actors, dates within a window, Louvain
communities) are in ``newsdag.corpus.stories``.

Run outside Snakemake::

    python scripts/group_stories.py results/corpus/documents.jsonl results/tables/mentions.csv \\
        --out-dir /tmp/stories
"""

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from newsdag.corpus.stories import STORY_GROUP_COLUMNS, STORY_LABEL_COLUMNS, story_tables
from newsdag.io import configure_logging, read_jsonl, read_table, write_table

log = logging.getLogger("group_stories")
FIELDS = ("doc_id", "outlet", "date", "title", "body")


def article_actors(mentions: pd.DataFrame) -> dict[str, Counter]:
    """Each document's actors with their mentions, nationalities (NORP) aside."""
    kept = mentions[mentions["type"] != "NORP"]
    return {doc_id: Counter(frame) for doc_id, frame in kept.groupby("doc_id")["actor"]}


def run(documents_path, mentions_path, settings: dict, out) -> None:
    """``settings``: ``window_days``, ``similarity``, ``resolution``, ``seed``
    (``newsdag.corpus.stories.story_tables``)."""
    documents = [
        {key: record.get(key) or "" for key in FIELDS} for record in read_jsonl(documents_path)
    ]
    actors = article_actors(read_table(mentions_path))
    articles, stories = story_tables(documents, actors, **settings)
    write_table(pd.DataFrame(articles, columns=STORY_GROUP_COLUMNS), out["groups"])
    write_table(pd.DataFrame(stories, columns=STORY_LABEL_COLUMNS), out["labels"])
    shared = sum(1 for story in stories if story["outlets"] >= 2)
    log.info("%d articles in %d stories, %d of them covered by two outlets or more",
             len(articles), len(stories), shared)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", help="results/corpus/documents.jsonl")
    parser.add_argument("mentions", help="results/tables/mentions.csv")
    parser.add_argument("--window-days", type=int, default=3)
    parser.add_argument("--similarity", type=float, default=0.15)
    parser.add_argument("--resolution", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    settings = {"window_days": args.window_days, "similarity": args.similarity,
                "resolution": args.resolution, "seed": args.seed}  # fmt: skip
    run(args.documents, args.mentions, settings,
        {"groups": out / "story_groups.csv", "labels": out / "story_labels.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, sm.input.mentions, dict(sm.params.settings), sm.output)
    else:
        main(sys.argv[1:])
