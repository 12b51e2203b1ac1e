"""What one line or paragraph of article text looks like: its plain text
without markdown markers, and whether it ends a sentence, is prose, a
caption, a sub-heading, a headline or a navigation menu. The cleaner
(``newsdag.text.cleaning``) and the boilerplate rules
(``newsdag.text.boilerplate``) decide with these.
"""

import re

from newsdag.nlp.reporting_verbs import has_attribution_verb
from newsdag.text.words import word_count

BOLD_ONLY = re.compile(r"^(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)$")
_TERMINAL = ".!?…:;\"”’'»)"


def render_inline_markdown(line: str) -> str:
    """Plain text of one markdown line: links keep their text, images go,
    autolinks keep their URL, emphasis and code markers go, escapes resolve,
    inline HTML tags go. Heading, quote and list markers are removed."""
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", line)
    line = re.sub(r"<(https?://[^>\s]+)>", r"\1", line)
    line = re.sub(
        r"</?(?:a|b|i|u|em|strong|span|sup|sub|small|mark|br|p|div)\b[^>]*>", "", line, flags=re.I
    )
    line = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
    line = re.sub(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", line)
    line = re.sub(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", line)
    line = re.sub(r"~~(.+?)~~", r"\1", line)
    line = re.sub(r"`([^`]+)`", r"\1", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>|])", r"\1", line)
    line = re.sub(r"^#{1,6}\s+|^>\s?|^[-*+•]\s+", "", line)
    return re.sub(r" {2,}", " ", line).strip()


def ends_like_sentence(text: str) -> bool:
    """Whether text ends with sentence punctuation or a closing quote."""
    stripped = text.rstrip(" *_")
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_prose(paragraph: str) -> bool:
    """A body paragraph: at least 8 words ending like a sentence, or at least
    20 words whatever the ending (a scrape cut mid-sentence)."""
    words = word_count(paragraph)
    return words >= 20 or (words >= 8 and ends_like_sentence(paragraph))


def looks_like_caption(paragraph: str) -> bool:
    """A line of 7 to 19 words with no sentence punctuation at its end, no
    double quotation marks, no lower-case form of say, tell, add or ask
    (``newsdag.nlp.reporting_verbs.has_attribution_verb``) and no "according
    to": a photo or video caption, or the headline of a linked article
    ("Venezuelan Foreign Minister Jorge Arreaza walks with his team after
    addressing the media at the United Nations"; "Obama urges new
    restrictions on assault weapons as part of gun control plan"; the Title
    Case "Pompeo Says Russia Talked Maduro Out of Leaving Venezuela").
    Shorter such lines are sub-headings."""
    return (
        7 <= word_count(paragraph) < 20
        and not ends_like_sentence(paragraph)
        and not re.search(r'["“”]', paragraph)
        and not has_attribution_verb(paragraph)
        and not re.search(r"\baccording to\b", paragraph)
    )


def is_subheading(paragraph: str) -> bool:
    """At most six words and no sentence punctuation at the end."""
    return word_count(paragraph) <= 6 and not ends_like_sentence(paragraph)


def ends_with_full_stop(text: str) -> bool:
    """Whether text ends with a sentence's full stop, not an abbreviation's
    (``"U.S."``, ``"G.O.P."``, ``"Michael R."``)."""
    text = text.rstrip("\"”’')]»")
    if not text.endswith("."):
        return False
    last = text.split()[-1]
    return not re.fullmatch(r"(?:[A-Z]\.)+|\w{1,3}\.\w+\.", last)


def is_headline_like(text: str, first: bool) -> bool:
    """Whether a line before the body could be the headline: 2 to 30 words,
    not ending with a full stop, and not prose, except that the first such
    line may end with a quote or question mark if it is under 20 words
    ("Man Who Defeated Cantor Calls His Big Win 'A Miracle'")."""
    words = word_count(text)
    if not 2 <= words <= 30 or ends_with_full_stop(text):
        return False
    return not is_prose(text) or (first and words < 20)


def is_menu_run(text: str) -> bool:
    """Five or more capitalised words with no punctuation and no lower-case
    word: a navigation bar ("Home News Sport Reel Worklife Travel Future"),
    not a headline, which has a lower-case word or punctuation somewhere."""
    words = text.split()
    return len(words) >= 5 and all(w[:1].isupper() and w.isalpha() for w in words)
