"""Bytes to text: decode a scraped article file and normalise its text.

1. ``decode_article_bytes``: bytes -> text (UTF-8, UTF-8 with BOM, UTF-16
   with BOM, else the fallback single-byte encoding, cp1252 by default), or
   ``ArticleSkipped`` for empty and binary files.
2. ``normalise_text``: one kind of line end, one kind of space, no
   zero-width characters, HTML entities decoded.

Curly quotes, dashes and diacritics are kept exactly as written.
"""

import codecs
import html
import re


class ArticleSkipped(Exception):
    """An article that cannot be used; the message is the plain-English reason."""


BINARY_SIGNATURES = {
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive or Office document",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}


def binary_kind(raw: bytes) -> str | None:
    """What kind of binary file ``raw`` is, or ``None`` if it looks like text.

    Known signatures name the kind; otherwise a NUL byte or more than 5 % of
    control characters in the first 8 KiB mark it as binary.
    """
    for signature, kind in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            return kind
    head = raw[:8192]
    if b"\x00" in head:
        return "binary data (contains NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\x0b")
    if head and controls / len(head) > 0.05:
        return "binary data (mostly control characters)"
    return None


def decode_article_bytes(raw: bytes, fallback: str = "cp1252") -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, encoding used)``.

    A byte-order mark decides first (``utf-8-sig``, ``utf-16``); then strict
    UTF-8; then ``fallback`` (cp1252 by default: the Windows superset of
    latin-1 that scraped Western text actually uses, with curly quotes at
    0x91-0x94); then latin-1, which decodes any byte. Raises
    ``ArticleSkipped`` for an empty or whitespace-only file and for binary
    files.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if raw.startswith(codecs.BOM_UTF8):
        raw, bom = raw[len(codecs.BOM_UTF8) :], True
    else:
        bom = False
    if not raw.strip():
        raise ArticleSkipped("empty file (no text at all)")
    kind = binary_kind(raw)
    if kind:
        raise ArticleSkipped(f"not a text file: {kind}")
    for encoding in ("utf-8", fallback, "latin-1"):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, ("utf-8-sig" if bom and encoding == "utf-8" else encoding)
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalise_text(text: str, unescape: bool = True) -> str:
    """Text with ``\\n`` line ends, plain spaces and HTML entities decoded.

    Non-breaking, thin and other Unicode spaces and tabs become one space;
    zero-width characters and soft hyphens go; runs of spaces collapse;
    lines lose trailing spaces. Letters, quotes and dashes are untouched.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if unescape:
        text = html.unescape(text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)
