"""The network of actors named in the same sentence, as a figure (rule
``plot_cooccurrence``).

The most named actors of the whole corpus (``ALL``) as nodes sized by
mentions, joined where they share a sentence, edges as wide as the number of
shared sentences. The layout is networkx's spring layout with a fixed seed,
so the picture is the same on every run.
"""

import networkx as nx

from newsdag.constants import ALL_OUTLETS
from newsdag.report.figures.entities import top_actors
from newsdag.report.plotting import empty_figure, plt

LAYOUT_SEED = 7


def actor_graph(cooccurrence, by_outlet, n_actors: int, norp_actors: bool) -> nx.Graph:
    """Graph of the top actors (node attribute ``mentions``; ``top_actors``)
    with an edge (attribute ``count``) for each pair sharing at least one
    sentence."""
    actors = top_actors(by_outlet, n_actors, norp_actors)
    pooled = by_outlet[by_outlet["outlet"] == ALL_OUTLETS].set_index("actor")
    graph = nx.Graph()
    for actor in actors:
        graph.add_node(actor, mentions=int(pooled.loc[actor, "body_mentions"]))
    pairs = cooccurrence[
        (cooccurrence["outlet"] == ALL_OUTLETS)
        & (cooccurrence["window"] == "sentence")
        & cooccurrence["actor_a"].isin(actors)
        & cooccurrence["actor_b"].isin(actors)
    ]
    for a, b, count in zip(pairs["actor_a"], pairs["actor_b"], pairs["count"].astype(int)):
        graph.add_edge(a, b, count=count)
    return graph


def plot_network(graph: nx.Graph):
    """The graph drawn with a seeded spring layout: node area grows with
    mentions, edge width with shared sentences; a note when no edge."""
    if graph.number_of_edges() == 0:
        return empty_figure("No two actors share a sentence.")
    positions = nx.spring_layout(graph, seed=LAYOUT_SEED, weight="count")
    nodes = sorted(graph.nodes)
    edges = sorted(graph.edges(data="count"))
    top_count = max(c for _, _, c in edges)
    top_mentions = max(graph.nodes[n]["mentions"] for n in nodes) or 1
    fig, ax = plt.subplots(figsize=(8, 6.5))
    for a, b, count in edges:
        (xa, ya), (xb, yb) = positions[a], positions[b]
        ax.plot(
            [xa, xb],
            [ya, yb],
            color="#8a8a8a",
            alpha=0.7,
            linewidth=0.5 + 5 * count / top_count,
            zorder=1,
        )
    sizes = [80 + 900 * graph.nodes[n]["mentions"] / top_mentions for n in nodes]
    ax.scatter(
        [positions[n][0] for n in nodes],
        [positions[n][1] for n in nodes],
        s=sizes,
        color="#3b6ea8",
        zorder=2,
    )
    for n in nodes:
        ax.annotate(
            n,
            positions[n],
            textcoords="offset points",
            xytext=(0, 9),
            ha="center",
            fontsize=8,
            zorder=3,
        )
    ax.set_title(
        f"Actors named in the same sentence (all outlets; widest edge = {top_count} sentences)"
    )
    ax.axis("off")
    return fig
