"""Surname-only mentions ("Trump", "Mr. Obama", "Mrs. Clinton") that their
own article never ties to a full name, attached to a full-name actor using
the rest of the corpus, or left alone and listed when the evidence is not
clear.

A mention's candidates are the actors whose full names (two or more words,
``newsdag.nlp.names.person_keys``, named in some article body) have its
surname and its suffix ("Trump Jr." only Donald Trump Jr.), and for a
mention without a suffix also the suffixed ones its own article names
("Mr. Mueller" beside "Robert S. Mueller III"). One candidate decides at
once; several are narrowed, in this order:

1. ``title``: to the candidates whose alias-file role holds the mention's
   title ("President" in "US President"), else to the one the corpus names
   with that title in ``majority`` of the candidates' mentions with it (or
   all it names with it), else, for a title of a gender ("Mrs. Clinton"),
   to those the corpus mostly names with titles of that gender ("Mrs.",
   "Ms.", "Congresswoman" ...); one left decides. The title
   comes first because it is said with the mention itself: "President
   Trump" in an article that names only Donald Trump Jr. in full.
2. ``article``: to the candidates its own article names (in the headline,
   say, which the within-article step leaves out, or beside a namesake);
   one left decides.
3. ``corpus``: the candidate with at least ``majority`` of the candidates'
   full-name mentions in articles dated within ``period_days`` of the
   mention's article (the whole corpus when none are, or when the article
   has no date).

Otherwise the mention is ``unresolved``: it keeps its surname as its actor.
A full-name mention is one whose name, after the within-article step, has
two or more words. Stories (articles on the same event) will narrow the
candidates before step 1 once they exist.
"""

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsdag.nlp.names import (
    TITLE_WORDS,
    name_suffix,
    person_keys,
    surname_key,
    title_gender,
)
from newsdag.text.normalise import fold_name

# How each mention's actor was found (``resolved_by`` of mentions.csv), in
# the order actors.csv counts them.
RESOLUTIONS = ("alias file", "spelling", "article", "title", "corpus", "unresolved")


@dataclass
class Candidate:
    """What the corpus says of one full-name actor: the days (proleptic
    ordinals, ``date.toordinal()``) of its dated mentions written in full,
    sorted; how many of those are undated; and the titles said with it."""

    days: list[int] = field(default_factory=list)
    undated: int = 0
    titles: Counter = field(default_factory=Counter)

    def mentions_within(self, day: int | None, period_days: int) -> int:
        """Full-name mentions dated within ``period_days`` of ``day``; all
        of them when ``day`` is None."""
        if day is None:
            return len(self.days) + self.undated
        return bisect.bisect_right(self.days, day + period_days) - bisect.bisect_left(
            self.days, day - period_days
        )


def role_titles(role: str) -> set[str]:
    """The title words of an alias-file role: "US Secretary of State" ->
    {"secretary"}, "Russian President" -> {"president"}."""
    return {TITLE_WORDS[fold_name(w)] for w in role.split() if fold_name(w) in TITLE_WORDS}


def surname_candidates(
    names: dict[str, str], actor_of: dict[str, str]
) -> dict[tuple[str, str], set[str]]:
    """``(surname, suffix) -> actors`` of every multi-word person name;
    ``names`` maps a name to its type, ``actor_of`` a name to its actor."""
    by_surname = defaultdict(set)
    for name, kind in names.items():
        if kind == "PERSON" and person_keys(name)[1]:
            by_surname[(person_keys(name)[1], name_suffix(name))].add(actor_of[name])
    return by_surname


def candidate_evidence(rows, full_names: set[str]) -> dict[str, Candidate]:
    """``actor -> Candidate`` from ``(name, actor, title, day, written)``
    rows of every mention; only names in ``full_names`` count. ``day`` is an
    ordinal or None; ``written`` is whether the mention itself spells the
    full name (not a surname its article tied to it). Titles count from
    every mention, days from written ones only: the tie of a surname in an
    article that names one namesake in full ("President Obama" in an
    article on Malia Obama) must not make the namesake the majority."""
    evidence = defaultdict(Candidate)
    for name, actor, title, day, written in rows:
        if name not in full_names:
            continue
        candidate = evidence[actor]
        if title:
            candidate.titles[title] += 1
        if not written:
            continue
        if day is None:
            candidate.undated += 1
        else:
            candidate.days.append(day)
    for candidate in evidence.values():
        candidate.days.sort()
    return dict(evidence)


def by_title(candidates: list[str], title: str, evidence, roles, majority: float) -> list[str]:
    """The candidates ``title`` points to: those whose alias-file role holds
    it; else the one named with it in at least ``majority`` (0-1) of the
    candidates' mentions with it, or all named with it; else, for a title
    with a gender, those whose gendered titles are mostly (``majority``) of
    that gender. All of them when none of this picks any. ``roles`` maps an
    actor to its alias-file role."""
    if not title:
        return candidates
    in_role = [a for a in candidates if title in role_titles(roles.get(a, ""))]
    if in_role:
        return in_role
    said = {a: evidence[a].titles[title] for a in candidates}
    total = sum(said.values())
    if total:
        best = min(candidates, key=lambda a: (-said[a], a))
        return [best] if said[best] >= majority * total else [a for a in candidates if said[a]]
    gender = title_gender(title)
    if gender:
        matching = [a for a in candidates if mostly_of_gender(evidence[a].titles, gender, majority)]
        if matching:
            return matching
    return candidates


def mostly_of_gender(titles: Counter, gender: str, majority: float) -> bool:
    """Whether at least ``majority`` (0-1) of the gendered titles in
    ``titles`` (title -> mentions) are of ``gender``; False with none."""
    by_gender = Counter()
    for title, count in titles.items():
        by_gender[title_gender(title)] += count
    gendered = by_gender["male"] + by_gender["female"]
    return bool(gendered) and by_gender[gender] >= majority * gendered


def by_majority(
    candidates: list[str], day: int | None, evidence, period_days: int, majority: float
) -> str:
    """The candidate holding at least ``majority`` (0-1) of the candidates'
    full-name mentions within ``period_days`` of ``day`` (of all of them
    when none fall in the period), or "" when none does."""
    counts = {a: evidence[a].mentions_within(day, period_days) for a in candidates}
    if not sum(counts.values()):
        counts = {a: evidence[a].mentions_within(None, period_days) for a in candidates}
    total = sum(counts.values())
    best = min(candidates, key=lambda a: (-counts[a], a))
    return best if total and counts[best] >= majority * total else ""


def resolve_surname(
    candidates: set[str],
    in_article: set[str],
    title: str,
    day: int | None,
    evidence: dict[str, Candidate],
    roles: dict[str, str],
    period_days: int,
    majority: float,
) -> tuple[str, str]:
    """``(actor, resolved_by)`` for one surname-only mention (see module
    docs); ``("", "unresolved")`` when the evidence is not clear.
    ``in_article`` are the actors its article names."""
    left = sorted(candidates)
    if len(left) == 1:
        return left[0], "article" if left[0] in in_article else "corpus"
    titled = by_title(left, title, evidence, roles, majority)
    if len(titled) == 1:
        return titled[0], "title"
    named = [a for a in titled if a in in_article]
    if len(named) == 1:
        return named[0], "article"
    best = by_majority(named or titled, day, evidence, period_days, majority)
    return (best, "corpus") if best else ("", "unresolved")


def surname_of(name: str, kind: str) -> tuple[str, str]:
    """``(surname, suffix)`` of a one-word person name ("Trump Jr." ->
    ("trump", "jr")), or ("", "") for any other name."""
    if kind != "PERSON" or person_keys(name)[1]:
        return "", ""
    return surname_key(name), name_suffix(name)
