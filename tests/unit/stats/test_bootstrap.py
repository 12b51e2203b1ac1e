"""Bootstrap intervals of grouped values: seeded, reflecting the spread
between groups, and bit for bit the interval as first written."""

import numpy as np
import pytest
from newsdag.stats.bootstrap import (
    grouped_bootstrap_ci,
    grouped_bootstrap_cis,
    percentile_intervals,
    two_stage_bootstrap_ci,
)


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
