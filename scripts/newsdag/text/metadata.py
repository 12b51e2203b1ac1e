"""Read metadata out of article text: dates, bylines, wire credits, web domains.

Pure functions on strings; no file access. The cleaner in
``newsdag.text.cleaning`` decides *which* line to ask about, these functions
decide what it says.
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
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<year>\d{4})(?P<sep>[./])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})\b"),
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

    Recognises ISO dates, ``May 02, 2019``, ``2 May 2019``, numeric
    ``02.05.2019`` / ``02/05/2019`` / ``02-05-2019`` and year-first
    ``2019/05/02`` / ``2019.05.02``. A numeric date is read day first when
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


_ISO_TIME = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?", re.I
)
_AGO = re.compile(r"\b\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b", re.I)
_TIME_ZONE = re.compile(r"\b[A-Z]{2,5}\b")  # EDT, IST, AEST: upper case only


def parse_date_line(line: str, day_first: bool = True) -> str | None:
    """ISO date if the line is nothing but a date stamp, else ``None``.

    A date stamp is dates, times, time zones, weekdays and words such as
    published/updated/on/at: ``"May 02, 2019"``, ``"Published: Thursday 2
    May 2019, 10:31am EDT"``, ``"MAY 2, 2019 / 10:31 AM / 2 YEARS AGO"``,
    ``"(05.05.2019)"``. The first date on the line is returned. ``"On May 1,
    Lavrov said ..."`` is a sentence that mentions a date, not a date line.
    """
    hit = find_date(line, day_first)
    if not hit:
        return None
    rest = line
    for pattern in (*DATE_PATTERNS, _ISO_TIME, _CLOCK, _AGO, _TIME_ZONE, _DATE_LINE_WORDS):
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"[\W\d_]+", " ", rest)
    return hit[0] if not rest.strip() else None


def parse_date_value(value: object, day_first: bool = True) -> str | None:
    """ISO date from a metadata value (a string or a ``date``), else ``None``."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if value is None:
        return None
    hit = find_date(str(value), day_first)
    return hit[0] if hit else None


# Epoch timestamps: 9-10 digits are seconds (1973-2286), 13 milliseconds.
_EPOCH = re.compile(r"\A(?P<digits>\d{9,10}|\d{13})(?:\.\d+)?\Z")
# GDELT and databases: 20190502 or 20190502103100 (YYYYMMDD[hhmmss]).
_COMPACT = re.compile(r"\A(?P<year>\d{4})(?P<mnum>\d{2})(?P<day>\d{2})(?:\d{6})?\Z")


def day_number(text: str) -> int | None:
    """A document's YYYY-MM-DD date as a day number (``date.toordinal()``),
    for counting days between dates; None for "" or anything else."""
    try:
        return dt.date.fromisoformat(text).toordinal() if len(text) == 10 else None
    except ValueError:
        return None


def epoch_date(value: object) -> str | None:
    """ISO date (UTC) of a Unix timestamp, else ``None``.

    Accepts a number or a string of digits: 9 or 10 digits are seconds since
    1970 (``1556805600`` -> ``2019-05-02``), 13 digits are milliseconds
    (``1556805600000``), as JavaScript writes them. Booleans and other
    lengths are not timestamps.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    m = _EPOCH.match(text)
    if not m:
        return None
    seconds = float(text) / (1000 if len(m.group("digits")) > 10 else 1)
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()


def given_date(value: object, day_first: bool = True, latest: str = "") -> str:
    """ISO date of a date that a record or file states, or ``ValueError``
    whose message says in plain English what is wrong with it.

    Reads everything ``find_date`` reads (ISO dates and times, ``May 02,
    2019``, ``2 May 2019``, ``02.05.2019``, ``02/05/2019`` and
    ``02-05-2019`` by the ``day_first`` rule, ``2019/05/02``, RSS's ``Thu,
    02 May 2019 10:31:00 GMT``), compact ``20190502`` and
    ``20190502103100`` (GDELT), and Unix timestamps (``epoch_date``).
    A time zone is ignored: the date is the one written. An impossible date
    (``2019-02-30``, ``31.04.2019``) and a date after ``latest``
    (``YYYY-MM-DD``; ``""`` for no limit) are errors, as is a value with no
    date in it.
    """
    compact = _COMPACT.match(str(value).strip()) if not isinstance(value, bool) else None
    if compact:
        groups = compact.groupdict()
        iso = _valid_iso(int(groups["year"]), int(groups["mnum"]), int(groups["day"]))
    else:
        iso = epoch_date(value) or parse_date_value(value, day_first)
    if iso is None:
        if compact:
            raise ValueError(f"date {str(value).strip()!r} is not a calendar date")
        text = " ".join(str(value).split())[:80]
        if any(pattern.search(text) for pattern in DATE_PATTERNS):
            raise ValueError(f"date {text!r} is not a calendar date")
        raise ValueError(f"date {text!r} is not a date newsdag can read")
    if latest and iso > latest:
        raise ValueError(f"date {iso} is in the future (after {latest})")
    return iso


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


_BYLINE = re.compile(r"^\s*(?:By|BY)\s*[:\s]\s*(?P<names>.+?)\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.I)
_NAME_TAIL = re.compile(r"\s+(?:in|for|from|at)\s+(?P<tail>[A-Z].*)$", re.I)
_NAME_WORD = (
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|da|di|do|dos|du|del|della|der|den|van|von|bin|al|el|la|le|ter)"
)
_PERSON_NAME = re.compile(rf"^[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+{_NAME_WORD}){{1,4}}$")
_OUTLET_WORDS = re.compile(
    r"\b(?:news|politics|times|post|media|tv|radio|channel|network|online|daily|journal|"
    r"magazine|press|herald|tribune|gazette|telegraph|guardian|mail|mailonline|staff|"
    r"correspondents?|reporters?|editors?|desk|bureau|service|agency|wire)\b",
    re.I,
)


def is_person_name(text: str) -> bool:
    """Whether text looks like a person's name: two to five words, each
    capitalised but for particles (de, van, bin ...), no outlet words (News,
    Times, Post, Staff ...) and no acronym such as ``CNN`` unless the whole
    name is in capitals."""
    words = text.split()
    if not _PERSON_NAME.match(text) or _OUTLET_WORDS.search(text):
        return False
    acronyms = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
    return not acronyms or len(acronyms) == len(words) and len(words) > 1


def parse_byline(
    line: str, agencies: list[Agency]
) -> tuple[list[str], list[str], list[str]] | None:
    """Authors, agencies and outlet affiliations of a ``By ...`` line, or
    ``None`` if the line is not a byline.

    ``"By Reuters"`` gives ``([], ["Reuters"], [])``; ``"By Jane Doe and John
    Roe, CNN"`` gives ``(["Jane Doe", "John Roe"], [], ["CNN"])``; ``"By Foo
    Yun Chee for Reuters"`` gives ``(["Foo Yun Chee"], ["Reuters"], [])`` and
    ``"By Jane Doe in Moscow"`` ``(["Jane Doe"], [], [])``. A line is a byline
    only if every part is an agency, an outlet or a name and it does not end
    like a sentence: ``"By contrast, Russia said so."`` is not one.
    """
    m = _BYLINE.match(line)
    if not m:
        return None
    names = m.group("names")
    if re.search(r"[.!?:]$", names) and not re.search(r"\b[A-Z]\.$", names):
        return None
    if len(names.split()) > 14:
        return None
    authors, wires, affiliations = [], [], []
    for part in (p.strip() for p in _NAME_SPLIT.split(names) if p.strip()):
        tail = _NAME_TAIL.search(part)
        if tail and is_person_name(part[: tail.start()]):
            part, rest = part[: tail.start()], tail.group("tail")
            wires.extend(find_agencies(rest, agencies))  # "for Reuters"; "in Moscow" is a place
            if not find_agencies(rest, agencies) and re.search(r"\bfor\b", tail.group(0), re.I):
                affiliations.append(rest)
        if agencies and agency_pattern(agencies).fullmatch(part):
            wires.extend(find_agencies(part, agencies))
        elif is_person_name(part):
            authors.append(part)
        elif re.fullmatch(r"[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4}", part):
            affiliations.append(part)  # "CNN", "Fox News", "Local 10 News"
        else:
            return None
    if not authors and not wires:
        return None
    return authors, wires, affiliations


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
