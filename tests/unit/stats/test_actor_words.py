"""Labels per outlet with their log-odds z, and the stance toward actors."""

import math

import numpy as np
import pandas as pd
import pytest
from newsdag.stats.actor_words import (
    actor_labels,
    holds_name,
    labelled_mentions,
    mention_stance,
    stance_by_document,
    stance_by_outlet,
)
from newsdag.stats.bootstrap import grouped_bootstrap_ci
from newsdag.stats.sentiment import run_lengths


def labels_of(counts: dict[str, dict[str, int]], actor="Nicolás Maduro") -> pd.DataFrame:
    """A labelled-mentions table from ``{outlet: {label: count}}``, one
    article per mention."""
    rows = [{"doc_id": f"{outlet}-{label}-{i}", "outlet": outlet, "actor": actor,
             "type": "PERSON", "sentence_id": "1", "label": label}
            for outlet, found in counts.items() for label, n in found.items()
            for i in range(n)]  # fmt: skip
    return pd.DataFrame(rows)


def monroe_z(y_i: float, n_i: float, y_j: float, n_j: float, a: float, a0: float) -> float:
    """Monroe, Colaresi and Quinn (2008), eq. 16 and 18, written out."""
    odds_i = (y_i + a) / (n_i + a0 - y_i - a)
    odds_j = (y_j + a) / (n_j + a0 - y_j - a)
    return (math.log(odds_i) - math.log(odds_j)) / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))


def test_label_z_agrees_with_the_formula_written_out():
    counts = {"A": {"dictator": 5, "president": 3}, "B": {"president": 6, "leader": 2},
              "C": {"president": 1, "leader": 3}}  # fmt: skip
    table = actor_labels(labels_of(counts), prior=1000.0)
    n = 20  # labels of the actor in all: alpha_0 = min(1000, 20)
    pooled = {"dictator": 5, "president": 10, "leader": 5}
    for row in table.itertuples():
        mine = counts[row.outlet]
        y_i = mine.get(row.label, 0)
        expected = monroe_z(y_i, sum(mine.values()), pooled[row.label] - y_i,
                            n - sum(mine.values()), n * pooled[row.label] / n, n)  # fmt: skip
        assert row.z == pytest.approx(expected, abs=1e-9)
    assert len(table) == 6


def test_a_label_one_outlet_overuses_stands_out_and_a_shared_one_does_not():
    counts = {"A": {"dictator": 20, "president": 40}, "B": {"president": 40, "leader": 20},
              "C": {"president": 40, "leader": 20}}  # fmt: skip
    table = actor_labels(labels_of(counts), prior=1000.0).set_index(["outlet", "label"])
    assert table.loc[("A", "dictator"), "z"] > 3
    assert abs(table.loc[("A", "president"), "z"]) < 0.5
    assert table.loc[("A", "dictator"), "count"] == 20
    first = actor_labels(labels_of(counts), prior=1000.0)
    assert list(first[first["outlet"] == "A"]["label"]) == ["dictator", "president"]  # z order


def test_an_actor_one_outlet_labels_has_no_z():
    table = actor_labels(labels_of({"A": {"president": 3}}), prior=1000.0)
    assert table["z"].isna().all() and table["count"].tolist() == [3]


def test_a_label_holding_the_actors_name_is_dropped():
    assert holds_name("maduro government", "Nicolás Maduro")
    assert holds_name("nicolas", "Nicolás Maduro")
    assert not holds_name("socialist dictator", "Nicolás Maduro")
    descriptions = pd.DataFrame({
        "doc_id": ["d", "d"], "sentence_id": ["1", "1"], "start": ["0", "0"], "end": ["6", "6"],
        "kind": ["label", "label"], "text": ["maduro regime", "dictator"],
        "relation": ["appos", "premodifier"],
    })  # fmt: skip
    mentions = pd.DataFrame({"doc_id": ["d"], "section": ["body"], "start": ["0"], "end": ["6"],
                             "outlet": ["A"], "actor": ["Nicolás Maduro"], "type": ["PERSON"]})  # fmt: skip
    assert labelled_mentions(descriptions, mentions)["label"].tolist() == ["dictator"]


def stance_inputs():
    mentions = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "section": ["body", "body", "title", "body"],
        "sentence_id": ["1", "1", "0", "2"], "start": ["0", "30", "0", "5"],
        "end": ["6", "36", "6", "11"], "outlet": ["X", "X", "X", "X"],
        "actor": ["Nicolás Maduro", "Juan Guaidó", "Nicolás Maduro", "Nicolás Maduro"],
        "type": ["PERSON"] * 4,
    })  # fmt: skip
    descriptions = pd.DataFrame({
        "doc_id": ["a", "a", "b"], "sentence_id": ["1", "1", "2"], "start": ["0", "30", "5"],
        "end": ["6", "36", "11"], "kind": ["stance", "stance", "stance"],
        "text": ["regime jailed opponents", "said", "praised"],
        "relation": ["subject", "subject", "object"],
    })  # fmt: skip
    return descriptions, mentions


def test_each_body_mention_gets_the_score_of_its_own_words():
    scored = mention_stance(*stance_inputs(), types=["PERSON"])
    assert len(scored) == 3  # the title mention is left out
    by_actor = dict(zip(zip(scored["doc_id"], scored["actor"]), scored["stance"]))
    assert by_actor[("a", "Nicolás Maduro")] < -0.3  # "regime jailed opponents"
    assert by_actor[("a", "Juan Guaidó")] == 0.0  # "said"
    assert by_actor[("b", "Nicolás Maduro")] > 0.3  # "praised"
    per_document = stance_by_document(scored)
    assert per_document["scored"].tolist() == [0, 1, 1]


def test_outlet_stance_sits_beside_the_window_tone():
    scored = mention_stance(*stance_inputs(), types=["PERSON"])
    window = pd.DataFrame({"outlet": ["X", "X"], "actor": ["Nicolás Maduro", "Nicolás Maduro"],
                           "voice": ["all", "own"], "mean_compound": [-0.2, 0.1],
                           "ci_low": [-0.4, 0.0], "ci_high": [0.0, 0.2], "sentences": [2, 1]})  # fmt: skip
    table = stance_by_outlet(scored, window, samples=200, seed=1, min_mentions=2)
    maduro = table[table["actor"] == "Nicolás Maduro"].iloc[0]
    assert maduro["mentions"] == 2 and maduro["documents"] == 2
    own = scored[scored["actor"] == "Nicolás Maduro"]["stance"]
    assert maduro["stance"] == pytest.approx(own.mean()) and own.tolist()[0] < 0 < own.tolist()[1]
    assert maduro["ci_low"] <= maduro["stance"] <= maduro["ci_high"]
    assert maduro["window_tone"] == -0.2 and maduro["window_sentences"] == 2
    guaido = table[table["actor"] == "Juan Guaidó"].iloc[0]
    assert np.isnan(guaido["ci_low"]) and np.isnan(guaido["window_tone"])


def test_run_lengths_of_sorted_doc_ids_are_each_articles_mentions():
    doc_ids = np.array(["000002", "000002", "000010", "000011", "000011", "000011"])
    assert run_lengths(doc_ids).tolist() == [2, 1, 3]
    assert run_lengths(doc_ids).tolist() == pd.Series(doc_ids).groupby(doc_ids).size().tolist()
    assert run_lengths(np.array([], dtype=object)).tolist() == []


def test_outlet_stance_resamples_whole_articles_whatever_the_row_order():
    """Three articles with 2, 1 and 3 mentions, rows shuffled: the interval is
    the article-level bootstrap of the mentions in article and text order."""
    rows = [("000010", "40", -0.5), ("000002", "9", 0.2), ("000010", "7", -0.1),
            ("000003", "5", 0.0), ("000002", "120", 0.6), ("000010", "300", -0.3)]  # fmt: skip
    scored = pd.DataFrame({
        "doc_id": [d for d, _, _ in rows], "outlet": "X", "sentence_id": "1",
        "start": [s for _, s, _ in rows], "end": "0", "actor": "Nicolás Maduro",
        "type": "PERSON", "words": "w", "relation": "subject",
        "stance": [v for _, _, v in rows],
    })  # fmt: skip
    window = pd.DataFrame(columns=["outlet", "actor", "voice", "mean_compound", "ci_low",
                                   "ci_high", "sentences"])  # fmt: skip
    row = stance_by_outlet(scored, window, samples=500, seed=3, min_mentions=2).iloc[0]
    assert (row["documents"], row["mentions"], row["scored"]) == (3, 6, 5)
    in_order = np.array([0.2, 0.6, 0.0, -0.1, -0.5, -0.3])  # 000002, 000003, 000010 by offset
    low, high = grouped_bootstrap_ci(in_order, np.array([2, 1, 3]), samples=500, seed=3)
    assert (row["ci_low"], row["ci_high"]) == (low, high)
    assert row["stance"] == pytest.approx(in_order.mean())


def test_mentions_are_sorted_by_offset_as_numbers():
    descriptions, mentions = stance_inputs()
    for table in (mentions, descriptions):  # "13" sorts before "6" as text
        table.loc[0, ["start", "end"]] = ["6", "12"]
        table.loc[1, ["start", "end"]] = ["13", "19"]
    scored = mention_stance(descriptions, mentions, types=["PERSON"])
    first = scored[scored["doc_id"] == "a"]
    assert first["start"].tolist() == ["6", "13"]


def test_the_strongest_labels_are_those_the_outlet_uses_more():
    from newsdag.stats.actor_words import strongest_labels

    counts = {"A": {"dictator": 10, "president": 2}, "B": {"president": 10}}
    table = actor_labels(labels_of(counts), prior=1000.0)
    strongest = strongest_labels(table)
    assert strongest["label"].tolist() == ["dictator", "president"]  # A's dictator, B's president
    assert (strongest["z"] > 0).all()


def test_a_curly_negation_negates_as_in_the_sentence_scores():
    descriptions, mentions = stance_inputs()
    descriptions.loc[2, "text"] = "was n’t happy"  # the tokeniser splits "wasn’t"
    scored = mention_stance(descriptions, mentions, types=["PERSON"])
    assert scored[scored["doc_id"] == "b"]["stance"].iloc[0] < 0
