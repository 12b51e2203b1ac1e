"""The words that set each outlet apart: log-odds ratios with an informative
Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words").

Each outlet is compared with all the other outlets together. For a term w
with count y_i in the outlet (n_i terms in all) and y_j in the rest (n_j),
and a prior of alpha_w pseudo-counts (alpha_0 in all)::

    delta_w = log((y_i + a_w) / (n_i + a_0 - y_i - a_w))
            - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
    var_w   = 1 / (y_i + a_w) + 1 / (y_j + a_w)
    z_w     = delta_w / sqrt(var_w)

The prior is informative: alpha_w = alpha_0 * (the term's share of the
pooled counts of both sides), so a common word needs more evidence than a
rare one to stand out, and alpha_0 (config key ``log_odds_prior``, default
1,000 pseudo-counts) sets how strongly every estimate is pulled towards the
pool. Unigrams and bigrams are compared apart (each against the totals of
its own kind), so a bigram's count never counts in a word's total.

Two scopes: ``corpus`` compares each outlet's whole corpus with the rest;
``within_stories`` keeps only the stories the outlet covered with at least
one other outlet, and compares its articles there with the other outlets'
articles on those same stories, so the choice of stories does not pass
for a choice of words. Terms seen fewer than ``min_count`` times in a
comparison's pool are left out of its table (they still count in the
totals).

The term counts (``results/shards/*/terms.csv``, ``newsdag.nlp.terms``) are
streamed into one sparse documents × terms matrix of 32-bit integers; a
comparison is a sparse product, so memory grows with the counts, not with
outlets × vocabulary.
"""

import csv
from array import array

import numpy as np
import pandas as pd
import scipy.sparse as sp

# results/tables/distinctive_terms.csv
DISTINCTIVE_COLUMNS = ["scope", "outlet", "term", "count", "count_rest", "log_odds", "z"]
SCOPES = ("corpus", "within_stories")


def log_odds_z(y_i, y_j, alpha, alpha_0, n_i=None, n_j=None):
    """``(delta, z)`` arrays of Monroe et al.'s log-odds ratio with prior
    ``alpha`` (pseudo-counts per term, summing to ``alpha_0``) for counts
    ``y_i`` (the outlet) against ``y_j`` (the rest); ``n_i`` and ``n_j``
    are the totals of each side, by default the sums of ``y_i`` and ``y_j``
    (every term of the kind). Every argument may be an array of one value
    per term, so that many comparisons are computed at once
    (``newsdag.stats.actor_words.actor_labels``)."""
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (y_i, y_j, alpha))
    n_i = y_i.sum() if n_i is None else np.asarray(n_i, dtype=float)
    n_j = y_j.sum() if n_j is None else np.asarray(n_j, dtype=float)
    delta = np.log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - np.log(
        (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
    )
    return delta, delta / np.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))


def term_matrix(term_paths, doc_index: dict[str, int]):
    """``(matrix, terms)``: the counts of ``terms.csv`` files as a CSR matrix
    of ``len(doc_index)`` rows (documents, by ``doc_index``) × terms (columns
    in sorted term order), int32. Rows of documents not in ``doc_index``
    are skipped. Streams the files."""
    rows, cols, counts = array("i"), array("i"), array("i")
    vocabulary: dict[str, int] = {}
    for path in term_paths:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader, None)
            for doc_id, term, count in reader:
                row = doc_index.get(doc_id)
                if row is None:
                    continue
                rows.append(row)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                counts.append(int(count))
    terms = sorted(vocabulary)
    order = np.empty(len(terms), dtype=np.int32)
    order[[vocabulary[t] for t in terms]] = np.arange(len(terms), dtype=np.int32)
    matrix = sp.csr_matrix(
        (np.frombuffer(counts, dtype=np.int32), (np.frombuffer(rows, dtype=np.int32),
         order[np.frombuffer(cols, dtype=np.int32)])),
        shape=(len(doc_index), len(terms)), dtype=np.int32,
    )  # fmt: skip
    return matrix, terms


def compared_rows(scope, outlet, y_i, y_j, terms, is_bigram, settings) -> list[dict]:
    """The ``top`` terms each way (highest and lowest z, ties by term) of one
    comparison, unigrams and bigrams scored apart, as ``DISTINCTIVE_COLUMNS``
    dicts. Vectorised: a few array passes whatever the vocabulary."""
    parts = []  # (columns, delta, z) of each kind
    for kind in (False, True):
        columns = np.flatnonzero((is_bigram == kind) & (y_i + y_j > 0))  # terms of this pool
        if len(columns) < 2:
            continue  # one term is the whole of its kind: no odds to compare
        a, b = y_i[columns], y_j[columns]
        pool = a + b
        alpha = settings["prior"] * pool / pool.sum()
        delta, z = log_odds_z(a, b, alpha, settings["prior"])
        kept = pool >= settings["min_count"]
        parts.append((columns[kept], delta[kept], z[kept]))
    if not parts:
        return []
    columns, delta, z = (np.concatenate(arrays) for arrays in zip(*parts))
    order = np.lexsort((columns, -z))  # z highest first; columns are in term order
    top = settings["top"]
    chosen = np.concatenate([order[:top], order[max(top, len(order) - top) :]])
    return [{"scope": scope, "outlet": outlet, "term": terms[columns[k]],
             "count": int(y_i[columns[k]]), "count_rest": int(y_j[columns[k]]),
             "log_odds": float(delta[k]), "z": float(z[k])} for k in chosen]  # fmt: skip


def distinctive_terms(term_paths, documents: pd.DataFrame, groups: pd.DataFrame, settings):
    """``DISTINCTIVE_COLUMNS``: for each scope (``SCOPES``) and outlet (name
    order) with a rest to compare with, the ``top`` terms with the highest z
    and the ``top`` with the lowest, sorted by z (highest first), ties by
    term. ``documents``: ``doc_id``, ``outlet``; ``groups``:
    ``story_groups.csv`` (``doc_id``, ``story_id``); ``settings``:
    ``prior``, ``min_count``, ``top``."""
    doc_ids = list(documents["doc_id"])
    matrix, terms = term_matrix(term_paths, {d: i for i, d in enumerate(doc_ids)})
    is_bigram = np.array([" " in t for t in terms], dtype=bool)
    outlets = documents["outlet"].to_numpy()
    story = documents["doc_id"].map(dict(zip(groups["doc_id"], groups["story_id"])))
    story_outlets = pd.Series(outlets).groupby(story.to_numpy()).nunique()
    rows = []
    for scope in SCOPES:
        for outlet in sorted(set(outlets)):
            mine = outlets == outlet
            if scope == "corpus":
                rest = ~mine
            else:
                shared = set(story[mine][story[mine].map(story_outlets) >= 2])
                in_shared = story.isin(shared).to_numpy()
                mine, rest = mine & in_shared, ~mine & in_shared
            if not mine.any() or not rest.any():
                continue
            y_i = np.asarray(matrix[mine].sum(axis=0)).ravel()
            y_j = np.asarray(matrix[rest].sum(axis=0)).ravel()
            rows += compared_rows(scope, outlet, y_i, y_j, terms, is_bigram, settings)
    return pd.DataFrame(rows, columns=DISTINCTIVE_COLUMNS)
