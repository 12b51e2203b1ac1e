"""Wire copy: the articles of a story that carry another outlet's text.

An article is wire copy when it carries a wire credit (``documents.csv``'s
``wire``: "Reuters", "AP") naming an agency other than its own outlet (an
agency's own story, ANI's article credited "ANI", is the original) and at
least ``share`` of its body lies in
passages it shares word for word (``results/tables/reuse_pairs.csv``) with
one article of *another outlet* in the *same story*. Both conditions are
needed: a credit alone is often a line of agency material inside original
reporting, and shared passages alone are often one quotation both outlets
carry. Two articles of one outlet are never each other's wire copy: an
outlet's update or second version of a story is its own text (the two
Moscow Times seeds articles, both "Reuters", share 13 % and 22 % of their
bodies and are one outlet). Two outlets' copies of one agency story are
both wire copy; the agency's own text is not in the corpus.

``copy_share`` records the evidence: the largest share (0 to 1) of the
article's body shared with one article of another outlet in its story,
whether or not it has a credit; empty when it shares nothing.
"""

import pandas as pd

from newsdag.corpus.stories import STORY_GROUP_COLUMNS, STORY_LABEL_COLUMNS

# results/tables/story_articles.csv and stories.csv
STORY_ARTICLE_COLUMNS = [*STORY_GROUP_COLUMNS, "wire_copy", "copy_share"]
STORY_COLUMNS = [*STORY_LABEL_COLUMNS, "original_articles", "wire_articles"]


def copy_shares(groups: pd.DataFrame, pairs: pd.DataFrame) -> pd.Series:
    """The largest share of each article's body (0 to 1) that it shares with
    one article of another outlet in its story, indexed by ``doc_id``;
    articles sharing nothing so are left out. ``groups``: ``doc_id``,
    ``outlet``, ``story_id``; ``pairs``: ``reuse_pairs.csv`` (text cells)."""
    story = dict(zip(groups["doc_id"], groups["story_id"]))
    outlet = dict(zip(groups["doc_id"], groups["outlet"]))
    sides = []
    for own, other in (("a", "b"), ("b", "a")):
        side = pairs[[f"doc_{own}", f"doc_{other}", f"share_{own}"]]
        sides.append(side.set_axis(["doc_id", "partner", "share"], axis=1))
    both = pd.concat(sides, ignore_index=True)
    both = both[both["doc_id"].map(story).eq(both["partner"].map(story))
                & both["doc_id"].map(outlet).ne(both["partner"].map(outlet))
                & both["doc_id"].isin(story.keys())]  # fmt: skip
    return both.assign(share=both["share"].astype(float)).groupby("doc_id")["share"].max()


def credits_another_agency(documents: pd.DataFrame) -> pd.Series:
    """For each row of ``documents`` (``outlet``, ``wire``: agencies joined
    by ";"), whether it credits an agency other than its own outlet (case
    aside)."""
    return pd.Series([
        any(agency.strip().casefold() not in ("", outlet.casefold())
            for agency in wire.split(";"))
        for outlet, wire in zip(documents["outlet"], documents["wire"])
    ], index=documents.index, dtype=bool)  # fmt: skip


def story_articles(
    groups: pd.DataFrame, pairs: pd.DataFrame, documents: pd.DataFrame, share: float
) -> pd.DataFrame:
    """``STORY_ARTICLE_COLUMNS``: ``groups`` (``story_groups.csv``, in its
    order) with ``wire_copy`` (True or False) and ``copy_share`` (empty for
    none). ``documents``: ``documents.csv`` (its ``outlet`` and ``wire``
    credit, "" for none); ``share``: the config key ``wire_copy_share`` (0 to 1)."""
    shares = copy_shares(groups, pairs)
    credited = set(documents.loc[credits_another_agency(documents), "doc_id"])
    found = groups["doc_id"].map(shares)
    table = groups.assign(
        wire_copy=groups["doc_id"].isin(credited) & found.ge(share),
        copy_share=found.round(4),
    )
    return table[STORY_ARTICLE_COLUMNS]


def stories_with_wire(labels: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``STORY_COLUMNS``: ``labels`` (``story_labels.csv``, in its order)
    with the number of each story's articles that are original reporting
    and wire copy (``story_articles``' ``wire_copy``)."""
    wire = articles.groupby("story_id", sort=False)["wire_copy"].sum()
    wire_articles = labels["story_id"].map(wire).fillna(0).astype(int)
    table = labels.assign(
        original_articles=labels["articles"].astype(int) - wire_articles,
        wire_articles=wire_articles,
    )
    return table[STORY_COLUMNS]
