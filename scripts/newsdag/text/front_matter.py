"""Metadata a text or markdown file states explicitly above its text: YAML
front matter, or the ``Key: value`` lines scrapers write instead, and our
field names for them.
"""

import re

import yaml

from newsdag.text.decoding import ArticleSkipped

_FRONT_MATTER = re.compile(r"\A---[ ]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ ]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (``---`` ... ``---`` at the very top) and the rest.

    Keys are lower-cased. Returns ``({}, text)`` when there is none; raises
    ``ArticleSkipped`` when the block is not a YAML mapping.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group("yaml"))
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0]
        raise ArticleSkipped(f"front matter is not valid YAML ({reason})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleSkipped("front matter is not a list of 'key: value' lines")
    return {str(k).lower(): v for k, v in data.items()}, text[m.end() :]


FIELD_NAMES = {
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "description", "summary", "dek", "standfirst"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate"),
    "outlet": ("outlet", "source", "publication", "publisher", "site", "site_name"),
    "url": ("url", "link", "canonical_url", "canonical"),
    "byline": ("byline", "author", "authors"),
}


_HEADER_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(?P<value>\S.*)$")


def split_header_fields(text: str) -> tuple[dict, str]:
    """Leading ``Key: value`` lines that scrapers write instead of front
    matter (``Title: ...``, ``Author: ...``, ``Published: ...``) and the rest.

    Only keys that ``metadata_fields`` knows count, and only a run of at least
    two of them at the very top; otherwise ``({}, text)``.
    """
    known = {name for names in FIELD_NAMES.values() for name in names}
    lines = text.lstrip("\n").split("\n")
    fields = {}
    for line in lines:
        m = _HEADER_FIELD.match(line)
        key = m and re.sub(r"[\s-]+", "_", m.group("key").strip().lower())
        if not m or key not in known:
            break
        fields[key] = m.group("value").strip()
    if len(fields) < 2:
        return {}, text
    return fields, "\n".join(lines[len(fields) :])


def metadata_fields(data: dict) -> dict[str, object]:
    """Our field names (title, subtitle, date, outlet, url, byline) from a
    metadata mapping that may use common alternatives (``headline``,
    ``published``, ``source``, ``link``, ``author`` ...). Empty values are
    left out."""
    found = {}
    for ours, names in FIELD_NAMES.items():
        for name in names:
            value = data.get(name)
            if value not in (None, "", []):
                found[ours] = value
                break
    if re.match(r"https?://", str(found.get("outlet", ""))):  # "source: https://..."
        found.setdefault("url", found.pop("outlet"))
    return found
