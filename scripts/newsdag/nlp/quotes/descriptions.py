"""Who a description or an unnamed source stands for.

"the minister" is the last actor whose role (alias file) says minister;
"the ministry" the alias file's actor of that name, or the last actor whose
name has the word; a document ("the suit says") the authors named with it
("the lawsuit from Nebraska and Oklahoma"); a description followed by a
name ("the spokesman, Nick Merrill") that person.
"""

import bisect
import re

from newsdag.nlp.quotes.candidates import (
    DESCRIPTION,
    DOCUMENT_NOUNS,
    ROLE_NOUNS,
    UNKNOWN,
    Candidate,
    fold,
)
from newsdag.nlp.quotes.document import Document

# A description or unnamed source followed by its name: "the spokesman, Nick
# Merrill", "the committee's chairman, Representative Trey Gowdy".
APPOSITION = re.compile(r"(?:['’]s\s+[a-z]+)?,\s+(?:[A-Z][a-z]+\.?\s+){0,2}")
# Where a document's authors are named: "the lawsuit from Nebraska and Oklahoma".
AUTHORED_BY = re.compile(
    r"\s*,?\s*(?:which was\s+)?(?:brought\s+|filed\s+|sent\s+|issued\s+)?(?:from|by)\s+"
)
# "the presumptive nominee" means the person named last if within this many
# characters (about three sentences) and no role in the alias file says so.
RECENT_CHARS = 400


def named_after(doc: Document, candidate: Candidate) -> tuple[str, str] | None:
    """The person a description or unnamed source is followed by, as
    in "the spokesman, Nick Merrill"; None when there is none."""
    for c in doc.within(candidate.end, candidate.end + 80):
        if c.kind == "mention" and c.type == "PERSON":
            if APPOSITION.fullmatch(doc.body, candidate.end, c.start):
                return c.actor, "PERSON"
            return None
    return None


def authors(doc: Document, noun: str, position: int) -> tuple[str, str] | None:
    """Who wrote the document ``noun`` names, from its nearest mention
    before ``position`` ("the lawsuit from Nebraska and Oklahoma", "the
    committee's letter"); None when no author is named."""
    body = doc.body
    word = "(?:law)?suit" if noun in ("suit", "lawsuit") else noun  # one document
    for m in reversed(list(re.finditer(rf"\b{word}\b", body[:position], re.I))):
        by = AUTHORED_BY.match(body, m.end())
        if by:  # "the lawsuit from Nebraska and Oklahoma"
            named = [c for c in doc.within(by.end(), by.end() + 60) if c.start == by.end()]
            if named and named[0].kind == "mention":
                return named[0].actor, named[0].type
        if re.search(r"['’]s\s+(?:\w+\s+)?$", body[max(0, m.start() - 60) : m.start()]):
            before = doc.within(m.start() - 60, m.start())  # "the committee's letter"
            if before and before[-1].kind == "mention":
                return before[-1].actor, before[-1].type
    return None


def description(doc: Document, candidate: Candidate) -> tuple[str, str]:
    """``(actor, type)`` a description candidate ("the minister", "the
    ministry", "the suit") stands for, or ``(UNKNOWN, "")``."""
    m = DESCRIPTION.match(candidate.text)
    modifiers = [w for w in m.group(1).split() if w[:1].isupper()]
    noun = m.group(2).lower()
    bare = candidate.text[4:]
    if fold(bare) in doc.alias_of:
        actor = doc.alias_of[fold(bare)]
        return actor, doc.types.get(actor, "ORG")
    if noun in ROLE_NOUNS:
        people = doc.actors_before(candidate.start, "PERSON")
        for c in people:
            role = doc.roles.get(c.actor, "").lower()
            if noun in role and all(w.lower() in role for w in modifiers):
                return c.actor, "PERSON"
        # no listed role says so: the person named last, if just before
        # (not for a spokesperson, who speaks for somebody else)
        recent = people and candidate.start - people[0].end <= RECENT_CHARS
        if recent and not noun.startswith("spokes"):
            return people[0].actor, "PERSON"
        return UNKNOWN, ""
    if noun in DOCUMENT_NOUNS:
        return authors(doc, noun, candidate.end) or (UNKNOWN, "")
    for offset, actor, kind in reversed(doc.speakers):
        if kind != "PERSON" and (noun == "statement" or noun in actor.lower()):
            return actor, kind
    i = bisect.bisect_left(doc.starts, candidate.start)
    for earlier in reversed(doc.candidates[:i]):  # "the Russian ministry ... the ministry"
        actor = doc.alias_of.get(fold(earlier.text[4:]), "")
        if earlier.kind == "description" and noun in actor.lower():
            return actor, doc.types.get(actor, "ORG")
    for c in doc.actors_before(candidate.start):
        if c.type == "ORG" and (noun == "statement" or noun in c.actor.lower()):
            return c.actor, c.type
    return UNKNOWN, ""
