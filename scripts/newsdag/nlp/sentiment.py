"""Sentence tone: VADER's scores of a sentence, their label and whether the
sentence is a quotation.

VADER scores short texts well and long ones poorly, so newsdag runs it per
sentence (the sentences of the one spaCy pass); documents and outlets are
summarised from sentence scores (``newsdag.stats.sentiment``); how well the
scorer agrees with people is ``newsdag.nlp.sentiment_validation``. No pandas
here: the per-shard jobs that import this module stay quick to start.
"""

from functools import lru_cache

# results/shards/NNN/sentiment.csv
COLUMNS = ["doc_id", "section", "sentence_id", "neg", "neu", "pos", "compound", "label", "quoted"]
POSITIVE, NEGATIVE = 0.05, -0.05  # VADER's recommended thresholds on compound
# Typographic apostrophes and quotes become ASCII so VADER's lexicon and its
# negation rules ("don't", "isn't") see them.
ASCII_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "′": "'"})


@lru_cache(maxsize=1)
def analyzer():
    """VADER's analyser; its lexicon ships inside the vaderSentiment package."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def score_sentence(text: str) -> dict[str, float]:
    """VADER scores of one sentence: ``neg``, ``neu``, ``pos`` (shares of the
    text, summing to 1) and ``compound`` (normalised sum, -1 to +1)."""
    return analyzer().polarity_scores(text.translate(ASCII_QUOTES))


def sentiment_label(compound: float) -> str:
    """``positive`` at compound >= 0.05, ``negative`` at <= -0.05, else ``neutral``."""
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in a text, paragraph by paragraph.

    Curly quotes pair an opening “ with the next ”; straight double quotes
    alternate open and close. A quotation left open runs to the end of its
    paragraph (news style opens, but does not close, each paragraph of a
    long quotation), and every paragraph starts outside any quotation, so
    one stray mark cannot flip the rest of the article. Single quotes are
    not used: they double as apostrophes.
    """
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        opened = None
        for i, char in enumerate(paragraph):
            if char == "“" or (char == '"' and opened is None):
                opened = i if opened is None else opened
            elif char in '”"' and opened is not None:
                spans.append((offset + opened, offset + i + 1))
                opened = None
        if opened is not None:
            spans.append((offset + opened, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return spans


def quoted_share(start: int, end: int, spans: list[tuple[int, int]]) -> float:
    """Share (0 to 1) of the characters ``start``..``end`` inside quotations."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in spans)
    return inside / (end - start)


def score_rows(sentences, texts: dict[tuple[str, str], str]):
    """Yield one output row (values in ``COLUMNS`` order) per sentence row
    (dicts with ``doc_id``, ``section``, ``sentence_id``, ``start``, ``end``,
    ``text``); ``texts`` maps ``(doc_id, section)`` to the section's text.
    ``quoted`` is whether half or more of the sentence lies inside quotations."""
    spans_cache: dict[tuple[str, str], list] = {}
    for row in sentences:
        key = (row["doc_id"], row["section"])
        if key not in spans_cache:
            spans_cache.clear()  # rows come document by document
            spans_cache[key] = quote_spans(texts.get(key, ""))
        scores = score_sentence(row["text"])
        share = quoted_share(int(row["start"]), int(row["end"]), spans_cache[key])
        yield [
            row["doc_id"], row["section"], row["sentence_id"], scores["neg"], scores["neu"],
            scores["pos"], scores["compound"], sentiment_label(scores["compound"]), share >= 0.5,
        ]  # fmt: skip
