"""Where quotations are: double and single quotes, apostrophes, and a quote
left open before the next one opens (cut at spaCy's sentence end)."""

from newsdag.nlp.quotes.spans import paragraph_spans, quote_spans
from newsdag.text.sentences import Sentences

from tests.unit.nlp.quotes import annotated


def spacy_sentences(body: str, nlp) -> Sentences:
    """The body's sentences as the NLP stage writes them to sentences.csv."""
    return annotated(body, nlp)[0]


def test_straight_curly_and_single_quotes_and_apostrophes(nlp):
    body = (
        "\u201cWe agreed,\u201d he said. \"Yes,\" she said of the 'very positive' talks.\n\n"
        "Venezuela's minister didn\u2019t say 'no.' It\u2019s the US\u2019 plan."
    )
    texts = [body[s:e] for s, e in quote_spans(body, spacy_sentences(body, nlp))]
    assert texts == ["We agreed,", "Yes,", "very positive", "no."]


def test_an_unclosed_quote_ends_before_the_next_one_opens(nlp):
    body = (
        "\u201cHe had an airplane. He should stay. Pompeo later added, \u201cHe was headed.\u201d"
    )
    texts = [body[s:e] for s, e in quote_spans(body, spacy_sentences(body, nlp))]
    assert texts == ["He had an airplane. He should stay.", "He was headed."]
    # without a sentence end before the next mark, the quote runs up to it
    texts = [body[s:e] for s, e in quote_spans(body, Sentences())]
    assert texts == ["He had an airplane. He should stay. Pompeo later added,", "He was headed."]


def test_paragraphs_are_separated_by_blank_lines():
    body = "  First line\nsame paragraph.\n\n\n Second.  \n"
    assert [body[s:e] for s, e in paragraph_spans(body)] == [
        "First line\nsame paragraph.",
        "Second.",
    ]
