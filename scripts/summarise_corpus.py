"""Rule ``summarise_corpus``: what the corpus holds, outlet by outlet.

Reads ``results/tables/documents.csv`` and writes:

- ``results/tables/corpus_by_outlet.csv``: per outlet (and ``ALL``) the
  articles, their body words (total, mean, median, range), how many carry a
  date and the date range, how many credit a wire agency, and the evidence
  that identified the outlet with its article counts;
- ``results/tables/articles_by_date.csv``: articles per outlet and
  publication date (dated articles only; undated ones are counted in
  ``corpus_by_outlet.csv``);
- ``results/tables/wire_credits.csv``: per outlet (and ``ALL``) and agency,
  the articles crediting the agency.

Run outside Snakemake::

    python scripts/summarise_corpus.py results/tables/documents.csv --out-dir /tmp/corpus
"""

import argparse
import logging
import sys
from pathlib import Path

import pandas as pd

from count_entities import outlets_and_all
from newsdag_common import configure_logging, read_table, write_table

log = logging.getLogger("summarise_corpus")

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


def run(documents_path, out) -> None:
    documents = read_table(documents_path)
    write_table(by_outlet(documents), out["by_outlet"])
    write_table(by_date(documents), out["by_date"])
    write_table(wire_credits(documents), out["wire"])
    log.info("%d articles in %d outlets", len(documents), documents["outlet"].nunique())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents")
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args(argv)
    configure_logging()
    out = Path(args.out_dir)
    run(
        args.documents,
        {"by_outlet": out / "corpus_by_outlet.csv", "by_date": out / "articles_by_date.csv",
         "wire": out / "wire_credits.csv"},
    )  # fmt: skip


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        run(sm.input[0], sm.output)
    else:
        main(sys.argv[1:])
