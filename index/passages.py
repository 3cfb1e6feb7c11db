"""Passages: ~150-300 words, cut at paragraph (and, for long paragraphs, sentence) boundaries,
never across a section boundary, each knowing its pages and character offsets in the body."""
from __future__ import annotations

import re

from ingest import Document, Page, Passage, Section, body_text, page_at, page_offsets

TARGET_WORDS = 180   # close a passage once it has this many words ...
MAX_WORDS = 280      # ... and never let one grow past this (the encoder reads 512 tokens)
MIN_WORDS = 40       # a shorter tail is merged into the previous passage of its section
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9‘'(«])")


def passages_of(doc: Document, pages: list[Page], sections: list[Section]) -> list[Passage]:
    """The document's passages in reading order."""
    text = body_text(pages)
    offsets = page_offsets(pages)
    units = [u for start, _ in offsets for u in _units(text, start, _page_end(offsets, start, len(text)))]
    out: list[Passage] = []
    current: list[tuple[int, int]] = []
    words = 0

    def close() -> None:
        nonlocal current, words
        if current:
            start, end = current[0][0], current[-1][1]
            p_start, p_end = page_at(offsets, start), page_at(offsets, max(start, end - 1))
            out.append(Passage(doc.id, doc.name, text[start:end].strip(), p_start, p_end, start, end,
                               _section_at(sections, p_start, text[start:end]), doc.title))
        current, words = [], 0

    last_section = None
    for start, end in units:
        n = len(text[start:end].split())
        section = _section_at(sections, page_at(offsets, start), text[start:end])
        if current and (words + n > MAX_WORDS or words >= TARGET_WORDS or section != last_section):
            close()
        current.append((start, end))
        words += n
        last_section = section
    close()
    return _merge_short(out, text, offsets)


def _page_end(offsets, start: int, total: int) -> int:
    later = [s for s, _ in offsets if s > start]
    return later[0] - 1 if later else total


def _units(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Paragraph spans of one page, long paragraphs split at sentence ends. A paragraph running on
    to the next page becomes two units; the passage that holds them still reads across."""
    spans = []
    pattern = re.compile(r"\S(?:.|\n(?!\s*\n))*")
    for m in pattern.finditer(text, lo, hi):
        start, end = m.span()
        if len(m.group(0).split()) <= MAX_WORDS // 2:
            spans.append((start, end))
            continue
        pos = start
        for s in SENTENCE_END.finditer(m.group(0)):
            cut = start + s.start()
            if cut > pos:
                spans.append((pos, cut))
                pos = start + s.end()
        spans.append((pos, end))
    return spans


def _section_at(sections: list[Section], page: int, text: str) -> str | None:
    """The heading of the section a span belongs to: the last section heading before it."""
    current = None
    for s in sections:
        if s.page <= page:
            current = s
    return f"{current.number} {current.title}" if current else None


def _merge_short(passages: list[Passage], text: str, offsets) -> list[Passage]:
    out: list[Passage] = []
    for p in passages:
        prev = out[-1] if out else None
        if (prev and len(p.text.split()) < MIN_WORDS and prev.section == p.section
                and len(prev.text.split()) + len(p.text.split()) <= MAX_WORDS):
            out[-1] = Passage(prev.doc_id, prev.doc_name, text[prev.start:p.end].strip(), prev.page_start,
                              p.page_end, prev.start, p.end, prev.section, prev.title)
        else:
            out.append(p)
    return out


def embedding_text(p: Passage) -> str:
    """What is embedded: title and section heading as context, then the passage."""
    context = " — ".join(x for x in (p.title, p.section) if x)
    return f"{context}\n{p.text}" if context else p.text
