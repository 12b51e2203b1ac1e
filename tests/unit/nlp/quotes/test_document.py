"""One body as the rules read it: candidates by position, reporting verbs,
paragraphs and sentence windows."""

from tests.unit.nlp.quotes import MOSCOW, read

NAMES = {
    "Sergei Lavrov": ("Sergei Lavrov", "PERSON"), "Venezuela": ("Venezuela", "GPE"), "Pompeo": ("Mike Pompeo", "PERSON"),
    "The U.S. State Department": ("US State Department", "ORG"), "Russia": ("Russia", "GPE"),
    "Maduro": ("Nicolas Maduro", "PERSON"),
}  # fmt: skip


def test_candidates_by_position(nlp):
    doc = read(MOSCOW, nlp, NAMES)
    second = MOSCOW.index("The U.S.")
    # outside the quote, wholly inside the stretch
    assert [c.text for c in doc.within(0, second)] == [
        "Sergei Lavrov", "Pompeo", "Venezuela", "the Russian ministry",
    ]  # fmt: skip
    assert [c.text for c in doc.within(0, MOSCOW.index("Pompeo") + 3)] == ["Sergei Lavrov"]
    assert [c.actor for c in doc.actors_before(MOSCOW.index("He also"))] == [
        "Nicolas Maduro", "Russia", "Mike Pompeo", "US State Department", "Venezuela",
        "Mike Pompeo", "Sergei Lavrov",
    ]  # fmt: skip
    assert [c.actor for c in doc.actors_before(second, "PERSON")] == [
        "Mike Pompeo", "Sergei Lavrov",
    ]  # fmt: skip


def test_verbs_words_and_paragraphs(nlp):
    doc = read(MOSCOW, nlp, NAMES)
    # a verb form, whatever its part of speech ("in the call")
    assert [form for _, _, form in doc.verbs_in(0, len(MOSCOW))] == [
        "told", "said", "said", "urged", "call", "stressed", "said",
    ]  # fmt: skip
    assert doc.words_between(0, MOSCOW.index(" told")) == 5 and doc.words_between(9, 3) == 0
    second = MOSCOW.index("The U.S.")
    assert doc.paragraph_of(5) == (0, second - 2)
    assert doc.paragraph_of(len(MOSCOW) - 1) == (second, len(MOSCOW))


def test_the_windows_around_a_quote_are_its_sentence(nlp):
    doc = read(MOSCOW, nlp, NAMES)
    [aggressive, stressed] = doc.quotes
    before = MOSCOW[doc.sentence_start(aggressive.start - 1, 0) : aggressive.start]
    assert before == 'Russian Foreign Minister Sergei Lavrov told Pompeo by phone that further "'
    end = doc.sentence_end(aggressive.end + 1, len(MOSCOW))
    assert MOSCOW[aggressive.end : end] == (
        '" in Venezuela would be fraught with the gravest consequences, the Russian ministry said.'
    )
    floor = MOSCOW.index("The U.S.")
    assert MOSCOW[doc.sentence_start(stressed.start - 1, floor) : stressed.start] == 'He also "'
    back = [MOSCOW[s:e] for s, e in doc.sentences_back(stressed.start)]
    assert back[:2] == ["He also", "The U.S. State Department said Pompeo urged Russia in the call "
                        "to stop supporting Maduro."]  # fmt: skip
