"""One canonical actor for every spelling of a name, across the corpus.

Two person names are one actor when their first names match (equal, an
initial, or similar: "Mike"/"Michael"), their middle names do not differ
(as initials: "George W. Bush" and "George H.W. Bush" or "George Herbert
Walker Bush" stay apart), their suffixes are the same ("Donald Trump Jr."
is not "Donald Trump") and either their last names are the same ("Mike
Pompeo", "Michael R. Pompeo") or their full-name similarity is at least
``threshold`` (RapidFuzz ``fuzz.ratio`` on folded names, 0-100: "Juan
Guaido" / "Juan Guiado" 91, "Sergei Lavrov" / "Sergey Lavrov" 92; "Donald
Trump" / "Donald Tusk" 78 stays apart). Titles are not part of a name
("Representative Ed Royce" is "Ed Royce"). A surname-only mention its
article never ties to a full name ("President Trump" where the article never
says "Donald") is resolved mention by mention across the corpus
(``newsdag.nlp.surnames``). Other names are one actor when they fold to the
same key ("U.S." and "US", ``newsdag.text.normalise.fold_name``). The alias
file (the shipped ``workflow/resources/actors.yaml`` of parties and
institutions, overridden by the user's) overrides and extends all of this.
A title mention counts only if its actor is also named in some article
body, which keeps headline fragments ("Venezuela Standoff") out.
"""

import logging
import re
from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz

from newsdag.constants import ENTITY_TYPES
from newsdag.nlp.annotation import MENTION_COLUMNS
from newsdag.nlp.names import (
    NAME_SUFFIXES,
    middle_initials,
    name_suffix,
    person_keys,
    title_gender,
)
from newsdag.nlp.surnames import (
    RESOLUTIONS,
    candidate_evidence,
    mostly_of_gender,
    resolve_surname,
    surname_candidates,
    surname_of,
)
from newsdag.text.metadata import day_number
from newsdag.text.normalise import fold_name

log = logging.getLogger(__name__)

# results/tables/actors.csv: one row per actor.
ACTOR_COLUMNS = ["actor", "type", "role", "mentions", "documents", "variants", "resolved_by"]
# results/tables/mentions.csv: every mention of a kept document with its
# outlet and actor.
ACTOR_MENTION_COLUMNS = [
    "doc_id", "outlet", "section", "sentence_id", "start", "end", "text", "label", "actor", "type",
    "title", "resolved_by",
]  # fmt: skip
# results/tables/unresolved_names.csv: the surnames the corpus step left
# alone, with the full-name actors they could be.
UNRESOLVED_COLUMNS = ["name", "mentions", "documents", "candidates"]
# The corpus step's defaults (config keys actor_period_days, actor_majority).
PERIOD_DAYS = 365
MAJORITY = 0.66


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
    if name_suffix(a) != name_suffix(b):
        return False  # Donald Trump Jr. and Donald Trump
    if last_a == last_b:
        return True
    return fuzz.ratio(f"{first_a} {last_a}", f"{first_b} {last_b}") >= threshold


def joinable(a: set[str], b: set[str]) -> bool:
    """Whether two groups of person names, given as their names, may be one
    person: at most one set of middle initials between them, and every
    first name of one matching every first name of the other (so "B.
    Nelson" cannot join Bill and Ben Nelson into one)."""
    initials = {middle_initials(n) for n in a | b} - {""}
    firsts_a = {person_keys(n)[0] for n in a}
    firsts_b = {person_keys(n)[0] for n in b}
    return len(initials) <= 1 and all(first_names_match(x, y) for x in firsts_a for y in firsts_b)


def group_names(names: dict[str, str], threshold: float) -> dict[str, str]:
    """Map each name to a representative of its group.

    ``names`` maps a name to its type. Person names with two or more words
    are compared within blocks of the same first initial and last-name
    start, so the work stays small on large corpora. Pairs whose middle
    initials agree are joined first; a name without them ("George Bush")
    then joins a group with them only when it matches exactly one ("George
    W. Bush" and "George H.W. Bush" both leave it alone). No join makes a
    group that ``joinable`` refuses. Other names, one-word person names
    among them, group by their folded form (a surname joins a full name
    mention by mention, ``newsdag.nlp.surnames``).
    """
    uf = _UnionFind(names)
    members_of = {name: {name} for name in names}

    def join(a, b):
        root_a, root_b = uf.find(a), uf.find(b)
        if root_a != root_b and joinable(members_of[root_a], members_of[root_b]):
            uf.union(root_a, root_b)
            members_of[uf.find(a)] = members_of[root_a] | members_of[root_b]

    blocks = defaultdict(list)
    for name, kind in names.items():
        first, last = person_keys(name)
        if kind == "PERSON" and last:
            blocks[(first[:1], last[:2])].append(name)
    for _, members in sorted(blocks.items()):
        pairs = [(a, b) for i, a in enumerate(sorted(members)) for b in sorted(members)[i + 1 :]
                 if same_person(a, b, threshold)]  # fmt: skip
        for a, b in pairs:
            if middle_initials(a) == middle_initials(b):
                join(a, b)
        for name in sorted(members):
            if middle_initials(name):
                continue
            targets = {uf.find(b) for pair in pairs if name in pair for b in pair
                       if middle_initials(b)}  # fmt: skip
            if len(targets) == 1:
                join(name, next(iter(targets)))
    by_key = {}
    for name in sorted(names):
        kind = names[name]
        if not (kind == "PERSON" and person_keys(name)[1]):
            uf.union(name, by_key.setdefault((kind, fold_name(name)), name))
    return {name: uf.find(name) for name in names}


def alias_lookup(alias_actors: list[dict]) -> dict[str, dict]:
    """Folded name or alias -> its alias-file entry."""
    return {
        fold_name(name): entry
        for entry in alias_actors
        for name in [entry["name"], *entry["aliases"]]
    }


def voted_types(mentions: pd.DataFrame) -> dict[str, str]:
    """Each name's type: the label most of its mentions carry, ties to the
    earlier one in ``ENTITY_TYPES``."""
    votes = defaultdict(Counter)
    for name, kind in zip(mentions["name"].tolist(), mentions["name_type"].tolist()):
        votes[name][kind] += 1
    return {n: min(v, key=lambda t: (-v[t], ENTITY_TYPES.index(t))) for n, v in votes.items()}


def actor_of_names(
    name_type: dict[str, str], counts: Counter, alias_of: dict, threshold: float
) -> dict[str, str]:
    """Each name's actor: its group's alias-file name, or the group's most
    mentioned spelling (ties to the longer, then the first)."""
    group = group_names(name_type, threshold)
    members = defaultdict(list)
    for name, rep in group.items():
        members[rep].append(name)
    actor_of = {}
    for names in members.values():
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
    return actor_of


def mention_days(mentions: pd.DataFrame) -> list:
    """Each mention's document date as a day ordinal, or None: from a
    ``date`` column (YYYY-MM-DD) when there is one."""
    if "date" not in mentions:
        return [None] * len(mentions)
    day_of = {text: day_number(text) for text in mentions["date"].unique()}
    return [day_of[text] for text in mentions["date"].tolist()]


def resolve_surnames(
    mentions: pd.DataFrame,
    name_type: dict[str, str],
    actor_of: dict[str, str],
    alias_of: dict,
    period_days: int,
    majority: float,
) -> tuple[list[str], list[str], dict[str, str]]:
    """``(actors, resolved_by, unresolved)`` of every mention, with the
    surname-only mentions their article left alone resolved across the
    corpus (``newsdag.nlp.surnames``). ``unresolved`` maps each surname left
    unresolved (the actor it keeps) to the full-name actors with its
    surname, namesakes with a suffix too, and their full-name mentions:
    "Bill Clinton (24); Hillary Clinton (289)"."""
    names = mentions["name"].tolist()
    actors = [actor_of[n] for n in names]
    aliased = {n for n in set(names) if fold_name(n) in alias_of}
    how = [
        "alias file" if n in aliased else by or "spelling"
        for n, by in zip(names, mentions["resolved_by"].tolist())
    ]
    surnames = {n: surname_of(n, name_type[n]) for n in set(names)}
    surnames = {n: key for n, key in surnames.items() if key[0] and n not in aliased}
    in_bodies = set(mentions.loc[mentions["section"] == "body", "name"].tolist())
    full_names = {
        n for n, kind in name_type.items() if kind == "PERSON" and person_keys(n)[1] and n in in_bodies
    }  # fmt: skip
    candidates = surname_candidates({n: name_type[n] for n in full_names}, actor_of)
    days = mention_days(mentions)
    titles = mentions["title"].tolist()
    written = [by != "article" for by in mentions["resolved_by"].tolist()]
    evidence = candidate_evidence(zip(names, actors, titles, days, written), full_names)
    roles = {entry["name"]: entry["role"] for entry in alias_of.values()}
    in_article = defaultdict(set)
    for doc_id, actor in zip(mentions["doc_id"].tolist(), actors):
        in_article[doc_id].add(actor)
    article_titles = defaultdict(Counter)  # (doc_id, actor) -> titles it gives the actor
    for doc_id, name, actor, title in zip(mentions["doc_id"].tolist(), names, actors, titles):
        if title and name in full_names:
            article_titles[(doc_id, actor)][title] += 1
    unresolved = {}
    texts = mentions["text"].tolist()
    for i, (doc_id, name) in enumerate(zip(mentions["doc_id"].tolist(), names)):
        key = surnames.get(name)
        recheck = not key and how[i] == "article" and title_gender(titles[i])
        if not key and not recheck:
            continue
        own = {a: article_titles[(doc_id, a)] for a in in_article[doc_id]}
        if recheck:
            if not wrong_gender(titles[i], actors[i], evidence, own, majority):
                continue
            key = (person_keys(name)[1], name_suffix(name))  # "Mr. Trump" tied to Melania Trump
        if not candidates.get(key):
            continue
        actor, how[i] = resolve_surname(candidates[key], in_article[doc_id], titles[i], days[i],
                                        evidence, roles, period_days, majority, own)  # fmt: skip
        if not actor:
            actor = surname_as_written(texts[i]) if person_keys(name)[1] else actors[i]
            namesakes = set().union(*(candidates.get((key[0], s), set())
                                      for s in ("", *sorted(NAME_SUFFIXES))))  # fmt: skip
            unresolved[actor] = "; ".join(
                f"{a} ({evidence[a].mentions_within(None, 0)})" if a in evidence else a
                for a in sorted(namesakes)
            )
        actors[i] = actor
    return actors, how, unresolved


def wrong_gender(title: str, actor: str, evidence: dict, own: dict, majority: float) -> bool:
    """Whether ``title`` states a gender the rest of the corpus (``own``:
    the titles this article gives each actor, left out) does not mostly
    (``majority``) give ``actor`` ("Mr." said of Melania Trump)."""
    gender = title_gender(title)
    if not gender or actor not in evidence:
        return False
    return not mostly_of_gender(
        evidence[actor].titles - own.get(actor, Counter()), gender, majority
    )


def surname_as_written(text: str) -> str:
    """The last word of a mention's text without a possessive: "Trump’s" ->
    "Trump"."""
    return re.sub(r"['’]s?$", "", text.strip()).split()[-1]


def resolution_summary(counts: Counter) -> str:
    """How an actor's mentions were resolved (``resolved_by`` -> mentions),
    as counts in ``RESOLUTIONS`` order: "spelling 540; article 120; corpus 200"."""
    return "; ".join(f"{r} {counts[r]}" for r in RESOLUTIONS if counts[r])


def resolve(
    mentions: pd.DataFrame,
    alias_actors: list[dict],
    threshold: float,
    period_days: int = PERIOD_DAYS,
    majority: float = MAJORITY,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Add ``actor``, ``type`` and ``resolved_by`` to mentions; return
    ``(mentions, actors, unresolved)``, ``unresolved`` in
    ``UNRESOLVED_COLUMNS``: each surname the corpus step left alone.

    ``mentions`` has at least ``doc_id``, ``section``, ``name`` and
    ``name_type``; ``title``, ``resolved_by`` (from the within-article step)
    and ``date`` when present. Title mentions whose actor is never named in a
    body are dropped. Ties between types go to the earlier one in
    ``ENTITY_TYPES``. ``period_days`` and ``majority`` are the corpus step's
    (``newsdag.nlp.surnames``).
    """
    mentions = mentions.copy()
    for column in ("title", "resolved_by"):
        if column not in mentions:
            mentions[column] = ""
    alias_of = alias_lookup(alias_actors)
    name_type = voted_types(mentions)
    counts = Counter(mentions["name"].tolist())
    actor_of = actor_of_names(name_type, counts, alias_of, threshold)
    actors, how, candidates = resolve_surnames(
        mentions, name_type, actor_of, alias_of, period_days, majority
    )
    info = {entry["name"]: (entry["type"], entry["role"]) for entry in alias_actors}
    votes = defaultdict(Counter)
    for name, actor in zip(mentions["name"].tolist(), actors):
        votes[actor][name_type[name]] += 1
    for actor, vote in votes.items():
        if actor not in info:
            info[actor] = (min(vote, key=lambda t: (-vote[t], ENTITY_TYPES.index(t))), "")
    mentions["actor"], mentions["resolved_by"] = actors, how
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
    actors = actor_rows(mentions, info)
    actors = actors.sort_values(["mentions", "actor"], ascending=[False, True], kind="mergesort")
    return mentions, actors, unresolved_names(mentions, candidates)


def actor_rows(mentions: pd.DataFrame, info: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """``ACTOR_COLUMNS``, one row per actor of ``mentions`` (sorted by
    actor): ``info`` gives each actor's type and role; variants are the
    distinct written texts and names, sorted and joined by ";"."""
    if mentions.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    grouped = mentions.groupby("actor", sort=True)
    written = pd.concat([
        pd.DataFrame({"actor": mentions["actor"], "variant": mentions["text"].str.strip()}),
        pd.DataFrame({"actor": mentions["actor"], "variant": mentions["name"]}),
    ]).drop_duplicates().sort_values(["actor", "variant"], kind="mergesort")  # fmt: skip
    how = defaultdict(Counter)
    for (actor, resolved_by), n in mentions.groupby(["actor", "resolved_by"]).size().items():
        how[actor][resolved_by] = n
    summary = {actor: resolution_summary(counts) for actor, counts in how.items()}
    actors = pd.DataFrame({"actor": list(grouped.groups)})
    actors["type"] = actors["actor"].map(lambda a: info[a][0])
    actors["role"] = actors["actor"].map(lambda a: info[a][1])
    actors["mentions"] = actors["actor"].map(grouped.size())
    actors["documents"] = actors["actor"].map(grouped["doc_id"].nunique())
    actors["variants"] = actors["actor"].map(written.groupby("actor")["variant"].agg(";".join))
    actors["resolved_by"] = actors["actor"].map(summary)
    return actors[ACTOR_COLUMNS]


def unresolved_names(mentions: pd.DataFrame, candidates: dict[str, str]) -> pd.DataFrame:
    """``UNRESOLVED_COLUMNS``: each surname actor with mentions left
    ``unresolved``, their count and articles, and its candidates; most
    mentioned first."""
    left = mentions[mentions["resolved_by"] == "unresolved"]
    rows = [
        {"name": name, "mentions": len(frame), "documents": frame["doc_id"].nunique(),
         "candidates": candidates.get(name, "")}
        for name, frame in left.groupby("actor", sort=True)
    ]  # fmt: skip
    table = pd.DataFrame(rows, columns=UNRESOLVED_COLUMNS)
    return table.sort_values(["mentions", "name"], ascending=[False, True], kind="mergesort")


def actor_tables(
    shard_mentions: list[pd.DataFrame],
    documents: pd.DataFrame,
    alias_actors: list[dict],
    threshold: float,
    period_days: int = PERIOD_DAYS,
    majority: float = MAJORITY,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(mentions, actors, unresolved)`` as ``results/tables/mentions.csv``
    (``ACTOR_MENTION_COLUMNS``, sorted by document, section and offset),
    ``results/tables/actors.csv`` (``ACTOR_COLUMNS``) and
    ``results/tables/unresolved_names.csv`` (``UNRESOLVED_COLUMNS``) hold
    them.

    ``shard_mentions`` are the shards' ``mentions.csv`` tables; only the
    mentions of ``documents`` (``doc_id``, ``outlet`` and, when present,
    ``date`` of each kept document) are resolved, so duplicates left out of
    the corpus are left out here too.
    """
    documents = documents[[c for c in ("doc_id", "outlet", "date") if c in documents]]
    if shard_mentions:
        mentions = pd.concat(shard_mentions, ignore_index=True)
    else:
        mentions = pd.DataFrame(columns=MENTION_COLUMNS)
    mentions = mentions.merge(documents, on="doc_id", how="inner")  # leaves out duplicates
    mentions, actors, unresolved = resolve(mentions, alias_actors, threshold, period_days, majority)
    for column in ("sentence_id", "start", "end"):
        mentions[column] = mentions[column].astype(int)
    mentions = mentions.sort_values(["doc_id", "section", "start"], kind="mergesort")
    return mentions[ACTOR_MENTION_COLUMNS], actors, unresolved
