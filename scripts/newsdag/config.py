"""Check the configuration and the outlet sheet before anything runs.

Every problem is reported as one sentence naming where it is (the config
key, or the sheet's file, line and column), what is wrong, and the fix,
which is taken from the ``description`` of the key in the schema.
"""

import codecs
import csv
import difflib
import os
import re
from pathlib import Path

import jsonschema
import yaml

from newsdag.constants import ENTITY_TYPES
from newsdag.text.metadata import parse_date_value
from newsdag.text.normalise import fold_name

SHEET_COLUMNS = ("doc_id", "domain", "outlet", "title", "date")


class ConfigError(ValueError):
    """A configuration or sheet problem; the message says where and how to fix it."""


def load_schema(path: str | os.PathLike) -> dict:
    """A YAML or JSON schema file as a dict."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _fix(schema: dict, key: str) -> str:
    description = schema.get("properties", {}).get(key, {}).get("description", "")
    return " ".join(description.split())


def config_problems(config: dict, schema: dict) -> list[str]:
    """One sentence per problem in ``config`` against the config schema, sorted.

    An unknown key is named with the list of known ones (a typo is the usual
    cause); a wrong value names its key, the value, and the schema's
    description of what the key takes.
    """
    validator = jsonschema.validators.validator_for(schema)(schema)
    problems = []
    for error in validator.iter_errors(config):
        if error.validator == "additionalProperties" and "properties" in error.schema:
            allowed = error.schema["properties"]
            known = ", ".join(sorted(allowed))
            prefix = "".join(f"{p}/" for p in error.absolute_path)
            for key in sorted(set(error.instance) - set(allowed)):
                close = difflib.get_close_matches(key, list(allowed), n=1)
                hint = (
                    f"did you mean '{close[0]}'?" if close else "remove it or correct the spelling."
                )
                problems.append(
                    f"config key '{prefix}{key}' is not a newsdag setting. Fix: {hint} Known keys are {known}."
                )
            continue
        key = str(error.absolute_path[0]) if error.absolute_path else "(top level)"
        where = "/".join(str(p) for p in error.absolute_path) or key
        problems.append(f"config key '{where}': {error.message}. Fix: {_fix(schema, key)}")
    if isinstance(config.get("fallback_encoding"), str):
        try:
            codecs.lookup(config["fallback_encoding"])
        except LookupError:
            problems.append(
                f"config key 'fallback_encoding': {config['fallback_encoding']!r} is not an encoding Python knows. Fix: {_fix(schema, 'fallback_encoding')}"
            )
    aliases = config.get("outlet_aliases")
    if isinstance(aliases, dict):
        owner: dict[str, str] = {}
        for outlet, labels in sorted(aliases.items()):
            for label in [outlet, *(labels if isinstance(labels, list) else [])]:
                key = " ".join(str(label).casefold().split())
                if owner.setdefault(key, outlet) != outlet:
                    problems.append(
                        f"config key 'outlet_aliases': {label!r} is listed for both {owner[key]!r} and {outlet!r}. Fix: keep it under one outlet."
                    )
    latest = config.get("latest_date")
    if isinstance(latest, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", latest):
        if parse_date_value(latest) != latest:
            problems.append(
                f"config key 'latest_date': {latest!r} is not a calendar date. Fix: {_fix(schema, 'latest_date')}"
            )
    return sorted(problems)


def file_problems(config: dict, project_dir: str | os.PathLike = ".") -> list[str]:
    """Problems with the files the config names: the corpus folder and tables."""
    base = Path(project_dir)
    problems = []
    corpus = base / config["corpus"]
    if not corpus.is_dir():
        problems.append(
            f"config key 'corpus': folder '{config['corpus']}' does not exist. Fix: create it and put articles in it, or point 'corpus' at your articles' folder."
        )
    for key in ("wire_agencies", "outlet_domains"):
        if not (base / config[key]).is_file():
            problems.append(
                f"config key '{key}': file '{config[key]}' does not exist. Fix: restore it from the repository or point '{key}' at your own table."
            )
    for key in ("actors", "actor_resources"):
        actors = config.get(key) or ""
        if actors and not (base / actors).is_file():
            problems.append(
                f"config key '{key}': file '{actors}' does not exist. Fix: create it (a YAML list of '- name: ...' entries) or set {key}: ''."
            )
    sheet = config.get("outlet_sheet") or ""
    if sheet and not (base / sheet).is_file():
        problems.append(
            f"config key 'outlet_sheet': file '{sheet}' does not exist. Fix: create it (columns {', '.join(SHEET_COLUMNS)}) or set outlet_sheet: ''."
        )
    return problems


def read_outlet_sheet(path: str | os.PathLike, schema: dict) -> list[dict[str, str]]:
    """The rows of an outlet sheet, checked; each row has all five columns.

    Raises ``ConfigError`` naming the file, the line (as an editor counts
    it), the column and the fix for the first bad row: an unknown column, a
    row naming both or neither a doc_id and a domain, a domain row with a
    title or date, a malformed domain or date, or a key given twice.
    Lines starting with ``#`` and blank lines are ignored.
    """
    rows, seen = [], {}
    validator = jsonschema.validators.validator_for(schema)(schema)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        numbered = [
            (i, line)
            for i, line in enumerate(handle, 1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    if not numbered:
        return []
    header_line, header = numbered[0][0], next(csv.reader([numbered[0][1]], delimiter="\t"))
    header = [h.strip() for h in header]
    for column in header:
        if column not in SHEET_COLUMNS:
            raise ConfigError(
                f"{path}, line {header_line}, column '{column}': not a column of the outlet sheet. Fix: use the tab-separated columns {', '.join(SHEET_COLUMNS)}."
            )
    for line_no, line in numbered[1:]:
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter="\t"))
        if len(cells) > len(header):
            raise ConfigError(
                f"{path}, line {line_no}: {len(cells)} cells but {len(header)} columns. Fix: separate cells with one tab each and remove extra tabs."
            )
        row = {c: "" for c in SHEET_COLUMNS}
        row.update({h: v.strip() for h, v in zip(header, cells)})
        present = {k: v for k, v in row.items() if v}
        for error in validator.iter_errors(present):
            column = str(error.absolute_path[0]) if error.absolute_path else "?"
            raise ConfigError(
                f"{path}, line {line_no}, column '{column}': {error.message}. Fix: {_fix(schema, column)}."
            )
        where = f"{path}, line {line_no}"
        if bool(row["doc_id"]) == bool(row["domain"]):
            raise ConfigError(
                f"{where}, columns 'doc_id'/'domain': a row names a document or a domain. Fix: fill exactly one of the two."
            )
        if row["domain"] and not row["outlet"]:
            raise ConfigError(
                f"{where}, column 'outlet': a domain row needs the outlet's name. Fix: {_fix(schema, 'outlet')}."
            )
        if row["domain"] and (row["title"] or row["date"]):
            column = "title" if row["title"] else "date"
            raise ConfigError(
                f"{where}, column '{column}': titles and dates belong to documents, not domains. Fix: put them on a doc_id row."
            )
        if row["doc_id"] and not (row["outlet"] or row["title"] or row["date"]):
            raise ConfigError(
                f"{where}, column 'outlet': the row overrides nothing. Fix: fill outlet, title or date, or delete the row."
            )
        if row["date"]:
            if parse_date_value(row["date"]) != row["date"]:
                raise ConfigError(
                    f"{where}, column 'date': {row['date']!r} is not a calendar date. Fix: {_fix(schema, 'date')}."
                )
        key = ("doc_id", row["doc_id"]) if row["doc_id"] else ("domain", row["domain"])
        if key in seen:
            raise ConfigError(
                f"{where}, column '{key[0]}': {key[1]!r} is already on line {seen[key]}. Fix: keep one of the two rows."
            )
        seen[key] = line_no
        rows.append(row)
    return rows


def read_alias_file(path) -> list[dict]:
    """Actors from the alias file (a YAML list of ``name``, ``aliases``,
    ``type``, ``role``). Raises ``ConfigError`` naming the entry and the fix."""
    if not path:
        return []
    with open(path, encoding="utf-8") as handle:
        entries = yaml.safe_load(handle) or []
    if not isinstance(entries, list):
        raise ConfigError(
            f"{path}: expected a list of actors ('- name: ...'). Fix: start each actor with '- name:'."
        )
    actors, seen = [], {}
    for number, entry in enumerate(entries, 1):
        where = f"{path}, actor {number}"
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            raise ConfigError(f"{where}: every actor needs a 'name'. Fix: add 'name: Full Name'.")
        unknown = set(entry) - {"name", "aliases", "type", "role"}
        if unknown:
            raise ConfigError(
                f"{where} ({entry['name']}): unknown key {sorted(unknown)[0]!r}. Fix: use name, aliases, type, role."
            )
        kind = entry.get("type", "PERSON")
        if kind not in ENTITY_TYPES:
            raise ConfigError(
                f"{where} ({entry['name']}): type {kind!r} is not one of {', '.join(ENTITY_TYPES)}. Fix: use one of them."
            )
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            raise ConfigError(
                f"{where} ({entry['name']}): 'aliases' must be a list. Fix: write aliases: [A, B]."
            )
        names = [str(entry["name"]).strip(), *(str(a).strip() for a in aliases)]
        for name in names:
            key = fold_name(name)
            if key in seen and seen[key] != entry["name"]:
                raise ConfigError(
                    f"{where} ({entry['name']}): {name!r} is also listed for {seen[key]!r}. Fix: keep it under one actor."
                )
            seen[key] = entry["name"]
        actors.append(
            {
                "name": names[0],
                "aliases": names[1:],
                "type": kind,
                "role": str(entry.get("role") or ""),
            }
        )
    return actors


def merged_alias_actors(shipped: list[dict], own: list[dict]) -> list[dict]:
    """The shipped actors (``workflow/resources/actors.yaml``) and the
    user's (``read_alias_file`` entries each), the user's winning: a shipped
    actor sharing a name or an alias with one of the user's is left out."""
    taken = {fold_name(name) for entry in own for name in [entry["name"], *entry["aliases"]]}
    kept = [
        entry
        for entry in shipped
        if not taken & {fold_name(name) for name in [entry["name"], *entry["aliases"]]}
    ]
    return kept + own
