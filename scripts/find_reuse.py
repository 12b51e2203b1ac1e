"""Rule ``find_reuse``: passages two articles share, word for word.

Reads the articles (``results/corpus/documents.jsonl``) and writes
``results/tables/reuse_pairs.csv`` (one row per pair of articles that share
at least one passage) and ``results/tables/shared_passages.csv`` (each
shared passage, with where it starts and ends in both articles).

Two steps, so the corpus is never compared all against all:

1. Candidates. Every sentence of at least ``min_words`` words becomes a
   MinHash of its word ``shingle``-grams (datasketch, ``num_perm``
   permutations, fixed seed), and a MinHash LSH index returns the pairs of
   sentences from different articles whose estimated Jaccard similarity is
   at least ``similarity``. Their articles are the candidate pairs.
2. Passages. In each candidate pair, every run of at least ``min_words``
   identical words (normalised: lower case, no diacritics, straight
   apostrophes) is a shared passage: the Lavrov quote two outlets carry, a
   wire paragraph republished, one article's paragraphs inside another's.
   Runs are found exactly, from the ``min_words``-word sequences the two
   articles have in common, joined where they overlap.

Shares are of characters: the passages' characters in an article divided by
its body's characters (0-1). Offsets are characters into the body.

Run outside Snakemake::

    python scripts/find_reuse.py results/corpus/documents.jsonl --out-dir /tmp/reuse
"""

import argparse
import functools
import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from config_checks import fold_name
from newsdag_common import configure_logging, write_rows

log = logging.getLogger("find_reuse")

PAIR_COLUMNS = [
    "doc_a", "doc_b", "outlet_a", "outlet_b", "passages", "shared_words", "shared_chars_a",
    "shared_chars_b", "share_a", "share_b", "longest_words", "longest_passage",
]  # fmt: skip
PASSAGE_COLUMNS = [
    "doc_a", "doc_b", "outlet_a", "outlet_b", "start_a", "end_a", "start_b", "end_b", "words",
    "passage",
]  # fmt: skip
WORD = re.compile(r"\w+(?:['’]\w+)*")
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
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
    matches = list(WORD.finditer(record["body"]))
    return Article(record["doc_id"], record["outlet"], record["body"],
                   [normalise(m.group()) for m in matches],
                   [m.span() for m in matches])  # fmt: skip


def sentence_word_ranges(doc: Article) -> list[tuple[int, int]]:
    """``(first, last + 1)`` word indices of each sentence of the body."""
    starts = [s for s, _ in doc.spans]
    ranges, i = [], 0
    for match in SENTENCE.finditer(doc.body):
        j = i
        while j < len(starts) and starts[j] < match.end():
            j += 1
        if j > i:
            ranges.append((i, j))
        i = j
    return ranges


def shingles(words: list[str], size: int) -> set[bytes]:
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def candidate_pairs(docs: Iterable[Article], min_words: int, shingle: int, similarity: float,
                    num_perm: int) -> list[tuple[str, str]]:  # fmt: skip
    """``(doc_a, doc_b)`` ids, ``doc_a < doc_b``, of articles with at least
    one pair of similar sentences (see the module docstring), sorted. Any
    order of ``docs`` gives the same pairs. Streams: an article's shingles
    are dropped once its sentences are in the index."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=similarity, num_perm=num_perm)
    ids: list[str] = []
    pairs = set()
    for doc in docs:
        number = len(ids)
        ids.append(doc.doc_id)
        ranges = [(f, last) for f, last in sentence_word_ranges(doc) if last - f >= min_words]
        if not ranges:
            continue
        sets = [shingles(doc.words[first:last], shingle) for first, last in ranges]
        hashes = MinHash.bulk(sets, num_perm=num_perm, seed=SEED)
        # queried before its own sentences go in: every match is an earlier article
        earlier = {other for minhash in hashes for other, _ in lsh.query(minhash)}
        pairs.update((other, number) for other in earlier)
        for (first, _), minhash in zip(ranges, hashes):
            lsh.insert((number, first), minhash)
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


def find_reuse(records, min_words: int = 8, shingle: int = 3, similarity: float = 0.5,
               num_perm: int = 64) -> tuple[list[dict], list[dict]]:  # fmt: skip
    """``(pairs, passages)`` rows for the articles ``records`` (dicts with
    ``doc_id``, ``outlet``, ``body``), sorted by ``doc_a``, ``doc_b``; all
    in memory (``run`` streams a file instead)."""
    docs = {doc.doc_id: doc for doc in map(article, records)}
    pairs = candidate_pairs(docs.values(), min_words, shingle, similarity, num_perm)
    rows = list(reuse_rows(pairs, docs.__getitem__, min_words))
    return [pair for pair, _ in rows], [p for _, passages in rows for p in passages]


def articles_with_offsets(handle, offsets: dict):
    """Each article of an open JSON-lines file, noting its line's byte
    offset in ``offsets`` (doc_id -> offset)."""
    handle.seek(0)
    while line := handle.readline():
        if line.strip():
            record = json.loads(line)
            offsets[record["doc_id"]] = handle.tell() - len(line)
            yield article(record)


def run(documents_path, params, out) -> None:
    """Write the two tables. The articles are read once to index their
    sentences, then again, one pair at a time, from their byte offsets (the
    last ``CACHED_ARTICLES`` kept): memory holds the index, not the corpus."""
    offsets: dict[str, int] = {}
    with open(documents_path, "rb") as handle:
        options = {k: v for k, v in params.items() if k != "min_words"}
        pairs = candidate_pairs(articles_with_offsets(handle, offsets), params["min_words"],
                                options.get("shingle", 3), options.get("similarity", 0.5),
                                options.get("num_perm", 64))  # fmt: skip

        @functools.lru_cache(maxsize=CACHED_ARTICLES)
        def load(doc_id: str) -> Article:
            handle.seek(offsets[doc_id])
            return article(json.loads(handle.readline()))

        rows = list(reuse_rows(pairs, load, params["min_words"]))
    write_rows([pair for pair, _ in rows], PAIR_COLUMNS, out["pairs"])
    write_rows([p for _, passages in rows for p in passages], PASSAGE_COLUMNS, out["passages"])
    log.info("%d article pairs share %d passages (%d compared)",
             len(rows), sum(len(p) for _, p in rows), len(pairs))  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--min-words", type=int, default=8)
    parser.add_argument("--similarity", type=float, default=0.5)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.documents, {"min_words": args.min_words, "similarity": args.similarity},
        {"pairs": out / "reuse_pairs.csv", "passages": out / "shared_passages.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, {"min_words": sm.params.min_words,
                                 "similarity": sm.params.similarity}, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
