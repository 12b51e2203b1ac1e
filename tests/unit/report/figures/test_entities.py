"""Figures are byte-identical from run to run and carry no timestamps; the
actor × outlet rates behind them."""

import hashlib

import pandas as pd
from newsdag.report.figures.entities import plot_heatmap, plot_top_actors, rate_grid, top_actors
from newsdag.report.plotting import save_figure

BY_OUTLET = pd.DataFrame(
    {
        "outlet": ["X", "X", "Y", "ALL", "ALL", "X", "ALL"],
        "actor": ["Lavrov", "Pompeo", "Pompeo", "Lavrov", "Pompeo", "Russian", "Russian"],
        "type": ["PERSON"] * 5 + ["NORP"] * 2,
        "body_mentions": ["4", "1", "1", "4", "2", "9", "9"],
        "mentions_per_1000_words": ["10", "2.5", "5", "6.67", "3.33", "22.5", "15"],
        "outlet_documents": ["2", "2", "1", "3", "3", "2", "3"],
    }
)


def draw_all(folder):
    grid, n_docs = rate_grid(BY_OUTLET, top_actors(BY_OUTLET, 10, norp_actors=False))
    paths = []
    for name, fig in [
        ("top", plot_top_actors(grid, n_docs)),
        ("heatmap", plot_heatmap(grid, n_docs)),
    ]:
        pair = [folder / f"{name}.png", folder / f"{name}.svg"]
        save_figure(fig, pair)
        paths += pair
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_figures_are_byte_identical_across_runs(tmp_path):
    (tmp_path / "1").mkdir(), (tmp_path / "2").mkdir()
    assert draw_all(tmp_path / "1") == draw_all(tmp_path / "2")
    svg = (tmp_path / "1" / "heatmap.svg").read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in (tmp_path / "1" / "top.png").read_bytes()


def test_rate_grid_fills_missing_outlet_actor_pairs_with_zero():
    grid, n_docs = rate_grid(BY_OUTLET, ["Lavrov", "Pompeo"])
    assert grid.loc["Lavrov", "Y"] == 0.0 and grid.loc["Pompeo", "Y"] == 5.0
    assert dict(n_docs) == {"X": 2, "Y": 1}


def test_top_actors_are_the_most_mentioned_of_all_outlets_ties_by_name():
    assert top_actors(BY_OUTLET, 10, norp_actors=False) == ["Lavrov", "Pompeo"]
    assert top_actors(BY_OUTLET, 1, norp_actors=False) == ["Lavrov"]
    tied = BY_OUTLET.assign(body_mentions=["4", "1", "1", "2", "2", "1", "1"])
    assert top_actors(tied, 2, False) == ["Lavrov", "Pompeo"]  # counted as numbers, ties by name


def test_nationalities_rank_as_actors_only_when_asked():
    assert top_actors(BY_OUTLET, 2, norp_actors=True) == ["Russian", "Lavrov"]
    assert "Russian" not in top_actors(BY_OUTLET, 10, norp_actors=False)


def test_no_actor_gives_a_figure_that_says_so():
    grid, n_docs = rate_grid(BY_OUTLET, [])
    for figure in (plot_top_actors(grid, n_docs), plot_heatmap(grid, n_docs)):
        assert [t.get_text() for t in figure.axes[0].texts] == [
            "No actors were found in the corpus."
        ]
