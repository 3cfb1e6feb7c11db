"""A Woo-besluit as each kind of PDF the archive receives (issue 9): born-digital, scanned, with a text layer
whose font encoding reads as gibberish, with one page without a text layer. Generated at test time
(tests/fixtures/woo_letters.py); every variant must read as the same clean letter."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ingest.extract.ocr import column_parts, ocr_token, tesseract_available
from ingest.extract import pdf
from ingest.extract.pdf import extract_pdf
from ingest.structure.metadata import read_metadata

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
import woo_letters  # noqa: E402

OCR = pytest.mark.skipif(not shutil.which("tesseract") or not tesseract_available(), reason="needs tesseract (nld)")
ACROSS_PAGES = ("Verder bevatten de documenten persoonlijke beleidsopvattingen van ambtenaren in documenten die "
                "zijn opgesteld voor intern beraad.")
ADDRESS_ENDS = "Dit besluit en de documenten worden met de inventarislijst geplaatst op"
LOGO = "Ministerie van Landbouw, Natuur"


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("woo")
    out = {}
    for name, data in woo_letters.variants().items():
        out[name] = folder / f"woo-besluit-{name}.pdf"
        out[name].write_bytes(data)
    return out


def _read(path: Path):
    extraction = extract_pdf(path)
    joined = " ".join(" ".join(p.text.split()) for p in extraction.pages)
    return extraction, joined


def _check_letter(extraction, joined: str, scanned: bool) -> None:
    assert extraction.page_count == 2 and [p.number for p in extraction.pages] == [1, 2]
    assert extraction.scanned is scanned
    assert ACROSS_PAGES in joined                      # a sentence across the page break
    assert ADDRESS_ENDS in joined                      # the web address goes on below it, in the body
    page_two = extraction.pages[1].text
    for noise in (LOGO, "Voedselkwaliteit\n", "Directie Wetgeving", "Ons kenmerk", "DGNVLG", "Pagina 2"):
        assert noise not in page_two, noise
    assert LOGO in extraction.margin[2]                # the logo's text is a running header
    meta = read_metadata(extraction, "woo-besluit.pdf")
    assert (meta.doc_type, meta.title, meta.kenmerk, meta.addressee) == (
        "woo-besluit", "Besluit op uw Wob-verzoek over de PAS-meldingen", "DGNVLG / 21123456", None)
    assert meta.date == "2021-01-28"


def test_born_digital_letter_reads_clean(letters) -> None:
    extraction, joined = _read(letters["digitaal"])
    _check_letter(extraction, joined, scanned=False)
    assert "geplaatst op\nwww.rijksoverheid.nl." in extraction.pages[1].text


@pytest.mark.parametrize("footer", ["- {n} -", "{n}/2", "{n}", "{n} van 2", "Blad {n} van 2"])
def test_a_page_number_at_the_foot_of_the_page_is_no_body_text(footer: str, tmp_path: Path) -> None:
    """Page numbers set at the body's size, centred under the text (a letter made in a word processor)."""
    path = tmp_path / "woo-besluit.pdf"
    path.write_bytes(woo_letters.build(woo_letters.pages(footer)))
    extraction, joined = _read(path)
    assert ACROSS_PAGES in joined
    assert all(p.text.rstrip().splitlines()[-1] != footer.format(n=p.number) for p in extraction.pages)
    assert footer.format(n=2) in extraction.margin[2]


def test_the_header_lines_of_mails_in_the_bundle_stay_text(tmp_path: Path) -> None:
    """The documents published with a besluit: e-mails, each page opening with `Van: 5.1.2e` in the top band.
    The same line atop two pages is no running header when it is a mail's field."""
    mails = []
    for sent, subject in (("dinsdag 8 maart 2022 14:12", "RE: planning versterking Loppersum"),
                          ("vrijdag 18 maart 2022 09:30", "Afspraken NCG gemeente Loppersum")):
        lines = ["Van: 5.1.2e", f"Verzonden: {sent}", "Aan: 5.1.2e", f"Onderwerp: {subject}", "",
                 "De Nationaal Coordinator Groningen verwacht de planning eind april gereed te hebben."]
        mails.append(b"\n".join(woo_letters._text(72, 780 - 14 * i, line, 10) for i, line in enumerate(lines) if line))
    path = tmp_path / "woo-besluit-met-documenten.pdf"
    path.write_bytes(woo_letters.build(woo_letters.pages() + mails))
    extraction = extract_pdf(path)
    assert [p.text.splitlines()[0] for p in extraction.pages[2:]] == ["Van: 5.1.2e", "Van: 5.1.2e"]
    assert LOGO not in extraction.pages[1].text


@OCR
def test_scanned_letter_reads_as_the_born_digital_one(letters) -> None:
    """Pages turned 0.8 degree: the words at a line's end sit points lower than at its start, and are still one
    line; the sidebar beside a body line, read by tesseract as one line with it, is cut off and zoned out."""
    extraction, joined = _read(letters["gescand"])
    _check_letter(extraction, joined, scanned=True)
    assert "Bij brief van 6 oktober 2020 is de ontvangst van uw verzoek bevestigd." in joined
    lines = extraction.pages[0].text.splitlines()
    assert "oktober 2020 is de ontvangst van uw verzoek bevestigd. Bij brief" in lines
    assert "_" not in joined


def _has_osd() -> bool:
    try:
        import pytesseract
        return "osd" in pytesseract.get_languages(config="")
    except Exception:
        return False


@OCR
@pytest.mark.skipif(not shutil.which("tesseract") or not _has_osd(), reason="needs tesseract's orientation data (osd)")
@pytest.mark.parametrize("variant, page", [("gescand-zijwaarts", 2), ("zijwaarts-rechtsom", 1)])
def test_a_page_scanned_sideways_is_read_upright(letters, caplog, variant: str, page: int) -> None:
    """A page fed in a quarter turned, either way (scan88): its lines run down the page (ocr.lines_down), so the
    orientation is asked before the page is read, and it is read once, upright (it was read sideways first, as
    gibberish, slowly). Its size is the upright page's."""
    with caplog.at_level("INFO", logger="ingest.extract.ocr"):
        extraction, joined = _read(letters[variant])
    _check_letter(extraction, joined, scanned=True)
    assert f"page {page}: scanned a quarter turned" in caplog.text and "read upright" not in caplog.text
    assert f"page {3 - page}: scanned a quarter" not in caplog.text


@pytest.mark.parametrize("turn, border, sideways", [
    (0, None, False),        # an upright letter page: its lines run across
    (90, None, True),        # fed in a quarter turned, either way: its lines run down
    (270, None, True),
    (0, "lid", False),       # upright, a scanner lid's dark border down the left edge and along the foot
    (0, "gutter", False),    # upright, the shadow of a bound page's gutter fading in from the right edge
])
def test_a_page_whose_lines_run_down_it_lies_sideways(turn: int, border: str | None, sideways: bool) -> None:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw
    from ingest.extract.ocr import SIDE_RATIO, lines_down
    image = pdfium.PdfDocument(woo_letters.build(woo_letters.pages()))[0].render(scale=150 / 72, grayscale=True)
    image = image.to_pil().convert("L")
    if border == "lid":
        ImageDraw.Draw(image).rectangle([0, 0, 40, image.height], fill=35)
        ImageDraw.Draw(image).rectangle([0, image.height - 30, image.width, image.height], fill=35)
    elif border == "gutter":
        pixels = np.asarray(image, dtype=np.float32)
        pixels[:, -120:] *= 1 - np.linspace(0, 0.85, 120) ** 1.6
        image = Image.fromarray(pixels.astype("uint8"))
    assert (lines_down(image.rotate(turn, expand=True)) >= SIDE_RATIO) is sideways


@OCR
def test_a_letter_scanned_askew_is_read_straight(letters) -> None:
    """Pages turned 3.2 degrees (scan82): tesseract lost whole lines and read small letters as capitals (`Op
    Woensdag`) until the page image was turned straight before reading."""
    extraction, joined = _read(letters["scheef"])
    _check_letter(extraction, joined, scanned=True)
    assert "oktober 2020 is de ontvangst van uw verzoek bevestigd. Bij brief" in extraction.pages[0].text.splitlines()


@OCR
def test_a_faint_scan_is_read_not_taken_for_blank_pages(letters) -> None:
    """Light grey text on off-white (scan82): no pixel as dark as ink, so each page was taken for blank and the file
    was lost ('no text layer and no readable text')."""
    extraction, joined = _read(letters["vaag"])
    _check_letter(extraction, joined, scanned=True)
    assert "Bij brief van 6 oktober 2020 is de ontvangst van uw verzoek bevestigd." in joined


@pytest.mark.parametrize("shape, x_mm, white", [
    ("disc", 15, True),     # a filed letter's punch hole, scanned black with a dark lid (scan82), 12-15 mm in
    ("disc", 100, False),   # a round blob in the middle of the page is no punch hole
    ("box", 15, False),     # a square box near the edge (a redaction, a table's cell) fills more than a disc
    ("bar", 15, False),     # a logo's bar along the edge is taller than a hole
])
def test_a_punch_hole_is_taken_out_of_the_page_image(shape: str, x_mm: int, white: bool) -> None:
    from PIL import Image, ImageDraw
    from ingest.extract.ocr import punch_holes_out
    dpi, mm = 250, 250 / 25.4
    image = Image.new("L", (int(210 * mm), int(297 * mm)), 245)
    draw = ImageDraw.Draw(image)
    x, y, r = x_mm * mm, 110 * mm, 3 * mm
    draw.ellipse([x - r, y - r, x + r, y + r], fill=30) if shape == "disc" else \
        draw.rectangle([x - r, y - r, x + r, y + r + (40 * mm if shape == "bar" else 0)], fill=30)
    out = punch_holes_out(image, dpi)
    assert (out.getpixel((int(x), int(y))) == 255) is white


@OCR
def test_gibberish_text_layer_is_read_from_the_page_image(letters) -> None:
    extraction, joined = _read(letters["onleesbaar"])
    _check_letter(extraction, joined, scanned=True)
    assert "Jhdfkwh" not in joined


@OCR
def test_a_paragraph_in_a_garbled_font_is_read_from_the_page_image(letters) -> None:
    """Only one paragraph's font lost its letters (`Lq gh grfxphqwhq vwddq qdphq`): the page around it reads as Dutch,
    so the page is judged by its passages, and read again from its image."""
    extraction, joined = _read(letters["alinea-onleesbaar"])
    _check_letter(extraction, joined, scanned=False)   # the first page of two came from its image
    assert "In de documenten staan namen en contactgegevens van ambtenaren" in joined and "Lq gh" not in joined


@OCR
def test_a_page_without_text_layer_among_text_pages_is_read(letters) -> None:
    extraction, joined = _read(letters["pagina-zonder-tekst"])
    _check_letter(extraction, joined, scanned=False)   # one page of two came from its image
    assert "Heeft u bezwaar tegen dit besluit?" in extraction.pages[1].text


@OCR
def test_a_scan_that_does_not_fill_its_page_is_read(letters) -> None:
    """A page whose only content is a scan at 80 % of the page (64 % of its area) is read from its image."""
    extraction = extract_pdf(letters["kleine-scan"])
    assert "Heeft u bezwaar tegen dit besluit?" in extraction.pages[1].text


@pytest.mark.parametrize("token, clean", [
    ("_", ""), ("|", ""), ("_Verdaging", "Verdaging"), ("e‚", "e,"), ("e,‚", "e,"), ("openbaar", "openbaar"),
    ("„Woo", "„Woo"),
])
def test_ocr_specks_and_low_commas(token: str, clean: str) -> None:
    assert ocr_token(token) == clean


def test_an_ocr_line_is_cut_where_it_runs_into_the_sidebar() -> None:
    """`... daarom niet openbaar op    Directie Wetgeving en` read as one line on a scanned continuation page
    (1654 pixels wide at 200 dpi): the sidebar's words get their own part; a label and its value do not."""
    words = [("daarom", 700, 55), ("niet", 770, 35), ("openbaar", 815, 90), ("op", 915, 25),
             ("Directie", 1217, 60), ("Wetgeving", 1284, 80), ("en", 1374, 20)]
    data = {"text": [w for w, _, _ in words], "left": [x for _, x, _ in words], "width": [w for _, _, w in words],
            "height": [20] * len(words)}
    assert [[data["text"][i] for i in part] for part in column_parts(list(range(len(words))), data, 1654)] == [
        ["daarom", "niet", "openbaar", "op"], ["Directie", "Wetgeving", "en"]]
    label = {"text": ["Betreft", "Antwoord", "op", "brief"], "left": [220, 400, 520, 560], "width": [70, 110, 30, 50],
             "height": [20] * 4}
    assert len(column_parts([0, 1, 2, 3], label, 1654)) == 1


def _redacted_line(label: str = ""):
    """One line of a Woo-besluit scanned at 250 dpi, a name under a black box (`label` printed white on it)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    image = Image.new("L", (1700, 160), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 36)
    except OSError:
        font = ImageFont.load_default(size=36)
    draw.text((40, 50), "contactgegevens van", fill=0, font=font)
    draw.rectangle((470, 44, 760, 98), fill=0)
    draw.text((500, 50), label, fill=255, font=font)
    draw.text((800, 50), "die niet openbaar zijn.", fill=0, font=font)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float32)   # as a scanner gives it
    pixels += np.random.default_rng(0).normal(0, 14, pixels.shape)
    return Image.fromarray(pixels.clip(0, 255).astype("uint8"))


def test_a_black_box_is_lifted_and_its_label_kept_dark_on_white() -> None:
    import numpy as np
    from ingest.extract.ocr import lift_dark_boxes

    before = _redacted_line("5.1.2e")
    after = np.asarray(lift_dark_boxes(before, 250))
    box = after[44:99, 470:761]
    assert (box < 96).mean() < 0.2 and (box < 96).any()      # the box white, its label's strokes dark
    assert (np.asarray(before)[:, :455] == after[:, :455]).all()   # letters beside it untouched
    assert np.array_equal(np.asarray(lift_dark_boxes(_redacted_line().crop((0, 0, 460, 160)), 250)),
                          np.asarray(_redacted_line().crop((0, 0, 460, 160))))   # no box: the same image


@OCR
def test_a_redacted_word_leaves_no_letters_in_the_ocr_reading() -> None:
    """Tesseract reads a black box on a scan as letters (`KEE`, `MN vee:`) and the white label on it not at all."""
    from ingest.extract.ocr import OcrOptions, image_words, lift_dark_boxes

    for label, read in (("", []), ("5.1.2e", ["5.1.2e"])):
        words = [w.text for w in image_words(lift_dark_boxes(_redacted_line(label), 250), OcrOptions(dpi=250))]
        assert words == ["contactgegevens", "van", *read, "die", "niet", "openbaar", "zijn."]


@OCR
def test_a_scanned_pages_running_header_that_reaches_the_sidebar_column_is_no_body_text(tmp_path: Path, monkeypatch) -> None:
    """A letter whose logo's first line (`Ministerie van Binnenlandse Zaken en`) runs past the sidebar's left edge,
    its second page a scan: the line's last word stood in the sidebar column, and the rest of the line, no longer
    the running header of the born-digital page, stayed in the body."""
    monkeypatch.setattr(woo_letters, "LOGO", ["Ministerie van Binnenlandse Zaken en", "Koninkrijksrelaties"])
    streams = woo_letters.pages()
    scans = woo_letters.scanned_pages(woo_letters.build(streams))
    path = tmp_path / "brief.pdf"
    path.write_bytes(woo_letters.build(streams, images={1: scans[1]}))
    extraction = extract_pdf(path)
    assert "Ministerie" not in extraction.pages[1].text
    assert extraction.pages[1].text.startswith("ambtenaren in documenten die zijn opgesteld voor intern beraad.")


@pytest.mark.parametrize("token, height, speck", [
    ("4", 1.3, True), ("8", 1.4, True), ("ij", 1.9, True), ("-", 1.0, False), (".", 0.8, False), ("4", 4.2, False),
    ("uw", 3.5, False),
])
def test_letters_read_from_a_box_too_small_for_text_are_specks(token: str, height: float, speck: bool) -> None:
    """A Woo-besluit scanned at 150 dpi: grain read as `4` and `8` (boxes 1.3 pt tall) above the subject line joined
    it as footnote markers (`Besluit 4 op uw Wob-verzoek over de PAS-meldingen 8`). A superscript digit is 3.5 pt."""
    from ingest.extract.ocr import _speck

    assert _speck(token, height) is speck


@OCR
def test_a_scans_text_layer_of_another_page_is_read_again_from_the_image(tmp_path: Path, monkeypatch) -> None:
    """A scanned page whose invisible OCR layer is a good Dutch text, but another page's: its word boxes do not lie on
    the image's ink, and the page is read from its image. A layer of half the page leaves half the ink unread. A layer
    that does lie on all of it is kept."""
    from ingest.extract import ocr

    streams = woo_letters.pages()
    scans = woo_letters.scanned_pages(woo_letters.build(streams))
    wrong, right = tmp_path / "andere-laag.pdf", tmp_path / "eigen-laag.pdf"
    wrong.write_bytes(woo_letters.build([None], images={0: scans[1]}, layers={0: streams[0]}))
    right.write_bytes(woo_letters.build([None], images={0: scans[1]}, layers={0: streams[1]}))
    half = tmp_path / "halve-laag.pdf"   # a layer of the letterhead and the first half of the body only
    half.write_bytes(woo_letters.build([None], images={0: scans[1]}, layers={0: b"\n".join(streams[1].split(b"\n")[:18])}))
    (wrong_fit, _), (right_fit, right_unread), (_, half_unread) = (ocr.layer_fits(p, pdf.read_pages(p))[1]
                                                                    for p in (wrong, right, half))
    assert wrong_fit < pdf.MISFIT_LAYER < right_fit and right_unread < pdf.UNREAD_INK < half_unread
    text = extract_pdf(wrong).pages[0].text
    assert "Heeft u bezwaar tegen dit besluit?" in " ".join(text.split()) and "Geachte" not in text
    # a fitting layer is kept: read again only to compare (SURE_LAYER), and tesseract reads no more Dutch here
    monkeypatch.setattr(ocr, "ocr_pages", lambda path, numbers, options: [([], 595.0, 842.0) for _ in numbers])
    assert "Heeft u bezwaar tegen dit besluit?" in " ".join(extract_pdf(right).pages[0].text.split())


def test_a_scan_turned_by_the_pages_rotate_entry_keeps_its_layer_and_counts_as_scanned(tmp_path: Path, monkeypatch) -> None:
    """A page with `/Rotate 90`: PDFium gives its size as shown (842 x 595) and its characters and images in the page's
    own frame (595 x 842). Measured against the shown size, the scan covered 71% of the page and was no scan."""
    from ingest.extract import ocr

    streams = woo_letters.pages()
    scans = woo_letters.scanned_pages(woo_letters.build(streams))
    path = tmp_path / "gedraaid.pdf"
    path.write_bytes(woo_letters.build([None, None], images=dict(enumerate(scans)), layers=dict(enumerate(streams)))
                     .replace(b"/Type /Page /Parent", b"/Type /Page /Rotate 90 /Parent"))
    # the layer lies on its image: kept (read again only to compare, and tesseract reads no more Dutch here)
    monkeypatch.setattr(ocr, "ocr_pages", lambda path, numbers, options: [([], 595.0, 842.0) for _ in numbers])
    extraction, joined = _read(path)
    _check_letter(extraction, joined, scanned=True)


def test_the_woo_stamp_and_document_number_of_a_released_mail_are_no_body_text() -> None:
    """A Woo release typeset as ministries do (decision letter, inventory, the released e-mail): the e-mail's page
    carries the stamp `Openbaar gemaakt op grond van de Woo` with `Document 1` beside it at its head and a serial
    (`000217`) at its foot; they stood in the body, the stamp glued to the mail's first line."""
    extraction = extract_pdf(Path(__file__).parent / "fixtures" / "woo-released-mail-stamp-document-number.pdf")
    mail = extraction.pages[2].text
    assert mail.startswith("Van:\nVerzonden: donderdag 11 juli 2024 09:14\n")
    assert "Openbaar gemaakt" not in mail and "Document 1" not in mail and "000217" not in mail
    assert "Openbaar gemaakt op grond van de Woo Document 1" in extraction.margin[3]


@pytest.mark.parametrize("line, stamp", [
    ("Openbaar gemaakt op grond van de Woo", True),
    ("Openbaar gemaakt op grond van de Woo Document 12", True),
    ("openbaar gemaakt op basis van de Wob", True),
    ("grond de Woo gemaakt Openbaar van op", True),          # the stamp set upright in the margin, read by OCR
    # sentences of a decision letter (dev: woo-besluit-wob-verzoek-dwjz) stay text
    ("Documenten 1, 8, 12, 15 en 16 heb ik gedeeltelijk openbaar gemaakt, maar deze", False),
    ("Deze documenten worden openbaar gemaakt op grond van de Woo.", False),
    ("openbaar gemaakt op grond van de Woo. Document 1 betreft een e-mail", False),
])
def test_the_woo_stamp_is_page_furniture(line: str, stamp: bool) -> None:
    from ingest.extract.layout import is_furniture_line
    assert is_furniture_line(line) is stamp


@pytest.mark.parametrize("line, number", [
    ("Document 12", True), ("Documentnummer 3", True), ("000123", True), ("Pagina 2 van 7", True),
    ("Document 1 betreft een WhatsApp-gesprek over de afstemming van de verklaring", False),
    ("2024", False),
])
def test_a_release_documents_number_in_a_corner_is_a_page_number(line: str, number: bool) -> None:
    assert bool(pdf.PAGE_NUMBER.match(line)) is number


@OCR
def test_a_scanned_inventory_table_is_no_body_text() -> None:
    """A Woo decision's inventory scanned at 150 dpi after its born-digital letter: OCR read the header row and the
    row (`E-mail over werkwijze feitelijke vragen Deels openbaar 10.2e, 10.2g`) as body lines, and the tagger read
    a row's date as a deadline. The table's title stays, its header and rows go to the margin."""
    extraction = extract_pdf(Path(__file__).parent / "fixtures" / "woo-inventory-scanned-page.pdf")
    assert extraction.pages[1].text == "Inventarislijst behorend bij besluit op Woo-verzoek, kenmerk AZ/2011-3341"
    assert "E-mail over werkwijze feitelijke vragen Deels openbaar 10.2e, 10.2g" in extraction.margin[2]


@pytest.mark.parametrize("line, header", [
    ("Nr. Datum Omschrijving Beoordeling Weigeringsgrond", True),
    ("nr. [oatum Omschrijving Beoordeling", True),             # OCR, the last column wrapped
    ("Docnr. Datum Omschrijving Openbaarmaking Gronden", True),
    ("Datum 25 mei 2021", False),
    ("b) Beoordeling + inzet ten aanzien van dit voorstel", False),   # a BNC-fiche heading (dev)
    ("omschrijving van het besluit waartegen het bezwaar is gericht en de gronden", False),   # dev: nelson p.7
])
def test_the_header_row_of_an_inventory(line: str, header: bool) -> None:
    from ingest.extract.layout import is_inventory_header
    assert is_inventory_header(line) is header


@pytest.mark.parametrize("line, row", [
    ("1 15-04-2011 E-mail over werkwijze feitelijke vragen Deels openbaar 10.2e, 10.2g", True),
    ("2 12-02-1999 Brief college, kenmerk FI9900131 Niet openbaar", True),
    ("3 Nota aan de staatssecretaris 5.1.2.i", True),
    ("2 [12021999 grief college, kenmerk F19900131 Deels openbaar", True),   # OCR at 200 dpi (scan70 probe)
    ("2 [1sos2013 Concept Kamerbrief verhuizingen COA", True),              # OCR (scan61's Woo scan)
    ("3 [16052013 Nota aan de staatssecretaris", True),
    # lines of decision letters (dev: dwjz p.5, nelson p.4, p.3)
    ("Documenten 1, 8, 12, 15 en 16 heb ik gedeeltelijk openbaar gemaakt, maar deze", False),
    ("daarover geen informatie. De betreffende passages worden daarom niet openbaar", False),
    ("Financiën, de Belastingdienst,.opsporingsdienst FIOD en het Openbaar", False),
])
def test_a_row_of_an_inventory(line: str, row: bool) -> None:
    from ingest.extract.layout import is_inventory_row
    assert is_inventory_row(line) is row


@pytest.mark.parametrize("text, iso", [
    # a scanned decision letter's date row (label 6.5 pt beside a 9.5 pt value) as tesseract read it (scan70 probe)
    ("Datum 3 november r 2020\nBetreft Besluit op uw Woo-verzoek", "2020-11-03"),
    ("Da 9 december 5 2009", "2009-12-09"),
    ("Datum 25 5 mei 2021 02:", "2021-05-25"),
    ("> Retouradres Postbus 20001 2500 EA Den Haag\n20 juni 2011\nDatum\nBetreft Besluit", "2011-06-20"),
    ("Dat 2 oktober 2024\njatum\nBetreft Besluit op uw Woo-verzoek", "2024-10-02"),   # the label cut in two (scan82)
    ("datum 25 5 mei 2021", None),   # the label starts with its capital
])
def test_a_scanned_date_row_with_a_stray_mark(text: str, iso: str | None) -> None:
    from ingest.structure.metadata import read_date
    assert read_date(text, "woo-besluit") == iso


@pytest.mark.parametrize("text, iso", [
    # letters faxed at 204 x 98 dpi (scan82 probe): the 7 pt labels of the date and subject rows read as other marks,
    # or the month read with one letter wrong
    ("2500 EA DEN HAAG\nPoster 27 augustus 2018\nBetrett Stand van zaken pachtheleid", "2018-08-27"),
    ("De Voorzitter van de Tweede Kamer\nont 17 mei 2013\nBerteecft Verhuizingen van gezinnen op eigen verzoek", "2013-05-17"),
    ("Per e-mail\n20 juni 2011\nBetr Besluit op uw Wob-verzoek over contacten tussen ambtenaren en", "2011-06-20"),
    ("Directie Agroketens\nDatum 12 docember 2018\nBetreft Stand van zaken renovatie Binnenhof", "2018-12-12"),
    ("Pagina 2 van 2\nDatum\n17 met 2013\nOns kenmerk", "2013-05-17"),
    # no subject row under the date: a line of the address or body that ends on a date is no date row
    ("ontvangen op 17 mei 2013\nDe Minister van Justitie", None),
    ("Vergadering 17 mei 2013\nAgendapunt 4", None),
    ("Datum 14 oder 2021", None),        # a month read two letters wrong: no month
    ("datum 12 docember 2018", None),    # the label starts with its capital
])
def test_a_scanned_date_row_with_a_misread_label_or_month(text: str, iso: str | None) -> None:
    from ingest.structure.metadata import read_date
    assert read_date(text, "kamerbrief") == iso


@pytest.mark.parametrize("margin, title", [
    ("2500 EA DEN HAAG\nPoster 27 augustus 2018\nBetrett Stand van zaken pachtbeleid\nMinisterie van Landbouw",
     "Stand van zaken pachtbeleid"),
    ("ont 17 mei 2013\nBerteecft Verhuizingen van gezinnen op eigen verzoek", "Verhuizingen van gezinnen op eigen verzoek"),
    ("Den Haag, 17 mei 2013\nDe Minister van Justitie", None),   # a place and date over a signature: no subject row
    # the subject row's label alone misread, away from the date row (scan87: a letter photocopied two-up at A5)
    ("Datum 27 augustus 2018\nMinisterie van Landbouw, Natuur\nDe Voorzitter van de Tweede Kamer\n"
     "Beveft Stand van zaken pachtbeleid", "Stand van zaken pachtbeleid"),
    ("Wilt u slechts één zaak in uw\nBeweft Stand van zaken renovatie Binnenhof", "Stand van zaken renovatie Binnenhof"),
    ("Berreft Verhuizingen van gezinnen op eigen verzoek", "Verhuizingen van gezinnen op eigen verzoek"),
    ("Behoeft Geen antwoord meer", None),        # a Dutch word opening a margin row is no misread label
    ("Bericht Stand van zaken", None),           # nor a word that does not close on the label's `ft`
])
def test_a_scanned_subject_row_with_a_misread_label(margin: str, title: str | None) -> None:
    from ingest.structure.metadata import read_title
    assert read_title(margin, "kamerbrief", "", margin) == title


@pytest.mark.parametrize("word, month", [("docember", 12), ("met", 5), ("novenber", 11), ("jull", 7), ("juni", 6),
                                         ("oder", None), ("augnests", None), ("ma", None)])
def test_a_month_read_with_one_letter_wrong(word: str, month: int | None) -> None:
    from ingest.dutch.months import misread_month
    assert misread_month(word) == month


@OCR
def test_a_code_printed_across_a_small_redaction_box_is_read() -> None:
    """A released e-mail scanned at 150 dpi: each name blacked out by a box hardly taller than the 7 pt code printed
    on it in white (`10.2e`, `5.1.2e`). The code's strokes cut the box's solid cells apart, so it was not lifted and
    tesseract read the box as letters: `door minister GE vastgestelde`, `Beste EEG.`, `T 070 KEI`."""
    extraction = extract_pdf(Path(__file__).parent / "fixtures" / "woo-scanned-mail-redaction-boxes.pdf")
    text = extraction.pages[1].text
    assert ("commissie voor Binnenlandse Zaken over de destijds door minister 10.2e vastgestelde Aanwijzing\n"
            "externe contacten door ambtenaren beantwoorden.") in text
    assert "Beste, 5.1.2e," in text
    assert not {"GE", "EEG.", "KEI", "EEEN"} & set(text.split())


@pytest.mark.parametrize("token, code", [("5.1.2e", True), ("10.2.g", True), ("[5.2.1]", True), ("5.12e,", True),
                                         ("512e", True), ("KOE", False), ("TREE", False)])
def test_what_a_redaction_box_bears(token: str, code: bool) -> None:
    from ingest.extract.ocr import BOX_CODE
    assert bool(BOX_CODE.match(token)) is code


@OCR
@pytest.mark.skipif(not shutil.which("tesseract") or not _has_osd(), reason="needs tesseract's orientation data (osd)")
def test_a_page_scanned_upside_down_is_turned_before_it_is_read(letters, caplog) -> None:
    """Page 1 fed in upside down (scan87): its lines hang below their x-height (ocr.line_lean), so the orientation is
    asked before the page is read, and the page is read once, upright (it was read upside down first, as gibberish)."""
    with caplog.at_level("INFO", logger="ingest.extract.ocr"):
        extraction, joined = _read(letters["omgekeerd"])
    _check_letter(extraction, joined, scanned=True)
    assert "page 1: scanned upside down, turned before reading" in caplog.text
    assert "scanned turned 180 degrees" not in caplog.text and "page 2: scanned upside" not in caplog.text


@OCR
def test_two_pages_photocopied_side_by_side_read_left_page_then_right(letters) -> None:
    """The letter's two pages on one landscape sheet (scan87): the right page's lines were read among the left
    page's, level with them. Each half is zoned as a page; the sheet stays one page, its text left, then right."""
    extraction, joined = _read(letters["twee-op-een"])
    assert extraction.page_count == 1 and [p.number for p in extraction.pages] == [1]
    assert ACROSS_PAGES in joined and ADDRESS_ENDS in joined
    assert joined.index("Bij brief van 6 oktober 2020") < joined.index(ACROSS_PAGES) < joined.index(ADDRESS_ENDS)
    assert LOGO not in extraction.pages[0].text and "Pagina 2" not in extraction.pages[0].text
    meta = read_metadata(extraction, "woo-besluit.pdf")
    assert (meta.title, meta.kenmerk, meta.date) == (
        "Besluit op uw Wob-verzoek over de PAS-meldingen", "DGNVLG / 21123456", "2021-01-28")


def _sheet_words(columns: list[tuple[float, float]], rows: int = 20) -> list:
    """Words in ``rows`` lines within each (x0, x1) column (three words per line), 12 points apart."""
    from ingest.extract.geometry import Word
    out = []
    for x0, x1 in columns:
        step = (x1 - x0) / 3
        for r in range(rows):
            out += [Word(f"w{r}", x0 + i * step, x0 + (i + 1) * step - 4, 60 + 12 * r, 70 + 12 * r, 10.0)
                    for i in range(3)]
    return out


@pytest.mark.parametrize("width, height, scanned, columns, split", [
    (842, 595, True, [(40, 380), (470, 800)], 423.0),   # two A5 pages side by side, a 94 pt blank band between
    (842, 595, True, [(40, 400), (430, 800)], None),    # a band of 30 pt: two columns of one page
    (842, 595, True, [(40, 600), (700, 800)], None),    # a blank band off the centre: a column beside a sidebar
    (842, 595, True, [(40, 800)], None),                # lines across the whole sheet
    (842, 595, False, [(40, 380), (470, 800)], None),   # born-digital landscape pages (slides) are left as they are
    (595, 842, True, [(40, 250), (340, 560)], None),    # a portrait page
])
def test_a_landscape_sheet_holding_two_pages_is_cut_at_its_gutter(width, height, scanned, columns, split) -> None:
    from ingest.extract.geometry import PageWords
    from ingest.extract.sheets import gutter_x, split_two_up
    page = PageWords(1, width, height, _sheet_words(columns), scanned)
    assert gutter_x(page) == split
    halves = split_two_up([page])
    assert len(halves) == (2 if split else 1)
    if split:
        assert [h.half for h in halves] == [1, 2] and {h.number for h in halves} == {1}
        assert min(w.x0 for w in halves[1].words) == pytest.approx(470 - split)


def test_the_halves_of_a_sheet_are_joined_left_then_right() -> None:
    from ingest.extract.sheets import join_halves
    parts = [(1, "Links.", [("1", "noot")], {"1": 3}, ["Datum"]), (1, "Rechts.", [("2", "noot 2")], {"2": 2}, ["Pagina 2"]),
             (2, "Volgende.", [], {}, [])]
    assert join_halves(parts) == [(1, "Links.\nRechts.", [("1", "noot"), ("2", "noot 2")], {"1": 3, "2": 9},
                                   ["Datum", "Pagina 2"]), (2, "Volgende.", [], {}, [])]
