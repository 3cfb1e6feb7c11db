"""Layout rules shared by the PDF and the text extractors: what a letterhead sidebar, a running
header or footer line looks like, and how line-break hyphenation is undone.

The PDF extractor finds these zones by geometry first; these tables are what is left to go on
where the geometry is gone (text extracts), and a second check inside the PDF margins.
"""
from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterable

from ingest.dutch.function_words import GOES_ON_AFTER
from ingest.dutch.whitespace import collapse
from ingest.dutch.vocabulary import written_with_hyphen

from ingest.records import Footnote, Page

# Lines that belong to the letterhead sidebar or the first-page address block, never to the body.
# Lines that belong to the letterhead sidebar or the first-page address block, never to the body.
# Labels are matched with their capital, on short lines only (a body line may start with "datum").
SIDEBAR_LINE = [re.compile(p) for p in (
    r"^>?\s*Retouradres\b",
    r"^Directoraat[- ]Generaal\b",
    r"^Directie\b",
    r"^Datum\b",
    r"^Ons kenmerk\b",
    r"^Uw kenmerk\b",
    r"^Uw brief\b",
    r"^Onderwerp\b",
    r"^Betreft\b",
    r"^Bijlage\(?n\)?\s*\d*$",
    r"^Bij beantwoording\b",
    r"^en ons kenmerk vermelden",
    r"^de datum en ons kenmerk",
    r"^Wilt u slechts één zaak",
    r"^brief behandelen\.?$",
    r"^Postbus \d+",
    r"^\d{4}\s?[A-Z]{2}\s+\S+(\s\S+)?$",
    r"^www\.\S+(?<![.,;:])$",   # (a web address that ends a sentence, `www.rijksoverheid.nl.`, is body text)
    r"^[TF]\s+0\d",
    r"^Turfmarkt \d+",
    r"^Aan de Voorzitter van de (Eerste|Tweede) Kamer",
    r"^[Dd]er Staten-Generaal$",
    r"^Contactpersoon\b",
    r"^Kenmerk\b",
)]
SIDEBAR_MAX_WORDS = 10   # a sidebar line is short; longer lines starting with a label are body text

# Page furniture: footers and running headers of letters and Kamer publications.
FURNITURE_LINE = [re.compile(p, re.I) for p in (
    r"^pagina \d+ van \d*$",
    r"^pagina \d+\s*/\s*\d+$",   # `Pagina 1/12` (Defensie)
    r"^pagina \d+$",
    r"^kst-\d+-\d+",
    r"^ah-tk-\d+-\d+",
    r"^issn \d{4}\s*-\s*\d{4}",
    r"^(eerste|tweede) kamer, vergaderjaar \d{4}[–-]\d{4}",
    r"^(eerste|tweede) kamer der staten-generaal(\s*\d)?$",   # (`... Staten-Generaal 2`, the column mark of the Aanhangsel)
    # (the same mark as a saved page's table row: `Tweede Kamer der Staten-Generaal | 2 |`, berthub.eu 2024-2025)
    r"^\|?\s*(eerste|tweede) kamer der staten-generaal\s*\|\s*\d\s*\|?$",
    # (not a citation wrapped onto the line: `Zie ook Aanhangsel Handelingen,` / `vergaderjaar 2024–2025, nr. 1529`)
    r"^vergaderjaar \d{4}\s*[–-]\s*\d{4}\b(?!\s*,\s*(?:nr|aanhangselnummer)\b)",
    r"^aanhangsel van de handelingen$",
    r"^vragen gesteld door de leden der kamer",
    r"^regering gegeven antwoorden$",   # the Aanhangsel's heading wrapped: `... met de daarop door de` / `regering ...`
    r"^[’']s-gravenhage \d{4}(\s*(eerste|tweede) kamer, vergaderjaar \d{4}[–-]\d{4}, aanhangsel \d+)?$",
    # a saved web page's navigation, no part of the paper (rules38 probe): a menu of bracketed links (`[overzicht]
    # [activiteiten] [besluiten] ...`, berthub.eu), the link back to the top (`Naar boven`), and the head of a page of
    # officielebekendmakingen.nl: its search tabs' captions, its breadcrumb label, its own label (`Kamerstuk`) and its
    # register table, as a row of cells or run together (`| Datum publicatie | Organisatie | Vergaderjaar | ...`,
    # `|---|---|`, `| Eerste Kamer der Staten-Generaal | 2024-2025 | 30573 nr. J |`,
    # `Datum publicatieOrganisatieVergaderjaarVraagDatum indiening`)
    r"^(\[[^\]]{1,40}\]\s*){3,}$",
    r"^naar boven$",
    # (the Tweede Kamer's page of a committee meeting: its placeholder for each paper the script did not load
    # (`Te behandelen:` / `Loading data`) and its note that the meeting is past, TK OCW 2019, probe69)
    r"^loading data$",
    r"^de vergadering is geweest$",
    r"^zoals vergunningen, bouwplannen en lokale regelgeving\.?$",
    r"^adressen en contactpersonen van overheidsorganisaties\.?$",
    r"^u bent hier:?$",
    r"^download deze brief in pdf[- ]?formaat$",   # (a page of rijksoverheid.nl over its letter, LNV 2018, allpool)
    r"^(kamerstuk|kamervragen zonder antwoord)$",   # (the page's label over its register table)
    r"^\|\s*datum publicatie\s*\|",
    r"^\|(\s*:?-{3,}:?\s*\|)+$",
    r"^\|\s*(eerste|tweede) kamer der staten-generaal\s*\|\s*\d{4}\s*[–-]\s*\d{4}\s*\|",
    r"^datum publicatie\s*organisatie\s*vergaderjaar",
    r"^(eerste|tweede) kamer der staten-generaal\s*\d{4}\s*[–-]\s*\d{4}",
    # the stamp on every page of documents released under the Woo (or the Wob before it), its document number beside
    # it on the same line (`Openbaar gemaakt op grond van de Woo  Document 12`); never a sentence (no stop at its end)
    r"^openbaar gemaakt (?:op grond|op basis) van (?:de )?(?:woo|wob|wet open overheid|wet openbaarheid van bestuur)"
    r"(?:\s+(?:document|doc\.?)\s*(?:nr\.?\s*)?\d{1,5})?$",
)]
# The words of that stamp set upright in the page's margin: OCR reads them one by one, in any order
# (`grond de Woo gemaakt Openbaar van op`); a line of only these words, with the act's name and most of the rest.
STAMP_WORDS = frozenset("openbaar gemaakt op grond basis van de woo wob wet open overheid".split())
STAMP_MIN_WORDS = 5

# The inventory of a Woo (Wob) decision: a table of the documents found, one row each. Its header row names three of
# these columns or more (`Nr. | Datum | Omschrijving | Beoordeling | Weigeringsgrond`); its rows hold a date, an
# assessment (`Deels openbaar`) or a ground code (`5.1.2e`, `10.2.g`). Rows are no sentences of the body.
INVENTORY_COLUMNS = frozenset({"nr", "nr.", "nummer", "docnr", "docnr.", "datum", "omschrijving", "beoordeling",
                               "weigeringsgrond", "weigeringsgronden", "grond", "gronden", "openbaarmaking"})
INVENTORY_MIN_COLUMNS = 3
INVENTORY_HEADER_MAX_WORDS = 8
# (a row's number before its date as OCR misreads it, its dashes lost: `2 [12021999`, `2 [1sos2013`;
# an assessment is a cell of its own, capitalised, at the row's end or before its ground: never `niet openbaar gemaakt`
# or a sentence wrapped after `het Openbaar`)
INVENTORY_ROW = re.compile(r"\b\d{1,2}-\d{1,2}-\d{4}\b|^\d{1,3}\s+\[?\S{0,4}\d{4}\b|(?:\b(?:Deels|Niet|Reeds|Wel) openbaar|(?<!het )\bOpenbaar)"
                           r"(?=\s*(?:$|\d))|(?<![\w.])\d{1,2}(?:\.\d{1,2}){1,3}\.?[a-z]?(?![\w.])")
SENTENCE_ROW_WORDS = 12   # a line this long ending in a stop below the table is a sentence again


INVENTORY_TITLE = re.compile(r"^inventarislijst\b(?!.*[.;]$)", re.I)   # its title: the rows under it (a header row lost)


def is_inventory_header(line: str) -> bool:
    """The header row of a Woo decision's inventory table (`Nr. Datum Omschrijving Beoordeling Weigeringsgrond`)."""
    words = [w.strip("[]|:").lower() for w in line.split()]
    named = sum(w in INVENTORY_COLUMNS or w.rstrip(".") in INVENTORY_COLUMNS for w in words)
    return named >= INVENTORY_MIN_COLUMNS and len(words) <= INVENTORY_HEADER_MAX_WORDS


def is_inventory_row(line: str) -> bool:
    """A row under an inventory's header: a date, an assessment or a ground code in it, and no long sentence."""
    s = collapse(line)
    return bool(INVENTORY_ROW.search(s)) and not (len(s.split()) >= SENTENCE_ROW_WORDS and s.endswith("."))


# A hyphen at a line end is kept (not a broken word) when the next line goes on with one of these.
VOWELS = set("aeiouyáéíóúäëïöü")
KEEP_HYPHEN_BEFORE = {"en", "of", "tot", "als", "dan", "noch", "respectievelijk", "c.q.", "en/of"}

SUBJECT_LINE = re.compile(r"^\s*(Onderwerp|Betreft)\b")
SUBJECT_LABEL_ONLY = re.compile(r"(?:Onderwerp|Betreft)\s*:?")
LETTERHEAD_SEARCH_LINES = 80  # the subject line closes the letterhead within this many lines
# A sidebar label is a label only when what follows it is its value; `Datum van inwerkingtreding is ...`,
# `Onderwerp van gesprek was ...` and `Directie en medewerkers ...` are body sentences.
# (label, what its value looks like); a colon after the label always makes it a label.
LABEL_VALUES: list[tuple[re.Pattern, re.Pattern]] = [
    (re.compile(r"^Datum\b\s*(.*)$"), re.compile(r"^$|^\d\S*(?:\s+\S+){0,5}(?<!\.)$")),
    (re.compile(r"^(?:Ons |Uw )?[Kk]enmerk\b\s*(.*)$"), re.compile(r"^$|^\S*\d\S*$")),
    (re.compile(r"^Uw brief\b\s*(.*)$"), re.compile(r"^$|^(?:van\s+)?\d[^.]*\.?$")),
    (re.compile(r"^(?:Onderwerp|Betreft)\b\s*(.*)$"), re.compile(r"^$|^[^a-z]")),
    (re.compile(r"^(?:Directie|Directoraat[- ]Generaal|Contactpersoon)\b\s*(.*)$"), re.compile(r"^$|^[^a-z]")),
]
# A letterhead label standing alone on its line (its value beside it, or on the next line).
LABEL_ONLY = re.compile(r"^(?:Datum|Betreft|Onderwerp|(?:Ons|Uw) kenmerk|Kenmerk|(?:Onze|Uw) referentie|Uw brief"
                        r"|Bijlagen?|Bijlage\(n\))\s*:?$")
# The letterhead ends at the salutation: a subject line is only looked for above it.
SALUTATION = re.compile(r"^\s*(Geachte|Hooggeachte|Beste)\b")
# A wrapped subject goes on for at most this many lines, up to a blank line.
MAX_SUBJECT_CONTINUATION = 2
WRAPPED_SUBJECT_CHARS = 45   # a subject line this long (label included) was wrapped by the column, not ended
# Characters a sentence (or a subject line) ends with.
SENTENCE_END = (".", ":", ";", "?", "!", "”", "\"", ")")

WORD_STRIP = ".,;:()[]«»‘’'\"“”!?"   # punctuation around a word
WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)", re.I)
_HYPHEN_END = re.compile(r"(\w+)-$")
# hyphen glyphs other than `-` that typesetters set at a line break: U+2010 HYPHEN (Chromium, InDesign print a soft
# hyphen so), U+00AD SOFT HYPHEN; they join as `-` does
LINE_END_HYPHENS = ("\u2010", "\u00ad")
_FIRST_WORD = re.compile(r"^(\S+)")


def is_sidebar_line(line: str) -> bool:
    """True for a letterhead line (labels, addresses, reply instructions)."""
    s = line.strip()
    if not s or (len(s.split()) > SIDEBAR_MAX_WORDS and not s.lstrip("> ").startswith("Retouradres")):
        return False
    return any(p.search(s) for p in SIDEBAR_LINE)


def is_furniture_line(line: str) -> bool:
    """True for a page footer or running header line."""
    s = collapse(line)
    return bool(s) and (any(p.search(s) for p in FURNITURE_LINE) or _stamp_words(s))


def _stamp_words(line: str) -> bool:
    """A line of only the Woo stamp's words in any order (read from a stamp set upright in the margin)."""
    words = [w.strip(".,:;").lower() for w in line.split()]
    return (len(words) >= STAMP_MIN_WORDS and set(words) <= STAMP_WORDS and {"openbaar", "gemaakt"} <= set(words)
            and bool({"woo", "wob", "overheid"} & set(words)))


def hyphen_join(left: str, right: str) -> str | None:
    """How a line ending in a hyphen joins the next one: the joined text, or None to keep the break.

    ``informatievoor-`` + ``ziening`` joins to ``informatievoorziening``; ``wet-`` + ``en regelgeving``
    joins to ``wet- en regelgeving``; ``COVID-`` + ``19``, ``EU-`` + ``lidstaten`` and ``drone-`` +
    ``exploitanten`` keep the hyphen (an abbreviation, a number, or two vowels that would run together).
    """
    left_s = left.rstrip()
    m = _HYPHEN_END.search(left_s)
    right_s = right.lstrip()
    first = _FIRST_WORD.match(right_s)
    if not m or not first:
        return None
    word = first.group(1)
    if word.lower().rstrip(",.;:") in KEEP_HYPHEN_BEFORE:
        return left_s + " " + right_s  # `wet- en regelgeving`: one line, hyphen kept
    fragment = m.group(1)
    if (word[0].isdigit() or word[0].isupper() or fragment.isupper() or fragment[-1].isdigit()
            or (fragment[-1].lower() in VOWELS and word[0].lower() in VOWELS)):
        # `COVID-19`, `EU-lidstaten`, and the Dutch vowel-clash hyphen: `drone-exploitanten`, `zee-egel`
        return left_s + right_s
    if word[0].islower():
        return left_s[:-1] + right_s
    return None


def join_hyphenated(lines: list[str], vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """Undo line-break hyphenation in a list of lines (blank lines are paragraph breaks, kept).
    ``vocabulary`` is the document's own word forms: where it writes the word with its hyphen
    (`procureurs-generaal`) and never without, the hyphen is kept (see ``join_line_pair``)."""
    out: list[str] = []
    for line in lines:
        joined = join_line_pair(out[-1], line, vocabulary) if out else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(line)
    return out


def join_line_pair(left: str, right: str, vocabulary: frozenset[str] = frozenset()) -> str | None:
    """The one hyphen joiner: ``left`` ending in a line-break hyphen joined with ``right``, or None
    when ``left`` does not end in a hyphen, ``right`` is empty, or the break stays. The hyphen is
    kept where the document writes the word with it or the word is a web address; else
    ``hyphen_join`` decides."""
    if left.rstrip().endswith(LINE_END_HYPHENS):
        left = left.rstrip()[:-1] + "-"   # the typesetter's hyphen glyph at a break is the hyphen (`bijstandsge‐`)
    if not left.rstrip().endswith("-") or not right.strip():
        return None
    kept = _hyphen_kept(left, right, vocabulary)
    return kept if kept is not None else hyphen_join(left, right)


ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}")   # `EU`, `IND`, `COVID`: Dutch joins a compound to it by a hyphen


def _hyphen_kept(left: str, right: str, vocabulary: frozenset[str]) -> str | None:
    """``left`` + ``right`` with the hyphen kept, when the document's own words or the Dutch lexicon say so
    (a typed letter breaks only at real hyphens) or the broken word is a web address, else None (``left``
    ends in a hyphen, ``right`` has a word)."""
    last = left.rstrip().rsplit(None, 1)[-1]
    head = right.strip().split(None, 1)[0]
    if "/" in last or "/" in head:
        return left.rstrip() + right.lstrip()   # a web address broken at one of its own hyphens
    fragment = last[:-1].strip(WORD_STRIP).lower()
    tail = head.strip(WORD_STRIP).lower()
    if not fragment or not tail or not head[0].isalpha():
        return None
    if f"{fragment}-{tail}" in vocabulary and f"{fragment}{tail}" not in vocabulary:
        return left.rstrip() + right.lstrip()
    if head[0].islower() and written_with_hyphen(fragment, tail):
        return left.rstrip() + right.lstrip()   # Dutch writes it so: `niet-ontvankelijk`, `collega-ministers`
    if head[0].islower() and ACRONYM.fullmatch(last[:-1].strip(WORD_STRIP)):
        return left.rstrip() + right.lstrip()   # an acronym's compound keeps its hyphen: `EU-lidstaten`
    return None


def continue_line(left: str, right: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """``right`` appended to ``left`` as the next line of one paragraph (a footnote's wrapped
    text): hyphenation undone, a web address broken at a slash closed up, else a space between."""
    if not left.strip():
        return right.strip()
    joined = join_line_pair(left, right, vocabulary)
    if joined is not None:
        return joined
    if _web_address_goes_on(left, right):
        return left.rstrip() + right.lstrip()   # `https://ec.europa.eu/eurostat/statistics-` + `explained/...`
    return left + " " + right


def _web_address_goes_on(left: str, right: str) -> bool:
    """True when ``left`` ends in a web address and ``right`` is one word going on with it (not the
    next address)."""
    last = left.rstrip().rsplit(None, 1)[-1]
    words = right.split()
    return (WEB_ADDRESS.match(last) is not None and len(words) == 1
            and WEB_ADDRESS.match(words[0]) is None and not words[0][0].isupper())


def split_letterhead(lines: list[str]) -> tuple[list[str], list[str]]:
    """On a letter's first page, everything up to and including the subject line (`Onderwerp`,
    `Betreft` and its value, above the salutation) is letterhead: (body lines, letterhead
    lines). A subject wrapped over the next lines (up to a blank line) is joined into one line."""
    salutation = next((i for i, line in enumerate(lines[:LETTERHEAD_SEARCH_LINES]) if SALUTATION.match(line)), None)
    for i, line in enumerate(lines[:LETTERHEAD_SEARCH_LINES if salutation is None else salutation]):
        s = collapse(line)
        # above a salutation a subject may start in lower case (`Betreft uw brief van ...`); without one,
        # the label must be followed by what reads as a value
        if SUBJECT_LINE.match(s) and ((salutation is not None and not s.endswith(".")) or not label_without_value(s)):
            head = [h.strip() for h in lines[:i] if h.strip()]
            subject, end = _subject_with_continuation(lines, i)
            return lines[end:], head + [subject]
    return lines, []


def _subject_with_continuation(lines: list[str], i: int) -> tuple[str, int]:
    """The subject line joined with the lines it wraps onto, and the index of the first body line.
    A line continues the subject when the subject stops mid-phrase (`... de instroom van`) or the line
    goes on in lower case, and a blank line or the salutation closes the continuation."""
    subject = collapse(lines[i])
    if SUBJECT_LABEL_ONLY.fullmatch(subject):   # the label alone, its value on the next line (`Onderwerp` / `Planning ...`)
        k = next((k for k in range(i + 1, min(len(lines), i + 3)) if collapse(lines[k])), None)
        value = collapse(lines[k]) if k is not None else ""
        if k is not None and not SALUTATION.match(value) and not label_without_value(value) \
                and not any(label.match(value) for label, _ in LABEL_VALUES):
            subject, i = f"{subject} {value}", k
    taken: list[str] = []
    for j in range(i + 1, min(len(lines), i + 1 + MAX_SUBJECT_CONTINUATION)):
        nxt = collapse(lines[j])
        after = collapse(lines[j + 1]) if j + 1 < len(lines) else ""
        so_far = " ".join([subject, *taken])
        # a long subject line wrapped onto a capitalised word (`Betreft Uitstel informeren impact focusverschuiving` /
        # `Hoofdtaak 3 van de krijgsmacht`) goes on too, when a blank line or the salutation closes it
        wrapped = (len(so_far) >= WRAPPED_SUBJECT_CHARS and not so_far.endswith(SENTENCE_END) and len(nxt.split()) >= 2
                   and (not after or SALUTATION.match(after) is not None) and SALUTATION.match(nxt) is None)
        if not nxt or SUBJECT_LINE.match(nxt) or not (sentence_goes_on(so_far, nxt) or wrapped):
            break
        taken.append(nxt)
        if not after or SALUTATION.match(after):
            return _lines_joined([subject, *taken]), j + 1
    return subject, i + 1


def _lines_joined(lines: list[str]) -> str:
    """Lines that wrap on from each other as one, a word broken at a line-end hyphen made whole again."""
    out = lines[0]
    for line in lines[1:]:
        out = continue_line(out, line)
    return out


def label_without_value(s: str) -> bool:
    """True for a line that opens with a sidebar label but goes on as a sentence (`Datum van ...`)."""
    for label, value in LABEL_VALUES:
        m = label.match(s)
        if m:
            rest = m.group(1)
            return not (rest.startswith(":") or value.match(rest))
    return False


def sentence_goes_on(previous: str, following: str) -> bool:
    """True when ``following`` goes on with the sentence of ``previous``: it starts in lower case, or
    ``previous`` stops on a word no sentence or heading ends with (`met de`)."""
    previous = previous.rstrip()
    if not previous or previous.endswith(SENTENCE_END):
        return False
    last_word = previous.rsplit(None, 1)[-1]
    return following[:1].islower() or last_word in GOES_ON_AFTER


# The number of a page's footnote text that has no number of its own: small print under the body before the page's
# first numbered note. A note cut off at a page's foot goes on there on the next page, as Word sets it (after a
# full-width rule): `... zie ook de brief van 8 maart 2013 over de stand van` / `zaken van de Gebiedsontwikkeling ...`.
NOTE_GOES_ON = ""


def note_goes_on(footnotes: list[Footnote], page: int, text: str) -> bool:
    """True when ``text`` (unnumbered small print under a page's body) goes on with the last footnote: that
    note stands on the page before and stops mid-sentence, and ``text`` carries its sentence on."""
    return bool(footnotes) and footnotes[-1].page == page - 1 and sentence_goes_on(footnotes[-1].text, text)


# One page for `assemble_pages`: number, body text, footnotes (number, text), marker offsets, margin lines.
PagePart = tuple[int, str, list[tuple[str, str]], dict[str, int], list[str]]


def assemble_pages(parts: Iterable[PagePart]) -> tuple[tuple[Page, ...], tuple[Footnote, ...], dict[int, str]]:
    """Pages, footnotes and margin text from per-page parts (page number, body text, its footnotes
    as (number, text), each marker's position in the page text, margin lines). A footnote's marker
    offset is into the body: the page texts joined by a newline, as `records.body_text` joins them."""
    pages, margin, offset = [], {}, 0
    footnotes: list[Footnote] = []
    for number, text, notes, marker_at, margin_lines in parts:
        for note_number, note in notes:
            if note_number == NOTE_GOES_ON:
                if note_goes_on(footnotes, number, note):
                    footnotes[-1] = replace(footnotes[-1], text=continue_line(footnotes[-1].text, note))
                else:
                    margin_lines = [*margin_lines, note]
                continue
            pos = marker_at.get(note_number)
            footnotes.append(Footnote(note_number, note, number, None if pos is None else offset + pos))
        pages.append(Page(number, text))
        if margin_lines:
            margin[number] = "\n".join(margin_lines)
        offset += len(text) + 1
    return tuple(pages), tuple(footnotes), margin
