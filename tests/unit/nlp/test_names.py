"""Person names taken apart: first and last name, middle names, suffix
and title."""

import pytest
from newsdag.nlp.names import (
    middle_initials,
    name_suffix,
    person_keys,
    surname_key,
    title_gender,
    title_word,
)


def test_person_keys_of_seed_spellings():
    assert person_keys("Michael R. Pompeo") == ("michael", "pompeo")
    assert person_keys("Juan Guaidó") == ("juan", "guaido")


@pytest.mark.parametrize(
    "name, keys",
    [
        ("Bashar al-Assad", ("bashar", "assad")),
        ("Donald Trump Jr.", ("donald", "trump")),
        ("Ursula von der Leyen", ("ursula", "leyen")),
        ("Pompeo", ("", "")),  # one word: no first and last name
        ("George H. W. Bush", ("george", "bush")),
    ],
)
def test_person_keys_skip_initials_particles_and_suffixes(name, keys):
    assert person_keys(name) == keys


def test_middle_initials():
    assert middle_initials("George H. W. Bush") == "hw"
    assert middle_initials("George H.W. Bush") == "hw"  # initials written together
    assert middle_initials("George W. Bush") == "w"
    assert middle_initials("[George W.] Bush") == "w"  # an editor's brackets, as in BASIL
    assert middle_initials("Mike Pompeo") == ""


def test_middle_names_written_in_full_count_as_initials():
    assert middle_initials("George Herbert Walker Bush") == "hw"  # the father, in full
    assert middle_initials("Hillary Rodham Clinton") == "r"
    assert middle_initials("Robert S. Mueller III") == "s"  # the suffix is no middle name


@pytest.mark.parametrize(
    "name, keys, suffix, surname",
    [
        ("Representative Ed Royce", ("ed", "royce"), "", "royce"),  # a title is no first name
        ("Sen. Dick Durbin", ("dick", "durbin"), "", "durbin"),
        ("Donald Trump Jr.", ("donald", "trump"), "jr", "trump"),
        ("Robert S. Mueller III", ("robert", "mueller"), "iii", "mueller"),
        ("Trump Jr.", ("", ""), "jr", "trump"),  # a surname with its suffix
        ("Mr. Obama", ("", ""), "", "obama"),
        ("Obama", ("", ""), "", "obama"),
    ],
)
def test_titles_and_suffixes_are_taken_off_the_name(name, keys, suffix, surname):
    assert person_keys(name) == keys
    assert name_suffix(name) == suffix
    assert surname_key(name) == surname


@pytest.mark.parametrize(
    "word, title, gender",
    [("Mrs.", "mrs", "female"), ("Sen.", "senator", ""), ("Mr", "mr", "male"),
     ("Congresswoman", "congresswoman", "female"), ("President", "president", ""),
     ("Pompeo", "", ""), ("president", "", "")],  # lower case: a word, not a title
)  # fmt: skip
def test_title_words_and_the_gender_they_state(word, title, gender):
    assert title_word(word) == title
    assert title_gender(title) == gender
