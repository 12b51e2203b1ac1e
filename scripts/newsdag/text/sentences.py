"""The one definition of a sentence in newsdag: spaCy's, from the NLP stage.

``annotate_articles`` splits every title and body into sentences once and
writes them to ``results/shards/NNN/sentences.csv``: one row per sentence
with ``doc_id``, ``section`` (``title`` or ``body``), ``sentence_id`` and the
character offsets ``start`` (inclusive) and ``end`` (exclusive) into that
section's text. Every later stage that needs sentences (tone, quotes, reuse,
reading level) takes them from there through this module, so a sentence is
the same span everywhere. A stage that needs a finer cut derives it from
these spans in the library (the quote rules, ``newsdag.nlp.quotes``).
"""

from __future__ import annotations

import bisect
import csv
import heapq
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentences:
    """The sentences of one text as sorted, non-overlapping ``[start, end)``
    character spans. Text between two sentences (spaces, line breaks) belongs
    to neither."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    @classmethod
    def from_spans(cls, spans: Iterable[tuple[int, int]]) -> "Sentences":
        """From ``(start, end)`` pairs in any order."""
        ordered = sorted(spans)
        return cls(tuple(s for s, _ in ordered), tuple(e for _, e in ordered))

    def __len__(self) -> int:
        return len(self.starts)

    def spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence, in text order."""
        return list(zip(self.starts, self.ends))

    def index_at(self, position: int) -> int:
        """Index of the last sentence starting at or before ``position``
        (-1 when ``position`` comes before the first sentence)."""
        return bisect.bisect_right(self.starts, position) - 1

    def start_of(self, position: int, floor: int = 0) -> int:
        """Start of the sentence holding ``position`` (or of the last one
        before it), never before ``floor``; ``floor`` when there is none."""
        i = self.index_at(position)
        return max(floor, self.starts[i]) if i >= 0 else floor

    def ends_between(self, start: int, stop: int) -> list[int]:
        """Sentence ends ``e`` with ``start < e <= stop``, in order."""
        lo = bisect.bisect_right(self.ends, start)
        hi = bisect.bisect_right(self.ends, stop)
        return list(self.ends[lo:hi])


def read_sentences(
    paths: Iterable[str | os.PathLike], section: str = "body"
) -> Iterator[tuple[str, Sentences]]:
    """``(doc_id, Sentences)`` of one section of every document in the
    ``sentences.csv`` files at ``paths``, streamed in file order (one
    document's rows at a time; a shard file holds each document's rows
    together). Documents without a sentence in ``section`` are left out."""
    for path in paths:
        with open(path, newline="", encoding="utf-8") as handle:
            doc_id, spans = None, []
            for row in csv.DictReader(handle):
                if row["section"] != section:
                    continue
                if row["doc_id"] != doc_id:
                    if doc_id is not None:
                        yield doc_id, Sentences.from_spans(spans)
                    doc_id, spans = row["doc_id"], []
                spans.append((int(row["start"]), int(row["end"])))
            if doc_id is not None:
                yield doc_id, Sentences.from_spans(spans)


def sentences_in_id_order(
    paths: Iterable[str | os.PathLike], section: str = "body"
) -> Iterator[tuple[str, Sentences]]:
    """``read_sentences`` of several shard files merged into ``doc_id``
    order, for stages that walk the corpus in ``doc_id`` order (as
    ``results/corpus/documents.jsonl`` is). Each shard file holds its
    documents in ``doc_id`` order, so a k-way merge streams them: one
    document per file is held at a time, never the corpus."""
    return heapq.merge(
        *(read_sentences([path], section) for path in paths), key=lambda pair: pair[0]
    )


def with_sentences(
    records: Iterable[dict], paths: Iterable[str | os.PathLike], section: str = "body"
) -> Iterator[tuple[dict, Sentences]]:
    """Each of ``records`` (dicts with ``doc_id``, sorted by it, as
    ``results/corpus/documents.jsonl`` is) with the ``Sentences`` of its
    ``section`` in the ``sentences.csv`` files at ``paths``, read along
    (``sentences_in_id_order``); empty ``Sentences`` for a record the files
    lack. Streams: one document per file is held at a time. ValueError if
    the records are not sorted by ``doc_id``."""
    stream = sentences_in_id_order(paths, section)
    pending, previous = next(stream, None), None
    for record in records:
        doc_id = record["doc_id"]
        if previous is not None and doc_id <= previous:
            raise ValueError(f"records are not sorted by doc_id ({doc_id} after {previous})")
        previous = doc_id
        while pending is not None and pending[0] < doc_id:
            pending = next(stream, None)
        found = pending is not None and pending[0] == doc_id
        yield record, pending[1] if found else Sentences()
