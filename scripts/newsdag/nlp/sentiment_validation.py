"""How well newsdag's sentence scorer agrees with people.

Scores the 5,190 New York Times editorial snippets of the VADER paper's
ground truth (``workflow/resources/vader_nyt/``, mean ratings of human
raters from -4 to +4) with ``newsdag.nlp.sentiment.score_sentence`` and with
vaderSentiment on the raw text. The paper reports r = 0.492;
vaderSentiment 3.3.2 gives about 0.503.
"""

import numpy as np
import pandas as pd

from newsdag.nlp.sentiment import analyzer, score_sentence

# results/tables/sentiment_validation.csv
VALIDATION_COLUMNS = ["scorer", "snippets", "pearson_r"]


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
        columns=VALIDATION_COLUMNS,
    )
