"""The report's chapters: ``notebooks/chapters.yaml`` and what each is given.

Shared by the workflow (``common.smk``) and ``render_notebook``; kept apart
from the latter so that reading the Snakefile imports no notebook machinery.
"""

from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[1]


def read_chapters(path: str | Path = PROJECT / "notebooks" / "chapters.yaml") -> dict:
    """The chapters in report order: name -> ``inputs`` and ``config`` keys."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def chapter_parameters(spec: dict, config: dict) -> dict:
    """The config values a chapter is given: its ``config`` keys, where the
    key ``config`` stands for the whole configuration."""
    return {key: (config if key == "config" else config[key]) for key in spec["config"]}
