"""Rule ``summarise_stories``: the stories' wire copy, which outlet covered
which story, and what each missed.

Reads ``results/stories/story_groups.csv`` and ``story_labels.csv`` (the
stories, from ``group_stories``), ``results/tables/reuse_pairs.csv`` (the
passages articles share, from ``find_reuse``) and
``results/tables/documents.csv``, and writes
``results/tables/story_articles.csv`` and ``stories.csv`` (the stories with
their wire copy, ``newsdag.stats.wire_copy``),
``results/tables/story_coverage.csv`` (every story × outlet: covered or
not, articles, words, first date, days behind the story's first article)
``results/tables/blindspots.csv`` (the stories most outlets covered and
an outlet did not) and ``results/tables/story_coverage_by_outlet.csv`` (both
summed up per outlet; ``newsdag.stats.coverage``).

Run outside Snakemake::

    python scripts/summarise_stories.py results/stories/story_groups.csv \\
        results/stories/story_labels.csv results/tables/reuse_pairs.csv \\
        results/tables/documents.csv --out-dir /tmp/stories
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.coverage import blindspots, coverage_by_outlet, story_coverage
from newsdag.stats.wire_copy import stories_with_wire, story_articles

log = logging.getLogger("summarise_stories")
OUTPUTS = {"articles": "story_articles.csv", "stories": "stories.csv",
           "coverage": "story_coverage.csv", "blindspots": "blindspots.csv",
           "by_outlet": "story_coverage_by_outlet.csv"}  # fmt: skip


def run(inputs, settings: dict, out) -> None:
    """``inputs``: ``groups``, ``labels``, ``reuse_pairs``, ``documents``;
    ``settings``: ``blindspot_share``, ``wire_copy_share`` (config keys)."""
    documents = read_table(inputs["documents"])
    articles = story_articles(read_table(inputs["groups"]), read_table(inputs["reuse_pairs"]),
                              documents, settings["wire_copy_share"])  # fmt: skip
    stories = stories_with_wire(read_table(inputs["labels"]), articles)
    coverage = story_coverage(articles, stories, documents)
    missed = blindspots(coverage, stories, settings["blindspot_share"])
    by_outlet = coverage_by_outlet(coverage, missed)
    for key, table in (("articles", articles), ("stories", stories), ("coverage", coverage),
                       ("blindspots", missed), ("by_outlet", by_outlet)):  # fmt: skip
        write_table(table, out[key])
    log.info("%d articles in %d stories, %d of them wire copy; %d story × outlet rows, "
             "%d blind spots", len(articles), len(stories), int(articles["wire_copy"].sum()),
             len(coverage), len(missed))  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", help="results/stories/story_groups.csv")
    parser.add_argument("labels", help="results/stories/story_labels.csv")
    parser.add_argument("reuse_pairs", help="results/tables/reuse_pairs.csv")
    parser.add_argument("documents", help="results/tables/documents.csv")
    parser.add_argument("--blindspot-share", type=float, default=0.5)
    parser.add_argument("--wire-copy-share", type=float, default=0.5)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    inputs = {key: getattr(args, key) for key in ("groups", "labels", "reuse_pairs", "documents")}
    settings = {"blindspot_share": args.blindspot_share,
                "wire_copy_share": args.wire_copy_share}  # fmt: skip
    run(inputs, settings, {key: Path(args.out_dir) / name for key, name in OUTPUTS.items()})


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input, dict(sm.params.settings), sm.output)
    else:
        main(sys.argv[1:])
