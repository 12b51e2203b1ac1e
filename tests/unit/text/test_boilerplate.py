"""Site furniture and photo credits, line by line."""

import pytest
from newsdag.text.boilerplate import END_MARKER, is_boilerplate_line, photo_credit_kind


@pytest.mark.parametrize(
    "line, credit",
    [
        ("AFP/JOHN THYS", True),
        ("**Evan Vucci/AP/TASS**", True),
        ("Marchers took to the streets of Caracas to protest against Maduro. **EFE**", True),
        ("**EFE**", True),
        ("Photo: Reuters", True),
        ("(Photo by Federico Parra/AFP via Getty Images)", True),
        ("© DW", True),
        ("Reuters", True),
        ("Russia said the U.S./EU position was wrong.", False),
        ("**Lavrov and Pompeo trade warnings against interference as crisis continues.**", False),
        ("TASS quoted Lavrov as saying.", False),
        ("(Credit: Clayton Aldern / Grist)", True),
        ("(Source: Ministry of Health figures for the week to 3 May)", False),
    ],
)
def test_is_photo_credit(agencies, line, credit):
    assert (photo_credit_kind(line, agencies) is not None) is credit


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("We use cookies to improve our service for you.", True),
        ("Cookie settings", True),
        ("Watch video 01:53", True),
        ("Read more: Fleeing Venezuela with a lucky charm coconut", True),
        ("Supported by", True),
        ("3 Min Read", True),
        ("* * *", True),
        ("Our Standards: The Thomson Reuters Trust Principles.", True),
        ("Copyright 2019 The Associated Press. All rights reserved.", True),
        ("Sign up for our morning briefing newsletter here.", True),
        # newsletter, app and paywall prompts, letters, disclosures (trafilatura leaves them in)
        ("Never miss the latest news by signing up to our newsletter today!", True),
        ("Subscribe now to our eNATION edition for the full story.", True),
        ("To view the full story, please subscribe to The Haitian Times.", True),
        (
            "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
            True,
        ),
        ("For the latest stories download the Nationnews apps for iOS and Android", True),
        ("Submit your letter to the editor via this form. Read more Letters to the Editor.", True),
        ("This post contains references to products from one or more of our advertisers.", True),
        ("We recommend the best products; advertisers do not influence our picks.", True),
        ("We want to hear what you think about this article. Submit a letter to the editor.", True),
        (
            "Regulators fined Google over its cookie consent banners, which made refusing harder.",
            False,
        ),
        ("TikTok updated its privacy policy in response.", False),
        ("Watch for Moscow to push back at the United Nations, diplomats said.", False),
        ("Related complaints have been filed in the Netherlands and Italy, officials said.", False),
        ("A spokesperson declined to comment on this story.", False),
        ("Users who sign up for an account are asked to give an e-mail address.", False),
        ("Voters never miss a chance to sign up for a rally, organisers said.", False),
        ("Readers who subscribe to the paper said they wanted the full story told.", False),
        # the prompts' words in news (found in review)
        (
            "Health officials have urged residents to download the contact-tracing app on "
            "iPhone or Android phones, saying it would let them warn contacts within hours. "
            "Only 12 percent of adults have done so, according to the ministry.",
            False,
        ),
        (
            "The senator said he was signing up for a daily intelligence briefing from the CIA.",
            False,
        ),
        (
            "She said she would send a letter to the editor of the Times demanding a correction.",
            False,
        ),
        ("Critics say advertisers do not influence coverage as much as owners do.", False),
        ("Those who sign up to get the vaccine will be contacted within a week.", False),
    ],
)
def test_is_boilerplate_line(line, furniture):
    assert is_boilerplate_line(line) is furniture


@pytest.mark.parametrize(
    "line, kind",
    [
        ("AFP/JOHN THYS", "standalone"),
        ("(Photo by Federico Parra/AFP via Getty Images)", "standalone"),
        (
            "FILE PHOTO: Maduro attends a parade, April 30, 2019. REUTERS/Manaure Quintero/File Photo",
            "caption",
        ),
        (
            "Guaidó speaks to supporters in Caracas, May 1, 2019. (AP Photo/Ariana Cubillos)",
            "caption",
        ),
        ("Image copyright Reuters", "caption"),
        ("Lavrov met Arreaza in Moscow on Sunday. Photograph: Maxim Shemetov/Reuters", "caption"),
        ("The plan was backed by the IMF/World Bank.", None),
    ],
)
def test_photo_credit_kind(agencies, line, kind):
    assert photo_credit_kind(line, agencies) == kind


@pytest.mark.parametrize(
    "line, end",
    [
        ("DW recommends", True),
        ("Comments (12)", True),
        ("Related stories:", True),
        ("Tags: Venezuela, Russia", True),
        ("More from Europe", True),
        ("Recommended for you", True),
        ("Comments were made by Lavrov on Thursday, the ministry said.", False),
        ("Topics discussed included oil, debt and arms.", False),
    ],
)
def test_end_marker(line, end):
    assert (END_MARKER.match(line) is not None) is end
