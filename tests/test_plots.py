"""Figures are byte-identical from run to run and carry no timestamps."""

import hashlib

import pandas as pd

from plot_cooccurrence import actor_graph, plot_network
from plot_entities import plot_heatmap, plot_top_actors, rate_grid, top_actors
from plotting import save_figure

BY_OUTLET = pd.DataFrame(
    {
        "outlet": ["X", "X", "Y", "ALL", "ALL"],
        "actor": ["Lavrov", "Pompeo", "Pompeo", "Lavrov", "Pompeo"],
        "body_mentions": ["4", "1", "1", "4", "2"],
        "mentions_per_1000_words": ["10", "2.5", "5", "6.67", "3.33"],
        "outlet_documents": ["2", "2", "1", "3", "3"],
    }
)
COOCCURRENCE = pd.DataFrame(
    {
        "outlet": ["ALL"],
        "window": ["sentence"],
        "actor_a": ["Lavrov"],
        "actor_b": ["Pompeo"],
        "count": ["1"],
    }
)


def draw_all(folder):
    grid, n_docs = rate_grid(BY_OUTLET, top_actors(BY_OUTLET, 10))
    paths = []
    for name, fig in [
        ("top", plot_top_actors(grid, n_docs)),
        ("heatmap", plot_heatmap(grid, n_docs)),
        ("network", plot_network(actor_graph(COOCCURRENCE, BY_OUTLET, 10))),
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
