"""Text normalisation for matching names and words across spellings."""

import re
import unicodedata


def fold_name(text: str) -> str:
    """Lower case without diacritics, dots or repeated spaces: ``"Guaidó"``
    and ``"Guaido"``, ``"U.S."`` and ``"US"`` fold to the same key."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare.replace(".", "").lower()).strip()
