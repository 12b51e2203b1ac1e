"""Term counts from the spaCy pass: lemmas and bigrams of the seeds' bodies."""

import pandas as pd
import pytest
from newsdag.nlp.terms import TERM_COLUMNS, term_counts


@pytest.fixture(scope="module")
def seed_terms(seed_annotations, seed_records):
    terms = seed_annotations[3]
    outlet = {r["doc_id"]: r["outlet"] for r in seed_records}
    return terms.assign(outlet=terms["doc_id"].map(outlet), count=terms["count"].astype(int))


def counts_of(seed_terms, outlet):
    mine = seed_terms[seed_terms["outlet"] == outlet]
    return dict(zip(mine["term"], mine["count"]))


def test_the_outlets_labels_are_bigrams_of_their_bodies(seed_terms):
    assert list(seed_terms.columns[:3]) == TERM_COLUMNS
    assert counts_of(seed_terms, "Breitbart")["socialist dictator"] == 1
    assert counts_of(seed_terms, "ANI")["opposition leader"] >= 1
    dw = counts_of(seed_terms, "DW")
    assert dw["opposition leader"] == 1 and dw["interim president"] >= 1
    assert "socialist dictator" not in dw


def test_terms_are_lower_case_lemmas_without_stop_words_numbers_or_punctuation(seed_terms):
    words = {t for t in seed_terms["term"] if " " not in t}
    assert {"venezuela", "maduro", "sanction", "accuse"} <= words  # "sanctions", "accused"
    assert not words & {"the", "and", "of", "which", "2019", "u.s"}
    assert all(t.isalpha() and t == t.lower() for t in words)
    assert all(len(t.split()) == 2 for t in seed_terms["term"] if " " in t)


def test_a_stop_word_or_punctuation_breaks_a_bigram(nlp):
    counts = term_counts(nlp("Opposition leaders met. Leaders of the opposition, quietly, left."))
    assert counts["opposition leader"] == 1
    assert counts["leader"] == 2 and counts["opposition"] == 2
    assert "leader opposition" not in counts and "opposition quietly" not in counts
    assert "met leader" not in counts  # across the sentence break


def test_rows_are_sorted_and_counted_once_per_document(seed_terms):
    for _, rows in seed_terms.groupby("doc_id"):
        assert list(rows["term"]) == sorted(rows["term"])
        assert rows["term"].is_unique
    assert pd.api.types.is_integer_dtype(seed_terms["count"])


def test_an_abbreviation_with_dots_counts_as_its_letters(nlp):
    counts = term_counts(nlp("The F.B.I. and the FBI both wrote to U.S. officials."))
    assert counts["fbi"] == 2 and counts["us"] == 1 and counts["us official"] == 1
