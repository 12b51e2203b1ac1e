"""HTML pages: what is kept, what is dropped, which metadata is read."""

import pytest
from newsdag.text.html_text import html_to_text, is_boilerplate_element

PARAGRAPH = (
    "Russia and the United States traded accusations on Wednesday over the crisis in "
    "Venezuela, each saying the other was interfering in the country's affairs."
)


def test_html_to_text_keeps_only_the_article():
    page = (
        "<html><head><title>Headline - Example News</title>"
        '<meta property="og:site_name" content="Example News"></head><body>'
        "<nav>Home World</nav><div id='cookie-consent'>We use cookies</div>"
        "<h1>Headline</h1><article><p>First &amp; <b>bold</b> paragraph.</p>"
        "<figure><figcaption>A caption</figcaption></figure><p>Second<br>line</p>"
        "<div class='comments'>Be the first to comment</div></article>"
        "<aside>Most read</aside><script>var x = 1;</script></body></html>"
    )
    meta, text = html_to_text(page)
    assert meta["site_name"] == "Example News" and meta["html_title"] == "Headline - Example News"
    assert "# Headline" in text
    assert "First & bold paragraph." in text and "Second\nline" in text
    for junk in ("Home World", "cookies", "A caption", "comment", "Most read", "var x"):
        assert junk not in text


@pytest.mark.parametrize(
    "attrs, furniture",
    [
        ({"class": "cookie-banner"}, True),
        ({"class": "js-comments comments__container"}, True),
        ({"id": "site-nav"}, True),
        ({"role": "navigation"}, True),
        ({"class": "content tonal__main--tone-comment"}, False),  # a Guardian opinion piece
        ({"class": "article-body"}, False),
    ],
)
def test_is_boilerplate_element(attrs, furniture):
    assert is_boilerplate_element("div", attrs) is furniture


def test_html_time_inside_the_article_wins_over_a_ticker():
    page = (
        "<header><time datetime='2019-05-04T08:00'>ticker</time></header>"
        "<article><h1>Headline here</h1><time datetime='2019-05-02T10:00'>2 May</time>"
        f"<p>{PARAGRAPH}</p></article>"
    )
    assert html_to_text(page)[0]["time"] == "2019-05-02T10:00"
