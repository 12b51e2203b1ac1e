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
    return {"name": name, "label": label, "name_type": label, "section": section, "resolved_by": ""}


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


# BASIL sentences with the PERSON entity spaCy's small model found in its
# article, glued to other words: a sentence opener, a participle, the noun
# after a possessive, a title. (Alone, a sentence may parse otherwise, so
# the entity is set as it was found; the tags are the model's.)
GLUED = [
    ("Plus Obama is nominating ATF Acting Director Todd Jones to officially lead the agency",
     "Plus Obama", "Obama", ""),
    ("Following Romney's news conference, Obama's campaign immediately pounced on the former "
     "governor's comments.", "Following Romney's", "Romney", ""),
    ("Lis Smith, a spokeswoman for the Obama campaign, said, “Mitt Romney’s Medicare ad is "
     "dishonest and hypocritical.”", "Mitt Romney’s Medicare", "Mitt Romney", ""),
    ("But determined not to let that taint their signature legislation and fired up by a rousing "
     "speech from freshman Representative Max Rose of New York, Democrats held steady.",
     "Representative Max Rose", "Max Rose", "representative"),
    ("Shortly after their meeting, Mr. Obama endorsed Mrs. Clinton in a video.", "Clinton",
     "Clinton", "mrs"),
    # Names the tagger mistakes for other words stay whole: "O’Reilly" is tagged an
    # adverb, "Will" a modal.
    ("Fox host Bill O’Reilly said the network would fight.", "Bill O’Reilly",
     "Bill O’Reilly", ""),
    ("Will Hurd said nothing.", "Will Hurd", "Will Hurd", ""),
]  # fmt: skip


@pytest.mark.parametrize("sentence, entity, name, title", GLUED)
def test_person_spans_lose_the_words_glued_to_them(nlp, sentence, entity, name, title):
    doc = nlp(sentence)
    start = sentence.index(entity)
    doc.ents = [doc.char_span(start, start + len(entity), label="PERSON")]
    (found,) = mentions_of(doc, "d", "body", [1] * len(doc))
    assert (found["name"], found["title"]) == (name, title)
    assert sentence[found["start"] : found["end"]] == found["text"] == name  # trimmed offsets


def test_a_suffixed_full_name_does_not_take_the_bare_surname():
    mentions = [
        mention("Donald Trump Jr.", "PERSON"),
        mention("Trump", "PERSON"),  # "President Trump": the father, most likely
        mention("Trump Jr.", "PERSON"),
    ]
    resolve_in_document(mentions)
    assert [(m["name"], m["resolved_by"]) for m in mentions] == [
        ("Donald Trump Jr.", ""),
        ("Trump", ""),  # left to the corpus step
        ("Donald Trump Jr.", "article"),
    ]


def test_editors_brackets_leave_the_name():
    assert clean_surface("[George W.] Bush") == "George W. Bush"
    assert clean_surface("Barack] Obama") == "Barack Obama"


def test_a_first_name_that_is_a_particle_or_an_initial_is_still_a_full_name():
    mentions = [mention("Tipper Gore", "PERSON"), mention("Al Gore", "PERSON"),
                mention("Nicole Brown Simpson", "PERSON"), mention("O.J. Simpson", "PERSON")]  # fmt: skip
    resolve_in_document(mentions)
    assert [m["name"] for m in mentions] == [
        "Tipper Gore", "Al Gore", "Nicole Brown Simpson", "O.J. Simpson"
    ]  # fmt: skip
