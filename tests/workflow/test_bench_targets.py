"""The bench's targets and tables, on made-up runs: the large-corpus
targets, Snakemake's share of the CPU and how aggregate stages grew."""

from bench.__main__ import growth_table, snakemake_cpu_share, stage_growth, targets, verdicts


def profile(**wall):
    """A full run's profile: one job per named process (wall = CPU
    seconds), 16 jobs of annotate_articles and Snakemake's own process."""
    rows = [{"process": name, "processes": 1, "wall_seconds": s, "cpu_seconds": s,
             "peak_rss_mb": 100.0} for name, s in wall.items()]  # fmt: skip
    rows.append({"process": "annotate_articles", "processes": 16, "wall_seconds": 160.0,
                 "cpu_seconds": 160.0, "peak_rss_mb": 400.0})  # fmt: skip
    return rows


def run(articles, full=100.0, baseline=70.0, noop=2.0, **wall):
    return {"articles": articles, "full_seconds": full, "baseline_seconds": baseline,
            "full_vs_baseline": full / baseline, "noop_seconds": noop, "edit_share": 0.05,
            "add_share": 0.06, "peak_rss_mb": 500,
            "profile": {"full": profile(**wall), "edit": []}}  # fmt: skip


def test_large_corpora_have_the_tighter_ratio_and_the_looser_no_op():
    assert targets(2000)["full_vs_baseline"] == 1.5 and targets(2000)["noop_seconds"] == 3
    assert targets(20000)["full_vs_baseline"] == 1.3 and targets(20000)["noop_seconds"] == 5
    # 1.4 × the baseline and a 4 s no-op: missed at 2,000 for the no-op only,
    # at 20,000 for the ratio only
    small, large = run(2000, full=140, baseline=100, noop=4), run(20000, full=140, baseline=100,
                                                                  noop=4)  # fmt: skip
    assert (verdicts(small)["full_vs_baseline"], verdicts(small)["noop_seconds"]) == (True, False)
    assert (verdicts(large)["full_vs_baseline"], verdicts(large)["noop_seconds"]) == (False, True)


def test_snakemake_share_is_of_all_the_run_cpu_seconds():
    row = run(2000, **{"snakemake itself": 40.0, "find_reuse": 0.0})
    assert snakemake_cpu_share(row["profile"]["full"]) == 0.2  # 40 of 200
    assert verdicts(row)["snakemake_cpu_share"] is False
    assert snakemake_cpu_share([]) == 0.0


def test_aggregate_stages_grow_within_twelve_times_for_ten_times_the_articles():
    small = run(2000, find_reuse=10.0, count_entities=2.0, **{"snakemake itself": 30.0})
    large = run(20000, find_reuse=130.0, count_entities=20.0, **{"snakemake itself": 90.0})
    growth = stage_growth(small, large)
    # per-shard rules and Snakemake itself are not aggregate stages
    assert [(r["process"], r["ratio"], r["met"]) for r in growth] == [
        ("find_reuse", 13.0, False), ("count_entities", 10.0, True),
    ]  # fmt: skip
    table = growth_table(small, large)
    assert "| find_reuse | 10.0 | 130.0 | 13.0 **missed** |" in table
    assert "growth (≤ 12 ×)" in table
