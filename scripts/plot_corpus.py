"""Rule ``plot_corpus``: what the corpus holds, as figures.

- ``results/figures/articles_timeline.{png,svg}``: articles per outlet and
  publication date, one row per outlet, the dot area growing with the count;
  the undated articles of each outlet are counted in its label.
- ``results/figures/words_per_article.{png,svg}``: body words of every
  article, one row per outlet, with the outlet's median marked.

With more than 40 outlets, each figure shows the 40 with most articles and
says so in its title (the tables list them all).

Run outside Snakemake::

    python scripts/plot_corpus.py results/tables/articles_by_date.csv \\
        results/tables/corpus_by_outlet.csv results/tables/documents.csv --out-dir /tmp/figures
"""

import argparse
import logging
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from count_entities import ALL_OUTLETS
from newsdag_common import configure_logging, read_table
from plotting import empty_figure, plt, save_figure

log = logging.getLogger("plot_corpus")
JITTER_SEED = 2019
MAX_OUTLETS = 40  # rows per figure; a corpus with more shows those with most articles
MAX_COUNT_LABELS = 150  # timeline points labelled with their count; more would overlap


def shown_outlets(corpus_by_outlet: pd.DataFrame, limit: int = MAX_OUTLETS) -> list[str]:
    """The outlets a figure shows, in name order: all of them, or the
    ``limit`` with most articles (ties by name) when there are more."""
    table = corpus_by_outlet[corpus_by_outlet["outlet"] != ALL_OUTLETS]
    ranked = sorted(
        zip(table["outlet"], table["documents"].astype(int)), key=lambda o: (-o[1], o[0])
    )
    return sorted(outlet for outlet, _ in ranked[:limit])


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


def run(by_date_path, by_outlet_path, documents_path, out) -> None:
    corpus_by_outlet = read_table(by_outlet_path)
    save_figure(
        plot_timeline(read_table(by_date_path), corpus_by_outlet),
        [out["timeline_png"], out["timeline_svg"]],
    )
    save_figure(
        plot_words(read_table(documents_path), corpus_by_outlet),
        [out["words_png"], out["words_svg"]],
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("by_date")
    parser.add_argument("by_outlet")
    parser.add_argument("documents")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    files = {
        f"{key}_{ext}": out / f"{name}.{ext}"
        for key, name in (("timeline", "articles_timeline"), ("words", "words_per_article"))
        for ext in ("png", "svg")
    }
    run(args.by_date, args.by_outlet, args.documents, files)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input.by_date, sm.input.by_outlet, sm.input.documents, sm.output)
    else:
        main(sys.argv[1:])
