"""Turn the text of a scraped article into clean body text and metadata.

The stages, each a small function:

1. ``newsdag.text.decoding``: bytes -> text, and text normalised.
2. ``newsdag.text.front_matter`` (text and markdown) or
   ``newsdag.text.html_page.html_to_text`` (HTML: the metadata read from the
   page's head, the article text trafilatura finds): metadata the file
   states explicitly, and the text to clean.
3. ``clean_article``: walks the paragraphs, takes title, subtitle, byline,
   date, URL, wire credits and outlet evidence from the header and footer,
   drops boilerplate (``newsdag.text.boilerplate``), and keeps body
   paragraphs, quotes and datelines; a web page's text, already reduced to
   the article, is cleaned line by line only (``extracted``).

Curly quotes, dashes and diacritics are kept exactly as written.
"""

import re
from dataclasses import dataclass, field

from newsdag.text.boilerplate import END_MARKER, is_boilerplate_line, photo_credit_kind
from newsdag.text.html_page import without_site_name
from newsdag.text.lines import (
    BOLD_ONLY,
    ends_like_sentence,
    ends_with_full_stop,
    is_headline_like,
    is_menu_run,
    is_prose,
    is_subheading,
    looks_like_caption,
    render_inline_markdown,
)
from newsdag.text.metadata import (
    Agency,
    agency_pattern,
    email_domains,
    find_agencies,
    is_person_name,
    parse_byline,
    parse_date_line,
    parse_date_value,
    parse_signoff,
    url_domain,
)
from newsdag.text.words import word_count


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


_HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.+?)\s*#*$")
_SOURCE_TAG = re.compile(r"\[(?P<tag>source\w*|via)\](?P<value>.*?)\[/(?P=tag)\]", re.I)
_URL_LABEL = re.compile(
    r"^(?:original |canonical |source |article )?(?:url|link|source)\s*:\s*(?P<url>\S*)$", re.I
)
# An embedded tweet's photo link after its text: "... nose. pic.twitter.com/U7PMa4oNGN".
_PHOTO_LINK = re.compile(r"\s*\bpic\.twitter\.com/\w+$")
_URL_LINE = re.compile(r"^<?(?P<url>https?://\S+?)>?$")
_SCRAPER_DATE = re.compile(
    r"^(?:date|published)\s*:?\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<rest>.*)$", re.I
)
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-*+•])\s+")
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


@dataclass
class _State:
    """Mutable state of one walk through an article's paragraphs."""

    article: CleanArticle
    agencies: list[Agency]
    day_first: bool
    dates: list[tuple[int, str, str]] = field(default_factory=list)
    title_candidates: list[str] = field(default_factory=list)
    body_started: bool = False
    extracted: bool = False
    body_paragraphs: int = 0
    ended: bool = False
    want_url: bool = False


DATE_RANK = {
    "metadata": 0,
    "page title": 1,
    "date line": 2,
    "html time element": 3,
    "htmldate": 4,
    "updated line": 5,
    "scraper date field": 6,
}


def _extend_unique(items: list[str], new) -> None:
    """Append the new items that are not in ``items`` yet, keeping order."""
    items.extend(item for item in new if item not in items)


def date_rank(source: str) -> int:
    """The rank of a date's ``source`` (lower wins): ``DATE_RANK``, where a
    web page's named metadata field (``JSON-LD datePublished``, ``meta
    article:published_time``) ranks as ``metadata``; ``KeyError`` for any
    other source, so a misspelt one is caught."""
    if source.startswith(("JSON-LD ", "meta ")):
        return DATE_RANK["metadata"]
    return DATE_RANK[source]


def _add_date(state: _State, iso: str | None, source: str) -> None:
    if iso:
        state.dates.append((date_rank(source), iso, source))


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
    the page's stated site name (``A – Bolton`` keeps its dash; see
    ``newsdag.text.html_page.without_site_name``)."""
    if " | " in html_title:
        return _take_page_title(html_title, state)
    return without_site_name(html_title.strip(), site_name.strip())


def _line_action(line: str, state: _State) -> str:
    """What to do with one raw line: ``keep``, ``drop``, ``credit`` (drop it
    and the caption line above it) or ``end`` (the article is over).
    Metadata found on the line is recorded in ``state`` on the way."""
    article, agencies = state.article, state.agencies
    for m in _SOURCE_TAG.finditer(line):
        value = render_inline_markdown(m.group("value"))
        _add_outlet(state, "source tag", "name", value)
        _extend_unique(article.wire, find_agencies(value, agencies))
    line = _PHOTO_LINK.sub("", _SOURCE_TAG.sub("", line)).strip()
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
    if state.body_started and not state.extracted and END_MARKER.match(plain):
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
        if not state.body_paragraphs:  # a date stamp above the article
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
        if not wraps or _HEADING.match(line) or BOLD_ONLY.match(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


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
    bold = BOLD_ONLY.match(raw)
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
    if heading or bold or _LIST_ITEM.match(raw) or state.extracted or not looks_like_caption(text):
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
    extracted: bool = False,
) -> CleanArticle:
    """Clean the normalised text of one article.

    ``metadata`` holds fields the file stated explicitly (front matter or
    HTML head, see ``metadata_fields`` and ``html_to_text``); they win over
    what the text suggests. The returned paragraphs are plain text.

    ``extracted`` says the text is an extractor's article text (a web
    page's, see ``newsdag.text.html_page``), which already starts at the
    article and ends with it: every paragraph is body, and neither
    "Related" lines nor caption-like short lines end or leave it, while bylines, date stamps, wire and photo credits and
    boilerplate lines (newsletter prompts, share bars) are still dropped.
    Otherwise the text may begin with a header (headline, standfirst,
    menus) that is told apart from the body, and may end in page furniture.
    """
    metadata = metadata or {}
    state = _State(CleanArticle(), agencies, day_first, extracted=extracted)
    article = state.article
    if extracted:
        article.title = str(metadata.get("title") or "")
        state.body_started = True
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
    while not extracted and article.paragraphs and is_subheading(article.paragraphs[-1]):
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
    date_source = str(metadata.get("date_source") or "metadata")
    _add_date(state, parse_date_value(metadata.get("date"), state.day_first), date_source)
    _add_date(state, parse_date_value(metadata.get("time"), state.day_first), "html time element")
    if state.dates:
        _, article.date, article.date_source = min(state.dates, key=lambda d: d[0])
    evidence = []
    if metadata.get("outlet"):
        evidence.append(("metadata field", "name", str(metadata["outlet"])))
    if article.url and url_domain(article.url):
        evidence.append(("url domain", "domain", url_domain(article.url)))
    if metadata.get("publisher"):
        evidence.append(("JSON-LD publisher", "name", str(metadata["publisher"])))
    if metadata.get("site_name"):
        evidence.append(("site name", "name", str(metadata["site_name"])))
    article.outlet_evidence = evidence + [e for e in article.outlet_evidence if e not in evidence]
    article.wire = list(dict.fromkeys(article.wire))
