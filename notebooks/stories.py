# %% [markdown]
# # Stories: who covered what, and how each covered the same story
#
# A story is the set of articles, across outlets, that report one event:
# articles whose words, headlines and named actors are alike and whose dates
# are a few days apart at most (config `story_window_days`,
# `story_similarity`). Comparing outlets story by story separates two
# things a pooled comparison mixes: which stories an outlet chose to cover,
# and how it covered the stories it shares with others. Every number comes
# from the tables in `results/tables/` (`story_*.csv`, `stories.csv`,
# `blindspots.csv`).

# %% tags=["parameters"]
top_stories = 40
story_panels = 5
wire_copy_share = 0.5

# %%
from newsdag.io import read_table
from newsdag.report.blocks import (
    count_text,
    figure_html,
    format_number,
    heading_html,
    paragraph_html,
    show,
    table_html,
    warning_html,
)

documents = read_table("results/tables/documents.csv")
stories = read_table("results/tables/stories.csv")
articles = read_table("results/tables/story_articles.csv")
per_outlet = read_table("results/tables/story_coverage_by_outlet.csv")
missed = read_table("results/tables/blindspots.csv")
comparison = read_table("results/tables/story_comparison.csv")
adjusted_tone = read_table("results/tables/story_adjusted_tone.csv")
adjusted_actors = read_table("results/tables/story_adjusted_actors.csv")
MAX_BLINDSPOT_ROWS = 50
MAX_ACTOR_ROWS = 60

n_outlets = stories["outlets"].astype(int)
n_dated = int(stories["first_date"].ne("").sum())
shared = stories[n_outlets >= 2]
n_wire = int(articles["wire_copy"].eq("True").sum())
show(
    paragraph_html(
        f"{count_text(len(articles), 'article')} form "
        f"{count_text(len(stories), 'story', 'stories')}; "
        f"{count_text(len(shared), 'story was', 'stories were')} covered by two outlets or more, "
        f"{count_text(int((n_outlets == 1).sum()), 'story', 'stories')} by one outlet only. "
        f"{count_text(n_wire, 'article is', 'articles are')} wire copy: it credits a news agency "
        f"other than its own outlet and shares at least {wire_copy_share:.0%} of its body word "
        "for word with another outlet's article in the story."
    )
)
if len(stories) and len(shared) == 0:
    show(
        warning_html(
            "No story was covered by two outlets, so outlets cannot be compared on the same "
            "story: the pooled chapters that follow compare different stories."
        )
    )

# %% [markdown]
# ## Which outlet covered which story

# %%
show(
    table_html(
        per_outlet,
        {
            "outlet": "Outlet",
            "articles": "Articles (n)",
            "stories": "Stories covered (n)",
            "shared_stories": "…of them shared with another outlet (n)",
            "median_lag_days": "Median days behind the story's first article",
            "blindspots": "Blind spots (n)",
        },
        caption=f"Coverage per outlet; n = {count_text(len(stories), 'story', 'stories')}, "
        f"{count_text(len(shared), 'shared story', 'shared stories')}.",
        digits={"articles": 0, "stories": 0, "shared_stories": 0, "median_lag_days": 1,
                "blindspots": 0},  # fmt: skip
    )
)

# %%
show(
    figure_html(
        "results/figures/story_coverage.png",
        f"Articles per outlet and story, stories in date order; n = "
        f"{count_text(len(stories), 'story', 'stories')} (a large corpus shows the "
        f"{top_stories} covered by most outlets; all are in results/tables/story_coverage.csv).",
        "Heatmap: a row per outlet, a column per story, shaded by the outlet's articles on it.",
    )
)
show(
    figure_html(
        "results/figures/story_timeline.png",
        "Each dated story's first to last article, with each outlet's first article marked; "
        f"n = {count_text(n_dated, 'dated story', 'dated stories')} (a large corpus shows the "
        f"{top_stories} covered by most outlets, as the title says).",
        "Timeline: a row per story, a line from its first to its last date, a dot per outlet.",
    )
)

# %% [markdown]
# ## Blind spots
#
# A blind spot is a story that most outlets covered (config
# `blindspot_share`, and at least two) and one outlet did not. With fewer
# than three outlets there are none: two outlets cannot leave a third out.

# %%
if missed.empty:
    show(paragraph_html("No outlet missed a story that most of the others covered."))
else:
    caption = f"Blind spots; n = {count_text(len(missed), 'story missed', 'stories missed')}"
    if len(missed) > MAX_BLINDSPOT_ROWS:
        caption += (
            f" (the first {MAX_BLINDSPOT_ROWS} by date; all are in results/tables/blindspots.csv)"
        )
    show(
        table_html(
            missed.head(MAX_BLINDSPOT_ROWS),
            {
                "outlet": "Outlet that missed it",
                "first_date": "First date",
                "label": "Story (its most named actors and words)",
                "outlets_covering": "Outlets covering it (n)",
                "outlets_total": "Outlets in the corpus (n)",
            },
            caption=caption + ".",
            digits={"outlets_covering": 0, "outlets_total": 0},
        )
    )

# %% [markdown]
# ## Pooled and story-adjusted comparison
#
# The tone and entity chapters compare each outlet's whole corpus with the
# others'. That pooled number mixes two things: what an outlet covered
# (which stories, and how much it wrote on each) and how it wrote about
# them. An outlet that wrote more on crime or scandal looks more negative
# even if it wrote every story exactly as the others did. The
# story-adjusted number keeps only the second: on each story the outlet
# shares with others, its mean tone minus the mean of the other covering
# outlets' (each once), averaged over its shared stories with each story
# weighted by the outlet's own sentences there, as its pooled mean weighs
# them. So the others are compared on the outlet's own mix of stories, and
# the gap between the two numbers is what its mix of stories does. The
# 95 % interval resamples the shared stories (none with fewer than two);
# with few of them it is wide: read it before the point.

# %%
show(
    figure_html(
        "results/figures/story_adjusted_tone.png",
        "Tone minus the other outlets': pooled (whole corpora) and story-adjusted (shared "
        "stories, 95 % interval); n in the labels.",
        "Dot plot: per outlet, a hollow dot for the pooled difference and a filled dot with "
        "an interval for the story-adjusted difference.",
    )
)
show(
    table_html(
        adjusted_tone,
        {
            "outlet": "Outlet",
            "articles": "Articles (n)",
            "sentences": "Body sentences (n)",
            "pooled_mean": "Mean tone, pooled (−1 to 1)",
            "pooled_difference": "Pooled: minus other outlets",
            "shared_stories": "Shared stories (n)",
            "shared_articles": "Articles in them (n)",
            "adjusted_difference": "Story-adjusted: minus other outlets",
            "ci_low": "95 % CI low",
            "ci_high": "95 % CI high",
        },
        caption="Tone per outlet, pooled and on shared stories (mean VADER compound of body "
        f"sentences); n = {count_text(len(adjusted_tone), 'outlet')}.",
        digits={"articles": 0, "sentences": 0, "pooled_mean": 3, "pooled_difference": 3,
                "shared_stories": 0, "shared_articles": 0, "adjusted_difference": 3,
                "ci_low": 3, "ci_high": 3},  # fmt: skip
    )
)

# %%
n_table_outlets = max(1, adjusted_actors["outlet"].nunique())
actor_names = list(dict.fromkeys(adjusted_actors["actor"]))  # most named first
shown_names = actor_names[: max(1, MAX_ACTOR_ROWS // n_table_outlets)]
actors_shown = adjusted_actors[adjusted_actors["actor"].isin(shown_names)]
caption = (
    "Body mentions per 1,000 body words of the actors the corpus names most, pooled and on "
    f"shared stories; n = {count_text(len(actor_names), 'actor')}"
)
if len(shown_names) < len(actor_names):
    caption += (
        f" (the {len(shown_names)} most named; all are in results/tables/story_adjusted_actors.csv)"
    )
show(
    table_html(
        actors_shown,
        {
            "outlet": "Outlet",
            "actor": "Actor",
            "mentions": "Mentions (n)",
            "per_1000_words": "Per 1,000 words",
            "pooled_difference": "Pooled: minus other outlets",
            "shared_stories": "Shared stories (n)",
            "adjusted_difference": "Story-adjusted: minus other outlets",
            "ci_low": "95 % CI low",
            "ci_high": "95 % CI high",
        },
        caption=caption + ".",
        digits={"mentions": 0, "per_1000_words": 2, "pooled_difference": 2, "shared_stories": 0,
                "adjusted_difference": 2, "ci_low": 2, "ci_high": 2},  # fmt: skip
    )
)

# %% [markdown]
# ## The largest shared stories, outlet by outlet
#
# For the stories covered by the most outlets (then with the most articles;
# config `story_panels`): each outlet's headlines, its tone with a 95 %
# interval (n = body sentences), its reading grade (Flesch–Kincaid), the
# actors it names most (mentions) and the speakers it quotes at most length
# (share of its quoted words). Original reporting and wire copy are in
# separate rows.

# %%
ranked = shared.assign(
    n_outlets=shared["outlets"].astype(int),
    n_articles=shared["articles"].astype(int),
    date=shared["first_date"].replace("", "9999"),
).sort_values(["n_outlets", "n_articles", "date", "story_id"], ascending=[False, False, True, True])
titles = dict(zip(documents["doc_id"], documents["title"]))
headlines = (
    articles.assign(
        title=articles["doc_id"].map(titles).fillna(""),
        reporting=articles["wire_copy"].map({"True": "wire", "False": "original"}),
    )
    .groupby(["story_id", "outlet", "reporting"])["title"]
    .agg(lambda ts: " | ".join(t or "(no headline)" for t in ts))
)
panel_rows = comparison.assign(
    headlines=[headlines.get(k, "") for k in zip(comparison["story_id"], comparison["outlet"],
                                                  comparison["reporting"])],  # fmt: skip
    tone=[
        (f"{format_number(m, 3)} [{format_number(lo, 3)}, {format_number(hi, 3)}] (n = {n})"
         if n else "no body sentence")
        for m, lo, hi, n in zip(comparison["mean_compound"], comparison["ci_low"],
                                comparison["ci_high"], comparison["sentences"])  # fmt: skip
    ],
)
if shared.empty:
    show(paragraph_html("No story was covered by two outlets or more."))
elif story_panels == 0:
    show(paragraph_html("No panels (config story_panels is 0): every shared story is compared "
                        "in results/tables/story_comparison.csv."))  # fmt: skip
for _, story in ranked.head(story_panels).iterrows():
    rows = panel_rows[panel_rows["story_id"] == story["story_id"]]
    span = story["first_date"] or "undated"
    if story["last_date"] and story["last_date"] != story["first_date"]:
        span += f" to {story['last_date']}"
    show(heading_html(f"{story['label']} ({span})"))
    show(
        table_html(
            rows,
            {
                "outlet": "Outlet",
                "reporting": "Reporting",
                "articles": "Articles (n)",
                "headlines": "Headlines",
                "tone": "Tone, mean [95 % CI] (n sentences)",
                "reading_grade": "Reading grade",
                "top_actors": "Named most (mentions)",
                "top_speakers": "Quoted most (share of quoted words)",
                "quoted_words": "Quoted words (n)",
            },
            caption=f"Story {story['story_id']}; "
            f"n = {count_text(int(story['articles']), 'article')} "
            f"from {count_text(int(story['outlets']), 'outlet')}, "
            f"{count_text(int(story['wire_articles']), 'wire copy', 'wire copies')}.",
            digits={"articles": 0, "reading_grade": 1, "quoted_words": 0},
        )
    )
if len(shared) > story_panels > 0:
    others = len(shared) - story_panels
    show(
        paragraph_html(
            f"{count_text(others, 'other shared story is', 'other shared stories are')} compared "
            "the same way in results/tables/story_comparison.csv."
        )
    )
