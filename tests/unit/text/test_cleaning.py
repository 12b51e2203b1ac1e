"""The cleaner on small, hand-made texts."""

import pytest
from newsdag.text.cleaning import choose_title, clean_article, paragraphs_of_block

PARAGRAPH = (
    "Russia and the United States traded accusations on Wednesday over the crisis in "
    "Venezuela, each saying the other was interfering in the country's affairs."
)


def test_weekday_alone_gives_no_date(agencies):
    article = clean_article(f"Headline here\n\nThursday\n\n{PARAGRAPH}", agencies)
    assert article.date == "" and article.date_source == ""


def test_date_line_beats_scraper_date_field(agencies):
    text = f"date 2019-05-01  Headline | World | 05.05.2019\n\n{PARAGRAPH}"
    article = clean_article(text, agencies)
    assert (article.title, article.date, article.date_source) == (
        "Headline",
        "2019-05-05",
        "page title",
    )
    article = clean_article(f"date 2019-05-01  Headline\n\n{PARAGRAPH}", agencies)
    assert (article.date, article.date_source) == ("2019-05-01", "scraper date field")


def test_end_markers_only_end_a_started_article(agencies):
    text = f"Related content\n\nHeadline here\n\n{PARAGRAPH}\n\nComments\n\nFirst!!! This is a reader comment that goes on and on about the news."
    article = clean_article(text, agencies)
    assert article.title == "Headline here"
    assert article.paragraphs == [PARAGRAPH]


def test_related_line_mid_article_is_dropped_and_reading_continues(agencies):
    text = f"Headline here\n\n{PARAGRAPH}\n\n**Related article:** [Other](#)\n\n{PARAGRAPH.upper()}"
    assert clean_article(text, agencies).paragraphs == [PARAGRAPH, PARAGRAPH.upper()]


def test_quote_split_from_its_attribution_is_joined(agencies):
    text = f'Headline here\n\n{PARAGRAPH}\n\n"We will not accept it, whatever they say,"\n\nthe ministry said.'
    assert clean_article(text, agencies).paragraphs[-1] == (
        '"We will not accept it, whatever they say," the ministry said.'
    )


def test_metadata_wins_over_text(agencies):
    text = f"# Text headline\n\n{PARAGRAPH}"
    meta = {"title": "Stated title", "date": "2019-05-03", "outlet": "Example", "byline": "A B; AP"}
    article = clean_article(text, agencies, meta)
    assert article.title == "Stated title" and article.date == "2019-05-03"
    assert article.byline == ["A B"] and article.wire == ["AP"]
    assert article.outlet_evidence[0] == ("metadata field", "name", "Example")


def test_short_sentences_and_unpunctuated_quotes_stay_in_the_body(agencies):
    text = (
        f"Headline here\n\nCall it Cheney versus Cheney.\n\n{PARAGRAPH}\n\n"
        "He has pled guilty to those lies.\n\n"
        '"There is no reason to have workers pay a price with their paycheck," she said\n\n'
        "Here's an excerpt from the Times report:\n\n"
        "Venezuelan Foreign Minister Jorge Arreaza walks with his team at the United Nations\n\n"
        "Obama urges new restrictions on assault weapons as part of gun control plan"
    )
    assert clean_article(text, agencies).paragraphs == [
        "Call it Cheney versus Cheney.",
        PARAGRAPH,
        "He has pled guilty to those lies.",
        '"There is no reason to have workers pay a price with their paycheck," she said',
        "Here's an excerpt from the Times report:",
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Man Who Defeated Cantor Calls His Big Win 'A Miracle'",
        "Donald Trump's Social Media Solution? A Free-For-All For Bots",
        "Obama Taunts G.O.P. for Ignoring Jobs Bill",
        "Alabama Republicans Defend Roy Moore: ‘It Was 40 Years Ago’",
    ],
)
def test_headline_ending_in_quote_or_question_is_a_title(agencies, headline):
    article = clean_article(f"{headline}\n\n{PARAGRAPH}", agencies)
    assert article.title == headline and article.paragraphs == [PARAGRAPH]


@pytest.mark.parametrize(
    "html_title, site, title",
    [
        ("Pompeo, Lavrov meet - Reuters", "Reuters", "Pompeo, Lavrov meet"),
        (
            "Pompeo to Speak With Russian Counterpart on Venezuela – Bolton",
            "The Moscow Times",
            "Pompeo to Speak With Russian Counterpart on Venezuela – Bolton",
        ),
        (
            "Russia, Venezuela seek strategy | News | DW | 05.05.2019",
            "",
            "Russia, Venezuela seek strategy",
        ),
    ],
)
def test_html_title_loses_only_the_site_name(agencies, html_title, site, title):
    article = clean_article(PARAGRAPH, agencies, {"html_title": html_title, "site_name": site})
    assert article.title == title
    assert ("page title suffix", "name", "Bolton") not in article.outlet_evidence


def test_credit_line_removes_only_its_caption(agencies):
    text = f"Headline here\n\n{PARAGRAPH}\nCrowds gather outside the palace.\nAFP/JOHN THYS\n{PARAGRAPH.upper()}"
    assert clean_article(text, agencies).paragraphs == [PARAGRAPH, PARAGRAPH.upper()]


def test_hard_wrapped_lines_join_and_short_lines_stay_apart():
    wrapped = [
        "The two diplomats spoke by phone on Wednesday, with each accusing",
        "the other of meddling.",
    ]
    assert paragraphs_of_block(wrapped) == [" ".join(wrapped)]
    headline = ["Russia sends advisers", PARAGRAPH]
    assert paragraphs_of_block(headline) == headline
    listed = ["Key points:", "- first point here", "- second point here"]
    assert paragraphs_of_block(listed) == listed


def test_choose_title_skips_labels_and_menus():
    assert (
        choose_title(
            [
                "World news",
                "Home News Sport Reel Worklife Travel Future",
                "Russia warns US over Venezuela",
            ]
        )
        == "Russia warns US over Venezuela"
    )
    assert choose_title(["Maduro digs in"]) == "Maduro digs in"
    assert choose_title([]) == ""


def test_a_lede_ending_in_an_exclamation_is_body_not_a_second_headline(agencies):
    lede = (
        "Democrats in the Senate hoping to pass legislation in the lame-duck session were put on "
        "notice by their Republican colleagues Wednesday morning: No tax-cut extension? No laws for you!"
    )
    article = clean_article(
        f"Senate Republicans: No Legislation Until After Tax Cut Extension\n\n{lede}", agencies
    )
    assert article.title == "Senate Republicans: No Legislation Until After Tax Cut Extension"
    assert article.paragraphs == [lede]


def test_an_extractor_s_text_is_all_body_but_bylines_credits_and_prompts(agencies):
    """With ``extracted`` (a web page's text from trafilatura) the first
    paragraphs are body even when short or unpunctuated, "More on ..." does
    not end the article, a short last line stays, while a byline, a date
    stamp, a photo credit with its caption and a newsletter prompt still go."""
    text = (
        "By Lesley Wroughton\n\nMay 6, 2019\n\n"
        "Penalties for those who refuse are to be increased to a maximum of £10,000\n\n"
        "Sergei Lavrov met Mike Pompeo on Monday, the ministry said.\n\n"
        "Lavrov and Pompeo in Rovaniemi.\nREUTERS/Mandel Ngan\n\n"
        "**More on Venezuela:**\n\n"
        "Never miss the latest news by signing up to our newsletter today!\n\n"
        "Pompeo said Washington would keep up its pressure.\n\n"
        "100. Ray Gillen"
    )
    metadata = {"title": "Lavrov and Pompeo meet in Finland"}
    article = clean_article(text, agencies, metadata, extracted=True)
    assert article.title == "Lavrov and Pompeo meet in Finland"
    assert article.byline == ["Lesley Wroughton"] and article.date == "2019-05-06"
    assert article.paragraphs == [
        "Penalties for those who refuse are to be increased to a maximum of £10,000",
        "Sergei Lavrov met Mike Pompeo on Monday, the ministry said.",
        "More on Venezuela:",
        "Pompeo said Washington would keep up its pressure.",
        "100. Ray Gillen",
    ]
    cleaned_as_a_file = clean_article(text, agencies, metadata)
    assert "Pompeo said Washington would keep up its pressure." not in cleaned_as_a_file.body
