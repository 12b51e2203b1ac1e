"""The rows of the spaCy pass: sentence offsets, mentions in their
sentences, and the per-shard cache with its fingerprint."""

import ast
import shutil

from newsdag.io import write_jsonl
from newsdag.nlp.annotation import (
    ANNOTATION_CODE,
    PACKAGE_DIR,
    AnnotationCache,
    annotate_shard,
    annotation_fingerprint,
    document_key,
    texts_of,
)


def test_sentence_offsets_point_into_the_text(seed_records, seed_annotations):
    sentences, mentions, *_ = seed_annotations
    texts = {(r["doc_id"], "body"): r["body"] for r in seed_records}
    texts |= {(r["doc_id"], "title"): r["title"] for r in seed_records}
    for row in sentences.itertuples():
        assert texts[(row.doc_id, row.section)][int(row.start) : int(row.end)] == row.text
    for row in mentions.itertuples():
        assert texts[(row.doc_id, row.section)][int(row.start) : int(row.end)] == row.text
        assert row.text == row.text.strip()
    titles = sentences[sentences["section"] == "title"]
    assert len(titles) == 5 and set(titles["sentence_id"]) == {"0"}
    body_ids = sentences[sentences["section"] == "body"].groupby("doc_id")["sentence_id"]
    assert all(list(ids.astype(int)) == list(range(1, len(ids) + 1)) for _, ids in body_ids)


def test_no_sentence_crosses_a_paragraph_break(seed_annotations):
    sentences, *_ = seed_annotations
    assert not sentences["text"].str.contains("\n").any()
    assert (sentences["text"] == sentences["text"].str.strip()).all()
    dw = sentences[
        (sentences["doc_id"] == "004_d82b79f67a646ad1") & (sentences["section"] == "body")
    ]
    assert "'Very positive' talks" in set(dw["text"])  # a sub-heading is its own sentence
    assert len(dw) >= 14


def test_mentions_sit_in_their_sentence(seed_annotations):
    sentences, mentions, *_ = seed_annotations
    spans = {
        (r.doc_id, r.section, r.sentence_id): (int(r.start), int(r.end))
        for r in sentences.itertuples()
    }
    for m in mentions.itertuples():
        start, end = spans[(m.doc_id, m.section, m.sentence_id)]
        assert start <= int(m.start) < int(m.end) <= end


def test_texts_of_skips_an_empty_title():
    records = [{"doc_id": "a", "title": "Talks fail", "body": "B."}, {"doc_id": "b", "body": "C."}]
    assert list(texts_of(records)) == [
        ("Talks fail", ("a", "title")),
        ("B.", ("a", "body")),
        ("C.", ("b", "body")),
    ]


def annotate_with_cache(records, folder, nlp_factory, fingerprint="f"):
    """Run the shard loop over ``records`` with the cache in ``folder``;
    the rows and the number of documents spaCy saw."""
    write_jsonl(records, folder / "documents.jsonl")
    cache = AnnotationCache(folder / "annotations.cache.jsonl", fingerprint)
    rows = list(annotate_shard(folder / "documents.jsonl", nlp_factory, cache))
    cache.write(rows)
    return [r[1:] for r in rows], sum(key not in cache for key, *_ in rows)


def test_a_rerun_after_one_edit_runs_spacy_on_that_article_only(nlp, seed_records, tmp_path):
    loads = []

    def factory():
        loads.append(1)
        return nlp

    first, spacy_docs = annotate_with_cache(seed_records, tmp_path, factory)
    assert spacy_docs == 5 and len(loads) == 1
    again, spacy_docs = annotate_with_cache(seed_records, tmp_path, factory)
    assert again == first and spacy_docs == 0 and len(loads) == 1  # model never loaded
    edited = [dict(r) for r in seed_records]
    edited[2]["body"] = edited[2]["body"].replace("Lavrov", "Sergei Lavrov", 1)
    rows, spacy_docs = annotate_with_cache(edited, tmp_path, factory)
    assert spacy_docs == 1 and len(loads) == 2
    (tmp_path / "fresh").mkdir()
    fresh, _ = annotate_with_cache(edited, tmp_path / "fresh", lambda: (nlp))
    assert rows == fresh and rows != first  # same rows as a run without the cache


def test_cache_from_another_pipeline_or_damaged_is_not_used(nlp, seed_records, tmp_path):
    models = lambda: (nlp)  # noqa: E731
    annotate_with_cache(seed_records[:2], tmp_path, models, fingerprint="model 3.8.0")
    _, spacy_docs = annotate_with_cache(seed_records[:2], tmp_path, models, "model 3.9.0")
    assert spacy_docs == 2
    (tmp_path / "annotations.cache.jsonl").write_text('{"fingerprint": "model 3.9.0"}\n{"ke')
    _, spacy_docs = annotate_with_cache(seed_records[:2], tmp_path, models, "model 3.9.0")
    assert spacy_docs == 2


def test_document_key_changes_with_id_title_and_body():
    record = {"doc_id": "a", "title": "Talks fail", "body": "Lavrov said nothing."}
    keys = {document_key(record)}
    for field, value in [("doc_id", "b"), ("title", "Talks go on"), ("body", "Lavrov spoke.")]:
        keys.add(document_key(record | {field: value}))
    assert len(keys) == 4
    assert document_key(record | {"title": None}) == document_key(record | {"title": ""})


def test_editing_any_listed_module_changes_the_fingerprint(tmp_path):
    for name in ANNOTATION_CODE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE_DIR / name, tmp_path / name)
    before = annotation_fingerprint("en_core_web_sm", tmp_path)
    assert before == annotation_fingerprint("en_core_web_sm")  # the copy is the package
    for name in ANNOTATION_CODE:
        code = (tmp_path / name).read_bytes()
        (tmp_path / name).write_bytes(code + b"# an edit\n")
        assert annotation_fingerprint("en_core_web_sm", tmp_path) != before, name
        (tmp_path / name).write_bytes(code)
    assert annotation_fingerprint("en_core_web_sm", tmp_path) == before


def newsdag_imports(path) -> set[str]:
    """The newsdag modules a module imports, as paths relative to the package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            if name.startswith("newsdag."):
                found.add(name.removeprefix("newsdag.").replace(".", "/") + ".py")
    return found


def test_every_module_the_rows_depend_on_is_in_the_fingerprint():
    seen, todo = set(), ["nlp/annotation.py"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(newsdag_imports(PACKAGE_DIR / name))
    # newsdag.io only reads the shard and hashes: no rule of the rows is in it.
    assert seen - {"io.py"} == set(ANNOTATION_CODE)
