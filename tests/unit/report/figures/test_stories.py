"""The story figures: readable at 10 stories and at 500 (capped, and saying so)."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.collections import LineCollection
from newsdag.report.figures.stories import (
    LABEL_CHARS,
    plot_adjusted_tone,
    plot_story_coverage,
    plot_story_timeline,
    shown_stories,
)


def corpus(n_stories: int, outlets=("Fox News", "HuffPost", "The New York Times")):
    """``stories.csv`` and ``story_coverage.csv`` of ``n_stories`` stories,
    one a day from 2019-01-01; story k is covered by ``k % 3 + 1`` outlets
    with one article each; every tenth is undated."""
    stories, coverage = [], []
    for k in range(n_stories):
        date = "" if k % 10 == 9 else str(pd.Timestamp("2019-01-01") + pd.Timedelta(days=k))[:10]
        covering = outlets[: k % 3 + 1]
        stories.append({"story_id": f"s{k:04d}", "label": f"Nicolás Maduro, Story {k} · words",
                        "first_date": date, "last_date": date, "articles": str(len(covering)),
                        "outlets": str(len(covering))})  # fmt: skip
        for outlet in outlets:
            covered = outlet in covering
            coverage.append({"story_id": f"s{k:04d}", "outlet": outlet, "covered": str(covered),
                             "articles": "1" if covered else "0",
                             "first_date": date if covered else ""})  # fmt: skip
    return pd.DataFrame(stories), pd.DataFrame(coverage)


def test_the_stories_shown_are_those_most_outlets_covered_in_date_order():
    stories, _ = corpus(30)
    shown = shown_stories(stories, 5)
    assert set(shown["outlets"]) == {3}  # stories 2, 5, 8...: three outlets each
    assert shown["story_id"].tolist() == ["s0002", "s0005", "s0008", "s0011", "s0014"]
    assert shown_stories(stories, 100)["first_date"].tolist()[-3:] == ["", "", ""]  # undated last


@pytest.mark.parametrize("n", [10, 500])
def test_the_coverage_heatmap_is_readable_at_10_and_500_stories(n):
    stories, coverage = corpus(n)
    figure = plot_story_coverage(coverage, stories, 40)
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert len(labels) == min(n, 40) and all(len(label) <= LABEL_CHARS for label in labels)
    assert figure.get_size_inches()[0] <= 24
    title = ax.get_title()
    assert (title.endswith(f"({n} stories)") if n <= 40
            else f"the 40 stories covered by most outlets, of {n}" in title)  # fmt: skip
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[0] == f"Fox News ({min(n, 40)} of {min(n, 40)})"  # covers every story
    plt.close(figure)


def test_the_timeline_leaves_out_undated_stories_and_says_so():
    stories, coverage = corpus(500)
    figure = plot_story_timeline(coverage, stories, 40)
    title = figure.axes[0].get_title()
    assert "of 450" in title and "50 undated left out" in title
    plt.close(figure)
    undated = stories.assign(first_date="", last_date="")
    figure = plot_story_timeline(coverage, undated, 40)
    assert "needs dates" in figure.axes[0].texts[0].get_text()
    plt.close(figure)


def test_the_adjusted_tone_figure_needs_two_outlets_sharing_a_story():
    adjusted = pd.DataFrame({"outlet": ["A", "B"], "articles": ["3", "2"],
                             "shared_stories": ["2", "2"], "pooled_difference": ["-0.1", "0.1"],
                             "adjusted_difference": ["0", "0"], "ci_low": ["-0.05", "-0.05"],
                             "ci_high": ["0.05", "0.05"]})  # fmt: skip
    figure = plot_adjusted_tone(adjusted)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels == [
        "A\n(n = 3 articles; 2 shared stories)",
        "B\n(n = 2 articles; 2 shared stories)",
    ]
    plt.close(figure)
    figure = plot_adjusted_tone(adjusted.assign(shared_stories="1", ci_low="", ci_high=""))
    assert len(figure.axes[0].get_yticklabels()) == 2
    (bars,) = [c for c in figure.axes[0].collections if isinstance(c, LineCollection)]
    assert all(seg[0][0] == seg[1][0] for seg in bars.get_segments())  # no interval: no width
    plt.close(figure)
    figure = plot_adjusted_tone(adjusted.assign(shared_stories="0"))
    assert "nothing to compare" in figure.axes[0].texts[0].get_text()
    plt.close(figure)


def test_no_story_gives_a_figure_that_says_so():
    stories, coverage = corpus(0)
    figure = plot_story_coverage(coverage, stories.reindex(columns=["story_id", "label",
                                 "first_date", "last_date", "articles", "outlets"]), 40)  # fmt: skip
    assert figure.axes[0].texts[0].get_text() == "No stories: no article was kept."
    plt.close(figure)
