"""The exact step of reuse detection: the passages two articles share.

``newsdag.nlp.reuse`` picks the pairs of articles worth comparing; this
module compares one pair word for word. Every run of at least ``min_words``
identical words (normalised: lower case, no diacritics, straight
apostrophes) is a shared passage. Runs are found from the ``min_words``-word
sequences the two articles have in common, joined where they overlap.

An article is held as ``Words``: its normalised words as integer ids (one
``Vocabulary`` per run), their character offsets, and a 64-bit hash of each
``min_words``-word sequence. Equal hashes are only candidates: every match is
confirmed word by word, so a hash collision never makes a passage. About 20
bytes a word: 140 MB for 10,000 articles of 700 words, whatever the amount
of reuse.

Shares are of characters: the passages' characters in an article divided by
its body's characters (0-1). Offsets are characters into the body.
"""

from dataclasses import dataclass

import numpy as np

GRAM_BASE = np.uint64(1_000_003)  # of the polynomial hash of a word sequence


@dataclass
class Words:
    """One article as the comparison needs it. ``ids``: its normalised
    words as ``Vocabulary`` ids (int32); ``starts``, ``ends``: each word's
    character offsets in the body (int32); ``grams``: the hash of each
    ``min_words``-word sequence, ``len(ids) - min_words + 1`` of them, none
    for a shorter article (uint64); ``length``: the body's characters."""

    doc_id: str
    outlet: str
    length: int
    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    grams: np.ndarray


class Vocabulary(dict):
    """Normalised word -> integer id, given in the order words are first seen
    (the ids differ with the reading order; passages never depend on them)."""

    def ids(self, words: list[str]) -> np.ndarray:
        """The ids of ``words`` (int32), new words added."""
        return np.fromiter((self.setdefault(w, len(self)) for w in words), np.int32, len(words))


def gram_hashes(ids: np.ndarray, size: int) -> np.ndarray:
    """A 64-bit polynomial hash of each ``size``-word sequence of ``ids``
    (wrapping arithmetic; equal sequences give equal hashes, different ones
    almost never do); empty when there are fewer than ``size`` words."""
    n = len(ids) - size + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    values = ids.astype(np.uint64) + np.uint64(1)
    hashes = np.zeros(n, dtype=np.uint64)
    for k in range(size):
        hashes = hashes * GRAM_BASE + values[k : k + n]
    return hashes


def article_words(doc_id: str, outlet: str, body: str, words: list[str],
                  spans: list[tuple[int, int]], vocabulary: Vocabulary,
                  min_words: int) -> Words:  # fmt: skip
    """The ``Words`` of an article from its normalised ``words`` and their
    character ``spans`` in ``body``."""
    ids = vocabulary.ids(words)
    offsets = np.array(spans, dtype=np.int32).reshape(-1, 2)
    return Words(doc_id, outlet, len(body), ids, offsets[:, 0].copy(), offsets[:, 1].copy(),
                 gram_hashes(ids, min_words))  # fmt: skip


@dataclass
class Indexed:
    """The first article of the pairs being compared, indexed once: its
    ``Words``, its body, its word ids as a list, and each sequence hash ->
    the word indices it starts at."""

    words: Words
    body: str
    ids: list[int]
    positions: dict[int, list[int]]


def indexed(words: Words, body: str) -> Indexed:
    positions: dict[int, list[int]] = {}
    for i, gram in enumerate(words.grams.tolist()):
        positions.setdefault(gram, []).append(i)
    return Indexed(words, body, words.ids.tolist(), positions)


def shared_runs(a: Indexed, b: Words, min_words: int) -> list[tuple[int, int, int]]:
    """``(word index in a, word index in b, words)`` of each maximal run of
    at least ``min_words`` identical normalised words, sorted. A passage
    one article holds twice gives two runs."""
    positions, a_ids = a.positions, a.ids
    b_ids, hits = None, []
    for j, gram in enumerate(b.grams.tolist()):
        if gram in positions:
            b_ids = b.ids.tolist() if b_ids is None else b_ids
            for i in positions[gram]:
                if a_ids[i : i + min_words] == b_ids[j : j + min_words]:  # not a hash collision
                    hits.append((j - i, j))
    hits.sort()
    runs, previous = [], None
    for diagonal, j in hits:
        if previous and previous[0] == diagonal and previous[1] + 1 == j:
            runs[-1][2] += 1
        else:
            runs.append([j - diagonal, j, min_words])
        previous = (diagonal, j)
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


def pair_rows(a: Indexed, b: Words, runs) -> tuple[dict, list[dict]]:
    """The ``reuse_pairs`` row and the ``shared_passages`` rows of a pair
    with its ``shared_runs``."""
    first, second = a.words, b
    passages = []
    for i, j, n in runs:
        start_a, end_a = int(first.starts[i]), int(first.ends[i + n - 1])
        start_b, end_b = int(second.starts[j]), int(second.ends[j + n - 1])
        passages.append({
            "doc_a": first.doc_id, "doc_b": second.doc_id, "outlet_a": first.outlet,
            "outlet_b": second.outlet, "start_a": start_a, "end_a": end_a, "start_b": start_b,
            "end_b": end_b, "words": n, "passage": a.body[start_a:end_a],
        })  # fmt: skip
    chars_a = covered_chars([(p["start_a"], p["end_a"]) for p in passages])
    chars_b = covered_chars([(p["start_b"], p["end_b"]) for p in passages])
    longest = max(passages, key=lambda p: (p["words"], -p["start_a"]))
    pair = {
        "doc_a": first.doc_id, "doc_b": second.doc_id, "outlet_a": first.outlet,
        "outlet_b": second.outlet, "passages": len(passages),
        "shared_words": sum(p["words"] for p in passages),
        "shared_chars_a": chars_a, "shared_chars_b": chars_b,
        "share_a": f"{chars_a / max(first.length, 1):.6g}",
        "share_b": f"{chars_b / max(second.length, 1):.6g}",
        "longest_words": longest["words"], "longest_passage": longest["passage"],
    }  # fmt: skip
    return pair, passages


def reuse_rows(pairs, words: dict[str, Words], body, min_words: int):
    """``(pair row, passage rows)`` of each pair that shares a passage;
    ``pairs`` are ``(doc_a, doc_b)`` ids sorted by ``doc_a``, ``words`` the
    ``Words`` of every article in them, and ``body(doc_id)`` gives an
    article's body (read once for each ``doc_a``)."""
    current = None
    for a_id, b_id in pairs:
        if current is None or current.words.doc_id != a_id:  # one index in memory at a time
            current = indexed(words[a_id], body(a_id))
        runs = shared_runs(current, words[b_id], min_words)
        if runs:
            yield pair_rows(current, words[b_id], runs)
