"""Parse the raw article files of one shard into article records.

A file of one article (text, markdown, HTML, a JSON object) is decoded,
split into metadata and text, and cleaned (``newsdag.text.cleaning``); a
file of many (JSONL, CSV, TSV, a JSON list, ``newsdag.text.records``)
gives one article per record. Each article is checked (long enough,
English, not too long, not dated in the future); one that fails becomes a
row of the skipped table with the reason. The outlet is resolved later
(``newsdag.corpus.outlets``) from the evidence recorded here.
"""

import datetime as dt
import json
import logging
import re
from pathlib import Path

from newsdag.corpus.dedupe import place, skipped_row, unique_ids
from newsdag.corpus.files import shard_of
from newsdag.io import logged_progress, sha256_bytes
from newsdag.text.cleaning import CleanArticle, clean_article
from newsdag.text.decoding import ArticleSkipped, decode_article_bytes, normalise_text
from newsdag.text.front_matter import metadata_fields, split_front_matter, split_header_fields
from newsdag.text.html_page import html_to_text
from newsdag.text.language import MIN_ENGLISH_SHARE, detected_language, english_share
from newsdag.text.metadata import given_date
from newsdag.text.records import (
    RawRecord,
    body_text,
    field_key,
    field_names,
    find_field,
    is_record_file,
    name_list,
    plain_value,
    read_records,
    record_doc_id,
    record_fields,
    record_id_part,
    table_header,
)
from newsdag.text.words import word_count

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# A record body with these tags is HTML (a CMS export), read as a page is.
HTML_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li|article)\b[^>]*>", re.I)
NO_PAGE_TEXT = (
    "no article in the web page: trafilatura found no main text (a page of links, "
    "scripts or banners only, or markup too broken to read)"
)
# spaCy's default nlp.max_length: a longer text would stop the NLP stage.
MAX_BODY_CHARACTERS = 1_000_000


def checked_article(article: CleanArticle, min_body_words: int, latest_date: str) -> int:
    """The body's word count of a cleaned article, or ``ArticleSkipped``
    saying why it cannot be used: no text left, fewer than
    ``min_body_words`` words, not English (``english_share`` under
    ``MIN_ENGLISH_SHARE``), a body longer than ``MAX_BODY_CHARACTERS`` (a
    dump of many articles, not one), or a date after ``latest_date``
    (``YYYY-MM-DD``; ``""`` for no limit)."""
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
        language = detected_language(article.body)
        raise ArticleSkipped(
            f"not English (language detected: {language}): {share:.0%} of its words are "
            "common English function words "
            f"(English news: about 30-50 %; under {MIN_ENGLISH_SHARE:.0%} is skipped), and "
            "newsdag's language models are English-only"
        )
    if len(article.body) > MAX_BODY_CHARACTERS:
        raise ArticleSkipped(
            f"body too long: {len(article.body):,} characters, more than the "
            f"{MAX_BODY_CHARACTERS:,} the NLP stage reads; split the file into its articles"
        )
    if latest_date and article.date > latest_date:
        raise ArticleSkipped(
            f"date {article.date} ({article.date_source}) is in the future (after "
            f"{latest_date}); correct it, or set config key latest_date"
        )
    return n_words


def article_record(doc_id, source_path, source_record, sha256, encoding, article, n_words):
    """The shard record of a cleaned article (see ``parse_article``)."""
    return {
        "doc_id": doc_id,
        "source_path": source_path,
        "source_record": source_record,
        "sha256": sha256,
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


def check_file_size(size: int, max_file_mb: float) -> None:
    """``ArticleSkipped`` when a file of one article, ``size`` bytes long, is
    larger than ``max_file_mb`` megabytes (10^6 bytes): a dump, not an article."""
    if size > max_file_mb * 1_000_000:
        raise ArticleSkipped(
            f"file too large: {size / 1_000_000:,.1f} MB (config key max_file_mb is "
            f"{max_file_mb:g}); a news article is rarely over 1 MB, even as an HTML page"
        )


def parse_article(
    doc_id: str,
    source_path: str,
    raw: bytes,
    agencies,
    min_body_words: int = 40,
    day_first: bool = True,
    fallback_encoding: str = "cp1252",
    max_file_mb: float = 10,
    latest_date: str = "",
) -> dict:
    """One parsed article record from a text, markdown or HTML file's bytes.

    Fields: ``doc_id``, ``source_path``, ``source_record`` (``""``: the
    whole file), ``sha256`` (of the raw bytes), ``encoding``, ``title``,
    ``subtitle``, ``byline`` and ``wire`` (``;``-separated), ``date`` (ISO
    or ``""``), ``date_source``, ``url``, ``outlet_evidence`` (list of
    ``[source, kind, value]``, strongest first), ``n_words`` and ``body``.
    Raises ``ArticleSkipped`` with a plain-English reason when the file is
    larger than ``max_file_mb`` megabytes (10^6 bytes), empty, binary, has
    broken front matter, or fails ``checked_article``.
    """
    check_file_size(len(raw), max_file_mb)
    article, encoding = cleaned_article(
        source_path, raw, agencies, day_first, fallback_encoding, latest_date
    )
    n_words = checked_article(article, min_body_words, latest_date)
    return article_record(doc_id, source_path, "", sha256_bytes(raw), encoding, article, n_words)


def cleaned_article(
    source_path: str,
    raw: bytes,
    agencies,
    day_first: bool = True,
    fallback_encoding: str = "cp1252",
    latest_date: str = "",
) -> tuple[CleanArticle, str]:
    """The cleaned article of a text, markdown or HTML file's bytes, and the
    encoding they were read in; nothing checked yet (see ``checked_article``).
    An HTML page (by ``source_path``'s suffix) goes through
    ``newsdag.text.html_page``, other text through its front matter or
    header fields; ``latest_date`` bounds a web page's guessed date (see
    ``html_to_text``). Raises ``ArticleSkipped`` for bytes that are not
    text and for a page in which trafilatura finds no article text."""
    text, encoding = decode_article_bytes(raw, fallback_encoding)
    is_html = Path(source_path).suffix.lower() in HTML_SUFFIXES
    if is_html:
        metadata, text = html_to_text(text, latest_date)
        if not text.strip():
            raise ArticleSkipped(NO_PAGE_TEXT)
        text = normalise_text(text, unescape=False)  # the HTML parser decoded entities
    else:
        front, text = split_front_matter(normalise_text(text))
        if not front:
            front, text = split_header_fields(text)
        metadata = metadata_fields(front)
    return clean_article(text, agencies, metadata, day_first, extracted=is_html), encoding


def record_metadata(found: dict[str, tuple], day_first: bool, latest_date: str) -> dict:
    """The metadata the cleaner takes (see ``clean_article``) from a
    record's fields (see ``newsdag.text.records.record_fields``). A date field
    that cannot be read, or lies after ``latest_date``, raises
    ``ArticleSkipped`` naming the field: a given date is never replaced by a
    guess from the text."""
    metadata = {
        field: plain_value(found[field][0])
        for field in ("title", "subtitle", "outlet", "url")
        if field in found
    }
    if "byline" in found:
        metadata["byline"] = name_list(found["byline"][0])
    if "date" in found:
        value, name = found["date"]
        try:
            metadata["date"] = given_date(value, day_first, latest_date)
        except ValueError as problem:
            raise ArticleSkipped(f"{problem} (field '{name}')") from None
    if re.match(r"https?://", metadata.get("outlet", "")):  # "source": "https://..."
        metadata.setdefault("url", metadata.pop("outlet"))
    return {key: value for key, value in metadata.items() if value not in ("", [])}


def parse_record(
    doc_id: str,
    source_path: str,
    record: RawRecord,
    agencies,
    names: dict[str, tuple[str, ...]],
    min_body_words: int = 40,
    day_first: bool = True,
    latest_date: str = "",
) -> dict:
    """One parsed article record from a record of a JSON, JSONL, CSV or TSV
    file (fields as in ``parse_article``; ``sha256`` is of the record's
    fields as canonical JSON, so two copies of a record are one article
    wherever they are). The body is cleaned as a text file's is, with the
    record's title, date, outlet, URL and byline winning over what the text
    suggests. Raises ``ArticleSkipped`` when the record could not be read,
    has no body, has a bad date, or fails ``checked_article``."""
    if record.problem:
        raise ArticleSkipped(record.problem)
    found = record_fields(record.fields, names)
    body = body_text(found["body"][0]) if "body" in found else ""
    if not body.strip():
        looked = ", ".join(names["body"])
        raise ArticleSkipped(
            f"no body: none of the fields {looked} holds text; name your body field in "
            "config key fields (fields: {body: your_field})"
        )
    metadata = record_metadata(found, day_first, latest_date)
    is_html = HTML_MARKUP.search(body) is not None
    if is_html:
        html_metadata, body = html_to_text(body, latest_date)
        if "date" in metadata:  # the record's own date, never one found in its body
            for key in ("date", "date_source", "time"):
                html_metadata.pop(key, None)
        metadata = {**html_metadata, **metadata}
    text = normalise_text(body, unescape=not is_html)  # the HTML parser decoded entities
    if metadata.get("title"):
        metadata["title"] = " ".join(metadata["title"].split())
    article = clean_article(text, agencies, metadata, day_first, extracted=is_html)
    n_words = checked_article(article, min_body_words, latest_date)
    canonical = json.dumps(record.fields, ensure_ascii=False, sort_keys=True, default=str)
    sha256 = sha256_bytes(canonical.encode("utf-8"))
    return article_record(doc_id, source_path, record.location, sha256, "", article, n_words)


def failure_reason(error: Exception, path: str) -> str:
    """The skipped table's reason for an error reading or parsing ``path``."""
    if isinstance(error, ArticleSkipped):
        return str(error)
    if isinstance(error, OSError):
        return f"cannot read file: {error.strerror}"
    log.error("unexpected error in %s", path, exc_info=error)  # a parser bug
    return f"parser error: {type(error).__name__}: {error}"


def record_file_articles(
    file_id: str,
    path: str,
    agencies,
    options: dict,
    keep=lambda doc_id: True,
):
    """Yield ``(record, None)`` or ``(None, skipped row)`` for each record of
    a JSON, JSONL, CSV or TSV file whose document id ``keep`` accepts.

    A record whose id repeats an earlier record's of the same file is
    skipped, naming the first. A file that cannot be read at all, holds no
    record, or is one article larger than ``max_file_mb``, gives one skipped
    row with the file's own id, when ``keep`` accepts that id.
    """
    names = field_names(options.get("fields"))
    fallback = options.get("fallback_encoding", "cp1252")
    record_options = {
        k: options[k] for k in ("min_body_words", "day_first", "latest_date") if k in options
    }
    try:
        if Path(path).suffix.lower() in (".csv", ".tsv"):
            header_problem = missing_body_column(path, names, fallback)
            if header_problem:
                raise ArticleSkipped(header_problem)
        seen: dict[str, str] = {}
        empty = True
        for record in read_records(path, fallback, names["body"]):
            empty = False
            if not record.location:  # the file is one article
                check_file_size(Path(path).stat().st_size, options.get("max_file_mb", 10))
            record_id = (
                record_id_part(find_field(record.fields, names["id"])[0]) if record.fields else ""
            )
            doc_id = record_doc_id(file_id, record, record_id)
            if not keep(doc_id):
                continue
            if doc_id in seen:
                reason = f"id {record_id!r} is also the id of {seen[doc_id]} of this file; ids must be unique within a file"
                yield None, skipped_row(doc_id, path, record.location, reason)
                continue
            seen[doc_id] = record.location
            try:
                yield parse_record(doc_id, path, record, agencies, names, **record_options), None
            except Exception as error:  # one bad record never stops the file
                yield None, skipped_row(doc_id, path, record.location, failure_reason(error, path))
        if empty:
            raise ArticleSkipped("no articles in the file (no line, row or list item)")
    except Exception as error:
        if keep(file_id):
            yield None, skipped_row(file_id, path, "", failure_reason(error, path))


def missing_body_column(path: str, names: dict[str, tuple[str, ...]], fallback: str) -> str:
    """Why a CSV or TSV file cannot hold articles (``""`` if it can): it
    has no header, or no column the body is looked for in."""
    header = table_header(path, fallback)
    if not header:
        return "empty file (no header row)"
    keys = {field_key(h) for h in header}
    if any(field_key(name.split(".")[0]) in keys for name in names["body"]):
        return ""
    return (
        f"no body column: the header has {', '.join(header[:12])}"
        f"{' ...' if len(header) > 12 else ''} but none of {', '.join(names['body'])}; "
        "name your body column in config key fields (fields: {body: your_column})"
    )


def parse_files(
    files: list[tuple[str, str]],
    agencies,
    record_files: list[tuple[str, str]] = (),
    shard: int = 0,
    n_shards: int = 1,
    **options,
) -> tuple[list[dict], list[dict]]:
    """Parse the articles of a shard; returns ``(records, skipped)``, both
    sorted by ``doc_id``. A file or record that fails never stops the others.

    ``files`` are ``(doc_id, path)`` pairs of files that each are one
    article (text, markdown, HTML, a JSON object), all of them this shard's;
    a JSON file that turns out to hold a list gives all its records here.
    ``record_files`` are ``(file id, path)`` pairs of files holding many
    articles (JSONL, CSV, TSV, a JSON list), which every shard reads: of
    those, only the records whose id falls in shard ``shard`` of
    ``n_shards`` are parsed (``newsdag.corpus.files.shard_of``).
    """
    records, skipped = [], []
    single_options = {k: v for k, v in options.items() if k != "fields"}
    for doc_id, path in logged_progress(sorted(files), log, "read files", len(files)):
        try:
            if is_record_file(path):
                for record, row in record_file_articles(doc_id, path, agencies, options):
                    (records.append(record) if record else skipped.append(row))
                continue
            raw = Path(path).read_bytes()
            records.append(parse_article(doc_id, path, raw, agencies, **single_options))
        except Exception as error:  # a parser bug must not lose the shard
            skipped.append(skipped_row(doc_id, path, "", failure_reason(error, path)))
    in_shard = lambda doc_id: shard_of(doc_id, n_shards) == shard  # noqa: E731
    for file_id, path in sorted(record_files):
        for record, row in record_file_articles(file_id, path, agencies, options, in_shard):
            (records.append(record) if record else skipped.append(row))
    records, repeated = unique_ids(records)
    skipped.extend(repeated)
    for row in skipped:
        log.warning("skipped %s: %s", place(row), row["reason"])
    key = lambda row: (row["doc_id"], row["source_path"], row["source_record"])  # noqa: E731
    return sorted(records, key=key), sorted(skipped, key=key)


def latest_date_for(configured: str) -> str:
    """The last date an article may carry: config key ``latest_date``, or
    today (UTC) when that is ``""``."""
    return configured or dt.datetime.now(dt.timezone.utc).date().isoformat()
