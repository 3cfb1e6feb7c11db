"""PDF extraction on small real letters: zones by geometry, footnotes, markers, hyphenation, bad input."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest

from ingest.errors import EmptyDocument, EncryptedFile, ScannedWithoutOCR, UnreadableFile
from ingest.extract import glyphs, judge, ocr, pdf
from ingest.extract.columns import read_table_cells
from ingest.extract.geometry import Line, Word
from ingest.extract.layout import join_hyphenated
from ingest.extract.pdf import extract_pdf, fix_diacritics
from ingest.records import body_text

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "corpus" / "pdf"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def letter():
    return extract_pdf(PDF / "kamerbrief-draagmoederschap.pdf")


@pytest.fixture(scope="module")
def kamervragen():
    return extract_pdf(PDF / "antwoord-kamervragen-jeugdige-criminelen.pdf")


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


def test_kamer_header_block_goes_to_the_margin_whole(kamervragen) -> None:
    """The wrapped header (`... met de daarop door de` / `regering gegeven antwoorden`) and the large
    publication number leave the body together; the body starts with the question's heading."""
    first = kamervragen.pages[0].text
    assert first.startswith("Vragen van het lid Faber-van de Klashorst(PVV) aan de Minister Justitie en\n")
    margin = kamervragen.margin[1].split("\n")
    assert "regering gegeven antwoorden" in margin and "1949" in margin
    assert "ah-tk-20232024-1949" in margin and "’s-Gravenhage 2024" in margin
    assert "Aanhangsel" not in kamervragen.pages[1].text


def test_footnote_running_to_the_right_edge_is_no_sidebar(kamervragen) -> None:
    """A footnote line reaching into the right third is not a sidebar column: the note stays whole
    and its superscript marker (after `gesteld?`) is linked."""
    (note,) = kamervragen.footnotes
    assert (note.number, note.page) == ("1", 1)
    assert note.text.startswith("Regio Purmerend, 3 mei 2024, Tieners (13 en 14) weer vrijgelaten na verdenking "
                                "van mishandeling conducteur in Purmerend")
    body = body_text(kamervragen.pages)
    assert body[note.marker_offset - 8:note.marker_offset] == "gesteld?"
    assert "weer op vrije voeten zijn gesteld?\n" in body
    assert note.text.endswith("(regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-vrijgelaten-na-verdenking-van-"
                              "mishandeling-conducteur-in-purmerend/).")


@pytest.mark.parametrize("lines, joined", [
    (["op directeurenni-", "veau besproken"], ["op directeurenniveau besproken"]),
    (["voor wet-", "en regelgeving"], ["voor wet- en regelgeving"]),
    (["de directie Vreemdelingen-", "en asielbeleid"], ["de directie Vreemdelingen- en asielbeleid"]),
    (["andere EU-", "lidstaten kunnen"], ["andere EU-lidstaten kunnen"]),
    (["het Noord-", "Hollandse deel"], ["het Noord-Hollandse deel"]),
    (["na COVID-", "19 gestegen"], ["na COVID-19 gestegen"]),
    (["een eind-", "", "nieuw"], ["een eind-", "", "nieuw"]),  # a paragraph break is no line break
    # the typesetter's hyphen glyph at a break, U+2010 (Chromium prints a soft hyphen so) or U+00AD, joins as `-` does
    (["met de belangen\u2010", "organisaties en"], ["met de belangenorganisaties en"]),
    (["andere EU\u2010", "lidstaten kunnen"], ["andere EU-lidstaten kunnen"]),
    (["voor wet\u00ad", "en regelgeving"], ["voor wet- en regelgeving"]),
    (["de risico\u2010gestuurde", "aanpak"], ["de risico\u2010gestuurde", "aanpak"]),   # a hyphen inside the line stays
])
def test_line_break_hyphens(lines: list[str], joined: list[str]) -> None:
    assert join_hyphenated(lines) == joined


@pytest.mark.parametrize("lines, joined", [
    # a line ends at a real hyphen where Dutch writes the compound with one (the lexicon has `head-tail`, not
    # `headtail`, or the head takes a hyphen in its compounds): typed letters and scans break only there
    (["Ik zal bij de collega-", "bewindslieden het belang van"], ["Ik zal bij de collega-bewindslieden het belang van"]),
    (["een informeel ontbijt met de directeur-", "generaal van het"], ["een informeel ontbijt met de directeur-generaal van het"]),
    (["het vervangend briefstembewijs per e-", "mail (in plaats van per post)"],
     ["het vervangend briefstembewijs per e-mail (in plaats van per post)"]),
    (["de Aanwijzingen van de minister-", "president, welke op"], ["de Aanwijzingen van de minister-president, welke op"]),
    (["zorgen oproept bij studenten en oud-", "studenten"], ["zorgen oproept bij studenten en oud-studenten"]),
    # near misses: hyphenation inside a word, and a compound Dutch writes solid, join without the hyphen
    (["bij de belangen-", "organisaties"], ["bij de belangenorganisaties"]),
    (["het asiel-", "zoekerscentrum"], ["het asielzoekerscentrum"]),
    (["van de ex-", "portsector"], ["van de exportsector"]),
    # an acronym's compound keeps its hyphen (Dutch spelling: `EU-lidstaten`, `IND-medewerkers`); a capitalised word
    # broken inside, as at a sentence's start, does not
    (["het aantal IND-", "medewerkers is"], ["het aantal IND-medewerkers is"]),
    (["door de EU-", "lidstaten"], ["door de EU-lidstaten"]),
    (["Onder-", "zoek naar"], ["Onderzoek naar"]),
])
def test_line_break_at_a_real_hyphen(lines: list[str], joined: list[str]) -> None:
    assert join_hyphenated(lines) == joined


def test_hyphen_kept_where_the_document_writes_it() -> None:
    """`procureurs-` + `generaal` joins to `procureurs-generaal` when the document writes it so."""
    vocabulary = frozenset({"procureurs-generaal", "college"})
    assert join_hyphenated(["het College van procureurs-", "generaal in"], vocabulary) == \
        ["het College van procureurs-generaal in"]
    assert join_hyphenated(["het College van procureurs-", "generaal in"]) == ["het College van procureursgeneraal in"]


def test_scan_with_good_text_layer_keeps_it() -> None:
    """The scanned besluit carries a usable OCR layer: it is kept (fast, with its font sizes), the
    document is marked scanned, and the sidebar of the scan is out of the body."""
    from ingest.extract.ocr import GOOD_LAYER, layer_quality
    from ingest.extract.pdf import read_pages

    path = PDF / "wob-besluit-nelson-gescand.pdf"
    pages = read_pages(path)
    assert len(pages) == 8 and all(p.scanned for p in pages)
    assert all(layer_quality([w.text for w in p.words]) >= GOOD_LAYER for p in pages)
    scan = extract_pdf(path)
    assert scan.scanned and scan.page_count == 8
    body = " ".join(" ".join(p.text.split()) for p in scan.pages)
    assert "ingevolge artikel 4:8 van de Algemene wet bestuursrecht (hierna: Awb) een andere organisatie" in body
    assert "Tevens moet het College van procureurs-generaal in vertrouwen" in body
    for noise in ("Pagina 5 van 8", "www.rijksoverheid.nl/jenv", "Rechtspleging en", "3399123"):
        assert noise not in body
    assert "3399123" in scan.margin[4]


def test_layer_quality_tells_words_from_ocr_garbage() -> None:
    from ingest.extract.ocr import GOOD_LAYER, layer_quality

    good = "Het recht op openbaarmaking van de gevraagde documenten dient het publieke belang".split()
    bad = "mame SGifiGkG bip al dick lavcriesteer Ede ENE aparte snefifieke helanroge".split()
    assert layer_quality(good) == 1.0
    assert layer_quality(bad) < GOOD_LAYER


def test_scan_without_ocr_raises(monkeypatch) -> None:
    """A scan whose layer is poor needs OCR; without tesseract that is a clear ScannedWithoutOCR."""
    import ingest.extract.ocr as ocr

    monkeypatch.setattr(ocr, "GOOD_LAYER", 1.01)   # judge every layer poor
    monkeypatch.setattr(ocr, "tesseract_available", lambda lang="nld": False)
    with pytest.raises(ScannedWithoutOCR, match="tesseract"):
        extract_pdf(PDF / "wob-besluit-nelson-gescand.pdf")


def test_spacing_diacritic_composed() -> None:
    assert fix_diacritics("Yes¸ilgöz") == "Yeşilgöz"


@pytest.mark.parametrize("name, error", [
    ("truncated.pdf", EmptyDocument),
    ("not-a-pdf.pdf", UnreadableFile),
    ("encrypted.pdf", EncryptedFile),
    ("blank.pdf", EmptyDocument),
])
def test_bad_input_raises_named_error(name: str, error: type) -> None:
    with pytest.raises(error) as caught:
        extract_pdf(FIXTURES / name)
    reason = str(caught.value)
    assert reason and "\n" not in reason


def test_broken_bytes_after_the_header_are_unreadable(tmp_path: Path) -> None:
    bad = tmp_path / "garbage.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(UnreadableFile):
        extract_pdf(bad)


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_scanned_page_is_ocrd() -> None:
    from ingest.extract.ocr import ocr_page_words, tesseract_available
    from ingest.extract.pdf import read_pages

    if not tesseract_available():
        pytest.skip("no Dutch tesseract data")
    path = PDF / "wob-besluit-nelson-gescand.pdf"
    page = read_pages(path)[3]
    assert page.scanned
    words = ocr_page_words(path, [page.number])[0]
    text = " ".join(w.text for w in words)
    assert "Tevens moet het College van procureurs-" in text
    assert "3399123" in text   # the sidebar is read too; zoning takes it out of the body
    assert all(0 < w.x0 < w.x1 <= page.width and 0 < w.top < w.bottom <= page.height for w in words)


# --- no document lost to a rule (issue 9.1) -------------------------------------------------------
# water-en-bodem-p22.pdf: page 22 of kamerbrief-water-en-bodem-sturend.pdf, whose footnote 21 has its
# number alone on a line; joining its continuation raised IndexError and cost the 32-page letter.
P22 = FIXTURES / "water-en-bodem-p22.pdf"
NOTE_21 = ("https://www.hdsr.nl/publish/pages/117157/eindrapportage_sturen_met_grondwater_bedrijvenproef_"
           "spengen_2017_2022_lage_resolutie.pdf")


def test_footnote_number_alone_on_its_line_joins_its_text() -> None:
    notes = {f.number: f.text for f in extract_pdf(P22).footnotes}
    assert notes["21"] == NOTE_21
    assert notes["20"] == "https://www.klimaatakkoord.nl/"


def _fail_on_page(real, number: int):
    def failing(page, *args, **kwargs):
        if page.number == number:
            raise IndexError("list index out of range")   # what _hyphen_kept raised on this page
        return real(page, *args, **kwargs)
    return failing


def test_failing_zoning_degrades_the_page_to_plain_reading_order(monkeypatch, caplog) -> None:
    import ingest.extract.pdf as pdf
    monkeypatch.setattr(pdf, "zone_page", _fail_on_page(pdf.zone_page, 1))
    with caplog.at_level("WARNING"):
        e = extract_pdf(P22)
    assert [p.number for p in e.pages] == [1] and e.footnotes == ()
    text = e.pages[0].text
    assert "Een peil van 20 cm onder" in text and "Pagina 22 van 32" in text   # plain: nothing zoned out
    assert "water-en-bodem-p22.pdf p.1: zoning failed (IndexError" in caplog.text


def test_failing_page_reading_falls_back_to_pdfminer_aloud(monkeypatch, caplog) -> None:
    """A fault in our reading of PDFium's pages (not a file PDFium refuses) is a warning naming the file and the
    error, and pdfminer reads the document instead: the page and its text are kept."""
    import ingest.extract.pdf as pdf

    def failing(*args, **kwargs):
        raise ValueError("surrogates not allowed")
    monkeypatch.setattr(pdf, "_pdfium_page", failing)
    with caplog.at_level("WARNING"):
        e = extract_pdf(P22)
    assert "maaiveld wordt door het RLI gegeven" in " ".join(e.pages[0].text.split())
    assert "water-en-bodem-p22.pdf: PDFium reading failed (ValueError: surrogates not allowed)" in caplog.text


def test_failing_body_text_degrades_only_that_page(monkeypatch, caplog) -> None:
    import ingest.extract.pdf as pdf

    def failing(lines, *args):
        raise IndexError("list index out of range")
    monkeypatch.setattr(pdf, "body_text_of", failing)
    with caplog.at_level("WARNING"):
        e = extract_pdf(P22)
    assert "maaiveld wordt door het RLI gegeven" in " ".join(e.pages[0].text.split())
    assert "p.1: body text failed" in caplog.text


# --- text layers judged by their language (issue 9.2) ---------------------------------------------
SCHIPHOL = Path("/work/shared/eval/pdf/brief-schiphol-mondkapjes-gescand.pdf")


def test_image_cover_counts_a_scan_made_of_strips() -> None:
    from ingest.extract.pdf import image_cover
    strips = [(0.0, y, 595.0, y + 60.0) for y in range(0, 840, 60)]   # brief-schiphol: 14 strips of the page
    assert image_cover(strips, 595.0, 840.0) == pytest.approx(1.0)
    assert image_cover([(0.0, 0.0, 595.0, 100.0), (0.0, 50.0, 595.0, 150.0)], 595.0, 840.0) == pytest.approx(150 / 840)
    assert image_cover([], 595.0, 840.0) == 0.0


@pytest.mark.parametrize("text, extent", [("uw", 0.5), ("het", 0.72), ("gezamenlijk", 0.94), ("voor", 0.5), ("2020", 0.72)])
def test_glyph_extent_of_ocr_boxes(text: str, extent: float) -> None:
    from ingest.extract.ocr import glyph_extent
    assert glyph_extent(text) == pytest.approx(extent)


@pytest.mark.skipif(not SCHIPHOL.exists(), reason="eval PDFs not on this machine")
def test_a_layer_whose_reading_loses_its_function_words_is_poor() -> None:
    """brief-schiphol: the scan's OCR layer boxes `voor`, `uw`, `van` by their glyphs, so the zoning read
    them as small print (`Hartelijk dank brief d.d. september 2020 die mede de`); the nelson scan's
    layer reads whole and is kept."""
    from ingest.extract.judge import poor_layer
    from ingest.extract.pdf import _reading, document_words, dominant_size, read_pages

    for path, poor in ((SCHIPHOL, True), (PDF / "wob-besluit-nelson-gescand.pdf", False)):
        pages = read_pages(path)
        size, vocabulary = dominant_size(pages), document_words(pages)
        page = pages[0]
        assert page.scanned
        reason = poor_layer(page, _reading(page, size, vocabulary))
        assert (reason is not None) == poor, (path.name, reason)
    assert "reading loses function words" in str(poor_layer(read_pages(SCHIPHOL)[0], "Hartelijk dank brief d.d. " * 20))


def test_gibberish_born_digital_layer_is_poor() -> None:
    from ingest.extract.geometry import PageWords, Word
    from ingest.extract.judge import poor_layer

    garbled = "Jhdfkwh yrruclwwhu Eulhi ydq gh Plqlvwhu ryhu ghq Kdjh".split() * 5   # a shifted font encoding
    page = PageWords(1, 595.0, 842.0, [Word(t, 0, 10, 0, 10, 10.0) for t in garbled], False)
    assert "gibberish" in str(poor_layer(page, " ".join(garbled)))
    words = "Het recht op openbaarmaking van de gevraagde documenten dient het publieke belang".split() * 4
    page = PageWords(1, 595.0, 842.0, [Word(t, 0, 10, 0, 10, 10.0) for t in words], False)
    assert poor_layer(page, " ".join(words)) is None
    # a page in English (an EU proposal, pdftextsplitter's EU_soil_proposal.pdf) is no gibberish: it keeps its vowels
    words = ("economy, aiming to protect, conserve and enhance the EU’s natural capital, and to protect the health and "
             "well-being of citizens from environment-related risks and impacts. As part of the European Green Deal, the "
             "Commission adopted an EU Biodiversity Strategy for 2030 6 , a Zero Pollution Action Plan 7 , an EU Climate "
             "Adaptation Strategy 8 and an EU Soil Strategy for 2030 9 . The EU Biodiversity Strategy for 2030 stated "
             "that it is essential to step up efforts to protect soil fertility, reduce soil erosion").split()
    page = PageWords(1, 595.0, 842.0, [Word(t, 0, 10, 0, 10, 10.0) for t in words], False)
    assert poor_layer(page, " ".join(words)) is None


@pytest.mark.parametrize("text, garbled", [
    # a paragraph in a font without its ToUnicode map, among text in fonts with theirs (Chromium's glyph order)
    ("studenteneenheden. ,Q KHW RYHUOHJ YDQ \x15MXQL PHW XZ .DPHU LV QDGUXNNHOLMN JHVSURNHQ RYHU KHW ZHO RIQLHW "
     "WRHSDVVHQ YDQ KXXUWRHVODJ YRRU VWXGHQWHQ\x11", True),
    # ... a garbled heading of a few words is no paragraph; a figure's list of names and acronyms keeps its vowels
    ("9RRUWJDQJ +DQGHOVDJHQGD", False),
    ("(Dhr. Mul). Leden: Royal Schiphol Group (RSG), KLM, FNV, Transavia, TUI, Corendon, Martinair, Vakbond", False),
    ("Het RIVM zal aanvullend, op basis van de bevindingen in het Schiphol-onderzoek, aangeven", False),
    # names, English and codes: runs of words that are no Dutch words, with their vowels
    ("voor de luchthavens Eindhoven Airport, Rotterdam The Hague Airport, Maastricht Aachen Airport en", False),
    ("Proposal for a regulation of the European Parliament and of the Council amending", False),
    ("A.01, A.03, A.05, A.07, A.08, B.01-B.03, B.04a, B.05, B.05b-B.09, B.12-B.15", False),
    ("werkagenda «Strafrechtketen LVB-proof» (SRb SJenV) Beleidsreactie op het advies", False),
])
def test_a_passage_in_a_garbled_font_is_found(text: str, garbled: bool) -> None:
    from ingest.extract.judge import garbled_passage

    assert (garbled_passage(text.split()) is not None) is garbled


@pytest.mark.skipif(not SCHIPHOL.exists() or not shutil.which("tesseract"), reason="needs the eval PDF and tesseract")
def test_poor_scan_layer_is_read_again_with_tesseract() -> None:
    scan = extract_pdf(SCHIPHOL)
    assert scan.scanned
    joined = " ".join(" ".join(p.text.split()) for p in scan.pages)
    assert ("Hartelijk dank voor uw brief van d.d. 2 september 2020 die u mede namens de NVL, KLM, Transavia, "
            "Corendon, TUI, easyJet en de BARIN heeft gestuurd.") in joined
    assert "ROYAL SCHIPHOL GROUP" in scan.margin[1] and "ROYAL SCHIPHOL" not in joined


# --- letterhead: the subject over two lines (issue 9.6) --------------------------------------------
@pytest.mark.parametrize("name, subject", [
    ("circulaire-economie-p1.pdf",
     "Betreft Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl. kabinetsreactie op ICER en SER-verkenning"),
    ("missiegedreven-p1.pdf", "Betreft Herijkte missies van het missiegedreven innovatiebeleid"),
])
def test_wrapped_subject_leaves_the_body_whole(name: str, subject: str) -> None:
    e = extract_pdf(FIXTURES / name)
    assert subject in e.margin[1].split("\n")
    assert e.pages[0].text.startswith("Geachte")


def test_letterhead_metadata_of_other_ministries() -> None:
    from ingest.structure.metadata import read_metadata
    meta = read_metadata(extract_pdf(FIXTURES / "missiegedreven-p1.pdf"), "missiegedreven-p1.pdf")
    assert (meta.kenmerk, meta.date, meta.addressee) == ("DGBI – I&K/ 26844711", "2023-05-30", "Tweede Kamer")
    meta = read_metadata(extract_pdf(FIXTURES / "circulaire-economie-p1.pdf"), "circulaire-economie-p1.pdf")
    assert meta.title == "Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl. kabinetsreactie op ICER en SER-verkenning"


# The page-at-once word builder (ingest.extract.glyphs) builds the words the character loop builds.

GLYPHS = ["a", "b", "Z", "1", "é", " ", " ", "\n", "\t", "", "\ufffe", "\u00ad", "\u00a8", "\u00b4", "`"]


def _random_line(rnd) -> tuple[list[str], np.ndarray]:
    """Characters with boxes that touch, overlap, run backwards, jump baseline and size, kerning spaces."""
    texts, rows, x = [], [], 0.0
    for _ in range(rnd.randint(0, 60)):
        t = rnd.choice(GLYPHS)
        w = rnd.choice([0.0, 0.005, 3.0, 6.0]) if t == " " else rnd.choice([2.0, 4.0, 5.0])
        x += rnd.choice([0.0, 0.5, 1.0, 2.5, 4.0, -10.0, -3.0])
        b, h = rnd.choice([100.0, 100.0, 100.3, 103.0, 90.0]), rnd.choice([10.0, 10.0, 10.5, 12.0, 0.0, 0.05, 20.0])
        texts.append(t)
        rows.append((x, b, x + w, b + h))
        x += w
    return texts, np.array(rows, dtype=np.float32).astype(np.float64).reshape(len(rows), 4)


def test_page_words_are_the_words_of_the_character_loop_on_random_lines() -> None:
    rnd = random.Random(5)
    for _ in range(1500):
        texts, boxes = _random_line(rnd)
        expected = pdf.words_in_order(zip(texts, *boxes.T.tolist()), 800.0)
        assert glyphs.page_words(texts, boxes, 800.0, pdf.fix_diacritics) == expected, texts


def test_page_words_are_the_words_of_the_character_loop_on_real_pages() -> None:
    pages = 0
    for path in sorted(FIXTURES.glob("*.pdf")) + sorted((ROOT / "corpus" / "pdf").glob("*.pdf")):
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        for page in doc:
            texts, boxes = pdf.pdfium_char_boxes(page.get_textpage(), pdfium_raw)
            height = page.get_size()[1]
            words = glyphs.page_words(texts, boxes, height, pdf.fix_diacritics)
            assert words == pdf.words_in_order(zip(texts, *boxes.T.tolist()), height), (path.name, page)
            pages += 1
        doc.close()
    assert pages > 30


def test_a_box_that_is_not_finite_goes_through_the_character_loop() -> None:
    boxes = np.array([[0.0, 0.0, 5.0, 10.0], [5.0, 0.0, np.nan, 10.0]])
    assert glyphs.page_words(["a", "b"], boxes, 800.0, pdf.fix_diacritics) is None


def test_glyphs_of_one_word_read_apart_are_joined() -> None:
    """PDFium reads glyphs in an order of its own: in a letter (kamerbrief-missiegedreven, p.1) the colon of
    `verbeteren:` came after the sidebar's `26844711`, and in a PDF drawn glyph by glyph the `B` of `Bestuursorganen`
    came after the sidebar's `Datum`. Touching glyphs on one baseline are one word; a space's gap keeps words apart."""
    from ingest.extract.geometry import Word

    words = [Word("verbeteren", 290.53, 339.80, 194.90, 207.09, 10.6), Word("26844711", 484.20, 517.14, 199.71, 208.48, 7.6),
             Word(":", 339.85, 343.93, 194.90, 207.09, 10.6), Word("met", 346.9, 365.0, 194.90, 207.09, 10.6),
             Word("B", 78.0, 84.34, 181.0, 192.1, 10.6), Word("Datum", 440.0, 460.0, 169.0, 176.0, 6.5),
             Word("estuursorganen", 84.34, 150.0, 181.0, 192.1, 10.6)]
    assert [w.text for w in pdf.join_touching(words)] == ["verbeteren:", "26844711", "met", "Bestuursorganen", "Datum"]


def test_words_cut_where_they_follow_each_other_stay_apart_however_close() -> None:
    """A justified line sets `twaalf is` with a space narrower than the touch distance (Internationale
    Klimaatstrategie, BZ 2022, p.2): PDFium read the space between them, so they are two words."""
    from ingest.extract.geometry import Word

    words = [Word("twaalf", 48.19, 85.36, 164.5, 183.1, 16.2), Word("is", 86.38, 94.92, 164.5, 183.1, 16.2),
             Word("om", 97.58, 112.0, 164.5, 183.1, 16.2)]
    assert [w.text for w in pdf.join_touching(words)] == ["twaalf", "is", "om"]


def test_a_pdf_of_no_pages_after_an_encrypted_one_is_no_encrypted_file(tmp_path: Path) -> None:
    """PDFium reports the last error it set: a file it fails on without one (no pages) read as `Incorrect password`
    when an encrypted file came before it in the same process."""
    pageless = tmp_path / "nul-paginas.pdf"
    pageless.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n2 0 obj\n<< /Type /Catalog "
                         b"/Pages 1 0 R >>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000060 00000 n "
                         b"\ntrailer\n<< /Size 3 /Root 2 0 R >>\nstartxref\n109\n%%EOF\n")
    with pytest.raises(EncryptedFile):
        extract_pdf(FIXTURES / "encrypted.pdf")
    with pytest.raises(EmptyDocument):
        extract_pdf(pageless)


def test_letter_spaced_text_is_read_as_words() -> None:
    """A heading set with character spacing (3 pt at 9.5 pt): one word per glyph, `W i j z e v a n ...`. Single glyphs
    at an even spacing are one word, cut at the wider gaps between words; a row of figures or marks is left alone."""
    from ingest.extract.geometry import Word

    def spaced(text: str, top: float, letter: float = 8.3, space: float = 5.6) -> list[Word]:
        out, x = [], 78.0
        for ch in text:
            if ch == " ":
                x += space
                continue
            out.append(Word(ch, x, x + 5.3, top, top + 11.0, 10.9))
            x += letter
        return out

    words = spaced("Wijze van openbaarmaking", 100.0) + [Word("De", 78.0, 90.0, 120.0, 131.0, 10.9)]
    assert [w.text for w in pdf.join_spaced_letters(words)] == ["Wijze", "van", "openbaarmaking", "De"]
    figures = spaced("1 2 3 4", 140.0, letter=9.0, space=0.0) + spaced("x x x x", 160.0, letter=12.0, space=0.0)
    assert [w.text for w in pdf.join_spaced_letters(figures)] == list("1234xxxx")


@pytest.mark.parametrize("lost, poor", [("e", True), ("aeiou", True), ("", False)])
def test_a_layer_whose_font_lost_some_letters_is_poor(lost: str, poor: bool) -> None:
    """A font encoding that gives the replacement character for some letters: `B\ufffdsluit op uw Wob-v\ufffdrzo\ufffdk`. The
    words without them (`op`, `uw`, `van`) are intact, so the layer has its function words and read as good. A bullet
    set as one private-use glyph is no word."""
    from ingest.extract.geometry import PageWords, Word
    from ingest.extract.judge import poor_layer

    text = ("Bij e-mail van 2 oktober 2020 heeft u op grond van de Wet openbaarheid van bestuur verzocht om "
            "openbaarmaking van documenten over het legaliseren van PAS-meldingen \uf0b7 \uf0b7Bijlage \uf0b7Inventaris")
    words = "".join("\ufffd" if c in lost else c for c in text).split() * 2
    page = PageWords(1, 595.0, 842.0, [Word(t, 0, 10, 0, 10, 10.0) for t in words], False)
    assert ("unreadable characters" in str(poor_layer(page, " ".join(words)))) is poor


def test_a_scans_layer_whose_lines_lost_their_spaces_is_poor() -> None:
    """An OCR layer that set each body line as one word (`Ikhebbeslotenuwverzoekgedeeltelijk...`) beside the
    letterhead's short words: most of its words are Dutch, few of its letters are."""
    from ingest.extract.geometry import PageWords, Word
    from ingest.extract.judge import poor_layer

    letterhead = ("Ministerie van Landbouw, Natuur en Voedselkwaliteit Directie Wetgeving en Juridische Zaken Postbus "
                  "Den Haag Ons kenmerk Datum januari Betreft Besluit op uw verzoek").split()
    body = ["Ikhebbeslotenuwverzoekgedeeltelijkintewilligen.Ikmaakde", "documenten1totenmet14gedeeltelijkopenbaar.Voorde",
            "motiveringverwijsiknaardeoverwegingenindit", "besluit.Indedocumentenstaannamenencontactgegevensvan"]
    page = PageWords(1, 595.0, 842.0, [Word(t, 0, 10, 0, 10, 10.0) for t in letterhead + body], True)
    assert "glued" in str(poor_layer(page, " ".join(letterhead + body)))
    page = PageWords(1, 595.0, 842.0, [Word(t, 0, 10, 0, 10, 10.0) for t in letterhead + " ".join(
        "Ik heb besloten uw verzoek gedeeltelijk in te willigen. Ik maak de documenten gedeeltelijk openbaar.".split()).split()], True)
    assert poor_layer(page, "") is None


@pytest.mark.parametrize("word", ["fiche", "efficiënte", "reflecteren", "gemeentefinanciën"])
def test_letters_of_a_ligature_glyph_stay_in_their_word(word: str) -> None:
    # a letter printed by Chromium in DejaVu Sans: `ﬁ`, `ﬂ`, `ﬃ` are one glyph each, which PDFium gives its letters'
    # tight box (smaller than their word's loose boxes); the word was cut and the ligature lost (`e ciënte`)
    text = extract_pdf(FIXTURES / "ligatures-chromium.pdf").pages[0].text
    assert word in text.split()


@pytest.mark.parametrize("tokens, expected", [
    # SZW 2022, scanned at 300 dpi: `Handelingen II 2021/22, nrs. 62 en 63` read as `Il`, no reference found
    ("energieprijzen (Handelingen Il 2021/22, nrs. 62 en 63,", "energieprijzen (Handelingen II 2021/22, nrs. 62 en 63,"),
    ("(Kamerstukken lI, 2020/21, 35 570 VII, nr. 15)", "(Kamerstukken II, 2020/21, 35 570 VII, nr. 15)"),
    ("(Handelingen I 2020/21, nr. 6)", "(Handelingen I 2020/21, nr. 6)"),   # the Eerste Kamer's numeral stays
    ("Il Fatto Quotidiano", "Il Fatto Quotidiano"),                          # not after a paper: left as read
    # scan82, a Woo release's letter scanned in black and white / with a gutter's shadow: the numeral read as digits
    # or a bracket before the session year (the reference to the Handelingen was lost)
    ("toelichting (Handelingen (l, 2010/11, nr. 23, blz. 2-28", "toelichting (Handelingen II, 2010/11, nr. 23, blz. 2-28"),
    ("toelichting (Handelingen 11, 2010/11, nr. 23, blz. 2-28", "toelichting (Handelingen II, 2010/11, nr. 23, blz. 2-28"),
    ("(Kamerstukken 1, 2021-2022, 35 925, nr. 4)", "(Kamerstukken I, 2021-2022, 35 925, nr. 4)"),
    ("(Kamerstuk 11 november 2021)", "(Kamerstuk 11 november 2021)"),        # no session year after it: a day
    ("Kamerstuk 36 200, nr. 11, 2022/23", "Kamerstuk 36 200, nr. 11, 2022/23"),
])
def test_chamber_numeral_misread_by_ocr(tokens: str, expected: str) -> None:
    assert " ".join(ocr.chamber_numerals(tokens.split(" "))) == expected


def test_chamber_numeral_after_tesseract_s_empty_line_entry() -> None:
    assert ocr.chamber_numerals(["Handelingen", "", "Il", "2021/22,"]) == ["Handelingen", "", "II", "2021/22,"]


def _ocr_data(rows: list[tuple[str, int, int, int]]) -> dict[str, list]:
    """Tesseract's image_to_data columns for words (text, conf, left, width) on one line at top 100, 20 px tall."""
    n = len(rows)
    return {"text": [r[0] for r in rows], "conf": [r[1] for r in rows], "left": [r[2] for r in rows],
            "width": [r[3] for r in rows], "top": [100] * n, "height": [20] * n,
            "block_num": [3] * n, "par_num": [1] * n, "line_num": [5] * n}


@pytest.mark.parametrize("again, expected", [
    # the sidebar's label read right on its own (a scanned BZ letter, 250 dpi: `Ons kennisik` over the kenmerk)
    ([("Ons", 95, 12, 60), ("kenmerk", 93, 80, 110)], ["Postbus", "20018", "Ons", "kenmerk"]),
    ([("Ons", 10, 12, 60), ("kemnerk", 5, 80, 110)], ["Postbus", "20018", "Ons", "kennisik"]),   # no surer: kept
])
def test_unsure_line_read_again_on_its_own(monkeypatch, again, expected) -> None:
    import pytesseract
    from PIL import Image

    data = _ocr_data([("Postbus", 96, 100, 90), ("20018", 96, 200, 70), ("Ons", 40, 1200, 40), ("kennisik", 0, 1250, 80)])
    crops = []
    monkeypatch.setattr(pytesseract, "image_to_data", lambda image, **kw: crops.append(image.size) or _ocr_data(again))
    ocr.reread_unsure_lines(Image.new("L", (2000, 1000), 255), data, ocr.OcrOptions())
    assert len(crops) == 1 and crops[0][0] < 200           # only the run of unsure words, not the address beside it
    assert [t for t in data["text"] if t] == expected
    assert data["left"][-1] == (1200 - 8 + 80 if expected[-1] == "kenmerk" else 1250)   # in the page's frame


# Letters typeset as ministries print them (headless Chromium, Liberation Sans; the HTML beside each PDF), real
# sentences of LNV and IenW letters (pdf49 probe of issue 9).

def test_small_letterhead_labels_beside_their_values() -> None:
    """`Datum` and `Betreft` in 6.5 pt beside their values in 9.5 pt in the body column: the subject (wrapped onto a
    second line) and the date are the letter's, no body text; a footnote marker between `(NVWA)` and its comma
    leaves no space; a line broken at a U+2010 hyphen is joined; the office wrapped at its own comma signs whole."""
    from ingest.structure.metadata import read_metadata
    e = extract_pdf(FIXTURES / "letter-small-labels-chromium.pdf")
    meta = read_metadata(e, "letter-small-labels-chromium.pdf")
    assert (meta.title, meta.date, meta.kenmerk, meta.doc_type, meta.addressee, meta.sender) == (
        "Uitvoering moties van het lid De Groot over dierwaardige veehouderij en de kalverhouderij", "2024-02-20",
        "DGA-DDD / 84512345", "kamerbrief", "Tweede Kamer", "Minister van Landbouw, Natuur en Voedselkwaliteit, Piet Adema")
    text = e.pages[0].text
    assert text.startswith("Geachte voorzitter,\n")
    assert "De toezichthouder (NVWA), de sector en de provincies" in text
    assert "in\noverleg met de belangenorganisaties en de ketenpartijen" in text
    assert [(f.number, f.text) for f in e.footnotes] == [
        ("1", "Kamerstuk 28 286, nr. 1315"), ("2", "Kamerstuk 28 286, nr. 1316"),
        ("3", "Nederlandse Voedsel- en Warenautoriteit")]
    assert "Betreft Uitvoering moties van het lid De Groot over dierwaardige veehouderij en de kalverhouderij" in \
        e.margin[1].split("\n")


def test_subject_in_the_sidebar_takes_the_address_block_out_of_the_body() -> None:
    """`Datum` and `Onderwerp` in the sidebar, none in the body: the address block and the logo above the salutation
    are letterhead too; the subject wrapped in the narrow column is read whole."""
    from ingest.structure.metadata import read_metadata
    e = extract_pdf(FIXTURES / "letter-sidebar-subject-chromium.pdf")
    assert e.pages[0].text.startswith("Geachte voorzitter,\n")
    assert "De Voorzitter van de Tweede Kamer" in e.margin[1].split("\n")
    assert "Onderwerp\nStand van zaken verkeersveiligheid najaar 2022\n" in e.margin[1]
    meta = read_metadata(e, "letter-sidebar-subject-chromium.pdf")
    assert (meta.title, meta.date, meta.kenmerk, meta.sender) == (
        "Stand van zaken verkeersveiligheid najaar 2022", "2022-11-22", "IENW/BSK-2022/250331",
        "Minister van Infrastructuur en Waterstaat, Mark Harbers")


def test_old_huisstijl_logo_band_and_footnote_over_the_page_break() -> None:
    """The Rijkshuisstijl letter of 2008-2015 (pdf65 probe; real I&M 2013 sentences): the wordmark beside the hanging
    band, 86 pt down (under the top band), is letterhead on page 1 and stays out of page 2's body; the footnote cut at
    page 1's foot goes on, unnumbered, at the top of page 2's notes and is read as one note of page 1."""
    from ingest.structure.metadata import read_metadata
    e = extract_pdf(FIXTURES / "letter-old-huisstijl-chromium.pdf")
    assert e.pages[1].text.startswith("vormen voor publiek-private samenwerking bij infraprojecten elders in\n")
    assert "Ministerie van Infrastructuur en Milieu" in e.margin[2].split("\n")
    assert [(f.number, f.page) for f in e.footnotes] == [("1", 1)]
    assert e.footnotes[0].text.endswith("; zie ook de brief van 8 maart 2013 over de stand van zaken van de "
                                        "Gebiedsontwikkeling Oostflank Lelystad (Kamerstuk 33 400 A, nr. 70) en het "
                                        "verslag van het algemeen overleg MIRT van 27 maart 2013 (Kamerstuk 33 400 A, "
                                        "nr. 81), waarin de regio haar voorstel voor de financiering heeft toegelicht.")
    meta = read_metadata(e, "letter-old-huisstijl-chromium.pdf")
    assert (meta.title, meta.date, meta.kenmerk, meta.addressee, meta.sender) == (
        "Uitvoering van de motie van de leden Kuiken en Elias over een pilotstatus voor het project GOL als voorbeeld "
        "van publiek-private samenwerking bij infraprojecten", "2013-06-12", "IenM/BSK-2013/112233", "Tweede Kamer",
        "Minister van Infrastructuur en Milieu, M.H. Schultz van Haegen-Maas Geesteranus")


def test_letter_to_both_kamers_signed_name_over_office_with_annex_list() -> None:
    """A letter to both Kamers (both chairs in the address block: the first named), under a two-line logo, signed
    with the name above the office and no closing, a numbered list of annexes under the signature (pdf65 probe; real
    KenE 2022 sentences): no footnote from the small print, the sender read above the annex list."""
    from ingest.structure.metadata import read_metadata
    e = extract_pdf(FIXTURES / "letter-two-kamers-chromium.pdf")
    assert e.footnotes == ()
    assert e.pages[1].text.endswith("R.A.A. Jetten\nMinister voor Klimaat en Energie\n\n1. Eindverslag Voortgangsoverleg "
                                    "Klimaatakkoord en Jaaroverzicht\n2. Beslisnota bij Kamerbrief over eindverslag "
                                    "voorzitter van Voortgangsoverleg\nKlimaatakkoord")
    meta = read_metadata(e, "letter-two-kamers-chromium.pdf")
    assert (meta.title, meta.date, meta.kenmerk, meta.addressee, meta.sender) == (
        "Eindverslag voorzitter Voortgangsoverleg Klimaatakkoord", "2022-11-22", "DGKE-K / 22512345", "Tweede Kamer",
        "Minister voor Klimaat en Energie, R.A.A. Jetten")


# Tesseract's words (text, conf, left, top, width, height) of a scanned IND letter's page 2 (Chromium, 300 dpi, turned
# 0.4 degree, read at 250 dpi; scan61 probe): the line `onderzoek nog behoefte ... Tevens wil` read twice, once whole
# (line 2) and once as fragments over the same ink (line 1, which also holds the sidebar's `Onze referentie`).
ABOVE = [("naar", 96, 285, 573, 64, 20), ("heeft", 96, 360, 568, 71, 26), ("gevraagd", 96, 442, 571, 135, 31),
         ("ontvangen.", 96, 589, 574, 159, 30), ("Dit", 96, 762, 574, 38, 25), ("neemt", 96, 811, 578, 90, 23),
         ("niet", 93, 912, 576, 51, 25), ("weg", 96, 973, 583, 58, 25), ("dat", 95, 1043, 578, 44, 25),
         ("er", 96, 1098, 585, 28, 19), ("gedurende", 96, 1136, 580, 156, 30), ("het", 96, 1304, 582, 44, 25)]
FRAGMENTS = [("d", 92, 321, 615, 15, 24), ("k", 91, 422, 616, 14, 24), ("behoefte", 95, 512, 617, 108, 26),
             ("kan", 93, 650, 619, 14, 24), ("b", 92, 711, 620, 16, 25), ("llende", 87, 992, 624, 66, 25),
             ("d", 91, 1088, 626, 15, 24), ("T", 30, 1287, 629, 19, 23), ("il", 57, 1426, 630, 10, 24),
             ("Onze", 96, 1558, 619, 53, 17), ("referentie", 96, 1620, 620, 101, 18)]
WHOLE = [("onaerzoek", 91, 284, 620, 135, 20), ("nog", 95, 448, 622, 51, 26), ("behoefte", 96, 530, 623, 107, 20),
         ("kan", 96, 665, 625, 33, 19), ("bestaan", 96, 729, 623, 96, 23), ("aan", 96, 837, 627, 52, 20),
         ("aanvullende", 96, 901, 628, 175, 22), ("documenten.", 96, 1106, 629, 169, 23), ("Tevens", 96, 1304, 634, 86, 20),
         ("wi", 96, 1400, 636, 29, 18)]


def _ocr_lines_data(lines: list[list[tuple[str, int, int, int, int, int]]]) -> dict[str, list]:
    """image_to_data columns of these lines (block 4, paragraph 1, lines 1, 2, ...)."""
    rows = [(n, *word) for n, line in enumerate(lines, 1) for word in line]
    return {"text": [r[1] for r in rows], "conf": [r[2] for r in rows], "left": [r[3] for r in rows],
            "top": [r[4] for r in rows], "width": [r[5] for r in rows], "height": [r[6] for r in rows],
            "block_num": [4] * len(rows), "par_num": [1] * len(rows), "line_num": [r[0] for r in rows]}


def test_a_line_tesseract_read_twice_is_kept_once() -> None:
    data = _ocr_lines_data([ABOVE, FRAGMENTS, WHOLE])
    ocr.drop_double_readings(data)
    lines = {key: " ".join(data["text"][i] for i in members) for key, members in ocr.ocr_lines(data).items()}
    assert lines == {(4, 1, 1): " ".join(w[0] for w in ABOVE), (4, 1, 2): "Onze referentie",
                     (4, 1, 3): " ".join(w[0] for w in WHOLE)}


def test_lines_beside_each_other_are_no_second_reading() -> None:
    # a table row read as two lines (cells side by side) and two lines one above the other: nothing dropped
    left = [("Datum", 96, 100, 600, 60, 20), ("Omschrijving", 96, 300, 600, 150, 20)]
    right = [("Beoordeling", 96, 500, 602, 120, 20), ("Grond", 96, 700, 602, 60, 20)]
    below = [("Deels", 96, 100, 630, 60, 20), ("openbaar", 96, 300, 628, 110, 22)]
    data = _ocr_lines_data([left, right, below])
    ocr.drop_double_readings(data)
    assert [t for t in data["text"] if t] == ["Datum", "Omschrijving", "Beoordeling", "Grond", "Deels", "openbaar"]


def test_reread_setting_zero_reads_no_line_again(monkeypatch) -> None:
    import pytesseract
    from PIL import Image

    from ingest.settings import Settings

    options = ocr.OcrOptions.of(Settings(ocr_reread=0))
    assert options.reread == 0 and ocr.OcrOptions.of(Settings()).reread == 6
    data = _ocr_data([("Ons", 40, 1200, 40), ("kennisik", 0, 1250, 80)])
    monkeypatch.setattr(pytesseract, "image_to_data", lambda *a, **kw: pytest.fail("read again"))
    ocr.reread_unsure_lines(Image.new("L", (2000, 1000), 255), data, options)
    assert data["text"] == ["Ons", "kennisik"]


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_running_header_of_a_scanned_page_after_a_born_digital_one() -> None:
    """letter-mixed-scanned-page-chromium.pdf: a real AZ letter (kst-34700-19) typeset by Chromium, its page 2
    scanned (120 dpi, turned 0.6 degree, JPEG): the logo `Ministerie van Algemene Zaken` atop page 2 is read by OCR
    with its spaces, page 1's text layer has it as `Ministerie vanAlgemene Zaken` (a kerned space without glyph);
    the two are the same running line."""
    if not ocr.tesseract_available():
        pytest.skip("no Dutch tesseract data")
    extraction = extract_pdf(FIXTURES / "letter-mixed-scanned-page-chromium.pdf")
    assert [p.text.split("\n")[0] for p in extraction.pages] == [
        "Geachte voorzitter,", "Daarmee is er in deze fase geen mogelijkheid voor onderzoek naar een kabinet"]
    assert extraction.margin[2].startswith("Ministerie van Algemene Zaken\n")
    assert not extraction.scanned   # one page of two read from its image


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_an_ocr_layer_that_misreads_words_gives_way_to_tesseract() -> None:
    """scan-misread-and-own-ocr-layer.pdf: page 1 of a real VenJ letter (kst-19637-1668, Chromium) scanned at 130 dpi,
    twice: under an invisible OCR layer where one word in seven is misread (`t0egezegd`, `schriftclijk`, `nadcr`:
    88% Dutch words, which passes the judge), and under its own correct layer (94%). Tesseract reads the image with
    94% Dutch words: the misread layer gives way, the correct one is kept."""
    if not ocr.tesseract_available():
        pytest.skip("no Dutch tesseract data")
    path = FIXTURES / "scan-misread-and-own-ocr-layer.pdf"
    pages = pdf.read_pages(path)
    assert [p.scanned for p in pages] == [True, True] and not any(pdf.poor_layer(p, "") for p in pages)
    assert "t0egezegd om schriftclijk nadcr" in " ".join(w.text for w in pages[0].words)
    read = pdf.read_poor_pages_again(path, pages, ocr.OcrOptions())
    assert read[0] is not pages[0] and read[1] is pages[1]
    assert "heb ik toegezegd om schriftelijk nader in te gaan" in " ".join(w.text for w in read[0].words)


def test_a_long_scan_with_a_good_layer_is_compared_on_a_sample_of_pages(monkeypatch) -> None:
    """Ten scanned pages under a layer of 75-90% Dutch words: three are read again to compare (the least Dutch first);
    tesseract reads them no better, so the other seven are not read at all. Where a sampled page gives way, every
    doubtful page is read."""
    from ingest.extract.geometry import PageWords, Word

    def page(number: int, words: list[str]) -> PageWords:
        return PageWords(number, 595.0, 842.0, [Word(w, 10.0 * i, 10.0 * i + 8, 100.0, 110.0, 9.0)
                                                for i, w in enumerate(words)], True)

    dutch = "de minister heeft het verzoek van de commissie over het besluit".split()
    pages = [page(n, dutch[:9] + ["xqzv"] * (n % 3 + 1)) for n in range(1, 11)]
    calls: list[list[int]] = []

    def read(better: set[int]):
        def ocr_pages(path, numbers, options):
            calls.append(list(numbers))
            return [(page(n, dutch if n in better else ["xqzv"] * 9).words, 595.0, 842.0) for n in numbers]
        return ocr_pages

    monkeypatch.setattr(ocr, "ocr_pages", read(set()))
    assert pdf._better_readings(Path("x.pdf"), pages, [], ocr.OcrOptions()) == {} and calls == [[2, 5, 8]]
    calls.clear()
    monkeypatch.setattr(ocr, "ocr_pages", read({2, 4}))
    assert sorted(pdf._better_readings(Path("x.pdf"), pages, [], ocr.OcrOptions())) == [2, 4]
    assert calls == [[2, 5, 8], [1, 3, 4, 6, 7, 9, 10]]


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_footnote_markers_and_a_sidebar_subject_on_a_scan() -> None:
    """scan-footnote-markers-sidebar-subject.pdf: a one-page Rijksoverheid letter (Chromium; sentences of kst-34952-86
    and kst-34023-8) scanned at 150 dpi. Tesseract reads its superscript markers glued to their words (`ontving.*`,
    `informeren.”`, `toekomen’.`, `7)*`): they come out as on the born-digital page, a real `?`, a closing quote and
    numbers stay; the subject over three sidebar lines is one line after `Betreft`."""
    if not ocr.tesseract_available():
        pytest.skip("no Dutch tesseract data")
    extraction = extract_pdf(FIXTURES / "scan-footnote-markers-sidebar-subject.pdf")
    text = " ".join(extraction.pages[0].text.split())
    assert extraction.scanned
    for sentence in ("die u op 5 oktober 2018 ontving. Ik geef daarmee invulling aan mijn toezegging",
                     "om uw Kamer hier jaarlijks over te informeren. Via deze brief",
                     "«Smalle Marges van Economische Diplomatie» toekomen. Deze effectevaluatie",
                     "om naheffing uit Brussel’. Is de correspondentie openbaar? Daarover is gesproken in het debat "
                     "(Kamerstuk 34 023, nr. 7) van 19 maart 2015."):
        assert sentence in text
    assert not any(mark in text for mark in ("*", "”", ".’", "®"))
    assert ("Betreft\nVoortgang Handelsagenda en kabinetsreactie op de evaluatie van de economische diplomatie\n"
            in extraction.margin[1])
    # the notes' numbers, one under the other, read by tesseract as one word (`BWN`): read again line by line
    assert [(f.number, f.text) for f in extraction.footnotes] == [
        ("1", "Kamerstuk 34 952, nr. 107"), ("2", "Kamerstuk 34 952, nr. 114"), ("3", "Kamerstuk 34 952, nr. 121"),
        ("4", "Handelingen II 2014/15, nr. 66")]
    body = body_text(extraction.pages)
    # each marker read apart stands after its word (born-digital: `toekomen` before its stop; here after `toekomen.`)
    assert [body[f.marker_offset - 12:f.marker_offset] for f in extraction.footnotes if f.marker_offset is not None] == [
        "018 ontving.", " informeren.", "e» toekomen.", " 023, nr. 7)"]


@pytest.mark.parametrize("token, word, tail, punct", [
    ("ontving.*", "ontving.", "*", ""),
    ("toekomen“.", "toekomen", "“", "."),
    ("informeren?", "informeren", "?", ""),
    ("1110)’", "1110)", "’", ""),
    ("2022*", "2022", "*", ""),
    ("Kamer3", "Kamer", "3", ""),
    ("gevangenisstraffen»…", "gevangenisstraffen»", "…", ""),
])
def test_a_token_with_a_marker_reading_at_its_end(token: str, word: str, tail: str, punct: str) -> None:
    """What tesseract makes of a superscript glued to a word: the word, the marker's reading, a stop after it."""
    found = ocr.MARKER_TAIL.match(token)
    assert found and (found["word"], found["tail"], found["punct"]) == (word, tail, punct)


@pytest.mark.parametrize("token", ["Kamer", "2022", "2010-2018", "nr.", "openbaar"])
def test_a_token_without_a_marker_reading(token: str) -> None:
    """Whole words and numbers are no candidates (a number's last digit is, and the image decides: see above)."""
    found = ocr.MARKER_TAIL.match(token)
    assert found is None or found["tail"].isdigit()


def test_a_subject_wrapped_in_a_scans_sidebar_continues() -> None:
    """OCR'd sidebar lines of one 6.5 pt subject (sizes 7.2 / 6.8 pt estimated, edges 0.3 pt apart, 4 pt between the
    lines) wrap on; the next paragraph 12.5 pt below does not; a born-digital page keeps its exact rule."""
    from ingest.extract.geometry import Line, Word

    def line(text: str, x0: float, top: float, height: float, size: float) -> Line:
        return Line([Word(text, x0, x0 + 100, top, top + height, size)])

    first = line("Reactie op verzoek van het lid Omtzigt", 446.4, 400.0, 4.9, 7.2)
    second = line("over het bericht over de naheffing uit", 446.1, 408.9, 4.9, 6.8)
    paragraph = line("Bij beantwoording de datum", 446.1, 426.3, 5.6, 7.2)
    assert pdf.continues(first, second, scanned=True)
    assert not pdf.continues(second, paragraph, scanned=True)
    assert not pdf.continues(first, second)


def test_a_word_outside_its_lines_band_is_no_marker() -> None:
    """A token read below its line's words (a code on a redaction box in a Woo scan) leaves no box inside the line's
    band to look at: no marker, no error (a 5-page scanned Woo-besluit failed on it)."""
    from PIL import Image

    image = Image.new("L", (200, 100), 255)
    assert ocr.raised_tail(image, (10, 50, 60, 40)) is None and ocr.raised_tail(image, (10, 50, 60, 50)) is None
    data = {"text": ["5.1.2e*", "Geachte"], "conf": [90, 90], "left": [10, 80], "top": [70, 10], "width": [50, 60],
            "height": [12, 12], "block_num": [1, 1], "par_num": [1, 1], "line_num": [1, 1]}
    assert ocr.superscript_markers(image, data, ocr.OcrOptions(), {(1, 1, 1): (10.0, 22.0)}) == []
    assert data["text"] == ["5.1.2e*", "Geachte"]


@pytest.mark.parametrize("readings, expected", [(["1", "2", "3"], ["1", "2", "3"]), (["1", "1", "1"], [])])
def test_a_column_of_note_numbers_read_as_one_word(monkeypatch, readings: list[str], expected: list[str]) -> None:
    """A tall narrow word (`BWN`) left of three note lines is read again line by line; the numbers must count up (a
    table's rule beside its rows, read as `1`s, is left alone)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    for top in (20, 50, 80):
        draw.rectangle((12, top + 2, 18, top + 16), fill=0)   # the numbers
        draw.rectangle((40, top, 200, top + 18), fill=0)      # the notes' words
    data = {"text": ["BWN", "Kamerstuk", "Kamerstuk", "Kamerstuk"], "conf": [0, 96, 96, 96],
            "left": [10, 40, 40, 40], "top": [18, 20, 50, 80], "width": [12, 160, 160, 160], "height": [82, 18, 18, 18],
            "block_num": [2, 1, 1, 1], "par_num": [1, 1, 1, 1], "line_num": [1, 1, 2, 3]}
    calls = iter(readings)
    monkeypatch.setattr(ocr, "marker_digits", lambda image, box, options: next(calls))
    bands = ocr._line_bands(data)
    ocr.stacked_numbers(image, data, ocr.OcrOptions(), bands)
    assert data["text"][4:] == expected and (data["text"][0] == "") == bool(expected)


@pytest.mark.parametrize("before, after, gap, size, space", [
    ("n", "A", 2.1, 10.9, True),    # `van Algemene`: space+A kerned to 0.199 of the size (Chromium, Liberation Sans)
    ("0", "A", 2.1, 10.9, True),    # `33 400 A`: a Kamerstuk's letter after its number
    ("e", "A", 1.9, 10.9, True),    # `de AOW` at 0.173
    ("n", "W", 0.2, 10.9, False),   # `IenW`: the word's own capital touches
    ("P", "a", 1.5, 10.9, False),   # `P agina`: RijksoverheidSans' generated space inside a word (capital, lower)
    ("f", "r", 1.5, 10.9, False),   # `Inf rastructuur` (both lower case)
    ("T", "O", 1.5, 10.9, False),   # capitals on both sides
])
def test_a_generated_space_between_lower_case_and_a_capital_is_a_kerned_word_space(
        before: str, after: str, gap: float, size: float, space: bool) -> None:
    assert glyphs.kerned_space(before, after, gap, size) is space


# A justified line set so tight that PDFium's generated space between two words stands under WORD_GAP: the lexicon
# tells two words from one word with a kerning pair (Internationale Klimaatstrategie, BZ 2022; AI Impact Assessment)
@pytest.mark.parametrize("before, after, two", [
    ("Het", "kabinet", True),                        # `Het kabinet wil hierin samenwerken` at 0.16 of the size
    ("de", "emissies", True),
    ("Bij", "alle", True),                           # a function word the lemma table lacks
    ("opdrachtgever", "verantwoordelijk", True),     # `Primair is de opdrachtgever verantwoordelijk` at 0.14
    ("Inf", "rastructuur", False),                   # RijksoverheidSans' kerning pair in `Infrastructuur` at 0.12
    ("P", "agina", False),                           # ... and in `Pagina`
    ("in", "ternationale", False),                   # a function word opening a word is no word of its own
    ("over", "heid", False),                         # two word forms that together are one
    ("voor", "klimaatactie", False),                 # a compound the lexicon does not know: left as it stands
])
def test_two_word_forms_that_together_are_none_are_two_words(before: str, after: str, two: bool) -> None:
    assert glyphs.two_words(before, after) is two


def test_a_squeezed_generated_space_ends_a_word_on_both_word_builders() -> None:
    doc = pdfium.PdfDocument(str(FIXTURES / "klimaatstrategie-spreads-p3-p5.pdf"))
    texts, boxes = pdf.pdfium_char_boxes(doc[1].get_textpage(), pdfium_raw)
    height = doc[1].get_size()[1]
    squeezed = glyphs.squeezed_spaces(texts, boxes)
    words = [w.text for w in glyphs.page_words(texts, boxes, height, pdf.fix_diacritics, squeezed) or []]
    doc.close()
    assert glyphs.page_words(texts, boxes, height, pdf.fix_diacritics, squeezed) == pdf.words_in_order(
        zip(texts, *boxes.T.tolist()), height, squeezed)
    line = " ".join(words)
    assert "aan het behalen van" in line and "hetbehalen" not in line and "deemissies" not in line
    assert len(squeezed) == 12


@pytest.mark.parametrize("name, made", [
    ("ligatures-chromium.pdf", "2026-12-02"),     # `D:20261202...`, Chromium's print
    ("letter-libreoffice-gs.pdf", None),          # no CreationDate
    ("not-a-pdf.pdf", None),                      # PDFium cannot open it
])
def test_the_day_a_pdf_was_made_is_its_creation_date(name: str, made: str | None) -> None:
    assert pdf.made_on(FIXTURES / name) == made


# LibreOffice Writer's PDFs (pdf80; tests/fixtures/libreoffice_letters.py made them with soffice and gs)

def _collapsed(e) -> str:
    return " ".join(" ".join(p.text for p in e.pages).split())


def test_libreoffice_font_without_descent_reads_whole_words() -> None:
    """Liberation Sans subset with `/Ascent 0 /Descent 0`: PDFium's loose boxes start at the baseline, so a `g` or `p`
    broke its word (`Knelpunten materiële g ereedheid`); the boxes now reach below the baseline (descent_boxes)."""
    path = FIXTURES / "letter-libreoffice-table.pdf"
    page = pdf.read_pages(path)[0]
    texts = {w.text for w in page.words}
    assert {"gereedheid", "gegrond", "personele", "bijgevoegde", "GGD-onderzoeken"} <= texts
    sizes = {w.size for w in page.words if w.text in ("gegrond", "bijgevoegde")}
    assert sizes and all(7.5 <= s <= 8.5 for s in sizes)   # 10 pt type reads as the body size of other letters
    assert ("Het verzoek is gegrond op de regeling van werkzaamheden; de gevolgen per knelpunt zijn voor de personele "
            "inzet en gereedheid weergegeven in de bijgevoegde lijst.") in _collapsed(extract_pdf(path))


def test_libreoffice_table_of_wrapping_cells_read_cell_by_cell() -> None:
    """`Agendapunt | Besluit` with cells of several lines: each cell's sentence whole, the left cell before the right."""
    text = _collapsed(extract_pdf(FIXTURES / "letter-libreoffice-table.pdf"))
    besluit_1 = ("Minister van Defensie verzoeken of de nadere GGD-onderzoeken naar POMS-sites, zoals aangekondigd in de "
                 "brief, intussen zijn voltooid en ten behoeve van het algemeen overleg chroomhoudende verf op 2 juni "
                 "2015 aan de Kamer kunnen worden gezonden.")
    besluit_2 = ("De minister van Defensie verzoeken om uiterlijk 8 juni 2015, aanvullend aan deze brief met de knelpunten "
                 "voor materiële gereedheid, aan te geven wat de gevolgen per knelpunt zijn voor de personele inzet en "
                 "gereedheid.")
    punt_1 = "1. Stand van zaken onderzoeken chroomhoudende verf bij Defensie - 34000-X-87"
    punt_2 = "2. Knelpunten materiële gereedheid - 33763-74"
    assert text.index(punt_1) < text.index(besluit_1) < text.index(punt_2) < text.index(besluit_2)


def _line(*cells: tuple[float, str], top: float = 100.0) -> Line:
    words, x = [], 0.0
    for x0, text in cells:
        x = x0
        for word in text.split():
            words.append(Word(word, x, x + 5.0 * len(word), top, top + 10.0, 8.0))
            x += 5.0 * len(word) + 2.5
    return Line(words)


def test_table_cells_not_for_labels_bullets_or_one_line_rows() -> None:
    """Near misses of a wrapping two-column table stay as they are: label/value rows (`Datum`, `Betreft`), a bulleted
    list (the bullet's column holds no text), a table whose rows are one line each (a Woo inventory)."""
    labels = [_line((75, "Datum"), (150, "8 april 2013"), top=100), _line((75, "Betreft"), (150, "Financieel en sociaal"), top=114),
              _line((150, "economisch beleid van het kabinet"), top=128), _line((75, "Kenmerk"), (150, "AV/SDA/2013/5432"), top=142),
              _line((75, "Bijlage"), (150, "twee"), top=156), _line((150, "en een derde"), top=170)]
    bullets = [_line((75, "•"), (88, "Met de quick scan geeft de ACM"), top=100 + 14 * k) for k in range(5)]
    inventory = [_line((75, f"{k} 12-03-2021 E-mail over de"), (300, "Deels openbaar 5.1.2e"), top=100 + 14 * k)
                 for k in range(1, 7)]
    for lines in (labels, bullets, inventory):
        assert read_table_cells(lines) == lines
    wrapped = [_line((75, "1. Stand van zaken"), (300, "Minister verzoeken om een brief"), top=100),
               _line((75, "onderzoeken verf bij"), (300, "over de stand van zaken"), top=114),
               _line((75, "Defensie"), (300, "voor het overleg van juni."), top=128),
               _line((300, "Daarna agenderen."), top=142),
               _line((75, "2. Knelpunten van de"), (300, "Agenderen voor het overleg"), top=160),
               _line((75, "gereedheid bij Defensie"), (300, "van juni."), top=174), _line((75, "en personeel"), top=188)]
    assert [l.text for l in read_table_cells(wrapped)] == [
        "1. Stand van zaken", "onderzoeken verf bij", "Defensie", "Minister verzoeken om een brief",
        "over de stand van zaken", "voor het overleg van juni.", "Daarna agenderen.", "2. Knelpunten van de",
        "gereedheid bij Defensie", "en personeel", "Agenderen voor het overleg", "van juni."]


def test_ghostscript_shifted_ligatures_and_outlined_page() -> None:
    """Ghostscript's pdfwrite of a LibreOffice PDF writes the ligatures' ToUnicode a byte off (`e昀昀ectiviteit`,
    `nahe昀케ng`); a page of text drawn as outlines has no characters and is read by OCR, not left empty."""
    path = FIXTURES / "letter-libreoffice-gs.pdf"
    pages = pdf.read_pages(path)
    assert {"effectiviteit", "naheffing"} <= {w.text for w in pages[0].words}
    assert not pages[0].drawn and pages[1].drawn and not pages[1].words
    assert judge.poor_layer(pages[1], "") == "no text layer" and judge.poor_layer(pages[0], "x") is None


def test_lone_surrogate_in_text_layer_keeps_characters_in_place() -> None:
    """Carlito's `ti` ligature through Ghostscript comes out as the lone surrogate U+DD00: a Python string of the page
    text dropped it and every later character took its neighbour's text (`naar schatng`, `et name`)."""
    text = _collapsed(extract_pdf(FIXTURES / "letter-libreoffice-gs.pdf"))
    assert ("Op dit moment is een tekort van 9.100 fte aan leraren in het po en naar schatting 1.700 fte in het vo, met "
            "name in de tekortvakken. De druk op de tekortvakken in het vo en de huidige krapte op de arbeidsmarkt "
            "maken dat de tekorten inmiddels ook voelbaar zijn in het mbo.") in text


@pytest.mark.parametrize("word, read", [
    ("nahe昀케ng", "naheffing"), ("e昀昀ectiviteit", "effectiviteit"), ("o昀昀-label,", "off-label,"),
    ("昀椀nanciën", "financiën"), ("昀氀exibel", "flexibel"),
    ("onaf栀ankelijke", "onafhankelijke"), ("Voorzi琀琀er", "Voorzitter"), ("schat\udd00ng", "schatting"), ("\udd00", "\ufffd"),
    ("昀", "昀"), ("国家", "国家"), ("Tokio(東京)", "Tokio(東京)"), ("Yes¸ilgöz", "Yeşilgöz")])
def test_shifted_ligature_letters(word: str, read: str) -> None:
    assert fix_diacritics(word) == read


# --- letterhead: a subject value set smaller than the body (fields90) ---------------------------------------------
# Word templates of the Rijkshuisstijl set the letterhead in small type: a `Betreft` value at 8 pt under an 11 pt body
# wraps onto lines that read as small print. The letter's title (a real one: Fin 2021, kst-31066-857) must stay whole.

def _small_subject_letter(value_lines: list[str], gap_line: str | None = None, beside: str | None = None) -> bytes:
    from tests.fixtures.woo_letters import _text, build
    parts = [_text(310, 790, "Ministerie van Financi\u00ebn", 10)]
    side = ["Directie Toeslagen", "Korte Voorhout 7", "Postbus 20201", "2500 EE  Den Haag", "", "Ons kenmerk",
            "2021-0000198765"]
    parts += [_text(440, 700 - 9 * i, s, 6.5) for i, s in enumerate(side) if s]
    parts.append(_text(78, 700, "> Retouradres Postbus 20201 2500 EE  Den Haag", 6.5))
    address = ["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"]
    parts += [_text(78, 680 - 13 * i, s, 11) for i, s in enumerate(address)]
    parts += [_text(78, 590, "Datum", 8), _text(150, 590, "29 juni 2021", 8), _text(78, 578, "Betreft", 8)]
    parts += [_text(150, 578 - 11 * i, s, 8) for i, s in enumerate(value_lines)]
    if gap_line:   # small print at the value's edge, a paragraph's gap under it: no part of the subject
        parts.append(_text(150, 578 - 11 * len(value_lines) - 14, gap_line, 8))
    if beside:     # a word in the sidebar's column on the value's second line, set near the body's size
        parts.append(_text(440, 567, beside, 10.5))
    body = ["Geachte voorzitter,", "", "Op 22 juni heb ik uw Kamer de 7de Voortgangsrapportage Kinderopvangtoeslag",
            "toegestuurd. Hierin heb ik uw Kamer toegezegd om voor het commissiedebat van 1 juli",
            "aanstaande twee documenten met uw Kamer te delen."]
    parts += [_text(78, 500 - 15 * i, s, 11) for i, s in enumerate(body) if s]
    return build([b"\n".join(parts)])


@pytest.mark.parametrize("value_lines, gap_line, title", [
    (["Derde periodieke doorlichting", "Uitvoeringsorganisatie Herstel Toeslagen", "en ongevraagd advies BAK"], None,
     "Derde periodieke doorlichting Uitvoeringsorganisatie Herstel Toeslagen en ongevraagd advies BAK"),
    # small type in a narrow column wraps onto more than two lines
    (["Derde periodieke", "doorlichting", "Uitvoeringsorganisatie", "Herstel Toeslagen en", "ongevraagd advies BAK"], None,
     "Derde periodieke doorlichting Uitvoeringsorganisatie Herstel Toeslagen en ongevraagd advies BAK"),
    (["Derde periodieke doorlichting Uitvoeringsorganisatie", "Herstel Toeslagen"], None,
     "Derde periodieke doorlichting Uitvoeringsorganisatie Herstel Toeslagen"),
    # a value hyphenated in its narrow column reads whole; a hyphen the text writes stays (fields90)
    (["Voortgangsrapportage hersteloperatie kinderop-", "vangtoeslag en uitvoeringsorganisatie"], None,
     "Voortgangsrapportage hersteloperatie kinderopvangtoeslag en uitvoeringsorganisatie"),
    (["Voortgang aanpassing wet-", "en regelgeving kinderopvangtoeslag"], None,
     "Voortgang aanpassing wet- en regelgeving kinderopvangtoeslag"),
    # negative: small print a paragraph's gap under a one-line value is not its continuation
    (["Derde periodieke doorlichting Herstel Toeslagen"], "Bijlage: rapport AEF",
     "Derde periodieke doorlichting Herstel Toeslagen"),
])
def test_a_small_subject_value_keeps_its_wrapped_lines(tmp_path: Path, value_lines: list[str], gap_line: str | None,
                                                       title: str) -> None:
    from ingest.structure.metadata import read_metadata
    path = tmp_path / "letter.pdf"
    path.write_bytes(_small_subject_letter(value_lines, gap_line))
    e = extract_pdf(path)
    meta = read_metadata(e, path.name)
    assert (meta.title, meta.date, meta.kenmerk) == (title, "2021-06-29", "2021-0000198765")
    assert e.pages[0].text.startswith("Geachte voorzitter,")


def test_a_sidebar_word_beside_a_wrapped_subject_is_no_part_of_it(tmp_path: Path) -> None:
    """A word of the sidebar's column on the baseline of the value's second line (`1` under `Bijlage(n)`, at 10 pt
    beside an 11 pt body) stays out of the title (fields90 probe: `... middeninkomens niet» 1`)."""
    from ingest.structure.metadata import read_metadata
    path = tmp_path / "letter.pdf"
    path.write_bytes(_small_subject_letter(["Derde periodieke doorlichting", "Uitvoeringsorganisatie Herstel Toeslagen"],
                                           beside="1"))
    meta = read_metadata(extract_pdf(path), path.name)
    assert meta.title == "Derde periodieke doorlichting Uitvoeringsorganisatie Herstel Toeslagen"


def _words_line(text: str, x0: float, top: float, size: float = 8.0) -> Line:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, x + 4 * len(t), top, top + size, size))
        x += 4 * len(t) + 3
    return Line(words)


def test_a_subjects_wrapped_lines_are_those_at_its_value_without_a_gap() -> None:
    subject = _words_line("Betreft Derde periodieke doorlichting", 78, 100)
    wrapped = _words_line("Uitvoeringsorganisatie Herstel", 109, 111)
    sidebar = _words_line("Postbus 20201", 440, 104, 6.5)          # beside it, at another edge: skipped
    indented = _words_line("en ongevraagd advies", 130, 122)       # not at the value's edge: no continuation
    assert pdf._subject_end([subject, sidebar, wrapped]) == 111
    assert pdf._subject_end([subject, wrapped, indented]) == 111
    far = _words_line("Bijlage: rapport", 109, 130)                # a paragraph's gap under the value
    assert pdf._subject_end([subject, far]) == 100
    assert pdf._subject_end([_words_line("Geachte voorzitter,", 78, 100)]) == -1.0


# --- letterhead: a sidebar set near the body's size (fields90) ------------------------------------------------------
# A colofon at 8 pt beside a 9 pt body (Word templates set it anywhere from 6.5 to 9 pt) is no small print: its lines
# were read into the address block's lines beside them (`der Staten-Generaal Ons kenmerk` / `Postbus 20018 2025-...`)
# and the kenmerk and date lost their labels. (Sentences of a real letter: Fin 2025, Stand van zaken Dienst Toeslagen.)

SIDE_NEAR = ["Directie Toeslagen", "Korte Voorhout 7", "2511 CW  Den Haag", "Postbus 20201", "2500 EE  Den Haag", "",
             "Datum", "2 juli 2025", "", "Ons kenmerk", "2025-0000176543"]


def _near_body_sidebar_letter(side: list[str], side_size: float = 8.0, table: bool = False) -> bytes:
    from tests.fixtures.woo_letters import _text, build
    parts = [_text(310, 790, "Ministerie van Financi\u00ebn", 10)]
    parts += [_text(440, 766 - 11 * i, s, side_size) for i, s in enumerate(side) if s]   # `Ons kenmerk` on an address line
    parts.append(_text(78, 700, "> Retouradres Postbus 20201 2500 EE  Den Haag", 6.5))
    address = ["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"]
    parts += [_text(78, 678 - 11 * i, s, 9) for i, s in enumerate(address)]
    body = ["Betreft Stand van zaken Dienst Toeslagen", "", "Geachte voorzitter,", "",
            "Met deze brief wordt uw Kamer ge\u00efnformeerd over een aantal actuele ontwikkelingen bij Dienst",
            "Toeslagen. Het is belangrijk dat iedereen de toeslag ontvangt waar hij of zij recht op heeft."]
    parts += [_text(78, 560 - 13 * i, s, 9) for i, s in enumerate(body) if s]
    if table:   # a table's right-hand column in the lower half of the page, near the body's size
        rows = [("Melkvee", "80,7"), ("Varkens", "37,6"), ("Pluimvee", "27,9"), ("Overig", "18,8"), ("Nationaal", "165,0")]
        for i, (a, b) in enumerate(rows):
            parts += [_text(78, 300 - 13 * i, a, 8), _text(460, 300 - 13 * i, b, 8)]
    return build([b"\n".join(parts)])


def test_a_sidebar_near_the_body_size_keeps_its_labels_and_values(tmp_path: Path) -> None:
    from ingest.structure.metadata import read_metadata
    path = tmp_path / "letter.pdf"
    path.write_bytes(_near_body_sidebar_letter(SIDE_NEAR))
    e = extract_pdf(path)
    meta = read_metadata(e, path.name)
    assert (meta.title, meta.date, meta.kenmerk) == ("Stand van zaken Dienst Toeslagen", "2025-07-02", "2025-0000176543")
    assert "der Staten-Generaal" in e.margin[1].split("\n")
    assert e.pages[0].text.startswith("Geachte voorzitter,")


def test_near_body_print_right_of_the_body_is_no_sidebar_in_the_lower_half_or_on_few_lines(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    path.write_bytes(_near_body_sidebar_letter(SIDE_NEAR, table=True))
    text = extract_pdf(path).pages[0].text
    assert "Melkvee 80,7" in text and "Nationaal 165,0" in text   # a table's column stays in the body
    page = pdf.read_pages(path)[0]
    assert pdf.sidebar_x(page, 9.0) is not None
    few = tmp_path / "few.pdf"   # three lines at the right edge: no colofon
    few.write_bytes(_near_body_sidebar_letter(["Directie Toeslagen", "Korte Voorhout 7", "Postbus 20201"]))
    assert pdf.sidebar_x(pdf.read_pages(few)[0], pdf.dominant_size(pdf.read_pages(few))) is None


# --- letterhead: a colofon set left of the body (fields90) ------------------------------------------------------------
# A letterhead column at the page's left edge, the body and the address block indented past it: its lines were read
# into the address block's lines on the same baselines (`Onze referentie > Retouradres Postbus 90801 ...`) and the
# kenmerk lost its label. (Sentences of a real letter: SZW 2020, Fraude in de sociale zekerheid.)

def _left_colofon_letter(notes: bool = False) -> bytes:
    from tests.fixtures.woo_letters import _text, build
    side = ["Directie Handhaving", "Parnassusplein 5", "Postbus 90801", "2509 LV  Den Haag", "", "Datum",
            "12 november 2020", "", "Onze referentie", "2020-0000165432"]
    parts = [_text(310, 790, "Ministerie van Sociale Zaken en Werkgelegenheid", 10)]
    parts += [_text(28, 772 - 9 * i, s, 6.5) for i, s in enumerate(side) if s]   # its label on the return address line
    parts.append(_text(176, 700, "> Retouradres Postbus 90801 2509 LV  Den Haag", 6.5))
    address = ["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"]
    parts += [_text(176, 682 - 13 * i, s, 9.5) for i, s in enumerate(address)]
    body = ["Betreft Fraude in de sociale zekerheid", "", "Geachte voorzitter,", "",
            "De regels van de overheid zijn soms zeer complex. Kwetsbare groepen", "ontvangen vaak ingewikkelde brieven."]
    parts += [_text(176, 580 - 14 * i, s, 9.5) for i, s in enumerate(body) if s]
    if notes:   # footnotes whose numbers hang left of their text, at the page's foot: no colofon
        for i, note in enumerate(["Kamerstuk 17 050, nr. 596", "Handelingen II 2019/20, nr. 97", "Kamerstuk 35 300, nr. 12"]):
            parts += [_text(150, 120 - 9 * i, str(i + 1), 6.5), _text(176, 120 - 9 * i, note, 6.5)]
    return build([b"\n".join(parts)])


def test_a_colofon_left_of_the_body_keeps_its_labels_and_values(tmp_path: Path) -> None:
    from ingest.structure.metadata import read_metadata
    path = tmp_path / "letter.pdf"
    path.write_bytes(_left_colofon_letter())
    e = extract_pdf(path)
    meta = read_metadata(e, path.name)
    assert (meta.title, meta.date, meta.kenmerk) == ("Fraude in de sociale zekerheid", "2020-11-12", "2020-0000165432")
    assert "Onze referentie" in e.margin[1].split("\n")
    assert e.pages[0].text.startswith("Geachte voorzitter,")


def test_numbers_hanging_left_of_the_body_at_the_foot_are_no_colofon(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(_left_colofon_letter(notes=True))
    page = pdf.read_pages(path)[0]
    left = pdf._left_sidebar_words(page, 9.5)
    assert {w.text for w in left} >= {"Onze", "referentie", "2020-0000165432"}
    assert not {"1", "2", "3"} & {w.text for w in left}


def test_a_masthead_running_on_into_the_body_is_no_colofon(tmp_path: Path) -> None:
    """An Aanhangsel's masthead at 8.7 pt starts left of its indented answers but its lines run on past the gutter
    into the body's width: no colofon (a pdf49 probe page lost half its masthead lines to the margin)."""
    from tests.fixtures.woo_letters import _text, build
    head = ["Vergaderjaar 2014\u20132015", "Aanhangsel van de Handelingen",
            "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden"]
    parts = [_text(60, 780 - 10 * i, s, 8.7) for i, s in enumerate(head)]
    body = ["Vragen van het lid Dik-Faber (ChristenUnie) aan de Minister van Volksgezondheid,",
            "Welzijn en Sport over dakloze Belgen in Nederland.", "Vraag 1", "Bent u bekend met het bericht?"]
    parts += [_text(155, 640 - 13 * i, s, 9.5) for i, s in enumerate(body)]
    path = tmp_path / "aanhangsel.pdf"
    path.write_bytes(build([b"\n".join(parts)]))
    assert pdf._left_sidebar_words(pdf.read_pages(path)[0], 9.5) == []


# OCR readings of the fresh scanned pool (ocr120, s16): a misread letter put right where only the right reading is
# a Dutch word form; negative rows are words that must stay as read
@pytest.mark.parametrize("read, fixed", [
    ("dät", "dat"),                                        # `aangeboden dät de Onderzoeksraad` (Defensie 2019)
    ("willèn", "willen"),                                  # `het draagvlak daarvoor willèn behouden` (JenV 2019)
    ("voortgäng.", "voortgang."),                          # `geïnformeerd over de voortgäng.` (Financiën 2025)
    ("exteme", "externe"),                                 # `van het exteme onderzoek` (Financiën 2025)
    ("gepubficeerd", "gepubliceerd"),                      # `heeft gepubficeerd (Kamerstuk` (Defensie 2019)
    ("multitateraal", "multilateraal"),                    # `een multitateraal akkoord` (Financiën 2024)
    ("ontwikkelingstanden.", "ontwikkelingslanden."),      # `en veel ontwikkelingstanden.` (Financiën 2024)
    ("geïnformeerd", "geïnformeerd"), ("één", "één"), ("financiële", "financiële"),   # a diaeresis of Dutch
    ("Pérez", "Pérez"), ("Curaçao", "Curaçao"), ("Omtzigt", "Omtzigt"),   # names: no Dutch word either way
    ("Hamas", "Hamas"),                                    # a name one swap from a word (`harnas`): no swap in names
    ("toezeg-", "toezeg-"), ("hiema", "hiema"),            # a word's part at a line break; no known reading
])
def test_ocr_misread_letters(read: str, fixed: str) -> None:
    assert ocr.misread_fixed(read) == fixed


def test_ocr_line_of_x_height_letters_is_no_paragraph() -> None:
    """`... een aantal moties en toezeg-` / `gingen.`: the last line's ink starts at the x-height, points below
    where a line with ascenders starts; read as ink it stood a paragraph gap down and `toezeg- gingen` was cut
    (IenM 2016, scanned at 200 dpi). Its font's box stands one line spacing down, as on a born-digital page."""
    rows = [(361.2, 368.1, "In aanloop naar het Wetgevingsoverleg Water van 14 november 2016, infor-"),
            (375.6, 382.5, "meer ik u hierbij, mede namens de Staatssecretaris van Infrastructuur en"),
            (388.7, 395.6, "Milieu, over de actuele stand van zaken ten aanzien van diverse wateron-"),
            (402.3, 409.0, "derwerpen, waarbij ik tevens in zal gaan op een aantal moties en toezeg-"),
            (419.0, 426.8, "gingen.")]

    def line(top: float, bottom: float, text: str, font: bool) -> Line:
        edges = [ocr.font_edges(t, top, bottom - top) if font else (top, bottom) for t in text.split()]
        top, bottom = sorted(e[0] for e in edges)[len(edges) // 2], sorted(e[1] for e in edges)[len(edges) // 2]
        return Line([Word(t, 78.0 + 5 * i, 82.0 + 5 * i, top, bottom, 9.5) for i, t in enumerate(text.split())])

    ink, _ = pdf.body_text_of([line(*row, font=False) for row in rows], 9.5)
    assert "toezeg-\n\ngingen." in ink   # the cause: the ink box of a line without ascenders
    text, _ = pdf.body_text_of([line(*row, font=True) for row in rows], 9.5)
    assert "toezeggingen." in text and "\n\n" not in text


def test_ocr_word_box_cut_with_the_next_line_is_tightened() -> None:
    """Grainy scans (JPEG q20-30, 150 dpi): tesseract gave a line's words one box reaching half into the next line,
    the line read at twice its size and dropped by the zoning (IenM 2016, OCW 2015 letters). The box is cut to its
    word's ink; a word with one descender (`klimaatverandering.`, a box of the right height) keeps its box."""
    from PIL import Image

    pixels = np.full((80, 200), 235, dtype=np.uint8)
    pixels[10:31, 5:195:4] = 30          # the word's letters: 21 rows of ink
    pixels[45:66, 5:195:4] = 30          # the next line's letters, half inside the tall box
    pixels[31:37, 100:103] = 30          # one descender under the word (three pixels a row)
    data = {"text": ["woord", "klimaatverandering.", "."], "top": [10, 10, 70], "height": [50, 27, 8],
            "left": [0, 0, 150], "width": [200, 200, 10]}
    ocr.tighten_tall_boxes(Image.fromarray(pixels), data)
    assert (data["top"][0], data["height"][0]) == (10, 27)   # down to the word and its descender
    assert (data["top"][1], data["height"][1]) == (10, 27)   # unchanged
    assert (data["top"][2], data["height"][2]) == (70, 8)    # a box without ink (a stop lost in the grain) stays
