"""Attributing one quote: its verb, its speaker, and what a quote with no
verb of its own continues.

The speaker is the subject of the reporting verb nearest the quote in its
sentence (``verbs``); a verb just before the opening mark (``said, "``)
wins over one after. A fragment ("further "aggressive steps" would") takes
the verb before it. A participle after a comma ("..., adding, "...") keeps
the speaker of the quote before it. A quote with no attribution continues
the quote before it in the paragraph. Pronouns and descriptions are named
by ``pronouns`` and ``descriptions``; anything left is ``unknown``.
"""

import re

from newsdag.nlp.quotes.candidates import UNKNOWN, Candidate, Quote
from newsdag.nlp.quotes.descriptions import description, named_after
from newsdag.nlp.quotes.document import Document
from newsdag.nlp.quotes.pronouns import pronoun
from newsdag.nlp.quotes.verbs import participle, verb_after, verb_before, verb_inside


def speaker_of(doc: Document, candidate: Candidate, quote: Quote) -> tuple[str, str]:
    """``(actor, type)`` the candidate refers to, or ``(UNKNOWN, "")``."""
    if candidate.kind == "mention":
        return candidate.actor, candidate.type
    if candidate.kind == "pronoun":
        return pronoun(doc, candidate.text.lower(), candidate.start, quote)
    named = named_after(doc, candidate)
    if named:
        return named
    if candidate.kind == "anonymous":
        return UNKNOWN, ""
    return description(doc, candidate)


def attribute(doc: Document, index: int) -> None:
    """Give ``doc.quotes[index]`` its speaker, verb and how it was found
    (the quotes before it are attributed already), and note a known
    speaker in ``doc.speakers``."""
    quote = doc.quotes[index]
    p_start, p_end = doc.paragraph_of(quote.start)
    previous = doc.quotes[index - 1] if index else None
    following = doc.quotes[index + 1] if index + 1 < len(doc.quotes) else None
    floor = previous.end + 1 if previous and previous.end >= p_start else p_start
    ceiling = following.start - 1 if following and following.start <= p_end else p_end
    before_start = doc.sentence_start(quote.start - 1, floor)
    after_end = doc.sentence_end(quote.end + 1, ceiling)
    # A fragment ("further "aggressive steps" would ...") belongs to the
    # verb before it; a full quote ("...," Bolton said) to the one after.
    fragment = not re.search(r"[,.!?…:;—–-]\W*$", doc.body[quote.start : quote.end])
    inside = verb_inside(doc, quote, before_start)
    before = verb_before(doc, quote, before_start)
    after = verb_after(doc, quote, after_end)
    # 'Lis Smith ... said, "...". The savings, she said, "...': a verb just
    # before the opening mark is the quote's own, whatever follows it.
    adjacent = before and re.search(
        rf"\b{re.escape(before[1])}\s*[,:]?\s*$",
        doc.body[before_start : quote.start - 1],
        re.I,
    )
    found = inside or (before if fragment or adjacent else None) or after or before
    same_paragraph = previous is not None and previous.end >= p_start
    is_participle = found and found is before and participle(doc, found[1], quote)
    if is_participle and not same_paragraph and not found[2]:
        # "Trump lashed out, calling her remarks "...": the sentence's first person
        people = [c for c in doc.within(before_start, quote.start) if c.type == "PERSON"]
        if people:
            found = (people[0], found[1], False)
    if is_participle and same_paragraph:
        # "X called for Y to "...", adding, "..."": X again, not Y
        quote.continue_from(previous, found[1])
        found = None
    if found and found[0] is None and same_paragraph:  # '... and said "..."'
        quote.continue_from(previous, found[1])
        found = None
    if found:
        candidate, verb, _ = found
        actor, kind = speaker_of(doc, candidate, quote) if candidate else (UNKNOWN, "")
        quote.speaker, quote.speaker_type = actor, kind
        quote.speaker_as_written = candidate.text if candidate else ""
        quote.attributed_by = candidate.kind if candidate else "verb only"
        quote.verb = verb
    elif quote.attributed_by == "none" and same_paragraph and previous.speaker != UNKNOWN:
        quote.continue_from(previous, previous.verb)
    if quote.speaker != UNKNOWN:
        doc.speakers.append((quote.start, quote.speaker, quote.speaker_type))
