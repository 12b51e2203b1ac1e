"""Finding article files, naming them and assigning shards."""

from collections import Counter

from newsdag.corpus.files import (
    corpus_files,
    doc_ids_for,
    list_corpus_paths,
    shard_label,
    shard_of,
)

from tests.support import SEEDS

PATTERNS = ["*.txt", "*.md", "*.html"]


def test_list_corpus_paths(tmp_path):
    for name in [
        "a.txt",
        "B.HTML",
        "sub/c.md",
        "notes.pdf",
        ".hidden.txt",
        ".git/x.txt",
        "sub/.d.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert list_corpus_paths(tmp_path, PATTERNS) == ["B.HTML", "a.txt", "sub/c.md"]
    assert list_corpus_paths(tmp_path, PATTERNS, exclude=["sub/*"]) == ["B.HTML", "a.txt"]
    assert list_corpus_paths(tmp_path / "missing", PATTERNS) == []


def test_doc_ids_are_stems_unless_two_files_share_one():
    ids = doc_ids_for(["a.txt", "a.html", "b.txt", "sub/b.md", "Guaide\u0301.txt"])
    assert ids == {
        "a.txt": "a.txt",
        "a.html": "a.html",
        "b.txt": "b",
        "sub/b.md": "sub/b",
        "Guaide\u0301.txt": "Guaidé",  # decomposed accent normalised to NFC
    }


def test_shard_of_known_values():
    # fixed values: if these change, every article of every corpus moves shard
    assert shard_of("000_7cf7ee1c59f077cd", 16) == 11
    assert [shard_of(f"doc{i}", 16) for i in range(3)] == [1, 9, 4]
    assert all(0 <= shard_of(f"doc{i}", 7) < 7 for i in range(200))
    assert shard_label(7) == "007"


def test_shards_are_balanced():
    counts = Counter(shard_of(f"article-{i:05d}", 16) for i in range(16000))
    assert len(counts) == 16 and max(counts.values()) < 1.15 * 1000


def test_adding_a_file_moves_no_other_file(tmp_path):
    for i in range(30):
        (tmp_path / f"doc{i}.txt").write_text("x")
    before = {f.doc_id: f.shard for f in corpus_files(tmp_path, PATTERNS, 8)}
    (tmp_path / "new.txt").write_text("x")
    after = {f.doc_id: f.shard for f in corpus_files(tmp_path, PATTERNS, 8)}
    assert {k: v for k, v in after.items() if k != "new"} == before


def test_corpus_listing_tells_many_article_files_from_one_article_files(tmp_path):
    (tmp_path / "a.txt").write_bytes((SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes())
    (tmp_path / "b.json").write_text('\ufeff  {"text": "x"}', encoding="utf-8")
    (tmp_path / "c.json").write_text('\n [{"text": "x"}]')
    (tmp_path / "d.jsonl").write_text("")
    (tmp_path / "e.csv").write_text("text\n")
    files = corpus_files(tmp_path, ["*"], 4)
    assert [(f.doc_id, f.many) for f in files] == [
        ("a", False), ("b", False), ("c", True), ("d", True), ("e", True),
    ]  # fmt: skip
