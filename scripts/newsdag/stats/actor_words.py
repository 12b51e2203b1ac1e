"""What each outlet calls each actor, and how it writes about them: the
labels (``actor_labels.csv``) and the stance (``actor_stance.csv``,
``actor_stance_by_document.csv``) of the mentions of every actor, from the
descriptions of the spaCy pass (``newsdag.nlp.descriptions``) joined to the
actors of the entity stage (``results/tables/mentions.csv``).

**Labels.** A label counts once per mention. For each actor labelled by two
outlets or more, each outlet's labels are compared with the other outlets'
labels of the same actor by Monroe et al.'s log-odds ratio with an
informative Dirichlet prior (``newsdag.stats.distinctive_terms.log_odds_z``,
computed for all actors at once):
the prior is the actor's pooled label shares, with ``alpha_0`` the smaller
of ``log_odds_prior`` and the actor's number of labels, so that an actor
labelled 20 times is not drowned by 1,000 pseudo-counts. A label that holds
a word of the actor's own name ("maduro government" of Nicolás Maduro) is
dropped.

**Stance.** A mention's stance is VADER's compound score (-1 to 1) of the
words the parse ties to it, and 0 when no word is tied or none is in
VADER's lexicon. An article's stance toward an actor is the mean over its
body mentions of the actor; an outlet's, the mean over all its mentions,
with a two-stage bootstrap interval over articles (then mentions),
computed when the outlet has at least ``min_sentences`` mentions of the
actor. ``scored`` counts the mentions with a non-zero score. The
sentence-window tone (``actor_sentiment.csv``, voice ``all``) stands
beside it.
"""

import re

import numpy as np
import pandas as pd

from newsdag.nlp.names import fold_name
from newsdag.nlp.sentiment import score_sentence
from newsdag.stats.distinctive_terms import log_odds_z
from newsdag.stats.bootstrap import grouped_bootstrap_cis
from newsdag.stats.sentiment import run_lengths

# results/tables/actor_labels.csv
LABEL_COLUMNS = ["outlet", "actor", "type", "label", "count", "documents", "log_odds", "z"]
# results/word_choice/mention_stance.csv: one row per body mention of an actor
MENTION_STANCE_COLUMNS = [
    "doc_id", "outlet", "sentence_id", "start", "end", "actor", "type", "words", "relation",
    "stance",
]  # fmt: skip
# results/tables/actor_stance_by_document.csv
DOCUMENT_STANCE_COLUMNS = ["doc_id", "outlet", "actor", "type", "mentions", "scored", "stance"]
# results/tables/actor_stance.csv
STANCE_COLUMNS = [
    "outlet", "actor", "type", "documents", "mentions", "scored", "stance", "ci_low", "ci_high",
    "window_tone", "window_low", "window_high", "window_sentences",
]  # fmt: skip
# results/tables/label_examples.csv
EXAMPLE_COLUMNS = ["outlet", "actor", "label", "count", "z", "doc_id", "sentence_id", "sentence"]
MENTION_KEY = ["doc_id", "start", "end"]
EXAMPLES_PER_OUTLET = 5


def read_descriptions(paths) -> pd.DataFrame:
    """The shards' ``descriptions.csv`` files as one table of text
    (``newsdag.nlp.descriptions.DESCRIPTION_COLUMNS``)."""
    from newsdag.io import read_table

    return pd.concat([read_table(path) for path in paths], ignore_index=True)


def name_words(actor: str) -> set[str]:
    """The folded words of an actor's name: "Nicolás Maduro" -> {"nicolas",
    "maduro"}."""
    return {w for w in re.split(r"[^\w]+", fold_name(actor)) if w}


def holds_name(label: str, actor: str) -> bool:
    """Whether a label holds a word of the actor's own name."""
    return bool(name_words(label) & name_words(actor))


def labelled_mentions(descriptions: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per label of a resolved body mention: ``doc_id``, ``outlet``,
    ``actor``, ``type``, ``sentence_id``, ``label``; labels holding the
    actor's name left out."""
    labels = descriptions[descriptions["kind"] == "label"].rename(columns={"text": "label"})
    body = mentions[mentions["section"] == "body"][MENTION_KEY + ["outlet", "actor", "type"]]
    joined = labels.merge(body, on=MENTION_KEY, how="inner")
    keep = [not holds_name(label, actor) for label, actor in zip(joined["label"], joined["actor"])]
    columns = ["doc_id", "outlet", "actor", "type", "sentence_id", "label"]
    return joined.loc[keep, columns].reset_index(drop=True)


def actor_labels(labelled: pd.DataFrame, prior: float) -> pd.DataFrame:
    """``LABEL_COLUMNS``: each outlet's labels of each actor with their
    count, documents and log-odds z against the other outlets' labels of
    that actor (empty when no other outlet labels the actor, or the actor
    has one label only). Sorted by actor, outlet, z (highest first), count,
    label. Vectorised over all actors at once: per row, y_i is the count,
    n_i the outlet's labels of the actor, and the pool is the actor's."""
    counts = (
        labelled.groupby(["actor", "type", "outlet", "label"], sort=True)
        .agg(count=("doc_id", "size"), documents=("doc_id", "nunique"))
        .reset_index()
    )
    y_i = counts["count"].to_numpy(dtype=float)
    pool = counts.groupby(["actor", "label"])["count"].transform("sum").to_numpy(dtype=float)
    n_i = counts.groupby(["actor", "outlet"])["count"].transform("sum").to_numpy(dtype=float)
    total = counts.groupby("actor")["count"].transform("sum").to_numpy(dtype=float)
    outlets = counts.groupby("actor")["outlet"].transform("nunique").to_numpy()
    labels = counts.groupby("actor")["label"].transform("nunique").to_numpy()
    alpha_0 = np.minimum(prior, total)
    alpha = alpha_0 * pool / total
    with np.errstate(divide="ignore", invalid="ignore"):
        delta, z = log_odds_z(y_i, pool - y_i, alpha, alpha_0, n_i, total - n_i)
    compared = (outlets >= 2) & (labels >= 2)
    counts["log_odds"] = np.where(compared, delta, np.nan)
    counts["z"] = np.where(compared, z, np.nan)
    counts = counts.sort_values(
        ["actor", "outlet", "z", "count", "label"], ascending=[True, True, False, False, True],
        na_position="last", kind="mergesort",
    )  # fmt: skip
    return counts[LABEL_COLUMNS].reset_index(drop=True)


def strongest_labels(labels: pd.DataFrame, per_outlet: int = EXAMPLES_PER_OUTLET) -> pd.DataFrame:
    """Each outlet's ``per_outlet`` labels with the highest positive z (it
    uses them more than the other outlets do; labels of actors no other
    outlet labels have no z and are left out), ties by count, then actor
    and label."""
    scored = labels[pd.to_numeric(labels["z"], errors="coerce") > 0].sort_values(
        ["outlet", "z", "count", "actor", "label"], ascending=[True, False, False, True, True],
        kind="mergesort",
    )  # fmt: skip
    return scored.groupby("outlet", sort=True).head(per_outlet).reset_index(drop=True)


def label_examples(strongest: pd.DataFrame, labelled: pd.DataFrame, sentences) -> pd.DataFrame:
    """``EXAMPLE_COLUMNS``: for each of the ``strongest`` labels, the first
    sentence (by document, then sentence) where the outlet gives the actor
    that label, in full. ``sentences`` yields the shards' sentence tables
    (``doc_id``, ``section``, ``sentence_id``, ``text``); only the wanted
    sentences are kept as they stream by."""
    wanted = strongest[["outlet", "actor", "label"]].merge(labelled, how="inner")
    first = wanted.sort_values(["doc_id", "sentence_id"], key=number_key,
                               kind="mergesort").drop_duplicates(["outlet", "actor", "label"])  # fmt: skip
    keys = set(zip(first["doc_id"], first["sentence_id"].astype(str)))
    texts = {}
    for table in sentences:
        body = table[table["section"] == "body"]
        for doc_id, number, text in zip(body["doc_id"], body["sentence_id"].astype(str),
                                        body["text"]):  # fmt: skip
            if (doc_id, number) in keys:
                texts[(doc_id, number)] = text
    first = first.assign(sentence=[texts.get((d, str(n)), "") for d, n in
                                   zip(first["doc_id"], first["sentence_id"])])  # fmt: skip
    table = strongest.merge(first[["outlet", "actor", "label", "doc_id", "sentence_id", "sentence"]],
                            on=["outlet", "actor", "label"], how="inner")  # fmt: skip
    return table[EXAMPLE_COLUMNS]


def number_key(column: pd.Series) -> pd.Series:
    """A sort key that orders the sentence numbers and character offsets
    (``sentence_id``, ``start``, ``end``, read as text) as numbers, sentence
    9 before 10, and other columns as they are."""
    return column.astype(int) if column.name in ("sentence_id", "start", "end") else column


def mention_stance(descriptions: pd.DataFrame, mentions: pd.DataFrame, types) -> pd.DataFrame:
    """``MENTION_STANCE_COLUMNS``: every body mention of an actor of
    ``types``, with its stance words (empty when none) and their VADER
    compound score (0 when none), scored as every sentence is
    (``newsdag.nlp.sentiment.score_sentence``: curly apostrophes made ASCII,
    so "didn’t" negates). Sorted by document and offset."""
    body = mentions[(mentions["section"] == "body") & mentions["type"].isin(types)]
    body = body[MENTION_KEY + ["outlet", "sentence_id", "actor", "type"]]
    stance = descriptions[descriptions["kind"] == "stance"][MENTION_KEY + ["text", "relation"]]
    joined = body.merge(stance, on=MENTION_KEY, how="left").fillna({"text": "", "relation": ""})
    joined = joined.rename(columns={"text": "words"})
    scores = {w: score_sentence(w)["compound"] for w in joined["words"].unique() if w}
    joined["stance"] = joined["words"].map(scores).fillna(0.0).astype(float)
    joined = joined.sort_values(["doc_id", "start", "end", "actor"], key=number_key,
                                kind="mergesort")  # fmt: skip
    return joined[MENTION_STANCE_COLUMNS].reset_index(drop=True)


def stance_by_document(scored: pd.DataFrame) -> pd.DataFrame:
    """``DOCUMENT_STANCE_COLUMNS``: the mean stance of each article toward
    each actor it names in its body."""
    table = (
        scored.assign(nonzero=scored["stance"].ne(0))
        .groupby(["doc_id", "outlet", "actor", "type"], sort=True)
        .agg(mentions=("stance", "size"), scored=("nonzero", "sum"), stance=("stance", "mean"))
        .reset_index()
    )
    return table[DOCUMENT_STANCE_COLUMNS]


def stance_by_outlet(
    scored: pd.DataFrame, window: pd.DataFrame, samples: int, seed: int, min_mentions: int
) -> pd.DataFrame:
    """``STANCE_COLUMNS``: each outlet's mean stance toward each actor, with
    its bootstrap interval over articles, beside the sentence-window tone of
    ``window`` (``actor_sentiment.csv``, voice ``all``). Sorted by outlet,
    then mentions (most first), then actor."""
    ordered = scored.sort_values(["outlet", "actor", "doc_id", "start"], key=number_key,
                                 kind="mergesort")  # fmt: skip
    rows, grouped = [], []
    for (outlet, actor, kind), frame in ordered.groupby(["outlet", "actor", "type"], sort=True):
        values = frame["stance"].to_numpy(dtype=float)
        counts = run_lengths(frame["doc_id"].to_numpy())  # mentions per article: sorted by doc_id
        if len(values) >= min_mentions:
            grouped.append((values, counts))
        rows.append({
            "outlet": outlet, "actor": actor, "type": kind, "documents": len(counts),
            "mentions": len(values), "scored": int((values != 0).sum()),
            "stance": float(values.mean()), "interval": len(grouped) - 1
            if len(values) >= min_mentions else None,
        })  # fmt: skip
    intervals = grouped_bootstrap_cis(grouped, samples, seed) if grouped else []
    for row in rows:
        index = row.pop("interval")
        row["ci_low"], row["ci_high"] = intervals[index] if index is not None else (np.nan, np.nan)
    table = pd.DataFrame(rows, columns=[c for c in STANCE_COLUMNS if not c.startswith("window")])
    tone = window[window["voice"] == "all"].rename(columns={
        "mean_compound": "window_tone", "ci_low": "window_low", "ci_high": "window_high",
        "sentences": "window_sentences",
    })[["outlet", "actor", "window_tone", "window_low", "window_high", "window_sentences"]]  # fmt: skip
    table = table.merge(tone, on=["outlet", "actor"], how="left")
    table = table.sort_values(["outlet", "mentions", "actor"], ascending=[True, False, True],
                              kind="mergesort")  # fmt: skip
    return table[STANCE_COLUMNS].reset_index(drop=True)
