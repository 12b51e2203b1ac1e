"""Mentions within one article: the junk rules, cleaned names, and names
resolved within the article."""

import pytest
from newsdag.nlp.mentions import (
    clean_surface,
    is_junk_mention,
    mentions_of,
    normalise_norp,
    resolve_in_document,
)


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


def test_mentions_of_a_parsed_body_keep_actors_and_drop_junk(nlp):
    body = (
        "Secretary of State Mike Pompeo told the Russians in Moscow.\n\n"
        "The State Department said Venezuela's crisis deepened."
    )
    doc = nlp(body)
    sentence_ids = [1 if token.idx < body.index("\n") else 2 for token in doc]
    found = mentions_of(doc, "d", "body", sentence_ids)
    assert [(m["text"], m["name"], m["label"], m["sentence_id"]) for m in found] == [
        ("Mike Pompeo", "Mike Pompeo", "PERSON", 1),
        ("Russians", "Russian", "NORP", 1),  # plural nationality made singular
        ("Moscow", "Moscow", "GPE", 1),
        ("The State Department", "State Department", "ORG", 2),  # "the" cleaned from the name
        ("Venezuela", "Venezuela", "GPE", 2),
    ]  # "State" of "Secretary of State" is junk
    for m in found:
        assert body[m["start"] : m["end"]] == m["text"] and m["name_type"] == m["label"]


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
