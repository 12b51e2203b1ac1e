"""Stories: the articles, across outlets, that report one event.

Each article becomes a TF-IDF vector: the words of its body (``WORD``, in
lower case, spaCy's English stop words and words of fewer than three
letters left out), the words of its title counted ``TITLE_WEIGHT`` times,
and its resolved actors (nationalities aside) counted as words of their
own; a word in a single article carries nothing. Two articles are joined
when their vectors' cosine is at least ``similarity`` and their dates are
at most ``window_days`` apart. Each connected group of joined articles
is a story when it is dense (most of its pairs joined); a sparse one, a
chain of events, is split by Louvain community detection (networkx, a fixed
seed), as Nicholls and Bright (2019) chain news stories. An article joined
to nothing is a story of its own. An undated article, placed by text and
actors alone, joins the story of the dated article most like it (if that
cosine reaches ``similarity``), so it never bridges two events far apart
in time; one like no dated article follows the undated articles it is like
(compared among themselves) to the story most of them joined, or stays
with them in a story of undated articles.

No two dated articles are compared unless their dates allow it: articles
are sorted by date and compared chunk by chunk with those within the window,
as sparse products, so the cost grows with the articles in a window, not
with the square of the corpus. Undated articles have no window: each is
compared with every article, so their cost grows with their number times
the corpus's.

A story's id is ``s`` and the first 10 hex digits of the sha256 of its
sorted document ids: the same articles give the same id in every run,
whatever the order they were read in.
"""

import hashlib
import math
from collections import Counter

import networkx as nx
import numpy as np
import scipy.sparse as sp
from spacy.lang.en.stop_words import STOP_WORDS

from newsdag.text.metadata import day_number
from newsdag.text.words import WORD

# results/stories/story_groups.csv and story_labels.csv; summarise_stories adds
# the wire copy to them (newsdag.stats.wire_copy) to write
# results/tables/story_articles.csv and stories.csv.
STORY_GROUP_COLUMNS = ["doc_id", "outlet", "date", "story_id", "centre_similarity"]
STORY_LABEL_COLUMNS = ["story_id", "label", "first_date", "last_date", "articles", "outlets"]
# A title word counts as this many body words.
TITLE_WEIGHT = 3
# A connected group of articles is one story, not split, when at least this
# share of its pairs are joined.
DENSE_COMPONENT = 0.5
# Articles compared at a time (rows of one sparse product).
CHUNK_ROWS = 512
ACTOR_PREFIX = "\x00"  # actor features never clash with words


def story_terms(title: str, body: str, actors: Counter) -> Counter:
    """An article's terms and their counts: body words, title words
    ``TITLE_WEIGHT`` times, and each actor (``ACTOR_PREFIX`` + name) as often
    as it is named. Words are lower case, at least three letters, not stop
    words."""
    terms = Counter()
    for text, weight in ((body, 1), (title, TITLE_WEIGHT)):
        for word in WORD.findall(text.lower()):
            if len(word) >= 3 and word not in STOP_WORDS and not word.isdigit():
                terms[word] += weight
    for actor, count in actors.items():
        terms[ACTOR_PREFIX + actor] += count
    return terms


def tfidf_rows(term_counts: list[Counter]) -> tuple[sp.csr_matrix, list[str]]:
    """``(matrix, vocabulary)``: one L2-normalised row per article, weight
    ``(1 + ln tf) * ln((n + 1) / df)``: a word every article has weighs
    little but not nothing, so that a corpus of copies of one article is
    one story; terms in fewer than two articles are left out (they join
    nothing). Columns are the vocabulary sorted, so the
    matrix does not depend on reading order. An article without terms has an
    all-zero row."""
    df = Counter(term for counts in term_counts for term in counts)
    vocabulary = sorted(term for term, n in df.items() if n >= 2)
    column = {term: j for j, term in enumerate(vocabulary)}
    n = len(term_counts)
    rows, cols, values = [], [], []
    for i, counts in enumerate(term_counts):
        for term in sorted(counts):
            if term in column:
                rows.append(i)
                cols.append(column[term])
                values.append((1 + math.log(counts[term])) * math.log((n + 1) / df[term]))
    matrix = sp.csr_matrix((values, (rows, cols)), shape=(n, len(vocabulary)), dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1 / norms) @ matrix, vocabulary


def similar_pairs(matrix, days: list[int | None], window_days: int, similarity: float):
    """``(i, j, cosine)`` for dated articles ``i < j`` with cosine at least
    ``similarity`` and dates at most ``window_days`` apart, and for undated
    ones among themselves, sorted. Rows are compared chunk by chunk with the
    rows whose dates can match only."""
    dated = sorted((d, i) for i, d in enumerate(days) if d is not None)
    undated = [i for i, d in enumerate(days) if d is None]
    order = [i for _, i in dated]
    order_days = np.array([d for d, _ in dated], dtype=np.int64)
    found = []
    for a in range(0, len(order), CHUNK_ROWS):
        chunk = order[a : a + CHUNK_ROWS]
        lo = int(np.searchsorted(order_days, order_days[a] - window_days, "left"))
        hi = int(np.searchsorted(order_days, order_days[a + len(chunk) - 1] + window_days, "right"))
        found += pairs_above(matrix, chunk, order[lo:hi], similarity, days, window_days)
    if undated:
        found += pairs_above(matrix, undated, undated, similarity, days, window_days)
    return sorted(set(found))


def pairs_above(matrix, rows, cols, similarity, days, window_days) -> list[tuple[int, int, float]]:
    """``(i, j, cosine)`` for ``i`` in ``rows``, ``j`` in ``cols``, ``i <
    j``, cosine at least ``similarity``, dates within ``window_days``
    (undated: any)."""
    product = (matrix[rows] @ matrix[cols].T).tocoo()
    out = []
    for r, c, value in zip(product.row, product.col, product.data):
        i, j = rows[r], cols[c]
        if i == j or value < similarity:
            continue
        if days[i] is not None and days[j] is not None and abs(days[i] - days[j]) > window_days:
            continue
        out.append((min(i, j), max(i, j), round(float(value), 12)))
    return out


def story_groups(n: int, pairs, resolution: float, seed: int) -> list[list[int]]:
    """The stories of ``n`` articles as sorted lists of article numbers,
    sorted by their first article. Each connected component of the graph of
    ``pairs`` (weights the cosines) is one story when at least
    ``DENSE_COMPONENT`` of its pairs are joined (every article reports the
    one event); a sparser one, a chain of events, is split into its Louvain
    communities. An isolated article is a story of its own."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(pairs)
    groups = []
    for component in nx.connected_components(graph):
        members = sorted(component)
        size = len(members)
        if (
            size <= 2
            or graph.subgraph(members).number_of_edges() >= DENSE_COMPONENT * size * (size - 1) / 2
        ):
            groups.append(members)
            continue
        sub = graph.subgraph(members)
        for group in nx.community.louvain_communities(sub, weight="weight", resolution=resolution,
                                                      seed=seed):  # fmt: skip
            groups.append(sorted(group))
    return sorted(groups)


def nearest_dated(
    matrix, undated: list[int], dated: list[int], similarity: float
) -> dict[int, int]:
    """Each undated article -> the dated article most like it, when their
    cosine (rounded to 12 digits) reaches ``similarity``; ties to the lower
    article number. Compared ``CHUNK_ROWS`` undated articles at a time, as
    sparse products, so memory follows the terms they share."""
    nearest = {}
    columns = np.array(dated)
    for a in range(0, len(undated), CHUNK_ROWS):
        rows = undated[a : a + CHUNK_ROWS]
        product = (matrix[rows] @ matrix[dated].T).tocsr()
        for r, i in enumerate(rows):
            start, end = product.indptr[r], product.indptr[r + 1]
            if start == end:
                continue
            values = np.round(product.data[start:end], 12)
            candidates = columns[product.indices[start:end]]
            best = values.max()
            if best >= similarity:
                nearest[i] = int(candidates[values == best].min())
    return nearest


def place_undated(groups: list[list[int]], matrix, days, similarity: float) -> list[list[int]]:
    """``groups`` with the undated articles placed: each that is like a
    dated article (``nearest_dated``) joins that article's story; one like
    none follows the undated articles of its own story that did, to the
    story most of them joined (ties to the earlier story); the rest stay in
    stories of undated articles. Sorted as ``story_groups``'s."""
    dated = [i for i, d in enumerate(days) if d is not None]
    undated = [i for i, d in enumerate(days) if d is None]
    if not dated or not undated:
        return groups
    nearest = nearest_dated(matrix, undated, dated, similarity)
    story_of = {i: k for k, members in enumerate(groups) for i in members}
    merged = [[i for i in members if i not in nearest] for members in groups]
    for i, j in nearest.items():
        merged[story_of[j]].append(i)
    for k, members in enumerate(groups):
        if any(days[i] is not None for i in members):
            continue
        joined = Counter(story_of[nearest[i]] for i in members if i in nearest)
        left = [i for i in members if i not in nearest]
        if joined and left:
            target = min(joined, key=lambda story: (-joined[story], story))
            merged[target] += left
            merged[k] = [i for i in merged[k] if i not in left]
    return sorted(sorted(members) for members in merged if members)


def story_id(doc_ids: list[str]) -> str:
    """``s`` + the first 10 hex digits of sha256 of the sorted ids, one a line."""
    return "s" + hashlib.sha256("\n".join(sorted(doc_ids)).encode("utf-8")).hexdigest()[:10]


def member_sums(matrix, members: list[int]):
    """``(rows, columns, sums)`` of the members' sparse rows: the COO row of
    each stored value, the distinct columns they use and the sum of the
    members' weights in each; work grows with the members' terms, not with
    the vocabulary."""
    sub = matrix[members].tocoo()
    columns, inverse = np.unique(sub.col, return_inverse=True)
    sums = np.bincount(inverse, weights=sub.data, minlength=len(columns))
    return sub, columns, inverse, sums


def centre_similarities(matrix, members: list[int]) -> list[float]:
    """Each member's cosine with the mean of the members' vectors (1.0 for a
    story of one; 0.0 for an article without terms)."""
    sub, _, inverse, sums = member_sums(matrix, members)
    norm = np.linalg.norm(sums)
    if not norm:
        return [0.0] * len(members)
    dots = np.bincount(sub.row, weights=sub.data * (sums / norm)[inverse], minlength=len(members))
    return [round(float(v), 6) for v in dots]


def story_label(matrix, members: list[int], vocabulary: list[str], actors: Counter) -> str:
    """Up to three actors the story names most, then its three heaviest
    words (summed TF-IDF), ties by name: "Donald Trump, Vladimir Putin ·
    helsinki, summit, meeting"."""
    people = [a for a, _ in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    _, columns, _, sums = member_sums(matrix, members)
    words = [(-round(float(w), 9), vocabulary[j]) for j, w in zip(columns, sums)
             if w > 0 and not vocabulary[j].startswith(ACTOR_PREFIX)]  # fmt: skip
    top = [term for _, term in sorted(words)[:3]]
    return " · ".join(part for part in (", ".join(people), ", ".join(top)) if part)


def story_tables(documents: list[dict], actors: dict[str, Counter], window_days: int,
                 similarity: float, resolution: float, seed: int):  # fmt: skip
    """``(story_groups, story_labels)`` rows, as ``STORY_GROUP_COLUMNS`` and
    ``STORY_LABEL_COLUMNS`` dicts: ``documents`` are the kept articles (``doc_id``,
    ``outlet``, ``date``, ``title``, ``body``), ``actors`` each article's
    resolved actors with their mentions. Articles sorted by story, then
    date and id; stories by first date, then id."""
    documents = sorted(documents, key=lambda d: d["doc_id"])
    terms = [story_terms(d.get("title") or "", d["body"], actors.get(d["doc_id"], Counter()))
             for d in documents]  # fmt: skip
    matrix, vocabulary = tfidf_rows(terms)
    days = [day_number(d.get("date") or "") for d in documents]
    pairs = similar_pairs(matrix, days, window_days, similarity)
    groups = place_undated(story_groups(len(documents), pairs, resolution, seed), matrix, days,
                           similarity)  # fmt: skip
    article_rows, story_rows = [], []
    for members in groups:
        ids = [documents[i]["doc_id"] for i in members]
        sid = story_id(ids)
        dates = sorted(documents[i]["date"] for i in members if days[i] is not None)
        named = sum((actors.get(documents[i]["doc_id"], Counter()) for i in members), Counter())
        story_rows.append({
            "story_id": sid, "label": story_label(matrix, members, vocabulary, named),
            "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
            "articles": len(members), "outlets": len({documents[i]["outlet"] for i in members}),
        })  # fmt: skip
        for i, centre in zip(members, centre_similarities(matrix, members)):
            article_rows.append({"doc_id": documents[i]["doc_id"], "outlet": documents[i]["outlet"],
                                 "date": documents[i].get("date") or "", "story_id": sid,
                                 "centre_similarity": centre})  # fmt: skip
    first = {row["story_id"]: (row["first_date"] or "9999", row["story_id"]) for row in story_rows}
    story_rows.sort(key=lambda row: first[row["story_id"]])
    article_rows.sort(key=lambda r: (first[r["story_id"]], r["date"] or "9999", r["doc_id"]))
    return article_rows, story_rows
