"""Which library files a rule's code is made of.

Snakemake reruns a job when its script changes, but the scripts are thin:
the code that decides a rule's outputs lives in this package. The workflow
makes the library files each script (or notebook) imports, directly or
through other library modules, inputs of its rule (``library_code`` in
``workflow/rules/common.smk``), so editing one reruns exactly the rules
built on it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsdag.constants import PROJECT_DIR

PACKAGE = "newsdag"
PACKAGE_DIR = PROJECT_DIR / "scripts" / PACKAGE


@lru_cache(maxsize=None)
def module_file(module: str) -> Path | None:
    """The file of a ``newsdag...`` module (a package's ``__init__.py``), or
    None when there is no such module (e.g. a name imported from a module)."""
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    base = PACKAGE_DIR.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


# An import statement of the package, at any depth (lazy imports included):
# ``from newsdag.x import a, b``, ``from newsdag.x import (a,\n b)``, ``import newsdag.x``.
IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(newsdag(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
    r"|import[ \t]+(newsdag(?:\.\w+)*))",
    re.M,
)


@lru_cache(maxsize=None)
def imported_modules(path: Path) -> frozenset[str]:
    """Dotted names of the ``newsdag`` modules ``path`` imports, with each
    package on the way (``newsdag.nlp.quotes.spans`` brings ``newsdag``,
    ``newsdag.nlp`` and ``newsdag.nlp.quotes``) and, for ``from package
    import name``, the submodule ``name`` where there is one. Read from the
    text, not parsed: a line in a string that looks like such an import
    counts too, which can only add an input."""
    found = set()
    for module, names, plain in IMPORT.findall(path.read_text(encoding="utf-8")):
        dotted = [plain] if plain else [module]
        if module:
            listed = re.sub(r"#[^\n]*", "", names).strip("() \t\n")
            dotted += [f"{module}.{n.split()[0]}" for n in listed.split(",") if n.strip()]
        for name in dotted:
            parts = name.split(".")
            found.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return frozenset(name for name in found if module_file(name) is not None)


@lru_cache(maxsize=None)
def library_files(path: str | Path) -> tuple[str, ...]:
    """The library files ``path`` (a script or notebook) imports, directly or
    through other library modules, as sorted paths relative to the project
    folder (``scripts/newsdag/...``). Empty when it imports none."""
    seen: set[Path] = set()
    pending = [Path(path) if Path(path).is_absolute() else PROJECT_DIR / path]
    while pending:
        for module in imported_modules(pending.pop()):
            file = module_file(module)
            if file not in seen:
                seen.add(file)
                pending.append(file)
    return tuple(sorted(file.relative_to(PROJECT_DIR).as_posix() for file in seen))
