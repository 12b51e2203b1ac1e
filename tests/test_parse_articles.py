"""Parsing of whole articles, trafilatura style: for each article the strings
its cleaned body must contain and must not contain, and its metadata.

The expectations were written by reading each file, not by running the parser.
"""

import pytest

from conftest import ARTICLES, SEEDS
from parse_articles import parse_files

SEED_EXPECTATIONS = {
    "000_7cf7ee1c59f077cd": {
        "title": "Tension Grows Between U.S. and Russia Over Venezuela Standoff",
        "subtitle": "Lavrov and Pompeo trade warnings against interference as crisis continues.",
        "outlet": "The Moscow Times",
        "outlet_source": "url domain",
        "date": "2019-05-02",
        "url": "https://www.themoscowtimes.com/2019/05/02/"
        "tension-grows-between-us-and-russia-over-venezuela-s-tandoff-a65464",
        "byline": "",
        "wire": "Reuters",
        "starts": "The United States and Russia traded warnings against interfering in Venezuela",
        "ends": "the Pentagon said.",
        "include": [
            "Russian Foreign Minister Sergei Lavrov told Pompeo by phone",
            # the quote and its attribution, split over two blocks in the file, are one again
            'was a flagrant breach of international law," the ministry said.',
            "\"Military action is possible. If that's what's required",
            "Marchers gathered on Wednesday for planned mass street protests",
            '"This is our hemisphere," Bolton said.',
        ],
        "exclude": [
            "Marchers took to the streets of the Venezuelan capital",  # photo caption
            "EFE",  # photo credit
            "Related article",
            "Information War",
            "Original url",
            "themoscowtimes.com",
            "By Reuters",
            "May 02, 2019",
            "**",
            "](#)",
            "Tension Grows Between",
        ],
    },
    "001_27428880460f7e89": {
        "title": "Pompeo to Speak With Russian Counterpart on Venezuela – Bolton",
        "subtitle": '"This is our hemisphere," says White House national security advisor.',
        "outlet": "The Moscow Times",
        "outlet_source": "url domain",
        "date": "2019-05-01",
        "url": "https://www.themoscowtimes.com/2019/05/01/"
        "pompeo-to-speak-with-russian-counterpart-on-venezuela-bolton-a65458",
        "byline": "",
        "wire": "Reuters",
        "starts": "U.S. Secretary of State Mike Pompeo was scheduled to speak",
        "ends": "we'll be considering a lot of steps.\"",
        "include": [
            "Pompeo planned to speak with Russian Foreign Minister Sergei Lavrov.",
            '"The Russians are all over this, the Cubans are all over this," Bolton said',
            'what Guaido pledged would be the "largest march"',
        ],
        "exclude": [
            "Evan Vucci",
            "TASS",  # credited for the photo only
            "talks to reporters about the situation in Venezuela",
            "Related article",
            "Original url",
            "says White House national security advisor",  # the subtitle is not body
        ],
    },
    "002_3929f88b2ecd8f4f": {
        "title": "Lavrov denounces US’ allegations on Russian interference in Venezuela crisis",
        "subtitle": "",
        "outlet": "ANI",
        "outlet_source": "source tag",
        "date": "",  # the article says "on Thursday" and nothing more
        "url": "",
        "byline": "",
        "wire": "ANI",
        "starts": "Moscow [Russia]:Russian Foreign Minister Sergey Lavrov on Thursday rejected",
        "ends": "the blackouts which brought the nation to a standstill recently.",
        "include": [
            "“The positions are incompatible, but we are ready to talk,” Lavrov stressed.",
            "US Secretary of State Michael R. Pompeo called Lavrov",
            "attempted a coup d’etat, is unacceptable.",
            "TASS quoted Lavrov as saying.",  # a citation, not a wire credit
        ],
        "exclude": ["source_without_link", "[/", "Lavrov denounces US’ allegations"],
    },
    "003_ee6829a17d0594e0": {
        "title": "Russia: U.S. Position on Venezuela ‘Incompatible’ with Our Own",
        "subtitle": "",
        "outlet": "Breitbart",
        "outlet_source": "author e-mail domain",
        "date": "",  # "on Friday" only
        "url": "",
        "byline": "Ben Kew",
        "wire": "",  # AFP is credited for the photo only
        "starts": "Russian Foreign Minister Sergei Lavrov warned on Friday",
        "ends": "Pompeo later added, “He was headed for Havana.”",
        "include": [
            "socialist dictator Nicolás Maduro, have “incompatible” positions",
            "Speaking to reporters in Uzbek capital city of Tashkent",
            "the legitimate government of President Juan Guaidó.",
            "he told CNN’s Wolf Blitzer.",
        ],
        "exclude": [
            "AFP/JOHN THYS",
            "outrageous",  # the stale caption
            "Follow Ben Kew",
            "bkew@breitbart.com",
            "COMMENTS",
            "commenting",
            "\u00a0",
        ],
    },
    "004_d82b79f67a646ad1": {
        "title": "Russia, Venezuela seek strategy to sideline US",
        "subtitle": "",
        "outlet": "DW",
        "outlet_source": "page title suffix",
        # DW's own stamp in the page title; the scraper's "date 2019-05-02" field
        # is older than events the article reports (Friday's Trump-Putin call).
        "date": "2019-05-05",
        "url": "",
        "byline": "rc;amp",
        "wire": "AP;dpa;Reuters",
        "starts": "Russian Foreign Minister Sergei Lavrov is meeting his Venezuelan counterpart",
        "ends": "he claims to be the legitimate head of state.",
        "include": [
            "self-declared interim president Juan Guiado and President Nicolas Maduro.",
            "'Very positive' talks",
            'Trump described the discussion as a "very positive conversation."',
            "Venezuela's President Nicola Maduro",
        ],
        "exclude": [
            "cookies",
            "More info OK",
            "Inhalt",
            "Metanavigation",
            "Choose from 30 Languages",
            "Jorge Arreaza walks with his team",  # photo caption
            "Watch video",
            "Venezuelan opposition activist speaks out",  # video title
            "Read more",
            "lucky charm coconut",
            "rc/amp",
            "1830 UTC",
            "DW recommends",
            "Günther Maihold",
            "Daily Bulletin",
            "Related content",
            "Kombobild",
            "Advertisement",
            "Top stories in 90 seconds",
            "| DW |",
            "2019-05-02",
        ],
    },
}

SHAPE_EXPECTATIONS = {
    "helsinki_talks.html": {
        "title": "Pompeo, Lavrov meet in Finland amid Venezuela rift",
        "subtitle": "The two diplomats discussed Venezuela on the sidelines of an Arctic Council meeting.",
        "outlet": "Reuters",
        "outlet_source": "url domain",
        "date": "2019-05-06",
        "url": "https://www.reuters.com/article/us-venezuela-politics-russia-usa/"
        "pompeo-lavrov-meet-in-finland-idUSKCN1SC0AB",
        "byline": "Lesley Wroughton",
        "wire": "Reuters",
        "starts": "ROVANIEMI, Finland (Reuters) - U.S. Secretary of State Mike Pompeo",
        "ends": "the eight member states.",
        "include": [
            "“We want Russia to stop its support for Nicolás Maduro,”",  # entities decoded
            "Washington & its allies",
            "Arctic agenda",
        ],
        "exclude": [
            "cookies",
            "Accept all",
            "Markets",
            "Skip to main content",
            "Mandel Ngan",
            "Related Coverage",
            "doomed",
            "Share on",
            "Most read",
            "quotes delayed",
            "dataLayer",
            "position: fixed",
            "&#",
            "&amp;",
            "By Lesley Wroughton",
        ],
    },
    "arreaza_moscow.md": {
        "title": "Arreaza and Lavrov vow to resist 'interference' in Venezuela",
        "subtitle": "",
        "outlet": "The Guardian",
        "outlet_source": "metadata field",
        "date": "2019-05-05",
        "url": "https://www.theguardian.com/world/2019/may/05/arreaza-lavrov-moscow-venezuela",
        "byline": "Andrew Roth",
        "wire": "",
        "starts": "Venezuela's foreign minister, Jorge Arreaza, met his Russian counterpart Sergei Lavrov in Moscow",
        "ends": "more than 50 other governments.",
        "include": [
            "'A dangerous game'",
            '"Washington is playing a dangerous game," Lavrov told reporters after the talks',
            "Nicolás Maduro's government & its institutions.",
        ],
        "exclude": [
            "Photograph",
            "Shemetov",
            "i.guim.co.uk",
            "Read more",
            "what is happening and why",
            "Sign up",
            "**",
            "](",
            "##",
            "---",
        ],
    },
    "no_title.txt": {
        "title": "",
        "subtitle": "",
        "outlet": "unknown",
        "outlet_source": "none",
        "date": "",
        "url": "",
        "byline": "",
        "wire": "AP",
        "starts": "CARACAS, Venezuela (AP) — Venezuela's opposition leader Juan Guaidó called on Saturday",
        "ends": "violated international law.",
        "include": ['"We are going to stay in the streets until we achieve freedom," he said.'],
        "exclude": ["contributed to this report", "Fabiola"],
    },
}

# Shapes found in a review of real scraper output (tests/data/articles/).
SHAPE_EXPECTATIONS |= {
    "reuters_filephoto.txt": {
        "title": "U.S. weighs new sanctions on Russian banks over Venezuela support",
        "subtitle": "",
        "outlet": "unknown",
        "outlet_source": "none",
        "date": "2019-05-02",  # "MAY 2, 2019 / 10:31 AM / 2 YEARS AGO"
        "url": "",
        "byline": "Lesley Wroughton;Humeyra Pamuk",  # a name line without "By"
        "wire": "Reuters",  # from "WASHINGTON/MOSCOW (Reuters) -"
        "starts": "WASHINGTON/MOSCOW (Reuters) - The Trump administration is weighing",
        "ends": "would not change Moscow's position.",
        "include": ["The officials, who spoke on condition of anonymity"],
        "exclude": [
            "FILE PHOTO",
            "Manaure",
            "3 Min Read",
            "Reporting by",
            "Editing by",
            "Our Standards",
            "YEARS AGO",
        ],
    },
    "single_newline_credit_line.txt": {
        "title": "Russia sends military advisers to Caracas, officials say",
        "subtitle": "",
        "outlet": "unknown",
        "outlet_source": "none",
        "date": "",
        "url": "",
        "byline": "",
        "wire": "",
        "starts": "Moscow has sent a small team of military advisers",
        "ends": "a State Department spokeswoman said.",
        "include": [
            "The team arrived on a chartered flight",
            "The Kremlin declined to confirm the deployment",
            "U.S. officials have repeatedly warned Moscow",
        ],
        "exclude": ["Miraflores", "Getty", "Federico Parra"],
    },
    "cnn_byline.txt": {
        "title": "Pompeo warns Russia: 'We will not tolerate' interference in Venezuela",
        "subtitle": "",
        "outlet": "CNN",
        "outlet_source": "byline affiliation",
        "date": "2019-05-02",
        "url": "",
        "byline": "Jennifer Hansler;Kylie Atwood",
        "wire": "",
        "starts": "Washington (CNN) Secretary of State Mike Pompeo warned",
        "ends": "declined to comment on this story.",
        "include": [
            "By contrast, the Kremlin's account of the call was brief",
            "Watch for Moscow to push back at the United Nations Security Council",
        ],
        "exclude": ["Follow CNN Politics", "Updated 1:53 PM"],
    },
    "guardian_opinion.html": {
        "title": "The US is repeating its old mistakes in Venezuela",
        "subtitle": "",
        "outlet": "The Guardian",
        "outlet_source": "url domain",
        "date": "2019-05-05",
        "url": "https://www.theguardian.com/commentisfree/2019/may/05/us-venezuela-old-mistakes",
        "byline": "Simon Tisdall",
        "wire": "",
        "starts": "For anyone who remembers the Reagan years",
        "ends": "much to gain from watching Washington stumble.",
        "include": ["the Monroe doctrine, which Bolton has gleefully revived"],
        "exclude": ["| Simon Tisdall"],
    },
    "md_tweets_bullets.md": {
        "title": "Guaidó rallies supporters as Maduro digs in",
        "subtitle": "",
        "outlet": "Miami Herald",
        "outlet_source": "metadata field",
        "date": "2019-05-01",
        "url": "https://www.miamiherald.com/news/nation-world/world/americas/venezuela/article229871234.html",
        "byline": "Jim Wyss",
        "wire": "",
        "starts": "Opposition leader Juan Guaidó took to Twitter on Wednesday",
        "ends": "did not reply to an e-mail.",
        "include": [
            "Key developments on Wednesday:\n\nGuaidó called for a general strike starting next week\n\n"
            "Security forces fired tear gas at protesters in Altamira\n\n"
            "At least 46 people were injured, according to a local NGO\n\nOutlook",
            "Read the full statement from the U.S. State Department below.",
        ],
        "exclude": ["pic.twitter.com", "@jguaido", "* *", ">"],
    },
    "wrapped_wire.txt": {
        "title": "Pompeo and Lavrov to meet in Finland",
        "subtitle": "",
        "outlet": "unknown",
        "outlet_source": "none",
        "date": "",
        "url": "",
        "byline": "",
        "wire": "AP",
        "starts": "WASHINGTON (AP) — Secretary of State Mike Pompeo and Russian Foreign Minister Sergey Lavrov will meet",
        "ends": "though no breakthroughs are expected.",
        "include": [
            "each accusing the other of meddling in the South American country's affairs.",
            "By Wednesday evening, Pompeo and Lavrov had agreed to keep talking, officials said.",
        ],
        "exclude": ["\n\nthe other", "Russian\nForeign"],
    },
    "related_articles.html": {
        "title": "Russia says it will keep backing Maduro",
        "subtitle": "",
        "outlet": "Sky News",
        "outlet_source": "site name",
        "date": "",
        "url": "https://news.sky.com/story/russia-says-it-will-keep-backing-maduro-11708000",
        "byline": "",
        "wire": "",
        "starts": "Russia will continue to support Venezuelan President Nicolas Maduro",
        "ends": "warned against any foreign military intervention.",
        "include": [],
        "exclude": ["Top Stories", "China trade deal", "thunderstorms"],  # sibling teaser cards
    },
}

METADATA_FIELDS = ("title", "subtitle", "outlet", "outlet_source", "date", "url", "byline", "wire")


def check_article(record: dict, expected: dict) -> None:
    for name in METADATA_FIELDS:
        assert record[name] == expected[name], name
    body = record["body"]
    assert body.startswith(expected["starts"])
    assert body.endswith(expected["ends"])
    for text in expected["include"]:
        assert text in body, text
    for text in expected["exclude"]:
        assert text not in body, text


@pytest.mark.parametrize("doc_id", sorted(SEED_EXPECTATIONS))
def test_seed_article(parse, doc_id):
    record = parse(SEEDS / f"{doc_id}.txt")
    assert record["doc_id"] == doc_id
    check_article(record, SEED_EXPECTATIONS[doc_id])


@pytest.mark.parametrize("name", sorted(SHAPE_EXPECTATIONS))
def test_article_of_another_shape(parse, name):
    check_article(parse(ARTICLES / name), SHAPE_EXPECTATIONS[name])


def test_every_seed_has_expectations():
    assert sorted(p.stem for p in SEEDS.iterdir()) == sorted(SEED_EXPECTATIONS)


def test_body_paragraphs_are_separated_by_one_blank_line(parse):
    body = parse(SEEDS / "002_3929f88b2ecd8f4f.txt")["body"]
    paragraphs = body.split("\n\n")
    assert "\n\n\n" not in body and all(p.strip() == p and p for p in paragraphs)
    # two paragraphs that the file separates by a single line break stay apart
    assert "On Wednesday, US Secretary of State Michael R. Pompeo called Lavrov" in paragraphs[2]
    assert paragraphs[3].startswith("In a statement issued by the US State Department")


def test_parse_files_keeps_going_after_a_bad_file(tmp_path, agencies):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    good = SEEDS / "000_7cf7ee1c59f077cd.txt"
    records, skipped = parse_files([("bad", str(bad)), ("good", str(good))], agencies)
    assert [r["doc_id"] for r in records] == ["good"]
    assert skipped == [
        {
            "doc_id": "bad",
            "source_path": str(bad),
            "source_record": "",
            "reason": "empty file (no text at all)",
        }
    ]


def test_unreadable_file_is_skipped_with_its_reason(tmp_path, agencies):
    missing = tmp_path / "gone.txt"
    records, skipped = parse_files([("gone", str(missing))], agencies)
    assert records == [] and skipped[0]["reason"].startswith("cannot read file")
