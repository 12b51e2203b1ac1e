"""Passages two articles share, word for word.

Two steps, so the corpus is never compared all against all:

1. Candidates. Every sentence, and every clause of a sentence, of at least
   ``min_words`` words becomes a MinHash of its word ``shingle``-grams
   (datasketch, ``num_perm`` permutations, fixed seed), and a MinHash LSH
   index returns the pairs of them from different articles whose estimated
   Jaccard similarity is at least ``similarity``. Their articles are the
   candidate pairs. Sentences are spaCy's (the shards' ``sentences.csv``,
   through ``newsdag.text.sentences``), words ``newsdag.text.words.WORD``. A
   clause is a piece of a sentence between quotation marks, brackets or
   clause punctuation (``CLAUSE_BREAK``): a quote two outlets carry is
   often a clause of two quite different sentences (``“...,” Mr. Trump
   said`` and ``“...,” he said``), too unlike as wholes to be candidates.
2. Passages. In each candidate pair, every run of at least ``min_words``
   identical words (normalised: lower case, no diacritics, straight
   apostrophes) is a shared passage: the Lavrov quote two outlets carry, a
   wire paragraph republished, one article's paragraphs inside another's.
   Runs are found exactly, from the ``min_words``-word sequences the two
   articles have in common, joined where they overlap.

Shares are of characters: the passages' characters in an article divided by
its body's characters (0-1). Offsets are characters into the body.
"""

import bisect
import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsdag.text.normalise import fold_name
from newsdag.text.sentences import Sentences, with_sentences
from newsdag.text.words import WORD

PAIR_COLUMNS = [
    "doc_a", "doc_b", "outlet_a", "outlet_b", "passages", "shared_words", "shared_chars_a",
    "shared_chars_b", "share_a", "share_b", "longest_words", "longest_passage",
]  # fmt: skip
PASSAGE_COLUMNS = [
    "doc_a", "doc_b", "outlet_a", "outlet_b", "start_a", "end_a", "start_b", "end_b", "words",
    "passage",
]  # fmt: skip
# Where a sentence breaks into clauses: quotation marks (a single one only
# outside a word, so not an apostrophe), brackets and clause punctuation.
CLAUSE_BREAK = re.compile(r"[\"“”,;:()\[\]—–]|--|(?<!\w)['‘’]|['‘’](?!\w)")
SEED = 2019  # MinHash permutations: the same every run
CACHED_ARTICLES = 4096  # tokenised articles kept while comparing pairs (about 90 MB a 1,000)


@dataclass
class Article:
    doc_id: str
    outlet: str
    body: str
    words: list[str]  # normalised
    spans: list[tuple[int, int]]  # character offsets of each word


@functools.lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    """Lower case without diacritics, with straight apostrophes (the actor
    tables' ``fold_name``, for one word)."""
    return fold_name(word.replace("’", "'"))


def article(record: dict) -> Article:
    """The ``Article`` of a record (a dict with ``doc_id``, ``outlet``, ``body``)."""
    matches = list(WORD.finditer(record["body"]))
    return Article(record["doc_id"], record["outlet"], record["body"],
                   [normalise(m.group()) for m in matches],
                   [m.span() for m in matches])  # fmt: skip


def sentence_word_ranges(doc: Article, sentences: Sentences) -> list[tuple[int, int]]:
    """``(first, last + 1)`` word indices of each of the body's
    ``sentences`` that holds a word: the words starting inside it."""
    starts = [s for s, _ in doc.spans]
    ranges = []
    for start, end in sentences.spans():
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if last > first:
            ranges.append((first, last))
    return ranges


def clause_word_ranges(doc: Article, sentences: Sentences) -> list[tuple[int, int]]:
    """``(first, last + 1)`` word indices of each clause of the body's
    ``sentences`` that holds a word: the pieces of a sentence between its
    ``CLAUSE_BREAK`` marks (a sentence without one is one clause)."""
    starts = [s for s, _ in doc.spans]
    ranges = []
    for start, end in sentences.spans():
        cuts = [start, *(m.start() for m in CLAUSE_BREAK.finditer(doc.body, start, end)), end]
        bounds = sorted({bisect.bisect_left(starts, cut) for cut in cuts})
        ranges.extend(zip(bounds, bounds[1:]))
    return ranges


def candidate_word_ranges(doc: Article, sentences: Sentences, min_words: int):
    """``(first, last + 1)`` word indices of each sentence and clause of at
    least ``min_words`` words, each span once, in order: what
    ``candidate_pairs`` indexes."""
    ranges = set(sentence_word_ranges(doc, sentences)) | set(clause_word_ranges(doc, sentences))
    return sorted((first, last) for first, last in ranges if last - first >= min_words)


def shingles(words: list[str], size: int) -> set[bytes]:
    """The ``size``-word sequences of ``words``, joined by spaces, as bytes."""
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def candidate_pairs(docs: Iterable[tuple[Article, Sentences]], min_words: int, shingle: int,
                    similarity: float, num_perm: int) -> list[tuple[str, str]]:  # fmt: skip
    """``(doc_a, doc_b)`` ids, ``doc_a < doc_b``, of articles with at least
    one pair of similar sentences or clauses (see the module docstring), sorted;
    ``docs`` are articles with their body's sentences. Any order of
    ``docs`` gives the same pairs. Streams: an article's shingles are
    dropped once its sentences are in the index."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=similarity, num_perm=num_perm)
    ids: list[str] = []
    pairs = set()
    for doc, sentences in docs:
        number = len(ids)
        ids.append(doc.doc_id)
        ranges = candidate_word_ranges(doc, sentences, min_words)
        if not ranges:
            continue
        sets = [shingles(doc.words[first:last], shingle) for first, last in ranges]
        hashes = MinHash.bulk(sets, num_perm=num_perm, seed=SEED)
        # queried before its own sentences go in: every match is an earlier article
        earlier = {other for minhash in hashes for other, _ in lsh.query(minhash)}
        pairs.update((other, number) for other in earlier)
        for index, minhash in enumerate(hashes):
            lsh.insert((number, index), minhash)
    return sorted(tuple(sorted((ids[a], ids[b]))) for a, b in pairs)


def sequence_index(doc: Article, size: int) -> dict[tuple[str, ...], list[int]]:
    """Each ``size``-word sequence of ``doc`` -> the word indices it starts at."""
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(doc.words) - size + 1):
        index.setdefault(tuple(doc.words[i : i + size]), []).append(i)
    return index


def shared_passages(a: Article, b_index: dict, min_words: int) -> list[tuple[int, int, int]]:
    """``(word index in a, word index in b, words)`` of each maximal run of
    at least ``min_words`` identical normalised words, in ``a``'s order;
    ``b_index`` is ``sequence_index(b, min_words)``. A passage ``b`` holds
    twice gives two runs."""
    hits = []
    for i in range(len(a.words) - min_words + 1):
        for j in b_index.get(tuple(a.words[i : i + min_words]), ()):
            hits.append((i - j, i))
    hits.sort()
    runs, previous = [], None
    for diagonal, i in hits:
        if previous and previous[0] == diagonal and previous[1] + 1 == i:
            runs[-1][2] += 1
        else:
            runs.append([i, i - diagonal, min_words])
        previous = (diagonal, i)
    return sorted(tuple(run) for run in runs)


def covered_chars(spans: list[tuple[int, int]]) -> int:
    """Characters inside at least one ``(start, end)`` span."""
    total, reach = 0, 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def pair_rows(a: Article, b: Article, blocks) -> tuple[dict, list[dict]]:
    """The ``reuse_pairs`` row and the ``shared_passages`` rows of a pair."""
    passages = []
    for i, j, n in blocks:
        start_a, end_a = a.spans[i][0], a.spans[i + n - 1][1]
        start_b, end_b = b.spans[j][0], b.spans[j + n - 1][1]
        passages.append({
            "doc_a": a.doc_id, "doc_b": b.doc_id, "outlet_a": a.outlet, "outlet_b": b.outlet,
            "start_a": start_a, "end_a": end_a, "start_b": start_b, "end_b": end_b, "words": n,
            "passage": a.body[start_a:end_a],
        })  # fmt: skip
    chars_a = covered_chars([(p["start_a"], p["end_a"]) for p in passages])
    chars_b = covered_chars([(p["start_b"], p["end_b"]) for p in passages])
    longest = max(passages, key=lambda p: (p["words"], -p["start_a"]))
    pair = {
        "doc_a": a.doc_id, "doc_b": b.doc_id, "outlet_a": a.outlet, "outlet_b": b.outlet,
        "passages": len(passages), "shared_words": sum(p["words"] for p in passages),
        "shared_chars_a": chars_a, "shared_chars_b": chars_b,
        "share_a": f"{chars_a / max(len(a.body), 1):.6g}",
        "share_b": f"{chars_b / max(len(b.body), 1):.6g}",
        "longest_words": longest["words"], "longest_passage": longest["passage"],
    }  # fmt: skip
    return pair, passages


def reuse_rows(pairs, load, min_words: int):
    """``(pair row, passage rows)`` of each candidate pair that shares a
    passage; ``pairs`` are ``(doc_a, doc_b)`` ids sorted by ``doc_a``, and
    ``load(doc_id)`` gives the ``Article``."""
    indexed, index = None, {}
    for a_id, b_id in pairs:
        a, b = load(a_id), load(b_id)
        if indexed != a_id:  # pairs come sorted by doc_a: one index in memory at a time
            indexed, index = a_id, sequence_index(a, min_words)
        blocks = sorted((i, j, n) for j, i, n in shared_passages(b, index, min_words))
        if blocks:
            yield pair_rows(a, b, blocks)


def find_reuse(records, sentences: dict[str, Sentences], min_words: int = 8, shingle: int = 3,
               similarity: float = 0.5, num_perm: int = 64) -> tuple[list[dict], list[dict]]:  # fmt: skip
    """``(pairs, passages)`` rows for the articles ``records`` (dicts with
    ``doc_id``, ``outlet``, ``body``), sorted by ``doc_a``, ``doc_b``;
    ``sentences`` maps a ``doc_id`` to its body's sentences (none: no
    candidates from it). All in memory (``file_reuse`` streams a file)."""
    docs = {doc.doc_id: doc for doc in map(article, records)}
    with_own = ((doc, sentences.get(doc.doc_id, Sentences())) for doc in docs.values())
    pairs = candidate_pairs(with_own, min_words, shingle, similarity, num_perm)
    rows = list(reuse_rows(pairs, docs.__getitem__, min_words))
    return [pair for pair, _ in rows], [p for _, passages in rows for p in passages]


def records_with_offsets(handle, offsets: dict) -> Iterator[dict]:
    """Each record of an open JSON-lines file, noting its line's byte
    offset in ``offsets`` (doc_id -> offset)."""
    handle.seek(0)
    while line := handle.readline():
        if line.strip():
            record = json.loads(line)
            offsets[record["doc_id"]] = handle.tell() - len(line)
            yield record


def file_reuse(documents_path, sentence_paths, min_words: int = 8, shingle: int = 3,
               similarity: float = 0.5, num_perm: int = 64) -> tuple[list[tuple], int]:  # fmt: skip
    """``(rows, compared)``: ``reuse_rows`` of the articles in the JSON-lines
    file ``documents_path`` (sorted by ``doc_id``, as
    ``results/corpus/documents.jsonl``), with their sentences from the
    shards' ``sentences.csv`` files ``sentence_paths``, and the number of
    candidate pairs compared. The articles are read once to index their
    sentences, then again, one pair at a time, from their byte offsets (the
    last ``CACHED_ARTICLES`` kept): memory holds the index, not the corpus."""
    offsets: dict[str, int] = {}
    with open(documents_path, "rb") as handle:
        docs = with_sentences(records_with_offsets(handle, offsets), sentence_paths)
        pairs = candidate_pairs(((article(record), sentences) for record, sentences in docs),
                                min_words, shingle, similarity, num_perm)  # fmt: skip

        @functools.lru_cache(maxsize=CACHED_ARTICLES)
        def load(doc_id: str) -> Article:
            handle.seek(offsets[doc_id])
            return article(json.loads(handle.readline()))

        return list(reuse_rows(pairs, load, min_words)), len(pairs)
