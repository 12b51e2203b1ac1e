"""Paths and helpers the tests share (fixtures are in ``conftest.py``):
the project's folders, a throw-away copy of the project, and Snakemake run
in it."""

import contextlib
import subprocess
import sys
from pathlib import Path

from bench.project import copy_workflow

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "data" / "articles"
QUOTES = ROOT / "tests" / "data" / "quotes"
# The documents-table columns the corpus summaries and figures read.
DOCUMENT_TABLE_COLUMNS = [
    "doc_id", "outlet", "outlet_source", "outlet_label", "wire", "date", "n_words",
]  # fmt: skip


def make_project(base: Path, corpus_files: dict[str, bytes] | None = None) -> Path:
    """A copy of the workflow in ``base/project`` with its own corpus folder
    ``corpus`` holding ``corpus_files`` (name -> bytes), or the seeds."""
    project = copy_workflow(base / "project")
    corpus = project / "corpus"
    corpus.mkdir()
    if corpus_files is None:
        corpus_files = {p.name: p.read_bytes() for p in SEEDS.iterdir()}
    for name, data in corpus_files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)
    return project


# A new network namespace with no interface up: nothing can connect anywhere.
# --map-root-user lets users without root make one too.
NO_NETWORK = ("unshare", "--net", "--map-root-user")


def run_snakemake(
    project: Path, *args: str, config: dict | None = None, check: bool = True,
    offline: bool = False,
) -> subprocess.CompletedProcess:  # fmt: skip
    """Run Snakemake in ``project`` on its ``corpus`` folder, with extra
    ``--config`` items, inside ``NO_NETWORK`` when ``offline``; returns the
    finished process (output as text)."""
    items = [f"{k}={v}" for k, v in {"corpus": "corpus", **(config or {})}.items()]
    command = [sys.executable, "-m", "snakemake", *args, "--config", *items]
    if offline:
        command = [*NO_NETWORK, *command]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"snakemake failed:\n{result.stdout}\n{result.stderr}")
    return result


@contextlib.contextmanager
def appended(path: Path, text: str):
    """``path`` with ``text`` added at its end while the block runs; its
    old content back afterwards, whatever happened."""
    original = path.read_text()
    path.write_text(original + text)
    try:
        yield path
    finally:
        path.write_text(original)
