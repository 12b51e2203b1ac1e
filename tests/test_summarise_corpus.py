"""The corpus in numbers: per-outlet counts, dates, wire credits and the
figures drawn from them, on the five parsed seeds."""

import hashlib

import pandas as pd
import pytest

from plot_corpus import plot_timeline, plot_words, shown_outlets
from plotting import save_figure
from summarise_corpus import by_date, by_outlet, counted, wire_credits

COLUMNS = ["doc_id", "outlet", "outlet_source", "outlet_label", "wire", "date", "n_words"]


@pytest.fixture(scope="module")
def documents(seed_records):
    return pd.DataFrame(
        [{c: str(r[c]) for c in COLUMNS} for r in seed_records], columns=COLUMNS
    ).sort_values("doc_id")


def test_each_outlet_gets_its_articles_words_and_dates(documents):
    table = by_outlet(documents).set_index("outlet")
    assert list(table.index) == ["ANI", "Breitbart", "DW", "The Moscow Times", "ALL"]
    moscow = table.loc["The Moscow Times"]
    words = sorted(documents.loc[documents["outlet"] == "The Moscow Times", "n_words"].map(int))
    assert moscow["documents"] == 2 and moscow["words"] == sum(words)
    assert (moscow["min_words"], moscow["max_words"]) == tuple(words)
    assert moscow["median_words"] == sum(words) / 2
    assert (moscow["first_date"], moscow["last_date"]) == ("2019-05-01", "2019-05-02")
    assert moscow["outlet_sources"] == "url domain (2)"
    assert moscow["outlet_labels"] == "themoscowtimes.com (2)"
    assert table.loc["ANI", "dated_documents"] == 0 and table.loc["ANI", "first_date"] == ""
    pooled = table.loc["ALL"]
    assert pooled["documents"] == 5 and pooled["dated_documents"] == 3
    assert pooled["words"] == documents["n_words"].astype(int).sum()


def test_timeline_counts_dated_articles_only(documents):
    table = by_date(documents)
    assert table.values.tolist() == [
        ["DW", "2019-05-05", 1],
        ["The Moscow Times", "2019-05-01", 1],
        ["The Moscow Times", "2019-05-02", 1],
    ]


def test_wire_credits_count_articles_per_agency(documents):
    table = wire_credits(documents)
    pooled = table[table["outlet"] == "ALL"].set_index("agency")
    assert pooled.loc["Reuters", "documents"] == 3  # both Moscow Times articles and DW
    assert pooled.loc["Reuters", "document_share"] == pytest.approx(0.6)
    dw = table[table["outlet"] == "DW"]
    assert sorted(dw["agency"]) == ["AP", "Reuters", "dpa"]
    assert list(table["outlet"].drop_duplicates())[-1] == "ALL"


def test_counts_are_listed_most_frequent_first_then_by_name():
    values = pd.Series(["url domain", "source tag", "url domain", "metadata field"])
    assert counted(values) == "url domain (2); metadata field (1); source tag (1)"


def test_an_empty_corpus_gives_empty_tables_and_still_draws():
    empty = pd.DataFrame(columns=COLUMNS)
    assert by_outlet(empty).empty and by_date(empty).empty
    assert plot_timeline(by_date(empty), by_outlet(empty)) is not None
    assert plot_words(empty, by_outlet(empty)) is not None


def test_corpus_figures_are_byte_identical_across_runs(documents, tmp_path):
    def draw(folder):
        folder.mkdir()
        summary = by_outlet(documents)
        paths = [folder / "timeline.png", folder / "timeline.svg"]
        save_figure(plot_timeline(by_date(documents), summary), paths)
        save_figure(plot_words(documents, summary), [folder / "words.png"])
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


def test_timeline_labels_counts_only_while_they_stay_legible(documents):
    def texts(fig):
        ax = fig.axes[0]
        return [t.get_text() for t in ax.texts], ax.get_legend(), ax.get_xlabel()

    labels, legend, xlabel = texts(plot_timeline(by_date(documents), by_outlet(documents)))
    assert labels == ["1", "1", "1"] and legend is None and "number =" in xlabel
    # a year of daily articles from one outlet: 365 points, too many to label
    days = pd.date_range("2019-01-01", periods=365).strftime("%Y-%m-%d")
    year = pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(365)], "outlet": "DW",
                         "outlet_source": "", "outlet_label": "", "wire": "", "date": days, "n_words": "100"})  # fmt: skip
    labels, legend, xlabel = texts(plot_timeline(by_date(year), by_outlet(year)))
    assert labels == [] and "dot area =" in xlabel
    assert [t.get_text() for t in legend.get_texts()] == ["1"]
