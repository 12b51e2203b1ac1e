"""The parse's subject of a reporting verb, and the person "the Arizona
Republican" or "he" stands for (BASIL 2010, Fox and NYT, as written)."""

from newsdag.nlp.quotes.candidates import UNKNOWN
from newsdag.nlp.quotes.subjects import (
    first_person_subject,
    last_person_subject,
    parsed_subject,
    person_described,
)

from tests.unit.nlp.quotes import STEELE_AND_MOSQUE, read

BODY = STEELE_AND_MOSQUE + (
    "The scholars say that it is true that \u201cIt calls for solutions.\u201d"
)
NAMES = {
    "ABC": ("ABC", "ORG"), "John McCain": ("John McCain", "PERSON"),
    "Steele": ("Michael Steele", "PERSON"), "Republican": ("Republican", "NORP"),
    "Elliott Maynard": ("Elliott Maynard", "PERSON"),
    "Nick J. Rahall II": ("Nick Rahall", "PERSON"), "Democrat": ("Democrat", "NORP"),
    "West Virginia": ("West Virginia", "GPE"),
}  # fmt: skip


def subject_of(doc, verb_at: str):
    return parsed_subject(doc, BODY.index(verb_at))


def test_the_subject_the_parse_gives_a_verb(nlp):
    doc = read(BODY, nlp, NAMES)
    # past an aside with two more names: the parse's subject
    maynard = subject_of(doc, "said in a typical")
    assert (maynard.text, maynard.kind) == ("Elliott Maynard", "mention")
    # a common noun the parse gives: an unnamed source
    scholars = subject_of(doc, "say that")
    assert (scholars.text, scholars.kind) == ("scholars", "anonymous")
    assert parsed_subject(doc, BODY.index("needs")) is None  # not a reporting verb: no parse


def test_the_arizona_republican_is_the_person_named_before(nlp):
    doc = read(BODY, nlp, NAMES)
    republican = subject_of(doc, "said Steele needs")
    assert (republican.text, republican.actor, republican.kind) == (
        "Republican", "John McCain", "mention")  # fmt: skip
    norp = next(c for c in doc.candidates if c.text == "Republican")
    assert person_described(doc, norp).actor == "John McCain"
    assert last_person_subject(doc, BODY.index("The Arizona")) == ("John McCain", "PERSON")
    assert last_person_subject(doc, 0) == (UNKNOWN, "")


def test_the_first_person_the_parse_gives_as_a_subject(nlp):
    doc = read(BODY, nlp, NAMES)
    assert first_person_subject(doc, 0, len(BODY)) == "John McCain"
    second = BODY.index("The Arizona")
    assert first_person_subject(doc, second, BODY.index("\u201cGround")) == "John McCain"
    assert first_person_subject(doc, BODY.index("The scholars"), len(BODY)) == ""
    he = read("He recalled that it failed.", nlp, {})
    assert first_person_subject(he, 0, len(he.body)) == "he/she"
