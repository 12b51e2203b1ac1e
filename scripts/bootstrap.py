"""Bootstrap confidence intervals for means of grouped values (sentences
nested in documents)."""

import numpy as np


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
    """
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
