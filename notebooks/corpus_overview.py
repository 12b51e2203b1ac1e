# %% [markdown]
# # Corpus overview
#
# What the corpus holds: how many articles each outlet contributed, when they
# were published, how long they are, which news agencies they credit, how
# each article's outlet was identified, and which files were left out and why.
# Every number comes from the tables in `results/tables/`.

# %% tags=["parameters"]
min_outlet_articles = 3

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    paragraph_html,
    pooled_total,
    show,
    small_sample_warning,
    table_html,
    warning_html,
)

documents = read_table("results/tables/documents.csv")
by_outlet = read_table("results/tables/corpus_by_outlet.csv")
by_date = read_table("results/tables/articles_by_date.csv")
wire = read_table("results/tables/wire_credits.csv")
skipped = read_table("results/tables/skipped.csv")
outlets = by_outlet[by_outlet["outlet"] != "ALL"]
n_wire = pooled_total(by_outlet, "wire_documents")
n_articles, n_outlets, n_skipped = len(documents), len(outlets), len(skipped)

# %%
show(
    paragraph_html(
        f"{count_text(n_articles, 'article')} from {count_text(n_outlets, 'outlet')} were analysed; "
        f"{count_text(n_skipped, 'file or record was', 'files or records were')} skipped (listed "
        "at the end of this chapter)."
    )
)
if n_articles == 0:
    show(warning_html("No article was kept, so the other chapters have nothing to show."))
show(small_sample_warning(by_outlet, min_outlet_articles))

# %% [markdown]
# ## Articles per outlet
#
# Body words are the words of the cleaned article text, after cookie
# banners, menus, captions, credits and links were removed. "ALL" pools
# every outlet.

# %%
show(
    table_html(
        by_outlet,
        {
            "outlet": "Outlet",
            "documents": "Articles (n)",
            "words": "Body words (total)",
            "mean_words": "Mean words per article",
            "median_words": "Median words per article",
            "min_words": "Shortest (words)",
            "max_words": "Longest (words)",
            "dated_documents": "Articles with a date (n)",
            "first_date": "First date",
            "last_date": "Last date",
        },
        caption=f"Articles and body words per outlet; n = {count_text(n_articles, 'article')}.",
        digits={"documents": 0, "words": 0, "mean_words": 1, "median_words": 1,
                "min_words": 0, "max_words": 0, "dated_documents": 0},  # fmt: skip
    )
)

# %%
n_dated = int(by_date["documents"].astype(int).sum()) if len(by_date) else 0
show(
    figure_html(
        "results/figures/articles_timeline.png",
        f"Articles per outlet and publication date; n = {count_text(n_dated, 'dated article')} "
        f"of {n_articles:,} (the labels count the undated ones).",
        "Timeline: one row per outlet, a dot for each date with articles.",
    )
)
show(
    figure_html(
        "results/figures/words_per_article.png",
        f"Body words per article, one dot per article, bar at the outlet median; "
        f"n = {count_text(n_articles, 'article')}.",
        "Strip plot of article lengths in words, one row per outlet.",
    )
)

# %% [markdown]
# ## Wire agencies credited
#
# An article credits an agency when it carries a wire byline ("By
# Reuters"), a wire dateline ("(Reuters) -"), a closing credit ("(AP, dpa,
# Reuters)") or a source tag. Agencies credited only for a photo are not
# counted.

# %%
show(
    table_html(
        wire,
        {
            "outlet": "Outlet",
            "agency": "Agency",
            "documents": "Articles crediting it (n)",
            "outlet_documents": "Outlet's articles (n)",
            "document_share": "Share of the outlet's articles (%)",
        },
        caption=f"Wire credits per outlet; n = {count_text(n_articles, 'article')}, "
        f"{n_wire:,} of them credit at least one agency.",
        digits={"documents": 0, "outlet_documents": 0, "document_share": 0},
        percent=("document_share",),
    )
)

# %% [markdown]
# ## How each outlet was identified
#
# The outlet of an article is taken from the strongest evidence it carries:
# the user's outlet sheet, metadata (a record's outlet field, front matter),
# the URL's domain, a source tag, the page title, the byline's affiliation,
# an author's e-mail domain or the dateline. That evidence names the outlet
# in its own way ("fox", "FOX", "foxnews.com"); the names given are merged
# into one outlet through the shipped outlet table, the config's
# `outlet_aliases` and, for names in neither, by ignoring case. The last
# column lists every name merged. The counts in brackets are articles.

# %%
show(
    table_html(
        outlets,
        {"outlet": "Outlet", "documents": "Articles (n)", "outlet_sources": "Evidence (articles)",
         "outlet_labels": "Names given (articles)"},
        caption=f"Evidence that identified each outlet, and the names it gave; "
        f"n = {count_text(n_articles, 'article')}.",
        digits={"documents": 0},
    )
)  # fmt: skip

# %% [markdown]
# ## Files and records skipped
#
# Files, and records of JSON, JSONL, CSV and TSV files, that could not be
# used are never dropped silently; each is listed here with where it is and
# the reason (empty, not text, too short, a byte-identical copy, nothing
# left after removing boilerplate, broken JSON, no body, a bad date, ...).

# %%
if skipped.empty:
    show(paragraph_html("Nothing was skipped."))
else:
    show(
        table_html(
            skipped,
            {"source_path": "File", "source_record": "Record", "reason": "Reason"},
            caption=f"Files and records skipped; n = {count_text(n_skipped, 'article')}.",
        )
    )
