"""Attributing a quote: the verb before or after it, the parse's subject,
participles and continuations, on real text through the spaCy pass."""

from newsdag.nlp.quotes.attribution import document_quotes
from newsdag.nlp.quotes.candidates import UNKNOWN
from newsdag.nlp.quotes.resolver import attribute, speaker_of

from tests.unit.nlp.quotes import STEELE_AND_MOSQUE, annotated, read


def speakers_of(body: str, nlp) -> dict[str, str]:
    """Quote text -> speaker for one body, through the spaCy pass and the
    parse as the workflow runs them (no alias file)."""
    sentences, mentions, subjects = annotated(body, nlp)
    types = {m["actor"]: m["type"] for m in mentions}
    quotes = document_quotes(body, sentences, mentions, {}, {}, types, subjects=subjects)
    return {body[q.start : q.end]: q.speaker for q in quotes}


def test_the_parse_names_speakers_the_nearest_name_would_miss(nlp):
    # BASIL 2012 (Fox) and 2010 (Fox, NYT), shortened
    body = (
        "Lis Smith, a spokeswoman for the Obama campaign, said, \u201cMitt Romney\u2019s Medicare "
        "ad is dishonest and hypocritical.\u201d The savings, she said, \u201cdo not cut a single "
        "guaranteed Medicare benefit.\u201d\n\n"
        + STEELE_AND_MOSQUE
        + "The scholars say that it is true that \u201cIt calls for solutions to be enacted as "
        "close to the level of local communities as possible.\u201d"
    )
    speakers = speakers_of(body, nlp)
    assert speakers["Mitt Romney\u2019s Medicare ad is dishonest and hypocritical."] == "Lis Smith"
    assert speakers["do not cut a single guaranteed Medicare benefit."] == "Lis Smith"
    assert speakers["an appropriate decision"] == "John McCain"  # "the Arizona Republican"
    assert speakers["Ground zero is hallowed ground to Americans,"] == "Elliott Maynard"
    unnamed = "It calls for solutions to be enacted as close to the level of local communities as "
    assert speakers[unnamed + "possible."] == UNKNOWN  # "the scholars", not "it"


# BASIL 2015 (NYT) and 2018 (NYT), as written
MERRILL = (
    "In a written statement, a spokesman for her said she had told the committee months ago "
    "that she was prepared to testify at a public hearing. \u201cIt is by their choice that "
    "hasn\u2019t happened,\u201d said the spokesman, Nick Merrill. \u201cTo be clear, she "
    "remains ready to appear at a hearing open to the American public.\u201d"
)
ROYCE = (
    "But Mr. Royce, of California, called Friday for Mr. Trump to \u201cuse today\u2019s "
    "indictments to challenge\u201d Mr. Putin at Monday\u2019s summit meeting, adding, \u201cWe "
    "can\u2019t afford to give an inch of ground in defending democracy."
)


def attributed(doc):
    for index in range(len(doc.quotes)):
        attribute(doc, index)
    return [(q.speaker, q.speaker_as_written, q.attributed_by, q.verb) for q in doc.quotes]


def test_a_quote_with_no_verb_continues_the_one_before(nlp):
    doc = read(MERRILL, nlp, {"Nick Merrill": ("Nick Merrill", "PERSON")})
    assert attributed(doc) == [
        ("Nick Merrill", "Nick Merrill", "mention", "said"),
        ("Nick Merrill", "Nick Merrill", "continuation", "said"),
    ]  # fmt: skip
    assert doc.speakers == [(q.start, "Nick Merrill", "PERSON") for q in doc.quotes]
    spokesman = next(c for c in doc.candidates if c.text == "the spokesman")
    assert speaker_of(doc, spokesman, doc.quotes[0]) == ("Nick Merrill", "PERSON")
    unnamed = next(c for c in doc.candidates if c.text == "a spokesman")
    assert speaker_of(doc, unnamed, doc.quotes[0]) == (UNKNOWN, "")


def test_adding_keeps_the_speaker_of_the_quote_before(nlp):
    names = {"Royce": ("Ed Royce", "PERSON"), "California": ("California", "GPE"),
             "Trump": ("Donald Trump", "PERSON"), "Putin": ("Vladimir Putin", "PERSON")}  # fmt: skip
    doc = read(ROYCE, nlp, names)
    assert attributed(doc) == [
        ("Ed Royce", "Royce", "mention", "called"),
        ("Ed Royce", "Royce", "continuation", "adding"),  # not Mr. Trump
    ]  # fmt: skip
