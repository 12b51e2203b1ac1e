"""Where a quote's sentence starts and ends, for the quote rules: the one
place they cut text at sentence bounds, derived from spaCy's sentences.

The sentences are ``newsdag.text.sentences``'s (the shards'
``sentences.csv``, body section): character spans into the body, never
across a paragraph. ``quote_sentences`` adjusts them once per document where
spaCy's bounds and quotation marks disagree, and the rules cut text at the
result in four ways:

- ``sentence_start``: the window before a quote, where its reporting verb
  and speaker may stand, opens at the start of the sentence holding the
  opening mark, never before the end of the quote before it (``floor``),
  and past any closing mark or space at the sentence's start.
- ``sentence_end``: the window after a quote closes at the end of the
  first sentence ending after the closing mark. When a sentence ends at the
  closing mark itself (``“We agreed.” Bolton left.``) that is the next
  sentence's end, so a verb after a quote that is a sentence of its own is
  still found; never past the next quote (``ceiling``).
- ``sentences_back``: the rules that look for the person a "he" means walk
  back sentence by sentence, each ending where the one after it starts, less
  spaces and quotation marks.
- ``unclosed_quote_end``: a quote whose closing mark is missing before the
  next opening mark ends at the last sentence end before that mark, so the
  words that introduce the next quote (``Pompeo later added,``) are not
  part of it.
"""

from collections.abc import Iterator

from newsdag.text.sentences import Sentences

QUOTE_MARKS = "\"“”‘’'"
# What a window before a quote skips at its start: spaces, and a closing
# mark spaCy gave the next sentence.
LEADING = ' \t\n"”’'
# What lies between one sentence and the one before it, walking back.
BETWEEN = " \t\n" + QUOTE_MARKS


def quote_sentences(body: str, sentences: Sentences) -> Sentences:
    """spaCy's ``sentences`` of ``body`` as the quote rules read them. A
    sentence is joined to the one before it in its paragraph when spaCy cut
    where no sentence ends: before a lower-case word, after a closing
    quotation mark (``,’ ” | they said.``, ``,’ ” | assertions that``) or an
    abbreviation (``Sen. Pat Leahy (D-Vt.) | called this “``); or when it
    holds nothing but quotation marks (a closing ``”`` spaCy gave a
    sentence of its own). Either way the speaker and the verb would land in
    different sentences."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences.spans():
        text = body[start:end]
        goes_on = text.lstrip(QUOTE_MARKS + " ")[:1].islower()
        marks_only = not any(char.isalnum() for char in text)
        if spans and (goes_on or marks_only) and "\n" not in body[spans[-1][1] : start]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return Sentences.from_spans(spans)


def sentence_start(body: str, sentences: Sentences, position: int, floor: int) -> int:
    """Start of the sentence holding ``position`` (offsets into ``body``),
    not before ``floor``, past spaces and closing quotation marks."""
    start = sentences.start_of(position, floor)
    while start < position and body[start] in LEADING:
        start += 1
    return start


def sentence_end(sentences: Sentences, position: int, ceiling: int) -> int:
    """End of the first sentence ending after ``position`` (just after its
    last character), or ``ceiling`` when none ends by then."""
    ends = sentences.ends_between(position, ceiling)
    return ends[0] if ends else ceiling


def sentences_back(body: str, sentences: Sentences, position: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the text before ``position``, sentence by
    sentence, nearest first: the sentence holding ``position`` up to it,
    then each earlier one, each without the spaces and quotation marks at
    its end; none once the body's start is reached."""
    end = position
    while True:
        while end > 0 and body[end - 1] in BETWEEN:
            end -= 1
        if end <= 0:
            return
        start = sentence_start(body, sentences, end - 1, 0)
        yield start, end
        end = start


def unclosed_quote_end(text: str, sentence_ends: list[int], start: int, stop: int) -> int:
    """End of an unclosed quote opened at ``start`` in one paragraph's
    ``text``, where the next quote opens at ``stop``: the last of the
    ``sentence_ends`` (offsets into ``text``, sorted) after ``start`` and
    not after ``stop``, each taken before the quotation marks it ends with
    (a sentence may end with the very mark at ``stop``:
    ``organization.“``); else ``stop``. Trailing spaces are left out."""
    ends = [len(text[:e].rstrip(QUOTE_MARKS)) for e in sentence_ends]
    ends = [e for e in ends if start < e <= stop]
    return len(text[: ends[-1] if ends else stop].rstrip())
