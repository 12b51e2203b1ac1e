# %% [markdown]
# # Sentiment: the tone of each outlet
#
# Every body sentence is scored with VADER, a lexicon and rule-based
# sentiment model. Its compound score runs from −1 (most negative) to +1
# (most positive); a sentence counts as positive at 0.05 or more and as
# negative at −0.05 or less. Means are over sentences; the 95 % confidence
# intervals come from a two-stage bootstrap that resamples articles and then
# sentences within them, so an outlet with few articles gets a wide interval.
# A sentence at least half inside quotation marks is "quoted": the tone of a
# source, not of the outlet's own voice.

# %% tags=["parameters"]
min_outlet_articles = 3
min_actor_sentences = 3
top_actors = 15
extreme_sentences = 3

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    format_number,
    heading_html,
    paragraph_html,
    pooled_total,
    quote_html,
    show,
    small_sample_warning,
    table_html,
)

corpus = read_table("results/tables/corpus_by_outlet.csv")
tone = read_table("results/tables/sentiment_by_outlet.csv")
actor_tone = read_table("results/tables/actor_sentiment.csv")
extremes = read_table("results/tables/sentiment_extremes.csv")
n_articles = pooled_total(corpus)
n_sentences = pooled_total(tone, "sentences")
show(small_sample_warning(corpus, min_outlet_articles))

# %% [markdown]
# ## Tone per outlet

# %%
show(
    table_html(
        tone,
        {
            "outlet": "Outlet",
            "documents": "Articles (n)",
            "sentences": "Sentences (n)",
            "mean_compound": "Mean compound (−1 to 1)",
            "ci_low": "95 % CI low",
            "ci_high": "95 % CI high",
            "share_positive": "Positive sentences (%)",
            "share_negative": "Negative sentences (%)",
            "share_neutral": "Neutral sentences (%)",
        },
        caption=f"Tone of body sentences per outlet; n = {count_text(n_sentences, 'sentence')} "
        f"in {count_text(n_articles, 'article')}.",
        digits={"documents": 0, "sentences": 0, "mean_compound": 3, "ci_low": 3, "ci_high": 3,
                "share_positive": 1, "share_negative": 1, "share_neutral": 1},  # fmt: skip
        percent=("share_positive", "share_negative", "share_neutral"),
    )
)
show(
    figure_html(
        "results/figures/sentiment_by_outlet.png",
        "Compound score of every body sentence (dots), the outlet mean and its 95 % "
        f"bootstrap interval; n = {count_text(n_sentences, 'sentence')}, articles per outlet in the labels.",
        "Per-outlet strip plot of sentence tone with mean and confidence interval.",
    )
)

# %% [markdown]
# ## Tone around each actor
#
# The mean compound score of the sentences naming an actor, per outlet:
# a rough measure of the climate in which the actor appears, not of the
# outlet's stance towards the actor. A cell needs a minimum number of
# sentences (config key `min_actor_sentences`; the captions give it).

# %%
show(
    figure_html(
        "results/figures/actor_tone_heatmap.png",
        f"Mean compound score of the sentences naming each of the {top_actors} most named "
        f"actors, per outlet; empty cells have fewer than {min_actor_sentences} sentences.",
        "Heatmap of actor-targeted tone by outlet.",
    )
)
own = actor_tone[(actor_tone["voice"] == "all") & (actor_tone["outlet"] == "ALL")]
own = own[own["sentences"].astype(int) >= min_actor_sentences]
own = own.assign(n=own["sentences"].astype(int)).sort_values(["n", "actor"], ascending=[False, True])
show(
    table_html(
        own.head(top_actors),
        {
            "actor": "Actor",
            "type": "Type",
            "sentences": "Sentences naming it (n)",
            "documents": "Articles (n)",
            "mean_compound": "Mean compound (−1 to 1)",
            "ci_low": "95 % CI low",
            "ci_high": "95 % CI high",
        },
        caption=f"Tone of the sentences naming the most named actors, all outlets pooled; "
        f"actors with at least {min_actor_sentences} sentences.",
        digits={"sentences": 0, "documents": 0, "mean_compound": 3, "ci_low": 3, "ci_high": 3},
    )
)

# %% [markdown]
# ## The most positive and most negative sentences
#
# Scores are only as good as the lexicon behind them. Here are each
# outlet's most extreme sentences, in full, so a reader can judge whether
# the score fits the words. Only positive sentences (compound 0.05 or more)
# can be the most positive, and only negative ones (−0.05 or less) the most
# negative.

# %%
if extreme_sentences == 0:
    show(paragraph_html("No sentences are quoted (config key extreme_sentences is 0)."))
outlets = sorted(set(tone["outlet"]) - {"ALL"}) if extreme_sentences else []
for outlet in outlets:
    rows = extremes[extremes["outlet"] == outlet]
    for direction in ("positive", "negative"):
        part = rows[rows["direction"] == direction]
        if part.empty:
            show(paragraph_html(f"{outlet}: no {direction} sentence."))
            continue
        show(heading_html(f"{outlet}: the {count_text(len(part), 'most ' + direction + ' sentence')}"))
        for row in part.itertuples():
            voice = "quoted" if row.quoted == "True" else "own voice"
            show(
                quote_html(
                    row.text,
                    f"{outlet}, “{row.title}”, sentence {row.sentence_id}; "
                    f"compound {format_number(row.compound, 3)} ({voice})",
                )
            )
