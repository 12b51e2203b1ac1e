"""Rule ``summarise_stories``: which outlet covered which story, and what it missed.

Reads ``results/tables/story_articles.csv``, ``results/tables/stories.csv``
and ``results/tables/documents.csv``, and writes
``results/tables/story_coverage.csv`` (every story × outlet: covered or
not, articles, words, first date, days behind the story's first article)
and ``results/tables/blindspots.csv`` (the stories most outlets covered and
an outlet did not). The rules are ``newsdag.stats.coverage``'s.

Run outside Snakemake::

    python scripts/summarise_stories.py results/tables/story_articles.csv \\
        results/tables/stories.csv results/tables/documents.csv --out-dir /tmp/stories
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.coverage import blindspots, story_coverage

log = logging.getLogger("summarise_stories")


def run(articles_path, stories_path, documents_path, share: float, out) -> None:
    stories = read_table(stories_path)
    coverage = story_coverage(read_table(articles_path), stories, read_table(documents_path))
    missed = blindspots(coverage, stories, share)
    write_table(coverage, out["coverage"])
    write_table(missed, out["blindspots"])
    log.info("%d story × outlet rows, %d blind spots", len(coverage), len(missed))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="results/tables/story_articles.csv")
    parser.add_argument("stories", help="results/tables/stories.csv")
    parser.add_argument("documents", help="results/tables/documents.csv")
    parser.add_argument("--blindspot-share", type=float, default=0.5)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.articles, args.stories, args.documents, args.blindspot_share,
        {"coverage": out / "story_coverage.csv", "blindspots": out / "blindspots.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.articles, sm.input.stories, sm.input.documents, sm.params.blindspot_share,
            sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
