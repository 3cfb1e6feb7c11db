"""Case and accent folding, as search matches words (the one implementation: BM25's tokens and the
store's SQL function ``fold`` both use it)."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lowercase without diacritics (`Geïnformeerd` -> `geinformeerd`)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join([c for c in decomposed if c < "\u0300" or not unicodedata.combining(c)])  # none is below U+0300
