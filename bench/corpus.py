"""A deterministic benchmark corpus assembled from real article paragraphs.

``build_corpus(folder, n, seed)`` writes ``n`` articles spread over ten
outlets and a year of dates, as plain text with an ``Original url:`` line,
markdown with YAML front matter, or an HTML page, depending on the outlet.
Each article takes a real headline and 5 to 12 real paragraphs from the
seeds and from every corpus under ``../shared/corpora/`` (BASIL's JSON
articles), plus, in about half the articles, the messy lines of scraped
news the parser must remove: cookie banners, menus, photo captions and
credits, related-article links, comment prompts and newsletter boxes.
The same ``n`` and ``seed`` give the same bytes; any ``n`` works.
"""

import datetime as dt
import html
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from newsdag.text.records import body_text  # noqa: E402

SHARED_CORPORA = ROOT.parent / "shared" / "corpora"
# (outlet, domain in workflow/resources/outlet_domains.tsv, file format)
OUTLETS = [
    ("Reuters", "reuters.com", "txt"), ("AP", "apnews.com", "md"), ("BBC", "bbc.com", "html"),
    ("CNN", "cnn.com", "txt"), ("Fox News", "foxnews.com", "html"),
    ("The New York Times", "nytimes.com", "md"), ("The Guardian", "theguardian.com", "txt"),
    ("DW", "dw.com", "html"), ("The Moscow Times", "themoscowtimes.com", "txt"),
    ("Al Jazeera", "aljazeera.com", "md"),
]  # fmt: skip
MESSY_TOP = [
    "We use cookies to improve your experience on our site. By continuing you accept our use of cookies.",
    "Home | World | Politics | Business | Opinion | Video",
    "Skip to main content",
]  # fmt: skip
MESSY_MIDDLE = [
    "Photo: Evan Vucci/AP", "(Photo by Yuri Cortez/AFP/Getty Images)", "Related: {title}",
    "READ MORE: {title}", "Advertisement",
]  # fmt: skip
MESSY_BOTTOM = [
    "Sign up for our daily newsletter", "Comments (12)", "Share this article",
    "Follow us on Twitter and Facebook",
]  # fmt: skip


def seed_texts() -> list[tuple[str, list[str]]]:
    """``(title, paragraphs)`` of each seed article: first line and the
    blank-line-separated blocks after it, messy lines included."""
    articles = []
    for path in sorted((ROOT / "seeds").iterdir()):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
        blocks = [b for b in blocks if b]
        title = re.sub(r"^[#*\s]+|[*\s]+$", "", blocks[0].splitlines()[0])
        articles.append((title, blocks[1:]))
    return articles


def shared_texts() -> list[tuple[str, list[str]]]:
    """``(title, paragraphs)`` of every JSON article under ../shared/corpora."""
    articles = []
    for path in sorted(SHARED_CORPORA.glob("**/*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not isinstance(data, dict) or "body-paragraphs" not in data:
            continue
        paragraphs = body_text(data["body-paragraphs"]).split("\n\n")
        title = str(data.get("title", "")).split(" | ")[0].strip()
        paragraphs = [p.strip() for p in paragraphs if len(p.split()) >= 12]
        if title and paragraphs:
            articles.append((title, paragraphs))
    return articles


class MissingSourceCorpora(FileNotFoundError):
    """``../shared/corpora`` holds no article to build a bench corpus from."""


def source_pool(seeds_only: bool = False) -> tuple[list[str], list[str]]:
    """All headlines and all paragraphs (of at least 12 words) to draw from:
    the seeds' and those of every corpus under ``../shared/corpora``.

    With ``seeds_only`` the five seeds' alone: a degenerate pool, in which
    nearly every article shares passages with every other (a stress test
    of reuse detection, not a model of a corpus). Without it, a missing or
    empty ``../shared/corpora`` raises ``MissingSourceCorpora`` rather than
    silently giving that degenerate pool."""
    shared = [] if seeds_only else shared_texts()
    if not seeds_only and not shared:
        raise MissingSourceCorpora(
            f"no articles under {SHARED_CORPORA} to build the bench corpus from: put BASIL "
            "(or any corpus of JSON articles with body-paragraphs) there, or build from the "
            "five seeds alone on purpose with --seeds-only (nearly every article then "
            "shares passages with every other)"
        )
    articles = seed_texts() + shared
    titles = [title for title, _ in articles]
    paragraphs = [p for _, ps in articles for p in ps if len(p.split()) >= 12]
    return titles, paragraphs


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "article"


def article_parts(index: int, rng: random.Random, titles, paragraphs) -> dict:
    outlet, domain, form = OUTLETS[index % len(OUTLETS)]
    title = rng.choice(titles)
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(365))
    body = rng.sample(paragraphs, rng.randint(5, 12))
    messy = rng.random() < 0.5
    return {
        "outlet": outlet, "domain": domain, "form": form, "title": title, "date": date,
        "url": f"https://www.{domain}/{date:%Y/%m/%d}/{slug(title)}-{index}",
        "body": body, "top": rng.sample(MESSY_TOP, 2) if messy else [],
        "middle": [m.format(title=rng.choice(titles)) for m in rng.sample(MESSY_MIDDLE, 2)]
        if messy else [],
        "bottom": rng.sample(MESSY_BOTTOM, 2) if messy else [],
    }  # fmt: skip


def with_middle(parts: dict) -> list[str]:
    """Body paragraphs with the messy middle lines put after the second."""
    return parts["body"][:2] + parts["middle"] + parts["body"][2:]


def as_text(parts: dict) -> str:
    blocks = [*parts["top"], parts["title"], f"Original url: {parts['url']}",
              f"{parts['date']:%B} {parts['date'].day}, {parts['date']:%Y}",
              *with_middle(parts), *parts["bottom"]]  # fmt: skip
    return "\n\n".join(blocks) + "\n"


def as_markdown(parts: dict) -> str:
    front = (
        f"---\ntitle: {json.dumps(parts['title'], ensure_ascii=False)}\n"
        f"date: {parts['date']:%Y-%m-%d}\nurl: {parts['url']}\n---\n\n"
    )
    return front + "\n\n".join([*parts["top"], *with_middle(parts), *parts["bottom"]]) + "\n"


def as_html(parts: dict) -> str:
    e = html.escape
    paragraphs = "\n".join(f"<p>{e(p)}</p>" for p in with_middle(parts))
    top = "".join(f'<div class="banner">{e(t)}</div>' for t in parts["top"])
    bottom = "".join(f"<aside>{e(b)}</aside>" for b in parts["bottom"])
    return (
        f"<!DOCTYPE html><html><head><title>{e(parts['title'])} | {e(parts['outlet'])}</title>"
        f'<link rel="canonical" href="{e(parts["url"])}">'
        f'<meta property="article:published_time" content="{parts["date"]:%Y-%m-%d}">'
        f"</head><body>{top}<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{e(parts['title'])}</h1>\n{paragraphs}\n</article>{bottom}"
        "<footer>© All rights reserved</footer></body></html>\n"
    )


RENDER = {"txt": as_text, "md": as_markdown, "html": as_html}


def article_file(index: int, seed: int, titles, paragraphs) -> tuple[str, str]:
    """``(file name, text)`` of article ``index``: the same for the same seed."""
    parts = article_parts(index, random.Random(f"{seed}-{index}"), titles, paragraphs)
    return f"{index:06d}.{parts['form']}", RENDER[parts["form"]](parts)


def build_corpus(
    folder: str | Path, n: int, seed: int = 2019, seeds_only: bool = False
) -> list[Path]:
    """Write ``n`` articles into ``folder`` (created); returns their paths.
    ``seeds_only``: draw from the seeds alone (see ``source_pool``)."""
    titles, paragraphs = source_pool(seeds_only)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        name, text = article_file(index, seed, titles, paragraphs)
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
        paths.append(folder / name)
    return paths
