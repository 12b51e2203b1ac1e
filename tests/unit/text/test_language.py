"""Telling English text from other languages by its function words, and
naming the language of a text that is not English."""

from newsdag.text.language import MIN_ENGLISH_SHARE, detected_language, english_share

from tests.support import SEEDS

SPANISH = (
    "El ministro de Exteriores ruso, Serguéi Lavrov, se reunió el domingo en Moscú con su "
    "homólogo venezolano, Jorge Arreaza, y ambos rechazaron cualquier intervención militar "
    "de Estados Unidos en Venezuela."
)
GERMAN = (
    "Der russische Außenminister Sergej Lawrow hat seinen venezolanischen Amtskollegen Jorge "
    "Arreaza in Moskau empfangen. Beide warnten die USA vor einer militärischen Intervention."
)


def test_english_news_is_a_third_function_words():
    for path in sorted(SEEDS.iterdir()):
        assert 0.3 < english_share(path.read_text(encoding="utf-8")) < 0.55, path.name


def test_other_languages_fall_under_the_threshold():
    assert english_share(SPANISH) < MIN_ENGLISH_SHARE
    assert english_share(GERMAN) < MIN_ENGLISH_SHARE


def test_only_letters_count_as_words():
    assert english_share("") == 0.0 and english_share("2019 - 05 - 02 !!") == 0.0
    assert english_share("The talks, in 2019, ended.") == 0.5  # the, in of the, talks, in, ended


def test_detected_language_names_the_language_of_a_skipped_article():
    assert detected_language(SPANISH) == "es" and detected_language(GERMAN) == "de"
    assert all(detected_language(p.read_text(encoding="utf-8")) == "en" for p in SEEDS.iterdir())
    assert detected_language("2019 - 05 - 02 !!") == ""
