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


QUOTES_BY_OUTLET = pd.DataFrame(
    {
        "outlet": ["X", "X", "X", "Y"],
        "speaker": ["Lavrov", "Pompeo", "unknown", "Bolton"],
        "speaker_type": ["PERSON", "PERSON", "", "PERSON"],
        "quotes": ["2", "1", "1", "1"],
        "words": ["30", "10", "10", "5"],
        "share_of_words": ["0.6", "0.2", "0.2", "1"],
    }
)
REUSE = pd.DataFrame(
    {"doc_a": ["a"], "doc_b": ["b"], "shared_words": ["12"], "share_a": ["0.25"],
     "share_b": ["0.5"]}  # fmt: skip
)
DOCUMENTS = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"]})


def test_speaker_shares_put_other_and_unknown_last():
    from plot_voices import speaker_shares, top_speakers

    speakers = top_speakers(QUOTES_BY_OUTLET, 1)
    assert speakers == ["Lavrov"]
    shares, totals = speaker_shares(QUOTES_BY_OUTLET, speakers)
    assert shares["X"] == [("Lavrov", 0.6), ("other speakers", 0.2), ("unknown", 0.2)]
    assert shares["Y"] == [("Lavrov", 0.0), ("other speakers", 1.0), ("unknown", 0.0)]
    assert totals == {"X": (4, 50), "Y": (1, 5)}


def test_reuse_grid_holds_each_articles_share_in_its_row():
    from plot_voices import reuse_grid

    labels, grid = reuse_grid(REUSE, DOCUMENTS)
    assert labels == ["X: a", "Y: b"]  # only articles that share text, by outlet
    assert grid[0, 1] == 0.25 and grid[1, 0] == 0.5


def test_voices_figures_are_byte_identical_and_say_when_empty(tmp_path):
    from plot_voices import plot_reuse, plot_speakers

    digests = []
    for run in range(2):
        paths = [tmp_path / f"{run}_{name}.png" for name in ("speakers", "reuse", "none")]
        save_figure(plot_speakers(QUOTES_BY_OUTLET, 5), [paths[0]])
        save_figure(plot_reuse(REUSE, DOCUMENTS), [paths[1]])
        save_figure(plot_reuse(REUSE.iloc[0:0], DOCUMENTS), [paths[2]])
        digests.append([hashlib.sha256(p.read_bytes()).hexdigest() for p in paths])
    assert digests[0] == digests[1] and len(set(digests[0])) == 3
