"""Dutch title case for text set in capitals (`MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT`)."""
from __future__ import annotations

from ingest.dutch.function_words import TITLE_LOWER


def title_case(text: str, lower: frozenset[str] = TITLE_LOWER) -> str:
    """`MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS` -> `Motie van de leden Inge van Dijk en Grinwis`:
    every word capitalized except the ``lower`` words, the first word always capitalized."""
    words = [w.lower() if w.lower() in lower else w.capitalize() for w in text.split()]
    return " ".join([words[0].capitalize(), *words[1:]]) if words else ""
