"""Store to JSON-lines records, in the shape DESIGN.md's export contract names."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ingest.records import TAG_KINDS, Document, Tag
from ingest.store import Store

KINDS = ("document", "page", "section", "footnote") + TAG_KINDS


def export_records(data_dir: Path | str, kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Every stored record as a dict with ``doc`` (the source file name) and ``kind``; a document that came
    in under other names too lists them as ``aliases``."""
    with Store(data_dir, create=False) as store:
        for d in store.documents():
            base = {"doc": d.name}
            if kind in (None, "document"):
                yield {**base, "kind": "document", **document_fields(d), **_aliases(store, d.id)}
            if kind in (None, "page"):
                for p in store.pages(d.id):
                    yield {**base, "kind": "page", "page": p.number, "text": p.text}
            if kind in (None, "section"):
                for s in store.sections(d.id):
                    yield {**base, "kind": "section", "number": s.number, "title": s.title, "page": s.page,
                           "end_page": s.end_page}
            if kind in (None, "footnote"):
                for f in store.footnotes(d.id):
                    yield {**base, "kind": "footnote", "number": f.number, "text": f.text, "page": f.page}
            if kind is None or kind in TAG_KINDS:
                for _, t in store.tags(d.id, kind):
                    yield {**base, **tag_record(t)}


def document_fields(d: Document) -> dict[str, Any]:
    """A document's metadata as the export (and the HTTP API) write it."""
    return {"title": d.title, "date": d.date, "doc_type": d.doc_type, "addressee": d.addressee, "sender": d.sender,
            "kenmerk": d.kenmerk, "pages": d.pages, "scanned": d.scanned}


def tag_record(t: Tag) -> dict[str, Any]:
    """A tag as the export (and the HTTP API) write it: kind, quote, page, offsets and its flat fields."""
    return {"kind": t.kind, "quote": t.quote, "page": t.page, "start": t.start, "end": t.end, **t.fields()}


def _aliases(store: Store, doc_id: str) -> dict[str, list[str]]:
    """``aliases`` only where there are some: the export of a document under one name stays as it was."""
    names = store.aliases(doc_id)
    return {"aliases": names} if names else {}
