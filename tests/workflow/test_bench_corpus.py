"""The benchmark corpus: deterministic, spread over outlets and dates, and
messy in the ways the parser must clean."""

import hashlib

from bench.corpus import OUTLETS, build_corpus


def digests(paths):
    return [(p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in paths]


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    first = digests(build_corpus(tmp_path / "a", 25, seed=7))
    assert first == digests(build_corpus(tmp_path / "b", 25, seed=7))
    assert first != digests(build_corpus(tmp_path / "c", 25, seed=8))
    # article i does not depend on n: a larger corpus extends a smaller one
    assert digests(build_corpus(tmp_path / "d", 30, seed=7))[:25] == first


def test_articles_parse_into_ten_outlets_with_dates_and_clean_bodies(tmp_path, parse):
    records = [parse(path) for path in build_corpus(tmp_path / "corpus", 40)]
    assert {r["outlet"] for r in records} == {name for name, _, _ in OUTLETS}
    assert all(r["date"].startswith("2019-") for r in records)
    assert all(r["title"] and r["n_words"] >= 40 for r in records)
    bodies = "\n".join(r["body"] for r in records)
    for furniture in ("We use cookies", "Skip to main content", "Sign up for our daily newsletter",
                      "Comments (12)", "Photo: Evan Vucci/AP", "READ MORE:"):  # fmt: skip
        assert furniture not in bodies, furniture


def test_the_benchmark_edit_lands_in_the_parsed_body(tmp_path, parse):
    from bench.__main__ import ADDED_PARAGRAPH, edited_article

    for path in build_corpus(tmp_path / "corpus", 12):  # .txt, .md and .html, messy or not
        before = parse(path)["body"]
        path.write_text(edited_article(path.read_text(encoding="utf-8")), encoding="utf-8")
        after = parse(path)["body"]
        assert ADDED_PARAGRAPH not in before and ADDED_PARAGRAPH in after, path.name
