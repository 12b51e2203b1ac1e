"""Rule ``parse_articles``: parse the raw article files of one shard.

Writes ``results/shards/{shard}/documents.jsonl`` (one parsed article per
line, with its body) and ``results/shards/{shard}/skipped.csv`` (files that
could not be used, with the reason). The outlet is resolved later, by
``collect_documents``, from the evidence recorded here, so editing the
outlet sheet re-runs no parsing.

Debug one article outside Snakemake::

    python scripts/parse_articles.py seeds/004_d82b79f67a646ad1.txt
"""

import argparse
import logging
import re
import sys
from pathlib import Path

from article_metadata import read_agencies
from article_html import html_to_text
from article_text import (
    ArticleSkipped,
    clean_article,
    decode_article_bytes,
    metadata_fields,
    normalise_text,
    split_front_matter,
    split_header_fields,
    word_count,
)
from newsdag_common import configure_logging, read_tsv_rows, sha256_bytes, write_jsonl, write_rows

log = logging.getLogger("parse_articles")

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SKIPPED_COLUMNS = ["doc_id", "source_path", "reason"]
# spaCy's default nlp.max_length: a longer text would stop the NLP stage.
MAX_BODY_CHARACTERS = 1_000_000
# The models are English-only. In English news about 1 word in 3 is one of
# these function words (the seeds: 34-42 %, 300 BASIL articles: 32-55 %); in
# Spanish, German or French news, 2-4 %.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but "
    "from or have an they which you were her she there would their we him been has when who "
    "will more if out so said what up its about into than them can only other new some could "
    "these two may then do first any my now such like our over me even most made after also "
    "did many before must through back years where much your way well down should because "
    "each just those people how too very".split()
)
MIN_ENGLISH_SHARE = 0.15


def english_share(text: str) -> float:
    """Share (0 to 1) of the words of ``text`` that are common English
    function words; 0 for a text without words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words) if words else 0.0


def parse_article(
    doc_id: str,
    source_path: str,
    raw: bytes,
    agencies,
    min_body_words: int = 40,
    day_first: bool = True,
    fallback_encoding: str = "cp1252",
    max_file_mb: float = 10,
) -> dict:
    """One parsed article record from a file's bytes.

    Fields: ``doc_id``, ``source_path``, ``sha256`` (of the raw bytes),
    ``encoding``, ``title``, ``subtitle``, ``byline`` and ``wire`` (``;``-
    separated), ``date`` (ISO or ``""``), ``date_source``, ``url``,
    ``outlet_evidence`` (list of ``[source, kind, value]``, strongest first),
    ``n_words`` and ``body``. Raises ``ArticleSkipped`` with a plain-English
    reason when the file is larger than ``max_file_mb`` megabytes (10^6
    bytes), empty, binary, has broken front matter, has fewer than
    ``min_body_words`` words of body once boilerplate is gone, is not in
    English (``english_share`` under ``MIN_ENGLISH_SHARE``), or has a body
    longer than ``MAX_BODY_CHARACTERS`` (a dump of many articles, not one).
    """
    if len(raw) > max_file_mb * 1_000_000:
        raise ArticleSkipped(
            f"file too large: {len(raw) / 1_000_000:,.1f} MB (config key max_file_mb is "
            f"{max_file_mb:g}); a news article is rarely over 1 MB, even as an HTML page"
        )
    text, encoding = decode_article_bytes(raw, fallback_encoding)
    if Path(source_path).suffix.lower() in HTML_SUFFIXES:
        metadata, text = html_to_text(text)
        text = normalise_text(text, unescape=False)  # the HTML parser decoded entities
    else:
        front, text = split_front_matter(normalise_text(text))
        if not front:
            front, text = split_header_fields(text)
        metadata = metadata_fields(front)
    article = clean_article(text, agencies, metadata, day_first)
    n_words = word_count(article.body)
    if n_words == 0:
        raise ArticleSkipped("no article text left after removing boilerplate")
    if n_words < min_body_words:
        raise ArticleSkipped(
            f"body too short after cleaning: {n_words} words "
            f"(config key min_body_words is {min_body_words})"
        )
    share = english_share(article.body)
    if share < MIN_ENGLISH_SHARE:
        raise ArticleSkipped(
            f"not English: {share:.0%} of its words are common English function words "
            f"(English news: about 30-50 %; under {MIN_ENGLISH_SHARE:.0%} is skipped), and "
            "newsdag's language models are English-only"
        )
    if len(article.body) > MAX_BODY_CHARACTERS:
        raise ArticleSkipped(
            f"body too long: {len(article.body):,} characters, more than the "
            f"{MAX_BODY_CHARACTERS:,} the NLP stage reads; split the file into its articles"
        )
    return {
        "doc_id": doc_id,
        "source_path": source_path,
        "sha256": sha256_bytes(raw),
        "encoding": encoding,
        "title": article.title,
        "subtitle": article.subtitle,
        "byline": ";".join(article.byline),
        "wire": ";".join(article.wire),
        "date": article.date,
        "date_source": article.date_source,
        "url": article.url,
        "outlet_evidence": [list(e) for e in article.outlet_evidence],
        "n_words": n_words,
        "body": article.body,
    }


def parse_files(files: list[tuple[str, str]], agencies, **options) -> tuple[list[dict], list[dict]]:
    """Parse ``(doc_id, path)`` pairs; returns ``(records, skipped)``, both
    sorted by ``doc_id``. A file that fails never stops the others."""
    records, skipped = [], []
    for doc_id, path in sorted(files):
        try:
            raw = Path(path).read_bytes()
            records.append(parse_article(doc_id, path, raw, agencies, **options))
        except ArticleSkipped as reason:
            skipped.append({"doc_id": doc_id, "source_path": path, "reason": str(reason)})
        except OSError as error:
            skipped.append(
                {
                    "doc_id": doc_id,
                    "source_path": path,
                    "reason": f"cannot read file: {error.strerror}",
                }
            )
        except Exception as error:  # a parser bug must not lose the shard
            log.exception("unexpected error in %s", path)
            skipped.append(
                {
                    "doc_id": doc_id,
                    "source_path": path,
                    "reason": f"parser error: {type(error).__name__}: {error}",
                }
            )
    for row in skipped:
        log.warning("skipped %s: %s", row["source_path"], row["reason"])
    return records, skipped


def write_shard(records: list[dict], skipped: list[dict], documents_path, skipped_path) -> None:
    """Write a shard's two outputs (empty files with headers when empty)."""
    write_jsonl(records, documents_path)
    write_rows(skipped, SKIPPED_COLUMNS, skipped_path)


def run(files, agencies_path, documents_path, skipped_path, **options) -> None:
    agencies = read_agencies(read_tsv_rows(agencies_path))
    records, skipped = parse_files(files, agencies, **options)
    write_shard(records, skipped, documents_path, skipped_path)
    log.info("parsed %d articles, skipped %d", len(records), len(skipped))


def main(argv: list[str] | None = None) -> None:
    """Command line: parse files and print their records as JSON lines."""
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="article files to parse")
    parser.add_argument("--agencies", default="workflow/resources/wire_agencies.tsv")
    parser.add_argument("--min-body-words", type=int, default=40)
    parser.add_argument("--month-first", action="store_true", help="read 02/05/2019 as February 5")
    args = parser.parse_args(argv)
    configure_logging()
    agencies = read_agencies(read_tsv_rows(args.agencies))
    files = [(Path(f).stem, f) for f in args.files]
    records, _ = parse_files(
        files, agencies, min_body_words=args.min_body_words, day_first=not args.month_first
    )
    for record in records:
        print(json.dumps(record, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            list(zip(sm.params.doc_ids, sm.input.articles)),
            sm.input.agencies,
            sm.output.documents,
            sm.output.skipped,
            min_body_words=sm.params.min_body_words,
            day_first=sm.params.day_first,
            fallback_encoding=sm.params.fallback_encoding,
            max_file_mb=sm.params.max_file_mb,
        )
    else:
        main(sys.argv[1:])
