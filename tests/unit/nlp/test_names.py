"""Person names taken apart: first and last name, middle initials."""

import pytest
from newsdag.nlp.names import middle_initials, person_keys


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
    assert middle_initials("Mike Pompeo") == ""
