"""Named-entity mentions of one article: spaCy's entities of the actor types
(``newsdag.constants.ENTITY_TYPES``), cleaned, with the junk removed, and
each resolved to the name it stands for inside its article."""

import re

from newsdag.constants import ENTITY_TYPES
from newsdag.nlp.names import name_suffix, person_keys, surname_key, title_word

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
    """A mention's text without a leading "the", a trailing possessive,
    surrounding punctuation or an editor's square brackets:
    ``"the Russian Foreign Ministry’s"`` -> ``"Russian Foreign Ministry"``,
    ``"[George W.] Bush"`` -> ``"George W. Bush"``."""
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip().replace("[", "").replace("]", ""))
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


# Penn Treebank tags (spaCy's ``tag_``) of words that are never part of a
# person's name: conjunctions, prepositions, determiners, pronouns, adverbs,
# verbs and participles, numbers, particles and punctuation. At the edge of
# a PERSON span they are a sentence opener or the next clause glued to the
# name: "Plus Obama", "Following Romney".
NON_NAME_TAGS = frozenset(
    "CC IN DT PDT WDT WP WP$ WRB RB RBR RBS VB VBD VBG VBN VBP VBZ MD PRP PRP$ TO UH EX "
    "CD RP POS , : . `` '' -LRB- -RRB- HYPH NFP SYM LS".split()
)
# Of those, the tags of a capitalised word opening a sentence that is no
# first name: "Plus", "After", "Following", "Meanwhile", "When". Verbs and
# modals are left out: "Will Hurd", "Hope Hicks", "Rush Limbaugh".
OPENER_TAGS = frozenset("CC IN DT PDT WDT WP WRB RB RBR RBS VBG VBN TO EX".split())


def is_glued(token, opens: bool) -> bool:
    """Whether a token at the edge of a PERSON entity is no part of the
    name: a non-name tag (``NON_NAME_TAGS``) on a word in lower case, or,
    for the first token (``opens``), an opener's tag (``OPENER_TAGS``) on
    a word that opens its sentence."""
    if not token.text[:1].isupper():
        return token.tag_ in NON_NAME_TAGS
    return opens and token.is_sent_start and token.tag_ in OPENER_TAGS


def person_name_span(doc, start: int, end: int) -> tuple[int, int, str]:
    """``(start, end, title)``: the tokens of a PERSON entity
    ``doc[start:end]`` that are the name, and the title said with it.

    The name ends before a possessive ("Mitt Romney’s Medicare" -> "Mitt
    Romney"); non-name words (``NON_NAME_TAGS``) are trimmed from both edges
    when written in lower case or, at the start, when they open the
    sentence ("Following Romney" -> "Romney"); a capitalised word inside a
    sentence stays whatever its tag ("Bill O’Reilly": the tagger calls
    "O’Reilly" an adverb); title words (``newsdag.nlp.names.
    TITLE_WORDS``) are trimmed from the start ("Representative Ed Royce" ->
    "Ed Royce"). The title is those words or, when there are none, the title
    words just before the entity ("Mr. Obama", "Vice President Pence"),
    folded and in full: "representative", "vice president". ``start ==
    end`` when no name is left."""
    for i in range(start, end):
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s", "'", "’"):
            end = i  # the tagger can miss a curly "’s"
            break
    while start < end and is_glued(doc[start], opens=True):
        start += 1
    while end > start and is_glued(doc[end - 1], opens=False):
        end -= 1
    titles = []
    while end - start > 1 and title_word(doc[start].text):
        titles.append(title_word(doc[start].text))
        start += 1
    if not titles:
        before = start - 1
        while before >= 0 and title_word(doc[before].text) and start - before <= 3:
            titles.insert(0, title_word(doc[before].text))
            before -= 1
    return start, end, " ".join(titles)


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
    Suffixes must agree: "Trump Jr." resolves to "Donald Trump Jr.", a bare
    "Trump" does not (the suffix says there is another Donald Trump). A
    mention resolved so gets ``resolved_by`` "article". Other mentions
    keep their own cleaned text and label; a surname this leaves alone
    ("Clinton" beside Bill and Hillary Clinton) is resolved across the
    corpus (``newsdag.nlp.actors``).
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
            by_last.setdefault((last, name_suffix(name)), set()).add(name)
            by_first.setdefault(first, set()).add(name)
    for mention in mentions:
        if person_keys(mention["name"])[1]:
            continue  # a full name already
        key = (surname_key(mention["name"]), name_suffix(mention["name"]))
        candidates = by_last.get(key, set())
        if not candidates and mention["label"] == "PERSON" and not key[1]:
            candidates = by_first.get(key[0], set())
        if len(candidates) == 1:
            mention["name"], mention["name_type"] = next(iter(candidates)), "PERSON"
            mention["resolved_by"] = "article"


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
        label, start, end, title = ent.label_, ent.start, ent.end, ""
        while end > start and doc[end - 1].is_space:
            end -= 1  # spaCy can end an entity on a paragraph break
        if label == "PERSON":
            start, end, title = person_name_span(doc, start, end)
        ent = doc[start:end]
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
            "title": title,
            "resolved_by": "",
        })  # fmt: skip
    return found
