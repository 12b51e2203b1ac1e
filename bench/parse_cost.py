"""What the dependency parse costs the NLP stage: the spaCy pass of
``annotate_articles`` over the BASIL articles (``../shared/corpora/basil``),
without the parser and with it (the pipeline alone), and the whole pass
with every row (sentences, mentions, reporting verbs, terms, labels and
stance words), twice over.

    .venv/bin/python -m bench.parse_cost
"""

import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from newsdag.nlp.annotation import annotated_documents  # noqa: E402
from newsdag.nlp.model import load_model  # noqa: E402
from newsdag.text.records import body_text  # noqa: E402

BASIL = ROOT.parent / "shared" / "corpora" / "basil" / "articles"


def basil_records() -> list[dict]:
    """Each BASIL article as a record: paragraphs joined by blank lines."""
    return [
        {
            "doc_id": path.stem,
            "title": "",
            "body": body_text(json.loads(path.read_text())["body-paragraphs"]),
        }
        for path in sorted(BASIL.rglob("*.json"))
    ]


def timed(run) -> float:
    """Seconds ``run()`` takes."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    records = basil_records()
    nlp = load_model("en_core_web_sm")
    bodies = [r["body"] for r in records]
    for _ in range(2):
        nlp.disable_pipe("parser")
        without = timed(lambda: list(nlp.pipe(bodies)))
        nlp.enable_pipe("parser")
        parsed = timed(lambda: list(nlp.pipe(bodies)))
        rows = []
        full = timed(lambda: rows.extend(annotated_documents(records, nlp)))
        verbs = sum(len(r.speech) for r in rows)
        labels = sum(row[4] == "label" for r in rows for row in r.descriptions)
        print(f"{len(records)} articles: spaCy without the parser {without:.1f} s, with it "
              f"{parsed:.1f} s; the whole annotate pass (all rows) {full:.1f} s; {verbs} verbs "
              f"with a subject, {labels} labels")  # fmt: skip


if __name__ == "__main__":
    main()
