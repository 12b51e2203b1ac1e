"""Rule ``plot_stories``: stories and the outlets compared on them, as figures.

``results/figures/story_coverage.{png,svg}``: outlets × stories, each cell
the outlet's articles on the story; ``story_timeline.{png,svg}``: each
story's first and last date and when each outlet first covered it (both at
most ``top_stories`` stories, those covered by the most outlets);
``story_adjusted_tone.{png,svg}``: each outlet's tone against the others',
pooled and on shared stories. Drawn by ``newsdag.report.figures.stories``.

Run outside Snakemake::

    python scripts/plot_stories.py results/tables/story_coverage.csv \\
        results/tables/stories.csv results/tables/story_adjusted_tone.csv --out-dir /tmp/figures
"""

import argparse
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table
from newsdag.report.figures.stories import (
    plot_adjusted_tone,
    plot_story_coverage,
    plot_story_timeline,
)
from newsdag.report.plotting import save_figure

FIGURES = ("coverage", "timeline", "adjusted_tone")


def run(coverage_path, stories_path, adjusted_tone_path, top_stories: int, out) -> None:
    coverage, stories = read_table(coverage_path), read_table(stories_path)
    save_figure(plot_story_coverage(coverage, stories, top_stories),
                [out["coverage_png"], out["coverage_svg"]])  # fmt: skip
    save_figure(plot_story_timeline(coverage, stories, top_stories),
                [out["timeline_png"], out["timeline_svg"]])  # fmt: skip
    save_figure(plot_adjusted_tone(read_table(adjusted_tone_path)),
                [out["adjusted_tone_png"], out["adjusted_tone_svg"]])  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("coverage", help="results/tables/story_coverage.csv")
    parser.add_argument("stories", help="results/tables/stories.csv")
    parser.add_argument("adjusted_tone", help="results/tables/story_adjusted_tone.csv")
    parser.add_argument("--top-stories", type=int, default=40)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = {f"{name}_{ext}": Path(args.out_dir) / f"story_{name}.{ext}"
           for name in FIGURES for ext in ("png", "svg")}  # fmt: skip
    run(args.coverage, args.stories, args.adjusted_tone, args.top_stories, out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.coverage, sm.input.stories, sm.input.adjusted_tone, sm.params.top_stories,
            sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
