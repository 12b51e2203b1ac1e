"""One article body as the quote rules read it: its sentences, quotations,
possible speakers and parsed verb subjects, with the look-ups every rule
uses (candidates in a stretch of text, reporting verbs, sentence bounds)."""

import bisect
from collections.abc import Iterator

from newsdag.nlp.quotes import bounds
from newsdag.nlp.quotes.candidates import Candidate, Quote, speaker_candidates
from newsdag.nlp.reporting_verbs import VERB_LEMMA
from newsdag.text.sentences import Sentences
from newsdag.text.words import WORD


class Document:
    """Speaker candidates of one document and what the rules look up.

    ``sentences`` are the body's: spaCy's (``newsdag.text.sentences``) as
    ``bounds.quote_sentences`` joins them;
    ``mentions`` are the document's body mentions (dicts with ``start``,
    ``end``, ``text``, ``actor``, ``type``); ``roles`` maps an actor to its
    role (alias file); ``alias_of`` maps a folded name to an actor;
    ``types`` an actor to its type; ``surnames`` is ``surname_index``'s;
    ``subjects`` maps a verb's offset to ``(subject_start, subject_end,
    clause_start)`` from the parse (empty: no parse).
    """

    def __init__(self, body: str, sentences: Sentences, mentions: list[dict],
                 quotes: list[Quote], roles: dict, alias_of: dict, types: dict,
                 surnames: dict, subjects: dict | None = None):  # fmt: skip
        self.body = body
        self.sentences = sentences
        self.subjects = subjects or {}
        self.verb_starts = sorted(self.subjects)
        self.quotes = quotes
        self.roles = roles
        self.alias_of = alias_of
        self.types = types
        self.candidates = speaker_candidates(body, mentions, quotes, alias_of, types, surnames)
        self.starts = [c.start for c in self.candidates]
        self.speakers: list[tuple[int, str, str]] = []  # (offset, actor, type) so far

    def within(self, start: int, end: int) -> list[Candidate]:
        """Candidates wholly between two offsets, in order."""
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

    def paragraph_of(self, position: int) -> tuple[int, int]:
        """``(start, end)`` of the paragraph holding ``position``."""
        start = self.body.rfind("\n\n", 0, position)
        end = self.body.find("\n\n", position)
        return (0 if start < 0 else start + 2, len(self.body) if end < 0 else end)

    def verbs_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``(start, end, form)`` of each reporting-verb form between offsets."""
        return [
            (m.start(), m.end(), m.group().lower())
            for m in WORD.finditer(self.body, start, end)
            if m.group().lower() in VERB_LEMMA
        ]

    def words_between(self, start: int, end: int) -> int:
        """Number of words (``WORD``) between two offsets; 0 when ``end <= start``."""
        return len(WORD.findall(self.body, start, end)) if end > start else 0

    def sentence_start(self, position: int, floor: int) -> int:
        """See ``bounds.sentence_start``."""
        return bounds.sentence_start(self.body, self.sentences, position, floor)

    def sentence_end(self, position: int, ceiling: int) -> int:
        """See ``bounds.sentence_end``."""
        return bounds.sentence_end(self.sentences, position, ceiling)

    def sentences_back(self, position: int) -> Iterator[tuple[int, int]]:
        """See ``bounds.sentences_back``."""
        return bounds.sentences_back(self.body, self.sentences, position)
