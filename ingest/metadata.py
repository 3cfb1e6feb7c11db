"""Document metadata read from the document itself: title, date, type, addressee, sender, kenmerk.

Everything is looked for in the first page's margin (letterhead sidebar, Kamer header) and body,
and the signature on the last page. The tables below are the cues, in the domain's words.
"""
from __future__ import annotations

import re

from .months import parse_dutch_date
from .records import Extraction

# (document type, cue on the first page), first match wins.
DOC_TYPE_CUES: list[tuple[str, re.Pattern]] = [
    ("motie", re.compile(r"^\s*(?:Nr\.\s*\d+\s+)?Motie van (het lid|de leden)\b", re.M | re.I)),
    ("kamervragen", re.compile(r"\bVragen van (het lid|de leden)\b.*|\bAntwoord van (de )?(minister|staatssecretaris)\b", re.I)),
    ("woo-besluit", re.compile(r"\b(Wob|Woo)[- ]?(\(|)verzoek|\bverzoek\b.{0,80}\bWet (openbaarheid van bestuur|open overheid)\b", re.I | re.S)),
    ("bnc-fiche", re.compile(r"\bBNC-fiche\b.{0,40}$|^\s*Fiche \d+:", re.M)),
    ("dossier", re.compile(r"^\s*Introductiedossier\b|^\s*Inhoud(sopgave)?\s*$", re.M)),
    ("nota", re.compile(r"^\s*(Nota\b|\d\.?\s+Geadviseerd besluit)|\bU wordt gevraagd (in te stemmen|akkoord)", re.M)),
    ("kamerbrief", re.compile(r"Aan de Voorzitter van de (Eerste|Tweede) Kamer|\buw Kamer\b|Retouradres", re.I)),
]

# (addressee, cue); the document type decides first where it fixes the addressee.
ADDRESSEE_CUES: list[tuple[str, re.Pattern]] = [
    ("Eerste Kamer", re.compile(r"[Vv]oorzitter van de Eerste Kamer|\bEerste Kamer der Staten-Generaal\b")),
    ("Tweede Kamer", re.compile(r"[Vv]oorzitter van de Tweede Kamer|\bTweede Kamer der Staten-Generaal\b|\bAanhangsel\b")),
    ("Tweede Kamer", re.compile(r"\buw Kamer\b", re.I)),
]
ADDRESSEE_BY_TYPE = {"nota": "minister", "woo-besluit": None, "motie": None}

DATE_LABEL = re.compile(r"\bDatum\s*:?\s*\n?\s*(\d{1,2}\s+[A-Za-z]+\s+\d{4})")
ANSWERED = re.compile(r"\(ontvangen\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", re.I)   # the answer's date, not the question's
SUBMITTED = re.compile(r"\(ingezonden\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", re.I)
MOTION_DATE = re.compile(r"^\s*Voorgesteld\s+(\d{1,2}\s+[a-z]+\s+\d{4})", re.I | re.M)
KENMERK = re.compile(r"\bOns kenmerk\s*:?\s*(?:\n\s*)?([A-Z0-9][\w/.-]*\d[\w/.-]*)")
# a sidebar that labels the sender's reference just `Kenmerk` (never `Uw kenmerk`)
BARE_KENMERK = re.compile(r"(?<!Uw )(?<!uw )^\s*Kenmerk\s*:?\s*(?:\n\s*)?([A-Z0-9][\w/.-]*\d[\w/.-]*)", re.M)
SUBJECT = re.compile(r"^\s*(?:Onderwerp|Betreft)\s*:?\s+(.+?)\s*$", re.M)
MOTION_TITLE = re.compile(r"^\s*(?:Nr\.\s*\d+\s+)?(Motie van (?:het lid|de leden) .+?)\s*$", re.M | re.I)
QUESTIONS_TITLE = re.compile(r"(Vragen van (?:het lid|de leden) .+?)\s*\((?:ingezonden|ontvangen)", re.S)
NOTA_SUBJECT = re.compile(r"in te stemmen met (?:het )?(.+?)(?:\s+op\s+\w+dag\b|\s+op\s+\d|[.;])", re.S)
HEADING = re.compile(r"^[A-Z][^\n.:;?!]{2,70}$")
SIGNATURE = re.compile(r"^\s*(?:De |de )?((?:Minister|Staatssecretaris)\b[^\n]*?),?\s*\n+\s*([^\n]{3,60})\s*$", re.M)
ANSWER_BY = re.compile(r"Antwoord van (?:de )?((?:Minister|Staatssecretaris)[^(\n]*?(?:\([^)]*\))?)(?:,| \(ontvangen)", re.I)


def read_metadata(extraction: Extraction, name: str) -> dict:
    """title, date (ISO or None), doc_type, addressee, sender, kenmerk of a document."""
    pages = extraction.pages
    first_margin = extraction.margin.get(pages[0].number, "") if pages else ""
    first = first_margin + "\n" + (pages[0].text if pages else "")
    head = first + "\n" + "\n".join(extraction.margin.values())
    last = pages[-1].text if pages else ""
    doc_type = read_doc_type(first, name)
    return {
        "title": read_title(first, doc_type, pages[0].text if pages else ""),
        "date": read_date(head, doc_type),
        "doc_type": doc_type,
        "addressee": read_addressee(head, doc_type),
        "sender": read_sender(first + "\n" + last),
        "kenmerk": read_kenmerk(head),
    }


def read_doc_type(text: str, name: str) -> str:
    for doc_type, cue in DOC_TYPE_CUES:
        if cue.search(text[:6000]):
            return doc_type
    lowered = name.lower()
    for doc_type in ("motie", "kamervragen", "nota", "dossier", "kamerbrief"):
        if doc_type in lowered:
            return doc_type
    return "other"


def read_date(text: str, doc_type: str) -> str | None:
    for pattern in (DATE_LABEL, ANSWERED, MOTION_DATE, SUBMITTED):
        m = pattern.search(text)
        if m:
            # "7 november 20224 oktober 2022": a footnote digit glued to the year; the year is 4 digits
            parsed = parse_dutch_date(m.group(1)[: m.group(1).rfind(" ") + 5])
            if parsed:
                return parsed
    return None


def read_kenmerk(text: str) -> str | None:
    m = KENMERK.search(text) or BARE_KENMERK.search(text)
    return m.group(1).rstrip(".") if m else None


def read_addressee(text: str, doc_type: str) -> str | None:
    if doc_type in ADDRESSEE_BY_TYPE:
        return ADDRESSEE_BY_TYPE[doc_type]
    for addressee, cue in ADDRESSEE_CUES:
        if cue.search(text):
            return addressee
    return None


def read_sender(text: str) -> str | None:
    m = ANSWER_BY.search(text)
    if m:
        return re.sub(r"\s+", " ", m.group(1)).strip()
    found = SIGNATURE.findall(text)
    if found:
        office, person = found[-1]
        return f"{office.strip().rstrip(',')}, {person.strip()}"
    return None


def read_title(first: str, doc_type: str, body: str) -> str | None:
    for pattern in (SUBJECT, MOTION_TITLE):
        m = pattern.search(first)
        if m:
            return _tidy(m.group(1))
    m = QUESTIONS_TITLE.search(first)
    if m:
        return _tidy(m.group(1))
    if doc_type == "nota":
        m = NOTA_SUBJECT.search(body)
        if m:
            return "Nota: " + _tidy(m.group(1))
    headings = _headings(body)
    if headings:
        return " en ".join(headings[:2]) if doc_type == "kamerbrief" else headings[0]
    return None


def _headings(body: str) -> list[str]:
    """Short standalone lines that open a paragraph: the headings of a page."""
    out = []
    for block in re.split(r"\n\s*\n", body):
        lines = block.strip().split("\n")
        if len(lines) >= 1 and HEADING.match(lines[0].strip()) and len(lines[0].split()) <= 8:
            if len(lines) == 1 or not lines[0].rstrip().endswith(","):
                out.append(lines[0].strip())
    return out


LOWER_WORDS = {"van", "de", "der", "den", "het", "en", "leden", "lid", "over", "aan", "ter", "ten", "op", "in"}


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().rstrip(".")
    if text.isupper():  # a title set in capitals: `MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS`
        words = [w.lower() if w.lower() in LOWER_WORDS else w.capitalize() for w in text.split()]
        text = " ".join([words[0].capitalize(), *words[1:]])
    return text
