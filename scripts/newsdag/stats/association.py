"""Which actors are named together: pair counts in windows and their
association measures, counted while the tables stream past.

A window is a ``sentence`` (one sentence of the shared sentence table, the
title being one) or a ``document`` (a whole article). For each outlet (and
``ALL``), window kind and pair of actors ``actor_a < actor_b``: the number
of windows naming both, and

- ``pmi`` = log2(count_ab * n_windows / (count_a * count_b)): how much more
  often the pair shares a window than if the actors were independent
  (0 = as often as chance, positive = more often);
- ``npmi`` = pmi / -log2(count_ab / n_windows), in [-1, 1] (1 = always
  together);
- ``jaccard`` = count_ab / (count_a + count_b - count_ab): the share of
  windows naming either actor that name both.

Every input is streamed: ``mentions.csv`` one document at a time (it is
sorted by ``doc_id``), the sentence tables by their ``doc_id`` column only,
and output rows are written as they are made. Memory holds the pair counts
(what the output needs), one ``doc_id -> outlet`` entry per document and one
read chunk, not the mentions or sentences.
"""

import csv
import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import pandas as pd

from newsdag.constants import ALL_OUTLETS

# results/tables/cooccurrence.csv
COLUMNS = [
    "outlet", "window", "actor_a", "actor_b", "count", "count_a", "count_b", "n_windows",
    "pmi", "npmi", "jaccard",
]  # fmt: skip
WINDOWS = ("sentence", "document")
CHUNK_ROWS = 1 << 13  # rows parsed at a time while streaming an input table
FLOAT_FORMAT = "%.6g"  # as ``write_table``

# ``(singles, pairs)`` of one outlet and window kind: ``singles[a]`` windows
# naming actor ``a``; ``pairs[a][b]`` windows naming both, for ``a < b``.
PairCounts = tuple[Counter, dict[str, Counter]]


def read_columns(
    path: str | os.PathLike, columns: list[str], chunk_rows: int = CHUNK_ROWS
) -> Iterator[tuple[str, ...]]:
    """Yield ``columns`` of each row of a ``write_table`` CSV, as a tuple, in file order.

    Cells are parsed as ``read_table`` does (text; empty cells ``""``), but
    only ``chunk_rows`` rows of the named columns are held at a time, so
    memory does not grow with the file. A missing column raises ValueError.
    """
    options = dict(dtype=str, keep_default_na=False, encoding="utf-8")
    with pd.read_csv(path, usecols=columns, chunksize=chunk_rows, **options) as chunks:
        for chunk in chunks:
            yield from zip(*(chunk[column].tolist() for column in columns))


def document_outlets(documents: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``doc_id -> outlet`` from ``(doc_id, outlet)`` rows.

    A repeated identical row counts once; a ``doc_id`` under two outlets
    raises ValueError (``documents.csv`` has one row per document).
    """
    outlet_of = {}
    for doc_id, outlet in documents:
        if outlet_of.setdefault(doc_id, outlet) != outlet:
            raise ValueError(
                f"document {doc_id!r} is in outlets {outlet_of[doc_id]!r} and {outlet!r}"
            )
    return outlet_of


def outlet_totals(outlet_of: dict[str, str], counts: Iterable[tuple[str, int]]) -> Counter:
    """Sum ``(doc_id, n)`` by the document's outlet, and over all as ``ALL``.

    Documents missing from ``outlet_of`` count nowhere; outlets without any
    count are absent (read as 0).
    """
    totals = Counter()
    for doc_id, n in counts:
        outlet = outlet_of.get(doc_id)
        if outlet is not None:
            totals[outlet] += n
    totals[ALL_OUTLETS] = sum(totals.values())
    return totals


def window_totals(
    outlet_of: dict[str, str], sentences: Iterable[tuple[str, int]]
) -> dict[tuple[str, str], int]:
    """Number of windows per ``(outlet, window)``, ``ALL`` included.

    ``document`` windows are the documents of ``outlet_of``; ``sentence``
    windows are the sentences (title included) of those documents, given as
    ``(doc_id, n_sentences)``, a ``doc_id`` possibly more than once.
    Windows naming no actor count too.
    """
    n_documents = outlet_totals(outlet_of, ((doc_id, 1) for doc_id in outlet_of))
    n_sentences = outlet_totals(outlet_of, sentences)
    outlets = [*n_documents]
    return {
        **{(outlet, "sentence"): n_sentences[outlet] for outlet in outlets},
        **{(outlet, "document"): n_documents[outlet] for outlet in outlets},
    }


def document_windows(
    mentions: Iterable[tuple[str, str, str]],
) -> Iterator[tuple[str, list[list[str]], list[str]]]:
    """Group ``(doc_id, sentence_id, actor)`` mention rows into each document's windows.

    Yields ``(doc_id, sentence_windows, document_window)``: the sorted
    distinct actors of each sentence naming any, and of the whole document.
    Rows must come sorted by ``doc_id`` (any order within a document); only
    one document's mentions are held at a time. A ``doc_id`` lower than the
    one before raises ValueError, since a document split in two would count
    as two windows.
    """
    doc_id, sentences = None, {}
    for row_doc_id, sentence_id, actor in mentions:
        if row_doc_id != doc_id:
            if doc_id is not None:
                if row_doc_id < doc_id:
                    raise ValueError(
                        f"mentions are not sorted by doc_id: {row_doc_id!r} after {doc_id!r}"
                    )
                yield windows_of(doc_id, sentences)
            doc_id, sentences = row_doc_id, {}
        sentences.setdefault(sentence_id, set()).add(actor)
    if doc_id is not None:
        yield windows_of(doc_id, sentences)


def windows_of(doc_id: str, sentences: dict[str, set]) -> tuple[str, list[list[str]], list[str]]:
    """``(doc_id, sentence_windows, document_window)`` of one document's
    ``sentence_id -> actors``; every window's actors sorted."""
    return doc_id, [sorted(a) for a in sentences.values()], sorted(set().union(*sentences.values()))


def new_pair_counts() -> PairCounts:
    """Empty ``(singles, pairs)`` counts."""
    return Counter(), {}


def add_window(counts: PairCounts, actors: list[str]) -> None:
    """Count, in place, one window naming the sorted distinct ``actors``.

    Each actor's single count goes up by 1, and so does each pair's (the
    earlier name first); a window naming one actor adds no pair.
    """
    singles, pairs = counts
    singles.update(actors)
    for i in range(len(actors) - 1):
        row = pairs.get(actors[i])
        if row is None:
            row = pairs[actors[i]] = Counter()
        row.update(actors[i + 1 :])


def count_pairs(
    mentions: Iterable[tuple[str, str, str]], outlet_of: dict[str, str]
) -> dict[tuple[str, str], PairCounts]:
    """Pair counts per ``(outlet, window)``, ``ALL`` included, of mention rows
    ``(doc_id, sentence_id, actor)`` sorted by ``doc_id``.

    Mentions of documents missing from ``outlet_of`` count nowhere. Memory is
    the distinct actors and pairs of each outlet, whatever the corpus size.
    """
    counts = {}
    for doc_id, sentence_windows, document_window in document_windows(mentions):
        outlet = outlet_of.get(doc_id)
        if outlet is None:
            continue
        for pooled in (outlet, ALL_OUTLETS):
            sentence = counts.setdefault((pooled, "sentence"), new_pair_counts())
            for actors in sentence_windows:
                add_window(sentence, actors)
            add_window(counts.setdefault((pooled, "document"), new_pair_counts()), document_window)
    return counts


def pair_rows(counts: PairCounts, outlet: str, window: str, n_windows: int) -> Iterator[tuple]:
    """Rows (values in ``COLUMNS`` order) of one outlet and window kind,
    sorted by ``(actor_a, actor_b)``.

    ``n_windows`` counts all windows, including those naming no actor; it
    must be at least each pair's count (ZeroDivisionError when 0).
    """
    singles, pairs = counts
    for a in sorted(pairs):
        n_a, row = singles[a], pairs[a]
        for b in sorted(row):
            n_ab, n_b = row[b], singles[b]
            pmi = math.log2(n_ab * n_windows / (n_a * n_b))
            p_ab = n_ab / n_windows
            npmi = 1.0 if p_ab == 1 else pmi / -math.log2(p_ab)
            jaccard = n_ab / (n_a + n_b - n_ab)
            yield outlet, window, a, b, n_ab, n_a, n_b, n_windows, pmi, npmi, jaccard


def table_rows(
    counts: dict[tuple[str, str], PairCounts], n_windows: dict[tuple[str, str], int]
) -> Iterator[tuple]:
    """All rows of the table: outlets in name order then ``ALL``, sentence
    windows before document windows, pairs in name order. Outlets and
    windows without a pair give no row."""
    outlets = sorted({outlet for outlet, _ in n_windows} - {ALL_OUTLETS}) + [ALL_OUTLETS]
    for outlet in outlets:
        for window in WINDOWS:
            if (outlet, window) in counts:
                yield from pair_rows(
                    counts[outlet, window], outlet, window, n_windows[outlet, window]
                )


def csv_cells(row: tuple) -> tuple:
    """``row`` with its three float measures as ``write_table`` prints them
    (6 significant digits); the measures are finite."""
    return (*row[:8], FLOAT_FORMAT % row[8], FLOAT_FORMAT % row[9], FLOAT_FORMAT % row[10])


def write_cooccurrence(rows: Iterable[tuple], path: str | os.PathLike) -> int:
    """Write ``COLUMNS`` and ``rows`` byte for byte as ``write_table`` would
    (UTF-8, ``\\n`` line ends, minimal quoting), one row at a time; returns
    the number of rows."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(csv_cells(row))
            n += 1
    return n


def stream_cooccurrence(
    mentions_path,
    documents_path,
    sentence_paths,
    out_path,
    types: list[str],
    chunk_rows: int = CHUNK_ROWS,
) -> int:
    """Stream ``mentions.csv``, ``documents.csv`` and the shard
    ``sentences.csv`` files into the co-occurrence table at ``out_path``,
    counting the actors of ``types`` only (``newsdag.stats.entities.
    ranked_types``); ``chunk_rows`` bounds the input rows parsed at a time.
    Returns the number of rows written."""
    outlet_of = document_outlets(read_columns(documents_path, ["doc_id", "outlet"], chunk_rows))
    sentence_ids = chain.from_iterable(
        read_columns(path, ["doc_id"], chunk_rows) for path in sentence_paths
    )
    n_windows = window_totals(outlet_of, ((doc_id, 1) for (doc_id,) in sentence_ids))
    rows = read_columns(mentions_path, ["doc_id", "sentence_id", "actor", "type"], chunk_rows)
    mentions = ((doc_id, sentence, actor) for doc_id, sentence, actor, kind in rows
                if kind in types)  # fmt: skip
    return write_cooccurrence(table_rows(count_pairs(mentions, outlet_of), n_windows), out_path)
