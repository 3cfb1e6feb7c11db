"""Plain-text extracts of letters: decode, split into pages, and clean the layout noise that the
PDF-to-text conversion left interleaved with the body (page numbers, footers, sidebar lines,
footnote lines and footnote marker digits, hyphenation).

Without geometry, each rule needs corroboration before it removes anything: a lone number is a page
number only when it continues the page sequence; a line is a footnote only at a page end, with a
matching marker earlier on the page; a marker digit goes only when its footnote exists.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import EmptyDocument, UnreadableFile
from .layout import is_furniture_line, is_sidebar_line, join_hyphenated, split_letterhead
from .records import Extraction, Footnote, Page

log = logging.getLogger(__name__)

PAGE_FOOTER = re.compile(r"^\s*Pagina\s+(\d+)\s+van\s*\d*\s*$", re.I)
LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
MAX_PAGE_STEP = 3            # page numbers of an extract may skip pages (odd pages only), not more
FOOTNOTE_START = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
MAX_FOOTNOTE_LINES = 30      # a footnote block at a page end is at most this long
DATE_VALUE = re.compile(r"^\s*\d{1,2}\s+[a-z]+\s+\d{4}\s*$", re.I)
CODE_VALUE = re.compile(r"^\s*[\w/.-]*\d[\w/.-]*\s*$")
SIDEBAR_VALUE_AFTER = re.compile(r"^\s*(Datum|Ons kenmerk|Uw kenmerk|Kenmerk)\s*$", re.I)
ORG_LABEL = re.compile(r"^\s*(Directoraat[- ]Generaal|Directie)\b", re.I)
ORG_CONTINUATION = re.compile(r"^\s*[A-Z][\w,&'’ -]{1,45}\s*$")


@dataclass
class _RawPage:
    number: int
    lines: list[str] = field(default_factory=list)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); anything else is reported, never guessed."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not UTF-8 text (undecodable byte at offset {exc.start})") from exc


def extract_text(path: Path) -> Extraction:
    """Read a text extract into cleaned pages, footnotes and margin text."""
    text = decode(Path(path).read_bytes())
    if not text.strip():
        raise EmptyDocument("empty file (no text)")
    raw_pages = split_pages(text.replace("\r\n", "\n").replace("\r", "\n"))
    pages, footnotes, margin = [], [], {}
    offset = 0
    for raw in raw_pages:
        body, page_margin, notes = clean_page(raw, first=raw is raw_pages[0])
        page_text, marker_offsets = remove_markers("\n".join(body), [n for n, _ in notes])
        for number, note in notes:
            pos = marker_offsets.get(number)
            footnotes.append(Footnote(number, note, raw.number, None if pos is None else offset + pos))
        pages.append(Page(raw.number, page_text))
        if page_margin:
            margin[raw.number] = "\n".join(page_margin)
        offset += len(page_text) + 1
    if not any(p.text.strip() for p in pages):
        raise EmptyDocument("no body text after removing the layout")
    return Extraction(pages=tuple(pages), footnotes=tuple(footnotes), margin=margin,
                      page_count=max(p.number for p in pages))


def split_pages(text: str) -> list[_RawPage]:
    """Split at `Pagina x van y` footers when the file has them, else at page-number lines that
    continue the page sequence; form feeds always end a page."""
    lines = text.split("\n")
    footers = [i for i, line in enumerate(lines) if PAGE_FOOTER.match(line)]
    ends: list[tuple[int, int]] = []  # (line index of the page-end marker, page number)
    if footers:
        ends = [(i, int(PAGE_FOOTER.match(lines[i]).group(1))) for i in footers]
    else:
        last = 0
        for i, line in enumerate(lines):
            m = LONE_NUMBER.match(line)
            if m and last < int(m.group(1)) <= last + MAX_PAGE_STEP and _blank_after(lines, i):
                ends.append((i, int(m.group(1))))
                last = int(m.group(1))
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
    out: list[_RawPage] = []
    for p in pages:  # form feeds inside a page
        chunks = "\n".join(p.lines).split("\f")
        for j, chunk in enumerate(chunks):
            out.append(_RawPage(p.number + j if j else p.number, chunk.split("\n")))
    return out


def _blank_after(lines: list[str], i: int) -> bool:
    """A page-number line stands alone: followed by a blank line or the end of the file."""
    return i + 1 >= len(lines) or not lines[i + 1].strip()


def clean_page(raw: _RawPage, first: bool) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(body lines, margin lines, footnotes) of one page."""
    lines = [line.rstrip() for line in raw.lines]
    margin: list[str] = []
    if first:
        lines, margin = split_letterhead(lines)
    body: list[str] = []
    skip_value = False
    in_org = 0
    for line in lines:
        stripped = line.strip()
        if skip_value and stripped and (DATE_VALUE.match(stripped) or CODE_VALUE.match(stripped)):
            margin.append(stripped)
            skip_value = False
            continue
        if stripped:
            skip_value = False
        if is_furniture_line(stripped) or is_sidebar_line(stripped):
            margin.append(stripped)
            skip_value = bool(SIDEBAR_VALUE_AFTER.match(stripped))
            in_org = 3 if ORG_LABEL.match(stripped) else 0
            continue
        if in_org and stripped and ORG_CONTINUATION.match(stripped) and not stripped.endswith("."):
            margin.append(stripped)
            in_org -= 1
            continue
        in_org = 0
        body.append(line)
    body, notes = _split_footnotes(body)
    body = join_hyphenated(_squeeze_blank(body))
    return body, margin, notes


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Footnotes stand in a block at the page end: numbered lines (or a number alone on a line
    followed by the text), ascending, each with a marker earlier on the page."""
    body_text = "\n".join(lines)
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
    return [(n, re.sub(r"\s+", " ", t).strip()) for n, t in notes]


def _marker_pattern(number: str) -> re.Pattern:
    """A footnote marker: the number glued to the end of a word or punctuation, or alone on a line."""
    return re.compile(rf"(?:(?<=[^\W\d_])|(?<=[.,;:)’'\"]))({number})(?=[\s.,;:)]|$)|(?<=\b(?:19|20)\d\d)({number})(?=\s)"
                      rf"|^\s*({number})\s*$", re.M)


def _has_marker(text: str, number: str) -> bool:
    return bool(_marker_pattern(number).search(text))


def remove_markers(text: str, numbers: list[str]) -> tuple[str, dict[str, int]]:
    """Remove the first marker of each footnote number; returns the text and where each stood."""
    found: dict[str, int] = {}
    for number in numbers:
        m = _marker_pattern(number).search(text)
        if not m:
            continue
        g = next(i for i in (1, 2, 3) if m.group(i))
        s, e = m.span(g)
        if g == 3:  # a marker alone on its line: drop the line, join its neighbours
            s, e = m.span(0)
            e = min(len(text), e + 1)
        text = text[:s] + text[e:]
        found[number] = s
        for k, v in found.items():
            if k != number and v > s:
                found[k] = v - (e - s)
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
