"""Each article body's term counts, from the one spaCy pass: the words the
word-choice stage compares across outlets.

A word counts when it is a content word (a noun, proper noun, verb,
adjective or adverb: ``CONTENT_POS``), alphabetic (``Token.is_alpha``: no
numbers, punctuation or symbols), has at least two letters and is not one
of spaCy's English stop words; it counts as its lemma in lower case
("declared" -> "declare", "Presidents" -> "president"). An abbreviation
written with dots counts as its letters ("F.B.I." -> "fbi", "U.S." -> "us"),
so that a house spelling does not pass for a choice of words. Two such words next
to each other in one sentence also count as a bigram ("opposition
leader", "socialist dictator"); a stop word, a number or punctuation
between them breaks the pair. Names count as their words ("maduro",
"nicolás maduro"): the actor tables resolve spellings, word choice keeps
them as written. Headlines are left out: a headline is house style
written by an editor, and its words would count once more than the
body's.
"""

import re
from collections import Counter

DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")  # F.B.I., U.S.
# Parts of speech that carry what a text is about; modals ("wo" of "won't"),
# pronouns, determiners and the like never do.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})

# results/shards/{shard}/terms.csv
TERM_COLUMNS = ["doc_id", "term", "count"]


def term_of(token) -> str | None:
    """The term a token counts as (its lower-case lemma), or None for a
    token that is not a word worth counting (see the module)."""
    if DOTTED.fullmatch(token.text):
        return token.text.replace(".", "").lower()
    if token.pos_ not in CONTENT_POS or not token.is_alpha or token.is_stop:
        return None
    if len(token.text) < 2:
        return None
    lemma = token.lemma_.lower() or token.lower_
    return lemma if lemma.isalpha() else token.lower_


def term_counts(doc) -> Counter:
    """Unigram and bigram counts of a spaCy ``Doc`` (tagged, lemmatised,
    with sentences)."""
    counts = Counter()
    for sent in doc.sents:
        previous = None
        for token in sent:
            term = term_of(token)
            if term is not None:
                counts[term] += 1
                if previous is not None:
                    counts[f"{previous} {term}"] += 1
            previous = term
    return counts


def term_rows(doc_id: str, doc) -> list[list]:
    """A body's counts as rows in ``TERM_COLUMNS`` order, sorted by term."""
    return [[doc_id, term, n] for term, n in sorted(term_counts(doc).items())]
