"""The tone figures: outlet means, the actor × outlet grid, and the scorer
against human ratings."""

import pandas as pd
from newsdag.nlp.sentiment_validation import read_ground_truth, snippet_scores, validation_table
from newsdag.report.figures.sentiment import plot_actor_tone, plot_outlet_tone, plot_validation
from newsdag.report.plotting import save_figure

from tests.support import ROOT
from tests.unit.report.figures.test_entities import BY_OUTLET as ENTITIES

GROUND_TRUTH = ROOT / "workflow/resources/vader_nyt/nytEditorialSnippets_GroundTruth.txt"

SENTENCES = pd.DataFrame(
    {"outlet": ["X", "X", "X", "Y"], "section": ["body", "body", "title", "body"],
     "compound": ["0.5", "-0.25", "0.9", "0.1"]}  # fmt: skip
)
BY_OUTLET = pd.DataFrame(
    {"outlet": ["X", "Y", "ALL"], "documents": ["2", "1", "3"], "sentences": ["2", "1", "3"],
     "mean_compound": ["0.125", "0.1", "0.117"], "ci_low": ["-0.25", "0.1", "-0.25"],
     "ci_high": ["0.5", "0.1", "0.5"]}  # fmt: skip
)
ACTOR_TONE = pd.DataFrame(
    {
        "outlet": ["X", "X", "Y", "Y", "ALL"],
        "actor": ["Lavrov", "Lavrov", "Pompeo", "Lavrov", "Lavrov"],
        "voice": ["all", "quoted", "all", "all", "all"],
        "sentences": ["4", "4", "3", "2", "6"],
        "mean_compound": ["-0.4", "0.9", "0.2", "0.3", "-0.2"],
    }
)


def test_outlet_tone_shows_body_sentences_and_each_outlets_interval():
    ax = plot_outlet_tone(SENTENCES, BY_OUTLET).axes[0]
    points = ax.collections[0].get_offsets()[:, 1].tolist()  # X's sentences
    assert points == [0.5, -0.25]  # the title sentence is left out
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "X\n2 art., 2 sent.",
        "Y\n1 art., 1 sent.",
    ]
    empty = plot_outlet_tone(SENTENCES, BY_OUTLET[BY_OUTLET["outlet"] == "ALL"])
    assert [t.get_text() for t in empty.axes[0].texts] == ["No sentences were scored."]


def test_actor_tone_leaves_cells_with_too_few_sentences_blank():
    ax = plot_actor_tone(ACTOR_TONE, ENTITIES, 10, 3, False).axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["+0.20\nn=3", "-0.40\nn=4"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Lavrov", "Pompeo"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["X", "Y"]
    none = plot_actor_tone(ACTOR_TONE, ENTITIES, 10, 5, False)
    assert [t.get_text() for t in none.axes[0].texts] == [
        "No actor has 5 or more sentences in an outlet."
    ]


def test_validation_figure_names_r_and_n(tmp_path):
    scored = snippet_scores(read_ground_truth(GROUND_TRUTH).head(200))
    table = validation_table(scored)
    fig = plot_validation(scored, table)
    r = table["pearson_r"].iloc[0]
    assert fig.axes[0].get_title() == (
        f"Sentence tone vs. human ratings: Pearson r = {r:.3f}, n = 200 snippets"
    )
    save_figure(fig, [tmp_path / "v.png"])
    assert (tmp_path / "v.png").read_bytes()[:4] == b"\x89PNG"
