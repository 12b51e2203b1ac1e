# %% [markdown]
# # Word choice: what each outlet calls each actor, and the words it prefers
#
# Outlets that report the same event differ most plainly in their words:
# one writes "socialist dictator Nicolás Maduro", another "President
# Nicolas Maduro"; one calls Juan Guaidó "President", another "opposition
# leader". This chapter measures that word choice (Hamborg et al.'s "word
# choice and labelling"; Monroe, Colaresi and Quinn's "Fightin' Words") for
# any number of outlets: the labels each outlet gives each actor, the terms
# it uses more than the others, its stance toward the actors it names, and
# how its attention to them moves over time. Every number comes from the
# tables in `results/tables/` (`actor_labels.csv`, `label_examples.csv`,
# `distinctive_terms.csv`, `actor_stance.csv`, `attention.csv`).

# %% tags=["parameters"]
min_outlet_articles = 3
top_actors = 15
log_odds_prior = 1000

# %%
import pandas as pd
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    format_number,
    paragraph_html,
    pooled_total,
    show,
    small_sample_warning,
    table_html,
)

corpus = read_table("results/tables/corpus_by_outlet.csv")
labels = read_table("results/tables/actor_labels.csv")
examples = read_table("results/tables/label_examples.csv")
terms = read_table("results/tables/distinctive_terms.csv")
stance = read_table("results/tables/actor_stance.csv")
attention = read_table("results/tables/attention.csv")
TERMS_PER_ROW = 8
n_articles = pooled_total(corpus)
show(small_sample_warning(corpus, min_outlet_articles))

# %% [markdown]
# ## How to read a z-score
#
# Labels and terms are compared with a log-odds ratio: how much more often
# one outlet uses a word than all the other outlets together, on a log
# scale, pulled towards the pooled rate by an informative Dirichlet prior
# (`log_odds_prior` pseudo-counts for terms; for an actor's labels, no more
# pseudo-counts than that actor has labels). Its z-score divides it by its
# standard error: beyond about ±2 the difference is larger than chance
# alone would often give, and a positive z means the outlet uses the word
# more. A z-score is not a size: the same share gives a larger z in a large
# corpus than in a small one, so compare z-scores within one table, not
# across corpora. It counts words, not articles: one long article that
# repeats a name can carry a term, so each table gives the articles behind
# a label. An outlet with few articles (fewer than `min_outlet_articles`,
# flagged above) shows its writers' habits, not the outlet's. And a
# distinctive word is a difference of topic as much as of style unless the
# outlets wrote about the same stories: the terms below are compared within
# the stories each outlet shares with others whenever there are any.

# %% [markdown]
# ## What each outlet calls each actor
#
# A label is the title, role or description said with the name in one noun
# phrase or apposition, from the dependency parse: "socialist dictator" in
# "socialist dictator Nicolás Maduro", "opposition leader" in "Juan Guaidó,
# the opposition leader". The actor's own name is never part of it.

# %%
n_labels = int(labels["count"].astype(int).sum()) if len(labels) else 0
show(
    paragraph_html(
        f"{count_text(n_labels, 'label')} ({count_text(labels['label'].nunique(), 'distinct one')}) "
        f"describe {count_text(labels['actor'].nunique(), 'actor')} in "
        f"{count_text(n_articles, 'article')}."
    )
)
show(
    figure_html(
        "results/figures/actor_labels.png",
        "Each outlet's most used labels of the most labelled actors, with their counts; bold: "
        "z ≥ 2 against the other outlets' labels of the same actor (all labels are "
        "in results/tables/actor_labels.csv).",
        "A grid of actors by outlets, each cell listing the outlet's labels of the actor.",
    )
)

# %%
if examples.empty:
    show(paragraph_html("No actor is labelled by two outlets, so no label can be compared."))
else:
    show(
        table_html(
            examples,
            {
                "outlet": "Outlet",
                "actor": "Actor",
                "label": "Label",
                "count": "Uses (n)",
                "z": "z against the other outlets",
                "sentence": "First sentence using it (in full)",
            },
            caption=f"Each outlet's strongest labels and where it first uses them; "
            f"n = {count_text(len(examples), 'label')}.",
            digits={"count": 0, "z": 2},
        )
    )

# %% [markdown]
# ## The words each outlet prefers
#
# Each outlet's lemmas and word pairs are compared with all the other
# outlets' together. The figure shows the ten each outlet over-uses most;
# the table adds the ten it under-uses most.

# %%
scope = "within_stories" if (terms["scope"] == "within_stories").any() else "corpus"
show(
    figure_html(
        "results/figures/distinctive_terms.png",
        "Each outlet's ten most over-used terms against all the others ("
        + ("within the stories it shares with them" if scope == "within_stories" else
           "over the whole corpus: the outlets share no story")
        + "), as z-scores of the log-odds ratio.",
        "Bar panels, one per outlet, each with its ten most over-used terms.",
    )  # fmt: skip
)


def term_list(frame: pd.DataFrame) -> str:
    """``"term (z)"`` for each row, joined by commas."""
    return ", ".join(
        f"{t} ({format_number(float(z), 1)})" for t, z in zip(frame["term"], frame["z"])
    )


rows = []
chosen = terms[terms["scope"] == scope].assign(z_value=lambda f: f["z"].astype(float))
for outlet, frame in chosen.groupby("outlet", sort=True):
    over = frame[frame["z_value"] > 0].sort_values("z_value", ascending=False)
    under = frame[frame["z_value"] < 0].sort_values("z_value")
    rows.append({"outlet": outlet, "over": term_list(over.head(TERMS_PER_ROW)),
                 "under": term_list(under.head(TERMS_PER_ROW))})  # fmt: skip
show(
    table_html(
        pd.DataFrame(rows, columns=["outlet", "over", "under"]),
        {"outlet": "Outlet", "over": "Uses more (z)", "under": "Uses less (z)"},
        caption=f"Distinctive terms per outlet ({scope.replace('_', ' ')}); "
        f"n = {count_text(len(rows), 'outlet')} (all are in results/tables/distinctive_terms.csv).",
    )
)

# %% [markdown]
# ## Stance toward each actor, beside the tone around it
#
# The tone chapter scores the whole sentences that name an actor: "Maduro's
# regime jailed opponents, Guaidó said" is as negative for Guaidó as for
# Maduro. The stance scores only the words the dependency parse ties to the
# actor (its labels and modifiers, the predicate it is subject or object of,
# with any negation) with VADER's lexicon: negative for Maduro ("regime
# jailed opponents"), neutral for Guaidó ("said"). A mention with no scored
# word counts as 0, so stances are smaller than window tones; "scored" says
# how many mentions carry one. Measured against the phrase-level annotations
# of the BASIL corpus (see the README), the stance is right about as often
# as the window where it gives a sign, and gives none for most spans: read it
# beside the window, not instead of it.

# %%
ranked = stance.assign(mentions=stance["mentions"].astype(int))
totals = ranked.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="mergesort")
leading = list(totals.index[:top_actors])
shown = (
    ranked[ranked["actor"].isin(leading)]
    .assign(order=lambda f: f["actor"].map({a: i for i, a in enumerate(leading)}))
    .sort_values(["order", "outlet"])
)
show(
    table_html(
        shown,
        {
            "actor": "Actor",
            "outlet": "Outlet",
            "mentions": "Mentions (n)",
            "scored": "Scored (n)",
            "stance": "Stance (−1 to 1)",
            "ci_low": "95 % CI low",
            "ci_high": "95 % CI high",
            "window_tone": "Sentence tone (−1 to 1)",
            "window_low": "95 % CI low",
            "window_high": "95 % CI high",
        },
        caption=f"Stance and sentence tone of the {len(leading)} most mentioned actors per outlet; "
        f"n = {count_text(int(shown['mentions'].sum()), 'mention')} (all actors are "
        "in results/tables/actor_stance.csv).",
        digits={"mentions": 0, "scored": 0, "stance": 3, "ci_low": 3, "ci_high": 3,
                "window_tone": 3, "window_low": 3, "window_high": 3},  # fmt: skip
    )
)

# %% [markdown]
# ## Attention over time

# %%
undated = attention[attention["period"] == "undated"]
n_undated = int(undated.drop_duplicates("outlet")["outlet_articles"].astype(int).sum())
n_periods = attention.loc[attention["period"] != "undated", "period"].nunique()
show(
    figure_html(
        "results/figures/attention.png",
        f"The share of each outlet's articles naming each of the most named actors, over "
        f"{count_text(n_periods, 'period')}; "
        f"{count_text(n_undated, 'undated article is', 'undated articles are')} counted "
        "in results/tables/attention.csv under 'undated' and cannot be placed in time.",
        "Heat strips, one per actor, a row per outlet and a column per period.",
    )
)
