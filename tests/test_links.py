"""A toezegging made in one letter and kept in a later one is linked both ways."""
from __future__ import annotations

from pathlib import Path

from ingest import Document, Page, ParsedDocument, Store, Tag
from ingest.links import link_commitments


def letter(doc_id: str, name: str, date: str, tag: Tag) -> ParsedDocument:
    return ParsedDocument(Document(doc_id, name, None, date, "kamerbrief", "Tweede Kamer", None, None, 1),
                          (Page(1, tag.quote),), tags=(tag,))


def test_open_commitment_linked_to_later_fulfilment(tmp_path: Path) -> None:
    made = Tag("commitment", "Ik zal uw Kamer voor de zomer informeren over de registratiekosten voor drones in andere lidstaten.",
               1, 0, 10, {"status": "open"})
    kept = Tag("commitment", "Hiermee wordt de toezegging over de registratiekosten voor drones in andere lidstaten als afgedaan beschouwd.",
               1, 0, 10, {"status": "fulfilled"})
    other = Tag("commitment", "Ik zal uw Kamer informeren over de opvang van asielzoekers.", 1, 0, 10, {"status": "open"})
    with Store(tmp_path) as store:
        store.put(letter("a" * 64, "toezegging.txt", "2023-03-01", made))
        store.put(letter("b" * 64, "afdoening.txt", "2023-10-18", kept))
        store.put(letter("c" * 64, "anders.txt", "2023-04-01", other))
        link_commitments(store)
        tags = {store.document(d).name: t for d, t in store.tags(kind="commitment")}
    assert tags["toezegging.txt"].attrs["fulfilled_by"] == "afdoening.txt"
    assert tags["afdoening.txt"].attrs["fulfils"] == "toezegging.txt"
    assert "fulfilled_by" not in tags["anders.txt"].attrs
