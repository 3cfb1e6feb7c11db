"""A born-digital letter re-saved as PDF makers, portals and viewers do reads as the letter itself: turned pages shown
upright by /Rotate, a moved or bled page, a diagonal watermark, a lost trailer, owner-password encryption (pdf89)."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from ingest.errors import EncryptedFile
from ingest.extract import frame, ocr, pdf
from ingest.extract.geometry import PageWords, Word
from ingest.extract.pdf import extract_pdf, opens_letter, rebuilt
from tests.fixtures import pdf_variants

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LETTER = FIXTURES / "letter-libreoffice-gs.pdf"
SENTENCE = ("Verstrekking door het kabinet van de dagelijkse ambtelijke instructies en verslagen is daarbij geen "
            "onderdeel van het verkeer tussen regering en Kamer")


@pytest.fixture(scope="module")
def unmodified():
    return extract_pdf(LETTER)


def test_the_unmodified_letter_holds_the_sentence(unmodified) -> None:
    assert SENTENCE in " ".join(unmodified.pages[0].text.split())


@pytest.mark.parametrize("rotate", [90, 180, 270])
@pytest.mark.parametrize("name", ["letter-libreoffice-gs.pdf", "letter-libreoffice-table.pdf"])
def test_a_page_made_landscape_and_shown_upright_reads_as_the_page(tmp_path: Path, name: str, rotate: int) -> None:
    """Its text runs up, right to left or down in the page's own space: read one letter a word (then OCR'd) or
    reversed on main. LibreOffice's fonts declare no descent (descent_boxes): their descenders are measured in the
    turned frame, or the words broke at every `g` (`Kamervra g en`)."""
    got = extract_pdf(pdf_variants.landscape_made(FIXTURES / name, tmp_path / f"rot{rotate}.pdf", rotate))
    unmodified = extract_pdf(FIXTURES / name)
    assert got.pages == unmodified.pages and got.footnotes == unmodified.footnotes and not got.scanned


@pytest.mark.parametrize("dx, dy, bleed", [(100, 200, 0), (40, 40, 40)])
def test_a_page_moved_on_its_mediabox_or_bled_reads_as_the_page(tmp_path: Path, unmodified, dx, dy, bleed) -> None:
    """A CropBox at (100, 200); a MediaBox 40 pt larger than the CropBox with a slug line outside the CropBox."""
    got = extract_pdf(pdf_variants.moved(LETTER, tmp_path / "moved.pdf", dx, dy, bleed))
    assert got.pages == unmodified.pages and got.margin == unmodified.margin
    assert "Drukproef" not in " ".join(p.text for p in got.pages) + str(got.margin)


@pytest.mark.parametrize("over", [False, True])
def test_a_diagonal_watermark_is_not_read(tmp_path: Path, unmodified, over: bool) -> None:
    """A 90 pt `CONCEPT` at 45 degrees across the page cut the sentences it crossed on main."""
    got = extract_pdf(pdf_variants.watermarked(LETTER, tmp_path / "concept.pdf", over=over))
    assert got.pages == unmodified.pages and "CONCEPT" not in " ".join(p.text for p in got.pages) + str(got.margin)


def test_a_pdf_cut_off_before_its_cross_reference_table_is_read(tmp_path: Path, unmodified) -> None:
    """Lost on main (`No /Root object!`): its objects are all there."""
    got = extract_pdf(pdf_variants.cut_before_trailer(LETTER, tmp_path / "afgebroken.pdf"))
    assert got.pages == unmodified.pages


def test_a_file_without_a_catalog_is_not_rebuilt() -> None:
    assert rebuilt(b"%PDF-1.4\n1 0 obj\n<< /Type /Pages /Count 0 >>\nendobj\n") is None
    head = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    assert rebuilt(head) == head + (b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
                                    b"trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n58\n%%EOF\n")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_an_owner_password_only_is_read(tmp_path: Path, unmodified, algorithm: str) -> None:
    got = extract_pdf(pdf_variants.encrypted(LETTER, tmp_path / "beveiligd.pdf", algorithm))
    assert got.pages == unmodified.pages


def test_a_pdf_with_a_user_password_is_an_encrypted_file(tmp_path: Path) -> None:
    with pytest.raises(EncryptedFile):
        extract_pdf(pdf_variants.encrypted(LETTER, tmp_path / "geheim.pdf", "AES-256", user_password="geheim"))


def _line(x0: float, y: float, step: tuple[float, float], n: int, side: float = 6.0) -> np.ndarray:
    """n character boxes of ``side`` pt whose lower left corners step by ``step`` from (x0, y)."""
    corners = np.array([(x0 + i * step[0], y + i * step[1]) for i in range(n)])
    return np.column_stack([corners, corners + side])


@pytest.mark.parametrize("step, turn", [((5, 0), 0), ((0, 5), 1), ((-5, 0), 2), ((0, -5), 3)])
def test_reading_turn_is_the_way_most_letters_step(step, turn) -> None:
    assert frame.reading_turn(["a"] * 30, _line(300, 300, step, 30)) == turn


def test_a_few_turned_words_keep_the_page_frame() -> None:
    """A page number or a vertical stamp up the edge (fewer than TURN_MIN steps) beside no other text."""
    assert frame.reading_turn(["a"] * 10, _line(580, 100, (0, 5), 10)) == 0


def test_turned_boxes_run_left_to_right() -> None:
    boxes, width, height = frame.turned(_line(100, 50, (0, 5), 3), 595.0, 842.0, 1)
    assert (width, height) == (842.0, 595.0)
    assert boxes[:, 0].tolist() == [50.0, 55.0, 60.0] and boxes[:, 1].tolist() == [489.0] * 3


def test_a_word_set_diagonally_is_askew_and_line_breaks_are_not() -> None:
    texts = list("CONCEPT") + list("abc") + list("de")
    boxes = np.vstack([_line(100, 200, (40, 40), 7, 60), _line(300, 700, (5, 0), 3), _line(60, 688, (5, 0), 2)])
    assert frame.askew(texts, boxes).tolist() == [True] * 7 + [False] * 5


def test_characters_outside_the_cropbox_are_not_visible() -> None:
    """Measured from the CropBox's corner (40, 40); a centre more than EDGE outside its 300 x 400 is not seen."""
    texts, boxes = frame.visible(["a", "b", "c"], _line(35, 50, (200, 0), 3), (40.0, 40.0), (300.0, 400.0))
    assert texts == ["b"] and boxes.tolist() == [[195.0, 10.0, 201.0, 16.0]]


KAMERVRAGEN = ROOT / "corpus" / "pdf" / "antwoord-kamervragen-jeugdige-criminelen.pdf"


def test_a_letter_appended_to_another_document_reads_as_it_does_alone(tmp_path: Path) -> None:
    """Its letterhead goes to the margin as on its own first page (on main it stood in the body), and the document's
    fields are the first document's, not the appended letter's (its Kenmerk, its Datum)."""
    from ingest.structure.metadata import read_metadata

    appended = FIXTURES / "circulaire-economie-p1.pdf"
    got = extract_pdf(pdf_variants.merged([KAMERVRAGEN, appended], tmp_path / "samengevoegd.pdf"))
    alone, first = extract_pdf(appended), extract_pdf(KAMERVRAGEN)
    assert got.appended == (3,) and first.appended == ()
    assert got.pages[2].text == alone.pages[0].text and got.margin[3] == alone.margin[1]
    assert read_metadata(got, "samengevoegd.pdf") == read_metadata(first, "kamervragen.pdf")


def _page(lines: list[str], number: int = 3) -> PageWords:
    words, top = [], 100.0
    for line in lines:
        x = 70.0
        for text in line.split():
            words.append(Word(text, x, x + 6 * len(text), top, top + 10, 10.0))
            x += 6 * len(text) + 3
        top += 14
    return PageWords(number, 595.0, 842.0, words)


@pytest.mark.parametrize("lines, opens", [
    (["> Retouradres Postbus 20401 2500 EK Den Haag", "De Voorzitter van de Tweede Kamer", "Datum 13 november 2014",
      "Betreft Raad voor Economische en Financiële Zaken", "Tijdens de regeling van werkzaamheden van uw Kamer"], True),
    (["Datum 10 november 2020", "Onderwerp Besluit op uw Wob-verzoeken", "Geachte,", "Aan de hand van twee brieven"], True),
    # a released e-mail (Woo document): no Datum line, its header stays the document's text
    (["Van: Jansen, P.", "Verzonden: dinsdag 3 maart 2020 10:12", "Onderwerp: RE: overleg", "Beste Piet,"], False),
    # a letter's later page: its sidebar's Datum, a body line opening on Betreft, no return address or salutation
    (["Datum 13 november 2014", "Kenmerk 2014-0000186537", "Betreft het tweede punt merk ik het volgende op."], False),
])
def test_a_later_page_opens_a_letter_by_its_letterhead(lines: list[str], opens: bool) -> None:
    assert opens_letter(_page(lines), 10.0) is opens


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_a_scan_whose_ocr_layer_kept_a_few_words_is_read_from_its_image(tmp_path: Path) -> None:
    """A layer of two words on a page of text: its words are Dutch and too few for the layer's fit to be judged, so
    main kept it (`Ken En` for the page); the ink it leaves unread (SPARSE_UNREAD) sends the page to OCR."""
    if not ocr.tesseract_available():
        pytest.skip("no Dutch tesseract data")
    scan = FIXTURES / "scan-footnote-markers-sidebar-subject.pdf"
    got = extract_pdf(pdf_variants.sparse_layer(scan, tmp_path / "arm.pdf"))
    text = " ".join(got.pages[0].text.split())
    assert got.scanned and "Ken En" not in text
    assert "om uw Kamer hier jaarlijks over te informeren. Via deze brief" in text


def test_a_damaged_page_is_not_given_the_next_pages_text(tmp_path: Path) -> None:
    """PDFium cannot load page 2; pdfminer's page list skips it, so its second page is the file's third: main read
    page 3's text as page 2's too. Page 2 is left empty (logged), every other page as in the sound file."""
    source = ROOT / "corpus" / "pdf" / "antwoord-kamervragen-zorg-ongedocumenteerden-caribisch.pdf"
    got = extract_pdf(pdf_variants.damaged_page_object(source, tmp_path / "beschadigd.pdf"))
    sound = extract_pdf(source)
    assert [p.text for p in got.pages] == [sound.pages[0].text, "", sound.pages[2].text]


def test_a_page_drawn_twice_a_hair_apart_reads_once(tmp_path: Path, unmodified) -> None:
    """Every word stood twice on main (`Verstrekking Verstrekking door door`)."""
    got = extract_pdf(pdf_variants.drawn_twice(LETTER, tmp_path / "dubbel.pdf"))
    assert got.pages == unmodified.pages


def test_overprinted_letters_are_the_later_copies_and_a_ligature_is_none() -> None:
    """`ab` drawn, then again 0.3 pt to the right; `ff` a ligature's two letters in one box; `e` twice a letter apart."""
    boxes = np.array([[0, 0, 5, 10], [6, 0, 11, 10], [0.3, 0, 5.3, 10], [6.3, 0, 11.3, 10],
                      [20, 0, 26, 10], [20, 0, 26, 10], [30, 0, 35, 10], [36, 0, 41, 10], [42, 0, 47, 10]], float)
    texts = ["a", "b", "a", "b", "f", "f", "e", "x", "e"]
    assert frame.overprinted(texts, boxes).tolist() == [False, False, True, True] + [False] * 5


def test_a_document_with_a_larger_one_appended_keeps_its_own_body_size(tmp_path: Path) -> None:
    """Kamervragen answers (7 pt body, 2 pages) with three pages of a letter in 10.5 pt appended: the file's dominant
    size is the letter's, and on main every line of the answers was small print (their pages came out empty). A run
    of pages MERGED_RATIO smaller is measured on its own (merged_sizes); the appended pages as before."""
    letter = FIXTURES / "missiegedreven-p1.pdf"
    got = extract_pdf(pdf_variants.merged([KAMERVRAGEN, letter, letter, letter], tmp_path / "samengevoegd.pdf"))
    alone = extract_pdf(KAMERVRAGEN)
    assert [p.text for p in got.pages[:2]] == [p.text for p in alone.pages]
    assert got.pages[3].text == got.pages[4].text == extract_pdf(letter).pages[0].text


def test_merged_sizes_are_runs_of_pages_far_from_the_documents_size() -> None:
    """Two pages at 7 pt in a 10.5 pt file are a run; one page is none (a table annex), nor are pages 1.1 times off."""
    def page(size: float) -> PageWords:
        return PageWords(1, 595.0, 842.0, [Word("tekst", 70.0, 100.0, 100.0, 110.0, size)])
    sizes = {False: 10.5, True: 10.5}
    assert pdf.merged_sizes([page(7.0), page(7.0), page(10.5), page(7.0), page(9.5), page(9.5)], sizes) == {0: 7.0, 1: 7.0}
