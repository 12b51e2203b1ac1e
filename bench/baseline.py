"""The physical floor of newsdag's run time: the same spaCy pipeline over
the same cleaned texts, and nothing else.

Loads the model exactly as rule ``annotate_articles`` does
(``newsdag.nlp.model.load_model``: same package, components and batch
size), then runs ``nlp.pipe`` over every title and body of
``results/corpus/documents.jsonl`` on ``--processes`` processes, keeping
nothing. Prints the seconds taken, model loading included.

    python bench/baseline.py results/corpus/documents.jsonl --processes 2
"""

import argparse
import time

from newsdag.io import read_jsonl
from newsdag.nlp.annotation import texts_of
from newsdag.nlp.model import load_model


def run_baseline(documents: str, processes: int, model: str, batch_size: int) -> dict:
    start = time.perf_counter()
    nlp = load_model(model, batch_size)
    texts = [text for text, _ in texts_of(read_jsonl(documents))]
    tokens = 0
    for doc in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        tokens += len(doc)
    return {"seconds": time.perf_counter() - start, "texts": len(texts), "tokens": tokens}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    result = run_baseline(args.documents, args.processes, args.model, args.batch_size)
    print(f"{result['seconds']:.2f} s, {result['texts']} texts, {result['tokens']} tokens")


if __name__ == "__main__":
    main()
