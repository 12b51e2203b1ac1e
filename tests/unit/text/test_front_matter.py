"""Metadata stated above the text: front matter and header fields."""

import pytest
from newsdag.text.decoding import ArticleSkipped
from newsdag.text.front_matter import metadata_fields, split_front_matter, split_header_fields


def test_split_front_matter():
    meta, rest = split_front_matter("---\nTitle: A\ndate: 2019-05-05\n---\nBody")
    assert (
        meta == {"title": "A", "date": __import__("datetime").date(2019, 5, 5)} and rest == "Body"
    )
    assert split_front_matter("No front matter\n---\n") == ({}, "No front matter\n---\n")
    with pytest.raises(ArticleSkipped, match="key: value"):
        split_front_matter("---\n- a list\n---\nBody")


def test_split_header_fields():
    text = "Title: Lavrov, Pompeo talk\nAuthor: Andrew Osborn\nPublished: 2019-05-01\n\nBody text."
    fields, rest = split_header_fields(text)
    assert fields == {
        "title": "Lavrov, Pompeo talk",
        "author": "Andrew Osborn",
        "published": "2019-05-01",
    }
    assert rest.strip() == "Body text."
    assert split_header_fields("Moscow: the talks failed.\n\nBody.") == (
        {},
        "Moscow: the talks failed.\n\nBody.",
    )


def test_metadata_fields_take_the_first_common_name_of_each_field():
    data = {"headline": "Lavrov, Pompeo talk", "published": "2019-05-01", "title": "",
            "author": ["Andrew Osborn"], "summary": "", "source": "https://www.reuters.com/x"}  # fmt: skip
    assert metadata_fields(data) == {
        "title": "Lavrov, Pompeo talk",
        "date": "2019-05-01",
        "byline": ["Andrew Osborn"],
        "url": "https://www.reuters.com/x",  # a source that is a web address is the URL
    }
    assert metadata_fields({"source": "Reuters", "link": "https://a.b/c"}) == {
        "outlet": "Reuters",
        "url": "https://a.b/c",
    }


def test_broken_yaml_front_matter_is_skipped_with_the_parser_message():
    with pytest.raises(ArticleSkipped, match=r"^front matter is not valid YAML \("):
        split_front_matter('---\ntitle: "unclosed\n---\nBody')
    assert split_front_matter("---\n\n---\nBody") == ({}, "Body")  # an empty block
