"""Numbered sections: from a table of contents (`1.1. Titel ........ 2`) located against the
headings in the body, or, without a table of contents, from a consistent run of numbered headings."""
from __future__ import annotations

import re

from .records import Page, Section

TOC_LINE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.+?)\s*(?:\.{3,}|…+)\s*(\d{1,3})\s*$")
HEADING_LINE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})?)\.?\s+([A-Z][^\n]{1,80}?)\s*$")
MIN_TOC_ENTRIES = 3
MIN_HEADINGS = 3
MAX_HEADING_WORDS = 10


def find_sections(pages: tuple[Page, ...] | list[Page]) -> list[Section]:
    """The document's numbered sections in order, each with the page it starts on."""
    toc = toc_entries(pages)
    if len(toc) >= MIN_TOC_ENTRIES:
        sections = [Section(num, title, heading_page(pages, num, title, toc_page)) for num, title, toc_page in toc]
    else:
        sections = numbered_headings(pages)
    return with_end_pages(sections, pages[-1].number if pages else 1)


def toc_entries(pages) -> list[tuple[str, str, int]]:
    """(number, title, page) of every table-of-contents line."""
    out = []
    for page in pages:
        for line in page.text.split("\n"):
            m = TOC_LINE.match(line)
            if m:
                out.append((m.group(1), re.sub(r"\s+", " ", m.group(2)).strip(), int(m.group(3))))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def heading_page(pages, number: str, title: str, toc_page: int) -> int:
    """The page where the heading `number title` stands in the body (not the ToC line itself)."""
    want = _norm(title)[:40]
    for page in pages:
        for line in page.text.split("\n"):
            m = HEADING_LINE.match(line)
            if m and m.group(1) == number and _norm(m.group(2)).startswith(want[:20]) and not TOC_LINE.match(line):
                return page.number
    return toc_page


def numbered_headings(pages) -> list[Section]:
    """Short numbered lines whose numbers run 1, 2, 3 ... (sub-numbers allowed between)."""
    found: list[Section] = []
    expected_top = 1
    for page in pages:
        for line in page.text.split("\n"):
            m = HEADING_LINE.match(line)
            if not m or len(m.group(2).split()) > MAX_HEADING_WORDS or m.group(2).rstrip().endswith((".", ",", ";")):
                continue
            number = m.group(1)
            top = int(number.split(".")[0])
            if "." not in number and top == expected_top:
                expected_top += 1
            elif "." in number and top == expected_top - 1:
                pass
            else:
                continue
            found.append(Section(number, m.group(2).strip().rstrip("*").strip(), page.number))
    return found if sum("." not in s.number for s in found) >= MIN_HEADINGS else []


def with_end_pages(sections: list[Section], last_page: int) -> list[Section]:
    out = []
    for i, s in enumerate(sections):
        end = sections[i + 1].page if i + 1 < len(sections) else last_page
        out.append(Section(s.number, s.title, s.page, max(s.page, end)))
    return out
