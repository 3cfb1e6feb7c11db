"""References to parliamentary papers, normalized: Kamerstukken (`35300-VI-63`), Handelingen,
Aanhangsel (`ah-tk-20232024-1843`), ECLI, and the Kamer's toezegging numbers (`TZ202309-010`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dutch.months import MONTH_NAMES

ROMAN = r"(?:[IVXLC]{1,6}|[A-Z]{1,2})"
DOSSIER = r"(?P<dossier>\d{2}\s?\d{3})"
SUB = rf"(?:[\s-]?(?P<sub>{ROMAN})(?![\w]))?"
NUMBERS = r"(?:nrs?\.?|nummers?|no\.?)\s?(?P<nrs>\d+(?:\s*(?:,|en)\s*\d+)*)"
YEAR = r"(?:\d{4}\s*[/–-]\s*\d{2,4},?\s*)"
ECLI_SEP = r"\s?[:;•·.]\s?"
FILE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]*){2,}(?:\.\w+)?")
QUOTED = r"[‘'“\"](?P<title>[^’'”\"]{5,150})[’'”\"]"


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    normalized: str
    ref_type: str


# (reference type, pattern) in the order tried; the named groups build the normalized form.
PATTERNS: list[tuple[str, re.Pattern]] = [
    # ECLI, also as an OCR layer reads it (`ECLI:NL•RVS:2014:1153`)
    ("ecli", re.compile(rf"\bECLI{ECLI_SEP}(?P<country>[A-Z]{{2}}){ECLI_SEP}(?P<court>[A-Z]{{2,8}}){ECLI_SEP}"
                        rf"(?P<year>\d{{4}}){ECLI_SEP}(?P<number>[\w.]*\w)")),
    ("aanhangsel", re.compile(r"Aanhangsel(?: van de)? Handelingen,?\s*(?:II\s*)?(?:[Vv]ergaderjaar\s*)?(?P<y1>\d{4})\s*[/–-]\s*(?P<y2>\d{2,4}),?\s*nr\.?\s*(?P<nr>\d+)")),
    ("aanhangsel", re.compile(r"\bah-tk-(?P<years>\d{8})-(?P<nr>\d+)")),
    ("handelingen", re.compile(r"Handelingen\s*(?P<kamer>I{1,2})?\s*(?P<y1>\d{4})\s*[/–-]\s*(?P<y2>\d{2,4}),?\s*nr\.?\s*(?P<nr>\d+)(?:,?\s*item\s*(?P<item>\d+))?")),
    ("kamerstuk", re.compile(rf"\bkst-(?P<dossier>\d{{5}})-(?:(?P<sub>[IVXLC]+)-)?(?P<nrs>\d+)")),
    ("kamerstuk", re.compile(rf"\b(?P<dossier>\d{{5}})-(?P<sub>{ROMAN})-(?P<nrs>\d+)\b")),
    ("kamerstuk", re.compile(rf"(?:Kamerstuk(?:ken|nummer)?\s*(?:I{{1,2}}\s*)?,?\s*{YEAR}?|\bTK\s*{YEAR}?|\b){DOSSIER}{SUB},?\s*{NUMBERS}")),
    # Eerste Kamer papers are lettered: `Kamerstukken I 2020/21, 35 300 VI, E`
    ("kamerstuk", re.compile(rf"Kamerstuk(?:ken)?\s*I\s*,?\s*{YEAR}?{DOSSIER}{SUB},\s*(?:letter\s+)?(?P<letter>[A-Z]{{1,2}})\b")),
    ("toezegging", re.compile(r"\bTZ\d{6}-\d{3}\b")),
    # the Kamer's number of a set of written questions: `2023Z12345`
    ("kamervragen", re.compile(r"\b(?P<zaak>(?:19|20)\d{2}Z\d{4,5})\b")),
    # Staatsblad and Staatscourant, as officielebekendmakingen.nl names them: `stb-2021-123`
    ("staatsblad", re.compile(r"\b(?:Stb\.?|Staatsblad)\s*(?P<year>(?:19|20)\d{2}),?\s*(?:nr\.?\s*)?(?P<nr>\d+)\b")),
    ("staatscourant", re.compile(r"\b(?:Stcrt\.?|Staatscourant)\s*(?P<year>(?:19|20)\d{2}),?\s*(?:nr\.?\s*)?(?P<nr>\d+)\b")),
    # letters to the Kamer cited by date, with the title they go by: `Brief TK 26 mei 2020 inzake ...`,
    # `Kamerbrief van 30 september`, `bij brief aan de Tweede Kamer van 10 september 2020 inzake ‘...’`
    ("brief", re.compile(rf"\b(?:Kamerbrief|[Bb]rief\s+(?:aan\s+de\s+(?:Tweede\s+|Eerste\s+)?(?:Kamer|TK)|TK))\s+"
                         rf"(?:van\s+|d\.d\.\s+|op\s+)?(?P<date>\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?)"
                         rf"(?:\s+(?:inzake|over|m\.b\.t\.|betreffende)\s+(?:{QUOTED}|[^;.\n(]{{5,150}}))?")),
    ("brief", re.compile(rf"\bKamerbrief\s+{QUOTED}")),
    # letters cited by what they answer: `Kamerbrief n.a.v. motie Becker over ...`
    ("brief", re.compile(r"\bKamerbrief\s+(?P<topic>(?:n\.a\.v\.|naar\s+aanleiding\s+van|over|inzake|met)\s+[^.;]{5,200})")),
    ("bnc-fiche", re.compile(rf"\bBNC-fiche\s+(?:d\.d\.\s+|van\s+)?(?P<date>\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}})")),
    ("kamervragen", re.compile(rf"\b(?:TK[- ]vragen|Kamervragen)\s+(?:van\s+het\s+lid\s+\S+\s+)?(?:aan|over)\b[^.;()]{{5,160}}"
                               rf"(?:\(\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}}\))?")),
]


def _years(y1: str, y2: str) -> str:
    y2 = y2 if len(y2) == 4 else y1[:2] + y2
    return y1 + y2


def find_references(text: str) -> list[Reference]:
    """Every reference in a text, one per paper (`nummers 427, 433 en 473` gives three)."""
    out: list[Reference] = []
    taken: list[tuple[int, int]] = []
    for ref_type, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            out.extend(Reference(m.start(), m.end(), n, ref_type) for n in normalized_forms(ref_type, m))
    return sorted(out, key=lambda r: r.start)


def normalized_forms(ref_type: str, m: re.Match) -> list[str]:
    g = m.groupdict()
    if ref_type == "ecli":
        return [":".join(("ECLI", g["country"], g["court"], g["year"], g["number"]))]
    if ref_type == "toezegging":
        return [m.group(0)]
    if ref_type == "brief":
        if g.get("topic"):   # up to a file name that may follow it (`tk-reactie-motie-...pdf`)
            words = [w for w in g["topic"].split()]
            cut = next((i for i, w in enumerate(words) if FILE_SLUG.fullmatch(w)), len(words))
            return [" ".join(["Kamerbrief", *words[:cut]])]
        title = f"'{' '.join(g['title'].split())}'" if g.get("title") else None
        return [" ".join(x for x in ("Kamerbrief", g.get("date"), title) if x)]
    if ref_type == "bnc-fiche":
        return [f"BNC-fiche d.d. {g['date']}"]
    if ref_type in ("staatsblad", "staatscourant"):
        return [f"{'stb' if ref_type == 'staatsblad' else 'stcrt'}-{g['year']}-{g['nr']}"]
    if ref_type == "kamervragen" and g.get("zaak"):
        return [g["zaak"]]
    if ref_type == "kamervragen":
        return [" ".join(m.group(0).split()).replace("(", ", ").replace(")", "").replace(" ,", ",")]
    if ref_type == "aanhangsel":
        years = g.get("years") or _years(g["y1"], g["y2"])
        return [f"ah-tk-{years}-{g['nr']}"]
    if ref_type == "handelingen":
        kamer = "ek" if g.get("kamer") == "I" else "tk"
        item = f"-{g['item']}" if g.get("item") else ""
        return [f"h-{kamer}-{_years(g['y1'], g['y2'])}-{g['nr']}{item}"]
    dossier = re.sub(r"\s", "", g["dossier"])
    sub = f"-{g['sub'].upper()}" if g.get("sub") else ""
    if g.get("letter"):
        return [f"{dossier}{sub}-{g['letter']}"]
    return [f"{dossier}{sub}-{n}" for n in re.findall(r"\d+", g["nrs"])]
