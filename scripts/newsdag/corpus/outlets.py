"""Which outlet published an article: the outlet tables (the shipped web
domains, the user's outlet sheet and aliases) and the resolution of the
evidence the parser recorded (``newsdag.corpus.articles``) into one outlet
name.
"""

import re
from dataclasses import dataclass, field

from newsdag.config import load_schema, read_outlet_sheet
from newsdag.io import read_tsv_rows
from newsdag.text.metadata import parent_domains, url_domain


@dataclass
class OutletTable:
    """Web domains and outlet names mapped to the outlet name newsdag reports."""

    by_domain: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # casefolded name or alias
    user_domains: set[str] = field(default_factory=set)

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> "OutletTable":
        """From rows with ``domain``, ``outlet`` and ``;``-separated ``aliases``."""
        table = cls()
        for row in rows:
            table.add(row["domain"], row["outlet"], (row.get("aliases") or "").split(";"))
        return table

    def add(self, domain: str, outlet: str, aliases=(), user: bool = False) -> None:
        domain = domain.lower().strip()
        self.by_domain[domain] = outlet
        for name in [outlet, domain, *aliases]:
            if name.strip():
                self.by_name.setdefault(outlet_key(name), outlet)
        if user:
            self.user_domains.add(domain)
            self.by_name[outlet_key(outlet)] = outlet

    def add_aliases(self, outlet: str, aliases) -> None:
        """The user's own labels for an outlet; they win over the shipped table."""
        for name in [outlet, *aliases]:
            self.by_name[outlet_key(name)] = outlet

    def knows(self, outlet: str) -> bool:
        """Whether the outlet is a name the tables list (not a raw label)."""
        return self.by_name.get(outlet_key(outlet)) == outlet

    def outlet_for_domain(self, domain: str) -> tuple[str, str] | None:
        """``(outlet, matched domain)`` for a domain or its nearest listed parent."""
        for candidate in parent_domains(domain):
            if candidate in self.by_domain:
                return self.by_domain[candidate], candidate
        return None

    def outlet_for_name(self, name: str) -> str:
        """The listed outlet a name or alias stands for, ignoring case and
        spacing; a name that is a web address or domain (``foxnews.com``,
        ``https://www.foxnews.com/``) is looked up as a domain; else the
        name itself."""
        listed = self.by_name.get(outlet_key(name))
        if listed:
            return listed
        if DOMAIN_LIKE.match(name.strip()):
            found = self.outlet_for_domain(url_domain(name.strip()) or name.strip().lower())
            if found:
                return found[0]
        return " ".join(name.split())


# A label that is a web address or a bare domain, not a name.
DOMAIN_LIKE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.I)


def outlet_key(name: str) -> str:
    """An outlet name compared ignoring case and spacing: ``"FOX"``,
    ``"fox"`` and ``" Fox "`` give ``"fox"``."""
    return " ".join(name.casefold().split())


def load_outlet_table(
    domains_path, sheet_path, sheet_schema_path
) -> tuple[OutletTable, list[dict]]:
    """The shipped domain table and the (checked) rows of the user's sheet
    (``[]`` when ``sheet_path`` is ``""``)."""
    table = OutletTable.from_rows(read_tsv_rows(domains_path))
    sheet = read_outlet_sheet(sheet_path, load_schema(sheet_schema_path)) if sheet_path else []
    return table, sheet


def resolve_outlet(evidence: list[list[str]], table: OutletTable) -> tuple[str, str, str]:
    """``(outlet, outlet_source, outlet_label)`` from parser evidence,
    strongest first; the label is the name or domain as the article gave it.

    Evidence items are ``[source, kind, value]`` with kind ``name`` (a name
    the article gives, e.g. a source tag ``ANI``) or ``domain`` (a web domain,
    e.g. from the canonical URL). In order of strength, the first name or
    the first domain found in the table decides; a domain the table lacks is
    used as the outlet only when nothing else points anywhere, with the
    source marked ``(domain not in outlet table)``. ``("unknown", "none",
    "")`` when there is no evidence.
    """
    for source, kind, value in evidence:
        if kind == "name":
            return table.outlet_for_name(value), source, value
        found = table.outlet_for_domain(value)
        if found:
            outlet, matched = found
            sheet = " (outlet sheet)" if matched in table.user_domains else ""
            return outlet, source + sheet, value
    for source, kind, value in evidence:
        if kind == "domain":
            return value, f"{source} (domain not in outlet table)", value
    return "unknown", "none", ""


def merge_spellings(documents: list[dict], table: OutletTable) -> list[dict]:
    """The documents with the spellings of an outlet the tables do not list
    made one: ``hpo`` (96 articles) and ``HPO`` (4) both become ``hpo``, the
    spelling most articles use (ties: the first in sort order)."""
    counts: dict[str, dict[str, int]] = {}
    for document in documents:
        if not table.knows(document["outlet"]):
            spellings = counts.setdefault(outlet_key(document["outlet"]), {})
            spellings[document["outlet"]] = spellings.get(document["outlet"], 0) + 1
    chosen = {
        key: min(spellings, key=lambda name: (-spellings[name], name))
        for key, spellings in counts.items()
    }
    return [
        (
            document
            if table.knows(document["outlet"])
            else {**document, "outlet": chosen[outlet_key(document["outlet"])]}
        )
        for document in documents
    ]
