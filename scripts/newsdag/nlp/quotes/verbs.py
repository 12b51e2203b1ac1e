"""Which reporting verb a quote belongs to, and its subject.

The verb is the one nearest the quote in its sentence: after it (``,"
Bolton said``, ``," said Lavrov``) or before it (``Lavrov told Pompeo that
further "``); the resolver decides between them. The subject is the parse's
(``subjects.parsed_subject``); where the parse gives none, the nearest
candidate before or after the verb is taken. A verb whose clause the parse
puts wholly apart from the quote is not its verb.

Each ``verb_*`` function returns ``(candidate, form, parsed)`` (the
subject, or None for a verb with no subject found; the verb form as
written, lower case; whether the subject came from the parse), or None when
there is no such verb.
"""

import re

from newsdag.nlp.quotes.candidates import Candidate, Quote, is_agent
from newsdag.nlp.quotes.document import Document
from newsdag.nlp.quotes.subjects import parsed_subject
from newsdag.nlp.reporting_verbs import VERB_LEMMA
from newsdag.text.words import WORD

# How far from a quote its attribution may be, in words.
AFTER_WORDS, SUBJECT_WORDS = 12, 8
# ", the top Democrat on the committee," / ", whose committee has ...,": an
# aside between a subject and its verb, whose names are not the subject.
ASIDE = re.compile(r",\s*(?:who|whose|which|whom|where|the|a|an|also|then)\b[^,;.“”\"]*,")
OF_NAME = re.compile(r"\s+(?:for|of|to|with|at|from|close to)\s[^,.;]*$")


def verb_inside(doc: Document, quote: Quote, before_start: int):
    """``He also "stressed that ..."``: the quote opens with a reporting
    verb whose subject stands just before the quote."""
    first = WORD.search(doc.body, quote.start, quote.end)
    if not first or first.group().lower() not in VERB_LEMMA:
        return None
    before = doc.within(before_start, quote.start)
    if before and doc.words_between(before[-1].end, quote.start) <= 2:
        return before[-1], first.group().lower(), False
    return None


def apart(doc: Document, verb_start: int, quote: Quote) -> bool:
    """Whether the parse puts the clause of a verb after the quote wholly
    after it, with words between ("a “legitimate rape,” comments
    condemned by Mr. Romney, who called for ..."): then it is not the
    quote's verb. False when the verb was not parsed."""
    parsed = doc.subjects.get(verb_start)
    if parsed is None:
        return False
    clause_start = parsed[2]
    return clause_start > quote.end and doc.words_between(quote.end, clause_start) > 0


def verb_after(doc: Document, quote: Quote, after_end: int):
    """``," Bolton said.`` / ``," said Lavrov.`` / ``," TASS quoted Lavrov
    as saying.``: a verb within a few words after the quote."""
    verbs = [v for v in doc.verbs_in(quote.end, after_end) if not apart(doc, v[0], quote)]
    if not verbs:
        return None
    v_start, v_end, form = verbs[0]
    parsed = parsed_subject(doc, v_start)
    if doc.words_between(quote.end, v_start) > AFTER_WORDS:
        # ," Elliott Maynard, a Republican trying to unseat ..., said
        if parsed and doc.words_between(quote.end, parsed.start) <= 2:
            return parsed, form, True
        return None
    if VERB_LEMMA[form] == "quote":  # X quoted Y as saying: Y speaks
        after = doc.within(v_end, after_end)
        if after:
            return after[0], verbs[-1][2], False
    if parsed:
        return parsed, form, True
    before = doc.within(quote.end, v_start)
    if before:  # ," Senator Chuck Schumer of New York, the Democratic leader, said
        person = next((c for c in before if c.type == "PERSON" or c.kind != "mention"), None)
        return person or next((c for c in before if is_agent(c)), before[0]), form, False
    after = doc.within(v_end, after_end)
    if after and doc.words_between(v_end, after[0].start) <= SUBJECT_WORDS:
        return after[0], form, False
    return None, form, False


def verb_before(doc: Document, quote: Quote, before_start: int):
    """``Lavrov told Pompeo that further "...``: the reporting verb
    nearest the quote in its sentence, and its subject before it."""
    verbs = doc.verbs_in(before_start, quote.start)
    if not verbs:
        return None
    v_start, v_end, form = verbs[-1]
    parsed = parsed_subject(doc, v_start)
    if parsed:
        return parsed, form, True
    before = doc.within(before_start, v_start)
    if before:
        return subject_before(doc, before), form, False
    after = doc.within(v_end, quote.start)
    if after and doc.words_between(v_end, after[0].start) <= SUBJECT_WORDS:
        return after[0], form, False
    return None, form, False


def subject_before(doc: Document, candidates: list[Candidate]) -> Candidate:
    """The subject among the candidates before a verb: the nearest
    person, institution, pronoun or description (a place or
    nationality only when there is nothing else); an unnamed source
    when the name belongs to it ("a spokeswoman for Paul Ryan")."""
    asides = [m.span() for m in ASIDE.finditer(doc.body, candidates[0].start,
                                                candidates[-1].end + 200)]  # fmt: skip
    main = [c for c in candidates if not any(s <= c.start < e for s, e in asides)]
    main = main or candidates
    chosen = next((c for c in reversed(main) if is_agent(c)), main[-1])
    for c in candidates:
        if (
            c.kind == "anonymous"
            and c.end <= chosen.start
            and OF_NAME.match(doc.body, c.end, chosen.start)
        ):
            return c
    return chosen


def participle(doc: Document, form: str, quote: Quote) -> bool:
    """Whether the reporting verb found for ``quote`` is a participle
    after a comma ("..., adding that"), which shares the subject of the
    sentence's earlier verb."""
    if not form.endswith("ing"):
        return False
    start = doc.body.rfind(form, 0, quote.start)
    return start > 0 and doc.body[:start].rstrip().endswith(",")
