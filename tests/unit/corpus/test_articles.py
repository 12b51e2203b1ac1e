"""Parsing of whole articles, trafilatura style: for each article the strings
its cleaned body must contain and must not contain, and its metadata. Then
articles as records (JSON, JSONL, CSV and TSV files), the checks every article
passes, and the file-size limit.

The expectations were written by reading each file, not by running the parser.
"""

import csv
import html
import io
import json
import re

import pytest
from newsdag.corpus.articles import (
    check_file_size,
    checked_article,
    latest_date_for,
    parse_article,
    parse_files,
)
from newsdag.corpus.files import corpus_files
from newsdag.text.cleaning import CleanArticle
from newsdag.text.decoding import ArticleSkipped
from newsdag.text.records import holds_many_articles

from tests.support import ARTICLES, SEEDS

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


# Articles as records: JSON, JSONL, CSV and TSV files, their fields, ids, dates
# and bad records, on the seeds' real text.
LATEST = "2026-01-01"


@pytest.fixture(scope="module")
def seed_articles(seed_records):
    """Title, outlet, date and clean body of each seed, as a scraper exports them."""
    return [
        {"title": r["title"], "outlet": r["outlet"], "date": r["date"], "url": r["url"],
         "body": r["body"]}
        for r in seed_records
    ]  # fmt: skip


def parse(files, agencies, record_files=(), **options):
    options = {"latest_date": LATEST, **options}
    return parse_files(files, agencies, list(record_files), **options)


def reasons(skipped):
    return {row["source_record"]: row["reason"] for row in skipped}


def test_jsonl_keeps_good_lines_and_skips_bad_ones_with_their_line(
    tmp_path, agencies, seed_articles
):
    a, b, c = seed_articles[:3]
    lines = [
        json.dumps({"id": "a1", "source": "fox", "published": "May 02, 2019", "text": a["body"],
                    "title": a["title"]}),
        "",  # blank lines are passed over, but still counted
        '{"id": "broken", "text": "The Kremlin said',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "nobody", "title": "Only a title", "text": ""}),
        json.dumps({"id": "baddate", "date": "2019-02-30", "text": b["body"]}),
        json.dumps({"id": "future", "date": "2031-05-02", "text": b["body"]}),
        json.dumps({"source": "FOX", "date": "02.05.2019", "content": c["body"]}),
        json.dumps({"id": "a1", "text": c["body"]}),
    ]  # fmt: skip
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, skipped = parse([("export", str(path))], agencies)
    by_id = {r["doc_id"]: r for r in records}
    assert sorted(by_id) == ["export/a1", "export/line-8"]
    first = by_id["export/a1"]
    assert (first["title"], first["date"], first["source_record"]) == (
        a["title"],
        "2019-05-02",
        "line 1",
    )
    assert first["body"] == a["body"]
    assert first["outlet_evidence"][0] == ["metadata field", "name", "fox"]
    assert by_id["export/line-8"]["date"] == "2019-05-02"  # day first by default
    why = reasons(skipped)
    assert set(why) == {"line 3", "line 4", "line 5", "line 6", "line 7", "line 9"}
    assert why["line 3"].startswith("not valid JSON (Unterminated string starting at: column 26)")
    assert why["line 4"] == "a JSON line must be an object {...}, not a list"
    assert why["line 5"].startswith("no body: none of the fields body, text, maintext")
    assert why["line 6"] == "date '2019-02-30' is not a calendar date (field 'date')"
    assert why["line 7"] == "date 2031-05-02 is in the future (after 2026-01-01) (field 'date')"
    assert (
        why["line 9"]
        == "id 'a1' is also the id of line 1 of this file; ids must be unique within a file"
    )
    assert {row["source_path"] for row in skipped} == {str(path)}


def test_month_first_rule_reads_numeric_dates_the_other_way(tmp_path, agencies, seed_articles):
    path = tmp_path / "us.jsonl"
    path.write_text(json.dumps({"date": "02.05.2019", "text": seed_articles[0]["body"]}) + "\n")
    records, _ = parse([], agencies, [("us", str(path))], day_first=False)
    assert records[0]["date"] == "2019-02-05"


def test_csv_rows_with_quotes_line_breaks_and_a_bad_row(tmp_path, agencies, seed_articles):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Headline", "Publication", "Publish Date", "Link", "Maintext"])
    for article in seed_articles:
        writer.writerow([article["title"], article["outlet"], article["date"], article["url"],
                         article["body"]])  # fmt: skip
    text = out.getvalue() + 'too,many,cells,in,this,"row",really\r\n'
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # Excel writes a BOM
    records, skipped = parse([], agencies, [("sheet", str(path))])
    assert [r["doc_id"] for r in records] == [f"sheet/row-{n}" for n in range(2, 7)]
    for record, article in zip(records, seed_articles):
        assert record["body"] == article["body"]  # paragraphs kept across the quoted line breaks
        assert record["title"] == article["title"]
        assert record["date"] == article["date"]
    assert records[4]["outlet_evidence"][0] == ["metadata field", "name", "DW"]
    assert reasons(skipped) == {
        "row 7": "7 cells but the header has 5 columns (an unquoted separator inside a cell?)"
    }


def test_tsv_in_windows_encoding_with_mapped_fields(tmp_path, agencies, seed_articles):
    article = seed_articles[3]  # Breitbart: "Guaidó"
    body = article["body"].replace("\n\n", " ¶ ")
    rows = ["story_id\tmedia\tstory\n", f"bb-1\tBreitbart News\t{body}\n"]
    path = tmp_path / "Old Export.TSV"
    path.write_bytes("".join(rows).encode("cp1252", errors="replace"))
    config_fields = {"id": "story_id", "body": "story", "outlet": ["outlet", "media"]}
    records, skipped = parse([], agencies, [("Old Export", str(path))], fields=config_fields)
    assert skipped == []
    assert records[0]["doc_id"] == "Old Export/bb-1"
    assert "Guaidó" in records[0]["body"] and "Guaidó" in article["body"]
    assert records[0]["outlet_evidence"][0] == ["metadata field", "name", "Breitbart News"]


def test_csv_without_a_body_column_is_one_skipped_file(tmp_path, agencies):
    path = tmp_path / "outlets.csv"
    path.write_text("domain,outlet\nfoxnews.com,Fox News\nnytimes.com,NYT\n")
    records, skipped = parse([], agencies, [("outlets", str(path))])
    assert records == [] and len(skipped) == 1
    assert skipped[0]["doc_id"] == "outlets" and skipped[0]["source_record"] == ""
    assert skipped[0]["reason"].startswith(
        "no body column: the header has domain, outlet but none of body, text"
    )


def test_json_list_wrapper_and_single_article(tmp_path, agencies, seed_articles):
    a, b = seed_articles[:2]
    newsapi = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "The Moscow Times"}, "author": "Jane Doe",
         "title": a["title"], "publishedAt": "2019-05-02T10:31:00Z", "content": a["body"]},
        {"source": {"id": "mt", "name": "The Moscow Times"}, "title": b["title"],
         "publishedAt": 1556668800, "content": b["body"]},
    ]}  # fmt: skip
    (tmp_path / "newsapi.json").write_text(json.dumps(newsapi))
    (tmp_path / "list.json").write_text(json.dumps([{"body": a["body"]}, 42]))
    sentences = [re.split(r"(?<=[.?!]) ", p) for p in a["body"].split("\n\n")]
    single = {"headline": a["title"], "body-paragraphs": sentences}
    (tmp_path / "one.json").write_text(json.dumps(single))
    assert [holds_many_articles(tmp_path / n) for n in ("newsapi.json", "list.json", "one.json")] == [
        True, True, False,
    ]  # fmt: skip
    files = [("newsapi", str(tmp_path / "newsapi.json")), ("one", str(tmp_path / "one.json"))]
    records, skipped = parse(files, agencies, [("list", str(tmp_path / "list.json"))])
    by_id = {r["doc_id"]: r for r in records}
    assert sorted(by_id) == ["list/record-1", "newsapi/record-1", "newsapi/record-2", "one"]
    assert by_id["newsapi/record-1"]["byline"] == "Jane Doe"
    assert by_id["newsapi/record-1"]["date"] == "2019-05-02"
    assert by_id["newsapi/record-2"]["date"] == "2019-05-01"  # epoch seconds
    assert by_id["newsapi/record-2"]["outlet_evidence"][0][2] == "The Moscow Times"
    assert by_id["one"]["title"] == a["title"] and by_id["one"]["source_record"] == ""
    assert by_id["one"]["body"].split() == a["body"].split()  # sentences joined back
    assert reasons(skipped) == {"record 2": "a list item that is not an object {...}"}


def test_broken_json_file_is_skipped_once(tmp_path, agencies):
    path = tmp_path / "cut.json"
    path.write_text('[{"text": "The Kremlin said"}, {"text": ')
    by_shard = [parse([], agencies, [("cut", str(path))], shard=s, n_shards=4)[1] for s in range(4)]
    rows = [row for skipped in by_shard for row in skipped]
    assert len(rows) == 1 and rows[0]["doc_id"] == "cut"
    assert rows[0]["reason"] == "not valid JSON (Expecting value: line 1, column 41)"


def test_every_record_lands_in_exactly_one_shard(tmp_path, agencies, seed_articles):
    path = tmp_path / "all.jsonl"
    lines = [
        json.dumps({"id": f"n{i}", "text": a["body"]}) for i, a in enumerate(seed_articles * 4)
    ]
    path.write_text("\n".join(lines + ["{oops"]))
    shards = [parse([], agencies, [("all", str(path))], shard=s, n_shards=3) for s in range(3)]
    ids = [r["doc_id"] for records, _ in shards for r in records]
    assert sorted(ids) == sorted(f"all/n{i}" for i in range(20))
    assert sum(len(skipped) for _, skipped in shards) == 1  # the broken line, in one shard
    again = [parse([], agencies, [("all", str(path))], shard=s, n_shards=3) for s in range(3)]
    assert again == shards  # stable across runs


def test_an_object_with_a_mapped_body_is_one_article_even_with_a_list_inside(
    tmp_path, agencies, seed_articles
):
    article = {"headline": "Talks", "articleBody": seed_articles[0]["body"],
               "author": [{"@type": "Person", "name": "Jane Doe"}]}  # fmt: skip
    (tmp_path / "ld.json").write_text(json.dumps(article))
    records, skipped = parse([("ld", str(tmp_path / "ld.json"))], agencies,
                             fields={"body": "articleBody"})  # fmt: skip
    assert skipped == [] and [r["doc_id"] for r in records] == ["ld"]
    assert (records[0]["title"], records[0]["byline"]) == ("Talks", "Jane Doe")


def test_a_file_without_records_is_skipped_once(tmp_path, agencies):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    (tmp_path / "header.csv").write_text("id,text\n")
    records, skipped = parse([], agencies, [("empty", str(tmp_path / "empty.jsonl")),
                                            ("header", str(tmp_path / "header.csv"))])  # fmt: skip
    assert records == []
    assert [(r["doc_id"], r["reason"]) for r in skipped] == [
        ("empty", "no articles in the file (no line, row or list item)"),
        ("header", "no articles in the file (no line, row or list item)"),
    ]


def test_the_same_article_in_each_format_gives_the_same_document(tmp_path, agencies, seed_articles):
    article = seed_articles[0]
    fields = {"id": "mt-0502", "source": "The Moscow Times", "published": "May 02, 2019",
              "link": article["url"], "headline": article["title"], "authors": ["Jane Doe"]}  # fmt: skip
    (tmp_path / "a.jsonl").write_text(json.dumps({**fields, "text": article["body"]}) + "\n")
    paragraphs = [re.split(r"(?<=[.?!]) ", p) for p in article["body"].split("\n\n")]
    (tmp_path / "b.json").write_text(json.dumps([{**fields, "body-paragraphs": paragraphs}]))
    with open(tmp_path / "c.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, [*fields, "maintext"])
        writer.writeheader()
        writer.writerow({**fields, "authors": "Jane Doe", "maintext": article["body"]})
    files = [(name, str(tmp_path / f"{name}.{ext}")) for name, ext in
             (("a", "jsonl"), ("b", "json"), ("c", "csv"))]  # fmt: skip
    records, skipped = parse([], agencies, files)
    assert skipped == [] and [r["doc_id"] for r in records] == [
        "a/mt-0502",
        "b/mt-0502",
        "c/mt-0502",
    ]
    same = {"title", "subtitle", "byline", "wire", "date", "date_source", "url", "outlet_evidence",
            "n_words", "body"}  # fmt: skip
    first = {k: records[0][k] for k in same}
    assert all({k: r[k] for k in same} == first for r in records[1:])
    assert (first["title"], first["date"], first["byline"]) == (
        article["title"],
        "2019-05-02",
        "Jane Doe",
    )
    assert first["body"] == article["body"]
    assert first["outlet_evidence"][0] == ["metadata field", "name", "The Moscow Times"]


def test_an_html_body_is_read_as_a_page(tmp_path, agencies, seed_articles):
    paragraphs = seed_articles[1]["body"].split("\n\n")
    markup = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    markup += '<div class="related-articles"><a href="/x">Related: Maduro speaks</a></div>'
    path = tmp_path / "cms.jsonl"
    path.write_text(json.dumps({"title": "T", "content": markup}) + "\n")
    records, skipped = parse([], agencies, [("cms", str(path))])
    assert skipped == []
    assert records[0]["body"].split("\n\n") == paragraphs
    plain = (
        tmp_path / "escaped.jsonl"
    )  # entities in a plain-text body are decoded, as in a text file
    plain.write_text(json.dumps({"text": html.escape(seed_articles[1]["body"])}) + "\n")
    assert parse([], agencies, [("escaped", str(plain))])[0][0]["body"] == seed_articles[1]["body"]


def test_a_record_s_own_date_wins_over_dates_in_its_html_body(tmp_path, agencies, seed_articles):
    """A CMS body may hold a <time>, a meta tag or a "Posted" line; the
    record's date field is stated metadata and is never replaced by them."""
    paragraphs = seed_articles[1]["body"].split("\n\n")
    markup = (
        "<div><meta name='date' content='2019-04-02'><p>Posted 1 April 2019</p>"
        "<time itemprop='datePublished' datetime='2019-04-01'>1 April</time>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</div>"
    )
    path = tmp_path / "cms.jsonl"
    path.write_text(json.dumps({"title": "T", "date": "2019-05-02", "content": markup}) + "\n")
    records, skipped = parse([], agencies, [("cms", str(path))])
    assert skipped == []
    assert (records[0]["date"], records[0]["date_source"]) == ("2019-05-02", "metadata")


def test_max_file_mb_limits_one_article_json_files_only(tmp_path, agencies, seed_articles):
    body = seed_articles[0]["body"]
    (tmp_path / "one.json").write_text(json.dumps({"text": body, "padding": "x" * 20_000}))
    (tmp_path / "many.jsonl").write_text(json.dumps({"text": body, "padding": "x" * 20_000}))
    records, skipped = parse([("one", str(tmp_path / "one.json"))], agencies,
                             [("many", str(tmp_path / "many.jsonl"))], max_file_mb=0.01)  # fmt: skip
    assert [r["doc_id"] for r in records] == ["many/line-1"]
    assert skipped[0]["doc_id"] == "one" and skipped[0]["reason"].startswith(
        "file too large: 0.0 MB"
    )


def test_a_record_cannot_take_the_id_of_another_files_article(tmp_path, agencies, seed_articles):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_bytes((SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes())
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 1, "text": seed_articles[1]["body"]}))
    files = corpus_files(tmp_path, ["*"], 1)
    records, skipped = parse([(f.doc_id, f.path) for f in files if not f.many], agencies,
                             [(f.doc_id, f.path) for f in files if f.many])  # fmt: skip
    assert [(r["doc_id"], r["source_path"]) for r in records] == [("a/1", f"{tmp_path}/a.jsonl")]
    assert skipped == [{
        "doc_id": "a/1", "source_path": f"{tmp_path}/a/1.txt", "source_record": "",
        "reason": f"document id 'a/1' is already the id of {tmp_path}/a.jsonl line 1; rename one",
    }]  # fmt: skip


def test_check_file_size_is_in_megabytes_of_a_million_bytes():
    check_file_size(1_000_000, 1)
    with pytest.raises(ArticleSkipped) as error:
        check_file_size(1_500_001, 1.5)
    assert str(error.value) == (
        "file too large: 1.5 MB (config key max_file_mb is 1.5); a news article is rarely "
        "over 1 MB, even as an HTML page"
    )


def test_a_text_file_over_max_file_mb_is_not_even_decoded(agencies):
    raw = (SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes()
    with pytest.raises(ArticleSkipped, match="^file too large: 0.0 MB"):
        parse_article("000", "000.txt", raw, agencies, max_file_mb=0.001)


def test_checked_article_gives_the_first_reason_a_body_cannot_be_used(seed_records):
    body = seed_records[0]["body"]
    english = CleanArticle(paragraphs=[body], date="2019-05-02", date_source="metadata")
    assert checked_article(english, 40, "2019-12-31") == seed_records[0]["n_words"]
    reasons = {
        "empty": (CleanArticle(), 40, ""),
        "short": (english, 100_000, ""),
        "spanish": (
            CleanArticle(paragraphs=["El ministro ruso se reunió con Arreaza " * 10]),
            4,
            "",
        ),
        "future": (english, 40, "2019-05-01"),
    }
    messages = {}
    for name, (article, min_words, latest) in reasons.items():
        with pytest.raises(ArticleSkipped) as error:
            checked_article(article, min_words, latest)
        messages[name] = str(error.value)
    assert messages["empty"] == "no article text left after removing boilerplate"
    assert messages["short"].startswith("body too short after cleaning: ")
    assert messages["short"].endswith(" words (config key min_body_words is 100000)")
    assert messages["spanish"].startswith("not English (language detected: es): 0% of its words")
    assert messages["future"] == (
        "date 2019-05-02 (metadata) is in the future (after 2019-05-01); correct it, or set "
        "config key latest_date"
    )


def test_latest_date_is_the_configured_one_or_today():
    assert latest_date_for("2019-12-31") == "2019-12-31"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", latest_date_for(""))
