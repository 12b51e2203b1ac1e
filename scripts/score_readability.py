"""Rule ``score_readability``: reading-level indices of each article of one shard.

Reads the shard's parsed articles and its sentence table (from the one spaCy
pass) and writes ``results/shards/{shard}/readability.csv``: seven indices
of the cleaned body (never the headline or boilerplate), and the counts
behind them, so a reader can see why an index moved. Sentences are spaCy's
body sentences; words, syllables and letters are textstat's counts (see
``newsdag.nlp.readability``).

Run outside Snakemake::

    python scripts/score_readability.py results/shards/011/documents.jsonl \\
        results/shards/011/sentences.csv --out /tmp/readability.csv
"""

import argparse
import csv
import logging
import sys

from newsdag.io import configure_logging, logged_progress, read_jsonl
from newsdag.nlp.readability import COLUMNS, readability, rounded, sentence_count
from newsdag.text.sentences import with_sentences

log = logging.getLogger("score_readability")


def run(documents_path, sentences_path, out_path) -> None:
    n = 0
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        documents = with_sentences(read_jsonl(documents_path), [sentences_path])
        for record, sentences in logged_progress(documents, log, "scored articles"):
            body = record["body"]
            scores = readability(body, sentence_count(body, sentences))
            writer.writerow(
                {"doc_id": record["doc_id"], **{k: rounded(v) for k, v in scores.items()}}
            )
            n += 1
    log.info("scored %d articles", n)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("sentences")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.documents, args.sentences, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, sm.input.sentences, sm.output[0])
    else:
        main(sys.argv[1:])
