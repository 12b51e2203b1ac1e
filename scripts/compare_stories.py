"""Rule ``compare_stories``: how each outlet covered the stories it shares.

Reads the stories (``results/tables/story_articles.csv``, ``stories.csv``)
and what the other stages measured of each article
(``results/tables/documents.csv``, ``sentiment_sentences.csv``,
``mentions.csv``, ``quotes.csv``, ``readability_by_document.csv``), and
writes ``results/tables/story_comparison.csv`` (per shared story and
outlet, original reporting and wire copy apart: tone with its interval,
reading grade, who is named, who is quoted; ``newsdag.stats.story_comparison``)
and the outlets compared pooled and on the stories they share
(``story_adjusted_tone.csv``, ``story_adjusted_actors.csv``;
``newsdag.stats.story_adjusted``).

Run outside Snakemake::

    python scripts/compare_stories.py --tables results/tables --out-dir /tmp/stories
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.story_adjusted import adjusted_actors, adjusted_tone
from newsdag.stats.story_comparison import story_comparison

log = logging.getLogger("compare_stories")
INPUTS = {"articles": "story_articles.csv", "stories": "stories.csv",
          "documents": "documents.csv", "sentences": "sentiment_sentences.csv",
          "mentions": "mentions.csv", "quotes": "quotes.csv",
          "readability": "readability_by_document.csv"}  # fmt: skip
OUTPUTS = {"comparison": "story_comparison.csv", "adjusted_tone": "story_adjusted_tone.csv",
           "adjusted_actors": "story_adjusted_actors.csv"}  # fmt: skip


def run(inputs, settings: dict, out) -> None:
    """``inputs``: the paths of ``INPUTS``' keys; ``settings``: ``samples``,
    ``seed`` (bootstrap), ``norp_actors``, ``top`` (config keys)."""
    tables = {key: read_table(inputs[key]) for key in INPUTS}
    articles, stories = tables.pop("articles"), tables.pop("stories")
    comparison = story_comparison(articles, stories, tables, settings["samples"],
                                  settings["seed"], settings["norp_actors"])  # fmt: skip
    tone = adjusted_tone(articles, tables["sentences"], settings["samples"], settings["seed"])
    actors = adjusted_actors(articles, tables["mentions"], tables["documents"], settings)
    write_table(comparison, out["comparison"])
    write_table(tone, out["adjusted_tone"])
    write_table(actors, out["adjusted_actors"])
    log.info("%d story × outlet rows over %d shared stories; %d outlets compared on shared "
             "stories", len(comparison), comparison["story_id"].nunique(), len(tone))  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", default="results/tables", help="folder of the input tables")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--norp-actors", action="store_true")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    settings = {"samples": args.samples, "seed": args.seed, "top": args.top,
                "norp_actors": args.norp_actors}  # fmt: skip
    run({key: Path(args.tables) / name for key, name in INPUTS.items()}, settings,
        {key: Path(args.out_dir) / name for key, name in OUTPUTS.items()})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input, dict(sm.params.settings), sm.output)
    else:
        main(sys.argv[1:])
