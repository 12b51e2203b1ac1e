"""How each outlet covered each shared story: tone, names, quotes, grade."""

import numpy as np
import pandas as pd
import pytest
from newsdag.stats.bootstrap import two_stage_bootstrap_ci
from newsdag.stats.story_comparison import COMPARISON_COLUMNS, story_comparison

# s1: outlets A (one original, one wire copy) and B; s2: A alone.
ARTICLES = pd.DataFrame({
    "doc_id": ["a1", "a2", "b1", "a3"], "outlet": ["A", "A", "B", "A"],
    "story_id": ["s1", "s1", "s1", "s2"], "wire_copy": ["False", "True", "False", "False"],
})  # fmt: skip
STORIES = pd.DataFrame({"story_id": ["s1", "s2"]})
SENTENCES = pd.DataFrame({
    "doc_id": ["a1", "a1", "a1", "a2", "b1", "b1", "b1", "a3"],
    "section": ["title", "body", "body", "body", "body", "body", "body", "body"],
    "sentence_id": ["0", "1", "2", "1", "1", "2", "10", "1"],
    "compound": ["0.9", "-0.5", "0.1", "0.4", "0.2", "0.3", "-0.1", "0.0"],
})  # fmt: skip
MENTIONS = pd.DataFrame({
    "doc_id": ["a1"] * 6 + ["b1"] * 2,
    "actor": ["Maduro", "Maduro", "Guaidó", "Lavrov", "Pompeo", "Russians", "Lavrov", "Lavrov"],
    "type": ["PERSON"] * 5 + ["NORP", "PERSON", "PERSON"],
})  # fmt: skip
QUOTES = pd.DataFrame({
    "doc_id": ["a1", "a1", "a1", "a2"], "words": ["30", "10", "60", "5"],
    "speaker": ["Lavrov", "Pompeo", "unknown", "Lavrov"],
    "speaker_type": ["PERSON", "PERSON", "", "PERSON"],
})  # fmt: skip
TABLES = {
    "documents": pd.DataFrame({"doc_id": ["a1", "a2", "b1", "a3"],
                               "n_words": ["100", "50", "80", "70"]}),
    "sentences": SENTENCES, "mentions": MENTIONS, "quotes": QUOTES,
    "readability": pd.DataFrame({"doc_id": ["a1", "a2", "b1", "a3"],
                                 "flesch_kincaid_grade": ["10", "12", "8", "9"]}),
}  # fmt: skip


@pytest.fixture(scope="module")
def table():
    return story_comparison(ARTICLES, STORIES, TABLES, samples=200, seed=7, norp_actors=False)


def test_one_row_per_shared_story_outlet_and_kind_of_reporting(table):
    assert list(table.columns) == COMPARISON_COLUMNS
    # s2 has one outlet: nothing to compare. A's wire copy is a row apart.
    assert table[["story_id", "outlet", "reporting"]].values.tolist() == [
        ["s1", "A", "original"], ["s1", "A", "wire"], ["s1", "B", "original"],
    ]  # fmt: skip
    assert table["articles"].tolist() == [1, 1, 1] and table["words"].tolist() == [100, 50, 80]


def test_tone_is_the_body_sentences_mean_with_the_outlets_bootstrap(table):
    b = table.iloc[2]
    assert b["sentences"] == 3 and b["mean_compound"] == pytest.approx(0.4 / 3)
    low, high = two_stage_bootstrap_ci(np.array([0.2, 0.3, -0.1]), np.array(["b1"] * 3), 200, 7)
    assert (b["ci_low"], b["ci_high"]) == (low, high)
    assert table.iloc[0]["mean_compound"] == pytest.approx(-0.2)  # the headline left out


def test_names_and_voices_rank_by_count_then_name(table):
    a = table.iloc[0]
    # Maduro twice; Guaidó, Lavrov and Pompeo once (by name); Russians is NORP.
    assert a["top_actors"] == "Maduro (2); Guaidó (1); Lavrov (1)"
    # 100 quoted words, 60 by no known speaker: counted, not ranked.
    assert a["quoted_words"] == 100 and a["top_speakers"] == "Lavrov (30%); Pompeo (10%)"
    assert a["reading_grade"] == 10
    b = table.iloc[2]
    assert b["quoted_words"] == 0 and b["top_speakers"] == ""


def test_nationalities_rank_only_when_asked():
    russians = pd.DataFrame({"doc_id": ["a1"] * 3, "actor": ["Russians"] * 3, "type": ["NORP"] * 3})
    tables = {**TABLES, "mentions": pd.concat([MENTIONS, russians], ignore_index=True)}
    for norp_actors, top in ((True, "Russians (4); Maduro (2); Guaidó (1)"),
                             (False, "Maduro (2); Guaidó (1); Lavrov (1)")):  # fmt: skip
        table = story_comparison(ARTICLES, STORIES, tables, 200, 7, norp_actors)
        assert table.iloc[0]["top_actors"] == top


def test_no_shared_story_gives_an_empty_table():
    alone = ARTICLES[ARTICLES["outlet"] == "A"]
    table = story_comparison(alone, STORIES, TABLES, samples=200, seed=7, norp_actors=False)
    assert table.empty and list(table.columns) == COMPARISON_COLUMNS


def test_groups_without_body_sentences_or_quoted_words_get_empty_cells():
    """No body sentence at all (headlines only) and quotes of 0 words: tone
    cells empty, shares 0 %, no crash."""
    tables = {**TABLES, "sentences": SENTENCES[SENTENCES["section"] == "title"],
              "quotes": QUOTES.assign(words="0")}  # fmt: skip
    table = story_comparison(ARTICLES, STORIES, tables, samples=200, seed=7, norp_actors=False)
    assert len(table) == 3 and table["mean_compound"].isna().all()
    assert table.iloc[0]["quoted_words"] == 0
    assert table.iloc[0]["top_speakers"] == "Lavrov (0%); Pompeo (0%)"
