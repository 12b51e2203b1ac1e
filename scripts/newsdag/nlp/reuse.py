"""Passages two articles share, word for word.

Two steps, so the corpus is never compared all against all:

1. Candidates. Every sentence, and every clause of a sentence, of at least
   ``min_words`` words becomes a MinHash of its word ``shingle``-grams
   (datasketch, ``num_perm`` permutations, fixed seed), and a MinHash LSH
   index finds the pairs of them whose estimated Jaccard similarity is at
   least ``similarity``. Identical ones are one entry of the index, however
   many articles carry them. Two articles are candidates when they hold
   alike sentences or clauses. Each article keeps its ``max_partners``
   closest candidates, those sharing the most sentences and clauses word
   for word, then the most alike ones (``candidate_pairs``). A pair is
   compared when either article keeps the other, so at most
   ``max_partners`` × articles pairs are compared in all. Sentences are
   spaCy's (the shards' ``sentences.csv``, through
   ``newsdag.text.sentences``), words ``newsdag.text.words.WORD``. A clause
   is a piece of a sentence between quotation marks, brackets or clause
   punctuation (``CLAUSE_BREAK``): a quote two outlets carry is often a
   clause of two quite different sentences (``“...,” Mr. Trump said`` and
   ``“...,” he said``), too unlike as wholes to be candidates.
2. Passages. In each candidate pair, every run of at least ``min_words``
   identical words (normalised: lower case, no diacritics, straight
   apostrophes) is a shared passage: the Lavrov quote two outlets carry, a
   wire paragraph republished, one article's paragraphs inside another's.
   ``newsdag.nlp.passages`` finds them exactly.

Shares are of characters: the passages' characters in an article divided by
its body's characters (0-1). Offsets are characters into the body.
"""

import bisect
import functools
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsdag.nlp.passages import Vocabulary, article_words, reuse_rows
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
PARTNER_BLOCK = 256  # articles whose partner scores are computed at once

log = logging.getLogger("find_reuse")


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


@dataclass
class Candidates:
    """What ``candidate_pairs`` ranks: ``ids``, the articles' doc_ids in the
    order read; ``entries``, each article's sentences and clauses as entry
    numbers (sorted, each once: identical MinHashes are one entry, however
    many articles carry them); ``links``, the ``(newer, older)`` pairs of
    entries the MinHash LSH index finds alike, each once; ``distinct``, the
    number of entries."""

    ids: list[str]
    entries: list[list[int]]
    links: list[tuple[int, int]]
    distinct: int = 0


def candidate_entries(docs: Iterable[tuple[Article, Sentences]], min_words: int, shingle: int,
                      similarity: float, num_perm: int) -> Candidates:  # fmt: skip
    """The ``Candidates`` of ``docs`` (articles with their body's
    sentences): each of ``candidate_word_ranges`` as a MinHash of its word
    ``shingle``-grams. Streams: an article's shingles are dropped once its
    entries are in the index. A passage a thousand articles carry word for
    word is one entry, queried once. Edited versions of a sentence are
    entries of their own, linked pairwise: a sentence carried in N
    different versions gives up to N² / 2 links."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=similarity, num_perm=num_perm)
    found = Candidates(ids=[], entries=[], links=[])
    numbers: dict[bytes, int] = {}  # a MinHash's values -> its entry number
    for doc, sentences in docs:
        found.ids.append(doc.doc_id)
        ranges = candidate_word_ranges(doc, sentences, min_words)
        sets = [shingles(doc.words[first:last], shingle) for first, last in ranges]
        own = set()
        for minhash in MinHash.bulk(sets, num_perm=num_perm, seed=SEED) if sets else ():
            key = minhash.hashvalues.tobytes()
            if key not in numbers:
                numbers[key] = number = len(numbers)
                # queried before it goes in: each link is found once, from its newer end
                found.links.extend((number, older) for older in lsh.query(minhash))
                lsh.insert(number, minhash)
            own.add(numbers[key])
        found.entries.append(sorted(own))
    found.distinct = len(numbers)
    return found


def partner_scores(found: Candidates, block: int = PARTNER_BLOCK):
    """Yield ``(article, partners, identical, alike)`` (article numbers in
    ``found.ids``; numpy arrays) for each article with a candidate partner:
    another article holding a sentence or clause identical or alike
    (``found.links``) to one of its own. ``identical`` counts the entries
    the two articles both hold (word for word); ``alike`` counts the pairs
    of their entries that are identical or alike. A republished article
    scores about its sentence count on both, an edited version only on
    ``alike``. Computed ``block`` articles at a time (sparse matrices), so
    memory holds ``block`` rows of scores at once."""
    import numpy as np
    from scipy import sparse

    if not found.distinct:
        return
    shape = (len(found.ids), found.distinct)
    lengths = [len(own) for own in found.entries]
    owned = sparse.csr_matrix(
        (np.ones(sum(lengths), dtype=np.int32),
         np.fromiter((e for own in found.entries for e in own), dtype=np.int64),
         np.concatenate([[0], np.cumsum(lengths)])),
        shape=shape,
    )  # fmt: skip
    links = np.array(found.links, dtype=np.int64).reshape(-1, 2)
    alike = sparse.identity(found.distinct, dtype=np.int32, format="csr") + sparse.csr_matrix(
        (np.ones(2 * len(links), dtype=np.int32),
         (np.concatenate([links[:, 0], links[:, 1]]), np.concatenate([links[:, 1], links[:, 0]]))),
        shape=(found.distinct, found.distinct),
    )  # fmt: skip
    reach = (owned @ alike).tocsr()
    held_by = owned.T.tocsr()
    for first in range(0, shape[0], block):
        near = (reach[first : first + block] @ held_by).tocsr()
        same = (owned[first : first + block] @ held_by).tocsr()
        near.sort_indices()
        same.sort_indices()
        for row in range(near.shape[0]):
            article = first + row
            cells = slice(near.indptr[row], near.indptr[row + 1])
            partners, scores = near.indices[cells], near.data[cells]
            # an identical entry is also alike: same's partners are among near's
            exact = slice(same.indptr[row], same.indptr[row + 1])
            identical = np.zeros(len(partners), dtype=np.int64)
            identical[np.searchsorted(partners, same.indices[exact])] = same.data[exact]
            others = partners != article
            if others.any():
                yield article, partners[others], identical[others], scores[others]


def closest_partners(partners, identical, alike, ranks, limit: int | None):
    """The ``limit`` of ``partners`` sharing the most identical entries,
    then the most alike ones, ties to the lower rank (``ranks``: each
    article's place in doc_id order, so the choice does not depend on the
    order read); all of them when there are no more than ``limit`` or
    ``limit`` is None. So a word-for-word copy is kept before an edited
    version that may share no passage at all."""
    import numpy as np

    if limit is None or len(partners) <= limit:
        return partners
    return partners[np.lexsort((ranks[partners], -alike, -identical))[:limit]]


def candidate_pairs(docs: Iterable[tuple[Article, Sentences]], min_words: int, shingle: int,
                    similarity: float, num_perm: int,
                    max_partners: int | None = None) -> list[tuple[str, str]]:  # fmt: skip
    """``(doc_a, doc_b)`` ids, ``doc_a < doc_b``, of articles with at least
    one pair of similar sentences or clauses (see the module docstring),
    sorted; ``docs`` are articles with their body's sentences. Each article
    keeps its ``max_partners`` closest candidates (``closest_partners``;
    None: all), and a pair is compared when either article keeps the other:
    at most ``max_partners`` × articles pairs in all, though one article
    may be kept by many others. Any order of ``docs`` gives the same pairs."""
    import numpy as np

    found = candidate_entries(docs, min_words, shingle, similarity, num_perm)
    ranks = np.empty(len(found.ids), dtype=np.int64)
    ranks[sorted(range(len(found.ids)), key=found.ids.__getitem__)] = range(len(found.ids))
    pairs, candidates, capped = set(), 0, 0
    for number, partners, identical, alike in partner_scores(found):
        kept = closest_partners(partners, identical, alike, ranks, max_partners)
        candidates += len(partners)
        capped += len(kept) < len(partners)
        pairs.update((min(number, other), max(number, other)) for other in kept.tolist())
    if capped:
        log.info(
            "%d articles have more than %d candidate partners and keep their %d closest: "
            "%d of %d candidate pairs are compared (config reuse_max_partners)",
            capped, max_partners, max_partners, len(pairs), candidates // 2,
        )  # fmt: skip
    return sorted(tuple(sorted((found.ids[a], found.ids[b]))) for a, b in pairs)


def with_words(docs, words: dict, min_words: int):
    """``docs`` (records with their sentences) as ``(Article, sentences)``,
    noting each article's ``passages.Words`` in ``words`` on the way."""
    vocabulary = Vocabulary()
    for record, sentences in docs:
        doc = article(record)
        words[doc.doc_id] = article_words(doc.doc_id, doc.outlet, doc.body, doc.words, doc.spans,
                                          vocabulary, min_words)  # fmt: skip
        yield doc, sentences


def find_reuse(records, sentences: dict[str, Sentences], min_words: int = 8, shingle: int = 3,
               similarity: float = 0.5, num_perm: int = 64,
               max_partners: int | None = None) -> tuple[list[dict], list[dict]]:  # fmt: skip
    """``(pairs, passages)`` rows for the articles ``records`` (dicts with
    ``doc_id``, ``outlet``, ``body``), sorted by ``doc_a``, ``doc_b``;
    ``sentences`` maps a ``doc_id`` to its body's sentences (none: no
    candidates from it). All in memory (``file_reuse`` streams a file)."""
    bodies = {record["doc_id"]: record for record in records}
    words: dict = {}
    docs = ((record, sentences.get(doc_id, Sentences())) for doc_id, record in bodies.items())
    pairs = candidate_pairs(with_words(docs, words, min_words), min_words, shingle, similarity,
                            num_perm, max_partners)  # fmt: skip
    rows = list(reuse_rows(pairs, words, lambda doc_id: bodies[doc_id]["body"], min_words))
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
               similarity: float = 0.5, num_perm: int = 64,
               max_partners: int | None = None) -> Iterator[tuple[dict, list[dict]]]:  # fmt: skip
    """Yield ``reuse_rows`` of the articles in the JSON-lines file
    ``documents_path`` (sorted by ``doc_id``, as
    ``results/corpus/documents.jsonl``), with their sentences from the
    shards' ``sentences.csv`` files ``sentence_paths``, one pair at a time:
    written as they come, the tables never sit in memory. The articles are
    read once to index their sentences and keep their ``passages.Words``;
    each first article of a pair is read again from its byte offset for the
    passages' text. Memory holds the index and the words' ids and offsets,
    not the corpus. Logs the number of candidate pairs."""
    offsets: dict[str, int] = {}
    words: dict = {}
    with open(documents_path, "rb") as handle:
        docs = with_sentences(records_with_offsets(handle, offsets), sentence_paths)
        pairs = candidate_pairs(with_words(docs, words, min_words), min_words, shingle,
                                similarity, num_perm, max_partners)  # fmt: skip
        log.info("%d candidate pairs of articles to compare word by word", len(pairs))

        def body(doc_id: str) -> str:
            handle.seek(offsets[doc_id])
            return json.loads(handle.readline())["body"]

        yield from reuse_rows(pairs, words, body, min_words)
