"""The one word pattern and the word count, on the seeds' own text."""

from newsdag.text.words import WORD, word_count

LINE = "U.S.-Russia talks: Guaidó’s envoy said they don't expect a deal, not in 2019."


def test_word_tokens_split_at_dots_and_hyphens_but_keep_inner_apostrophes():
    assert WORD.findall(LINE) == [
        "U", "S", "Russia", "talks", "Guaidó’s", "envoy", "said", "they", "don't",
        "expect", "a", "deal", "not", "in", "2019",
    ]  # fmt: skip


def test_word_count_counts_what_a_reader_counts():
    # "U.S.-Russia" is one word to a reader; a lone dash is none.
    assert word_count(LINE) == 13
    assert word_count("Moscow — Caracas") == 2
    assert word_count("  \n ") == 0
