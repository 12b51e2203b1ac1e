"""Shared fixtures: the shipped tables, a parser bound to them, the spaCy
pipeline as the workflow loads it, and the seeds parsed and annotated.
Paths and the Snakemake helpers are in ``support.py``."""

from pathlib import Path

import pytest
from newsdag.corpus.articles import parse_article
from newsdag.corpus.outlets import OutletTable, resolve_outlet
from newsdag.io import read_tsv_rows
from newsdag.text.metadata import read_agencies

from tests.support import DOCUMENT_TABLE_COLUMNS, ROOT, SEEDS


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


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline as the workflow loads it (from the pinned package)."""
    from newsdag.nlp.model import load_model

    return load_model("en_core_web_sm")


@pytest.fixture(scope="session")
def seed_records(parse):
    """The five seeds parsed, with the outlet resolved."""
    return [parse(path) for path in sorted(SEEDS.iterdir())]


@pytest.fixture(scope="session")
def seed_annotations(nlp, seed_records):
    """Sentence, mention, speech, term and description rows of the five
    seeds, as the shard tables hold them."""
    import csv
    import io

    import pandas as pd
    from newsdag.nlp.annotation import (
        MENTION_COLUMNS,
        SENTENCE_COLUMNS,
        SPEECH_COLUMNS,
        annotated_documents,
    )
    from newsdag.nlp.descriptions import DESCRIPTION_COLUMNS
    from newsdag.nlp.terms import TERM_COLUMNS

    columns_of = (
        SENTENCE_COLUMNS, MENTION_COLUMNS, SPEECH_COLUMNS, TERM_COLUMNS, DESCRIPTION_COLUMNS
    )  # fmt: skip
    tables = [io.StringIO() for _ in columns_of]
    writers = [csv.writer(table, lineterminator="\n") for table in tables]
    for writer, columns in zip(writers, columns_of):
        writer.writerow(columns)
    for _, *rows in annotated_documents(seed_records, nlp):
        for writer, table_rows in zip(writers, rows):
            writer.writerows(table_rows)
    read = lambda text: pd.read_csv(
        io.StringIO(text.getvalue()), dtype=str, keep_default_na=False
    )  # noqa: E731
    return tuple(read(table) for table in tables)


@pytest.fixture(scope="session")
def seed_documents(seed_records):
    """The seeds' rows of ``results/tables/documents.csv`` that the corpus
    summaries read (``DOCUMENT_TABLE_COLUMNS``), as text, by ``doc_id``."""
    import pandas as pd

    return pd.DataFrame(
        [{c: str(r[c]) for c in DOCUMENT_TABLE_COLUMNS} for r in seed_records],
        columns=DOCUMENT_TABLE_COLUMNS,
    ).sort_values("doc_id")
