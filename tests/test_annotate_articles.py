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
    sentences, mentions = seed_annotations
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
    sentences, _ = seed_annotations
    assert not sentences["text"].str.contains("\n").any()
    assert (sentences["text"] == sentences["text"].str.strip()).all()
    dw = sentences[
        (sentences["doc_id"] == "004_d82b79f67a646ad1") & (sentences["section"] == "body")
    ]
    assert "'Very positive' talks" in set(dw["text"])  # a sub-heading is its own sentence
    assert len(dw) >= 14


def test_mentions_sit_in_their_sentence(seed_annotations):
    sentences, mentions = seed_annotations
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
