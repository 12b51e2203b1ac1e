"""What a many-article file costs the parse stage: every shard job reads it.

Writes BASIL's 300 articles ``--copies`` times into one JSON Lines file
(each copy with its own ids), then parses it as the workflow's shard jobs do,
one shard after another, and reports the time and peak memory of reading the
file in every shard against parsing its records once::

    .venv/bin/python -m bench.records --copies 20 --shards 16
"""

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from newsdag.corpus.articles import parse_files
from newsdag.io import read_tsv_rows
from newsdag.text.metadata import read_agencies
from newsdag.text.records import read_records

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"


def write_jsonl(path: Path, copies: int) -> int:
    """BASIL ``copies`` times as one JSON Lines file; returns the record count."""
    articles = {p.stem: json.loads(p.read_text()) for p in sorted(BASIL.rglob("*.json"))}
    with open(path, "w", encoding="utf-8") as handle:
        for copy in range(copies):  # BASIL's uuid is "empty" for a few: ids from file names
            for stem, article in articles.items():
                handle.write(json.dumps({**article, "uuid": f"{stem}-{copy}"}) + "\n")
    return copies * len(articles)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--shards", type=int, default=16)
    args = parser.parse_args(argv)
    agencies = read_agencies(read_tsv_rows(ROOT / "workflow/resources/wire_agencies.tsv"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "basil.jsonl"
        n = write_jsonl(path, args.copies)
        start = time.perf_counter()
        assert sum(1 for _ in read_records(path)) == n
        read_once = time.perf_counter() - start
        start = time.perf_counter()
        parsed = 0
        for shard in range(args.shards):
            records, skipped = parse_files([], agencies, [("basil", str(path))], shard=shard,
                                           n_shards=args.shards, latest_date="2019-12-31")  # fmt: skip
            parsed += len(records)
        total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n:,} records in one JSONL file ({path.name}), {args.shards} shards")
    print(
        f"reading the file once: {read_once:.2f} s; in every shard: {args.shards * read_once:.1f} s"
    )
    print(f"parsing all shards one after another: {total:.1f} s ({parsed:,} articles kept)")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
