"""Which outlet covered which story, how soon, and its blind spots."""

import pandas as pd
from newsdag.corpus.stories import story_tables
from newsdag.stats.coverage import blindspots, coverage_by_outlet, lag_days, story_coverage

from tests.unit.corpus.test_stories import SETTINGS, basil_documents, needs_basil

ARTICLES = pd.DataFrame({
    "doc_id": ["a1", "b1", "c1", "a2", "b2", "c3"],
    "outlet": ["A", "B", "C", "A", "B", "C"],
    "date": ["2019-05-01", "2019-05-03", "2019-05-02", "2019-06-01", "", "2019-07-01"],
    "story_id": ["s1", "s1", "s1", "s2", "s2", "s3"],
})  # fmt: skip
STORIES = pd.DataFrame({"story_id": ["s1", "s2", "s3"], "label": ["one", "two", "three"],
                        "first_date": ["2019-05-01", "2019-06-01", "2019-07-01"]})  # fmt: skip
DOCUMENTS = pd.DataFrame({"doc_id": ["a1", "b1", "c1", "a2", "b2", "c3", "d1"],
                          "outlet": ["A", "B", "C", "A", "B", "C", "D"],
                          "n_words": ["100", "200", "300", "400", "500", "600", "700"]})  # fmt: skip


def test_every_story_and_outlet_has_a_row():
    coverage = story_coverage(ARTICLES, STORIES, DOCUMENTS).set_index(["story_id", "outlet"])
    assert len(coverage) == 3 * 4  # D covered nothing and still has its rows
    assert coverage.loc[("s1", "B")].tolist() == [True, 1, 200, "2019-05-03", "2"]
    assert coverage.loc[("s2", "B")].tolist() == [True, 1, 500, "", ""]  # undated: no lag
    assert coverage.loc[("s3", "A")].tolist() == [False, 0, 0, "", ""]


def test_an_outlet_that_misses_a_story_most_covered_has_a_blind_spot():
    coverage = story_coverage(ARTICLES, STORIES, DOCUMENTS)
    missed = blindspots(coverage, STORIES, 0.5)
    # s1: A, B, C of four outlets cover it, D does not; s2: two of four is half.
    assert list(zip(missed["story_id"], missed["outlet"])) == [
        ("s1", "D"),
        ("s2", "C"),
        ("s2", "D"),
    ]
    assert missed.iloc[0][["outlets_covering", "outlets_total", "label"]].tolist() == [3, 4, "one"]
    assert blindspots(coverage, STORIES, 0.75)["story_id"].tolist() == ["s1"]  # 3 of 4 only


def test_coverage_sums_up_per_outlet():
    coverage = story_coverage(ARTICLES, STORIES, DOCUMENTS)
    table = coverage_by_outlet(coverage, blindspots(coverage, STORIES, 0.5)).set_index("outlet")
    assert table.loc["A"].tolist() == [2, 2, 2, 0.0, 0]  # s1 and s2, both shared, first each time
    assert table.loc["B"].tolist() == [2, 2, 2, 2.0, 0]  # s1 two days late, s2 undated
    assert table.loc["C"].tolist() == [2, 2, 1, 0.5, 1]  # a day late on s1, s3 alone; missed s2
    assert table.loc["D", ["articles", "stories", "blindspots"]].tolist() == [0, 0, 2]
    assert pd.isna(table.loc["D", "median_lag_days"])


def test_lag_days():
    assert lag_days("2019-05-03", "2019-05-01") == "2"
    assert lag_days("", "2019-05-01") == "" and lag_days("2019-05-03", "") == ""


@needs_basil
def test_a_planted_missing_article_becomes_a_blind_spot():
    """One outlet's article of a BASIL event left out: the other two still
    make its story, and the outlet's blind spot."""
    documents = basil_documents("2017", 4)
    dropped = documents[0]
    kept = [d for d in documents if d is not dropped]
    articles, stories = story_tables(kept, {}, **SETTINGS)
    articles, stories = pd.DataFrame(articles), pd.DataFrame(stories)
    table = pd.DataFrame({"doc_id": [d["doc_id"] for d in documents],
                          "outlet": [d["outlet"] for d in documents], "n_words": "100"})  # fmt: skip
    missed = blindspots(story_coverage(articles, stories, table), stories, 0.5)
    story = articles.set_index("doc_id").loc[kept[0]["doc_id"], "story_id"]
    assert list(zip(missed["story_id"], missed["outlet"])) == [(story, dropped["outlet"])]
