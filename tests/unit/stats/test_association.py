"""Co-occurrence measures follow their formulas, and the streamed
co-occurrence table matches a straightforward count."""

import math
import random
from collections import Counter
from itertools import combinations

import pandas as pd
import pytest
from newsdag.io import read_table, write_table
from newsdag.stats.association import (
    COLUMNS,
    add_window,
    count_pairs,
    document_outlets,
    document_windows,
    new_pair_counts,
    pair_rows,
    stream_cooccurrence,
    table_rows,
    window_totals,
)
from newsdag.stats.groups import outlets_and_all

from tests.unit.stats.test_entities import DOCUMENTS, MENTIONS


# The co-occurrence pieces put together in memory, for small tables.
def pair_table(windows: list[frozenset], outlet: str, window: str, n_windows: int) -> list[dict]:
    """Co-occurrence rows, as dicts, for one outlet and window kind.

    ``windows`` are the actor sets of the windows that name any actor;
    ``n_windows`` counts all windows, including those naming none.
    """
    counts = new_pair_counts()
    for actors in windows:
        add_window(counts, sorted(actors))
    return [dict(zip(COLUMNS, row)) for row in pair_rows(counts, outlet, window, n_windows)]


def cooccurrence(
    mentions: pd.DataFrame, documents: pd.DataFrame, sentence_counts: pd.Series
) -> pd.DataFrame:
    """The co-occurrence table of in-memory tables; ``sentence_counts`` is
    sentences per doc_id. Same rows as ``run``, for small inputs."""
    outlet_of = document_outlets(zip(documents["doc_id"], documents["outlet"]))
    mentions = mentions.sort_values("doc_id", kind="mergesort")
    rows = zip(mentions["doc_id"], mentions["sentence_id"], mentions["actor"])
    n_windows = window_totals(
        outlet_of, ((doc_id, int(n)) for doc_id, n in sentence_counts.items())
    )
    return pd.DataFrame(list(table_rows(count_pairs(rows, outlet_of), n_windows)), columns=COLUMNS)


def test_pair_measures_follow_their_formulas():
    # 4 sentences: {A, B}, {A}, {B}, and one naming nobody
    (row,) = pair_table([frozenset("AB"), frozenset("A"), frozenset("B")], "X", "sentence", 4)
    assert (row["count"], row["count_a"], row["count_b"], row["n_windows"]) == (1, 2, 2, 4)
    assert row["pmi"] == pytest.approx(math.log2(1 * 4 / (2 * 2)))  # = 0: as often as chance
    assert row["npmi"] == pytest.approx(0.0)
    assert row["jaccard"] == pytest.approx(1 / 3)
    (always,) = pair_table([frozenset("AB"), frozenset("AB")], "X", "document", 2)
    assert always["npmi"] == 1.0 and always["jaccard"] == 1.0


def test_cooccurrence_counts_sentences_and_documents_per_outlet():
    table = cooccurrence(MENTIONS, DOCUMENTS, pd.Series({"a": 5, "b": 4, "c": 3}))
    row = table[(table["outlet"] == "X") & (table["window"] == "sentence")].iloc[0]
    assert (row["actor_a"], row["actor_b"], row["count"], row["n_windows"]) == (
        "Lavrov",
        "Pompeo",
        1,
        9,
    )
    doc = table[(table["outlet"] == "ALL") & (table["window"] == "document")].iloc[0]
    assert (doc["count"], doc["count_a"], doc["count_b"], doc["n_windows"]) == (1, 2, 2, 3)
    assert not ((table["outlet"] == "Y")).any()  # one actor only: no pair


def straightforward_cooccurrence(mentions, documents, sentences) -> pd.DataFrame:
    """Every window's actor set built from whole in-memory tables, each outlet
    counted from scratch: the reference the streamed rule must match."""
    rows = []
    for outlet, docs in outlets_and_all(documents):
        ids = set(docs["doc_id"])
        named = mentions[mentions["doc_id"].isin(ids)]
        windows = {
            "sentence": (
                named.groupby(["doc_id", "sentence_id"])["actor"].agg(frozenset),
                int(sentences["doc_id"].isin(ids).sum()),
            ),
            "document": (named.groupby("doc_id")["actor"].agg(frozenset), len(ids)),
        }
        for window, (sets, n) in windows.items():
            singles = Counter(actor for actors in sets for actor in actors)
            pairs = Counter(pair for actors in sets for pair in combinations(sorted(actors), 2))
            for (a, b), n_ab in sorted(pairs.items()):
                n_a, n_b = singles[a], singles[b]
                pmi = math.log2(n_ab * n / (n_a * n_b))
                npmi = 1.0 if n_ab == n else pmi / -math.log2(n_ab / n)
                rows.append((outlet, window, a, b, n_ab, n_a, n_b, n, pmi, npmi,
                             n_ab / (n_a + n_b - n_ab)))  # fmt: skip
    return pd.DataFrame(rows, columns=COLUMNS)


def corpus_tables(seed: int = 7):
    """Small tables shaped like a run's: documents of several outlets, two
    sentence shards (titles, quoted text with commas and line breaks), and
    mentions sorted as ``resolve_actors`` writes them. Also a document with
    no mention, and sentences and mentions of a document not listed."""
    rng = random.Random(seed)
    actors = ["Lavrov", "Pompeo", "Donald Trump", "Smith, John", '"The Squad"', "Kim Jong Un",
              "Moscow", "NATO", "Angela Merkel"]  # fmt: skip
    outlets = ["The Moscow Times", "Reuters", "AP, Wire", "BBC"]
    documents, sentences, mentions = [], [], []
    for i in range(24):
        doc_id = f"{i:06d}"
        documents.append({"doc_id": doc_id, "outlet": outlets[i % 4], "n_words": "120"})
        for sentence_id in range(rng.randint(1, 7)):
            section = "title" if sentence_id == 0 else "body"
            text = f'He said, "no",\nthen left ({doc_id}/{sentence_id})'
            sentences.append({"doc_id": doc_id, "section": section, "sentence_id": str(sentence_id),
                              "start": "0", "end": str(len(text)), "text": text})  # fmt: skip
            if i == 5:
                continue  # a document naming nobody
            for start in range(rng.randint(0, 4)):
                actor = rng.choice(actors)
                mentions.append({"doc_id": doc_id, "outlet": outlets[i % 4], "section": section,
                                 "sentence_id": str(sentence_id), "start": start, "end": start + 1,
                                 "text": actor, "label": "PERSON", "actor": actor,
                                 "type": "PERSON"})  # fmt: skip
    unlisted = [m for m in mentions if m["doc_id"] == "000003"]
    mentions += [{**m, "doc_id": "000099"} for m in unlisted]
    sentences += [{**s, "doc_id": "000099"} for s in sentences if s["doc_id"] == "000003"]
    mentions = pd.DataFrame(mentions).sort_values(["doc_id", "section", "start"], kind="mergesort")
    return pd.DataFrame(documents), pd.DataFrame(sentences), mentions.astype(str)


def test_streamed_cooccurrence_matches_a_straightforward_count(tmp_path):
    documents, sentences, mentions = corpus_tables()
    write_table(documents, tmp_path / "documents.csv")
    write_table(mentions, tmp_path / "mentions.csv")
    shards = [tmp_path / "000" / "sentences.csv", tmp_path / "001" / "sentences.csv"]
    write_table(sentences[sentences["doc_id"] < "000012"], shards[0])
    write_table(sentences[sentences["doc_id"] >= "000012"], shards[1])
    expected = straightforward_cooccurrence(mentions, documents, sentences)
    assert len(expected) > 100 and set(expected["outlet"]) == {*documents["outlet"], "ALL"}
    write_table(expected, tmp_path / "expected.csv")
    for chunk_rows in (3, 1000):  # chunks end inside documents, or hold the whole file
        out = tmp_path / f"cooccurrence_{chunk_rows}.csv"
        n = stream_cooccurrence(tmp_path / "mentions.csv", tmp_path / "documents.csv", shards,
                                out, ["PERSON", "ORG", "GPE", "NORP"], chunk_rows)  # fmt: skip
        assert n == len(expected)
        assert out.read_bytes() == (tmp_path / "expected.csv").read_bytes()


def test_only_the_ranked_types_are_counted(tmp_path):
    documents, sentences, mentions = corpus_tables()
    mentions.loc[mentions["actor"] == "Lavrov", "type"] = "NORP"  # as if a nationality
    for name, table in [("documents", documents), ("mentions", mentions), ("sentences", sentences)]:
        write_table(table, tmp_path / f"{name}.csv")
    out = tmp_path / "cooccurrence.csv"
    stream_cooccurrence(tmp_path / "mentions.csv", tmp_path / "documents.csv",
                        [tmp_path / "sentences.csv"], out, ["PERSON", "ORG", "GPE"])  # fmt: skip
    written = read_table(out)
    kept = mentions[mentions["type"] != "NORP"]
    expected = straightforward_cooccurrence(kept, documents, sentences)
    assert "Lavrov" not in set(written["actor_a"]) | set(written["actor_b"])
    assert len(written) == len(expected) > 0


def test_mentions_out_of_doc_id_order_are_refused():
    rows = [("000002", "1", "Lavrov"), ("000001", "1", "Pompeo")]
    with pytest.raises(ValueError, match="not sorted by doc_id"):
        list(document_windows(rows))
