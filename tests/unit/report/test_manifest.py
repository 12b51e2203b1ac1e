"""The manifest's fingerprints and counts."""

from newsdag.report.manifest import build_manifest, config_hash, corpus_fingerprint, row_count

DOCS = "doc_id,sha256,title\na,11,A\nb,22,B\n"


def test_corpus_fingerprint_follows_content_not_row_order(tmp_path):
    one, two, three = (tmp_path / n for n in ("1.csv", "2.csv", "3.csv"))
    one.write_text(DOCS)
    two.write_text("doc_id,sha256,title\nb,22,other title\na,11,A\n")
    three.write_text(DOCS.replace("22", "23"))
    assert corpus_fingerprint(one) == corpus_fingerprint(two)
    assert corpus_fingerprint(one) != corpus_fingerprint(three)


def test_config_hash_ignores_key_order():
    assert config_hash({"a": 1, "b": [1, 2]}) == config_hash({"b": [1, 2], "a": 1})
    assert config_hash({"a": 1}) != config_hash({"a": 2})


def test_row_counts(tmp_path):
    (tmp_path / "t.csv").write_text('x,y\n1,"two\nlines"\n3,4\n')
    (tmp_path / "c.jsonl").write_text('{"a": 1}\n{"a": 2}\n')
    (tmp_path / "f.svg").write_text("<svg/>")
    assert row_count(tmp_path / "t.csv") == 2
    assert row_count(tmp_path / "c.jsonl") == 2
    assert row_count(tmp_path / "f.svg") is None


def test_build_manifest_lists_outputs_sorted_with_hashes(tmp_path):
    docs = tmp_path / "documents.csv"
    docs.write_text(DOCS)
    other = tmp_path / "a.jsonl"
    other.write_text("{}\n")
    manifest = build_manifest([str(docs), str(other), str(docs)], str(docs), {"k": 1}, "v1")
    assert [o["path"] for o in manifest["outputs"]] == sorted({docs.as_posix(), other.as_posix()})
    assert manifest["n_documents"] == 2 and manifest["code_version"] == "v1"
    assert manifest["outputs"][1]["rows"] == 2 and len(manifest["outputs"][1]["sha256"]) == 64
    # nothing that changes from run to run: no timestamps, hosts or paths of the machine
    assert set(manifest) == {
        "manifest_version", "corpus_fingerprint", "n_documents", "config_hash",
        "code_version", "python", "packages", "outputs",
    }  # fmt: skip
    assert all(set(entry) == {"path", "sha256", "rows"} for entry in manifest["outputs"])
