"""Names of parliamentary papers as the Tweede Kamer's web pages title a filed paper: its kind, a spaced colon, its
subject (`Brief regering : Uitvoering moties en toezeggingen Wet open overheid (Woo)`, `Antwoord schriftelijke vragen :
Antwoord op vragen van het lid Van der Plas over ...`)."""
from __future__ import annotations

# the kinds before the colon (a regular-expression alternation)
PAGE_TITLE_KINDS = (r"Brief regering|Antwoord schriftelijke vragen|Schriftelijke vragen|Mededeling|"
                    r"(?:Verslag houdende een )?[Ll]ijst van vragen en antwoorden|Verslag van een [a-z ]{3,40}")
