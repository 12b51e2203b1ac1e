"""The exact comparison of two articles: word ids, sequence hashes and the
runs of identical words they share."""

import numpy as np
from newsdag.nlp.passages import (
    Vocabulary,
    article_words,
    covered_chars,
    gram_hashes,
    indexed,
    reuse_rows,
    shared_runs,
)
from newsdag.nlp.reuse import article


def words_of(doc_id, body, vocabulary, min_words=4):
    doc = article({"doc_id": doc_id, "outlet": f"Outlet {doc_id}", "body": body})
    return article_words(doc.doc_id, doc.outlet, body, doc.words, doc.spans, vocabulary,
                         min_words)  # fmt: skip


def test_equal_word_sequences_hash_alike_and_short_articles_have_none():
    ids = np.array([5, 6, 7, 8, 5, 6, 7, 8, 9], dtype=np.int32)
    hashes = gram_hashes(ids, 4)
    assert len(hashes) == 6 and hashes[0] == hashes[4] and len(set(hashes.tolist())) == 5
    assert len(gram_hashes(ids[:3], 4)) == 0


def test_the_same_word_gets_the_same_id_in_every_article():
    vocabulary = Vocabulary()
    a = words_of("a", "Talks resume Monday in Caracas", vocabulary)
    b = words_of("b", "In Caracas talks resume", vocabulary)
    assert a.ids.tolist() == [0, 1, 2, 3, 4] and b.ids.tolist() == [3, 4, 0, 1]
    assert (a.starts.tolist(), a.ends.tolist()) == ([0, 6, 13, 20, 23], [5, 12, 19, 22, 30])


def test_runs_are_maximal_and_a_passage_held_twice_is_two_runs():
    vocabulary = Vocabulary()
    shared = "the minister said the talks would resume next week"
    a = words_of("a", f"Earlier today {shared}. Nothing else.", vocabulary)
    b = words_of("b", f"{shared}, and again: {shared}.", vocabulary)
    runs = shared_runs(indexed(a, ""), b, 4)
    assert runs == [(2, 0, 9), (2, 11, 9)]  # a's words 2-10, twice in b


def test_a_hash_collision_is_not_a_passage():
    vocabulary = Vocabulary()
    a = words_of("a", "one two three four five", vocabulary)
    b = words_of("b", "six seven eight nine ten", vocabulary)
    b.grams = a.grams.copy()  # as if every sequence of b collided with a's
    assert shared_runs(indexed(a, ""), b, 4) == []


def test_pair_rows_give_offsets_shares_and_the_longest_passage():
    vocabulary = Vocabulary()
    bodies = {"a": "Officials said talks would resume next week in the capital.",
              "b": "Reuters. Officials said talks would resume next week, it said."}  # fmt: skip
    words = {d: words_of(d, body, vocabulary) for d, body in bodies.items()}
    [(pair, [passage])] = list(reuse_rows([("a", "b")], words, bodies.__getitem__, 4))
    assert passage["passage"] == "Officials said talks would resume next week"
    assert bodies["b"][passage["start_b"] : passage["end_b"]] == passage["passage"]
    assert (pair["passages"], pair["shared_words"], pair["longest_words"]) == (1, 7, 7)
    assert pair["share_a"] == f"{43 / len(bodies['a']):.6g}"


def test_overlapping_spans_are_counted_once():
    assert covered_chars([(0, 10), (5, 15), (20, 25)]) == 20
    assert covered_chars([]) == 0
