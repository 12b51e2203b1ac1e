"""Read metadata out of article text: dates, bylines, wire credits, web domains.

Pure functions on strings; no file access. The cleaner in ``article_text``
decides *which* line to ask about, these functions decide what it says.
"""

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?![\d])"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b"),
]
# Words that may stand beside a date on a line that is only a date stamp.
_DATE_LINE_WORDS = re.compile(
    r"\b(?:date|dated|published|updated|posted|last|modified|first|on|at|and|am|pm|"
    r"a\.m|p\.m|et|est|edt|gmt|utc|bst|cet|cest|msk|pt|pst|pdt|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?",
    re.I,
)
MIN_YEAR, MAX_YEAR = 1800, 2100


def _valid_iso(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str, day_first: bool = True) -> tuple[str, re.Match] | None:
    """The first calendar date written in ``text``, as ``(YYYY-MM-DD, match)``.

    Recognises ISO dates, ``May 02, 2019``, ``2 May 2019`` and numeric
    ``02.05.2019`` / ``02/05/2019``. A numeric date is read day first when
    ``day_first`` is true, unless one of its parts is over 12, which settles
    it. Impossible dates (``2019-02-30``) and years outside 1800-2100 are not
    dates. Weekday names alone never make a date. ``None`` if there is none.
    """
    found = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            iso = _date_from_match(m, day_first)
            if iso:
                found.append((m.start(), iso, m))
                break
    if not found:
        return None
    _, iso, m = min(found, key=lambda t: t[0])
    return iso, m


def _date_from_match(m: re.Match, day_first: bool) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        return _valid_iso(year, MONTHS[groups["month"].lower()], int(groups["day"]))
    if groups.get("mnum"):
        return _valid_iso(year, int(groups["mnum"]), int(groups["day"]))
    a, b = int(groups["a"]), int(groups["b"])
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        day, month = (a, b) if day_first else (b, a)
    return _valid_iso(year, month, day)


def parse_date_line(line: str, day_first: bool = True) -> str | None:
    """ISO date if the line is nothing but a date stamp, else ``None``.

    ``"May 02, 2019"``, ``"Published: Thursday 2 May 2019, 10:31 GMT"`` and
    ``"(05.05.2019)"`` are date lines; ``"On May 1, Lavrov said ..."`` is a
    sentence that mentions a date, not a date line.
    """
    hit = find_date(line, day_first)
    if not hit:
        return None
    iso, m = hit
    rest = line[: m.start()] + " " + line[m.end() :]
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    rest = re.sub(r"\d{1,2}(:\d{2}){1,2}|[\W\d_]+", " ", rest)
    return iso if not rest.strip() else None


def parse_date_value(value: object, day_first: bool = True) -> str | None:
    """ISO date from a metadata value (a string or a ``date``), else ``None``."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if value is None:
        return None
    hit = find_date(str(value), day_first)
    return hit[0] if hit else None


@dataclass(frozen=True)
class Agency:
    """A news agency and the exact spellings that credit it."""

    name: str
    aliases: tuple[str, ...]


def read_agencies(rows: list[dict[str, str]]) -> list[Agency]:
    """Agencies from table rows with ``agency`` and ``;``-separated ``aliases``."""
    agencies = []
    for row in rows:
        aliases = [a.strip() for a in (row.get("aliases") or "").split(";")]
        names = [row["agency"].strip()] + [a for a in aliases if a]
        agencies.append(Agency(row["agency"].strip(), tuple(dict.fromkeys(names))))
    return agencies


def agency_pattern(agencies: list[Agency]) -> re.Pattern:
    """One case-sensitive regex matching any alias of any agency as a word.

    Case-sensitive so that ``AP`` never matches the ``ap`` in a word; list
    both spellings (``dpa;DPA``) in the table where both occur.
    """
    alternatives = sorted({alias for a in agencies for alias in a.aliases}, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def find_agencies(text: str, agencies: list[Agency]) -> list[str]:
    """Canonical names of the agencies credited in ``text``, in order of first mention."""
    if not agencies:
        return []
    by_alias = {alias: a.name for a in agencies for alias in a.aliases}
    names = [by_alias[m.group(0)] for m in agency_pattern(agencies).finditer(text)]
    return list(dict.fromkeys(names))


_BYLINE = re.compile(r"^\s*by\s*[:\s]\s*(?P<names>.+?)\s*$", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.I)
_PERSON_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}$")


def parse_byline(line: str, agencies: list[Agency]) -> tuple[list[str], list[str]] | None:
    """Author names and agencies of a ``By ...`` line, or ``None`` if it is none.

    ``"By Reuters"`` gives ``([], ["Reuters"])``; ``"By Jane Doe and John
    Roe, AP"`` gives ``(["Jane Doe", "John Roe"], ["AP"])``. A line is a byline
    only if every part is an agency or looks like a name (capitalised, at most
    five words) and it does not end like a sentence: ``"By contrast, Russia
    said so."`` is not one.
    """
    m = _BYLINE.match(line)
    if (
        not m
        or re.search(r"[.!?:]$", m.group("names"))
        and not re.search(r"\b[A-Z]\.$", m.group("names"))
    ):
        return None
    parts = [p.strip() for p in _NAME_SPLIT.split(m.group("names")) if p.strip()]
    if not parts or len(m.group("names").split()) > 12:
        return None
    authors, wires = [], []
    for part in parts:
        credited = find_agencies(part, agencies)
        if credited and agency_pattern(agencies).fullmatch(part):
            wires.extend(credited)
        elif _PERSON_NAME.match(part):
            authors.append(part)
        else:
            return None
    return authors, wires


_SIGNOFF = re.compile(
    r"^\s*(?P<initials>[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})*)\s*\((?P<credits>[^()]{2,80})\)\s*$"
)


def parse_signoff(line: str, agencies: list[Agency]) -> tuple[list[str], list[str]] | None:
    """Author initials and agencies of a closing credit like ``rc/amp (AP, dpa Reuters)``.

    Such a line (lower-case initials, then agencies in brackets) ends an
    article on DW and other European sites. ``None`` when the line is not one
    or the brackets name no known agency.
    """
    m = _SIGNOFF.match(line)
    if not m:
        return None
    wires = find_agencies(m.group("credits"), agencies)
    if not wires:
        return None
    initials = [i.strip() for i in m.group("initials").split("/")]
    return initials, wires


WEBMAIL_DOMAINS = frozenset(
    "gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com aol.com "
    "icloud.com me.com protonmail.com proton.me gmx.de gmx.net web.de mail.ru "
    "yandex.ru".split()
)
_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)


def email_domains(text: str) -> list[str]:
    """Lower-case domains of the e-mail addresses in ``text``, webmail excluded."""
    domains = [m.group("domain").lower().rstrip(".") for m in _EMAIL.finditer(text)]
    return [d for d in dict.fromkeys(domains) if d not in WEBMAIL_DOMAINS]


def url_domain(url: str) -> str:
    """Host of a URL in lower case without ``www.``; ``""`` if it has none."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def parent_domains(domain: str) -> list[str]:
    """The domain and each parent down to two labels: ``a.b.c.com`` ->
    ``["a.b.c.com", "b.c.com", "c.com"]``. Used to map sub-domains
    (``edition.cnn.com``) through a table that lists ``cnn.com``."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(max(len(labels) - 1, 1))]
