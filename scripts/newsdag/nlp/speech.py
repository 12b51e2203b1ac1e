"""Who speaks: the subject the dependency parser gives each reporting verb
(``newsdag.nlp.reporting_verbs``) of a body, and the main verb of each
sentence holding one. ``attribute_quotes`` takes these subjects as the
speakers of quotes."""

from newsdag.nlp.reporting_verbs import VERB_LEMMA, has_reporting_verb

RELATIVE_PRONOUNS = frozenset("who which that whom".split())
# A verb with no subject of its own shares the subject of the verb it hangs
# from: "..., adding" (advcl), "said ... and added" (conj), "declined to
# say" (xcomp).
SHARED_SUBJECT = ("advcl", "conj", "xcomp")
# From a noun up to the verb it is the object of: "sent an e-mail to members".
NOUN_TO_VERB = ("dobj", "pobj", "prep", "dative", "agent")


def speech_subject(verb) -> tuple | None:
    """``(token, relation)``: the head word of a reporting verb's subject in
    a parsed sentence, and how it was reached (``"nsubj"``,
    ``"conj>nsubj"``, ...); None when the parse gives none.

    A verb without a subject takes that of the verb it hangs from (see
    ``SHARED_SUBJECT``), and one that describes a noun ("issued a statement
    saying", acl) that of the noun's verb. A relative pronoun ("Lavrov, who
    said") stands for the noun it follows. A subject followed by a
    capitalised apposition ("a spokesman for the committee, Brad
    Woodhouse,") is the name. At most four steps are taken.
    """
    node, path = verb, []
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            path.append(subject.dep_)
            if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                subject = node.head
                path.append("relcl")
            names = [c for c in subject.children if c.dep_ == "appos" and c.text[:1].isupper()]
            if names and not subject.text[:1].isupper():
                subject = names[0]
                path.append("appos")
            return subject, ">".join(path)
        if node.dep_ in SHARED_SUBJECT and node.head is not node:
            path.append(node.dep_)
            node = node.head
        elif node.dep_ == "acl":  # "sent an e-mail to members saying": the sender
            path.append("acl")
            node = node.head
            while node.dep_ in NOUN_TO_VERB and node.head is not node:
                node = node.head
        else:
            return None
    return None


def clause_edges(verb) -> tuple:
    """The first and last words of the clause a verb heads (its subtree),
    leaving out the paragraph breaks the parse hangs at a sentence's edges."""
    words = [t for t in verb.subtree if not t.is_space] or [verb]
    return words[0], words[-1]


def speech_rows(doc_id: str, sentences: list[list], doc) -> list[list]:
    """Rows in ``newsdag.nlp.annotation.SPEECH_COLUMNS`` order for each
    reporting verb of a parsed body ``doc``, and the main verb (ROOT) of
    each sentence holding one: the verb's subject's head word as the parser
    finds it (``speech_subject``) and the clause the verb heads (its
    subtree), offsets in characters into the body. Only the body rows of
    ``sentences`` (``SENTENCE_COLUMNS``) that hold a reporting verb are
    read. A verb with no subject in the parse has no row."""
    rows = []
    for _, section, sentence_id, start, end, text in sentences:
        if section != "body" or not has_reporting_verb(text):
            continue
        for token in doc.char_span(start, end, alignment_mode="expand"):
            if token.lower_ not in VERB_LEMMA and token.dep_ != "ROOT":
                continue
            found = speech_subject(token)
            if found is None:
                continue
            subject, relation = found
            first, last = clause_edges(token)
            rows.append([doc_id, sentence_id, token.idx, token.idx + len(token), token.text,
                         subject.idx, subject.idx + len(subject), subject.text, relation,
                         first.idx, last.idx + len(last)])  # fmt: skip
    return rows
