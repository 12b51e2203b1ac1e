"""A quote's reporting verb and its subject: after the quote, before it,
inside it, and the verbs that are not its own (seeds and BASIL, as
written)."""

from newsdag.nlp.quotes.verbs import (
    apart,
    participle,
    subject_before,
    verb_after,
    verb_before,
    verb_inside,
)

from tests.unit.nlp.quotes import MOSCOW, read

# seed 000 (The Moscow Times)
MOSCOW_NAMES = {
    "Sergei Lavrov": ("Sergei Lavrov", "PERSON"), "Pompeo": ("Mike Pompeo", "PERSON"),
    "Venezuela": ("Venezuela", "GPE"), "Russia": ("Russia", "GPE"),
    "The U.S. State Department": ("US State Department", "ORG"),
    "Maduro": ("Nicolas Maduro", "PERSON"),
}  # fmt: skip
# seed 002 (ANI)
TASS = (
    "\u201cThe enumeration all that official representatives for the American administration "
    "say about Venezuela leads to endless questions, and as a rule, diplomatically speaking, "
    "the answer to all these questions would be \u2018wrong,'\u201d TASS quoted Lavrov as saying."
)
# BASIL 2012 (NYT) and 2018 (NYT)
AKIN = (
    "Mr. Akin said over the weekend that women\u2019s bodies will resist getting pregnant from "
    "a \u201clegitimate rape,\u201d comments that have been widely condemned, including by Mr. "
    "Romney who called for Mr. Akin to withdraw from the race."
)
RYAN = (
    "Senator Mitch McConnell, Republican of Kentucky and the majority leader, did not have any "
    "immediate reaction, while a spokeswoman for Speaker Paul D. Ryan of Wisconsin said simply "
    "that Mr. Ryan was \u201cglad these hackers are being held to account.\u201d"
)
ROYCE = (
    "But Mr. Royce, of California, called Friday for Mr. Trump to \u201cuse today\u2019s "
    "indictments to challenge\u201d Mr. Putin at Monday\u2019s summit meeting, adding, \u201cWe "
    "can\u2019t afford to give an inch of ground in defending democracy."
)


def windows(doc, quote):
    """``(before_start, after_end)`` as ``resolver.attribute`` takes them."""
    return doc.sentence_start(quote.start - 1, 0), doc.sentence_end(quote.end + 1, len(doc.body))


def found(result):
    candidate, form, parsed = result
    return (candidate.text if candidate else None), form, parsed


def test_a_verb_before_the_quote_and_its_parsed_subject(nlp):
    doc = read(MOSCOW, nlp, MOSCOW_NAMES)
    aggressive = doc.quotes[0]
    before_start, after_end = windows(doc, aggressive)
    assert found(verb_before(doc, aggressive, before_start)) == ("Sergei Lavrov", "told", True)
    # the verb after is the ministry's, whose clause the quote is part of
    assert found(verb_after(doc, aggressive, after_end)) == ("the Russian ministry", "said", True)


def test_a_quote_that_opens_with_its_verb(nlp):
    doc = read(MOSCOW, nlp, MOSCOW_NAMES)
    stressed = doc.quotes[1]
    before_start, after_end = windows(doc, stressed)
    assert found(verb_inside(doc, stressed, before_start)) == ("He", "stressed", False)
    assert verb_inside(doc, doc.quotes[0], windows(doc, doc.quotes[0])[0]) is None
    assert found(verb_after(doc, stressed, after_end)) == ("it", "said", True)


def test_x_quoted_y_as_saying_gives_y(nlp):
    names = {"TASS": ("TASS", "ORG"), "Lavrov": ("Sergei Lavrov", "PERSON"),
             "Venezuela": ("Venezuela", "GPE")}  # fmt: skip
    doc = read(TASS, nlp, names)
    [quote] = doc.quotes
    assert found(verb_after(doc, quote, windows(doc, quote)[1])) == ("Lavrov", "saying", False)


def test_a_verb_whose_clause_is_apart_from_the_quote_is_not_its_own(nlp):
    names = {"Akin": ("Todd Akin", "PERSON"), "Romney": ("Mitt Romney", "PERSON")}
    doc = read(AKIN, nlp, names)
    [rape] = doc.quotes
    called = AKIN.index("called")
    assert apart(doc, called, rape)
    assert not apart(doc, AKIN.index("said"), rape)
    assert verb_after(doc, rape, windows(doc, rape)[1]) is None
    assert found(verb_before(doc, rape, windows(doc, rape)[0])) == ("Akin", "said", True)


def test_an_unnamed_source_for_a_named_person_is_the_subject(nlp):
    names = {"Mitch McConnell": ("Mitch McConnell", "PERSON"), "Kentucky": ("Kentucky", "GPE"),
             "Paul D. Ryan": ("Paul Ryan", "PERSON"), "Wisconsin": ("Wisconsin", "GPE")}  # fmt: skip
    doc = read(RYAN, nlp, names)
    before = doc.within(RYAN.index("a spokeswoman"), RYAN.index(" said simply"))
    assert [c.text for c in before] == ["a spokeswoman", "Paul D. Ryan", "Wisconsin"]
    assert subject_before(doc, before).text == "a spokeswoman"
    assert subject_before(doc, before[1:]).text == "Paul D. Ryan"  # not the place


def test_a_participle_after_a_comma_shares_the_earlier_subject(nlp):
    names = {"Royce": ("Ed Royce", "PERSON"), "California": ("California", "GPE"),
             "Trump": ("Donald Trump", "PERSON"), "Putin": ("Vladimir Putin", "PERSON")}  # fmt: skip
    doc = read(ROYCE, nlp, names)
    challenge, democracy = doc.quotes
    assert participle(doc, "adding", democracy)
    assert not participle(doc, "called", challenge)
