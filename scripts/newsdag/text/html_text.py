"""Turn an HTML news page into metadata and plain article text.

``html_to_text`` keeps the visible text of the article and drops page
furniture; the text then goes through the same cleaner as text files
(``newsdag.text.cleaning.clean_article``), which finds the headline from
the ``# `` line this module writes for ``<h1>``.
"""

import json
import re
from html.parser import HTMLParser

SKIPPED_TAGS = frozenset(
    "script style noscript template svg nav aside footer form figure figcaption "
    "button iframe select dialog object embed canvas video audio picture "
    "textarea label".split()
)
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
BLOCK_TAGS = frozenset(
    "p div section article header main li ul ol blockquote pre table tr dd dt dl "
    "address hr br h1 h2 h3 h4 h5 h6".split()
)
# Class and id words (split at "-", "_" and spaces) that mark page furniture.
BOILERPLATE_WORDS = frozenset(
    "consent gdpr related share shares comments ad ads sidebar subscribe nav navbar "
    "navigation menu skip skiplink popup modal caption credit credits".split()
)
BOILERPLATE_PREFIXES = (
    "cookie", "newsletter", "advert", "breadcrumb", "recommend", "social", "sharing",
    "outbrain", "taboola", "paywall", "promo",
)  # fmt: skip
BOILERPLATE_ROLES = frozenset("navigation complementary contentinfo banner search".split())
NEVER_SKIPPED = frozenset("html body main article".split())


def is_boilerplate_element(tag: str, attrs: dict[str, str]) -> bool:
    """Whether an element's class, id, role or hidden state marks it as page
    furniture (cookie banner, share bar, related links, comments, ads ...).

    Class and id are compared word by word, so ``tone-comment`` (a Guardian
    opinion piece) is kept while ``comments`` and ``cookie-banner`` are not.
    """
    if tag in NEVER_SKIPPED:
        return False
    if attrs.get("role", "").lower() in BOILERPLATE_ROLES or attrs.get("aria-hidden") == "true":
        return True
    if "hidden" in attrs:
        return True
    words = re.split(r"[-_\s]+", f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())
    return any(w in BOILERPLATE_WORDS or w.startswith(BOILERPLATE_PREFIXES) for w in words if w)


class _HtmlText(HTMLParser):
    """Collects visible article text and head metadata from one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.chunks: list[tuple[int | None, str]] = []  # (top-level <article> number, text)
        self._skip: list[str] = []  # open tags whose content is skipped
        self._article_depth = 0
        self._articles = 0
        self._capture: str | None = None  # "title", "ld" or None
        self._buffer: list[str] = []
        self.h1: str | None = None
        self.h1_article: int | None = None
        self._in_h1 = False
        self._h1_text: list[str] = []

    @property
    def _article(self) -> int | None:
        return self._articles if self._article_depth else None

    def _emit(self, text: str) -> None:
        self.chunks.append((self._article, text))

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (
                attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            ).lower()
            if key and attrs.get("content") and key not in self.meta:
                self.meta[key] = attrs["content"].strip()
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.meta.setdefault("canonical", attrs.get("href", "").strip())
            return
        if tag == "script" and "ld+json" in attrs.get("type", ""):
            self._capture, self._buffer = "ld", []
        elif tag == "title" and not self._skip:
            self._capture, self._buffer = "title", []
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.append(tag)
            return
        if (tag in SKIPPED_TAGS or is_boilerplate_element(tag, attrs)) and tag not in VOID_TAGS:
            self._skip.append(tag)
            return
        if tag == "time" and attrs.get("datetime"):
            published = attrs.get("itemprop", "").lower() == "datepublished" or "pubdate" in attrs
            key = (
                "time_published" if published else "time" if self._article_depth else "time_outside"
            )
            self.meta.setdefault(key, attrs["datetime"])
        if tag == "article":
            self._articles += not self._article_depth
            self._article_depth += 1
        if tag == "h1":
            self._in_h1, self._h1_text = True, []
            self._emit("\n\n# ")
        elif tag in {"h2", "h3", "h4", "h5", "h6"}:
            self._emit("\n\n## ")
        elif tag == "li":
            self._emit("\n\n- ")
        elif tag == "br":
            self._emit("\n")
        elif tag in BLOCK_TAGS:
            self._emit("\n\n")

    def handle_endtag(self, tag):
        if self._capture and tag in {"script", "title"}:
            text = "".join(self._buffer).strip()
            if self._capture == "ld":
                self.json_ld.append(text)
            elif self._capture == "title":
                self.meta.setdefault("html_title", re.sub(r"\s+", " ", text))
            self._capture = None
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            if not self.h1:
                self.h1 = re.sub(r"\s+", " ", "".join(self._h1_text)).strip()
                self.h1_article = self._article
        if tag in BLOCK_TAGS:
            self._emit("\n\n")

    def handle_data(self, data):
        if self._capture:
            self._buffer.append(data)
            return
        if self._skip:
            return
        if self._in_h1:
            self._h1_text.append(data)
        self._emit(re.sub(r"[ \t\r\n]+", " ", data))


def _main_article(chunks: list[tuple[int | None, str]], h1_article: int | None) -> int | None:
    """The ``<article>`` holding the story: the one with the headline, else the
    one with the most text (sibling articles are teaser cards); ``None``
    when the page has no article element with text."""
    sizes: dict[int, int] = {}
    for article, text in chunks:
        if article is not None:
            sizes[article] = sizes.get(article, 0) + len(text.strip())
    sizes = {a: n for a, n in sizes.items() if n}
    if not sizes:
        return None
    if h1_article in sizes:
        return h1_article
    return max(sorted(sizes), key=lambda a: sizes[a])


def _json_ld_fields(blobs: list[str]) -> dict[str, object]:
    """headline, dates, author names, publisher name and URL of the first
    ``NewsArticle``-like object in JSON-LD script blocks."""
    for blob in blobs:
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items:
            if not isinstance(item, dict) or "headline" not in item:
                continue
            authors = item.get("author") or []
            authors = authors if isinstance(authors, list) else [authors]
            names = [a.get("name") if isinstance(a, dict) else a for a in authors]
            publisher = item.get("publisher") or {}
            return {
                "title": item.get("headline"),
                "date": item.get("datePublished"),
                "byline": [n for n in names if isinstance(n, str) and n.strip()],
                "outlet": publisher.get("name") if isinstance(publisher, dict) else None,
                "url": item.get("url") if isinstance(item.get("url"), str) else None,
            }
    return {}


def _social_title(meta: dict[str, str], h1: str | None) -> str | None:
    """``og:title`` (or ``twitter:title``), or the ``<h1>`` when the social
    title is the headline plus a suffix (``"Headline | Author"``)."""
    title = meta.get("og:title") or meta.get("twitter:title")
    if title and h1 and title != h1 and title.startswith(h1):
        return h1
    return title


def html_to_text(markup: str) -> tuple[dict[str, object], str]:
    """Metadata and visible article text of an HTML page.

    Scripts, styles, navigation, asides, footers, forms, figures with their
    captions, and elements whose class, id or role marks them as cookie
    banners, share bars, related links, comments or ads are dropped (see
    ``is_boilerplate_element``). When the page has ``<article>`` elements,
    only the one holding the headline (else the longest) is kept. ``<h1>``
    becomes a ``# `` heading line and ``<li>`` a ``- `` item so the text
    cleaner finds them. Metadata come from ``<meta>`` tags (Open Graph,
    ``article:``), the canonical link, JSON-LD ``NewsArticle`` data and the
    article's ``<time>`` (one marked ``datePublished`` first).
    """
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    main = _main_article(parser.chunks, parser.h1_article)
    text = "".join(t for article, t in parser.chunks if main is None or article == main)
    if main is not None and parser.h1 and parser.h1 not in text:
        text = f"# {parser.h1}\n\n{text}"
    meta, ld = parser.meta, _json_ld_fields(parser.json_ld)
    author = meta.get("author") or meta.get("article:author") or meta.get("parsely-author")
    fields = {
        "title": ld.get("title") or _social_title(meta, parser.h1),
        "subtitle": meta.get("og:description") or meta.get("description"),
        "date": ld.get("date")
        or meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("date")
        or meta.get("pubdate")
        or meta.get("parsely-pub-date")
        or meta.get("dc.date"),
        "url": meta.get("canonical") or meta.get("og:url") or ld.get("url"),
        "byline": ld.get("byline") or ([author] if author and "://" not in author else []),
        "site_name": ld.get("outlet") or meta.get("og:site_name") or meta.get("application-name"),
        "html_title": meta.get("html_title"),
        "time": meta.get("time_published")
        or meta.get("time")
        or (meta.get("time_outside") if main is None else None),
    }
    return {k: v for k, v in fields.items() if v not in (None, "", [])}, text
