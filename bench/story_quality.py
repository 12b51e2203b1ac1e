"""How well newsdag's stories match BASIL's events: every BASIL article
names its event (``triplet-uuid``, the three outlets' articles on it).

    .venv/bin/snakemake --cores 2 --configfile config/examples/basil.yaml
    .venv/bin/python -m bench.story_quality results/tables

Prints the adjusted Rand index of the stories against the events (1 = the
same grouping, 0 = no better than chance; goal at least 0.95) and how many
events are kept whole: all their articles in one story holding nothing else.
"""

import argparse
import json
import sys
from collections import Counter
from math import comb
from pathlib import Path

from newsdag.io import read_table

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"
GOAL_ARI = 0.95


def adjusted_rand_index(truth: list, found: list) -> float:
    """Hubert and Arabie's adjusted Rand index of two labelings of the same
    items (1.0 when both put every item alone or together alike)."""
    pairs = comb(len(truth), 2)
    both = sum(comb(n, 2) for n in Counter(zip(truth, found)).values())
    in_truth = sum(comb(n, 2) for n in Counter(truth).values())
    in_found = sum(comb(n, 2) for n in Counter(found).values())
    expected = in_truth * in_found / pairs if pairs else 0.0
    best = (in_truth + in_found) / 2
    return 1.0 if best == expected else (both - expected) / (best - expected)


def whole_events(truth: list, found: list) -> int:
    """Events whose items are exactly one found group."""
    groups = {}
    for event, story in zip(truth, found):
        groups.setdefault(event, set()).add(story)
    sizes, events = Counter(found), Counter(truth)
    return sum(1 for e, s in groups.items() if len(s) == 1 and sizes[next(iter(s))] == events[e])


def basil_events(corpus: Path = BASIL) -> dict[str, str]:
    """BASIL document id (its path without .json) -> its ``triplet-uuid``."""
    return {
        path.relative_to(corpus)
        .with_suffix("")
        .as_posix(): json.loads(path.read_text())["triplet-uuid"]
        for path in sorted(corpus.rglob("*.json"))
    }


def measures(tables: Path, corpus: Path = BASIL) -> dict:
    """``{"ari", "whole", "events", "stories"}`` of a BASIL run's tables."""
    articles = read_table(tables / "story_articles.csv")
    events = basil_events(corpus)
    truth = [events[doc_id] for doc_id in articles["doc_id"]]
    found = list(articles["story_id"])
    return {"ari": adjusted_rand_index(truth, found), "whole": whole_events(truth, found),
            "events": len(set(truth)), "stories": len(set(found))}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", type=Path, help="a BASIL run's results/tables")
    parser.add_argument("--corpus", type=Path, default=BASIL)
    args = parser.parse_args(argv)
    found = measures(args.tables, args.corpus)
    print(f"adjusted Rand index against BASIL's events: {found['ari']:.3f} (goal >= {GOAL_ARI}); "
          f"{found['whole']} of {found['events']} events kept whole; {found['stories']} stories")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
