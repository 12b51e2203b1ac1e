"""Bad input never loses other data: each awkward file is either parsed
correctly or skipped with a plain-English reason."""

import codecs
from pathlib import Path

import pytest
from newsdag.corpus.dedupe import split_duplicates
from newsdag.corpus.files import corpus_files
from newsdag.text.decoding import ArticleSkipped
from newsdag.text.language import english_share

from tests.support import SEEDS

SEED = SEEDS / "000_7cf7ee1c59f077cd.txt"
BODY = (
    "Officials in Caracas said on Monday that the talks had ended without agreement, "
    "and that a new round would be held in Oslo next week. The opposition called the "
    "proposal “a début, not a résumé” of real negotiations."
)


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file_is_skipped(tmp_path, parse):
    with pytest.raises(ArticleSkipped, match="empty file"):
        parse(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file_is_skipped(tmp_path, parse):
    with pytest.raises(ArticleSkipped, match="empty file"):
        parse(write(tmp_path, "blank.txt", b" \n\r\n\t\n"))


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "ZIP archive"),
        (bytes(range(0, 32)) * 20, "binary data"),
    ],
)
def test_binary_file_is_skipped(tmp_path, parse, data, kind):
    with pytest.raises(ArticleSkipped, match=f"not a text file: {kind}"):
        parse(write(tmp_path, "scan.txt", data))


def test_cp1252_file_is_decoded_correctly(tmp_path, parse):
    text = "Talks end without a deal\n\n" + BODY + "\n"
    record = parse(write(tmp_path, "windows.txt", text.encode("cp1252")), min_body_words=5)
    assert record["encoding"] == "cp1252"
    assert "“a début, not a résumé”" in record["body"]
    assert record["title"] == "Talks end without a deal"


def test_latin1_only_bytes_fall_back_to_latin1(tmp_path, parse):
    # 0x81 is undefined in cp1252; latin-1 still decodes every byte
    data = ("Title line here\n\n" + BODY.replace("“", '"').replace("”", '"')).encode("latin-1")
    record = parse(write(tmp_path, "odd.txt", data.replace(b"Oslo", b"Oslo\x81")), min_body_words=5)
    assert record["encoding"] == "latin-1"
    assert "résumé" in record["body"]


def test_fallback_encoding_is_configurable(tmp_path, parse):
    text = (
        "Переговоры продолжатся, says Moscow\n\n"
        + "The minister said on Monday that the talks would go on: «Переговоры продолжатся». " * 3
    )
    path = write(tmp_path, "russian.txt", text.encode("cp1251"))
    record = parse(path, min_body_words=5, fallback_encoding="cp1251")
    assert record["title"] == "Переговоры продолжатся, says Moscow"
    assert record["encoding"] == "cp1251" and "«Переговоры продолжатся»" in record["body"]


def test_utf8_bom_is_removed(tmp_path, parse):
    text = "Talks end without a deal\n\n" + BODY
    record = parse(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + text.encode()), min_body_words=5)
    assert record["encoding"] == "utf-8-sig"
    assert record["title"] == "Talks end without a deal"
    assert "\ufeff" not in record["title"] + record["body"]


def test_utf16_with_bom_is_decoded(tmp_path, parse):
    text = "Talks end without a deal\n\n" + BODY
    record = parse(write(tmp_path, "utf16.txt", text.encode("utf-16")), min_body_words=5)
    assert record["encoding"] == "utf-16" and "résumé" in record["body"]


def test_crlf_line_ends_give_the_same_article_as_lf(tmp_path, parse):
    lf = SEED.read_bytes()
    crlf = lf.replace(b"\n", b"\r\n")
    a = parse(write(tmp_path, "lf.txt", lf))
    b = parse(write(tmp_path, "crlf.txt", crlf))
    assert "\r" not in b["body"]
    for field in ("title", "subtitle", "date", "url", "wire", "body", "n_words"):
        assert a[field] == b[field], field


def test_file_with_only_boilerplate_is_skipped(tmp_path, parse):
    text = (
        "We use cookies to improve our service for you. You can find more information "
        "in our data protection declaration.\n\nMore info OK\n\n1. Home\n2. News\n\n"
        "Sign up for our daily newsletter here.\n\nAdvertisement\n"
    )
    with pytest.raises(ArticleSkipped, match="no article text left"):
        parse(write(tmp_path, "banner.html.txt", text.encode()))


def test_too_short_body_names_the_config_key(tmp_path, parse):
    path = write(tmp_path, "short.txt", ("Headline\n\n" + BODY).encode())
    with pytest.raises(ArticleSkipped, match="min_body_words is 100"):
        parse(path, min_body_words=100)


def test_a_file_over_max_file_mb_is_skipped_unparsed(tmp_path, parse):
    seed = SEED.read_bytes()
    path = write(tmp_path, "dump.txt", seed * (2_100_000 // len(seed) + 1))  # over 2 MB
    with pytest.raises(
        ArticleSkipped, match=r"file too large: 2\.1 MB \(config key max_file_mb is 2\)"
    ):
        parse(path, max_file_mb=2)
    assert parse(write(tmp_path, "one.txt", seed), max_file_mb=2)["title"]


def test_a_body_too_long_for_the_nlp_stage_is_skipped(tmp_path, parse):
    paragraph = BODY + "\n\n"
    path = write(tmp_path, "many.txt", ("Headline\n\n" + paragraph * 5000).encode())  # 1.08 M chars
    with pytest.raises(
        ArticleSkipped, match="body too long: 1,.* characters, more than the 1,000,000"
    ):
        parse(path)


SPANISH = (
    "El ministro de Relaciones Exteriores de Rusia, Serguéi Lavrov, advirtió el viernes que la "
    "posición de Estados Unidos sobre Venezuela es incompatible con la de Moscú, aunque dijo que "
    "su país está dispuesto a dialogar. Según el canciller, la oposición venezolana no tiene "
    "apoyo suficiente y el gobierno de Nicolás Maduro sigue en pie."
)


def test_an_article_not_in_english_is_skipped_with_its_share(tmp_path, parse):
    path = write(tmp_path, "es.txt", f"Lavrov: posiciones incompatibles\n\n{SPANISH}\n".encode())
    with pytest.raises(
        ArticleSkipped,
        match=r"not English \(language detected: es\): 2% of its words are common English",
    ):
        parse(path)
    assert english_share(SEED.read_text()) > 0.3


def test_broken_front_matter_is_skipped(tmp_path, parse):
    text = "---\ntitle: [unclosed\n---\n\n" + BODY
    with pytest.raises(ArticleSkipped, match="front matter is not valid YAML"):
        parse(write(tmp_path, "broken.md", text.encode()))


def test_byte_identical_copy_is_set_aside_naming_the_original():
    record = {"sha256": "ab" * 32, "outlet_evidence": []}
    a = {**record, "doc_id": "a", "source_path": "c/a.txt", "source_record": ""}
    b = {**record, "doc_id": "b copy", "source_path": "c/b copy.txt", "source_record": ""}
    kept, skipped = split_duplicates([b, a])
    assert kept == [a]
    assert skipped == [
        {
            "doc_id": "b copy",
            "source_path": "c/b copy.txt",
            "source_record": "",
            "reason": "byte-identical to c/a.txt (kept as a)",
        }
    ]


def test_names_with_spaces_and_accents_are_parsed(tmp_path, parse):
    corpus = tmp_path / "corpus"
    (corpus / "sub folder").mkdir(parents=True)
    data = SEED.read_bytes()
    (corpus / "sub folder" / "Caracas – Guaidó report.txt").write_bytes(data)
    (corpus / "Ünïcode name.TXT").write_bytes(
        data.replace(b"Marchers gathered", b"Crowds gathered")
    )
    files = corpus_files(corpus, ["*.txt"], 4)
    assert [f.doc_id for f in files] == ["sub folder/Caracas – Guaidó report", "Ünïcode name"]
    for f in files:
        assert parse(Path(f.path))["title"].startswith("Tension Grows")
