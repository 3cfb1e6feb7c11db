"""A toezegging made in one letter and kept in a later one is linked both ways (ingest/links.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest import Document, Page, ParsedDocument, Store, Tag
from ingest.pipeline import relink
from ingest.tagging.links import similarity


def letter(doc_id: str, name: str, date: str | None, *tags: Tag) -> ParsedDocument:
    return ParsedDocument(Document(doc_id, name, None, date, "kamerbrief", "Tweede Kamer", None, None, 1),
                          (Page(1, " ".join(t.quote for t in tags)),), tags=tags)


def commitment(quote: str, status: str, **attrs: str) -> Tag:
    return Tag.of("commitment", quote, 1, 0, 10, {"status": status, **attrs})


def linked(store: Store) -> dict[str, dict]:
    return {store.document(d).name: t.fields() for d, t in store.tags(kind="commitment")}


def test_open_commitment_linked_to_later_fulfilment(tmp_path: Path) -> None:
    made = commitment("Ik zal uw Kamer voor de zomer informeren over de registratiekosten voor drones in andere "
                      "lidstaten.", "open")
    kept = commitment("Hiermee wordt de toezegging over de registratiekosten voor drones in andere lidstaten als "
                      "afgedaan beschouwd.", "fulfilled")
    other = commitment("Ik zal uw Kamer informeren over de opvang van asielzoekers.", "open")
    with Store(tmp_path) as store:
        store.put(letter("a" * 64, "toezegging.txt", "2023-03-01", made))
        store.put(letter("b" * 64, "afdoening.txt", "2023-10-18", kept))
        store.put(letter("c" * 64, "anders.txt", "2023-04-01", other))
        relink(store)
        tags = linked(store)
    assert tags["toezegging.txt"]["fulfilled_by"] == "afdoening.txt"
    assert tags["afdoening.txt"]["fulfils"] == "toezegging.txt"
    assert tags["anders.txt"]["fulfilled_by"] is None


def test_an_older_letter_does_not_fulfil_a_later_promise(tmp_path: Path) -> None:
    made = commitment("Ik zal uw Kamer informeren over de registratiekosten voor drones.", "open")
    kept = commitment("Hiermee is de toezegging over de registratiekosten voor drones afgedaan.", "fulfilled")
    with Store(tmp_path) as store:
        store.put(letter("a" * 64, "later.txt", "2023-10-18", made))
        store.put(letter("b" * 64, "eerder.txt", "2023-03-01", kept))
        relink(store)
        tags = linked(store)
    assert tags["later.txt"]["fulfilled_by"] is None and tags["eerder.txt"]["fulfils"] is None


@pytest.mark.parametrize("open_quote, open_attrs, kept_quote, kept_attrs, linked_", [
    # the fulfilling letter names the letter the promise was made in, by its date
    ("Over de opvangsituatie wordt uw Kamer apart geïnformeerd.", {},
     "In mijn brief van 7 november 2022 heb ik toegezegd u te informeren; via deze weg doe ik deze toezegging gestand.",
     {}, True),
    # the same debate, written differently
    ("In het commissiedebat van 8 juli 2022 zeg ik toe u te informeren.",
     {"where_made": "commissiedebat van 8 juli 2022"},
     "Tijdens het Commissiedebat Vreemdelingen- en asielbeleid d.d. 8 juli 2022 heb ik toegezegd u te informeren.",
     {"where_made": "Commissiedebat Vreemdelingen- en asielbeleid d.d. 8 juli 2022"}, True),
    # the same member and some shared content
    ("Ik zal het lid Podt informeren over de begeleiding van amv's.", {"to_whom": "lid Podt"},
     "Aan het lid Podt heb ik toegezegd de Kamer te informeren over de opvang.", {"to_whom": "lid Podt"}, True),
    # only the frame of a promise in common (informing, the summer), no subject (OCW 2022 and JenV 2024, fix62)
    ("Daarnaast informeert het kabinet u na de zomer over Leven Lang Ontwikkelen.", {},
     "Ieder jaar voor de zomer informeer ik uw Kamer over ontwikkelingen in het gevangeniswezen.", {}, False),
    # nothing in common
    ("Ik zal uw Kamer informeren over de opvang van asielzoekers.", {},
     "Hiermee is de toezegging over de registratiekosten van drones afgedaan.", {}, False),
    # only the plan, its pointer back and its time in common, no subject (OCW 2012 and BZK 2013, all141)
    ("Het is mijn bedoeling uw Kamer hierover in het eerste kwartaal van 2013 nader te informeren.", {},
     "In mijn brief van 3 april 2013 heb ik aangekondigd dat ik u in het eerste kwartaal zou informeren over de "
     "plannen rond de digitale overheid.", {}, False),
    # one subject word in common is chance (VWS 2016 and BZK 2016, allpool)
    ("Uw Kamer wordt in het voorjaar van 2016 en 2017 over de uitkomsten geïnformeerd.", {},
     "In het beleidsdebat heb ik toegezegd de uitkomsten van het overleg met de eilanden aan uw Kamer te sturen; "
     "hiermee doe ik dat.", {}, False),
])
def test_similarity(open_quote: str, open_attrs: dict, kept_quote: str, kept_attrs: dict, linked_: bool) -> None:
    s = similarity(commitment(open_quote, "open", **open_attrs), commitment(kept_quote, "fulfilled", **kept_attrs),
                   "2022-11-07")
    assert (s >= 0.35) is linked_
