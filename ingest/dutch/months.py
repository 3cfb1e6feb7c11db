"""Dutch month names and explicit dates (`1 maart 2011`, `11-06-2024`, `1 januari -1 juli 2022`)."""
from __future__ import annotations

import datetime as dt
import re

FULL_MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
MONTHS = {
    **FULL_MONTHS, "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# a month's name as a whole word, its abbreviation too: `dec` is no month in `decentralisatie` or `decarbonisatiepakket`
# (EZK 2022, all147), nor `sep` in `separate`; digits may follow (`december2022`, a year glued on)
MONTH_WORD = rf"(?:{MONTH_NAMES})(?![^\W\d_])"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_NAMES})\.?\s+(\d{{4}})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by one letter changed, left out or put in."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def misread_month(word: str) -> int | None:
    """The month whose full name OCR read with one letter wrong, left out or added (`docember`, `met` for `mei`),
    when only one month's name is that near; else None."""
    if word.lower() in MONTHS:
        return MONTHS[word.lower()]
    near = {n for name, n in FULL_MONTHS.items() if _one_edit(word.lower(), name)}
    return near.pop() if len(near) == 1 and len(word) >= 3 else None


def iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None for an impossible one (31 februari)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_dutch_date(text: str) -> str | None:
    """The first explicit Dutch date in ``text`` as ISO, or None."""
    m = DAY_MONTH_YEAR.search(text)
    if m:
        return iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = NUMERIC.search(text)
    if m:
        return iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None
