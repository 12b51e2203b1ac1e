# %% [markdown]
# # Entities: who is named
#
# The people, organisations, places and groups (actors) each outlet names,
# found by spaCy's named-entity recogniser and merged across spellings
# (Guaido, Guaidó and Guiado are one actor; "President Trump" in an article
# that never says "Donald" is Donald Trump). Rates are mentions per 1,000
# words of body text, so long and short articles weigh by their length;
# headline mentions are counted apart. Nationalities and religions
# ("American", "Muslim") are counted in the tables but not ranked as actors
# unless config key `norp_actors` is true; parties are actors.

# %% tags=["parameters"]
min_outlet_articles = 3
top_actors = 15
top_per_outlet = 5
max_variant_rows = 100
norp_actors = False

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    capped_caption,
    count_text,
    figure_html,
    paragraph_html,
    pooled_total,
    show,
    small_sample_warning,
    table_html,
)
from newsdag.stats.entities import ranked_types

corpus = read_table("results/tables/corpus_by_outlet.csv")
by_outlet = read_table("results/tables/entities_by_outlet.csv")
actors = read_table("results/tables/actors.csv")
unresolved = read_table("results/tables/unresolved_names.csv")
n_articles = pooled_total(corpus)
n_mentions = int(actors["mentions"].astype(int).sum()) if len(actors) else 0
show(
    paragraph_html(
        f"{count_text(len(actors), 'actor')} with {count_text(n_mentions, 'mention')} in "
        f"{count_text(n_articles, 'article')}."
    )
)
show(small_sample_warning(corpus, min_outlet_articles))

# %% [markdown]
# ## Most named actors per outlet
#
# Each outlet's most named actors by body mentions (ties by name). The n of
# every rate is the outlet's body words and articles, given in the caption
# of each row's outlet.

# %%
ranked = by_outlet[
    (by_outlet["outlet"] != "ALL") & by_outlet["type"].isin(ranked_types(norp_actors))
].assign(mentions=lambda t: t["body_mentions"].astype(int))
ranked = ranked.sort_values(["outlet", "mentions", "actor"], ascending=[True, False, True])
top = ranked.groupby("outlet", sort=True).head(top_per_outlet)
show(
    table_html(
        top,
        {
            "outlet": "Outlet",
            "actor": "Actor",
            "type": "Type",
            "body_mentions": "Body mentions (n)",
            "mentions_per_1000_words": "Mentions per 1,000 body words",
            "documents": "Articles naming it (n)",
            "outlet_documents": "Outlet's articles (n)",
            "outlet_words": "Outlet's body words (n)",
        },
        caption=f"The {top_per_outlet} most named actors of each outlet; "
        f"n = {count_text(n_articles, 'article')}.",
        digits={"body_mentions": 0, "mentions_per_1000_words": 2, "documents": 0,
                "outlet_documents": 0, "outlet_words": 0},  # fmt: skip
    )
)

# %%
show(
    figure_html(
        "results/figures/top_actors.png",
        f"The {top_actors} most named actors of the corpus, mentions per 1,000 body words, "
        "one panel per outlet on a shared scale; n per panel = the outlet's articles.",
        "Bar charts of actor mention rates, one panel per outlet.",
    )
)
show(
    figure_html(
        "results/figures/actor_outlet_heatmap.png",
        f"Actor × outlet mention rates (mentions per 1,000 body words) for the {top_actors} "
        "most named actors; the number in each cell is the rate.",
        "Heatmap of actor mention rates by outlet.",
    )
)

# %% [markdown]
# ## Spellings merged into each actor
#
# So that a reader can audit the merging: every actor for which more than
# one spelling was found, with all its spellings, and how many of its
# mentions were resolved each way: "alias file", listed in your alias file
# or in the shipped parties and institutions
# (`workflow/resources/actors.yaml`); "spelling", joined by name similarity;
# "article", a surname or first name the same article gives in full;
# "title", a surname whose title ("Mrs.", "President") picks one person;
# "corpus", a surname the corpus gives to one person in its period (two to
# one of the full-name mentions with it, by default).

# %%
merged = actors[actors["variants"].str.contains(";", regex=False)]
merged = merged.assign(n=merged["mentions"].astype(int)).sort_values(
    ["n", "actor"], ascending=[False, True]
)
caption = capped_caption(
    f"Actors with more than one spelling; n = {len(merged):,} of {len(actors):,} actors",
    len(merged),
    max_variant_rows,
    "results/tables/actors.csv",
)
show(
    table_html(
        merged.head(max_variant_rows),
        {
            "actor": "Actor",
            "type": "Type",
            "role": "Role",
            "mentions": "Mentions (n)",
            "documents": "Articles (n)",
            "variants": "Spellings merged",
            "resolved_by": "Resolved by",
        },
        caption=caption,
        digits={"mentions": 0, "documents": 0},
    )
)

# %% [markdown]
# ## Surnames left unresolved
#
# A surname-only mention ("Clinton", "Mr. Bush") whose article never gives
# the full name, and for which neither its title nor a clear majority of the
# corpus picks one person, is not guessed: it stays an actor of its own
# under its surname. These are they, with the people they could be (their
# full-name mentions in brackets). A surname listed as an alias in your alias
# file goes to that person in every article, so list it only where it means
# one person throughout your corpus.

# %%
if unresolved.empty:
    show(paragraph_html("Every surname-only mention was resolved to one person."))
else:
    caption = capped_caption(
        f"Surnames left unresolved; n = {count_text(len(unresolved), 'name')}, "
        f"{count_text(int(unresolved['mentions'].astype(int).sum()), 'mention')}",
        len(unresolved),
        max_variant_rows,
        "results/tables/unresolved_names.csv",
    )
    show(
        table_html(
            unresolved.head(max_variant_rows),
            {
                "name": "Name as written",
                "mentions": "Mentions (n)",
                "documents": "Articles (n)",
                "candidates": "Could be (full-name mentions)",
            },
            caption=caption,
            digits={"mentions": 0, "documents": 0},
        )
    )
