"""Outlets compared on shared stories: a planted selection effect that the
pooled comparison shows and the story-adjusted one removes."""

import numpy as np
import pandas as pd
import pytest
from newsdag.stats.story_adjusted import (
    ACTOR_COLUMNS,
    TONE_COLUMNS,
    adjusted_actors,
    adjusted_tone,
    others_difference,
    story_bootstrap,
)

SHARED = 6  # stories A and B both covered; A alone covered 4 crime stories


def planted(b_shift: float = 0.0):
    """On each shared story A and B write sentences of the same tone (B
    ``b_shift`` more positive) and name "Maduro" as often; A alone covers
    four crime stories, all negative and naming nobody."""
    articles, sentences, mentions, documents = [], [], [], []
    for k in range(SHARED):
        tone = -0.3 + 0.1 * k  # stories differ from one another
        for outlet, shift in (("A", 0.0), ("B", b_shift)):
            doc = f"{outlet}{k}"
            articles.append((doc, outlet, f"s{k}", "False"))
            sentences += [(doc, outlet, "body", str(i), str(tone + shift)) for i in range(3)]
            mentions += [(doc, outlet, "Maduro", "PERSON")] * (k + 1)
            documents.append((doc, outlet, "100"))
    for k in range(4):
        doc = f"Acrime{k}"
        articles.append((doc, "A", f"crime{k}", "False"))
        sentences += [(doc, "A", "body", str(i), "-0.8") for i in range(3)]
        documents.append((doc, "A", "100"))
    return (
        pd.DataFrame(articles, columns=["doc_id", "outlet", "story_id", "wire_copy"]),
        pd.DataFrame(sentences, columns=["doc_id", "outlet", "section", "sentence_id", "compound"]),
        pd.DataFrame(mentions, columns=["doc_id", "outlet", "actor", "type"]),
        pd.DataFrame(documents, columns=["doc_id", "outlet", "n_words"]),
    )


def test_story_selection_moves_the_pooled_tone_not_the_adjusted_one():
    articles, sentences, _, _ = planted()
    table = adjusted_tone(articles, sentences, samples=500, seed=1).set_index("outlet")
    assert list(table.reset_index().columns) == TONE_COLUMNS
    # Pooled, A looks far more negative: it covered the crime stories.
    assert table.loc["A", "pooled_difference"] < -0.25
    assert table.loc["A", "pooled_difference"] == pytest.approx(
        -table.loc["B", "pooled_difference"]
    )
    # On the stories both covered, A wrote exactly as B did.
    assert table.loc["A", "shared_stories"] == SHARED and table.loc["A", "articles"] == 10
    assert table.loc["A", "adjusted_difference"] == pytest.approx(0)
    assert (table.loc["A", "ci_low"], table.loc["A", "ci_high"]) == pytest.approx((0, 0))


def test_an_outlet_that_writes_each_shared_story_more_positively_shows_it():
    articles, sentences, _, _ = planted(b_shift=0.2)
    table = adjusted_tone(articles, sentences, samples=500, seed=1).set_index("outlet")
    assert table.loc["B", "adjusted_difference"] == pytest.approx(0.2)
    assert table.loc["A", "adjusted_difference"] == pytest.approx(-0.2)


def test_actors_named_as_often_on_shared_stories_differ_only_pooled():
    articles, _, mentions, documents = planted()
    settings = {"top": 5, "norp_actors": False, "samples": 500, "seed": 1}
    table = adjusted_actors(articles, mentions, documents, settings).set_index("outlet")
    assert list(table.reset_index().columns) == ACTOR_COLUMNS
    a, b = table.loc["A"], table.loc["B"]
    assert a["mentions"] == b["mentions"] == 21  # 1 + 2 + ... + 6
    assert a["per_1000_words"] == pytest.approx(21.0)  # 21 mentions in 1,000 words
    assert b["per_1000_words"] == pytest.approx(35.0)  # in 600
    assert a["pooled_difference"] == pytest.approx(-14.0)
    assert a["adjusted_difference"] == pytest.approx(0) and a["shared_stories"] == SHARED


def test_others_difference_leaves_out_outlets_with_no_value():
    values = np.array([[1.0, 3.0, np.nan], [2.0, np.nan, np.nan], [0.0, 1.0, 5.0]])
    diffs = others_difference(values)
    assert diffs[0, :2].tolist() == [-2.0, 2.0] and np.isnan(diffs[0, 2])
    assert np.isnan(diffs[1]).all()  # one outlet alone: nothing to compare with
    assert diffs[2].tolist() == [-3.0, -1.5, 4.5]  # 1 - (0 + 5) / 2


def test_the_story_bootstrap_is_seeded_and_needs_two_stories():
    diffs = np.array([[0.1], [0.3], [-0.2], [0.4]])
    first, again = story_bootstrap(diffs, 300, 5), story_bootstrap(diffs, 300, 5)
    assert [x.tolist() for x in first] == [x.tolist() for x in again]
    mean, low, high = first
    assert mean[0] == pytest.approx(0.15) and -0.2 <= low[0] < mean[0] < high[0] <= 0.4
    mean, low, high = story_bootstrap(diffs[:1], 300, 5)
    assert mean[0] == pytest.approx(0.1) and np.isnan(low[0]) and np.isnan(high[0])
    assert np.isnan(story_bootstrap(diffs[:0], 300, 5)[0][0])
