"""The report page: contents, title page, no script and no clock."""

import re

import pandas as pd
from newsdag.report.page import CONTENT_SECURITY_POLICY, contents_html, report_html, title_html

MANIFEST = {"corpus_fingerprint": "f" * 64, "config_hash": "c" * 64, "code_version": "v1"}


def test_contents_link_every_chapter_and_section():
    fragments = [
        '<section class="chapter"><h2 id="a">First &amp; one</h2><h3 id="a--s">S</h3></section>',
        '<section class="chapter"><h2 id="b">Second</h2></section>',
    ]
    nav = contents_html(fragments)
    assert re.findall(r'href="#([^"]+)"', nav) == ["a", "a--s", "b"]
    assert "First &amp; one" in nav


def test_page_is_self_contained_and_forbids_scripts():
    manifest = MANIFEST
    corpus = pd.DataFrame(
        {"outlet": ["X", "ALL"], "documents": ["2", "2"], "dated_documents": ["1", "1"],
         "first_date": ["2019-05-01"] * 2, "last_date": ["2019-05-02"] * 2}
    )  # fmt: skip
    page = report_html("A <title>", ['<section class="chapter"><h2 id="a">A</h2></section>'],
                       manifest, corpus)  # fmt: skip
    assert f'content="{CONTENT_SECURITY_POLICY}"' in page
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "<title>A &lt;title&gt;</title>" in page
    assert "2 articles from 1 outlet; 1 of them dated, from 2019-05-01 to 2019-05-02." in page
    assert not re.search(r"<script|<link|@import|https?://", page)
    assert page == report_html("A <title>", ['<section class="chapter"><h2 id="a">A</h2></section>'],
                               manifest, corpus)  # fmt: skip


def test_title_page_says_when_nothing_is_dated_or_kept():
    corpus = pd.DataFrame(
        {"outlet": ["X", "Y", "ALL"], "documents": ["1", "2", "3"], "dated_documents": ["0"] * 3,
         "first_date": [""] * 3, "last_date": [""] * 3}
    )  # fmt: skip
    title = title_html("T", MANIFEST, corpus)
    assert "<p>3 articles from 2 outlets; none of them dated.</p>" in title
    assert "Corpus fingerprint <code>ffffffffffffffff</code>" in title
    assert "No articles were kept." in title_html("T", MANIFEST, corpus.iloc[0:0])
