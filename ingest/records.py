"""Typed records passed between the stages: extraction -> cleaning -> tagging -> store -> index.

All records are frozen dataclasses; vocabularies are enums. A tag's attributes are a typed payload
per kind (``CommitmentInfo``, ``MotionInfo``, ``DeadlineInfo``, ``ReferenceInfo``); ``Tag.fields()``
flattens one into the JSON shape the store and the export use, ``payload_from_fields`` reads it back.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Mapping, Sequence


class DocType(StrEnum):
    KAMERBRIEF = "kamerbrief"
    NOTA = "nota"
    DOSSIER = "dossier"
    WOO_BESLUIT = "woo-besluit"
    MOTIE = "motie"
    KAMERVRAGEN = "kamervragen"
    BNC_FICHE = "bnc-fiche"
    OTHER = "other"


class TagKind(StrEnum):
    COMMITMENT = "commitment"
    MOTION = "motion"
    DEADLINE = "deadline"
    REFERENCE = "reference"


class Status(StrEnum):
    """A commitment's role in the document that mentions it (../shared/eval/README.md)."""

    OPEN = "open"              # the promise is made here
    FULFILLED = "fulfilled"    # this document delivers on an earlier promise
    REFERENCED = "referenced"  # an earlier promise is mentioned, not delivered


DOC_TYPES = tuple(t.value for t in DocType)
TAG_KINDS = tuple(k.value for k in TagKind)


@dataclass(frozen=True)
class Period:
    """When a step is due: the ISO bounds of the period the words name (``start`` alone for `vanaf X`,
    ``end`` alone for `tot X`), ``approx`` for vague ones, ``relative`` for a term counted from an
    event (`binnen zes weken na ...`, no dates). ``text`` is the time expression as written."""

    start: str | None
    end: str | None
    approx: bool = False
    relative: bool = False
    text: str | None = None

    def fields(self) -> dict[str, Any]:
        return {"date_text": self.text, "date_start": self.start, "date_end": self.end,
                "approx": self.approx, "relative": self.relative}

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Period | None:
        if not any(d.get(k) for k in ("date_text", "date_start", "date_end", "relative")):
            return None
        return cls(d.get("date_start"), d.get("date_end"), bool(d.get("approx")), bool(d.get("relative")),
                   d.get("date_text"))


@dataclass(frozen=True)
class CommitmentInfo:
    """A toezegging: this document's role, to whom and where it was made, when it is due, and the
    cross-document links (file names) derived after ingest."""

    status: Status
    to_whom: str | None = None
    where_made: str | None = None
    due: Period | None = None
    fulfilment_quote: str | None = None
    fulfilled_by: str | None = None
    fulfils: str | None = None


@dataclass(frozen=True)
class MotionInfo:
    """A motie: its name (`motie Piri c.s.`), submitters' surnames, Kamerstuk, what it asks, the answer."""

    name: str
    submitters: tuple[str, ...] = ()
    kamerstuk: str | None = None
    asks: str | None = None
    response: str | None = None
    mentions: int = 1


@dataclass(frozen=True)
class DeadlineInfo:
    """A time expression tied to a step due after the document's date; ``footnote`` when it stands in one."""

    due: Period
    footnote: str | None = None


@dataclass(frozen=True)
class ReferenceInfo:
    """A cited paper or ruling: ``normalized`` identifier (`35300-VI-63`), or None for a paper cited by
    date or title, ``label`` then what it is called where the citation says (`Kamerbrief 26 mei 2020`);
    ``footnote`` when the citation stands in one."""

    normalized: str | None
    ref_type: str
    footnote: str | None = None
    label: str | None = None


Payload = CommitmentInfo | MotionInfo | DeadlineInfo | ReferenceInfo
KIND_OF: dict[type, TagKind] = {CommitmentInfo: TagKind.COMMITMENT, MotionInfo: TagKind.MOTION,
                                DeadlineInfo: TagKind.DEADLINE, ReferenceInfo: TagKind.REFERENCE}
PAYLOAD_OF: dict[TagKind, type] = {kind: cls for cls, kind in KIND_OF.items()}


def payload_fields(info: Payload) -> dict[str, Any]:
    """A payload flattened to JSON-ready fields (a period as ``date_*``, enums as their values)."""
    out: dict[str, Any] = {}
    for f in fields(info):
        value = getattr(info, f.name)
        if isinstance(value, Period) or (f.name == "due" and value is None):
            out.update(value.fields() if value else Period(None, None).fields())
        elif isinstance(value, tuple):
            out[f.name] = list(value)
        else:
            out[f.name] = value.value if isinstance(value, StrEnum) else value
    if isinstance(info, (DeadlineInfo, ReferenceInfo)):
        out["in_footnote"] = info.footnote is not None
    return out


def payload_from_fields(kind: TagKind | str, d: Mapping[str, Any]) -> Payload:
    """The typed payload of ``kind`` from its flattened fields (unknown keys are ignored)."""
    cls = PAYLOAD_OF[TagKind(kind)]
    args: dict[str, Any] = {}
    for f in fields(cls):
        if f.name == "due":
            args["due"] = Period.from_fields(d) or (Period(None, None) if cls is DeadlineInfo else None)
        elif f.name in d:
            args[f.name] = tuple(d[f.name]) if isinstance(d[f.name], list) else d[f.name]
    if cls is CommitmentInfo:
        args["status"] = Status(args.get("status") or Status.OPEN)
    if cls is MotionInfo:
        args.setdefault("name", "")
    if cls is ReferenceInfo:
        args.setdefault("normalized", None)
        args.setdefault("ref_type", "")
    return cls(**args)


@dataclass(frozen=True)
class Page:
    """The cleaned body text of one page (no sidebar, header, footer or footnote text)."""

    number: int
    text: str


@dataclass(frozen=True)
class Footnote:
    """A footnote, with the page its text stands on. ``marker_offset`` is the character offset in the
    document body (pages joined by ``"\\n"``) where its marker stood, or None when unlinked."""

    number: str
    text: str
    page: int
    marker_offset: int | None = None


@dataclass(frozen=True)
class Section:
    """A numbered section (dossier table of contents / headings). ``page`` is where it starts;
    ``offset`` where its heading line starts in the body (pages joined by a newline, as
    ``body_text``), None where the heading was not found in the body."""

    number: str
    title: str
    page: int
    end_page: int | None = None
    offset: int | None = None


@dataclass(frozen=True)
class Tag:
    """A tagged span of the document body. ``start``/``end`` are character offsets into the body
    (pages joined by ``"\\n"``); ``page`` is the page the span starts on; ``info`` the kind's typed
    payload; ``rule`` the id of the rule row that made the tag."""

    quote: str
    page: int
    start: int
    end: int
    info: Payload
    rule: str = ""

    @property
    def kind(self) -> TagKind:
        return KIND_OF[type(self.info)]

    @property
    def status(self) -> Status | None:
        """A commitment's status (None for other kinds)."""
        return self.info.status if isinstance(self.info, CommitmentInfo) else None

    def fields(self) -> dict[str, Any]:
        """The payload as flat JSON-ready fields, with the rule id."""
        return {**payload_fields(self.info), "rule": self.rule}

    @classmethod
    def of(cls, kind: TagKind | str, quote: str, page: int, start: int, end: int,
           flat: Mapping[str, Any] | None = None, rule: str = "") -> Tag:
        """A tag from flat fields (as stored and exported)."""
        return cls(quote, page, start, end, payload_from_fields(kind, flat or {}), rule)


@dataclass(frozen=True)
class Document:
    """Document metadata; ``id`` is the sha256 of the original file's bytes, ``name`` its file name."""

    id: str
    name: str
    title: str | None
    date: str | None  # ISO yyyy-mm-dd
    doc_type: DocType
    addressee: str | None
    sender: str | None
    kenmerk: str | None
    pages: int
    scanned: bool = False
    original: str | None = None  # path of the copy kept in the data folder, relative to it


@dataclass(frozen=True)
class Extraction:
    """What an extractor (pdf.py, text.py) hands to the rest of the pipeline.

    ``pages`` hold cleaned body text per page. ``margin`` holds, per page number, the text that was
    removed as letterhead sidebar / running header / footer, so metadata can be read from it.
    ``page_count`` is the number of pages of the original (for text extracts: the highest page seen).
    ``appended`` holds the later pages that open a letter of their own (a merged file: a Woo-besluit with its
    documents appended): the document's own fields are read from its pages before the first of them.
    ``made`` is the day the file says it was made (a PDF's CreationDate, ISO), where it says so.
    """

    pages: tuple[Page, ...]
    footnotes: tuple[Footnote, ...] = ()
    margin: Mapping[int, str] = field(default_factory=dict)
    page_count: int = 0
    scanned: bool = False
    appended: tuple[int, ...] = ()
    made: str | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """Everything ingest stores for one file."""

    document: Document
    pages: tuple[Page, ...]
    sections: tuple[Section, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    tags: tuple[Tag, ...] = ()




def body_text(pages: Sequence[Page]) -> str:
    """The document body: page texts joined by a newline (the basis of all character offsets)."""
    return "\n".join(p.text for p in pages)


def page_offsets(pages: Sequence[Page]) -> list[tuple[int, int]]:
    """(start offset, page number) of each page in ``body_text(pages)``."""
    out, pos = [], 0
    for p in pages:
        out.append((pos, p.number))
        pos += len(p.text) + 1
    return out


def page_at(offsets: list[tuple[int, int]], offset: int) -> int:
    """The page number the character at ``offset`` of the body stands on."""
    number = offsets[0][1] if offsets else 1
    for start, n in offsets:
        if start > offset:
            break
        number = n
    return number
