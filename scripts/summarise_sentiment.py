"""Rule ``summarise_sentiment``: tone per document, per outlet and per actor.

Pools the shard sentence scores and writes, for body sentences of kept
articles (headlines are scored but left out of the summaries):

- ``results/tables/sentiment_sentences.csv``: every sentence's scores with its outlet;
- ``results/tables/sentiment_by_document.csv``: mean compound and the shares
  of positive, negative and neutral sentences of each article;
- ``results/tables/sentiment_by_outlet.csv``: the same per outlet (and
  ``ALL``), the mean over all the outlet's sentences with a bootstrap 95 %
  confidence interval (documents resampled, then sentences within them);
- ``results/tables/actor_sentiment.csv``: for each actor and outlet, the
  sentences naming the actor and their mean compound with its interval, for
  all such sentences, the outlet's own voice and quotations apart.

Run outside Snakemake::

    python scripts/summarise_sentiment.py results/shards/*/sentiment.csv \\
        --documents results/tables/documents.csv --mentions results/tables/mentions.csv --out-dir /tmp/tone
"""

import argparse
import logging
import sys
from pathlib import Path

from newsdag.io import configure_logging, read_table, write_table
from newsdag.stats.entities import ranked_types
from newsdag.stats.sentiment import by_actor, by_document, by_outlet, sentence_table

log = logging.getLogger("summarise_sentiment")


def run(sentiment_paths, documents_path, mentions_path, samples, seed, min_sentences, norp_actors,
        out) -> None:  # fmt: skip
    documents = read_table(documents_path)
    sentences = sentence_table([read_table(p) for p in sentiment_paths], documents)
    write_table(sentences, out["sentences"])
    body = sentences[sentences["section"] == "body"]
    write_table(by_document(body), out["by_document"])
    write_table(by_outlet(body, samples, seed), out["by_outlet"])
    actors = by_actor(body, read_table(mentions_path), samples, seed, min_sentences,
                      ranked_types(norp_actors))  # fmt: skip
    write_table(actors, out["by_actor"])
    log.info("%d sentences, %d actor rows", len(sentences), len(actors))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentiment", nargs="+", help="shard sentiment.csv files")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--mentions", required=True)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--min-sentences", type=int, default=3)
    parser.add_argument("--norp-actors", action="store_true",
                        help="rank nationalities and religions (NORP) as actors")  # fmt: skip
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(args.sentiment, args.documents, args.mentions, args.samples, args.seed, args.min_sentences, args.norp_actors, {
        "sentences": out / "sentiment_sentences.csv", "by_document": out / "sentiment_by_document.csv",
        "by_outlet": out / "sentiment_by_outlet.csv", "by_actor": out / "actor_sentiment.csv",
    })  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.sentiment, sm.input.documents, sm.input.mentions, sm.params.samples,
            sm.params.seed, sm.params.min_sentences, sm.params.norp_actors, sm.output)  # fmt: skip
    else:
        main(sys.argv[1:])
