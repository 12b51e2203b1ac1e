"""Actor resolution across the corpus, on the seeds and on the rules' edge cases."""

import pandas as pd
import pytest
from newsdag.config import ConfigError, read_alias_file
from newsdag.nlp.actors import (
    ACTOR_COLUMNS,
    ACTOR_MENTION_COLUMNS,
    actor_tables,
    first_names_match,
    resolve,
    same_person,
)
from rapidfuzz import fuzz

from tests.support import ROOT

THRESHOLD = 85
ALIASES = read_alias_file(ROOT / "config/actors.yaml")

# Spellings the seeds use for one person each (issue: "each spelling group
# yields exactly one actor").
SPELLING_GROUPS = [
    {"Juan Guaido", "Juan Guaidó", "Juan Guiado", "Guaido", "Guaidó", "Guiado"},
    {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"},
    {"Nicolas Maduro", "Nicolás Maduro", "Nicola Maduro", "Maduro"},
    {"Mike Pompeo", "Michael R. Pompeo", "Pompeo"},
]
# PERSON actors named in each seed's body, from reading the articles.
GOLD_PERSONS = {
    "000_7cf7ee1c59f077cd": {"Mike Pompeo", "Nicolás Maduro", "Sergei Lavrov", "Juan Guaidó",
                             "Maria Zakharova", "John Bolton", "Patrick Shanahan", "Donald Trump"},
    "001_27428880460f7e89": {"Mike Pompeo", "John Bolton", "Nicolás Maduro", "Juan Guaidó", "Sergei Lavrov"},
    "002_3929f88b2ecd8f4f": {"Sergei Lavrov", "Mike Pompeo", "Nicolás Maduro", "Juan Guaidó"},
    "003_ee6829a17d0594e0": {"Sergei Lavrov", "Nicolás Maduro", "Juan Guaidó", "Mike Pompeo", "Wolf Blitzer"},
    "004_d82b79f67a646ad1": {"Sergei Lavrov", "Nicolás Maduro", "Jorge Arreaza", "Juan Guaidó",
                             "Mike Pompeo", "Vladimir Putin", "Donald Trump"},
}  # fmt: skip
JUNK = ["Tension Grows Between", "Venezuela Standoff", "Speak", "U.S. Position", "State",
        "National Security", "Evan Vucci", "U.S.-Russia", "national security council", "Wolf"]  # fmt: skip


@pytest.fixture(scope="module")
def resolved(seed_annotations):
    _, mentions, _ = seed_annotations
    return resolve(mentions, ALIASES, THRESHOLD)


@pytest.fixture(scope="module")
def resolved_without_aliases(seed_annotations):
    _, mentions, _ = seed_annotations
    return resolve(mentions, [], THRESHOLD)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Juan Guaido", "Juan Guiado"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Nicolas Maduro", "Nicola Maduro"),
    ],
)
def test_threshold_admits_the_seed_variants(a, b):
    assert fuzz.ratio(a.lower(), b.lower()) >= THRESHOLD and same_person(a, b, THRESHOLD)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Donald Trump", "Donald Tusk"),  # ratio 78: distinct people
        ("Sergei Lavrov", "Sergei Ryabkov"),  # same first name, different deputy
        ("John Bolton", "John Kerry"),
        ("Juan Guaido", "Juan Gonzalez"),
        ("Ivanka Trump", "Donald Trump"),  # same surname, other first initial
    ],
)
def test_threshold_keeps_distinct_people_apart(a, b):
    assert not same_person(a, b, THRESHOLD)
    if a.split()[0] == b.split()[0]:
        assert fuzz.ratio(a.lower(), b.lower()) < THRESHOLD


def test_middle_initials_and_short_first_names_join_on_the_surname():
    assert same_person("Mike Pompeo", "Michael R. Pompeo", THRESHOLD)
    assert fuzz.ratio("mike pompeo", "michael pompeo") < THRESHOLD  # so the surname rule is needed


@pytest.mark.parametrize("aliases", ["with", "without"])
def test_each_spelling_group_is_one_actor(resolved, resolved_without_aliases, aliases):
    mentions, _ = resolved if aliases == "with" else resolved_without_aliases
    for group in SPELLING_GROUPS:
        actors = set(mentions.loc[mentions["name"].isin(group), "actor"])
        assert len(actors) == 1, (group, actors)


def test_alias_file_sets_canonical_names_and_roles(resolved):
    _, actors = resolved
    table = actors.set_index("actor")
    assert table.loc["Juan Guaidó", "role"].startswith("Venezuelan opposition leader")
    assert set(table.loc["Juan Guaidó", "variants"].split(";")) >= {
        "Guaido",
        "Guaidó",
        "Guiado",
        "Juan Guiado",
    }
    assert table.loc["United States", "type"] == "GPE"
    assert {"US", "U.S.", "the United States"} <= set(
        table.loc["United States", "variants"].split(";")
    )
    assert table.loc["Nicolás Maduro", "resolved_by"] == "alias file"


def test_seed_person_actors_match_reading(resolved):
    mentions, _ = resolved
    body = mentions[(mentions["section"] == "body") & (mentions["type"] == "PERSON")]
    found = {doc: set(frame["actor"]) for doc, frame in body.groupby("doc_id")}
    assert found == GOLD_PERSONS


def test_no_junk_span_becomes_an_actor(resolved, resolved_without_aliases):
    for _, actors in (resolved, resolved_without_aliases):
        assert not set(JUNK) & set(actors["actor"])
        assert all("/" not in a and a != a.lower() for a in actors["actor"])


def test_title_mentions_count_only_for_body_actors(resolved):
    mentions, _ = resolved
    titles = mentions[mentions["section"] == "title"]
    assert set(titles["actor"]) <= set(mentions.loc[mentions["section"] == "body", "actor"])
    assert "Mike Pompeo" in set(titles["actor"]) and "John Bolton" in set(titles["actor"])


def test_alias_file_errors_name_the_actor_and_the_fix(tmp_path):
    bad = tmp_path / "actors.yaml"
    bad.write_text("- name: A B\n  type: PERSONS\n")
    with pytest.raises(
        ConfigError,
        match=r"actor 1 \(A B\): type 'PERSONS' is not one of PERSON, ORG, GPE, NORP. Fix",
    ):
        read_alias_file(bad)
    bad.write_text("- name: A B\n  aliases: [X]\n- name: C D\n  aliases: [x]\n")
    with pytest.raises(ConfigError, match=r"actor 2 \(C D\): 'x' is also listed for 'A B'"):
        read_alias_file(bad)
    bad.write_text("- name: A B\n  role: r\n  rank: 1\n")
    with pytest.raises(ConfigError, match="unknown key 'rank'"):
        read_alias_file(bad)


def test_alias_overrides_automatic_grouping():
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "section": ["body"] * 3,
            "name": ["Kremlin", "Moscow", "Moscow"],
            "name_type": ["ORG", "GPE", "GPE"],
            "text": ["Kremlin", "Moscow", "Moscow"],
        }
    )
    aliases = [
        {"name": "Russian government", "aliases": ["Kremlin", "Moscow"], "type": "ORG", "role": ""}
    ]
    out, actors = resolve(mentions, aliases, THRESHOLD)
    assert set(out["actor"]) == {"Russian government"} and list(actors["mentions"]) == [3]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Mike Pompeo", "Michael R. Pompeo", True),
        ("Jim Jordan", "James Jordan", True),
        ("Joe Biden", "Jill Biden", False),
        ("Bill Nelson", "Ben Nelson", False),
        ("George W. Bush", "George H. W. Bush", False),
        ("Donald Trump Jr.", "Dale Earnhardt Jr.", False),
        ("Bashar al-Assad", "Bashar Assad", True),
    ],
)
def test_first_names_middle_initials_and_suffixes(a, b, same):
    assert same_person(a, b, THRESHOLD) is same


def test_a_one_word_organisation_never_joins_a_person_across_the_corpus():
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "b", "b"],
            "section": ["body"] * 3,
            "name": ["Fox", "Liam Fox", "Liam Fox"],
            "name_type": ["ORG", "PERSON", "PERSON"],
            "text": ["Fox", "Liam Fox", "Liam Fox"],
        }
    )
    out, _ = resolve(mentions, [], THRESHOLD)
    assert list(out["actor"]) == ["Fox", "Liam Fox", "Liam Fox"]


def test_unlisted_spellings_go_to_the_listed_actor_they_match():
    names = ["Joe Biden", "Jill Biden", "Joseph R. Biden", "Jill T. Biden"]
    mentions = pd.DataFrame(
        {
            "doc_id": list("abcd"),
            "section": ["body"] * 4,
            "name": names,
            "name_type": ["PERSON"] * 4,
            "text": names,
        }
    )
    aliases = [
        {"name": "Joe Biden", "aliases": [], "type": "PERSON", "role": ""},
        {"name": "Jill Biden", "aliases": [], "type": "PERSON", "role": ""},
    ]
    out, _ = resolve(mentions, aliases, THRESHOLD)
    assert dict(zip(out["name"], out["actor"])) == {
        "Joe Biden": "Joe Biden",
        "Jill Biden": "Jill Biden",
        "Joseph R. Biden": "Joe Biden",
        "Jill T. Biden": "Jill Biden",
    }


@pytest.mark.parametrize(
    "a, b, match",
    [("mike", "michael", True), ("j", "james", True), ("joe", "jill", False),
     ("sergei", "sergey", True), ("bill", "william", False)],
)  # fmt: skip
def test_first_names_match(a, b, match):
    assert first_names_match(a, b) is match


def test_actor_tables_keep_the_corpus_documents_and_sort_the_mentions():
    def shard(doc_id, names, starts):
        return pd.DataFrame({
            "doc_id": doc_id, "section": "body", "sentence_id": ["1"] * len(names),
            "start": starts, "end": [str(int(s) + 5) for s in starts], "text": names,
            "label": "PERSON", "name": names, "name_type": "PERSON",
        })  # fmt: skip

    shards = [
        shard("b", ["Sergey Lavrov", "Mike Pompeo"], ["40", "3"]),
        shard("a", ["Sergei Lavrov"], ["0"]),
        shard("dup", ["Nicolas Maduro"], ["0"]),  # a duplicate left out of the corpus
    ]
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["BBC", "CNN"], "title": "t"})
    mentions, actors = actor_tables(shards, documents, [], THRESHOLD)
    assert list(mentions.columns) == ACTOR_MENTION_COLUMNS
    assert list(actors.columns) == ACTOR_COLUMNS
    assert list(zip(mentions["doc_id"], mentions["start"], mentions["outlet"])) == [
        ("a", 0, "BBC"), ("b", 3, "CNN"), ("b", 40, "CNN"),
    ]  # fmt: skip
    assert list(mentions["actor"]) == ["Sergei Lavrov", "Mike Pompeo", "Sergei Lavrov"]
    assert list(actors["actor"]) == ["Sergei Lavrov", "Mike Pompeo"]


def test_actor_tables_of_no_shards_are_empty():
    documents = pd.DataFrame({"doc_id": ["a"], "outlet": ["BBC"]})
    mentions, actors = actor_tables([], documents, [], THRESHOLD)
    assert mentions.empty and actors.empty
