"""The quote rules' sentence cuts, derived from spaCy's sentences, on real
text: the seeds, and BASIL paragraphs where spaCy's cut and the quote
rules' differ (from ``tests/data/quotes/basil_gold_2.yaml`` and
``basil_gold_7.yaml``)."""

from newsdag.nlp.quotes.attribution import document_quotes
from newsdag.nlp.quotes.bounds import (
    quote_sentences,
    sentence_end,
    sentence_start,
    sentences_back,
    unclosed_quote_end,
)
from newsdag.text.sentences import Sentences

from tests.unit.nlp.quotes import annotated


def quoted(body: str, nlp) -> tuple[Sentences, list]:
    """``(spaCy's sentences, quotes)`` of one body, with speakers as the
    workflow gives them (no alias file)."""
    sentences, mentions, subjects = annotated(body, nlp)
    types = {m["actor"]: m["type"] for m in mentions}
    return sentences, document_quotes(body, sentences, mentions, {}, {}, types, subjects=subjects)


def texts(body: str, sentences: Sentences) -> list[str]:
    return [body[s:e] for s, e in sentences.spans()]


def test_a_sentence_spacy_cut_at_a_bracket_is_whole_again(seed_records, seed_annotations):
    sentences = seed_annotations[0]
    breitbart = next(r for r in seed_records if r["doc_id"].startswith("003"))
    rows = sentences[
        (sentences["doc_id"] == breitbart["doc_id"]) & (sentences["section"] == "body")
    ]
    spacy = Sentences.from_spans(zip(rows["start"].astype(int), rows["end"].astype(int)))
    body = breitbart["body"]
    whole = "\u201cOur position [on the US\u2019 plans on Venezuela] will be very simple."
    assert "\u201cOur position [" in texts(body, spacy) and whole not in texts(body, spacy)
    derived = quote_sentences(body, spacy)
    assert whole in texts(body, derived)
    assert len(derived) == len(spacy) - 1  # nothing else changes
    assert set(spacy.spans()) - set(derived.spans()) == {
        (body.index(whole), body.index(whole) + len("\u201cOur position [")),
        (body.index("on the US\u2019 plans"), body.index(whole) + len(whole)),
    }


def test_a_verb_spacy_cut_off_after_an_abbreviation_keeps_its_subject(nlp):
    body = (
        "Gorsuch\u2019s nomination represents the fruit of the Republicans\u2019 decision to "
        "block Garland.\n\nSen. Pat Leahy (D-Vt.) called this \u201can extraordinary "
        "blockade.\u201d \u201cIt was totally unprecedented in our country\u2019s whole "
        "history,\u201d he added."
    )
    spacy, quotes = quoted(body, nlp)
    assert "called this \u201can extraordinary blockade.\u201d" in texts(body, spacy)
    leahy = "Sen. Pat Leahy (D-Vt.) called this \u201can extraordinary blockade.\u201d"
    assert leahy in texts(body, quote_sentences(body, spacy))
    assert [(body[q.start : q.end], q.speaker) for q in quotes] == [
        ("an extraordinary blockade.", "Pat Leahy"),
        ("It was totally unprecedented in our country\u2019s whole history,", "Pat Leahy"),
    ]


def test_they_reaches_the_two_people_named_three_sentences_back(nlp):
    # spaCy cuts after each closing mark (",’ ” | they said."), and gives
    # the closing mark of the first paragraph a sentence of its own
    body = (
        "On Friday, Mr. Udall and Mr. Wyden released a joint statement repeating that they "
        "had \u201clong been concerned about the degree to which this collection has relied "
        "on \u2018secret law.\u2019 \u201d\n\n\u201cSenior administration officials have "
        "stated on multiple occasions that the Patriot Act\u2019s \u2018business records\u2019 "
        "authority is \u2018analogous to a grand jury subpoena,\u2019 \u201d they said. They "
        "added that \u201cmultiple senior officials have stated that U.S. intelligence agencies "
        "do not collect information or dossiers on \u2018millions of Americans,\u2019 \u201d "
        "assertions that they believe have been contradicted by revelations of Internet data "
        "mining and a court order asking a Verizon subsidiary to turn over logs of telephone "
        "calls.\n\n\u201cNow that the fact of bulk collection has been declassified, we believe "
        "that more information about the scale of the collection, and specifically whether it "
        "involves the records of \u2018millions of Americans,\u2019 should be declassified as "
        "well,\u201d they said."
    )
    spacy, quotes = quoted(body, nlp)
    derived = quote_sentences(body, spacy)
    assert ["\u201d", "they said."] == [
        t for t in texts(body, spacy) if t in ("\u201d", "they said.")
    ]
    assert len(derived) == len(spacy) - 3
    last = quotes[-1]
    assert body[last.start : last.end].startswith("Now that the fact of bulk collection")
    assert (last.speaker, last.speaker_as_written) == ("Udall", "they")
    # three sentences back from the last quote, as the quote rules cut them
    back = [body[s:e] for s, e in list(sentences_back(body, derived, last.start))[:3]]
    assert back[-1].startswith("On Friday, Mr. Udall and Mr. Wyden")


def test_an_unclosed_quote_ends_at_the_sentence_holding_the_next_mark(nlp):
    # the last quotation mark is an opening one: the sentence spaCy ends
    # with it ends the quote before it
    body = (
        'Clapper also said the government was "prohibited from indiscriminately sifting through '
        "the telephony metadata acquired under the program.\u201d All information acquired, he "
        "said, \u201cis subject to strict, court-imposed restrictions on review and handling. The "
        "court only allows the data to be queried when there is a reasonable suspicion, based on "
        "specific facts, that the particular basis for the query is associated with a foreign "
        "terrorist organization.\u201c"
    )
    spacy, quotes = quoted(body, nlp)
    assert texts(body, spacy)[-1].endswith("organization.\u201c")
    assert body[quotes[-1].start : quotes[-1].end].endswith("foreign terrorist organization.")
    assert body[quotes[-1].start : quotes[-1].end].startswith("is subject to strict")


BODY = "\u201cWe agreed.\u201d Bolton left. He said, \u201cWe go.\u201d"


def test_the_windows_before_and_after_a_quote(nlp):
    sentences = annotated(BODY, nlp)[0]
    assert sentences.spans() == [(0, 12), (13, 25), (26, len(BODY))]
    assert texts(BODY, sentences) == [
        "\u201cWe agreed.\u201d", "Bolton left.", "He said, \u201cWe go.\u201d",
    ]  # fmt: skip
    # before "We go.": its sentence, from its start
    assert sentence_start(BODY, sentences, BODY.index("We go") - 1, 0) == BODY.index("He said")
    assert sentence_start(BODY, sentences, BODY.index("We go") - 1, 30) == 30  # the floor
    # after "We agreed.": the sentence ending after the closing mark is the next one
    closing = BODY.index("\u201d")
    assert sentence_end(sentences, closing + 1, len(BODY)) == BODY.index(" He said")
    assert sentence_end(sentences, closing + 1, 20) == 20  # the ceiling
    # walking back from the end: each sentence without its closing marks
    back = [BODY[s:e] for s, e in sentences_back(BODY, sentences, len(BODY))]
    assert back == ["He said, \u201cWe go.", "Bolton left.", "\u201cWe agreed."]


def test_an_unclosed_quote_ends_at_the_last_sentence_end_before_the_next_mark():
    text = "\u201cHe had an airplane. He should stay. Pompeo later added, \u201cHe was headed."
    stop = text.rindex("\u201c")
    ends = [20, 36, len(text)]
    assert text[1 : unclosed_quote_end(text, ends, 1, stop)] == (
        "He had an airplane. He should stay."
    )
    assert text[1 : unclosed_quote_end(text, [], 1, stop)] == (
        "He had an airplane. He should stay. Pompeo later added,"
    )
    # a sentence ending with the next opening mark itself ends before it
    assert unclosed_quote_end(text, [stop + 1], 1, stop) == stop - 1
