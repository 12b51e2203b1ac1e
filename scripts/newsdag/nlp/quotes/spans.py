"""Where the quotations of an article body are: paragraphs, double- and
single-quoted spans.

A quotation is the text between quotation marks in an article's body:
straight or curly double quotes, and single quotes outside them when they
are used as quotation marks rather than apostrophes. A quote broken by an
attribution (``"...," Bolton said. "..."``) is two quotations; a quote
nested in another is part of it. An unclosed quote ends at its paragraph's
end, or at the last sentence end before the next opening mark
(``bounds.unclosed_quote_end``, from spaCy's sentences).
"""

import re

from newsdag.nlp.quotes.bounds import unclosed_quote_end
from newsdag.text.sentences import Sentences


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (blank-line separated, stripped)."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", body):
        text = match.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            spans.append((match.start() + lead, match.start() + len(text.rstrip())))
    return spans


def double_quote_spans(text: str, sentence_ends: list[int]) -> list[tuple[int, int]]:
    """Inner ``(start, end)`` of each double-quoted span of one paragraph
    (offsets into ``text``), in order; ``sentence_ends`` are the ends of its
    sentences (offsets into ``text``, sorted), where an unclosed quote may
    end (see the module docstring)."""
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
                spans.append((opened, unclosed_quote_end(text, sentence_ends, opened, i)))
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


def quote_spans(body: str, sentences: Sentences) -> list[tuple[int, int]]:
    """Inner ``(start, end)`` offsets into ``body`` of every quotation, in
    order (see the module docstring); ``sentences`` are the body's."""
    spans = []
    for p_start, p_end in paragraph_spans(body):
        text = body[p_start:p_end]
        ends = [end - p_start for end in sentences.ends_between(p_start, p_end)]
        doubles = double_quote_spans(text, ends)
        found = doubles + single_quote_spans(text, doubles)
        spans.extend((p_start + s, p_start + e) for s, e in sorted(found))
    return spans
