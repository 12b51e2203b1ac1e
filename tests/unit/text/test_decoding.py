"""Bytes to text: decoding, binary files, normalisation."""

import pytest
from newsdag.text.decoding import ArticleSkipped, binary_kind, decode_article_bytes, normalise_text


def test_normalise_text():
    raw = "Title\r\n\r\nA\u00a0line&nbsp;with &amp; entities\u200b and  spaces \rend"
    assert normalise_text(raw) == "Title\n\nA line with & entities and spaces\nend"


def test_normalise_text_keeps_quotes_dashes_and_diacritics():
    text = "“Guaidó” – ‘Nicolás’ — Günther’s"
    assert normalise_text(text) == text


def test_decode_article_bytes_tries_bom_then_utf8_then_the_fallback():
    text = "Guaidó said “no”."
    assert decode_article_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_article_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_article_bytes(text.encode("utf-16")) == (text, "utf-16")
    assert decode_article_bytes(text.encode("cp1252")) == (text, "cp1252")
    # a byte cp1252 leaves undefined falls through to latin-1
    assert decode_article_bytes(b"Guaid\xf3 \x81") == ("Guaidó \x81", "latin-1")


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file (no text at all)"),
        (b" \n\t\n", "empty file (no text at all)"),
        (b"\xef\xbb\xbf\n", "empty file (no text at all)"),
        (b"%PDF-1.4\n...", "not a text file: PDF document"),
        (b"PK\x03\x04word/document.xml", "not a text file: ZIP archive or Office document"),
        (b"Lavrov\x00said", "not a text file: binary data (contains NUL bytes)"),
    ],
)
def test_empty_and_binary_files_are_skipped_with_their_reason(raw, reason):
    with pytest.raises(ArticleSkipped) as error:
        decode_article_bytes(raw)
    assert str(error.value) == reason


def test_binary_kind_counts_control_characters():
    assert binary_kind(b"Lavrov met Pompeo.\r\n\tThey talked.\f") is None
    assert binary_kind(b"\x01\x02\x03 abc") == "binary data (mostly control characters)"


def test_normalise_text_can_leave_entities_alone():
    assert (
        normalise_text("Pompeo &amp; Lavrov\u00a0met", unescape=False) == "Pompeo &amp; Lavrov met"
    )
