"""Quotations and their speakers, against articles annotated by hand.

``tests/data/quotes/gold.yaml``: every quotation of the five seeds and who
said it. ``basil_gold*.yaml``: seven sets of BASIL events (Fox, NYT and HuffPost
each), annotated the same way; see ``FLOORS`` for which were held out.
"""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml
from newsdag.config import read_alias_file
from newsdag.io import read_jsonl, write_jsonl
from newsdag.nlp.actors import resolve
from newsdag.nlp.annotation import (
    MENTION_COLUMNS,
    SENTENCE_COLUMNS,
    SPEECH_COLUMNS,
    annotated_documents,
)
from newsdag.nlp.quotes.attribution import (
    actor_lookups,
    body_mentions_by_document,
    by_outlet,
    corpus_quote_rows,
    document_quotes,
    parsed_verb,
    quote_rows,
    subjects_by_document,
)
from newsdag.nlp.quotes.candidates import UNKNOWN
from newsdag.text.normalise import fold_name
from newsdag.text.records import body_text
from newsdag.text.sentences import Sentences, with_sentences

from tests.support import QUOTES, ROOT

GOLD = QUOTES
BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"


def scores(gold: list[dict], found: list[dict]) -> dict:
    """Quote precision, recall and F1 (a quote is found when its text is
    exactly the gold text), and speaker accuracy over the quotes found."""
    gold_texts = {(g["doc"], g["text"]): g["speaker"] for g in gold}
    found_texts = {(f["doc"], f["text"]): f["speaker"] for f in found}
    hits = gold_texts.keys() & found_texts.keys()
    precision = len(hits) / len(found_texts) if found_texts else 0.0
    recall = len(hits) / len(gold_texts) if gold_texts else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    right = sum(same_speaker(gold_texts[k], found_texts[k]) for k in hits)
    return {"precision": precision, "recall": recall, "f1": f1, "quotes": len(gold_texts),
            "found": len(hits), "speaker_accuracy": right / len(hits) if hits else 0.0}  # fmt: skip


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def surname(name: str) -> str:
    words = [w for w in fold_name(name).replace(",", " ").split() if w not in SUFFIXES]
    return words[-1] if words else ""


def same_speaker(gold: str, found: str) -> bool:
    """Equal names, or the same surname where the annotator kept the name
    as the article gives it ("Trump" / "Donald Trump", "James Clapper" /
    "James R. Clapper Jr."); a joint speaker ("Ron Wyden and Mark Udall")
    matches either of its names."""
    if UNKNOWN in (gold, found):
        return gold == found
    return any(
        fold_name(one) == fold_name(found) or surname(one) == surname(found)
        for one in gold.split(" and ")
    )


def body_sentences(sentences: pd.DataFrame, doc_id: str) -> Sentences:
    """The body ``Sentences`` of one document in a sentence table."""
    rows = sentences[(sentences["doc_id"] == doc_id) & (sentences["section"] == "body")]
    return Sentences.from_spans(zip(rows["start"].astype(int), rows["end"].astype(int)))


def quotes_of(records, sentences, mentions, speech, alias_path, folder: Path) -> list[dict]:
    """Attribute the quotes of ``records`` as the workflow does: shard
    ``mentions`` resolved across them (``newsdag.nlp.actors.resolve``), the
    actor table written and read back, then each body's quotes with its
    spaCy ``sentences`` and the subjects of its reporting verbs (``speech``
    rows). One dict per quote: ``doc``, ``text``, ``speaker`` and the
    ``quote`` itself."""
    documents = pd.DataFrame({"doc_id": [r["doc_id"] for r in records]})
    aliases = read_alias_file(alias_path) if alias_path else []
    resolved, actors, _ = resolve(mentions.merge(documents, on="doc_id"), aliases, 85)
    actors.to_csv(folder / "actors.csv", index=False)
    roles, alias_of, types = actor_lookups(folder / "actors.csv", alias_path or "")
    body_mentions = resolved[resolved["section"] == "body"]
    found = []
    for record in records:
        own = body_mentions[body_mentions["doc_id"] == record["doc_id"]].to_dict("records")
        subjects = {
            int(row["verb_start"]): parsed_verb(row)
            for row in speech[speech["doc_id"] == record["doc_id"]].to_dict("records")
        }
        own_sentences = body_sentences(sentences, record["doc_id"])
        for q in document_quotes(record["body"], own_sentences, own, roles, alias_of, types,
                                 subjects=subjects):  # fmt: skip
            found.append({"doc": record["doc_id"], "text": record["body"][q.start : q.end],
                          "speaker": q.speaker, "quote": q})  # fmt: skip
    return found


@pytest.fixture(scope="module")
def seed_quotes(seed_records, seed_annotations, tmp_path_factory):
    sentences, mentions, speech, *_ = seed_annotations
    return quotes_of(seed_records, sentences, mentions, speech, ROOT / "config/actors.yaml",
                     tmp_path_factory.mktemp("quotes"))  # fmt: skip


def read_gold(name: str) -> list[dict]:
    return yaml.safe_load((GOLD / name).read_text(encoding="utf-8"))


def test_every_seed_quotation_is_found_with_its_speaker(seed_quotes):
    gold = [{"doc": d["doc_id"], **q} for d in read_gold("gold.yaml") for q in d["quotes"]]
    result = scores(gold, seed_quotes)
    assert result["quotes"] == 32
    assert result["f1"] >= 0.95 and result["speaker_accuracy"] >= 0.9, result


def test_seed_speakers_come_from_mentions_pronouns_and_descriptions(seed_quotes):
    by_text = {f["text"]: f["quote"] for f in seed_quotes}
    ministry = by_text[next(t for t in by_text if t.startswith("The Russian side underlined"))]
    assert (ministry.speaker, ministry.speaker_as_written) == (
        "Russian Foreign Ministry", "the ministry")  # fmt: skip
    bolton = by_text["We'll be considering a lot of steps,"]
    assert (bolton.speaker, bolton.attributed_by, bolton.verb) == ("John Bolton", "pronoun", "said")
    statement = by_text[next(t for t in by_text if t.startswith("The Secretary urged"))]
    assert (statement.speaker, statement.speaker_as_written) == ("US State Department", "it")
    minister = by_text[next(t for t in by_text if t.startswith("This group is being formed"))]
    assert (minister.speaker, minister.speaker_as_written) == ("Sergei Lavrov", "the minister")


def basil_body(path: Path) -> str:
    """The body as ``basil_gold.yaml`` was annotated on (its header): the
    record reader's paragraphs, before any cleaning."""
    return body_text(json.loads(path.read_text(encoding="utf-8"))["body-paragraphs"])


# Quote F1 and speaker accuracy each BASIL set must keep (README "Who is
# quoted" has the history). Sets 1 to 6 were used to develop the rules, each
# after it was first measured as held out; set 7 is held out (never tuned on).
FLOORS = {
    "basil_gold.yaml": (0.95, 0.95),
    "basil_gold_2.yaml": (0.95, 0.85),
    "basil_gold_3.yaml": (0.95, 0.8),
    "basil_gold_4.yaml": (0.95, 0.9),
    "basil_gold_5.yaml": (0.9, 0.9),
    "basil_gold_6.yaml": (0.95, 0.8),
    "basil_gold_7.yaml": (0.9, 0.85),
}


@pytest.mark.skipif(not BASIL.is_dir(), reason="the BASIL corpus is not beside the project")
@pytest.mark.parametrize("gold_file", sorted(FLOORS))
def test_basil_articles_keep_their_scores(nlp, tmp_path, gold_file):
    gold_docs = read_gold(gold_file)
    records = [
        {"doc_id": Path(d["file"]).stem, "title": "", "body": basil_body(BASIL / d["file"])}
        for d in gold_docs
    ]
    annotated = list(annotated_documents(records, nlp))
    sentences = pd.DataFrame([r for a in annotated for r in a.sentences], columns=SENTENCE_COLUMNS)
    mentions = pd.DataFrame([r for a in annotated for r in a.mentions], columns=MENTION_COLUMNS)
    speech = pd.DataFrame([r for a in annotated for r in a.speech], columns=SPEECH_COLUMNS)
    found = quotes_of(records, sentences, mentions, speech, None, tmp_path)
    gold = [{"doc": Path(d["file"]).stem, **q} for d in gold_docs for q in d["quotes"]]
    result = scores(gold, found)
    print(gold_file, result)
    f1_floor, speaker_floor = FLOORS[gold_file]
    assert result["quotes"] >= 45
    assert result["f1"] >= f1_floor and result["speaker_accuracy"] >= speaker_floor, result


def test_a_quote_nobody_can_be_given_is_kept_as_unknown():
    body = "The crowd chanted \u201cfreedom\u201d through the night."
    [quote] = document_quotes(body, Sentences.from_spans([(0, len(body))]), [], {}, {}, {})
    assert quote.speaker == UNKNOWN
    rows = quote_rows("d", "Outlet", body, [quote])
    assert rows[0]["quote"] == "freedom" and rows[0]["speaker"] == UNKNOWN
    assert by_outlet(rows) == [{"outlet": "Outlet", "speaker": UNKNOWN, "speaker_type": "",
                                "quotes": 1, "words": 1, "share_of_words": "1"}]  # fmt: skip


def test_markup_in_a_quote_stays_text():
    body = 'Lavrov said: "<script>alert(1)</script> is no answer," he added.'
    mentions = [{"start": 0, "end": 6, "text": "Lavrov", "actor": "Sergei Lavrov",
                 "type": "PERSON"}]  # fmt: skip
    sentences = Sentences.from_spans([(0, len(body))])
    [quote] = document_quotes(body, sentences, mentions, {}, {}, {"Sergei Lavrov": "PERSON"})
    row = quote_rows("d", "O", body, [quote])[0]
    assert row["quote"] == "<script>alert(1)</script> is no answer,"
    assert row["speaker"] == "Sergei Lavrov"


def test_mentions_are_read_one_document_at_a_time_and_must_be_sorted(tmp_path):
    path = tmp_path / "mentions.csv"
    header = "doc_id,section,start,end,text,actor,type\n"
    path.write_text(header + "a,body,0,3,Bob,Bob,PERSON\na,title,0,3,Bob,Bob,PERSON\n"
                    "b,body,5,8,Ann,Ann,PERSON\n")  # fmt: skip
    assert [(d, len(rows)) for d, rows in body_mentions_by_document(path)] == [("a", 1), ("b", 1)]
    path.write_text(header + "b,body,5,8,Ann,Ann,PERSON\na,body,0,3,Bob,Bob,PERSON\n")
    with pytest.raises(ValueError, match="not sorted"):
        list(body_mentions_by_document(path))


@pytest.fixture(scope="module")
def seed_tables(seed_records, seed_annotations, tmp_path_factory) -> dict:
    """The rule's inputs for the seeds, as files: articles, resolved
    mentions, actors, and sentences and speech in two shards."""
    folder = tmp_path_factory.mktemp("seed_tables")
    sentences, mentions, speech, *_ = seed_annotations
    alias_path = ROOT / "config/actors.yaml"
    documents = pd.DataFrame({"doc_id": [r["doc_id"] for r in seed_records]})
    resolved, actors, _ = resolve(mentions.merge(documents, on="doc_id"), read_alias_file(alias_path),
                               85)  # fmt: skip
    actors.to_csv(folder / "actors.csv", index=False)
    resolved.sort_values("doc_id", kind="mergesort").to_csv(folder / "mentions.csv", index=False)
    for shard, records in enumerate([seed_records[::2], seed_records[1::2]]):
        ids = [r["doc_id"] for r in records]
        sentences[sentences["doc_id"].isin(ids)].to_csv(folder / f"sentences{shard}.csv",
                                                        index=False)  # fmt: skip
        speech[speech["doc_id"].isin(ids)].to_csv(folder / f"speech{shard}.csv", index=False)
    write_jsonl(seed_records, folder / "documents.jsonl")
    return {
        "documents": folder / "documents.jsonl", "mentions": folder / "mentions.csv",
        "actors_table": folder / "actors.csv", "actors": alias_path,
        "sentences": [folder / "sentences0.csv", folder / "sentences1.csv"],
        "speech": [folder / "speech0.csv", folder / "speech1.csv"],
    }  # fmt: skip


def test_the_shard_files_stream_to_the_same_quotes(seed_records, seed_tables, seed_quotes):
    """The rule's path: articles, mentions, speech and sentences read from
    files one document at a time give the quotes ``quotes_of`` gives."""
    rows = list(corpus_quote_rows(
        with_sentences(read_jsonl(seed_tables["documents"]), seed_tables["sentences"]),
        body_mentions_by_document(seed_tables["mentions"]),
        subjects_by_document(seed_tables["speech"]),
        actor_lookups(seed_tables["actors_table"], seed_tables["actors"]),
    ))  # fmt: skip
    assert [(r["doc_id"], r["quote"], r["speaker"]) for r in rows] == [
        (f["doc"], f["text"], f["speaker"]) for f in seed_quotes
    ]
    assert len(rows) == 32 and {r["outlet"] for r in rows} == {r["outlet"] for r in seed_records}


def test_the_rule_writes_the_two_tables(seed_tables, seed_quotes, tmp_path):
    t = seed_tables
    subprocess.run([sys.executable, ROOT / "scripts/attribute_quotes.py", t["documents"],
                    t["mentions"], t["actors_table"], "--speech", *t["speech"], "--sentences",
                    *t["sentences"], "--actors", t["actors"], "--out-dir", tmp_path],
                   check=True, capture_output=True)  # fmt: skip
    quotes = pd.read_csv(tmp_path / "quotes.csv", dtype=str, keep_default_na=False)
    assert list(zip(quotes["doc_id"], quotes["quote"], quotes["speaker"])) == [
        (f["doc"], f["text"], f["speaker"]) for f in seed_quotes
    ]
    cells = pd.read_csv(tmp_path / "quotes_by_outlet.csv", dtype=str, keep_default_na=False)
    assert cells.to_dict("records") == [
        {k: str(v) for k, v in row.items()} for row in by_outlet(quotes.to_dict("records"))
    ]
