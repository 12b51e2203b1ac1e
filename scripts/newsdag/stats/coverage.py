"""Which outlet covered which story, how soon, and which stories it missed.

From the stories (``results/tables/story_articles.csv``, ``stories.csv``) and
the documents: one row per story and outlet of the corpus (``COVERAGE_COLUMNS``),
and the blind spots (``BLINDSPOT_COLUMNS``): the stories that at least
``share`` of the outlets, and at least two, covered and an outlet did not.
"""

import pandas as pd

from newsdag.text.metadata import day_number

# results/tables/story_coverage.csv
COVERAGE_COLUMNS = [
    "story_id", "outlet", "covered", "articles", "words", "first_date", "lag_days",
]  # fmt: skip
# results/tables/blindspots.csv
BLINDSPOT_COLUMNS = [
    "story_id", "label", "first_date", "outlet", "outlets_covering", "outlets_total",
]  # fmt: skip


def lag_days(first: str, story_first: str) -> str:
    """Days from the story's first date to an outlet's first date, as text;
    "" when either is unknown."""
    days = day_number(first), day_number(story_first)
    return "" if None in days else str(days[0] - days[1])


def story_coverage(articles: pd.DataFrame, stories: pd.DataFrame, documents: pd.DataFrame):
    """``COVERAGE_COLUMNS``: every story × every outlet of ``documents``
    (text columns as ``read_table`` gives them), sorted as ``stories`` then
    by outlet. An outlet that did not cover a story has ``covered`` False,
    0 articles and words, and empty dates."""
    words = dict(zip(documents["doc_id"], documents["n_words"].astype(int)))
    outlets = sorted(set(documents["outlet"]))
    per = {}
    for (story, outlet), frame in articles.groupby(["story_id", "outlet"], sort=False):
        dated = sorted(d for d in frame["date"] if d)
        per[(story, outlet)] = (len(frame), sum(words.get(d, 0) for d in frame["doc_id"]),
                                dated[0] if dated else "")  # fmt: skip
    rows = []
    for story, story_first in zip(stories["story_id"], stories["first_date"]):
        for outlet in outlets:
            n, n_words, first = per.get((story, outlet), (0, 0, ""))
            rows.append({"story_id": story, "outlet": outlet, "covered": n > 0, "articles": n,
                         "words": n_words, "first_date": first,
                         "lag_days": lag_days(first, story_first)})  # fmt: skip
    return pd.DataFrame(rows, columns=COVERAGE_COLUMNS)


def blindspots(coverage: pd.DataFrame, stories: pd.DataFrame, share: float) -> pd.DataFrame:
    """``BLINDSPOT_COLUMNS``: one row per story covered by at least ``share``
    (0-1) of the outlets and at least two, and per outlet that did not cover
    it; sorted as ``stories`` then by outlet. None with fewer than three
    outlets (two outlets cannot leave a third out)."""
    labels = stories.set_index("story_id")
    total = coverage["outlet"].nunique()
    rows = []
    for story, frame in coverage.groupby("story_id", sort=False):
        covering = int(frame["covered"].sum())
        if covering < max(2, share * total) or covering == total:
            continue
        for outlet in frame.loc[~frame["covered"], "outlet"]:
            rows.append({"story_id": story, "label": labels.loc[story, "label"],
                         "first_date": labels.loc[story, "first_date"], "outlet": outlet,
                         "outlets_covering": covering, "outlets_total": total})  # fmt: skip
    return pd.DataFrame(rows, columns=BLINDSPOT_COLUMNS)
