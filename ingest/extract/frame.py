"""The frame a page's characters are read in: what a reader sees of the page, turned so its text runs left to right.

PDFium gives character boxes in the page's own space (left, bottom, right, top; y up), whatever the page shows:
- the visible page is its CropBox, whose corner need not be (0, 0) (a page moved on its MediaBox by a re-save or an
  imposition tool) and which may be smaller than the MediaBox (a printer's bleed): a slug line or crop mark set
  outside it (`Drukproef ... pagina 2`) is never seen and is not read;
- a page made landscape and shown upright by /Rotate 90, 180 or 270 draws its text turned in its own space (a Woo
  inventory table, a merged landscape annex; Acrobat's 'rotate page' saved on an upside-down page): its lines run
  up, down or right to left there, and were read one letter a word (then sent to OCR, or read reversed);
- a run drawn twice a hair apart (bold by overprinting, a page merged onto itself) reads every word twice;
- a watermark set diagonally across the page (`CONCEPT`, `VERTROUWELIJK`: Word's watermark, a portal's stamp) is no
  text of the letter: read, it cut the sentences it crossed.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

EDGE = 1.0          # pt: a character whose centre lies this far outside the visible page is not seen
TURN_SHARE = 0.6    # the page is turned when this share of its letter-to-letter steps runs one other way
TURN_MIN = 20       # ... and at least this many steps do (a page of a few turned words keeps its frame)
DIAGONAL = 0.4      # a step whose smaller axis is this share of its larger one at least runs diagonally
DIAGONAL_RUN = 3    # ... and this many diagonal steps in a row make a word set askew (a watermark)
OVERPRINT = 0.15    # a character this share of its height from an earlier one of the same text is drawn over it


def visible(texts: list[str], boxes: np.ndarray, origin: tuple[float, float],
            size: tuple[float, float]) -> tuple[list[str], np.ndarray]:
    """The characters a reader sees, their boxes measured from the visible page's lower left corner: those inside
    the CropBox (``origin``, ``size``: width, height), none of a word set diagonally."""
    if not len(texts):
        return texts, boxes
    boxes = boxes - np.array([origin[0], origin[1], origin[0], origin[1]])
    x, y = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    keep = (x > -EDGE) & (x < size[0] + EDGE) & (y > -EDGE) & (y < size[1] + EDGE) | ~np.isfinite(x + y)
    keep &= ~askew(texts, boxes) & ~overprinted(texts, boxes)
    if keep.all():
        return texts, boxes
    return [t for t, k in zip(texts, keep.tolist()) if k], boxes[keep]


def codes(texts: list[str]) -> np.ndarray:
    """Each character's code point (-1 for one PDFium left out of the text), read at once."""
    joined = "".join([t[:1] or "\0" for t in texts]).encode("utf-32-le", "surrogatepass")   # (a lone `ti`)
    out = np.frombuffer(joined, np.uint32).astype(np.int64)
    out[out == 0] = -1
    return out


@lru_cache(maxsize=1)
def _classes() -> tuple[np.ndarray, np.ndarray]:
    """Letter-or-digit and white-space tables of the Basic Multilingual Plane."""
    chars = [chr(c) for c in range(0x10000)]
    return np.array([c.isalnum() for c in chars]), np.array([c.isspace() for c in chars])


def _is(codes_: np.ndarray, table: int) -> np.ndarray:
    """Where the characters are letters or digits (table 0) or white space (table 1); beyond the BMP, letters."""
    inside = (codes_ >= 0) & (codes_ < 0x10000)
    return np.where(inside, _classes()[table][np.clip(codes_, 0, 0xFFFF)], codes_ >= 0x10000 if table == 0 else False)


def overprinted(texts: list[str], boxes: np.ndarray) -> np.ndarray:
    """Characters drawn again over an earlier one of the same text, OVERPRINT of its height away at most: bold made
    by striking a run twice a hair apart, a page's content drawn twice (a re-save merging a page onto itself). The
    later copy is dropped: read, every such word stood twice (`Tijdens Tijdens de de regeling regeling`). A
    ligature's letters, next to each other in the text with one box (`ff`), are one glyph, not drawn twice."""
    out = np.zeros(len(texts), bool)
    if len(texts) < 2:
        return out
    code = codes(texts)
    x, y = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    near = OVERPRINT * np.maximum(boxes[:, 3] - boxes[:, 1], 1.0)
    blank = (code < 0) | _is(code, 1)
    for shift in (0.0, 0.5):   # rows of two points, and rows shifted half a row (a pair across a row's edge)
        row = np.floor(y / 2.0 + shift)
        order = np.lexsort((x, row, code))
        a, b = order[:-1], order[1:]
        same = (code[a] == code[b]) & (row[a] == row[b]) & ~blank[a] & (np.abs(a - b) > 1)
        close = same & (np.abs(x[a] - x[b]) < near[a]) & (np.abs(y[a] - y[b]) < near[a])
        out[np.maximum(a, b)[close]] = True
    ligature = (boxes[1:] == boxes[:-1]).all(axis=1)   # a ligature's letters share its box (`ff`: not drawn twice)
    out[1:] |= out[:-1] & ligature
    return out


def _steps(texts: list[str], boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dx, dy) from each character's centre to the next one's, and whether both are letters or digits a step
    apart within one word (closer than the larger side of the first box)."""
    x, y = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    dx, dy = np.diff(x), np.diff(y)
    letter = _is(codes(texts), 0)
    side = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])[:-1]
    near = letter[:-1] & letter[1:] & (np.hypot(dx, dy) < side) & (np.hypot(dx, dy) > 0)
    return dx, dy, near


def askew(texts: list[str], boxes: np.ndarray) -> np.ndarray:
    """Characters of a run of DIAGONAL_RUN diagonal letter steps at least (a word set at an angle)."""
    out = np.zeros(len(texts), bool)
    if len(texts) <= DIAGONAL_RUN:
        return out
    dx, dy, near = _steps(texts, boxes)
    ax, ay = np.abs(dx), np.abs(dy)
    diagonal = near & (np.minimum(ax, ay) > DIAGONAL * np.maximum(ax, ay))
    if diagonal.sum() < DIAGONAL_RUN:
        return out
    run = np.ones(len(diagonal) - DIAGONAL_RUN + 1, bool)
    for k in range(DIAGONAL_RUN):
        run &= diagonal[k:len(diagonal) - DIAGONAL_RUN + 1 + k]
    steps = np.zeros(len(diagonal), bool)
    for k in range(DIAGONAL_RUN):
        steps[k:k + len(run)] |= run
    out[:-1] |= steps
    out[1:] |= steps
    return out


def reading_turn(texts: list[str], boxes: np.ndarray) -> int:
    """The way most of the page's text runs in its own space: 0 left to right, 1 upwards, 2 right to left,
    3 downwards; 0 unless TURN_SHARE of its letter steps (TURN_MIN at least) run one other way."""
    if len(texts) < 2:
        return 0
    dx, dy, near = _steps(texts, boxes)
    dx, dy = dx[near], dy[near]
    along_x, along_y = np.abs(dx) > 2 * np.abs(dy), np.abs(dy) > 2 * np.abs(dx)
    votes = [int(n.sum()) for n in ((dx > 0) & along_x, (dy > 0) & along_y, (dx < 0) & along_x, (dy < 0) & along_y)]
    best = int(np.argmax(votes))
    return best if best and votes[best] >= TURN_MIN and votes[best] >= TURN_SHARE * len(dx) else 0


def turned(boxes: np.ndarray, width: float, height: float, turn: int) -> tuple[np.ndarray, float, float]:
    """Boxes (left, bottom, right, top) and page size in the frame where text running ``turn`` (reading_turn)
    runs left to right."""
    if turn == 0 or not len(boxes):
        return boxes, width, height
    left, bottom, right, top = boxes.T
    if turn == 1:     # up the page: x' = y, y' = width - x
        out = np.column_stack([bottom, width - right, top, width - left])
    elif turn == 2:   # right to left, upside down: x' = width - x, y' = height - y
        out = np.column_stack([width - right, height - top, width - left, height - bottom])
    else:             # down the page: x' = height - y, y' = x
        out = np.column_stack([height - top, left, height - bottom, right])
    return out, (height if turn % 2 else width), (width if turn % 2 else height)
