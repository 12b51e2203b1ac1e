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

Prints the scores for the English pages (those whose ``with`` passages
py3langid, the language identifier ``newsdag.text.language`` uses, finds
English: 169 pages, the set's README counts 165) and for all pages, beside trafilatura alone
(``trafilatura.extract`` with ``include_comments=False`` and its metadata
title). The set was used to tune trafilatura, so its
figures here flatter it; use the set to develop and catch regressions.
"""

import argparse
import html
import json
import lzma
import re
import sys
from collections import Counter
from pathlib import Path

from newsdag.corpus.articles import cleaned_article, parse_article
from newsdag.io import read_tsv_rows
from newsdag.text.decoding import ArticleSkipped
from newsdag.text.language import detected_language
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
        page["english"] = detected_language(" ".join(page["truth"]["with"])) == "en"
    return pages


def page_html(page: dict, folder: Path = PAGES) -> bytes:
    """The page's original HTML bytes."""
    return lzma.decompress((folder / page["path"]).read_bytes())


def newsdag_extraction(raw: bytes, agencies) -> tuple[str, str, str]:
    """``(title, body, skipped reason)`` of newsdag's HTML path as the
    workflow reads a page; empty title and body with the reason when the
    parser skips the page (not English, no text left, ...)."""
    try:
        record = parse_article("page", "page.html", raw, agencies, min_body_words=0)
    except ArticleSkipped as skipped:
        return "", "", str(skipped)
    return record["title"], record["body"], ""


def newsdag_text(raw: bytes, agencies) -> tuple[str, str, str]:
    """``(title, body, "")`` of newsdag's HTML extraction with no page
    skipped: the text of a non-English page too, to judge extraction alone."""
    try:
        article, _ = cleaned_article("page.html", raw, agencies)
    except ArticleSkipped as skipped:
        return "", "", str(skipped)
    return article.title, article.body, ""


def trafilatura_extraction(raw: bytes) -> tuple[str, str, str]:
    """``(title, body, "")`` of trafilatura alone, as the set's own
    comparison runs it."""
    import trafilatura

    body = trafilatura.extract(raw, include_comments=False) or ""
    metadata = trafilatura.extract_metadata(raw)
    return (metadata.title if metadata and metadata.title else ""), body, ""


def page_counts(page: dict, title: str, body: str) -> dict:
    """True and false positives and negatives of one page's extraction,
    whether its title matches the true one exactly (None without one), and
    for each passage whether it was found (``kept``, ``leaked``: lists of
    booleans in the truth's order)."""
    text = normalised(f"{title}\n{body}")
    kept = [normalised(p) in text for p in page["truth"]["with"]]
    leaked = [normalised(p) in text for p in page["truth"]["without"]]
    truth_title = page["truth"].get("title")
    return {
        "tp": sum(kept), "fn": len(kept) - sum(kept), "fp": sum(leaked),
        "tn": len(leaked) - sum(leaked), "empty": not body.strip(),
        "title": None if truth_title is None else normalised(title) == normalised(truth_title),
        "kept": kept, "leaked": leaked,
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


def passage_changes(pairs: list[tuple[dict, dict]]) -> dict[str, int]:
    """How one extraction differs from another, passage by passage, over
    ``(ours, theirs)`` pairs of ``page_counts`` of the same pages:
    passages to keep that ours ``lost`` or ``found`` besides theirs, and
    passages to drop that ours ``dropped`` or ``added`` against theirs."""
    changes = dict.fromkeys(("lost", "found", "dropped", "added"), 0)
    for ours, theirs in pairs:
        for o, t in zip(ours["kept"], theirs["kept"]):
            changes["lost"] += t and not o
            changes["found"] += o and not t
        for o, t in zip(ours["leaked"], theirs["leaked"]):
            changes["dropped"] += t and not o
            changes["added"] += o and not t
    return changes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="score the first N pages only")
    args = parser.parse_args(argv)
    pages = load_pages(limit=args.limit)
    agencies = read_agencies(read_tsv_rows(ROOT / "workflow/resources/wire_agencies.tsv"))
    extractors = {
        "newsdag": lambda raw: newsdag_extraction(raw, agencies),
        "newsdag, no page skipped": lambda raw: newsdag_text(raw, agencies),
        "trafilatura alone": trafilatura_extraction,
    }
    found = {name: measure(pages, extract) for name, extract in extractors.items()}
    print("| extractor | pages | precision | recall | F1 | title exact | empty |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, counts in found.items():
        for label, chosen in [("English", [c for c in counts if c["english"]]),
                              ("all", counts)]:  # fmt: skip
            s = scores(chosen)
            print(f"| {name} | {label} ({s['pages']}) | {s['precision']:.3f} | {s['recall']:.3f} "
                  f"| {s['f1']:.3f} | {s['title_exact']:.3f} | {s['empty']} |")  # fmt: skip
    print()
    pairs = [(o, t) for o, t in zip(found["newsdag"], found["trafilatura alone"]) if o["english"]]
    changes = passage_changes(pairs)
    print("- English pages, newsdag against trafilatura alone: passages to keep lost "
          f"{changes['lost']}, found besides {changes['found']}; leaks dropped "
          f"{changes['dropped']}, leaks added {changes['added']}")  # fmt: skip
    for ours, theirs in pairs:
        if ours["empty"]:
            also = "empty" if theirs["empty"] else f"{theirs['tp']} passages to keep"
            print(f"- English page {ours['id']} skipped: {ours['skipped']} (trafilatura: {also})")
    languages = Counter(
        re.search(r"language detected: (\w*)", c["skipped"]).group(1)
        for c in found["newsdag"]
        if "language detected" in c["skipped"]
    )
    print(f"- skipped as not English: {sum(languages.values())} pages; detected "
          + ", ".join(f"{lang} {n}" for lang, n in sorted(languages.items(), key=lambda t: (-t[1], t[0]))))  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
