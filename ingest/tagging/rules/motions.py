"""Motions a document mentions (`motie Toorenburg/Groothuizen`, `motie Piri c.s.`, `een aangenomen
motie van het lid Brekelmans`, `motie-Simons c.s.`), their submitters, what they ask and the answer."""
from __future__ import annotations

import re
from dataclasses import dataclass

PARTICLE = r"(?:[Vv]an der|[Vv]an den|[Vv]an de|[Vv]an 't|[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Ii]n 't|'t)"
SURNAME = rf"(?:{PARTICLE}\s+)?[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*"
FIRSTNAME_SURNAME = rf"(?:[A-Z][a-zà-ÿ]+\s+)?{SURNAME}"
# `Toorenburg/Groothuizen`, `Podt en Piri`, `Koekkoek, Ceder en Van Baarle` (a comma only in a list ended by `en`)
NAMES = (rf"(?P<names>{FIRSTNAME_SURNAME}"
         rf"(?:\s*,\s*{FIRSTNAME_SURNAME}(?=(?:\s*,\s*{FIRSTNAME_SURNAME})*\s+en\s))*"
         rf"(?:\s*(?:/|\sen\s)\s*{FIRSTNAME_SURNAME})*)(?P<cs>\s+c\.s\.)?")
MOTION = re.compile(
    rf"\b[Mm]otie(?:-|\s+)(?:van\s+(?:het\s+(?:kamer)?lid|de\s+leden|kamerlid|het\s+Kamerlid|mevrouw|de\s+heer)\s+)?{NAMES}")
NOT_A_NAME = {"Kamer", "Tweede", "Eerste", "Het", "Een", "Zoals", "Deze", "In", "Op", "Met", "Dit", "Die",
              "Minister", "Staatssecretaris", "Regering", "Hiermee", "Conform", "Naar"}
# What a motion asks: the dictum (`verzoekt de regering ...`) or the letter's paraphrase of it
# (`waarin het kabinet wordt verzocht om ...`, `die de regering vraagt ...`).
ASKS = re.compile(r"\b(verzoekt|verzoeken|vraagt|vragen|roept|roepen|verzocht|gevraagd|opgeroepen)\b.*", re.S)
# The government's response, as the letters phrase it (first match wins).
RESPONSES: list[tuple[str, re.Pattern]] = [
    ("niet uitgevoerd", re.compile(r"\b(niet uit(voeren|gevoerd|te voeren)|ontraden|ontraad|geen uitvoering|"
                                   r"niet tegemoet|kan ik (de motie )?niet|voer(en)? (ik|wij|we|het kabinet)\b[^.]{0,40}\bniet uit)\b", re.I)),
    ("uitgevoerd", re.compile(r"\b(als afgedaan beschouwd|beschouwd als afgedaan|uitvoering gegeven|"
                              r"(is|zijn|wordt|worden)\s+(hiermee\s+|daarmee\s+|met deze brief\s+)?(uitgevoerd|afgedaan)|"
                              r"geef ik uitvoering|voer(en)? (ik|wij|we|het kabinet) (de(ze)? motie )?uit|komt het kabinet tegemoet|tegemoetgekomen|"
                              r"hiermee (is|wordt) (voldaan|invulling gegeven))\b", re.I)),
    ("beantwoord per brief", re.compile(r"\b(met deze brief|in deze brief|per brief|reageer ik op|reactie op|"
                                        r"ga ik in op|Kamerbrief n\.a\.v\.|brief n\.a\.v\.)", re.I)),
    ("in uitvoering", re.compile(r"\b(in (het kader|uitvoering) van (de )?motie|wordt uitgevoerd|werk ik aan|"
                                 r"ter uitvoering|invulling van|uitvoering van|wordt gewerkt)\b", re.I)),
]


@dataclass(frozen=True)
class Motion:
    start: int
    end: int
    name: str
    submitters: tuple[str, ...]


def surname(name: str) -> str:
    """`Inge van Dijk` -> `Van Dijk`; `De Hoop` stays; first names before a surname go."""
    parts = name.split()
    for i, p in enumerate(parts):
        if re.fullmatch(PARTICLE, " ".join(parts[i:i + 2])) or re.fullmatch(PARTICLE, p):
            s = " ".join(parts[i:])
            return s[0].upper() + s[1:]
    return parts[-1]


def find_motions(text: str) -> list[Motion]:
    """Motion mentions in a text (a sentence)."""
    out = []
    for m in MOTION.finditer(text):
        raw = [n.strip() for n in re.split(r"\s*[/,]\s*|\s+en\s+", m.group("names")) if n.strip()]
        names = [surname(n) for n in raw]
        names = [n for n in names if n not in NOT_A_NAME and n.split()[-1] not in NOT_A_NAME]
        if not names:
            continue
        name = "motie " + "/".join(names) + (" c.s." if m.group("cs") else "")
        out.append(Motion(m.start(), m.end(), name, tuple(names)))
    return out


def response_of(text: str) -> str | None:
    for label, pattern in RESPONSES:
        if pattern.search(text):
            return label
    return None


def asks_of(text: str) -> str | None:
    m = ASKS.search(text)
    return " ".join(m.group(0).split())[:400] if m else None
