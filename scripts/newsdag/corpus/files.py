"""Find the articles of a corpus folder, name them, and assign them to shards.

The Snakefile and the tests both use these functions, so the list of files a
shard job receives is decided in exactly one place.
"""

import fnmatch
import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsdag.text.records import holds_many_articles


@dataclass(frozen=True)
class CorpusFile:
    """One corpus file: its stable id, its path as given to jobs, its shard,
    and whether it holds many articles
    (``newsdag.text.records.holds_many_articles``: JSON Lines, CSV, TSV, a
    JSON list), which every shard job reads for the
    records whose ids fall in its shard."""

    doc_id: str
    path: str
    shard: int
    many: bool = False


def matches_any(relative_path: str, patterns: list[str]) -> bool:
    """Whether a corpus-relative POSIX path matches one of the fnmatch patterns.

    Matching ignores case (``A.TXT`` matches ``*.txt``) and ``*`` also matches
    ``/``, so ``*.txt`` selects text files in sub-folders too.
    """
    lowered = relative_path.lower()
    return any(fnmatch.fnmatchcase(lowered, p.lower()) for p in patterns)


def list_corpus_paths(
    corpus_dir: str | os.PathLike, patterns: list[str], exclude: list[str] = ()
) -> list[str]:
    """Corpus-relative POSIX paths of the article files, sorted.

    Hidden files and folders (names starting with ``.``) are never read. One
    walk of the tree serves every pattern, so the cost is one ``scandir`` per
    folder whatever the number of patterns. A missing folder gives ``[]``.
    """
    root = Path(corpus_dir)
    found: list[str] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel_folder = Path(folder).relative_to(root)
        for name in filenames:
            if name.startswith("."):
                continue
            rel = (rel_folder / name).as_posix()
            if matches_any(rel, patterns) and not matches_any(rel, list(exclude)):
                found.append(rel)
    return sorted(found)


def doc_ids_for(relative_paths: list[str]) -> dict[str, str]:
    """Map each corpus-relative path to its document id.

    The id is the path without its extension (the file stem for files at the
    top of the corpus), in Unicode NFC so that an accented file name gives
    the same id on every file system. When two files differ only by their
    extension (``a.txt`` and ``a.html``) both keep the extension in their id
    (``a.txt``, ``a.html``) so that no id is shared.
    """
    stems: dict[str, list[str]] = {}
    for rel in relative_paths:
        stem = str(PurePosixPath(rel).with_suffix(""))
        stems.setdefault(unicodedata.normalize("NFC", stem), []).append(rel)
    ids: dict[str, str] = {}
    for stem, rels in stems.items():
        for rel in rels:
            ids[rel] = stem if len(rels) == 1 else unicodedata.normalize("NFC", rel)
    return ids


def shard_of(doc_id: str, n_shards: int) -> int:
    """Shard number in ``[0, n_shards)`` of a document id.

    The first 8 bytes of the id's SHA-1 taken modulo ``n_shards``: stable
    across runs, machines and Python versions (unlike ``hash()``), so adding
    or editing one article changes the inputs of exactly one shard.
    """
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n_shards


def shard_label(shard: int) -> str:
    """The zero-padded label used in file names, e.g. ``7`` -> ``"007"``."""
    return f"{shard:03d}"


def corpus_files(
    corpus_dir: str | os.PathLike,
    patterns: list[str],
    n_shards: int,
    exclude: list[str] = (),
) -> list[CorpusFile]:
    """Every article file of the corpus with its id and shard, sorted by path.

    Only ``.json`` files are opened, and only their first 4 KiB, to tell a
    list of articles from one article.
    """
    rels = list_corpus_paths(corpus_dir, patterns, exclude)
    ids = doc_ids_for(rels)
    root = Path(corpus_dir)
    files = []
    for rel in rels:
        path = (root / rel).as_posix()
        many = holds_many_articles(path)
        files.append(CorpusFile(ids[rel], path, shard_of(ids[rel], n_shards), many))
    return files
