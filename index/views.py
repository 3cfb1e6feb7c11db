"""What the app shows, computed here so app.py only lays it out: tracker rows, the deadline
timeline with overdue marks, CSV and iCalendar exports, highlighted snippets, safe upload names."""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import unicodedata
import uuid
from dataclasses import dataclass

from ingest import Document, Store, Tag

from .bm25 import fold, tokens

STATUS_NL = {"open": "open", "fulfilled": "nagekomen", "referenced": "genoemd"}
KIND_NL = {"commitment": "toezegging", "motion": "motie", "deadline": "termijn", "reference": "verwijzing"}
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class TimelineRow:
    kind: str            # deadline | commitment
    date: dt.date        # the due date shown on the axis (end of the period, else its start)
    date_start: str | None
    date_end: str | None
    what: str
    status: str | None
    doc: str
    title: str | None
    page: int
    overdue: bool


def due_date(attrs: dict, kind: str) -> dt.date | None:
    keys = ("date_end", "date_start") if kind == "deadline" else ("due_end", "due_start")
    for k in keys:
        if attrs.get(k):
            try:
                return dt.date.fromisoformat(str(attrs[k])[:10])
            except ValueError:
                return None
    return None


def is_overdue(kind: str, attrs: dict, due: dt.date | None, today: dt.date) -> bool:
    """Past due and not fulfilled: a commitment kept (here or in a later letter) is never overdue."""
    if due is None or due >= today:
        return False
    if kind == "commitment":
        return attrs.get("status") == "open" and not attrs.get("fulfilled_by")
    return True


def timeline_rows(store: Store, today: dt.date | None = None) -> list[TimelineRow]:
    """Deadlines and commitments with a date, earliest first."""
    today = today or dt.date.today()
    docs = {d.id: d for d in store.documents()}
    rows = []
    for doc_id, tag in store.tags():
        if tag.kind not in ("deadline", "commitment"):
            continue
        due = due_date(tag.attrs, tag.kind)
        if due is None:
            continue
        d = docs[doc_id]
        rows.append(TimelineRow(tag.kind, due, tag.attrs.get("date_start") or tag.attrs.get("due_start"),
                                tag.attrs.get("date_end") or tag.attrs.get("due_end"), tag.quote,
                                tag.attrs.get("status"), d.name, d.title, tag.page,
                                is_overdue(tag.kind, tag.attrs, due, today)))
    return sorted(rows, key=lambda r: (r.date, r.doc))


def commitment_rows(store: Store) -> list[dict]:
    docs = {d.id: d for d in store.documents()}
    out = []
    for doc_id, t in store.tags(kind="commitment"):
        a = t.attrs
        out.append({"status": STATUS_NL.get(a.get("status"), a.get("status")), "toezegging": t.quote,
                    "aan": a.get("to_whom"), "gedaan in": a.get("where_made"),
                    "termijn": a.get("due_end") or a.get("due_start"), "document": docs[doc_id].name,
                    "pagina": t.page, "nagekomen in": a.get("fulfilled_by"), "komt voort uit": a.get("fulfils")})
    return out


def motion_rows(store: Store) -> list[dict]:
    """One row per motion name, with every document that mentions it."""
    docs = {d.id: d for d in store.documents()}
    rows: dict[str, dict] = {}
    for doc_id, t in store.tags(kind="motion"):
        a = t.attrs
        row = rows.setdefault(a.get("name", t.quote), {
            "motie": a.get("name"), "indieners": ", ".join(a.get("submitters") or []), "kamerstuk": a.get("kamerstuk"),
            "verzoekt": a.get("asks"), "reactie kabinet": a.get("response"), "documenten": []})
        row["kamerstuk"] = row["kamerstuk"] or a.get("kamerstuk")
        row["verzoekt"] = row["verzoekt"] or a.get("asks")
        row["reactie kabinet"] = row["reactie kabinet"] or a.get("response")
        row["documenten"].append(f"{docs[doc_id].name} (p. {t.page})")
    return [{**r, "documenten": "; ".join(r["documenten"])} for r in rows.values()]


def csv_text(rows: list[dict]) -> str:
    """Rows as CSV (semicolon-separated, as Dutch Excel expects)."""
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_line(line: str) -> str:
    out, limit = [], 73
    while len(line.encode()) > limit:
        cut = limit
        while len(line[:cut].encode()) > limit:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def ics_text(rows: list[TimelineRow], now: dt.datetime | None = None) -> str:
    """An iCalendar file (RFC 5545) with one all-day event per row, which Outlook imports."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Migratiezoeker//Termijnen//NL", "CALSCALE:GREGORIAN"]
    for r in rows:
        uid = uuid.uuid5(uuid.NAMESPACE_URL, f"{r.doc}|{r.page}|{r.kind}|{r.date}|{r.what}")
        summary = f"{KIND_NL[r.kind].capitalize()}: {r.title or r.doc}"
        lines += ["BEGIN:VEVENT", f"UID:{uid}@migratiezoeker", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{r.date:%Y%m%d}", f"DTEND;VALUE=DATE:{r.date + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_ics_escape(summary)}",
                  f"DESCRIPTION:{_ics_escape(f'{r.what} ({r.doc}, p. {r.page})')}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold_line(line) for line in lines) + "\r\n"


def highlight(text: str, query: str = "", tags: tuple[Tag, ...] = (), offset: int = 0) -> str:
    """Escaped HTML of a text with the query's words marked and tagged spans underlined.
    ``offset`` is the text's start in the document body (tag offsets are body offsets)."""
    marks: list[tuple[int, int, str]] = []
    for t in tags:
        s, e = max(t.start - offset, 0), min(t.end - offset, len(text))
        if s < e:
            marks.append((s, e, f'<span class="tag tag-{t.kind}" title="{html.escape(KIND_NL.get(t.kind, t.kind))}">'))
    wanted = set(tokens(query))
    if wanted:
        for m in re.finditer(r"\w+(?:-\w+)*", text):
            if set(tokens(m.group(0))) & wanted:
                marks.append((m.start(), m.end(), "<mark>"))
    # open/close in order; overlapping marks are nested by position
    events: list[tuple[int, int, str]] = []
    for s, e, tag in marks:
        close = "</mark>" if tag == "<mark>" else "</span>"
        events.append((s, 1, tag))
        events.append((e, 0, close))
    out, pos = [], 0
    for at, _, piece in sorted(events, key=lambda x: (x[0], x[1])):
        out.append(html.escape(text[pos:at]))
        out.append(piece)
        pos = at
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def safe_filename(name: str) -> str:
    """An upload's name made safe: no folders, only letters, digits, dot, dash and underscore."""
    base = name.replace("\\", "/").split("/")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-_") or "document"
    stem, _, ext = base.rpartition(".")
    if not stem:
        stem, ext = base, "pdf"
    return f"{stem.strip('.-_')[:100] or 'document'}.{ext.lower()}"


def dossier(store: Store) -> Document | None:
    """The introduction dossier (the first document of type dossier)."""
    return next((d for d in store.documents() if d.doc_type == "dossier"), None)


def related_documents(store: Store, doc: Document, text: str, limit: int = 5) -> list[tuple[Document, int]]:
    """Letters sharing the most distinctive words with a section: (document, shared count)."""
    words = {w for w in tokens(text) if len(w) > 4}
    out = []
    for d in store.documents():
        if d.id == doc.id:
            continue
        other = set(tokens(" ".join(p.text for p in store.pages(d.id))))
        shared = len(words & other)
        if shared:
            out.append((d, shared))
    return sorted(out, key=lambda x: -x[1])[:limit]


def matches_topic(text: str, topic: str) -> bool:
    return not topic.strip() or fold(topic.strip()) in fold(text)
