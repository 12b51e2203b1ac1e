"""Figure helpers shared by every plot script: one style, byte-stable files.

``workflow/matplotlibrc`` sets the style. ``save_figure`` writes PNG and SVG
without creation dates, software versions or random ids, so the same data
give the same bytes on every run.
"""

from pathlib import Path

import matplotlib

from newsdag.constants import PROJECT_DIR

RC_FILE = PROJECT_DIR / "workflow" / "matplotlibrc"
matplotlib.rc_file(RC_FILE)
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402 (after the style and backend are set)

PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


def save_figure(fig, paths) -> None:
    """Save ``fig`` to each path (``.png`` or ``.svg``) and close it."""
    for path in paths:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        metadata = SVG_METADATA if path.suffix == ".svg" else PNG_METADATA
        fig.savefig(path, metadata=metadata)
    plt.close(fig)


def empty_figure(message: str):
    """A small figure that says there is nothing to show, and why."""
    fig, ax = plt.subplots(figsize=(4, 1.5))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig
