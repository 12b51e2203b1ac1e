"""Who is quoted and which articles share text: shares, grid and figures."""

import hashlib

import pandas as pd
from newsdag.report.figures.voices import (
    plot_reuse,
    plot_speakers,
    reuse_grid,
    speaker_shares,
    top_speakers,
)
from newsdag.report.plotting import save_figure

QUOTES_BY_OUTLET = pd.DataFrame(
    {
        "outlet": ["X", "X", "X", "Y"],
        "speaker": ["Lavrov", "Pompeo", "unknown", "Bolton"],
        "speaker_type": ["PERSON", "PERSON", "", "PERSON"],
        "quotes": ["2", "1", "1", "1"],
        "words": ["30", "10", "10", "5"],
        "share_of_words": ["0.6", "0.2", "0.2", "1"],
    }
)
REUSE = pd.DataFrame(
    {"doc_a": ["a"], "doc_b": ["b"], "shared_words": ["12"], "share_a": ["0.25"],
     "share_b": ["0.5"]}  # fmt: skip
)
DOCUMENTS = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"]})


def test_speaker_shares_put_other_and_unknown_last():
    speakers = top_speakers(QUOTES_BY_OUTLET, 1)
    assert speakers == ["Lavrov"]
    shares, totals = speaker_shares(QUOTES_BY_OUTLET, speakers)
    assert shares["X"] == [("Lavrov", 0.6), ("other speakers", 0.2), ("unknown", 0.2)]
    assert shares["Y"] == [("Lavrov", 0.0), ("other speakers", 1.0), ("unknown", 0.0)]
    assert totals == {"X": (4, 50), "Y": (1, 5)}


def test_reuse_grid_holds_each_articles_share_in_its_row():
    labels, grid = reuse_grid(REUSE, DOCUMENTS)
    assert labels == ["X: a", "Y: b"]  # only articles that share text, by outlet
    assert grid[0, 1] == 0.25 and grid[1, 0] == 0.5


def test_voices_figures_are_byte_identical_and_say_when_empty(tmp_path):
    digests = []
    for run in range(2):
        paths = [tmp_path / f"{run}_{name}.png" for name in ("speakers", "reuse", "none")]
        save_figure(plot_speakers(QUOTES_BY_OUTLET, 5), [paths[0]])
        save_figure(plot_reuse(REUSE, DOCUMENTS), [paths[1]])
        save_figure(plot_reuse(REUSE.iloc[0:0], DOCUMENTS), [paths[2]])
        digests.append([hashlib.sha256(p.read_bytes()).hexdigest() for p in paths])
    assert digests[0] == digests[1] and len(set(digests[0])) == 3
