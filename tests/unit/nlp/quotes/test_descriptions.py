"""Who "the minister", "the ministry", "the suit" and "the spokesman, Nick
Merrill" stand for, on BASIL and seed text."""

from newsdag.nlp.quotes.candidates import UNKNOWN
from newsdag.nlp.quotes.descriptions import authors, description, named_after

from tests.unit.nlp.quotes import read

# BASIL 2014 (NYT), as written
LAWSUIT = (
    "But the lawsuit from Nebraska and Oklahoma, where marijuana is still outlawed, argues that "
    "Colorado has \u201ccreated a dangerous gap\u201d in the federal drug-control system.\n\n"
    "\u201cMarijuana flows from this gap into neighboring states,\u201d the suit says."
)
# BASIL 2015 (NYT)
MERRILL = (
    "In a written statement, a spokesman for her said she had told the committee months ago "
    "that she was prepared to testify at a public hearing. \u201cIt is by their choice that "
    "hasn\u2019t happened,\u201d said the spokesman, Nick Merrill."
)
# seed 002 (ANI) and seed 000 (The Moscow Times), as written
MINISTER = (
    "In addition, Lavrov told reporters that Russia will mobilise the efforts a group of the "
    "states that respect the UN Charter for countering the US\u2019 plans on Venezuela.\n\n"
    "\u201cThis group is being formed in the UN, and I hope that it will receive serious "
    "support in the organization,\u201d the minister noted."
)
MINISTRY = (
    'Russian Foreign Minister Sergei Lavrov told Pompeo by phone that further "aggressive '
    'steps" in Venezuela would be fraught with the gravest consequences, the Russian ministry '
    'said.\n\n"The Russian side underlined that interference by Washington in the internal '
    "affairs of a sovereign state and threats towards its leadership was a flagrant breach of "
    'international law," the ministry said.'
)


def candidate(doc, text):
    return next(c for c in doc.candidates if c.text == text)


def test_a_document_speaks_for_the_authors_named_with_it(nlp):
    names = {"Nebraska": ("Nebraska", "GPE"), "Oklahoma": ("Oklahoma", "GPE"),
             "Colorado": ("Colorado", "GPE")}  # fmt: skip
    doc = read(LAWSUIT, nlp, names)
    suit = candidate(doc, "the suit")
    assert description(doc, suit) == ("Nebraska", "GPE")  # "the lawsuit from Nebraska ..."
    assert authors(doc, "suit", suit.end) == ("Nebraska", "GPE")
    assert authors(doc, "letter", suit.end) is None


def test_a_description_followed_by_a_name_is_that_person(nlp):
    doc = read(MERRILL, nlp, {"Nick Merrill": ("Nick Merrill", "PERSON")})
    assert named_after(doc, candidate(doc, "the spokesman")) == ("Nick Merrill", "PERSON")
    assert named_after(doc, candidate(doc, "a spokesman")) is None  # "for her said", no name


def test_the_minister_is_the_person_whose_role_says_so(nlp):
    names = {"Lavrov": ("Sergei Lavrov", "PERSON"), "Russia": ("Russia", "GPE"),
             "UN": ("United Nations", "ORG"), "US": ("United States", "GPE")}  # fmt: skip
    roles = {"Sergei Lavrov": "Russian Foreign Minister"}  # config/actors.yaml
    doc = read(MINISTER, nlp, names, roles=roles)
    assert description(doc, candidate(doc, "the minister")) == ("Sergei Lavrov", "PERSON")
    # no role says "minister": the person named last, close before
    doc = read(MINISTER, nlp, names)
    assert description(doc, candidate(doc, "the minister")) == ("Sergei Lavrov", "PERSON")
    # nobody named before: unknown
    doc = read(MINISTER[MINISTER.index("\u201c") :], nlp, {})
    assert description(doc, candidate(doc, "the minister")) == (UNKNOWN, "")


def test_the_ministry_is_the_one_the_alias_file_names(nlp):
    names = {"Sergei Lavrov": ("Sergei Lavrov", "PERSON"), "Pompeo": ("Mike Pompeo", "PERSON"),
             "Venezuela": ("Venezuela", "GPE"), "Washington": ("Washington", "GPE")}  # fmt: skip
    alias_of = {"russian ministry": "Russian Foreign Ministry"}  # config/actors.yaml, folded
    doc = read(MINISTRY, nlp, names, alias_of=alias_of)
    assert description(doc, candidate(doc, "the Russian ministry")) == (
        "Russian Foreign Ministry", "ORG")  # fmt: skip
    # "the ministry" after "the Russian ministry": the same
    assert description(doc, candidate(doc, "the ministry")) == ("Russian Foreign Ministry", "ORG")
    plain = read(MINISTRY, nlp, names)  # no alias file: no ministry is named
    assert description(plain, candidate(plain, "the ministry")) == (UNKNOWN, "")
