"""How well newsdag extracts web pages: its HTML path scored on
trafilatura's evaluation set (``../shared/validation/html_trafilatura``,
990 real pages with passages an extractor must keep and must drop).

    .venv/bin/python -m bench.html_quality             # every page
    .venv/bin/python -m bench.html_quality --limit 50  # the first 50, to try a change

Each page goes through ``newsdag.corpus.articles.parse_article`` as a
``.html`` file, as the workflow reads it; a page the parser skips (too
short, not English, ...) counts as an empty extraction. Scoring is the set's
own (its README, after trafilatura's ``tests/comparison.py``): every
``with`` passage found in the extracted text (title and body) is a true
positive and every one missing a false negative; every ``without`` passage
found is a false positive and every one absent a true negative. Text is
compared with whitespace collapsed. Precision, recall and F1 are over all
passages of all pages; title exact match is over pages with a true title.

Prints the scores for the English pages (those whose ``with`` passages are
English by ``newsdag.text.language``, the share of common function words at
least ``MIN_ENGLISH_SHARE``) and for all pages, beside trafilatura alone
(``trafilatura.extract`` with ``include_comments=False`` and its metadata
title) when it is installed. The set was used to tune trafilatura, so its
figures here flatter it; use the set to develop and catch regressions.
"""

import argparse
import html
import json
import lzma
import re
import sys
from pathlib import Path

from newsdag.corpus.articles import parse_article
from newsdag.io import read_tsv_rows
from newsdag.text.decoding import ArticleSkipped
from newsdag.text.language import MIN_ENGLISH_SHARE, english_share
from newsdag.text.metadata import read_agencies

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "validation" / "html_trafilatura"


def normalised(text: str) -> str:
    """``text`` with entities decoded and every run of whitespace one space."""
    return " ".join(html.unescape(text or "").split())


def load_pages(folder: Path = PAGES, limit: int | None = None) -> list[dict]:
    """The manifest's pages (``id``, ``path``, ``truth``, ...) with
    ``english``, in manifest order; the first ``limit`` only when given."""
    pages = json.loads((folder / "manifest.json").read_text())["pages"][:limit]
    for page in pages:
        page["english"] = english_share(" ".join(page["truth"]["with"])) >= MIN_ENGLISH_SHARE
    return pages


def page_html(page: dict, folder: Path = PAGES) -> bytes:
    """The page's original HTML bytes."""
    return lzma.decompress((folder / page["path"]).read_bytes())


def newsdag_extraction(raw: bytes, agencies) -> tuple[str, str, str]:
    """``(title, body, skipped reason)`` of newsdag's HTML path; empty
    title and body with the reason when the parser skips the page."""
    try:
        record = parse_article("page", "page.html", raw, agencies, min_body_words=0)
    except ArticleSkipped as skipped:
        return "", "", str(skipped)
    return record["title"], record["body"], ""


def trafilatura_extraction(raw: bytes) -> tuple[str, str, str]:
    """``(title, body, "")`` of trafilatura alone, as the set's own
    comparison runs it."""
    import trafilatura

    body = trafilatura.extract(raw, include_comments=False) or ""
    metadata = trafilatura.extract_metadata(raw)
    return (metadata.title if metadata and metadata.title else ""), body, ""


def page_counts(page: dict, title: str, body: str) -> dict:
    """True and false positives and negatives of one page's extraction, and
    whether its title matches the true one exactly (None without one)."""
    text = normalised(f"{title}\n{body}")
    kept = [normalised(p) in text for p in page["truth"]["with"]]
    leaked = [normalised(p) in text for p in page["truth"]["without"]]
    truth_title = page["truth"].get("title")
    return {
        "tp": sum(kept), "fn": len(kept) - sum(kept), "fp": sum(leaked),
        "tn": len(leaked) - sum(leaked), "empty": not body.strip(),
        "title": None if truth_title is None else normalised(title) == normalised(truth_title),
    }  # fmt: skip


def scores(counts: list[dict]) -> dict:
    """Precision, recall, F1, title exact match (share) and empty pages of
    a list of ``page_counts``."""
    tp, fp, fn = (sum(c[k] for c in counts) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    titled = [c["title"] for c in counts if c["title"] is not None]
    return {"pages": len(counts), "precision": precision, "recall": recall, "f1": f1,
            "title_exact": sum(titled) / len(titled) if titled else 0.0,
            "empty": sum(c["empty"] for c in counts)}  # fmt: skip


def measure(pages: list[dict], extract) -> list[dict]:
    """``page_counts`` of every page under ``extract(raw) -> (title, body, reason)``,
    with the page's ``english`` flag and the skip reason."""
    found = []
    for page in pages:
        title, body, reason = extract(page_html(page))
        found.append({**page_counts(page, title, body), "english": page["english"],
                      "id": page["id"], "skipped": reason})  # fmt: skip
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="score the first N pages only")
    args = parser.parse_args(argv)
    pages = load_pages(limit=args.limit)
    agencies = read_agencies(read_tsv_rows(ROOT / "workflow/resources/wire_agencies.tsv"))
    extractors = {"newsdag": lambda raw: newsdag_extraction(raw, agencies)}
    try:
        import trafilatura  # noqa: F401

        extractors["trafilatura alone"] = trafilatura_extraction
    except ImportError:
        print("trafilatura is not installed: newsdag's figures only.\n")
    print("| extractor | pages | precision | recall | F1 | title exact | empty |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, extract in extractors.items():
        counts = measure(pages, extract)
        for label, chosen in [("English", [c for c in counts if c["english"]]),
                              ("all", counts)]:  # fmt: skip
            s = scores(chosen)
            print(f"| {name} | {label} ({s['pages']}) | {s['precision']:.3f} | {s['recall']:.3f} "
                  f"| {s['f1']:.3f} | {s['title_exact']:.3f} | {s['empty']} |")  # fmt: skip
        reasons = [
            re.sub(r"\d+", "N", c["skipped"]) for c in counts if c["english"] and c["skipped"]
        ]
        if reasons:
            common = max(set(reasons), key=lambda r: (reasons.count(r), r))
            print(
                f"|  | {len(reasons)} English pages skipped; most often: {common[:80]} | | | | | |"
            )


if __name__ == "__main__":
    sys.exit(main())
