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
    ``b_shift`` more positive) and name "Maduro" (k + 1 times in story k) and
    "Lavrov" (6 - k times) as often; A alone covers four crime stories, all
    negative and naming nobody. Headlines name Maduro too, and do not count."""
    articles, sentences, mentions, documents = [], [], [], []
    for k in range(SHARED):
        tone = -0.3 + 0.1 * k  # stories differ from one another
        for outlet, shift in (("A", 0.0), ("B", b_shift)):
            doc = f"{outlet}{k}"
            articles.append((doc, outlet, f"s{k}", "False"))
            sentences += [(doc, outlet, "body", str(i), str(tone + shift)) for i in range(3)]
            mentions += [(doc, outlet, "body", "Maduro", "PERSON")] * (k + 1)
            mentions += [(doc, outlet, "body", "Lavrov", "PERSON")] * (SHARED - k)
            mentions += [(doc, outlet, "title", "Maduro", "PERSON")]
            documents.append((doc, outlet, "100"))
    for k in range(4):
        doc = f"Acrime{k}"
        articles.append((doc, "A", f"crime{k}", "False"))
        sentences += [(doc, "A", "body", str(i), "-0.8") for i in range(3)]
        documents.append((doc, "A", "100"))
    return (
        pd.DataFrame(articles, columns=["doc_id", "outlet", "story_id", "wire_copy"]),
        pd.DataFrame(sentences, columns=["doc_id", "outlet", "section", "sentence_id", "compound"]),
        pd.DataFrame(mentions, columns=["doc_id", "outlet", "section", "actor", "type"]),
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
    table = adjusted_actors(articles, mentions, documents, settings)
    assert list(table.columns) == ACTOR_COLUMNS
    # Both named 21 times in bodies (headlines left out); Lavrov first by name.
    assert table[["outlet", "actor"]].values.tolist() == [
        ["A", "Lavrov"], ["A", "Maduro"], ["B", "Lavrov"], ["B", "Maduro"],
    ]  # fmt: skip
    rows = table.set_index(["outlet", "actor"])
    assert rows["mentions"].tolist() == [21, 21, 21, 21]
    assert rows.loc[("A", "Maduro"), "per_1000_words"] == pytest.approx(21.0)  # in 1,000 words
    assert rows.loc[("B", "Maduro"), "per_1000_words"] == pytest.approx(35.0)  # in 600
    assert rows.loc[("A", "Maduro"), "pooled_difference"] == pytest.approx(-14.0)
    assert rows["adjusted_difference"].abs().max() == pytest.approx(0)
    assert rows.loc[("A", "Maduro"), "shared_stories"] == SHARED


def test_an_actor_one_outlet_names_more_on_the_same_stories_shows_per_actor():
    articles, _, mentions, documents = planted()
    extra = pd.DataFrame([("B0", "B", "body", "Lavrov", "PERSON")] * 12,
                         columns=mentions.columns)  # fmt: skip
    settings = {"top": 5, "norp_actors": False, "samples": 500, "seed": 1}
    table = adjusted_actors(articles, pd.concat([mentions, extra]), documents, settings)
    rows = table.set_index(["outlet", "actor"])["adjusted_difference"]
    # 12 more mentions in B's 100 words of story s0 (one of six equal stories)
    assert rows[("B", "Lavrov")] == pytest.approx(120 / SHARED)
    assert rows[("A", "Lavrov")] == pytest.approx(-120 / SHARED)
    assert rows[("B", "Maduro")] == pytest.approx(0)


def test_writing_more_on_grim_stories_moves_pooled_tone_not_adjusted():
    """Both outlets cover every story and write each alike, but A writes
    three times as much on the grimmest one: the story mix, not the writing."""
    articles, sentences, _, _ = planted()
    articles = articles[articles["outlet"].eq("B") | articles["story_id"].str.startswith("s")]
    more = pd.DataFrame([("A0", "A", "body", str(i), "-0.3") for i in range(3, 9)],
                        columns=sentences.columns)  # fmt: skip
    table = adjusted_tone(articles, pd.concat([sentences, more]), 500, 1).set_index("outlet")
    assert table.loc["A", "pooled_difference"] < -0.05
    assert table.loc["A", "adjusted_difference"] == pytest.approx(0)


def test_others_difference_leaves_out_outlets_with_no_value():
    values = np.array([[1.0, 3.0, np.nan], [2.0, np.nan, np.nan], [0.0, 1.0, 5.0]])
    diffs = others_difference(values)
    assert diffs[0, :2].tolist() == [-2.0, 2.0] and np.isnan(diffs[0, 2])
    assert np.isnan(diffs[1]).all()  # one outlet alone: nothing to compare with
    assert diffs[2].tolist() == [-3.0, -1.5, 4.5]  # 1 - (0 + 5) / 2


def test_the_story_bootstrap_is_seeded_weighted_and_needs_two_stories():
    diffs, weights = np.array([[0.1], [0.3], [-0.2], [0.4]]), np.array([1.0, 1.0, 1.0, 1.0])
    first, again = story_bootstrap(diffs, weights, 300, 5), story_bootstrap(diffs, weights, 300, 5)
    assert [x.tolist() for x in first] == [x.tolist() for x in again]
    mean, low, high = first
    assert mean[0] == pytest.approx(0.15) and -0.2 <= low[0] < mean[0] < high[0] <= 0.4
    mean, _, _ = story_bootstrap(diffs, np.array([3.0, 1.0, 0.5, 0.5]), 300, 5)
    assert mean[0] == pytest.approx((0.3 + 0.3 - 0.1 + 0.2) / 5)
    mean, low, high = story_bootstrap(diffs[:1], weights[:1], 300, 5)
    assert mean[0] == pytest.approx(0.1) and np.isnan(low[0]) and np.isnan(high[0])
    assert np.isnan(story_bootstrap(diffs[:0], weights[:0], 300, 5)[0][0])


def test_one_outlet_has_nothing_to_be_compared_with():
    articles, sentences, mentions, documents = planted()
    only_a = articles[articles["outlet"] == "A"]
    tone = adjusted_tone(only_a, sentences, samples=100, seed=1)
    assert tone["outlet"].tolist() == ["A"] and tone["shared_stories"].tolist() == [0]
    assert tone[["pooled_difference", "adjusted_difference", "ci_low"]].isna().all(axis=None)
    settings = {"top": 5, "norp_actors": False, "samples": 100, "seed": 1}
    actors = adjusted_actors(only_a, mentions, documents, settings)
    assert actors["actor"].tolist() == ["Lavrov", "Maduro"]
    assert actors["shared_stories"].tolist() == [0, 0]
    assert adjusted_actors(only_a, mentions.iloc[:0], documents, settings).empty
