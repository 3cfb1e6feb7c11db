"""A table of two text columns read cell by cell.

Lines group words by baseline, so a table whose cells wrap (a committee's decision list set as `Agendapunt |
Besluit`, a Word table of two columns of sentences) read across: each line held a piece of the left cell and a piece
of the right one, and no sentence of either stayed whole (pdf80 probe, LibreOffice/Word tables). A block of lines
whose second column starts at one x on several lines, with text on both sides, is read row by row: the left cell's
lines, then the right cell's."""
from __future__ import annotations

import re
from collections import Counter

from ingest.extract.geometry import Line, Word

MIN_SPLIT_LINES = 4    # lines split at one column edge, at least, to make a table
MIN_LEFT_WORDS = 3     # ... and its left column holds text (this many words on two lines): no labels, no bullets
MIN_WRAPPED = 2        # ... and its cells wrap: lines with one cell empty, at least
BLOCK_GAP = 1.5        # line heights: a wider gap ends a block
EDGE = 1.0             # pt: a cell's words start within this of the column edge
ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]$")   # an agenda item's number opens a row: `1.`, `12.`, `a)`


def _split(line: Line, edge: float) -> tuple[list[Word], list[Word]] | None:
    """The line's words left and right of a column edge, or None when a word runs across it."""
    if any(w.x0 < edge - EDGE < w.x1 for w in line.words):
        return None
    left = [w for w in line.words if w.x0 < edge - EDGE]
    right = [w for w in line.words if w.x0 >= edge - EDGE]
    if right and abs(right[0].x0 - edge) > EDGE:
        return None
    return left, right


def column_edge(lines: list[Line]) -> float | None:
    """The x where a second column starts on MIN_SPLIT_LINES lines or more (a word after another word of the line)."""
    starts = Counter(round(w.x0) for l in lines for a, w in zip(l.words, l.words[1:]) if w.x0 - a.x1 > 1.5)
    for x, n in starts.most_common(3):
        if n < MIN_SPLIT_LINES:
            return None
        parts = [p for p in (_split(l, x) for l in lines) if p and p[0] and p[1]]
        if len(parts) >= MIN_SPLIT_LINES and sum(len(left) >= MIN_LEFT_WORDS for left, _ in parts) >= 2:
            return float(min(w.x0 for _, right in parts for w in right[:1]))
    return None


def _rows(block: list[tuple[list[Word], list[Word]]]) -> list[list[tuple[list[Word], list[Word]]]]:
    """Rows of a table block: a row opens where both cells start after a line one cell left empty, or where the left
    cell opens on an item number."""
    rows: list[list[tuple[list[Word], list[Word]]]] = []
    for i, (left, right) in enumerate(block):
        before = block[i - 1] if i else ([], [])
        opens = left and right and (not before[0] or not before[1])
        if not rows or opens or (left and ROW_NUMBER.match(left[0].text)):
            rows.append([])
        rows[-1].append((left, right))
    return rows


def read_table_cells(lines: list[Line]) -> list[Line]:
    """Lines with each two-column table block read cell by cell (left cell's lines, then the right's, row by row);
    other lines as they are. A block is a run of lines none of which runs across the column edge."""
    edge = column_edge(lines)
    if edge is None:
        return lines
    parts = [_split(l, edge) for l in lines]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and parts[end] is not None and (end == i or _goes_on(lines[end - 1], lines[end])):
            end += 1
        out += _cells([p for p in parts[i:end] if p is not None]) or lines[i:end] or [lines[i]]
        i = max(end, i + 1)
    return out


def _goes_on(above: Line, line: Line) -> bool:
    """The next line of a block: no wider gap than BLOCK_GAP line heights (a cell's padding and rule between rows)."""
    return line.top - above.bottom < BLOCK_GAP * (above.bottom - above.top)


def _cells(block: list[tuple[list[Word], list[Word]]]) -> list[Line]:
    """A block's lines cell by cell, or [] when it is no table of wrapping cells (too few lines split at the edge,
    or none with an empty cell: a table of one-line rows reads right row by row, as a Woo inventory does)."""
    split = [k for k, (left, right) in enumerate(block) if left and right]
    if len(split) < MIN_SPLIT_LINES:
        return []
    lead, block = [Line([*left, *right]) for left, right in block[:split[0]]], block[split[0]:]
    if sum(not left or not right for left, right in block) < MIN_WRAPPED:
        return []
    return lead + [Line(words) for row in _rows(block) for side in (0, 1) for words in (p[side] for p in row) if words]
