"""Bootstrap confidence intervals for means of grouped values (sentences
nested in documents)."""

import numpy as np


def two_stage_bootstrap_ci(
    values: np.ndarray, groups: np.ndarray, samples: int, seed: int, level: float = 0.95
) -> tuple[float, float]:
    """Percentile CI of the mean of ``values`` (e.g. sentence scores) that
    come in ``groups`` (e.g. documents).

    Each replicate draws groups with replacement, then values within each
    drawn group with replacement, and takes the mean of all drawn values; so
    the interval reflects both how articles differ and how sentences within
    an article differ. With one group only the second stage varies. Seeded:
    the same inputs give the same interval. ``(nan, nan)`` for no values.
    """
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return float("nan"), float("nan")
    order = np.argsort(groups, kind="stable")
    values, groups = values[order], np.asarray(groups)[order]
    _, starts, counts = np.unique(groups, return_index=True, return_counts=True)
    rng = np.random.default_rng(seed)
    means = np.empty(samples)
    for i in range(samples):
        chosen = rng.integers(0, len(starts), len(starts))
        n = counts[chosen]
        offsets = np.repeat(starts[chosen], n)
        picks = offsets + (rng.random(n.sum()) * np.repeat(n, n)).astype(int)
        means[i] = values[picks].mean()
    tail = (1 - level) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return float(low), float(high)
