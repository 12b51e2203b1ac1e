"""What grouping articles into stories (rule ``group_stories``) costs at
2,000 and 20,000 articles: wall seconds and peak memory of
``scripts/group_stories.py``, against goals of 60 s and 2 GB at 20,000, and
how the time grows (about tenfold for ten times the articles is linear).

Replicates the kept articles and mentions of a finished BASIL run
(``--results``, 300 articles) as ``bench/actor_cost.py`` does: copy ``k``
suffixes every doc id with ``-c{k:04d}`` and moves its dates ``7 * k`` days
on, so the copies spread over time as a real corpus's articles do::

    .venv/bin/python -m bench.story_cost --results results
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench.actor_cost import copied_row, document_copies, mentions_by_document, timed_child
from newsdag.io import read_jsonl, write_jsonl, write_rows

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "group_stories.py"
GOAL_SECONDS = 60
GOAL_MB = 2048


def write_story_corpus(results: Path, folder: Path, n_articles: int) -> tuple[Path, Path]:
    """Write ``n_articles`` replicated articles (``documents.jsonl``) and
    their mentions (``mentions.csv``) under ``folder``; return both paths."""
    documents = {
        record["doc_id"]: record for record in read_jsonl(results / "corpus" / "documents.jsonl")
    }
    mentions = mentions_by_document([results / "tables" / "mentions.csv"])
    columns = list(next(iter(mentions.values()))[0])
    copies = list(document_copies(sorted(documents), n_articles))
    documents_path, mentions_path = folder / "documents.jsonl", folder / "mentions.csv"
    write_jsonl((copied_row(documents[d], k) for k, d in copies), documents_path)
    rows = (copied_row(row, k) for k, d in copies for row in mentions.get(d, ()))
    write_rows(rows, columns, mentions_path)
    return documents_path, mentions_path


def timed_run(results: Path, n_articles: int) -> dict:
    """``{"articles", "seconds", "peak_mb", "stories"}`` of one run."""
    with tempfile.TemporaryDirectory(prefix="story-cost-") as scratch:
        folder = Path(scratch)
        documents, mentions = write_story_corpus(results, folder, n_articles)
        command = [sys.executable, str(SCRIPT), str(documents), str(mentions),
                   "--out-dir", str(folder / "out")]  # fmt: skip
        seconds, peak_mb = timed_child(command)
        stories = sum(1 for _ in open(folder / "out" / "story_labels.csv", encoding="utf-8")) - 1
    return {"articles": n_articles, "seconds": round(seconds, 2), "peak_mb": round(peak_mb, 1),
            "stories": stories}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--results", type=Path, required=True, help="a finished BASIL run's results/"
    )
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "story_cost.json")
    args = parser.parse_args(argv)
    runs = [timed_run(args.results, n) for n in args.articles]
    for run in runs:
        print(f"group_stories on {run['articles']:,} articles: {run['seconds']:.1f} s, "
              f"{run['peak_mb']:.0f} MB peak, {run['stories']:,} stories")  # fmt: skip
    if len(runs) >= 2:
        growth = runs[-1]["seconds"] / runs[0]["seconds"]
        size = runs[-1]["articles"] / runs[0]["articles"]
        print(f"time grew {growth:.1f} times for {size:.0f} times the articles "
              f"(goals at {runs[-1]['articles']:,}: {GOAL_SECONDS} s, {GOAL_MB} MB)")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(runs, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
