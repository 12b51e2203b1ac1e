"""The co-occurrence network: its graph and a byte-stable drawing."""

import hashlib

import pandas as pd
from newsdag.report.figures.cooccurrence import actor_graph, plot_network
from newsdag.report.plotting import save_figure

from tests.unit.report.figures.test_entities import BY_OUTLET

COOCCURRENCE = pd.DataFrame(
    {
        "outlet": ["ALL"],
        "window": ["sentence"],
        "actor_a": ["Lavrov"],
        "actor_b": ["Pompeo"],
        "count": ["1"],
    }
)


def draw_network(folder):
    pair = [folder / "network.png", folder / "network.svg"]
    save_figure(plot_network(actor_graph(COOCCURRENCE, BY_OUTLET, 10, False)), pair)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in pair}


def test_network_is_byte_identical_across_runs(tmp_path):
    (tmp_path / "1").mkdir(), (tmp_path / "2").mkdir()
    assert draw_network(tmp_path / "1") == draw_network(tmp_path / "2")


def test_graph_joins_top_actors_sharing_a_sentence_in_all_outlets():
    pairs = pd.concat(
        [
            COOCCURRENCE,
            COOCCURRENCE.assign(outlet="X", count="5"),  # one outlet: not the pooled count
            COOCCURRENCE.assign(window="paragraph", count="7"),
        ]
    )
    graph = actor_graph(pairs, BY_OUTLET, 10, norp_actors=False)
    assert dict(graph.nodes(data="mentions")) == {"Lavrov": 4, "Pompeo": 2}
    assert list(graph.edges(data="count")) == [("Lavrov", "Pompeo", 1)]
    assert (
        actor_graph(pairs, BY_OUTLET, 1, False).number_of_edges() == 0
    )  # Pompeo is not in the top 1
    assert "Russian" in actor_graph(pairs, BY_OUTLET, 10, norp_actors=True)  # a NORP, when asked


def test_a_graph_without_edges_gives_a_figure_that_says_so():
    figure = plot_network(actor_graph(COOCCURRENCE.iloc[0:0], BY_OUTLET, 10, False))
    assert [t.get_text() for t in figure.axes[0].texts] == ["No two actors share a sentence."]
