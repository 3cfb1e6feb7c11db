"""Two pages scanned side by side on one landscape sheet (a bundle photocopied two-up): each half is zoned as a page
of its own, and the sheet's text is the left page's, then the right page's."""
from __future__ import annotations

from dataclasses import replace

from ingest.extract.geometry import PageWords
from ingest.extract.layout import PagePart

TWO_UP_LANDSCAPE = 1.2   # a sheet at least this much wider than tall may hold two pages side by side
TWO_UP_GUTTER = 36.0     # points: ... with a blank band this wide at least down the whole sheet between them
TWO_UP_MIDDLE = 0.1      # ... its middle within this share of the sheet's width from the sheet's centre
TWO_UP_WORDS = 30        # ... and this many words on each side of it at least


def gutter_x(page: PageWords) -> float | None:
    """The middle of the blank band between two pages scanned side by side on a landscape sheet; None for any
    other page (portrait, born-digital, no wide blank band near the centre, too few words on one side)."""
    if not page.scanned or page.width < page.height * TWO_UP_LANDSCAPE or len(page.words) < 2 * TWO_UP_WORDS:
        return None
    gaps, reach = [], 0.0
    for x0, x1 in sorted((w.x0, w.x1) for w in page.words):
        if x0 - reach >= TWO_UP_GUTTER and reach > 0:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    centre = page.width / 2
    near = [(a, b) for a, b in gaps if abs((a + b) / 2 - centre) <= TWO_UP_MIDDLE * page.width]
    if not near:
        return None
    left, right = max(near, key=lambda gap: gap[1] - gap[0])
    sides = (sum(w.x1 <= left for w in page.words), sum(w.x0 >= right for w in page.words))
    return (left + right) / 2 if min(sides) >= TWO_UP_WORDS else None


def split_two_up(pages: list[PageWords]) -> list[PageWords]:
    """The pages with each two-up sheet (`gutter_x`) cut into its left and right page, both keeping the sheet's
    number (``half`` 1 and 2; the right page's words moved into its own frame)."""
    out = []
    for page in pages:
        x = gutter_x(page)
        if x is None:
            out.append(page)
            continue
        left = [w for w in page.words if (w.x0 + w.x1) / 2 < x]
        right = [replace(w, x0=w.x0 - x, x1=w.x1 - x) for w in page.words if (w.x0 + w.x1) / 2 >= x]
        out += [replace(page, width=x, words=left, half=1), replace(page, width=page.width - x, words=right, half=2)]
    return out


def join_halves(parts: list[PagePart]) -> list[PagePart]:
    """Page parts with the two halves of a sheet (consecutive parts of one number) joined into the sheet's part:
    its text the left page's, then the right page's; the right's marker positions moved after the left's text."""
    out: list[PagePart] = []
    for part in parts:
        if not out or out[-1][0] != part[0]:
            out.append(part)
            continue
        number, text, notes, marker_at, margin = out[-1]
        shift = len(text) + 1 if text else 0
        moved = {**{k: v + shift for k, v in part[3].items()}, **marker_at}
        out[-1] = (number, "\n".join(t for t in (text, part[1]) if t), [*notes, *part[2]], moved, [*margin, *part[4]])
    return out
