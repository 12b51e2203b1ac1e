"""Rule ``attribute_quotes``: every direct quotation and who is quoted.

Reads the articles (``results/corpus/documents.jsonl``), their resolved
mentions (``results/tables/mentions.csv``), actors
(``results/tables/actors.csv``) and reporting verbs' subjects (the shards'
``speech.csv``), and writes ``results/tables/quotes.csv``
(one row per quotation) and ``results/tables/quotes_by_outlet.csv``
(outlet x speaker: quotes, words quoted, share of the outlet's quoted words).

A quotation is the text between quotation marks in an article's body:
straight or curly double quotes, and single quotes outside them when they
are used as quotation marks rather than apostrophes. A quote broken by an
attribution (``"...," Bolton said. "..."``) is two quotations; a quote
nested in another is part of it. An unclosed quote ends at its paragraph's
end, or at the last sentence end before the next opening mark.

The speaker is the subject of the reporting verb (said, told, stressed,
...) nearest the quote in its sentence: after it (``," Bolton said``,
``," said Lavrov``) or before it (``Lavrov told Pompeo that further "``); a
verb just before the opening mark (``said, "``) wins over one after. The
subject is the one spaCy's dependency parser gave the verb in
``annotate_articles`` (the shards' ``speech.csv``), so asides, appositions
and relative clauses between a name and its verb do not mislead it; a verb
whose clause the parse puts wholly apart from the quote is not its verb.
Where the parse gives no subject, the nearest candidate before or after the
verb is taken. A subject is a resolved mention (so it is the same actor as
in the entity tables; a surname the tagger missed counts when one person has
it), a pronoun, a description ("the ministry", "the Russian Minister") or an
unnamed source ("a senior official", "the scholars", kept as ``unknown``;
"a response from the GOP" is the GOP). Asides between a subject and its
verb (", the top Democrat on the committee,") are skipped, and a place or
nationality is a subject only when nothing else is ("the Arizona
Republican" is a person, found as for "he"). A fragment ("further
"aggressive steps" would") takes the verb before it. A participle after a
comma ("..., adding, "...") keeps the speaker of the quote before it.

Pronouns and descriptions are resolved by rules: ``he``/``she`` is the
speaker of an earlier quote in the paragraph, else, going back sentence by
sentence, the speaker of a quote there or the first person the parse gives
as a subject (a sentence whose subject is "he" sends the search further
back) or the subject of the nearest sentence that names a person; ``they``
the first of two people named together just before; ``it`` the last
institution; "the minister" the last actor whose role (alias file) says
minister; "the
ministry" the alias file's actor of that name, or the last actor whose name
has the word; a document ("the suit says") the authors named with it ("the
lawsuit from Nebraska and Oklahoma"); a description followed by a name ("the
spokesman, Nick Merrill") that person. A quote with no attribution
continues the quote before it in the paragraph, or repeats a quote
attributed elsewhere in the article (a crosshead's "'Very positive' talks"). Anything left is ``unknown``, never
dropped. Measured against hand annotations: README "Who is quoted".

Run outside Snakemake::

    python scripts/attribute_quotes.py results/corpus/documents.jsonl \\
        results/tables/mentions.csv results/tables/actors.csv \\
        --speech results/shards/*/speech.csv --actors config/actors.yaml --out-dir /tmp/quotes
"""

import argparse
import bisect
import contextlib
import csv
import functools
import heapq
import itertools
import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from config_checks import fold_name, read_alias_file
from newsdag_common import configure_logging, read_jsonl, read_rows, write_rows
from reporting_verbs import VERB_LEMMA, WORD

log = logging.getLogger("attribute_quotes")
fold = functools.lru_cache(maxsize=1 << 16)(fold_name)

UNKNOWN = "unknown"
QUOTE_COLUMNS = [
    "doc_id", "outlet", "quote_id", "start", "end", "words", "speaker", "speaker_type",
    "speaker_as_written", "attributed_by", "verb", "quote",
]  # fmt: skip
BY_OUTLET_COLUMNS = ["outlet", "speaker", "speaker_type", "quotes", "words", "share_of_words"]

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
# A description or unnamed source followed by its name: "the spokesman, Nick
# Merrill", "the committee's chairman, Representative Trey Gowdy".
APPOSITION = re.compile(r"(?:['’]s\s+[a-z]+)?,\s+(?:[A-Z][a-z]+\.?\s+){0,2}")
# Where a document's authors are named: "the lawsuit from Nebraska and Oklahoma".
AUTHORED_BY = re.compile(
    r"\s*,?\s*(?:which was\s+)?(?:brought\s+|filed\s+|sent\s+|issued\s+)?(?:from|by)\s+"
)
PRONOUN_TYPES = {"he": "PERSON", "she": "PERSON", "it": "ORG", "they": "PEOPLE"}
# How far from a quote its attribution may be, in words.
AFTER_WORDS, SUBJECT_WORDS = 12, 8
# "the presumptive nominee" means the person named last if within this many
# characters (about three sentences) and no role in the alias file says so.
RECENT_CHARS = 400

# A sentence ends at . ! or ? before a space, but not after an initial or a
# short abbreviation ("U.S. officials", "Michael R. Pompeo", "Mr. Lavrov").
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)(?<!\b(?:Gen|Sen|Rep|Gov|Col))"
    r"[.!?](?=[\"“”'‘’]*(?:\s|$))"
)
DESCRIPTION = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w.-]*\s+|[a-z]+\s+){0,3}?)("
    + "|".join(ROLE_NOUNS + INSTITUTION_NOUNS + DOCUMENT_NOUNS)
    + r")\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(he|she|it|they|He|She|It|They)\b")
# Between two people named together: "Mr. Udall and Mr. Wyden".
PAIR_JOIN = re.compile(
    r"\s*(?:,|and|&)\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Senator|Representative)\.?\s+)?"
)
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


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (blank-line separated, stripped)."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", body):
        text = match.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            spans.append((match.start() + lead, match.start() + len(text.rstrip())))
    return spans


def _cut_at_sentence_end(text: str, start: int, stop: int) -> int:
    """End of an unclosed quote opened at ``start``: the last sentence end
    before ``stop`` (just after the ``.``), else ``stop`` less spaces."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, stop)]
    return ends[-1] if ends else len(text[:stop].rstrip())


def double_quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner ``(start, end)`` of each double-quoted span of one paragraph
    (offsets into ``text``), in order; see the module docstring for the
    rules on unclosed quotes."""
    spans, opened = [], None
    for i, char in enumerate(text):
        if char == '"':
            if opened is None:
                opened = i + 1
            else:
                spans.append((opened, i))
                opened = None
        elif char == "“":
            if opened is not None:  # a new quote opens before the last one closed
                spans.append((opened, _cut_at_sentence_end(text, opened, i)))
            opened = i + 1
        elif char == "”" and opened is not None:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=\w)")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=$|[\s.,;:!?)\]—–])")


def single_quote_spans(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inner spans quoted with single marks, outside the double-quoted
    ``inside`` spans: an opening mark after a space, before a letter, and
    the next closing mark before a space or punctuation. Apostrophes
    (``Venezuela's``, ``don’t``) are neither."""

    def is_inside(i):
        return any(s - 1 <= i <= e for s, e in inside)

    spans, position = [], 0
    while True:
        opening = SINGLE_OPEN.search(text, position)
        if opening is None:
            return spans
        if is_inside(opening.start()):
            position = opening.end()
            continue
        closing = SINGLE_CLOSE.search(text, opening.end())
        if closing is None or is_inside(closing.start()):
            return spans
        spans.append((opening.end(), closing.start()))
        position = closing.end()


def quote_spans(body: str) -> list[tuple[int, int]]:
    """Inner ``(start, end)`` offsets into ``body`` of every quotation, in
    order (see the module docstring)."""
    spans = []
    for p_start, p_end in paragraph_spans(body):
        text = body[p_start:p_end]
        doubles = double_quote_spans(text)
        found = doubles + single_quote_spans(text, doubles)
        spans.extend((p_start + s, p_start + e) for s, e in sorted(found))
    return spans


def sentence_start(body: str, position: int, floor: int) -> int:
    """Start of the sentence holding ``position``: just after the last
    sentence end (and spaces) before it, not before ``floor``."""
    last = floor
    for match in SENTENCE_END.finditer(body, floor, position):
        last = match.end()
    while last < position and body[last] in ' \t\n"”’':
        last += 1
    return last


def sentence_end(body: str, position: int, ceiling: int) -> int:
    """End of the sentence running on from ``position`` (after its ``.``),
    not past ``ceiling``."""
    match = SENTENCE_END.search(body, position, ceiling)
    return match.end() if match else ceiling


def verbs_in(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, form)`` of each reporting-verb form between offsets."""
    return [
        (m.start(), m.end(), m.group().lower())
        for m in WORD.finditer(body, start, end)
        if m.group().lower() in VERB_LEMMA
    ]


def words_between(body: str, start: int, end: int) -> int:
    return len(WORD.findall(body, start, end)) if end > start else 0


class Resolver:
    """Speaker candidates of one document and the rules that name them.

    ``mentions`` are the document's body mentions (dicts with ``start``,
    ``end``, ``text``, ``actor``, ``type``); ``roles`` maps an actor to its
    role (alias file); ``alias_of`` maps a folded name to an actor.
    """

    def __init__(self, body, mentions, quotes, roles, alias_of, types, surnames, subjects=None):
        self.body = body
        self.subjects = subjects or {}
        self.verb_starts = sorted(self.subjects)
        self.quotes = quotes
        self.roles = roles
        self.alias_of = alias_of
        self.types = types
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
        self.candidates = sorted(candidates, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.candidates]
        self.speakers: list[tuple[int, str, str]] = []  # (offset, actor, type) so far

    def within(self, start: int, end: int) -> list[Candidate]:
        i = bisect.bisect_left(self.starts, start)
        found = []
        while i < len(self.candidates) and self.candidates[i].start < end:
            if self.candidates[i].end <= end:
                found.append(self.candidates[i])
            i += 1
        return found

    def actors_before(self, position: int, kind: str | None = None) -> list[Candidate]:
        """Mentions (resolved) before ``position``, nearest first."""
        i = bisect.bisect_left(self.starts, position)
        found = [c for c in self.candidates[:i] if c.kind == "mention" and c.end <= position]
        if kind:
            found = [c for c in found if c.type == kind]
        return found[::-1]

    # -- naming a candidate ------------------------------------------------

    def name(self, candidate: Candidate, quote: Quote) -> tuple[str, str]:
        """``(actor, type)`` the candidate refers to, or ``(UNKNOWN, "")``."""
        if candidate.kind == "mention":
            return candidate.actor, candidate.type
        if candidate.kind == "pronoun":
            return self.pronoun(candidate.text.lower(), candidate.start, quote)
        named = self.named_after(candidate)
        if named:
            return named
        if candidate.kind == "anonymous":
            return UNKNOWN, ""
        return self.description(candidate)

    def named_after(self, candidate: Candidate) -> tuple[str, str] | None:
        """The person a description or unnamed source is followed by, as
        in "the spokesman, Nick Merrill"; None when there is none."""
        for c in self.within(candidate.end, candidate.end + 80):
            if c.kind == "mention" and c.type == "PERSON":
                if APPOSITION.fullmatch(self.body, candidate.end, c.start):
                    return c.actor, "PERSON"
                return None
        return None

    def authors(self, noun: str, position: int) -> tuple[str, str] | None:
        """Who wrote the document ``noun`` names, from its nearest mention
        before ``position`` ("the lawsuit from Nebraska and Oklahoma", "the
        committee's letter"); None when no author is named."""
        word = "(?:law)?suit" if noun in ("suit", "lawsuit") else noun  # one document
        for m in reversed(list(re.finditer(rf"\b{word}\b", self.body[:position], re.I))):
            by = AUTHORED_BY.match(self.body, m.end())
            if by:  # "the lawsuit from Nebraska and Oklahoma"
                named = [c for c in self.within(by.end(), by.end() + 60) if c.start == by.end()]
                if named and named[0].kind == "mention":
                    return named[0].actor, named[0].type
            if re.search(r"['’]s\s+(?:\w+\s+)?$", self.body[max(0, m.start() - 60) : m.start()]):
                before = self.within(m.start() - 60, m.start())  # "the committee's letter"
                if before and before[-1].kind == "mention":
                    return before[-1].actor, before[-1].type
        return None

    def pronoun(self, word: str, position: int, quote: Quote) -> tuple[str, str]:
        wanted = PRONOUN_TYPES[word]
        if wanted == "PEOPLE":  # "Mr. Udall and Mr. Wyden ...": the first of the two
            return self.last_person_pair(min(position, quote.start))
        paragraph = self.paragraph_of(quote.start)
        for offset, actor, kind in reversed(self.speakers):
            if offset < paragraph[0]:
                break
            if (kind == "PERSON") == (wanted == "PERSON"):
                return actor, kind
        if wanted == "PERSON":
            return self.last_person_subject(min(position, quote.start))
        for offset, actor, kind in reversed(self.speakers):
            if kind != "PERSON":
                return actor, kind
        for c in self.actors_before(position):
            if c.type == "ORG":
                return c.actor, c.type
        return UNKNOWN, ""

    def last_person_subject(self, position: int) -> tuple[str, str]:
        """The person a ``he``/``she`` most likely means: in the text before
        ``position`` (its own sentence, then each earlier one), the first
        that names a person gives the subject of its reporting verb if that
        is a person, else the first person it names."""
        end = position
        for _ in range(12):  # at most 12 sentences back
            while end > 0 and self.body[end - 1] in " \t\n\"“”‘’'":
                end -= 1
            if end <= 0:
                break
            start = sentence_start(self.body, end - 1, 0)
            quoted = [a for at, a, kind in self.speakers if start <= at < end and kind == "PERSON"]
            if quoted:  # the speaker of a quote in that sentence
                return quoted[-1], "PERSON"
            subject = self.first_person_subject(start, end)
            if subject == "he/she":  # "He recalled ...": the person is named further back
                end = start
                continue
            if subject:
                return subject, "PERSON"
            people = []
            for c in self.within(start, end):
                actor, kind = (c.actor, c.type) if c.kind == "mention" else (
                    self.description(c) if c.kind == "description" else (UNKNOWN, ""))  # fmt: skip
                if kind == "PERSON":
                    people.append((c, actor))
            for v_start, _, _ in verbs_in(self.body, start, end):
                before = [(c, a) for c, a in people if c.end <= v_start]
                if before:
                    return before[-1][1], "PERSON"
            if people:
                return people[0][1], "PERSON"
            end = start
        return UNKNOWN, ""

    def first_person_subject(self, start: int, end: int) -> str:
        """The first person the parse gives as the subject of a verb between
        ``start`` and ``end`` (the subject before ``end``): the actor,
        ``"he/she"`` when that subject is such a pronoun, or ``""``."""
        i = bisect.bisect_left(self.verb_starts, start)
        while i < len(self.verb_starts) and self.verb_starts[i] < end:
            verb_start = self.verb_starts[i]
            i += 1
            candidate = self.parsed_subject(verb_start)
            if candidate is None or candidate.end > end:
                continue
            if candidate.kind == "pronoun" and candidate.text.lower() in ("he", "she"):
                return "he/she"
            if candidate.kind == "mention" and candidate.type == "PERSON":
                return candidate.actor
            if candidate.kind == "description":
                actor, kind = self.description(candidate)
                if kind == "PERSON":
                    return actor
        return ""

    def last_person_pair(self, position: int) -> tuple[str, str]:
        """What a ``they`` most likely means, when it is two people named
        together ("Mr. Udall and Mr. Wyden") in one of the three sentences
        before ``position``: the first of them (``UNKNOWN`` otherwise)."""
        end = position
        for _ in range(3):
            while end > 0 and self.body[end - 1] in " \t\n\"“”‘’'":
                end -= 1
            if end <= 0:
                break
            start = sentence_start(self.body, end - 1, 0)
            people = [
                c for c in self.within(start, end) if c.kind == "mention" and c.type == "PERSON"
            ]
            for a, b in zip(people, people[1:]):
                if PAIR_JOIN.fullmatch(self.body, a.end, b.start):
                    return a.actor, "PERSON"
            end = start
        return UNKNOWN, ""

    def description(self, candidate: Candidate) -> tuple[str, str]:
        m = DESCRIPTION.match(candidate.text)
        modifiers = [w for w in m.group(1).split() if w[:1].isupper()]
        noun = m.group(2).lower()
        bare = candidate.text[4:]
        if fold(bare) in self.alias_of:
            actor = self.alias_of[fold(bare)]
            return actor, self.types.get(actor, "ORG")
        if noun in ROLE_NOUNS:
            people = self.actors_before(candidate.start, "PERSON")
            for c in people:
                role = self.roles.get(c.actor, "").lower()
                if noun in role and all(w.lower() in role for w in modifiers):
                    return c.actor, "PERSON"
            # no listed role says so: the person named last, if just before
            # (not for a spokesperson, who speaks for somebody else)
            recent = people and candidate.start - people[0].end <= RECENT_CHARS
            if recent and not noun.startswith("spokes"):
                return people[0].actor, "PERSON"
            return UNKNOWN, ""
        if noun in DOCUMENT_NOUNS:
            return self.authors(noun, candidate.end) or (UNKNOWN, "")
        for offset, actor, kind in reversed(self.speakers):
            if kind != "PERSON" and (noun == "statement" or noun in actor.lower()):
                return actor, kind
        i = bisect.bisect_left(self.starts, candidate.start)
        for earlier in reversed(self.candidates[:i]):  # "the Russian ministry ... the ministry"
            actor = self.alias_of.get(fold(earlier.text[4:]), "")
            if earlier.kind == "description" and noun in actor.lower():
                return actor, self.types.get(actor, "ORG")
        for c in self.actors_before(candidate.start):
            if c.type == "ORG" and (noun == "statement" or noun in c.actor.lower()):
                return c.actor, c.type
        return UNKNOWN, ""

    def paragraph_of(self, position: int) -> tuple[int, int]:
        start = self.body.rfind("\n\n", 0, position)
        end = self.body.find("\n\n", position)
        return (0 if start < 0 else start + 2, len(self.body) if end < 0 else end)

    # -- attributing a quote -----------------------------------------------

    def attribute(self, index: int) -> None:
        quote = self.quotes[index]
        p_start, p_end = self.paragraph_of(quote.start)
        previous = self.quotes[index - 1] if index else None
        following = self.quotes[index + 1] if index + 1 < len(self.quotes) else None
        floor = previous.end + 1 if previous and previous.end >= p_start else p_start
        ceiling = following.start - 1 if following and following.start <= p_end else p_end
        before_start = sentence_start(self.body, quote.start - 1, floor)
        after_end = sentence_end(self.body, quote.end + 1, ceiling)
        # A fragment ("further "aggressive steps" would ...") belongs to the
        # verb before it; a full quote ("...," Bolton said) to the one after.
        fragment = not re.search(r"[,.!?…:;—–-]\W*$", self.body[quote.start : quote.end])
        inside = self.verb_inside(quote, before_start)
        before = self.verb_before(quote, before_start)
        after = self.verb_after(quote, after_end)
        # 'Lis Smith ... said, "...". The savings, she said, "...': a verb just
        # before the opening mark is the quote's own, whatever follows it.
        adjacent = before and re.search(
            rf"\b{re.escape(before[1])}\s*[,:]?\s*$",
            self.body[before_start : quote.start - 1],
            re.I,
        )
        found = inside or (before if fragment or adjacent else None) or after or before
        same_paragraph = previous is not None and previous.end >= p_start
        participle = found and found is before and self.participle(found[1], quote)
        if participle and not same_paragraph and not found[2]:
            # "Trump lashed out, calling her remarks "...": the sentence's first person
            people = [c for c in self.within(before_start, quote.start) if c.type == "PERSON"]
            if people:
                found = (people[0], found[1], False)
        if participle and same_paragraph:
            # "X called for Y to "...", adding, "..."": X again, not Y
            quote.continue_from(previous, found[1])
            found = None
        if found and found[0] is None and same_paragraph:  # '... and said "..."'
            quote.continue_from(previous, found[1])
            found = None
        if found:
            candidate, verb, _ = found
            actor, kind = self.name(candidate, quote) if candidate else (UNKNOWN, "")
            quote.speaker, quote.speaker_type = actor, kind
            quote.speaker_as_written = candidate.text if candidate else ""
            quote.attributed_by = candidate.kind if candidate else "verb only"
            quote.verb = verb
        elif quote.attributed_by == "none" and same_paragraph and previous.speaker != UNKNOWN:
            quote.continue_from(previous, previous.verb)
        if quote.speaker != UNKNOWN:
            self.speakers.append((quote.start, quote.speaker, quote.speaker_type))

    def subject_before(self, candidates: list[Candidate]) -> Candidate:
        """The subject among the candidates before a verb: the nearest
        person, institution, pronoun or description (a place or
        nationality only when there is nothing else); an unnamed source
        when the name belongs to it ("a spokeswoman for Paul Ryan")."""
        asides = [m.span() for m in ASIDE.finditer(self.body, candidates[0].start,
                                                    candidates[-1].end + 200)]  # fmt: skip
        main = [c for c in candidates if not any(s <= c.start < e for s, e in asides)]
        main = main or candidates
        chosen = next((c for c in reversed(main) if is_agent(c)), main[-1])
        for c in candidates:
            if (
                c.kind == "anonymous"
                and c.end <= chosen.start
                and OF_NAME.match(self.body, c.end, chosen.start)
            ):
                return c
        return chosen

    def participle(self, form: str, quote: Quote) -> bool:
        """Whether the reporting verb found for ``quote`` is a participle
        after a comma ("..., adding that"), which shares the subject of the
        sentence's earlier verb."""
        if not form.endswith("ing"):
            return False
        start = self.body.rfind(form, 0, quote.start)
        return start > 0 and self.body[:start].rstrip().endswith(",")

    def parsed_subject(self, verb_start: int):
        """The candidate holding the head of the verb's subject as the
        dependency parse found it; None when the parse found none or no
        candidate holds it."""
        head = self.subjects.get(verb_start)
        if head is None:
            return None
        for c in self.within(head[0] - 120, head[1] + 1):
            if c.start <= head[0] and head[1] <= c.end:
                if c.type == "NORP" and DESCRIBED.search(self.body, 0, c.start):
                    return self.person_described(c)
                return c
        word = self.body[head[0] : head[1]]
        if word.isalpha() and word.islower():
            by = AUTHORED_BY.match(self.body, head[1])  # "a terse response from the GOP"
            named = self.within(by.end(), by.end() + 80) if by else []
            if named and named[0].kind == "mention" and is_agent(named[0]):
                return named[0]
            return Candidate(head[0], head[1], word, "anonymous")  # "the scholars say"
        return None

    def person_described(self, candidate: Candidate) -> Candidate | None:
        """The person "the Arizona Republican" (a nationality or party with
        "the") stands for, found as for "he" (``last_person_subject``), as
        a mention written as the description; None if nobody is found."""
        actor, kind = self.last_person_subject(candidate.start)
        if actor == UNKNOWN:
            return None
        return Candidate(candidate.start, candidate.end, candidate.text, "mention", actor, kind)

    def verb_inside(self, quote: Quote, before_start: int):
        """``He also "stressed that ..."``: the quote opens with a reporting
        verb whose subject stands just before the quote."""
        first = WORD.search(self.body, quote.start, quote.end)
        if not first or first.group().lower() not in VERB_LEMMA:
            return None
        before = self.within(before_start, quote.start)
        if before and words_between(self.body, before[-1].end, quote.start) <= 2:
            return before[-1], first.group().lower(), False
        return None

    def apart(self, verb_start: int, quote: Quote) -> bool:
        """Whether the parse puts the clause of a verb after the quote wholly
        after it, with words between ("a “legitimate rape,” comments
        condemned by Mr. Romney, who called for ..."): then it is not the
        quote's verb. False when the verb was not parsed."""
        parsed = self.subjects.get(verb_start)
        if parsed is None:
            return False
        clause_start = parsed[2]
        return clause_start > quote.end and words_between(self.body, quote.end, clause_start) > 0

    def verb_after(self, quote: Quote, after_end: int):
        """``," Bolton said.`` / ``," said Lavrov.`` / ``," TASS quoted Lavrov
        as saying.``: a verb within a few words after the quote."""
        verbs = [
            v for v in verbs_in(self.body, quote.end, after_end) if not self.apart(v[0], quote)
        ]
        if not verbs:
            return None
        v_start, v_end, form = verbs[0]
        parsed = self.parsed_subject(v_start)
        if words_between(self.body, quote.end, v_start) > AFTER_WORDS:
            # ," Elliott Maynard, a Republican trying to unseat ..., said
            if parsed and words_between(self.body, quote.end, parsed.start) <= 2:
                return parsed, form, True
            return None
        if VERB_LEMMA[form] == "quote":  # X quoted Y as saying: Y speaks
            after = self.within(v_end, after_end)
            if after:
                return after[0], verbs[-1][2], False
        if parsed:
            return parsed, form, True
        before = self.within(quote.end, v_start)
        if before:  # ," Senator Chuck Schumer of New York, the Democratic leader, said
            person = next((c for c in before if c.type == "PERSON" or c.kind != "mention"), None)
            return person or next((c for c in before if is_agent(c)), before[0]), form, False
        after = self.within(v_end, after_end)
        if after and words_between(self.body, v_end, after[0].start) <= SUBJECT_WORDS:
            return after[0], form, False
        return None, form, False

    def verb_before(self, quote: Quote, before_start: int):
        """``Lavrov told Pompeo that further "...``: the reporting verb
        nearest the quote in its sentence, and its subject before it."""
        verbs = verbs_in(self.body, before_start, quote.start)
        if not verbs:
            return None
        v_start, v_end, form = verbs[-1]
        parsed = self.parsed_subject(v_start)
        if parsed:
            return parsed, form, True
        before = self.within(before_start, v_start)
        if before:
            return self.subject_before(before), form, False
        after = self.within(v_end, quote.start)
        if after and words_between(self.body, v_end, after[0].start) <= SUBJECT_WORDS:
            return after[0], form, False
        return None, form, False


# ", the top Democrat on the committee," / ", whose committee has ...,": an
# aside between a subject and its verb, whose names are not the subject.
ASIDE = re.compile(r",\s*(?:who|whose|which|whom|where|the|a|an|also|then)\b[^,;.“”\"]*,")
# "the Arizona " before a nationality or party: one person, described.
DESCRIBED = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,2}$")
OF_NAME = re.compile(r"\s+(?:for|of|to|with|at|from|close to)\s[^,.;]*$")


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


def document_quotes(body: str, mentions: list[dict], roles: dict, alias_of: dict, types: dict,
                    surnames: dict | None = None, subjects: dict | None = None) -> list[Quote]:  # fmt: skip
    """The quotations of one article body with their speakers, in order.
    ``roles``, ``alias_of`` and ``types`` are ``actor_tables``'s; mention
    actors missing from ``types`` are added for this document. ``subjects``
    maps a verb's offset to ``parsed_verb`` of its ``speech.csv`` row; without
    it, subjects come from the nearest candidates alone."""
    types = {**types, **{m["actor"]: m["type"] for m in mentions if m["actor"] not in types}}
    if surnames is None:
        surnames = surname_index(types)
    quotes = [Quote(start, end) for start, end in quote_spans(body)]
    resolver = Resolver(body, mentions, quotes, roles, alias_of, types, surnames, subjects)
    for index in range(len(quotes)):
        resolver.attribute(index)
    for quote in quotes:  # a crosshead's "'Very positive' talks" echoes a quote below
        if quote.speaker == UNKNOWN:
            words = fold(body[quote.start : quote.end]).strip(" ,.")
            for other in quotes:
                if (
                    other.speaker != UNKNOWN
                    and words
                    and words in fold(body[other.start : other.end])
                ):
                    quote.speaker, quote.speaker_type = other.speaker, other.speaker_type
                    quote.attributed_by = "echo"
                    break
    return quotes


def quote_rows(doc_id: str, outlet: str, body: str, quotes: list[Quote]) -> list[dict]:
    return [
        {
            "doc_id": doc_id, "outlet": outlet, "quote_id": i, "start": q.start, "end": q.end,
            "words": len(WORD.findall(body[q.start : q.end])), "speaker": q.speaker,
            "speaker_type": q.speaker_type, "speaker_as_written": q.speaker_as_written,
            "attributed_by": q.attributed_by, "verb": q.verb, "quote": body[q.start : q.end],
        }  # fmt: skip
        for i, q in enumerate(quotes)
    ]


def add_to_cells(cells: dict, row: dict) -> None:
    """Count one ``quotes.csv`` row into its outlet x speaker cell."""
    key = (row["outlet"], row["speaker"])
    cell = cells.setdefault(key, {"outlet": key[0], "speaker": key[1], "quotes": 0, "words": 0,
                                  "speaker_type": row["speaker_type"]})  # fmt: skip
    cell["quotes"] += 1
    cell["words"] += int(row["words"])


def outlet_rows(cells: dict) -> list[dict]:
    """The ``quotes_by_outlet`` rows of the counted cells, with each
    speaker's share (0-1) of the outlet's quoted words; by outlet, then most
    words first."""
    totals: dict = defaultdict(int)
    for cell in cells.values():
        totals[cell["outlet"]] += cell["words"]
    for cell in cells.values():
        total = totals[cell["outlet"]]
        cell["share_of_words"] = f"{cell['words'] / total:.6g}" if total else "0"
    return sorted(cells.values(), key=lambda c: (c["outlet"], -c["words"], c["speaker"]))


def by_outlet(rows) -> list[dict]:
    """Outlet x speaker rows of ``quotes.csv`` rows (see ``outlet_rows``)."""
    cells: dict = {}
    for row in rows:
        add_to_cells(cells, row)
    return outlet_rows(cells)


def actor_tables(actors_path, alias_path) -> tuple[dict, dict, dict]:
    """``(roles, alias_of, types)``: actor -> role, folded name or variant
    -> actor, actor -> type, from actors.csv and the alias file."""
    roles, alias_of, types = {}, {}, {}
    for row in read_rows(actors_path):
        types[row["actor"]] = row["type"]
        roles[row["actor"]] = row["role"]
        for variant in [row["actor"], *filter(None, row["variants"].split(";"))]:
            alias_of.setdefault(fold(variant), row["actor"])
    for entry in read_alias_file(alias_path):
        types.setdefault(entry["name"], entry["type"])
        roles[entry["name"]] = entry["role"] or roles.get(entry["name"], "")
        for name in [entry["name"], *entry["aliases"]]:
            alias_of[fold(name)] = entry["name"]
    return roles, alias_of, types


def subjects_by_document(paths) -> Iterator[tuple[str, dict[int, tuple]]]:
    """``(doc_id, {verb_start: parsed_verb(row)})`` of each
    document in the shards' ``speech.csv`` files, in ``doc_id`` order. Each
    file is sorted by ``doc_id`` (as its shard's documents), so a k-way
    merge streams them holding one document's rows at a time."""
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(path, encoding="utf-8", newline="")) for path in paths]
        rows = heapq.merge(*map(csv.DictReader, files), key=lambda r: r["doc_id"])
        for doc_id, group in itertools.groupby(rows, key=lambda r: r["doc_id"]):
            yield doc_id, {int(r["verb_start"]): parsed_verb(r) for r in group}


def parsed_verb(row: dict) -> tuple[int, int, int]:
    """``(subject_start, subject_end, clause_start)`` of a ``speech.csv``
    row: what ``document_quotes`` takes as ``subjects``."""
    return tuple(int(row[k]) for k in ("subject_start", "subject_end", "clause_start"))


def sorted_lookup(keyed: Iterator[tuple[str, object]]):
    """A function ``doc_id -> value`` over ``(doc_id, value)`` pairs sorted
    by ``doc_id``, for ids asked in increasing order (None for an id the
    pairs lack): it reads the pairs as it goes, never holding more than one."""
    pending = next(keyed, None)

    def value_of(doc_id: str):
        nonlocal pending
        while pending is not None and pending[0] < doc_id:
            pending = next(keyed, None)
        return pending[1] if pending is not None and pending[0] == doc_id else None

    return value_of


def body_mentions_by_document(path) -> Iterator[tuple[str, list[dict]]]:
    """``(doc_id, body mention rows)`` of each document in
    ``results/tables/mentions.csv``, which is sorted by ``doc_id``; one
    document's rows are held at a time. ValueError if the file is not sorted."""
    previous = None
    with open(path, encoding="utf-8", newline="") as handle:
        for doc_id, rows in itertools.groupby(csv.DictReader(handle), key=lambda r: r["doc_id"]):
            if previous is not None and doc_id <= previous:
                raise ValueError(f"{path} is not sorted by doc_id ({doc_id} after {previous})")
            previous = doc_id
            yield doc_id, [row for row in rows if row["section"] == "body"]


def run(documents_path, mentions_path, speech_paths, actors_path, alias_path, out) -> None:
    """Write the two tables, streaming: the articles (sorted by ``doc_id``,
    as ``collect_documents`` writes them), their mentions and their
    reporting verbs' subjects (the shards' ``speech.csv``) are read one
    document at a time, so memory does not grow with the corpus."""
    roles, alias_of, types = actor_tables(actors_path, alias_path)
    surnames = surname_index(types)
    cells: dict = {}
    counts = {"quotes": 0, "known": 0, "documents": 0}

    def rows():
        mentions_of = sorted_lookup(body_mentions_by_document(mentions_path))
        subjects_of = sorted_lookup(subjects_by_document(speech_paths))
        for record in read_jsonl(documents_path):
            doc_id = record["doc_id"]
            quotes = document_quotes(record["body"], mentions_of(doc_id) or [], roles, alias_of,
                                     types, surnames, subjects_of(doc_id))  # fmt: skip
            counts["documents"] += bool(quotes)
            for row in quote_rows(record["doc_id"], record["outlet"], record["body"], quotes):
                add_to_cells(cells, row)
                counts["quotes"] += 1
                counts["known"] += row["speaker"] != UNKNOWN
                yield row

    write_rows(rows(), QUOTE_COLUMNS, out["quotes"])
    write_rows(outlet_rows(cells), BY_OUTLET_COLUMNS, out["by_outlet"])
    log.info("%(quotes)d quotes in %(documents)d documents, %(known)d with a known speaker",
             counts)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("mentions")
    parser.add_argument("actors_table")
    parser.add_argument("--speech", nargs="*", default=[], help="the shards' speech.csv files")
    parser.add_argument("--actors", default="", help="alias file (optional)")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.documents, args.mentions, args.speech, args.actors_table, args.actors,
        {"quotes": out / "quotes.csv", "by_outlet": out / "quotes_by_outlet.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, sm.input.mentions, sm.input.speech, sm.input.actors_table,
            sm.input.get("actors", ""), sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
