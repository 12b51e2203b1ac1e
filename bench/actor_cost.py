"""What corpus-level actor resolution (rule ``resolve_actors``) costs at
``--articles`` articles: wall seconds and peak memory of
``scripts/resolve_actors.py`` against goals of 60 s and 1 GB.

Replicates the mentions and documents of a finished BASIL run (``--results``,
300 articles) until there are ``--articles`` documents: copy ``k`` suffixes
every doc id with ``-c{k:04d}`` and moves its dates ``7 * k`` days on, so the
copies spread over time. So that the people grow with the corpus, as they do
in a real one, every ``--copies-per-cast`` copies get a new cast: each
person's surname gets a prefix of that cast ("Trump" -> "Btrump"), which
puts it in another block of the name matching too. Writes them as 16 shard ``mentions.csv`` files and one
``documents.csv`` in a scratch folder, runs the script on them in a child
process, prints one line and writes ``--out`` (JSON)::

    .venv/bin/python -m bench.actor_cost --results results --articles 20000
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

from newsdag.io import read_rows, write_rows

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "resolve_actors.py"
GOAL_SECONDS = 60
GOAL_MB = 1024
SHARDS = 16
DAYS_PER_COPY = 7


def copy_id(doc_id: str, copy: int) -> str:
    """``doc_id`` of copy number ``copy`` (0-based): ``"{doc_id}-c{copy:04d}"``."""
    return f"{doc_id}-c{copy:04d}"


def shifted_date(iso_date: str, days: int) -> str:
    """An ISO ``YYYY-MM-DD`` date ``days`` days later; ``""`` (no date) stays ``""``.
    Raises ``ValueError`` for anything else."""
    if not iso_date:
        return ""
    return (date.fromisoformat(iso_date) + timedelta(days=days)).isoformat()


def cast_prefix(cast: int) -> str:
    """The surname prefix of cast number ``cast``: "" for 0, then "B" ..
    "Z", "BB" ...: letters of ``cast`` in base 25 (no "A")."""
    letters = ""
    while cast:
        cast, digit = divmod(cast - 1, 25)
        letters = "BCDEFGHIJKLMNOPQRSTUVWXYZ"[digit] + letters
    return letters


def recast(text: str, surname: str, prefix: str) -> str:
    """``text`` with the word ``surname`` given ``prefix`` ("Trump", "Btrump")."""
    if not prefix or not surname:
        return text
    return re.sub(rf"\b{re.escape(surname)}\b", prefix + surname.lower(), text)


def copied_row(row: dict[str, str], copy: int, copies_per_cast: int = 0) -> dict[str, str]:
    """A mention or document row as copy ``copy`` has it: its ``doc_id``
    suffixed and its ``date``, if the table has one, ``DAYS_PER_COPY * copy``
    days later; a PERSON mention's surname (the last word of its ``name``)
    recast when ``copies_per_cast`` (``cast_prefix(copy // copies_per_cast)``);
    every other column as it is."""
    new = {**row, "doc_id": copy_id(row["doc_id"], copy)}
    if "date" in row:
        new["date"] = shifted_date(row["date"], DAYS_PER_COPY * copy)
    if copies_per_cast and row.get("name_type") == "PERSON" and row.get("name"):
        surname, prefix = row["name"].split()[-1], cast_prefix(copy // copies_per_cast)
        new["name"], new["text"] = recast(row["name"], surname, prefix), recast(
            row.get("text", ""), surname, prefix
        )
    return new


def document_copies(doc_ids: list[str], n_articles: int) -> Iterator[tuple[int, str]]:
    """``(copy, original doc_id)`` for the first ``n_articles`` documents of
    ``doc_ids`` repeated copy after copy; the last copy holds the first
    ``n_articles % len(doc_ids)`` of them when that is not 0. Nothing for
    ``n_articles <= 0``; ``ValueError`` when there are articles to make and no
    ``doc_ids`` to make them from."""
    if n_articles > 0 and not doc_ids:
        raise ValueError("no documents to replicate")
    for index in range(max(n_articles, 0)):
        yield index // len(doc_ids), doc_ids[index % len(doc_ids)]


def replicated_documents(documents: list[dict[str, str]], n_articles: int) -> Iterator[dict]:
    """``n_articles`` rows of ``documents.csv``: its rows copied, copy after copy."""
    by_id = {row["doc_id"]: row for row in documents}
    for copy, doc_id in document_copies(list(by_id), n_articles):
        yield copied_row(by_id[doc_id], copy)


def replicated_mentions(
    mentions_by_doc: dict[str, list[dict[str, str]]],
    doc_ids: list[str],
    n_articles: int,
    shard: int = 0,
    n_shards: int = 1,
    copies_per_cast: int = 0,
) -> Iterator[dict]:
    """The mention rows of shard ``shard`` of ``n_shards`` of the replicated
    corpus: those of every ``n_shards``-th copied document, starting at
    ``shard``, in the order of ``document_copies(doc_ids, n_articles)``.
    Mentions of documents not in ``doc_ids`` are left out (the resolver keeps
    only mentions of kept documents)."""
    for index, (copy, doc_id) in enumerate(document_copies(doc_ids, n_articles)):
        if index % n_shards == shard:
            for row in mentions_by_doc.get(doc_id, ()):
                yield copied_row(row, copy, copies_per_cast)


def mention_count(
    mentions_by_doc: dict[str, list[dict[str, str]]], doc_ids: list[str], n_articles: int
) -> int:
    """How many mention rows the replicated corpus has, over all shards."""
    return sum(len(mentions_by_doc.get(d, ())) for _, d in document_copies(doc_ids, n_articles))


def header(path: Path) -> list[str]:
    """The column names of a CSV table (its first line)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle), [])


def union_of_columns(tables: Iterable[list[str]]) -> list[str]:
    """Every column of the tables, in first-seen order."""
    return list(dict.fromkeys(column for columns in tables for column in columns))


def mentions_by_document(paths: list[Path]) -> dict[str, list[dict[str, str]]]:
    """The rows of every mention table, grouped by ``doc_id``."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for path in paths:
        for row in read_rows(path):
            grouped.setdefault(row["doc_id"], []).append(row)
    return grouped


def write_corpus(
    results: Path, folder: Path, n_articles: int, copies_per_cast: int = 0
) -> tuple[list[Path], Path, int]:
    """Write the replicated corpus under ``folder``: ``SHARDS`` mention files
    and one ``documents.csv``. Returns those paths and the mention count."""
    documents = read_rows(results / "tables" / "documents.csv")
    doc_ids = list(dict.fromkeys(row["doc_id"] for row in documents))
    sources = sorted((results / "shards").glob("*/mentions.csv"))
    if not sources:
        raise SystemExit(f"no shards/*/mentions.csv in {results}")
    by_doc = mentions_by_document(sources)
    columns = union_of_columns(header(path) for path in sources)
    paths = [folder / "shards" / f"{shard:03d}" / "mentions.csv" for shard in range(SHARDS)]
    for shard, path in enumerate(paths):
        rows = replicated_mentions(by_doc, doc_ids, n_articles, shard, SHARDS, copies_per_cast)
        write_rows(rows, columns, path)
    documents_path = folder / "tables" / "documents.csv"
    write_rows(replicated_documents(documents, n_articles), list(documents[0]), documents_path)
    return paths, documents_path, mention_count(by_doc, doc_ids, n_articles)


def timed_child(command: list[str]) -> tuple[float, float]:
    """Run ``command``; its wall seconds and its own peak resident memory in
    MB (``ru_maxrss`` of this child alone, from ``os.wait4``; KB on Linux).
    Raises ``CalledProcessError`` if it fails."""
    start = time.perf_counter()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return seconds, usage.ru_maxrss / 1024


def verdicts(seconds: float, peak_mb: float) -> list[str]:
    """One ``MISSED ...`` line per goal the run missed; none when both are met."""
    missed = []
    if seconds > GOAL_SECONDS:
        missed.append(f"MISSED: time goal, {seconds:.1f} s > {GOAL_SECONDS} s")
    if peak_mb > GOAL_MB:
        missed.append(f"MISSED: memory goal, {peak_mb:.0f} MB > {GOAL_MB} MB")
    return missed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--results", type=Path, required=True, help="a finished BASIL run's results/"
    )
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--copies-per-cast", type=int, default=4,
                        help="copies sharing one cast of people (0: one cast for all)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "actor_cost.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="actor-cost-") as scratch:
        folder = Path(scratch)
        paths, documents, n_mentions = write_corpus(
            args.results, folder, args.articles, args.copies_per_cast
        )
        command = [sys.executable, str(SCRIPT), *map(str, paths), "--documents", str(documents),
                   "--out-dir", str(folder / "out")]  # fmt: skip
        seconds, peak_mb = timed_child(command)
        n_actors = sum(1 for _ in read_rows(folder / "out" / "actors.csv"))
    print(
        f"resolve_actors on {args.articles:,} articles ({n_mentions:,} mentions): "
        f"{seconds:.1f} s, {peak_mb:.0f} MB peak (goals: {GOAL_SECONDS} s, {GOAL_MB} MB); "
        f"{n_actors:,} actors"
    )
    for line in verdicts(seconds, peak_mb):
        print(line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    numbers = {"articles": args.articles, "mentions": n_mentions, "actors": n_actors,
               "copies_per_cast": args.copies_per_cast, "shards": SHARDS,
               "seconds": round(seconds, 2), "peak_mb": round(peak_mb, 1),
               "goal_seconds": GOAL_SECONDS, "goal_mb": GOAL_MB,
               "met_seconds": seconds <= GOAL_SECONDS, "met_mb": peak_mb <= GOAL_MB}  # fmt: skip
    args.out.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
