"""Rule ``rank_sentences``: each outlet's most positive and most negative sentences, in full.

Reads the scored body sentences (``results/tables/sentiment_sentences.csv``),
their text (the shard ``sentences.csv`` files) and the documents table, and
writes ``results/tables/sentiment_extremes.csv``: for every outlet the ``n``
body sentences with the highest VADER compound score among its positive
sentences (compound >= 0.05) and the ``n`` lowest among its negative ones
(<= -0.05), so a reader can judge the scores on the words themselves. Ties
go to the earlier document and sentence.

Run outside Snakemake::

    python scripts/rank_sentences.py results/tables/sentiment_sentences.csv \\
        results/shards/*/sentences.csv --documents results/tables/documents.csv --out /tmp/extremes.csv
"""

import argparse
import logging
import sys

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.sentiment import extreme_sentences

log = logging.getLogger("rank_sentences")


def run(sentences_path, text_paths, documents_path, n: int, out) -> None:
    tables = (read_table(path) for path in text_paths)
    table = extreme_sentences(read_table(sentences_path), tables, read_table(documents_path), n)
    write_table(table, out)
    log.info("%d sentences quoted for %d outlets", len(table), table["outlet"].nunique())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scored", help="results/tables/sentiment_sentences.csv")
    parser.add_argument("sentences", nargs="+", help="shard sentences.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("-n", type=int, default=3, help="sentences per outlet and direction")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.scored, args.sentences, args.documents, args.n, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.scored, sm.input.sentences, sm.input.documents, sm.params.n, sm.output[0])
    else:
        main(sys.argv[1:])
