"""Wire copy: a credit plus most of the body shared with another outlet's
article in the same story; on the seeds and on a planted syndicated copy."""

import pandas as pd
import pytest
from newsdag.nlp.reuse import find_reuse
from newsdag.stats.wire_copy import (
    STORY_ARTICLE_COLUMNS,
    STORY_COLUMNS,
    copy_shares,
    credits_another_agency,
    stories_with_wire,
    story_articles,
)

from tests.unit.nlp.test_reuse import spacy_sentences


def as_table(rows: list[dict]) -> pd.DataFrame:
    """Rows as ``read_table`` gives a written table: every cell text."""
    return pd.DataFrame(rows).astype(str)


def one_story(records, story_of=None) -> pd.DataFrame:
    """``story_groups.csv`` rows: every record in story ``s1`` unless
    ``story_of`` maps its id elsewhere."""
    story_of = story_of or {}
    return pd.DataFrame({
        "doc_id": [r["doc_id"] for r in records], "outlet": [r["outlet"] for r in records],
        "date": "", "story_id": [story_of.get(r["doc_id"], "s1") for r in records],
        "centre_similarity": "1",
    })  # fmt: skip


def credits(records) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [r["doc_id"] for r in records],
                         "outlet": [r["outlet"] for r in records],
                         "wire": [r.get("wire") or "" for r in records]})  # fmt: skip


@pytest.fixture(scope="module")
def seed_story(seed_records, nlp):
    records = [{k: r[k] for k in ("doc_id", "outlet", "body", "wire")} for r in seed_records]
    pairs, _ = find_reuse(records, spacy_sentences(records, nlp))
    return records, as_table(pairs)


def test_the_moscow_times_two_articles_are_not_each_others_wire_copy(seed_story):
    records, pairs = seed_story
    moscow = [r["doc_id"] for r in records if r["outlet"] == "The Moscow Times"]
    assert len(moscow) == 2 and all(r["wire"] for r in records if r["doc_id"] in moscow)
    shared = pairs[pairs["doc_a"].isin(moscow) & pairs["doc_b"].isin(moscow)]
    assert float(shared["share_b"].iloc[0]) > 0.2  # they do share passages...
    # At a share of 0.1 the pair would be wire copy if one outlet could copy
    # itself: both credit Reuters and share more than that.
    table = story_articles(one_story(records), pairs, credits(records), 0.1).set_index("doc_id")
    assert not table["wire_copy"].any()
    # ...but one outlet's two articles are never each other's copy: the
    # article that shares only with its sibling has no copy share at all.
    assert set(copy_shares(one_story(records), pairs).index).isdisjoint({moscow[1]})
    assert pd.isna(table.loc[moscow[1], "copy_share"])


def planted_copy(seed_records):
    """The ANI seed (an agency's own story) and a syndicated copy of it at
    another outlet, credited to ANI, with a paragraph of its own on top; and
    Breitbart's article on the same event, which quotes part of it."""
    ani = next(r for r in seed_records if r["outlet"] == "ANI")
    breitbart = next(r for r in seed_records if r["outlet"] == "Breitbart")
    intro = ("Our correspondent adds that the talks in Helsinki were the first between the two "
             "ministers this year. ")  # fmt: skip
    copy = {"doc_id": "copy", "outlet": "Wire Daily", "body": intro + ani["body"], "wire": "ANI"}
    keep = ("doc_id", "outlet", "body", "wire")
    return [{k: ani[k] for k in keep}, copy, {k: breitbart[k] for k in keep}]


def test_a_credited_copy_of_another_outlets_article_is_wire_copy(seed_records, nlp):
    records = planted_copy(seed_records)
    pairs, _ = find_reuse(records, spacy_sentences(records, nlp))
    pairs = as_table(pairs)
    table = story_articles(one_story(records), pairs, credits(records), 0.5)
    flagged = dict(zip(table["doc_id"], table["wire_copy"]))
    assert flagged["copy"]
    assert float(table.set_index("doc_id").loc["copy", "copy_share"]) > 0.9
    # ANI's own story credits ANI: the agency's original, not a copy.
    # Breitbart quotes part of it and credits no agency. A credit is needed:
    # without one, nothing is wire copy.
    assert not flagged[records[0]["doc_id"]] and not flagged[records[2]["doc_id"]]
    uncredited = credits(records).assign(wire="")
    assert not story_articles(one_story(records), pairs, uncredited, 0.5)["wire_copy"].any()
    # The same copy in another story is not a copy of anything in its own.
    apart = one_story(records, {"copy": "s2"})
    assert (
        not story_articles(apart, pairs, credits(records), 0.5)
        .set_index("doc_id")
        .loc["copy", "wire_copy"]
    )


def test_an_agency_credited_in_its_own_article_is_not_another():
    documents = pd.DataFrame({"outlet": ["ANI", "DW", "Reuters", "X"],
                              "wire": ["ANI", "AP;dpa;Reuters", "reuters", ""]})  # fmt: skip
    assert credits_another_agency(documents).tolist() == [False, True, False, False]


def test_stories_count_their_original_and_wire_articles():
    labels = pd.DataFrame({"story_id": ["s1", "s2"], "label": ["a", "b"],
                           "first_date": ["", ""], "last_date": ["", ""],
                           "articles": ["3", "1"], "outlets": ["3", "1"]})  # fmt: skip
    articles = pd.DataFrame({"story_id": ["s1", "s1", "s1", "s2"],
                             "wire_copy": [True, False, True, False]})  # fmt: skip
    table = stories_with_wire(labels, articles)
    assert list(table.columns) == STORY_COLUMNS
    assert table[["original_articles", "wire_articles"]].values.tolist() == [[1, 2], [1, 0]]


def test_no_shared_passages_no_wire_copy():
    groups = one_story([{"doc_id": "a", "outlet": "A"}, {"doc_id": "b", "outlet": "B"}])
    pairs = pd.DataFrame(columns=["doc_a", "doc_b", "share_a", "share_b"])
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "wire": ["AP", "AP"]})
    table = story_articles(groups, pairs, documents, 0.5)
    assert list(table.columns) == STORY_ARTICLE_COLUMNS
    assert not table["wire_copy"].any() and table["copy_share"].isna().all()
