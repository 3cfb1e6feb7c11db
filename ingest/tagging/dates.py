"""Dutch time expressions to periods: (date_start, date_end, approx, relative), anchored to the
document's own date for `dit jaar`, `volgend jaar` and dates without a year.

Conventions (those of the annotations): a year is 1 January to 31 December, a month the whole month,
a quarter or a half its months; voorjaar March-May, zomer June-August, najaar September-November;
`begin`/`eind` of a month are days 1-10 / 21-end, of a year its first / last quarter; `half`/`medio`
a month is the 15th; `voor de zomer` ends on 1 July; `vanaf X` has a start only; `tot X` ends the day
before X begins; a term counted from an event (`binnen zes weken na ...`) has no dates and is relative.
Vague ones are approx.

The expressions are the rows of ``PERIODS``: each row's ``value`` is the handler that turns its match
into a period, so what a row means sits in the row.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable, NamedTuple

from ingest.dutch.months import MONTH_NAMES, MONTH_WORD, MONTHS
from ingest.dutch.whitespace import collapse
from ingest.records import Period
from ingest.tagging.rules.table import Rule, rule

NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
                "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "veertien": 14, "vijftien": 15, "achttien": 18,
                "twintig": 20, "vierentwintig": 24, "dertig": 30, "zestig": 60, "negentig": 90}
ORDINALS = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4, "laatste": 4}
SEASONS = {"voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "herfst": (9, 11),
           "winter": (12, 2)}
UNIT_DAYS = {"dagen": 1, "dag": 1, "weken": 7, "maanden": 30, "jaar": 365, "jaren": 365}
FULL_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"

M = rf"(?P<month>{MONTH_WORD})"
Y = r"(?P<year>(?:19|20)\d\d)(?!\d)"
NO_RANGE = r"(?!\s*[-–/]\s*(?:19|20)\d\d|\s+(?:tot\s+en\s+met|t/m)\s+(?:19|20)\d\d)"   # (a year that opens no range)
REL_YEARS = "dit jaar|volgend jaar|komend jaar|het volgende jaar|vorig jaar|het jaar daarop|het nieuwe jaar"
REL_YEAR = rf"(?P<rel>{REL_YEARS})"
REL_YEAR_WORDS = REL_YEARS.replace(" ", r"\s+")   # (any white space between the words: a lookahead's alternatives)
NEW_YEAR_FROM_MONTH = 7   # `het nieuwe jaar` in a letter of the second half of a year is the next; earlier, this one
YEAR_OR_REL = rf"(?:{Y}|{REL_YEAR})"
OF_YEAR = rf"(?:\s+(?:van\s+)?{YEAR_OR_REL})?"
# not a capital right after the particle `de`: `M. de Winter`, `De Zomer` are people
NOT_A_SURNAME = r"(?!(?<=\bde\s)(?-i:[A-Z]))"
N = r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")"


class Ctx(NamedTuple):
    """What a handler needs besides its match: the year `dit jaar` means and the document's date."""
    anchor: int
    doc_date: str | None


Handler = Callable[[dict[str, str], Ctx], "Period | None"]


def _d(y: int, m: int, d: int) -> str:
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1])).isoformat()


def _month_end(y: int, m: int) -> str:
    return _d(y, m, 31)


def _year(gd: dict[str, str], ctx: Ctx) -> tuple[int, bool]:
    """(year, inferred) from a match's year or relative-year group."""
    if gd.get("year"):
        return int(gd["year"]), False
    rel = " ".join((gd.get("rel") or "").lower().split())
    if rel in ("volgend jaar", "komend jaar", "het volgende jaar", "het jaar daarop"):
        return ctx.anchor + 1, False
    if rel == "vorig jaar":
        return ctx.anchor - 1, False
    if rel == "het nieuwe jaar":   # `in het nieuwe jaar` in an autumn letter: the coming year
        late = not ctx.doc_date or int(ctx.doc_date[5:7]) >= NEW_YEAR_FROM_MONTH
        return ctx.anchor + (1 if late else 0), False
    return ctx.anchor, not rel


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)


def _after(start: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("maanden", "jaar", "jaren"):
        months = n * (12 if unit != "maanden" else 1)
        y, m = divmod(start.month - 1 + months, 12)
        return dt.date(start.year + y, m + 1, min(start.day, calendar.monthrange(start.year + y, m + 1)[1]))
    return start + dt.timedelta(days=n * UNIT_DAYS[unit])


# --- handlers: one per kind of expression -------------------------------------------------------

def from_now(gd: dict[str, str], ctx: Ctx) -> Period:
    """A term counted from the document's own date (`voorzien voor vier maanden`, `het komende jaar`)."""
    half = gd["unit"].lower().startswith("half")   # `het komende half jaar`: six months
    if not ctx.doc_date:   # the coming year of an undated document: the year after the one it speaks of
        if gd["n"].lower() in ("komende", "aankomende") and not half:
            return Period(_d(ctx.anchor + 1, 1, 1), _d(ctx.anchor + 1, 12, 31), approx=True)
        return Period(None, None, relative=True)
    start = dt.date.fromisoformat(ctx.doc_date)
    n, unit = (6, "maanden") if half else (_number(gd["n"]), gd["unit"].lower())
    return Period(start.isoformat(), _after(start, n, unit).isoformat(), approx=True)


def relative(gd: dict[str, str], ctx: Ctx) -> Period:
    return Period(None, None, relative=True)


def date_range(gd: dict[str, str], ctx: Ctx) -> Period:
    y = int(gd["year"])
    y1 = int(gd.get("y1") or y)
    end = _d(y, MONTHS[gd["m2"].lower()], int(gd["d2"]))
    # `tot` the first of a month ends the day before it (`vanaf 1 januari 2025 tot 1 januari 2026`: all of 2025);
    # any other day, as `tot en met`, is the last (`tot 31 december 2021` in the annotations)
    if " ".join(gd.get("sep", "").lower().split()) == "tot" and int(gd["d2"]) == 1:
        end = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat()
    return Period(_d(y1, MONTHS[gd["m1"].lower()], int(gd["d1"])), end)


def month_range(gd: dict[str, str], ctx: Ctx) -> Period:
    y1, y2 = int(gd.get("y1") or gd["y2"]), int(gd["y2"])   # `februari tot juni 2021`: one year for both
    return Period(_d(y1, MONTHS[gd["m1"].lower()], 1), _month_end(y2, MONTHS[gd["m2"].lower()]))


def year_range(gd: dict[str, str], ctx: Ctx) -> Period:
    return Period(_d(int(gd["y1"]), 1, 1), _d(int(gd["y2"]), 12, 31))


def day(gd: dict[str, str], ctx: Ctx) -> Period | None:
    y, inferred = _year(gd, ctx)
    d, month = int(gd["day"]), MONTHS[gd["month"].lower()]
    if d < 1 or d > 31:
        return None
    return Period(_d(y, month, d), _d(y, month, d), approx=inferred)


def week_of(gd: dict[str, str], ctx: Ctx) -> Period | None:
    """`in de week van 8 juni`: the day named and the six after it."""
    first = day(gd, ctx)
    if first is None or first.start is None:
        return None
    last = dt.date.fromisoformat(first.start) + dt.timedelta(days=6)
    return Period(first.start, last.isoformat(), approx=first.approx)


def day_list(gd: dict[str, str], ctx: Ctx) -> Period | None:
    """The days of one month listed: from the first to the last named."""
    last = day(gd, ctx)
    first = day({**gd, "day": gd["d1"]}, ctx)
    if last is None or first is None or first.start is None or last.start is None or first.start > last.start:
        return None
    return Period(first.start, last.end, approx=last.approx)


def numeric_day(gd: dict[str, str], ctx: Ctx) -> Period | None:
    d, month, y = int(gd["d"]), int(gd["m"]), int(gd["year"])
    if not (1 <= month <= 12 and 1 <= d <= 31):
        return None
    return Period(_d(y, month, d), _d(y, month, d))


def month_part(gd: dict[str, str], ctx: Ctx) -> Period:
    y, _ = _year(gd, ctx)
    month, part = MONTHS[gd["month"].lower()], " ".join(gd["part"].lower().split())
    if part.endswith("helft van"):   # `de tweede helft van oktober`: days 16 to the end, the first half 1 to 15
        return (Period(_d(y, month, 1), _d(y, month, 15), True) if "eerste" in part
                else Period(_d(y, month, 16), _month_end(y, month), True))
    if part == "begin":
        return Period(_d(y, month, 1), _d(y, month, 10), True)
    if part in ("eind", "einde"):
        return Period(_d(y, month, 21), _month_end(y, month), True)
    return Period(_d(y, month, 15), _d(y, month, 15), True)


def month(gd: dict[str, str], ctx: Ctx) -> Period:
    y, inferred = _year(gd, ctx)
    m = MONTHS[gd["month"].lower()]
    return Period(_d(y, m, 1), _month_end(y, m), approx=inferred)


def month_ahead(gd: dict[str, str], ctx: Ctx) -> Period:
    """`oktober a.s.`, `november aanstaande`: the month's next occurrence from the document's date (the document's own
    month is this one)."""
    m = MONTHS[gd["month"].lower()]
    y = ctx.anchor
    if ctx.doc_date:
        y = int(ctx.doc_date[:4]) + (1 if m < int(ctx.doc_date[5:7]) else 0)
    return Period(_d(y, m, 1), _month_end(y, m))


WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def next_weekday(gd: dict[str, str], ctx: Ctx) -> Period | None:
    """`aanstaande maandag`, `vrijdag a.s.`: the first such day after the document's date (none without it)."""
    if not ctx.doc_date:
        return None
    today = dt.date.fromisoformat(ctx.doc_date)
    ahead = (WEEKDAYS.index((gd.get("wd") or gd["wd2"]).lower()) - today.weekday() - 1) % 7 + 1
    day = (today + dt.timedelta(days=ahead)).isoformat()
    return Period(day, day)


def tomorrow(gd: dict[str, str], ctx: Ctx) -> Period | None:
    """`morgen`, `morgenochtend`, `overmorgen`: the day after the document's, or the one after that (none without its
    date)."""
    if not ctx.doc_date:
        return None
    day = dt.date.fromisoformat(ctx.doc_date) + dt.timedelta(days=2 if gd.get("over") else 1)
    return Period(day.isoformat(), day.isoformat())


def next_week(gd: dict[str, str], ctx: Ctx) -> Period | None:
    """`volgende week`, `komende week`: Monday to Sunday of the week after the document's (none without its date)."""
    if not ctx.doc_date:
        return None
    today = dt.date.fromisoformat(ctx.doc_date)
    monday = today + dt.timedelta(days=7 - today.weekday())
    return Period(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())


def this_or_next_month(gd: dict[str, str], ctx: Ctx) -> Period | None:
    """`deze maand`: the document's own month; `volgende maand`, `komende maand`: the month after it (none without the
    document's date)."""
    if not ctx.doc_date:
        return None
    today = dt.date.fromisoformat(ctx.doc_date)
    y, m = today.year, today.month
    if gd["rel"].lower() != "deze":
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return Period(_d(y, m, 1), _month_end(y, m))


# Months in a part of the year named by its ordinal: a quarter (`kwartaal`), a third (`trimester`, `tertiaal`: the
# four-month planning periods of ministries, `in het eerste trimester van 2016` is January to April)
PART_MONTHS = {"kwartaal": 3, "trimester": 4, "tertiaal": 4}


def _part_months(gd: dict[str, str]) -> tuple[int, int]:
    """(first month, last month) of the ordinal's part of the year; an ordinal past the year's parts is its last one
    (`laatste`, counted as the fourth: the last quarter, the last third)."""
    size = PART_MONTHS[(gd.get("unit") or "kwartaal").lower()]
    n = min(int(gd["q"]) if gd.get("q") else ORDINALS[gd["ord"].lower()], 12 // size)
    return size * n - size + 1, size * n


def quarter(gd: dict[str, str], ctx: Ctx) -> Period:
    """`het tweede kwartaal van 2021`, `Q1 2024`, `het derde trimester van 2015`: the whole part of the year."""
    y, _ = _year(gd, ctx)
    first, last = _part_months(gd)
    return Period(_d(y, first, 1), _month_end(y, last))


def quarter_part(gd: dict[str, str], ctx: Ctx) -> Period:
    """`aan het eind van het eerste kwartaal 2023`: the last (first) ten days of the quarter (or third)."""
    y, _ = _year(gd, ctx)
    first, last = _part_months(gd)
    if gd["part"].lower() == "begin":
        return Period(_d(y, first, 1), _d(y, first, 10), True)
    return Period(_d(y, last, 21), _month_end(y, last), True)


def half(gd: dict[str, str], ctx: Ctx) -> Period:
    y, _ = _year(gd, ctx)
    first = ORDINALS[gd["ord"].lower()] == 1
    return Period(_d(y, 1, 1), _d(y, 6, 30)) if first else Period(_d(y, 7, 1), _d(y, 12, 31))


def before_summer(gd: dict[str, str], ctx: Ctx) -> Period:
    return Period(None, _d(_year(gd, ctx)[0], 7, 1), True)


def summer_end(gd: dict[str, str], ctx: Ctx) -> Period:
    return Period(None, _d(_year(gd, ctx)[0], 8, 31), True)


def after_summer(gd: dict[str, str], ctx: Ctx) -> Period:
    return Period(_d(_year(gd, ctx)[0], 9, 1), None, True)


def season(gd: dict[str, str], ctx: Ctx) -> Period:
    y, _ = _year(gd, ctx)
    a, b = SEASONS[gd["season"].lower()]
    return Period(_d(y, a, 1), _month_end(y + (1 if b < a else 0), b), True)


def next_season(gd: dict[str, str], ctx: Ctx) -> Period:
    """`komend najaar`: the next one after the document's date."""
    y, _ = _year(gd, ctx)
    a, b = SEASONS[gd["season"].lower()]
    if ctx.doc_date and ctx.doc_date[5:7] >= f"{a:02d}" and a != 12:
        y += 1      # the document speaks in or after this year's one: the next is next year's
    return Period(_d(y, a, 1), _month_end(y + (1 if b < a else 0), b), True)


def before_christmas(gd: dict[str, str], ctx: Ctx) -> Period:   # the Christmas recess starts around 20 December
    return Period(None, _d(_year(gd, ctx)[0], 12, 20), True)


def after_christmas(gd: dict[str, str], ctx: Ctx) -> Period:
    """`na het kerstreces`: from about 10 January, of the coming year unless the document is of January or February,
    weeks after the recess (`Er is na het kerstreces opnieuw met de energiesector overlegd`, an answer of 4 February 2025)."""
    y = ctx.anchor
    if not ctx.doc_date or int(ctx.doc_date[5:7]) > 2:
        y += 1
    return Period(_d(y, 1, 10), None, True)


# `voor aanvang van het zomerreces` is `voor het zomerreces`
START_OF = r"(?:(?:de\s+)?(?:aanvang|start)\s+van\s+|het\s+begin\s+van\s+)"
# The Kamer's shorter recesses, (month, day) of their first and last day, near enough (`approx`).
RECESSES = {"voorjaarsreces": ((2, 15), (2, 25)), "krokusreces": ((2, 15), (2, 25)),
            "meireces": ((4, 25), (5, 12)), "herfstreces": ((10, 15), (10, 25))}


def recess(gd: dict[str, str], ctx: Ctx) -> Period:
    """`voor het meireces` ends where the recess begins, `voor het einde van het meireces` where it ends,
    `na het herfstreces` starts after it."""
    y, _ = _year(gd, ctx)
    first, last = RECESSES[gd["recess"].lower()]
    lead = collapse(gd["lead"]).lower()
    if lead.startswith("na"):
        return Period(_d(y, *last), None, True)
    return Period(None, _d(y, *(last if "eind" in lead else first)), True)


def prinsjesdag(gd: dict[str, str], ctx: Ctx) -> Period:
    """Prinsjesdag: the third Tuesday of September (Verantwoordingsdag: the third Wednesday of May); `voor` ends,
    `na` starts, `op` is the day."""
    y, _ = _year(gd, ctx)
    month, weekday = (5, 2) if gd.get("when", "").lower().startswith("verantwoording") else (9, 1)
    first = dt.date(y, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 14)
    lead = gd.get("lead", "").lower()
    if lead in ("voor", "vóór"):
        return Period(None, day.isoformat(), True)
    if lead == "na":
        return Period(day.isoformat(), None, True)
    return Period(day.isoformat(), day.isoformat(), lead == "rond")


def turn_of_year(gd: dict[str, str], ctx: Ctx) -> Period:
    y, _ = _year(gd, ctx)
    return Period(_d(y, 12, 15), _d(y + 1, 1, 15), True)


def year_part(first: tuple[int, int], last: tuple[int, int]) -> Handler:
    """A part of a year, from (month, day) to (month, day), approx."""
    return lambda gd, ctx: Period(_d(_year(gd, ctx)[0], *first), _d(_year(gd, ctx)[0], *last), True)


def year(gd: dict[str, str], ctx: Ctx) -> Period:
    y, _ = _year(gd, ctx)
    approx = (gd.get("rel") or "").lower() == "komend jaar"
    if (gd.get("lead") or "").lower() == "na":   # `na 2025`: from the next year on, a start only
        return Period(_d(y + 1, 1, 1), None, approx)
    return Period(_d(y, 1, 1), _d(y, 12, 31), approx)


PERIODS: tuple[Rule, ...] = (
    # (the first day may name its own year: `het afschaffen van het eigen risico van 1 januari 2023 tot 1 januari
    # 2024`, VWS 2022, rules41 held-out probe)
    rule("date.date_range", rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_NAMES})(?:\s+(?P<y1>20\d\d))?\s*(?P<sep>-|–|tot\s+en\s+met|"
         rf"tot|t/m)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_NAMES})\s+{Y}", "Waarschijnlijk zet het Frans voorzitterschap "
         "(1 januari -1 juli 2022)", date_range),
    rule("date.numeric_date", r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<year>20\d\d)(?!\d)",
         "waar op 1-1-2025 nog geen bestemmingsplan is vastgesteld", numeric_day),
    # a list of days of one month (`op 14, 15 en 16 maart`, `22 en 23 juli 2025`): from the first day to the last
    # (also a span of days with a dash, as a Council meeting is dated: `de JBZ-raad van 8-9 maart 2018`, or a slash, as
    # the Kamer dates a two-day sitting: `aangemeld voor plenaire behandeling op 18/19 december 2023`, EK 2023, dl104)
    rule("date.day_list", rf"(?P<d1>\d{{1,2}})(?:(?:,\s*\d{{1,2}})*\s+(?:en|t/m|tot en met)\s+|\s*[-–/]\s*)"
         rf"(?P<day>\d{{1,2}})\s+{M}"
         rf"(?:\s+(?:van\s+)?{YEAR_OR_REL})?", "In 334 gemeenten vinden gemeenteraadsverkiezingen plaats op 14, 15 en 16 "
         "maart aanstaande.", day_list),
    # the week a day opens (`tijdens de Caribisch Nederland week welke nu gepland staat in de week van 8 juni 2015`, BZK
    # 2015, fix73's audit): that day and the six after it
    rule("date.week_of", rf"(?:in\s+|tijdens\s+)?de\s+week\s+van\s+(?P<day>\d{{1,2}})\s+{M}(?:\s+(?:van\s+)?{YEAR_OR_REL})?",
         "Dit rapport zal worden besproken tijdens de Caribisch Nederland week welke nu gepland staat in de week van 8 juni "
         "2015.", week_of),
    rule("date.date", rf"(?P<day>\d{{1,2}})\s+{M}(?:\s+(?:van\s+)?{YEAR_OR_REL})?",
         "Verwachte inwerkingtredingsdatum: 14 juni 2022.", day),
    # a day of next week named by its weekday: `Ik zal uw Kamer aanstaande maandag schriftelijk nader informeren`
    # (`a.s.` may lead too: `Het lid Van Laar verzoekt daarbij om een antwoord uiterlijk a.s. woensdag 16.00 uur`, a
    # committee clerk's mail of 2016, probe69)
    rule("date.weekday_ahead", r"(?:aanstaande|komende|\ba\.s\.)\s+(?P<wd>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
         r"zondag)\b|\b(?P<wd2>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?:aanstaande|a\.s\.)",
         "Ik zal uw Kamer aanstaande maandag schriftelijk nader informeren.", next_weekday),
    # the day after the document's: `Eventueel zal ik morgenochtend nog een aantal antwoorden schriftelijk aan uw Kamer
    # sturen.` (written answers in a budget debate, EZ 2016, probe60); never the future set against today, after a
    # preposition (`de zorg van morgen`, `niet van vandaag op morgen`, `Niet alleen waarde voor vandaag, maar ook voor
    # morgen.`), nor `'s morgens`
    rule("date.tomorrow", r"(?<![Vv]an\s)(?<!\bop\s)(?<!\bvoor\s)(?<!\ben\s)"
                          r"\b(?P<over>over)?[Mm]orgen(?:ochtend|middag|avond)?\b",
         "Eventueel zal ik morgenochtend nog een aantal antwoorden schriftelijk aan uw Kamer sturen.", tomorrow),
    # the week after the document's: `Deze documenten zal ik uw Kamer volgende week doen toekomen`
    rule("date.next_week", r"(?:in\s+)?(?:de\s+)?(?:volgende|komende|aanstaande)\s+week\b",
         "Deze documenten zal ik uw Kamer volgende week doen toekomen.", next_week),
    # the document's month or the next, as `volgende week` is the next week: `vanaf deze maand` (`kunnen vanaf deze maand
    # zelfmelders met straffen tot zes weken opgeroepen worden`, JenV 2025-12-02, dl99), `volgende maand`; one month, not
    # `de komende maanden`
    rule("date.this_or_next_month", r"(?:in\s+)?(?:de\s+)?(?P<rel>deze|volgende|komende|aanstaande)\s+maand\b",
         "Daarnaast kunnen vanaf deze maand zelfmelders met straffen tot zes weken opgeroepen worden op de beperkt "
         "beveiligde locaties voor kortgestrafte zelfmelders.", this_or_next_month),
    # (also `tot en met`: `een aanvullende militaire bijdrage aan NMI van mei 2024 tot en met mei 2025`, BZ 2023)
    rule("date.month_range", rf"(?P<m1>{FULL_MONTHS})\s+(?P<y1>20\d\d)?\s*(?:tot\s+en\s+met|tot|t/m|-|–)\s*"
         rf"(?P<m2>{FULL_MONTHS})\s+(?P<y2>20\d\d)", "De periode november 2022 tot januari 2023 gebruiken we om "
         "regionale doelen", month_range),
    rule("date.month_part", rf"(?P<part>begin|eind|einde|half|medio|midden|halverwege|(?:de\s+)?(?:eerste|tweede)\s+"
                            rf"helft\s+van)\s+{M}{OF_YEAR}",
         "Deze herziening wordt half november 2021 verwacht.", month_part),
    # a month named as the coming one (`in de Visserijraad van oktober a.s.`, EL&I 2012; `in november aanstaande`)
    rule("date.month_ahead", rf"(?P<month>{FULL_MONTHS})\s+(?:a\.s\.|aanstaande)",
         "Het Voorzitterschap heeft het voornemen om in de Visserijraad van oktober a.s. een gedeeltelijke algemene "
         "benadering vast te stellen.", month_ahead),
    rule("date.month", rf"(?:de maand\s+)?{M}\s+(?:van\s+)?{YEAR_OR_REL}",
         "Tevens zal Nederland uiterlijk februari 2022 een actieplan bij de Commissie moeten indienen", month),
    # a month without a year, led by its preposition: the one of the document's year
    rule("date.month_led", rf"(?:met\s+ingang\s+van|per|vanaf|tot\s+en\s+met|uiterlijk)\s+"
         rf"(?P<month>{FULL_MONTHS})\b(?!\s+\d)",
         "geldt met ingang van november dat amv die reeds op poa’s verblijven", month),
    # ... led by `in` or `voor`, which tell past months as often: a deadline only where the words look ahead
    # (rules/deadlines.py), the next one when long gone (`kunt u de brief in januari tegemoet zien` in December)
    # (also `in de loop van maart`, the whole month: `In de loop van maart zal ik u de voorlichting doen toekomen`,
    # IenM 2012, probe68)
    # (never a month that names its year in words: `in december van dit jaar` is that year's month, the row `date.month`:
    # `dat ik de Tweede Kamer in december van dit jaar een rapportage zal doen toekomen`, VWS 2019-12-03, dl104)
    rule("date.month_in", rf"(?:in(?:\s+de\s+loop\s+van)?|vóór|voor)\s+(?:de\s+maand\s+)?(?P<month>{FULL_MONTHS})\b"
                          rf"(?!\s+(?:van\s+)?(?:\d|{REL_YEAR_WORDS}))",
         "In verband hiermee kunt u de brief in januari tegemoet zien.", month),
    rule("date.quarter_part", rf"(?:aan\s+)?(?:het\s+)?(?P<part>begin|eind|einde)\s+van\s+het\s+"
         rf"(?P<ord>eerste|tweede|derde|vierde|laatste)\s+(?P<unit>kwartaal|trimester|tertiaal){OF_YEAR}",
         "Het streven is het aangepaste PAGO aan het eind van het eerste kwartaal 2023 gereed te hebben.",
         quarter_part),
    rule("date.quarter", rf"(?:het\s+)?(?P<ord>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\s+"
                         rf"(?P<unit>kwartaal|trimester|tertiaal){OF_YEAR}",
         "De timing van de rapportage blijft onveranderd en is voorzien voor het tweede kwartaal van 2021.", quarter),
    rule("date.q", rf"\bQ(?P<q>[1-4])\s+(?:van\s+)?{Y}", "De rapportages uit de Uitvoeringsagenda Curaçao Q1 2024",
         quarter),
    # (also `halfjaar`: `Het advies wordt in het eerste halfjaar van 2025 verwacht`, dl104's probe of the brief's kinds)
    rule("date.half", rf"(?:de\s+|het\s+)?(?P<ord>eerste|tweede)\s+(?:helft|jaarhelft|halfjaar|half\s+jaar){OF_YEAR}",
         "Uw Kamer wordt in de eerste helft van 2024 door de Staatssecretaris van JenV geïnformeerd", half),
    # the end of the summer (recess): the recess ends at the turn of August, `voor het einde van het zomerreces`
    rule("date.summer_end", rf"(?:uiterlijk\s+)?(?:voor|vóór|tegen|aan)\s+het\s+einde?\s+van\s+(?:de\s+|het\s+)?"
         rf"(?P<season>zomerreces|zomer){OF_YEAR}", "Deze zal ik uiterlijk voor het einde van het zomerreces aan uw "
         "Kamer zenden.", summer_end),
    # `voor de zomer`, `voor het zomerreces` (het reces), `voor aanvang van het zomerreces`; `tot aan het zomerreces van
    # 2018` ends there too (a trial extended, TK Presidium 2017)
    rule("date.before_summer", rf"(?:voor|vóór|tot(?:\s+aan)?)\s+{START_OF}?(?:de\s+|het\s+)?(?P<season>zomerreces|zomer){OF_YEAR}",
         "U ontvangt de voortgangsbrief voor het zomerreces.", before_summer),
    rule("date.after_summer", rf"na\s+(?:de\s+|het\s+)?(?P<season>zomerreces|zomervakantie|zomer){OF_YEAR}",
         "na het zomerreces informeer ik uw Kamer", after_summer),
    rule("date.next_season", r"(?:in\s+)?(?:het\s+|de\s+)?(?P<next>komende?|aankomende?|volgende?)\s+"
         r"(?P<season>voorjaar|najaar|zomer|winter|herfst|lente)", "De evaluatie volgt komend najaar.", next_season),
    # (a season in Dutch is written in lower case: after the particle `de` a capital makes it a surname, `onder
    # voorzitterschap van de heer prof. dr. M. de Winter`, VWS 2013, probe68)
    rule("date.season", rf"(?:in\s+)?(?:het\s+|de\s+)?{NOT_A_SURNAME}(?P<season>voorjaar|najaar|zomer|winter|herfst|lente)"
         rf"{OF_YEAR}", "Uw Kamer ontvangt deze rapportage in het najaar.", season),
    rule("date.before_christmas", rf"(?:voor|vóór)\s+{START_OF}?(?:de\s+|het\s+)?(?P<when>kerstreces|kerstvakantie|kerst|"
         rf"jaarwisseling){OF_YEAR}", "Ik informeer u voor het kerstreces over de stand van zaken.", before_christmas),
    rule("date.after_christmas", r"(?:direct\s+|kort\s+)?na\s+(?:de\s+|het\s+)?(?:kerstreces|kerstvakantie|jaarwisseling)\b",
         "Ik informeer uw Kamer direct na het kerstreces over de uitkomsten.", after_christmas),
    rule("date.recess", rf"(?P<lead>(?:uiterlijk\s+)?(?:(?:voor|vóór|tegen|aan)\s+het\s+einde?\s+van|voor|vóór|na))\s+"
         rf"{START_OF}?(?:het\s+)?(?P<recess>voorjaarsreces|krokusreces|meireces|herfstreces){OF_YEAR}",
         "U kunt de brief spoedig, uiterlijk voor het einde van het meireces, tegemoet zien.", recess),
    # the opening of the parliamentary year, the third Tuesday of September (the budget is presented then)
    rule("date.prinsjesdag", rf"(?P<lead>voor|vóór|op|rond|na)\s+(?P<when>Prinsjesdag|Verantwoordingsdag){OF_YEAR}",
         "Een overzicht van de actieplannen wordt voor Prinsjesdag met uw Kamer gedeeld.", prinsjesdag),
    rule("date.turn_of_year", rf"(?:rond|omstreeks)\s+de\s+jaarwisseling{OF_YEAR}",
         "De nieuwe regeling gaat rond de jaarwisseling in.", turn_of_year),
    rule("date.year_end", rf"(?:voor\s+)?(?:het\s+)?einde?\s+van\s+(?:het\s+jaar|{YEAR_OR_REL})",
         "voor het einde van het jaar", year_part((10, 1), (12, 31))),
    rule("date.year_end_short", rf"(?:eind|einde)\s+(?:van\s+)?{YEAR_OR_REL}",
         "Eind 2023 zal de pilot worden geëvalueerd door een extern onderzoeksbureau.", year_part((10, 1), (12, 31))),
    rule("date.year_begin", rf"begin\s+(?:van\s+)?{YEAR_OR_REL}", "De verwachting is dat de inspectie begin 2023 zal "
         "rapporteren.", year_part((1, 1), (3, 31))),
    rule("date.year_middle", rf"(?:medio|half|midden)\s+(?:van\s+)?{YEAR_OR_REL}",
         "De eerste resultaten verwacht ik medio 2023.", year_part((6, 1), (7, 31))),
    rule("date.year_during", rf"(?:in\s+)?de\s+loop\s+van\s+{YEAR_OR_REL}",
         "Het wetsvoorstel volgt in de loop van volgend jaar.", year_part((1, 1), (12, 31))),
    # (also written out: `het eigen risico te bevriezen voor 2023 tot en met 2025`, VWS 2022, rules41 held-out probe)
    rule("date.year_range", r"(?P<y1>(?:19|20)\d\d)(?:\s*[-–/]\s*|\s+(?:tot\s+en\s+met|t/m)\s+)(?P<y2>(?:19|20)\d\d)",
         "in het huidige meerjarig beleidskader 2020-2023 maximaal 1.900 vluchtelingen", year_range),
    # two years in a row, led by their preposition (`de in 2010 en 2011 aan uw Kamer toe te zenden stukken`, JenV 2010,
    # fix84): both years
    # (or two years as alternatives, the period both name: `in 2025 of 2026`, the brief of dl117)
    rule("date.year_pair", r"(?:in|voor)\s+(?P<y1>(?:19|20)\d\d)\s+(?:en|of)\s+(?:in\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)",
         "In reactie op uw schriftelijke verzoek van 11 november 2010 ga ik hieronder in op de in 2010 en 2011 aan uw "
         "Kamer toe te zenden stukken.", year_range),
    rule("date.rel_year", REL_YEAR, "Komend jaar zal nodig zijn om de systematiek goed te implementeren.", year),
    # a year led by its preposition, or named as a deadline (`(deadline 2022)`); never the first of a range
    # (`bevriezen voor 2023 tot en met 2025` is for those years, not before the first)
    # (also `tot en met`, the year's end: `De regeling wordt verlengd tot en met 2026`, dl104's probe of the brief's kinds;
    # not after `periode`, which names a span of policy: `In de periode tot en met 2030 wordt ingezet op de bouw van
    # 900.000 nieuwe woningen`, IenW 2022)
    # (`na 2025` runs from the next year: `Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks via het
    # Defensie Projectenoverzicht (DPO) en de Defensiebegroting geïnformeerd`, Def 2024, dl117)
    rule("date.year", rf"(?P<lead>in|vanaf|(?<!periode\s)(?:tot\s+en\s+met|t/m)|tot|uiterlijk|per|voor|na|sinds|rond|deadline:?|"
                      rf"streefdatum:?)\s+{Y}{NO_RANGE}",
         "Breng de wensen voor het openbaar maken de MPP in kaart. (deadline 2022)", year),
    # (also its half: `in het komende half jaar`, `het komende halfjaar`, six months from the document's date, dl104's
    # probe of the brief's kinds)
    rule("date.from_now_year", r"(?:het|de)\s+(?P<n>komende|aankomende)\s+(?P<unit>jaar|half\s*jaar)\b",
         "De eilanden hebben met elkaar afgesproken om het komende jaar over dit thema kennis uit te wisselen",
         from_now),
    rule("date.from_now", rf"(?:voorzien\s+voor|gedurende\s+de\s+komende|de\s+komende)\s+{N}\s+"
         r"(?P<unit>dagen|weken|maanden|jaar|jaren)(?!\s+(?:na|vanaf|nadat|vanuit)\b)",
         "Deze aanvullende maatregelen zijn voorzien voor vier maanden, maar indien", from_now),
    # a term counted from the letter itself: `over twee maanden` (not `over twee maanden na ...`, counted from an event; nor
    # a span things are spread over, `verdeeld over drie maanden`, nor years, which `over` as often covers: `cijfers over
    # twee jaar`), and the window a voorhang letter gives the Kamer (`biedt uw Kamer gedurende vier weken de mogelijkheid
    # zich uit te spreken over het ontwerpbesluit`, LNV 2018, dl117)
    rule("date.from_letter", r"(?:(?<!verdeeld\s)(?<!gespreid\s)(?<!verspreid\s)(?<!uitgesmeerd\s)(?<!gemiddeld\s)over|"
         r"gedurende(?=\s+\S+\s+\S+\s+(?:uw\s+Kamer\s+)?de\s+(?:mogelijkheid|gelegenheid)\b))"
         rf"\s+{N}\s+(?P<unit>dagen|weken|maanden)(?!\s+(?:na|vanaf|nadat|vanuit|gerekend)\b)",
         "De voorlegging biedt uw Kamer gedurende vier weken de mogelijkheid zich uit te spreken over het ontwerpbesluit.",
         from_now),
    rule("date.term", rf"(?:binnen|na|over|uiterlijk|elke|iedere)\s+(?:een\s+(?:periode|termijn)\s+van\s+)?{N}\s+"
         r"(?P<unit>dagen|weken|maanden|jaar|jaren|werkdagen)",
         "De lidstaten dienen de richtlijn binnen twaalf maanden na de datum van inwerkingtreding toe te passen.",
         relative),
    # shortly after a debate of the Kamer, a term counted from that event: `De Kamerbrief ... zal kort na de behandeling
    # van de begroting aan uw Kamer worden aangeboden.` (BZK 2024, probe68)
    rule("date.shortly_after_debate", r"(?:kort|direct|vlak|onmiddellijk)\s+na\s+(?:de|het)\s+(?:\w+\s+)?"
         r"(?:behandeling|begrotingsbehandeling|debat|\w+debat|wetgevingsoverleg|notaoverleg|stemmingen?)\b",
         "De Kamerbrief stand spreiding rijkswerkgelegenheid 2024–2028 zal kort na de behandeling van de begroting aan "
         "uw Kamer worden aangeboden.", relative),
    rule("date.term_after", r"(?:op\s+)?de\s+(?:\w+ste|\w+de)\s+dag\s+na\b",
         "De inwerkingtreding van de verordening wordt voorzien op de twintigste dag na officiële publicatie.",
         relative),
    # a term counted from a legal act's own moment, without `binnen`: `12 maanden na de inwerkingtreding`, `vijf jaar na
    # inwerkingtreding` (a BNC-fiche's application dates, Fin 2022; a bill's evaluation clause); never opening the
    # sentence nor after `ruim`, `bijna`, `meer dan`, where it tells how long a law has been in force (`Een jaar na
    # inwerkingtreding van de Woo blijkt dat ...`, `iets meer dan een jaar na inwerkingtreding`, BZK 2023)
    rule("date.term_after_act", rf"(?<=[\w,]\s)(?<!dan\s)(?<!ruim\s)(?<!bijna\s){N}\s+"
         r"(?P<unit>dagen|weken|maanden|jaar|jaren)\s+na\s+(?:de\s+|het\s+)?"
         r"(?:datum\s+van\s+(?:de\s+)?)?(?:inwerkingtreding|bekendmaking|publicatie|vaststelling|goedkeuring|"
         r"ondertekening|aanvaarding)\b",
         "Een lidstaat moet 4 maanden na de inwerkingtreding vaststellen welke sancties van toepassing zijn op inbreuk "
         "van artikel 5a t/m d en maatregelen nemen om deze uit te voeren.", relative),
    # ... or from sending this letter, the term of a voorhang (`Ik zal niet eerder overgaan tot het geven van de aanwijzing
    # dan dertig dagen na verzending van deze brief.`, the standard line of a VWS letter under art. 8 Wmg, 2024)
    rule("date.term_after_letter", rf"{N}\s+(?P<unit>dagen|weken|maanden)\s+na\s+(?:de\s+)?(?:datum\s+van\s+)?"
         r"(?:verzending|toezending)\s+van\s+deze\s+brief\b",
         "Ik zal niet eerder overgaan tot het geven van de aanwijzing dan dertig dagen na verzending van deze brief.",
         relative),
    rule("date.term_max", rf"(?:maximaal|tot maximaal)\s+{N}\s+(?P<unit>dagen|weken|maanden)",
         "De termijn kan tot maximaal 18 maanden worden verlengd", relative),
    rule("date.term_time", rf"{N}\s+(?P<unit>dagen|weken|maanden)\s+de\s+tijd",
         "Vanaf de datum van het claimakkoord heeft Nederland zes maanden de tijd om die persoon over te dragen.",
         relative),
)
# Rows whose match includes its own preposition (the prefix is not looked for before it).
OWN_PREFIX = tuple(f"date.{r}" for r in ("year", "term", "term_max", "term_time", "from_now", "from_letter", "from_now_year",
                                          "term_after", "term_after_act", "month_led", "shortly_after_debate"))
PREPOSITIONS = r"pas\s+vanaf|vanaf|per|met\s+ingang\s+van|sinds|uiterlijk|tot\s+en\s+met|tot|voor|vóór|in|rond|op"
PREFIX = re.compile(rf"(?<!\w)(?P<prefix>{PREPOSITIONS})\s*$", re.I)   # (a whole word: not the `in` of `begin`)
LEADING = re.compile(rf"(?P<prefix>{PREPOSITIONS})\s", re.I)


class Found(NamedTuple):
    """One time expression: offsets (prefix included), its text, its period and the row that found it."""
    start: int
    end: int
    text: str
    period: Period
    rule: str


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


# A month or a day with its year (`december 2021`, `15-06-2022`): the years a text dates things in
DATED_YEAR = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+((?:19|20)\d\d)(?![\d/])|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]((?:19|20)\d\d)\b",
                        re.I)


def file_day_fits(made: str | None, text: str) -> str | None:
    """The day a document's file was made (``made``, ISO), where its year lies among the years the text dates things
    in, or the year after the last: a file saved or printed years later (a copy, a page cut out) says nothing of it."""
    years = [int(m.group(1) or m.group(2)) for m in DATED_YEAR.finditer(text)]
    if not made or not years:
        return None
    return made if min(years) <= int(made[:4]) <= max(years) + 1 else None


# Rows that name a whole unit (a year, a month, a season): `tot X` ends the day before it begins,
# `voor X` (a year) where it begins. `tot eind 2022` keeps its own end; `tot 1 juli` ends on 30 June (``_day_before``).
BEFORE_A_DAY = ("date.date", "date.numeric_date")
# Rows that name both bounds themselves: a leading `vanaf`, `met ingang van` or `tot` takes neither away.
RANGES = ("date.date_range", "date.month_range", "date.year_range")
WHOLE_UNITS = tuple(f"date.{r}" for r in ("year", "rel_year", "month", "month_led", "quarter", "half", "season"))


def with_prefix(period: Period, prefix: str | None, row: str = "") -> Period:
    """`vanaf X` keeps only the start; `tot X` (a whole unit) ends the day before X begins; `voor X`
    (a year) ends on its first day, (a day) on that day without a start; other prefixes keep X's own bounds."""
    p = " ".join((prefix or "").lower().split())
    if row in RANGES and period.start and period.end:   # `vanaf 1 januari 2025 tot 1 januari 2026`: both bounds
        return period
    if p in ("vanaf", "sinds", "met ingang van", "pas vanaf") and period.start:
        return Period(period.start, None, period.approx, period.relative)
    if p == "tot" and period.start and row in WHOLE_UNITS:
        last = dt.date.fromisoformat(period.start) - dt.timedelta(days=1)
        return Period(None, last.isoformat(), True, period.relative)
    if p in ("voor", "vóór") and period.start and row == "date.year":
        return Period(None, period.start, period.approx, period.relative)
    # `voor 1 april 2018`: a step due before that day, an end only (as `voor de zomer` ends on 1 July)
    if p in ("voor", "vóór") and period.start and row in BEFORE_A_DAY:
        return Period(None, period.end, period.approx, period.relative)
    if p == "tot" and period.end and row in BEFORE_A_DAY and not _last_of_month(period.end):
        return Period(None, _day_before(period.end), period.approx, period.relative)
    if p in ("tot", "tot en met", "t/m") and period.end:
        return Period(None, period.end, period.approx, period.relative)
    return period


# `tot` a day ends the day before it (`Evenementen zonder zitplaats zijn verboden tot 4 december`: through the 3rd, OCW
# 2021, dl117 B; `tot 26 mei 2015`, all131), as `tot` a month does; the last day of a month is meant through, as `tot
# en met` (`tot 31 december 2021` in the annotations), nothing of that month left after it
def _last_of_month(iso: str) -> bool:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).day == 1


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def _candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    out = []
    for row in PERIODS:
        if not row.may_match(text):   # only where the text holds what every match of the row holds
            continue
        pos = 0
        while (m := row.pattern.search(text, pos)) is not None:
            # a match that starts inside a word is searched again one character on: the optional `in` of
            # `(?:in\s+)?volgende week` inside `begin volgende week` must not hide `volgende week` (Def 2019)
            if m.start() > 0 and text[m.start() - 1].isalnum():
                pos = m.start() + 1
                continue
            pos = max(m.end(), m.start() + 1)
            if m.end() < len(text) and text[m.end()].isalnum():   # `voorjaarsnota`, `20224`
                continue
            out.append((m.start(), -(m.end() - m.start()), row, m))
    return [(s, -n, r, m) for s, n, r, m in sorted(out, key=lambda c: (c[0], c[1]))]


# `voor` after a step planned is `for`, not `before`: `de B-brief die is voorzien voor 2026` (Def 2024, all150), `het
# debat is gepland voor 12 maart`: the period itself
PLANNED_FOR = re.compile(r"(?<!\w)(?:gepland|ingepland|voorzien|geagendeerd|geprogrammeerd)\s*$", re.I)


def _prefixed(text: str, start: int, row: Rule, m: re.Match[str]) -> tuple[int, str | None]:
    """Where the expression starts with its preposition, and the preposition (`voor` after a step planned read as
    `in`, ``PLANNED_FOR``)."""
    if row.id in OWN_PREFIX:
        own = LEADING.match(m.group(0))
        at, prefix = start, own.group("prefix") if own else None
    else:
        pre = PREFIX.search(text[max(0, start - 20):start])
        at, prefix = (start - len(pre.group(0)), pre.group("prefix")) if pre else (start, None)
    if prefix and prefix.lower() in ("voor", "vóór") and PLANNED_FOR.search(text[max(0, at - 30):at]):
        return at, "in"
    return at, prefix


def find_expressions(text: str, anchor: int, doc_date: str | None = None) -> list[Found]:
    """Every time expression, left to right, non-overlapping, longest first at each position."""
    found: list[Found] = []
    taken = [False] * (len(text) + 1)
    ctx = Ctx(anchor, doc_date)
    for start, _, row, m in _candidates(text):
        if any(taken[start:m.end()]):
            continue
        period = row.value({k: v for k, v in m.groupdict().items() if v is not None}, ctx)
        if period is None:
            continue
        s, prefix = _prefixed(text, start, row, m)
        found.append(Found(s, m.end(), text[s:m.end()], with_prefix(period, prefix, row.id), row.id))
        for i in range(start, m.end()):
            taken[i] = True
    return sorted(found, key=lambda f: f.start)


def find_periods(text: str, anchor: int, doc_date: str | None = None) -> list[tuple[int, int, str, Period]]:
    """(start, end, matched text incl. prefix, period) of every time expression (see ``find_expressions``)."""
    return [(f.start, f.end, f.text, f.period) for f in find_expressions(text, anchor, doc_date)]
