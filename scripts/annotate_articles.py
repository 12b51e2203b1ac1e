"""Rule ``annotate_articles``: one spaCy pass over the articles of one shard.

Reads ``results/shards/{shard}/documents.jsonl`` (the shard's cleaned
articles) and writes, in ``results/shards/{shard}/``:

- ``sentences.csv``: every sentence, with character offsets into the title
  or body;
- ``mentions.csv``: every PERSON, ORG, GPE and NORP mention that survives
  the junk rules, with the name it resolves to inside its document;
- ``speech.csv``: every reporting verb of the body, "said", "told", ...,
  and the main verb of its sentence, with the subject the dependency parser
  gives each, for ``attribute_quotes``;
- ``terms.csv``: each body's lemma and bigram counts (``newsdag.nlp.terms``);
- ``descriptions.csv``: the labels of each body mention and the words the
  parse ties to it (``newsdag.nlp.descriptions``).

Every later stage reads these tables; nothing runs spaCy again. Documents
are streamed through ``nlp.pipe`` and rows are written as they come, so
memory does not grow with the shard. Each article's rows are also kept in
``annotations.cache.jsonl`` beside the tables
(``newsdag.nlp.annotation.AnnotationCache``), so a rerun after one article
changed runs spaCy on that article alone and copies the rest. The rules are
in ``newsdag.nlp`` (``model``, ``mentions``, ``names``, ``speech``,
``terms``, ``descriptions``, ``annotation``).

Debug outside Snakemake::

    python scripts/annotate_articles.py results/shards/011/documents.jsonl --out-dir /tmp/nlp
"""

import argparse
import csv
import logging
import sys
from contextlib import ExitStack
from pathlib import Path

from newsdag.io import configure_logging, line_count, logged_progress
from newsdag.nlp.annotation import (
    CACHE_NAME,
    MENTION_COLUMNS,
    SENTENCE_COLUMNS,
    SPEECH_COLUMNS,
    AnnotationCache,
    annotate_shard,
    annotation_fingerprint,
)
from newsdag.nlp.descriptions import DESCRIPTION_COLUMNS
from newsdag.nlp.model import load_model
from newsdag.nlp.terms import TERM_COLUMNS

log = logging.getLogger("annotate_articles")

# Each table's columns, by the ``Annotation`` field that holds its rows.
TABLE_COLUMNS = {
    "sentences": SENTENCE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "speech": SPEECH_COLUMNS,
    "terms": TERM_COLUMNS,
    "descriptions": DESCRIPTION_COLUMNS,
}


def run(paths: dict, model: str, batch_size: int, cache_path=None) -> None:
    """Annotate one shard: ``paths["documents"]`` in, one CSV per
    ``TABLE_COLUMNS`` key out. ``cache_path`` defaults to
    ``annotations.cache.jsonl`` beside ``paths["sentences"]``."""
    cache_path = cache_path or Path(paths["sentences"]).with_name(CACHE_NAME)
    cache = AnnotationCache(cache_path, annotation_fingerprint(model))
    counts = dict.fromkeys(["documents", "spacy", *TABLE_COLUMNS], 0)

    def loaded_model():
        nlp = load_model(model, batch_size)
        log.info("spaCy pipeline %s %s: %s", nlp.meta["name"], nlp.meta["version"],
                 nlp.pipe_names)  # fmt: skip
        return nlp

    def written(entries):
        for key, rows in entries:
            counts["documents"] += 1
            counts["spacy"] += key not in cache
            for table, writer in writers.items():
                counts[table] += len(getattr(rows, table))
                writer.writerows(getattr(rows, table))
            yield key, rows

    Path(paths["sentences"]).parent.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        writers = {}
        for table, columns in TABLE_COLUMNS.items():
            handle = stack.enter_context(open(paths[table], "w", encoding="utf-8", newline=""))
            writers[table] = csv.writer(handle, lineterminator="\n")
            writers[table].writerow(columns)
        annotated = annotate_shard(paths["documents"], loaded_model, cache)
        total = line_count(paths["documents"])
        cache.write(written(logged_progress(annotated, log, "annotated documents", total)))
    log.info(
        "annotated %d documents (%d by spaCy, %d from the cache), %d mentions, %d reporting "
        "verbs, %d term counts, %d descriptions",
        counts["documents"], counts["spacy"], counts["documents"] - counts["spacy"],
        counts["mentions"], counts["speech"], counts["terms"], counts["descriptions"],
    )  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", help="a shard's documents.jsonl")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    paths = {"documents": args.documents, **{t: out / f"{t}.csv" for t in TABLE_COLUMNS}}
    run(paths, args.model, args.batch_size)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        paths = {"documents": sm.input.documents, **{t: sm.output[t] for t in TABLE_COLUMNS}}
        run(paths, sm.params.model, sm.params.batch_size)
    else:
        main(sys.argv[1:])
