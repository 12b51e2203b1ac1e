"""How well newsdag resolves actors on a real corpus: the five measures of
issue 18, from a finished run's ``results/tables/actors.csv`` and
``mentions.csv`` and, for the last, BASIL's own ``main-entities``.

    .venv/bin/snakemake --cores 2 --configfile config/examples/basil.yaml
    .venv/bin/python -m bench.actor_quality results/tables

1. ``surname_share``: the share of PERSON mentions left in a surname-only
   actor ("Trump") while one full-name actor with that surname ("Donald
   Trump") holds at least two thirds of the full-name actors' mentions
   with it (goal at most 0.01).
2. ``party_actors``: for each major US party, how many actors hold one of
   its written forms (goal 1 each).
3. ``junk_people``: PERSON actors with two or more mentions whose name
   starts with a closed-class word (spaCy's English stop words and the
   prepositions missing from them: "Plus Obama", "Following Romney") or
   runs on past a possessive ("Mitt Romney's Medicare") (goal 0).
4. ``merged_people``: PERSON actors two of whose full-name spellings carry
   different middle names or initials, different suffixes, or different
   first and last names both (goal 0).
5. ``suffix_splits`` (no goal; the price of 4): pairs of PERSON actors
   whose names are the same but for a suffix ("Joe Biden" and "Joseph R.
   Biden Jr."), which may be one person written two ways or a father and
   son ("Donald Trump", "Donald Trump Jr."); an alias entry joins the
   first kind.
6. ``main_people_found``: the share of BASIL's main people (its
   ``main-entities`` whose last word is some person actor's surname) found
   among their article's three most mentioned PERSON actors, by exact
   (folded) actor name and, leniently, by surname.
"""

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from newsdag.io import read_table
from newsdag.nlp.actors import first_names_match
from newsdag.nlp.names import middle_initials, name_suffix, person_keys, surname_key
from newsdag.text.normalise import fold_name

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"
GOALS = {"surname_share": 0.01, "party_actors": 1, "junk_people": 0, "merged_people": 0}
# Each party's written forms, folded.
PARTY_FORMS = {
    "Republican": {"republican", "republicans", "gop", "republican party"},
    "Democratic": {"democrat", "democrats", "democratic", "democratic party", "dems"},
}
# Closed-class words that can open a sentence but never a name: spaCy's
# English stop words and the prepositions and conjunctions it leaves out.
CLOSED_CLASS = frozenset(STOP_WORDS) | frozenset(
    "plus following including according regarding concerning considering excluding "
    "amid despite versus unlike toward towards upon".split()
)
DOMINANT = 2 / 3


def person_actors(actors: pd.DataFrame) -> pd.DataFrame:
    """The PERSON rows of ``actors.csv``, ``mentions`` as integers."""
    people = actors[actors["type"] == "PERSON"]
    return people.assign(mentions=people["mentions"].astype(int))


def surname_share(actors: pd.DataFrame) -> float:
    """Share (0-1) of PERSON mentions in a surname-only actor while one
    full-name actor with that surname and suffix holds at least
    ``DOMINANT`` of those actors' mentions; 0 with no PERSON mentions."""
    people = person_actors(actors)
    full = people[[bool(person_keys(a)[1]) for a in people["actor"]]]
    by_surname = {}
    for actor, count in zip(full["actor"], full["mentions"]):
        key = (person_keys(actor)[1], name_suffix(actor))
        by_surname.setdefault(key, []).append(count)
    stranded = 0
    for actor, count in zip(people["actor"], people["mentions"]):
        if person_keys(actor)[1]:
            continue
        counts = by_surname.get((surname_key(actor), name_suffix(actor)), [])
        if counts and max(counts) >= DOMINANT * sum(counts):
            stranded += count
    total = people["mentions"].sum()
    return stranded / total if total else 0.0


def party_actors(actors: pd.DataFrame) -> dict[str, list[str]]:
    """Party -> the actors one of whose spellings is one of its forms."""
    found = {}
    for party, forms in PARTY_FORMS.items():
        found[party] = sorted(
            actor
            for actor, variants in zip(actors["actor"], actors["variants"])
            if forms & {fold_name(v) for v in variants.split(";")}
        )
    return found


def is_junk_person(name: str) -> bool:
    """Whether a person actor's name starts with a closed-class word or runs
    on past a possessive (see module docs)."""
    words = name.split()
    if re.search(r"['’]s?\s+\S", name):
        return True
    return len(words) > 1 and words[0].lower() in CLOSED_CLASS


def junk_people(actors: pd.DataFrame, min_mentions: int = 2) -> list[str]:
    """PERSON actors with at least ``min_mentions`` whose name is junk."""
    people = person_actors(actors)
    people = people[people["mentions"] >= min_mentions]
    return sorted(a for a in people["actor"] if is_junk_person(a))


def different_people(a: str, b: str) -> bool:
    """Whether two full-name spellings cannot be one person: different
    middle names or initials, different suffixes, or different first and
    last names both."""
    initials_a, initials_b = middle_initials(a), middle_initials(b)
    if initials_a and initials_b and initials_a != initials_b:
        return True
    if name_suffix(a) != name_suffix(b):
        return True
    (first_a, last_a), (first_b, last_b) = person_keys(a), person_keys(b)
    return last_a != last_b and not first_names_match(first_a, first_b)


def merged_people(actors: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """PERSON actor -> the first pair of its full-name spellings that name
    different people (``different_people``)."""
    found = {}
    for actor, variants in zip(actors["actor"], actors["variants"]):
        names = sorted({v.strip() for v in variants.split(";") if person_keys(v)[1]})
        names = [re.sub(r"['’]s?$", "", n) for n in names]
        for a, b in itertools.combinations(sorted(set(names)), 2):
            if different_people(a, b):
                found[actor] = (a, b)
                break
    return {a: pair for a, pair in found.items() if a in set(person_actors(actors)["actor"])}


def suffix_splits(actors: pd.DataFrame) -> list[tuple[str, str]]:
    """``(without, with)`` pairs of PERSON actors whose names match but for
    a suffix: same last name, matching first names, no conflicting middle
    initials; sorted."""
    people = person_actors(actors)["actor"].tolist()
    plain = {}
    for name in people:
        if person_keys(name)[1] and not name_suffix(name):
            plain.setdefault(person_keys(name)[1], []).append(name)
    pairs = []
    for name in people:
        first, last = person_keys(name)
        if not last or not name_suffix(name):
            continue
        for other in plain.get(last, []):
            a, b = middle_initials(name), middle_initials(other)
            if first_names_match(first, person_keys(other)[0]) and (not a or not b or a == b):
                pairs.append((other, name))
    return sorted(pairs)


def top_people(mentions: pd.DataFrame, n: int = 3) -> dict[str, list[str]]:
    """Document -> its ``n`` most mentioned PERSON actors (ties by name)."""
    people = mentions[mentions["type"] == "PERSON"]
    counts = people.groupby(["doc_id", "actor"]).size().reset_index(name="n")
    counts = counts.sort_values(["doc_id", "n", "actor"], ascending=[True, False, True])
    return {doc: list(frame["actor"][:n]) for doc, frame in counts.groupby("doc_id", sort=True)}


def main_people(corpus: Path, surnames: set[str]) -> dict[str, list[str]]:
    """BASIL document id -> its main entities that are people: whose last
    word is in ``surnames`` (the folded surnames of the person actors)."""
    found = {}
    for path in sorted(corpus.rglob("*.json")):
        entities = json.loads(path.read_text(encoding="utf-8")).get("main-entities") or []
        doc_id = path.relative_to(corpus).with_suffix("").as_posix()
        found[doc_id] = [e for e in entities if fold_name(e).split()[-1:] and
                         fold_name(e).split()[-1] in surnames]  # fmt: skip
    return found


def main_people_found(mentions: pd.DataFrame, actors: pd.DataFrame, corpus: Path) -> dict:
    """``{"people", "exact", "surname"}``: how many main people, and the
    share found among their article's three most mentioned people by
    folded actor name and by surname."""
    surnames = {person_keys(a)[1] for a in person_actors(actors)["actor"]} - {""}
    top = top_people(mentions)
    pairs = [(doc, person) for doc, people in main_people(corpus, surnames).items()
             for person in people]  # fmt: skip
    exact = sum(fold_name(p) in {fold_name(a) for a in top.get(d, [])} for d, p in pairs)
    lenient = sum(
        fold_name(p).split()[-1] in {surname_key(a) for a in top.get(d, [])} for d, p in pairs
    )
    n = len(pairs)
    return {"people": n, "exact": exact / n if n else 0.0, "surname": lenient / n if n else 0.0}


def measures(tables: Path, corpus: Path = BASIL) -> dict:
    """Every measure of the module docs for a run's ``tables`` folder."""
    actors, mentions = read_table(tables / "actors.csv"), read_table(tables / "mentions.csv")
    return {
        "surname_share": surname_share(actors),
        "party_actors": party_actors(actors),
        "junk_people": junk_people(actors),
        "merged_people": merged_people(actors),
        "suffix_splits": suffix_splits(actors),
        "main_people_found": main_people_found(mentions, actors, corpus) if corpus.is_dir() else {},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", type=Path, help="a BASIL run's results/tables")
    parser.add_argument("--corpus", type=Path, default=BASIL)
    args = parser.parse_args(argv)
    found = measures(args.tables, args.corpus)
    print(f"surname-only share of person mentions: {found['surname_share']:.3f} (goal <= 0.01)")
    for party, names in found["party_actors"].items():
        print(f"{party} party actors: {len(names)} (goal 1): {'; '.join(names)}")
    print(f"junk person actors (>= 2 mentions): {len(found['junk_people'])} (goal 0): "
          f"{'; '.join(found['junk_people'][:20])}")  # fmt: skip
    print(
        f"actors merging different people: {len(found['merged_people'])} (goal 0): "
        + "; ".join(f"{a} ({x} / {y})" for a, (x, y) in list(found["merged_people"].items())[:20])
    )
    print(f"names split by a suffix alone (no goal): {len(found['suffix_splits'])}: "
          + "; ".join(f"{a} / {b}" for a, b in found["suffix_splits"]))  # fmt: skip
    main_found = found["main_people_found"]
    if main_found:
        print(f"main people among their article's top three: {main_found['exact']:.2f} by exact "
              f"actor name, {main_found['surname']:.2f} by surname (n = {main_found['people']})")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
