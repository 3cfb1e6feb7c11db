"""What the app shows, computed here so app.py only lays it out: tracker rows, the deadline
timeline with overdue marks, CSV and iCalendar exports, highlighted snippets, section text,
related letters, deep links and safe upload names. Everything that returns HTML escapes the
document text."""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Iterable, Mapping
from urllib.parse import urlencode

from ingest import Document, Page, Section, Store, Tag, page_offsets

from .bm25 import fold, tokens
from .search import Hit

STATUS_NL = {"open": "open", "fulfilled": "nagekomen", "referenced": "genoemd"}
KIND_NL = {"commitment": "toezegging", "motion": "motie", "deadline": "termijn", "reference": "verwijzing"}
DOC_TYPES_NL = {"kamerbrief": "Kamerbrief", "nota": "Nota", "dossier": "Dossier", "woo-besluit": "Woo-besluit",
                "motie": "Motie", "kamervragen": "Kamervragen", "bnc-fiche": "BNC-fiche", "other": "Overig"}
ATTR_NL = {"status": "status", "to_whom": "aan", "where_made": "gedaan in", "due_start": "termijn vanaf",
           "due_end": "termijn uiterlijk", "fulfilled_by": "nagekomen in", "fulfils": "komt voort uit",
           "name": "naam", "submitters": "indieners", "kamerstuk": "Kamerstuk", "asks": "verzoekt",
           "response": "reactie kabinet", "date_text": "tijdsaanduiding", "date_start": "vanaf", "date_end": "tot en met",
           "approx": "bij benadering", "relative": "relatief", "normalized": "genormaliseerd", "ref_type": "soort verwijzing"}
TIMELINE_STATUSES = {"open": "open toezegging", "fulfilled": "nagekomen toezegging",
                     "referenced": "genoemde toezegging", "deadline": "termijn"}
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
WORD = re.compile(r"\w+(?:-\w+)*")


# -- deep links ----------------------------------------------------------------------------------

def doc_url(name: str, page: int | None = None, query: str | None = None) -> str:
    """The app's own link to the document view of a file, at a page when given (and the search
    words to mark there)."""
    params = {"pagina": "Document", "doc": name}
    if page:
        params["page"] = str(page)
    if query:
        params["q"] = query
    return "?" + urlencode(params)


def link_html(label: str, name: str, page: int | None = None, query: str | None = None) -> str:
    """An escaped <a> to the document view, opened in the same tab."""
    return f'<a href="{html.escape(doc_url(name, page, query))}" target="_self">{html.escape(label)}</a>'


def text_html(text: str) -> str:
    """Plain text as escaped HTML (for use inside unsafe_allow_html markup)."""
    return html.escape(text).replace("\n", "<br>")


# -- dates, overdue, timeline ------------------------------------------------------------------

def _iso(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def due_date(attrs: Mapping, kind: str) -> dt.date | None:
    """The date a deadline or commitment is due: the end of its period, else its start."""
    for k in ("date_end", "date_start"):
        if attrs.get(k):
            return _iso(attrs[k])
    return None


def is_fulfilled(attrs: Mapping) -> bool:
    """A commitment kept: this document keeps it, or a later letter does (cross-document link)."""
    return attrs.get("status") == "fulfilled" or bool(attrs.get("fulfilled_by"))


def is_overdue(kind: str, attrs: Mapping, due: dt.date | None, today: dt.date) -> bool:
    """Past due and not fulfilled. A commitment counts only when it is open (made in this document)
    and no later letter fulfils it; a bare deadline counts once its date has passed."""
    if due is None or due >= today:
        return False
    if kind == "commitment":
        return attrs.get("status") == "open" and not is_fulfilled(attrs)
    return True


def commitment_status(attrs: Mapping) -> str:
    """The tracker's status in Dutch: an open commitment that a later letter fulfils reads as kept."""
    if attrs.get("status") == "open" and attrs.get("fulfilled_by"):
        return STATUS_NL["fulfilled"]
    return STATUS_NL.get(attrs.get("status"), attrs.get("status") or "onbekend")


@dataclass(frozen=True)
class TimelineRow:
    kind: str            # deadline | commitment
    date: dt.date        # the due date shown on the axis (end of the period, else its start)
    date_start: str | None
    date_end: str | None
    what: str
    status: str | None   # open | fulfilled | referenced for commitments (and deadlines inside one), else None
    doc: str
    title: str | None
    page: int
    overdue: bool


def _effective_status(attrs: Mapping) -> str | None:
    status = attrs.get("status")
    return "fulfilled" if status == "open" and attrs.get("fulfilled_by") else status


def timeline_rows(store: Store, today: dt.date | None = None) -> list[TimelineRow]:
    """Deadlines and commitments with a date, earliest first. A deadline inside a commitment that has
    its own due date is that commitment's date and is not shown twice; a deadline inside a commitment
    without one takes the commitment's status (a kept promise is not overdue)."""
    today = today or dt.date.today()
    docs = {d.id: d for d in store.documents()}
    by_doc: dict[str, list[Tag]] = {}
    for doc_id, tag in store.tags():
        by_doc.setdefault(doc_id, []).append(tag)
    rows = []
    for doc_id, tags in by_doc.items():
        d = docs.get(doc_id)
        if d is None:
            continue
        commitments = [t for t in tags if t.kind == "commitment"]
        for tag in tags:
            if tag.kind not in ("deadline", "commitment"):
                continue
            due = due_date(tag.fields(), tag.kind)
            if due is None:
                continue
            attrs, status = tag.fields(), _effective_status(tag.fields()) if tag.kind == "commitment" else None
            if tag.kind == "deadline":
                owner = next((c for c in commitments if c.start < tag.end and tag.start < c.end), None)
                if owner is not None:
                    if due_date(owner.fields(), "commitment") is not None:
                        continue
                    status = _effective_status(owner.fields())
                    attrs = {**tag.fields(), "status": owner.fields().get("status"),
                             "fulfilled_by": owner.fields().get("fulfilled_by")}
                    overdue = is_overdue("commitment", attrs, due, today)
                else:
                    overdue = is_overdue("deadline", attrs, due, today)
            else:
                overdue = is_overdue("commitment", attrs, due, today)
            rows.append(TimelineRow(tag.kind, due, attrs.get("date_start"), attrs.get("date_end"), tag.quote, status, d.name, d.title,
                                    tag.page, overdue))
    return sorted(rows, key=lambda r: (r.date, r.doc, r.page))


def timeline_key(row: TimelineRow) -> str:
    """The status a timeline row is filtered by: a commitment's status, or 'deadline'."""
    return row.status if row.status in ("open", "fulfilled", "referenced") else "deadline"


def filter_timeline(rows: Iterable[TimelineRow], statuses: Iterable[str] = (), docs: Iterable[str] = (),
                    topic: str = "", overdue_only: bool = False, years: tuple[int, int] | None = None) -> list[TimelineRow]:
    """The rows the timeline's filters keep; the topic matches the quote and the document title."""
    statuses, docs = set(statuses), set(docs)
    return [r for r in rows
            if (not statuses or timeline_key(r) in statuses) and (not docs or r.doc in docs)
            and (years is None or years[0] <= r.date.year <= years[1])
            and (not overdue_only or r.overdue) and matches_topic(f"{r.what} {r.title or ''}", topic)]


def timeline_table(rows: Iterable[TimelineRow]) -> list[dict]:
    """The timeline as table/CSV rows (Dutch column names), with a link to each source."""
    return [{"datum": r.date.isoformat(), "soort": KIND_NL[r.kind], "status": TIMELINE_STATUSES[timeline_key(r)],
             "verstreken": "ja" if r.overdue else "nee", "wat": r.what, "document": r.doc, "titel": r.title or r.doc,
             "pagina": r.page, "bron": doc_url(r.doc, r.page)} for r in rows]


# -- trackers ------------------------------------------------------------------------------------

def commitment_rows(store: Store, today: dt.date | None = None) -> list[dict]:
    """One row per toezegging: status, to whom, where made, due, overdue, source and the letter that kept it."""
    today = today or dt.date.today()
    docs = {d.id: d for d in store.documents()}
    out = []
    for doc_id, t in store.tags(kind="commitment"):
        a, name = t.fields(), docs[doc_id].name
        due = due_date(a, "commitment")
        kept_in = a.get("fulfilled_by") or (name if a.get("status") == "fulfilled" else None)
        out.append({"status": commitment_status(a), "toezegging": t.quote, "aan": a.get("to_whom"),
                    "gedaan in": a.get("where_made"), "termijn": due.isoformat() if due else None,
                    "verstreken": "ja" if is_overdue("commitment", a, due, today) else "nee",
                    "document": name, "pagina": t.page, "nagekomen in": kept_in, "komt voort uit": a.get("fulfils")})
    return out


def _motion_key(name: str | None) -> str:
    name = fold(name or "")
    name = re.sub(r"^(de |gewijzigde )?moties? (van (het lid|de leden) )?", "", name)
    return re.sub(r"\s*(c\.s\.|cs)$", "", name).strip()


def motion_rows(store: Store) -> list[dict]:
    """One row per motion (by Kamerstuk number, else by name), with every document that mentions it:
    by name or through a reference to its Kamerstuk."""
    docs = {d.id: d for d in store.documents()}
    rows: dict[str, dict] = {}
    by_name: dict[str, str] = {}
    mentions: dict[str, dict[str, set[int]]] = {}
    motions = store.tags(kind="motion")
    # kamerstuk numbers first, so a name-only mention joins the numbered motion of that name
    for doc_id, t in sorted(motions, key=lambda x: not x[1].fields().get("kamerstuk")):
        a = t.fields()
        name_key = _motion_key(a.get("name") or t.quote)
        key = a.get("kamerstuk") or by_name.get(name_key) or f"name:{name_key}"
        by_name.setdefault(name_key, key)
        row = rows.setdefault(key, {"motie": a.get("name") or t.quote, "indieners": [], "kamerstuk": a.get("kamerstuk"),
                                    "verzoekt": None, "reactie kabinet": None})
        for s in a.get("submitters") or []:
            if s not in row["indieners"]:
                row["indieners"].append(s)
        row["kamerstuk"] = row["kamerstuk"] or a.get("kamerstuk")
        row["verzoekt"] = row["verzoekt"] or a.get("asks")
        row["reactie kabinet"] = row["reactie kabinet"] or a.get("response")
        mentions.setdefault(key, {}).setdefault(docs[doc_id].name, set()).add(t.page)
    for doc_id, t in store.tags(kind="reference"):
        key = t.fields().get("normalized")
        if key in rows:
            mentions[key].setdefault(docs[doc_id].name, set()).add(t.page)
    out = []
    for key, row in rows.items():
        found = mentions.get(key, {})
        out.append({**row, "indieners": ", ".join(row["indieners"]),
                    "documenten": "; ".join(f"{n} (p. {', '.join(map(str, sorted(p)))})" for n, p in sorted(found.items())),
                    "aantal documenten": len(found)})
    return sorted(out, key=lambda r: (-r["aantal documenten"], fold(r["motie"] or "")))


# -- exports ------------------------------------------------------------------------------------

def csv_text(rows: list[dict]) -> str:
    """Rows as CSV for Dutch Excel: semicolon-separated, with a byte-order mark so accents survive."""
    if not rows:
        return ""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)
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


def ics_text(rows: list[TimelineRow], now: dt.datetime | None = None) -> str:
    """An iCalendar file (RFC 5545) with one all-day event per row, which Outlook imports."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Migratiezoeker//Termijnen//NL", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Migratiezoeker termijnen"]
    for r in rows:
        uid = uuid.uuid5(uuid.NAMESPACE_URL, f"{r.doc}|{r.page}|{r.kind}|{r.date}|{r.what}")
        label = "Verstreken " + KIND_NL[r.kind] if r.overdue else KIND_NL[r.kind].capitalize()
        summary = f"{label}: {r.title or r.doc}"
        lines += ["BEGIN:VEVENT", f"UID:{uid}@migratiezoeker", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{r.date:%Y%m%d}", f"DTEND;VALUE=DATE:{r.date + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_ics_escape(summary)}",
                  f"DESCRIPTION:{_ics_escape(f'{r.what} ({r.doc}, p. {r.page})')}",
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold_line(line) for line in lines) + "\r\n"


# -- highlighting ------------------------------------------------------------------------------

def _query_marks(text: str, query: str) -> list[tuple[int, int]]:
    wanted = set(tokens(query)) if query else set()
    if not wanted:
        return []
    return [(m.start(), m.end()) for m in WORD.finditer(text) if set(tokens(m.group(0))) & wanted]


def highlight(text: str, query: str = "", tags: tuple[Tag, ...] | list[Tag] = (), offset: int = 0,
              compact: bool = False) -> str:
    """Escaped HTML of a text with the query's words marked and tagged spans underlined.
    ``offset`` is the text's start in the document body (tag offsets are body offsets). ``compact``
    joins the text's hard line breaks into one flowing paragraph (for result snippets)."""
    spans: list[tuple[int, int, str, str]] = []  # (start, end, open, close); tags outside, marks inside
    for t in tags:
        s, e = max(t.start - offset, 0), min(t.end - offset, len(text))
        if s < e:
            label = KIND_NL.get(t.kind, t.kind)
            if t.kind == "commitment" and t.fields().get("status"):
                label += f" ({commitment_status(t.fields())})"
            spans.append((s, e, f'<span class="tag tag-{html.escape(t.kind)}" title="{html.escape(label)}">', "</span>"))
    spans += [(s, e, "<mark>", "</mark>") for s, e in _query_marks(text, query)]
    # cut the text at every boundary and wrap each piece in the spans covering it: always well nested
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        out.append("".join(sp[2] for sp in active) + html.escape(text[a:b]) + "".join(sp[3] for sp in reversed(active)))
    joined = "".join(out)
    if compact:
        return re.sub(r"\s+", " ", joined).strip()
    return joined.replace("\n", "<br>")


def snippet(text: str, query: str, tags: tuple[Tag, ...] | list[Tag] = (), offset: int = 0, width: int = 420) -> str:
    """Escaped HTML of the part of a passage where the query's words cluster (about ``width``
    characters), with matched words and tags highlighted and an ellipsis where it was cut."""
    if len(text) <= width:
        return highlight(text, query, tags, offset, compact=True)
    marks = _query_marks(text, query)
    start = 0
    if marks:
        best = max(marks, key=lambda m: sum(1 for s, _ in marks if m[0] - width // 5 <= s < m[0] + width * 4 // 5))
        start = max(0, best[0] - width // 5)
        start = min(start, max(0, len(text) - width))
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < start + 40 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    body = highlight(text[start:end], query, tags, offset + start, compact=True)
    return ("… " if start else "") + body + (" …" if end < len(text) else "")


# -- document and dossier views -------------------------------------------------------------

def page_view(pages: list[Page], tags: Iterable[Tag], number: int) -> tuple[Page, int, tuple[Tag, ...]]:
    """A page of a document, its start offset in the body, and the tags that start on it."""
    offsets = {n: s for s, n in page_offsets(pages)}
    page = next(p for p in pages if p.number == number)
    start = offsets[number]
    return page, start, tuple(t for t in tags if start <= t.start < start + len(page.text) + 1)


def tag_table(tags: Iterable[Tag]) -> list[dict]:
    """Tags as rows with Dutch column names; empty attributes left out."""
    out = []
    for t in tags:
        row = {"soort": KIND_NL.get(t.kind, t.kind), "tekst": t.quote}
        for k, v in t.fields().items():
            if v in (None, "", [], False) or k not in ATTR_NL:
                continue
            if k == "status":
                v = commitment_status(t.fields())
            row[ATTR_NL[k]] = ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else ("ja" if v is True else str(v))
        out.append(row)
    return out


def _heading_at(body: str, section: Section, after: int) -> int | None:
    number = re.escape(section.number.rstrip("."))
    first = WORD.search(section.title)
    title = re.escape(first.group(0)) if first else ""
    m = re.compile(rf"^[ \t]*{number}\.?[ \t]+{title}(?![^\n]*\.{{4,}})", re.M | re.I).search(body, after)
    return m.start() if m else None


def section_span(pages: list[Page], sections: list[Section], i: int) -> tuple[int, int]:
    """Body offsets (start, end) of section i: from its heading to the next section's heading, or by
    its pages when a heading cannot be found."""
    body = "\n".join(p.text for p in pages)
    starts = {n: s for s, n in page_offsets(pages)}
    numbers = sorted(starts)

    def page_start(n: int) -> int:
        return starts.get(n, next((starts[m] for m in numbers if m >= n), len(body)))

    def page_end(n: int) -> int:
        later = [starts[m] for m in numbers if m > n]
        return later[0] - 1 if later else len(body)

    section = sections[i]
    start = _heading_at(body, section, page_start(section.page))
    if start is None or start > page_end(section.end_page or section.page):
        start = page_start(section.page)
    depth = _depth(section)
    # a chapter runs on to the next section of its own level or higher (it holds its sub-sections)
    nxt_i = next((j for j in range(i + 1, len(sections)) if _depth(sections[j]) <= depth), None)
    if nxt_i is None:
        end = len(body)
    else:
        nxt = sections[nxt_i]
        end = page_end(max(nxt.page, section.page))  # unless its heading is found below
        at = _heading_at(body, nxt, max(start + 1, page_start(nxt.page)))
        if at is not None and at <= page_end(nxt.end_page or nxt.page):
            end = at
    return start, max(start, end)


def _depth(section: Section) -> int:
    return section.number.rstrip(".").count(".")


def section_pages(pages: list[Page], start: int, end: int) -> list[tuple[int, int, str]]:
    """The part of the body from start to end, per page: (page number, body offset, text)."""
    out = []
    for (s, n), p in zip(page_offsets(pages), pages):
        a, b = max(start, s), min(end, s + len(p.text))
        if a < b and p.text[a - s:b - s].strip():
            out.append((n, a, p.text[a - s:b - s]))
    return out


def dossier(store: Store) -> Document | None:
    """The introduction dossier (the first document of type dossier)."""
    return next((d for d in store.documents() if d.doc_type == "dossier"), None)


def related_from_hits(hits: Iterable[Hit], exclude: str | None = None, limit: int = 5) -> list[dict]:
    """Search hits grouped by document, best first: {doc, title, date, pages, score}; ``exclude``
    is a document id left out (the dossier itself)."""
    found: dict[str, dict] = {}
    for h in hits:
        p = h.passage
        if p.doc_id == exclude:
            continue
        row = found.setdefault(p.doc_id, {"doc": p.doc_name, "title": (h.document.title if h.document else None) or p.doc_name,
                                          "date": h.document.date if h.document else None, "pages": [], "score": h.score})
        if p.page_start not in row["pages"]:
            row["pages"].append(p.page_start)
        row["score"] = max(row["score"], h.score)
    return sorted(found.values(), key=lambda r: -r["score"])[:limit]


def related_documents(store: Store, doc: Document, text: str, limit: int = 5) -> list[tuple[Document, int]]:
    """Without an index: letters sharing the most distinctive words with a section (document, count)."""
    words = {w for w in tokens(text) if len(w) > 4}
    out = []
    for d in store.documents():
        if d.id == doc.id:
            continue
        shared = len(words & set(tokens(" ".join(p.text for p in store.pages(d.id)))))
        if shared:
            out.append((d, shared))
    return sorted(out, key=lambda x: -x[1])[:limit]


def section_query(section: Section, text: str, words: int = 60) -> str:
    """A query that stands for a section: its title and its first words."""
    return f"{section.title} " + " ".join(text.split()[:words])


# -- filters and uploads ------------------------------------------------------------------------

def default_period(rows: list[TimelineRow], documents: Iterable[Document], today: dt.date,
                   ahead_years: int = 5) -> tuple[int, int]:
    """The years the timeline shows at first: from the oldest document's year (earlier dates are
    history the letters recount) to some years past today, within the rows' own range."""
    years = [r.date.year for r in rows] or [today.year]
    dated = [int(d.date[:4]) for d in documents if d.date]
    start = max(min(years), min(dated)) if dated else min(years)
    end = min(max(years), today.year + ahead_years)
    return (min(start, end), max(start, end))


def matches_topic(text: str, topic: str) -> bool:
    return not topic.strip() or fold(topic.strip()) in fold(text)


def safe_filename(name: str) -> str:
    """An upload's name made safe: no folders, only letters, digits, dot, dash and underscore."""
    base = name.replace("\\", "/").split("/")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-_") or "document"
    stem, _, ext = base.rpartition(".")
    if not stem:
        stem, ext = base, "pdf"
    return f"{stem.strip('.-_')[:100] or 'document'}.{ext.lower()}"


def check_upload(name: str, size: int, head: bytes) -> str | None:
    """Why an uploaded file is refused (Dutch, for the user), or None when it may go in."""
    if size > MAX_UPLOAD_BYTES:
        return f"groter dan {MAX_UPLOAD_BYTES // 2**20} MB"
    if size == 0:
        return "leeg bestand"
    if not name.lower().endswith(".pdf") or b"%PDF-" not in head[:1024]:
        return "geen PDF-bestand"
    return None


# -- building the index with a progress report ---------------------------------------------------

class ProgressEncoder:
    """Wraps an encoder so passage embedding reports (done, total) after every chunk."""

    def __init__(self, encoder, report, chunk: int = 32):
        self.inner, self.report, self.chunk = encoder, report, chunk

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode_passages(self, texts: list[str], batch_size: int = 16, progress: bool = False):
        import numpy as np

        texts = list(texts)
        self.report(0, len(texts))
        parts = []
        for i in range(0, len(texts), self.chunk):
            parts.append(self.inner.encode_passages(texts[i:i + self.chunk], batch_size))
            self.report(min(i + self.chunk, len(texts)), len(texts))
        return np.vstack(parts) if parts else self.inner.encode_passages([], batch_size)


def build_with_progress(data_dir, report):
    """Build or bring up to date the index of a data folder (same model as before, else the default),
    calling ``report(done, total)`` as passages are embedded."""
    from .build import SearchIndexError, build_index, read_manifest
    from .encoder import load_encoder

    try:
        old = read_manifest(data_dir)
    except SearchIndexError:
        old = None
    encoder = load_encoder(old.model if old else None)
    return build_index(data_dir, encoder=ProgressEncoder(encoder, report), progress=False)


def tag_labels(tags: Iterable[Tag]) -> list[str]:
    """Distinct Dutch labels of tags: 'toezegging (open)', 'motie', ..."""
    return sorted({f"{KIND_NL.get(t.kind, t.kind)} ({commitment_status(t.fields())})" if t.kind == "commitment"
                   else KIND_NL.get(t.kind, t.kind) for t in tags})
