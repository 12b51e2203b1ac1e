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

from newsdag.io import configure_logging, write_rows
from newsdag.nlp.reuse import PAIR_COLUMNS, PASSAGE_COLUMNS, file_reuse

log = logging.getLogger("find_reuse")


def run(documents_path, sentence_paths, params, out) -> None:
    """Write the two tables; ``params`` holds ``min_words`` and
    ``similarity`` (and optionally ``shingle`` and ``num_perm``)."""
    rows, compared = file_reuse(documents_path, sentence_paths, **params)
    write_rows([pair for pair, _ in rows], PAIR_COLUMNS, out["pairs"])
    write_rows([p for _, passages in rows for p in passages], PASSAGE_COLUMNS, out["passages"])
    log.info("%d article pairs share %d passages (%d compared)",
             len(rows), sum(len(p) for _, p in rows), compared)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--sentences", nargs="+", required=True,
                        help="the shards' sentences.csv files")  # fmt: skip
    parser.add_argument("--min-words", type=int, default=8)
    parser.add_argument("--similarity", type=float, default=0.5)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.documents, args.sentences,
        {"min_words": args.min_words, "similarity": args.similarity},
        {"pairs": out / "reuse_pairs.csv", "passages": out / "shared_passages.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, sm.input.sentences, {"min_words": sm.params.min_words,
                                                     "similarity": sm.params.similarity},
            sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
