"""The corpus figures: which outlets they show, their labels and titles."""

import hashlib

import pandas as pd
from newsdag.report.figures.corpus import (
    outlet_labels,
    plot_timeline,
    plot_words,
    shown_outlets,
    title_with_limit,
)
from newsdag.report.plotting import save_figure
from newsdag.stats.corpus import by_date, by_outlet

from tests.support import DOCUMENT_TABLE_COLUMNS

CORPUS = pd.DataFrame(
    {
        "outlet": ["DW", "ANI", "RT", "ALL"],
        "documents": ["4", "1", "4", "9"],
        "dated_documents": ["4", "0", "3", "7"],
    }
)
BY_DATE = pd.DataFrame(
    {"outlet": ["DW", "DW", "RT"], "date": ["2019-05-01", "2019-05-03", "2019-05-01"],
     "documents": ["3", "1", "3"]}  # fmt: skip
)
DOCUMENTS = pd.DataFrame(
    {"doc_id": list("abcdefghi"), "outlet": ["DW"] * 4 + ["ANI"] + ["RT"] * 4,
     "n_words": ["400", "500", "600", "700", "90", "300", "300", "310", "1200"]}  # fmt: skip
)


def test_shown_outlets_keep_those_with_most_articles_in_name_order():
    assert shown_outlets(CORPUS) == ["ANI", "DW", "RT"]
    assert shown_outlets(CORPUS, limit=2) == ["DW", "RT"]  # 4 and 4 articles; ANI has 1
    assert shown_outlets(CORPUS, limit=1) == ["DW"]  # a tie goes to the first name


def test_labels_count_articles_and_undated_ones():
    labels = outlet_labels(CORPUS)
    assert labels == {
        "DW": "DW\n(n = 4)",
        "ANI": "ANI\n(n = 1, 1 undated)",
        "RT": "RT\n(n = 4, 1 undated)",
    }
    assert title_with_limit("Length", ["DW", "ANI", "RT"], labels) == "Length"
    assert title_with_limit("Length", ["DW", "RT"], labels) == (
        "Length: the 2 outlets with most articles, of 3"
    )


def test_timeline_labels_each_day_with_its_count_and_says_when_nothing_is_dated():
    figure = plot_timeline(BY_DATE, CORPUS)
    ax = figure.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["1", "3", "3"]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "ANI\n(n = 1, 1 undated)",
        "DW\n(n = 4)",
        "RT\n(n = 4, 1 undated)",
    ]
    assert ax.get_xlabel() == "publication date (number = articles that day)"
    undated = plot_timeline(BY_DATE.iloc[0:0], CORPUS)
    assert [t.get_text() for t in undated.axes[0].texts] == [
        "No article states a publication date."
    ]
    empty = plot_timeline(BY_DATE.iloc[0:0], CORPUS.iloc[0:0])
    assert [t.get_text() for t in empty.axes[0].texts] == ["No articles were kept."]


def test_words_mark_each_outlets_median():
    figure = plot_words(DOCUMENTS, CORPUS)
    ax = figure.axes[0]
    medians = [line.get_xdata()[0] for line in ax.get_lines()]
    assert medians == [90, 550, 305]  # ANI, DW, RT
    assert ax.get_title() == "Article length by outlet"
    empty = plot_words(DOCUMENTS.iloc[0:0], CORPUS)
    assert [t.get_text() for t in empty.axes[0].texts] == ["No articles were kept."]


def test_an_empty_corpus_gives_empty_tables_and_still_draws():
    empty = pd.DataFrame(columns=DOCUMENT_TABLE_COLUMNS)
    assert by_outlet(empty).empty and by_date(empty).empty
    assert plot_timeline(by_date(empty), by_outlet(empty)) is not None
    assert plot_words(empty, by_outlet(empty)) is not None


def test_corpus_figures_are_byte_identical_across_runs(seed_documents, tmp_path):
    def draw(folder):
        folder.mkdir()
        summary = by_outlet(seed_documents)
        paths = [folder / "timeline.png", folder / "timeline.svg"]
        save_figure(plot_timeline(by_date(seed_documents), summary), paths)
        save_figure(plot_words(seed_documents, summary), [folder / "words.png"])
        paths.append(folder / "words.png")
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]

    assert draw(tmp_path / "1") == draw(tmp_path / "2")


def test_figures_show_at_most_forty_outlets_those_with_most_articles():
    corpus = pd.DataFrame(
        {"outlet": [f"Outlet {i:03d}" for i in range(50)] + ["ALL"],
         "documents": [str(1 + (i == 7) * 5) for i in range(50)] + ["55"]}
    )  # fmt: skip
    shown = shown_outlets(corpus)
    assert len(shown) == 40 and shown == sorted(shown)
    assert "Outlet 007" in shown and "Outlet 049" not in shown  # more articles; then by name
    assert shown_outlets(corpus.head(3)) == ["Outlet 000", "Outlet 001", "Outlet 002"]


def test_timeline_labels_counts_only_while_they_stay_legible(seed_documents):
    def texts(fig):
        ax = fig.axes[0]
        return [t.get_text() for t in ax.texts], ax.get_legend(), ax.get_xlabel()

    labels, legend, xlabel = texts(
        plot_timeline(by_date(seed_documents), by_outlet(seed_documents))
    )
    assert labels == ["1", "1", "1"] and legend is None and "number =" in xlabel
    # a year of daily articles from one outlet: 365 points, too many to label
    days = pd.date_range("2019-01-01", periods=365).strftime("%Y-%m-%d")
    year = pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(365)], "outlet": "DW",
                         "outlet_source": "", "outlet_label": "", "wire": "", "date": days, "n_words": "100"})  # fmt: skip
    labels, legend, xlabel = texts(plot_timeline(by_date(year), by_outlet(year)))
    assert labels == [] and "dot area =" in xlabel
    assert [t.get_text() for t in legend.get_texts()] == ["1"]
