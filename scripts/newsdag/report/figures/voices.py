"""Who gets to talk, and which articles share text, as figures (rule
``plot_voices``).

- ``plot_speakers``: one bar per outlet, split into the share of the outlet's
  quoted words each speaker has (the ``n_speakers`` speakers with most quoted
  words in the corpus; the rest as "other speakers", unattributed quotes as
  "unknown"), with the outlet's quotes and quoted words.
- ``plot_reuse``: the articles that share passages (at most
  ``MAX_ARTICLES``: those sharing most words), each cell the share of the row
  article's characters found in the column article.
"""

import numpy as np

from newsdag.report.plotting import empty_figure, plt

MAX_ARTICLES = 30
OTHER, UNKNOWN = "other speakers", "unknown"


def top_speakers(by_outlet, n: int) -> list[str]:
    """The ``n`` attributed speakers with most quoted words in the corpus
    (ties by name)."""
    known = by_outlet[by_outlet["speaker"] != UNKNOWN]
    words = known.assign(w=known["words"].astype(int)).groupby("speaker")["w"].sum()
    ranked = sorted(words.items(), key=lambda item: (-item[1], item[0]))
    return [speaker for speaker, _ in ranked[:n]]


def speaker_shares(by_outlet, speakers: list[str]):
    """Outlet -> ordered ``(speaker, share of quoted words)``, with
    ``OTHER`` and ``UNKNOWN`` last; and outlet -> ``(quotes, words)``."""
    shares, totals = {}, {}
    for outlet, rows in sorted(by_outlet.groupby("outlet")):
        words = dict(zip(rows["speaker"], rows["words"].astype(int)))
        total = sum(words.values())
        totals[outlet] = (int(rows["quotes"].astype(int).sum()), total)
        other = sum(w for s, w in words.items() if s not in speakers and s != UNKNOWN)
        parts = [(s, words.get(s, 0)) for s in speakers] + [(OTHER, other)]
        parts.append((UNKNOWN, words.get(UNKNOWN, 0)))
        shares[outlet] = [(s, w / total if total else 0.0) for s, w in parts]
    return shares, totals


def plot_speakers(by_outlet, n_speakers: int):
    """Stacked bars of ``speaker_shares`` for the rows of
    ``quotes_by_outlet.csv``, a colour per top speaker; a note when no
    quotation was found."""
    if by_outlet.empty:
        return empty_figure("No quotations were found.")
    speakers = top_speakers(by_outlet, n_speakers)
    shares, totals = speaker_shares(by_outlet, speakers)
    outlets = list(shares)
    labels = speakers + [OTHER, UNKNOWN]
    colours = dict(zip(speakers, plt.get_cmap("tab20").colors))
    colours.update({OTHER: "#bbbbbb", UNKNOWN: "#eeeeee"})
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.45 * len(outlets)))
    for y, outlet in enumerate(outlets):
        left = 0.0
        for speaker, share in shares[outlet]:
            if share > 0:
                ax.barh(y, share, left=left, color=colours[speaker], edgecolor="white")
                left += share
    ax.set_yticks(range(len(outlets)),
                  [f"{o}\n({totals[o][0]} quotes, {totals[o][1]} words)" for o in outlets],
                  fontsize=8)  # fmt: skip
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("Share of the outlet's quoted words")
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[s]) for s in labels]
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7,
              frameon=False)  # fmt: skip
    ax.set_title("Who is quoted: quoted words by speaker, per outlet")
    fig.tight_layout()
    return fig


def reuse_grid(pairs, documents, max_articles: int = MAX_ARTICLES):
    """``(labels, grid)``: the articles sharing most words (at most
    ``max_articles``, ordered by outlet then id) and the share (0-1) of the
    row article's characters found in the column article."""
    words = {}
    for a, b, n in zip(pairs["doc_a"], pairs["doc_b"], pairs["shared_words"].astype(int)):
        words[a] = words.get(a, 0) + n
        words[b] = words.get(b, 0) + n
    chosen = sorted(words, key=lambda d: (-words[d], d))[:max_articles]
    outlet = dict(zip(documents["doc_id"], documents["outlet"]))
    chosen.sort(key=lambda d: (outlet.get(d, ""), d))
    index = {d: i for i, d in enumerate(chosen)}
    grid = np.full((len(chosen), len(chosen)), np.nan)
    for a, b, share_a, share_b in zip(pairs["doc_a"], pairs["doc_b"],
                                      pairs["share_a"].astype(float),
                                      pairs["share_b"].astype(float)):  # fmt: skip
        if a in index and b in index:
            grid[index[a], index[b]] = share_a
            grid[index[b], index[a]] = share_b
    labels = [f"{outlet.get(d, '')}: {d}" for d in chosen]
    return labels, grid


def plot_reuse(pairs, documents):
    """The ``reuse_grid`` of ``reuse_pairs.csv`` as a heatmap (0-1), with
    percentages written in when it has 12 articles or fewer; a note when no
    two articles share a passage."""
    if pairs.empty:
        return empty_figure("No two articles share a passage.")
    labels, grid = reuse_grid(pairs, documents)
    size = 3 + 0.35 * len(labels)
    fig, ax = plt.subplots(figsize=(size + 2, size))
    image = ax.imshow(grid, cmap="Oranges", vmin=0, vmax=1)
    ax.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
    ax.set_yticks(range(len(labels)), labels, fontsize=7)
    for (row, column), value in np.ndenumerate(grid):
        if not np.isnan(value) and len(labels) <= 12:
            ax.text(column, row, f"{value:.0%}", ha="center", va="center", fontsize=7)
    fig.colorbar(image, ax=ax, label="Share of the row article's text", shrink=0.8)
    ax.set_title("Shared passages between articles")
    fig.tight_layout()
    return fig
