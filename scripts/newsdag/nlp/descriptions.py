"""How an article describes an actor where it names them, from the
dependency parse of the one spaCy pass: the labels the text gives the actor
and the words it ties to them.

A **label** is the title, role or description said with the name in one
noun phrase or apposition, lower-cased, without the name: "socialist
dictator" (*socialist dictator Nicolás Maduro*), "self-declared president",
"opposition leader" (*Juan Guaidó, the opposition leader* and *the
opposition leader, Juan Guaidó*), "russian foreign minister", with
abbreviated titles written out ("Sen." as "senator"). A label ends
in a singular noun or a title word (``newsdag.nlp.names.TITLE_WORDS``) and
has at most ``MAX_LABEL_WORDS`` words; courtesy titles ("Mr.", "Dr.") and another
person's name are never labels.

The **stance words** of a mention are the words the parse ties to that
actor: its labels and modifiers, a relative clause about it ("Steele, who
was trying to be cute"), the noun it owns ("Maduro's *brutal regime*"), the
predicate it is subject (or passive agent) of with the predicate's objects
and complements ("Steele *drew fierce criticism*"), the verb it is the
object of ("the US *condemned* Maduro", "voted *against* Trump") or the
noun it is the object of ("*fierce criticism of* Maduro"), with any "not" on
those verbs. A place or a time ("killed *in* Caracas") is no target. The
same words can be tied to two actors: "condemned" belongs to both the US
and Maduro in "the US condemned Maduro". What a speaker says (the clause of
"said") is not about the speaker and is left out.
``newsdag.stats.actor_words`` scores these words with VADER.

Both are taken from article bodies only, like the terms
(``newsdag.nlp.terms``): a headline's capitals mislead the parser.
"""

import re

from newsdag.nlp.names import TITLE_WORDS, title_word
from newsdag.nlp.reporting_verbs import VERB_LEMMA

# results/shards/{shard}/descriptions.csv: one row per label and one per
# mention with stance words. start and end are the mention's characters in
# the body (as in mentions.csv); kind is "label" or "stance"; relation says
# how the words were reached.
DESCRIPTION_COLUMNS = ["doc_id", "sentence_id", "start", "end", "kind", "text", "relation"]

MAX_LABEL_WORDS = 5
# An abbreviated title, with or without its dot: "sen." -> "senator", so
# that a house spelling does not pass for another label.
ABBREVIATION = re.compile(
    r"\b(" + "|".join(sorted(w for w, full in TITLE_WORDS.items() if w != full)) + r")\b\.?"
)
# Dependencies that keep a word inside a name's noun phrase, before it.
LABEL_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod", "punct", "nummod"})
# Titles of courtesy: house style, not description.
COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "messrs", "sir", "dame"})
# Parts of the predicate that describe its subject.
PREDICATE_DEPS = frozenset(
    {"neg", "advmod", "acomp", "attr", "oprd", "dobj", "dative", "xcomp", "prep", "agent"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# The prepositions that make a name the target of a verb ("voted against
# Trump", "cracked down on protesters") or of a noun ("criticism of Maduro",
# "support for Guaidó"); "" is a direct object. A place or a time ("killed
# in Caracas", "met on Monday") is no target.
VERB_PREPOSITIONS = frozenset({"", "against", "for", "about", "at", "on", "to", "toward",
                               "towards", "with", "over"})  # fmt: skip
NOUN_PREPOSITIONS = frozenset({"of", "against", "for", "on", "toward", "towards", "over"})
# What a phrase keeps below its head: modifiers, objects and complements,
# never a clause of its own (relcl, acl, ccomp, advcl, parataxis, conj).
PHRASE_DEPS = PREDICATE_DEPS | {
    "amod", "compound", "pobj", "det", "aux", "auxpass", "nummod", "quantmod", "npadvmod", "poss",
}  # fmt: skip
# How far below a word its phrase reaches.
PHRASE_DEPTH = 3
NOUN_POS = frozenset({"NOUN", "PROPN"})


def is_label_head(token) -> bool:
    """Whether a word can end a label: a common noun, or a title word
    ("President", "Sen.") that is not a courtesy title, and not part of a
    person's name."""
    if token.ent_type_ == "PERSON" and not title_word(token.text):
        return False
    if token.pos_ == "NOUN":
        return token.is_alpha or "-" in token.text
    folded = title_word(token.text)
    return bool(folded) and folded not in COURTESY


def is_descendant(token, ancestor) -> bool:
    """Whether ``ancestor`` is on ``token``'s path to the root."""
    return any(a.i == ancestor.i for a in token.ancestors)


def modifiers_before(doc, first: int, head) -> int:
    """The index of the first word of the run of modifiers (``LABEL_DEPS``)
    just before ``doc[first]`` that hang from ``head``, stopping at a
    determiner, a possessive, another person's name and a comma. The run is
    never cut short: a label too long to keep is rejected whole
    (``label_text``), not shortened into another label."""
    i = first - 1
    while i >= 0:
        token = doc[i]
        if token.dep_ not in LABEL_DEPS or not is_descendant(token, head):
            break
        if (token.is_punct and token.tag_ != "HYPH") or any(c in token.text for c in "[](){}:;"):
            break
        if token.ent_type_ == "PERSON" and not title_word(token.text):
            break
        if title_word(token.text) in COURTESY:
            break
        i -= 1
    first = i + 1
    while first < len(doc) and doc[first].is_punct:
        first += 1
    return first


def label_text(doc, first: int, last: int) -> str | None:
    """``doc[first:last + 1]`` as a label (lower case, spaces collapsed,
    abbreviated titles written out: "former pennsylvania senator"), or
    None when it does not end in a label head (``is_label_head``) in the
    singular or is too long."""
    if first > last or not is_label_head(doc[last]) or last - first + 1 > MAX_LABEL_WORDS:
        return None
    if doc[last].tag_ in ("NNS", "NNPS"):
        return None  # a plural describes a group: "Trump, lawyers say"
    text = " ".join(doc.text[doc[first].idx : doc[last].idx + len(doc[last])].lower().split())
    return ABBREVIATION.sub(lambda m: TITLE_WORDS[m.group(1)], text)


def mention_labels(span) -> list[tuple[str, str]]:
    """``(label, relation)`` for each label of a mention (a spaCy Span of a
    parsed Doc): the words before the name in its noun phrase
    (``"premodifier"``), a second title joined to those by "and"
    (``"coordinated"``: "opposition leader and National Assembly president
    Guaidó"), an apposition after it (``"appos"``) or the noun it stands in
    apposition to (``"appos_of"``). A name in the plural ("Republicans")
    has none: its modifiers pick out a part of the group."""
    doc, head = span.doc, span.root
    labels = []
    if head.tag_ in ("NNS", "NNPS"):
        return labels  # "working-class Republicans": a part of a group, not its label
    before = modifiers_before(doc, span.start, head)
    if before < span.start:
        labels.append((label_text(doc, before, span.start - 1), "premodifier"))
        other = head.head  # "opposition leader and Assembly president Guaidó"
        if head.dep_ == "conj" and other.i < before and other.pos_ == "NOUN":
            labels.append((label_text(doc, modifiers_before(doc, other.i, other), other.i),
                           "coordinated"))  # fmt: skip
    for child in head.children:
        if child.dep_ == "appos" and child.i >= span.end:
            labels.append(
                (label_text(doc, modifiers_before(doc, child.i, child), child.i), "appos")
            )
    if head.dep_ == "appos" and head.head.i < span.start:
        noun = head.head
        labels.append((label_text(doc, modifiers_before(doc, noun.i, noun), noun.i), "appos_of"))
    return [(label, relation) for label, relation in labels if label]


def phrase_indices(token, depth: int = PHRASE_DEPTH) -> set[int]:
    """The word and, down to ``depth`` levels, the words under it that
    belong to its phrase (``PHRASE_DEPS``): "drew *fierce criticism*",
    "trying *to be cute*", not a clause hanging from it."""
    found = {token.i}
    if depth:
        for child in token.children:
            if child.dep_ in PHRASE_DEPS:
                found |= phrase_indices(child, depth - 1)
    return found


def predicate_indices(verb) -> set[int]:
    """The verb, its negation and modifiers, and its objects and complements
    (``PREDICATE_DEPS``, each with its phrase); a reporting verb keeps only
    itself, its negation and its adverbs: what is said is not about the
    speaker."""
    found = {verb.i}
    reporting = verb.lower_ in VERB_LEMMA or verb.lemma_.lower() in VERB_LEMMA
    for child in verb.children:
        if child.dep_ in ("neg", "advmod") or (not reporting and child.dep_ in PREDICATE_DEPS):
            found |= phrase_indices(child)
    return found


def stance_indices(span) -> tuple[set[int], str]:
    """The token indices of a mention's stance words (see the module) and
    the relation that tied the predicate: ``"subject"``, ``"agent"``,
    ``"object"``, ``"of_noun"`` or ``""`` (modifiers only)."""
    head = span.root
    found = set()
    for child in head.children:
        if child.dep_ in ("amod", "appos", "relcl", "acl") or (
            child.dep_ in ("compound", "nmod") and child.i < span.start
        ):
            found |= phrase_indices(child) if child.dep_ != "relcl" else predicate_indices(child)
    noun = head
    if noun.dep_ == "appos" and noun.head.pos_ in NOUN_POS:
        noun = noun.head
        found.add(noun.i)
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "relcl", "acl") and child.i != head.i:
                found |= phrase_indices(child)
    if noun.dep_ in ("poss", "compound") and noun.head.pos_ in NOUN_POS and noun.head.i > noun.i:
        noun = noun.head  # Maduro's regime, the Maduro government
        found.add(noun.i)
        found |= {i for c in noun.children if c.dep_ == "amod" for i in phrase_indices(c)}
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    relation = ""
    if noun.dep_ in SUBJECT_DEPS:
        verb, relation = noun.head, "subject"
        found |= predicate_indices(verb)
        for other in verb.children:  # "was criticised ... and praised by"
            if other.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in other.children):
                found |= predicate_indices(other)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb, relation = noun.head.head, "agent"  # "condemned by the United States": the doer
        found |= predicate_indices(verb)
    elif noun.dep_ in ("dobj", "dative", "pobj"):
        governor, preposition = noun.head, ""
        if noun.dep_ == "pobj" and governor.dep_ == "prep":
            preposition, governor = governor.lower_, governor.head
        if governor.pos_ in ("VERB", "AUX") and preposition in VERB_PREPOSITIONS:
            relation = "object"
            found.add(governor.i)
            found |= {t.i for c in governor.children if c.dep_ in ("neg", "advmod")
                      for t in c.subtree}  # fmt: skip
        elif governor.pos_ == "NOUN" and preposition in NOUN_PREPOSITIONS:
            relation = "of_noun"  # fierce criticism of Maduro
            found.add(governor.i)
            found |= {t.i for c in governor.children if c.dep_ == "amod" for t in c.subtree}
    found -= set(range(span.start, span.end))
    return {i for i in found if not span.doc[i].ent_type_}, relation


def stance_text(span) -> tuple[str, str]:
    """``(words, relation)``: a mention's stance words in text order, joined
    by spaces, punctuation left out (see ``stance_indices``)."""
    indices, relation = stance_indices(span)
    doc = span.doc
    words = [doc[i].text for i in sorted(indices) if not doc[i].is_punct and not doc[i].is_space]
    return " ".join(words), relation


def description_rows(doc_id: str, doc, mentions: list[dict]) -> list[list]:
    """Rows in ``DESCRIPTION_COLUMNS`` order for the body mentions of one
    parsed body ``doc``: one per label, one per mention with stance words.
    ``mentions`` are ``newsdag.nlp.mentions.mentions_of``'s dicts for it."""
    rows = []
    for mention in mentions:
        span = doc.char_span(mention["start"], mention["end"])
        if span is None or not len(span):
            continue
        key = [doc_id, mention["sentence_id"], mention["start"], mention["end"]]
        for label, relation in mention_labels(span):
            rows.append(key + ["label", label, relation])
        words, relation = stance_text(span)
        if words:
            rows.append(key + ["stance", words, relation])
    return rows
