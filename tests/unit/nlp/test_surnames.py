"""Surname-only mentions resolved across the corpus: title, article and the
period's majority, or left unresolved."""

from collections import Counter
from datetime import date

import pytest
from newsdag.nlp.surnames import (
    Candidate,
    by_title,
    candidate_evidence,
    mostly_of_gender,
    resolve_surname,
    role_titles,
    surname_of,
)

DAY = date(2016, 6, 1).toordinal()


def dated(*days: str) -> list[int]:
    return sorted(date.fromisoformat(d).toordinal() for d in days)


# The Clintons as a 2016 corpus writes them: Hillary named in full often,
# with "Mrs."; Bill less, with "Mr." and "President" (from 1990s looks back).
CLINTONS = {
    "Hillary Clinton": Candidate(
        days=dated(*["2016-05-01"] * 8, "2016-06-20"), titles=Counter({"mrs": 12, "secretary": 3})
    ),
    "Bill Clinton": Candidate(
        days=dated("2016-05-10", "1998-01-20", "1998-02-01"), titles=Counter({"president": 2})
    ),  # never named with "Mr." in full: no gender evidence of his own
}


def resolve(title="", in_article=(), day=DAY, evidence=CLINTONS, period=365, majority=0.67):
    return resolve_surname(set(evidence), set(in_article), title, day, evidence, {}, period,
                           majority)  # fmt: skip


def test_mentions_within_a_period_and_undated_ones():
    candidate = Candidate(days=dated("2016-01-01", "2016-06-01", "2018-01-01"), undated=2)
    assert candidate.mentions_within(DAY, 0) == 1
    assert candidate.mentions_within(DAY, 365) == 2
    assert candidate.mentions_within(None, 0) == 5  # no date: the whole corpus, undated too


def test_a_gendered_title_picks_its_gender_or_leaves_out_the_other():
    assert resolve("mr") == ("Bill Clinton", "title")  # Hillary is mostly "Mrs."
    assert resolve("president") == ("Bill Clinton", "title")  # said with him, not with her
    assert resolve("mrs") == ("Hillary Clinton", "title")  # the one mostly "Mrs."
    hillary = {"Hillary Clinton": CLINTONS["Hillary Clinton"].titles}
    assert by_title(["Hillary Clinton"], "mr", hillary, {}, 0.67) == []  # no one left


def test_a_title_of_a_gender_never_picks_a_person_of_the_other():
    evidence = {"Ted Cruz": Candidate(days=dated("2016-05-01"), titles=Counter({"mr": 3}))}
    assert resolve("mrs", evidence=evidence) == ("", "unresolved")  # "Mrs. Cruz" is not Ted
    assert resolve("mr", evidence=evidence) == ("Ted Cruz", "corpus")


def test_the_article_decides_before_the_corpus():
    assert resolve(in_article={"Bill Clinton"}) == ("Bill Clinton", "article")


def test_the_periods_majority_decides_and_the_period_matters():
    assert resolve() == ("Hillary Clinton", "corpus")  # 9 of 10 full-name mentions in 2016
    assert resolve(day=date(1998, 3, 1).toordinal()) == ("Bill Clinton", "corpus")
    # No full-name mention in the period: no one is guessed.
    assert resolve(day=date(2005, 1, 1).toordinal()) == ("", "unresolved")
    assert resolve(day=None) == ("Hillary Clinton", "corpus")  # undated: the whole corpus, 9 of 12
    assert resolve(day=None, majority=0.8) == ("", "unresolved")


def test_no_clear_majority_leaves_the_mention_unresolved():
    even = {
        "Asa Hutchinson": Candidate(days=dated("2013-04-01", "2013-04-02")),
        "Seth Hutchinson": Candidate(days=dated("2013-04-01", "2013-04-03")),
    }
    assert resolve(evidence=even, day=date(2013, 4, 2).toordinal()) == ("", "unresolved")
    assert resolve("mr", evidence=even) == ("", "unresolved")  # no title evidence either way


def test_one_candidate_needs_its_article_or_its_period():
    one = {"Neil Gorsuch": Candidate(days=dated("2017-02-01"))}
    assert resolve(evidence=one, day=date(2017, 3, 1).toordinal()) == ("Neil Gorsuch", "corpus")
    assert resolve(evidence=one, in_article={"Neil Gorsuch"}) == ("Neil Gorsuch", "article")
    assert resolve(evidence=one, day=date(2015, 1, 1).toordinal()) == ("", "unresolved")


def test_a_role_in_the_alias_file_is_a_title():
    assert role_titles("US Secretary of State") == {"secretary"}
    assert role_titles("Russian President") == {"president"}
    assert role_titles("US Vice President") == {"vice president"}  # not "president"
    assert role_titles("opposition leader, interim president") == {"leader", "president"}
    roles = {"Bill Clinton": "US President 1993-2001"}
    titles = {a: c.titles for a, c in CLINTONS.items()}
    assert by_title(sorted(CLINTONS), "president", titles, roles, 0.67) == ["Bill Clinton"]


def test_gender_needs_a_majority_of_the_gendered_titles():
    assert mostly_of_gender(Counter({"mrs": 5, "mr": 1, "senator": 9}), "female", 0.67)
    assert not mostly_of_gender(Counter({"mrs": 1, "mr": 1}), "female", 0.67)
    assert not mostly_of_gender(Counter({"senator": 3}), "male", 0.67)  # no gendered title


def test_evidence_counts_written_full_names_and_every_title():
    rows = [
        ("Barack Obama", "Barack Obama", "president", DAY, True),
        ("Barack Obama", "Barack Obama", "president", DAY, False),  # "President Obama", tied
        ("Barack Obama", "Barack Obama", "", None, True),
        ("Obama", "Obama", "mr", DAY, True),  # a surname: no evidence for anyone
    ]
    evidence = candidate_evidence(rows, {"Barack Obama"})
    assert set(evidence) == {"Barack Obama"}
    assert evidence["Barack Obama"].days == [DAY] and evidence["Barack Obama"].undated == 1
    assert evidence["Barack Obama"].titles == Counter({"president": 2})


@pytest.mark.parametrize(
    "name, kind, key",
    [("Trump", "PERSON", ("trump", "")), ("Trump Jr.", "PERSON", ("trump", "jr")),
     ("Mr. Obama", "PERSON", ("obama", "")), ("Donald Trump", "PERSON", ("", "")),
     ("Jackson", "GPE", ("", ""))],
)  # fmt: skip
def test_surname_of_a_one_word_person_name(name, kind, key):
    assert surname_of(name, kind) == key
