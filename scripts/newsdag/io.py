"""Small helpers every newsdag script uses: logging, hashing, tables.

pandas is imported only by the helpers that need it: the per-shard jobs run
once per shard and skip its half-second import (see bench/).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"
# A long job logs how far it is at least this often (seconds), so a user
# watching its log file sees it is alive.
PROGRESS_SECONDS = 20.0


def configure_logging(log_path: str | os.PathLike | None = None) -> None:
    """Send log records to ``log_path`` (the rule's log file) or to stderr.

    The format has no timestamps, so a log is as reproducible as the run.
    """
    handlers = [logging.FileHandler(log_path, mode="w", encoding="utf-8")] if log_path else None
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, handlers=handlers, force=True)


def logged_progress(
    items, log: logging.Logger, what: str, total: int | None = None,
    every: float = PROGRESS_SECONDS, clock=time.monotonic,
):  # fmt: skip
    """Yield ``items`` unchanged, and log ``"<what>: N of TOTAL after S s"``
    at INFO each time ``every`` seconds have passed since the start or the
    last such line (counted after the caller is done with an item). A job
    shorter than ``every`` logs nothing, so short runs keep their logs as
    they were; a long one shows in its log file that it is alive. The
    timings make those lines differ between runs: they are in logs only,
    never in tables."""
    start = last = clock()
    done = 0
    for item in items:
        yield item
        done += 1
        now = clock()
        if now - last >= every:
            last = now
            of = f" of {total:,}" if total is not None else ""
            log.info("%s: %s%s after %.0f s", what, f"{done:,}", of, now - start)


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | os.PathLike, chunk_size: int = 1 << 20) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def read_tsv_rows(path: str | os.PathLike) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line, as dicts of strings.

    Lines starting with ``#`` are comments; missing cells are ``""``.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def write_table(frame: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write a CSV table the same way every time: UTF-8, ``\\n`` line ends,
    no index, floats with 6 significant digits. Callers sort rows first."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", float_format="%.6g")


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a table written by ``write_table``; every column as text, empty
    cells as ``""`` (not NaN), so ids like ``007`` keep their zeros."""
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def read_rows(path: str | os.PathLike) -> list[dict[str, str]]:
    """The rows of a table written by ``write_table`` or ``write_rows`` as
    dicts of text, like ``read_table`` but without pandas."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@contextlib.contextmanager
def row_writer(path: str | os.PathLike, columns: list[str]):
    """A ``csv.DictWriter`` of ``path``, header written, for rows written
    one at a time (a table too large to hold); the file is formatted as
    ``write_rows`` writes it."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        yield writer


def write_rows(rows, columns: list[str], path: str | os.PathLike) -> None:
    """Write dict rows as a CSV table in ``columns`` order, as ``write_table``
    writes text columns (UTF-8, ``\\n`` line ends, minimal quoting); a header
    only for no rows. Callers sort rows first."""
    with row_writer(path, columns) as writer:
        writer.writerows(rows)


def write_jsonl(records, path: str | os.PathLike) -> int:
    """Write one JSON object per line (UTF-8, keys in the given order);
    returns the number of lines."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def line_count(path: str | os.PathLike) -> int:
    """Non-blank lines of a text file (the records of a JSON-lines file),
    counted without parsing them."""
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def read_jsonl(path: str | os.PathLike):
    """Yield the objects of a JSON-lines file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
