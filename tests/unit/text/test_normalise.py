"""fold_name: one key for the spellings of one name."""

import pytest
from newsdag.text.normalise import fold_name


@pytest.mark.parametrize(
    "a, b",
    [("Guaidó", "Guaido"), ("U.S.", "US"), ("Nicolás  Maduro", "nicolas maduro"),
     ("Sergei Lavrov ", "SERGEI LAVROV")],
)  # fmt: skip
def test_spellings_of_one_name_fold_together(a, b):
    assert fold_name(a) == fold_name(b)


def test_different_names_stay_apart():
    assert fold_name("Sergei Lavrov") != fold_name("Sergey Lavrov")
    assert fold_name("Guaidó") == "guaido"
