"""Dutch time expressions to periods: (date_start, date_end, approx, relative), anchored to the
document's own date for `dit jaar`, `volgend jaar` and dates without a year.

Conventions (those of the annotations): a year is 1 January to 31 December, a month the whole month,
a quarter or a half its months; voorjaar March-May, zomer June-August, najaar September-November;
`begin`/`eind` of a month are days 1-10 / 21-end, of a year its first / last quarter; `half`/`medio`
a month is the 15th; `voor de zomer` ends on 1 July; `vanaf X` has a start only; a term counted from
an event (`binnen zes weken na ...`) has no dates and is relative. Vague ones are approx.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ingest.records import Period
from ingest.dutch.months import MONTH_NAMES, MONTHS

NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
                "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "achttien": 18, "vierentwintig": 24}
ORDINALS = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4, "laatste": 4}
SEASONS = {"voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "herfst": (9, 11),
           "winter": (12, 2)}


def _d(y: int, m: int, d: int) -> str:
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1])).isoformat()


def _month_end(y: int, m: int) -> str:
    return _d(y, m, 31)


M = rf"(?P<month>{MONTH_NAMES})"
Y = r"(?P<year>(?:19|20)\d\d)(?!\d)"
REL_YEAR = r"(?P<rel>dit jaar|volgend jaar|komend jaar|het volgende jaar|vorig jaar|het jaar daarop)"
YEAR_OR_REL = rf"(?:{Y}|{REL_YEAR})"

# (name, pattern, handler): tried in this order at each position; the first and longest wins.
RULES: list[tuple[str, str]] = [
    ("date_range", rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_NAMES})\s*(?:-|–|tot|t/m)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_NAMES})\s+{Y}"),
    ("date", rf"(?P<day>\d{{1,2}})\s+{M}(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("month_part", rf"(?P<part>begin|eind|einde|half|medio|midden|halverwege)\s+{M}(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("month", rf"(?:de maand\s+)?{M}\s+(?:van\s+)?{YEAR_OR_REL}"),
    ("quarter", rf"(?:het\s+)?(?P<ord>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\s+kwartaal(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("q", rf"\bQ(?P<q>[1-4])\s+{Y}"),
    ("half", rf"(?:de\s+)?(?P<ord>eerste|tweede)\s+(?:helft|jaarhelft)(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("before_summer", rf"(?:voor|vóór)\s+(?:de\s+)?(?P<season>zomerreces|zomer)(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("after_summer", rf"na\s+(?:de\s+|het\s+)?(?P<season>zomerreces|zomervakantie|zomer)(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    # `komend najaar`, `volgend voorjaar`: the next one after the document's date
    ("next_season", r"(?:in\s+)?(?:het\s+|de\s+)?(?P<next>komende?|aankomende?|volgende?)\s+(?P<season>voorjaar|najaar|zomer|winter|herfst|lente)"),
    ("season", rf"(?:in\s+)?(?:het\s+|de\s+)?(?P<season>voorjaar|najaar|zomer|winter|herfst|lente)(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("before_christmas", rf"(?:voor|vóór)\s+(?:de\s+|het\s+)?(?P<when>kerstreces|kerstvakantie|kerst|jaarwisseling)(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("turn_of_year", rf"(?:rond|omstreeks)\s+de\s+jaarwisseling(?:\s+(?:van\s+)?{YEAR_OR_REL})?"),
    ("year_end", rf"(?:voor\s+)?(?:het\s+)?einde?\s+van\s+(?:het\s+jaar|{YEAR_OR_REL})"),
    ("year_end", rf"(?:eind|einde)\s+(?:van\s+)?{YEAR_OR_REL}"),
    ("year_begin", rf"begin\s+(?:van\s+)?{YEAR_OR_REL}"),
    ("year_middle", rf"(?:medio|half|midden)\s+(?:van\s+)?{YEAR_OR_REL}"),
    ("year_during", rf"(?:in\s+)?de\s+loop\s+van\s+{YEAR_OR_REL}"),
    ("year_range", rf"(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)\d\d)"),
    ("rel_year", REL_YEAR),
    ("year", rf"(?:in|vanaf|tot|uiterlijk|per|voor|na|sinds|rond)\s+{Y}"),
    ("from_now", r"(?:het|de)\s+(?P<n>komende|aankomende)\s+(?P<unit>jaar)\b"),
    ("from_now", r"(?:voorzien\s+voor|gedurende\s+de\s+komende|de\s+komende)\s+(?P<n>\d+|"
                 + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>dagen|weken|maanden|jaar|jaren)(?!\s+(?:na|vanaf|nadat|vanuit)\b)"),
    ("duration", r"(?:binnen|na|over|uiterlijk|elke|iedere)\s+(?P<n>\d+|"
                 + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>dagen|weken|maanden|jaar|jaren|werkdagen)"),
    ("duration", r"(?:maximaal|tot maximaal)\s+(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>dagen|weken|maanden)"),
    ("duration", r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>dagen|weken|maanden)\s+de\s+tijd"),
]
COMPILED = [(name, re.compile(p, re.I)) for name, p in RULES]
PREFIX = re.compile(r"(?P<prefix>vanaf|per|met ingang van|sinds|uiterlijk|tot en met|tot|voor|vóór|in|rond|op)\s*$", re.I)


def anchor_year(doc_date: str | None, text: str) -> int:
    """The year `dit jaar` means: the document's own, or else the year it mentions most (latest on ties)."""
    if doc_date:
        return int(doc_date[:4])
    counts: dict[int, int] = {}
    for m in re.finditer(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/])", text):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    if not counts:
        return dt.date.today().year
    return max(counts, key=lambda y: (counts[y], y))


def _year(m: re.Match, anchor: int) -> tuple[int, bool]:
    """(year, inferred) from a match's year or relative-year group."""
    gd = m.groupdict()
    if gd.get("year"):
        return int(gd["year"]), False
    rel = (gd.get("rel") or "").lower()
    if rel in ("volgend jaar", "komend jaar", "het volgende jaar", "het jaar daarop"):
        return anchor + 1, False
    if rel == "vorig jaar":
        return anchor - 1, False
    return anchor, not rel


UNIT_DAYS = {"dagen": 1, "weken": 7, "maanden": 30, "jaar": 365, "jaren": 365}


def _after(start: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("maanden", "jaar", "jaren"):
        months = n * (12 if unit != "maanden" else 1)
        y, m = divmod(start.month - 1 + months, 12)
        return dt.date(start.year + y, m + 1, min(start.day, calendar.monthrange(start.year + y, m + 1)[1]))
    return start + dt.timedelta(days=n * UNIT_DAYS[unit])


def period_of(name: str, m: re.Match, anchor: int, doc_date: str | None = None) -> Period | None:
    """The period one matched expression names."""
    gd = m.groupdict()
    if name == "from_now":
        # a term counted from the document's own date (`voorzien voor vier maanden`)
        if not doc_date:   # the coming year of an undated document: the year after the one it speaks of
            if gd["n"].lower() in ("komende", "aankomende"):
                return Period(_d(anchor + 1, 1, 1), _d(anchor + 1, 12, 31), approx=True)
            return Period(None, None, relative=True)
        n = int(gd["n"]) if gd["n"].isdigit() else NUMBER_WORDS.get(gd["n"].lower(), 1)
        start = dt.date.fromisoformat(doc_date)
        return Period(start.isoformat(), _after(start, n, gd["unit"].lower()).isoformat(), approx=True)
    if name == "date_range":
        y = int(gd["year"])
        return Period(_d(y, MONTHS[gd["m1"].lower()], int(gd["d1"])), _d(y, MONTHS[gd["m2"].lower()], int(gd["d2"])))
    if name == "duration":
        return Period(None, None, relative=True)
    if name == "year_range":
        return Period(_d(int(gd["y1"]), 1, 1), _d(int(gd["y2"]), 12, 31))
    y, inferred = _year(m, anchor)
    if name == "date":
        day, month = int(gd["day"]), MONTHS[gd["month"].lower()]
        if day < 1 or day > 31:
            return None
        return Period(_d(y, month, day), _d(y, month, day), approx=inferred)
    if name == "month_part":
        month, part = MONTHS[gd["month"].lower()], gd["part"].lower()
        if part == "begin":
            return Period(_d(y, month, 1), _d(y, month, 10), True)
        if part in ("eind", "einde"):
            return Period(_d(y, month, 21), _month_end(y, month), True)
        return Period(_d(y, month, 15), _d(y, month, 15), True)
    if name == "month":
        month = MONTHS[gd["month"].lower()]
        return Period(_d(y, month, 1), _month_end(y, month))
    if name in ("quarter", "q"):
        q = int(gd["q"]) if gd.get("q") else ORDINALS[gd["ord"].lower()]
        return Period(_d(y, 3 * q - 2, 1), _month_end(y, 3 * q))
    if name == "half":
        h = ORDINALS[gd["ord"].lower()]
        return Period(_d(y, 1, 1), _d(y, 6, 30)) if h == 1 else Period(_d(y, 7, 1), _d(y, 12, 31))
    if name == "before_summer":
        return Period(None, _d(y, 7, 1), True)
    if name == "after_summer":
        return Period(_d(y, 9, 1), None, True)
    if name == "season":
        a, b = SEASONS[gd["season"].lower()]
        return Period(_d(y, a, 1), _month_end(y + (1 if b < a else 0), b), True)
    if name == "year_end":
        return Period(_d(y, 10, 1), _d(y, 12, 31), True)
    if name == "year_begin":
        return Period(_d(y, 1, 1), _d(y, 3, 31), True)
    if name == "year_during":
        return Period(_d(y, 1, 1), _d(y, 12, 31), True)
    if name == "year_middle":
        return Period(_d(y, 6, 1), _d(y, 7, 31), True)
    if name == "before_christmas":   # the Kamer's Christmas recess starts around 20 December
        return Period(None, _d(y, 12, 20), True)
    if name == "turn_of_year":
        return Period(_d(y, 12, 15), _d(y + 1, 1, 15), True)
    if name == "next_season":
        a, b = SEASONS[gd["season"].lower()]
        if doc_date and doc_date[5:7] >= f"{a:02d}" and a != 12:
            y += 1      # the document speaks in or after this year's one: the next is next year's
        return Period(_d(y, a, 1), _month_end(y + (1 if b < a else 0), b), True)
    if name in ("rel_year", "year"):
        approx = name == "rel_year" and (gd.get("rel") or "").lower() == "komend jaar"
        return Period(_d(y, 1, 1), _d(y, 12, 31), approx)
    return None


def with_prefix(period: Period, prefix: str | None) -> Period:
    """`vanaf X` keeps only the start; other prefixes keep X's own bounds."""
    if prefix and prefix.lower() in ("vanaf", "sinds", "met ingang van") and period.start:
        return Period(period.start, None, period.approx, period.relative)
    return period


def find_periods(text: str, anchor: int, doc_date: str | None = None) -> list[tuple[int, int, str, Period]]:
    """(start, end, matched text incl. prefix, period) of every time expression, left to right,
    non-overlapping, longest first at each position."""
    found: list[tuple[int, int, str, Period]] = []
    taken = [False] * (len(text) + 1)
    candidates = []
    for name, pattern in COMPILED:
        for m in pattern.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            if m.end() < len(text) and text[m.end()].isalnum():   # `voorjaarsnota`, `20224`
                continue
            candidates.append((m.start(), -(m.end() - m.start()), name, m))
    for start, neg_len, name, m in sorted(candidates):
        end = m.end()
        if any(taken[start:end]):
            continue
        period = period_of(name, m, anchor, doc_date)
        if period is None:
            continue
        pre = PREFIX.search(text[max(0, start - 20):start])
        prefix = pre.group("prefix") if pre else None
        s = start - (len(pre.group(0)) if pre else 0) if pre and name not in ("year", "duration", "from_now") else start
        if name == "year":   # the preposition is part of the match (`vanaf 2024`)
            prefix = m.group(0).split()[0]
        found.append((s, end, text[s:end], with_prefix(period, prefix)))
        for i in range(start, end):
            taken[i] = True
    return sorted(found, key=lambda f: f[0])
