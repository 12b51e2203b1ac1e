"""Tests of ``newsdag.nlp.quotes``. ``MOSCOW`` and ``STEELE_AND_MOSQUE``
are texts several of them read; ``annotated`` runs one body through the
spaCy pass as the workflow does; ``named`` lists mentions by hand where a
test is about a rule, not about the tagger; ``read`` gives the
``Document`` the rules see."""

import re

from newsdag.nlp.annotation import MENTION_COLUMNS, SPEECH_COLUMNS, annotated_documents
from newsdag.nlp.quotes.attribution import parsed_verb
from newsdag.nlp.quotes.bounds import quote_sentences
from newsdag.nlp.quotes.candidates import Quote, surname_index
from newsdag.nlp.quotes.document import Document
from newsdag.nlp.quotes.spans import quote_spans
from newsdag.text.sentences import Sentences

# The Moscow Times (seed 000), two paragraphs as written
MOSCOW = (
    'Russian Foreign Minister Sergei Lavrov told Pompeo by phone that further "aggressive '
    'steps" in Venezuela would be fraught with the gravest consequences, the Russian ministry '
    "said.\n\n"
    "The U.S. State Department said Pompeo urged Russia in the call to stop supporting Maduro. "
    'He also "stressed that the intervention by Russia and Cuba is destabilizing for Venezuela '
    'and for the U.S.-Russia bilateral relationship," it said.'
)

# BASIL 2010 (Fox and NYT), three paragraphs as written
STEELE_AND_MOSQUE = (
    "Speaking on ABC's \"This Week,\" Sen. John McCain, R-Ariz., said Steele's comments were "
    '"wildly inaccurate."\n\n'
    "The Arizona Republican said Steele needs to assess whether he can still function in his "
    'job and must make "an appropriate decision" about his future.\n\n'
    "\u201cGround zero is hallowed ground to Americans,\u201d Elliott Maynard, a Republican "
    "trying to unseat Representative Nick J. Rahall II, a Democrat, in West Virginia\u2019s "
    "Third District, said in a typical statement.\n\n"
)


def annotated(body: str, nlp) -> tuple[Sentences, list[dict], dict]:
    """``(sentences, mentions, subjects)`` of one body from the spaCy pass
    (``nlp`` is the conftest fixture): its spaCy sentences,
    its mentions with ``actor`` and ``type`` as the NER named them (no alias
    file, no resolution across articles), and the parsed subjects of its
    reporting verbs (``parsed_verb``, by verb offset)."""
    record = {"doc_id": "d", "title": "", "body": body}
    [(_, sentences, mentions, speech, *_)] = annotated_documents([record], nlp)
    sentences = Sentences.from_spans((row[3], row[4]) for row in sentences if row[1] == "body")
    mentions = [dict(zip(MENTION_COLUMNS, m)) for m in mentions]
    own = [{**m, "actor": m["name"], "type": m["name_type"]} for m in mentions]
    subjects = {int(row[2]): parsed_verb(dict(zip(SPEECH_COLUMNS, row))) for row in speech}
    return sentences, own, subjects


def named(body: str, names: dict[str, tuple[str, str]]) -> list[dict]:
    """A mention of every occurrence of each name in ``body``: ``names``
    maps the text to its ``(actor, type)``."""
    found = [
        {"start": m.start(), "end": m.end(), "text": text, "actor": actor, "type": kind}
        for text, (actor, kind) in names.items()
        for m in re.finditer(rf"\b{re.escape(text)}\b", body)
    ]
    return sorted(found, key=lambda m: m["start"])


def read(body: str, nlp, names: dict, roles: dict | None = None,
         alias_of: dict | None = None) -> Document:  # fmt: skip
    """The ``Document`` the rules see for ``body``: spaCy's sentences (as
    the quote rules cut them) and parse, the ``named`` mentions, its
    quotations not yet attributed."""
    sentences, _, subjects = annotated(body, nlp)
    sentences = quote_sentences(body, sentences)
    mentions = named(body, names)
    types = {m["actor"]: m["type"] for m in mentions}
    quotes = [Quote(start, end) for start, end in quote_spans(body, sentences)]
    return Document(body, sentences, mentions, quotes, roles or {}, alias_of or {}, types,
                    surname_index(types), subjects)  # fmt: skip
