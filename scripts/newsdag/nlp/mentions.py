"""Named-entity mentions of one article: spaCy's entities of the actor types
(``newsdag.constants.ENTITY_TYPES``), cleaned, with the junk removed, and
each resolved to the name it stands for inside its article."""

import re

from newsdag.constants import ENTITY_TYPES
from newsdag.nlp.names import person_keys
from newsdag.text.normalise import fold_name

# Words of office and institution that spaCy tags when they stand alone or
# begin a longer title: "Secretary of State Mike Pompeo" gives ORG "State".
ROLE_WORDS = frozenset(
    "state secretary president minister ministry department council national security "
    "adviser advisor foreign affairs defense defence government administration office "
    "acting deputy chief general spokesman spokeswoman spokesperson official officials "
    "leader prime senator governor ambassador interim assembly".split()
)
INSTITUTION_WORDS = frozenset(
    "assembly department ministry council office government administration".split()
)


def clean_surface(text: str) -> str:
    """A mention's text without a leading "the", a trailing possessive or
    surrounding punctuation: ``"the Russian Foreign Ministry’s"`` ->
    ``"Russian Foreign Ministry"``."""
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip())
    text = re.sub(r"['’]s?$", "", text)
    return text.strip(" \t\n\"“”‘’'()[]{}:;,-–—")


def is_junk_mention(text: str, label: str, next_token: str = "") -> bool:
    """Whether a cleaned mention cannot name an actor.

    Junk: no letter, one character, all lower case ("national security
    council"), a slash or @ (photo credits such as "Evan Vucci/AP", handles),
    more than six words, a hyphenated pair of places ("U.S.-Russia"), or
    only words of office ("State", "National
    Security") when alone or cut off before a capitalised word ("National
    Security Adviser John Bolton"). ``next_token`` is the token after the
    span in the text.
    """
    words = text.split()
    if len(text) < 2 or not re.search(r"[^\W\d_]", text) or text == text.lower():
        return True
    if re.search(r"[/@#]", text) or len(words) > 6:
        return True
    if label in ("GPE", "NORP") and re.fullmatch(r"[A-Z][\w.]*-[A-Z][\w.]*", text):
        return True  # "U.S.-Russia" (relations): a pair of places, not an actor
    generic = all(w.lower().strip(".") in ROLE_WORDS for w in words)
    if not generic:
        return False
    # "State" or "National Security" cut from a title ("... Adviser John
    # Bolton") is junk; "National Assembly" or "State Department" is whole.
    whole = words[-1].lower() in INSTITUTION_WORDS
    return len(words) == 1 or (next_token[:1].isupper() and not whole)


def normalise_norp(text: str) -> str:
    """Plural nationality to singular: "Russians" -> "Russian"."""
    return text[:-1] if re.fullmatch(r"[A-Z][a-z]+ans", text) else text


def resolve_in_document(mentions: list[dict]) -> None:
    """Set ``name`` and ``name_type`` of each mention of one document.

    The multi-word PERSON names of the body are the document's full names
    (headlines are left out: spaCy misreads their capitalised words, e.g.
    "Venezuela Standoff"). A one-word mention that is the last name of
    exactly one full name resolves to it and becomes a PERSON, whatever
    label spaCy gave it: "Pompeo" (GPE) -> "Mike Pompeo". A one-word PERSON
    mention may also be a unique first name: "Wolf" -> "Wolf Blitzer".
    Other mentions keep their own cleaned text and label.
    """
    full_names = {
        m["name"]
        for m in mentions
        if m["label"] == "PERSON" and m["section"] == "body" and len(m["name"].split()) > 1
    }
    by_last, by_first = {}, {}
    for name in sorted(full_names):
        first, last = person_keys(name)
        if last:
            by_last.setdefault(last, set()).add(name)
            by_first.setdefault(first, set()).add(name)
    for mention in mentions:
        key = fold_name(mention["name"])
        if " " in key:
            continue
        candidates = by_last.get(key, set())
        if not candidates and mention["label"] == "PERSON":
            candidates = by_first.get(key, set())
        if len(candidates) == 1:
            mention["name"], mention["name_type"] = next(iter(candidates)), "PERSON"


def mentions_of(doc, doc_id: str, section: str, sentence_ids: list[int]):
    """Candidate mentions of one spaCy Doc (title or body), junk removed:
    dicts with the keys of ``newsdag.nlp.annotation.MENTION_COLUMNS``, the
    ``name`` not yet resolved (``resolve_in_document``). ``sentence_ids``
    gives the sentence number of each token; offsets are characters into
    the title or body."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        label = ent.label_
        end = ent.end
        while end > ent.start and doc[end - 1].is_space:
            end -= 1  # spaCy can end an entity on a paragraph break
        ent = doc[ent.start : end]
        if not len(ent):
            continue
        text = clean_surface(ent.text)
        next_token = doc[ent.end].text if ent.end < len(doc) else ""
        if is_junk_mention(text, label, next_token):
            continue
        name = normalise_norp(text) if label == "NORP" else text
        found.append({
            "doc_id": doc_id,
            "section": section,
            "sentence_id": sentence_ids[ent.start],
            "start": ent.start_char,
            "end": ent.end_char,
            "text": ent.text,
            "label": label,
            "name": name,
            "name_type": label,
        })  # fmt: skip
    return found
