"""The benchmark corpus: deterministic, spread over outlets and dates, and
messy in the ways the parser must clean. Built from the seeds alone here
(``seeds_only``), so the tests do not depend on ../shared/corpora."""

import hashlib

import pytest
from bench.corpus import OUTLETS, MissingSourceCorpora, build_corpus, source_pool


def digests(paths):
    return [(p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in paths]


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    first = digests(build_corpus(tmp_path / "a", 25, seed=7, seeds_only=True))
    assert first == digests(build_corpus(tmp_path / "b", 25, seed=7, seeds_only=True))
    assert first != digests(build_corpus(tmp_path / "c", 25, seed=8, seeds_only=True))
    # article i does not depend on n: a larger corpus extends a smaller one
    assert digests(build_corpus(tmp_path / "d", 30, seed=7, seeds_only=True))[:25] == first


def test_articles_parse_into_ten_outlets_with_dates_and_clean_bodies(tmp_path, parse):
    records = [parse(path) for path in build_corpus(tmp_path / "corpus", 40, seeds_only=True)]
    assert {r["outlet"] for r in records} == {name for name, _, _ in OUTLETS}
    assert all(r["date"].startswith("2019-") for r in records)
    assert all(r["title"] and r["n_words"] >= 40 for r in records)
    bodies = "\n".join(r["body"] for r in records)
    for furniture in ("We use cookies", "Skip to main content", "Sign up for our daily newsletter",
                      "Comments (12)", "Photo: Evan Vucci/AP", "READ MORE:"):  # fmt: skip
        assert furniture not in bodies, furniture


def test_the_benchmark_edit_lands_in_the_parsed_body(tmp_path, parse):
    from bench.__main__ import ADDED_PARAGRAPH, edited_article

    for path in build_corpus(
        tmp_path / "corpus", 12, seeds_only=True
    ):  # .txt, .md and .html, messy or not
        before = parse(path)["body"]
        path.write_text(edited_article(path.read_text(encoding="utf-8")), encoding="utf-8")
        after = parse(path)["body"]
        assert ADDED_PARAGRAPH not in before and ADDED_PARAGRAPH in after, path.name


def test_the_builder_stops_when_the_shared_corpora_are_missing(tmp_path, monkeypatch):
    """Without ../shared/corpora it says so and names --seeds-only, instead
    of silently building a corpus from the five seeds alone."""
    monkeypatch.setattr("bench.corpus.SHARED_CORPORA", tmp_path / "nowhere")
    with pytest.raises(MissingSourceCorpora, match="--seeds-only"):
        build_corpus(tmp_path / "corpus", 10)
    assert not (tmp_path / "corpus").exists()
    titles, paragraphs = source_pool(seeds_only=True)
    assert len(titles) == 5 and len(paragraphs) > 20
    assert len(build_corpus(tmp_path / "corpus", 10, seeds_only=True)) == 10
