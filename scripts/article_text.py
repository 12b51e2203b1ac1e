"""Turn the raw bytes of a scraped article into clean body text and metadata.

The stages, each a small function:

1. ``decode_article_bytes``: bytes -> text (UTF-8, UTF-8 with BOM, UTF-16
   with BOM, else the fallback single-byte encoding, cp1252 by default), or
   ``ArticleSkipped`` for empty and binary files.
2. ``normalise_text``: one kind of line end, one kind of space, no
   zero-width characters, HTML entities decoded.
3. ``split_front_matter`` / ``split_header_fields`` (text and markdown)
   or ``article_html.html_to_text`` (HTML): metadata the file states
   explicitly, and the text to clean.
4. ``clean_article``: walks the paragraphs, takes title, subtitle, byline,
   date, URL, wire credits and outlet evidence from the header and footer,
   drops boilerplate, and keeps body paragraphs, quotes and datelines.

Curly quotes, dashes and diacritics are kept exactly as written.
"""

import codecs
import html
import re
from dataclasses import dataclass, field

import yaml

from article_metadata import (
    Agency,
    agency_pattern,
    email_domains,
    find_agencies,
    parse_byline,
    parse_date_line,
    parse_date_value,
    is_person_name,
    parse_signoff,
    url_domain,
)


class ArticleSkipped(Exception):
    """An article that cannot be used; the message is the plain-English reason."""


# --------------------------------------------------------------------------
# 1. bytes -> text

BINARY_SIGNATURES = {
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive or Office document",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}


def binary_kind(raw: bytes) -> str | None:
    """What kind of binary file ``raw`` is, or ``None`` if it looks like text.

    Known signatures name the kind; otherwise a NUL byte or more than 5 % of
    control characters in the first 8 KiB mark it as binary.
    """
    for signature, kind in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            return kind
    head = raw[:8192]
    if b"\x00" in head:
        return "binary data (contains NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\x0b")
    if head and controls / len(head) > 0.05:
        return "binary data (mostly control characters)"
    return None


def decode_article_bytes(raw: bytes, fallback: str = "cp1252") -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, encoding used)``.

    A byte-order mark decides first (``utf-8-sig``, ``utf-16``); then strict
    UTF-8; then ``fallback`` (cp1252 by default: the Windows superset of
    latin-1 that scraped Western text actually uses, with curly quotes at
    0x91-0x94); then latin-1, which decodes any byte. Raises
    ``ArticleSkipped`` for an empty or whitespace-only file and for binary
    files.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if raw.startswith(codecs.BOM_UTF8):
        raw, bom = raw[len(codecs.BOM_UTF8) :], True
    else:
        bom = False
    if not raw.strip():
        raise ArticleSkipped("empty file (no text at all)")
    kind = binary_kind(raw)
    if kind:
        raise ArticleSkipped(f"not a text file: {kind}")
    for encoding in ("utf-8", fallback, "latin-1"):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, ("utf-8-sig" if bom and encoding == "utf-8" else encoding)
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


# --------------------------------------------------------------------------
# 2. normalisation

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalise_text(text: str, unescape: bool = True) -> str:
    """Text with ``\\n`` line ends, plain spaces and HTML entities decoded.

    Non-breaking, thin and other Unicode spaces and tabs become one space;
    zero-width characters and soft hyphens go; runs of spaces collapse;
    lines lose trailing spaces. Letters, quotes and dashes are untouched.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if unescape:
        text = html.unescape(text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# 3a. front matter (text and markdown)

_FRONT_MATTER = re.compile(r"\A---[ ]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ ]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (``---`` ... ``---`` at the very top) and the rest.

    Keys are lower-cased. Returns ``({}, text)`` when there is none; raises
    ``ArticleSkipped`` when the block is not a YAML mapping.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group("yaml"))
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0]
        raise ArticleSkipped(f"front matter is not valid YAML ({reason})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleSkipped("front matter is not a list of 'key: value' lines")
    return {str(k).lower(): v for k, v in data.items()}, text[m.end() :]


FIELD_NAMES = {
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "description", "summary", "dek", "standfirst"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate"),
    "outlet": ("outlet", "source", "publication", "publisher", "site", "site_name"),
    "url": ("url", "link", "canonical_url", "canonical"),
    "byline": ("byline", "author", "authors"),
}


_HEADER_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(?P<value>\S.*)$")


def split_header_fields(text: str) -> tuple[dict, str]:
    """Leading ``Key: value`` lines that scrapers write instead of front
    matter (``Title: ...``, ``Author: ...``, ``Published: ...``) and the rest.

    Only keys that ``metadata_fields`` knows count, and only a run of at least
    two of them at the very top; otherwise ``({}, text)``.
    """
    known = {name for names in FIELD_NAMES.values() for name in names}
    lines = text.lstrip("\n").split("\n")
    fields = {}
    for line in lines:
        m = _HEADER_FIELD.match(line)
        key = m and re.sub(r"[\s-]+", "_", m.group("key").strip().lower())
        if not m or key not in known:
            break
        fields[key] = m.group("value").strip()
    if len(fields) < 2:
        return {}, text
    return fields, "\n".join(lines[len(fields) :])


def metadata_fields(data: dict) -> dict[str, object]:
    """Our field names (title, subtitle, date, outlet, url, byline) from a
    metadata mapping that may use common alternatives (``headline``,
    ``published``, ``source``, ``link``, ``author`` ...). Empty values are
    left out."""
    found = {}
    for ours, names in FIELD_NAMES.items():
        for name in names:
            value = data.get(name)
            if value not in (None, "", []):
                found[ours] = value
                break
    if re.match(r"https?://", str(found.get("outlet", ""))):  # "source: https://..."
        found.setdefault("url", found.pop("outlet"))
    return found


# --------------------------------------------------------------------------
# 4. the cleaner


@dataclass
class CleanArticle:
    """What the cleaner found in one article."""

    title: str = ""
    subtitle: str = ""
    byline: list[str] = field(default_factory=list)
    wire: list[str] = field(default_factory=list)
    date: str = ""
    date_source: str = ""
    url: str = ""
    outlet_evidence: list[tuple[str, str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """Body paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile("|".join(alternatives), re.I)


# A line matching one of these is boilerplate wherever it stands.
BOILERPLATE_LINE = _rx(
    # cookie and consent banners
    r"^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b",
    r"\bdata protection declaration\b",
    # skip links and menus
    r"^skip (?:to|navigation)\b",
    # related links, read more, watch and listen prompts, as labels
    r"^(?:related(?: article| articles| stories| story| coverage| links?| content)?|"
    r"read (?:more|also|next)|see also|also read|more on this(?: story)?|"
    r"watch(?: video| the video| now| live)?|listen(?: to this article)?)\s*(?::|\d{1,2}:\d{2}$)",
    # comments
    r"^(?:comments? (?:are|is) closed|leave a comment|post a comment|add a comment|"
    r"join the (?:discussion|conversation)|comment on this (?:story|article))\b",
    r"\bhaving (?:issues|problems|trouble) with commenting\b",
    # social media, e-mail and embedded posts
    r"^follow (?:us|\S+(?: \S+){0,3}) on (?:facebook|twitter|x|instagram|linkedin|"
    r"threads|bluesky|telegram|youtube)\b",
    r"\b(?:e-?mail|contact|write to) (?:him|her|them|the author|me|us)\b.{0,80}@",
    r"^\S*pic\.twitter\.com/\S+$",
    r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s.{0,40}\d{4}$",  # "— Juan Guaidó (@jguaido) May 1, 2019"
    # newsletters
    r"\bsign up\b.{0,60}\b(?:newsletter|bulletin|briefing|inbox)\b",
    r"\bsign up (?:here|now|today|to receive)\b",
    r"\bsubscribe (?:to|for)\b.{0,60}\b(?:newsletter|bulletin|briefing|updates)\b",
    r"\b(?:newsletter|bulletin) (?:sign-?up|registration)\b|\bregistration form\b",
    # wire and print footers
    r"^our standards\s*:",
    r"^(?:copyright|©)\s*(?:\d{4}\s+)?.{0,80}\ball rights reserved\b",
    r"^this material may not be published, broadcast, rewritten",
    r"^a version of this article appears in print\b",
)
# Short lines only (at most 12 words, not ending a sentence): site furniture
# whose words also occur in real prose ("Watch for Moscow to push back.").
SHORT_BOILERPLATE_LINE = _rx(
    r"\bcookies?\b.{0,40}\b(?:policy|settings|preferences|consent|accept)\b",
    r"^(?:more info|ok|okay|got it|i agree|agree|accept(?: all)?(?: cookies)?|"
    r"reject(?: all)?|decline|manage (?:cookies|preferences|options))"
    r"(?:\s+(?:ok|okay|accept|agree|and close|all))*$",
    r"^(?:menu|search|home|sign in|log in|login|register|subscribe|main menu|close|"
    r"supported by|site (?:mobile )?navigation|\d+ min(?:ute)? read)$",
    r"^(?:related(?: article| articles| stories| story| coverage| links?)?|"
    r"read (?:more|also|next)|see also|also read|more on this|recommended|"
    r"watch(?: video| the video| now| live)?|listen(?: to this article)?|click here)\b",
    r"^(?:share|tweet|e-?mail|print|copy link)(?: (?:this|on|via)\b.{0,40})?$",
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|"
    r"story continues below(?: advertisement)?|continue reading(?: below)?)$",
    r"^\W+$",  # separators such as "___" or "* * *"
)
# After the body has begun, a line matching one of these ends the article:
# what follows is comments, recommendations or site furniture.
END_MARKER = _rx(
    r"^(?:comments?(?: \(\d+\))?|\d+ comments?|show comments|view comments|"
    r"\w+ recommends|editor'?s'? picks?|related (?:content|stories|articles|coverage|"
    r"topics|news)|recommended(?: for you| stories| reading)?|more (?:from|on) .{1,40}|"
    r"more stories|you (?:may|might) also like|most (?:read|popular|viewed|shared)|"
    r"trending(?: now)?|what to read next|audios and videos on the topic|"
    r"www links|tags?|topics?|keywords?)\s*:?$",
    r"^(?:tags?|topics?|keywords?)\s*:\s*\S",
)
# Photo credits: a labelled credit line ("Photo: Reuters", "Image caption ...").
CREDIT_LABEL = _rx(
    r"^(?:photo|image|picture|foto|credit|photograph|source)s?(?: credit| copyright)?\s*[:/©]",
    r"^(?:image|picture) (?:copyright|caption)\b",
    r"^file photo\s*:",
    r"^©",
)
# A credit standing alone on its line under the caption it belongs to.
CREDIT_LINE = _rx(r"^\(?(?:photo|image|picture)s? (?:by|courtesy of)\b.{0,80}\)?$")
# A caption ending in its credit; never a line that ends a sentence.
CREDIT_TAIL = _rx(
    r"\((?:\w+ )?(?:photo|foto)(?: by)?[ /:][^()]{2,80}\)$",  # "(AP Photo/Ariana Cubillos)"
    r"\b(?:getty images|shutterstock|istock|pool photo)\)?$",
    r"\b(?:photograph|photo|image|picture)s?(?: copyright| credit)?:\s*\S.{0,60}$",
    r"\b[A-Z]{2,}/[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}(?:/File Photo)?$",  # "REUTERS/Manaure Quintero"
)
# "AFP/JOHN THYS", "Evan Vucci/AP/TASS": up to four capitalised words a segment.
_CREDIT_SEGMENT = r"[A-ZÀ-Þ][\w'’.-]*(?: [\w'’.-]+){0,3}"
_SLASH_CREDIT = re.compile(rf"^{_CREDIT_SEGMENT}(?:/{_CREDIT_SEGMENT}){{1,3}}$")
_HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.+?)\s*#*$")
_BOLD_ONLY = re.compile(r"^(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)$")
_TRAILING_BOLD = re.compile(r"(?:\*\*|__)(?P<text>[^*_]+?)(?:\*\*|__)$")
_SOURCE_TAG = re.compile(r"\[(?P<tag>source\w*|via)\](?P<value>.*?)\[/(?P=tag)\]", re.I)
_URL_LABEL = re.compile(
    r"^(?:original |canonical |source |article )?(?:url|link|source)\s*:\s*(?P<url>\S*)$", re.I
)
_URL_LINE = re.compile(r"^<?(?P<url>https?://\S+?)>?$")
_SCRAPER_DATE = re.compile(
    r"^(?:date|published)\s*:?\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<rest>.*)$", re.I
)
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-*+•])\s+")
_TERMINAL = ".!?…:;\"”’'»)"
_CONTRIBUTED = re.compile(
    r"^(?:[-–—]\s*)?(?P<who>.{2,160}?) contributed "
    r"(?:reporting|(?:reporting )?to (?:this|the) (?:report|story|article))(?: from [^.]{1,60})?\.?$",
    re.I,
)
_REPORTING_BY = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing) by\b.{0,200}\)?$", re.I
)
# "WASHINGTON/MOSCOW (Reuters) -", "New Delhi [India], May 2 (ANI):"
_DATELINE_WIRE = re.compile(
    r"^[A-ZÀ-Þ][\w .,'’/\[\]-]{1,60}\((?P<agency>[^()]{2,30})\)\s*(?:[-–—:]|(?=[A-ZÀ-Þ]))"
)


def word_count(text: str) -> int:
    """Number of words: whitespace-separated tokens with a letter or digit."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def render_inline_markdown(line: str) -> str:
    """Plain text of one markdown line: links keep their text, images go,
    autolinks keep their URL, emphasis and code markers go, escapes resolve,
    inline HTML tags go. Heading, quote and list markers are removed."""
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", line)
    line = re.sub(r"<(https?://[^>\s]+)>", r"\1", line)
    line = re.sub(
        r"</?(?:a|b|i|u|em|strong|span|sup|sub|small|mark|br|p|div)\b[^>]*>", "", line, flags=re.I
    )
    line = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
    line = re.sub(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", line)
    line = re.sub(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", line)
    line = re.sub(r"~~(.+?)~~", r"\1", line)
    line = re.sub(r"`([^`]+)`", r"\1", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>|])", r"\1", line)
    line = re.sub(r"^#{1,6}\s+|^>\s?|^[-*+•]\s+", "", line)
    return re.sub(r" {2,}", " ", line).strip()


def ends_like_sentence(text: str) -> bool:
    """Whether text ends with sentence punctuation or a closing quote."""
    stripped = text.rstrip(" *_")
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_prose(paragraph: str) -> bool:
    """A body paragraph: at least 8 words ending like a sentence, or at least
    20 words whatever the ending (a scrape cut mid-sentence)."""
    words = word_count(paragraph)
    return words >= 20 or (words >= 8 and ends_like_sentence(paragraph))


_REPORTING_VERB = re.compile(r"\b(?:said|says|told|tells|added|asked|according to)\b")


def looks_like_caption(paragraph: str) -> bool:
    """A line of 7 to 19 words with no sentence punctuation at its end, no
    double quotation marks and no reporting verb: a photo or video caption,
    or the headline of a linked article. ("Venezuelan Foreign Minister Jorge
    Arreaza walks with his team after addressing the media at the United
    Nations"). Shorter such lines are sub-headings."""
    return (
        7 <= word_count(paragraph) < 20
        and not ends_like_sentence(paragraph)
        and not re.search(r'["“”]', paragraph)
        and not _REPORTING_VERB.search(paragraph)
    )


def is_subheading(paragraph: str) -> bool:
    """At most six words and no sentence punctuation at the end."""
    return word_count(paragraph) <= 6 and not ends_like_sentence(paragraph)


def ends_with_full_stop(text: str) -> bool:
    """Whether text ends with a sentence's full stop, not an abbreviation's
    (``"U.S."``, ``"G.O.P."``, ``"Michael R."``)."""
    text = text.rstrip("\"”’')]»")
    if not text.endswith("."):
        return False
    last = text.split()[-1]
    return not re.fullmatch(r"(?:[A-Z]\.)+|\w{1,3}\.\w+\.", last)


def photo_credit_kind(line: str, agencies: list[Agency]) -> str | None:
    """What kind of photo credit a line is, if any.

    ``"standalone"``: a bare credit on its own line (``"AFP/JOHN THYS"``,
    ``"**Evan Vucci/AP/TASS**"``, ``"(Photo by X/AFP via Getty Images)"``, an
    agency name alone), which follows the caption it belongs to.
    ``"caption"``: the line is a caption with its credit (``"... against
    Maduro. **EFE**"``, ``"... April 30, 2019. REUTERS/Manaure Quintero"``) or
    a labelled credit (``"Photo: Reuters"``, ``"Image caption ..."``).
    ``None``: not a credit; a line ending a sentence never ends in one.
    """
    text = render_inline_markdown(line)
    if _SLASH_CREDIT.match(text) and not text.endswith("."):
        return "standalone"
    if CREDIT_LINE.match(text):
        return "standalone"
    if re.fullmatch(r"[\w .&-]{2,40}", text) and _only_agencies(text, agencies):
        return "standalone"
    if CREDIT_LABEL.search(text):
        return "caption"
    if not text.endswith(".") and CREDIT_TAIL.search(text):
        return "caption"
    trailing = _TRAILING_BOLD.search(line)
    if trailing and not _BOLD_ONLY.match(line):
        tail = trailing.group("text").strip()
        if _SLASH_CREDIT.match(tail) or _only_agencies(tail, agencies):
            return "caption"
    return None


def _only_agencies(text: str, agencies: list[Agency]) -> bool:
    """Whether ``text`` names agencies and nothing else but punctuation."""
    if not agencies:
        return False
    rest = agency_pattern(agencies).sub(" ", text)
    return find_agencies(text, agencies) != [] and not re.sub(r"[\W_]+", "", rest)


@dataclass
class _State:
    """Mutable state of one walk through an article's paragraphs."""

    article: CleanArticle
    agencies: list[Agency]
    day_first: bool
    dates: list[tuple[int, str, str]] = field(default_factory=list)
    title_candidates: list[str] = field(default_factory=list)
    body_started: bool = False
    body_paragraphs: int = 0
    ended: bool = False
    want_url: bool = False


DATE_RANK = {
    "metadata": 0,
    "page title": 1,
    "date line": 2,
    "html time element": 3,
    "updated line": 4,
    "scraper date field": 5,
}


def _extend_unique(items: list[str], new) -> None:
    """Append the new items that are not in ``items`` yet, keeping order."""
    items.extend(item for item in new if item not in items)


def _add_date(state: _State, iso: str | None, source: str) -> None:
    if iso:
        state.dates.append((DATE_RANK[source], iso, source))


def _add_outlet(state: _State, source: str, kind: str, value: str) -> None:
    value = value.strip()
    entry = (source, kind, value)
    if value and entry not in state.article.outlet_evidence:
        state.article.outlet_evidence.append(entry)


def _take_page_title(line: str, state: _State) -> str:
    """``Title | Section | Outlet | 05.05.2019`` -> ``Title``; the last
    non-date segment is taken as the site's name, a date segment as the date."""
    segments = [s.strip() for s in line.split(" | ") if s.strip()]
    names = []
    for segment in segments[1:]:
        iso = parse_date_line(segment, state.day_first)
        if iso:
            _add_date(state, iso, "page title")
        else:
            names.append(segment)
    if names:
        _add_outlet(state, "page title suffix", "name", names[-1])
    return segments[0]


def _title_without_site_name(html_title: str, site_name: str, state: _State) -> str:
    """An HTML ``<title>`` without its site suffix: ``A | Section | Site``
    is read as a page title; ``A - Site`` loses ``- Site`` only when that is
    the page's stated site name (``A – Bolton`` keeps its dash)."""
    if " | " in html_title:
        return _take_page_title(html_title, state)
    m = re.match(r"^(?P<head>.+?)\s+[-–—]\s+(?P<tail>[^-–—]+)$", html_title)
    if m and site_name and m.group("tail").strip().casefold() == site_name.strip().casefold():
        return m.group("head").strip()
    return html_title.strip()


def is_boilerplate_line(plain: str) -> bool:
    """Whether a (rendered) line is site furniture rather than article text."""
    if BOILERPLATE_LINE.search(plain):
        return True
    return (
        word_count(plain) <= 12
        and not ends_with_full_stop(plain)
        and SHORT_BOILERPLATE_LINE.search(plain) is not None
    )


def _line_action(line: str, state: _State) -> str:
    """What to do with one raw line: ``keep``, ``drop``, ``credit`` (drop it
    and the caption line above it) or ``end`` (the article is over).
    Metadata found on the line is recorded in ``state`` on the way."""
    article, agencies = state.article, state.agencies
    for m in _SOURCE_TAG.finditer(line):
        value = render_inline_markdown(m.group("value"))
        _add_outlet(state, "source tag", "name", value)
        _extend_unique(article.wire, find_agencies(value, agencies))
    line = _SOURCE_TAG.sub("", line).strip()
    if not line:
        return "drop"
    plain = render_inline_markdown(line)
    if state.want_url:
        state.want_url = False
        m = _URL_LINE.match(plain)
        if m:
            article.url = article.url or m.group("url")
            return "drop"
    m = _URL_LABEL.match(plain)
    if m:
        if m.group("url"):
            article.url = article.url or m.group("url").strip("<>")
        else:
            state.want_url = True
        return "drop"
    if _URL_LINE.match(plain):
        return "drop"
    if is_boilerplate_line(plain):
        for domain in email_domains(plain):
            _add_outlet(state, "author e-mail domain", "domain", domain)
        follow = re.match(r"^(?i:follow) (?P<name>[A-Z]\S*(?: [A-Z]\S*){1,3}) on\b", plain)
        name = follow.group("name") if follow else ""
        if name and is_person_name(name):
            _extend_unique(article.byline, [name])
        return "drop"
    contributed = _CONTRIBUTED.match(plain)
    if contributed:
        wires = find_agencies(contributed.group("who"), agencies)
        _extend_unique(article.wire, wires)
        return "drop"
    if _REPORTING_BY.match(plain):
        return "drop"
    if state.body_started and END_MARKER.match(plain):
        return "end"
    signoff = parse_signoff(plain, agencies) if state.body_started else None
    if signoff:
        initials, wires = signoff
        _extend_unique(article.byline, initials)
        _extend_unique(article.wire, wires)
        return "end"
    byline = parse_byline(plain, agencies)
    if byline and (not state.body_started or word_count(plain) <= 8):
        authors, wires, affiliations = byline
        _extend_unique(article.byline, authors)
        _extend_unique(article.wire, wires)
        for name in affiliations:
            _add_outlet(state, "byline affiliation", "name", name)
        return "drop"
    credit = photo_credit_kind(line, agencies)
    if credit:
        return "credit" if credit == "standalone" else "drop"
    iso = parse_date_line(plain, state.day_first)
    if iso:
        if not state.body_started:
            updated = re.search(r"\b(?:updated|modified)\b", plain, re.I)
            published = re.search(r"\b(?:published|posted)\b", plain, re.I)
            _add_date(state, iso, "updated line" if updated and not published else "date line")
        return "drop"
    if not state.body_started and _LIST_ITEM.match(plain) and word_count(plain) <= 6:
        return "drop"  # a navigation menu before the article
    return "keep"


def paragraphs_of_block(lines: list[str]) -> list[str]:
    """Split a block of kept lines into paragraphs.

    A line is soft-wrapped into the next one when it does not end a
    sentence and is at least 60 % as long as the block's longest line (text
    hard-wrapped at a fixed width); otherwise it ends its paragraph. So a
    short headline above a paragraph, or paragraphs separated by single line
    breaks, stay apart. Headings and bold lines stand alone; a list item
    starts a new paragraph.
    """
    widest = max((len(line) for line in lines), default=0)
    paragraphs, current = [], []
    for line in lines:
        if _LIST_ITEM.match(line) and current:
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
        wraps = not ends_like_sentence(render_inline_markdown(line)) and len(line) >= 0.6 * widest
        if not wraps or _HEADING.match(line) or _BOLD_ONLY.match(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def is_headline_like(text: str, first: bool) -> bool:
    """Whether a line before the body could be the headline: 2 to 30 words,
    not ending with a full stop, and not prose, except that the first such
    line may end with a quote or question mark if it is under 20 words
    ("Man Who Defeated Cantor Calls His Big Win 'A Miracle'")."""
    words = word_count(text)
    if not 2 <= words <= 30 or ends_with_full_stop(text):
        return False
    return not is_prose(text) or (first and words < 20)


def is_menu_run(text: str) -> bool:
    """Five or more capitalised words with no punctuation and no lower-case
    word: a navigation bar ("Home News Sport Reel Worklife Travel Future"),
    not a headline, which has a lower-case word or punctuation somewhere."""
    words = text.split()
    return len(words) >= 5 and all(w[:1].isupper() and w.isalpha() for w in words)


def choose_title(candidates: list[str]) -> str:
    """The headline among the short lines before the body: the first of four
    or more words that is not a menu, else the first of four or more words,
    else the first; ``""`` when there is none."""
    long = [c for c in candidates if word_count(c) >= 4]
    return next((c for c in long if not is_menu_run(c)), long[0] if long else "") or (
        candidates[0] if candidates else ""
    )


def _start_body(state: _State) -> None:
    state.body_started = True
    if not state.article.title:
        state.article.title = choose_title(state.title_candidates)


def _handle_paragraph(raw: str, state: _State) -> None:
    """Place one paragraph: title, subtitle, header junk, body or caption."""
    article = state.article
    heading = _HEADING.match(raw)
    bold = _BOLD_ONLY.match(raw)
    text = render_inline_markdown(raw)
    if not word_count(text):
        return  # separators such as "* * *"
    if not state.body_started:
        known_titles = [t.casefold() for t in [article.title, *state.title_candidates] if t]
        if heading and heading.group("level") == "#" and not article.title:
            article.title = render_inline_markdown(heading.group("text"))
            return
        if not article.title and " | " in text and not is_prose(text):
            article.title = _take_page_title(text, state)
            return
        if text.casefold() in known_titles:
            return
        if bold and known_titles and not article.subtitle:
            article.subtitle = text
            return
        names = [n.strip() for n in re.split(r",|\band\b|&", text)]
        if len(names) >= 2 and all(is_person_name(n) and len(n.split()) <= 3 for n in names):
            _extend_unique(article.byline, names)
            return  # "Lesley Wroughton, Humeyra Pamuk": a byline without "By"
        if not article.title and is_headline_like(text, first=not state.title_candidates):
            state.title_candidates.append(text)  # a headline, a section label or a menu
            return
        if not is_prose(text) and not ends_with_full_stop(text):
            return  # section labels, menus and the like before the article
        _start_body(state)
    if state.body_paragraphs < 2:
        wire = _DATELINE_WIRE.match(text)
        if wire:
            agencies = find_agencies(wire.group("agency"), state.agencies)
            _extend_unique(article.wire, agencies)
            place = text[: wire.start("agency")].strip(" (")
            if not agencies and len(place.split()) <= 4 and not re.match(r"(?:The|A|An)\b", place):
                _add_outlet(state, "dateline", "name", wire.group("agency"))  # "Washington (CNN)"
    if heading or bold or _LIST_ITEM.match(raw) or not looks_like_caption(text):
        article.paragraphs.append(text)  # body, a sub-heading or a list item
        state.body_paragraphs += 1


def _merge_continuations(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that starts in lower case to the one before when that
    one does not end a sentence: ``"... law,"`` + ``the ministry said.``"""
    merged: list[str] = []
    for paragraph in paragraphs:
        if merged and paragraph[:1].islower() and not re.search(r"[.!?…]$", merged[-1]):
            merged[-1] = f"{merged[-1]} {paragraph}"
        else:
            merged.append(paragraph)
    return merged


def clean_article(
    text: str,
    agencies: list[Agency],
    metadata: dict[str, object] | None = None,
    day_first: bool = True,
) -> CleanArticle:
    """Clean the normalised text of one article.

    ``metadata`` holds fields the file stated explicitly (front matter or
    HTML head, see ``metadata_fields`` and ``html_to_text``); they win over
    what the text suggests. The returned paragraphs are plain text.
    """
    metadata = metadata or {}
    state = _State(CleanArticle(), agencies, day_first)
    article = state.article
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        m = _SCRAPER_DATE.match(lines[first])
        if m:
            _add_date(state, parse_date_value(m.group("date")), "scraper date field")
            lines[first] = m.group("rest")
    blocks, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    for block in blocks:
        if state.ended:
            break
        kept = []
        for line in block:
            action = _line_action(line, state)
            if action == "end":
                state.ended = True
                break
            if action == "credit" and kept:
                kept.pop()  # the caption the credit belongs to
            elif action == "keep":
                kept.append(line)
        for paragraph in paragraphs_of_block(kept):
            _handle_paragraph(paragraph, state)
    if not state.body_started and not article.title:
        article.title = choose_title(state.title_candidates)
    while article.paragraphs and is_subheading(article.paragraphs[-1]):
        article.paragraphs.pop()  # a label after the last paragraph heads nothing
    article.paragraphs = _merge_continuations(article.paragraphs)
    _apply_metadata(article, metadata, state)
    return article


def _as_names(value: object) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"\s*[;,]\s*|\s+and\s+", str(value))
    return [str(v).strip() for v in items if str(v).strip()]


def _apply_metadata(article: CleanArticle, metadata: dict[str, object], state: _State) -> None:
    """Let explicitly stated metadata win over what the text suggested."""
    if metadata.get("title"):
        article.title = render_inline_markdown(str(metadata["title"]))
    elif not article.title and metadata.get("html_title"):
        article.title = _title_without_site_name(
            str(metadata["html_title"]), str(metadata.get("site_name", "")), state
        )
    if metadata.get("subtitle"):
        article.subtitle = render_inline_markdown(str(metadata["subtitle"]))
    if metadata.get("byline"):
        authors = []
        credits = agency_pattern(state.agencies) if state.agencies else None
        for name in _as_names(metadata["byline"]):
            if credits and credits.fullmatch(name):
                article.wire.extend(find_agencies(name, state.agencies))
            elif is_person_name(name):
                authors.append(name)
            else:
                _add_outlet(state, "byline affiliation", "name", name)
        article.byline = list(dict.fromkeys(authors + article.byline))
    if metadata.get("url"):
        article.url = str(metadata["url"]).strip()
    _add_date(state, parse_date_value(metadata.get("date"), state.day_first), "metadata")
    _add_date(state, parse_date_value(metadata.get("time"), state.day_first), "html time element")
    if state.dates:
        _, article.date, article.date_source = min(state.dates, key=lambda d: d[0])
    evidence = []
    if metadata.get("outlet"):
        evidence.append(("metadata field", "name", str(metadata["outlet"])))
    if article.url and url_domain(article.url):
        evidence.append(("url domain", "domain", url_domain(article.url)))
    if metadata.get("site_name"):
        evidence.append(("site name", "name", str(metadata["site_name"])))
    article.outlet_evidence = evidence + [e for e in article.outlet_evidence if e not in evidence]
    article.wire = list(dict.fromkeys(article.wire))
