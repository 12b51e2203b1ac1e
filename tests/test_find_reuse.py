"""Shared passages between articles: on the seeds, and on small cases."""

import pytest

from find_reuse import article, candidate_pairs, covered_chars, find_reuse


@pytest.fixture(scope="module")
def seed_reuse(seed_records):
    return find_reuse(seed_records)


def pair(pairs, a, b):
    return next(p for p in pairs if p["doc_a"].startswith(a) and p["doc_b"].startswith(b))


def test_the_two_moscow_times_articles_share_the_bolton_paragraph(seed_reuse):
    pairs, passages = seed_reuse
    moscow = pair(pairs, "000", "001")
    assert (moscow["outlet_a"], moscow["outlet_b"]) == ("The Moscow Times", "The Moscow Times")
    texts = [p["passage"] for p in passages if p["doc_a"] == moscow["doc_a"]]
    assert any("It's not where the Russians ought to be interfering" in t for t in texts)
    assert any(t.startswith("Bolton would not elaborate") for t in texts)


def test_ani_and_breitbart_carry_the_same_lavrov_quote(seed_reuse, seed_records):
    pairs, passages = seed_reuse
    lavrov = pair(pairs, "002", "003")
    assert (lavrov["outlet_a"], lavrov["outlet_b"]) == ("ANI", "Breitbart")
    assert lavrov["longest_passage"].startswith(
        "The enumeration all that official representatives for the American administration"
    )
    bodies = {r["doc_id"]: r["body"] for r in seed_records}
    for p in passages:  # offsets point at the passage in both bodies
        a, b = bodies[p["doc_a"]], bodies[p["doc_b"]]
        assert a[p["start_a"] : p["end_a"]] == p["passage"]
        assert len(b[p["start_b"] : p["end_b"]].split()) == len(p["passage"].split())


def test_only_those_two_pairs_share_text(seed_reuse):
    pairs, _ = seed_reuse
    assert [(p["doc_a"][:3], p["doc_b"][:3]) for p in pairs] == [("000", "001"), ("002", "003")]
    assert all(0 < float(p["share_a"]) < 1 and 0 < float(p["share_b"]) < 1 for p in pairs)


def record(doc_id, body, outlet="Outlet"):
    return {"doc_id": doc_id, "outlet": outlet, "body": body}


WIRE = (
    "The foreign minister said on Friday that the two positions were incompatible but that "
    "talks would continue next week in the capital."
)


def test_case_accents_and_curly_apostrophes_do_not_hide_a_copy():
    a = record("a", "Intro text here. " + WIRE + " Other words follow.")
    b = record("b", "Something else. " + WIRE.upper().replace("'", "’") + " More.")
    pairs, passages = find_reuse([a, b])
    assert len(pairs) == 1 and passages[0]["words"] == len(WIRE.split())
    assert passages[0]["passage"] == WIRE.rstrip(".")


def test_runs_shorter_than_min_words_are_not_passages():
    a = record("a", "The minister said talks would continue next week. " + "x " * 20)
    b = record("b", "Officials said talks would continue next week. " + "y " * 20)
    assert find_reuse([a, b], min_words=8) == ([], [])
    assert find_reuse([a, b], min_words=5, similarity=0.1)[0]


def test_unrelated_articles_are_never_compared():
    docs = [article(record(str(i), f"Article {i} says word{i} many times. " * 3)) for i in range(5)]
    assert candidate_pairs(docs, 3, 3, 0.5, 64) == []


def test_a_passage_repeated_in_one_article_is_counted_once_in_its_share():
    a = record("a", WIRE)
    b = record("b", WIRE + " " + WIRE)
    [row], passages = find_reuse([a, b])
    assert len(passages) == 2
    assert row["shared_chars_a"] == len(WIRE) - 1  # the full stop is not a word
    assert covered_chars([(0, 10), (5, 15), (20, 25)]) == 20


def test_the_same_corpus_gives_the_same_rows(seed_records):
    assert find_reuse(seed_records) == find_reuse(list(reversed(seed_records)))


def test_the_file_path_streams_to_the_same_rows(seed_records, seed_reuse, tmp_path):
    import csv

    from find_reuse import run
    from newsdag_common import write_jsonl

    write_jsonl(reversed(seed_records), tmp_path / "documents.jsonl")  # any order
    out = {"pairs": tmp_path / "pairs.csv", "passages": tmp_path / "passages.csv"}
    run(tmp_path / "documents.jsonl", {"min_words": 8, "similarity": 0.5}, out)
    read = lambda p: list(csv.DictReader(open(p, encoding="utf-8")))  # noqa: E731
    pairs, passages = seed_reuse
    assert read(out["pairs"]) == [{k: str(v) for k, v in row.items()} for row in pairs]
    assert read(out["passages"]) == [{k: str(v) for k, v in row.items()} for row in passages]
