"""Stories: articles grouped by event, on planted stories built from BASIL's
real articles and on the edge cases (one article, all undated, nothing in
common, one story of 200 articles)."""

import json
from collections import Counter, defaultdict

import pytest
from newsdag.corpus import stories
from newsdag.corpus.stories import (
    story_groups,
    story_id,
    story_tables,
    story_terms,
    tfidf_rows,
)
from newsdag.text.records import body_text

from tests.support import ROOT

BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"
SETTINGS = {"window_days": 3, "similarity": 0.15, "resolution": 1.0, "seed": 2019}
# The first four BASIL events of 2017, three outlets each.
EVENTS = 4


def basil_documents(year: str, n_events: int) -> list[dict]:
    """The articles of the first ``n_events`` BASIL events of ``year`` as
    documents, their event (``triplet-uuid``) under ``event``."""
    by_event = defaultdict(list)
    for path in sorted((BASIL / year).glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        by_event[record["triplet-uuid"]].append({
            "doc_id": f"{year}/{path.stem}", "outlet": record["source"].lower(),
            "date": record["date"], "title": record["title"],
            "body": body_text(record["body-paragraphs"]), "event": record["triplet-uuid"],
        })  # fmt: skip
    return [doc for event in sorted(by_event)[:n_events] for doc in by_event[event]]


def grouped(documents, **changes):
    articles, stories = story_tables(documents, {}, **{**SETTINGS, **changes})
    return {row["doc_id"]: row["story_id"] for row in articles}, stories


needs_basil = pytest.mark.skipif(not BASIL.is_dir(), reason=f"BASIL not found at {BASIL}")


@needs_basil
def test_planted_events_become_their_stories():
    documents = basil_documents("2017", EVENTS)
    story_of, stories = grouped(documents)
    event_of = {d["doc_id"]: d["event"] for d in documents}
    assert len(stories) == EVENTS
    pairs = {(event_of[d], s) for d, s in story_of.items()}
    assert len(pairs) == EVENTS  # each event one story, each story one event
    assert all(story["outlets"] == 3 and story["articles"] == 3 for story in stories)


@needs_basil
def test_an_article_far_outside_the_window_is_not_pulled_in_and_undated_ones_are_placed():
    documents = basil_documents("2017", EVENTS)
    first = documents[0]
    late = {**first, "doc_id": "late", "date": "2017-12-31"}  # months after its event
    undated = {**first, "doc_id": "undated", "date": "", "outlet": "wire"}
    story_of, _ = grouped([*documents, late, undated])
    assert story_of["late"] not in set(story_of[d["doc_id"]] for d in documents)
    assert story_of["undated"] == story_of[first["doc_id"]]


def test_comparing_chunk_by_chunk_finds_every_pair_a_full_comparison_finds(monkeypatch):
    """Chunks of 3 articles over 40 articles spread over 20 days and two
    undated, against every pair compared."""
    bodies = [" ".join(STORY_SENTENCES[(i + k) % 8] for k in range(3)) for i in range(42)]
    matrix, _ = tfidf_rows([story_terms("", body, Counter()) for body in bodies])
    days = [730000 + (i * 7) % 20 for i in range(40)] + [None, None]
    monkeypatch.setattr(stories, "CHUNK_ROWS", 3)
    chunked = stories.similar_pairs(matrix, days, 3, 0.15)
    full = (matrix @ matrix.T).toarray()
    expected = sorted(
        (i, j, round(float(full[i, j]), 12)) for i in range(42) for j in range(i + 1, 42)
        if full[i, j] >= 0.15 and ((days[i] is None) == (days[j] is None))
        and (days[i] is None or abs(days[i] - days[j]) <= 3)
    )  # fmt: skip
    assert [(i, j) for i, j, _ in chunked] == [(i, j) for i, j, _ in expected]
    assert len(expected) > 50


def test_one_article_is_one_story():
    story_of, stories = grouped([{"doc_id": "a", "outlet": "X", "date": "", "title": "",
                                  "body": "Lavrov met Pompeo in Moscow."}])  # fmt: skip
    assert story_of == {"a": story_id(["a"])}
    assert stories[0]["articles"] == 1 and stories[0]["first_date"] == ""


def test_articles_with_nothing_in_common_are_stories_of_their_own():
    bodies = ["Floods closed the harbour road again.", "The orchestra played Brahms tonight.",
              "Wheat prices fell for a third week."]  # fmt: skip
    documents = [{"doc_id": str(i), "outlet": "X", "date": "", "title": "", "body": b}
                 for i, b in enumerate(bodies)]  # fmt: skip
    story_of, stories = grouped(documents)
    assert len(set(story_of.values())) == 3 and len(stories) == 3


STORY_SENTENCES = [
    "Venezuela's opposition leader Juan Guaido called for new protests in Caracas.",
    "Nicolas Maduro said the armed forces remained loyal to his government.",
    "Russia warned the United States against any military intervention.",
    "Secretary of State Mike Pompeo spoke with Sergei Lavrov by telephone.",
    "Shortages of food and medicine have driven millions to leave the country.",
    "The National Assembly declared the presidential election illegitimate.",
    "Washington imposed new sanctions on the state oil company PDVSA.",
    "Protesters clashed with the National Guard near the La Carlota air base.",
]
OTHER_SENTENCES = [
    "The city council approved the budget for the new harbour bridge.",
    "Farmers expect a smaller wheat harvest after the dry spring.",
    "The orchestra opened its season with a Brahms symphony.",
    "Schools will stay closed on Monday because of the storm.",
]


def test_a_story_of_200_articles_stays_one_story():
    documents = [
        {"doc_id": f"v{i:03d}", "outlet": f"outlet {i % 7}", "date": "2019-05-01", "title": "",
         "body": " ".join(STORY_SENTENCES[(i + k) % 8] for k in range(4)) + f" Update {i}."}
        for i in range(200)
    ] + [
        {"doc_id": f"o{i:02d}", "outlet": "local", "date": "2019-05-01", "title": "",
         "body": " ".join(OTHER_SENTENCES[(i + k) % 4] for k in range(2))}
        for i in range(30)
    ]  # fmt: skip
    story_of, stories = grouped(documents)
    venezuela = {story_of[f"v{i:03d}"] for i in range(200)}
    assert len(venezuela) == 1
    story = next(s for s in stories if s["story_id"] in venezuela)
    assert (story["articles"], story["outlets"]) == (200, 7)


def test_a_chain_of_events_is_split_into_its_stories():
    """Two dense groups joined by one article's weak link are two stories."""
    pairs = [(a, b, 0.9) for group in ([0, 1, 2, 3], [4, 5, 6, 7])
             for i, a in enumerate(group) for b in group[i + 1:]] + [(3, 4, 0.2)]  # fmt: skip
    assert story_groups(8, pairs, 1.0, 2019) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_terms_weigh_titles_and_actors_and_drop_what_joins_nothing():
    terms = story_terms(
        "Pompeo warns", "Pompeo met the Russians in 2019.", Counter({"Mike Pompeo": 2})
    )
    assert terms["pompeo"] == 1 + 3 and terms["\x00Mike Pompeo"] == 2
    assert "the" not in terms and "in" not in terms and "2019" not in terms
    matrix, vocabulary = tfidf_rows([Counter({"pompeo": 2, "only": 1}), Counter({"pompeo": 1}),
                                     Counter({"lavrov": 1})])  # fmt: skip
    assert vocabulary == ["pompeo"]  # a term in one article joins nothing
    assert matrix.shape == (3, 1) and matrix[2].nnz == 0


def test_story_ids_come_from_the_articles():
    assert story_id(["b", "a"]) == story_id(["a", "b"]) != story_id(["a"])
    assert story_id(["a"]).startswith("s") and len(story_id(["a"])) == 11


def test_undated_articles_alike_join_a_dated_story_together():
    """As in the seeds: ANI is like the dated Moscow Times articles, Breitbart
    is like ANI but less like any dated one; both join the dated story."""
    core = " ".join(STORY_SENTENCES[:4])
    documents = [
        {"doc_id": "d1", "outlet": "A", "date": "2019-05-01", "title": "", "body": core},
        {"doc_id": "d2", "outlet": "B", "date": "2019-05-02", "title": "", "body": core + " Talks."},
        {"doc_id": "u1", "outlet": "C", "date": "", "title": "",
         "body": " ".join(STORY_SENTENCES[:2] + STORY_SENTENCES[4:])},
        {"doc_id": "u2", "outlet": "D", "date": "", "title": "", "body": " ".join(STORY_SENTENCES[4:])},
        {"doc_id": "o1", "outlet": "E", "date": "2019-05-01", "title": "", "body": OTHER_SENTENCES[0]},
        {"doc_id": "o2", "outlet": "E", "date": "2019-05-02", "title": "", "body": OTHER_SENTENCES[0]},
    ]  # fmt: skip
    story_of, _ = grouped(documents)
    assert story_of["u1"] == story_of["u2"] == story_of["d1"] == story_of["d2"] != story_of["o1"]


def test_undated_copies_of_one_article_are_one_story():
    """Every word in every article: it must still join them (all undated)."""
    body = "Lavrov met Pompeo in Moscow to talk about Venezuela."
    documents = [{"doc_id": str(i), "outlet": f"wire {i}", "date": "", "title": "", "body": body}
                 for i in range(3)]  # fmt: skip
    story_of, stories = grouped(documents)
    assert len(set(story_of.values())) == 1 and stories[0]["outlets"] == 3
    assert stories[0]["first_date"] == stories[0]["last_date"] == ""


def test_each_undated_article_joins_the_event_it_is_like_not_its_neighbours():
    """Two undated articles alike through a shared paragraph, each a copy of
    an article of a different month: each joins its own month's story."""
    flood = "Floods closed the harbour road and the river burst its banks near the old mill."
    wheat = "Wheat prices fell for a third week as the harvest came in early across the plains."
    shared = "The regional governor Maria Lopez promised emergency funds at a press conference."
    documents = [
        {"doc_id": "a1", "outlet": "X", "date": "2019-05-01", "title": "", "body": f"{flood} {shared}"},
        {"doc_id": "a2", "outlet": "Y", "date": "2019-05-01", "title": "", "body": flood},
        {"doc_id": "b1", "outlet": "X", "date": "2019-12-01", "title": "", "body": f"{wheat} {shared}"},
        {"doc_id": "b2", "outlet": "Y", "date": "2019-12-01", "title": "", "body": wheat},
        {"doc_id": "uA", "outlet": "Z", "date": "", "title": "", "body": f"{flood} {shared}"},
        {"doc_id": "uB", "outlet": "Z", "date": "", "title": "", "body": f"{wheat} {shared}"},
    ]  # fmt: skip
    story_of, _ = grouped(documents)
    assert story_of["uA"] == story_of["a1"] != story_of["uB"] == story_of["b1"]
