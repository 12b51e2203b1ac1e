"""Shared fixtures: the shipped tables, a parser bound to them, and a
throw-away copy of the project for end-to-end Snakemake runs."""

import subprocess
import sys
from pathlib import Path

import pytest

from article_metadata import read_agencies
from bench.project import copy_workflow
from collect_documents import OutletTable, resolve_outlet
from newsdag_common import read_tsv_rows
from parse_articles import parse_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(scope="session")
def agencies():
    return read_agencies(read_tsv_rows(ROOT / "workflow/resources/wire_agencies.tsv"))


@pytest.fixture(scope="session")
def outlet_table():
    return OutletTable.from_rows(read_tsv_rows(ROOT / "workflow/resources/outlet_domains.tsv"))


@pytest.fixture(scope="session")
def parse(agencies, outlet_table):
    """Parse one file as the workflow does; the record gets its resolved outlet."""

    def _parse(path: Path, **options) -> dict:
        record = parse_article(path.stem, str(path), path.read_bytes(), agencies, **options)
        record["outlet"], record["outlet_source"], record["outlet_label"] = resolve_outlet(
            record["outlet_evidence"], outlet_table
        )
        return record

    return _parse


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


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline as the workflow loads it (from the pinned package)."""
    from annotate_articles import load_model

    return load_model("en_core_web_sm")


@pytest.fixture(scope="session")
def parser():
    """The dependency parser the workflow runs on sentences with a reporting verb."""
    from annotate_articles import load_parser

    return load_parser("en_core_web_sm")


@pytest.fixture(scope="session")
def seed_records(parse):
    """The five seeds parsed, with the outlet resolved."""
    return [parse(path) for path in sorted(SEEDS.iterdir())]


@pytest.fixture(scope="session")
def seed_annotations(nlp, parser, seed_records):
    """Sentence, mention and speech rows of the five seeds, as the shard
    tables hold them."""
    import csv
    import io

    import pandas as pd

    from annotate_articles import (
        MENTION_COLUMNS,
        SENTENCE_COLUMNS,
        SPEECH_COLUMNS,
        annotated_documents,
    )

    tables = [io.StringIO() for _ in range(3)]
    writers = [csv.writer(table, lineterminator="\n") for table in tables]
    for writer, columns in zip(writers, (SENTENCE_COLUMNS, MENTION_COLUMNS, SPEECH_COLUMNS)):
        writer.writerow(columns)
    for _, *rows in annotated_documents(seed_records, nlp, parser):
        for writer, table_rows in zip(writers, rows):
            writer.writerows(table_rows)
    read = lambda text: pd.read_csv(
        io.StringIO(text.getvalue()), dtype=str, keep_default_na=False
    )  # noqa: E731
    return tuple(read(table) for table in tables)
