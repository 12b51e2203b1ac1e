"""Every direct quotation of a corpus and who is quoted: the quote tables.

A quotation is the text between quotation marks in an article's body:
straight or curly double quotes, and single quotes outside them when they
are used as quotation marks rather than apostrophes. A quote broken by an
attribution (``"...," Bolton said. "..."``) is two quotations; a quote
nested in another is part of it. An unclosed quote ends at its paragraph's
end, or at the last sentence end before the next opening mark.
Sentences are spaCy's (the shards' ``sentences.csv``); ``bounds`` is the
one place the rules cut text at them, and says why each cut differs from a
plain sentence.

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

Modules: ``spans`` (where quotations are), ``bounds`` (sentence cuts),
``candidates`` (possible speakers), ``document`` (one body and its
look-ups), ``verbs`` (a quote's verb and its subject), ``subjects`` (the
parse's subjects, "he" and "the Arizona Republican"), ``pronouns``,
``descriptions``, ``resolver`` (one quote attributed) and this module (a
document's quotes, the corpus streamed, the tables). The corpus is read as
streams sorted by ``doc_id``: the articles, their mentions
(``body_mentions_by_document``), their verbs' subjects
(``subjects_by_document``) and their sentences
(``newsdag.text.sentences.with_sentences``), one document at a time.
"""

import contextlib
import csv
import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator

from newsdag.config import read_alias_file
from newsdag.io import read_rows
from newsdag.nlp.quotes.bounds import quote_sentences
from newsdag.nlp.quotes.candidates import UNKNOWN, Quote, fold, surname_index
from newsdag.nlp.quotes.document import Document
from newsdag.nlp.quotes.resolver import attribute
from newsdag.nlp.quotes.spans import quote_spans
from newsdag.text.sentences import Sentences
from newsdag.text.words import WORD

QUOTE_COLUMNS = [
    "doc_id", "outlet", "quote_id", "start", "end", "words", "speaker", "speaker_type",
    "speaker_as_written", "attributed_by", "verb", "quote",
]  # fmt: skip
BY_OUTLET_COLUMNS = ["outlet", "speaker", "speaker_type", "quotes", "words", "share_of_words"]


def document_quotes(body: str, sentences: Sentences, mentions: list[dict], roles: dict,
                    alias_of: dict, types: dict, surnames: dict | None = None,
                    subjects: dict | None = None) -> list[Quote]:  # fmt: skip
    """The quotations of one article body with their speakers, in order.
    ``sentences`` are the body's (spaCy's, read through
    ``bounds.quote_sentences``); ``roles``, ``alias_of`` and
    ``types`` are ``actor_lookups``'s; mention actors missing from ``types``
    are added for this document. ``subjects`` maps a verb's offset to
    ``parsed_verb`` of its ``speech.csv`` row; without it, subjects come
    from the nearest candidates alone."""
    types = {**types, **{m["actor"]: m["type"] for m in mentions if m["actor"] not in types}}
    if surnames is None:
        surnames = surname_index(types)
    sentences = quote_sentences(body, sentences)
    quotes = [Quote(start, end) for start, end in quote_spans(body, sentences)]
    doc = Document(body, sentences, mentions, quotes, roles, alias_of, types, surnames, subjects)
    for index in range(len(quotes)):
        attribute(doc, index)
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
    """The ``quotes.csv`` rows (``QUOTE_COLUMNS``) of one document's quotes."""
    return [
        {
            "doc_id": doc_id, "outlet": outlet, "quote_id": i, "start": q.start, "end": q.end,
            "words": len(WORD.findall(body[q.start : q.end])), "speaker": q.speaker,
            "speaker_type": q.speaker_type, "speaker_as_written": q.speaker_as_written,
            "attributed_by": q.attributed_by, "verb": q.verb, "quote": body[q.start : q.end],
        }  # fmt: skip
        for i, q in enumerate(quotes)
    ]


def corpus_quote_rows(documents: Iterable[tuple[dict, Sentences]], mentions: Iterator,
                      subjects: Iterator, lookups: tuple[dict, dict, dict]) -> Iterator[dict]:  # fmt: skip
    """``quote_rows`` of each article of ``documents``: ``(record,
    sentences)`` pairs (``newsdag.text.sentences.with_sentences``; records
    are dicts with ``doc_id``, ``outlet``, ``body``), sorted by ``doc_id``.
    ``mentions`` and ``subjects`` are ``(doc_id, value)`` streams sorted by
    ``doc_id`` (``body_mentions_by_document``, ``subjects_by_document``),
    read along: a document they lack has no mentions or parse. ``lookups``
    is ``actor_lookups``'s."""
    roles, alias_of, types = lookups
    surnames = surname_index(types)
    mentions_of, subjects_of = sorted_lookup(mentions), sorted_lookup(subjects)
    for record, sentences in documents:
        doc_id, body = record["doc_id"], record["body"]
        quotes = document_quotes(body, sentences, mentions_of(doc_id) or [], roles, alias_of,
                                 types, surnames, subjects_of(doc_id))  # fmt: skip
        yield from quote_rows(doc_id, record["outlet"], body, quotes)


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


def actor_lookups(actors_path, alias_path) -> tuple[dict, dict, dict]:
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
