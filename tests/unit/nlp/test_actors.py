"""Actor resolution across the corpus, on the seeds and on the rules' edge cases."""

import pandas as pd
import pytest
from newsdag.config import ConfigError, read_alias_file
from newsdag.nlp.actors import (
    ACTOR_COLUMNS,
    ACTOR_MENTION_COLUMNS,
    actor_tables,
    first_names_match,
    group_names,
    resolve,
    same_person,
)
from newsdag.nlp.surnames import RESOLUTIONS
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
    _, mentions, *_ = seed_annotations
    return resolve(mentions, ALIASES, THRESHOLD)


@pytest.fixture(scope="module")
def resolved_without_aliases(seed_annotations):
    _, mentions, *_ = seed_annotations
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
    mentions, _, _ = resolved if aliases == "with" else resolved_without_aliases
    for group in SPELLING_GROUPS:
        actors = set(mentions.loc[mentions["name"].isin(group), "actor"])
        assert len(actors) == 1, (group, actors)


def test_alias_file_sets_canonical_names_and_roles(resolved):
    _, actors, _ = resolved
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
    how = dict(
        part.rsplit(" ", 1) for part in table.loc["Nicolás Maduro", "resolved_by"].split("; ")
    )
    assert set(how) <= set(RESOLUTIONS) and int(how["alias file"]) > 0
    assert sum(map(int, how.values())) == table.loc["Nicolás Maduro", "mentions"]


def test_seed_person_actors_match_reading(resolved):
    mentions, _, _ = resolved
    body = mentions[(mentions["section"] == "body") & (mentions["type"] == "PERSON")]
    found = {doc: set(frame["actor"]) for doc, frame in body.groupby("doc_id")}
    assert found == GOLD_PERSONS


def test_no_junk_span_becomes_an_actor(resolved, resolved_without_aliases):
    for _, actors, _ in (resolved, resolved_without_aliases):
        assert not set(JUNK) & set(actors["actor"])
        assert all("/" not in a and a != a.lower() for a in actors["actor"])


def test_title_mentions_count_only_for_body_actors(resolved):
    mentions, _, _ = resolved
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
    out, actors, _ = resolve(mentions, aliases, THRESHOLD)
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
    out, _, _ = resolve(mentions, [], THRESHOLD)
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
    out, _, _ = resolve(mentions, aliases, THRESHOLD)
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
    mentions, actors, unresolved = actor_tables(shards, documents, [], THRESHOLD)
    assert list(mentions.columns) == ACTOR_MENTION_COLUMNS
    assert list(actors.columns) == ACTOR_COLUMNS
    assert list(zip(mentions["doc_id"], mentions["start"], mentions["outlet"])) == [
        ("a", 0, "BBC"), ("b", 3, "CNN"), ("b", 40, "CNN"),
    ]  # fmt: skip
    assert list(mentions["actor"]) == ["Sergei Lavrov", "Mike Pompeo", "Sergei Lavrov"]
    assert list(actors["actor"]) == ["Sergei Lavrov", "Mike Pompeo"]


def test_actor_tables_of_no_shards_are_empty():
    documents = pd.DataFrame({"doc_id": ["a"], "outlet": ["BBC"]})
    mentions, actors, unresolved = actor_tables([], documents, [], THRESHOLD)
    assert mentions.empty and actors.empty


def frame(rows, columns=("doc_id", "section", "name", "name_type", "title", "resolved_by", "date")):
    table = pd.DataFrame(rows, columns=list(columns))
    return table.assign(text=table["name"])


def test_surnames_an_article_leaves_alone_are_resolved_across_the_corpus():
    mentions = frame([
        ("a", "body", "Donald Trump", "PERSON", "", "", "2017-01-20"),
        ("b", "body", "Donald Trump", "PERSON", "", "", "2017-02-01"),
        ("b", "body", "Donald Trump", "PERSON", "", "", "2017-02-01"),
        ("c", "body", "Ivanka Trump", "PERSON", "", "", "2017-03-01"),
        ("d", "body", "Trump", "PERSON", "president", "", "2017-03-02"),  # never says "Donald"
        ("d", "body", "Trump", "PERSON", "", "", "2017-03-02"),
        ("e", "body", "Hillary Clinton", "PERSON", "mrs", "", "2016-05-01"),
        ("f", "body", "Bill Clinton", "PERSON", "mr", "", "2016-05-02"),
        ("g", "body", "Clinton", "PERSON", "mrs", "", "2016-05-03"),
        ("h", "body", "Clinton", "PERSON", "", "", "2016-05-03"),  # one each: no majority
    ])  # fmt: skip
    out, actors, unresolved = resolve(mentions, [], THRESHOLD)
    got = list(zip(out["doc_id"], out["actor"], out["resolved_by"]))
    assert got[4:6] == [("d", "Donald Trump", "corpus"), ("d", "Donald Trump", "corpus")]
    assert got[8:] == [("g", "Hillary Clinton", "title"), ("h", "Clinton", "unresolved")]
    assert list(unresolved["name"]) == ["Clinton"]
    assert unresolved["candidates"].iloc[0] == "Bill Clinton (1); Hillary Clinton (1)"
    table = actors.set_index("actor")
    assert table.loc["Donald Trump", "resolved_by"] == "spelling 3; corpus 2"


def test_father_and_son_and_two_members_of_congress_stay_apart():
    names = ["George W. Bush", "George H.W. Bush", "George Herbert Walker Bush", "George Bush",
             "Donald Trump", "Donald Trump Jr.", "Representative Ed Royce",
             "Representative Max Rose"]  # fmt: skip
    group = group_names({n: "PERSON" for n in names}, THRESHOLD)
    assert group["George H.W. Bush"] == group["George Herbert Walker Bush"]
    assert group["George W. Bush"] != group["George H.W. Bush"]
    # "George Bush" could be either: it joins neither.
    assert group["George Bush"] not in (group["George W. Bush"], group["George H.W. Bush"])
    assert group["Donald Trump"] != group["Donald Trump Jr."]
    assert group["Representative Ed Royce"] != group["Representative Max Rose"]


def test_a_bridge_name_cannot_join_two_people():
    names = ["Bill Nelson", "Ben Nelson", "B. Nelson"]  # "B." matches both first names
    group = group_names({n: "PERSON" for n in names}, THRESHOLD)
    assert group["Bill Nelson"] != group["Ben Nelson"]


SHIPPED = read_alias_file(ROOT / "workflow/resources/actors.yaml")


@pytest.mark.parametrize(
    "written, label, actor",
    [("Republicans", "NORP", "Republican Party"), ("GOP", "ORG", "Republican Party"),
     ("G.O.P.", "ORG", "Republican Party"), ("Republican", "NORP", "Republican Party"),
     ("Democrats", "NORP", "Democratic Party"), ("Democratic", "NORP", "Democratic Party"),
     ("State Department", "ORG", "US State Department"), ("Kremlin", "GPE", "Kremlin"),
     ("Twitter", "PERSON", "Twitter"), ("American", "NORP", "American")],
)  # fmt: skip
def test_shipped_parties_and_institutions_are_one_actor_each(written, label, actor):
    mentions = frame([("a", "body", written, label, "", "", "")])
    out, actors, _ = resolve(mentions, SHIPPED, THRESHOLD)
    assert out["actor"].iloc[0] == actor
    expected = {"American": "NORP", "Kremlin": "ORG", "Twitter": "ORG"}.get(actor, "GPE")
    if actor.endswith(("Party", "Department")):
        expected = "ORG"
    assert actors["type"].iloc[0] == expected


def test_a_bare_surname_never_goes_to_a_namesake_with_a_suffix():
    mentions = frame([
        ("a", "body", "Donald Trump", "PERSON", "", "", "2017-07-01"),
        ("a", "body", "Donald Trump", "PERSON", "", "", "2017-07-01"),
        ("b", "body", "Donald Trump Jr.", "PERSON", "", "", "2017-07-10"),
        ("b", "body", "Trump", "PERSON", "", "", "2017-07-10"),  # "the Trump campaign"
        ("b", "body", "Donald Trump Jr.", "PERSON", "", "article", "2017-07-10"),  # "Trump Jr."
    ])  # fmt: skip
    out, _, _ = resolve(mentions, [], THRESHOLD)
    assert list(out["actor"]) == ["Donald Trump", "Donald Trump", "Donald Trump Jr.",
                                  "Donald Trump", "Donald Trump Jr."]  # fmt: skip


def test_a_tie_of_the_wrong_gender_is_undone():
    """ "Mr. Trump" in an article that names only Melania Trump in full is tied
    to her within the article; the corpus says she is "Mrs." Trump."""
    rows = [(doc, "body", "Melania Trump", "PERSON", "mrs", "article", "2017-01-20")
            for doc in ("m1", "m2") for _ in range(3)]  # fmt: skip
    rows += [("d", "body", "Donald Trump", "PERSON", "mr", "", "2017-01-21")] * 3
    rows += [("x", "body", "Melania Trump", "PERSON", "", "", "2017-01-22"),
             ("x", "body", "Melania Trump", "PERSON", "mr", "article", "2017-01-22")]  # fmt: skip
    out, _, _ = resolve(frame(rows), [], THRESHOLD)
    assert list(zip(out["actor"], out["resolved_by"]))[-1] == ("Donald Trump", "title")
    assert list(out["actor"])[:6] == ["Melania Trump"] * 6  # "Mrs. Trump" stays hers


def test_an_alias_joins_a_name_written_with_a_suffix_and_its_bare_surname():
    mentions = frame([
        ("f", "body", "Joe Biden", "PERSON", "", "", "2019-04-25"),
        ("n", "body", "Joseph R. Biden Jr.", "PERSON", "", "", "2019-04-25"),
        ("n", "body", "Biden", "PERSON", "mr", "", "2019-04-25"),  # "Mr. Biden", New York Times
    ])  # fmt: skip
    out, _, _ = resolve(mentions, [], THRESHOLD)
    assert list(out["actor"]) == ["Joe Biden", "Joseph R. Biden Jr.", "Joe Biden"]  # split
    joined = [{"name": "Joe Biden", "aliases": ["Joseph R. Biden Jr."], "type": "PERSON",
               "role": ""}]  # fmt: skip
    out, _, _ = resolve(mentions, joined, THRESHOLD)
    assert list(out["actor"]) == ["Joe Biden"] * 3
