"""Per-outlet grouping shared by every per-outlet table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdag.constants import ALL_OUTLETS

if TYPE_CHECKING:
    import pandas as pd


def outlets_and_all(frame: pd.DataFrame):
    """``(outlet, rows)`` for each outlet in name order, then ``("ALL", frame)``."""
    yield from frame.groupby("outlet", sort=True)
    yield ALL_OUTLETS, frame
