"""Rule ``find_distinctive_terms``: the words that set each outlet apart.

Reads every shard's ``results/shards/{shard}/terms.csv`` (each body's lemma
and bigram counts, from the spaCy pass), ``results/tables/documents.csv``
(each article's outlet) and ``results/stories/story_groups.csv`` (each
article's story), and writes ``results/tables/distinctive_terms.csv``: for
each outlet against all the others, over the whole corpus and within the
stories it shares with them, the terms it uses most and least, as
log-odds ratios with an informative Dirichlet prior and their z-scores.
The method is ``newsdag.stats.distinctive_terms``'s.

Run outside Snakemake::

    python scripts/find_distinctive_terms.py results/tables/documents.csv \\
        results/stories/story_groups.csv --terms results/shards/*/terms.csv --out /tmp/terms.csv
"""

import argparse
import logging
import sys

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.distinctive_terms import distinctive_terms

log = logging.getLogger("find_distinctive_terms")


def run(term_paths, documents_path, groups_path, settings: dict, out_path) -> None:
    """``settings``: ``prior``, ``min_count``, ``top`` (config keys
    ``log_odds_prior``, ``min_term_count``, ``distinctive_terms``)."""
    documents = read_table(documents_path)[["doc_id", "outlet"]]
    table = distinctive_terms(term_paths, documents, read_table(groups_path), settings)
    write_table(table, out_path)
    log.info("%d distinctive terms for %d outlets", len(table), table["outlet"].nunique())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", help="results/tables/documents.csv")
    parser.add_argument("groups", help="results/stories/story_groups.csv")
    parser.add_argument("--terms", nargs="+", required=True, help="the shards' terms.csv")
    parser.add_argument("--prior", type=float, default=1000.0)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    settings = {"prior": args.prior, "min_count": args.min_count, "top": args.top}
    run(args.terms, args.documents, args.groups, settings, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.terms, sm.input.documents, sm.input.groups, dict(sm.params.settings),
            sm.output[0])  # fmt: skip
    else:
        main(sys.argv[1:])
