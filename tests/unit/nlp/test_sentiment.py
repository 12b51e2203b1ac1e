"""Sentence tone: VADER as newsdag calls it, its labels and quotations."""

import pytest
from newsdag.nlp.sentiment import (
    COLUMNS,
    quote_spans,
    quoted_share,
    score_rows,
    score_sentence,
    sentiment_label,
)


def test_scores_have_the_right_sign_and_range():
    good = score_sentence("Trump described the discussion as a very positive conversation.")
    bad = score_sentence("This is a mistake on their part, and it will destroy relations.")
    assert good["compound"] > 0.05 > -0.05 > bad["compound"]
    assert sum(good[k] for k in ("neg", "neu", "pos")) == pytest.approx(1, abs=0.002)


def test_curly_apostrophes_do_not_hide_negation():
    straight = score_sentence("The talks weren't good.")["compound"]
    curly = score_sentence("The talks weren’t good.")["compound"]
    assert curly == straight < 0


@pytest.mark.parametrize(
    "compound, label",
    [(0.05, "positive"), (0.049, "neutral"), (-0.05, "negative"), (0.0, "neutral")],
)
def test_labels_use_vaders_thresholds(compound, label):
    assert sentiment_label(compound) == label


def test_quotations_spanning_sentences_are_found():
    text = 'He said: “We agreed. We will talk.” Officials disagreed. "Fine," she said.'
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["“We agreed. We will talk.”", '"Fine,"']
    first, second = text.index("We agreed."), text.index("We will talk.")
    assert quoted_share(first, first + len("We agreed."), spans) == 1.0
    assert quoted_share(second, second + len("We will talk.”"), spans) == 1.0
    officials = text.index("Officials")
    assert quoted_share(officials, officials + len("Officials disagreed."), spans) == 0.0


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = (
        '"This is our hemisphere.\n\n"It is not where the Russians ought to be," Bolton said.\n\n'
        "The minister disagreed. Officials met on Monday."
    )
    spans = quote_spans(text)
    own = text.index("The minister")
    assert quoted_share(0, len('"This is our hemisphere.'), spans) == 1.0
    assert quoted_share(own, len(text), spans) == 0.0
    assert [text[a:b] for a, b in spans][1] == '"It is not where the Russians ought to be,"'


def test_sentence_rows_are_scored_labelled_and_flagged_as_quoted():
    body = "“We agreed to keep talking.” Officials disagreed, calling it a terrible mistake."
    first, second = body.index("”") + 1, body.index("Officials")
    sentences = [
        {"doc_id": "d", "section": "body", "sentence_id": "1", "start": "0", "end": str(first),
         "text": body[:first]},
        {"doc_id": "d", "section": "body", "sentence_id": "2", "start": str(second),
         "end": str(len(body)), "text": body[second:]},
    ]  # fmt: skip
    rows = [dict(zip(COLUMNS, row)) for row in score_rows(sentences, {("d", "body"): body})]
    assert [(row["sentence_id"], row["quoted"]) for row in rows] == [("1", True), ("2", False)]
    assert rows[1]["compound"] == score_sentence(body[second:])["compound"] < -0.05
    assert rows[1]["label"] == "negative"
