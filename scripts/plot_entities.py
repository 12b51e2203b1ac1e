"""Rule ``plot_entities``: who each outlet names, as figures.

- ``results/figures/top_actors.{png,svg}``: one panel per outlet, the
  actors named most often in the whole corpus, as mentions per 1,000 words
  of body text, on one shared scale so panels compare.
- ``results/figures/actor_outlet_heatmap.{png,svg}``: the same rates as an
  actor × outlet grid with the numbers written in.

The figures are drawn by ``newsdag.report.figures.entities``.

Run outside Snakemake::

    python scripts/plot_entities.py results/tables/entities_by_outlet.csv --out-dir /tmp/figures
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.entities import plot_heatmap, plot_top_actors, rate_grid, top_actors
from newsdag.report.plotting import save_figure

log = logging.getLogger("plot_entities")


def run(by_outlet_path, n_actors: int, norp_actors: bool, out) -> None:
    by_outlet = read_table(by_outlet_path)
    grid, n_docs = rate_grid(by_outlet, top_actors(by_outlet, n_actors, norp_actors))
    save_figure(plot_top_actors(grid, n_docs), [out["top_png"], out["top_svg"]])
    save_figure(plot_heatmap(grid, n_docs), [out["heatmap_png"], out["heatmap_svg"]])
    log.info("plotted %d actors for %d outlets", *grid.shape)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("by_outlet")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--norp-actors", action="store_true",
                        help="rank nationalities and religions (NORP) as actors")  # fmt: skip
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.by_outlet, args.top, args.norp_actors, {
        "top_png": out / "top_actors.png", "top_svg": out / "top_actors.svg",
        "heatmap_png": out / "actor_outlet_heatmap.png", "heatmap_svg": out / "actor_outlet_heatmap.svg",
    })  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.by_outlet, sm.params.top_actors, sm.params.norp_actors, sm.output)
    else:
        main(sys.argv[1:])
