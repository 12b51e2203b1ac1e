"""The rendered report in a real browser: headless Chromium (Debian's
``chromium`` and ``chromium-driver``, installed by ``make test``), driven by
Selenium, on a corpus of the seeds plus a hostile article whose title,
outlet and sentences carry markup, script and markdown/LaTeX characters.

Set ``NEWSDAG_SKIP_BROWSER=1`` to skip these tests on a machine without
Chromium; without it a missing browser is an error, not a skip.
"""

import os
import re
import shutil
import struct
import tempfile

import pytest

from tests.support import SEEDS, make_project, run_snakemake

pytestmark = pytest.mark.workflow

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,900",
)  # fmt: skip
PWNED = "document.documentElement.setAttribute('data-pwned', '{}')"
TITLE = f"<script>{PWNED.format('title')}</script> Talks on Venezuela end"
OUTLET = "The <b>Bold</b> & $Dollar$ Gazette"
SENTENCES = [
    "Venezuelan President Nicolás Maduro called the talks in Moscow a wonderful success and "
    f"praised the great support of his friends <script>{PWNED.format('body')}</script> "
    "in a happy speech.",
    f'The terrible crisis </table><img src=x onerror="{PWNED.format("img")}"> has killed many '
    "people and destroyed hope, Russian Foreign Minister Sergei Lavrov said in an awful warning.",
    r"Officials cited the 5*3*2 rule, the var_name_here field, a|b|c pipes, #hashtags, "
    r"\frac{1}{2} and $x^2$ in a statement that US Secretary of State Mike Pompeo called a "
    "good and fair offer.",
]
HOSTILE_ARTICLE = (
    f'---\ntitle: "{TITLE}"\noutlet: "{OUTLET}"\ndate: 2019-05-03\n---\n\n'
    + "\n\n".join(SENTENCES)
    + "\n\nSergei Lavrov and Nicolás Maduro met again on Sunday, and Mike Pompeo said he was "
    "glad the meeting went well and would welcome more progress soon.\n"
)
CHAPTER_FIGURES = {
    "corpus_overview": 2, "stories": 3, "entities": 2, "sentiment": 2, "word_choice": 3,
    "readability": 1, "cooccurrence": 1,
    "voices": 2, "methods": 1,
}  # fmt: skip


def chromium_or_skip():
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not shutil.which(path)]
    if not missing:
        return
    if os.environ.get("NEWSDAG_SKIP_BROWSER") == "1":
        pytest.skip("NEWSDAG_SKIP_BROWSER=1 and no Chromium")
    pytest.fail(
        f"{', '.join(missing)} not found: `make test` installs Debian's chromium and "
        "chromium-driver (or set NEWSDAG_SKIP_BROWSER=1 to skip the browser tests)"
    )


@pytest.fixture(scope="module")
def browser():
    chromium_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="newsdag-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    # a driver path is given, so Selenium Manager never looks for one online
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    chromium_or_skip()
    files = {p.name: p.read_bytes() for p in SEEDS.iterdir()}
    files["hostile.md"] = HOSTILE_ARTICLE.encode("utf-8")
    project = make_project(tmp_path_factory.mktemp("hostile"), files)
    run_snakemake(project, "--cores", "4")
    return project


def open_report(browser, path):
    browser.get(path.resolve().as_uri())
    return browser.execute_script("return document.body.innerText")


def test_hostile_text_is_shown_as_text_and_never_run(browser, hostile_report):
    text = open_report(browser, hostile_report / "results/report/index.html")
    assert browser.execute_script("return document.documentElement.dataset.pwned") is None
    assert browser.execute_script("return document.querySelectorAll('script').length") == 0
    for sentence in SENTENCES:
        assert sentence in text
    assert f"“{TITLE}”" in text  # the headline, quoted under its sentences
    assert text.count(OUTLET) >= 5  # in the tables of every chapter
    # the hostile outlet's figures were drawn ('$' is not mathtext) and embedded
    broken = browser.execute_script(
        "return [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).length"
    )
    assert broken == 0


def test_escaping_alone_stops_the_scripts(browser, hostile_report, tmp_path):
    """Without the Content-Security-Policy the page must still run nothing."""
    page = (hostile_report / "results/report/index.html").read_text(encoding="utf-8")
    unguarded = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert unguarded != page
    (tmp_path / "unguarded.html").write_text(unguarded, encoding="utf-8")
    text = open_report(browser, tmp_path / "unguarded.html")
    assert browser.execute_script("return document.documentElement.dataset.pwned") is None
    assert SENTENCES[1] in text


def test_contents_link_every_chapter_and_every_chapter_has_its_figures(browser, hostile_report):
    open_report(browser, hostile_report / "results/report/index.html")
    links = browser.execute_script(
        "return [...document.querySelectorAll('nav#contents > ol > li > a')]"
        ".map(a => [a.getAttribute('href'), a.innerText])"
    )
    assert [href for href, _ in links] == [f"#{chapter}" for chapter in CHAPTER_FIGURES]
    assert links[0][1] == "Corpus overview" and links[-1][1] == "Methods and provenance"
    for chapter, figures in CHAPTER_FIGURES.items():
        found = browser.execute_script(
            "const h = document.getElementById(arguments[0]);"
            "if (!h) return null;"
            "const imgs = [...h.closest('section').querySelectorAll('figure img')];"
            "return imgs.filter(i => i.complete && i.naturalWidth > 300).length;",
            chapter,
        )
        assert found == figures, chapter
    # every contents link leads to a heading on the page
    targets = browser.execute_script(
        "return [...document.querySelectorAll('nav#contents a')]"
        ".filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length"
    )
    assert targets == 0


def test_first_screen_screenshot_is_written(hostile_report):
    run_snakemake(hostile_report, "--cores", "1", "results/report/first_screen.png")
    png = (hostile_report / "results/report/first_screen.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1280, 900)
    assert len(png) > 20_000  # text and rules, not a blank page
