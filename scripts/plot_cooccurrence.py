"""Rule ``plot_cooccurrence``: the network of actors named in the same sentence.

``results/figures/cooccurrence_network.{png,svg}``: the most named actors of
the whole corpus (``ALL``) as nodes sized by mentions, joined where they
share a sentence, edges as wide as the number of shared sentences. The
layout is networkx's spring layout with a fixed seed, so the picture is the
same on every run.

The figures are drawn by ``newsdag.report.figures.cooccurrence``.

Run outside Snakemake::

    python scripts/plot_cooccurrence.py results/tables/cooccurrence.csv \\
        results/tables/entities_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.cooccurrence import actor_graph, plot_network
from newsdag.report.plotting import save_figure

log = logging.getLogger("plot_cooccurrence")


def run(cooccurrence_path, by_outlet_path, n_actors: int, norp_actors: bool, out) -> None:
    graph = actor_graph(read_table(cooccurrence_path), read_table(by_outlet_path), n_actors,
                        norp_actors)  # fmt: skip
    save_figure(plot_network(graph), [out["png"], out["svg"]])
    log.info("network of %d actors, %d edges", graph.number_of_nodes(), graph.number_of_edges())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cooccurrence")
    parser.add_argument("by_outlet")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--norp-actors", action="store_true",
                        help="rank nationalities and religions (NORP) as actors")  # fmt: skip
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.cooccurrence, args.by_outlet, args.top, args.norp_actors,
        {"png": out / "cooccurrence_network.png", "svg": out / "cooccurrence_network.svg"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.cooccurrence, sm.input.by_outlet, sm.params.top_actors,
            sm.params.norp_actors, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
