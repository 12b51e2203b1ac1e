"""Word choice as figures (rule ``plot_word_choice``).

- ``plot_actor_labels``: for the most labelled actors, each outlet's most
  used labels side by side, a cell per actor and outlet; a label the outlet
  uses clearly more than the others (z >= ``STRONG_Z``) is in bold.
- ``plot_distinctive_terms``: a small panel per outlet with its
  ``TERMS_SHOWN`` most over-used terms (the highest z) as bars, within the
  stories it shares when it shares any, else over the corpus.
- ``plot_attention``: a heat strip per top actor, a row per outlet, a
  column per period: the share of the outlet's articles naming the actor.

Outlets are capped as the other figures cap them (``MAX_OUTLETS``, those
with most labels, terms or articles), and each figure's title says what it
leaves out; the tables list everything.
"""

import math

import numpy as np
import pandas as pd

from newsdag.report.figures.corpus import MAX_OUTLETS, most_counted
from newsdag.report.plotting import empty_figure, plt

STRONG_Z = 2.0
LABEL_ACTORS = 6  # actors (rows) of the labels figure
LABEL_OUTLETS = 8  # outlets (columns) of the labels figure
LABELS_PER_CELL = 3
SMALL_CELL = 10
TERMS_SHOWN = 10
PANEL_COLUMNS = 4
LABEL_CHARS = 34


def cut(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def label_cells(labels: pd.DataFrame, actors: list[str], outlets: list[str]) -> dict:
    """``{(actor, outlet): [(label, count, z), ...]}``: each cell's
    ``LABELS_PER_CELL`` most used labels (ties by z, then label). A label
    used once is shown only in a cell of fewer than ``SMALL_CELL`` labels:
    among many, a single use is more often a misparse than a choice."""
    table = labels.assign(count=labels["count"].astype(int),
                          z=pd.to_numeric(labels["z"], errors="coerce"))  # fmt: skip
    table = table[table["actor"].isin(actors) & table["outlet"].isin(outlets)]
    in_cell = table.groupby(["actor", "outlet"])["count"].transform("sum")
    table = table[(table["count"] >= 2) | (in_cell < SMALL_CELL)]
    table = table.sort_values(["count", "z", "label"], ascending=[False, False, True],
                              na_position="last")  # fmt: skip
    cells = {}
    for (actor, outlet), frame in table.groupby(["actor", "outlet"], sort=False):
        rows = frame.head(LABELS_PER_CELL)
        cells[(actor, outlet)] = list(zip(rows["label"], rows["count"], rows["z"]))
    return cells


def plot_actor_labels(labels: pd.DataFrame):
    """A grid of the ``LABEL_ACTORS`` most labelled actors (rows) by the
    ``LABEL_OUTLETS`` outlets that label them most (columns): in each cell
    the outlet's most used labels of the actor with their counts."""
    if labels.empty:
        return empty_figure("No labels: no actor is described by a title or role.")
    counts = labels.assign(count=labels["count"].astype(int))
    by_actor = counts.groupby("actor")["count"].sum()
    actors = sorted(most_counted(by_actor.to_dict(), LABEL_ACTORS),
                    key=lambda a: (-by_actor[a], a))  # fmt: skip
    by_outlet = counts[counts["actor"].isin(actors)].groupby("outlet")["count"].sum()
    outlets = most_counted(by_outlet.to_dict(), LABEL_OUTLETS)
    cells = label_cells(labels, actors, outlets)
    width, height = 1.0 + 2.3 * len(outlets), 0.6 + 0.95 * len(actors)
    fig, ax = plt.subplots(figsize=(max(6.0, width), max(2.5, height)))
    ax.set_xlim(0, len(outlets))
    ax.set_ylim(len(actors), 0)
    for row, actor in enumerate(actors):
        for column, outlet in enumerate(outlets):
            found = cells.get((actor, outlet), [])
            if not found:
                ax.text(column + 0.05, row + 0.2, "—", va="top", color="0.6")
            for k, (label, count, z) in enumerate(found):
                strong = not math.isnan(z) and z >= STRONG_Z
                ax.text(column + 0.05, row + 0.15 + 0.25 * k, f"{cut(label)} ({count})",
                        va="top", fontsize=8, fontweight="bold" if strong else "normal")  # fmt: skip
        ax.axhline(row, color="0.85", linewidth=0.6)
    ax.set_xticks(np.arange(len(outlets)) + 0.5, [cut(o, 24) for o in outlets])
    ax.xaxis.tick_top()
    ax.set_yticks(np.arange(len(actors)) + 0.5, [cut(a, 24) for a in actors])
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    left_out = labels["outlet"].nunique() - len(outlets)
    extra = f"; {left_out} outlets with fewer labels not shown" if left_out > 0 else ""
    ax.set_title(f"What each outlet calls the {len(actors)} most labelled actors: its most used "
                 f"labels (n mentions; bold: z ≥ {STRONG_Z:g} against the other outlets){extra}",
                 fontsize=9, loc="left", pad=24)  # fmt: skip
    fig.tight_layout()
    return fig


def terms_scope(terms: pd.DataFrame) -> str:
    """``within_stories`` when the table has it (so story choice does not
    pass for word choice), else ``corpus``."""
    return "within_stories" if (terms["scope"] == "within_stories").any() else "corpus"


def plot_distinctive_terms(terms: pd.DataFrame):
    """A bar panel per outlet (name order, at most ``MAX_OUTLETS``, those
    with most counted terms) with its ``TERMS_SHOWN`` terms of highest
    positive z, longest bar on top."""
    if terms.empty:
        return empty_figure("No distinctive terms: fewer than two outlets to compare.")
    scope = terms_scope(terms)
    table = terms[terms["scope"] == scope].assign(
        z=lambda f: f["z"].astype(float), count=lambda f: f["count"].astype(int)
    )
    table = table[table["z"] > 0]
    outlets = most_counted(table.groupby("outlet")["count"].sum().to_dict(), MAX_OUTLETS)
    if not outlets:
        return empty_figure("No term is used more by one outlet than by the rest.")
    columns = min(PANEL_COLUMNS, len(outlets))
    rows = math.ceil(len(outlets) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(3.4 * columns, 0.4 + 2.6 * rows),
                             squeeze=False)  # fmt: skip
    top = table["z"].max()
    for ax, outlet in zip(axes.flat, outlets):
        mine = table[table["outlet"] == outlet].sort_values(["z", "term"], ascending=[False, True])
        mine = mine.head(TERMS_SHOWN).iloc[::-1]
        ax.barh(np.arange(len(mine)), mine["z"], color="C0")
        ax.set_yticks(np.arange(len(mine)), [cut(t, 22) for t in mine["term"]], fontsize=8)
        ax.set_xlim(0, top * 1.05)
        ax.set_title(cut(outlet, 30), fontsize=9, loc="left")
        ax.tick_params(axis="x", labelsize=7)
    for ax in axes.flat[len(outlets) :]:
        ax.axis("off")
    where = "within the stories it shares with others" if scope == "within_stories" else (
        "over the whole corpus")  # fmt: skip
    left_out = terms["outlet"].nunique() - len(outlets)
    extra = f"; {left_out} outlets not shown" if left_out > 0 else ""
    fig.suptitle(f"The terms each outlet uses most against all the others, {where} "
                 f"(z of the log-odds ratio){extra}", fontsize=10, x=0.01, ha="left")  # fmt: skip
    fig.tight_layout()
    return fig


def period_kind(label: str) -> str:
    """``"week"``, ``"month"`` or ``"day"``: the period an attention.csv
    label names (``2019-W13``, ``2019-03``, ``2019-03-29``)."""
    return "week" if "-W" in label else "month" if len(label) == 7 else "day"


def plot_attention(attention: pd.DataFrame):
    """A heat strip per actor (most named first): a row per outlet (at most
    ``MAX_OUTLETS``, those with most articles), a column per period with
    articles (time order), each cell the share of the outlet's articles in
    the period that name the actor; grey where the outlet published nothing.
    Shares, not counts, so a large outlet does not pass for an attentive
    one; a strip, not lines, so a corpus with an article a month still
    reads. Undated articles are counted in the title."""
    dated = attention[attention["period"] != "undated"]
    undated = attention[attention["period"] == "undated"]
    n_undated = int(undated.drop_duplicates("outlet")["outlet_articles"].astype(int).sum())
    if dated.empty:
        return empty_figure(f"No dated articles ({n_undated} undated).")
    table = dated.assign(articles=dated["articles"].astype(int),
                         outlet_articles=dated["outlet_articles"].astype(int))  # fmt: skip
    table["share"] = table["articles"] / table["outlet_articles"]
    ranked = table.groupby("actor")["articles"].sum()
    actors = sorted(ranked.index, key=lambda a: (-ranked[a], a))
    sizes = table.drop_duplicates(["period", "outlet"]).groupby("outlet")["outlet_articles"].sum()
    outlets = most_counted(sizes.to_dict(), MAX_OUTLETS)
    periods = table.drop_duplicates("period").sort_values("start")["period"].tolist()
    height = 0.5 + len(actors) * (0.55 + 0.22 * len(outlets))
    fig, axes = plt.subplots(len(actors), 1, figsize=(min(16.0, 7.0 + 0.1 * len(periods)),
                             max(2.5, height)), squeeze=False, sharex=True)  # fmt: skip
    fig.subplots_adjust(left=0.2, right=0.86, top=1 - 0.6 / height, bottom=0.9 / height,
                        hspace=0.45 + 0.6 / len(outlets))  # fmt: skip
    colours = plt.get_cmap("Blues").with_extremes(bad="0.78")
    for ax, actor in zip(axes[:, 0], actors):
        grid = table[table["actor"] == actor].pivot(
            index="outlet", columns="period", values="share"
        )
        grid = grid.reindex(index=outlets, columns=periods).to_numpy(dtype=float)
        image = ax.imshow(np.ma.masked_invalid(grid), aspect="auto", cmap=colours, vmin=0, vmax=1,
                          interpolation="nearest")  # fmt: skip
        ax.set_yticks(np.arange(len(outlets)), [cut(o, 24) for o in outlets], fontsize=7)
        ax.set_title(f"{cut(actor, 40)} ({ranked[actor]:,} articles)", fontsize=9, loc="left")
    step = max(1, math.ceil(len(periods) / 24))
    axes[-1, 0].set_xticks(np.arange(0, len(periods), step), periods[::step], rotation=90,
                           fontsize=7)  # fmt: skip
    bar = fig.colorbar(image, cax=fig.add_axes([0.89, 0.3, 0.015, 0.4]))
    bar.set_label("share of the outlet's articles naming the actor", fontsize=8)
    parts = [f"Attention to the {len(actors)} most named actors, by "
             f"{period_kind(periods[0])} (grey: no article from the outlet)"]  # fmt: skip
    if len(outlets) < table["outlet"].nunique():
        parts.append(f"the {len(outlets)} outlets with most articles")
    if n_undated:
        parts.append(f"{n_undated} undated articles not shown")
    fig.suptitle("; ".join(parts), fontsize=10, x=0.01, ha="left")
    return fig
