"""Search quality: chunking that keeps a closing paragraph with the heading and subject it continues
(the shape of the Staat van migratie section of kamerbrief-incidentenoverzicht: a 185-word passage
that opens with the heading, then a 67-word closing paragraph saying when the report appears)."""
from __future__ import annotations

from ingest import Document, Page, Section
from ingest.records import DocType
from index.passages import MAX_WORDS, MIN_WORDS, passages_of

DOC = Document("x" * 64, "d.txt", "Brief", None, DocType.KAMERBRIEF, None, None, None, 1)
SENTENCE = "Hierbij informeer ik uw Kamer over de rapportages."   # 8 words
OPENING = "Staat van migratie\n\n" + "\n\n".join([" ".join([SENTENCE] * 8)] * 3)   # 3 + 3 x 64 words
CLOSING = ("In de eerste helft van dit jaar zal ik u deze vernieuwde rapportage voor het eerst doen toekomen. "
           "De timing van de rapportage blijft onveranderd en is voorzien voor het tweede kwartaal van 2021. "
           + " ".join(["De informatie wordt daarin integraal opgenomen."] * 4))           # 58 words


def test_a_closing_paragraph_under_min_words_joins_the_passage_it_continues() -> None:
    assert len(CLOSING.split()) < MIN_WORDS and len(OPENING.split()) + len(CLOSING.split()) <= MAX_WORDS
    ps = passages_of(DOC, [Page(1, OPENING + "\n\n" + CLOSING)], [])
    assert len(ps) == 1 and len(ps[0].text.split()) == 195 + 58
    assert ps[0].text.startswith("Staat van migratie") and ps[0].text.endswith(CLOSING)


def test_a_short_section_is_not_merged_into_the_previous_section() -> None:
    text = "1 Aanleiding\n\n" + OPENING + "\n\n2 Planning\n\n" + CLOSING
    sections = [Section("1", "Aanleiding", 1, offset=0), Section("2", "Planning", 1, offset=text.index("2 Planning"))]
    ps = passages_of(DOC, [Page(1, text)], sections)
    assert [p.section for p in ps] == ["1 Aanleiding", "2 Planning"]
    assert ps[1].text == "2 Planning\n\n" + CLOSING


def test_no_merge_past_max_words() -> None:
    opening = OPENING + " " + " ".join([SENTENCE] * 8)   # its last paragraph 128 words
    assert len(opening.split()) + len(CLOSING.split()) > MAX_WORDS >= len(opening.split())
    ps = passages_of(DOC, [Page(1, opening + "\n\n" + CLOSING)], [])
    assert [len(p.text.split()) for p in ps] == [259, 58]
