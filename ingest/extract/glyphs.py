"""PDFium characters into words for a whole page at once (numpy), the same words as the character loop
``pdf.words_in_order`` builds one character at a time.

That loop's rules: a white-space character ends the word (a zero-width space between touching glyphs is
kerning, skipped); a spacing accent joins the word it follows; any other character starts a new word when
it stands more than WORD_GAP of its size right of the word's rightmost edge, or its baseline jumps, or
its size changes (against the previous character of the word). Only the first rule needs the word's
start (its rightmost edge so far), so the words are found by fixing point: cuts found with an edge
measured from an earlier cut are real cuts (that edge is at least the word's own), and repeating until
no cut is added leaves every word measured from its own start."""
from __future__ import annotations

import numpy as np

from ingest.extract.geometry import Word
from ingest.extract.ocr import is_known

SOFT_HYPHENS = ("\ufffe", "\u00ad", "\x02")
PDFIUM_SIZE = 1 / 1.15   # loose box height to font size (ascent - descent is ~1.15 em)
WORD_GAP = 0.2           # a gap this wide (share of the line height) between glyphs separates words
KERNED_SPACE = 0.1       # ... and this wide where PDFium generated a space between lower case and a capital
SQUEEZED_SPACE = 0.04    # ... and this wide between two words a justified line squeezed (told by the lexicon)
NO_WIDTH = 0.01          # points: a space this narrow is one PDFium generated, no glyph of the page
SPACING_DIACRITICS = {"\u00b8": "\u0327", "\u00a8": "\u0308", "\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302"}


def page_words(texts: list[str], boxes: np.ndarray, height: float, fix,
               squeezed: frozenset[int] = frozenset()) -> list[Word] | None:
    """The words of a page from its characters and their (left, bottom, right, top) boxes (float64), or
    None when a box is not finite (min and max then depend on order: the character loop reads it);
    ``squeezed``: generated spaces that end a word however narrow (``squeezed_spaces``)."""
    if not len(texts):
        return []
    if not np.isfinite(boxes).all():
        return None
    texts = ["-" if t in SOFT_HYPHENS else t for t in texts]
    left, bottom, right, top = boxes.T
    size = top - bottom
    space = np.fromiter((not t or t.isspace() for t in texts), bool, len(texts))
    zero = np.fromiter((t == " " for t in texts), bool, len(texts)) & (right - left < NO_WIDTH)
    ends = space & ~zero
    for i in np.flatnonzero(zero[1:-1]) + 1:
        ends[i] = i in squeezed or kerned_space(texts[i - 1], texts[i + 1], left[i + 1] - right[i - 1], size[i + 1])
    real = ~space & ~_absorbed(texts, space, ends)
    at = np.flatnonzero(real)
    starts = _starts(at, np.cumsum(ends), left[at], bottom[at], right[at], size[at])
    return _words(texts, space, ends, at, starts, boxes, size, height, fix)


def kerned_space(before: str, after: str, gap: float, size: float) -> bool:
    """A space PDFium generated (no width) between a lower-case letter or a digit and a capital that stand
    KERNED_SPACE of the size apart is a word space kerning closed up under WORD_GAP (Liberation Sans/Arial kern
    space+A, V, T, W: `van Algemene`, `en Asiel`, `de AOW`, `33 400 A` at 0.17-0.2; Chromium's PDFs draw no space
    glyph; pdf49/pdf65 probes). Generated spaces inside words stand elsewhere (`P agina`, `T oezegging`,
    `Inf rastructuur` in RijksoverheidSans: a capital then lower case, or lower case on both sides), and a word's own
    capital (`IenW`, `4G`) touches."""
    return ((before[-1:].islower() or before[-1:].isdigit()) and after[:1].isupper()
            and gap >= KERNED_SPACE * max(size, 1))


def squeezed_spaces(texts: list[str], boxes: np.ndarray) -> frozenset[int]:
    """The spaces PDFium generated (no width) between two words whose glyphs a justified line set closer than
    WORD_GAP, but at least SQUEEZED_SPACE of the size apart (`Het kabinet`, `in de`, `opdrachtgever
    verantwoordelijk` at 0.14-0.18 in the Internationale Klimaatstrategie and an AI Impact Assessment, BZ and
    BZK 2022; `om het` at 0.198 in a Kamerbrief). A generated space inside a word stands as far apart at some
    kerning pairs (`Inf rastructuur` at 0.12, `P agina`), so the lexicon decides (``two_words``)."""
    if len(texts) < 3:
        return frozenset()
    left, bottom, right, top = boxes.T
    size = np.maximum(top[2:] - bottom[2:], 1)
    gap = left[2:] - right[:-2]
    with np.errstate(invalid="ignore"):
        narrow = (right[1:-1] - left[1:-1] < NO_WIDTH) & (SQUEEZED_SPACE * size <= gap) & (gap <= WORD_GAP * size)
    return frozenset(i for i in (np.flatnonzero(narrow) + 1).tolist()
                     if texts[i] == " " and texts[i + 1][:1].islower()
                     and two_words(_letters(texts, i - 1, -1), _letters(texts, i + 1, 1)))


def _letters(texts: list[str], i: int, step: int) -> str:
    """The run of letters from character ``i`` on in direction ``step``, in reading order."""
    run = []
    while 0 <= i < len(texts) and texts[i].isalpha():
        run.append(texts[i])
        i += step
    return "".join(run[::step])


def two_words(before: str, after: str) -> bool:
    """``before`` and ``after`` (letters) are two Dutch words, not one: each a word form, together none."""
    a, b = before.lower(), after.lower()
    return len(a) > 1 and len(b) > 1 and is_known(a) and is_known(b) and not is_known(a + b)


def _absorbed(texts: list[str], space: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Spacing accents that join a word: those after a character of the word (no word end between)."""
    accent = np.fromiter((t in SPACING_DIACRITICS for t in texts), bool, len(texts))
    if not accent.any():
        return accent
    seen = np.cumsum(~space)                                        # characters up to here
    at_end = np.maximum.accumulate(np.where(ends, seen, 0))         # ... up to the last word end
    return accent & (seen - 1 - at_end > 0)


def _starts(at: np.ndarray, ended: np.ndarray, left, bottom, right, size) -> np.ndarray:
    """Which of the word characters (``at``, with their boxes) start a word."""
    starts = np.ones(len(at), bool)
    if len(at) < 2:
        return starts
    prev_size, prev_bottom = size[:-1], bottom[:-1]
    starts[1:] = ((ended[at[1:]] != ended[at[:-1]])
                  | (np.abs(bottom[1:] - prev_bottom) > 0.5 * np.maximum(size[1:], prev_size))
                  | ~((1 / 1.15 < size[1:] / np.maximum(prev_size, 0.1)) & (size[1:] / np.maximum(prev_size, 0.1) < 1.15)))
    gap = WORD_GAP * np.maximum(size, 1)
    rank = np.unique(right, return_inverse=True)[1].astype(np.int64)   # exact running maxima on ranks
    values = np.sort(np.unique(right))
    while True:
        word = np.cumsum(starts) - 1
        edge = values[np.maximum.accumulate(rank + word * len(values)) - word * len(values)]
        cut = np.zeros(len(at), bool)
        cut[1:] = ~starts[1:] & (left[1:] - edge[:-1] > gap[1:])
        if not cut.any():
            return starts
        starts |= cut


def _words(texts, space, ends, at, starts, boxes, size, height: float, fix) -> list[Word]:
    """One Word per start: its characters up to the next word's first character or word end."""
    first = at[starts]
    stop = np.append(first[1:], len(texts))
    next_end = np.flatnonzero(ends)
    bound = next_end[np.minimum(np.searchsorted(next_end, first), len(next_end) - 1)] if len(next_end) else stop
    stop = np.where((bound > first) & (bound < stop), bound, stop) if len(next_end) else stop
    k = np.flatnonzero(starts)
    x0 = np.minimum.reduceat(boxes[at, 0], k).tolist()
    low = np.minimum.reduceat(boxes[at, 1], k).tolist()
    x1 = np.maximum.reduceat(boxes[at, 2], k).tolist()
    high = np.maximum.reduceat(boxes[at, 3], k).tolist()
    biggest = np.maximum.reduceat(size[at], k).tolist()
    words = []
    for i, (a, b) in enumerate(zip(first.tolist(), stop.tolist())):
        text = "".join(t for t, s in zip(texts[a:b], space[a:b].tolist()) if not s)
        words.append(Word(fix(text), x0[i], x1[i], height - high[i], height - low[i], round(biggest[i] * PDFIUM_SIZE, 1)))
    return words
