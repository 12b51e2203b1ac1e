# %% [markdown]
# # Voices and reuse: who is quoted, and who copied whom
#
# **Quotes.** A quotation is the text between quotation marks in an
# article's body. Its speaker is the subject of the nearest reporting verb
# ("said", "told", "warned", …), resolved to the same actors as the entity
# tables; "he", "it", "the minister" and "the ministry" are resolved by
# rules (see `scripts/newsdag/nlp/quotes/`). Quotes whose speaker cannot be
# told are kept as *unknown*. How often it is right, measured against
# hand-annotated articles, is in the README ("Who is quoted").
#
# **Reuse.** Two articles share a passage when at least `reuse_min_words`
# words in a row are the same in both (case and accents aside): the same
# quote carried by two outlets, wire copy republished, one article's
# paragraphs inside another's. Articles are compared only when two of their
# sentences, or clauses within them, look alike (MinHash), never all
# against all. Each article keeps its `reuse_max_partners` closest
# candidates, those sharing the most sentences word for word, and a pair is
# compared when either article keeps the other.

# %% tags=["parameters"]
min_outlet_articles = 3
top_actors = 15
reuse_min_words = 8
reuse_max_partners = 20
quotes_per_speaker = 5

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    format_number,
    heading_html,
    paragraph_html,
    quote_html,
    show,
    small_sample_warning,
    table_html,
)

corpus = read_table("results/tables/corpus_by_outlet.csv")
documents = read_table("results/tables/documents.csv")
quotes = read_table("results/tables/quotes.csv")
by_outlet = read_table("results/tables/quotes_by_outlet.csv")
pairs = read_table("results/tables/reuse_pairs.csv")
passages = read_table("results/tables/shared_passages.csv")
show(small_sample_warning(corpus, min_outlet_articles))
titles = dict(zip(documents["doc_id"], documents["title"]))

# %% [markdown]
# ## Who gets to talk

# %%
n_quotes, n_known = len(quotes), int((quotes["speaker"] != "unknown").sum())
show(
    figure_html(
        "results/figures/speakers_by_outlet.png",
        f"Each outlet's quoted words by speaker; n = {count_text(n_quotes, 'quotation')} in "
        f"{count_text(quotes['doc_id'].nunique(), 'article')}, {n_known} with a known speaker.",
        "Stacked bars: share of each outlet's quoted words per speaker.",
    )
)
ranked = by_outlet.assign(w=by_outlet["words"].astype(int)).sort_values(
    ["outlet", "w", "speaker"], ascending=[True, False, True], kind="mergesort"
)
show(
    table_html(
        ranked,
        {
            "outlet": "Outlet",
            "speaker": "Speaker",
            "quotes": "Quotations",
            "words": "Words quoted",
            "share_of_words": "Share of the outlet's quoted words (%)",
        },
        f"Speakers per outlet, most quoted words first; n = {count_text(n_quotes, 'quotation')}.",
        digits={"quotes": 0, "words": 0, "share_of_words": 1},
        percent=("share_of_words",),
    )
)

# %% [markdown]
# ## Quote wall
#
# The speakers with most quoted words, each with their longest quotations
# and the outlet that carried them.

# %%
known = quotes[quotes["speaker"] != "unknown"].assign(w=lambda t: t["words"].astype(int))
speaker_words = known.groupby("speaker")["w"].sum()
speakers = sorted(speaker_words.index, key=lambda s: (-speaker_words[s], s))[:top_actors]
if not speakers:
    show(paragraph_html("No quotation has a known speaker."))
for speaker in speakers:
    own = known[known["speaker"] == speaker].sort_values(
        ["w", "doc_id", "quote_id"], ascending=[False, True, True], kind="mergesort"
    )
    show(
        heading_html(
            f"{speaker}: {count_text(len(own), 'quotation')}, {int(own['w'].sum())} words, "
            f"in {count_text(own['outlet'].nunique(), 'outlet')}"
        )
    )
    for row in own.head(quotes_per_speaker).itertuples():
        verb = f", {row.verb}" if row.verb else ""
        show(quote_html(row.quote, f"{row.outlet}, “{titles.get(row.doc_id, '')}”{verb}"))

# %% [markdown]
# ## Who copied whom

# %%
show(
    figure_html(
        "results/figures/reuse_matrix.png",
        f"Share of each article's characters found word for word in another; "
        f"n = {count_text(len(pairs), 'pair')} of articles sharing passages of "
        f"{reuse_min_words} or more words.",
        "Heat map of the share of text each pair of articles shares.",
    )
)
if pairs.empty:
    show(paragraph_html(f"No two articles share {reuse_min_words} or more words in a row."))
show(
    paragraph_html(
        f"Each article is compared word for word with its {reuse_max_partners} closest "
        "candidates (config key reuse_max_partners) and with the articles that keep it "
        "among theirs. The log of find_reuse (logs/find_reuse.log) says how many articles "
        "had more candidates than that; their weakest pairs may be missing."
    )
)
for row in pairs.assign(n=pairs["shared_words"].astype(int)).sort_values(
    ["n", "doc_a", "doc_b"], ascending=[False, True, True], kind="mergesort"
).head(20).itertuples():
    show(
        heading_html(
            f"{row.outlet_a}, “{titles.get(row.doc_a, row.doc_a)}” and {row.outlet_b}, "
            f"“{titles.get(row.doc_b, row.doc_b)}”: {count_text(int(row.passages), 'passage')}, "
            f"{row.shared_words} words ({format_number(float(row.share_a) * 100, 0)} % and "
            f"{format_number(float(row.share_b) * 100, 0)} % of their text)"
        )
    )
    shared = passages[(passages["doc_a"] == row.doc_a) & (passages["doc_b"] == row.doc_b)]
    for passage in shared.itertuples():
        show(quote_html(passage.passage, f"{passage.words} words"))
