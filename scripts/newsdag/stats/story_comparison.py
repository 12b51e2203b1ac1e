"""How each outlet covered each story it shares with another outlet.

One row per story covered by at least two outlets, per outlet, per kind of
reporting (``original``, then ``wire`` copy, ``newsdag.stats.wire_copy``;
a kind the outlet did not publish has no row): its articles and words,
the tone of its body sentences (mean VADER compound, -1 to 1, with a
two-stage bootstrap 95 % interval over its articles and their sentences,
as ``sentiment_by_outlet.csv`` has for a whole outlet), its reading grade
(mean Flesch-Kincaid grade of its articles), the three actors it names
most (mentions in body and headline, ``ranked_types``) and the three
speakers it quotes at most length, each with their share of its quoted
words (quotes with no known speaker count in ``quoted_words`` but are not
ranked). Ties rank by name.
"""

import numpy as np
import pandas as pd

from newsdag.stats.bootstrap import grouped_bootstrap_cis
from newsdag.stats.entities import ranked_types

# results/tables/story_comparison.csv
COMPARISON_COLUMNS = [
    "story_id", "outlet", "reporting", "articles", "words", "sentences", "mean_compound",
    "ci_low", "ci_high", "reading_grade", "top_actors", "quoted_words", "top_speakers",
]  # fmt: skip
KEY = ["story_id", "outlet", "reporting"]
REPORTING = {"False": "original", "True": "wire", False: "original", True: "wire"}
TOP = 3


def shared_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``story_articles`` (text cells or parsed) whose story
    two outlets or more covered, with ``reporting`` ("original" or
    "wire")."""
    outlets = articles.groupby("story_id")["outlet"].transform("nunique")
    shared = articles[outlets >= 2]
    return shared.assign(reporting=shared["wire_copy"].map(REPORTING))[
        ["doc_id", *KEY]
    ].reset_index(drop=True)


def ranked_list(counts: pd.DataFrame, name: str, value: str, total: pd.Series | None = None):
    """``KEY`` -> "name (value); ..." of the ``TOP`` largest ``value`` per
    group of ``counts`` (ties by ``name``); with ``total`` (indexed by
    ``KEY``) the values are shown as whole percentages of it."""
    top = counts.sort_values([*KEY, value, name], ascending=[True] * 3 + [False, True])
    top = top.groupby(KEY, sort=False).head(TOP)
    if total is None:
        shown = top[value].astype(int).astype(str)
    else:
        whole = total.reindex(pd.MultiIndex.from_frame(top[KEY])).to_numpy(dtype=float)
        part = top[value].to_numpy(dtype=float)
        share = np.divide(100 * part, whole, out=np.zeros_like(part), where=whole > 0)
        shown = pd.Series(np.round(share).astype(int), index=top.index).astype(str) + "%"
    cells = top[name] + " (" + shown + ")"
    return cells.groupby([top[k] for k in KEY], sort=False).agg("; ".join)


def tone_rows(shared: pd.DataFrame, sentences: pd.DataFrame, samples: int, seed: int):
    """``KEY`` -> sentences, mean_compound, ci_low, ci_high over the body
    sentences (``sentiment_sentences.csv``) of each group's articles."""
    body = sentences[sentences["section"] == "body"][["doc_id", "sentence_id", "compound"]]
    body = body.merge(shared, on="doc_id").assign(
        compound=lambda f: f["compound"].astype(float),
        order=lambda f: f["sentence_id"].astype(int),
    )
    body = body.sort_values([*KEY, "doc_id", "order"], kind="stable")
    keys, grouped = [], []
    for key, frame in body.groupby(KEY, sort=False):
        docs = frame["doc_id"].to_numpy()
        starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
        keys.append(key)
        grouped.append((frame["compound"].to_numpy(), np.diff(np.r_[starts, len(docs)])))
    intervals = grouped_bootstrap_cis(grouped, samples, seed)
    rows = [{"sentences": len(v), "mean_compound": float(np.mean(v)), "ci_low": low,
             "ci_high": high} for (v, _), (low, high) in zip(grouped, intervals)]  # fmt: skip
    index = (pd.MultiIndex.from_tuples(keys, names=KEY) if keys
             else pd.MultiIndex.from_arrays([[], [], []], names=KEY))  # fmt: skip
    return pd.DataFrame(rows, index=index, columns=["sentences", "mean_compound", "ci_low",
                                                    "ci_high"])  # fmt: skip


def story_comparison(
    articles: pd.DataFrame,
    stories: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    samples: int,
    seed: int,
    norp_actors: bool,
) -> pd.DataFrame:
    """``COMPARISON_COLUMNS``, sorted as ``stories`` (``stories.csv``), then
    by outlet, original before wire. ``articles``: ``story_articles.csv``;
    ``tables``: ``documents``, ``sentences`` (``sentiment_sentences.csv``),
    ``mentions``, ``quotes``, ``readability`` (``readability_by_document.csv``),
    all as ``read_table`` gives them. Groups without body sentences have
    empty tone cells; without quotes, 0 quoted words and no speakers."""
    shared = shared_articles(articles)
    if shared.empty:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    words = tables["documents"].set_index("doc_id")["n_words"].astype(int)
    grade = tables["readability"].set_index("doc_id")["flesch_kincaid_grade"]
    per_article = shared.assign(
        words=shared["doc_id"].map(words).fillna(0).astype(int),
        grade=pd.to_numeric(shared["doc_id"].map(grade), errors="coerce"),
    )
    table = per_article.groupby(KEY).agg(
        articles=("doc_id", "size"), words=("words", "sum"), reading_grade=("grade", "mean")
    )
    table = table.join(tone_rows(shared, tables["sentences"], samples, seed))

    mentions = tables["mentions"]
    mentions = mentions[mentions["type"].isin(ranked_types(norp_actors))]
    named = mentions[["doc_id", "actor"]].merge(shared, on="doc_id").groupby([*KEY, "actor"]).size()
    table["top_actors"] = ranked_list(named.rename("n").reset_index(), "actor", "n")

    quotes = tables["quotes"][["doc_id", "words", "speaker", "speaker_type"]]
    quotes = quotes.merge(shared, on="doc_id")
    quotes = quotes.assign(words=quotes["words"].astype(int))
    quoted = quotes.groupby(KEY)["words"].sum()
    known = quotes[quotes["speaker_type"] != ""].groupby([*KEY, "speaker"])["words"].sum()
    table["quoted_words"] = quoted.reindex(table.index).fillna(0).astype(int)
    table["top_speakers"] = ranked_list(known.reset_index(), "speaker", "words", quoted)
    table[["top_actors", "top_speakers"]] = table[["top_actors", "top_speakers"]].fillna("")

    order = {story: i for i, story in enumerate(stories["story_id"])}
    table = table.reset_index()
    table = table.assign(_order=table["story_id"].map(order)).sort_values(
        ["_order", "outlet", "reporting"], kind="stable"
    )
    return table[COMPARISON_COLUMNS].reset_index(drop=True)
