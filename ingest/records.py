"""Typed records passed between the stages: extraction -> cleaning -> tagging -> store -> index.

All records are frozen dataclasses. ``Tag.attrs`` holds the kind-specific attributes
(``status``, ``name``/``submitters``, ``date_text``/``date_start``/``date_end``/``approx``,
``normalized``...) as a plain JSON-serialisable mapping.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

DOC_TYPES = ("kamerbrief", "nota", "dossier", "woo-besluit", "motie", "kamervragen", "bnc-fiche", "other")
TAG_KINDS = ("commitment", "motion", "deadline", "reference")


@dataclass(frozen=True)
class Page:
    """The cleaned body text of one page (no sidebar, header, footer or footnote text)."""

    number: int
    text: str


@dataclass(frozen=True)
class Footnote:
    """A footnote, with the page its text stands on. ``marker_offset`` is the character offset in the
    document body (pages joined by ``"\\n"``) where its marker stood, or None when unlinked."""

    number: str
    text: str
    page: int
    marker_offset: int | None = None


@dataclass(frozen=True)
class Section:
    """A numbered section (dossier table of contents / headings). ``page`` is where it starts."""

    number: str
    title: str
    page: int
    end_page: int | None = None


@dataclass(frozen=True)
class Tag:
    """A tagged span of the document body. ``start``/``end`` are character offsets into the body
    (pages joined by ``"\\n"``); ``page`` is the page the span starts on."""

    kind: str
    quote: str
    page: int
    start: int
    end: int
    attrs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    """Document metadata; ``id`` is the sha256 of the original file's bytes, ``name`` its file name."""

    id: str
    name: str
    title: str | None
    date: str | None  # ISO yyyy-mm-dd
    doc_type: str
    addressee: str | None
    sender: str | None
    kenmerk: str | None
    pages: int
    scanned: bool = False
    original: str | None = None  # path of the copy kept in the data folder, relative to it


@dataclass(frozen=True)
class Extraction:
    """What an extractor (pdf.py, text.py) hands to the rest of the pipeline.

    ``pages`` hold cleaned body text per page. ``margin`` holds, per page number, the text that was
    removed as letterhead sidebar / running header / footer, so metadata can be read from it.
    ``page_count`` is the number of pages of the original (for text extracts: the highest page seen).
    """

    pages: tuple[Page, ...]
    footnotes: tuple[Footnote, ...] = ()
    margin: Mapping[int, str] = field(default_factory=dict)
    page_count: int = 0
    scanned: bool = False


@dataclass(frozen=True)
class ParsedDocument:
    """Everything ingest stores for one file."""

    document: Document
    pages: tuple[Page, ...]
    sections: tuple[Section, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    tags: tuple[Tag, ...] = ()




def body_text(pages: tuple[Page, ...] | list[Page]) -> str:
    """The document body: page texts joined by a newline (the basis of all character offsets)."""
    return "\n".join(p.text for p in pages)


def page_offsets(pages: tuple[Page, ...] | list[Page]) -> list[tuple[int, int]]:
    """(start offset, page number) of each page in ``body_text(pages)``."""
    out, pos = [], 0
    for p in pages:
        out.append((pos, p.number))
        pos += len(p.text) + 1
    return out


def page_at(offsets: list[tuple[int, int]], offset: int) -> int:
    """The page number the character at ``offset`` of the body stands on."""
    number = offsets[0][1] if offsets else 1
    for start, n in offsets:
        if start > offset:
            break
        number = n
    return number
