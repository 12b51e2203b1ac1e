"""Stories as figures (rule ``plot_stories``).

- ``plot_story_coverage``: which outlet covered which story, a heatmap of
  outlets × stories (in date order), each cell the outlet's articles on the
  story.
- ``plot_story_timeline``: each story from its first to its last article,
  with a mark where each outlet first covered it.
- ``plot_adjusted_tone``: each outlet's tone against the other outlets',
  pooled over whole corpora and on the stories they share (with its
  interval).

A corpus of hundreds of stories cannot be read in one picture: the story
figures show at most ``limit`` stories (config key ``top_stories``), those
covered by the most outlets, then with the most articles, and say so in
their titles; the tables list them all. Outlets are capped as the corpus
figures cap them (``MAX_OUTLETS``).
"""

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from newsdag.report.blocks import count_text
from newsdag.report.figures.corpus import MAX_OUTLETS, most_counted
from newsdag.report.plotting import empty_figure, plt

LABEL_CHARS = 48  # a story's label is cut to this many characters on an axis
MAX_CELL_NUMBERS = 800  # heatmap cells labelled with their count; more would overlap


def shown_stories(stories: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The rows of ``stories.csv`` a figure shows: at most ``limit``, those
    covered by the most outlets, then with the most articles, then the
    earliest (ties by id); in date order, undated last."""
    table = stories.assign(
        outlets=stories["outlets"].astype(int),
        articles=stories["articles"].astype(int),
        _date=stories["first_date"].replace("", "9999"),
    )
    top = table.sort_values(["outlets", "articles", "_date", "story_id"],
                            ascending=[False, False, True, True]).head(limit)  # fmt: skip
    return top.sort_values(["_date", "story_id"]).drop(columns="_date").reset_index(drop=True)


def story_axis_label(row) -> str:
    """``"2019-05-02 · label"``, cut to ``LABEL_CHARS`` characters."""
    text = f"{row['first_date'] or 'undated'} · {row['label']}"
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def capped_title(title: str, shown: int, total: int) -> str:
    """The title, saying which stories are shown when not all are."""
    if shown == total:
        return f"{title} ({total:,} {'story' if total == 1 else 'stories'})"
    return f"{title}: the {shown} stories covered by most outlets, of {total:,}"


def coverage_outlets(coverage: pd.DataFrame) -> list[str]:
    """The outlets a story figure shows, in name order: all, or the
    ``MAX_OUTLETS`` that covered most stories (ties by name)."""
    covered = coverage[coverage["covered"].astype(str) == "True"].groupby("outlet").size()
    every = covered.reindex(sorted(set(coverage["outlet"])), fill_value=0)
    return most_counted({outlet: int(n) for outlet, n in every.items()}, MAX_OUTLETS)


def plot_story_coverage(coverage: pd.DataFrame, stories: pd.DataFrame, limit: int):
    """Heatmap: a row per outlet (with its stories covered, n), a column per
    shown story (date order), each cell the outlet's articles on it (0 left
    white)."""
    shown = shown_stories(stories, limit)
    if shown.empty:
        return empty_figure("No stories: no article was kept.")
    outlets = coverage_outlets(coverage)
    counts = coverage.assign(articles=coverage["articles"].astype(int)).pivot(
        index="outlet", columns="story_id", values="articles"
    )
    grid = counts.reindex(index=outlets, columns=shown["story_id"]).fillna(0).to_numpy()
    covered = (grid > 0).sum(axis=1)
    width = min(24.0, 5.0 + 0.22 * len(shown))
    height = min(16.0, 2.2 + 0.3 * len(outlets) + 0.06 * LABEL_CHARS)
    fig, ax = plt.subplots(figsize=(width, height))
    masked = np.ma.masked_equal(grid, 0)
    image = ax.imshow(masked, aspect="auto", cmap="Blues", interpolation="nearest",
                      vmin=0, vmax=max(1, grid.max()))  # fmt: skip
    ax.set_facecolor("white")
    ax.set_yticks(range(len(outlets)),
                  [f"{o} ({c} of {len(shown)})" for o, c in zip(outlets, covered)])  # fmt: skip
    ax.set_xticks(range(len(shown)), [story_axis_label(r) for _, r in shown.iterrows()],
                  rotation=90, fontsize=6 if len(shown) > 40 else 7)  # fmt: skip
    if grid.size <= MAX_CELL_NUMBERS:
        for (y, x), value in np.ndenumerate(grid):
            if value:
                ax.text(x, y, f"{int(value)}", ha="center", va="center", fontsize=6,
                        color="white" if value > grid.max() / 2 else "black")  # fmt: skip
    bar = fig.colorbar(image, ax=ax, label="articles", shrink=0.6)
    bar.locator = MaxNLocator(integer=True)  # articles are whole numbers
    bar.update_ticks()
    ax.set_title(capped_title("Which outlet covered which story", len(shown), len(stories)))
    return fig


def plot_story_timeline(coverage: pd.DataFrame, stories: pd.DataFrame, limit: int):
    """A row per shown dated story (date order): a line from its first to
    its last article, a mark per outlet on the date it first covered it
    (the outlets a little apart within the row, so marks on one date do
    not hide each other)."""
    dated = stories[stories["first_date"] != ""]
    shown = shown_stories(dated, limit)
    if shown.empty:
        return empty_figure("No dated story: the timeline needs dates.")
    outlets = coverage_outlets(coverage)
    firsts = coverage[
        coverage["story_id"].isin(set(shown["story_id"]))
        & coverage["outlet"].isin(set(outlets))
        & (coverage["first_date"] != "")
    ]
    height = min(24.0, 2.2 + 0.22 * len(shown))
    fig, ax = plt.subplots(figsize=(10, height))
    row = {story: i for i, story in enumerate(shown["story_id"])}
    starts = pd.to_datetime(shown["first_date"])
    ends = pd.to_datetime(shown["last_date"])
    ax.hlines(range(len(shown)), starts, ends, color="#999999", linewidth=2)
    colours = plt.get_cmap("tab10" if len(outlets) <= 10 else "tab20")
    step = 0.6 / max(1, len(outlets) - 1)  # outlets side by side within a story's row
    for k, outlet in enumerate(outlets):
        mine = firsts[firsts["outlet"] == outlet]
        offset = (k - (len(outlets) - 1) / 2) * step if len(outlets) > 1 else 0.0
        ax.scatter(pd.to_datetime(mine["first_date"]), mine["story_id"].map(row) + offset,
                   s=22, color=colours(k % colours.N), label=outlet, zorder=3)  # fmt: skip
    ax.set_yticks(range(len(shown)), [story_axis_label(r) for _, r in shown.iterrows()],
                  fontsize=6 if len(shown) > 40 else 7)  # fmt: skip
    ax.set_ylim(len(shown) - 0.5, -0.5)  # first story on top, each row its own band
    days = (ends.max() - starts.min()).days
    locator = mdates.DayLocator() if days <= 14 else mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), title="first covered by")
    undated = len(stories) - len(dated)
    note = f"; {undated:,} undated left out" if undated else ""
    ax.set_title(capped_title("When each story ran", len(shown), len(dated)) + note)
    fig.autofmt_xdate()
    return fig


def plot_adjusted_tone(adjusted: pd.DataFrame):
    """Per outlet: its tone minus the other outlets', pooled over whole
    corpora (hollow mark, n = articles) and on shared stories (filled mark
    with its 95 % interval, n = shared stories; no bar without an interval,
    as with one shared story). Cells as ``read_table`` gives them."""
    numbers = ["pooled_difference", "adjusted_difference", "ci_low", "ci_high"]
    table = adjusted.assign(**{c: pd.to_numeric(adjusted[c], errors="coerce") for c in numbers})
    table = table[table["shared_stories"].astype(int) > 0].reset_index(drop=True)
    if len(table) < 2:
        return empty_figure("Fewer than two outlets share a story: nothing to compare.")
    fig, ax = plt.subplots(figsize=(7.5, 1.2 + 0.45 * len(table)))
    y = np.arange(len(table))
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.scatter(table["pooled_difference"], y - 0.15, facecolors="none", edgecolors="#d1495b",
               label="pooled: whole corpora", zorder=3)  # fmt: skip
    # No interval (one shared story): the mark alone.
    errors = [(table["adjusted_difference"] - table["ci_low"]).fillna(0),
              (table["ci_high"] - table["adjusted_difference"]).fillna(0)]  # fmt: skip
    ax.errorbar(table["adjusted_difference"], y + 0.15, xerr=errors, fmt="o", color="#3b6ea8",
                capsize=3, label="story-adjusted: shared stories, 95 % interval")  # fmt: skip
    labels = [
        f"{outlet}\n(n = {count_text(articles, 'article')}; "
        f"{count_text(stories, 'shared story', 'shared stories')})"
        for outlet, articles, stories in zip(table["outlet"], table["articles"],
                                             table["shared_stories"])
    ]  # fmt: skip
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel("tone minus the other outlets' (mean VADER compound of body sentences)")
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.25 - 0.3 / len(table)), ncol=2)
    ax.set_title("Tone against the other outlets: pooled and on the same stories")
    return fig
