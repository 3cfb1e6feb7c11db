"""Reading order of body text set in columns: a recursive XY cut of the page into blocks.

Lines group words by baseline across the whole page, so on a page set in two text columns (a Rijksoverheid
publication; a two-page spread on one landscape sheet, each page in two columns) every line held a piece of one
column's line and a piece of the next column's, and no sentence stayed whole. A page is cut into blocks at white
gutters between text columns (a vertical band free of text, with columns of text on both sides), and across where a
line spans a gutter (a heading over both columns, a running footer): blocks read top to bottom, the left one before
the right, and each block's words are grouped into lines of their own. Gutters are judged on runs of text only
(several words of near-body print at word spacing), so an infographic's scattered letters, rotated labels and axis
numbers do not break the cut of the columns beside it. A side of a gutter holding labels, numbers or short cells (a
table's column, a Kamervragen answer's label column, a glossary's terms) is no text column: the page is not cut."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ingest.extract.geometry import Line, PageWords, Word
from ingest.extract.sheets import TWO_UP_GUTTER, TWO_UP_LANDSCAPE, TWO_UP_MIDDLE

RUN_GAP = 0.8        # body sizes: a wider gap between two words of a line ends a run (a column's piece of the line)
RUN_WORDS = 3        # a run of text has this many words at least (no single letters, labels, axis numbers)
TEXT_SIZE = 0.7      # ... in print of this share of the body size at least (no tiny labels inside a figure)
GUTTER = 0.8         # body sizes: a gutter between text columns is a white band at least this wide
COLUMN_RUNS = 4      # each side of a gutter holds this many runs of text at least ...
TEXT_SHARE = 0.6     # ... making this share of its runs of near-body print at least (not a table's label column)
LONG_RUNS = 0.5      # ... and this share of its runs of text are long, lines of a column (no table's short cells)
LONG_RUN = 10.0      # body sizes: a long run is this wide at least
MAX_CROSS = 0.25     # runs of text across a gutter (headings, a footer): at most this share of those beside it
MAX_DEPTH = 8        # cuts within cuts, at most
RUN_ON_END = re.compile(r"[.:!?;]\W*$")   # a line ending so closes its sentence: the next column's line starts anew

Rect = tuple[float, float, float, float]   # x0, x1, top, bottom
Group = Callable[[list[Word], float], list[Line]]


@dataclass(frozen=True)
class Run:
    """A line's words between gaps wider than RUN_GAP: a column's piece of the line, a label, a heading."""
    x0: float
    x1: float
    top: float
    bottom: float
    words: int
    text: bool     # several words of near-body print: a line of text

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2


def _runs(lines: list[Line], body_size: float) -> list[Run]:
    """The runs of every line (words apart by more than RUN_GAP body sizes start a new run)."""
    out = []
    for line in lines:
        start = 0
        for i in range(1, len(line.words) + 1):
            if i == len(line.words) or line.words[i].x0 - line.words[i - 1].x1 > RUN_GAP * body_size:
                out.append(_run(line.words[start:i], body_size))
                start = i
    return out


def _run(words: list[Word], body_size: float) -> Run:
    size = sorted(w.size for w in words)[len(words) // 2]
    text = len(words) >= RUN_WORDS and size >= TEXT_SIZE * body_size
    return Run(words[0].x0, max(w.x1 for w in words), min(w.top for w in words), max(w.bottom for w in words),
               len(words), text)


def _inside(runs: list[Run], rect: Rect) -> list[Run]:
    return [r for r in runs if rect[0] <= r.centre[0] < rect[1] and rect[2] <= r.centre[1] < rect[3]]


def _text_column(side: list[Run], body_size: float) -> bool:
    """Runs beside a gutter that are a column of text (or columns): enough lines of several words, most of its
    runs, and half of them long (a table's short cells, a label column, a glossary's terms are not)."""
    text = [r for r in side if r.text]
    if len(text) < COLUMN_RUNS or len(text) < TEXT_SHARE * len(side):
        return False
    return sum(r.x1 - r.x0 >= LONG_RUN * body_size for r in text) >= LONG_RUNS * len(text)


def _cover(text: list[Run]) -> tuple[float, np.ndarray]:
    """How many runs of text cover each point of x (from the leftmost run's left edge, a point a cell)."""
    left = min(r.x0 for r in text)
    cover = np.zeros(int(max(r.x1 for r in text) - left) + 2, dtype=np.int32)
    for r in text:
        cover[int(r.x0 - left):int(np.ceil(r.x1 - left)) + 1] += 1
    return left, cover


def _gaps(cover: tuple[float, np.ndarray], allowed: int, body_size: float) -> list[tuple[float, float]]:
    """The x intervals, at least GUTTER body sizes wide, that at most ``allowed`` runs of text cover."""
    left, counts = cover
    free = np.flatnonzero(np.diff(np.concatenate(([0], (counts <= allowed).astype(np.int8), [0]))))
    return [(left + a, left + b) for a, b in zip(free[::2], free[1::2]) if b - a >= GUTTER * body_size]


def _gutter(runs: list[Run], body_size: float) -> tuple[float, list[Run]] | None:
    """The x of the gutter to cut at and the runs of text across it, or None: a white band between two text columns
    crossed by the fewest runs of text (none; or a few, MAX_CROSS: headings, a footer), the widest of those."""
    text = [r for r in runs if r.text]
    if len(text) < 2 * COLUMN_RUNS:
        return None
    cover = _cover(text)
    for allowed in range(int(MAX_CROSS * len(text) / 2) + 1):
        found = []
        for a, b in _gaps(cover, allowed, body_size):
            across = [r for r in text if r.x0 < b and r.x1 > a]
            left = [r for r in runs if r.x1 <= a]
            right = [r for r in runs if r.x0 >= b]
            if (_text_column(left, body_size) and _text_column(right, body_size)
                    and len(across) <= MAX_CROSS * min(sum(r.text for r in left), sum(r.text for r in right))):
                found.append((a - b, (a + b) / 2, across))
        if found:
            _, x, across = min(found, key=lambda f: f[:2])
            return x, across
    return None


def _bands(rect: Rect, runs: list[Run], across: list[Run]) -> list[Rect]:
    """The rectangle cut across between the runs that span a gutter and the runs beside it, top to bottom."""
    spanning = set(across)
    ordered = sorted(runs, key=lambda r: r.centre[1])
    cuts = [(a.centre[1] + b.centre[1]) / 2 for a, b in zip(ordered, ordered[1:]) if (a in spanning) != (b in spanning)]
    edges = [rect[2], *cuts, rect[3]]
    return [(rect[0], rect[1], top, bottom) for top, bottom in zip(edges, edges[1:])]


def _spread(page: PageWords, runs: list[Run], body_size: float) -> float | None:
    """The x between the two pages of a spread printed on one landscape sheet: a white band TWO_UP_GUTTER wide at
    least near the sheet's centre (sheets.TWO_UP_MIDDLE) that no run of text crosses, with a text column on one side
    at least (the other page may hold a picture or an infographic alone)."""
    text = [r for r in runs if r.text]
    if page.width < page.height * TWO_UP_LANDSCAPE or not text:
        return None
    middle = [(a, b) for a, b in _gaps(_cover(text), 0, body_size) if b - a >= TWO_UP_GUTTER
              and abs((a + b) / 2 - page.width / 2) <= TWO_UP_MIDDLE * page.width]
    for a, b in middle:
        left, right = [r for r in runs if r.x1 <= a], [r for r in runs if r.x0 >= b]
        if left and right and (_text_column(left, body_size) or _text_column(right, body_size)):
            return min(max(page.width / 2, a), b)   # the sheet's middle: a picture's labels stay on their page
    return None


def _cut(rect: Rect, runs: list[Run], body_size: float, depth: int = 0) -> list[Rect]:
    """The blocks of a rectangle in reading order: cut down a gutter (left, then right) or across the lines that
    span one (top to bottom), each part cut again; a rectangle with no gutter is one block."""
    inside = _inside(runs, rect)
    found = _gutter(inside, body_size) if depth < MAX_DEPTH else None
    if found is None:
        return [rect]
    x, across = found
    if across:
        parts = _bands(rect, inside, across)
    else:
        parts = [(rect[0], x, rect[2], rect[3]), (x, rect[1], rect[2], rect[3])]
    return [block for part in parts for block in _cut(part, runs, body_size, depth + 1)]


def column_parts(page: PageWords, words: list[Word], body_size: float, group: Group) -> list[list[Line]]:
    """The page's lines in reading order, as the lines of each block (``group`` makes a block's words into lines);
    one part of the page's lines as they are when the page is set in one column (or scanned). ``words`` are the
    page's words left once its sidebar is taken out."""
    lines = group(words, body_size)
    if page.scanned or not lines:
        return [lines]
    runs = _runs(lines, body_size)
    middle = _spread(page, runs, body_size)
    edges = [-np.inf, np.inf] if middle is None else [-np.inf, middle, np.inf]
    blocks = [block for x0, x1 in zip(edges, edges[1:]) for block in _cut((x0, x1, -np.inf, np.inf), runs, body_size)]
    if len(blocks) == 1:
        return [lines]
    parts: list[list[Word]] = [[] for _ in blocks]
    for w in words:
        x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        parts[next(i for i, b in enumerate(blocks) if b[0] <= x < b[1] and b[2] <= y < b[3])].append(w)
    out = [group(part, body_size) for part in parts if part]
    for later in out[1:]:
        later[0].column_top = True
    return out


def runs_on(line: Line, before: str) -> bool:
    """Whether a column's first line goes on with the sentence the text before it left open (``before`` ends in
    no full stop, colon, question or exclamation mark, and the line starts in lower case): no paragraph there."""
    return (line.column_top and bool(before) and not RUN_ON_END.search(before)
            and line.text[:1].islower())
