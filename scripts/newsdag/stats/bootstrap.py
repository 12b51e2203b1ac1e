"""Bootstrap confidence intervals for means of grouped values (sentences
nested in documents)."""

from collections import defaultdict

import numpy as np

# Values drawn per pass of ``replicate_means``: its arrays (128 KiB each)
# stay in the processor's cache and reuse freed memory; arrays of whole
# batches (millions of draws) were fresh memory each time, several times
# slower to fill.
CHUNK_DRAWS = 16_384


def two_stage_bootstrap_ci(
    values: np.ndarray,
    groups: np.ndarray,
    samples: int,
    seed: int,
    level: float = 0.95,
    max_draws: int = 4_000_000,
) -> tuple[float, float]:
    """Percentile CI of the mean of ``values`` (e.g. sentence scores) that
    come in ``groups`` (e.g. documents).

    Each replicate draws groups with replacement, then values within each
    drawn group with replacement, and takes the mean of all drawn values; so
    the interval reflects both how articles differ and how sentences within
    an article differ. With one group only the second stage varies. Seeded:
    the same inputs give the same interval. ``(nan, nan)`` for no values.

    Replicates are drawn in batches of whole arrays, at most ``max_draws``
    values at a time, so thousands of small intervals take seconds and one
    large interval stays within a fixed amount of memory.

    Sorts the values by group label (a stable sort, so each group keeps the
    order of its values) for ``grouped_bootstrap_ci``; callers with many
    intervals sort once and use ``grouped_bootstrap_cis``.
    """
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return float("nan"), float("nan")
    order = np.argsort(groups, kind="stable")
    _, counts = np.unique(np.asarray(groups)[order], return_counts=True)
    return grouped_bootstrap_ci(values[order], counts, samples, seed, level, max_draws)


def grouped_bootstrap_ci(
    values: np.ndarray,
    counts: np.ndarray,
    samples: int,
    seed: int,
    level: float = 0.95,
    max_draws: int = 4_000_000,
) -> tuple[float, float]:
    """The interval of ``two_stage_bootstrap_ci`` for values already grouped.

    ``values`` holds the groups one after another: the first ``counts[0]``
    values form the first group, the next ``counts[1]`` the second, and so
    on (each count at least 1, the counts summing to ``len(values)``).
    Groups in ascending order of their labels, each with its values in their
    original order, give the very interval (same draws, same bits) that
    ``two_stage_bootstrap_ci`` gives for the unsorted values and labels;
    another order of the groups gives another, equally valid, interval.
    ``(nan, nan)`` for no values; ``samples`` at least 1.
    """
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return float("nan"), float("nan")
    counts = np.asarray(counts, dtype=np.int64)
    rng = np.random.default_rng(seed)
    batch = batch_size(len(values), samples, max_draws)
    means = []
    for first in range(0, samples, batch):
        size = min(batch, samples - first)
        chosen = rng.integers(0, len(counts), size=(size, len(counts)))
        uniforms = rng.random(counts[chosen].sum())
        means.append(replicate_means(values, counts, chosen, uniforms))
    return percentile_intervals(np.concatenate(means)[np.newaxis], level)[0]


def grouped_bootstrap_cis(
    grouped: list[tuple[np.ndarray, np.ndarray]],
    samples: int,
    seed: int,
    level: float = 0.95,
    max_draws: int = 4_000_000,
) -> list[tuple[float, float]]:
    """``grouped_bootstrap_ci`` of each ``(values, counts)`` pair, in order;
    the same intervals, bit for bit, in a fraction of the time.

    Every interval starts its generator from the same ``seed``, so intervals
    with the same number of groups that fit in one batch (``samples`` times
    the number of values at most ``max_draws``) draw the same groups, and the
    same uniform numbers after them, a longer interval using more of the
    stream. These are drawn once for all such intervals (a stream long
    enough for the longest), and the means of those whose groups hold one
    value each (which need no uniform numbers) are summed all at once;
    larger intervals are drawn one by one. Memory: about ``max_draws``
    values, plus ``samples`` means per interval.
    """
    grouped = [(np.asarray(v, dtype=float), np.asarray(c, dtype=np.int64)) for v, c in grouped]
    intervals = [(float("nan"), float("nan"))] * len(grouped)
    one_batch = defaultdict(list)  # number of groups: positions in ``grouped``
    for i, (values, counts) in enumerate(grouped):
        if len(values) == 0:
            continue
        if batch_size(len(values), samples, max_draws) == samples:
            one_batch[len(counts)].append(i)
        else:
            intervals[i] = grouped_bootstrap_ci(values, counts, samples, seed, level, max_draws)
    for n_groups, members in one_batch.items():
        rng = np.random.default_rng(seed)
        chosen = rng.integers(0, n_groups, size=(samples, n_groups))
        singles = [i for i in members if len(grouped[i][0]) == n_groups]  # one value a group
        others = [i for i in members if len(grouped[i][0]) > n_groups]
        means = []
        if singles:
            means.append(single_value_means(np.array([grouped[i][0] for i in singles]), chosen))
        if others:
            times = np.bincount(chosen.ravel(), minlength=n_groups)  # draws of each group
            uniforms = rng.random(max(times @ grouped[i][1] for i in others))
            means += [replicate_means(*grouped[i], chosen, uniforms)[np.newaxis] for i in others]
        for i, interval in zip(
            singles + others, percentile_intervals(np.concatenate(means), level)
        ):
            intervals[i] = interval
    return intervals


def batch_size(n_values: int, samples: int, max_draws: int) -> int:
    """Replicates drawn at once so that a batch draws about ``max_draws``
    values (each replicate draws ``n_values`` on average): at least 1, at
    most ``samples``."""
    return max(1, min(samples, max_draws // n_values))


def replicate_means(
    values: np.ndarray, counts: np.ndarray, chosen: np.ndarray, uniforms: np.ndarray
) -> np.ndarray:
    """Mean of each bootstrap replicate, one per row of ``chosen``.

    ``values`` (float) and ``counts`` (int64) are grouped as for
    ``grouped_bootstrap_ci``; ``chosen[r]`` holds the groups (positions in
    ``counts``) that replicate r drew. Each drawn group of n values then has
    n of its values drawn, the one at position ``floor(u * n)`` for each of
    the next n numbers u of ``uniforms`` (in [0, 1), taken in order, replicate
    after replicate; those left over are unused). A replicate's drawn values
    are summed in the order drawn, starting from 0. Works through a few
    replicates at a time, about ``CHUNK_DRAWS`` drawn values each.
    """
    starts = np.cumsum(counts) - counts
    size = len(chosen)
    n = counts[chosen]  # values drawn from each drawn group
    totals = n.sum(axis=1)  # values drawn by each replicate
    step = max(1, CHUNK_DRAWS // len(values))
    means = np.empty(size)
    used = 0
    for first in range(0, size, step):
        last = min(size, first + step)
        drawn = np.repeat(chosen[first:last].ravel(), n[first:last].ravel())  # group of each draw
        picks = (uniforms[used : used + len(drawn)] * counts.take(drawn)).astype(np.int64)
        picks += starts.take(drawn)
        used += len(drawn)
        replicate = np.repeat(np.arange(last - first), totals[first:last])
        sums = np.bincount(replicate, weights=values.take(picks), minlength=last - first)
        means[first:last] = sums / totals[first:last]
    return means


def single_value_means(values: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """``replicate_means`` of several intervals whose groups all hold one
    value (so the uniform numbers cannot change a draw), bit for bit: one row
    per interval, one column per row of ``chosen``.

    ``values[i, g]`` is interval i's value in group g. A replicate's mean is
    that of the values of its drawn groups, summed in the order drawn
    starting from 0, a column of ``chosen`` at a time for all at once.
    """
    sums = np.zeros((len(values), len(chosen)))
    for groups in chosen.T:
        sums += values[:, groups]
    return sums / chosen.shape[1]


def percentile_intervals(means: np.ndarray, level: float) -> list[tuple[float, float]]:
    """``np.quantile(row, [tail, 1 - tail])`` for each row of the 2-D array
    ``means`` and ``tail = (1 - level) / 2``, bit for bit, without numpy's
    per-call overhead (once a third of the time of a small interval).

    numpy's default method: the quantile q of n values lies at the virtual
    position ``(n - 1) * q`` of the sorted values, interpolated linearly
    between its two neighbours, from the lower one when the fraction is
    below 0.5 and from the upper one otherwise. ``level`` between 0 and 1;
    rows not empty; ``(nan, nan)`` for a row with a nan, as numpy gives.
    """
    tail = (1 - level) / 2
    last = means.shape[1] - 1
    virtual = last * np.array([tail, 1 - tail])
    lower = np.minimum(np.floor(virtual), last).astype(np.intp)
    upper = np.minimum(lower + 1, last)
    ordered = np.partition(means, np.concatenate([lower, upper]), axis=1)
    a, b = ordered[:, lower], ordered[:, upper]
    fraction = virtual - lower
    diff = b - a
    value = np.where(fraction >= 0.5, b - diff * (1 - fraction), a + diff * fraction)
    value[np.isnan(means).any(axis=1)] = np.nan
    return [(float(low), float(high)) for low, high in value]
