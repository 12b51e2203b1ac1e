"""The rows of the spaCy pass, one shard at a time, and the cache that lets
a rerun skip the articles that did not change.

For every title and body: its sentences (``SENTENCE_COLUMNS``, the one
sentence definition, see ``newsdag.text.sentences``), its named-entity
mentions resolved within the article (``MENTION_COLUMNS``,
``newsdag.nlp.mentions``), the subjects of its reporting verbs
(``SPEECH_COLUMNS``, ``newsdag.nlp.speech``) and, for the body, its term
counts (``TERM_COLUMNS``, ``newsdag.nlp.terms``) and the labels and stance
words of its mentions (``DESCRIPTION_COLUMNS``,
``newsdag.nlp.descriptions``). Rule ``annotate_articles`` writes them to
``results/shards/{shard}/sentences.csv``, ``mentions.csv``, ``speech.csv``,
``terms.csv`` and ``descriptions.csv``.
"""

import json
import os
from pathlib import Path
from typing import NamedTuple

from newsdag.io import read_jsonl, sha256_bytes
from newsdag.nlp.descriptions import description_rows
from newsdag.nlp.mentions import mentions_of, resolve_in_document
from newsdag.nlp.model import UNUSED_COMPONENTS, installed_model
from newsdag.nlp.speech import speech_rows
from newsdag.nlp.terms import term_rows

SENTENCE_COLUMNS = ["doc_id", "section", "sentence_id", "start", "end", "text"]
MENTION_COLUMNS = [
    "doc_id",
    "section",
    "sentence_id",
    "start",
    "end",
    "text",
    "label",
    "name",
    "name_type",
    "title",
    "resolved_by",
]
SPEECH_COLUMNS = [
    "doc_id",
    "sentence_id",
    "verb_start",
    "verb_end",
    "verb",
    "subject_start",
    "subject_end",
    "subject",
    "relation",
    "clause_start",
    "clause_end",
]

CACHE_NAME = "annotations.cache.jsonl"
# The newsdag package folder; ANNOTATION_CODE is relative to it.
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Every module whose code decides a document's rows: the spaCy pipeline,
# the mention, name, speech, term and description rules, the rows, and what they
# use (entity types, name folding, the word pattern, the reporting verbs).
# An edit to any of them invalidates the cache (``annotation_fingerprint``).
ANNOTATION_CODE = (
    "nlp/annotation.py",
    "nlp/model.py",
    "nlp/mentions.py",
    "nlp/names.py",
    "nlp/speech.py",
    "nlp/reporting_verbs.py",
    "nlp/terms.py",
    "nlp/descriptions.py",
    "constants.py",
    "text/normalise.py",
    "text/words.py",
)


def texts_of(records):
    """``(text, (doc_id, section))`` for each non-empty title and body."""
    for record in records:
        if record.get("title"):
            yield record["title"], (record["doc_id"], "title")
        yield record["body"], (record["doc_id"], "body")


def annotated_documents(records, nlp):
    """Run spaCy over the records' titles and bodies; yield an ``Annotation``
    for each record, in order, rows as lists in ``SENTENCE_COLUMNS``,
    ``MENTION_COLUMNS``, ``SPEECH_COLUMNS``, ``TERM_COLUMNS`` and
    ``DESCRIPTION_COLUMNS`` order. ``nlp`` is ``newsdag.nlp.model.load_model``'s
    pipeline.

    A title is one sentence with ``sentence_id`` 0; body sentences are
    numbered from 1. Offsets are characters into the title or body. Mentions
    are resolved per document once its title and body are both read. Terms,
    reporting verbs and descriptions are the body's. Streams: one document's
    rows are held at a time.
    """
    current, rows = None, None
    for doc, (doc_id, section) in nlp.pipe(texts_of(records), as_tuples=True):
        if doc_id != current:
            if current is not None:
                yield finished(rows)
            current, rows = doc_id, Annotation(doc_id, [], [], [], [], [])
        if section == "title":
            rows.sentences.append([doc_id, "title", 0, 0, len(doc.text), doc.text])
            rows.mentions.extend(mentions_of(doc, doc_id, section, [0] * len(doc)))
            continue
        sentence_ids = [0] * len(doc)
        number = 0
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue  # a paragraph break on its own
            number += 1
            start = sent.start_char + sent.text.index(text[0])
            rows.sentences.append([doc_id, "body", number, start, start + len(text), text])
            for token in sent:
                sentence_ids[token.i] = number
        body_mentions = mentions_of(doc, doc_id, section, sentence_ids)
        rows.mentions.extend(body_mentions)
        rows.speech.extend(speech_rows(doc_id, rows.sentences, doc))
        rows.terms.extend(term_rows(doc_id, doc))
        rows.descriptions.extend(description_rows(doc_id, doc, body_mentions))
    if current is not None:
        yield finished(rows)


class Annotation(NamedTuple):
    """One document's rows from the spaCy pass (see ``annotated_documents``)."""

    doc_id: str
    sentences: list
    mentions: list
    speech: list
    terms: list
    descriptions: list


def finished(rows: Annotation) -> Annotation:
    """A document's rows with its mentions resolved and made rows."""
    return rows._replace(mentions=resolved_rows(rows.mentions))


def resolved_rows(mentions: list[dict]) -> list[list]:
    """One document's mentions, resolved, as rows in ``MENTION_COLUMNS`` order."""
    resolve_in_document(mentions)
    return [[mention[column] for column in MENTION_COLUMNS] for mention in mentions]


def annotation_fingerprint(model: str, package_dir: str | os.PathLike = PACKAGE_DIR) -> str:
    """sha256 (hex) of what decides a document's rows besides its text: the
    spaCy and model versions, the components, and this stage's code (the
    bytes of each ``ANNOTATION_CODE`` file under ``package_dir``, the newsdag
    package). Cached rows are reused only under the same fingerprint.
    """
    from importlib import metadata

    parts = {
        "spacy": metadata.version("spacy"),
        "model": installed_model(model),
        "excluded": UNUSED_COMPONENTS,
        "code": [sha256_bytes((Path(package_dir) / f).read_bytes()) for f in ANNOTATION_CODE],
    }
    return sha256_bytes(json.dumps(parts, sort_keys=True).encode())


def document_key(record: dict) -> str:
    """sha256 (hex) of a record's id, title and body: what its rows depend on."""
    text = "\0".join([record["doc_id"], record.get("title") or "", record["body"]])
    return sha256_bytes(text.encode("utf-8"))


class AnnotationCache:
    """The rows of a shard's documents from its previous run, so a rerun
    after one article changed runs spaCy on that article only.

    A JSON-lines file beside the shard's tables (``annotations.cache.jsonl``,
    not a Snakemake output, safe to delete): a header with the fingerprint,
    then ``{"key", "doc_id", "sentences", "mentions", "speech", "terms",
    "descriptions"}`` per document. Only the byte offsets of its lines are
    held in memory; rows are read when asked for. A file from another
    fingerprint, or unreadable, counts as empty. ``write`` keeps the
    documents of this run only, so the file never outgrows the shard.
    """

    def __init__(self, path: str | os.PathLike, fingerprint: str):
        self.path, self.fingerprint = Path(path), fingerprint
        self._offsets: dict[str, int] = {}
        try:
            with open(self.path, "rb") as handle:
                header = json.loads(handle.readline() or b"{}")
                if header.get("fingerprint") != fingerprint:
                    return
                offset = handle.tell()
                for line in handle:
                    self._offsets[json.loads(line)["key"]] = offset
                    offset += len(line)
        except (OSError, ValueError):
            self._offsets.clear()

    def __contains__(self, key: str) -> bool:
        return key in self._offsets

    def rows(self, key: str) -> Annotation:
        """The ``Annotation`` stored under ``key``."""
        with open(self.path, "rb") as handle:
            handle.seek(self._offsets[key])
            entry = json.loads(handle.readline())
        return Annotation(*(entry[field] for field in Annotation._fields))

    def write(self, entries) -> None:
        """Replace the file with ``(key, Annotation)`` entries, atomically: a
        killed job leaves the old file whole."""
        partial = self.path.with_name(self.path.name + ".partial")
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(json.dumps({"fingerprint": self.fingerprint}) + "\n")
            for key, rows in entries:
                entry = {"key": key, **rows._asdict()}
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        os.replace(partial, self.path)


def annotate_shard(documents_path, nlp_factory, cache: AnnotationCache):
    """Yield ``(key, Annotation)`` for each record of a shard's
    ``documents.jsonl``, in order: from ``cache`` when its key is there,
    else from spaCy. ``nlp_factory()`` makes the pipeline, only if some
    record is not cached. Streams the file rather than holding it."""

    keys = [document_key(record) for record in read_jsonl(documents_path)]
    uncached = (r for r, key in zip(read_jsonl(documents_path), keys) if key not in cache)
    needs_spacy = any(key not in cache for key in keys)
    fresh = annotated_documents(uncached, nlp_factory()) if needs_spacy else iter(())
    for record, key in zip(read_jsonl(documents_path), keys):
        if key in cache:
            rows = cache.rows(key)
        else:
            rows = next(fresh)
            if rows.doc_id != record["doc_id"]:
                raise RuntimeError(
                    f"spaCy's output ({rows.doc_id}) is out of step with {record['doc_id']}"
                )
        yield key, rows
