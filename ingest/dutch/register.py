"""The register head of a saved web page of a Kamerstuk: the parliamentary register's record of the paper above its
text, no part of the letter. Read by four stages: the metadata takes the signers from it (``structure.metadata``),
the references skip the paper's own numbers in it (``rules.references``), the deadlines skip its calendar of the
Kamer's activities (``rules.deadlines``), and the passages start after it (``index.passages``).

Sites and their register lines: openkamer.org / berthub.eu (`Nummer: 2022D31359, datum: 2022-07-15, bijgewerkt: ...`,
`Directe link naar document (.pdf) ...`, `Gerelateerde personen:`, `- Eerste ondertekenaar: ...`, `Onderdeel van zaak
2022Z15128:`, `- Indiener: ...`, `- 2016-10-27 16:30: Begroting ... TK`, `Preview document`), overheid.nl and
parlementairemonitor.nl (`Deze brief is onder nr. 2 toegevoegd aan dossier ...`, `Kerngegevens`, `Officiële titel
...`, `Documentdatum 17-03-2014`, `Nummer KST338202`, `Kenmerk 33820, nr. 2`, `Externe link origineel bericht`,
`Originele document in PDF`), zoek.officielebekendmakingen.nl's summary (`Kamerstuk 34023-8`, `Gepubliceerd: 1 april
2015`, `Indiener(s): ...`, `Onderwerpen: ...`, `Bron: https://...`, `ID: 34023-8`).

The pieces are patterns without anchors or flags; each reader anchors them as its text needs."""
from __future__ import annotations

# a line of the Kamer's calendar around the paper, opening on its day and hour: `2024-07-15 14:00:`
ACTIVITY_STAMP = r"(?:19|20)\d\d-\d\d-\d\d[ \t]+\d{1,2}:\d\d[ \t]*:"
# a signer of the paper: `Eerste ondertekenaar:`, `Mede ondertekenaar:`
SIGNER_LABEL = r"(?:Eerste|Mede)[ \t]+ondertekenaar:"
# the parliamentary case the paper belongs to: `Onderdeel van zaak 2022Z15128:`
CASE_LABEL = r"Onderdeel\s+van\s+zaak"
# the case number a saved page of questions heads itself with: `Zaaknummer: 2019Z02363` (tweedemonitor.nl)
CASE_NUMBER_LABEL = r"Zaaknummer:?"
# the paper's register number on overheid.nl / parlementairemonitor.nl: `Nummer KST338202`
KST_NUMBER = r"Nummer[ \t]+KST\w+"
# the paper's own source and id on officielebekendmakingen.nl: `Bron: https://...`, `ID: 34023-8`
SOURCE_LABEL = r"Bron:[ \t]+https?://"
ID_LABEL = r"ID:"

# Every line of a register head, to be matched (case-insensitively) at the start of a line with its white space
# collapsed
REGISTER_LINES = (
    r"nummer:\s*\d{4}D\d+,\s*datum:",
    r"directe link naar document\b",
    r"gerelateerde personen:",
    rf"{CASE_LABEL}\b|onderdeel van (?:kamerstukdossier|activiteiten)\b",
    rf"-\s*(?:(?:indiener|medeindiener|voortouwcommissie):|{SIGNER_LABEL})",
    rf"-\s*{ACTIVITY_STAMP}",
    r"preview document\b",
    r"deze brief is onder nr\. \S+ toegevoegd aan dossier\b",
    r"kerngegevens$",
    r"(?:officiële titel|documentdatum|publicatiedatum|commissie\(s\)) ",
    r"(?:externe link origineel bericht|originele document in pdf)$",
    rf"{KST_NUMBER}$",
    r"kenmerk \d+(?:-\S+)?, nr\. \S+$",
    r"kamerstuk \d+(?:-\S+)+$",
    r"(?:gepubliceerd|indiener\(s\)|onderwerpen|dossier|bron|id):\s",
)
