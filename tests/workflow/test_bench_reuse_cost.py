"""The reuse benchmark: a corpus built from the seeds alone, taken through
the workflow to find_reuse's inputs, and one timed find_reuse run."""

from bench.reuse_cost import prepared_project, table_rows, timed_reuse, verdicts


def test_find_reuse_is_timed_on_a_built_corpus_where_every_article_shares_text(tmp_path):
    project = prepared_project(tmp_path / "seeds-40", 40, seeds_only=True, cores=2)
    assert (project / "results/corpus/documents.jsonl").exists()
    run = timed_reuse(project, max_partners=3)
    # 40 articles made of the seeds' paragraphs: each shares passages with
    # many others, yet keeps at most 3 partners of its own
    assert 40 * 3 / 2 <= run["pairs"] <= 40 * 3
    assert run["passages"] >= run["pairs"] and run["seconds"] > 0 and run["peak_mb"] > 0
    assert timed_reuse(project, max_partners=1)["pairs"] < run["pairs"]


def test_a_table_row_may_hold_line_breaks(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text('a,b\n1,"two\nlines"\n3,4\n', encoding="utf-8")
    assert table_rows(table) == 2


def test_verdicts_name_the_missed_goals():
    runs = [{"corpus": "built-2000", "articles": 2000, "seeds_only": False, "seconds": 10,
             "peak_mb": 300},
            {"corpus": "built-10000", "articles": 10000, "seeds_only": False, "seconds": 60,
             "peak_mb": 900},
            {"corpus": "seeds-10000", "articles": 10000, "seeds_only": True, "seconds": 500,
             "peak_mb": 2500}]  # fmt: skip
    assert verdicts(runs) == [
        "MISSED: seeds-10000 peaked at 2500 MB > 2048 MB",
        "MISSED: 10,000 articles took 6.0 times 2,000's time > 5.0",
    ]
    assert verdicts(runs[:1]) == []
