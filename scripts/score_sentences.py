"""Rule ``score_sentences``: VADER sentiment of every sentence of one shard.

Reads the shard's sentence table (from the one spaCy pass) and its parsed
articles, and writes ``results/shards/{shard}/sentiment.csv``: VADER's
``neg``, ``neu``, ``pos`` and ``compound`` for each sentence, its label at
VADER's ±0.05 thresholds, and ``quoted``, whether most of the sentence lies
inside quotation marks (the outlet quoting someone rather than speaking in
its own voice).

VADER scores short texts well and long ones poorly, so it is run per
sentence; documents and outlets are summarised from sentence scores.

Run outside Snakemake::

    python scripts/score_sentences.py results/shards/011/sentences.csv \\
        results/shards/011/documents.jsonl --out /tmp/sentiment.csv
"""

import argparse
import csv
import logging
import sys
from functools import lru_cache

from newsdag_common import configure_logging, read_jsonl, read_rows

log = logging.getLogger("score_sentences")

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
    """Yield one output row per sentence row (dicts with ``doc_id``,
    ``section``, ``sentence_id``, ``start``, ``end``, ``text``)."""
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


def run(sentences_path, documents_path, out_path) -> None:
    texts = {}
    for record in read_jsonl(documents_path):
        texts[(record["doc_id"], "body")] = record["body"]
        texts[(record["doc_id"], "title")] = record["title"]
    sentences = read_rows(sentences_path)
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        n = 0
        for n, row in enumerate(score_rows(sentences, texts), 1):
            writer.writerow(row)
    log.info("scored %d sentences", n)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentences")
    parser.add_argument("documents")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.sentences, args.documents, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.sentences, sm.input.documents, sm.output[0])
    else:
        main(sys.argv[1:])
