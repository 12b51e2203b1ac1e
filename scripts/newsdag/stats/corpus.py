"""What the corpus holds, outlet by outlet: articles, body words, dates,
wire credits and how each outlet was identified."""

import pandas as pd

from newsdag.stats.groups import outlets_and_all

# results/tables/corpus_by_outlet.csv, articles_by_date.csv and wire_credits.csv
OUTLET_COLUMNS = [
    "outlet", "documents", "words", "mean_words", "median_words", "min_words", "max_words",
    "dated_documents", "first_date", "last_date", "wire_documents", "outlet_sources",
    "outlet_labels",
]  # fmt: skip
DATE_COLUMNS = ["outlet", "date", "documents"]
WIRE_COLUMNS = ["outlet", "agency", "documents", "outlet_documents", "document_share"]


def split_list(cell: str) -> list[str]:
    """The items of a ``;``-separated list cell (empty cell: no items)."""
    return [item.strip() for item in cell.split(";") if item.strip()] if cell else []


def counted(values: pd.Series) -> str:
    """``"value (n); ..."`` for each distinct value, most frequent first
    (ties by value): ``"url domain (2); source tag (1)"``."""
    counts = values.value_counts()
    order = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "; ".join(f"{value} ({n})" for value, n in order)


def outlet_row(outlet: str, docs: pd.DataFrame) -> dict:
    """The ``corpus_by_outlet.csv`` row (``OUTLET_COLUMNS``) of one outlet's documents."""
    words = docs["n_words"].astype(int)
    dates = docs.loc[docs["date"] != "", "date"]
    return {
        "outlet": outlet,
        "documents": len(docs),
        "words": int(words.sum()),
        "mean_words": words.mean(),
        "median_words": words.median(),
        "min_words": int(words.min()),
        "max_words": int(words.max()),
        "dated_documents": len(dates),
        "first_date": dates.min() if len(dates) else "",
        "last_date": dates.max() if len(dates) else "",
        "wire_documents": int((docs["wire"] != "").sum()),
        "outlet_sources": counted(docs["outlet_source"]),
        "outlet_labels": counted(docs.loc[docs["outlet_label"] != "", "outlet_label"]),
    }


def by_outlet(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet (name order) and a last ``ALL`` row; no rows for
    an empty corpus. Words are body words (``n_words``)."""
    if documents.empty:
        return pd.DataFrame(columns=OUTLET_COLUMNS)
    rows = [outlet_row(outlet, docs) for outlet, docs in outlets_and_all(documents)]
    return pd.DataFrame(rows, columns=OUTLET_COLUMNS)


def by_date(documents: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet and date, sorted by outlet then date."""
    dated = documents[documents["date"] != ""]
    counts = dated.groupby(["outlet", "date"], sort=True).size().rename("documents")
    return counts.reset_index()[DATE_COLUMNS]


def wire_credits(documents: pd.DataFrame) -> pd.DataFrame:
    """Articles crediting each agency, per outlet and ``ALL``; sorted by
    outlet (``ALL`` last), then most credited, then agency name."""
    rows = []
    for outlet, docs in outlets_and_all(documents):
        agencies = docs["wire"].map(lambda cell: sorted(set(split_list(cell))))
        counts = agencies.explode().dropna().value_counts()
        for agency, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            rows.append({"outlet": outlet, "agency": agency, "documents": int(n),
                         "outlet_documents": len(docs), "document_share": n / len(docs)})  # fmt: skip
    return pd.DataFrame(rows, columns=WIRE_COLUMNS)
