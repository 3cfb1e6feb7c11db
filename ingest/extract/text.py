"""Plain-text extracts of letters: decode, split into pages, and clean the layout noise that the
PDF-to-text conversion left interleaved with the body (page numbers, footers, sidebar lines,
footnote lines and footnote marker digits, hyphenation).

Without geometry, each rule needs corroboration before it removes anything: a lone number is a page
number only when it continues the page sequence; a line is a footnote only at a page end, with a
matching marker earlier on the page; a marker digit goes only when its footnote exists; a sidebar
label (`Datum`, `Onderwerp`, `Kenmerk`) only when its value follows, never a sentence opening with the word.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from ingest.dutch.letterhead import LABEL_ROW, VALUE_ROW
from ingest.dutch.questions import QUESTION_END
from ingest.dutch.vocabulary import is_word
from ingest.errors import EmptyDocument
from ingest.extract.decode import read_text
from ingest.dutch.whitespace import collapse
from ingest.extract.layout import (LETTERHEAD_SEARCH_LINES, PagePart, assemble_pages, sentence_goes_on, is_furniture_line,
                                   is_sidebar_line, join_hyphenated, label_without_value, split_letterhead)
from ingest.records import Extraction

log = logging.getLogger(__name__)

# A footnote as a saved page of officielebekendmakingen.nl prints it, under a label and its number on lines of their own
# (`X Noot` / `1` / `De Telegraaf, 13 september 2021; ...`, Kamervragen 2021-2022, rules38 probe): read as the footnote
# line `1 De Telegraaf, ...`, never its number as a page number
NOTE_BLOCK = re.compile(r"^[ \t]*X[ \t]+Noot[ \t]*\n[ \t]*(\d{1,3})[ \t]*\n(?:[ \t]*\n)*", re.M)
PAGE_FOOTER = re.compile(r"^\s*Pagina\s+(\d+)\s*(?:van|/)\s*\d*\s*$", re.I)   # `Pagina 2 van 3`, `Pagina 1/12`
LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
MAX_PAGE_STEP = 3            # page numbers of an extract may skip pages (odd pages only), not more
PAGE_NUMBER_EDGE_LINES = 2   # with form feeds, a page number stands among a page's first or last lines
FOOTNOTE_START = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
MAX_FOOTNOTE_LINES = 30      # a footnote block at a page end is at most this long
DATE_VALUE = re.compile(r"^\s*\d{1,2}\s+[a-z]+\s+\d{4}\s*$", re.I)
CODE_VALUE = re.compile(r"^\s*[\w/.-]*\d[\w/.-]*\s*$")
SIDEBAR_VALUE_AFTER = re.compile(r"^\s*(Datum|Ons kenmerk|Uw kenmerk|Kenmerk)\s*$", re.I)
LABELLED_VALUE = re.compile(r"^(Datum|Ons kenmerk|Uw kenmerk|Kenmerk)\s*:?\s*(\S.*)$")
ORG_LABEL = re.compile(r"^\s*(Directoraat[- ]Generaal|Directie)\b", re.I)
ORG_CONTINUATION = re.compile(r"^\s*[A-Z][\w,&'’ -]{1,45}\s*$")

# Sidebar lines the shared layout table misses in text extracts: a label run into its value.
TEXT_SIDEBAR_LINE = [re.compile(p) for p in (
    r"^Ons kenmerk\s*[A-Z0-9][\w/.-]*\d[\w/.-]*$",   # `Ons kenmerk4242124`
    r"^Uw kenmerk\s*\S+$",
)]
# Sidebar labels that the extract may glue to the end of a body line (`... in de Tweede Kamer. De Directoraat-Generaal`).
GLUED_SIDEBAR_LABELS = ("Directoraat-Generaal",)
# A letterhead value (kenmerk) glued to a body line is only recognised when it is this long and has a digit.
MIN_GLUED_VALUE_CHARS = 5
# Later pages repeat the first page's sidebar; a one-word value (`Migratie`) only counts next to other sidebar lines.
SIDEBAR_NEIGHBOURHOOD = 2
# The sidebar column overlapping a body line splits its first letter off: `i ntensivering`, `d an wel`.
SPLIT_FIRST_LETTER = re.compile(r"^([b-np-tv-z]) ([a-z]\w*)(.*)$")
# A paper's stamp with its date run on to it, as older pages of officielebekendmakingen.nl print it (`Vastgesteld16 april
# 2010`, kst-21501-31-207, probe69 held-out): the label and the date apart
GLUED_STAMP = re.compile(r"^(\s*(?:Vastgesteld|Ontvangen|Ingezonden))(?=\d{1,2}\s+[a-z]+\s+\d{4}\b)")
# A footnote line the extract left mid-page (not at a page end) is only accepted when it reads as a citation.
FOOTNOTE_CITATION = re.compile(
    r"^(Kamerstuk(ken)?\b|Handelingen\b|Aanhangsel\b|ECLI:|ABRvS\b|CRvB\b|HR\b|Rb\.|Hof\b|Stb\.|Stcrt\.|Trb\.|"
    r"Zie\b|Brief\b|Bij brief\b|https?://|www\.|Richtlijn\b|Verordening\b|Arrest\b|Uitspraak\b)", re.I)


# A letterhead printed as a table, its labels in one row and their values in the row under it (``dutch.letterhead``):
# both rows and all above them are letterhead (`structure.metadata.LABEL_ROW_VALUES` reads the values)
LABEL_ROW_LINE = re.compile(rf"^{LABEL_ROW}$")
VALUE_ROW_LINE = re.compile(rf"^{VALUE_ROW}$")


@dataclass
class _RawPage:
    number: int
    lines: list[str] = field(default_factory=list)


def extract_text(path: Path, max_chars: int = 0, page_chars: int = 0) -> Extraction:
    """Read a text extract (at most ``max_chars`` characters, 0: all) into cleaned pages, footnotes and margin
    text; a page longer than ``page_chars`` (0: any length) is split into pages of at most that length."""
    text = read_text(Path(path), max_chars)
    if not text.strip():
        raise EmptyDocument("empty file (no text)")
    text = NOTE_BLOCK.sub(r"\1 ", text.replace("\r\n", "\n").replace("\r", "\n"))
    raw_pages = split_long_pages(split_pages(text), page_chars)
    pages, footnotes, margin = assemble_pages(_page_parts(raw_pages, Path(path).name))
    if not any(p.text.strip() for p in pages):
        # the layout rules took every line (a letter whose subject line runs on into the whole text): the text is
        # kept as the file has it, never lost to a rule
        log.warning("%s: no body text left after removing the layout; pages kept as extracted", Path(path).name)
        pages, footnotes, margin = assemble_pages(
            (raw.number, "\n".join(_squeeze_blank(raw.lines)), [], {}, []) for raw in raw_pages)
    log.debug("%s: %d pages, %d footnotes", Path(path).name, len(pages), len(footnotes))
    return Extraction(pages=pages, footnotes=footnotes, margin=margin, page_count=max(p.number for p in pages))


def _page_parts(raw_pages: list[_RawPage], name: str = "") -> Iterator[PagePart]:
    """Per page: number, body text, footnotes, marker positions and margin lines (`assemble_pages`);
    the first page's sidebar values are letterhead that later pages may repeat. A cleaning rule that
    fails on a page leaves that page as the extract has it (logged), never the document."""
    letterhead: set[str] = set()
    for index, raw in enumerate(raw_pages):
        try:
            body, page_margin, notes = clean_page(raw, first=index == 0, letterhead=letterhead)
            page_text, marker_offsets = remove_markers("\n".join(body), [n for n, _ in notes])
        except Exception as exc:  # a cleaning rule must not cost the document: this page stays plain
            log.warning("%s p.%d: cleaning failed (%s: %s); page kept as extracted",
                        name, raw.number, type(exc).__name__, exc)
            body, page_margin, notes = _squeeze_blank(raw.lines), [], []
            page_text, marker_offsets = "\n".join(body), {}
        if index == 0:
            letterhead = letterhead_values(page_margin)
        yield raw.number, page_text, notes, marker_offsets, page_margin


def letterhead_values(margin: list[str]) -> set[str]:
    """The first page's sidebar lines that later pages repeat (`Directoraat-Generaal`, `Migratie`,
    the date, the kenmerk); labels and the subject line are not values."""
    out = set()
    for line in margin:
        s = collapse(line)
        if not s or s.startswith((">", "Onderwerp", "Betreft")) or SIDEBAR_VALUE_AFTER.match(s):
            continue
        labelled = LABELLED_VALUE.match(s)
        if labelled:  # `Datum 11 januari 2021`: later pages give the value on a line of its own
            out.add(labelled.group(2))
            continue
        if len(s.split()) <= 6:
            out.add(s)
    return out


def split_pages(text: str) -> list[_RawPage]:
    """A file with form feeds (how pdftotext marks page breaks) has one page per form feed, numbered
    by the footer or page-number line it carries. Without form feeds, pages end at `Pagina x van y`
    footers when the file has them, else at page-number lines that continue the page sequence."""
    if "\f" in text:
        return _split_at_form_feeds(text)
    return _split_at_page_numbers(text.split("\n"))


def split_long_pages(pages: list[_RawPage], page_chars: int) -> list[_RawPage]:
    """Pages longer than ``page_chars`` (a text without page breaks, a file of one long line) split into pages
    of at most that many characters, at a paragraph end where there is one in the second half of the page,
    else a line end, a sentence end, a space; then every page is numbered in order (1, 2, ...)."""
    if page_chars <= 0 or all(_length(p.lines) <= page_chars for p in pages):
        return pages
    pieces = [piece for p in pages for piece in _pieces("\n".join(p.lines), page_chars)]
    log.info("pages longer than %d characters split: %d pages (setting text_page_chars)", page_chars, len(pieces))
    return [_RawPage(number, piece.split("\n")) for number, piece in enumerate(pieces, 1)]


def _length(lines: list[str]) -> int:
    return sum(map(len, lines)) + len(lines) - 1


def _pieces(text: str, size: int) -> Iterator[str]:
    """``text`` in consecutive pieces of at most ``size`` characters, each ending at the best boundary (the
    paragraph break, line break or space it ends at goes with neither piece)."""
    start = 0
    while len(text) - start > size:
        end, start_next = _boundary(text, start, start + size)
        yield text[start:end]
        start = start_next
    yield text[start:]


SENTENCE_END = re.compile(r"[.!?…][)’'\"]*(?=\s)")


def _boundary(text: str, start: int, limit: int) -> tuple[int, int]:
    """(end of this piece, start of the next) for a piece of at most ``text[start:limit]``: at the last
    paragraph break, line break, sentence end or space in its second half; at the limit when there is none."""
    half = start + (limit - start) // 2
    for sep in ("\n\n", "\n"):
        at = text.rfind(sep, half, limit + len(sep))
        if at >= 0:
            return at, at + len(sep)
    ends = [m.end() for m in SENTENCE_END.finditer(text, half, limit)]
    if ends:
        return ends[-1], ends[-1] + 1   # the space after it goes with neither piece
    at = text.rfind(" ", half, limit + 1)
    return (at, at + 1) if at >= 0 else (limit, limit)


def _split_at_form_feeds(text: str) -> list[_RawPage]:
    chunks = text.split("\f")
    while chunks and not chunks[-1].strip():  # the form feed after the last page
        chunks.pop()
    pages: list[_RawPage] = []
    last = 0
    for chunk in chunks:
        lines = chunk.split("\n")
        printed = _printed_page_number(lines, last)
        if printed:
            i, number = printed
            lines = lines[:i] + lines[i + 1:]
        else:
            number = last + 1
        if any(line.strip() for line in lines):  # a blank page counts, but carries no text
            pages.append(_RawPage(number, lines))
        last = number
    return pages or [_RawPage(1, [])]


def _printed_page_number(lines: list[str], last: int) -> tuple[int, int] | None:
    """(line index, number) of a page's `Pagina x van y` footer, or of a lone page number among its
    first or last lines that continues the page sequence after ``last``."""
    for i, line in enumerate(lines):
        m = PAGE_FOOTER.match(line)
        if m and int(m.group(1)) > last:
            return i, int(m.group(1))
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in filled[::-1][:PAGE_NUMBER_EDGE_LINES] + filled[:PAGE_NUMBER_EDGE_LINES]:
        m = LONE_NUMBER.match(lines[i])
        if m and last < int(m.group(1)) <= last + MAX_PAGE_STEP:
            return i, int(m.group(1))
    return None


def _split_at_page_numbers(lines: list[str]) -> list[_RawPage]:
    # (line index of the page-end marker, page number)
    ends = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := PAGE_FOOTER.match(line))]
    if not ends:
        last = 0
        questions = _numbered_questions(lines)
        for i, line in enumerate(lines):
            lone = LONE_NUMBER.match(line)
            if lone and last < int(lone.group(1)) <= last + MAX_PAGE_STEP and _blank_after(lines, i) \
                    and i not in questions:
                ends.append((i, int(lone.group(1))))
                last = int(lone.group(1))
    pages: list[_RawPage] = []
    start, last_number = 0, 0
    for i, number in ends:
        if number <= last_number:
            continue
        pages.append(_RawPage(number, lines[start:i]))
        start, last_number = i + 1, number
    rest = lines[start:]
    if any(line.strip() for line in rest) or not pages:
        pages.append(_RawPage(last_number + 1, rest))
    return pages


QUESTION_MARK_END = re.compile(QUESTION_END)


def _numbered_questions(lines: list[str]) -> set[int]:
    """The lone numbers that number questions (a Lijst van vragen en antwoorden: `1` / `` / `Kunt u ...?`): those
    followed by a paragraph that ends on a question mark, and those that continue their count (a question cut off at
    the end); only where at least two are, so that a page that happens to open on a question keeps its page number."""
    asked: dict[int, int] = {}   # line index -> number
    numbers = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := LONE_NUMBER.match(line))]
    for i, n in numbers:
        rest = [ln.strip() for ln in lines[i + 1:i + 12]]
        start = next((k for k, ln in enumerate(rest) if ln), None)
        end = next((k for k in range(start, len(rest)) if not rest[k]), len(rest)) if start is not None else 0
        if start is not None and QUESTION_MARK_END.search(" ".join(rest[start:end])):
            asked[i] = n
    if len(asked) < 2:
        return set()
    return set(asked) | {i for i, n in numbers if n - 1 in asked.values() and i > min(asked)}


def _blank_after(lines: list[str], i: int) -> bool:
    """A page-number line stands alone: followed by a blank line or the end of the file."""
    return i + 1 >= len(lines) or not lines[i + 1].strip()


def clean_page(raw: _RawPage, first: bool, letterhead: set[str] | None = None
               ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(body lines, margin lines, footnotes) of one page."""
    lines = [line.rstrip() for line in raw.lines]
    margin: list[str] = []
    if first:
        lines, margin = _split_label_row(lines) or split_letterhead(lines)
    lines = _strip_glued_sidebar(lines, letterhead or set(), margin)
    sidebar = _sidebar_flags(lines, letterhead or set())
    body: list[str] = []
    for line, is_sidebar in zip(lines, sidebar):
        if is_sidebar:
            margin.append(line.strip())
        else:
            body.append(line)
    body, notes = _split_footnotes(body)
    body, mid_notes = _split_mid_page_footnotes(body, notes)
    notes = sorted(notes + mid_notes, key=lambda n: int(n[0]))
    body = [GLUED_STAMP.sub(r"\1 ", line) for line in body]
    body = join_hyphenated(_join_split_letters(_drop_blank_in_sentence(_squeeze_blank(body))))
    return body, margin, notes


def _split_label_row(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """(body lines, letterhead lines) of a first page whose letterhead is a row of labels over a row of values
    (``LABEL_ROW_LINE``, ``VALUE_ROW_LINE``), or None."""
    for i, line in enumerate(lines[:LETTERHEAD_SEARCH_LINES]):
        if LABEL_ROW_LINE.match(line) and i + 1 < len(lines) and VALUE_ROW_LINE.match(lines[i + 1]):
            return lines[i + 2:], [h.strip() for h in lines[:i + 2] if h.strip()]
    return None


def _strip_glued_sidebar(lines: list[str], letterhead: set[str], margin: list[str]) -> list[str]:
    """Cut a sidebar label or kenmerk that the extract ran onto the end of a body line."""
    glued = set(GLUED_SIDEBAR_LABELS) | {v for v in letterhead
                                         if " " not in v and any(c.isdigit() for c in v) and len(v) >= MIN_GLUED_VALUE_CHARS}
    out = []
    for line in lines:
        s = line.rstrip()
        for value in glued:
            if s.endswith(" " + value) and len(s) > len(value) + 1:
                margin.append(value)
                s = s[: -len(value)].rstrip()
                break
        out.append(s)
    return out


def _is_label_line(s: str) -> bool:
    if is_furniture_line(s) or any(p.match(s) for p in TEXT_SIDEBAR_LINE):
        return True
    return is_sidebar_line(s) and not label_without_value(s)


def _sidebar_flags(lines: list[str], letterhead: set[str]) -> list[bool]:
    """Which lines are sidebar/furniture: labels, the value right after a label, the organisation
    lines under a `Directoraat-Generaal` label, and repeats of the first page's letterhead values."""
    flags = [False] * len(lines)
    pending_value = False
    org_lines = 0
    for i, line in enumerate(lines):
        s = collapse(line)
        if not s:
            continue
        if pending_value and (DATE_VALUE.match(s) or (CODE_VALUE.match(s) and len(s) >= 4)):
            flags[i], pending_value = True, False
            continue
        pending_value = False
        if _is_label_line(s) or (s in letterhead and (len(s.split()) > 1 or any(c.isdigit() for c in s))):
            flags[i] = True
            pending_value = bool(SIDEBAR_VALUE_AFTER.match(s))
            org_lines = 3 if ORG_LABEL.match(s) else 0
            continue
        if org_lines and ORG_CONTINUATION.match(s) and not s.endswith("."):
            flags[i] = True
            org_lines -= 1
            continue
        org_lines = 0
    # one-word letterhead values (`Migratie`) only where other sidebar lines stand close by
    for i, line in enumerate(lines):
        s = collapse(line)
        if s and not flags[i] and s in letterhead and _near_sidebar(lines, flags, i):
            flags[i] = True
    return flags


def _near_sidebar(lines: list[str], flags: list[bool], i: int) -> bool:
    """True when one of the nearest non-blank lines around line i is a sidebar line."""
    for direction in (range(i - 1, -1, -1), range(i + 1, len(lines))):
        nearest = islice((j for j in direction if lines[j].strip()), SIDEBAR_NEIGHBOURHOOD)
        if any(flags[j] for j in nearest):
            return True
    return False


def _drop_blank_in_sentence(lines: list[str]) -> list[str]:
    """A blank line between a line that does not end a sentence and one that goes on in lower case is
    an artifact of the sidebar, not a paragraph break: drop it."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line and out and i + 1 < len(lines) and sentence_goes_on(out[-1], lines[i + 1]):
            continue
        out.append(line)
    return out


def _join_split_letters(lines: list[str]) -> list[str]:
    """`i ntensivering` -> `intensivering`, when the joined word is Dutch (a, o, u alone are words or bullets)."""
    out = []
    for line in lines:
        m = SPLIT_FIRST_LETTER.match(line)
        if m and is_word(m.group(1) + m.group(2)):
            line = m.group(1) + m.group(2) + m.group(3)
        out.append(line)
    return out


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Footnotes stand in a block at the page end: numbered lines (or a number alone on a line
    followed by the text), ascending, each with a marker earlier on the page."""
    limit = max(0, len(lines) - MAX_FOOTNOTE_LINES)
    for start in range(limit, len(lines)):
        notes = _parse_footnote_block(lines[start:])
        if notes and all(_has_marker(body_text_upto(lines, start), n) for n, _ in notes):
            return lines[:start], notes
    return lines, []


def body_text_upto(lines: list[str], end: int) -> str:
    return "\n".join(lines[:end])


def _parse_footnote_block(block: list[str]) -> list[tuple[str, str]] | None:
    """The footnotes of a block that starts with a footnote line, or None if it is not one."""
    notes: list[list[str]] = []
    i = 0
    while i < len(block):
        line = block[i].strip()
        m = FOOTNOTE_START.match(line)
        lone = LONE_NUMBER.match(line)
        if lone and i + 1 < len(block) and block[i + 1].strip() and not LONE_NUMBER.match(block[i + 1]):
            notes.append([lone.group(1), block[i + 1].strip()])
            i += 2
            continue
        if m and (not notes or int(m.group(1)) == int(notes[-1][0]) + 1):
            notes.append([m.group(1), m.group(2).strip()])
        elif not notes:
            return None
        elif line:
            notes[-1][1] += " " + line
        i += 1
    if not notes:
        return None
    numbers = [int(n) for n, _ in notes]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return [(n, collapse(t)) for n, t in notes]


def _split_mid_page_footnotes(lines: list[str], notes: list[tuple[str, str]]
                              ) -> tuple[list[str], list[tuple[str, str]]]:
    """Footnote lines the extract left in the middle of a page (where a page break was lost): a line
    after a blank line, opening with a number whose marker stands earlier on the page, that reads as a
    citation (`1 ABRvS 1 februari 2021, ...`, `5 Aanhangsel van de Handelingen, ...`)."""
    taken = {n for n, _ in notes}
    below = min((int(n) for n in taken), default=1000)
    body: list[str | None] = []
    found: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        m = FOOTNOTE_START.match(line)
        after_break = i == 0 or not lines[i - 1].strip() or bool(found and body and body[-1] is None)
        if (m and after_break and m.group(1) not in taken and int(m.group(1)) < below
                and FOOTNOTE_CITATION.match(m.group(2)) and _has_marker("\n".join(l for l in body if l is not None), m.group(1))):
            found.append((m.group(1), collapse(m.group(2))))
            taken.add(m.group(1))
            body.append(None)  # placeholder: the next footnote line may follow directly
            continue
        body.append(line)
    return [l for l in body if l is not None], found


# A footnote marker: digits glued to the end of a lower-case word (`opstellen1.`), to punctuation after
# a word or a year (`(VVR-medisch).1`, `2021.2`), to a year (`20224 oktober`), or standing on a line of
# its own (superscripts the extract put on their own line, several at once: `12 13`); also after a question mark or a
# closing guillemet, as Kamervragen cite the report they ask about (`... we zitten tegen de crisisnoodopvang aan»1?`,
# `... mag uit AZC Heerlen worden gezet»?1`, `... van eind augustus?1`, JA21, VVD and CU 2021-2022, rules38 probe).
MARKER_GLUED = (r"(?<!nr\.)(?<!art\.)(?<!blz\.)(?:(?<=[a-zà-ÿ])|(?<=[^\d\s][.,;:)’'\"?»”])|(?<=(?:19|20)\d\d[.,;:)]))"
                r"({n})(?=[\s.,;:)?]|$)")
MARKER_AFTER_YEAR = r"(?<=\b(?:19|20)\d\d)({n})(?=[\s.,;:)]|$)"   # (`in mijn brief van 31 oktober 20173.`, SZW 2018)
MARKER_OWN_LINE = r"^[ \t]*(?:\d{{1,3}}[ \t]+)*({n})(?:[ \t]+\d{{1,3}})*[ \t]*$"


def _marker_pattern(number: str) -> re.Pattern:
    return re.compile("|".join(p.format(n=re.escape(number)) for p in (MARKER_GLUED, MARKER_AFTER_YEAR, MARKER_OWN_LINE)),
                      re.M)


def _has_marker(text: str, number: str) -> bool:
    return bool(_marker_pattern(number).search(text))


def _find_marker(text: str, number: str, cursor: int) -> tuple[int, int, bool] | None:
    """(start, end, on its own line) of the marker of footnote ``number``: a marker on its own line is
    preferred (the extract's superscripts), then the first glued one after the previous marker."""
    matches = list(_marker_pattern(number).finditer(text))
    if not matches:
        return None
    own = [m for m in matches if m.group(3)]
    after = [m for m in (own or matches) if m.start() >= cursor]
    m = (after or own or matches)[0]
    g = next(i for i in (1, 2, 3) if m.group(i))
    return m.start(g), m.end(g), g == 3


def remove_markers(text: str, numbers: list[str]) -> tuple[str, dict[str, int]]:
    """Remove the marker of each footnote number (in footnote order); returns the text and the offset
    where each marker stood. A marker line left empty is dropped with its line break."""
    found: dict[str, int] = {}
    cursor = 0
    for number in sorted(numbers, key=int):
        hit = _find_marker(text, number, cursor)
        if hit is None:
            continue
        s, e, own_line = hit
        if own_line:
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            rest = (text[line_start:s] + text[e:line_end]).strip()
            if not rest:
                s, e = line_start, min(len(text), line_end + 1)
            else:
                e = e + 1 if e < line_end and text[e] in " \t" else e
        text = text[:s] + text[e:]
        for k, v in found.items():
            if v > s:
                found[k] = max(s, v - (e - s))
        found[number] = s
        cursor = s
    return text, found


def _squeeze_blank(lines: list[str]) -> list[str]:
    """Whitespace-only lines become one empty line (a paragraph break); none at the ends."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line.strip())
    while out and out[-1] == "":
        out.pop()
    return out
