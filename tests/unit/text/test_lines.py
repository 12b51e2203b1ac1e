"""The shape of one line: markdown rendered away, prose, captions, headlines."""

import pytest
from newsdag.text.lines import (
    ends_like_sentence,
    ends_with_full_stop,
    is_headline_like,
    is_menu_run,
    is_prose,
    is_subheading,
    looks_like_caption,
    render_inline_markdown,
)
from newsdag.text.words import word_count

PARAGRAPH = (
    "Russia and the United States traded accusations on Wednesday over the crisis in "
    "Venezuela, each saying the other was interfering in the country's affairs."
)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By [Reuters](#)", "By Reuters"),
        ("**Related article:** [A title](https://x)", "Related article: A title"),
        ("<https://www.dw.com/en/x>", "https://www.dw.com/en/x"),
        ("![photo](a.jpg) Caption", "Caption"),
        ("*Photograph: Maxim Shemetov/Reuters*", "Photograph: Maxim Shemetov/Reuters"),
        ("## 'A dangerous game'", "'A dangerous game'"),
        ("snake_case and 2*3*4 stay", "snake_case and 2*3*4 stay"),
        (r"\*not emphasis\*", "*not emphasis*"),
        ("a <em>short</em> word", "a short word"),
    ],
)
def test_render_inline_markdown(line, expected):
    assert render_inline_markdown(line) == expected


def test_word_count_and_prose():
    assert word_count("It's 2 o'clock – we'll see.") == 5
    assert is_prose(PARAGRAPH)
    assert not is_prose("Venezuelan Foreign Minister Jorge Arreaza walks with his team")
    assert not is_prose("Short line.")


@pytest.mark.parametrize(
    "line, caption",
    [
        # a photo caption and the headlines of linked articles
        (
            "Venezuelan Foreign Minister Jorge Arreaza walks with his team at the United Nations",
            True,
        ),
        ("Obama urges new restrictions on assault weapons as part of gun control plan", True),
        ("Pompeo Says Russia Talked Maduro Out of Leaving Venezuela", True),  # Title Case
        # sentences that lost their full stop: a say, tell, add or ask, or "according to"
        ("Pompeo says Russia talked Maduro out of leaving Venezuela", False),
        ("The talks will go on next week, a Kremlin spokesman told reporters", False),
        ("Guaidó asked the army to abandon Maduro on Tuesday in Caracas", False),
        ("At least 46 people were injured, according to a local NGO", False),
        # quotation marks, end punctuation, or too short or long for a caption
        ('"We will not tolerate it" Pompeo warned Lavrov in their phone call', False),
        (
            "Venezuelan Foreign Minister Jorge Arreaza walks with his team at the United Nations.",
            False,
        ),
        ("Maduro digs in", False),
        (" ".join(["Maduro"] * 20), False),
    ],
)
def test_looks_like_caption(line, caption):
    assert looks_like_caption(line) is caption


def test_ends_with_full_stop_ignores_abbreviations():
    assert ends_with_full_stop("The talks failed.") and ends_with_full_stop('He left."')
    assert not ends_with_full_stop("Obama Taunts G.O.P.")
    assert not ends_with_full_stop("Secretary of State Michael R.")
    assert not ends_with_full_stop("Talks end in the U.S.")
    assert not ends_with_full_stop("Did the talks fail?")
    assert ends_like_sentence("Did the talks fail?") and ends_like_sentence("He said: “No.”")


def test_subheadings_headlines_and_menus():
    assert is_subheading("'Very positive' talks") and not is_subheading("Talks end.")
    assert is_headline_like("Russia warns US over Venezuela", first=False)
    assert not is_headline_like("Russia warns the US.", first=True)  # a full stop: prose
    assert not is_headline_like("Maduro", first=True)  # one word
    assert is_menu_run("Home News Sport Reel Worklife Travel Future")
    assert not is_menu_run("Russia Warns US Over Venezuela, Again")
