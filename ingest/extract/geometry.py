"""Geometry types shared by the PDF reader and OCR: words with their boxes and font size, lines, pages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

NUMBER = re.compile(r"^\d{1,3}$")  # a footnote number or marker
SIDEBAR_FROM = 0.62      # a letterhead sidebar column starts right of this share of the page width


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class Line:
    words: list[Word] = field(default_factory=list)
    column_top: bool = False   # the first line of a text column after the one before it (reading.column_parts)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        """The size of the line's text, leaving out marker-size digits."""
        sized = [(w.size, len(w.text)) for w in self.words if not NUMBER.match(w.text)] or \
                [(w.size, len(w.text)) for w in self.words]
        return max(sized, key=lambda s: s[1])[0] if len(sized) == 1 else median(s for s, _ in sized)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class PageWords:
    number: int
    width: float
    height: float
    words: list[Word]
    scanned: bool = False
    image_cover: float = 0.0   # share of the page that images cover
    drawn: bool = False        # no characters, its text drawn as outlines (pdf.DRAWN_PATHS paths at least)
    half: int = 0              # of a two-up sheet cut in two (sheets.split_two_up): 1 its left page, 2 its right
    turn: int = 0              # quarter turns clockwise from the page's own frame to the one its words stand in
