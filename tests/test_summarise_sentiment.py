"""Tone summaries and their bootstrap intervals."""

import numpy as np
import pandas as pd
import pytest

from bootstrap import (
    grouped_bootstrap_ci,
    grouped_bootstrap_cis,
    percentile_intervals,
    two_stage_bootstrap_ci,
)
from count_entities import outlets_and_all
from summarise_sentiment import (
    ACTOR_COLUMNS,
    DOCUMENT_COLUMNS,
    by_actor,
    by_document,
    by_outlet,
    run_lengths,
)

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


def test_bootstrap_is_seeded_and_reflects_spread_between_documents():
    values = np.array([0.1, 0.2, 0.15, 0.8, 0.9, 0.85])
    groups = np.array(["a", "a", "a", "b", "b", "b"])
    assert two_stage_bootstrap_ci(values, groups, 1000, 7) == two_stage_bootstrap_ci(
        values, groups, 1000, 7
    )
    low, high = two_stage_bootstrap_ci(values, groups, 1000, 7)
    single_low, single_high = two_stage_bootstrap_ci(values, np.array(["a"] * 6), 1000, 7)
    assert high - low > single_high - single_low  # documents differ: a wider interval
    assert np.isnan(two_stage_bootstrap_ci(np.array([]), np.array([]), 100, 1)[0])


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
    table = by_actor(BODY, mentions, 200, 1, min_sentences=3)
    x = table[(table["outlet"] == "X")].set_index("voice")
    assert x.loc["all", "sentences"] == 4  # a sentence naming Lavrov twice counts once
    assert x.loc["own", "mean_compound"] == pytest.approx((0.5 + 0.9) / 2)
    assert x.loc["quoted", "mean_compound"] == pytest.approx((-0.5 + 0.7) / 2)
    assert not np.isnan(x.loc["all", "ci_low"]) and np.isnan(
        x.loc["own", "ci_low"]
    )  # 2 < 3 sentences


def test_bootstrap_batches_do_not_change_the_interval_much_and_cover_the_mean():
    rng = np.random.default_rng(0)
    values = rng.normal(0.1, 0.4, 300)
    groups = np.repeat(np.arange(30), 10)
    whole = two_stage_bootstrap_ci(values, groups, 2000, 3)
    batched = two_stage_bootstrap_ci(
        values, groups, 2000, 3, max_draws=1000
    )  # 3 replicates a batch
    assert whole[0] < values.mean() < whole[1]
    assert batched == pytest.approx(whole, abs=0.03)


def reference_bootstrap_ci(values, groups, samples, seed, level=0.95, max_draws=4_000_000):
    """The interval as first written (one pass over whole batches, then
    ``np.quantile``): the oracle the faster code must match bit for bit."""
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return float("nan"), float("nan")
    order = np.argsort(groups, kind="stable")
    values, groups = values[order], np.asarray(groups)[order]
    _, starts, counts = np.unique(groups, return_index=True, return_counts=True)
    n_groups = len(starts)
    rng = np.random.default_rng(seed)
    batch = max(1, min(samples, max_draws // len(values)))
    means = []
    for first in range(0, samples, batch):
        size = min(batch, samples - first)
        chosen = rng.integers(0, n_groups, size=(size, n_groups)).ravel()
        n = counts[chosen]
        picks = np.repeat(starts[chosen], n) + (rng.random(n.sum()) * np.repeat(n, n)).astype(
            np.int64
        )
        replicate = np.repeat(np.repeat(np.arange(size), n_groups), n)
        sums = np.bincount(replicate, weights=values[picks], minlength=size)
        means.append(sums / np.bincount(replicate, minlength=size))
    tail = (1 - level) / 2
    low, high = np.quantile(np.concatenate(means), [tail, 1 - tail])
    return float(low), float(high)


def scores_in_documents(rng, n_documents, most_sentences):
    """Compound-like scores (4 decimals) of 1 to ``most_sentences`` sentences
    in each of ``n_documents`` documents with ids like ``000417``, shuffled."""
    sizes = rng.integers(1, most_sentences + 1, n_documents)
    ids = np.array([f"{i:06d}" for i in rng.choice(10**6, n_documents, replace=False)])
    groups = np.repeat(ids, sizes)
    values = np.round(rng.uniform(-1, 1, len(groups)), 4)
    order = rng.permutation(len(groups))
    return values[order], groups[order]


def grouped(values, groups):
    """``(values, counts)`` as ``grouped_bootstrap_cis`` takes them."""
    order = np.argsort(groups, kind="stable")
    _, counts = np.unique(groups[order], return_counts=True)
    return values[order], counts


def test_intervals_match_the_first_implementation_bit_for_bit():
    rng = np.random.default_rng(11)
    inputs = [scores_in_documents(rng, n, most) for n, most in [(1, 4), (7, 3), (40, 6)]]
    for values, groups in inputs:
        for samples, max_draws in [(300, 4_000_000), (300, 1000), (7, 50)]:  # 1 or many batches
            expected = reference_bootstrap_ci(values, groups, samples, 5, 0.9, max_draws)
            assert two_stage_bootstrap_ci(values, groups, samples, 5, 0.9, max_draws) == expected
            assert grouped_bootstrap_ci(*grouped(values, groups), samples, 5, 0.9, max_draws) == (
                expected
            )


def test_many_intervals_at_once_match_one_at_a_time():
    rng = np.random.default_rng(12)
    inputs = [
        scores_in_documents(rng, n, most)
        for n, most in [(5, 1), (5, 1), (5, 3), (5, 4), (2, 1), (1, 5), (30, 1), (12, 9)]
    ]  # same numbers of groups, one or more values a group, short and long streams
    inputs.append((np.array([]), np.array([], dtype=str)))
    cis = grouped_bootstrap_cis([grouped(v, g) for v, g in inputs], 400, 3, max_draws=20_000)
    assert cis[:-1] == [
        reference_bootstrap_ci(v, g, 400, 3, max_draws=20_000) for v, g in inputs[:-1]
    ]
    assert np.isnan(cis[-1]).all()


def test_percentiles_match_numpy_quantile():
    rng = np.random.default_rng(13)
    for n in [1, 2, 3, 40, 1000, 1001]:
        for level in [0.95, 0.9, 0.5, 0.0, 1.0]:
            rows = rng.normal(size=(3, n))
            rows[1] = np.round(rows[1])  # ties
            rows[2, 0] = np.nan
            got = percentile_intervals(rows.copy(), level)
            tail = (1 - level) / 2
            for row, interval in zip(rows, got):
                expected = np.quantile(row, [tail, 1 - tail])
                np.testing.assert_array_equal(interval, expected)


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
        table = by_actor(body, mentions, 200, 9, min_sentences=3)
        expected = reference_by_actor(body, mentions, 200, 9, min_sentences=3)
        assert table["sentences"].max() > 100  # long enough for numpy's pairwise sums
        pd.testing.assert_frame_equal(table, expected, check_exact=True)


def test_runs_end_where_any_key_changes():
    actors = np.array([0, 0, 1, 1, 1, 2])
    documents = np.array([4, 4, 4, 7, 7, 7])  # actor 1 starts in actor 0's last document
    assert run_lengths(actors, documents).tolist() == [2, 1, 2, 1]
    assert run_lengths(np.array([], dtype=int)).tolist() == []
