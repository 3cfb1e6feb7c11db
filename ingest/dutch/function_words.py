"""Dutch function words: the closed-class words every Dutch text is full of (articles, pronouns,
prepositions, conjunctions, auxiliaries). One list, read by the OCR-layer judge, the line and
heading joiners and title casing."""
from __future__ import annotations

# Articles, pronouns, prepositions, conjunctions, adverbs and auxiliaries of running Dutch text.
FUNCTION_WORDS = frozenset("""
de het een van en in op te dat die dit deze is zijn was waren wordt worden werd werden heeft hebben had
voor met aan bij door om tot of als naar over uit niet ook er nog wel dan maar zo al meer geen wat wie
waar hoe u uw ik we wij ze zij hij het hun haar ons onze mijn zich kan kunnen zal zullen moet moeten
wil willen mag mogen na tegen tussen onder sinds zonder binnen per via hier daar nu toe om omdat
dus want noch zowel indien wanneer waarin waarop waarmee hierbij hiermee daarbij daarmee
""".split())

# Words no sentence or heading ends on: a line stopping on one goes on on the next line
# (`2. Controles door de Nederlandse Arbeidsinspectie (NLA) en de` / `Inspectie Leefomgeving ...`).
GOES_ON_AFTER = frozenset(
    "de het een van met voor op in aan bij door om te tot en of dat die dit deze naar over uit als zijn".split())

# Words a Dutch title keeps in lower case: name particles and the small words of an office or title
# (`Minister van Infrastructuur en Waterstaat`, `Motie van de leden Inge van Dijk en Grinwis`).
TITLE_LOWER = frozenset("van de der den het en leden lid over aan ter ten op in".split())
# Surname particles and the joining `en`, lower case in a list of names (`Inge van Dijk en Grinwis`)
NAME_PARTICLES = frozenset("van de der den en ter ten".split())


def function_word_share(words: list[str]) -> float:
    """Share of ``words`` (lowercased, punctuation stripped by the caller) that are function words."""
    return sum(w in FUNCTION_WORDS for w in words) / len(words) if words else 0.0
