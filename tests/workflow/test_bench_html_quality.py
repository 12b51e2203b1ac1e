"""The HTML benchmark of ``bench/html_quality.py``: its scoring rule on a
hand-made page, and newsdag's HTML path beside trafilatura alone on a
handful of real pages."""

import pytest
from bench.html_quality import (
    PAGES,
    ROOT,
    load_pages,
    measure,
    newsdag_extraction,
    page_counts,
    passage_changes,
    scores,
    trafilatura_extraction,
)
from newsdag.io import read_tsv_rows
from newsdag.text.metadata import read_agencies

PAGE = {"truth": {"with": ["Lavrov warned   on Friday", "Moscow is ready"],
                  "without": ["Most Read", "Sign up"], "title": "Olive &#038; Herb"}}  # fmt: skip


def test_the_scoring_rule_counts_passages_kept_and_leaked():
    counts = page_counts(PAGE, "Olive & Herb", "Lavrov warned on\nFriday. Most Read: ...")
    assert (counts["tp"], counts["fn"], counts["fp"], counts["tn"]) == (1, 1, 1, 1)
    assert counts["title"] is True and counts["empty"] is False  # entities and spaces normalised
    both = scores([counts, page_counts(PAGE, "Olive", "")])
    assert both["precision"] == 0.5 and both["recall"] == 0.25
    assert both["f1"] == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert both["title_exact"] == 0.5 and both["empty"] == 1


def test_passage_changes_compares_two_extractions_passage_by_passage():
    ours = page_counts(PAGE, "", "Lavrov warned on Friday. Moscow is ready.")
    theirs = page_counts(PAGE, "", "Lavrov warned on Friday. Most Read. Sign up")
    assert passage_changes([(ours, theirs)]) == {"lost": 0, "found": 1, "dropped": 2, "added": 0}
    assert passage_changes([(theirs, ours)]) == {"lost": 1, "found": 0, "dropped": 0, "added": 2}


@pytest.mark.skipif(
    not PAGES.is_dir(), reason="the HTML validation pages are not beside the project"
)
def test_newsdag_keeps_what_trafilatura_keeps_and_leaks_less():
    """The first eight English pages of trafilatura's set: newsdag's HTML
    path (trafilatura, then the text cleaner) keeps all 23 passages to keep,
    as trafilatura alone does, and leaks 8 of the 25 to drop where
    trafilatura alone leaks 14 (newsletter prompts, "Read more" lines,
    copyright footers). Floors, so a change that loses text fails."""
    pages = [p for p in load_pages() if p["english"]][:8]
    agencies = read_agencies(read_tsv_rows(ROOT / "workflow/resources/wire_agencies.tsv"))
    ours = measure(pages, lambda raw: newsdag_extraction(raw, agencies))
    alone = measure(pages, trafilatura_extraction)
    assert scores(ours)["recall"] == 1.0 and scores(ours)["empty"] == 0
    assert scores(alone)["recall"] == 1.0
    assert sum(c["fp"] for c in ours) <= 8 < sum(c["fp"] for c in alone)
