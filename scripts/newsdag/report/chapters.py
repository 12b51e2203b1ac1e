"""The report's chapters: ``notebooks/chapters.yaml`` and what each is given.

Shared by the workflow (``common.smk``) and ``render_notebook``; kept apart
from ``newsdag.report.notebook`` so that reading the Snakefile imports no
notebook machinery.
"""

from pathlib import Path

import yaml

from newsdag.constants import PROJECT_DIR


def read_chapters(path: str | Path = PROJECT_DIR / "notebooks" / "chapters.yaml") -> dict:
    """The chapters in report order: name -> ``inputs`` and ``config`` keys."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def chapter_parameters(spec: dict, config: dict) -> dict:
    """The config values a chapter is given: its ``config`` keys, where the
    key ``config`` stands for the whole configuration."""
    return {key: (config if key == "config" else config[key]) for key in spec["config"]}


def load_config(path: str | Path) -> dict:
    """A config file validated against the workflow's schema, defaults
    filled in, as Snakemake gives it to the rules."""
    from snakemake.utils import validate

    with open(path, encoding="utf-8") as handle:
        config = yaml.safe_load(handle) or {}
    validate(config, str(PROJECT_DIR / "workflow" / "schemas" / "config.schema.yaml"))
    return config
