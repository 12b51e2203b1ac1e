"""Rule ``validate_sentiment``: how well newsdag's sentence scorer agrees with people.

Scores the 5,190 New York Times editorial snippets of the VADER paper's
ground truth (``workflow/resources/vader_nyt/``, mean ratings of human
raters from -4 to +4) with ``score_sentences.score_sentence`` and with
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


def snippet_scores(truth: pd.DataFrame) -> pd.DataFrame:
    """The snippets with two compound scores (-1 to 1): ``newsdag`` from
    ``score_sentence`` and ``raw`` from vaderSentiment on the raw text."""
    return truth.assign(
        newsdag=[score_sentence(t)["compound"] for t in truth["text"]],
        raw=[analyzer().polarity_scores(t)["compound"] for t in truth["text"]],
    )


def validation_table(scored: pd.DataFrame) -> pd.DataFrame:
    """Pearson r of each scorer against the ratings (``snippet_scores`` rows)."""
    r = lambda column: float(np.corrcoef(scored[column], scored["rating"])[0, 1])  # noqa: E731
    return pd.DataFrame(
        [
            ("newsdag score_sentence", len(scored), r("newsdag")),
            ("vaderSentiment on raw text", len(scored), r("raw")),
        ],
        columns=COLUMNS,
    )


def plot_validation(scored: pd.DataFrame, table: pd.DataFrame):
    """newsdag's compound score against the mean human rating, one dot per
    snippet, with the mean score in bins of one rating point."""
    from plotting import plt

    fig, ax = plt.subplots(figsize=(6, 4.2))
    ax.scatter(scored["rating"], scored["newsdag"], s=3, alpha=0.15, color="#3b6ea8",
               linewidths=0, rasterized=True)  # fmt: skip
    bins = np.clip(np.floor(scored["rating"]), -4, 3) + 0.5
    means = scored.groupby(bins)["newsdag"].mean()
    ax.plot(means.index, means.to_numpy(), color="#b5452b", marker="o", label="mean per bin")
    r = table.set_index("scorer").loc["newsdag score_sentence", "pearson_r"]
    ax.set_xlabel("mean human rating of the snippet (−4 to +4)")
    ax.set_ylabel("VADER compound (−1 to 1)")
    ax.set_title(
        f"Sentence tone vs. human ratings: Pearson r = {r:.3f}, n = {len(scored):,} snippets"
    )
    ax.axhline(0, color="#999", linewidth=0.6)
    ax.legend(loc="upper left")
    fig.tight_layout()
    return fig


def run(truth_path, out_path, figure_paths=()) -> None:
    scored = snippet_scores(read_ground_truth(truth_path))
    table = validation_table(scored)
    if out_path:
        write_table(table, out_path)
    if figure_paths:
        from plotting import save_figure

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
