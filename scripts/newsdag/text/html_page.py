"""Read a web page: its metadata from the head, its article text from trafilatura.

trafilatura (``trafilatura.bare_extraction``) finds the main content of the
page; newsdag reads the metadata itself so that every field says where it
came from (``date_source``, ``outlet_source``), and chooses the title by a
rule measured on trafilatura's own evaluation pages
(``bench.html_quality``). The article text then goes through the text
cleaner (``newsdag.text.cleaning.clean_article`` with ``extracted=True``),
which drops bylines, date stamps, wire credits and page furniture lines.
"""

import html
import json
import re

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newsdag.text.metadata import parse_date_value

# Settings of trafilatura.bare_extraction, chosen with bench.html_quality
# (F1 on the English pages): comments are not the article; tables are kept
# (a results table is article text: 0.945, without them 0.934); markdown
# keeps headings and list items apart, which the cleaner reads (plain text:
# 0.936); favor_recall (0.9453) and favor_precision (lower) are left at
# trafilatura's default (0.9452).
EXTRACTION_SETTINGS = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": True,
    "with_metadata": True,
}
# JSON-LD types of an article (schema.org); others (WebPage, Organization,
# BreadcrumbList ...) are not read.
ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting "
    "SocialMediaPosting TechArticle ScholarlyArticle Report WebPage".split()
)
# <meta> keys stating the publication date, strongest first.
DATE_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date",
    "pubdate", "publishdate", "publish-date", "parsely-pub-date", "dc.date.issued",
    "dc.date", "dcterms.date", "sailthru.date",
)  # fmt: skip
BYLINE_META_KEYS = ("author", "article:author", "parsely-author", "dc.creator", "byl")
# " | ", " - ", " – ", " — ", " · ", " » " between a headline and a site name.
_TITLE_SEPARATOR = r"\s+(?:[|–—·»]|-{1,2})\s+"


def plain(value: object) -> str:
    """A metadata value as one line: entities decoded (twice, for a
    double-escaped ``&amp;#038;``), whitespace runs made one space; ``""``
    for anything but a string."""
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(html.unescape(value)).split())


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Each ``<meta>`` tag's content by its ``property``, ``name`` or
    ``itemprop`` (lower-cased); the first tag wins; empty contents skipped."""
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = plain(tag.get("content"))
        if key and content:
            found.setdefault(key.strip(), content)
    return found


def _json_ld_items(data: object):
    """Every object in a JSON-LD value: lists, ``@graph`` and one level of
    ``mainEntity`` unfolded."""
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _json_ld_items(data["@graph"])
        yield data
        main = data.get("mainEntity")
        for item in main if isinstance(main, list) else [main]:
            if isinstance(item, dict):
                yield item


def _types(item: dict) -> set[str]:
    kind = item.get("@type", [])
    return {str(k).rsplit("/", 1)[-1] for k in (kind if isinstance(kind, list) else [kind])}


def _names(value: object) -> list[str]:
    """Names of JSON-LD ``author`` / ``publisher`` values (objects with a
    ``name``, or strings), blanks and URLs left out."""
    values = value if isinstance(value, list) else [value]
    names = [plain(v.get("name") if isinstance(v, dict) else v) for v in values]
    return [n for n in names if n and "://" not in n]


def json_ld_article(tree: HtmlElement) -> dict[str, object]:
    """``headline``, ``date`` (``datePublished``), ``byline`` (author
    names), ``publisher`` and ``url`` of the page's first JSON-LD article
    object that has a headline (a ``WebPage`` only when no article type has
    one); ``{}`` when there is none. Unreadable JSON is ignored."""
    candidates = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken, or nested too deep to read
            continue
        for item in _json_ld_items(data):
            types = _types(item)
            if types & ARTICLE_TYPES and plain(item.get("headline")):
                candidates.append((types == {"WebPage"}, len(candidates), item))
    if not candidates:
        return {}
    item = min(candidates, key=lambda c: c[:2])[2]
    publisher = _names(item.get("publisher"))
    fields = {
        "headline": plain(item.get("headline")),
        "date": plain(item.get("datePublished")),
        "byline": _names(item.get("author")),
        "publisher": publisher[0] if publisher else "",
        "url": plain(item.get("url")) if "://" in plain(item.get("url")) else "",
    }
    return {k: v for k, v in fields.items() if v}


def without_site_name(title: str, site_name: str) -> str:
    """``title`` without a trailing ``| Site`` / ``- Site`` whose text is
    ``site_name`` (case-insensitive; the last separator is the one tested,
    so ``Brexit - what next? - BBC News`` loses only ``- BBC News``);
    unchanged otherwise, so ``A – Bolton`` keeps its dash when the site is
    not Bolton."""
    if not site_name:
        return title
    m = re.match(rf"^(?P<head>.+){_TITLE_SEPARATOR}(?P<tail>[^|–—·»]+)$", title)
    if m and m.group("tail").strip().casefold() == site_name.casefold():
        return m.group("head").strip()
    return title


def chosen_title(headlines: list[str], h1: str, site_name: str, fallback: str) -> str:
    """The page's headline from its stated headlines (JSON-LD ``headline``,
    ``og:title``, ``twitter:title``, in that order, each without the site
    name) and its first ``<h1>``; ``fallback`` (trafilatura's title) when
    there is neither. Measured on trafilatura's 133 titled English pages
    (``bench.html_quality``: 107 exact, trafilatura's title 85): the ``<h1>``
    is what readers see, and wins when a stated headline agrees with it
    (equal ignoring case, or the ``<h1>`` plus a suffix); an ``<h1>`` that is a stated headline with a
    section label before it (``Local News | Headline``) gives the headline,
    with a kicker (``Coronavirus: Headline``) stays whole; otherwise the
    first stated headline wins, since an ``<h1>`` that agrees with none is
    often the site's logo or a widget. An ``<h1>`` that is only the site's
    name is ignored, and without stated headlines a one-word ``<h1>``
    (``Page``, ``Sections``, ``Register``) gives way to the fallback."""
    headlines = [without_site_name(t, site_name) for t in headlines if t]
    if h1.casefold() == site_name.casefold():
        h1 = ""
    if not headlines:
        return h1 if len(h1.split()) >= 2 else fallback or h1
    if h1:
        for headline in headlines:
            if h1.casefold() == headline.casefold() or headline.startswith(h1):
                return h1
        for headline in headlines:
            if h1.endswith(headline) and h1 != headline:
                return h1 if h1[: -len(headline)].rstrip().endswith(":") else headline
    return headlines[0]


def untruncated(headline: str, html_title: str, site_name: str) -> str:
    """A headline cut short with ``...`` or ``…`` (``og:title`` of 100
    characters) restored from the page's ``<title>`` when that begins with
    the same words; else ``headline`` unchanged."""
    stem = re.sub(r"\s*(?:\.\.\.|…)$", "", headline)
    if stem == headline or not stem:
        return headline
    whole = without_site_name(html_title, site_name)
    return whole if whole.startswith(stem) and len(whole) > len(stem) else headline


def _first_text(tree: HtmlElement, tag: str) -> str:
    element = next(tree.iter(tag), None)
    return plain(element.text_content()) if element is not None else ""


def _time_element(tree: HtmlElement) -> str:
    """The ``datetime`` of the ``<time>`` marked ``datePublished`` (or
    ``pubdate``), else of the first ``<time>`` inside an ``<article>``."""
    times = [t for t in tree.iter("time") if t.get("datetime")]
    marked = [
        t
        for t in times
        if (t.get("itemprop") or "").lower() == "datepublished" or "pubdate" in t.attrib
    ]
    in_article = [t for t in times if any(a.tag == "article" for a in t.iterancestors())]
    chosen = (marked or in_article or [None])[0]
    return chosen.get("datetime").strip() if chosen is not None else ""


def stated_headlines(meta: dict[str, str], ld: dict[str, object]) -> list[str]:
    """The headlines a page states, strongest first: JSON-LD ``headline``,
    ``og:title``, ``twitter:title`` (``""`` where absent)."""
    return [str(ld.get("headline", "")), meta.get("og:title", ""), meta.get("twitter:title", "")]


def page_metadata(tree: HtmlElement, extracted: dict) -> dict[str, object]:
    """The metadata the cleaner takes (see ``clean_article``) from a page's
    tree and trafilatura's metadata ``extracted`` (``title``, and ``date``:
    htmldate's guess from the page's URLs, markup and text).

    Fields: ``title`` (``chosen_title``), ``subtitle`` (``og:description``
    or ``description``), ``site_name`` (``og:site_name``), ``publisher``
    (JSON-LD), ``html_title``, ``time`` (``_time_element``), ``date`` with
    ``date_source`` saying where it was read: the first readable of
    ``JSON-LD datePublished``, ``meta <key>`` (``DATE_META_KEYS`` in order)
    and ``htmldate`` (trafilatura's guess, which ranks below dates the
    page states, even a date line in its text), ``url`` (canonical link, ``og:url`` or
    JSON-LD) and ``byline`` (JSON-LD authors, else an author meta tag).
    Fields absent from the page are left out."""
    meta, ld = meta_tags(tree), json_ld_article(tree)
    site_name = plain(meta.get("og:site_name") or meta.get("application-name"))
    html_title = _first_text(tree, "title")
    headlines = [untruncated(h, html_title, site_name) for h in stated_headlines(meta, ld)]
    h1, fallback = _first_text(tree, "h1"), plain(extracted.get("title"))
    fields: dict[str, object] = {
        "title": chosen_title(headlines, h1, site_name, fallback),
        "subtitle": meta.get("og:description") or meta.get("description"),
        "site_name": site_name,
        "html_title": html_title,
        "time": _time_element(tree),
    }
    dates = [(ld.get("date", ""), "JSON-LD datePublished")]
    dates += [(meta.get(key, ""), f"meta {key}") for key in DATE_META_KEYS]
    dates.append((plain(extracted.get("date")), "htmldate"))  # ranks below stated dates
    readable = [(value, source) for value, source in dates if parse_date_value(value)]
    if readable:
        fields["date"], fields["date_source"] = readable[0]
    canonical = next(
        (
            link.get("href")
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        "",
    )
    fields["url"] = next(
        (u for u in (plain(canonical), meta.get("og:url", ""), ld.get("url", "")) if "://" in u), ""
    )
    author = next((meta[k] for k in BYLINE_META_KEYS if meta.get(k) and "://" not in meta[k]), "")
    fields["byline"] = ld.get("byline") or ([author] if author else [])
    fields["publisher"] = ld.get("publisher", "")
    return {k: v for k, v in fields.items() if v not in (None, "", [])}


def without_headline(text: str, headlines: list[str]) -> str:
    """``text`` without its first paragraph when that is one of
    ``headlines`` (ignoring case and a markdown ``#``): the page's ``<h1>``
    left in the article text, whichever headline became the title."""
    first, _, rest = text.lstrip().partition("\n\n")
    heading = plain(re.sub(r"^#+\s+", "", first)).casefold()
    if heading and heading in {plain(h).casefold() for h in headlines if h}:
        return rest.lstrip("\n")
    return text


def html_to_text(markup: str, latest_date: str = "") -> tuple[dict[str, object], str]:
    """Metadata (see ``page_metadata``) and article text of an HTML page
    or fragment (a CMS export's body): paragraphs separated by blank lines,
    headings as ``#`` lines and list items as ``-`` lines, in trafilatura's
    markdown, without a leading repeat of the headline. Text is ``""`` when
    trafilatura finds no article, and both are empty when the markup cannot
    be parsed at all. trafilatura's date guess (htmldate) is never later
    than ``latest_date`` (``YYYY-MM-DD``; today when ``""``), so a guess
    from a sidebar cannot make an article look dated in the future."""
    tree = load_html(markup)
    if tree is None:
        return {}, ""
    dates = {"original_date": True, "extensive_search": True}
    if latest_date:
        dates["max_date"] = latest_date
    document = trafilatura.bare_extraction(
        tree, **EXTRACTION_SETTINGS, date_extraction_params=dates
    )
    if not document:
        return page_metadata(tree, {}), ""
    metadata = page_metadata(tree, {"title": document.title, "date": document.date})
    stated = stated_headlines(meta_tags(tree), json_ld_article(tree))
    headlines = [metadata.get("title", ""), _first_text(tree, "h1"), *stated]
    return metadata, without_headline(document.text or "", headlines)
