"""Which outlet covered which story, how soon, and which stories it missed.

From the stories (``results/tables/story_articles.csv``, ``stories.csv``) and
the documents: one row per story and outlet of the corpus (``COVERAGE_COLUMNS``),
the blind spots (``BLINDSPOT_COLUMNS``): the stories that at least ``share``
of the outlets, and at least two, covered and an outlet did not; and one row
per outlet summing both up (``OUTLET_COLUMNS``).
"""

import pandas as pd

from newsdag.text.metadata import day_number

# results/tables/story_coverage.csv
COVERAGE_COLUMNS = [
    "story_id", "outlet", "covered", "articles", "words", "first_date", "lag_days",
]  # fmt: skip
# results/tables/story_coverage_by_outlet.csv
OUTLET_COLUMNS = [
    "outlet", "articles", "stories", "shared_stories", "median_lag_days", "blindspots",
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


def coverage_by_outlet(coverage: pd.DataFrame, missed: pd.DataFrame) -> pd.DataFrame:
    """``OUTLET_COLUMNS``, one row per outlet of ``coverage`` (name order):
    its articles, the stories it covered, those of them another outlet
    covered too, the median of its ``lag_days`` (days; empty when none is
    dated) and its blind spots (rows of ``missed``). ``coverage`` as
    ``story_coverage`` returns it."""
    covered = coverage[coverage["covered"].astype(str) == "True"]
    outlets_per_story = covered.groupby("story_id")["outlet"].transform("size")
    table = pd.DataFrame(index=pd.Index(sorted(set(coverage["outlet"])), name="outlet"))
    table["articles"] = coverage.groupby("outlet")["articles"].sum().astype(int)
    table["stories"] = covered.groupby("outlet").size()
    table["shared_stories"] = covered[outlets_per_story >= 2].groupby("outlet").size()
    lag = pd.to_numeric(covered["lag_days"], errors="coerce")
    table["median_lag_days"] = lag.groupby(covered["outlet"]).median()
    table["blindspots"] = missed.groupby("outlet").size()
    counts = ["stories", "shared_stories", "blindspots"]
    table[counts] = table[counts].fillna(0).astype(int)
    return table.reset_index()[OUTLET_COLUMNS]
