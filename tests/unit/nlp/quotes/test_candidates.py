"""Possible speakers: mentions, names the tagger missed, pronouns,
descriptions and unnamed sources, never inside a quotation."""

from newsdag.nlp.quotes.candidates import (
    UNKNOWN,
    Candidate,
    Quote,
    is_agent,
    speaker_candidates,
    surname_index,
)
from newsdag.nlp.quotes.spans import quote_spans
from newsdag.text.sentences import Sentences

from tests.unit.nlp.quotes import named

# The Moscow Times (seed 000) and BASIL 2015 (NYT), as written
MOSCOW = (
    "The U.S. State Department said Pompeo urged Russia in the call to stop supporting Maduro. "
    'He also "stressed that the intervention by Russia and Cuba is destabilizing for Venezuela '
    'and for the U.S.-Russia bilateral relationship," it said.'
)
MERRILL = (
    "In a written statement, a spokesman for her said she had told the committee months ago "
    "that she was prepared to testify at a public hearing. \u201cIt is by their choice that "
    "hasn\u2019t happened,\u201d said the spokesman, Nick Merrill."
)


def candidates_of(body: str, names: dict) -> list[tuple[str, str]]:
    mentions = named(body, names)
    quotes = [Quote(start, end) for start, end in quote_spans(body, Sentences())]
    types = {m["actor"]: m["type"] for m in mentions}
    found = speaker_candidates(body, mentions, quotes, {}, types,
                               surname_index(types))  # fmt: skip
    return [(c.text, c.kind) for c in found]


def test_mentions_and_pronouns_outside_the_quote():
    names = {"The U.S. State Department": ("US State Department", "ORG"),
             "Pompeo": ("Mike Pompeo", "PERSON"), "Russia": ("Russia", "GPE"),
             "Cuba": ("Cuba", "GPE"), "Maduro": ("Nicolas Maduro", "PERSON")}  # fmt: skip
    # Russia and Cuba in the quote are not speakers
    assert candidates_of(MOSCOW, names) == [
        ("The U.S. State Department", "mention"), ("Pompeo", "mention"), ("Russia", "mention"),
        ("Maduro", "mention"), ("He", "pronoun"), ("it", "pronoun"),
    ]  # fmt: skip


def test_unnamed_sources_and_descriptions():
    found = candidates_of(MERRILL, {"Nick Merrill": ("Nick Merrill", "PERSON")})
    assert found == [
        ("a spokesman", "anonymous"), ("she", "pronoun"), ("the committee", "description"),
        ("she", "pronoun"), ("the spokesman", "description"), ("Nick Merrill", "mention"),
    ]  # fmt: skip


def test_a_name_the_tagger_missed_counts_when_the_actors_know_it():
    body = "Lavrov said talks would go on, and Pelosi agreed."
    types = {"Sergei Lavrov": "PERSON", "Nancy Pelosi": "PERSON"}
    found = speaker_candidates(body, [], [], {"lavrov": "Sergei Lavrov"}, types,
                               surname_index(types))  # fmt: skip
    assert [(c.text, c.actor) for c in found if c.kind == "mention"] == [
        ("Lavrov", "Sergei Lavrov"), ("Pelosi", "Nancy Pelosi"),
    ]  # fmt: skip


def test_a_surname_stands_for_the_one_person_who_has_it():
    types = {"Nancy Pelosi": "PERSON", "Paul D. Ryan": "PERSON", "Jack Ryan": "PERSON",
             "Pelosi Inc": "ORG"}  # fmt: skip
    assert surname_index(types) == {"pelosi": "Nancy Pelosi"}


def test_places_are_not_agents_and_a_quote_can_continue_another():
    assert not is_agent(Candidate(0, 8, "New York", "mention", "New York", "GPE"))
    assert is_agent(Candidate(0, 7, "Schumer", "mention", "Chuck Schumer", "PERSON"))
    assert is_agent(Candidate(0, 2, "it", "pronoun"))
    before = Quote(0, 5, "Nick Merrill", "PERSON", "the spokesman", "description", "said")
    after = Quote(10, 20)
    assert after.speaker == UNKNOWN
    after.continue_from(before, "added")
    assert (after.speaker, after.speaker_as_written, after.attributed_by, after.verb) == (
        "Nick Merrill", "the spokesman", "continuation", "added")  # fmt: skip
