"""The rows the app's pages show, as typed records: the deadline timeline with overdue marks, the
commitment and motion trackers, the dossier's section spans and the letters related to a section.

No HTML and no Dutch labels here: the UI package (`ui/`) turns these rows into tables, markup and
exports. Dates are ``datetime.date``; statuses and kinds are the enums of ``ingest.records``."""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ingest import Document, Page, Section, Store, Tag, page_offsets
from ingest.dutch.months import MONTH_NAMES, MONTHS
from ingest.records import CommitmentInfo, DeadlineInfo, Payload, Period, ReferenceInfo, Status, TagKind
from ingest.store import TimelineFilter

from .bm25 import fold
from .search import Hit

WORD = re.compile(r"\w+(?:-\w+)*")


# -- dates and overdue ---------------------------------------------------------------------------

def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def period_of(info: Payload) -> Period | None:
    """The due period of a commitment or deadline (None for other kinds or when it names none)."""
    return info.due if isinstance(info, (CommitmentInfo, DeadlineInfo)) else None


def due_date(info: Payload) -> dt.date | None:
    """The date a deadline or commitment is due: the end of its period, else its start."""
    period = period_of(info)
    if period is None:
        return None
    return _iso(period.end) if period.end else _iso(period.start)


def effective_status(info: Payload) -> Status | None:
    """A commitment's status as the trackers show it: an open one that a later letter fulfils is kept."""
    if not isinstance(info, CommitmentInfo):
        return None
    return Status.FULFILLED if info.status == Status.OPEN and info.fulfilled_by else info.status


def commitment_overdue(info: CommitmentInfo, due: dt.date | None, today: dt.date) -> bool:
    """Past due, made in this document (open) and not fulfilled by a later letter."""
    return due is not None and due < today and effective_status(info) == Status.OPEN


# -- the timeline ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TimelineRow:
    kind: TagKind        # deadline | commitment
    date: dt.date        # the due date shown on the axis (end of the period, else its start)
    date_start: str | None
    date_end: str | None
    what: str
    status: Status | None  # a commitment's (effective) status, also for a deadline inside one; else None
    doc: str
    title: str | None
    page: int
    overdue: bool


class _Spans:
    """A document's commitments by start, to find the one a deadline stands in without a scan."""

    def __init__(self, commitments: list[Tag]):
        self.tags = sorted(commitments, key=lambda t: t.start)
        # the furthest end among the first i commitments: rises, so the first one that ends after a
        # point is found by bisection
        self.reach = list(itertools.accumulate((t.end for t in self.tags), max))

    def owner(self, tag: Tag) -> Tag | None:
        """The first commitment (by start) whose span overlaps ``tag``, if any."""
        i = bisect.bisect_right(self.reach, tag.start)
        return self.tags[i] if i < len(self.tags) and self.tags[i].start < tag.end else None


def _timeline_row(tag: Tag, doc: Document, commitments: _Spans, today: dt.date) -> TimelineRow | None:
    due, period = due_date(tag.info), period_of(tag.info)
    if due is None or period is None:
        return None
    owner = commitments.owner(tag) if tag.kind == TagKind.DEADLINE else tag
    if owner is None:
        status, overdue = None, due < today
    elif owner is not tag and due_date(owner.info) is not None:
        return None  # the commitment's own date stands for it: not shown twice
    else:
        assert isinstance(owner.info, CommitmentInfo)
        status, overdue = effective_status(owner.info), commitment_overdue(owner.info, due, today)
    return TimelineRow(tag.kind, due, period.start, period.end, tag.quote, status, doc.name, doc.title, tag.page,
                       overdue)


def _rows(store: Store, dated: list[tuple[str, Tag]], commitments: dict[str, list[Tag]],
          today: dt.date) -> list[TimelineRow]:
    """Timeline rows of dated tags, given every commitment of their documents (for a deadline's status)."""
    docs = {doc_id: store.document(doc_id) for doc_id in {doc_id for doc_id, _ in dated}}
    spans = {doc_id: _Spans(tags) for doc_id, tags in commitments.items()}
    rows = []
    for doc_id, tag in dated:
        doc = docs[doc_id]
        if doc is not None and (row := _timeline_row(tag, doc, spans.get(doc_id, _Spans([])), today)) is not None:
            rows.append(row)
    return rows


def _commitments_of(store: Store, dated: list[tuple[str, Tag]]) -> dict[str, list[Tag]]:
    return {doc_id: [t for _, t in store.tags(doc_id, kind="commitment")] for doc_id in {d for d, _ in dated}}


def timeline_window(store: Store, today: dt.date, due_from: dt.date | None = None,
                    due_to: dt.date | None = None) -> list[TimelineRow]:
    """The timeline rows due from ``due_from`` through ``due_to``, by due date: only the tags in the
    window and the commitments of their documents are read."""
    dated = store.dated_tags(due_from.isoformat() if due_from else None, due_to.isoformat() if due_to else None)
    return _rows(store, dated, _commitments_of(store, dated), today)


def _page_row(r: Any) -> TimelineRow:  # a row of Store.timeline's page
    attrs = json.loads(r["attrs"])
    return TimelineRow(TagKind(r["kind"]), dt.date.fromisoformat(r["due"]), attrs.get("date_start"),
                       attrs.get("date_end"), r["quote"], Status(r["status"]) if r["status"] else None, r["name"],
                       r["title"], r["page"], bool(r["overdue"]))


@dataclass(frozen=True)
class MonthCount:
    """How many timeline rows the filters keep, per month (its first day), status, overdue mark and
    place in the window."""

    month: dt.date
    status: Status | None
    overdue: bool
    in_window: bool
    count: int


@dataclass(frozen=True)
class TimelinePage:
    """A page of the timeline rows the filters keep in the window, and the counts of all they keep."""

    rows: tuple[TimelineRow, ...]
    months: tuple[MonthCount, ...]

    @property
    def total(self) -> int:
        """The rows kept in the window (the pages hold these)."""
        return sum(m.count for m in self.months if m.in_window)

    @property
    def outside(self) -> int:
        """The rows kept but due outside the window."""
        return sum(m.count for m in self.months if not m.in_window)

    @property
    def overdue(self) -> int:
        """The overdue rows in the window."""
        return sum(m.count for m in self.months if m.in_window and m.overdue)

    @property
    def years(self) -> tuple[int, int] | None:
        """The first and last year a kept row is due in (window or not), None when none is kept."""
        years = [m.month.year for m in self.months]
        return (min(years), max(years)) if years else None


def timeline_page(store: Store, today: dt.date, where: TimelineFilter = TimelineFilter(), limit: int | None = None,
                  offset: int = 0) -> TimelinePage:
    """The timeline's rows the filters keep in the window, ``limit`` from ``offset`` (earliest first, then by
    document name and page), with the counts per month of all it keeps: one statement, no row read twice."""
    counts, rows = store.timeline(today.isoformat(), where, limit, offset)
    months = tuple(MonthCount(dt.date.fromisoformat(c["due"] + "-01"), Status(c["status"]) if c["status"] else None,
                              bool(c["overdue"]), bool(c["in_window"]), c["n"]) for c in counts)
    return TimelinePage(tuple(map(_page_row, rows)), months)


def timeline_stream(store: Store, today: dt.date, where: TimelineFilter = TimelineFilter()) -> Iterator[TimelineRow]:
    """Every timeline row the filters keep in the window, as ``timeline_page`` orders them, read as iterated
    (for an export)."""
    return map(_page_row, store.timeline(today.isoformat(), where)[1])


def timeline_rows(store: Store, today: dt.date | None = None) -> list[TimelineRow]:
    """Deadlines and commitments with a date, earliest first. A deadline inside a commitment that has
    its own due date is that commitment's date and is not shown twice; a deadline inside a commitment
    without one takes the commitment's status (a kept promise is not overdue)."""
    return list(timeline_stream(store, today or dt.date.today()))


HORIZON_DAYS = 90  # how far ahead the timeline's opening view looks


def agenda(rows: Iterable[TimelineRow], today: dt.date,
           days: int = HORIZON_DAYS) -> tuple[list[TimelineRow], list[TimelineRow]]:
    """What a liaison acts on: (overdue, coming). Overdue: open commitments and deadlines past due and
    not kept, latest first; coming: open ones due from today through ``days`` ahead, earliest first.
    Kept and merely mentioned commitments are in neither."""
    acting = [r for r in rows if r.status in (None, Status.OPEN)]
    overdue = sorted((r for r in acting if r.overdue), key=lambda r: r.date, reverse=True)
    end = today + dt.timedelta(days=days)
    coming = sorted((r for r in acting if not r.overdue and today <= r.date <= end), key=lambda r: r.date)
    return overdue, coming


def _overdue(store: Store, today: dt.date, limit: int, page: int = 500) -> list[TimelineRow]:
    """The ``limit`` latest overdue open rows, latest first, read a page of dated tags at a time."""
    found: list[TimelineRow] = []
    due_to, offset = (today - dt.timedelta(days=1)).isoformat(), 0
    while len(found) < limit:
        dated = store.dated_tags(due_to=due_to, newest_first=True, limit=page, offset=offset)
        found += agenda(_rows(store, dated, _commitments_of(store, dated), today), today)[0]
        if len(dated) < page:
            break
        offset += page
    return found[:limit]


def timeline_agenda(store: Store, today: dt.date, days: int = HORIZON_DAYS,
                    overdue_limit: int = 50) -> tuple[list[TimelineRow], list[TimelineRow]]:
    """The timeline's opening view read from the store, as ``agenda``: (the ``overdue_limit`` latest
    overdue rows, the rows due in the coming ``days``)."""
    coming = agenda(timeline_window(store, today, today, today + dt.timedelta(days=days)), today, days)[1]
    return _overdue(store, today, overdue_limit), coming


def timeline_key(row: TimelineRow) -> str:
    """The status a timeline row is filtered by: a commitment's status, or 'deadline'."""
    return row.status.value if row.status is not None else "deadline"


def matches_topic(text: str, topic: str) -> bool:
    """Whether a text holds a topic (case and accents ignored); an empty topic matches everything."""
    return not topic.strip() or fold(topic.strip()) in fold(text)


def default_period(years: tuple[int, int], documents: Iterable[Document], today: dt.date,
                   ahead_years: int = 5) -> tuple[int, int]:
    """The years the timeline shows at first: from the oldest document's year (earlier dates are
    history the letters recount) to some years past today, within the rows' own ``years`` (first, last)."""
    dated = [int(d.date[:4]) for d in documents if d.date]
    start = max(years[0], min(dated)) if dated else years[0]
    end = min(years[1], today.year + ahead_years)
    return (min(start, end), max(start, end))


# -- trackers ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CommitmentRow:
    status: Status           # effective: an open commitment a later letter keeps is fulfilled
    quote: str
    to_whom: str | None
    where_made: str | None
    due: dt.date | None
    overdue: bool
    doc: str
    page: int
    kept_in: str | None      # the letter that keeps it (this one when it is fulfilled here)
    fulfils: str | None      # the letter whose promise it keeps


def commitment_row(name: str, t: Tag, today: dt.date) -> CommitmentRow:
    info = t.info
    assert isinstance(info, CommitmentInfo)
    due = due_date(info)
    kept_in = info.fulfilled_by or (name if info.status == Status.FULFILLED else None)
    return CommitmentRow(effective_status(info) or info.status, t.quote, info.to_whom, info.where_made, due,
                         commitment_overdue(info, due, today), name, t.page, kept_in, info.fulfils)


def commitment_rows(store: Store, today: dt.date | None = None, statuses: Iterable[str] = (),
                    docs: Iterable[str] = (), overdue_only: bool = False, limit: int | None = None,
                    offset: int = 0) -> list[CommitmentRow]:
    """One row per toezegging: status, to whom, where made, due, overdue, source and the letter that kept it.
    The filters (effective statuses, document names, overdue only) and the page (``limit`` rows from
    ``offset``, in document order) are applied in the store: only the rows shown are read."""
    return list(commitment_stream(store, today or dt.date.today(), statuses, docs, overdue_only, limit, offset))


def commitment_stream(store: Store, today: dt.date, statuses: Iterable[str] = (), docs: Iterable[str] = (),
                      overdue_only: bool = False, limit: int | None = None,
                      offset: int = 0) -> Iterator[CommitmentRow]:
    """``commitment_rows``, read from the store as iterated (for an export)."""
    found = store.commitments(tuple(statuses), tuple(docs), today.isoformat(), True if overdue_only else None, limit,
                              offset)
    return (commitment_row(name, t, today) for name, t in found)


@dataclass(frozen=True)
class MotionRow:
    name: str
    submitters: tuple[str, ...]
    kamerstuk: str | None
    asks: str | None
    response: str | None
    mentions: tuple[tuple[str, tuple[int, ...]], ...]  # (document name, pages), by name

    @property
    def documents(self) -> int:
        return len(self.mentions)


@dataclass
class _MotionDraft:
    name: str
    submitters: list[str]
    kamerstuk: str | None = None
    asks: str | None = None
    response: str | None = None


def motion_key(name: str | None) -> str:
    """A motion's name without its article, 'motie van het lid' and 'c.s.': `motie Piri c.s.` -> `piri`."""
    name = fold(name or "")
    name = re.sub(r"^(de |gewijzigde )?moties? (van (het lid|de leden) )?", "", name)
    return re.sub(r"\s*(c\.s\.|cs)$", "", name).strip()


def _join_motion(draft: _MotionDraft, variant: Any) -> None:  # a row of Store.motion_variants
    for s in json.loads(variant["submitters"] or "[]"):
        if s not in draft.submitters:
            draft.submitters.append(s)
    draft.kamerstuk = draft.kamerstuk or variant["kamerstuk"]
    draft.asks = draft.asks or variant["asks"]
    draft.response = draft.response or variant["response"]


def _motion_drafts(store: Store) -> tuple[dict[str, _MotionDraft], dict[tuple[str | None, str], str]]:
    """Motions keyed by Kamerstuk number, else by name, and the key of each (kamerstuk, label) as the
    store names them: read once per distinct way a motion is named, not per mention."""
    drafts: dict[str, _MotionDraft] = {}
    by_name: dict[str, str] = {}
    keys: dict[tuple[str | None, str], str] = {}
    # kamerstuk numbers first, so a name-only mention joins the numbered motion of that name
    for v in store.motion_variants():
        name_key = motion_key(v["label"])
        key = keys.get((v["kamerstuk"], v["label"])) or v["kamerstuk"] or by_name.get(name_key) or f"name:{name_key}"
        by_name.setdefault(name_key, key)
        keys[(v["kamerstuk"], v["label"])] = key
        _join_motion(drafts.setdefault(key, _MotionDraft(v["label"], [])), v)
    return drafts, keys


def _pages(text: str) -> set[int]:
    return {int(p) for p in text.split(",")}


def motion_rows(store: Store) -> list[MotionRow]:
    """One row per motion (by Kamerstuk number, else by name), with every document that mentions it:
    by name or through a reference to its Kamerstuk. Most mentioned first. Mentions are grouped by
    document in the store."""
    drafts, keys = _motion_drafts(store)
    mentions: dict[str, dict[str, set[int]]] = {}
    for m in store.motion_mentions():
        mentions.setdefault(keys[(m["kamerstuk"], m["label"])], {}).setdefault(m["doc"], set()).update(_pages(m["pages"]))
    for c in store.citing_pages([key for key in drafts if not key.startswith("name:")]):
        mentions.setdefault(c["identifier"], {}).setdefault(c["doc"], set()).update(_pages(c["pages"]))
    rows = [MotionRow(d.name, tuple(d.submitters), d.kamerstuk, d.asks, d.response,
                      tuple((n, tuple(sorted(p))) for n, p in sorted(mentions.get(key, {}).items())))
            for key, d in drafts.items()]
    return sorted(rows, key=lambda r: (-r.documents, fold(r.name or "")))


# -- document and dossier ------------------------------------------------------------------------

def page_view(pages: list[Page], tags: Iterable[Tag], number: int) -> tuple[Page, int, tuple[Tag, ...]]:
    """A page of a document, its start offset in the body, and the tags that start on it."""
    offsets = {n: s for s, n in page_offsets(pages)}
    page = next(p for p in pages if p.number == number)
    start = offsets[number]
    return page, start, tuple(t for t in tags if start <= t.start < start + len(page.text) + 1)


def _depth(section: Section) -> int:
    return section.number.rstrip(".").count(".")


class _PageBounds:
    """Body offsets where pages start and end, for page numbers the body may skip."""

    def __init__(self, pages: list[Page]):
        self.body_len = sum(len(p.text) + 1 for p in pages) - 1 if pages else 0
        self.starts = {n: s for s, n in page_offsets(pages)}
        self.numbers = sorted(self.starts)

    def start(self, n: int) -> int:
        return self.starts.get(n, next((self.starts[m] for m in self.numbers if m >= n), self.body_len))

    def end(self, n: int) -> int:
        later = [self.starts[m] for m in self.numbers if m > n]
        return later[0] - 1 if later else self.body_len


def section_span(pages: list[Page], sections: list[Section], i: int) -> tuple[int, int]:
    """Body offsets (start, end) of section i: from its heading (``Section.offset``) to the next
    section's heading, or by its pages where a heading was not found in the body."""
    bounds, section = _PageBounds(pages), sections[i]
    start = section.offset if section.offset is not None else bounds.start(section.page)
    depth = _depth(section)
    # a chapter runs on to the next section of its own level or higher (it holds its sub-sections)
    nxt = next((s for s in sections[i + 1:] if _depth(s) <= depth), None)
    if nxt is None:
        return start, bounds.body_len
    end = nxt.offset if nxt.offset is not None and nxt.offset > start else bounds.end(max(nxt.page, section.page))
    return start, max(start, end)


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


def section_query(section: Section, text: str, words: int = 60) -> str:
    """A query that stands for a section: its title and its first words."""
    return f"{section.title} " + " ".join(text.split()[:words])


@dataclass(frozen=True)
class RelatedDoc:
    doc: str                # file name
    title: str
    date: str | None
    pages: tuple[int, ...]  # pages of its passages that matched, in order found
    score: float


def related_from_hits(hits: Iterable[Hit], exclude: str | None = None, limit: int = 5) -> list[RelatedDoc]:
    """Search hits grouped by document, best first; ``exclude`` is a document id left out (the dossier
    itself)."""
    found: dict[str, RelatedDoc] = {}
    for h in hits:
        p, d = h.passage, h.document
        if p.doc_id == exclude:
            continue
        row = found.get(p.doc_id) or RelatedDoc(p.doc_name, (d.title if d else None) or p.doc_name,
                                                 d.date if d else None, (), h.score)
        pages = row.pages if p.page_start in row.pages else row.pages + (p.page_start,)
        found[p.doc_id] = RelatedDoc(row.doc, row.title, row.date, pages, max(row.score, h.score))
    return sorted(found.values(), key=lambda r: -r.score)[:limit]


# -- search results by document ------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentHits:
    """A document's hits for a query: the best passage, and its other passages best first."""

    best: Hit
    more: tuple[Hit, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.best.passage.doc_id


def group_hits(hits: Iterable[Hit], limit: int | None = None) -> list[DocumentHits]:
    """Hits grouped by document, each document ranked by its best hit; within a document the other
    passages keep their order by score. ``limit`` caps the number of documents."""
    groups: dict[str, list[Hit]] = {}
    for h in sorted(hits, key=lambda h: -h.score):
        groups.setdefault(h.passage.doc_id, []).append(h)
    out = [DocumentHits(found[0], tuple(found[1:])) for found in groups.values()]
    return out if limit is None else out[:limit]


# -- cited letters that are in the store ---------------------------------------------------------

# a citation's date: `14 oktober 2019`, or `30 september` with the year left to the reader
CITED_DATE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_NAMES})\.?(?:\s+(\d{{4}}))?\b", re.I)
# a title between quotes: ‘Situatie brand vluchtelingenkamp Lesbos’, 'Actuele situatie migratieketen'
QUOTED = re.compile(r"[‘'´\"“]([^‘’'´\"“”]{8,200})[’'´\"”]")
# a file name that is an official publication's identifier: kst-35300-VI-63.pdf, ah-tk-20222023-242.pdf
OFFICIAL_NAME = re.compile(r"(?i)kst-(\d{3,6}(?:-[0-9a-z]{1,8}){1,2})|((?:ah|h)-(?:tk|ek)-\d{8}-\d{1,6}(?:-\d{1,4})?)")
LETTER_TYPES = ("brief", "kamervragen", "bnc-fiche")  # reference types that cite a letter by date or title


def official_id(name: str) -> str | None:
    """The identifier a file name gives its document (`kst-35300-vi-63.pdf` -> `35300-VI-63`), as the
    tagger normalizes references; None for other names."""
    m = OFFICIAL_NAME.fullmatch(name.rsplit(".", 1)[0])
    if m is None:
        return None
    return m.group(1).upper() if m.group(1) else m.group(2).lower()


def cited_dates(text: str, citing_date: str | None) -> set[str]:
    """ISO dates a citation names; a date without a year is the last such day on or before the
    citing document's date (none when that date is unknown)."""
    anchor = _iso(citing_date)
    out = set()
    for day, month, year in CITED_DATE.findall(text):
        if year:
            when = _date(int(year), MONTHS[month.lower()], int(day))
        elif anchor:
            when = _date(anchor.year, MONTHS[month.lower()], int(day))
            when = _date(anchor.year - 1, MONTHS[month.lower()], int(day)) if when and when > anchor else when
        else:
            when = None
        if when:
            out.add(when.isoformat())
    return out


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class Citations:
    """The stored documents a reference can name: by official identifier, by date and by title."""

    def __init__(self, documents: Iterable[Document]):
        self.by_id: dict[str, Document] = {}
        self.by_date: dict[str, list[Document]] = {}
        self.by_title: dict[str, list[Document]] = {}
        for d in documents:
            if (ident := official_id(d.name)) is not None:
                self.by_id.setdefault(ident, d)
            if d.doc_type != "dossier" and d.date:
                self.by_date.setdefault(d.date[:10], []).append(d)
            if d.title and len(d.title) >= 8:
                self.by_title.setdefault(fold(d.title).strip(), []).append(d)

    def target(self, tag: Tag, citing: Document) -> Document | None:
        """The stored document a reference tag cites (never the citing one), or None."""
        info = tag.info
        if not isinstance(info, ReferenceInfo):
            return None
        if info.normalized and (official := self.by_id.get(info.normalized)) is not None:
            return official if official.id != citing.id else None
        if info.ref_type not in LETTER_TYPES:
            return None
        text = f"{info.label or ''} {tag.quote}"
        titled = [d for q in QUOTED.findall(text) for d in self.by_title.get(fold(q).strip(), ()) if d.id != citing.id]
        dated = [d for day in cited_dates(text, citing.date) for d in self.by_date.get(day, ()) if d.id != citing.id]
        both = [d for d in dated if d in titled]
        for candidates in (both, titled, dated):
            if len({d.id for d in candidates}) == 1:
                return candidates[0]
        return None


def citations(store: Store) -> Citations:
    """What the store's references can cite: every stored document, by identifier, date and title."""
    return Citations(store.documents())


def cited_documents(known: Citations, doc: Document, tags: Iterable[Tag]) -> dict[Tag, Document]:
    """The references among a document's tags that cite another stored document: a Kamerstuk or
    Aanhangsel stored under its official file name, or a letter cited by its date or its title
    between quotes when exactly one stored document has it."""
    return {t: found for t in tags if (found := known.target(t, doc)) is not None}
