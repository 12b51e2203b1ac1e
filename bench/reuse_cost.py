"""What finding shared passages (rule ``find_reuse``) costs as the corpus
grows: wall seconds and peak memory of ``scripts/find_reuse.py`` on built
bench corpora of 2,000 and 10,000 articles, and on 10,000 articles built
from the five seeds alone (``--seeds-only 10000``), where nearly every
article shares passages with every other. Goals: under 2 GB everywhere, and
at most 5 times the 2,000-article time at 10,000 (linear is 5).

Each corpus is built by ``bench.corpus`` into a project copy under
``--workdir`` and run through the workflow up to the spaCy pass
(``annotate_articles``) and ``results/corpus/documents.jsonl``: about 10
minutes for each 10,000 articles on 2 cores, once; a second call reuses the
built projects and only times ``find_reuse``::

    .venv/bin/python -m bench.reuse_cost --articles 2000 10000 --seeds-only 10000

Writes ``results/bench/reuse_cost.json``.
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.actor_cost import timed_child
from bench.corpus import build_corpus
from bench.project import copy_workflow

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "find_reuse.py"
GOAL_MB = 2048
GOAL_GROWTH = 5.0  # 10,000 articles against 2,000


def prepared_project(folder: Path, n: int, seeds_only: bool, cores: int) -> Path:
    """A project copy in ``folder`` with a built corpus of ``n`` articles
    run up to the inputs of ``find_reuse``; built once, then reused."""
    if not folder.exists():
        copy_workflow(folder)
        build_corpus(folder / "corpus", n, seeds_only=seeds_only)
    snakemake = [sys.executable, "-m", "snakemake", "--cores", str(cores)]
    config = ["--config", "corpus=corpus"]  # last: --config takes every word after it
    with open(folder / "prepare.log", "w") as log:
        for target in (["--until", "annotate_articles"], ["results/corpus/documents.jsonl"]):
            subprocess.run([*snakemake, *target, *config], cwd=folder, stdout=log, stderr=log,
                           check=True)  # fmt: skip
    return folder


def timed_reuse(project: Path, max_partners: int) -> dict:
    """Seconds, peak MB, pairs and passages of one ``find_reuse`` run."""
    sentences = sorted(str(p) for p in (project / "results" / "shards").glob("*/sentences.csv"))
    with tempfile.TemporaryDirectory(prefix="reuse-cost-") as scratch:
        command = [sys.executable, str(SCRIPT), str(project / "results/corpus/documents.jsonl"),
                   "--sentences", *sentences, "--out-dir", scratch,
                   "--max-partners", str(max_partners)]  # fmt: skip
        seconds, peak_mb = timed_child(command)
        pairs, passages = (table_rows(Path(scratch) / name)
                           for name in ("reuse_pairs.csv", "shared_passages.csv"))  # fmt: skip
    return {"seconds": round(seconds, 2), "peak_mb": round(peak_mb, 1), "pairs": pairs,
            "passages": passages}  # fmt: skip


def table_rows(path: Path) -> int:
    """Rows of a CSV table, header aside (a cell may hold line breaks)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def verdicts(runs: list[dict]) -> list[str]:
    """``MISSED ...`` lines: a run over ``GOAL_MB``, or 10,000 built articles
    taking more than ``GOAL_GROWTH`` times 2,000's time."""
    missed = [f"MISSED: {r['corpus']} peaked at {r['peak_mb']:.0f} MB > {GOAL_MB} MB"
              for r in runs if r["peak_mb"] > GOAL_MB]  # fmt: skip
    built = {r["articles"]: r["seconds"] for r in runs if not r["seeds_only"]}
    if 2000 in built and 10000 in built and built[10000] > GOAL_GROWTH * built[2000]:
        missed.append(f"MISSED: 10,000 articles took {built[10000] / built[2000]:.1f} times "
                      f"2,000's time > {GOAL_GROWTH}")  # fmt: skip
    return missed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[2000, 10000])
    parser.add_argument("--seeds-only", type=int, nargs="*", default=[10000],
                        help="sizes of corpora built from the five seeds alone")  # fmt: skip
    parser.add_argument("--max-partners", type=int, default=20)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "newsdag-reuse-cost")  # fmt: skip
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "reuse_cost.json")
    args = parser.parse_args(argv)
    sizes = [(n, False) for n in args.articles] + [(n, True) for n in args.seeds_only]
    runs = []
    for n, seeds_only in sizes:
        name = f"{'seeds' if seeds_only else 'built'}-{n}"
        print(f"[reuse_cost] {name}: preparing", flush=True)
        project = prepared_project(args.workdir / name, n, seeds_only, args.cores)
        run = {"corpus": name, "articles": n, "seeds_only": seeds_only,
               "max_partners": args.max_partners, **timed_reuse(project, args.max_partners)}  # fmt: skip
        print(f"find_reuse on {name}: {run['seconds']:.1f} s, {run['peak_mb']:.0f} MB peak, "
              f"{run['pairs']:,} pairs of articles", flush=True)  # fmt: skip
        runs.append(run)
    for line in verdicts(runs):
        print(line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(runs, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
