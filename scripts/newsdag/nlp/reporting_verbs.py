"""The verbs that introduce reported speech, shared by ``annotate_articles``
(which parses the sentences holding one) and ``attribute_quotes`` (which
takes each verb's subject as a quote's speaker).

Matching is on the word form, lower-cased: ``VERB_LEMMA["told"] == "tell"``.
"""

from newsdag.text.words import WORD

# Reporting verbs: lemma -> the forms that introduce speech. Forms that are
# more often nouns in news ("comments", "remarks", "calls", "claims",
# "states" as in United States) are left out.
REPORTING_VERBS = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "note": "noted noting",
    "stress": "stress stresses stressed stressing",
    "warn": "warn warns warned",
    "urge": "urge urges urged urging",
    "accuse": "accuse accuses accused accusing",
    "deny": "deny denies denied denying",
    "ask": "ask asks asked asking",
    "claim": "claimed claiming",
    "insist": "insist insists insisted insisting",
    "explain": "explain explains explained explaining",
    "continue": "continue continues continued continuing",
    "declare": "declare declares declared declaring",
    "announce": "announce announces announced announcing",
    "argue": "argue argues argued arguing",
    "write": "write writes wrote writing",
    "read": "read reads",
    "reply": "replied replying",
    "answer": "answered answering",
    "respond": "respond responds responded responding",
    "state": "stated stating",
    "emphasise": "emphasise emphasises emphasised emphasising emphasize emphasizes "
    "emphasized emphasizing",
    "underline": "underlines underlined underlining",
    "reiterate": "reiterate reiterates reiterated reiterating",
    "repeat": "repeated repeating",
    "describe": "describe describes described describing",
    "call": "call called calling",
    "pledge": "pledged pledging",
    "promise": "promised promising",
    "vow": "vowed vowing",
    "quote": "quoted quoting",
    "tweet": "tweeted tweeting",
    "admit": "admit admits admitted admitting",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "suggest": "suggest suggests suggested suggesting",
    "complain": "complain complains complained complaining",
    "predict": "predict predicts predicted predicting",
    "recall": "recalls recalled recalling",
    "remark": "remarked remarking",
    "comment": "commented commenting",
    "allege": "allege alleges alleged alleging",
    "demand": "demanded demanding",
    "agree": "agree agrees agreed agreeing",
    "chime": "chimed chiming",
    "summarise": "summarised summarising summarized summarizing",
}
VERB_LEMMA = {form: lemma for lemma, forms in REPORTING_VERBS.items() for form in forms.split()}


def has_reporting_verb(text: str) -> bool:
    """Whether ``text`` holds one of the ``VERB_LEMMA`` forms as a word."""
    return any(m.group().lower() in VERB_LEMMA for m in WORD.finditer(text))


# The commonest of them, in every form: written in lower case, as a sentence
# has them, they alone make a short line without end punctuation a sentence
# of reported speech rather than a photo caption or the headline of a linked
# article (``newsdag.text.lines.looks_like_caption``). The others are too
# often a headline's verb ("Obama urges new restrictions on assault weapons").
ATTRIBUTION_VERBS = ("say", "tell", "add", "ask")
ATTRIBUTION_FORMS = frozenset(
    form for lemma in ATTRIBUTION_VERBS for form in REPORTING_VERBS[lemma].split()
)


def has_attribution_verb(text: str) -> bool:
    """Whether ``text`` holds one of the ``ATTRIBUTION_FORMS`` as a word, as
    written (lower case): ``"Pompeo says"`` does, the Title Case headline
    ``"Pompeo Says"`` does not."""
    return any(m.group() in ATTRIBUTION_FORMS for m in WORD.finditer(text))
