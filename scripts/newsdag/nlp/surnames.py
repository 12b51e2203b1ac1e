"""Surname-only mentions ("Trump", "Mr. Obama", "Mrs. Clinton") that their
own article never ties to a full name, attached to a full-name actor using
the rest of the corpus, or left alone and listed when the evidence is not
clear.

A mention's candidates are the actors whose full names (two or more words,
``newsdag.nlp.names.person_keys``, named in some article body) have its
surname and its suffix: "Trump Jr." only Donald Trump Jr., a bare "Trump"
never him (the suffix says there is another Donald Trump). They are
narrowed, in this order:

1. ``title``: a title of a gender ("Mr.", "Mrs.", "Congresswoman") leaves
   the candidates the corpus mostly names with titles of that gender, else
   leaves out those it mostly names with the other ("Mr. Clinton" is not
   Hillary Clinton); another title leaves the
   candidates whose alias-file role holds it ("President" in "US
   President"), else the one the corpus names with it in ``majority`` of
   the candidates' mentions with it ("President Obama"). One left decides.
   The title comes first because it is said with the mention itself.
2. ``article``: to the candidates its own article names (in the headline,
   say, which the within-article step leaves out, or beside a namesake);
   one left decides.
3. ``corpus``: the candidate with at least ``majority`` of the candidates'
   full-name mentions in articles dated within ``period_days`` of the
   mention's article (in the whole corpus when the article has no date);
   none when the period has none. One candidate is no exception: it needs
   its article, or a full-name mention in the period.

Otherwise the mention is ``unresolved``: it keeps its surname as its actor.
A surname its article tied to a full name goes through these steps too when
its title states a gender the corpus does not mostly give that person ("Mr.
Trump" in an article that names only Melania Trump in full).
A full-name mention is one whose name, after the within-article step, has
two or more words. Stories (stage 5) cannot narrow the candidates: they are
grouped from the resolved actors, so they come after this step.
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
    """The titles an alias-file role holds, each a run of title words in
    full: "US Secretary of State" -> {"secretary"}, "US Vice President" ->
    {"vice president"}, "Venezuelan opposition leader, interim president"
    -> {"leader", "president"}."""
    titles, run = set(), []
    for word in [*role.replace(",", " ").split(), ""]:
        if fold_name(word) in TITLE_WORDS:
            run.append(TITLE_WORDS[fold_name(word)])
        elif run:
            titles.add(" ".join(run))
            run = []
    return titles


def other_gender(gender: str) -> str:
    """ "female" for "male" and back; "" for ""."""
    return {"male": "female", "female": "male"}.get(gender, "")


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


def by_title(
    candidates: list[str], title: str, titles: dict[str, Counter], roles, majority: float
) -> list[str]:
    """The candidates ``title`` leaves. A title of a gender ("Mr.", "Mrs.",
    "Congresswoman") says only that: it leaves the candidates the corpus
    mostly (``majority``, 0-1) names with titles of that gender, else those
    it does not mostly name with titles of the other gender, and may leave
    none. Another title ("President", "Senator") leaves the
    candidates whose alias-file role holds it, else the one named with it in
    at least ``majority`` of the candidates' mentions with it, else all it
    names with it, else all of them. ``titles`` maps each candidate to the
    titles the corpus names it with; ``roles`` maps an actor to its
    alias-file role."""
    if not title:
        return candidates
    gender = title_gender(title)
    if gender:
        of_gender = [a for a in candidates if mostly_of_gender(titles[a], gender, majority)]
        other = other_gender(gender)
        return of_gender or [
            a for a in candidates if not mostly_of_gender(titles[a], other, majority)
        ]
    in_role = [a for a in candidates if title in role_titles(roles.get(a, ""))]
    if in_role:
        return in_role
    said = {a: titles[a][title] for a in candidates}
    total = sum(said.values())
    if not total:
        return candidates
    best = min(candidates, key=lambda a: (-said[a], a))
    return [best] if said[best] >= majority * total else [a for a in candidates if said[a]]


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
    when ``day`` is None), or "" when none does or the period has none."""
    counts = {a: evidence[a].mentions_within(day, period_days) for a in candidates}
    total = sum(counts.values())
    if not total:
        return ""
    best = min(candidates, key=lambda a: (-counts[a], a))
    return best if counts[best] >= majority * total else ""


def resolve_surname(
    candidates: set[str],
    in_article: set[str],
    title: str,
    day: int | None,
    evidence: dict[str, Candidate],
    roles: dict[str, str],
    period_days: int,
    majority: float,
    own_titles: dict[str, Counter] | None = None,
) -> tuple[str, str]:
    """``(actor, resolved_by)`` for one surname-only mention (see module
    docs); ``("", "unresolved")`` when the evidence is not clear.
    ``in_article`` are the actors its article names; ``own_titles`` the
    titles its own article gives each actor, left out of the title evidence
    so that an article's own ties ("Mr. Trump" tied to Melania Trump) do not
    vouch for themselves."""
    left = sorted(a for a in candidates if a in evidence)
    own_titles = own_titles or {}
    titles = {a: evidence[a].titles - own_titles.get(a, Counter()) for a in left}
    titled = by_title(left, title, titles, roles, majority)
    if len(titled) == 1 and len(left) > 1:
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
