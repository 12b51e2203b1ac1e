"""The spaCy pass: model loading, sentence offsets, junk rules, and names
resolved within an article."""

import pytest

from annotate_articles import (
    clean_surface,
    is_junk_mention,
    normalise_norp,
    person_keys,
    resolve_in_document,
)


def test_model_loads_offline_from_the_pinned_package_with_only_needed_components(nlp):
    assert nlp.pipe_names == ["tok2vec", "senter", "newsdag_paragraph_breaks", "ner"]
    assert nlp.meta["version"] == "3.8.0" and nlp.meta["lang"] == "en"


def test_sentence_offsets_point_into_the_text(seed_records, seed_annotations):
    sentences, mentions, _ = seed_annotations
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
    sentences, _, _ = seed_annotations
    assert not sentences["text"].str.contains("\n").any()
    assert (sentences["text"] == sentences["text"].str.strip()).all()
    dw = sentences[
        (sentences["doc_id"] == "004_d82b79f67a646ad1") & (sentences["section"] == "body")
    ]
    assert "'Very positive' talks" in set(dw["text"])  # a sub-heading is its own sentence
    assert len(dw) >= 14


def test_mentions_sit_in_their_sentence(seed_annotations):
    sentences, mentions, _ = seed_annotations
    spans = {
        (r.doc_id, r.section, r.sentence_id): (int(r.start), int(r.end))
        for r in sentences.itertuples()
    }
    for m in mentions.itertuples():
        start, end = spans[(m.doc_id, m.section, m.sentence_id)]
        assert start <= int(m.start) < int(m.end) <= end


@pytest.mark.parametrize(
    "text, label, next_token, junk",
    [
        ("State", "ORG", "Mike", True),  # "Secretary of State Mike Pompeo"
        ("National Security", "ORG", "Adviser", True),
        ("State Department", "ORG", "said", False),
        ("State Department", "ORG", "Spokesperson", False),  # a whole institution ...
        ("National Assembly", "ORG", "President", False),  # ... before a title
        ("National Security", "ORG", "Adviser", True),
        ("national security council", "ORG", "principals", True),
        ("Evan Vucci/AP", "PERSON", "", True),
        ("U.S.-Russia", "GPE", "bilateral", True),
        ("Ocasio-Cortez", "PERSON", "said", False),
        ("1990s", "DATE", "", True),
        ("Mike Pompeo", "PERSON", "accused", False),
        ("Russia", "GPE", "rejected", False),
    ],
)
def test_is_junk_mention(text, label, next_token, junk):
    assert is_junk_mention(text, label, next_token) is junk


def test_clean_surface_and_norp():
    assert clean_surface("the Russian Foreign Ministry’s") == "Russian Foreign Ministry"
    assert clean_surface("The United States") == "United States"
    assert clean_surface("Maduro's") == "Maduro"
    assert normalise_norp("Russians") == "Russian" and normalise_norp("Chinese") == "Chinese"
    assert person_keys("Michael R. Pompeo") == ("michael", "pompeo")
    assert person_keys("Juan Guaidó") == ("juan", "guaido")


def mention(name, label, section="body"):
    return {"name": name, "label": label, "name_type": label, "section": section}


def test_bare_surname_resolves_to_the_full_name_whatever_its_label():
    mentions = [
        mention("Pompeo", "PERSON", "title"),
        mention("Mike Pompeo", "PERSON"),
        mention("Pompeo", "GPE"),
        mention("Maduro", "ORG"),
        mention("Nicolas Maduro", "PERSON"),
        mention("Wolf", "PERSON"),
        mention("Wolf Blitzer", "PERSON"),
        mention("Venezuela Standoff", "PERSON", "title"),
        mention("Venezuela", "GPE"),
    ]
    resolve_in_document(mentions)
    assert [(m["name"], m["name_type"]) for m in mentions] == [
        ("Mike Pompeo", "PERSON"),
        ("Mike Pompeo", "PERSON"),
        ("Mike Pompeo", "PERSON"),
        ("Nicolas Maduro", "PERSON"),
        ("Nicolas Maduro", "PERSON"),
        ("Wolf Blitzer", "PERSON"),
        ("Wolf Blitzer", "PERSON"),
        ("Venezuela Standoff", "PERSON"),  # a headline name seeds nothing ...
        ("Venezuela", "GPE"),  # ... so the country stays a country
    ]


def test_ambiguous_surname_stays_as_written():
    mentions = [
        mention("Donald Trump", "PERSON"),
        mention("Ivanka Trump", "PERSON"),
        mention("Trump", "PERSON"),
    ]
    resolve_in_document(mentions)
    assert mentions[2]["name"] == "Trump"


def annotate_with_cache(records, folder, nlp_factory, fingerprint="f"):
    """Run the shard loop over ``records`` with the cache in ``folder``;
    the rows and the number of documents spaCy saw."""
    from annotate_articles import AnnotationCache, annotate_shard
    from newsdag_common import write_jsonl

    write_jsonl(records, folder / "documents.jsonl")
    cache = AnnotationCache(folder / "annotations.cache.jsonl", fingerprint)
    rows = list(annotate_shard(folder / "documents.jsonl", nlp_factory, cache))
    cache.write(rows)
    return [r[1:] for r in rows], sum(key not in cache for key, *_ in rows)


def test_a_rerun_after_one_edit_runs_spacy_on_that_article_only(
    nlp, parser, seed_records, tmp_path
):
    loads = []

    def factory():
        loads.append(1)
        return nlp, parser

    first, spacy_docs = annotate_with_cache(seed_records, tmp_path, factory)
    assert spacy_docs == 5 and len(loads) == 1
    again, spacy_docs = annotate_with_cache(seed_records, tmp_path, factory)
    assert again == first and spacy_docs == 0 and len(loads) == 1  # model never loaded
    edited = [dict(r) for r in seed_records]
    edited[2]["body"] = edited[2]["body"].replace("Lavrov", "Sergei Lavrov", 1)
    rows, spacy_docs = annotate_with_cache(edited, tmp_path, factory)
    assert spacy_docs == 1 and len(loads) == 2
    (tmp_path / "fresh").mkdir()
    fresh, _ = annotate_with_cache(edited, tmp_path / "fresh", lambda: (nlp, parser))
    assert rows == fresh and rows != first  # same rows as a run without the cache


def test_cache_from_another_pipeline_or_damaged_is_not_used(nlp, parser, seed_records, tmp_path):
    models = lambda: (nlp, parser)  # noqa: E731
    annotate_with_cache(seed_records[:2], tmp_path, models, fingerprint="model 3.8.0")
    _, spacy_docs = annotate_with_cache(seed_records[:2], tmp_path, models, "model 3.9.0")
    assert spacy_docs == 2
    (tmp_path / "annotations.cache.jsonl").write_text('{"fingerprint": "model 3.9.0"}\n{"ke')
    _, spacy_docs = annotate_with_cache(seed_records[:2], tmp_path, models, "model 3.9.0")
    assert spacy_docs == 2


@pytest.mark.parametrize(
    "sentence, verb, subject, relation",
    [
        # an apposition names the unnamed subject (BASIL 2010, NYT)
        ("A spokesman for the Democratic National Committee, Brad Woodhouse, said Mr. Steele "
         "was \u201cbetting against our troops.\u201d", "said", "Woodhouse", "nsubj>appos"),
        # a participle describing a noun: the subject of the noun's verb
        ("He sent an e-mail to RNC members saying he hoped his statement would \"clear up any "
         "confusion\" caused by his earlier remarks.", "saying", "He", "acl>nsubj"),
        ("Trying to quell the furor, Steele issued a statement saying: \"There is no question.\"",
         "saying", "Steele", "acl>nsubj"),
        # a participle after a comma shares the subject of the verb it hangs from
        ("Reince Priebus, the chairman of the Republican National Committee, tried to deflect "
         "questions on behalf of Mr. Romney, saying on Fox News that \u201cthis is the platform "
         "of the Republican Party.\u201d", "saying", "Priebus", "advcl>nsubj"),
    ],
)  # fmt: skip
def test_reporting_verbs_get_the_subject_the_parse_gives(parser, sentence, verb, subject, relation):
    from annotate_articles import speech_rows

    body = "Lead paragraph.\n\n" + sentence
    start = body.index(sentence)
    rows = speech_rows("d", [["d", "body", 2, start, len(body), sentence]], parser)
    found = {(r[4], r[7], r[8]) for r in rows}
    assert (verb, subject, relation) in found, found
    for row in rows:
        assert body[row[2] : row[3]] == row[4] and body[row[5] : row[6]] == row[7]
        assert row[9] <= row[2] < row[3] <= row[10]  # the verb heads its clause


def test_only_sentences_with_a_reporting_verb_are_parsed(parser):
    from annotate_articles import speech_rows

    body = "Bolton arrived in Caracas. Lavrov said nothing."
    sentences = [["d", "body", 1, 0, 26, body[:26]], ["d", "body", 2, 27, 47, body[27:]]]
    rows = speech_rows("d", sentences, parser)
    assert [(r[1], r[4], r[7]) for r in rows] == [(2, "said", "Lavrov")]
