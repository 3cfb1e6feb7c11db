"""Dutch title case for text set in capitals (`MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT`)."""
from __future__ import annotations

from ingest.dutch.function_words import TITLE_LOWER


def title_case(text: str, lower: frozenset[str] = TITLE_LOWER) -> str:
    """`MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS` -> `Motie van de leden Inge van Dijk en Grinwis`:
    every word capitalized except the ``lower`` words, the first word always capitalized."""
    words = [w.lower() if w.lower() in lower else w.capitalize() for w in text.split()]
    # a surname without its first name or initials opens with a capital: `het lid Van Ojik`, `de leden Van der Plas
    # en Van Dijk`, but `het lid Inge van Dijk`
    for i in range(1, len(words)):
        if words[i] in SURNAME_PARTICLES and words[i - 1] in NAMES_FOLLOW and _before_name(words, i):
            words[i] = words[i].capitalize()
    return " ".join([words[0].capitalize(), *words[1:]]) if words else ""


SURNAME_PARTICLES = frozenset("van de der den ter ten te".split())
MEMBER_WORDS = frozenset("lid leden heer mevrouw".split())   # what stands before a list of members' names
NAMES_FOLLOW = MEMBER_WORDS | {"en"}   # words after which a member's name starts


def _before_name(words: list[str], i: int) -> bool:
    """Whether the particles from words[i] lead to a capitalized surname, in a list of members."""
    j = i
    while j < len(words) and words[j].lower() in SURNAME_PARTICLES:
        j += 1
    in_list = any(w in MEMBER_WORDS for w in words[:i])
    return j < len(words) and words[j][:1].isupper() and in_list
