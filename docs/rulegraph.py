"""Draw newsdag's data flow for docs/architecture.md from the workflow itself.

Asks Snakemake for the rule graph (``snakemake --rulegraph dot``) and writes
it as a Mermaid flowchart (GitHub and most markdown viewers draw it): one box
per rule, grouped by the stage file that defines it (``workflow/rules/*.smk``,
in the Snakefile's include order, titled by each file's ``# Stage N: ...``
line), one arrow per dependency. Arrows into the stages that read every
table (the manifest and the report) are drawn from whole stages, to keep the
figure legible. Rules and arrows are sorted, so the same workflow always
gives the same text.

    .venv/bin/python docs/rulegraph.py          # rewrite the figure in docs/architecture.md
    .venv/bin/python docs/rulegraph.py --check  # exit 1 if it is out of date (a test runs this)
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DOC = PROJECT / "docs" / "architecture.md"
BEGIN = "<!-- rulegraph: begin (docs/rulegraph.py writes this block) -->"
END = "<!-- rulegraph: end -->"


def rule_graph_dot() -> str:
    """The rule graph in Graphviz dot, as ``snakemake --rulegraph dot`` prints it."""
    command = [sys.executable, "-m", "snakemake", "--rulegraph", "dot", "--quiet", "all"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=True)
    return done.stdout


def edges_of(dot: str) -> set[tuple[str, str]]:
    """``(upstream, downstream)`` rule pairs of a dot rule graph, without
    ``all`` (the target, not a step)."""
    names = dict(re.findall(r'^\s*(\d+)\[label = "(\w+)"', dot, re.M))
    pairs = {(names[a], names[b]) for a, b in re.findall(r"^\s*(\d+) -> (\d+)", dot, re.M)}
    return {(a, b) for a, b in pairs if "all" not in (a, b)}


def stages() -> list[tuple[str, str, list[str]]]:
    """``(file stem, title, rules)`` of each stage file, in include order."""
    snakefile = (PROJECT / "Snakefile").read_text()
    found = []
    for include in re.findall(r'^include: "workflow/rules/(\w+)\.smk"', snakefile, re.M):
        text = (PROJECT / "workflow" / "rules" / f"{include}.smk").read_text()
        rules = re.findall(r"^rule (\w+):", text, re.M)
        title = re.search(r"^# (Stage \d+: [^.\n]*)", text, re.M)
        if rules:
            found.append((include, title.group(1) if title else include, rules))
    return found


def mermaid(edges: set[tuple[str, str]], gathering=("manifest", "report")) -> str:
    """The flowchart: a subgraph per stage holding the rules in the graph;
    an arrow into a rule of a ``gathering`` stage starts at the source's
    stage (once per stage) unless both are in the same stage."""
    in_graph = {rule for edge in edges for rule in edge}
    stage_of = {rule: stem for stem, _, rules in stages() for rule in rules}
    lines = ["```mermaid", "flowchart TD"]
    for stem, title, rules in stages():
        shown = [rule for rule in rules if rule in in_graph]
        if shown:
            lines.append(f'    subgraph {stem}["{title}"]')
            lines.extend(f"        {rule}" for rule in shown)
            lines.append("    end")
    arrows = set()
    for a, b in edges:
        gathered = stage_of[b] in gathering and stage_of[a] != stage_of[b]
        arrows.add((stage_of[a] if gathered else a, b))
    lines.extend(f"    {a} --> {b}" for a, b in sorted(arrows))
    lines.append("```")
    return "\n".join(lines)


def with_figure(doc: str, figure: str) -> str:
    """``doc`` with the text between the BEGIN and END markers replaced."""
    start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    return doc[:start] + "\n" + figure + "\n" + doc[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check, exit 1 if stale")
    args = parser.parse_args(argv)
    doc = DOC.read_text()
    updated = with_figure(doc, mermaid(edges_of(rule_graph_dot())))
    if args.check:
        if updated != doc:
            print(f"{DOC.relative_to(PROJECT)} is out of date: run python docs/rulegraph.py")
            return 1
        return 0
    DOC.write_text(updated)
    return 0


if __name__ == "__main__":
    sys.exit(main())
