"""The story benchmark: its corpus (BASIL's kept articles and mentions
copied with new ids and later dates) and one timed run of group_stories."""

from newsdag.io import read_jsonl, read_rows, write_jsonl, write_rows

from bench.story_cost import timed_run, write_story_corpus


def small_results(results):
    write_jsonl([{"doc_id": "a", "outlet": "X", "date": "2019-05-01", "title": "t", "body": "b"},
                 {"doc_id": "b", "outlet": "Y", "date": "", "title": "", "body": "c"}],
                results / "corpus" / "documents.jsonl")  # fmt: skip
    write_rows([{"doc_id": "a", "actor": "Mike Pompeo", "type": "PERSON"}],
               ["doc_id", "actor", "type"], results / "tables" / "mentions.csv")  # fmt: skip


def test_articles_and_their_mentions_are_copied_with_new_ids_and_later_dates(tmp_path):
    results = tmp_path / "results"
    small_results(results)
    documents, mentions = write_story_corpus(results, tmp_path / "out", 5)
    rows = list(read_jsonl(documents))
    assert [(r["doc_id"], r["date"]) for r in rows] == [
        ("a-c0000", "2019-05-01"), ("b-c0000", ""), ("a-c0001", "2019-05-08"),
        ("b-c0001", ""), ("a-c0002", "2019-05-15"),
    ]  # fmt: skip
    assert [r["doc_id"] for r in read_rows(mentions)] == ["a-c0000", "a-c0001", "a-c0002"]


def test_a_timed_run_counts_the_stories_group_stories_wrote(tmp_path):
    results = tmp_path / "results"
    small_results(results)
    run = timed_run(results, 6)
    # three dated copies a week apart and three undated copies of "b"
    assert run["articles"] == 6 and run["stories"] >= 3 and run["seconds"] > 0
