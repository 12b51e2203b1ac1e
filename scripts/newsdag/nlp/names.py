"""Person names taken apart: the folded first and last name, and the middle
initials, that decide whether two spellings name one person (within an
article in ``newsdag.nlp.mentions``, across the corpus in
``newsdag.nlp.actors``). All keys are folded with
``newsdag.text.normalise.fold_name``."""

import re

from newsdag.text.normalise import fold_name

NAME_PARTICLES = frozenset(
    "de da di do dos du del della der den van von bin al el la le ter".split()
)
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def person_keys(name: str) -> tuple[str, str]:
    """Folded first and last name of a multi-word person name, ignoring
    middle initials, particles, suffixes and an ``al-``/``el-`` prefix:
    "Michael R. Pompeo" -> ("michael", "pompeo"), "Bashar al-Assad" ->
    ("bashar", "assad"), "Donald Trump Jr." -> ("donald", "trump")."""
    words = [
        re.sub(r"^(?:al|el)-", "", w.strip(","))
        for w in fold_name(name).split()
        if len(w.strip(",")) > 1 and w.strip(",") not in NAME_PARTICLES | NAME_SUFFIXES
    ]
    return (words[0], words[-1]) if len(words) >= 2 else ("", "")


def middle_initials(name: str) -> str:
    """The single-letter words between first and last name: "George H. W.
    Bush" -> "hw"; used to keep "George W. Bush" apart from his father."""
    words = fold_name(name.replace(".", ". ")).split()
    return "".join(w for w in words[1:-1] if len(w) == 1)
