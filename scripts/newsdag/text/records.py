"""Read articles that come as records: JSON, JSONL, CSV and TSV files.

Scrapers and news APIs export JSON (one article, a list of articles, or an
object wrapping such a list, as NewsAPI does) and JSON Lines; spreadsheets
and databases export CSV and TSV with one article per row. These functions
turn such a file into records, each a mapping of the user's field names to
values, and find our fields (``id``, ``title``, ``subtitle``, ``body``,
``outlet``, ``date``, ``url``, ``byline``) in a record, by the names the
config's ``fields`` block gives or else by common names (``text``,
``maintext``, ``body-paragraphs``, ``source``, ``published`` ...).

No cleaning happens here; ``newsdag.corpus.articles.parse_record`` cleans a
record's body as it cleans a text file. A record that cannot be read (a
broken JSON line, a row with too many cells) comes back with a ``problem`` instead of fields, so the
caller skips it and goes on with the rest of the file.
"""

import ast
import codecs
import csv
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Files holding one record per line or row: always many articles.
LINE_RECORD_SUFFIXES = {".jsonl": "line", ".ndjson": "line", ".csv": "row", ".tsv": "row"}
JSON_SUFFIX = ".json"
# An article body longer than this cannot be in a CSV cell (the csv module's
# default limit is 131,072 characters, shorter than a long feature).
MAX_CELL_CHARACTERS = 10_000_000

# Our field -> the names recognised when the config's ``fields`` block does
# not name the user's own. Names are compared by ``field_key``, so
# ``publishedAt``, ``published_at`` and ``Published-At`` are one name. The
# first name whose value is not empty wins.
DEFAULT_FIELD_NAMES = {
    "id": ("id", "uuid", "doc_id", "article_id", "story_id", "stories_id", "guid", "_id"),
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "description", "summary", "dek", "standfirst", "abstract"),
    "body": (
        "body", "text", "maintext", "content", "body-paragraphs", "paragraphs", "article",
        "article_text", "full_text", "story", "story_text",
    ),
    "outlet": (
        "outlet", "source", "source_name", "publication", "publisher", "site", "site_name",
        "media_name", "newspaper", "source_domain",
    ),
    "date": (
        "date", "published", "publish_date", "published_at", "date_published",
        "publication_date", "date_publish", "pubdate", "datetime", "timestamp",
    ),
    "url": ("url", "link", "canonical_url", "canonical", "article_url", "web_url"),
    "byline": ("byline", "author", "authors", "creator", "writer"),
}  # fmt: skip
OUR_FIELDS = tuple(DEFAULT_FIELD_NAMES)
# Keys tried, in order, when a field's value is an object rather than text:
# NewsAPI's ``"source": {"id": "cnn", "name": "CNN"}``, ``{"name": "..."}``
# authors, ``{"text": "..."}`` paragraphs.
VALUE_KEYS = ("name", "title", "text", "value", "content", "id")
# Keys of an object that wraps the list of articles (NewsAPI: ``articles``).
WRAPPER_KEYS = ("articles", "data", "items", "results", "records", "documents", "docs", "stories")


@dataclass(frozen=True)
class RawRecord:
    """One record of a file: where it is, its fields, or why it is unreadable.

    ``location`` is how a person finds it: ``"line 12"`` (JSON Lines, as an
    editor counts lines), ``"row 3"`` (CSV/TSV, as a spreadsheet counts rows,
    the header being row 1), ``"record 5"`` (the 5th of a JSON list) or
    ``""`` (a JSON file that is one article). ``fields`` is ``None`` exactly
    when ``problem`` says why the record could not be read.
    """

    location: str
    fields: dict | None = None
    problem: str = ""


def field_key(name: str) -> str:
    """A field name compared without case, spaces or punctuation:
    ``"publishedAt"``, ``"published_at"`` and ``"Published-At"`` all give
    ``"publishedat"``."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", str(name)).casefold())


# The start of a JSON object whose first list is under a wrapper key, within
# the first 4 KiB: NewsAPI's {"status": "ok", "totalResults": 38, "articles": [.
_WRAPPER_START = re.compile(
    r'\A\s*\{\s*(?:"[^"\\]*"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false|null)\s*,\s*)*'
    r'"(?:' + "|".join(WRAPPER_KEYS) + r')"\s*:\s*\[',
    re.I,
)


def holds_many_articles(path: str | Path) -> bool:
    """Whether a corpus file holds many articles rather than one.

    JSON Lines, CSV and TSV files always do. A ``.json`` file does when it
    starts (after a byte-order mark and white space, within the first 4 KiB)
    with a list, ``[``, or with an object whose first list is under a wrapper
    key such as ``articles`` (``{"status": "ok", "articles": [``). An
    unreadable file counts as one article, so it is reported once. Reads at
    most 4 KiB.
    """
    suffix = Path(path).suffix.lower()
    if suffix in LINE_RECORD_SUFFIXES:
        return True
    if suffix != JSON_SUFFIX:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom) :].replace(b"\x00", b"")
    text = head.decode("utf-8", errors="replace")
    return text.lstrip()[:1] == "[" or _WRAPPER_START.match(text) is not None


def is_record_file(path: str | Path) -> bool:
    """Whether newsdag reads the file as records (JSON, JSONL, CSV, TSV)."""
    suffix = Path(path).suffix.lower()
    return suffix in LINE_RECORD_SUFFIXES or suffix == JSON_SUFFIX


def _json_problem(error: json.JSONDecodeError) -> str:
    return f"not valid JSON ({error.msg}: column {error.colno})"


def fallback_errors(fallback: str) -> str:
    """The name of a codec error handler that decodes the bytes UTF-8
    cannot in ``fallback`` (cp1252 by default): ``b"Guaid\\xc3\\xb3 \\x96"``
    gives ``"Guaidó –"``, a stray Windows dash in a UTF-8 line."""
    name = f"newsdag-fallback-{fallback}"
    try:
        codecs.lookup_error(name)
    except LookupError:

        def handler(error: UnicodeDecodeError) -> tuple[str, int]:
            bad = error.object[error.start : error.end]
            return bad.decode(fallback, errors="replace"), error.end

        codecs.register_error(name, handler)
    return name


def _decoded_lines(handle, fallback: str) -> Iterator[str]:
    """Lines of a binary file as text: UTF-8 (a BOM on the first line is
    dropped), with any byte UTF-8 cannot decode read in the fallback encoding."""
    errors = fallback_errors(fallback)
    for number, raw in enumerate(handle, 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        yield raw.decode("utf-8", errors=errors)


def read_json_lines(path: str | Path, fallback: str = "cp1252") -> Iterator[RawRecord]:
    """The records of a JSON Lines file, one per non-blank line, streamed.

    A line that is not valid JSON, or holds something other than an object
    (``{...}``), is a record with a problem; the following lines are read on.
    """
    with open(path, "rb") as handle:
        for number, line in enumerate(_decoded_lines(handle, fallback), 1):
            if not line.strip():
                continue
            location = f"line {number}"
            try:
                value = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as error:
                yield RawRecord(location, problem=_json_problem(error))
                continue
            if not isinstance(value, dict):
                kind = type(value).__name__.replace("dict", "object").replace("str", "string")
                yield RawRecord(
                    location, problem=f"a JSON line must be an object {{...}}, not a {kind}"
                )
                continue
            yield RawRecord(location, value)


def _json_text(raw: bytes, fallback: str) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(fallback, errors="replace")


def json_records(value: object, body_names=DEFAULT_FIELD_NAMES["body"]) -> list[RawRecord] | None:
    """The records a parsed JSON document holds, or ``None`` if it holds none.

    A list is a list of articles, ``record 1`` to ``record n``; an item that
    is not an object is a record with a problem. An object is one article
    (location ``""``), unless it has no field among ``body_names`` and holds
    a list under a wrapper key (``articles``, ``data``, ``items``,
    ``results``, ``records``, ``documents``, ``docs``, ``stories``), which is
    then the list of articles.
    """
    if isinstance(value, list):
        return [
            (
                RawRecord(f"record {i}", item)
                if isinstance(item, dict)
                else RawRecord(f"record {i}", problem="a list item that is not an object {...}")
            )
            for i, item in enumerate(value, 1)
        ]
    if not isinstance(value, dict):
        return None
    if find_field(value, body_names)[0] is None:
        keys = {field_key(key): key for key, item in value.items() if isinstance(item, list)}
        wrapper = next((keys[k] for k in map(field_key, WRAPPER_KEYS) if k in keys), None)
        if wrapper is not None:
            return json_records(value[wrapper], body_names)
    return [RawRecord("", value)]


def read_json_file(
    path: str | Path, fallback: str = "cp1252", body_names=DEFAULT_FIELD_NAMES["body"]
) -> list[RawRecord]:
    """The records of a ``.json`` file (see ``json_records``), read whole.

    A file that is not valid JSON, or holds no object, is one record with a
    problem at location ``""``: nothing in it can be trusted.
    """
    text = _json_text(Path(path).read_bytes(), fallback)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON ({error.msg}: line {error.lineno}, column {error.colno})"
        return [RawRecord("", problem=problem)]
    records = json_records(value, body_names)
    if records is None:
        return [
            RawRecord("", problem="the JSON holds neither an article object nor a list of them")
        ]
    return records


_QUOTED_CELL = re.compile(r'\A"((?:[^"]|"")*)"\Z', re.S)


def _table_reader(handle, path: str | Path, fallback: str):
    """A ``csv.reader`` over a binary file's lines decoded as ``_decoded_lines``
    does. CSV cells follow the usual quoting (a quoted cell may hold commas,
    line breaks and doubled quotes). TSV cells are not quoted, so a body may
    start with a quotation mark; a cell that is wholly quoted with doubled
    quotes inside, as pandas writes one, is unquoted (see ``tsv_cell``)."""
    csv.field_size_limit(MAX_CELL_CHARACTERS)
    lines = _decoded_lines(handle, fallback)
    if Path(path).suffix.lower() == ".tsv":
        return csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return csv.reader(lines)


def tsv_cell(cell: str) -> str:
    """A TSV cell's text: ``"a ""b"" c"`` -> ``a "b" c`` when the whole cell
    is quoted that way, else the cell as written."""
    m = _QUOTED_CELL.match(cell)
    return m.group(1).replace('""', '"') if m else cell


def read_table_rows(path: str | Path, fallback: str = "cp1252") -> Iterator[RawRecord]:
    """The records of a CSV (comma) or TSV (tab) file with a header row, streamed.

    Row numbers are a spreadsheet's: the header is row 1. Each line is
    decoded on its own (UTF-8, else the fallback encoding), so one stray
    byte changes one row. A row with more cells than the header has columns,
    or that the csv module cannot read (a cell over ``MAX_CELL_CHARACTERS``),
    is a record with a problem, and reading goes on; a shorter row leaves the
    missing cells empty. Blank rows are passed over.
    """
    tsv = Path(path).suffix.lower() == ".tsv"
    with open(path, "rb") as handle:
        reader = _table_reader(handle, path, fallback)
        header = [h.strip() for h in next(reader, [])]
        number = 1
        while True:
            number += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield RawRecord(f"row {number}", problem=f"not a readable CSV row ({error})")
                continue
            if not any(c.strip() for c in cells):
                continue
            location = f"row {number}"
            if len(cells) > len(header):
                yield RawRecord(
                    location,
                    problem=f"{len(cells)} cells but the header has {len(header)} columns "
                    "(an unquoted separator inside a cell?)",
                )
                continue
            cells = [tsv_cell(c) for c in cells] if tsv else cells
            yield RawRecord(location, dict(zip(header, cells)))


def table_header(path: str | Path, fallback: str = "cp1252") -> list[str]:
    """The column names of a CSV or TSV file (``[]`` for an empty file)."""
    with open(path, "rb") as handle:
        return [h.strip() for h in next(_table_reader(handle, path, fallback), [])]


def read_records(
    path: str | Path, fallback: str = "cp1252", body_names=DEFAULT_FIELD_NAMES["body"]
) -> Iterator[RawRecord]:
    """The records of a JSON, JSON Lines, CSV or TSV file, in file order
    (``body_names``: where a JSON object's body may be, see ``json_records``)."""
    unit = LINE_RECORD_SUFFIXES.get(Path(path).suffix.lower())
    if unit == "line":
        return read_json_lines(path, fallback)
    if unit == "row":
        return read_table_rows(path, fallback)
    return iter(read_json_file(path, fallback, body_names))


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not value)


def find_field(record: dict, names) -> tuple[object, str]:
    """``(value, name)`` of the first of ``names`` whose value in ``record``
    is not empty (``None``, ``""``, ``[]``, ``{}``); ``(None, "")`` if none.

    Names are compared by ``field_key``. A dotted name (``source.name``)
    reaches into an object, when no key carries the dots itself.
    """
    keys = {}
    for key in record:
        keys.setdefault(field_key(key), key)
    for name in names:
        key = keys.get(field_key(name))
        if key is not None and not _is_empty(record[key]):
            return record[key], key
        if "." in name:  # "source.name", unless a key "source_name" is filled
            value = record
            for part in name.split("."):
                value = find_field(value, [part])[0] if isinstance(value, dict) else None
            if not _is_empty(value):
                return value, name
    return None, ""


def field_names(field_map: dict[str, object] | None) -> dict[str, tuple[str, ...]]:
    """The names to look for, per field: the config's ``fields`` block (a
    name or a list of names per field) where it names one, else the defaults."""
    names = dict(DEFAULT_FIELD_NAMES)
    for field, given in (field_map or {}).items():
        names[field] = (given,) if isinstance(given, str) else tuple(given)
    return names


def plain_value(value: object) -> str:
    """A scalar field's value as stripped text: an object gives its first
    non-empty ``name``/``title``/``text``/... value, a list its first item."""
    if isinstance(value, dict):
        value = find_field(value, VALUE_KEYS)[0]
    if isinstance(value, list):
        value = next((v for v in value if not _is_empty(v)), "")
        return plain_value(value)
    if value is None:
        return ""
    return str(value).strip()


def name_list(value: object) -> list[str]:
    """Names from a byline field: a list of names, of ``{"name": ...}``
    objects, or one string (split later, by the cleaner)."""
    if isinstance(value, list):
        return [plain_value(v) for v in value if plain_value(v)]
    return [plain_value(value)] if plain_value(value) else []


_LIST_LITERAL = re.compile(r"\A\s*\[.*\]\s*\Z", re.S)


def body_text(value: object) -> str:
    """Article text from a body field, paragraphs separated by a blank line.

    A string is taken as it is. A list is a list of paragraphs; a paragraph
    that is itself a list (BASIL's ``body-paragraphs``: sentences) is joined
    with single spaces, and an object gives its ``text``. A string that
    spells a list (``"[['First.', 'Second.'], ['Third.']]"``, as a list
    column comes out of a CSV export) is read as that list. Empty paragraphs
    are dropped.
    """
    if isinstance(value, str) and _LIST_LITERAL.match(value):
        try:
            value = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            pass  # a text that happens to start with "[" and end with "]"
    if isinstance(value, list):
        paragraphs = [_paragraph(item).strip() for item in value]
        return "\n\n".join(p for p in paragraphs if p)
    if isinstance(value, dict):
        return body_text(find_field(value, VALUE_KEYS)[0] or "")
    return "" if value is None else str(value).strip()


def _paragraph(item: object) -> str:
    """A paragraph's text: its sentences joined by one space each. Spacing
    inside is left as given (the cleaner normalises it), so offsets into a
    body built here match one built by joining the same lists."""
    if isinstance(item, list):
        return " ".join(_paragraph(i) for i in item)
    if isinstance(item, dict):
        return _paragraph(find_field(item, VALUE_KEYS)[0] or "")
    return "" if item is None else str(item)


def record_fields(record: dict, names: dict[str, tuple[str, ...]]) -> dict[str, object]:
    """Our fields found in a record, each with the user's field name:
    ``{field: (value, name)}`` for the fields that are there and not empty."""
    found = {}
    for field in OUR_FIELDS:
        value, name = find_field(record, names[field])
        if value is not None:
            found[field] = (value, name)
    return found


def record_id_part(value: object) -> str:
    """A record's id as it goes into a document id: text, Unicode NFC, runs of
    white space as one space; ``""`` for an empty id. ``12.0`` read from a
    spreadsheet stays ``12.0``: ids are never reinterpreted."""
    text = plain_value(value)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def record_doc_id(file_id: str, record: RawRecord, record_id: str) -> str:
    """The document id of a record of the file whose id is ``file_id``.

    ``file_id/record_id`` when the record has an id, else ``file_id`` and its
    location: ``exports/fox/line-12``, ``sheet/row-3``, ``list/record-5``.
    A file that is one article keeps the file's id. Stable across runs as
    long as the id, or the record's place in the file, stays the same.
    """
    if not record.location:
        return file_id
    if record_id:
        return f"{file_id}/{record_id}"
    return f"{file_id}/{record.location.replace(' ', '-')}"
