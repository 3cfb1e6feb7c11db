"""Downloads: CSV for Dutch Excel and an iCalendar file of the timeline's dates."""
from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
import uuid
from itertools import chain
from typing import Any, BinaryIO, Iterable, Iterator

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


def csv_chunks(rows: Iterable[dict[str, Any]], chunk_rows: int = 1000) -> Iterator[str]:
    """Rows as CSV for Dutch Excel, ``chunk_rows`` rows a piece, as they are read: semicolon-separated,
    with a byte-order mark so accents survive, the columns of the first row; no cell can run as a formula.
    Nothing at all for no rows."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=list(first), delimiter=";", extrasaction="ignore")
    writer.writeheader()
    for n, row in enumerate(chain([first], rows), 1):
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        if n % chunk_rows == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def csv_text(rows: Iterable[dict[str, Any]]) -> str:
    """Rows as CSV text (see ``csv_chunks``)."""
    return "".join(csv_chunks(rows))


def csv_file(rows: Iterable[dict[str, Any]]) -> BinaryIO:
    """Rows as a CSV file (see ``csv_chunks``), written a chunk at a time to an anonymous temporary file
    and rewound: memory holds one chunk, not the export. Unbuffered, as Streamlit's download reads it."""
    out = tempfile.TemporaryFile(buffering=0)
    for chunk in csv_chunks(rows):
        out.write(chunk.encode("utf-8"))
    out.seek(0)
    return out


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


def ics_text(rows: Iterable[TimelineRow], now: dt.datetime | None = None) -> str:
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
