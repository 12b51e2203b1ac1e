"""Person names taken apart: the folded first and last name, the middle
names, the suffix and the title, which decide whether two spellings name one
person (within an article in ``newsdag.nlp.mentions``, across the corpus in
``newsdag.nlp.actors``). All keys are folded with
``newsdag.text.normalise.fold_name``."""

import re
from functools import lru_cache

from newsdag.text.normalise import fold_name

# Names taken apart are remembered (a corpus's distinct names, up to this
# many): the corpus step compares each name with many others.
CACHED_NAMES = 1 << 18

NAME_PARTICLES = frozenset(
    "de da di do dos du del della der den van von bin al el la le ter".split()
)
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())

# Words of a title before a name, folded, with the full word each
# abbreviation stands for: "Sen." -> "senator". A title is one or more of
# them in a row: "Vice President", "Attorney General", "Mr.".
TITLE_WORDS = {
    **{word: word for word in (
        "mr mrs ms miss dr president senator representative congressman congresswoman "
        "governor secretary speaker judge justice mayor sheriff general chairman chairwoman "
        "ambassador minister chancellor prince princess king queen pope sir dame lord lady "
        "vice deputy acting attorney majority minority leader first prime chief lieutenant "
        "colonel admiral sergeant reverend senators representatives"
    ).split()},
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "adm": "admiral", "sgt": "sergeant",
    "rev": "reverend", "pres": "president", "messrs": "mr",
}  # fmt: skip
# The gender a title states; other titles state none.
TITLE_GENDER = {
    "mr": "male", "congressman": "male", "sir": "male", "king": "male", "prince": "male",
    "mrs": "female", "ms": "female", "miss": "female", "congresswoman": "female",
    "dame": "female", "queen": "female", "princess": "female", "first lady": "female",
    "chairwoman": "female",
}  # fmt: skip


def title_word(word: str) -> str:
    """The full title word a word is, or "": "Sen." -> "senator", "Mrs" ->
    "mrs", "Pompeo" -> "". Only a capitalised word or abbreviation counts."""
    if not word[:1].isupper():
        return ""
    return TITLE_WORDS.get(fold_name(word), "")


def title_gender(title: str) -> str:
    """ "male", "female" or "" for a title as ``title_word``s give it:
    "mrs" -> "female", "president" -> ""."""
    return TITLE_GENDER.get(title, TITLE_GENDER.get(title.split()[-1], "") if title else "")


@lru_cache(maxsize=CACHED_NAMES)
def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a person name without a title, punctuation
    around words ("[George W.] Bush"), particles after the first word ("von
    der") or an ``al-``/``el-`` prefix; initials written together are split:
    "Sen. George H.W. Bush Jr." -> ("george", "h", "w", "bush", "jr"); a
    first word that is a particle stays a first name: "Al Gore" -> ("al",
    "gore")."""
    words = [w.strip(",;:()[]\"'") for w in fold_name(name.replace(".", ". ")).split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    words = words[:1] + [w for w in words[1:] if w not in NAME_PARTICLES]
    return tuple(re.sub(r"^(?:al|el)-", "", w) for w in words)


@lru_cache(maxsize=CACHED_NAMES)
def name_suffix(name: str) -> str:
    """The folded generational suffix of a person name, or "": "Donald
    Trump Jr." -> "jr", "Robert S. Mueller III" -> "iii"."""
    words = name_words(name)
    return words[-1] if len(words) > 1 and words[-1] in NAME_SUFFIXES else ""


@lru_cache(maxsize=CACHED_NAMES)
def person_keys(name: str) -> tuple[str, str]:
    """Folded first and last name of a multi-word person name, ignoring a
    title, middle names, particles, suffixes and an ``al-``/``el-`` prefix:
    "Michael R. Pompeo" -> ("michael", "pompeo"), "Bashar al-Assad" ->
    ("bashar", "assad"), "Donald Trump Jr." -> ("donald", "trump"),
    "Representative Ed Royce" -> ("ed", "royce"), "O.J. Simpson" -> ("o",
    "simpson"), "J. Christopher Stevens" -> ("christopher", "stevens") (an
    initial before a first name written in full gives way to it); ("", "")
    for one word. A name is a full name when its last name is not ""."""
    words = [w for w in name_words(name) if w not in NAME_SUFFIXES]
    if len(words) < 2:
        return ("", "")
    first = next((w for w in words[:-1] if len(w) > 1), words[0])
    return (first, words[-1])


@lru_cache(maxsize=CACHED_NAMES)
def surname_key(name: str) -> str:
    """The folded last name of any person name, one word or more, without
    title or suffix: "Mr. Obama" -> "obama", "Trump Jr." -> "trump", "King"
    -> "king"."""
    words = [w for w in name_words(name) if w not in NAME_SUFFIXES]
    return words[-1] if words else ""


@lru_cache(maxsize=CACHED_NAMES)
def middle_initials(name: str) -> str:
    """The initials of the names between first and last name, written as
    initials or in full: "George H. W. Bush" and "George Herbert Walker Bush"
    -> "hw", "George W. Bush" -> "w"; used to keep a father and son apart."""
    words = [w for w in name_words(name) if w not in NAME_SUFFIXES]
    return "".join(w[0] for w in words[1:-1])
