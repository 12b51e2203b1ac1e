"""Rule ``attribute_quotes``: every direct quotation and who is quoted.

Reads the articles (``results/corpus/documents.jsonl``), their resolved
mentions (``results/tables/mentions.csv``), actors
(``results/tables/actors.csv``), reporting verbs' subjects (the shards'
``speech.csv``) and sentences (the shards' ``sentences.csv``), and writes
``results/tables/quotes.csv`` (one row per quotation) and
``results/tables/quotes_by_outlet.csv`` (outlet x speaker: quotes, words
quoted, share of the outlet's quoted words).

The rules (what a quotation is, who its speaker is) are in
``newsdag.nlp.quotes``: see ``newsdag/nlp/quotes/attribution.py``.

Run outside Snakemake::

    python scripts/attribute_quotes.py results/corpus/documents.jsonl \\
        results/tables/mentions.csv results/tables/actors.csv \\
        --speech results/shards/*/speech.csv --sentences results/shards/*/sentences.csv \\
        --actors config/actors.yaml --out-dir /tmp/quotes
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_jsonl, write_rows
from newsdag.nlp.quotes.attribution import (
    BY_OUTLET_COLUMNS,
    QUOTE_COLUMNS,
    actor_lookups,
    add_to_cells,
    body_mentions_by_document,
    corpus_quote_rows,
    outlet_rows,
    subjects_by_document,
)
from newsdag.nlp.quotes.candidates import UNKNOWN
from newsdag.text.sentences import with_sentences

log = logging.getLogger("attribute_quotes")


def run(documents_path, mentions_path, speech_paths, sentence_paths, actors_path, alias_path,
        out) -> None:  # fmt: skip
    """Write the two tables, streaming: the articles (sorted by ``doc_id``,
    as ``collect_documents`` writes them), their mentions, their reporting
    verbs' subjects (the shards' ``speech.csv``) and their sentences (the
    shards' ``sentences.csv``) are read one document at a time, so memory
    does not grow with the corpus."""
    rows = corpus_quote_rows(
        with_sentences(read_jsonl(documents_path), sentence_paths),
        body_mentions_by_document(mentions_path),
        subjects_by_document(speech_paths),
        actor_lookups(actors_path, alias_path),
    )
    cells: dict = {}
    counts = {"quotes": 0, "known": 0, "documents": 0}

    def counted():
        for row in rows:
            add_to_cells(cells, row)
            counts["quotes"] += 1
            counts["known"] += row["speaker"] != UNKNOWN
            counts["documents"] += row["quote_id"] == 0  # a document's first quote
            yield row

    write_rows(counted(), QUOTE_COLUMNS, out["quotes"])
    write_rows(outlet_rows(cells), BY_OUTLET_COLUMNS, out["by_outlet"])
    log.info("%(quotes)d quotes in %(documents)d documents, %(known)d with a known speaker",
             counts)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("mentions")
    parser.add_argument("actors_table")
    parser.add_argument("--speech", nargs="*", default=[], help="the shards' speech.csv files")
    parser.add_argument("--sentences", nargs="+", required=True,
                        help="the shards' sentences.csv files")  # fmt: skip
    parser.add_argument("--actors", default="", help="alias file (optional)")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.documents, args.mentions, args.speech, args.sentences, args.actors_table,
        args.actors, {"quotes": out / "quotes.csv", "by_outlet": out / "quotes_by_outlet.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.documents, sm.input.mentions, sm.input.speech, sm.input.sentences,
            sm.input.actors_table, sm.input.get("actors", ""), sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
