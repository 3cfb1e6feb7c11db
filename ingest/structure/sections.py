"""Numbered sections: from a table of contents (`1.1. Titel ........ 2`) located against the
headings in the body, or, without a table of contents, from a consistent run of numbered headings.

A numbered line is a heading only when body text follows it: consecutive numbered lines with nothing
in between are an enumeration (`1. Snellere procedures` / `2. Sobere opvang`), not sections.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ingest.dutch.function_words import GOES_ON_AFTER
from ingest.dutch.whitespace import collapse
from ingest.records import Page, Section

log = logging.getLogger(__name__)

NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
# `1.1. Gemeenschappelijk Europees Asielstelsel ....... 2`, `1.6 Schengenevaluatie NL 2021 ....17`
TOC_LINE = re.compile(rf"^\s*({NUMBER})\.?\s+(.+?)\s*(?:\.{{3,}}|…+)\s*(\d{{1,3}})\s*$")
# under an `Inhoud` heading the dot leaders may be missing: `2.1  Grenzen<tab>18`
TOC_PLAIN_LINE = re.compile(rf"^\s*({NUMBER})\.?\s+(.+?)(?:\s{{2,}}|\t+)(\d{{1,3}})\s*$")
# the second line of an entry wrapped in the table of contents: `Kustwacht Agentschap .....21`
TOC_CONTINUATION = re.compile(r"^\s*([^\d\s].*?)\s*(?:\.{3,}|…+)\s*(\d{1,3})\s*$")
TOC_HEADING = re.compile(r"^\s*(Inhoud|Inhoudsopgave|Inhoudstafel)\s*:?\s*$", re.I)
NUMBERED_LINE = re.compile(rf"^\s*({NUMBER})\.?\s+(\S.*?)\s*$")
HEADING_LINE = re.compile(rf"^\s*({NUMBER})\.?\s+([A-Z0-9][^\n]{{1,80}}?)\s*$")
# A heading does not end like a sentence or a list item.
HEADING_NOT_ENDING = (".", ",", ";", ":")
MAX_TOC_GAP_LINES = 2      # a table of contents ends after this many lines that are no entries
MIN_TOC_ENTRIES = 3
MIN_HEADINGS = 3
MAX_HEADING_WORDS = 12
MAX_WRAPPED_HEADING_WORDS = 8


@dataclass
class _Line:
    page: int
    text: str
    offset: int = 0   # where the line starts in the document body (`records.body_text`)


def find_sections(pages: tuple[Page, ...] | list[Page], name: str = "") -> list[Section]:
    """The document's numbered sections in order, each with the page it starts on. A rule that fails
    leaves the document without sections (logged with the file), never without its text."""
    try:
        return _find_sections(pages)
    except Exception as exc:  # the section rules must not cost the document
        log.warning("%s: sections failed (%s: %s); document stored without sections", name, type(exc).__name__, exc)
        return []


def _find_sections(pages: tuple[Page, ...] | list[Page]) -> list[Section]:
    lines = _lines(pages)
    toc, toc_lines = _scan_toc(lines)
    if len(toc) >= MIN_TOC_ENTRIES:
        headings = heading_index([line for i, line in enumerate(lines) if i not in toc_lines])
        sections = [_located(headings, num, title, toc_page) for num, title, toc_page in toc]
    else:
        sections = numbered_headings(lines)
    log.debug("%d sections (%s)", len(sections), "table of contents" if len(toc) >= MIN_TOC_ENTRIES else "headings")
    return with_end_pages(sections, pages[-1].number if pages else 1)


def _lines(pages) -> list[_Line]:
    """Every line of the body with its page and its offset in the body (pages joined by a newline)."""
    out, offset = [], 0
    for page in pages:
        for line in page.text.split("\n"):
            out.append(_Line(page.number, line, offset))
            offset += len(line) + 1
    return out


def toc_entries(pages) -> list[tuple[str, str, int]]:
    """(number, title, page) of every table-of-contents line, wrapped entries joined."""
    return _scan_toc(_lines(pages))[0]


def _scan_toc(lines: list[_Line]) -> tuple[list[tuple[str, str, int]], set[int]]:
    """The table-of-contents entries and the indexes of the lines they stand on."""
    out: list[tuple[str, str, int]] = []
    used: set[int] = set()
    in_toc, gap, pending, pending_at = False, 0, None, -1
    for i, line in enumerate(lines):
        text = line.text
        if not text.strip():
            continue
        if TOC_HEADING.match(text):
            in_toc, gap, pending = True, 0, None
            used.add(i)
            continue
        entry = _toc_entry(text, in_toc, pending)
        if entry:
            out.append(entry)
            used.update({i, pending_at} if pending else {i})
            in_toc, gap, pending = True, 0, None
            continue
        numbered = NUMBERED_LINE.match(text)
        pending, pending_at = ((numbered.group(1), numbered.group(2)), i) if in_toc and numbered else (None, -1)
        gap += 1
        if gap > MAX_TOC_GAP_LINES:
            in_toc = False
    return out, used


def _toc_entry(line: str, in_toc: bool, pending: tuple[str, str] | None) -> tuple[str, str, int] | None:
    m = TOC_LINE.match(line) or (TOC_PLAIN_LINE.match(line) if in_toc else None)
    if m:
        return m.group(1), _tidy(m.group(2)), int(m.group(3))
    m = TOC_CONTINUATION.match(line) if pending else None
    if m and pending:
        return pending[0], _tidy(f"{pending[1]} {m.group(1)}"), int(m.group(2))
    return None


def _tidy(text: str) -> str:
    return collapse(text).rstrip("*").strip()


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def heading_index(lines: list[_Line]) -> dict[str, list[tuple[str, int, int]]]:
    """Numbered heading lines of the body: number -> [(normalized title, page, body offset), ...] in
    reading order."""
    index: dict[str, list[tuple[str, int, int]]] = {}
    for line in lines:
        m = HEADING_LINE.match(line.text)
        if m:
            index.setdefault(m.group(1), []).append((_norm(m.group(2)), line.page, line.offset))
    return index


def _located(headings: dict[str, list[tuple[str, int, int]]], number: str, title: str, toc_page: int) -> Section:
    """A table-of-contents entry at its heading in the body (the table of contents left out): its page
    and body offset, or the table of contents' page number and no offset where it is not found."""
    want = _norm(title)[:20]
    page, offset = next(((page, at) for found, page, at in headings.get(number, []) if found.startswith(want)),
                        (toc_page, None))
    return Section(number, title, page, offset=offset)


def numbered_headings(lines: list[_Line]) -> list[Section]:
    """Numbered headings whose numbers run 1, 2, 3 ... (sub-numbers allowed between), each followed by
    body text; fewer than three top-level headings are no sections."""
    found: list[Section] = []
    expected_top = 1
    for i, line in enumerate(lines):
        heading = _heading_at(lines, i)
        if heading is None:
            continue
        number, title = heading
        top = int(number.split(".")[0])
        if "." not in number and top == expected_top:
            expected_top += 1
        elif not ("." in number and top == expected_top - 1):
            continue
        found.append(Section(number, title, line.page, offset=line.offset))
    return found if sum("." not in s.number for s in found) >= MIN_HEADINGS else []


def _heading_at(lines: list[_Line], i: int) -> tuple[str, str] | None:
    """(number, title) when line i is a numbered heading: short, not ending like a sentence, and
    followed by body text rather than the next item of an enumeration."""
    m = HEADING_LINE.match(lines[i].text)
    if not m:
        return None
    number, title = m.group(1), m.group(2).strip()
    if len(title.split()) > MAX_HEADING_WORDS or title.endswith(HEADING_NOT_ENDING):
        return None
    following = _next_text(lines, i)
    if following is not None and title.split()[-1].lower() in GOES_ON_AFTER:
        wrapped = lines[following].text.strip()
        if len(wrapped.split()) <= MAX_WRAPPED_HEADING_WORDS and not wrapped.endswith(HEADING_NOT_ENDING):
            title = f"{title} {wrapped}"
            following = _next_text(lines, following)
    if following is None or _is_enumeration_item(lines[following].text, number):
        return None
    return number, _tidy(title)


def _next_text(lines: list[_Line], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)


def _is_enumeration_item(text: str, number: str) -> bool:
    """True when ``text`` is the next numbered item at the same level (`2.` after `1.`), not a sub-heading."""
    m = NUMBERED_LINE.match(text)
    return m is not None and m.group(1).count(".") <= number.count(".")


def with_end_pages(sections: list[Section], last_page: int) -> list[Section]:
    out = []
    for i, s in enumerate(sections):
        end = sections[i + 1].page if i + 1 < len(sections) else last_page
        out.append(Section(s.number, s.title, s.page, max(s.page, end), s.offset))
    return out
