"""What "he", "it" and "they" before a reporting verb stand for."""

from newsdag.nlp.quotes.candidates import UNKNOWN
from newsdag.nlp.quotes.pronouns import last_person_pair, pronoun
from newsdag.nlp.quotes.resolver import attribute

from tests.unit.nlp.quotes import read

# BASIL 2013 (NYT), as written
UDALL = (
    "On Friday, Mr. Udall and Mr. Wyden released a joint statement repeating that they had "
    "\u201clong been concerned about the degree to which this collection has relied on "
    "\u2018secret law.\u2019 \u201d\n\n\u201cSenior administration officials have stated on "
    "multiple occasions that the Patriot Act\u2019s \u2018business records\u2019 authority is "
    "\u2018analogous to a grand jury subpoena,\u2019 \u201d they said."
)
# seed 002 (ANI), as written
ANI = (
    "On Wednesday, US Secretary of State Michael R. Pompeo called Lavrov to discuss the "
    "situation in Venezuela.\n\nIn a statement issued by the US State Department, Pompeo said "
    "that the intervention by Russia and Cuba is destabilising for Venezuela and for the "
    "U.S.-Russia bilateral relationship.\n\n\u201cThe Secretary urged Russia to cease support "
    "for Nicolas Maduro,\u201d it added."
)
# BASIL 2013 (Fox), as written
CLAPPER = (
    'Clapper also said the government was "prohibited from indiscriminately sifting through '
    "the telephony metadata acquired under the program.\u201d All information acquired, he "
    "said, \u201cis subject to strict, court-imposed restrictions on review and handling.\u201d"
)


def test_they_is_the_first_of_two_people_named_together(nlp):
    names = {"Udall": ("Mark Udall", "PERSON"), "Wyden": ("Ron Wyden", "PERSON")}
    doc = read(UDALL, nlp, names)
    they = [c for c in doc.candidates if c.text == "they"][-1]
    assert last_person_pair(doc, they.start) == ("Mark Udall", "PERSON")
    assert pronoun(doc, "they", they.start, doc.quotes[-1]) == ("Mark Udall", "PERSON")
    assert last_person_pair(doc, UDALL.index("Mr. Udall")) == (UNKNOWN, "")


def test_it_is_the_last_institution(nlp):
    names = {"Michael R. Pompeo": ("Mike Pompeo", "PERSON"), "Pompeo": ("Mike Pompeo", "PERSON"),
             "Lavrov": ("Sergei Lavrov", "PERSON"), "Venezuela": ("Venezuela", "GPE"),
             "US State Department": ("US State Department", "ORG"), "Russia": ("Russia", "GPE"),
             "Cuba": ("Cuba", "GPE"), "Nicolas Maduro": ("Nicolas Maduro", "PERSON")}  # fmt: skip
    doc = read(ANI, nlp, names)
    it = next(c for c in doc.candidates if c.text == "it")
    assert pronoun(doc, "it", it.start, doc.quotes[0]) == ("US State Department", "ORG")


def test_he_is_the_person_quoted_before_in_the_paragraph(nlp):
    names = {"Clapper": ("James Clapper", "PERSON")}
    doc = read(CLAPPER, nlp, names)
    he = next(c for c in doc.candidates if c.text == "he")
    attribute(doc, 0)
    assert doc.speakers == [(doc.quotes[0].start, "James Clapper", "PERSON")]
    assert pronoun(doc, "he", he.start, doc.quotes[1]) == ("James Clapper", "PERSON")
