# %% [markdown]
# # Readability: how hard the articles are to read
#
# Seven standard indices computed on each article's body by their published
# formulas, from textstat's counts of words, syllables and letters and from
# the article's sentences as spaCy split them (the same sentences as every
# other chapter), pooled per outlet with each article weighted by its words. Grade indices estimate the US school grade needed to follow the
# text; Flesch Reading Ease runs from 0 (hard) to 100 (easy); a Dale–Chall
# score of 9 to 9.9 corresponds to grades 13 to 15.

# %% tags=["parameters"]
min_outlet_articles = 3

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    pooled_total,
    show,
    small_sample_warning,
    table_html,
)

corpus = read_table("results/tables/corpus_by_outlet.csv")
reading = read_table("results/tables/readability_by_outlet.csv")
n_articles = pooled_total(corpus)
show(small_sample_warning(corpus, min_outlet_articles))

# %% [markdown]
# ## Indices per outlet

# %%
show(
    table_html(
        reading,
        {
            "outlet": "Outlet",
            "documents": "Articles (n)",
            "flesch_reading_ease": "Flesch Reading Ease (0–100, higher = easier)",
            "flesch_kincaid_grade": "Flesch–Kincaid (grade)",
            "gunning_fog": "Gunning Fog (grade)",
            "smog_index": "SMOG (grade)",
            "coleman_liau_index": "Coleman–Liau (grade)",
            "automated_readability_index": "ARI (grade)",
            "dale_chall_readability_score": "Dale–Chall (score)",
        },
        caption=f"Readability per outlet, word-weighted means of article bodies; "
        f"n = {count_text(n_articles, 'article')}.",
        digits={"documents": 0, "flesch_reading_ease": 1, "flesch_kincaid_grade": 1,
                "gunning_fog": 1, "smog_index": 1, "coleman_liau_index": 1,
                "automated_readability_index": 1, "dale_chall_readability_score": 2},  # fmt: skip
    )
)

# %%
show(
    figure_html(
        "results/figures/readability_by_outlet.png",
        "Readability indices per outlet (word-weighted means); n under each bar = articles.",
        "Small multiples: one bar chart per readability index, a bar per outlet.",
    )
)

# %% [markdown]
# ## The counts behind the indices
#
# Every index is a formula over these counts of the outlet's article bodies:
# words, sentences, syllables, letters, polysyllables (words of three or
# more syllables) and difficult words (not on the Dale–Chall list of
# familiar words).

# %%
show(
    table_html(
        reading,
        {
            "outlet": "Outlet",
            "documents": "Articles (n)",
            "words": "Words (n)",
            "sentences": "Sentences (n)",
            "syllables": "Syllables (n)",
            "letters": "Letters (n)",
            "polysyllables": "Polysyllables (n)",
            "difficult_words": "Difficult words (n)",
            "words_per_sentence": "Words per sentence",
            "syllables_per_word": "Syllables per word",
        },
        caption=f"Counts per outlet over article bodies; n = {count_text(n_articles, 'article')}.",
        digits={"documents": 0, "words": 0, "sentences": 0, "syllables": 0, "letters": 0,
                "polysyllables": 0, "difficult_words": 0, "words_per_sentence": 1,
                "syllables_per_word": 2},  # fmt: skip
    )
)
