"""A scratch copy of the workflow, for the benchmark and the end-to-end tests."""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What a run needs; results/, logs/ and .snakemake/ are left behind.
PROJECT_PARTS = (
    "Snakefile", "workflow", "profiles", "scripts", "notebooks", "config", "environment.yml",
)  # fmt: skip


def copy_workflow(folder: str | Path) -> Path:
    """Copy the workflow's parts into ``folder`` (created, must not exist)."""
    folder = Path(folder)
    folder.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_symlink():  # profiles/ -> workflow/profiles
            (folder / part).symlink_to(source.readlink())
        elif source.is_dir():
            shutil.copytree(source, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / part)
    return folder
