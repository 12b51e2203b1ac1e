"""Who a pronoun before a reporting verb stands for.

``he``/``she`` is the speaker of an earlier quote in the paragraph, else
the person ``subjects.last_person_subject`` finds; ``they`` the first of two
people named together just before; ``it`` the last institution.
"""

import itertools
import re

from newsdag.nlp.quotes.candidates import UNKNOWN, Quote
from newsdag.nlp.quotes.document import Document
from newsdag.nlp.quotes.subjects import last_person_subject

PRONOUN_TYPES = {"he": "PERSON", "she": "PERSON", "it": "ORG", "they": "PEOPLE"}
# Between two people named together: "Mr. Udall and Mr. Wyden".
PAIR_JOIN = re.compile(
    r"\s*(?:,|and|&)\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Senator|Representative)\.?\s+)?"
)


def pronoun(doc: Document, word: str, position: int, quote: Quote) -> tuple[str, str]:
    """``(actor, type)`` the pronoun ``word`` (lower case) at ``position``
    stands for as the subject of ``quote``'s verb, or ``(UNKNOWN, "")``."""
    wanted = PRONOUN_TYPES[word]
    if wanted == "PEOPLE":  # "Mr. Udall and Mr. Wyden ...": the first of the two
        return last_person_pair(doc, min(position, quote.start))
    paragraph = doc.paragraph_of(quote.start)
    for offset, actor, kind in reversed(doc.speakers):
        if offset < paragraph[0]:
            break
        if (kind == "PERSON") == (wanted == "PERSON"):
            return actor, kind
    if wanted == "PERSON":
        return last_person_subject(doc, min(position, quote.start))
    for offset, actor, kind in reversed(doc.speakers):
        if kind != "PERSON":
            return actor, kind
    for c in doc.actors_before(position):
        if c.type == "ORG":
            return c.actor, c.type
    return UNKNOWN, ""


def last_person_pair(doc: Document, position: int) -> tuple[str, str]:
    """What a ``they`` most likely means, when it is two people named
    together ("Mr. Udall and Mr. Wyden") in one of the three sentences
    before ``position``: the first of them (``UNKNOWN`` otherwise)."""
    for start, end in itertools.islice(doc.sentences_back(position), 3):
        people = [c for c in doc.within(start, end) if c.kind == "mention" and c.type == "PERSON"]
        for a, b in zip(people, people[1:]):
            if PAIR_JOIN.fullmatch(doc.body, a.end, b.start):
                return a.actor, "PERSON"
    return UNKNOWN, ""
