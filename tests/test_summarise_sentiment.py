"""Tone summaries and their bootstrap intervals."""

import numpy as np
import pandas as pd
import pytest

from bootstrap import two_stage_bootstrap_ci
from summarise_sentiment import by_actor, by_document, by_outlet

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
