"""``python -m bench``: time newsdag on a built corpus against its targets.

For each corpus size (default 500 and 2,000 articles) in a scratch copy of
the project (``--workdir``, by default ``newsdag-bench`` in the temporary folder):

1. a full ``snakemake --cores C`` run from empty results;
2. the baseline: ``bench/baseline.py``, the same spaCy pipeline over the same
   cleaned texts with ``nlp.pipe`` on C processes (the floor of the run);
3. a no-op rerun;
4. a rerun after editing one article, and one after adding one article;
5. the peak resident memory of any process of the full run (the largest
   job, or Snakemake itself), from ``getrusage`` of the run's process tree.

Every Python process of the workflow runs (Snakemake, each job, each
notebook kernel) records its wall and CPU seconds and peak memory through
``bench/profile/sitecustomize.py``; ``bench.md`` sums them per rule for the
full run and the one-article edit, which is where the time goes.

Writes ``results/bench/bench.json`` and ``results/bench/bench.md`` and
prints the table. Targets (ratios measured in the same run, ``targets``):
up to 2,000 articles, the full run at most 1.5 × the baseline, a no-op rerun
at most 3 s; from 20,000, at most 1.3 × and 5 s; always a one-article edit or
addition at most 10 % of the full run, Snakemake's own process at most 10 %
of the full run's CPU seconds, and peak memory at most 2 GB. With two sizes
or more, ``bench.md`` also shows how each aggregate stage (a rule with one
job) grew from the smallest size to the largest: at most 12 × for 10 × the
articles (``GROWTH_LIMIT``, about linear).
"""

import argparse
import collections
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus import MissingSourceCorpora, article_file, build_corpus, source_pool
from bench.project import copy_workflow

ROOT = Path(__file__).resolve().parents[1]
PROFILE_HOOK = ROOT / "bench" / "profile"  # holds sitecustomize.py
LARGE = 20000  # articles from which the large-corpus targets apply
GROWTH_LIMIT = 12 / 10  # an aggregate stage's time growth per growth of the corpus


def targets(articles: int) -> dict:
    """The bench's targets for a corpus of ``articles`` (ratios, seconds, MB)."""
    large = articles >= LARGE
    return {"full_vs_baseline": 1.3 if large else 1.5, "noop_seconds": 5.0 if large else 3.0,
            "one_article_share": 0.10, "snakemake_cpu_share": 0.10, "peak_rss_mb": 2048}  # fmt: skip


ADDED_PARAGRAPH = (
    "In a statement on Thursday, officials said the talks would resume next week, "
    "and that both delegations had agreed to keep the details of the negotiations private."
)


def edited_article(text: str) -> str:
    """``text`` with ``ADDED_PARAGRAPH`` put before its first paragraph of
    200 or more characters: inside the body, where the parser keeps it (a
    line appended at the end could follow a comment prompt, where the body
    stops); in HTML, as a ``<p>`` of its own."""
    lines = text.split("\n")
    paragraph = lambda line: not line.startswith("<") or line.startswith("<p>")  # noqa: E731
    first = next(i for i, line in enumerate(lines) if len(line) >= 200 and paragraph(line))
    added = f"<p>{ADDED_PARAGRAPH}</p>" if lines[first].startswith("<p>") else ADDED_PARAGRAPH
    return "\n".join(lines[:first] + [added, ""] + lines[first:])


def timed(command: list[str], cwd: Path, log: Path) -> dict:
    """Run ``command`` in a child process; seconds, exit code and the peak
    RSS (MB) of its whole process tree, output saved to ``log``, and each
    Python process's own figures in ``log`` with ``.jobs.jsonl`` for ``.log``."""
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.call(sys.argv[1:])\n"
        "seconds = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': seconds, 'code': code, 'peak_rss_mb': peak}))\n"
    )
    jobs = log.with_suffix(".jobs.jsonl")
    jobs.unlink(missing_ok=True)
    env = dict(os.environ, NEWSDAG_PROFILE=str(jobs))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROFILE_HOOK), env.get("PYTHONPATH")]))
    with open(log, "w") as handle:
        done = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=handle, text=True)  # fmt: skip
    lines = done.stdout.strip().splitlines()
    handle_text = "\n".join(lines[:-1])
    with open(log, "a") as handle:
        handle.write(handle_text)
    result = json.loads(lines[-1])
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} failed; see {log}")
    return result


def process_name(ran: str) -> str:
    """What a profile line's process was: a rule (each script is named after
    its rule), Snakemake itself, or a notebook kernel."""
    names = {"-m snakemake": "snakemake itself", "-m ipykernel_launcher": "notebook kernels"}
    return names.get(ran, ran.removesuffix(".py"))


def job_profile(jobs: Path) -> list[dict]:
    """Per rule (or process kind): processes, wall and CPU seconds summed,
    and the largest peak RSS (MB), most wall time first. Empty when the
    profile file is missing (no Python process ran)."""
    totals = collections.defaultdict(lambda: {"processes": 0, "wall_seconds": 0.0,
                                              "cpu_seconds": 0.0, "peak_rss_mb": 0.0})  # fmt: skip
    lines = jobs.read_text().splitlines() if jobs.exists() else []
    for line in lines:
        record = json.loads(line)
        if record["ran"] == "-c":
            continue  # the timing probe of ``timed``, not part of the run
        total = totals[process_name(record["ran"])]
        total["processes"] += 1
        total["wall_seconds"] += record["wall_seconds"]
        total["cpu_seconds"] += record["cpu_seconds"]
        total["peak_rss_mb"] = max(total["peak_rss_mb"], record["peak_rss_mb"])
    rows = [{"process": name, **{k: round(v, 1) for k, v in t.items()}}
            for name, t in totals.items()]  # fmt: skip
    return sorted(rows, key=lambda r: (-r["wall_seconds"], r["process"]))


def jobs_run(log: Path) -> int:
    """Jobs Snakemake ran, from its ``N of M steps`` lines (0 for none)."""
    steps = re.findall(r"(\d+) of (\d+) steps", log.read_text())
    return int(steps[-1][1]) if steps else 0


def fresh_project(folder: Path, n: int, seed: int, seeds_only: bool = False) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    copy_workflow(folder)
    build_corpus(folder / "corpus", n, seed, seeds_only)
    return folder


def bench_size(
    n: int,
    cores: int,
    seed: int,
    workdir: Path,
    logs: Path,
    shards: int | None = None,
    seeds_only: bool = False,
) -> dict:
    """Time one corpus size; ``shards`` overrides the config's shard count,
    ``seeds_only`` builds the corpus from the seeds alone."""
    project = fresh_project(workdir / f"n{n}", n, seed, seeds_only)
    config = ["corpus=corpus"] + ([f"shards={shards}"] if shards else [])
    snakemake = [sys.executable, "-m", "snakemake", "--cores", str(cores), "--config", *config]
    log = lambda name: logs / f"n{n}_{name}.log"  # noqa: E731
    print(f"[bench] {n} articles: full run", flush=True)
    full = timed(snakemake, project, log("full"))
    print(f"[bench] {n} articles: baseline", flush=True)
    baseline = timed(
        [sys.executable, str(ROOT / "bench" / "baseline.py"), "results/corpus/documents.jsonl",
         "--processes", str(cores)],
        project, log("baseline"),
    )  # fmt: skip
    noop = timed(snakemake, project, log("noop"))
    first = sorted((project / "corpus").iterdir())[0]
    first.write_text(edited_article(first.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"[bench] {n} articles: one article edited", flush=True)
    edit = timed(snakemake, project, log("edit"))
    if ADDED_PARAGRAPH not in (project / "results/corpus/documents.jsonl").read_text():
        raise SystemExit(f"the edit to {first.name} did not reach its parsed body")
    titles, paragraphs = source_pool(seeds_only)
    name, text = article_file(n, seed, titles, paragraphs)
    (project / "corpus" / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"[bench] {n} articles: one article added", flush=True)
    add = timed(snakemake, project, log("add"))
    return {
        "articles": n,
        "full_seconds": round(full["seconds"], 2),
        "baseline_seconds": round(baseline["seconds"], 2),
        "full_vs_baseline": round(full["seconds"] / baseline["seconds"], 3),
        "noop_seconds": round(noop["seconds"], 2),
        "edit_seconds": round(edit["seconds"], 2),
        "edit_share": round(edit["seconds"] / full["seconds"], 3),
        "edit_jobs": jobs_run(log("edit")),
        "add_seconds": round(add["seconds"], 2),
        "add_share": round(add["seconds"] / full["seconds"], 3),
        "add_jobs": jobs_run(log("add")),
        "full_jobs": jobs_run(log("full")),
        "peak_rss_mb": round(max(full["peak_rss_mb"], edit["peak_rss_mb"], add["peak_rss_mb"])),
        "baseline_peak_rss_mb": round(baseline["peak_rss_mb"]),
        "profile": {name: job_profile(log(name).with_suffix(".jobs.jsonl"))
                    for name in ("full", "edit")},  # fmt: skip
    }


def snakemake_cpu_share(profile: list[dict]) -> float:
    """Snakemake's own process's CPU seconds over all the run's (0 to 1);
    0 for an empty profile."""
    total = sum(r["cpu_seconds"] for r in profile)
    own = sum(r["cpu_seconds"] for r in profile if r["process"] == "snakemake itself")
    return round(own / total, 3) if total else 0.0


def verdicts(row: dict) -> dict:
    goal = targets(row["articles"])
    return {
        "full_vs_baseline": row["full_vs_baseline"] <= goal["full_vs_baseline"],
        "noop_seconds": row["noop_seconds"] <= goal["noop_seconds"],
        "one_article_share": max(row["edit_share"], row["add_share"])
        <= goal["one_article_share"],
        "snakemake_cpu_share": snakemake_cpu_share(row["profile"]["full"])
        <= goal["snakemake_cpu_share"],
        "peak_rss_mb": row["peak_rss_mb"] <= goal["peak_rss_mb"],
    }  # fmt: skip


def stage_growth(small: dict, large: dict) -> list[dict]:
    """For each aggregate stage (a rule that ran as one job in both full
    runs), its wall seconds at both sizes and their ratio, with whether the
    ratio is within ``GROWTH_LIMIT`` times the growth of the corpus; slowest
    at the large size first."""
    one_job = lambda row: {
        r["process"]: r
        for r in row["profile"]["full"]  # noqa: E731
        if r["processes"] == 1 and r["process"] != "snakemake itself"
    }
    before, after = one_job(small), one_job(large)
    limit = GROWTH_LIMIT * large["articles"] / small["articles"]
    rows = []
    for name in sorted(before.keys() & after.keys()):
        ratio = after[name]["wall_seconds"] / max(before[name]["wall_seconds"], 0.1)
        rows.append({"process": name, "small_seconds": before[name]["wall_seconds"],
                     "large_seconds": after[name]["wall_seconds"], "ratio": round(ratio, 2),
                     "met": ratio <= limit})  # fmt: skip
    return sorted(rows, key=lambda r: (-r["large_seconds"], r["process"]))


def growth_table(small: dict, large: dict) -> str:
    """``stage_growth`` as a markdown table."""
    limit = GROWTH_LIMIT * large["articles"] / small["articles"]
    lines = [
        f"\n### Aggregate stages from {small['articles']:,} to {large['articles']:,} articles\n",
        f"| stage | {small['articles']:,}: wall s | {large['articles']:,}: wall s "
        f"| growth (≤ {limit:.0f} ×) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for r in stage_growth(small, large):
        lines.append(f"| {r['process']} | {r['small_seconds']:.1f} | {r['large_seconds']:.1f} "
                     f"| {r['ratio']:.1f} {'met' if r['met'] else '**missed**'} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def markdown_table(rows: list[dict]) -> str:
    mark = lambda ok: "met" if ok else "**missed**"  # noqa: E731
    lines = [
        "| articles | full run | baseline (spaCy only) | full / baseline (≤ 1.5; 1.3 from 20,000) "
        "| no-op (≤ 3 s; 5 s) | edit one (≤ 10 %) | add one (≤ 10 %) "
        "| Snakemake's CPU (≤ 10 %) | peak RSS (≤ 2 GB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        ok = verdicts(row)
        lines.append(
            f"| {row['articles']:,} | {row['full_seconds']:.1f} s ({row['full_jobs']} jobs) "
            f"| {row['baseline_seconds']:.1f} s | {row['full_vs_baseline']:.2f} "
            f"{mark(ok['full_vs_baseline'])} | {row['noop_seconds']:.2f} s "
            f"{mark(ok['noop_seconds'])} | {row['edit_seconds']:.1f} s = "
            f"{100 * row['edit_share']:.1f} % ({row['edit_jobs']} jobs) "
            f"| {row['add_seconds']:.1f} s = {100 * row['add_share']:.1f} % "
            f"({row['add_jobs']} jobs) {mark(ok['one_article_share'])} "
            f"| {100 * snakemake_cpu_share(row['profile']['full']):.1f} % "
            f"{mark(ok['snakemake_cpu_share'])} "
            f"| {row['peak_rss_mb']:,} MB {mark(ok['peak_rss_mb'])} |"
        )
    return "\n".join(lines) + "\n"


def profile_table(row: dict) -> str:
    """Where the time went in the full run and the one-article edit, per
    rule: wall seconds summed over its jobs (they overlap on several cores),
    CPU seconds and the largest job's peak memory."""
    lines = [
        f"\n### {row['articles']:,} articles: where the time goes\n",
        "| process | full run: jobs | wall s | CPU s | peak MB | edit one: jobs | wall s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    edit = {r["process"]: r for r in row["profile"]["edit"]}
    for r in row["profile"]["full"]:
        e = edit.get(r["process"], {"processes": 0, "wall_seconds": 0.0})
        lines.append(
            f"| {r['process']} | {r['processes']} | {r['wall_seconds']:.1f} "
            f"| {r['cpu_seconds']:.1f} | {r['peak_rss_mb']:.0f} | {e['processes']} "
            f"| {e['wall_seconds']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--shards", type=int, help="shard count (default: the config's)")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "newsdag-bench"),
                        help="scratch folder for the project copies (emptied per size)")  # fmt: skip
    parser.add_argument("--out", default=str(ROOT / "results" / "bench"))
    parser.add_argument("--build-only", metavar="FOLDER", help="only write the corpus there")
    parser.add_argument("--seeds-only", action="store_true",
                        help="build from the five seeds alone: nearly every article then shares "
                        "passages with every other (a stress test of reuse detection)")  # fmt: skip
    args = parser.parse_args(argv)
    try:
        source_pool(args.seeds_only)
    except MissingSourceCorpora as missing:
        parser.error(str(missing))
    if args.build_only:
        for n in args.articles:
            build_corpus(Path(args.build_only) / f"n{n}", n, args.seed, args.seeds_only)
        return
    out = Path(args.out).resolve()  # the profile hook writes from the project copy
    logs = out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    rows = [bench_size(n, args.cores, args.seed, Path(args.workdir), logs, args.shards,
                       args.seeds_only) for n in args.articles]  # fmt: skip
    report = {
        "cores": args.cores,
        "shards": args.shards,
        "seed": args.seed,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "targets": {str(row["articles"]): targets(row["articles"]) for row in rows},
        "runs": rows,
        "met": {str(row["articles"]): verdicts(row) for row in rows},
    }
    (out / "bench.json").write_text(json.dumps(report, indent=2) + "\n")
    table = markdown_table(rows) + "".join(profile_table(row) for row in rows)
    if len(rows) >= 2:
        table += growth_table(rows[0], rows[-1])
    (out / "bench.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
