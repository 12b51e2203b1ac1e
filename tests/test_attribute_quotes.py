"""Quotations and their speakers, against articles annotated by hand.

``tests/data/quotes/gold.yaml``: every quotation of the five seeds and who
said it. ``basil_gold*.yaml``: seven sets of BASIL events (Fox, NYT and HuffPost
each), annotated the same way; see ``FLOORS`` for which were held out.
"""

import json
from pathlib import Path

import pandas as pd
import pytest
import yaml

from annotate_articles import MENTION_COLUMNS, SPEECH_COLUMNS, annotated_documents
from article_records import body_text
from attribute_quotes import (
    UNKNOWN,
    actor_tables,
    by_outlet,
    document_quotes,
    parsed_verb,
    quote_rows,
    quote_spans,
)
from config_checks import fold_name
from conftest import ROOT
from resolve_actors import resolve

GOLD = ROOT / "tests" / "data" / "quotes"
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


def quotes_of(records, mentions, speech, alias_path, folder: Path) -> list[dict]:
    """Attribute the quotes of ``records`` as the workflow does: shard
    ``mentions`` resolved across them (``resolve_actors``), the actor table
    written and read back, then each body's quotes with the subjects of its
    reporting verbs (``speech`` rows). One dict per quote: ``doc``,
    ``text``, ``speaker`` and the ``quote`` itself."""
    from config_checks import read_alias_file

    documents = pd.DataFrame({"doc_id": [r["doc_id"] for r in records]})
    aliases = read_alias_file(alias_path) if alias_path else []
    resolved, actors = resolve(mentions.merge(documents, on="doc_id"), aliases, 85)
    actors.to_csv(folder / "actors.csv", index=False)
    roles, alias_of, types = actor_tables(folder / "actors.csv", alias_path or "")
    body_mentions = resolved[resolved["section"] == "body"]
    found = []
    for record in records:
        own = body_mentions[body_mentions["doc_id"] == record["doc_id"]].to_dict("records")
        subjects = {
            int(row["verb_start"]): parsed_verb(row)
            for row in speech[speech["doc_id"] == record["doc_id"]].to_dict("records")
        }
        for q in document_quotes(record["body"], own, roles, alias_of, types, subjects=subjects):
            found.append({"doc": record["doc_id"], "text": record["body"][q.start : q.end],
                          "speaker": q.speaker, "quote": q})  # fmt: skip
    return found


@pytest.fixture(scope="module")
def seed_quotes(seed_records, seed_annotations, tmp_path_factory):
    _, mentions, speech = seed_annotations
    return quotes_of(seed_records, mentions, speech, ROOT / "config/actors.yaml",
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
def test_basil_articles_keep_their_scores(nlp, parser, tmp_path, gold_file):
    gold_docs = read_gold(gold_file)
    records = [
        {"doc_id": Path(d["file"]).stem, "title": "", "body": basil_body(BASIL / d["file"])}
        for d in gold_docs
    ]
    annotated = list(annotated_documents(records, nlp, parser))
    mentions = pd.DataFrame([r for _, _, ms, _ in annotated for r in ms], columns=MENTION_COLUMNS)
    speech = pd.DataFrame([r for _, _, _, sp in annotated for r in sp], columns=SPEECH_COLUMNS)
    found = quotes_of(records, mentions, speech, None, tmp_path)
    gold = [{"doc": Path(d["file"]).stem, **q} for d in gold_docs for q in d["quotes"]]
    result = scores(gold, found)
    print(gold_file, result)
    f1_floor, speaker_floor = FLOORS[gold_file]
    assert result["quotes"] >= 45
    assert result["f1"] >= f1_floor and result["speaker_accuracy"] >= speaker_floor, result


def test_straight_curly_and_single_quotes_and_apostrophes():
    body = (
        "\u201cWe agreed,\u201d he said. \"Yes,\" she said of the 'very positive' talks.\n\n"
        "Venezuela's minister didn\u2019t say 'no.' It\u2019s the US\u2019 plan."
    )
    texts = [body[s:e] for s, e in quote_spans(body)]
    assert texts == ["We agreed,", "Yes,", "very positive", "no."]


def test_an_unclosed_quote_ends_before_the_next_one_opens():
    body = (
        "\u201cHe had an airplane. He should stay. Pompeo later added, \u201cHe was headed.\u201d"
    )
    texts = [body[s:e] for s, e in quote_spans(body)]
    assert texts == ["He had an airplane. He should stay.", "He was headed."]


def test_a_quote_nobody_can_be_given_is_kept_as_unknown():
    body = "The crowd chanted \u201cfreedom\u201d through the night."
    [quote] = document_quotes(body, [], {}, {}, {})
    assert quote.speaker == UNKNOWN
    rows = quote_rows("d", "Outlet", body, [quote])
    assert rows[0]["quote"] == "freedom" and rows[0]["speaker"] == UNKNOWN
    assert by_outlet(rows) == [{"outlet": "Outlet", "speaker": UNKNOWN, "speaker_type": "",
                                "quotes": 1, "words": 1, "share_of_words": "1"}]  # fmt: skip


def test_markup_in_a_quote_stays_text():
    body = 'Lavrov said: "<script>alert(1)</script> is no answer," he added.'
    mentions = [{"start": 0, "end": 6, "text": "Lavrov", "actor": "Sergei Lavrov",
                 "type": "PERSON"}]  # fmt: skip
    [quote] = document_quotes(body, mentions, {}, {}, {"Sergei Lavrov": "PERSON"})
    row = quote_rows("d", "O", body, [quote])[0]
    assert row["quote"] == "<script>alert(1)</script> is no answer,"
    assert row["speaker"] == "Sergei Lavrov"


def test_mentions_are_read_one_document_at_a_time_and_must_be_sorted(tmp_path):
    from attribute_quotes import body_mentions_by_document

    path = tmp_path / "mentions.csv"
    header = "doc_id,section,start,end,text,actor,type\n"
    path.write_text(header + "a,body,0,3,Bob,Bob,PERSON\na,title,0,3,Bob,Bob,PERSON\n"
                    "b,body,5,8,Ann,Ann,PERSON\n")  # fmt: skip
    assert [(d, len(rows)) for d, rows in body_mentions_by_document(path)] == [("a", 1), ("b", 1)]
    path.write_text(header + "b,body,5,8,Ann,Ann,PERSON\na,body,0,3,Bob,Bob,PERSON\n")
    with pytest.raises(ValueError, match="not sorted"):
        list(body_mentions_by_document(path))


def speakers_of(body: str, nlp, parser) -> dict[str, str]:
    """Quote text -> speaker for one body, through the spaCy pass and the
    parse as the workflow runs them (no alias file)."""
    record = {"doc_id": "d", "title": "", "body": body}
    [(_, _, mentions, speech)] = annotated_documents([record], nlp, parser)
    mentions = [dict(zip(MENTION_COLUMNS, m)) for m in mentions]
    own = [{**m, "actor": m["name"], "type": m["name_type"]} for m in mentions]
    types = {m["actor"]: m["type"] for m in own}
    subjects = {int(row[2]): parsed_verb(dict(zip(SPEECH_COLUMNS, row))) for row in speech}
    quotes = document_quotes(body, own, {}, {}, types, subjects=subjects)
    return {body[q.start : q.end]: q.speaker for q in quotes}


def test_the_parse_names_speakers_the_nearest_name_would_miss(nlp, parser):
    # BASIL 2012 (Fox) and 2010 (Fox, NYT), shortened
    body = (
        "Lis Smith, a spokeswoman for the Obama campaign, said, \u201cMitt Romney\u2019s Medicare "
        "ad is dishonest and hypocritical.\u201d The savings, she said, \u201cdo not cut a single "
        "guaranteed Medicare benefit.\u201d\n\n"
        "Speaking on ABC's \"This Week,\" Sen. John McCain, R-Ariz., said Steele's comments were "
        '"wildly inaccurate."\n\n'
        "The Arizona Republican said Steele needs to assess whether he can still function in his "
        'job and must make "an appropriate decision" about his future.\n\n'
        "\u201cGround zero is hallowed ground to Americans,\u201d Elliott Maynard, a Republican "
        "trying to unseat Representative Nick J. Rahall II, a Democrat, in West Virginia\u2019s "
        "Third District, said in a typical statement.\n\n"
        "The scholars say that it is true that \u201cIt calls for solutions to be enacted as "
        "close to the level of local communities as possible.\u201d"
    )
    speakers = speakers_of(body, nlp, parser)
    assert speakers["Mitt Romney\u2019s Medicare ad is dishonest and hypocritical."] == "Lis Smith"
    assert speakers["do not cut a single guaranteed Medicare benefit."] == "Lis Smith"
    assert speakers["an appropriate decision"] == "John McCain"  # "the Arizona Republican"
    assert speakers["Ground zero is hallowed ground to Americans,"] == "Elliott Maynard"
    unnamed = "It calls for solutions to be enacted as close to the level of local communities as "
    assert speakers[unnamed + "possible."] == UNKNOWN  # "the scholars", not "it"
