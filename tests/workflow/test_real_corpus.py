"""The cleaner on 300 real articles (BASIL: Fox News, New York Times,
HuffPost) written out as plain text: title line, blank line, paragraphs.

BASIL's paragraphs were scraped with some noise (headlines of the sibling
articles, photo credits), so the cleaner may drop a little; it must keep
nearly every word and find every title.
"""

import json
import re

import pytest
from newsdag.text.records import body_text

from tests.support import ROOT

BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"


def as_text(article: dict) -> tuple[str, str]:
    body = body_text(article["body-paragraphs"])
    return f"{article['title']}\n\n{body}\n", body


@pytest.fixture(scope="module")
def basil_articles():
    paths = sorted(BASIL.glob("*/*.json"))
    if not paths:
        pytest.skip(f"BASIL corpus not found at {BASIL}")
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def test_basil_words_and_titles_survive_cleaning(tmp_path, parse, basil_articles):
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    words_in = words_out = 0
    wrong_titles = []
    for i, article in enumerate(basil_articles):
        text, body = as_text(article)
        path = tmp_path / f"a{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        record = parse(path, min_body_words=1)
        words_in += len(body.split())
        words_out += len(record["body"].split())
        title = norm(article["title"]).split(" | ")[0]  # "Title | Fox News": suffix is the outlet
        if norm(record["title"]) != title:
            wrong_titles.append((record["title"], title))
    assert len(basil_articles) == 300
    assert wrong_titles == []
    assert words_out / words_in > 0.995
