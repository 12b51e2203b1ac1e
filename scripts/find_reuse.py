"""Rule ``find_reuse``: passages two articles share, word for word.

Reads the articles (``results/corpus/documents.jsonl``) and their sentences
(the shards' ``sentences.csv``) and writes ``results/tables/reuse_pairs.csv``
(one row per pair of articles that share at least one passage) and
``results/tables/shared_passages.csv`` (each shared passage, with where it
starts and ends in both articles). How: ``newsdag/nlp/reuse.py``.

Run outside Snakemake::

    python scripts/find_reuse.py results/corpus/documents.jsonl \\
        --sentences results/shards/*/sentences.csv --out-dir /tmp/reuse
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, logged_progress, row_writer
from newsdag.nlp.reuse import PAIR_COLUMNS, PASSAGE_COLUMNS, file_reuse

log = logging.getLogger("find_reuse")


def run(documents_path, sentence_paths, params, out) -> None:
    """Write the two tables row by row as pairs are compared; ``params``
    holds ``min_words``, ``similarity`` and ``max_partners`` (and optionally
    ``shingle`` and ``num_perm``)."""
    pairs = passages = 0
    with row_writer(out["pairs"], PAIR_COLUMNS) as pair_rows, \
            row_writer(out["passages"], PASSAGE_COLUMNS) as passage_rows:  # fmt: skip
        rows = file_reuse(documents_path, sentence_paths, **params)
        for pair, found in logged_progress(rows, log, "article pairs sharing a passage"):
            pair_rows.writerow(pair)
            passage_rows.writerows(found)
            pairs, passages = pairs + 1, passages + len(found)
    log.info("%d article pairs share %d passages", pairs, passages)


def positive_int(text: str) -> int:
    """A whole number of at least 1, for ``--max-partners`` (as the schema's
    ``reuse_max_partners``)."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--sentences", nargs="+", required=True,
                        help="the shards' sentences.csv files")  # fmt: skip
    parser.add_argument("--min-words", type=int, default=8)
    parser.add_argument("--similarity", type=float, default=0.5)
    parser.add_argument("--max-partners", type=positive_int, default=20,
                        help="candidates each article keeps, the closest first")  # fmt: skip
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.documents, args.sentences,
        {"min_words": args.min_words, "similarity": args.similarity,
         "max_partners": args.max_partners},
        {"pairs": out / "reuse_pairs.csv", "passages": out / "shared_passages.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        params = {key: sm.params[key] for key in ("min_words", "similarity", "max_partners")}
        run(sm.input.documents, sm.input.sentences, params, sm.output)
    else:
        main(sys.argv[1:])
