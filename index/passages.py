"""Passages: ~150-300 words, cut at paragraph (and, for long paragraphs, sentence) boundaries,
never across a section boundary, each knowing its pages and character offsets in the body.
Footnotes are searchable too: a page's footnotes form one passage of their own. Each passage also
yields overlapping sentence windows, embedded beside it so a single fact deep in a long passage
still finds its question."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest import Document, Footnote, Page, Section, body_text, page_at, page_offsets
from ingest.dutch.register import REGISTER_LINES


@dataclass(frozen=True)
class Passage:
    """A retrieval unit cut by the index from a document's body."""

    doc_id: str
    doc_name: str
    text: str
    page_start: int
    page_end: int
    start: int
    end: int
    section: str | None = None
    title: str | None = None


CHUNKER_VERSION = 8  # bump when the cutting rules change: an index cut by other rules is rebuilt
TARGET_WORDS = 180   # close a passage once it has this many words ...
MAX_WORDS = 280      # ... and never let one grow past this (the encoder reads 512 tokens)
MIN_WORDS = 100      # a shorter tail is merged into the previous passage of its section (if the two fit
                     # in MAX_WORDS), so a closing paragraph keeps the heading and subject it continues.
                     # Two-fold CV on the 58 dev questions (fold A introductiedossier 39, fold B the other
                     # four documents 19), recall@5 A / B: 40: 0.95 / 0.84, 60: 0.97 / 0.84, 80-120: 0.97 / 0.89
                     # (MRR@10 0.81 / 0.82 -> 0.81 / 0.87); 100 is the middle of that plateau
OVERLAP_WORDS = 50   # a passage cut for size starts with the previous one's last units up to this many
                     # words, so a sentence split by a page break or a cut is whole in one of them
WINDOW_SENTENCES = 4  # sentences per dense window (0: no windows); tuned on dev: 1-4 tried
WINDOW_STRIDE = 2     # sentences between window starts; measured on dev: 2 beats 3 and 4 (recall@5 0.967 vs
                      # 0.933, MRR@10 0.91 vs 0.89) at ~1.4x the vectors of 4
# Re-checked by two-fold CV on the 58 questions (`bench/search_cv.py --levers windows`: size x stride 3x1-8x4
# and two sizes at once, 4x2 plus 1x1, 2x1, 3x1, 3x2 or 6x3), recall@5 / MRR@10 A 0.974 / 0.814, B 0.895 /
# 0.868 at 4x2: chosen on fold B it stays 4x2; chosen on fold A (3x1: A 1.0 / 0.839) fold B drops to
# 0.842 / 0.822. Every other setting loses recall@5 on one fold (5x2 A 0.923, 8x4 A 0.897 / B 0.842).
# Measured and not used: a Kamervraag's label (`Vraag 2`, `• Vraag 2, 3`) closing the passage before it once
# that has 50 words, so a question and its answer share a passage. On the held-out questions of
# fusion.py's docstring (several answers to Kamervragen there lose their end to the next passage)
# recall@5 0.750 -> 0.850 (paraphrased 0.548 -> 0.710), but on dev 0.948 -> 0.931 (fold A's QA-08 5 -> 6:
# a Kamervragen PDF's new passage outranks the answer): it fails CV. Re-measured with the float32 default: dev
# 0.948 -> 0.931 again (QA-08 out of the top 5; MRR@10 0.835 -> 0.843).
# title and section heading before the embedded text: measured on dev, it hurts e5-small (recall@5
# 0.90 with, 0.93 without; re-measured on 58 questions by fold: A 0.95 -> 0.87, B 0.84 -> 0.84 with MRR
# 0.82 -> 0.75), so it is off; BM25 still indexes them
EMBED_CONTEXT = False
FOOTNOTE_SECTION = "Voetnoten"
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9‘'(«])")
# window sentences: also cut at lower-case starts, blank lines and list bullets
WINDOW_CUT = re.compile(r"(?<=[.!?;])\s+(?=\S)|\n\s*\n|\n(?=\s*[-•●▪*–]\s)")
PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")
# A saved web page of a Kamerstuk opens with the register's record of it (`ingest.dutch.register`), no part of the
# letter. The text keeps it (metadata reads the sender and date from it); passages start after it, so it does not take
# the first passage's room and vector. Only lines before the first line of running text count, and only when one of
# them is such a register line; the head's title and headings above it go too (the title is BM25's anyway).
REGISTER_LINE = [re.compile(rf"^(?:{p})", re.I) for p in REGISTER_LINES]
REGISTER_FILLER = re.compile(r"^(\d{1,2}\.|tekst)$", re.I)   # the register page's numbered parts: `1.` / `2.` `Tekst`
REGISTER_HEAD_LINES = 60   # a register head is found among the document's first lines ...
REGISTER_HEAD_OTHER = 4    # ... with at most this many other lines among them (the page's title, `Brief regering`):
                           # a `Bron: CBS` under a table of a letter's hard-wrapped body is no head
RUNNING_TEXT = re.compile(r"^(?=(?:\S+\s+){11})[^|]*[.?!:]$")   # 12 words or more, ending as a sentence does
# Measured and not used: openkamer.org's record above a Kamervraag (`Kamervraag 2022Z13070`, `Ingediend 24 juni 2022`,
# `Beantwoord 6 september 2022 (na 74 dagen)`, `Indieners ...`, `Beantwoord door ... (VVD)`, `Onderwerpen ...`,
# `Bron vraag https://...`, `Bron antwoord https://...`, plain or as a `|` table) as register lines, so passages start
# at `• Vraag 1`. 8 of 419 probe texts have it; dev and search66's held-out set have none (identical). search72's
# held-out set (88 questions, 3 such texts) recall@5 0.955 -> 0.943, MRR@10 0.821 -> 0.836 (two answers up, 2 -> 1
# and 5 -> 2, but a cleaned passage pushes another text's answer 5 -> 7); search48's held-out set (59, 2 such texts)
# recall@5 0.949 -> 0.949, MRR@10 0.809 -> 0.796 (the answers in those two texts 1 -> 3 and 4 -> 7: the first
# passage now holds more of the body). All four sets in one index (152 texts, 707 passages): search72 0.920 -> 0.932
# (MRR 0.771 -> 0.786), dev 0.879 -> 0.879, search66 0.951 -> 0.951 (MRR 0.820 -> 0.826), search48 0.915 -> 0.915 (MRR
# 0.786 -> 0.784; 4 -> 9 in one of those texts). A wash, so the head stays in the first passage.


def passages_of(doc: Document, pages: Sequence[Page], sections: Sequence[Section],
                footnotes: Sequence[Footnote] = ()) -> list[Passage]:
    """The document's passages in reading order, then one passage per page of footnotes."""
    text = body_text(list(pages))
    offsets = page_offsets(list(pages))
    starts = section_starts(offsets, sections)
    head = register_head_end(text)
    units = [(max(a, head), b) for start, _ in offsets
             for a, b in _units(text, start, _page_end(offsets, start, len(text))) if text[max(a, head):b].strip()]
    out: list[Passage] = []
    current: list[tuple[int, int]] = []
    words = 0

    def close() -> None:
        nonlocal current, words
        if current:
            start, end = current[0][0], current[-1][1]
            p_start, p_end = page_at(offsets, start), page_at(offsets, max(start, end - 1))
            out.append(Passage(doc.id, doc.name, text[start:end].strip(), p_start, p_end, start, end,
                               _section_at(starts, start), doc.title))
        current, words = [], 0

    last_section = None
    for start, end in units:
        n = len(text[start:end].split())
        section = _section_at(starts, start)
        if current and section != last_section:
            close()
        elif current and (words + n > MAX_WORDS or words >= TARGET_WORDS):
            carried = _tail(text, current, max(0, min(OVERLAP_WORDS, MAX_WORDS - n)))
            close()
            current, words = carried, sum(len(text[a:b].split()) for a, b in carried)
        current.append((start, end))
        words += n
        last_section = section
    close()
    return _merge_short(out, text) + footnote_passages(doc, footnotes, offsets, len(text))


def register_head_end(text: str) -> int:
    """Where the letter starts after a saved page's register head (see REGISTER_LINE): just past the head's last
    register line (or numbered part) before the first line of running text; 0 when the text has no such head."""
    end, pos, found, other = 0, 0, False, 0
    for line in text.split("\n")[:REGISTER_HEAD_LINES]:
        s = " ".join(line.split())
        if any(p.search(s) for p in REGISTER_LINE):
            end, found = pos + len(line), True
        elif REGISTER_FILLER.match(s):
            end = pos + len(line)
        elif s:
            other += 1
            if RUNNING_TEXT.match(s) or other > REGISTER_HEAD_OTHER:
                break
        pos += len(line) + 1
    if not found:
        return 0
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def footnote_passages(doc: Document, footnotes: Sequence[Footnote], offsets: list[tuple[int, int]],
                      body_length: int) -> list[Passage]:
    """One passage per page of footnotes (`<number> <text>` lines). Its character span is empty, at
    the first linked marker (else the page start): the text is not part of the body."""
    by_page: dict[int, list[Footnote]] = {}
    for f in footnotes:
        if f.text.strip():
            by_page.setdefault(f.page, []).append(f)
    out = []
    for page, notes in sorted(by_page.items()):
        marker = next((f.marker_offset for f in notes if f.marker_offset is not None), None)
        at = marker if marker is not None else next((s for s, n in offsets if n == page), body_length)
        text = "\n".join(f"{f.number} {' '.join(f.text.split())}" for f in notes)
        out.append(Passage(doc.id, doc.name, text, page, page, at, at, FOOTNOTE_SECTION, doc.title))
    return out


def section_starts(offsets: list[tuple[int, int]], sections: Sequence[Section]) -> list[tuple[int, str]]:
    """(body offset, heading label) where each section starts: its heading line (``Section.offset``),
    else the start of its page. Sorted by offset (offsets are sorted by page)."""
    out = []
    for s in sections:
        # without an offset: its page, or, where the text numbers only some pages (a footer on odd
        # pages only), the first numbered page at or after it, which holds it
        at = s.offset if s.offset is not None else next((start for start, n in offsets if n >= s.page), None)
        if at is not None:
            out.append((at, f"{s.number} {s.title}".strip()))
    return sorted(out)


def _tail(text: str, units: list[tuple[int, int]], budget: int) -> list[tuple[int, int]]:
    """The last units of a passage that fit in `budget` words (none if the last alone does not)."""
    out: list[tuple[int, int]] = []
    for start, end in reversed(units[1:]):
        budget -= len(text[start:end].split())
        if budget < 0:
            break
        out.insert(0, (start, end))
    return out


def _page_end(offsets, start: int, total: int) -> int:
    later = [s for s, _ in offsets if s > start]
    return later[0] - 1 if later else total


def _units(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Paragraph spans of one page, long paragraphs split at sentence ends. A paragraph running on
    to the next page becomes two units; the passage that holds them still reads across."""
    spans = []
    for m in PARAGRAPH.finditer(text, lo, hi):
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


def _section_at(starts: list[tuple[int, str]], offset: int) -> str | None:
    """The heading of the section an offset belongs to: the last section start at or before it."""
    current = None
    for at, label in starts:
        if at > offset:
            break
        current = label
    return current


def _merge_short(passages: list[Passage], text: str) -> list[Passage]:
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
    """What is embedded for a passage: the passage, after its title and section heading when
    EMBED_CONTEXT is on."""
    context = " — ".join(x for x in (p.title, p.section) if x) if EMBED_CONTEXT else ""
    return f"{context}\n{p.text}" if context else p.text


def sentences(text: str) -> list[str]:
    """The sentences (and list items) of a passage, whitespace collapsed."""
    return [" ".join(s.split()) for s in WINDOW_CUT.split(text) if s and s.strip()]


def windows(p: Passage, size: int = WINDOW_SENTENCES, stride: int = WINDOW_STRIDE) -> list[str]:
    """Runs of `size` sentences of a passage, one every `stride`; none when the passage is that short
    (its own vector covers it) or windows are off."""
    parts = sentences(p.text)
    return [" ".join(parts[a:b]) for a, b in window_runs(len(parts), size, stride)]


def window_runs(n: int, size: int = WINDOW_SENTENCES, stride: int = WINDOW_STRIDE) -> list[tuple[int, int]]:
    """(first, end) sentence indices of the windows of a passage of n sentences: one every `stride`
    until a window reaches the last sentence; none when n <= size (its own vector covers it)."""
    if size <= 0 or n <= size:
        return []
    out = []
    for i in range(0, n, stride):
        out.append((i, min(i + size, n)))
        if i + size >= n:
            break
    return out


def search_text(p: Passage) -> str:
    """What BM25 indexes: title, section heading and passage."""
    return f"{p.title or ''} {p.section or ''} {p.text}"
