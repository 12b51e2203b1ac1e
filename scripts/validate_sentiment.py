"""Rule ``validate_sentiment``: how well newsdag's sentence scorer agrees with people.

Scores the 5,190 New York Times editorial snippets of the VADER paper's
ground truth (``workflow/resources/vader_nyt/``, mean ratings of human
raters from -4 to +4) with ``score_sentences.score_sentence`` and with
vaderSentiment on the raw text, and writes the Pearson correlation of each
with the human ratings to ``results/tables/sentiment_validation.csv``.
The paper reports r = 0.492; vaderSentiment 3.3.2 gives about 0.503.

Run outside Snakemake::

    python scripts/validate_sentiment.py workflow/resources/vader_nyt/nytEditorialSnippets_GroundTruth.txt
"""

import argparse
import logging
import sys

import numpy as np
import pandas as pd

from newsdag_common import configure_logging, write_table
from score_sentences import analyzer, score_sentence

log = logging.getLogger("validate_sentiment")
COLUMNS = ["scorer", "snippets", "pearson_r"]


def read_ground_truth(path) -> pd.DataFrame:
    """The snippets: ``snippet_id``, ``rating`` (mean human rating, -4 to
    +4) and ``text``, from the tab-separated file (CRLF line ends)."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line in handle:
            snippet_id, rating, text = line.rstrip("\r\n").split("\t", 2)
            rows.append((snippet_id, float(rating), text))
    return pd.DataFrame(rows, columns=["snippet_id", "rating", "text"])


def validation_table(truth: pd.DataFrame) -> pd.DataFrame:
    """Pearson r of newsdag's scorer and of raw vaderSentiment against the ratings."""
    ours = [score_sentence(t)["compound"] for t in truth["text"]]
    raw = [analyzer().polarity_scores(t)["compound"] for t in truth["text"]]
    r = lambda scores: float(np.corrcoef(scores, truth["rating"])[0, 1])  # noqa: E731
    return pd.DataFrame(
        [
            ("newsdag score_sentence", len(truth), r(ours)),
            ("vaderSentiment on raw text", len(truth), r(raw)),
        ],
        columns=COLUMNS,
    )


def run(truth_path, out_path) -> None:
    table = validation_table(read_ground_truth(truth_path))
    if out_path:
        write_table(table, out_path)
    log.info("\n%s", table.to_string(index=False))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ground_truth")
    parser.add_argument("--out", default="")
    args = parser.parse_args(argv)
    configure_logging()
    run(args.ground_truth, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input[0], sm.output[0])
    else:
        main(sys.argv[1:])
