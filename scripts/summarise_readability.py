"""Rule ``summarise_readability``: reading level per article and per outlet.

Writes ``results/tables/readability_by_document.csv`` (each kept article's
indices and counts, with its outlet) and
``results/tables/readability_by_outlet.csv``: for each outlet (and ``ALL``)
every index and ratio averaged over its articles weighted by their words,
so a long article weighs more than a short one (this is not the ratio of the
summed counts), plus summed counts.

Run outside Snakemake::

    python scripts/summarise_readability.py results/shards/*/readability.csv \\
        --documents results/tables/documents.csv --out-dir /tmp/readability
"""

import argparse
import logging
import sys
from pathlib import Path

import pandas as pd

from count_entities import outlets_and_all
from newsdag_common import configure_logging, read_table, write_table
from score_readability import COUNTS, INDICES

log = logging.getLogger("summarise_readability")

SUMMED = ["words", "sentences", "syllables", "letters", "polysyllables", "difficult_words"]
WEIGHTED = INDICES + ["words_per_sentence", "syllables_per_word"]
DOCUMENT_COLUMNS = ["doc_id", "outlet", *INDICES, *COUNTS]
OUTLET_COLUMNS = ["outlet", "documents", *WEIGHTED, *SUMMED]


def by_document(paths, documents: pd.DataFrame) -> pd.DataFrame:
    frames = [read_table(p) for p in paths]
    scores = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id"])
    scores = scores.merge(documents[["doc_id", "outlet"]], on="doc_id", how="inner")
    for column in INDICES + COUNTS:
        scores[column] = scores[column].astype(float)
    for column in SUMMED:
        scores[column] = scores[column].astype(int)
    return scores.sort_values("doc_id", kind="mergesort")[DOCUMENT_COLUMNS].reset_index(drop=True)


def by_outlet(scores: pd.DataFrame) -> pd.DataFrame:
    """Word-weighted means of indices and ratios; sums of counts."""
    rows = []
    for outlet, frame in outlets_and_all(scores):
        weights = frame["words"] / frame["words"].sum()
        row = {"outlet": outlet, "documents": len(frame)}
        row |= {c: float((frame[c] * weights).sum()) for c in WEIGHTED}
        row |= {c: int(frame[c].sum()) for c in SUMMED}
        rows.append(row)
    return pd.DataFrame(rows, columns=OUTLET_COLUMNS)


def run(paths, documents_path, out) -> None:
    scores = by_document(paths, read_table(documents_path))
    write_table(scores, out["by_document"])
    write_table(by_outlet(scores), out["by_outlet"])
    log.info("%d articles", len(scores))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("readability", nargs="+")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.readability, args.documents,
        {"by_document": out / "readability_by_document.csv", "by_outlet": out / "readability_by_outlet.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.readability, sm.input.documents, sm.output)
    else:
        main(sys.argv[1:])
