"""Web pages: the title rule, the head metadata, trafilatura's article text,
and bad pages, on hand-made markup and on four real pages of trafilatura's
evaluation set (``tests/data/html_pages``, with that set's truth)."""

import json
import lzma
from pathlib import Path

import pytest
from newsdag.corpus.articles import parse_article
from newsdag.text.decoding import ArticleSkipped
from newsdag.text.html_page import (
    chosen_title,
    html_to_text,
    json_ld_article,
    meta_tags,
    untruncated,
    without_site_name,
)
from trafilatura.utils import load_html

PAGES = Path(__file__).resolve().parents[2] / "data" / "html_pages"
TRUTH = {p["file"]: p for p in json.loads((PAGES / "truth.json").read_text())["pages"]}
PARAGRAPH = (
    "Russia and the United States traded accusations on Wednesday over the crisis in "
    "Venezuela, each saying the other was interfering in the country's affairs. "
)


def real_page(name: str) -> bytes:
    return lzma.decompress((PAGES / name).read_bytes())


@pytest.mark.parametrize(
    "headlines, h1, site, expected",
    [
        # the <h1> wins when a stated headline agrees with it
        (["Peanut Butter Truffles - Elavegan"], "Peanut Butter Truffles", "Elavegan",
         "Peanut Butter Truffles"),
        (["Headline | The Site"], "Headline", "", "Headline"),  # og:title = <h1> + suffix
        (["", "what we do"], "What We Do", "", "What We Do"),
        # a section label before the headline goes, a kicker stays
        (["Brothel busted in Boston"], "Local News | Brothel busted in Boston", "",
         "Brothel busted in Boston"),
        (["New York ramps up burials"], "Coronavirus: New York ramps up burials", "",
         "Coronavirus: New York ramps up burials"),
        # an <h1> agreeing with no headline is the logo or a widget
        (["Meta-Programming In Emacs"], "EMACSPEAK The Complete Audio Desktop", "",
         "Meta-Programming In Emacs"),
        # the JSON-LD headline loses to og:title when only that agrees with the <h1>
        (["Other wording", "Shown headline"], "Shown headline", "", "Shown headline"),
        (["Yellow Vests and I — Pamela Anderson"], "Pamela Anderson", "Pamela Anderson",
         "Yellow Vests and I"),  # an <h1> that is the site's name
        ([], "", "", "fallback"),
        ([], "Only an h1", "", "Only an h1"),
        ([], "Sections", "", "fallback"),  # page furniture
    ],
)  # fmt: skip
def test_chosen_title(headlines, h1, site, expected):
    assert chosen_title(headlines, h1, site, "fallback") == expected


def test_without_site_name_and_untruncated():
    assert without_site_name("A – Bolton", "The Site") == "A – Bolton"
    assert without_site_name("A – Bolton", "bolton") == "A"
    assert without_site_name("Brexit - what next? - BBC News", "BBC News") == "Brexit - what next?"
    title = "Tsai's playbook should be essential reading for Carrie Lam | SCMP"
    assert untruncated("Tsai's playbook should be essential...", title, "SCMP") == title[:-7]
    assert untruncated("Another story...", title, "SCMP") == "Another story..."


def test_json_ld_article_reads_the_article_object_and_skips_bad_json():
    page = load_html(
        "<html><head><script type='application/ld+json'>{not json</script>"
        "<script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "headline": "The page"},'
        '{"@type": "NewsArticle", "headline": "Olive &amp;#038; Herb", '
        '"datePublished": "2019-05-02T10:00:00Z", "url": "https://example.com/a",'
        '"author": [{"@type": "Person", "name": "Jane Doe"}, "https://example.com/jd"],'
        '"publisher": {"@type": "Organization", "name": "Example News"}}]}'
        "</script></head><body><p>x</p></body></html>"
    )
    assert json_ld_article(page) == {
        "headline": "Olive & Herb",  # double-escaped entities decoded
        "date": "2019-05-02T10:00:00Z",
        "byline": ["Jane Doe"],
        "publisher": "Example News",
        "url": "https://example.com/a",
    }


def test_meta_tags_first_wins_and_keys_are_lower_case():
    page = load_html(
        '<html><head><meta property="OG:Title" content=" First  title ">'
        '<meta property="og:title" content="Second"><meta name="author" content="">'
        "</head><body><p>x</p></body></html>"
    )
    assert meta_tags(page) == {"og:title": "First title"}


def test_html_to_text_keeps_the_article_and_drops_page_furniture():
    page = (
        "<html><head><title>Headline - Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2019-05-02T10:00:00Z">'
        '<link rel="canonical" href="https://example.com/news/headline"></head><body>'
        "<nav><ul><li>Home</li><li>World</li></ul></nav>"
        "<div id='cookie-consent'>We use cookies</div><h1>Headline</h1>"
        f"<article><p>{PARAGRAPH * 3}</p><p>First &amp; <b>bold</b> point. {PARAGRAPH}</p>"
        "<div class='comments'><p>Be the first to comment on this story</p></div></article>"
        "<aside>Most read</aside><script>var x = 1;</script></body></html>"
    )
    metadata, text = html_to_text(page)
    assert metadata["title"] == "Headline" and metadata["site_name"] == "Example News"
    assert metadata["date"] == "2019-05-02T10:00:00Z"
    assert metadata["date_source"] == "meta article:published_time"
    assert metadata["url"] == "https://example.com/news/headline"
    assert "First & **bold** point." in text and text.count("traded accusations") == 4
    for junk in ("Home", "cookies", "comment", "Most read", "var x"):
        assert junk not in text


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_a_real_page_keeps_its_article_and_drops_the_rest(parse_html, name):
    """Pages whose article the hand-written extractor once lost whole (a
    wrapper class with "ad" or "sidebar" in it, a "Most Read" box mid-article)."""
    record = parse_html(name)
    truth = TRUTH[name]["truth"]
    text = " ".join(f"{record['title']}\n{record['body']}".split())
    assert all(" ".join(p.split()) in text for p in truth["with"])
    assert not any(" ".join(p.split()) in text for p in truth["without"])
    if truth.get("title"):
        assert record["title"].casefold() == truth["title"].casefold()  # one is in capitals


def test_a_real_page_s_metadata_says_where_it_came_from(parse_html):
    record = parse_html("0738_latimes.com.bloomberg.html.xz")
    assert (
        record["title"] == "As his first debate nears, Bloomberg is having to answer about his past"
    )
    assert (record["date"], record["date_source"]) == ("2020-02-19", "JSON-LD datePublished")
    assert record["byline"] == "Evan Halper"
    assert record["url"].startswith("https://www.latimes.com/politics/story/2020-02-19/")
    assert record["outlet_evidence"][:2] == [
        ["url domain", "domain", "latimes.com"],
        ["JSON-LD publisher", "name", "Los Angeles Times"],
    ]
    intercept = parse_html("0393_theintercept.com-Gaza.html.xz")
    assert intercept["byline"] == "Ibtisam Mahdi;Ruwaida Kamal Amer"


@pytest.fixture
def parse_html(agencies):
    def _parse(name: str) -> dict:
        return parse_article(
            name, f"{name[:-3]}", real_page(name), agencies, latest_date="2026-01-01"
        )

    return _parse


def test_bad_pages_are_skipped_with_a_reason_or_parsed(agencies):
    """Truncated markup, a page with no body, 9 MB of scripts (with and
    without an article), 13 MB, a wrong charset: each gives a record or
    ``ArticleSkipped`` with its reason, never another error."""
    article = f"<html><body><article><h1>Lavrov and Pompeo</h1><p>{PARAGRAPH * 4}</p>"
    truncated = article.encode() + b"<p>Moscow said the U.S. was pl"
    record = parse_article("t", "t.html", truncated, agencies)
    assert record["title"] == "Lavrov and Pompeo" and "traded accusations" in record["body"]
    with pytest.raises(ArticleSkipped, match="no article in the web page"):
        parse_article("e", "e.html", b"<html><head><title>x</title></head></html>", agencies)
    script = b"<script>" + b"var a = 1; " * 400_000 + b"</script>"
    scripts = b"<html><body>" + script * 2 + article.encode() + b"</article></body></html>"
    assert len(scripts) > 8_800_000
    assert "traded accusations" in parse_article("s", "s.html", scripts, agencies)["body"]
    with pytest.raises(ArticleSkipped, match="no article in the web page"):
        parse_article("o", "o.html", b"<html><body>" + script * 2 + b"</body></html>", agencies)
    with pytest.raises(ArticleSkipped, match="file too large: 13.2 MB"):
        parse_article("l", "l.html", scripts + script * 1, agencies)
    # declared Latin-1, written in UTF-8: the bytes win
    utf8 = (
        '<html><head><meta charset="iso-8859-1"></head><body><article><h1>Guaidó</h1>'
        f"<p>Juan Guaidó said so. {PARAGRAPH * 4}</p></article></body></html>"
    ).encode("utf-8")
    record = parse_article("c", "c.html", utf8, agencies)
    assert record["encoding"] == "utf-8" and "Juan Guaidó said so." in record["body"]


def test_json_ld_nested_too_deep_is_ignored_and_the_page_read(agencies):
    deep = "[" * 5000 + "]" * 5000
    page = (
        f"<html><head><script type='application/ld+json'>{deep}</script></head><body>"
        f"<article><h1>Lavrov and Pompeo</h1><p>{PARAGRAPH * 4}</p></article></body></html>"
    )
    assert json_ld_article(load_html(page)) == {}
    assert "traded accusations" in parse_article("d", "d.html", page.encode(), agencies)["body"]


def test_the_first_readable_stated_date_wins():
    page = (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "H", "datePublished": "{{date}}"}</script>'
        '<meta property="article:published_time" content="2019-05-03T08:00:00Z"></head>'
        f"<body><article><h1>H</h1><p>{PARAGRAPH * 3}</p></article></body></html>"
    )
    metadata, _ = html_to_text(page)
    assert (metadata["date"], metadata["date_source"]) == (
        "2019-05-03T08:00:00Z",
        "meta article:published_time",
    )


def test_a_guessed_date_is_never_after_latest_date(agencies):
    """htmldate may find a date anywhere (a sidebar); capped at
    ``latest_date``, it cannot skip the article as dated in the future."""
    page = (
        f"<html><body><article><h1>Lavrov and Pompeo</h1><p>{PARAGRAPH * 4}</p></article>"
        "<aside><p>Related: talks resume, March 3, 2025</p></aside></body></html>"
    ).encode()
    record = parse_article("g", "g.html", page, agencies, latest_date="2024-12-31")
    assert record["date"] == "" and "traded accusations" in record["body"]


def test_the_h1_is_not_left_in_the_body_when_another_headline_is_the_title(agencies):
    page = (
        '<html><head><meta property="og:title" content="Russia and US trade warnings over '
        'Venezuela"></head><body><article><h1>Talks on Venezuela stall</h1>'
        f"<p>{PARAGRAPH * 4}</p></article></body></html>"
    ).encode()
    record = parse_article("h", "h.html", page, agencies)
    assert record["title"] == "Russia and US trade warnings over Venezuela"
    assert "Talks on Venezuela stall" not in record["body"]
    assert record["body"].startswith("Russia and the United States traded")
