"""Distinctive terms: Monroe et al.'s log-odds with an informative Dirichlet
prior, checked against an independent computation and on planted words."""

import math

import numpy as np
import pandas as pd
import pytest
from newsdag.stats.distinctive_terms import (
    DISTINCTIVE_COLUMNS,
    distinctive_terms,
    log_odds_z,
)


def monroe_by_hand(counts_a: dict, counts_b: dict, alpha_0: float) -> dict:
    """Equation 22 of Monroe, Colaresi and Quinn (2008), term by term in
    plain Python: the prior is alpha_0 times each word's pooled share."""
    words = sorted(set(counts_a) | set(counts_b))
    n_a, n_b = sum(counts_a.values()), sum(counts_b.values())
    pooled = {w: counts_a.get(w, 0) + counts_b.get(w, 0) for w in words}
    result = {}
    for w in words:
        a_w = alpha_0 * pooled[w] / (n_a + n_b)
        y_a, y_b = counts_a.get(w, 0), counts_b.get(w, 0)
        odds_a = (y_a + a_w) / (n_a + alpha_0 - y_a - a_w)
        odds_b = (y_b + a_w) / (n_b + alpha_0 - y_b - a_w)
        delta = math.log(odds_a) - math.log(odds_b)
        result[w] = (delta, delta / math.sqrt(1 / (y_a + a_w) + 1 / (y_b + a_w)))
    return result


def test_the_formula_agrees_with_an_independent_computation():
    a = {"dictator": 7, "regime": 5, "president": 2, "talks": 9, "oil": 1}
    b = {"dictator": 1, "regime": 2, "president": 11, "talks": 8, "sanction": 4}
    words = sorted(set(a) | set(b))
    y_a = np.array([a.get(w, 0) for w in words])
    y_b = np.array([b.get(w, 0) for w in words])
    alpha = 50 * (y_a + y_b) / (y_a + y_b).sum()
    delta, z = log_odds_z(y_a, y_b, alpha, 50)
    expected = monroe_by_hand(a, b, 50)
    for k, w in enumerate(words):
        assert delta[k] == pytest.approx(expected[w][0], abs=1e-9)
        assert z[k] == pytest.approx(expected[w][1], abs=1e-9)


def write_terms(path, rows):
    pd.DataFrame(rows, columns=["doc_id", "term", "count"]).to_csv(path, index=False)


def planted_corpus(tmp_path, n_docs=30):
    """Three outlets, ten articles each, on the same words at the same rates;
    outlet A also writes "regime" five times an article. Articles k of each
    outlet form story k."""
    rng = np.random.default_rng(3)
    common = ["talks", "minister", "crisis", "oil", "army", "sanction", "president", "support"]
    rows, docs, groups = [], [], []
    for outlet in ("A", "B", "C"):
        for k in range(n_docs // 3):
            doc = f"{outlet}{k}"
            docs.append((doc, outlet))
            groups.append((doc, f"s{k}"))
            for word in common:
                rows.append((doc, word, int(rng.integers(4, 8))))
            rows.append((doc, "opposition leader", 2))
            if outlet == "A":
                rows.append((doc, "regime", 5))
    write_terms(tmp_path / "terms.csv", rows)
    return (pd.DataFrame(docs, columns=["doc_id", "outlet"]),
            pd.DataFrame(groups, columns=["doc_id", "story_id"]))  # fmt: skip


def test_a_planted_word_comes_out_top_and_a_shared_word_stays_near_zero(tmp_path):
    documents, groups = planted_corpus(tmp_path)
    settings = {"prior": 1000.0, "min_count": 5, "top": 3}
    table = distinctive_terms([tmp_path / "terms.csv"], documents, groups, settings)
    assert list(table.columns) == DISTINCTIVE_COLUMNS
    a = table[(table["scope"] == "corpus") & (table["outlet"] == "A")]
    top = a.iloc[0]
    assert (top["term"], top["count"], top["count_rest"]) == ("regime", 50, 0)
    assert top["z"] > 3
    b = table[(table["scope"] == "corpus") & (table["outlet"] == "B")].set_index("term")
    assert b.loc["regime", "z"] < -3  # B never writes it: A's word shows as B's gap
    # Words all outlets use at the same rates stay near 0 (they make up the rest).
    assert a.set_index("term").drop("regime")["z"].abs().max() < 2.5
    # The bigram is compared with bigrams only: every outlet writes it alike.
    assert "opposition leader" not in set(table.loc[table["z"].abs() > 1, "term"])


def test_within_stories_compares_an_outlet_only_on_the_stories_it_shares(tmp_path):
    documents, groups = planted_corpus(tmp_path)
    # A alone covers story s0 (B's and C's articles move to stories of their own).
    groups.loc[groups["doc_id"].isin(["B0", "C0"]), "story_id"] = ["b-alone", "c-alone"]
    settings = {"prior": 1000.0, "min_count": 5, "top": 3}
    table = distinctive_terms([tmp_path / "terms.csv"], documents, groups, settings)
    within = table[(table["scope"] == "within_stories") & (table["outlet"] == "A")]
    regime = within.set_index("term").loc["regime"]
    assert (regime["count"], regime["count_rest"]) == (45, 0)  # s1..s9 only
    corpus = table[(table["scope"] == "corpus") & (table["outlet"] == "A")].set_index("term")
    assert corpus.loc["regime", "count"] == 50


def test_one_outlet_has_no_rest_to_be_compared_with(tmp_path):
    documents, groups = planted_corpus(tmp_path)
    only_a = documents[documents["outlet"] == "A"]
    table = distinctive_terms([tmp_path / "terms.csv"], only_a, groups, {"prior": 1000.0,
                              "min_count": 5, "top": 3})  # fmt: skip
    assert table.empty and list(table.columns) == DISTINCTIVE_COLUMNS
