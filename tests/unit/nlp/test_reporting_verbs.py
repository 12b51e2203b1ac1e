"""The one list of reporting verbs, and the two questions asked of it."""

from newsdag.nlp.reporting_verbs import (
    ATTRIBUTION_FORMS,
    VERB_LEMMA,
    has_attribution_verb,
    has_reporting_verb,
)


def test_every_form_maps_to_its_lemma():
    assert VERB_LEMMA["told"] == "tell" and VERB_LEMMA["stressed"] == "stress"
    assert VERB_LEMMA["summarized"] == VERB_LEMMA["summarised"] == "summarise"
    # forms more often nouns in news are left out
    assert not {"comments", "remarks", "calls", "claims", "states"} & set(VERB_LEMMA)


def test_a_sentence_of_reported_speech_has_a_reporting_verb():
    assert has_reporting_verb("Lavrov warned Washington against any interference.")
    assert has_reporting_verb("“It is a mistake,” Pompeo SAID.")  # any case
    assert not has_reporting_verb("The United States imposed sanctions on PDVSA.")
    # a word, not a part of one: "saying" is, "sayings" is not a form
    assert not has_reporting_verb("Old sayings about Caracas")


def test_attribution_verbs_are_the_commonest_in_lower_case_only():
    assert ATTRIBUTION_FORMS <= set(VERB_LEMMA)
    assert has_attribution_verb("Pompeo says Russia must leave")
    assert not has_attribution_verb("Pompeo Says Russia Must Leave")  # a headline
    assert not has_attribution_verb("Obama urges new restrictions on assault weapons")
