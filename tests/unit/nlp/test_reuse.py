"""Shared passages between articles: on the seeds, and on small cases."""

import csv

import pytest
from newsdag.io import write_jsonl
from newsdag.nlp.annotation import annotated_documents
from newsdag.nlp.passages import covered_chars
from newsdag.nlp.reuse import (
    article,
    candidate_entries,
    candidate_pairs,
    candidate_word_ranges,
    clause_word_ranges,
    file_reuse,
    find_reuse,
    sentence_word_ranges,
)
from newsdag.text.sentences import Sentences


def body_sentences(table) -> dict[str, Sentences]:
    """doc_id -> body ``Sentences`` of a sentence table (``SENTENCE_COLUMNS``)."""
    body = table[table["section"] == "body"]
    return {
        doc_id: Sentences.from_spans(zip(rows["start"].astype(int), rows["end"].astype(int)))
        for doc_id, rows in body.groupby("doc_id")
    }


@pytest.fixture(scope="module")
def seed_sentences(seed_annotations):
    return body_sentences(seed_annotations[0])


@pytest.fixture(scope="module")
def seed_reuse(seed_records, seed_sentences):
    return find_reuse(seed_records, seed_sentences)


def spacy_sentences(records, nlp) -> dict[str, Sentences]:
    """doc_id -> body sentences of ``records``, through the spaCy pass."""
    return {
        doc_id: Sentences.from_spans((row[3], row[4]) for row in rows if row[1] == "body")
        for doc_id, rows, *_ in annotated_documents(records, nlp)
    }


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


def test_the_moscow_times_and_ani_carry_the_same_state_department_words(seed_reuse):
    # Found since candidates include clauses: in The Moscow Times the words
    # are a quote ('He also "stressed that ...," it said'), in ANI part of
    # a longer sentence; as whole sentences the two are too unlike. ANI
    # writes "destabilising", so the words are two passages.
    pairs, passages = seed_reuse
    state = pair(pairs, "000", "002")
    assert (state["outlet_a"], state["outlet_b"]) == ("The Moscow Times", "ANI")
    assert [p["passage"] for p in passages if (p["doc_a"], p["doc_b"]) == (
        state["doc_a"], state["doc_b"])] == [
        "that the intervention by Russia and Cuba is",
        "for Venezuela and for the U.S.-Russia bilateral relationship",
    ]  # fmt: skip
    assert state["longest_words"] == 10


def test_only_those_three_pairs_share_text(seed_reuse):
    pairs, _ = seed_reuse
    assert [(p["doc_a"][:3], p["doc_b"][:3]) for p in pairs] == [
        ("000", "001"), ("000", "002"), ("002", "003"),
    ]  # fmt: skip
    assert all(0 < float(p["share_a"]) < 1 and 0 < float(p["share_b"]) < 1 for p in pairs)


def test_candidates_are_spacy_sentences_and_their_clauses(seed_records, seed_sentences):
    moscow = next(r for r in seed_records if r["doc_id"].startswith("000"))
    doc, sentences = article(moscow), seed_sentences[moscow["doc_id"]]
    text = lambda first, last: " ".join(doc.words[first:last])  # noqa: E731
    # "U.S." does not end a sentence: spaCy's sentences are whole
    whole = [text(f, last) for f, last in sentence_word_ranges(doc, sentences)]
    said = "the u s state department said pompeo urged russia in the call to stop supporting maduro"
    assert said in whole
    # a clause ends at a quotation mark or a comma
    clauses = [text(f, last) for f, last in clause_word_ranges(doc, sentences)]
    quoted = (
        "stressed that the intervention by russia and cuba is destabilizing for venezuela and for "
        "the u s russia bilateral relationship"
    )
    assert quoted in clauses and "he also" in clauses and "it said" in clauses
    # indexed: each once, of at least min_words words
    ranges = candidate_word_ranges(doc, sentences, 8)
    assert len(ranges) == len(set(ranges)) and all(last - f >= 8 for f, last in ranges)
    assert {text(f, last) for f, last in ranges} >= {said, quoted}


def record(doc_id, body, outlet="Outlet"):
    return {"doc_id": doc_id, "outlet": outlet, "body": body}


WIRE = (
    "The foreign minister said on Friday that the two positions were incompatible but that "
    "talks would continue next week in the capital."
)


def test_case_accents_and_curly_apostrophes_do_not_hide_a_copy(nlp):
    a = record("a", "Intro text here. " + WIRE + " Other words follow.")
    b = record("b", "Something else. " + WIRE.upper().replace("'", "’") + " More.")
    pairs, passages = find_reuse([a, b], spacy_sentences([a, b], nlp))
    assert len(pairs) == 1 and passages[0]["words"] == len(WIRE.split())
    assert passages[0]["passage"] == WIRE.rstrip(".")


def test_runs_shorter_than_min_words_are_not_passages(nlp):
    a = record("a", "The minister said talks would continue next week. " + "x " * 20)
    b = record("b", "Officials said talks would continue next week. " + "y " * 20)
    sentences = spacy_sentences([a, b], nlp)
    assert find_reuse([a, b], sentences, min_words=8) == ([], [])
    assert find_reuse([a, b], sentences, min_words=5, similarity=0.1)[0]


def test_unrelated_articles_are_never_compared(nlp):
    records = [record(str(i), f"Article {i} says word{i} many times. " * 3) for i in range(5)]
    sentences = spacy_sentences(records, nlp)
    docs = [(article(r), sentences[r["doc_id"]]) for r in records]
    assert candidate_pairs(docs, 3, 3, 0.5, 64) == []


def test_an_article_without_sentences_gives_no_candidates(nlp):
    a, b = record("a", WIRE), record("b", WIRE)
    assert find_reuse([a, b], spacy_sentences([a], nlp)) == ([], [])


def test_a_passage_repeated_in_one_article_is_counted_once_in_its_share(nlp):
    a = record("a", WIRE)
    b = record("b", WIRE + " " + WIRE)
    [row], passages = find_reuse([a, b], spacy_sentences([a, b], nlp))
    assert len(passages) == 2
    assert row["shared_chars_a"] == len(WIRE) - 1  # the full stop is not a word
    assert covered_chars([(0, 10), (5, 15), (20, 25)]) == 20


QUOTE = (
    "We will never accept a government imposed from outside, the president told the crowd "
    "gathered in front of the palace."
)


def carriers(nlp):
    """Seven articles that all carry ``WIRE``; "a" and "b" also share
    ``QUOTE`` and a third sentence, and each has a sentence of its own."""
    extra = "Prices of bread and fuel rose again in the markets of the capital on Monday."
    own = [
        "Rain fell on the northern coast for a third day in a row this week.",
        "The central bank kept its main interest rate unchanged at six percent.",
        "Several hundred teachers marched to demand the payment of late salaries.",
        "A new bridge over the river opened to traffic after four years of work.",
        "The national football team lost its qualifying match two goals to one.",
    ]
    records = [record(f"x{i}", f"{sentence} {WIRE}") for i, sentence in enumerate(own)]
    records += [record(name, f"Story {name} opens its own way. {WIRE} {QUOTE} {extra}")
                for name in ("b", "a")]  # fmt: skip
    return records, spacy_sentences(records, nlp)


def test_a_passage_many_articles_carry_is_indexed_once(nlp):
    records, sentences = carriers(nlp)
    found = candidate_entries([(article(r), sentences[r["doc_id"]]) for r in records], 8, 3,
                              0.5, 64)  # fmt: skip
    wire = set.intersection(*map(set, found.entries))
    assert len(wire) == 1  # the one entry all seven hold
    shared_by_a_and_b = set(found.entries[-1]) & set(found.entries[-2])
    # WIRE, the sentence on prices, QUOTE and its two clauses either side of the comma
    assert len(shared_by_a_and_b) == 5
    assert found.distinct == len(set().union(*map(set, found.entries)))


def test_each_article_keeps_its_closest_partners(nlp):
    records, sentences = carriers(nlp)
    pairs = lambda docs, limit: [  # noqa: E731
        (a, b) for a, b, *_ in (
            (p["doc_a"], p["doc_b"]) for p in find_reuse(docs, sentences, max_partners=limit)[0]
        )
    ]  # fmt: skip
    every = [(a, b) for i, a in enumerate(sorted(sentences)) for b in sorted(sentences)[i + 1 :]]
    assert pairs(records, None) == every  # 21 pairs: all carry the wire paragraph
    # with one partner each: "a" and "b" keep each other (three sentences
    # alike against one); each "x" keeps "a" (a tie, broken by doc_id order)
    closest = [("a", "b")] + [("a", f"x{i}") for i in range(5)]
    assert pairs(records, 1) == closest
    assert pairs(list(reversed(records)), 1) == closest  # whatever order they are read in
    assert len(pairs(records, 2)) == 1 + 5 + 5  # each "x" also keeps "b"


def test_a_word_for_word_copy_is_kept_before_edited_versions():
    # 30 articles carry a sentence with a word changed every eighth place (no
    # 8-word run in common with it, but alike); 5 carry it word for word. The
    # copies must keep each other, not 20 of the edited versions.
    words = [f"word{k}" for k in range(30)]
    edited = [[f"edit{i}x{k}" if k in (7, 15, 23) else w for k, w in enumerate(words)]
              for i in range(30)]  # fmt: skip
    records = [record(f"a{i:03d}", " ".join(w) + ".") for i, w in enumerate(edited)]
    records += [record(f"z{i:03d}", " ".join(words) + ".") for i in range(5)]
    sentences = {r["doc_id"]: Sentences.from_spans([(0, len(r["body"]))]) for r in records}
    pairs, _ = find_reuse(records, sentences, max_partners=20)
    copies = [(p["doc_a"], p["doc_b"]) for p in pairs]
    assert copies == [(f"z{i:03d}", f"z{j:03d}") for i in range(5) for j in range(i + 1, 5)]


def test_the_same_corpus_gives_the_same_rows(seed_records, seed_sentences):
    assert find_reuse(seed_records, seed_sentences) == find_reuse(
        list(reversed(seed_records)), seed_sentences
    )


def test_the_file_path_streams_to_the_same_rows(seed_records, seed_annotations, seed_reuse,
                                                 tmp_path, caplog):  # fmt: skip
    sentences = seed_annotations[0]
    # documents.jsonl is sorted by doc_id; the sentences come in two shard files
    write_jsonl(seed_records, tmp_path / "documents.jsonl")
    ids = sorted(r["doc_id"] for r in seed_records)
    shards = [tmp_path / "sentences0.csv", tmp_path / "sentences1.csv"]
    sentences[sentences["doc_id"].isin(ids[1::2])].to_csv(shards[0], index=False)
    sentences[sentences["doc_id"].isin(ids[::2])].to_csv(shards[1], index=False)
    with caplog.at_level("INFO", logger="find_reuse"):
        rows = list(file_reuse(tmp_path / "documents.jsonl", shards, min_words=8, similarity=0.5))
    pairs, passages = seed_reuse
    assert f"{len(pairs)} candidate pairs of articles" in caplog.text
    assert [pair for pair, _ in rows] == pairs
    assert [p for _, found in rows for p in found] == passages
    # records out of doc_id order cannot be read along the shard files
    write_jsonl(reversed(seed_records), tmp_path / "unsorted.jsonl")
    with pytest.raises(ValueError, match="not sorted"):
        list(file_reuse(tmp_path / "unsorted.jsonl", shards))


def test_the_rule_writes_the_two_tables(seed_records, seed_annotations, seed_reuse, tmp_path):
    import subprocess
    import sys

    from tests.support import ROOT

    seed_annotations[0].to_csv(tmp_path / "sentences.csv", index=False)
    write_jsonl(seed_records, tmp_path / "documents.jsonl")
    subprocess.run([sys.executable, ROOT / "scripts/find_reuse.py", tmp_path / "documents.jsonl",
                    "--sentences", tmp_path / "sentences.csv", "--out-dir", tmp_path],
                   check=True, capture_output=True)  # fmt: skip
    read = lambda p: list(csv.DictReader(open(p, encoding="utf-8")))  # noqa: E731
    pairs, passages = seed_reuse
    assert read(tmp_path / "reuse_pairs.csv") == [
        {k: str(v) for k, v in row.items()} for row in pairs
    ]
    assert read(tmp_path / "shared_passages.csv") == [
        {k: str(v) for k, v in row.items()} for row in passages
    ]


def test_the_script_refuses_a_limit_below_one(capsys):
    import importlib.util

    from tests.support import ROOT

    spec = importlib.util.spec_from_file_location("find_reuse", ROOT / "scripts/find_reuse.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    with pytest.raises(SystemExit):
        script.main(["d.jsonl", "--sentences", "s.csv", "--max-partners", "0", "--out-dir", "x"])
    assert "must be at least 1, got 0" in capsys.readouterr().err
