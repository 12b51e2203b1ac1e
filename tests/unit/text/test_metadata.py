"""Dates, bylines, wire credits and domains read from article text."""

import pytest
from newsdag.text.metadata import (
    day_number,
    email_domains,
    epoch_date,
    find_agencies,
    find_date,
    given_date,
    is_person_name,
    parent_domains,
    parse_byline,
    parse_date_line,
    parse_date_value,
    parse_signoff,
    url_domain,
)


@pytest.mark.parametrize(
    "text, day_first, expected",
    [
        ("May 02, 2019", True, "2019-05-02"),
        ("published 2 May 2019 at noon", True, "2019-05-02"),
        ("Sept. 3rd, 2019", True, "2019-09-03"),
        ("2019-05-02T10:00:00Z", True, "2019-05-02"),
        ("05.05.2019", True, "2019-05-05"),
        ("02.05.2019", True, "2019-05-02"),
        ("02/05/2019", False, "2019-02-05"),
        ("13/05/2019", False, "2019-05-13"),  # 13 cannot be a month
        ("05/13/2019", True, "2019-05-13"),
    ],
)
def test_find_date_reads_common_forms(text, day_first, expected):
    assert find_date(text, day_first)[0] == expected


@pytest.mark.parametrize(
    "text", ["on Thursday", "2019-02-30", "31.04.2019", "May 45, 2019", "in 1066", "0001-01-01"]
)
def test_find_date_rejects_weekdays_and_impossible_dates(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("May 02, 2019", "2019-05-02"),
        ("Published: Thursday 2 May 2019, 10:31 GMT", "2019-05-02"),
        ("(05.05.2019)", "2019-05-05"),
        ("Updated May 3, 2019 9:15 a.m. ET", "2019-05-03"),
        ("Published May 02, 2019 10:31am EDT", "2019-05-02"),
        ("Updated: May 02, 2019 17:30 IST", "2019-05-02"),
        ("Published May 1, 2019 Updated May 2, 2019", "2019-05-01"),
        ("Published: 10:31 EDT, 2 May 2019 | Updated: 11:02 EDT, 2 May 2019", "2019-05-02"),
        ("MAY 2, 2019 / 10:31 AM / 2 YEARS AGO", "2019-05-02"),
        ("Published: 2019-05-01T21:14:00Z", "2019-05-01"),
        ("NATO summit May 2, 2019", None),
        ("On May 1, 2019, Lavrov said Washington was wrong.", None),
        ("Venezuela: New protests as Maduro claims victory 02.05.2019", None),
    ],
)
def test_parse_date_line_only_accepts_date_stamps(line, expected):
    assert parse_date_line(line) == expected


def test_parse_date_value_takes_dates_and_strings():
    import datetime as dt

    assert parse_date_value(dt.date(2019, 5, 5)) == "2019-05-05"
    assert parse_date_value("2019-05-06T17:42:00Z") == "2019-05-06"
    assert parse_date_value("soon") is None and parse_date_value(None) is None


def test_find_agencies_is_case_sensitive_and_ordered(agencies):
    text = "rc/amp (AP, dpa Reuters) and the Associated Press; APPLE, rap, ap"
    assert find_agencies(text, agencies) == ["AP", "dpa", "Reuters"]
    assert find_agencies("Interfax-Ukraine reported", agencies) == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Reuters", ([], ["Reuters"], [])),
        ("By Jane Doe and John Roe, AP", (["Jane Doe", "John Roe"], ["AP"], [])),
        ("BY: Ben Kew", (["Ben Kew"], [], [])),
        ("By JANE DOE and JOHN ROE", (["JANE DOE", "JOHN ROE"], [], [])),
        (
            "By Jennifer Hansler and Kylie Atwood, CNN",
            (["Jennifer Hansler", "Kylie Atwood"], [], ["CNN"]),
        ),
        ("By Brooke Singman | Fox News", (["Brooke Singman"], [], ["Fox News"])),
        ("By Foo Yun Chee for Reuters", (["Foo Yun Chee"], ["Reuters"], [])),
        ("By Jane Doe For Mailonline", (["Jane Doe"], [], ["Mailonline"])),
        ("By Jane Doe in Moscow", (["Jane Doe"], [], [])),
        ("By contrast, Russia said the talks failed.", None),
        ("By the end of the week the protests had grown", None),
        ("Bystanders watched the march", None),
    ],
)
def test_parse_byline(agencies, line, expected):
    assert parse_byline(line, agencies) == expected


@pytest.mark.parametrize(
    "name, person",
    [
        ("Ben Kew", True),
        ("JANE DOE", True),
        ("CNN Politics", False),
        ("Fox News", False),
        ("CNN", False),
        ("Staff Reporter", False),
    ],
)
def test_is_person_name(name, person):
    assert is_person_name(name) is person


def test_parse_signoff(agencies):
    assert parse_signoff("rc/amp (AP, dpa Reuters)", agencies) == (
        ["rc", "amp"],
        ["AP", "dpa", "Reuters"],
    )
    assert parse_signoff("jsi (Reuters, AFP)", agencies) == (["jsi"], ["Reuters", "AFP"])
    assert parse_signoff("he said (in private)", agencies) is None
    assert parse_signoff("Lavrov (Russia)", agencies) is None


def test_email_domains_skip_webmail():
    line = "Follow Ben Kew on Twitter or email him at bkew@breitbart.com or ben@gmail.com."
    assert email_domains(line) == ["breitbart.com"]


def test_url_domain_and_parents():
    assert url_domain("https://www.themoscowtimes.com/2019/05/02/x") == "themoscowtimes.com"
    assert url_domain("<not a url>") == ""
    assert parent_domains("edition.cnn.com") == ["edition.cnn.com", "cnn.com"]
    assert parent_domains("dw.com") == ["dw.com"]


LATEST = "2026-01-01"


@pytest.mark.parametrize(
    "value, day_first, iso",
    [
        ("2019-05-02", True, "2019-05-02"),
        ("2019-05-02T23:30:00-04:00", True, "2019-05-02"),  # the date as written
        ("May 02, 2019", True, "2019-05-02"),
        ("Thu, 02 May 2019 10:31:00 GMT", True, "2019-05-02"),
        ("02.05.2019", True, "2019-05-02"),
        ("02.05.2019", False, "2019-02-05"),
        ("13/05/2019", False, "2019-05-13"),  # a part over 12 settles it
        (1556805600, True, "2019-05-02"),
        ("1556805600", True, "2019-05-02"),
        (1556805600000, True, "2019-05-02"),  # milliseconds
        (1556805600.5, True, "2019-05-02"),
        ("2019/05/02", True, "2019-05-02"),
        ("2019.05.02", False, "2019-05-02"),  # year first: day_first does not apply
        ("02-05-2019", True, "2019-05-02"),
        ("20190502", True, "2019-05-02"),  # GDELT
        ("20190502103100", True, "2019-05-02"),
    ],
)
def test_given_dates_become_iso(value, day_first, iso):
    assert given_date(value, day_first, LATEST) == iso


@pytest.mark.parametrize(
    "value, message",
    [
        ("2019-02-30", "date '2019-02-30' is not a calendar date"),
        ("31.04.2019", "date '31.04.2019' is not a calendar date"),
        ("last Tuesday", "date 'last Tuesday' is not a date newsdag can read"),
        ("2031-01-01", "date 2031-01-01 is in the future (after 2026-01-01)"),
        (True, "date 'True' is not a date newsdag can read"),
        ("20190230", "date '20190230' is not a calendar date"),
        ("155680560000", "date '155680560000' is not a date newsdag can read"),  # 12 digits
    ],
)
def test_impossible_and_future_dates_are_errors(value, message):
    with pytest.raises(ValueError) as error:
        given_date(value, True, LATEST)
    assert str(error.value) == message


def test_epoch_needs_a_timestamp_length():
    assert epoch_date("2019") is None and epoch_date(20190502) is None
    assert epoch_date("1556805600") == "2019-05-02"


def test_day_number_counts_days_and_refuses_other_forms():
    assert day_number("2019-05-05") - day_number("2019-05-01") == 4
    assert day_number("2020-03-01") - day_number("2020-02-28") == 2  # a leap year
    assert [day_number(t) for t in ("", "2019-13-01", "20190501", "01.05.2019")] == [None] * 4
