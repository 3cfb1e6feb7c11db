"""Downloads: CSV for Dutch Excel and an iCalendar file of the timeline's dates."""
from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from typing import Any

from icalendar import Calendar, Event

from index.reports import TimelineRow

from .labels import KIND_NL

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula


def csv_cell(value: Any) -> Any:
    """A cell as a spreadsheet should show it: empty for None, and text that would start a formula
    (`=HYPERLINK(...)`, `+cmd|...`, `- punt`) kept as text by a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV for Dutch Excel: semicolon-separated, with a byte-order mark so accents survive;
    no cell can run as a formula."""
    if not rows:
        return ""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in r.items()} for r in rows)
    return buf.getvalue()


def _event(r: TimelineRow, stamp: dt.datetime) -> Event:
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"{r.doc}|{r.page}|{r.kind}|{r.date}|{r.what}")
    label = "Verstreken " + KIND_NL[r.kind] if r.overdue else KIND_NL[r.kind].capitalize()
    event = Event()
    event.add("uid", f"{uid}@migratiezoeker")
    event.add("dtstamp", stamp)
    event.add("dtstart", r.date)
    event.add("dtend", r.date + dt.timedelta(days=1))
    event.add("summary", f"{label}: {r.title or r.doc}")
    event.add("description", f"{r.what} ({r.doc}, p. {r.page})")
    event.add("transp", "TRANSPARENT")
    return event


def ics_text(rows: list[TimelineRow], now: dt.datetime | None = None) -> str:
    """An iCalendar file (RFC 5545, written by the icalendar library: escaping and line folding) with
    one all-day event per row, which Outlook imports."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    calendar = Calendar()
    for name, value in (("prodid", "-//Migratiezoeker//Termijnen//NL"), ("version", "2.0"),
                        ("calscale", "GREGORIAN"), ("method", "PUBLISH"), ("x-wr-calname", "Migratiezoeker termijnen")):
        calendar.add(name, value)
    for r in rows:
        calendar.add_component(_event(r, stamp))
    return calendar.to_ical().decode("utf-8")
