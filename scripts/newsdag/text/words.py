"""The one definition of a word in newsdag.

``WORD`` matches a word token: a run of letters and digits, with inner
apostrophes kept (``don't``, ``Guaidó’s``), so ``"U.S.-Russia"`` is three
tokens. Every stage that looks at words one by one (reporting verbs, quote
lengths, shared passages) uses it.

``word_count`` is the length of a text in words as a reader counts them:
whitespace-separated tokens holding a letter or digit (``"U.S.-Russia"`` is
one). It is the ``n_words`` of every document, the denominator of every
rate per 1,000 words.
"""

import re

WORD = re.compile(r"\w+(?:['’]\w+)*")


def word_count(text: str) -> int:
    """Number of words: whitespace-separated tokens with a letter or digit."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))
