"""The measures of actor resolution in ``bench/actor_quality.py``, on
tables shaped like BASIL's before issue 18 (each measure must catch what it
is for)."""

import json

import pandas as pd
from bench.actor_quality import (
    junk_people,
    main_people_found,
    merged_people,
    party_actors,
    suffix_splits,
    surname_share,
)


def actors_table(rows):
    return pd.DataFrame(rows, columns=["actor", "type", "mentions", "variants"]).astype(str)


BEFORE = actors_table([
    ("Donald Trump", "PERSON", 540, "Donald Trump;Donald J. Trump;Trump"),
    ("Trump", "PERSON", 463, "Trump"),
    ("Ivanka Trump", "PERSON", 20, "Ivanka Trump"),
    ("Hillary Clinton", "PERSON", 289, "Hillary Clinton;Clinton"),
    ("Bill Clinton", "PERSON", 240, "Bill Clinton"),
    ("Clinton", "PERSON", 70, "Clinton"),  # no clear majority: not stranded
    ("Republican", "NORP", 692, "Republican;Republicans"),
    ("GOP", "ORG", 107, "GOP;G.O.P."),
    ("Democratic Party", "ORG", 10, "Democratic Party;Democrats"),
    ("Plus Obama", "PERSON", 14, "Plus Obama;Obama"),
    ("Mitt Romney’s Medicare", "PERSON", 2, "Mitt Romney’s Medicare"),
    ("Theresa May", "PERSON", 3, "Theresa May"),
    ("George W. Bush", "PERSON", 30, "George W. Bush;George H.W. Bush;Bush"),
    ("Representative Ed Royce", "PERSON", 5, "Representative Ed Royce;Representative Max Rose"),
    ("Donald Trump Jr.", "PERSON", 9, "Donald Trump Jr.;Trump Jr."),
    ("Mike Pompeo", "PERSON", 50, "Mike Pompeo;Michael R. Pompeo;Pompeo;Pompeo’s"),
])  # fmt: skip


def test_a_surname_beside_a_dominant_full_name_is_stranded():
    total = sum(int(n) for n, t in zip(BEFORE["mentions"], BEFORE["type"]) if t == "PERSON")
    assert surname_share(BEFORE) == 463 / total  # Trump, not Clinton (289 against 240)


def test_parties_in_pieces_are_counted():
    assert party_actors(BEFORE) == {
        "Republican": ["GOP", "Republican"],
        "Democratic": ["Democratic Party"],
    }


def test_sentence_openers_and_possessives_make_junk_people():
    assert junk_people(BEFORE) == ["Mitt Romney’s Medicare", "Plus Obama"]  # not Theresa May


def test_different_people_in_one_actor_are_found():
    assert merged_people(BEFORE) == {
        "George W. Bush": ("George H.W. Bush", "George W. Bush"),
        "Representative Ed Royce": ("Representative Ed Royce", "Representative Max Rose"),
    }  # Pompeo's spellings and Trump Jr.'s are one person each


def test_main_people_are_looked_up_in_their_articles_top_three(tmp_path):
    (tmp_path / "2019").mkdir()
    for name, entities in [("a", ["Donald Trump", "Republican Lawmakers"]), ("b", ["Adam Schiff"])]:
        (tmp_path / "2019" / f"{name}.json").write_text(json.dumps({"main-entities": entities}))
    mentions = pd.DataFrame(
        {"doc_id": ["2019/a", "2019/a", "2019/b"], "type": "PERSON",
         "actor": ["Donald Trump", "Nancy Pelosi", "Adam B. Schiff"]}  # fmt: skip
    )
    actors = actors_table([("Donald Trump", "PERSON", 1, ""), ("Adam B. Schiff", "PERSON", 1, "")])
    found = main_people_found(mentions, actors, tmp_path)
    # "Republican Lawmakers" is no person; "Adam Schiff" is found by surname only.
    assert found == {"people": 2, "exact": 0.5, "surname": 1.0}


def test_names_split_by_a_suffix_are_listed():
    table = actors_table([
        ("Joe Biden", "PERSON", 78, "Joe Biden"),
        ("Joseph R. Biden Jr.", "PERSON", 10, "Joseph R. Biden Jr."),
        ("Donald Trump", "PERSON", 900, "Donald Trump"),
        ("Donald Trump Jr.", "PERSON", 48, "Donald Trump Jr."),
        ("Martin Luther King Jr.", "PERSON", 3, "Martin Luther King Jr."),
        ("Steve King", "PERSON", 3, "Steve King"),
    ])  # fmt: skip
    assert suffix_splits(table) == [
        ("Donald Trump", "Donald Trump Jr."), ("Joe Biden", "Joseph R. Biden Jr.")
    ]  # fmt: skip
