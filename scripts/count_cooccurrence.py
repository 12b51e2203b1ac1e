"""Rule ``count_cooccurrence``: which actors are named together, per outlet.

Writes ``results/tables/cooccurrence.csv``: for each outlet (and ``ALL``),
window (``sentence``: one sentence of the shared sentence table, the title
being one; ``document``: a whole article) and pair of actors
``actor_a < actor_b``, the number of windows naming both, and

- ``pmi`` = log2(count_ab * n_windows / (count_a * count_b)): how much more
  often the pair shares a window than if the actors were independent
  (0 = as often as chance, positive = more often);
- ``npmi`` = pmi / -log2(count_ab / n_windows), in [-1, 1] (1 = always
  together);
- ``jaccard`` = count_ab / (count_a + count_b - count_ab): the share of
  windows naming either actor that name both.

Run outside Snakemake::

    python scripts/count_cooccurrence.py results/tables/mentions.csv results/tables/documents.csv \\
        results/shards/*/sentences.csv --out /tmp/cooccurrence.csv
"""

import argparse
import logging
import math
import sys
from collections import Counter
from itertools import combinations

import pandas as pd

from count_entities import outlets_and_all
from newsdag_common import configure_logging, read_table, write_table

log = logging.getLogger("count_cooccurrence")

COLUMNS = [
    "outlet", "window", "actor_a", "actor_b", "count", "count_a", "count_b", "n_windows",
    "pmi", "npmi", "jaccard",
]  # fmt: skip


def pair_table(windows: list[frozenset], outlet: str, window: str, n_windows: int) -> list[dict]:
    """Co-occurrence rows for one outlet and window kind.

    ``windows`` are the actor sets of the windows that name any actor;
    ``n_windows`` counts all windows, including those naming none.
    """
    singles, pairs = Counter(), Counter()
    for actors in windows:
        singles.update(actors)
        pairs.update(combinations(sorted(actors), 2))
    rows = []
    for (a, b), n_ab in sorted(pairs.items()):
        n_a, n_b = singles[a], singles[b]
        pmi = math.log2(n_ab * n_windows / (n_a * n_b))
        p_ab = n_ab / n_windows
        npmi = 1.0 if p_ab == 1 else pmi / -math.log2(p_ab)
        rows.append({
            "outlet": outlet, "window": window, "actor_a": a, "actor_b": b, "count": n_ab,
            "count_a": n_a, "count_b": n_b, "n_windows": n_windows, "pmi": pmi, "npmi": npmi,
            "jaccard": n_ab / (n_a + n_b - n_ab),
        })  # fmt: skip
    return rows


def cooccurrence(
    mentions: pd.DataFrame, documents: pd.DataFrame, sentence_counts: pd.Series
) -> pd.DataFrame:
    """The co-occurrence table; ``sentence_counts`` is sentences per doc_id."""
    sentence_sets = mentions.groupby(["doc_id", "sentence_id"], sort=True)["actor"].agg(frozenset)
    document_sets = mentions.groupby("doc_id", sort=True)["actor"].agg(frozenset)
    rows = []
    for outlet, docs in outlets_and_all(documents):
        ids = set(docs["doc_id"])
        in_outlet = sentence_sets[sentence_sets.index.get_level_values("doc_id").isin(ids)]
        n_sentences = int(sentence_counts.reindex(sorted(ids)).fillna(0).sum())
        rows += pair_table(list(in_outlet), outlet, "sentence", n_sentences)
        rows += pair_table(
            list(document_sets[document_sets.index.isin(ids)]), outlet, "document", len(ids)
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def sentences_per_document(sentence_paths) -> pd.Series:
    """Number of sentences (title included) of each document in the shards."""
    counts = Counter()
    for path in sentence_paths:
        counts.update(
            pd.read_csv(path, usecols=["doc_id"], dtype=str, keep_default_na=False)["doc_id"]
        )
    return pd.Series(counts, dtype=int)


def run(mentions_path, documents_path, sentence_paths, out_path) -> None:
    table = cooccurrence(
        read_table(mentions_path),
        read_table(documents_path),
        sentences_per_document(sentence_paths),
    )
    write_table(table, out_path)
    log.info("%d co-occurring pairs", len(table))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions")
    parser.add_argument("documents")
    parser.add_argument("sentences", nargs="+")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    run(args.mentions, args.documents, args.sentences, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.mentions, sm.input.documents, sm.input.sentences, sm.output[0])
    else:
        main(sys.argv[1:])
