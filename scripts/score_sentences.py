"""Rule ``score_sentences``: VADER sentiment of every sentence of one shard.

Reads the shard's sentence table (from the one spaCy pass) and its parsed
articles, and writes ``results/shards/{shard}/sentiment.csv``: VADER's
``neg``, ``neu``, ``pos`` and ``compound`` for each sentence, its label at
VADER's ±0.05 thresholds, and ``quoted``, whether most of the sentence lies
inside quotation marks (the outlet quoting someone rather than speaking in
its own voice).

The scores, labels and quotation spans are ``newsdag.nlp.sentiment``'s.

Run outside Snakemake::

    python scripts/score_sentences.py results/shards/011/sentences.csv \\
        results/shards/011/documents.jsonl --out /tmp/sentiment.csv
"""

import argparse
import csv
import logging
import sys

from newsdag.io import configure_logging, logged_progress, read_jsonl, read_rows
from newsdag.nlp.sentiment import COLUMNS, score_rows

log = logging.getLogger("score_sentences")


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
        rows = logged_progress(
            score_rows(sentences, texts), log, "scored sentences", len(sentences)
        )
        for n, row in enumerate(rows, 1):
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
