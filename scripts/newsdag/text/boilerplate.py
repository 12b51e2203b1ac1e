"""Site furniture in scraped articles: the patterns of boilerplate lines
(cookie banners, menus, share buttons, newsletter prompts, wire footers),
of the markers after which an article is over, and of photo credits.
"""

import re

from newsdag.text.lines import BOLD_ONLY, ends_with_full_stop, render_inline_markdown
from newsdag.text.metadata import Agency, agency_pattern, find_agencies
from newsdag.text.words import word_count


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile("|".join(alternatives), re.I)


# A line matching one of these is boilerplate wherever it stands.
BOILERPLATE_LINE = _rx(
    # cookie and consent banners
    r"^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b",
    r"\bdata protection declaration\b",
    # skip links and menus
    r"^skip (?:to|navigation)\b",
    # related links, read more, watch and listen prompts, as labels
    r"^(?:related(?: article| articles| stories| story| coverage| links?| content)?|"
    r"read (?:more|also|next)|see also|also read|more on this(?: story)?|"
    r"watch(?: video| the video| now| live)?|listen(?: to this article)?)\s*(?::|\d{1,2}:\d{2}$)",
    # comments
    r"^(?:comments? (?:are|is) closed|leave a comment|post a comment|add a comment|"
    r"join the (?:discussion|conversation)|comment on this (?:story|article))\b",
    r"\bhaving (?:issues|problems|trouble) with commenting\b",
    # social media, e-mail and embedded posts
    r"^follow (?:us|\S+(?: \S+){0,3}) on (?:facebook|twitter|x|instagram|linkedin|"
    r"threads|bluesky|telegram|youtube)\b",
    r"\b(?:e-?mail|contact|write to) (?:him|her|them|the author|me|us)\b.{0,80}@",
    r"^\S*pic\.twitter\.com/\S+$",
    r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s.{0,40}\d{4}$",  # "— Juan Guaidó (@jguaido) May 1, 2019"
    # newsletters
    r"\bsign up\b.{0,60}\b(?:newsletter|bulletin|briefing|inbox)\b",
    r"\bsign up (?:here|now|today|to receive)\b",
    r"\bsubscribe (?:to|for)\b.{0,60}\b(?:newsletter|bulletin|briefing|updates)\b",
    r"\b(?:newsletter|bulletin) (?:sign-?up|registration)\b|\bregistration form\b",
    # wire and print footers
    r"^our standards\s*:",
    r"^(?:copyright|©)\s*(?:\d{4}\s+)?.{0,80}\ball rights reserved\b",
    r"^this material may not be published, broadcast, rewritten",
    r"^a version of this article appears in print\b",
)
# Lines of at most PROMPT_WORDS words only: the site's prompts and notes that
# a web page's extracted text keeps (newsletter, app and paywall prompts,
# letters to the editor, advertiser disclosures), whose words a long
# paragraph of news may also hold ("urged residents to download the app").
PROMPT_LINE = _rx(
    r"\bnever miss\b.{0,60}\b(?:by sign(?:ing)? up|newsletter|by e-?mail)\b",
    r"^sign up to get\b|\bfree sign up$",
    r"\bsubscri(?:be|ption)\b.{0,60}\bfor (?:the|this) full (?:story|article)\b",
    r"^to (?:view|read|continue reading)\b.{0,40}\b(?:story|article)\b.{0,30}\bsubscri",
    r"^(?:for the latest\b.{0,80})?\bdownload (?:the|our)\b.{0,40}\bapps? (?:for|on) (?:ios|android)\b",
    r"^(?:submit|send) (?:a|your) letter to the editor\b",
    r"^we want to hear what you think\b.{0,60}\bletter\b",
    r"^this (?:post|article|page) contains (?:references to products|affiliate links)\b",
    r"\badvertisers do not influence our\b",
)
PROMPT_WORDS = 30
# Short lines only (at most 12 words, not ending a sentence): site furniture
# whose words also occur in real prose ("Watch for Moscow to push back.").
SHORT_BOILERPLATE_LINE = _rx(
    r"\bcookies?\b.{0,40}\b(?:policy|settings|preferences|consent|accept)\b",
    r"^(?:more info|ok|okay|got it|i agree|agree|accept(?: all)?(?: cookies)?|"
    r"reject(?: all)?|decline|manage (?:cookies|preferences|options))"
    r"(?:\s+(?:ok|okay|accept|agree|and close|all))*$",
    r"^(?:menu|search|home|sign in|log in|login|register|subscribe|main menu|close|"
    r"supported by|site (?:mobile )?navigation|\d+ min(?:ute)? read)$",
    r"^(?:related(?: article| articles| stories| story| coverage| links?)?|"
    r"read (?:more|also|next)|see also|also read|more on this|recommended|"
    r"watch(?: video| the video| now| live)?|listen(?: to this article)?|click here)\b",
    r"^(?:share|tweet|e-?mail|print|copy link)(?: (?:this|on|via)\b.{0,40})?$",
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|"
    r"story continues below(?: advertisement)?|continue reading(?: below)?)$",
    r"^\W+$",  # separators such as "___" or "* * *"
)
# After the body has begun, a line matching one of these ends the article:
# what follows is comments, recommendations or site furniture.
END_MARKER = _rx(
    r"^(?:comments?(?: \(\d+\))?|\d+ comments?|show comments|view comments|"
    r"\w+ recommends|editor'?s'? picks?|related (?:content|stories|articles|coverage|"
    r"topics|news)|recommended(?: for you| stories| reading)?|more (?:from|on) .{1,40}|"
    r"more stories|you (?:may|might) also like|most (?:read|popular|viewed|shared)|"
    r"trending(?: now)?|what to read next|audios and videos on the topic|"
    r"www links|tags?|topics?|keywords?)\s*:?$",
    r"^(?:tags?|topics?|keywords?)\s*:\s*\S",
)
# Photo credits: a labelled credit line ("Photo: Reuters", "Image caption ...").
CREDIT_LABEL = _rx(
    r"^(?:photo|image|picture|foto|credit|photograph|source)s?(?: credit| copyright)?\s*[:/©]",
    r"^\(credit:",
    r"^(?:image|picture) (?:copyright|caption)\b",
    r"^file photo\s*:",
    r"^©",
)
# A credit standing alone on its line under the caption it belongs to.
CREDIT_LINE = _rx(r"^\(?(?:photo|image|picture)s? (?:by|courtesy of)\b.{0,80}\)?$")
# A caption ending in its credit; never a line that ends a sentence.
CREDIT_TAIL = _rx(
    r"\((?:\w+ )?(?:photo|foto)(?: by)?[ /:][^()]{2,80}\)$",  # "(AP Photo/Ariana Cubillos)"
    r"\b(?:getty images|shutterstock|istock|pool photo)\)?$",
    r"\b(?:photograph|photo|image|picture)s?(?: copyright| credit)?:\s*\S.{0,60}$",
    r"\b[A-Z]{2,}/[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}(?:/File Photo)?$",  # "REUTERS/Manaure Quintero"
)
# "AFP/JOHN THYS", "Evan Vucci/AP/TASS": up to four capitalised words a segment.
_CREDIT_SEGMENT = r"[A-ZÀ-Þ][\w'’.-]*(?: [\w'’.-]+){0,3}"
_SLASH_CREDIT = re.compile(rf"^{_CREDIT_SEGMENT}(?:/{_CREDIT_SEGMENT}){{1,3}}$")
_TRAILING_BOLD = re.compile(r"(?:\*\*|__)(?P<text>[^*_]+?)(?:\*\*|__)$")


def is_boilerplate_line(plain: str) -> bool:
    """Whether a (rendered) line is site furniture rather than article text:
    it matches ``BOILERPLATE_LINE``, or has at most ``PROMPT_WORDS`` words
    and matches ``PROMPT_LINE``, or has at most 12, does not end a sentence
    and matches ``SHORT_BOILERPLATE_LINE``."""
    if BOILERPLATE_LINE.search(plain):
        return True
    if word_count(plain) <= PROMPT_WORDS and PROMPT_LINE.search(plain):
        return True
    return (
        word_count(plain) <= 12
        and not ends_with_full_stop(plain)
        and SHORT_BOILERPLATE_LINE.search(plain) is not None
    )


def photo_credit_kind(line: str, agencies: list[Agency]) -> str | None:
    """What kind of photo credit a line is, if any.

    ``"standalone"``: a bare credit on its own line (``"AFP/JOHN THYS"``,
    ``"**Evan Vucci/AP/TASS**"``, ``"(Photo by X/AFP via Getty Images)"``, an
    agency name alone), which follows the caption it belongs to.
    ``"caption"``: the line is a caption with its credit (``"... against
    Maduro. **EFE**"``, ``"... April 30, 2019. REUTERS/Manaure Quintero"``) or
    a labelled credit (``"Photo: Reuters"``, ``"Image caption ..."``).
    ``None``: not a credit; a line ending a sentence never ends in one.
    """
    text = render_inline_markdown(line)
    if _SLASH_CREDIT.match(text) and not text.endswith("."):
        return "standalone"
    if CREDIT_LINE.match(text):
        return "standalone"
    if re.fullmatch(r"[\w .&-]{2,40}", text) and _only_agencies(text, agencies):
        return "standalone"
    if CREDIT_LABEL.search(text):
        return "caption"
    if not text.endswith(".") and CREDIT_TAIL.search(text):
        return "caption"
    trailing = _TRAILING_BOLD.search(line)
    if trailing and not BOLD_ONLY.match(line):
        tail = trailing.group("text").strip()
        if _SLASH_CREDIT.match(tail) or _only_agencies(tail, agencies):
            return "caption"
    return None


def _only_agencies(text: str, agencies: list[Agency]) -> bool:
    """Whether ``text`` names agencies and nothing else but punctuation."""
    if not agencies:
        return False
    rest = agency_pattern(agencies).sub(" ", text)
    return find_agencies(text, agencies) != [] and not re.sub(r"[\W_]+", "", rest)
