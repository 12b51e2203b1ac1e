"""Tone summaries per document, outlet and actor, with their bootstrap
intervals, and each outlet's most positive and most negative sentences."""

import numpy as np
import pandas as pd
import pytest
from newsdag.nlp.sentiment import score_sentence
from newsdag.stats.groups import outlets_and_all
from newsdag.stats.sentiment import (
    ACTOR_COLUMNS,
    DOCUMENT_COLUMNS,
    EXTREME_COLUMNS,
    SENTENCE_COLUMNS,
    by_actor,
    by_document,
    by_outlet,
    extreme_sentences,
    extremes,
    run_lengths,
    sentence_table,
)

from tests.unit.stats.test_bootstrap import reference_bootstrap_ci

BODY = pd.DataFrame(
    {
        "doc_id": ["a", "a", "a", "b", "b", "c"],
        "outlet": ["X", "X", "X", "X", "X", "Y"],
        "section": ["body"] * 6,
        "sentence_id": [1, 2, 3, 1, 2, 1],
        "compound": [0.5, -0.5, 0.2, 0.9, 0.7, -0.3],
        "label": ["positive", "negative", "positive", "positive", "positive", "negative"],
        "quoted": [False, True, False, False, True, False],
    }
)


def test_sentence_table_keeps_kept_articles_in_document_and_sentence_order():
    shard = pd.DataFrame({
        "doc_id": ["b", "a", "a", "gone"], "section": ["body", "body", "title", "body"],
        "sentence_id": ["1", "10", "0", "1"], "neg": "0.1", "neu": "0.9", "pos": "0.0",
        "compound": ["0.5", "-0.3", "0.0", "0.9"],
        "label": ["positive", "negative", "neutral", "positive"],
        "quoted": ["True", "False", "False", "True"],
    })  # fmt: skip
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"]})
    table = sentence_table([shard.iloc[:2], shard.iloc[2:]], documents)
    assert list(table.columns) == SENTENCE_COLUMNS
    assert list(zip(table["doc_id"], table["sentence_id"])) == [("a", 0), ("a", 10), ("b", 1)]
    assert table["quoted"].tolist() == [False, False, True]
    assert table["compound"].tolist() == [0.0, -0.3, 0.5] and table["outlet"].tolist() == [
        "X",
        "X",
        "Y",
    ]
    assert sentence_table([], documents).empty


def test_document_and_outlet_means_pool_sentences():
    docs = by_document(BODY).set_index("doc_id")
    assert docs.loc["a", "mean_compound"] == pytest.approx(0.2 / 3)
    assert docs.loc["a", "share_positive"] == pytest.approx(2 / 3)
    outlets = by_outlet(BODY, 500, 1).set_index("outlet")
    assert outlets.loc["X", "mean_compound"] == pytest.approx((0.5 - 0.5 + 0.2 + 0.9 + 0.7) / 5)
    assert (outlets.loc["X", "documents"], outlets.loc["X", "sentences"]) == (2, 5)
    assert (
        outlets.loc["X", "ci_low"]
        <= outlets.loc["X", "mean_compound"]
        <= outlets.loc["X", "ci_high"]
    )
    assert list(outlets.index) == ["X", "Y", "ALL"]


def test_actor_tone_separates_own_voice_from_quotations():
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b", "b"],
            "section": ["body"] * 5,
            "sentence_id": ["1", "1", "2", "1", "2"],
            "actor": ["Lavrov", "Lavrov", "Lavrov", "Lavrov", "Lavrov"],
            "type": ["PERSON"] * 5,
        }
    )
    russians = mentions.assign(actor="Russian", type="NORP")
    mentions = pd.concat([mentions, russians], ignore_index=True)
    table = by_actor(BODY, mentions, 200, 1, 3, types=["PERSON", "ORG", "GPE"])
    assert set(table["actor"]) == {"Lavrov"}  # nationalities are no actors unless asked
    assert "Russian" in set(by_actor(BODY, mentions, 200, 1, 3, ["PERSON", "NORP"])["actor"])
    x = table[(table["outlet"] == "X")].set_index("voice")
    assert x.loc["all", "sentences"] == 4  # a sentence naming Lavrov twice counts once
    assert x.loc["own", "mean_compound"] == pytest.approx((0.5 + 0.9) / 2)
    assert x.loc["quoted", "mean_compound"] == pytest.approx((-0.5 + 0.7) / 2)
    assert not np.isnan(x.loc["all", "ci_low"]) and np.isnan(
        x.loc["own", "ci_low"]
    )  # 2 < 3 sentences


def reference_by_document(body):
    """``by_document`` as first written, with pandas per document."""
    rows = []
    for doc_id, frame in body.groupby("doc_id", sort=True):
        shares = {
            f"share_{kind}": (frame["label"] == kind).sum() / len(frame)
            for kind in ("positive", "negative", "neutral")
        }
        rows.append({"doc_id": doc_id, "outlet": frame["outlet"].iloc[0], "sentences": len(frame),
                     "mean_compound": frame["compound"].mean(), **shares})  # fmt: skip
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def reference_by_actor(body, mentions, samples, seed, min_sentences):
    """``by_actor`` as first written, with pandas per outlet, actor and voice."""
    named = mentions[mentions["section"] == "body"][
        ["doc_id", "sentence_id", "actor", "type"]
    ].copy()
    named["sentence_id"] = named["sentence_id"].astype(int)
    named = named.drop_duplicates(["doc_id", "sentence_id", "actor"])
    joined = named.merge(body, on=["doc_id", "sentence_id"], how="inner")
    rows = []
    for outlet, frame in outlets_and_all(joined):
        for (actor, kind), sentences in frame.groupby(["actor", "type"], sort=True):
            for voice, part in (("all", sentences), ("own", sentences[~sentences["quoted"]]),
                                ("quoted", sentences[sentences["quoted"]])):  # fmt: skip
                if part.empty:
                    continue
                low = high = np.nan
                if len(part) >= min_sentences:
                    low, high = reference_bootstrap_ci(
                        part["compound"].to_numpy(), part["doc_id"].to_numpy(), samples, seed
                    )
                rows.append({
                    "outlet": outlet, "actor": actor, "type": kind, "voice": voice,
                    "sentences": len(part), "documents": part["doc_id"].nunique(),
                    "mean_compound": part["compound"].mean(), "ci_low": low, "ci_high": high,
                })  # fmt: skip
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def random_corpus(seed):
    """Body sentences of 60 documents in three outlets (rows shuffled) and
    their mentions of a few actors: some sentences name several actors or one
    actor twice, some mentions are in titles."""
    rng = np.random.default_rng(seed)
    docs = [f"{i:06d}" for i in rng.choice(10**6, 60, replace=False)]
    rows = [
        {"doc_id": doc, "sentence_id": s} for doc in docs for s in range(1, rng.integers(2, 25))
    ]
    body = pd.DataFrame(rows)
    body["outlet"] = body["doc_id"].map(dict(zip(docs, rng.choice(["Reuters", "AP", "BBC"], 60))))
    body["section"] = "body"
    body["compound"] = np.round(rng.uniform(-1, 1, len(body)), 4)
    body["label"] = rng.choice(["positive", "negative", "neutral"], len(body))
    body["quoted"] = rng.random(len(body)) < 0.3
    body = body.iloc[rng.permutation(len(body))].reset_index(drop=True)
    types = {"Lavrov": "PERSON", "NATO": "ORG", "Obama": "PERSON", "Kyiv": "GPE"}
    picked = rng.choice(len(body), 2 * len(body))
    mentions = pd.DataFrame({
        "doc_id": body["doc_id"].to_numpy()[picked],
        "section": rng.choice(["body", "body", "body", "title"], len(picked)),
        "sentence_id": body["sentence_id"].to_numpy()[picked].astype(str),
        "actor": rng.choice(list(types), len(picked), p=[0.5, 0.3, 0.15, 0.05]),
    })  # fmt: skip
    mentions["type"] = mentions["actor"].map(types)
    return body, mentions


def test_tables_match_the_first_implementation_bit_for_bit():
    for seed in (1, 2):
        body, mentions = random_corpus(seed)
        pd.testing.assert_frame_equal(
            by_document(body), reference_by_document(body), check_exact=True
        )
        table = by_actor(body, mentions, 200, 9, 3, ["PERSON", "ORG", "GPE", "NORP"])
        expected = reference_by_actor(body, mentions, 200, 9, min_sentences=3)
        assert table["sentences"].max() > 100  # long enough for numpy's pairwise sums
        pd.testing.assert_frame_equal(table, expected, check_exact=True)


def test_runs_end_where_any_key_changes():
    actors = np.array([0, 0, 1, 1, 1, 2])
    documents = np.array([4, 4, 4, 7, 7, 7])  # actor 1 starts in actor 0's last document
    assert run_lengths(actors, documents).tolist() == [2, 1, 2, 1]
    assert run_lengths(np.array([], dtype=int)).tolist() == []


def scored_seed_sentences(seed_records, seed_annotations):
    sentences, *_ = seed_annotations
    body = sentences[sentences["section"] == "body"].copy()
    records = {r["doc_id"]: r for r in seed_records}
    body["outlet"] = body["doc_id"].map(lambda d: records[d]["outlet"])
    body["title"] = body["doc_id"].map(lambda d: records[d]["title"])
    body["sentence_id"] = body["sentence_id"].astype(int)
    body["compound"] = body["text"].map(lambda t: score_sentence(t)["compound"])
    body["quoted"] = "False"
    return body


def test_extremes_quote_the_strongest_sentences_of_each_outlet(seed_records, seed_annotations):
    table = extremes(scored_seed_sentences(seed_records, seed_annotations), 2)
    assert list(table.columns) == EXTREME_COLUMNS
    assert sorted(table["outlet"].unique()) == ["ANI", "Breitbart", "DW", "The Moscow Times"]
    moscow = table[table["outlet"] == "The Moscow Times"]
    worst = moscow[(moscow["direction"] == "negative") & (moscow["rank"] == 1)].iloc[0]
    assert 'calling it "fake news."' in worst["text"] and worst["compound"] < -0.7
    for _, part in table.groupby(["outlet", "direction"]):
        assert len(part) == 2 and list(part["rank"]) == [1, 2]
        values = list(part["compound"])
        if part["direction"].iloc[0] == "positive":
            assert values == sorted(values, reverse=True) and min(values) >= 0.05
        else:
            assert values == sorted(values) and max(values) <= -0.05


def test_ties_go_to_the_earlier_sentence_and_neutral_ones_are_never_quoted():
    # 0.04 is neutral by VADER's thresholds (±0.05), so never "most positive"
    scored = pd.DataFrame(
        {"outlet": ["X"] * 4, "doc_id": ["b", "a", "a", "a"], "sentence_id": [1, 2, 1, 3],
         "compound": [0.5, 0.5, 0.04, -0.2], "quoted": ["False"] * 4, "title": ["t"] * 4,
         "text": ["b1", "a2", "a1", "a3"]}
    )  # fmt: skip
    table = extremes(scored, 3)
    assert table["text"].tolist() == ["a2", "b1", "a3"]
    assert table["direction"].tolist() == ["positive", "positive", "negative"]
    assert extremes(scored, 0).empty


def test_extreme_sentences_quote_body_text_and_titles_from_the_tables(
    seed_records, seed_annotations
):
    body = scored_seed_sentences(seed_records, seed_annotations)
    scored = body[["doc_id", "outlet", "section", "sentence_id", "compound", "quoted"]].astype(str)
    headline = scored.iloc[[0]].assign(section="title", sentence_id="0", compound="0.99")
    documents = pd.DataFrame([{"doc_id": r["doc_id"], "title": r["title"]} for r in seed_records])
    sentences, *_ = seed_annotations
    table = extreme_sentences(pd.concat([headline, scored]), iter([sentences]), documents, 2)
    pd.testing.assert_frame_equal(table, extremes(body, 2))
    assert 0.99 not in table["compound"].tolist()  # headlines are never quoted
