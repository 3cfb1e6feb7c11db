"""Downloads: CSV for Dutch Excel and an iCalendar file of the timeline's dates."""
from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from typing import Any

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


def _ics_escape(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_line(line: str) -> str:
    """RFC 5545 line folding: at most 75 octets a line, continuation lines start with a space."""
    out, limit = [], 75
    while len(line.encode()) > limit:
        cut = limit
        while len(line[:cut].encode()) > limit:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def _event(r: TimelineRow, stamp: str) -> list[str]:
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"{r.doc}|{r.page}|{r.kind}|{r.date}|{r.what}")
    label = "Verstreken " + KIND_NL[r.kind] if r.overdue else KIND_NL[r.kind].capitalize()
    summary = f"{label}: {r.title or r.doc}"
    return ["BEGIN:VEVENT", f"UID:{uid}@migratiezoeker", f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{r.date:%Y%m%d}", f"DTEND;VALUE=DATE:{r.date + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(f'{r.what} ({r.doc}, p. {r.page})')}",
            "TRANSP:TRANSPARENT", "END:VEVENT"]


def ics_text(rows: list[TimelineRow], now: dt.datetime | None = None) -> str:
    """An iCalendar file (RFC 5545) with one all-day event per row, which Outlook imports."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Migratiezoeker//Termijnen//NL", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Migratiezoeker termijnen"]
    for r in rows:
        lines += _event(r, stamp)
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold_line(line) for line in lines) + "\r\n"
