"""Attention over time: how many articles of each outlet named each of the
top actors, and how often, per day, week or month (``attention.csv``).

The period is config key ``attention_period``: ``day``, ``week`` (weeks
start on Monday and are named by that day), ``month``, or ``auto``, which
picks the finest that gives at most ``MAX_AUTO_PERIODS`` periods over the
corpus' dated articles (a day for a fortnight's news, a month for a
decade's). The actors are the ``top`` actors of the ranked types by number
of articles naming them (ties by name). Undated articles are counted under
the period ``undated``, never dropped. Mentions are body and title
mentions, as in ``entities_by_document.csv``.
"""

import pandas as pd

# results/tables/attention.csv
ATTENTION_COLUMNS = ["period", "start", "outlet", "actor", "type", "articles", "mentions",
                     "outlet_articles"]  # fmt: skip
PERIODS = ("day", "week", "month")
MAX_AUTO_PERIODS = 60
UNDATED = "undated"


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """The first day of the period each date falls in (NaT stays NaT)."""
    if period == "day":
        return dates.dt.normalize()
    if period == "week":
        return (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
    return dates.dt.to_period("M").dt.start_time


def chosen_period(dates: pd.Series, setting: str) -> str:
    """``setting`` itself, or for ``auto`` the finest of ``PERIODS`` with at
    most ``MAX_AUTO_PERIODS`` periods from the first date to the last
    (``day`` when there are no dates)."""
    if setting != "auto":
        return setting
    dated = dates.dropna()
    if dated.empty:
        return "day"
    for period in PERIODS:
        starts = period_start(pd.Series([dated.min(), dated.max()]), period)
        span = {"day": "D", "week": "W", "month": "M"}[period]
        if len(pd.period_range(starts.iloc[0], starts.iloc[1], freq=span)) <= MAX_AUTO_PERIODS:
            return period
    return "month"


def period_labels(starts: pd.Series, period: str) -> pd.Series:
    """``2019-03-29`` (day), ``2019-W13`` (ISO week), ``2019-03`` (month),
    or ``undated``."""
    if period == "week":
        iso = starts.dt.isocalendar()
        labels = iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    else:
        labels = starts.dt.strftime("%Y-%m-%d" if period == "day" else "%Y-%m")
    return labels.where(starts.notna(), UNDATED)


def top_actors(per_document: pd.DataFrame, types, top: int) -> list[str]:
    """The ``top`` actors of ``types`` named in most articles, ties by name."""
    ranked = per_document[per_document["type"].isin(types)].groupby("actor")["doc_id"].nunique()
    ranked = ranked.reset_index().sort_values(["doc_id", "actor"], ascending=[False, True])
    return list(ranked["actor"].head(top))


def attention(
    per_document: pd.DataFrame, documents: pd.DataFrame, types, top: int, setting: str
) -> tuple[pd.DataFrame, str]:
    """``(ATTENTION_COLUMNS table, period)``. ``per_document`` is
    ``entities_by_document.csv`` (``doc_id``, ``outlet``, ``actor``,
    ``type``, ``body_mentions``, ``title_mentions``); ``documents`` has
    ``doc_id``, ``outlet`` and ``date`` (ISO text, empty when unknown).
    Every period, outlet and top actor with an article of that outlet in
    the period has a row, zeros included, so a line drawn from the table
    falls to zero rather than skipping a period. Sorted by start (undated
    last), outlet, actor."""
    dates = pd.to_datetime(documents["date"].where(documents["date"] != ""), errors="coerce")
    period = chosen_period(dates, setting)
    starts = period_start(dates, period)
    docs = pd.DataFrame({
        "doc_id": documents["doc_id"], "outlet": documents["outlet"],
        "period": period_labels(starts, period), "start": starts.dt.strftime("%Y-%m-%d").fillna(""),
    })  # fmt: skip
    actors = top_actors(per_document, types, top)
    named = per_document[per_document["actor"].isin(actors)].assign(
        mentions=lambda f: f["body_mentions"].astype(int) + f["title_mentions"].astype(int)
    )
    named = named.merge(docs[["doc_id", "period", "start"]], on="doc_id", how="inner")
    counts = named.groupby(["period", "start", "outlet", "actor", "type"], sort=False).agg(
        articles=("doc_id", "nunique"), mentions=("mentions", "sum")
    )
    outlet_articles = docs.groupby(["period", "start", "outlet"]).size().rename("outlet_articles")
    kinds = per_document.drop_duplicates("actor").set_index("actor")["type"]
    grid = outlet_articles.reset_index().merge(
        pd.DataFrame({"actor": actors, "type": [kinds[a] for a in actors]}), how="cross"
    )
    table = grid.merge(counts.reset_index(), on=["period", "start", "outlet", "actor", "type"],
                       how="left").fillna({"articles": 0, "mentions": 0})  # fmt: skip
    table[["articles", "mentions"]] = table[["articles", "mentions"]].astype(int)
    table["undated"] = table["period"] == UNDATED
    table = table.sort_values(["undated", "start", "outlet", "actor"], kind="mergesort")
    return table[ATTENTION_COLUMNS].reset_index(drop=True), period
