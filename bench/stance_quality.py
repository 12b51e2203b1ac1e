"""How well the stance toward an actor (``actor_stance.csv``) matches
BASIL's phrase-level annotations, against the sentence-window tone.

    .venv/bin/snakemake --cores 2 --configfile config/examples/basil.yaml
    .venv/bin/python -m bench.stance_quality results

Each BASIL bias span names a ``target`` (an actor, ``Michael_Steele``) and a
``polarity`` (``pos`` or ``neg``). For every span with both whose sentence
names the target (a mention of the resolved actor in ``mention_stance.csv``),
two scores are compared with the annotated sign:

- the **stance**: the mean of the target's mentions' stance in that sentence
  (VADER on the words the parse ties to the target, 0 when none is scored);
- the **window**: VADER's compound of the whole sentence, the score behind
  ``actor_sentiment.csv``.

A score of 0 has no sign and counts as a miss. Prints, for each score, the
spans it gets right, those it gives no sign, its accuracy where it gives one,
and its balanced accuracy (the mean of the positive and negative spans'
accuracies: four spans in five are negative). Then the paired comparison on
the spans where the stance gives a sign (both scores on the very same
spans, with a bootstrap 95 % interval of the difference and McNemar's
discordant pairs), and the stance falling back to the window where it gives
no sign.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from newsdag.io import read_jsonl, read_table
from newsdag.nlp.names import fold_name

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "corpora" / "basil"


def spans(corpus: Path = BASIL) -> pd.DataFrame:
    """One row per BASIL phrase annotation with a target and a polarity:
    ``doc_id`` (the article's path under ``articles/`` without ``.json``),
    ``target`` (spaces for underscores), ``sign`` (1 or -1), ``text``,
    ``bias``, and ``sentence`` and ``offset``: the BASIL sentence holding the
    span (its ``start`` and ``end`` count from that sentence's first
    character) and the span's place in it, so a span written twice in an
    article is found where it was annotated."""
    rows = []
    for path in sorted((corpus / "annotations").rglob("*_ann.json")):
        doc_id = f"{path.parent.name}/{path.name.removesuffix('_ann.json')}"
        article = corpus / "articles" / path.parent.name / path.name.replace("_ann.json", ".json")
        sentences = [s for p in json.loads(article.read_text())["body-paragraphs"] for s in p]
        for span in json.loads(path.read_text())["phrase-level-annotations"]:
            if span["target"] and span["polarity"] in ("pos", "neg"):
                holding = [s for s in sentences if s[span["start"] : span["end"]] == span["txt"]]
                rows.append({"doc_id": doc_id, "target": span["target"].replace("_", " "),
                             "sign": 1 if span["polarity"] == "pos" else -1,
                             "text": span["txt"], "bias": span["bias"],
                             "sentence": holding[0] if holding else "",
                             "offset": span["start"]})  # fmt: skip
    return pd.DataFrame(rows)


def span_sentences(found: pd.DataFrame, results: Path) -> pd.Series:
    """The body sentence (``sentence_id``) each span starts in, 0 when its
    text is not found in the article's body. The span is looked for in its
    BASIL sentence first, then anywhere in the body."""
    bodies = {r["doc_id"]: r["body"] for r in read_jsonl(results / "corpus/documents.jsonl")}
    sentences = pd.concat(
        [read_table(p) for p in sorted((results / "shards").glob("*/sentences.csv"))]
    )
    sentences = sentences[sentences["section"] == "body"]
    starts = {}
    for doc_id, frame in sentences.groupby("doc_id"):
        starts[doc_id] = (frame["start"].astype(int).to_numpy(), frame["end"].astype(int).to_numpy(),
                          frame["sentence_id"].astype(int).to_numpy())  # fmt: skip
    ids = []
    for doc_id, text, sentence, offset in zip(found["doc_id"], found["text"],
                                              found["sentence"], found["offset"]):  # fmt: skip
        body = bodies.get(doc_id, "")
        where = body.find(sentence) if sentence else -1
        at = where + offset if where >= 0 else body.find(text)
        begin, end, numbers = starts.get(doc_id, ([], [], []))
        inside = [n for b, e, n in zip(begin, end, numbers) if b <= at < e]
        ids.append(inside[0] if at >= 0 and inside else 0)
    return pd.Series(ids, index=found.index)


def target_actor(target: str, actors: list[str]) -> str:
    """The actor a BASIL target is: the one with the same folded name, else
    the one actor whose folded last word is the target's; "" otherwise."""
    folded = {fold_name(a): a for a in actors}
    if fold_name(target) in folded:
        return folded[fold_name(target)]
    last = fold_name(target).split()[-1]
    matches = [a for a in actors if fold_name(a).split()[-1:] == [last]]
    return matches[0] if len(matches) == 1 else ""


def scored_spans(results: Path, corpus: Path = BASIL) -> pd.DataFrame:
    """The spans whose sentence names their target, with ``stance`` and
    ``window``."""
    found = spans(corpus)
    found["sentence_id"] = span_sentences(found, results)
    stance = read_table(results / "word_choice/mention_stance.csv")
    stance["stance"] = stance["stance"].astype(float)
    stance["sentence_id"] = stance["sentence_id"].astype(int)
    actors = sorted(stance["actor"].unique())
    found["actor"] = [target_actor(t, actors) for t in found["target"]]
    per_sentence = stance.groupby(["doc_id", "sentence_id", "actor"])["stance"].mean()
    found = found.join(per_sentence, on=["doc_id", "sentence_id", "actor"], how="inner")
    window = read_table(results / "tables/sentiment_sentences.csv")
    window = window[window["section"] == "body"].assign(
        sentence_id=lambda f: f["sentence_id"].astype(int),
        window=lambda f: f["compound"].astype(float),
    )
    return found.merge(window[["doc_id", "sentence_id", "window"]], on=["doc_id", "sentence_id"])


def summary(sign: np.ndarray, score: np.ndarray) -> dict:
    """Right, unsigned, accuracy where signed, balanced accuracy."""
    right = score * sign > 0
    signed = score != 0
    balanced = np.mean([right[sign == s].mean() for s in (1, -1) if (sign == s).any()])
    return {"right": int(right.sum()), "no sign": int((~signed).sum()),
            "accuracy": right.mean(), "where signed": right[signed].mean(),
            "balanced": balanced}  # fmt: skip


def paired_difference(sign, a, b, samples: int = 2000, seed: int = 2019) -> tuple:
    """Mean of (a right) - (b right) over the spans, its bootstrap 95 %
    interval, and the discordant pairs (a right only, b right only)."""
    a_right, b_right = a * sign > 0, b * sign > 0
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(sign), size=(samples, len(sign)))
    differences = a_right[draws].mean(axis=1) - b_right[draws].mean(axis=1)
    low, high = np.percentile(differences, [2.5, 97.5])
    return (a_right.mean() - b_right.mean(), low, high,
            int((a_right & ~b_right).sum()), int((b_right & ~a_right).sum()))  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, help="the results/ folder of a BASIL run")
    args = parser.parse_args(argv)
    found = scored_spans(args.results)
    sign = found["sign"].to_numpy()
    stance, window = found["stance"].to_numpy(), found["window"].to_numpy()
    print(f"{len(found)} BASIL spans whose sentence names their target "
          f"({(sign < 0).sum()} negative, {(sign > 0).sum()} positive)\n")  # fmt: skip
    print("| score | right | no sign | accuracy | where signed | balanced |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    fallback = np.where(stance != 0, stance, window)
    for name, score in [("stance", stance), ("window", window),
                        ("stance, else window", fallback)]:  # fmt: skip
        s = summary(sign, score)
        print(f"| {name} | {s['right']} | {s['no sign']} | {s['accuracy']:.1%} | "
              f"{s['where signed']:.1%} | {s['balanced']:.1%} |")  # fmt: skip
    signed = stance != 0
    diff, low, high, only_a, only_b = paired_difference(sign[signed], stance[signed],
                                                        window[signed])  # fmt: skip
    print(f"\nOn the {signed.sum()} spans the stance gives a sign: stance "
          f"{(stance[signed] * sign[signed] > 0).mean():.1%}, window "
          f"{(window[signed] * sign[signed] > 0).mean():.1%}; difference {diff:+.1%} "
          f"[{low:+.1%}, {high:+.1%}]; right by the stance only {only_a}, by the window only "
          f"{only_b}.")  # fmt: skip
    diff, low, high, only_a, only_b = paired_difference(sign, fallback, window)
    print(f"Stance, else window, on all {len(sign)} spans: {diff:+.1%} [{low:+.1%}, {high:+.1%}] "
          f"against the window ({only_a} against {only_b}).")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
