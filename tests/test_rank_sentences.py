"""Each outlet's most positive and most negative sentences, on the seeds."""

import pandas as pd

from rank_sentences import COLUMNS, extremes
from score_sentences import score_sentence


def scored_seed_sentences(seed_records, seed_annotations):
    sentences, _, _ = seed_annotations
    body = sentences[sentences["section"] == "body"].copy()
    records = {r["doc_id"]: r for r in seed_records}
    body["outlet"] = body["doc_id"].map(lambda d: records[d]["outlet"])
    body["title"] = body["doc_id"].map(lambda d: records[d]["title"])
    body["sentence_id"] = body["sentence_id"].astype(int)
    body["compound"] = body["text"].map(lambda t: score_sentence(t)["compound"])
    body["quoted"] = "False"
    return body


def test_extremes_quote_the_strongest_sentences_of_each_outlet(seed_records, seed_annotations):
    table = extremes(scored_seed_sentences(seed_records, seed_annotations), 2)
    assert list(table.columns) == COLUMNS
    assert sorted(table["outlet"].unique()) == ["ANI", "Breitbart", "DW", "The Moscow Times"]
    moscow = table[table["outlet"] == "The Moscow Times"]
    worst = moscow[(moscow["direction"] == "negative") & (moscow["rank"] == 1)].iloc[0]
    assert 'calling it "fake news."' in worst["text"] and worst["compound"] < -0.7
    for _, part in table.groupby(["outlet", "direction"]):
        assert len(part) == 2 and list(part["rank"]) == [1, 2]
        values = list(part["compound"])
        if part["direction"].iloc[0] == "positive":
            assert values == sorted(values, reverse=True) and min(values) >= 0.05
        else:
            assert values == sorted(values) and max(values) <= -0.05


def test_ties_go_to_the_earlier_sentence_and_neutral_ones_are_never_quoted():
    # 0.04 is neutral by VADER's thresholds (±0.05), so never "most positive"
    scored = pd.DataFrame(
        {"outlet": ["X"] * 4, "doc_id": ["b", "a", "a", "a"], "sentence_id": [1, 2, 1, 3],
         "compound": [0.5, 0.5, 0.04, -0.2], "quoted": ["False"] * 4, "title": ["t"] * 4,
         "text": ["b1", "a2", "a1", "a3"]}
    )  # fmt: skip
    table = extremes(scored, 3)
    assert table["text"].tolist() == ["a2", "b1", "a3"]
    assert table["direction"].tolist() == ["positive", "positive", "negative"]
    assert extremes(scored, 0).empty
