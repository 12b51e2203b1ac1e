"""The word-choice figures: readable for 2 outlets and for 40 (capped, and
saying so), with undated articles counted and empty tables explained."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from newsdag.report.figures.word_choice import (
    LABEL_OUTLETS,
    label_cells,
    plot_actor_labels,
    plot_attention,
    plot_distinctive_terms,
)


def outlets(n: int) -> list[str]:
    return [f"Outlet {k:02d}" for k in range(n)]


def labels_table(n_outlets: int) -> pd.DataFrame:
    rows = []
    for k, outlet in enumerate(outlets(n_outlets)):
        for actor, label, count, z in [("Nicolás Maduro", "president", 8 + k, -1.0),
                                       ("Nicolás Maduro", "socialist dictator", 3, 2.5 if k == 0 else -0.5),
                                       ("Nicolás Maduro", "misparse", 1, 0.1),
                                       ("Juan Guaidó", "opposition leader", 4, 0.0)]:  # fmt: skip
            rows.append({"outlet": outlet, "actor": actor, "type": "PERSON", "label": label,
                         "count": str(count), "documents": "1", "log_odds": "0", "z": str(z)})  # fmt: skip
    return pd.DataFrame(rows)


def texts(fig) -> list[str]:
    found = [t.get_text() for ax in fig.axes for t in ax.texts + [ax.title]]
    return found + [fig._suptitle.get_text()] if fig._suptitle else found


def test_cells_list_the_most_used_labels_and_leave_out_single_uses_among_many():
    cells = label_cells(labels_table(2), ["Nicolás Maduro"], ["Outlet 00"])
    assert [label for label, _, _ in cells[("Nicolás Maduro", "Outlet 00")]] == [
        "president", "socialist dictator"]  # fmt: skip


@pytest.mark.parametrize("n", [2, 40])
def test_the_labels_grid_is_readable_at_2_and_40_outlets(n):
    fig = plot_actor_labels(labels_table(n))
    [ax] = fig.axes
    assert len(ax.get_xticklabels()) == min(n, LABEL_OUTLETS)
    assert ("not shown" in ax.get_title(loc="left")) == (n > LABEL_OUTLETS)
    bold = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    assert bold == (["socialist dictator (3)"] if n == 2 else [])  # Outlet 00 is not shown at 40
    plt.close(fig)


def terms_table(n_outlets: int) -> pd.DataFrame:
    rows = [{"scope": scope, "outlet": outlet, "term": f"term {j}", "count": str(10 + j),
             "count_rest": "5", "log_odds": "1", "z": str(12 - j)}
            for scope in ("corpus", "within_stories") for outlet in outlets(n_outlets)
            for j in range(12)]  # fmt: skip
    return pd.DataFrame(rows)


@pytest.mark.parametrize("n", [2, 40])
def test_a_panel_per_outlet_with_its_ten_strongest_terms(n):
    fig = plot_distinctive_terms(terms_table(n))
    panels = [ax for ax in fig.axes if ax.axison]
    assert len(panels) == n
    assert [t.get_text() for t in panels[0].get_yticklabels()][-1] == "term 0"  # strongest on top
    assert len(panels[0].patches) == 10
    assert "within the stories" in fig._suptitle.get_text()
    plt.close(fig)


def attention_table() -> pd.DataFrame:
    rows = []
    for period, start in [("2019-03", "2019-03-01"), ("2019-04", "2019-04-01"), ("undated", "")]:
        for outlet in outlets(3):
            for actor in ("Nicolás Maduro", "Juan Guaidó"):
                rows.append({"period": period, "start": start, "outlet": outlet, "actor": actor,
                             "type": "PERSON", "articles": "1", "mentions": "2",
                             "outlet_articles": "2"})  # fmt: skip
    return pd.DataFrame(rows)


def test_attention_shows_a_strip_per_actor_and_counts_the_undated():
    fig = plot_attention(attention_table())
    strips = [ax for ax in fig.axes if ax.get_images()]
    assert len(strips) == 2
    assert strips[0].get_images()[0].get_array().shape == (3, 2)  # outlets × dated periods
    assert "6 undated articles not shown" in fig._suptitle.get_text()
    assert "by month" in fig._suptitle.get_text()
    plt.close(fig)


def test_empty_tables_give_a_figure_that_says_why():
    table = attention_table()
    fig = plot_attention(table[table["period"] == "undated"])
    assert "No dated articles (6 undated)." in texts(fig)
    plt.close(fig)
    fig = plot_actor_labels(labels_table(2).iloc[0:0])
    assert any(t.startswith("No labels") for t in texts(fig))
    plt.close(fig)
