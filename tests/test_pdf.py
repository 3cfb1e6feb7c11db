"""PDF extraction on small real letters: zones by geometry, footnotes, markers, hyphenation, bad input."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.errors import EmptyDocument, EncryptedFile, UnreadableFile
from ingest.pdf import extract_pdf, fix_diacritics
from ingest.records import body_text

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "corpus" / "pdf"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def letter():
    return extract_pdf(PDF / "kamerbrief-draagmoederschap.pdf")


@pytest.fixture(scope="module")
def luchtvaart():
    return extract_pdf(PDF / "kamerbrief-verzamelbrief-luchtvaart.pdf")


def test_page_count_and_sidebar_out_of_body(letter) -> None:
    assert letter.page_count == 3 and [p.number for p in letter.pages] == [1, 2, 3]
    body = body_text(letter.pages)
    for noise in ("Schedeldoekshaven 100", "www.rijksoverheid.nl/venj", "Pagina 1 van 3", "Retouradres"):
        assert noise not in body
    assert "Schedeldoekshaven 100" in letter.margin[1]


def test_sentence_across_page_break_is_intact(letter) -> None:
    joined = " ".join(" ".join(p.text.split()) for p in letter.pages)
    assert ("De Raad voor de Kinderbescherming meldt per jaar in ongeveer tien gevallen in aanraking te komen met "
            "illegale opnemingen van een kind in een gezin (na draagmoederschap).") in joined


def test_footnote_separated_with_its_marker(letter) -> None:
    (note,) = letter.footnotes
    assert (note.number, note.page) == ("1", 2)
    assert note.text.startswith("Bij hoogtechnologisch draagmoederschap wordt een embryo")
    assert note.text not in body_text(letter.pages)
    body = body_text(letter.pages)
    assert note.marker_offset is not None and body[note.marker_offset - 12:note.marker_offset].strip()


def test_marker_digits_leave_the_sentence(luchtvaart) -> None:
    joined = " ".join(" ".join(p.text.split()) for p in luchtvaart.pages)
    assert "periodieke controles op Schiphol." in joined
    assert [f.number for f in luchtvaart.footnotes][:3] == ["1", "2", "3"]
    assert luchtvaart.footnotes[0].text == "Kamerstuk 36200-XII-60"


def test_hyphenation_joined_and_real_hyphens_kept(luchtvaart) -> None:
    joined = " ".join(" ".join(p.text.split()) for p in luchtvaart.pages)
    assert "een nauwkeurig registratiesysteem voor drone-exploitanten." in joined
    assert "EU-lidstaten kunnen geen verplichtingen aangaan" in joined


def test_kamer_publication_header_and_footer_gone() -> None:
    motie = extract_pdf(PDF / "motie-negatieve-spaarrente.pdf")
    body = body_text(motie.pages)
    for noise in ("kst-32545-143", "ISSN 0921 - 7371", "Tweede Kamer der Staten-Generaal"):
        assert noise not in body
    assert "en gaat over tot de orde van de dag." in " ".join(body.split())


def test_spacing_diacritic_composed() -> None:
    assert fix_diacritics("Yes¸ilgöz") == "Yeşilgöz"


@pytest.mark.parametrize("name, error", [
    ("truncated.pdf", EmptyDocument),
    ("not-a-pdf.pdf", UnreadableFile),
    ("encrypted.pdf", EncryptedFile),
    ("blank.pdf", EmptyDocument),
])
def test_bad_input_raises_named_error(name: str, error: type) -> None:
    with pytest.raises(error):
        extract_pdf(FIXTURES / name)


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_scanned_page_is_ocrd() -> None:
    from ingest.ocr import ocr_words, tesseract_available
    from ingest.pdf import read_pages

    if not tesseract_available():
        pytest.skip("no Dutch tesseract data")
    path = PDF / "wob-besluit-nelson-gescand.pdf"
    page = read_pages(path)[2]
    assert page.scanned
    text = " ".join(w.text for w in ocr_words(path, page))
    assert "Indien ik aan u de betreffende documenten verstrek" in text or "belangenafwegingen" in text
