"""Who the subject of a reporting verb is, and which person a "he" or "the
Arizona Republican" stands for.

The subject is the one spaCy's dependency parser gave the verb in the NLP
stage (the shards' ``speech.csv``): the candidate holding the head of the
parsed subject. ``he``/``she`` is, going back sentence by sentence, the
speaker of a quote there or the first person the parse gives as a subject
(a sentence whose subject is "he" sends the search further back) or the
subject of the nearest sentence that names a person.
"""

import bisect
import itertools
import re

from newsdag.nlp.quotes.candidates import UNKNOWN, Candidate, is_agent
from newsdag.nlp.quotes.descriptions import AUTHORED_BY, description
from newsdag.nlp.quotes.document import Document

# "the Arizona " before a nationality or party: one person, described.
DESCRIBED = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,2}$")


def parsed_subject(doc: Document, verb_start: int) -> Candidate | None:
    """The candidate holding the head of the verb's subject as the
    dependency parse found it; None when the parse found none or no
    candidate holds it."""
    head = doc.subjects.get(verb_start)
    if head is None:
        return None
    for c in doc.within(head[0] - 120, head[1] + 1):
        if c.start <= head[0] and head[1] <= c.end:
            if c.type == "NORP" and DESCRIBED.search(doc.body, 0, c.start):
                return person_described(doc, c)
            return c
    word = doc.body[head[0] : head[1]]
    if word.isalpha() and word.islower():
        by = AUTHORED_BY.match(doc.body, head[1])  # "a terse response from the GOP"
        named = doc.within(by.end(), by.end() + 80) if by else []
        if named and named[0].kind == "mention" and is_agent(named[0]):
            return named[0]
        return Candidate(head[0], head[1], word, "anonymous")  # "the scholars say"
    return None


def person_described(doc: Document, candidate: Candidate) -> Candidate | None:
    """The person "the Arizona Republican" (a nationality or party with
    "the") stands for, found as for "he" (``last_person_subject``), as
    a mention written as the description; None if nobody is found."""
    actor, kind = last_person_subject(doc, candidate.start)
    if actor == UNKNOWN:
        return None
    return Candidate(candidate.start, candidate.end, candidate.text, "mention", actor, kind)


def last_person_subject(doc: Document, position: int) -> tuple[str, str]:
    """The person a ``he``/``she`` most likely means: in the text before
    ``position`` (its own sentence, then each earlier one), the first
    that names a person gives the subject of its reporting verb if that
    is a person, else the first person it names."""
    for start, end in itertools.islice(doc.sentences_back(position), 12):  # at most 12 back
        quoted = [a for at, a, kind in doc.speakers if start <= at < end and kind == "PERSON"]
        if quoted:  # the speaker of a quote in that sentence
            return quoted[-1], "PERSON"
        subject = first_person_subject(doc, start, end)
        if subject == "he/she":  # "He recalled ...": the person is named further back
            continue
        if subject:
            return subject, "PERSON"
        people = []
        for c in doc.within(start, end):
            actor, kind = (c.actor, c.type) if c.kind == "mention" else (
                description(doc, c) if c.kind == "description" else (UNKNOWN, ""))  # fmt: skip
            if kind == "PERSON":
                people.append((c, actor))
        for v_start, _, _ in doc.verbs_in(start, end):
            before = [(c, a) for c, a in people if c.end <= v_start]
            if before:
                return before[-1][1], "PERSON"
        if people:
            return people[0][1], "PERSON"
    return UNKNOWN, ""


def first_person_subject(doc: Document, start: int, end: int) -> str:
    """The first person the parse gives as the subject of a verb between
    ``start`` and ``end`` (the subject before ``end``): the actor,
    ``"he/she"`` when that subject is such a pronoun, or ``""``."""
    i = bisect.bisect_left(doc.verb_starts, start)
    while i < len(doc.verb_starts) and doc.verb_starts[i] < end:
        verb_start = doc.verb_starts[i]
        i += 1
        candidate = parsed_subject(doc, verb_start)
        if candidate is None or candidate.end > end:
            continue
        if candidate.kind == "pronoun" and candidate.text.lower() in ("he", "she"):
            return "he/she"
        if candidate.kind == "mention" and candidate.type == "PERSON":
            return candidate.actor
        if candidate.kind == "description":
            actor, kind = description(doc, candidate)
            if kind == "PERSON":
                return actor
    return ""
