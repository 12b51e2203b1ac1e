"""Quotations and the possible speakers in an article body.

A possible speaker (``Candidate``) is, outside the quotations: a resolved
mention (so it is the same actor as in the entity tables), a name the NER
missed that the actor table knows (a surname counts when one person has
it), a pronoun, a description ("the ministry", "the Russian Minister") or
an unnamed source ("a senior official", kept as ``unknown``).
"""

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from newsdag.text.normalise import fold_name

fold = functools.lru_cache(maxsize=1 << 16)(fold_name)

UNKNOWN = "unknown"

# Nouns that name a person by office, and nouns that name an institution.
ROLE_NOUNS = (
    "minister spokesman spokeswoman spokesperson president secretary adviser advisor envoy "
    "ambassador leader chancellor premier diplomat nominee candidate justice senator governor "
    "chairman chairwoman speaker mayor congressman congresswoman lawmaker judge prosecutor "
    "director"
).split()
INSTITUTION_NOUNS = (
    "ministry department embassy government kremlin pentagon statement agency office "
    "administration council committee military army police court"
).split()
# Documents that "say" what their authors wrote: "the suit says".
DOCUMENT_NOUNS = "lawsuit suit complaint letter report memo filing petition indictment".split()
DESCRIPTION = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w.-]*\s+|[a-z]+\s+){0,3}?)("
    + "|".join(ROLE_NOUNS + INSTITUTION_NOUNS + DOCUMENT_NOUNS)
    + r")\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(he|she|it|they|He|She|It|They)\b")
# An unnamed source: "a spokeswoman for ...", "a senior administration source".
ANONYMOUS = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:wo)?man|"
    r"spokesperson|officials?|sources?|aides?|advisers?|advisors?|diplomats?|people|persons?)\b"
)
NAME = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


@dataclass
class Candidate:
    """A possible speaker in the text: a mention, pronoun or description."""

    start: int
    end: int
    text: str
    kind: str  # "mention", "pronoun", "description" or "anonymous"
    actor: str = ""
    type: str = ""


@dataclass
class Quote:
    start: int
    end: int
    speaker: str = UNKNOWN
    speaker_type: str = ""
    speaker_as_written: str = ""
    attributed_by: str = "none"
    verb: str = ""

    def continue_from(self, previous: "Quote", verb: str) -> None:
        """Take the speaker of the quote before (same paragraph), with ``verb``."""
        self.speaker, self.speaker_type = previous.speaker, previous.speaker_type
        self.speaker_as_written = previous.speaker_as_written
        self.attributed_by, self.verb = "continuation", verb


def is_agent(candidate: Candidate) -> bool:
    """Whether a candidate can be a subject in its own right: not a place
    or nationality mention ("Senator Schumer of New York")."""
    return candidate.kind != "mention" or candidate.type in ("PERSON", "ORG")


def surname_index(types: dict) -> dict[str, str]:
    """Folded surname -> person, for surnames only one person has: a lone
    "Pelosi" the NER missed is still Nancy Pelosi (as in resolve_actors)."""
    people = defaultdict(set)
    for actor, kind in types.items():
        if kind == "PERSON":
            people[fold(actor.split()[-1])].add(actor)
    return {surname: min(names) for surname, names in people.items() if len(names) == 1}


def speaker_candidates(body: str, mentions: list[dict], quotes: list[Quote], alias_of: dict,
                       types: dict, surnames: dict) -> list[Candidate]:  # fmt: skip
    """Every possible speaker outside the ``quotes`` of ``body``, sorted by
    offset: unnamed sources, the ``mentions`` (dicts with ``start``,
    ``end``, ``text``, ``actor``, ``type``) not inside one, names the NER
    missed that ``alias_of`` (folded name -> actor) or ``surnames`` know,
    then descriptions and pronouns where no name is."""
    inside = [(q.start, q.end) for q in quotes]
    outside = lambda s, e: not any(qs <= s and e <= qe for qs, qe in inside)  # noqa: E731
    candidates = [
        Candidate(m.start(), m.end(), m.group(), "anonymous")
        for m in ANONYMOUS.finditer(body)
        if outside(m.start(), m.end())
    ]
    unnamed = [(c.start, c.end) for c in candidates]
    candidates += [
        Candidate(int(m["start"]), int(m["end"]), m["text"], "mention", m["actor"], m["type"])
        for m in mentions
        if outside(int(m["start"]), int(m["end"]))
        and not any(s <= int(m["start"]) < e for s, e in unnamed)
    ]
    taken = [(c.start, c.end) for c in candidates]
    overlaps = lambda s, e: any(s < te and ts < e for ts, te in taken)  # noqa: E731
    for m in NAME.finditer(body):  # names the NER missed but the actor table knows
        text = m.group().rstrip(".")
        actor = alias_of.get(fold(text)) or surnames.get(fold(text.split()[-1]))
        if actor and outside(m.start(), m.end()) and not overlaps(m.start(), m.end()):
            end = m.start() + len(text)
            candidates.append(Candidate(m.start(), end, text, "mention", actor,
                                        types.get(actor, "")))  # fmt: skip
    for m in DESCRIPTION.finditer(body):
        if outside(m.start(), m.end()) and not overlaps(m.start(2), m.end(2)):
            candidates.append(Candidate(m.start(), m.end(), m.group(), "description"))
    for m in PRONOUN.finditer(body):
        if outside(m.start(), m.end()) and not overlaps(m.start(), m.end()):
            candidates.append(Candidate(m.start(), m.end(), m.group(), "pronoun"))
    return sorted(candidates, key=lambda c: (c.start, c.end))
