"""The reading-level figure: one panel per word-weighted column."""

import pandas as pd
from newsdag.nlp.readability import WEIGHTED
from newsdag.report.figures.readability import TITLES, plot_readability

BY_OUTLET = pd.DataFrame(
    [["X", "2"] + ["12.345"] * len(WEIGHTED), ["ALL", "2"] + ["1.5"] * len(WEIGHTED)],
    columns=["outlet", "documents", *WEIGHTED],
)


def test_one_titled_panel_per_weighted_column_each_bar_labelled():
    figure = plot_readability(BY_OUTLET)
    shown = [ax for ax in figure.axes if ax.axison]
    assert [ax.get_title() for ax in shown] == [TITLES[c] for c in WEIGHTED]
    assert all([t.get_text() for t in ax.texts] == ["12.3"] for ax in shown)  # ALL left out
    assert [t.get_text() for t in shown[0].get_xticklabels()] == ["X\n(n = 2)"]
    assert len(figure.axes) - len(shown) == -len(WEIGHTED) % 3  # the spare panels are off


def test_no_scored_article_gives_a_figure_that_says_so():
    figure = plot_readability(BY_OUTLET[BY_OUTLET["outlet"] == "ALL"])
    assert [t.get_text() for t in figure.axes[0].texts] == ["No articles were scored."]
