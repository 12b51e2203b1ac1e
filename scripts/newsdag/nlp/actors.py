"""One canonical actor for every spelling of a name, across the corpus.

Two person names are one actor when their first names match (equal, an
initial, or similar: "Mike"/"Michael"), their middle initials do not
differ, and either their last names are the same ("Mike Pompeo", "Michael
R. Pompeo") or their full-name similarity is at least ``threshold``
(RapidFuzz ``fuzz.ratio`` on folded names, 0-100: "Juan Guaido" / "Juan
Guiado" 91, "Sergei Lavrov" / "Sergey Lavrov" 92; "Donald Trump" / "Donald
Tusk" 78 stays apart). A one-word person name joins the one actor with that
last name (within an article a surname of any label does; see
``newsdag.nlp.mentions.resolve_in_document``). Other names are one actor
when they fold to the same key ("U.S." and "US",
``newsdag.text.normalise.fold_name``). The alias file overrides and extends
all of this. A title mention counts only if its actor is also named in some
article body, which keeps headline fragments ("Venezuela Standoff") out.
"""

import logging
from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz

from newsdag.constants import ENTITY_TYPES
from newsdag.nlp.annotation import MENTION_COLUMNS
from newsdag.nlp.names import middle_initials, person_keys
from newsdag.text.normalise import fold_name

log = logging.getLogger(__name__)

# results/tables/actors.csv: one row per actor.
ACTOR_COLUMNS = ["actor", "type", "role", "mentions", "documents", "variants", "resolved_by"]
# results/tables/mentions.csv: every mention of a kept document with its
# outlet and actor.
ACTOR_MENTION_COLUMNS = [
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
        key = fold_name(name)
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
    dropped. Ties between types go to the earlier one in ``ENTITY_TYPES``.
    """
    alias_of = {}
    for entry in alias_actors:
        for name in [entry["name"], *entry["aliases"]]:
            alias_of[fold_name(name)] = entry
    type_votes = defaultdict(Counter)
    for name, kind in zip(mentions["name"], mentions["name_type"]):
        type_votes[name][kind] += 1
    name_type = {
        n: min(v, key=lambda t: (-v[t], ENTITY_TYPES.index(t))) for n, v in type_votes.items()
    }
    group = group_names(name_type, threshold)
    counts = Counter(mentions["name"])
    members = defaultdict(list)
    for name, rep in group.items():
        members[rep].append(name)
    actor_of, info = {}, {}
    for rep, names in members.items():
        aliased = sorted(
            {alias_of[fold_name(n)]["name"] for n in names if fold_name(n) in alias_of}
        )
        by_count = sorted(names, key=lambda n: (-counts[n], -len(n), n))
        for name in names:
            entry = alias_of.get(fold_name(name))
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
            kind = min(vote, key=lambda t: (-vote[t], ENTITY_TYPES.index(t)))
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


def actor_tables(
    shard_mentions: list[pd.DataFrame],
    documents: pd.DataFrame,
    alias_actors: list[dict],
    threshold: float,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(mentions, actors)`` as ``results/tables/mentions.csv``
    (``ACTOR_MENTION_COLUMNS``, sorted by document, section and offset) and
    ``results/tables/actors.csv`` (``ACTOR_COLUMNS``) hold them.

    ``shard_mentions`` are the shards' ``mentions.csv`` tables; only the
    mentions of ``documents`` (``doc_id`` and ``outlet`` of each kept
    document) are resolved, so duplicates left out of the corpus are left
    out here too.
    """
    documents = documents[["doc_id", "outlet"]]
    if shard_mentions:
        mentions = pd.concat(shard_mentions, ignore_index=True)
    else:
        mentions = pd.DataFrame(columns=MENTION_COLUMNS)
    mentions = mentions.merge(documents, on="doc_id", how="inner")  # leaves out duplicates
    mentions, actors = resolve(mentions, alias_actors, threshold)
    for column in ("sentence_id", "start", "end"):
        mentions[column] = mentions[column].astype(int)
    mentions = mentions.sort_values(["doc_id", "section", "start"], kind="mergesort")
    return mentions[ACTOR_MENTION_COLUMNS], actors
