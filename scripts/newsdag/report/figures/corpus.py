"""What the corpus holds, as figures (rule ``plot_corpus``).

- ``plot_timeline``: articles per outlet and publication date, one row per
  outlet, the dot area growing with the count; the undated articles of each
  outlet are counted in its label.
- ``plot_words``: body words of every article, one row per outlet, with the
  outlet's median marked.

With more than ``MAX_OUTLETS`` outlets, each figure shows those with most
articles and says so in its title (the tables list them all).
"""

import numpy as np
import pandas as pd

from newsdag.constants import ALL_OUTLETS
from newsdag.report.plotting import empty_figure, plt

JITTER_SEED = 2019
MAX_OUTLETS = 40  # rows per figure; a corpus with more shows those with most articles
MAX_COUNT_LABELS = 150  # timeline points labelled with their count; more would overlap


def shown_outlets(corpus_by_outlet: pd.DataFrame, limit: int = MAX_OUTLETS) -> list[str]:
    """The outlets a figure shows, in name order: all of them, or the
    ``limit`` with most articles (ties by name) when there are more."""
    table = corpus_by_outlet[corpus_by_outlet["outlet"] != ALL_OUTLETS]
    return most_counted(dict(zip(table["outlet"], table["documents"].astype(int))), limit)


def most_counted(counts: dict[str, int], limit: int) -> list[str]:
    """The names of ``counts`` (name -> count) a figure shows, in name order:
    all of them, or the ``limit`` with the highest counts (ties by name)."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return sorted(name for name, _ in ranked[:limit])


def title_with_limit(title: str, shown: list[str], labels: dict) -> str:
    """The title, saying how many outlets are left out when some are."""
    if len(shown) == len(labels):
        return title
    return f"{title}: the {len(shown)} outlets with most articles, of {len(labels):,}"


def outlet_labels(corpus_by_outlet: pd.DataFrame) -> dict[str, str]:
    """Outlet -> axis label with its article count and undated articles."""
    labels = {}
    for row in corpus_by_outlet[corpus_by_outlet["outlet"] != ALL_OUTLETS].itertuples():
        undated = int(row.documents) - int(row.dated_documents)
        extra = f", {undated} undated" if undated else ""
        labels[row.outlet] = f"{row.outlet}\n(n = {row.documents}{extra})"
    return labels


def plot_timeline(by_date: pd.DataFrame, corpus_by_outlet: pd.DataFrame):
    """Dots of articles per outlet and day (``articles_by_date.csv``), each
    labelled with its count up to ``MAX_COUNT_LABELS`` dots, with a size
    legend beyond; a note when no article was kept or none is dated."""
    labels = outlet_labels(corpus_by_outlet)
    if not labels:
        return empty_figure("No articles were kept.")
    outlets = shown_outlets(corpus_by_outlet)
    by_date = by_date[by_date["outlet"].isin(outlets)]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(outlets) + 1.6))
    if by_date.empty:
        ax.text(0.5, 0.5, "No article states a publication date.", ha="center",
                va="center", transform=ax.transAxes)  # fmt: skip
    else:
        dates = pd.to_datetime(by_date["date"])
        counts = by_date["documents"].astype(int)
        rows = by_date["outlet"].map({o: i for i, o in enumerate(outlets)})
        size = lambda n: 20 + 100 * n / counts.max()  # noqa: E731 (marker area, points²)
        ax.scatter(dates, rows, s=size(counts), color="#3b6ea8", alpha=0.8)
        if len(by_date) <= MAX_COUNT_LABELS:
            for date, row, count in zip(dates, rows, counts):
                ax.annotate(str(count), (date, row), xytext=(0, 7), textcoords="offset points",
                            ha="center", fontsize=7)  # fmt: skip
        else:
            for n in sorted({1, int(counts.max())}):
                ax.scatter([], [], s=size(n), color="#3b6ea8", alpha=0.8, label=f"{n:,}")
            ax.legend(title="articles that day", loc="upper left", bbox_to_anchor=(1, 1),
                      fontsize=7, title_fontsize=7)  # fmt: skip
        span = dates.max() - dates.min()
        pad = max(span * 0.05, pd.Timedelta(days=1))
        ax.set_xlim(dates.min() - pad, dates.max() + pad)
        fig.autofmt_xdate()
    ax.set_yticks(range(len(outlets)), [labels[o] for o in outlets], fontsize=8)
    ax.set_ylim(-0.6, len(outlets) - 0.4)
    ax.invert_yaxis()
    labelled = by_date.empty or len(by_date) <= MAX_COUNT_LABELS
    ax.set_xlabel(f"publication date ({'number' if labelled else 'dot area'} = articles that day)")
    ax.set_title(title_with_limit("Articles per outlet and date", outlets, labels))
    fig.tight_layout()
    return fig


def plot_words(documents: pd.DataFrame, corpus_by_outlet: pd.DataFrame):
    """Body words per article (``n_words`` of ``documents.csv``) as dots
    jittered with a fixed seed, one row per outlet, a bar at its median; a
    note when no article was kept."""
    labels = outlet_labels(corpus_by_outlet)
    if documents.empty:
        return empty_figure("No articles were kept.")
    outlets = shown_outlets(corpus_by_outlet)
    rng = np.random.default_rng(JITTER_SEED)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(outlets) + 1.4))
    for row, outlet in enumerate(outlets):
        words = documents.loc[documents["outlet"] == outlet, "n_words"].astype(int).to_numpy()
        jitter = rng.uniform(-0.15, 0.15, len(words)) if len(words) > 1 else np.zeros(1)
        ax.scatter(words, row + jitter, s=14, color="#3b6ea8", alpha=0.6)
        ax.plot([np.median(words)] * 2, [row - 0.3, row + 0.3], color="#b5452b", linewidth=2)
    ax.set_yticks(range(len(outlets)), [labels[o] for o in outlets], fontsize=8)
    ax.set_ylim(-0.6, len(outlets) - 0.4)
    ax.invert_yaxis()
    ax.set_xlim(left=0)
    ax.set_xlabel("body words per article (dot = article, bar = outlet median)")
    ax.set_title(title_with_limit("Article length by outlet", outlets, labels))
    fig.tight_layout()
    return fig
