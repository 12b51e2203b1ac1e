# %% [markdown]
# # Co-occurrence: which actors appear together
#
# Two actors co-occur when one sentence names both. The network shows the
# most named actors of the whole corpus; the tables list, per outlet, the
# pairs most strongly associated.
#
# **How association is measured.** Counting shared sentences favours actors
# who are named everywhere. Normalised pointwise mutual information (NPMI)
# asks instead whether two actors share sentences more often than chance:
# with N sentences in the outlet, c_a and c_b sentences naming each actor
# and c_ab naming both, PMI = log2(c_ab × N / (c_a × c_b)) and
# NPMI = PMI / −log2(c_ab / N). NPMI runs from −1 to 1: 0 means the pair
# shares sentences as often as chance predicts, 1 that the two actors are
# only ever named together. A pair seen once together in a small outlet
# easily reaches 1, so only pairs sharing at least `min_pair_count`
# sentences are ranked.

# %% tags=["parameters"]
min_outlet_articles = 3
top_actors = 15
top_pairs = 10
min_pair_count = 2

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    paragraph_html,
    show,
    small_sample_warning,
    table_html,
)

corpus = read_table("results/tables/corpus_by_outlet.csv")
pairs = read_table("results/tables/cooccurrence.csv")
show(small_sample_warning(corpus, min_outlet_articles))

# %% [markdown]
# ## The network

# %%
sentence_pairs = pairs[(pairs["window"] == "sentence")].assign(
    c=lambda t: t["count"].astype(int), score=lambda t: t["npmi"].astype(float)
)
pooled = sentence_pairs[sentence_pairs["outlet"] == "ALL"]
n_windows = int(pooled["n_windows"].astype(int).max()) if len(pooled) else 0
show(
    figure_html(
        "results/figures/cooccurrence_network.png",
        f"The {top_actors} most named actors (node size: mentions), joined when they share a "
        f"sentence (edge width: shared sentences); all outlets, n = {count_text(n_windows, 'sentence')}.",
        "Network diagram of actors linked by shared sentences.",
    )
)

# %% [markdown]
# ## Strongest pairs per outlet

# %%
ranked = sentence_pairs[sentence_pairs["c"] >= min_pair_count].sort_values(
    ["score", "c", "actor_a", "actor_b"], ascending=[False, False, True, True]
)
outlet_order = sorted(set(pairs["outlet"]) - {"ALL"}) + ["ALL"]
for outlet in outlet_order:
    rows = ranked[ranked["outlet"] == outlet].head(top_pairs)
    windows = sentence_pairs.loc[sentence_pairs["outlet"] == outlet, "n_windows"]
    n = int(windows.astype(int).max()) if len(windows) else 0
    if rows.empty:
        show(
            paragraph_html(
                f"{outlet}: no pair of actors shares {min_pair_count} or more sentences "
                f"(n = {count_text(n, 'sentence')})."
            )
        )
        continue
    show(
        table_html(
            rows,
            {
                "actor_a": "Actor",
                "actor_b": "Actor",
                "count": "Shared sentences (c_ab)",
                "count_a": "Sentences naming the first (c_a)",
                "count_b": "Sentences naming the second (c_b)",
                "npmi": "NPMI (−1 to 1)",
                "pmi": "PMI (bits)",
                "jaccard": "Jaccard (0 to 1)",
            },
            caption=f"{outlet}: the {len(rows)} most associated pairs sharing at least "
            f"{min_pair_count} sentences, by NPMI; n = {count_text(n, 'sentence')}.",
            digits={"count": 0, "count_a": 0, "count_b": 0, "npmi": 3, "pmi": 2, "jaccard": 3},
        )
    )
