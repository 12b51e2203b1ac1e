"""Attention over time: the period chosen from the dates, the top actors,
zeros kept, undated articles counted."""

import pandas as pd
from newsdag.stats.attention import attention, chosen_period, period_labels, period_start


def dates(*texts):
    return pd.to_datetime(pd.Series(list(texts)), errors="coerce")


def test_auto_picks_the_finest_period_with_at_most_sixty():
    assert chosen_period(dates("2019-03-01", "2019-04-15"), "auto") == "day"
    assert chosen_period(dates("2019-01-01", "2019-12-31"), "auto") == "week"
    assert chosen_period(dates("2010-01-01", "2019-12-31"), "auto") == "month"
    assert chosen_period(dates(None, None), "auto") == "day"
    assert chosen_period(dates("2010-01-01", "2019-12-31"), "day") == "day"


def test_periods_are_named_by_their_first_day():
    days = dates("2019-03-29", "2019-03-31", None)  # a Friday, a Sunday
    assert list(period_labels(period_start(days, "week"), "week")) == [
        "2019-W13", "2019-W13", "undated"]  # fmt: skip
    assert list(period_start(days, "week").dt.strftime("%Y-%m-%d")[:2]) == ["2019-03-25"] * 2
    assert list(period_labels(period_start(days, "month"), "month")) == [
        "2019-03", "2019-03", "undated"]  # fmt: skip


def test_attention_counts_articles_and_mentions_and_keeps_undated_ones():
    documents = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", "Y"],
        "date": ["2019-03-29", "2019-03-30", "2019-03-29", ""],
    })  # fmt: skip
    per_document = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "d", "d"],
        "outlet": ["X", "X", "X", "Y", "Y", "Y"],
        "actor": ["Maduro", "Lavrov", "Maduro", "Maduro", "Maduro", "Bolton"],
        "type": ["PERSON"] * 6,
        "body_mentions": ["3", "1", "2", "1", "4", "1"],
        "title_mentions": ["1", "0", "0", "0", "0", "0"],
    })  # fmt: skip
    table, period = attention(per_document, documents, ["PERSON"], top=2, setting="auto")
    assert period == "day"
    assert sorted(table["actor"].unique()) == ["Bolton", "Maduro"]  # 3 articles, then by name
    rows = {(r.period, r.outlet, r.actor): (r.articles, r.mentions, r.outlet_articles)
            for r in table.itertuples()}  # fmt: skip
    assert rows[("2019-03-29", "X", "Maduro")] == (1, 4, 1)
    assert rows[("2019-03-29", "X", "Bolton")] == (0, 0, 1)  # zeros kept
    assert rows[("undated", "Y", "Maduro")] == (1, 4, 1)  # undated counted
    assert table["period"].iloc[-1] == "undated"
    assert ("2019-03-30", "Y", "Maduro") not in rows  # Y published nothing that day
