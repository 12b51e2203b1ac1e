"""What the dependency parse costs the NLP stage: the spaCy pass of
``annotate_articles`` over the BASIL articles (``../shared/corpora/basil``),
with the parser and with a stand-in that parses nothing, twice each.

    .venv/bin/python -m bench.parse_cost
"""

import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from newsdag.nlp.annotation import annotated_documents  # noqa: E402
from newsdag.nlp.model import load_model, load_parser  # noqa: E402
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


class NoParse:
    """A parser that parses nothing: the NLP stage as it was before the parse."""

    def pipe(self, texts, as_tuples=False):
        list(texts)
        return iter(())


def main() -> None:
    records = basil_records()
    nlp, parser = load_model("en_core_web_sm"), load_parser("en_core_web_sm")
    for name, used in [("without parse", NoParse()), ("with parse", parser)] * 2:
        start = time.perf_counter()
        verbs = sum(len(speech) for _, _, _, speech, _ in annotated_documents(records, nlp, used))
        seconds = time.perf_counter() - start
        print(f"{name}: {seconds:.1f} s for {len(records)} articles, {verbs} verbs with a subject")


if __name__ == "__main__":
    main()
