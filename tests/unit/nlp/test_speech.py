"""The subjects the dependency parse gives reporting verbs."""

import pytest
from newsdag.nlp.speech import speech_rows, speech_subject


@pytest.mark.parametrize(
    "sentence, verb, subject, relation",
    [
        # an apposition names the unnamed subject (BASIL 2010, NYT)
        ("A spokesman for the Democratic National Committee, Brad Woodhouse, said Mr. Steele "
         "was \u201cbetting against our troops.\u201d", "said", "Woodhouse", "nsubj>appos"),
        # a participle describing a noun: the subject of the noun's verb
        ("He sent an e-mail to RNC members saying he hoped his statement would \"clear up any "
         "confusion\" caused by his earlier remarks.", "saying", "He", "acl>nsubj"),
        ("Trying to quell the furor, Steele issued a statement saying: \"There is no question.\"",
         "saying", "Steele", "acl>nsubj"),
        # a participle after a comma shares the subject of the verb it hangs from
        ("Reince Priebus, the chairman of the Republican National Committee, tried to deflect "
         "questions on behalf of Mr. Romney, saying on Fox News that \u201cthis is the platform "
         "of the Republican Party.\u201d", "saying", "Priebus", "advcl>nsubj"),
    ],
)  # fmt: skip
def test_reporting_verbs_get_the_subject_the_parse_gives(nlp, sentence, verb, subject, relation):
    body = "Lead paragraph.\n\n" + sentence
    start = body.index(sentence)
    rows = speech_rows("d", [["d", "body", 2, start, len(body), sentence]], nlp(body))
    found = {(r[4], r[7], r[8]) for r in rows}
    assert (verb, subject, relation) in found, found
    for row in rows:
        assert body[row[2] : row[3]] == row[4] and body[row[5] : row[6]] == row[7]
        assert row[9] <= row[2] < row[3] <= row[10]  # the verb heads its clause


def test_only_sentences_with_a_reporting_verb_are_read(nlp):
    body = "Bolton arrived in Caracas. Lavrov said nothing."
    sentences = [["d", "body", 1, 0, 26, body[:26]], ["d", "body", 2, 27, 47, body[27:]]]
    rows = speech_rows("d", sentences, nlp(body))
    assert [(r[1], r[4], r[7]) for r in rows] == [(2, "said", "Lavrov")]


def test_a_relative_pronoun_stands_for_the_noun_it_follows(nlp):
    doc = nlp("Lavrov, who spoke in Moscow, said the talks failed.")
    spoke = next(t for t in doc if t.text == "spoke")
    subject, relation = speech_subject(spoke)
    assert subject.text == "Lavrov" and relation == "nsubj>relcl"


def test_a_verb_with_no_subject_in_the_parse_gives_none(nlp):
    doc = nlp("Said nothing.")
    assert speech_subject(doc[0]) is None
