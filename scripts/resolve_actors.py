"""Rule ``resolve_actors``: one canonical actor for every spelling of a name.

Reads every shard's ``mentions.csv`` (names already resolved within their
document) and the user's alias file, and writes
``results/tables/actors.csv`` (one row per actor: type, role, counts and
the variants merged into it) and ``results/tables/mentions.csv`` (every
mention of a kept document with its outlet and actor).

Across the corpus, two person names are one actor when their first names
match (equal, an initial, or similar: "Mike"/"Michael"), their middle
initials do not differ, and either their last names are the same ("Mike
Pompeo", "Michael R. Pompeo") or their full-name similarity is at least
``threshold`` (RapidFuzz
``fuzz.ratio`` on folded names, 0-100: "Juan Guaido" / "Juan Guiado" 91,
"Sergei Lavrov" / "Sergey Lavrov" 92; "Donald Trump" / "Donald Tusk" 78
stays apart). A one-word person name joins the one actor with that last
name (within an article a surname of any label does; see
``annotate_articles.resolve_in_document``). Other names are one actor when they fold to the same key ("U.S." and
"US"). The alias file overrides and extends all of this. A title mention
counts only if its actor is also named in some article body, which keeps
headline fragments ("Venezuela Standoff") out.

Run outside Snakemake::

    python scripts/resolve_actors.py results/shards/*/mentions.csv \\
        --documents results/tables/documents.csv --actors config/actors.yaml --out-dir /tmp/actors
"""

import argparse
import logging
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from annotate_articles import fold, middle_initials, person_keys
from config_checks import ACTOR_TYPES, read_alias_file
from newsdag_common import configure_logging, read_table, write_table

log = logging.getLogger("resolve_actors")

TYPE_ORDER = ACTOR_TYPES  # ties between types go to the earlier one
ACTOR_COLUMNS = ["actor", "type", "role", "mentions", "documents", "variants", "resolved_by"]
MENTION_COLUMNS = [
    "doc_id", "outlet", "section", "sentence_id", "start", "end", "text", "label", "actor", "type",
]  # fmt: skip


class _UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


# Same surname: first names at least this similar (RapidFuzz ratio) are one
# person: "Mike"/"Michael" 55, "Jim"/"James" 50; "Joe"/"Jill" 29 and
# "Bill"/"Ben" 29 stay apart.
FIRST_NAME_MIN = 50


def first_names_match(a: str, b: str) -> bool:
    """Equal, one an initial of the other, or similar enough (see FIRST_NAME_MIN)."""
    if a[:1] != b[:1]:
        return False
    return a == b or len(a) == 1 or len(b) == 1 or fuzz.ratio(a, b) >= FIRST_NAME_MIN


def same_person(a: str, b: str, threshold: float) -> bool:
    """Whether two multi-word person names are one person (see module docs)."""
    (first_a, last_a), (first_b, last_b) = person_keys(a), person_keys(b)
    if not last_a or not last_b or not first_names_match(first_a, first_b):
        return False
    initials_a, initials_b = middle_initials(a), middle_initials(b)
    if initials_a and initials_b and initials_a != initials_b:
        return False  # George W. Bush and George H. W. Bush
    if last_a == last_b:
        return True
    return fuzz.ratio(f"{first_a} {last_a}", f"{first_b} {last_b}") >= threshold


def group_names(names: dict[str, str], threshold: float) -> dict[str, str]:
    """Map each name to a representative of its group.

    ``names`` maps a name to its type. Person names with two or more words
    are compared within blocks of the same first initial and last-name
    start, so the work stays small on large corpora; one-word person names
    join the single group with that last name; other names group by their
    folded form.
    """
    uf = _UnionFind(names)
    blocks = defaultdict(list)
    for name, kind in names.items():
        first, last = person_keys(name)
        if kind == "PERSON" and last:
            blocks[(first[:1], last[:2])].append(name)
    for members in blocks.values():
        members.sort()
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if same_person(a, b, threshold):
                    uf.union(a, b)
    groups_by_last = defaultdict(set)
    for name, kind in names.items():
        first, last = person_keys(name)
        if kind == "PERSON" and last:
            groups_by_last[last].add(uf.find(name))
    by_key = {}
    for name in sorted(names):
        kind = names[name]
        key = fold(name)
        if kind == "PERSON" and " " not in key:
            groups = groups_by_last.get(key, set())
            if len(groups) == 1:
                uf.union(name, next(iter(groups)))
                continue
        if not (kind == "PERSON" and person_keys(name)[1]):
            uf.union(name, by_key.setdefault((kind, key), name))
    return {name: uf.find(name) for name in names}


def resolve(
    mentions: pd.DataFrame, alias_actors: list[dict], threshold: float
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add ``actor`` and ``type`` to mentions; return ``(mentions, actors)``.

    ``mentions`` has at least ``doc_id``, ``section``, ``name`` and
    ``name_type``. Title mentions whose actor is never named in a body are
    dropped.
    """
    alias_of = {}
    for entry in alias_actors:
        for name in [entry["name"], *entry["aliases"]]:
            alias_of[fold(name)] = entry
    type_votes = defaultdict(Counter)
    for name, kind in zip(mentions["name"], mentions["name_type"]):
        type_votes[name][kind] += 1
    name_type = {
        n: min(v, key=lambda t: (-v[t], TYPE_ORDER.index(t))) for n, v in type_votes.items()
    }
    group = group_names(name_type, threshold)
    counts = Counter(mentions["name"])
    members = defaultdict(list)
    for name, rep in group.items():
        members[rep].append(name)
    actor_of, info = {}, {}
    for rep, names in members.items():
        aliased = sorted({alias_of[fold(n)]["name"] for n in names if fold(n) in alias_of})
        by_count = sorted(names, key=lambda n: (-counts[n], -len(n), n))
        for name in names:
            entry = alias_of.get(fold(name))
            if entry:
                actor_of[name] = entry["name"]
            elif len(aliased) <= 1:
                actor_of[name] = aliased[0] if aliased else by_count[0]
            else:  # the group holds several listed actors: go with the one the name matches
                matches = [a for a in aliased if same_person(name, a, threshold)]
                actor_of[name] = matches[0] if len(matches) == 1 else name
    for entry in alias_actors:
        info[entry["name"]] = (entry["type"], entry["role"], "alias file")
    votes = defaultdict(Counter)
    for name, actor in actor_of.items():
        votes[actor][name_type[name]] += counts[name]
    for actor, vote in votes.items():
        if actor not in info:
            kind = min(vote, key=lambda t: (-vote[t], TYPE_ORDER.index(t)))
            info[actor] = (kind, "", "automatic")
    mentions = mentions.assign(actor=mentions["name"].map(actor_of))
    mentions["type"] = mentions["actor"].map(lambda a: info[a][0])
    in_bodies = set(mentions.loc[mentions["section"] == "body", "actor"])
    dropped = (mentions["section"] == "title") & ~mentions["actor"].isin(in_bodies)
    if dropped.any():
        fragments = sorted(set(mentions.loc[dropped, "text"]))
        log.info(
            "dropped %d title mentions naming no body actor, e.g. %s",
            dropped.sum(),
            fragments[:20],
        )
    mentions = mentions[~dropped]
    rows = []
    for actor, frame in mentions.groupby("actor", sort=True):
        kind, role, source = info[actor]
        variants = sorted(set(frame["text"].map(lambda t: t.strip())) | {n for n in frame["name"]})
        rows.append({
            "actor": actor, "type": kind, "role": role, "mentions": len(frame),
            "documents": frame["doc_id"].nunique(), "variants": ";".join(variants), "resolved_by": source,
        })  # fmt: skip
    actors = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    actors = actors.sort_values(["mentions", "actor"], ascending=[False, True], kind="mergesort")
    return mentions, actors


def run(mention_paths, documents_path, alias_path, threshold, out) -> None:
    documents = read_table(documents_path)[["doc_id", "outlet"]]
    frames = [read_table(path) for path in mention_paths]
    mentions = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id"])
    mentions = mentions.merge(documents, on="doc_id", how="inner")  # leaves out duplicates
    mentions, actors = resolve(mentions, read_alias_file(alias_path), threshold)
    for column in ("sentence_id", "start", "end"):
        mentions[column] = mentions[column].astype(int)
    mentions = mentions.sort_values(["doc_id", "section", "start"], kind="mergesort")
    write_table(mentions[MENTION_COLUMNS], out["mentions"])
    write_table(actors, out["actors"])
    log.info("%d actors from %d mentions", len(actors), len(mentions))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions", nargs="+", help="shard mentions.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--actors", default="", help="alias file (optional)")
    parser.add_argument("--threshold", type=float, default=85)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.mentions, args.documents, args.actors, args.threshold,
        {"actors": out / "actors.csv", "mentions": out / "mentions.csv"})  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(
            sm.input.mentions,
            sm.input.documents,
            sm.input.get("actors", ""),
            sm.params.threshold,
            sm.output,
        )
    else:
        main(sys.argv[1:])
