"""Reading level per outlet, as a figure (rule ``plot_readability``).

One panel per index (and for words per sentence and syllables per word), a
bar per outlet with the word-weighted mean of its articles; n = articles.
"""

import math

from newsdag.constants import ALL_OUTLETS
from newsdag.nlp.readability import WEIGHTED
from newsdag.report.plotting import empty_figure, plt

TITLES = {
    "flesch_reading_ease": "Flesch Reading Ease\n(higher = easier)",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning Fog (grade)",
    "smog_index": "SMOG (grade)",
    "coleman_liau_index": "Coleman–Liau (grade)",
    "automated_readability_index": "Automated Readability\nIndex (grade)",
    "dale_chall_readability_score": "Dale–Chall score",
    "words_per_sentence": "Words per sentence",
    "syllables_per_word": "Syllables per word",
}


def plot_readability(by_outlet):
    """A grid of bar panels, one per column of ``WEIGHTED`` in
    ``readability_by_outlet.csv``, each bar labelled with its value (one
    decimal from 10 up, two below); a note when no article was scored."""
    table = by_outlet[by_outlet["outlet"] != ALL_OUTLETS].reset_index(drop=True)
    if table.empty:
        return empty_figure("No articles were scored.")
    columns = 3
    rows = math.ceil(len(WEIGHTED) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(4.2 * columns, 2.6 * rows), squeeze=False)
    labels = [f"{o}\n(n = {n})" for o, n in zip(table["outlet"], table["documents"])]
    for ax, column in zip(axes.flat, WEIGHTED):
        values = table[column].astype(float)
        ax.bar(range(len(table)), values, color="#3b6ea8")
        ax.set_title(TITLES[column])
        ax.set_xticks(range(len(table)), labels, fontsize=7)
        for x, value in enumerate(values):
            ax.annotate(f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}", (x, value),
                        ha="center", va="bottom", fontsize=7)  # fmt: skip
    for ax in list(axes.flat)[len(WEIGHTED) :]:
        ax.axis("off")
    fig.suptitle("Reading level by outlet (word-weighted means of article bodies)", y=1.01)
    fig.tight_layout()
    return fig
