"""Rule ``annotate_articles``: one spaCy pass over the articles of one shard.

Reads ``results/shards/{shard}/documents.jsonl`` (the shard's cleaned
articles) and writes ``results/shards/{shard}/sentences.csv`` (every sentence, with
character offsets into the title or body),
``results/shards/{shard}/mentions.csv`` (every PERSON, ORG, GPE and NORP
mention that survives the junk rules, with the name it resolves to inside
its document) and ``results/shards/{shard}/speech.csv`` (every reporting
verb of the body, "said", "told", ..., and the main verb of its sentence,
with the subject the dependency parser gives each, for
``attribute_quotes``) and ``results/shards/{shard}/terms.csv`` (each body's
lemma and bigram counts, ``newsdag.nlp.terms``). Every later stage reads these tables; nothing runs
spaCy again. Documents are streamed through ``nlp.pipe`` and rows are written as
they come, so memory does not grow with the shard. Each article's rows are
also kept in ``annotations.cache.jsonl`` beside the tables
(``newsdag.nlp.annotation.AnnotationCache``), so a rerun after one article
changed runs spaCy on that article alone and copies the rest. The rules
are in ``newsdag.nlp`` (``model``, ``mentions``, ``names``, ``speech``,
``annotation``).

Debug outside Snakemake::

    python scripts/annotate_articles.py results/shards/011/documents.jsonl --out-dir /tmp/nlp
"""

import argparse
import csv
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging
from newsdag.nlp.annotation import (
    CACHE_NAME,
    MENTION_COLUMNS,
    SENTENCE_COLUMNS,
    SPEECH_COLUMNS,
    AnnotationCache,
    annotate_shard,
    annotation_fingerprint,
)
from newsdag.nlp.model import load_model, load_parser
from newsdag.nlp.terms import TERM_COLUMNS

log = logging.getLogger("annotate_articles")


def run(
    documents_path,
    sentences_path,
    mentions_path,
    speech_path,
    terms_path,
    model: str,
    batch_size: int,
    cache_path=None,
) -> None:
    """Annotate one shard. ``cache_path`` defaults to
    ``annotations.cache.jsonl`` beside ``sentences_path``."""
    cache_path = cache_path or Path(sentences_path).with_name(CACHE_NAME)
    cache = AnnotationCache(cache_path, annotation_fingerprint(model))
    counts = {"documents": 0, "mentions": 0, "speech": 0, "terms": 0, "spacy": 0}

    def loaded_models():
        nlp, parser = load_model(model, batch_size), load_parser(model, batch_size)
        for pipeline in (nlp, parser):
            log.info("spaCy pipeline %s %s: %s", pipeline.meta["name"],
                     pipeline.meta["version"], pipeline.pipe_names)  # fmt: skip
        return nlp, parser

    def written(entries):
        for key, sentences, mentions, speech, terms in entries:
            counts["documents"] += 1
            counts["mentions"] += len(mentions)
            counts["speech"] += len(speech)
            counts["terms"] += len(terms)
            counts["spacy"] += key not in cache
            sentence_writer.writerows(sentences)
            mention_writer.writerows(mentions)
            speech_writer.writerows(speech)
            term_writer.writerows(terms)
            yield key, sentences, mentions, speech, terms

    Path(sentences_path).parent.mkdir(parents=True, exist_ok=True)
    with (
        open(sentences_path, "w", encoding="utf-8", newline="") as sentences,
        open(mentions_path, "w", encoding="utf-8", newline="") as mentions,
        open(speech_path, "w", encoding="utf-8", newline="") as speech,
        open(terms_path, "w", encoding="utf-8", newline="") as terms,
    ):
        sentence_writer = csv.writer(sentences, lineterminator="\n")
        sentence_writer.writerow(SENTENCE_COLUMNS)
        mention_writer = csv.writer(mentions, lineterminator="\n")
        mention_writer.writerow(MENTION_COLUMNS)
        speech_writer = csv.writer(speech, lineterminator="\n")
        speech_writer.writerow(SPEECH_COLUMNS)
        term_writer = csv.writer(terms, lineterminator="\n")
        term_writer.writerow(TERM_COLUMNS)
        cache.write(written(annotate_shard(documents_path, loaded_models, cache)))
    log.info(
        "annotated %d documents (%d by spaCy, %d from the cache), %d mentions, %d reporting "
        "verbs, %d term counts",
        counts["documents"], counts["spacy"], counts["documents"] - counts["spacy"],
        counts["mentions"], counts["speech"], counts["terms"],
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
    run(args.documents, out / "sentences.csv", out / "mentions.csv", out / "speech.csv",
        out / "terms.csv", args.model, args.batch_size)  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            sm.input.documents,
            sm.output.sentences,
            sm.output.mentions,
            sm.output.speech,
            sm.output.terms,
            sm.params.model,
            sm.params.batch_size,
        )
    else:
        main(sys.argv[1:])
