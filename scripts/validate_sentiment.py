"""Rule ``validate_sentiment``: how well newsdag's sentence scorer agrees with people.

Scores the 5,190 New York Times editorial snippets of the VADER paper's
ground truth (``workflow/resources/vader_nyt/``, mean ratings of human
raters from -4 to +4) with ``newsdag.nlp.sentiment.score_sentence`` and with
vaderSentiment on the raw text, and writes the Pearson correlation of each
with the human ratings to ``results/tables/sentiment_validation.csv``.
The paper reports r = 0.492; vaderSentiment 3.3.2 gives about 0.503.
``results/figures/sentiment_validation.{png,svg}`` shows newsdag's score of
every snippet against its human rating, with the mean score per rating bin.

Run outside Snakemake::

    python scripts/validate_sentiment.py workflow/resources/vader_nyt/nytEditorialSnippets_GroundTruth.txt
"""

import argparse
import logging
import sys

from newsdag.io import configure_logging, write_table
from newsdag.nlp.sentiment_validation import read_ground_truth, snippet_scores, validation_table

log = logging.getLogger("validate_sentiment")


def run(truth_path, out_path, figure_paths=()) -> None:
    scored = snippet_scores(read_ground_truth(truth_path))
    table = validation_table(scored)
    if out_path:
        write_table(table, out_path)
    if figure_paths:
        from newsdag.report.figures.sentiment import plot_validation
        from newsdag.report.plotting import save_figure

        save_figure(plot_validation(scored, table), figure_paths)
    log.info("\n%s", table.to_string(index=False))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ground_truth")
    parser.add_argument("--out", default="", help="the table (CSV); printed in any case")
    parser.add_argument("--figure", nargs="*", default=(), help="figure files (.png, .svg)")
    args = parser.parse_args(argv)
    configure_logging()
    run(args.ground_truth, args.out, args.figure)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.truth, sm.output.table, [sm.output.png, sm.output.svg])
    else:
        main(sys.argv[1:])
