"""PDF extraction: words with their geometry and font size (read with PDFium, pdfplumber as the
fallback for files PDFium refuses), sorted into body, sidebar, running header/footer and footnotes
per page.

Zones are found per document, from its own measurements, not from one template:
- the body font size is the most common size (by characters);
- the sidebar is a column of smaller text to the right of the body (letters of the Rijksoverheid);
- footnotes are lines smaller than the body below the last body line, starting with a number;
- footnote markers are digit-only words much smaller than the body inside body lines;
- header/footer lines are smaller or much larger than the body, in the top or bottom band, or page
  furniture by their words (`Pagina 2 van 7`, `kst-32545-143`).
Scanned pages (a page-size image under the text) are read from their OCR text layer when most of
its words are Dutch words, else OCR'd with tesseract (ocr.py), and go through the same zoning.
Line-break hyphens follow layout.join_hyphenated (the one joiner), except where the document itself writes the word with
its hyphen (`procureurs-generaal`) or the word is a web address.
"""
from __future__ import annotations

import ctypes
import logging
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from statistics import median

import numpy as np

from ingest.errors import EmptyDocument, EncryptedFile, ScannedWithoutOCR, UnreadableFile
from ingest.extract.geometry import NUMBER, SIDEBAR_FROM, Line, PageWords, Word
from ingest.dutch.whitespace import collapse
from ingest.extract.layout import (INVENTORY_TITLE, LABEL_ONLY, LETTERHEAD_SEARCH_LINES, MAX_SUBJECT_CONTINUATION,
                                   NOTE_GOES_ON, SALUTATION, SUBJECT_LABEL_ONLY, SUBJECT_LINE, WORD_STRIP, PagePart,
                                   assemble_pages, continue_line, is_furniture_line, is_inventory_header,
                                   is_inventory_row, is_sidebar_line, join_hyphenated, join_line_pair, split_letterhead)
from ingest.extract import frame, glyphs, ocr as ocr_module
from ingest.extract.columns import read_table_cells
from ingest.extract.glyphs import NO_WIDTH, PDFIUM_SIZE, SOFT_HYPHENS, SPACING_DIACRITICS, WORD_GAP
from ingest.extract.judge import poor_layer
from ingest.extract.ocr import OcrOptions
from ingest.extract.reading import column_parts, runs_on
from ingest.extract.sheets import join_halves, split_two_up
from ingest.records import Extraction

log = logging.getLogger(__name__)

SMALL = 0.86             # a line below this share of the body size is not body text (sidebar, footer)
NEAR_BODY = 0.97         # a sidebar's own type may be set this near the body's size (8 pt beside 9 pt) ...
NEAR_BODY_TOP = 0.5      # ... its column then found from its lines in this upper share of the page
SAME_TYPE = 1.1          # a word right of the sidebar's edge within this factor of its small print's size is of its type
LEFT_COLUMN_UNTIL = 0.3  # a colofon set left of the body starts its lines in this left share of the page ...
LEFT_COLUMN_GAP = 2.0    # ... and ends them this many body sizes short of the body's left edge
MAX_WRAPPED_SUBJECT = 5  # lines a subject value wraps onto in its column (small type in a narrow column: more than two)
SUBJECT_COLUMN_GAP = 4.0  # sizes: a gap this wide on a subject's line is a column's (the sidebar beside it)
FOOTNOTE_MAX = 0.97      # footnote text is smaller than the body, but may be only a little smaller
MARKER_MAX = 0.80        # footnote markers are superscripts well below the body size
LARGE = 1.6              # a line above this share of the body size in a page band is a masthead
BAND = 0.085             # top and bottom bands (share of page height) hold running headers and footers
LOGO_BAND = 0.15         # ... and a letter's wordmark set as text may stand down to here (the Rijkshuisstijl's band)
LINE_TOLERANCE = 3.0     # words whose baselines differ less than this (pt) share a line
SIZE_JUMP = 1.3          # ... unless their sizes differ by more than this factor (footer columns)
PARAGRAPH_GAP = 1.55     # a vertical gap above this many line spacings starts a paragraph
SCAN_IMAGE_COVER = 0.85  # an image covering this share of the page makes it a scanned page
SIDEBAR_MIN_LINES = 3    # a sidebar column has at least this many lines starting at its edge
SIDEBAR_MIN_LINES_SCAN = 5   # ... on a scan, where sizes do not tell it apart, more
COLUMN_GAP = 1.5         # a word this many body sizes right of its left neighbour starts a column
MASTHEAD_NUMBER = 1.3   # a line of only a number at this share of the body size is a masthead number


def extract_pdf(path: Path, ocr: OcrOptions = OcrOptions()) -> Extraction:
    """Cleaned pages, footnotes and margin text of a PDF. Raises UnreadableFile subclasses."""
    with repaired(Path(path)) as source:
        return _extract(source, ocr)


def _extract(path: Path, ocr: OcrOptions) -> Extraction:
    pages = read_pages(path)
    if not pages:
        raise EmptyDocument("PDF has no pages (empty, truncated or corrupt)")
    readings = Readings()
    pages = read_poor_pages_again(path, pages, ocr, readings)
    if not any(p.words for p in pages):
        raise EmptyDocument("PDF has no text layer and no readable text")
    scanned, count = sum(p.scanned for p in pages) > len(pages) / 2, len(pages)
    pages = split_two_up(pages)
    sizes = {kind: readings.size([p for p in pages if p.scanned == kind]) for kind in (False, True)}
    vocabulary = readings.words(pages)
    running = running_lines(pages, sizes, readings)
    own = merged_sizes(pages, sizes)
    parts = (_page_part(path.name, page, own.get(i, sizes[page.scanned]), vocabulary, readings, running)
             for i, page in enumerate(pages))
    out_pages, footnotes, margin = assemble_pages(join_halves(list(parts)))
    return Extraction(pages=out_pages, footnotes=footnotes, margin=margin, page_count=count, scanned=scanned,
                      appended=tuple(sorted(readings.openings)), made=made_on(path))


PDF_DATE = re.compile(r"(?:D:)?((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")


def made_on(path: Path) -> str | None:
    """The day the PDF says it was made (its information dictionary's CreationDate, `D:20221202173141+01'00'`), ISO;
    None where it says none or PDFium cannot read it."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
        try:
            m = PDF_DATE.match(doc.get_metadata_value("CreationDate").strip())
        finally:
            doc.close()
    except (pdfium.PdfiumError, OSError, ValueError):   # (a value it cannot decode: no day, the file still read)
        return None
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


MISFIT_LAYER = 0.35   # a scan's text layer whose word boxes lie on its ink worse than this is another page's, or moved
UNREAD_INK = 0.25     # ... or that leaves more than this share of its ink unread (a layer of half the page)
MIN_FIT_WORDS = 20    # ... judged on pages with this many words at least


SPARSE_UNREAD = 0.6   # a layer of fewer words than MIN_FIT_WORDS leaving more of the image's ink unread has lost the page


def _misfit_layers(path: Path, pages: list[PageWords]) -> dict[int, str]:
    """Scanned pages whose text layer does not serve their image (ocr.layer_fits), with the reason: it lies off the
    ink, or leaves much of it unread; a layer of a few words (a poor OCR layer that kept `Ken En` of a page of text)
    is judged by the ink it leaves unread only (its fit, on a handful of boxes, says little)."""
    reasons = {}
    sparse = {p.number for p in pages if len(p.words) < MIN_FIT_WORDS}
    for number, (fit, unread) in ocr_module.layer_fits(path, pages).items():
        if number in sparse:
            if unread > SPARSE_UNREAD:
                reasons[number] = f"text layer of a few words leaves {unread:.0%} of the page image's ink unread"
        elif fit < MISFIT_LAYER:
            reasons[number] = f"text layer does not lie on the page image (fit {fit:.2f})"
        elif unread > UNREAD_INK:
            reasons[number] = f"text layer leaves {unread:.0%} of the page image's ink unread"
    return reasons


def read_poor_pages_again(path: Path, pages: list[PageWords], options: OcrOptions,
                          readings: Readings | None = None) -> list[PageWords]:
    """Pages whose text layer fails a Dutch reader (judge.poor_layer) read again from their image
    with tesseract; those pages are then scanned. A mostly scanned document that needs OCR without
    tesseract raises ScannedWithoutOCR; elsewhere the layer is kept (logged)."""
    readings = readings or Readings()
    body_size, vocabulary = readings.size(pages), readings.words(pages)
    todo = []
    reasons = {}
    for page in pages:
        reason = poor_layer(page, _reading(page, body_size, vocabulary, readings))
        if reason:
            reasons[page.number] = reason
    judged = [p for p in pages if p.scanned and p.number not in reasons and p.words]
    if judged and ocr_module.tesseract_available(options.lang):
        reasons.update(_misfit_layers(path, judged))
    for page in pages:
        if page.number in reasons:
            log.info("%s p.%d: %s, running OCR", path.name, page.number, reasons[page.number])
            todo.append(page.number)
    if not todo and not any(p.scanned and p.words for p in pages):
        return pages
    if not ocr_module.tesseract_available(options.lang):
        if todo and sum(p.scanned for p in pages) > len(pages) / 2:
            raise ScannedWithoutOCR("scanned PDF without a usable text layer, and no OCR: "
                                    "install tesseract-ocr and tesseract-ocr-nld")
        if todo:
            log.warning("%s: pages %s need OCR, tesseract is not installed: text layer kept", path.name, todo)
        return pages
    ocred = _better_readings(path, pages, todo, options)
    return [PageWords(p.number, ocred[p.number][1], ocred[p.number][2], ocred[p.number][0], True)
            if p.number in ocred else p for p in pages]


SURE_LAYER = 0.96       # a scan's OCR layer with this share of Dutch words at least is not read again to compare
SECOND_OPINION = 0.025  # ... one under it gives way to tesseract's reading with this share more Dutch words
OPINION_SAMPLE = 3      # ... judged first on this many pages (the least Dutch first); the rest only when one gave way


def _better_readings(path: Path, pages: list[PageWords], todo: list[int],
                     options: OcrOptions) -> dict[int, tuple[list[Word], float, float]]:
    """Tesseract's readings of the pages in ``todo``, and of the scanned pages whose OCR layer passed the judge but is
    not sure (under SURE_LAYER Dutch words) where tesseract reads clearly more Dutch words (SECOND_OPINION): an OCR
    layer that misread one word in seven (`ovcr`, `gevraogd`, `staud`, `za1`) passes as Dutch (~85% Dutch words), yet
    breaks most sentences. The scans' own layers of the dev set read within 1.5 points of tesseract; such misread
    layers 3 to 9 points under it. A long scan with a good layer costs OPINION_SAMPLE pages of OCR, not all."""
    doubtful = {p.number: quality for p in pages if p.scanned and p.words and p.number not in todo
                and (quality := ocr_module.layer_quality([w.text for w in p.words])) < SURE_LAYER}
    sample = sorted(doubtful, key=lambda n: doubtful[n])[:OPINION_SAMPLE]
    out = _readings_kept(path, sorted({*todo, *sample}), doubtful, options)
    rest = sorted(set(doubtful) - set(sample))
    if rest and any(n in out for n in sample):   # the layer misreads: every doubtful page is read again
        out.update(_readings_kept(path, rest, doubtful, options))
    return out


def _readings_kept(path: Path, numbers: list[int], doubtful: dict[int, float],
                   options: OcrOptions) -> dict[int, tuple[list[Word], float, float]]:
    """Tesseract's readings of these pages; of a doubtful page (its layer's share of Dutch words) only when clearly
    more Dutch."""
    out = {}
    for number, reading in zip(numbers, ocr_module.ocr_pages(path, numbers, options)):
        if reading is None:   # a page PDFium cannot render keeps its layer (logged)
            continue
        if number in doubtful:
            quality = ocr_module.layer_quality([w.text for w in reading[0]])
            if quality < doubtful[number] + SECOND_OPINION:
                continue
            log.info("%s p.%d: OCR layer with %.0f%% Dutch words, tesseract reads %.0f%%: read from the image",
                     path.name, number, 100 * doubtful[number], 100 * quality)
        out[number] = reading
    return out


class Readings:
    """Each page zoned and its body text read once per body size and vocabulary: the poor-layer check
    and the page parts read the same pages alike (a page read again by OCR is a new page)."""

    def __init__(self) -> None:
        self._zones: dict[tuple[int, float], tuple[PageWords, Zoned]] = {}
        self._texts: dict[tuple[int, float, frozenset[str], frozenset[str]], tuple[str, dict[str, int]]] = {}
        self._measures: dict[tuple[str, tuple[int, ...]], tuple[list[PageWords], object]] = {}
        self.openings: set[int] = set()   # later pages that open a letter of their own (opens_letter)

    def size(self, pages: list[PageWords]) -> float:
        """``dominant_size`` of these pages, measured once (before OCR and after, when no page was OCR'd)."""
        return self._measure("size", pages, dominant_size)   # type: ignore[return-value]

    def words(self, pages: list[PageWords]) -> frozenset[str]:
        """``document_words`` of these pages, read once."""
        return self._measure("words", pages, document_words)   # type: ignore[return-value]

    def _measure(self, name: str, pages: list[PageWords], measure) -> object:
        key = (name, tuple(map(id, pages)))   # the pages are kept with the result: their ids are not reused
        if key not in self._measures:
            self._measures[key] = list(pages), measure(pages)
        return self._measures[key][1]

    def zone(self, page: PageWords, body_size: float) -> Zoned:
        key = (id(page), body_size)   # the page is kept with its zoning: its id is not reused meanwhile
        if key not in self._zones:
            first = page.half < 2 and (page.number == 1 or opens_letter(page, body_size))
            if first and page.number > 1:
                self.openings.add(page.number)
            self._zones[key] = page, zone_page(page, body_size, first=first)
        return self._zones[key][1]

    def text(self, page: PageWords, body_size: float, vocabulary: frozenset[str],
             running: frozenset[str] = frozenset()) -> tuple[str, dict[str, int]]:
        key = (id(page), body_size, vocabulary, running)
        if key not in self._texts:
            lines = [l for l in self.zone(page, body_size)[0] if not is_running(l, page, running)]
            self._texts[key] = body_text_of(lines, body_size, vocabulary)
        return self._texts[key]


DATE_LINE = re.compile(r"^\s*Datum\b")
RETURN_ADDRESS = re.compile(r"^\W{0,2}\s*Retouradres\b")
SUBJECT_WORDS = frozenset({"Betreft", "Onderwerp"})
OPENING_WORDS = frozenset({"Geachte", "Hooggeachte", "Beste", "Retouradres"})


def opens_letter(page: PageWords, body_size: float) -> bool:
    """A later page that opens a letter of its own, its letterhead then read as a first page's (a merged file: a
    Woo-besluit with its documents appended, a letter sent on with an earlier one): among its first lines a Datum line
    and a subject line (Betreft, Onderwerp) with a return address (`> Retouradres Postbus ...`) above the subject or a
    salutation (Geachte, Beste) below it. On main the appended letter's letterhead (return address, addressee,
    Kenmerk, Datum) stood in the body and its date and kenmerk were the document's."""
    texts = {w.text.strip(",:;") for w in page.words}
    if not texts & SUBJECT_WORDS or not texts & OPENING_WORDS:
        return False
    lines = [collapse(l.text) for l in group_lines(page.words, body_size)[:LETTERHEAD_SEARCH_LINES]]
    subject = next((i for i, t in enumerate(lines) if SUBJECT_LINE.match(t)), None)
    if subject is None or not any(DATE_LINE.match(t) for t in lines[:subject + MAX_SUBJECT_CONTINUATION + 2]):
        return False
    return (any(RETURN_ADDRESS.match(t) for t in lines[:subject])
            or any(SALUTATION.match(t) for t in lines[subject + 1:]))


def _line_key(text: str) -> str:
    """A line as running lines are compared: lowercased, its word spaces out. The same logo read from a text layer
    and from a scan differs in its spaces (`Ministerie vanAlgemene Zaken` where a kerned space has no glyph,
    `Ministerie van Algemene Zaken` read by OCR on the next page)."""
    return "".join(text.lower().split()).strip(WORD_STRIP)


def in_band(line: Line, page: PageWords) -> bool:
    """Whether a line stands in the page's top or bottom band (running headers and footers)."""
    return line.top < page.height * BAND or line.top > page.height * (1 - BAND)


def in_logo_band(line: Line, page: PageWords) -> bool:
    """Whether a line stands under the top band but above LOGO_BAND: where a letter's wordmark set as text stands
    beside the Rijkshuisstijl's hanging band (`Ministerie van Infrastructuur en Milieu`, 85-115 pt down)."""
    return page.height * BAND <= line.top < page.height * LOGO_BAND


def is_running(line: Line, page: PageWords, running: frozenset[str]) -> bool:
    """A body line at the page's top or bottom edge (or in the logo band) whose text is one of the document's
    running lines."""
    return (bool(running) and (in_band(line, page) or in_logo_band(line, page))
            and _line_key(line.text) in running)


def running_lines(pages: list[PageWords], sizes: dict[bool, float], readings: Readings) -> frozenset[str]:
    """Lines the zoning kept in the body at a page's top or bottom edge that the document prints elsewhere as page
    furniture: at the edge of another page too, or in its letterhead or sidebar. A letter's logo set as text (or read
    from a scan's logo), `Ministerie van Justitie en` / `Veiligheid` above every continuation page, is a running header."""
    if len(pages) < 2:
        return frozenset()
    margin: set[str] = set()
    edges: dict[str, set[int]] = {}
    logo: set[str] = set()   # lines in the logo band: running only as the letterhead printed them elsewhere
    for page in pages:
        try:
            body, margin_lines, _ = readings.zone(page, sizes[page.scanned])
        except Exception:  # the page part fallback logs it
            continue
        margin.update(_line_key(t) for text in margin_lines for t in text.split("\n"))
        for line in body:
            if in_band(line, page):
                edges.setdefault(_line_key(line.text), set()).add(page.number)
            elif in_logo_band(line, page):
                logo.add(_line_key(line.text))
    return frozenset(k for k, numbers in [*edges.items(), *((k, set()) for k in logo)]
                     if len(k) >= 4 and re.search(r"[^\W\d_]", k)
                     and ((len(numbers) > 1 and not MAIL_FIELD.match(k)) or k in margin))


# the header lines of e-mails printed in a bundle (`Van: 5.1.2e` atop every mail): the same on many pages, yet text
MAIL_FIELD = re.compile(r"^(?:van|aan|cc|bcc|from|to)\s*:", re.I)


def _reading(page: PageWords, body_size: float, vocabulary: frozenset[str], readings: Readings | None = None) -> str:
    """The page's body text as the zoning reads its layer ("" where a rule fails: judged by the layer)."""
    try:
        return (readings or Readings()).text(page, body_size, vocabulary)[0]
    except Exception:  # the page part fallback logs it when the page is read for real
        return ""


def _page_part(name: str, page: PageWords, body_size: float, vocabulary: frozenset[str],
               readings: Readings, running: frozenset[str] = frozenset()) -> PagePart:
    """One page's number, body text, footnotes, marker positions and margin lines (`assemble_pages`).
    A rule that fails on the page degrades it to plain reading order (logged), never the document."""
    step = "zoning"
    try:
        body, margin_lines, notes = readings.zone(page, body_size)
        step = "body text"
        text, marker_at = readings.text(page, body_size, vocabulary, running)
        headers = [collapse(l.text) for l in body if is_running(l, page, running)]
        return page.number, text, notes, marker_at, headers + margin_lines
    except Exception as exc:  # a layout rule must not cost the document: this page is read plainly
        log.warning("%s p.%d: %s failed (%s: %s); page read in plain reading order",
                    name, page.number, step, type(exc).__name__, exc)
        return page.number, plain_text(page), [], {}, []


def plain_text(page: PageWords) -> str:
    """The page's words in plain reading order (lines top to bottom, words left to right), no zoning."""
    rows: list[list[Word]] = []
    for w in sorted(page.words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(rows[-1][-1].bottom - w.bottom) <= LINE_TOLERANCE:
            rows[-1].append(w)
        else:
            rows.append([w])
    return "\n".join(" ".join(w.text for w in sorted(row, key=lambda w: w.x0)) for row in rows)


def read_pages(path: Path) -> list[PageWords]:
    """Every page's words with their sizes, read with PDFium (fast, C++); pdfplumber (pdfminer) is
    the fallback for files PDFium will not open. Failures become our own error types."""
    head = path.read_bytes()[:1024]
    if b"%PDF-" not in head:
        raise UnreadableFile("not a PDF (no %PDF header)")
    try:
        return read_pages_pdfium(path)
    except EncryptedFile:
        raise
    except Exception as exc:  # PDFium refused, or our reading of its pages failed: let pdfminer try
        # a file PDFium refuses is routine (info); any other error is a fault in the reading, said aloud
        level = logging.INFO if type(exc).__name__ == "PdfiumError" else logging.WARNING
        log.log(level, "%s: PDFium reading failed (%s: %s), trying pdfplumber", path.name, type(exc).__name__, exc)
    try:
        import pdfplumber   # here, not at the top: only the fallback needs it (0.2 s of imports)

        with pdfplumber.open(path) as pdf:
            return [page_words(p, i + 1) for i, p in enumerate(pdf.pages)]
    except Exception as exc:  # pdfminer raises a zoo of types for broken files
        name = type(exc).__name__
        causes = " ".join(type(x).__name__ for x in (exc, *exc.args, exc.__context__) if x is not None)
        if "Password" in causes or "encrypt" in str(exc).lower():
            raise EncryptedFile("PDF is encrypted (password protected)") from exc
        raise UnreadableFile(f"corrupt or unreadable PDF ({name}: {str(exc)[:120] or 'no detail'})") from exc


OBJECT = re.compile(rb"(?<![0-9])(\d{1,7})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b")
CATALOG = re.compile(rb"/Type\s*/Catalog\b")


def rebuilt(data: bytes) -> bytes | None:
    """A PDF whose cross-reference table and trailer are gone (a download or copy broken off at the end, the
    table and trailer written last) with both written anew from the objects it holds, as a repair tool does (qpdf,
    mutool clean); None when no document catalog is found. An object defined twice keeps its last definition (an
    incremental update's)."""
    offsets: dict[int, tuple[int, int]] = {}
    for m in OBJECT.finditer(data):
        offsets[int(m.group(1))] = (m.start(), int(m.group(2)))
    roots = [n for n, (start, _) in offsets.items()
             if CATALOG.search(data, start, max(data.find(b"endobj", start), start + 1))]
    if not roots or max(offsets) > 10 * len(offsets) + 1000:
        return None
    size = max(offsets) + 1
    body = data if data.endswith(b"\n") else data + b"\n"
    rows = [b"%010d %05d n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n" for n in range(size)]
    return (body + b"xref\n0 %d\n" % size + b"".join(rows)
            + b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, roots[-1], len(body)))


@contextmanager
def repaired(path: Path) -> Iterator[Path]:
    """The file, or where it ends without its trailer (no `startxref` in its last KiB), PDFium cannot open it and
    its objects hold a catalog (``rebuilt``), a copy of the same name with the trailer written anew in a temporary
    folder: its pages are read and, where OCR is needed, rendered from that copy."""
    with path.open("rb") as handle:
        handle.seek(max(path.stat().st_size - 1024, 0))
        whole = b"startxref" in handle.read()
    data = None if whole or _pdfium_opens(path) else rebuilt(path.read_bytes())
    if data is None:
        yield path
        return
    log.warning("%s: no cross-reference table or trailer (cut off?): read from its objects", path.name)
    with tempfile.TemporaryDirectory(prefix="repaired-") as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(data)
        yield copy


def _pdfium_opens(path: Path) -> bool:
    import pypdfium2 as pdfium

    try:
        pdfium.PdfDocument(str(path)).close()
    except pdfium.PdfiumError:
        return False
    return True


def read_pages_pdfium(path: Path) -> list[PageWords]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        # PDFium's error code is the last one it set: a file it fails on without setting one (a PDF of no pages)
        # reads as `Incorrect password` after an encrypted file in the same process. Encrypted files say so.
        if "password" in str(exc).lower() and b"/Encrypt" in path.read_bytes():
            raise EncryptedFile("PDF is encrypted (password protected)") from exc
        raise
    try:
        pages: dict[int, PageWords] = {}
        for i in range(len(doc)):
            try:
                page = doc[i]
            except pdfium.PdfiumError:   # a damaged page object: read by pdfminer below
                continue
            pages[i + 1] = _pdfium_page(page, i + 1, raw)
        if not pages and len(doc):
            raise pdfium.PdfiumError("Failed to load any page.")
        damaged = [n for n in range(1, len(doc) + 1) if n not in pages]
        return [pages.get(n) or refused[n] for refused in [_pages_pdfium_refused(path, damaged, len(doc))]
                for n in range(1, len(doc) + 1)]
    finally:
        doc.close()


def _pdfium_page(page, number: int, raw) -> PageWords:
    """One page PDFium loaded: its words in the frame they read in (frame.py: the visible page, turned so its
    text runs left to right), that frame's size and how much of the page images cover (the page closed)."""
    width, height = page.get_size()
    if page.get_rotation() % 180:   # the size as shown; characters and images stand in the page's own frame
        width, height = height, width
    origin = crop_origin(page)
    textpage = page.get_textpage()
    shift = np.array([origin[0], origin[1], origin[0], origin[1]])
    texts, loose = pdfium_loose_boxes(textpage, raw)
    turn = frame.reading_turn(texts, loose - shift)
    seen_width, seen_height = (height, width) if turn % 2 else (width, height)
    boxes = glyph_boxes(textpage, raw, loose, lambda b: frame.turned(b - shift, width, height, turn)[0])
    texts, boxes = frame.visible(texts, boxes, (0.0, 0.0), (seen_width, seen_height))
    words = chars_to_words(texts, boxes, seen_height)
    images = [(x0 - origin[0], y0 - origin[1], x1 - origin[0], y1 - origin[1])
              for x0, y0, x1, y1 in image_boxes(page.raw, raw)]
    cover = image_cover(images, width, height)
    drawn = not words and drawn_paths(page.raw, raw) >= DRAWN_PATHS
    textpage.close()
    page.close()
    return PageWords(number, float(seen_width), float(seen_height), words, cover >= SCAN_IMAGE_COVER, cover, drawn,
                     turn=turn)


def crop_origin(page) -> tuple[float, float]:
    """The lower left corner of what a reader sees of the page (its CropBox within its MediaBox) in its own space."""
    media, crop = page.get_mediabox(), page.get_cropbox()
    return max(media[0], crop[0]), max(media[1], crop[1])


DRAWN_PATHS = 50   # a page without characters drawing this many paths drew its text as outlines


def drawn_paths(parent, raw) -> int:
    """Path objects on a page (top level): a page whose fonts were turned into outlines (`gs -dNoOutputFonts`,
    a printer driver's "text as curves", pdf80 probe) has no characters but a path per run of text; a blank
    page or one with a rule or a logo has a few."""
    return sum(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(parent, i)) == raw.FPDF_PAGEOBJ_PATH
               for i in range(raw.FPDFPage_CountObjects(parent)))


def _pages_pdfium_refused(path: Path, numbers: list[int], count: int) -> dict[int, PageWords]:
    """pdfminer's reading of the pages PDFium cannot load (a damaged page object, the rest of the file sound: one
    flipped byte in `17 0 obj`); a page neither reads is left empty (A4), each logged. Reading the whole file with
    pdfminer instead would lose it where pdfminer stumbles elsewhere, and reads words less well than PDFium. Only
    when pdfminer counts the ``count`` pages PDFium does: one that skips the damaged page object (`8 0 ojb`) gave the
    next page's text as the damaged page's (the page read twice, pdf89 probe)."""
    out: dict[int, PageWords] = {}
    problem = "no detail"
    try:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            matched = len(pdf.pages) == count
            if not matched:
                problem = f"it finds {len(pdf.pages)} of {count} pages"
            for n in numbers if matched else []:
                try:
                    out[n] = page_words(pdf.pages[n - 1], n)
                except Exception as exc:  # pdfminer raises a zoo of types for broken pages
                    problem = f"{type(exc).__name__}: {str(exc)[:80]}"
    except Exception as exc:  # ... and for broken files
        problem = f"{type(exc).__name__}: {str(exc)[:80]}"
    for n in numbers:
        log.warning("%s p.%d: PDFium cannot load the page: %s", path.name, n,
                    "read by pdfminer" if n in out else f"pdfminer cannot either ({problem}), left empty")
    return {n: out.get(n) or PageWords(n, 595.0, 842.0, [], False, 0.0) for n in numbers}


def image_boxes(parent, raw, form: bool = False, level: int = 0) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of every image object of a page, in Form XObjects too (15 levels deep,
    as pypdfium2's ``get_objects``), read through the raw calls: no wrapper object per page object."""
    count, get = ((raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject) if form
                  else (raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject))
    n = count(parent)
    if n < 0:
        raise ValueError("PDFium cannot count the page objects")
    boxes = []
    for i in range(n):
        obj = get(parent, i)
        if not obj:
            raise ValueError("PDFium cannot get a page object")
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            edges = [ctypes.c_float() for _ in range(4)]
            if not raw.FPDFPageObj_GetBounds(obj, *edges):
                raise ValueError("PDFium cannot locate a page object")
            boxes.append((edges[0].value, edges[1].value, edges[2].value, edges[3].value))
        if kind == raw.FPDF_PAGEOBJ_FORM and level < 14:
            boxes += image_boxes(obj, raw, True, level + 1)
    return boxes


def pdfium_words(textpage, height: float, raw) -> list[Word]:
    """Characters into words: a word ends at white space, a gap, a jump of baseline or of size (a page
    at once, ``glyphs.page_words``; character by character where a box is not finite)."""
    return chars_to_words(*pdfium_char_boxes(textpage, raw), height)


def chars_to_words(texts: list[str], boxes: np.ndarray, height: float) -> list[Word]:
    """pdfium_words of characters read already."""
    squeezed = glyphs.squeezed_spaces(texts, boxes)
    words = glyphs.page_words(texts, boxes, height, fix_diacritics, squeezed)
    return join_spaced_letters(join_touching(words if words is not None else
                                             words_in_order(zip(texts, *boxes.T.tolist()), height, squeezed)))


TOUCH = 0.08   # glyphs of one word touch (advance to advance); a space between words is 0.2 em or more


def join_touching(words: list[Word]) -> list[Word]:
    """Words that touch on one baseline at one size joined: PDFium reads the glyphs of a page drawn one by one in an
    order of its own, and may put a word's first letters among another line's (`B` after the sidebar's `Datum`,
    `estuursorganen` on), so the characters of one word come out as two. Words that follow each other in PDFium's
    order were cut there on purpose (a space character, a squeezed space): a justified line may set them touching
    (`twaalf is`)."""
    order = sorted(range(len(words)), key=lambda i: (round(words[i].bottom), words[i].x0))
    into: dict[int, int] = {}   # a word's index -> the index of the word it joins
    for a, b in zip(order, order[1:]):
        if b == a + 1:
            continue
        left, right = words[into.get(a, a)], words[b]
        size = max(left.size, right.size, 1.0)
        if (abs(left.bottom - right.bottom) <= 0.1 * size and abs(left.size - right.size) <= 0.1 * size
                and -TOUCH * size <= right.x0 - left.x1 <= TOUCH * size and right.x0 > left.x0):
            head = into.get(a, a)
            words[head] = Word(left.text + right.text, left.x0, max(left.x1, right.x1), min(left.top, right.top),
                               max(left.bottom, right.bottom), max(left.size, right.size))
            into[b] = head
    return [w for i, w in enumerate(words) if i not in into] if into else words


SPACED_RUN = 4          # single glyphs in a row, at one spacing, that are a letter-spaced text (`B e s l u i t`)
SPACED_GAP = 1.2        # ... each at most this share of its size from the next (a word space and two spacings)
SPACED_LETTERS = 0.5    # ... the letters of a word at most this share of its size apart
SPACED_EVEN = 1.35      # ... the letters' gaps within this factor of the narrowest; a wider gap ends a word


def join_spaced_letters(words: list[Word]) -> list[Word]:
    """Letter-spaced text (a heading set with character spacing, `B e s l u i t`, `W i j z e v a n ...`) read as one
    word per glyph: a run of single glyphs on one line at an even spacing is joined into words, cut where a gap is
    wider than the letters' (the space between words)."""
    joined: dict[int, Word] = {}
    gone: set[int] = set()
    for run in _glyph_runs(words):
        for part in _spaced_words(words, run):
            first, last = words[part[0]], words[part[-1]]
            joined[part[0]] = Word("".join(words[i].text for i in part), first.x0, last.x1,
                                   min(words[i].top for i in part), max(words[i].bottom for i in part),
                                   max(words[i].size for i in part))
            gone.update(part[1:])
    if not joined:
        return words
    return [joined.get(i, w) for i, w in enumerate(words) if i not in gone]


def _glyph_runs(words: list[Word]) -> list[list[int]]:
    """Runs (word indexes, left to right) of single glyphs on one line, at one size, close after each other."""
    order = sorted(range(len(words)), key=lambda i: (round(words[i].bottom), words[i].x0))
    runs: list[list[int]] = []
    for i in order:
        w = words[i]
        run = runs[-1] if runs else None
        last = words[run[-1]] if run else None
        if (len(w.text) == 1 and last is not None and len(last.text) == 1 and abs(last.bottom - w.bottom) <= 0.1 * w.size
                and abs(last.size - w.size) <= 0.1 * max(w.size, 1.0) and 0 < w.x0 - last.x1 <= SPACED_GAP * max(w.size, 1.0)):
            run.append(i)   # type: ignore[union-attr]
        elif len(w.text) == 1:
            runs.append([i])
        else:
            runs.append([])
    return [r for r in runs if len(r) >= SPACED_RUN]


def _spaced_words(words: list[Word], run: list[int]) -> list[list[int]]:
    """A run of glyphs cut into words at the gaps wider than the letters'; none where the run is no letter-spaced
    text: marks or figures in a row (`x   x   x`, `1 2 3 4`)."""
    gaps = [words[b].x0 - words[a].x1 for a, b in zip(run, run[1:])]
    narrow = min(gaps)
    if narrow > SPACED_LETTERS * words[run[0]].size:
        return []
    parts, part = [], [run[0]]
    for gap, i in zip(gaps, run[1:]):
        if gap > SPACED_EVEN * narrow:
            parts.append(part)
            part = []
        part.append(i)
    parts.append(part)
    if (max(len(p) for p in parts) < 2 or sum(len(p) == 1 for p in parts) > len(parts) / 2
            or sum(words[i].text.isalpha() for i in run) <= len(run) / 2):
        return []
    return parts


def words_in_order(chars: Iterable[tuple[str, float, float, float, float]], height: float,
                   squeezed: frozenset[int] = frozenset()) -> list[Word]:
    """Characters (text, left, bottom, right, top) into words, one at a time: the word being built is kept as its
    characters and running extremes; ``squeezed``: generated spaces that end a word (``glyphs.squeezed_spaces``)."""
    words: list[Word] = []
    parts: list[str] = []
    x0 = x1 = low = high = biggest = last_bottom = last_size = last_right = 0.0
    zero_space = False   # a space PDFium generated (no width) right before this character

    def word() -> Word:
        return Word(fix_diacritics("".join(parts)), x0, x1, height - high, height - low,
                    round(biggest * PDFIUM_SIZE, 1))

    for at, (ch, left, bottom, right, top) in enumerate(chars):
        if ch in SOFT_HYPHENS:
            ch = "-"   # PDFium reports a line-break hyphen as U+FFFE
        if not ch or ch.isspace():
            zero_space = ch == " " and right - left < NO_WIDTH and at not in squeezed   # generated: kerning
            if parts and not zero_space:
                words.append(word())
                parts = []
            continue
        size = top - bottom   # the loose box spans the font's ascent to descent: scaled like the text
        if parts and ch in SPACING_DIACRITICS:
            parts.append(ch)
            continue
        kerned = zero_space and bool(parts) and glyphs.kerned_space(parts[-1], ch, left - last_right, size)
        zero_space = False
        if parts and (kerned or left - x1 > WORD_GAP * max(size, 1) or abs(bottom - last_bottom) > 0.5 * max(size, last_size)
                      or not (1 / 1.15 < size / max(last_size, 0.1) < 1.15)):
            words.append(word())
            parts = []
        x0, x1, low, high, biggest = ((min(x0, left), max(x1, right), min(low, bottom), max(high, top),
                                       max(biggest, size)) if parts else (left, right, bottom, top, size))
        parts.append(ch)
        last_bottom, last_size, last_right = bottom, size, right
    if parts:
        words.append(word())
    return words


def pdfium_chars(textpage, raw) -> list[tuple[str, float, float, float, float]]:
    """(text, left, bottom, right, top) of every character of a PDFium text page, its loose box."""
    texts, boxes = pdfium_char_boxes(textpage, raw)
    return list(zip(texts, *boxes.T.tolist()))


def pdfium_char_boxes(textpage, raw) -> tuple[list[str], np.ndarray]:
    """The text of every character of a PDFium text page and its loose box (rows of left, bottom, right,
    top), descenders and ligature letters measured (``glyph_boxes``), in the page's own space."""
    texts, out = pdfium_loose_boxes(textpage, raw)
    return texts, glyph_boxes(textpage, raw, out, lambda boxes: boxes)


def glyph_boxes(textpage, raw, loose: np.ndarray, place: Placing) -> np.ndarray:
    """Loose boxes (``pdfium_loose_boxes``) in the frame ``place`` maps boxes of the page's own space to
    (frame.py), then their descenders and ligature letters measured there: their heights run up the glyph."""
    return ligature_heights(textpage, raw, descent_boxes(textpage, raw, place(loose), place), place)


Placing = Callable[[np.ndarray], np.ndarray]


def pdfium_loose_boxes(textpage, raw) -> tuple[list[str], np.ndarray]:
    """The text of every character and its loose box as PDFium gives it, in the page's own space. The page text is
    read in one call and each character looks up its place in it (a character PDFium leaves out of the text reads as
    ""), as ``get_text_range(i, 1)`` per character would, but in bulk; the boxes are written into one array, through
    PDFium's functions called with plain addresses."""
    count = textpage.count_chars()
    text_index, loose_box = _plain_calls(raw)
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    at = [text_index(handle, i) for i in range(count)]
    boxes = (ctypes.c_float * (4 * count))()   # FS_RECTF: left, top, right, bottom
    base = ctypes.addressof(boxes)
    for i in range(count):
        if not loose_box(handle, i, base + 16 * i):
            raise ValueError(f"PDFium has no box for character {i}")
    first = next((t for t in at if t >= 0), 0)
    text = text_units(textpage, raw, count)
    texts = [text[t - first] if 0 <= t and t - first < len(text) else "" for t in at]
    return texts, np.frombuffer(boxes, np.float32).reshape(count, 4)[:, [0, 3, 2, 1]].astype(np.float64)


def text_units(textpage, raw, count: int) -> list[str]:
    """The page text as PDFium indexes it, one entry per UTF-16 unit: a character outside the BMP on its first unit
    (its second empty), a lone surrogate as itself where it is a byte-shifted ligature (U+DD00 `ti`, SHIFTED_LIGATURE),
    else U+FFFD. A Python string of the text (get_text_range) drops a lone surrogate, and every character after it
    on the page took its neighbour's text: `naar schatng, et name`, the line's first letter at the previous line's end
    (Carlito's `ti` through Ghostscript, pdf80 probe)."""
    buffer = (ctypes.c_ushort * (2 * count + 1))()
    n = max(raw.FPDFText_GetText(textpage.raw, 0, count, buffer) - 1, 0)
    data = bytes(buffer)[:2 * n]
    codes = np.frombuffer(data, np.uint16)
    if not ((codes >= 0xD800) & (codes < 0xE000)).any():   # (no surrogate: a unit is a character)
        return list(data.decode("utf-16-le"))
    units = codes.tolist()
    out = []
    for i, u in enumerate(units):
        if 0xD800 <= u < 0xDC00 and i + 1 < n and 0xDC00 <= units[i + 1] < 0xE000:
            out.append(chr(0x10000 + ((u - 0xD800) << 10) + units[i + 1] - 0xDC00))
        elif 0xDC00 <= u < 0xE000 and i and 0xD800 <= units[i - 1] < 0xDC00:
            out.append("")
        elif 0xD800 <= u < 0xE000:
            out.append(chr(u) if chr(u) in SHIFTED_LIGATURE else "\ufffd")
        else:
            out.append(chr(u))
    return out


DESCENT = 0.21   # a sans-serif font's descent below the baseline, share of its size (Arial, Liberation Sans, Calibri)
PROBED = 8       # characters of a page whose font is asked for its descent before all are


def descent_boxes(textpage, raw, boxes: np.ndarray, place: Placing) -> np.ndarray:
    """Boxes reaching below the baseline where the font declares no descent. PDFium's loose box spans the
    font's declared ascent to descent; a TrueType subset whose descriptor says `/Ascent 0 /Descent 0`
    (LibreOffice Writer's PDFs, pdf80 probe) gets boxes from the baseline up, as tall as each glyph: a `p` or
    `g` is taller and lower than its neighbours, so the words broke at every descender (`Handelin g en`,
    `Ri j kswerk g ele g enheid`) and sizes read half the type's. Such a character's box runs from DESCENT of
    its size below its origin to the ascent PDFium gives. Asked only where neighbouring letters differ in
    height, and then of the first PROBED such characters' fonts."""
    heights = boxes[:, 3] - boxes[:, 1]
    both = (heights[1:] > 0) & (heights[:-1] > 0)
    candidates = np.flatnonzero(both & ~np.isclose(heights[1:], heights[:-1], rtol=0.02)) + 1
    fonts: dict[int, tuple[float, float] | None] = {}
    if not any(_no_descent(textpage, raw, int(i), fonts) for i in candidates[:PROBED]):
        return boxes
    out = boxes.copy()
    x, y = ctypes.c_double(), ctypes.c_double()
    found, origins = [], []
    for i in range(len(boxes)):
        font = _no_descent(textpage, raw, i, fonts)
        if font and raw.FPDFText_GetCharOrigin(textpage.raw, i, ctypes.byref(x), ctypes.byref(y)):
            found.append((i, *font))
            origins.append((x.value, y.value, x.value, y.value))
    if found:   # the origins placed at once, their baselines the placed y
        for (i, size, ascent), baseline in zip(found, place(np.array(origins))[:, 1].tolist()):
            out[i, 1], out[i, 3] = baseline - DESCENT * size, baseline + ascent
    return out


def _no_descent(textpage, raw, i: int, fonts: dict) -> tuple[float, float] | None:
    """(size, ascent) of character ``i``'s font where it declares an ascent and no descent, else None;
    ``fonts`` caches the answer by text object."""
    obj = raw.FPDFText_GetTextObject(textpage.raw, i)
    key = ctypes.cast(obj, ctypes.c_void_p).value or 0
    if key not in fonts:
        fonts[key] = None
        size, ascent, descent = ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        font = raw.FPDFTextObj_GetFont(obj) if key else None
        if (font and raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)) and size.value > 0
                and raw.FPDFFont_GetAscent(font, size, ctypes.byref(ascent))
                and raw.FPDFFont_GetDescent(font, size, ctypes.byref(descent))
                and descent.value == 0 and ascent.value > 0.3 * size.value):
            fonts[key] = (size.value, ascent.value)
    return fonts[key]


LOWER = 0.95   # a character whose loose box is this much less tall than the one before may be part of a ligature


def ligature_heights(textpage, raw, boxes: np.ndarray, place: Placing) -> np.ndarray:
    """Boxes with the letters of a ligature glyph as tall as the letters beside them. PDFium gives each letter of
    one glyph that stands for several (`ﬁ`, `ﬃ`: `financiën`, `efficiënte`) its glyph's tight box for a loose one, a
    smaller size than its word's: the word came out cut in three (`e ffi ciënte`) and the small part lost as a
    marker. Such a letter is known by its loose box being its tight box; it takes the height of the letter before
    (after, first on a line) that has a loose box of its own."""
    heights = boxes[:, 3] - boxes[:, 1]
    both = (heights[1:] > 0) & (heights[:-1] > 0)   # (a space PDFium generated has no box: no neighbour to compare)
    candidates = np.flatnonzero(both & ((heights[1:] < LOWER * heights[:-1]) | (heights[:-1] < LOWER * heights[1:]))) + 1
    parts: set[int] = set()
    for seed in (int(c) for c in {*candidates, *(candidates - 1)}):
        i = seed   # the glyph's letters share one box height: from its first letter on
        while i > 0 and heights[i - 1] > 0 and np.allclose(boxes[i - 1, [1, 3]], boxes[seed, [1, 3]]):
            i -= 1
        while i < len(boxes) and i not in parts and heights[i] > 0 and _tight_is_loose(textpage, raw, boxes[i], i, place):
            parts.add(i)
            i += 1
    if not parts:
        return boxes
    out = boxes.copy()
    for i in sorted(parts):
        donor = next((j for j in (*range(i - 1, max(i - 4, -1), -1), *range(i + 1, min(i + 4, len(boxes))))
                      if j not in parts and heights[j] > heights[i] and boxes[j, 1] <= boxes[i, 1] <= boxes[j, 3]), None)
        if donor is not None:
            out[i, [1, 3]] = boxes[donor, [1, 3]]
    return out


def _tight_is_loose(textpage, raw, box: np.ndarray, i: int, place: Placing) -> bool:
    """Character ``i``'s loose box (left, bottom, right, top, placed) is its tight box."""
    tight = [ctypes.c_double() for _ in range(4)]   # left, right, bottom, top
    if not raw.FPDFText_GetCharBox(textpage.raw, i, *map(ctypes.byref, tight)):
        return False
    placed = place(np.array([[tight[0].value, tight[2].value, tight[1].value, tight[3].value]]))[0]
    return bool(all(abs(a - b) < 0.01 for a, b in zip(box, placed)))


@lru_cache(maxsize=1)
def _plain_calls(raw) -> tuple:
    """FPDFText_GetTextIndexFromCharIndex and FPDFText_GetLooseCharBox with untyped pointer arguments:
    a call costs half of one through the typed bindings (these run for every character)."""
    assert ctypes.sizeof(raw.FS_RECTF) == 16
    address = lambda f: int(ctypes.cast(f, ctypes.c_void_p).value or 0)  # noqa: E731
    text_index = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)(
        address(raw.FPDFText_GetTextIndexFromCharIndex))
    loose_box = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
        address(raw.FPDFText_GetLooseCharBox))
    return text_index, loose_box


def page_words(page, number: int) -> PageWords:
    words = [Word(fix_diacritics(w["text"]), w["x0"], w["x1"], w["top"], w["bottom"], round(float(w["size"]), 1))
             for w in page.extract_words(extra_attrs=["size"], keep_blank_chars=False)]
    boxes = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    cover = image_cover(boxes, float(page.width), float(page.height))
    return PageWords(number, float(page.width), float(page.height), words, cover >= SCAN_IMAGE_COVER, cover)


def image_cover(boxes: list[tuple[float, float, float, float]], width: float, height: float) -> float:
    """Share of the page that images cover (their boxes clipped to the page, overlaps counted once by
    rows): a scan may be one page-size image or a stack of strips."""
    if not boxes or width <= 0 or height <= 0:
        return 0.0
    ys = sorted({min(max(y, 0.0), height) for _, y0, _, y1 in boxes for y in (y0, y1)})
    covered = 0.0
    for lo, hi in zip(ys, ys[1:]):
        spans = sorted((max(x0, 0.0), min(x1, width)) for x0, y0, x1, y1 in boxes
                       if min(y0, y1) <= lo and max(y0, y1) >= hi and x1 > x0)
        covered += (hi - lo) * _union_length(spans)
    return covered / (width * height)


def _union_length(spans: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for a, b in spans:
        if b > end:
            total += b - max(a, end)
            end = b
    return total


# A ligature's letters whose ToUnicode entry was written one byte off (each UTF-16 unit shifted left a byte:
# `f` U+0066 -> U+6600 `昀`, `h` -> U+6800 `栀`, `t` -> U+7400; `fi` summed into one unit, U+CF00): a text layer passed
# through Ghostscript's pdfwrite from LibreOffice, and PDFs from some Word/printer chains read `e昀昀ectiviteit`,
# `nahe昀케ng`, `onaf栀ankelijke`, `Voorzi琀琀er` (pdf80 probes). These code points are CJK/Hangul signs no Dutch text
# holds between Latin letters.
SHIFTED_LIGATURE = ({chr(c << 8): chr(c) for c in range(ord("a"), ord("z") + 1)}
                    | {"\ucf00": "fi", "\ud200": "fl", "\udd00": "ti"})
SHIFTED_RUN = re.compile("[" + "".join(SHIFTED_LIGATURE) + "]+")


def fix_shifted_ligatures(text: str) -> str:
    """`nahe昀케ng` -> `naheffing`: a run of byte-shifted ligature letters in a word with Latin letters."""
    if not SHIFTED_RUN.search(text):
        return text
    if not re.search(r"[A-Za-z]", text):   # (a lone surrogate alone is no text: U+FFFD, as text_units reads others)
        return re.sub("[\ud800-\udfff]", "\ufffd", text)
    return SHIFTED_RUN.sub(lambda m: "".join(SHIFTED_LIGATURE[c] for c in m.group(0)), text)


def fix_diacritics(text: str) -> str:
    """`Yes¸ilgöz` -> `Yeşilgöz`: a spacing accent after its letter becomes the composed letter; byte-shifted
    ligature letters are read back (fix_shifted_ligatures)."""
    text = fix_shifted_ligatures(text)
    if any(c in text for c in SPACING_DIACRITICS):
        text = re.sub("(?<=[^\\W\\d_])([" + "".join(SPACING_DIACRITICS) + "])",
                      lambda m: SPACING_DIACRITICS[m.group(1)], text)
    return unicodedata.normalize("NFC", text)


def document_words(pages: list[PageWords]) -> frozenset[str]:
    """The document's own word forms (lowercased, punctuation off, line-end fragments left out):
    the evidence for how its line-break hyphens join (`procureurs-generaal` written whole elsewhere)."""
    out = set()
    for p in pages:
        for w in p.words:
            t = w.text.strip(WORD_STRIP).lower()
            if t and not t.endswith("-"):
                out.add(t)
    return frozenset(out)


def dominant_size(pages: list[PageWords]) -> float:
    sizes: Counter = Counter()
    for p in pages:
        for w in p.words:
            sizes[round(w.size * 2) / 2] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


MERGED_RATIO = 1.25   # born-digital pages whose own body size differs this much from the document's ...
MERGED_PAGES = 2      # ... this many in a row at least, on the same side, are a document merged into the file


def merged_sizes(pages: list[PageWords], sizes: dict[bool, float]) -> dict[int, float]:
    """Body size of the pages (by index) of a document merged into the file: a run of MERGED_PAGES born-digital pages
    whose own dominant size is MERGED_RATIO smaller or larger than the document's, measured on the run. A Woo-besluit
    in 10 pt with a fiche in 12 pt appended (more pages) was read at 12 pt: all of its text was small print, lost."""
    out: dict[int, float] = {}
    sides = [_far_side(p, sizes) for p in pages]
    i = 0
    while i < len(pages):
        j = i
        while j < len(pages) and sides[j] and sides[j] == sides[i]:
            j += 1
        if j - i >= MERGED_PAGES:
            size = dominant_size(pages[i:j])
            out.update((k, size) for k in range(i, j))
        i = max(j, i + 1)
    return out


def _far_side(page: PageWords, sizes: dict[bool, float]) -> int:
    """1 when the page's own dominant size is MERGED_RATIO above the document's, -1 below it, else 0 (and for a scan,
    whose OCR sizes are estimates, or a page without words)."""
    if page.scanned or not page.words:
        return 0
    own, body = dominant_size([page]), sizes[False]
    return 1 if own >= body * MERGED_RATIO else -1 if own * MERGED_RATIO <= body else 0


def _size_ratio(a: Word, b: Word) -> float:
    """a's size over b's; glyphs of size zero (damaged fonts) count as equal to each other."""
    return a.size / b.size if b.size else 1.0 if not a.size else float("inf")


def is_marker(w: Word, body_size: float) -> bool:
    """A footnote marker: digits set well below the body size (a superscript)."""
    return bool(NUMBER.match(w.text)) and w.size < body_size * MARKER_MAX


def group_lines(words: list[Word], body_size: float) -> list[Line]:
    """Words into lines: text words by baseline (and similar size), then each superscript marker
    into the line whose height it stands in (a marker with no line is a line of its own)."""
    lines: list[Line] = []
    bottoms: list[float] = []   # each line's bottom (Line.bottom), kept as words join it
    markers = [w for w in words if is_marker(w, body_size)]
    for w in sorted((w for w in words if not is_marker(w, body_size)), key=lambda w: (w.bottom, w.x0)):
        for i in range(max(len(lines) - 3, 0), len(lines)):
            line = lines[i]
            if abs(bottoms[i] - w.bottom) <= LINE_TOLERANCE and 1 / SIZE_JUMP < _size_ratio(w, line.words[-1]) < SIZE_JUMP:
                line.words.append(w)
                bottoms[i] = max(bottoms[i], w.bottom)
                break
        else:
            lines.append(Line([w]))
            bottoms.append(w.bottom)
    for m in markers:
        centre = (m.top + m.bottom) / 2
        home = [l for l in lines if l.top - 2 <= centre <= l.bottom + 1]
        if home:
            min(home, key=lambda l: abs(l.top - m.top)).words.append(m)
        else:
            lines.append(Line([m]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return sorted(lines, key=lambda l: l.top)


def sidebar_x(page: PageWords, body_size: float) -> float | None:
    """Left edge of a right-hand sidebar column, if the page has one: lines of small text starting
    at one left edge right of the body (born-digital letters), or, on a scan where sizes are
    unreliable, a left-aligned column of line starts that no body line runs into. Words that go on
    a line (a footnote running to the right margin) are no column."""
    right = line_starts([w for w in page.words if w.x0 > page.width * SIDEBAR_FROM], page.words, body_size)
    small = [w for w in right if w.size < body_size * SMALL]
    # small print first; on a scan, where an OCR line's size may be the body's, every line start too; a letterhead's
    # colofon set near the body's size (8 pt beside 9 pt) only in the page's upper half and on more lines
    near = [w for w in right if w.size < body_size * NEAR_BODY and w.top < page.height * NEAR_BODY_TOP]
    for candidates, lines in ([(small, SIDEBAR_MIN_LINES)] if len(small) >= SIDEBAR_MIN_LINES else []) + \
            ([(right, SIDEBAR_MIN_LINES_SCAN)] if page.scanned else [(near, SIDEBAR_MIN_LINES_SCAN)]):
        edge = _column_edge(page, candidates, lines)
        if edge is not None:
            return edge
    return None


def _column_edge(page: PageWords, candidates: list[Word], min_lines: int) -> float | None:
    """The edge of the column these line starts form, if they are left-aligned on ``min_lines`` lines at least and
    no body line runs across it."""
    if len(candidates) < min_lines:
        return None
    edge = Counter(round(w.x0) for w in candidates).most_common(1)[0][0]
    aligned = {round(w.bottom) for w in candidates if abs(w.x0 - edge) <= 3}
    crossing = {round(w.bottom) for w in page.words if w.x0 < edge - 3 < w.x1}
    if len(aligned) < min_lines:
        return None
    if len(crossing) > (2 if page.scanned else max(2, len(aligned) // 2)):
        return None
    return edge - 3


def line_starts(candidates: list[Word], words: list[Word], body_size: float) -> list[Word]:
    """The candidates with no word just left of them on their line (they begin a line or column)."""
    ends: dict[int, list[float]] = {}
    for w in words:
        ends.setdefault(round(w.bottom), []).append(w.x1)
    gap = COLUMN_GAP * body_size
    out = []
    for c in candidates:
        b = round(c.bottom)
        near = [x for k in (b - 1, b, b + 1) for x in ends.get(k, ()) if c.x0 - gap < x <= c.x0 + 0.5]
        if not near:
            out.append(c)
    return out


Zoned = tuple[list[Line], list[str], list[tuple[str, str]]]   # body lines, margin lines, footnotes


def zone_page(page: PageWords, body_size: float, first: bool) -> Zoned:
    """(body lines, margin lines, footnotes [(number, text)]) of one page."""
    column = sidebar_x(page, body_size)
    sidebar_words = _sidebar_words(page, column, body_size) if column is not None else _left_sidebar_words(page, body_size)
    if page.scanned and sidebar_words and column is not None:
        sidebar_words = _not_run_on(sidebar_words, page.words, column, body_size)
    has_column = column is not None or bool(sidebar_words)
    sidebar = {_value(w) for w in sidebar_words}
    words = [w for w in page.words if _value(w) not in sidebar] if sidebar_words else page.words
    margin = sidebar_texts(group_lines(sidebar_words, body_size), page.scanned)
    lines = [l for part in column_parts(page, words, body_size, group_lines)
             for l in read_table_cells(labels_beside_values(part))]
    body, notes, held = _route_lines(page, lines, body_size, has_column, first, margin)
    body = _inventory_out(body, margin)
    if first:
        body = _letterhead_out(body, held, margin, has_column)
    return body, margin, [(n, collapse(t)) for n, t in notes]


def _left_sidebar_words(page: PageWords, body_size: float) -> list[Word]:
    """The words of a colofon set left of the body (a letterhead column at the page's left edge, the body and the
    address block indented past it): print below NEAR_BODY of the body size in the page's upper half, its lines
    starting at one edge in the left LEFT_COLUMN_UNTIL of the page and ending LEFT_COLUMN_GAP body sizes short of
    the body's left edge. Read
    into the address block's lines beside it, its labels lost their values (`Onze referentie > Retouradres ...`,
    fields90 probe). A footnote's number hanging left of its text is in the lower half and no column; a masthead's
    lines that run on past the gutter into the body's width (`Vragen gesteld door de leden der Kamer, ...` of an
    Aanhangsel, its answers indented) are none either."""
    if page.scanned:
        return []
    starts = Counter(round(w.x0) for w in line_starts([w for w in page.words if w.size >= body_size * NEAR_BODY],
                                                        page.words, body_size))
    if not starts:
        return []
    body_left = starts.most_common(1)[0][0]
    gutter = body_left - LEFT_COLUMN_GAP * body_size
    across = {round(w.bottom) for w in page.words if w.x0 < body_left - 3 and w.x1 > gutter}   # lines running on
    small = [w for w in page.words if w.size < body_size * NEAR_BODY and w.top < page.height * NEAR_BODY_TOP
             and w.x1 < gutter and not {round(w.bottom) - 1, round(w.bottom), round(w.bottom) + 1} & across]
    edges = [w for w in line_starts(small, page.words, body_size) if w.x0 < page.width * LEFT_COLUMN_UNTIL]
    edge = _column_edge(page, edges, SIDEBAR_MIN_LINES)
    return [w for w in small if w.x0 >= edge] if edge is not None else []


def _sidebar_words(page: PageWords, column: float, body_size: float) -> list[Word]:
    """The words of a sidebar column: right of its edge and small print, or of the sidebar's own type where that is
    near the body's size. A Word template's colofon at 8 or 9.5 pt beside a 9 or 11 pt body reads a size apart from
    glyph to glyph around the small-print line (`Onze referentie` not small, its `41234567` small; LibreOffice's
    DejaVu Sans `Ons` apart from `kenmerk`; a bold label at 10 pt beside an 11 pt body measures near the body's size):
    half the sidebar went into the body's lines, beside the address block,
    and a kenmerk or date lost its label (fields90 probe). Print well above the sidebar's size (a table's column
    at 9 pt beside a 6.5 pt sidebar) and near-body print in the page's lower half (a table under the letter's
    opening) stay out."""
    right = [w for w in page.words if w.x0 >= column]
    if page.scanned:
        return right
    small = [w.size for w in right if w.size < body_size * SMALL] or \
            [w.size for w in right if w.size < body_size * NEAR_BODY and w.top < page.height * NEAR_BODY_TOP]
    typical = median(small) if small else 0.0
    near = min(body_size, typical * SAME_TYPE)
    return [w for w in right if w.size < body_size * SMALL or (w.size < near and w.top < page.height * NEAR_BODY_TOP)]


INVENTORY_LOOKAHEAD = 3   # lines under an inventory's title within which its first row stands (a header row misread)
INVENTORY_CELL_WORDS = 6  # a line this short without a stop between rows is a wrapped cell or a misread header


def _inventory_out(body: list[Line], margin: list[str]) -> list[Line]:
    """A Woo decision's inventory table goes to the margin: its header row and the rows under it (a date, an
    assessment or a ground code in them; a short line between them is a cell wrapped), up to the first line that is
    neither. On a scan OCR reads the rows as lines of words that the tagger would read as sentences with dates.
    Without a header row read, the table starts under its title (the title stays) when a row follows soon."""
    texts = [collapse(l.text) for l in body]
    start = next((i for i, t in enumerate(texts) if is_inventory_header(t)), None)
    if start is None:
        title = next((i for i, t in enumerate(texts) if INVENTORY_TITLE.match(t)), None)
        near = texts[title + 1:title + 1 + INVENTORY_LOOKAHEAD] if title is not None else []
        start = title + 1 if title is not None and any(is_inventory_row(t) for t in near) else None
    if start is None:
        return body
    end = start + 1
    while end < len(body) and (is_inventory_row(texts[end]) or is_inventory_header(texts[end])
                               or (len(texts[end].split()) <= INVENTORY_CELL_WORDS and not texts[end].endswith("."))):
        end += 1
    margin.extend(texts[start:end])
    return body[:start] + body[end:]


def sidebar_texts(lines: list[Line], scanned: bool = False) -> list[str]:
    """The sidebar's lines, a subject wrapped in the narrow column under its label joined into one line
    (`Onderwerp` / `Stand van zaken verkeersveiligheid najaar` / `2022`): its lines wrap on from each other."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(lines[i].text)
        if SUBJECT_LABEL_ONLY.fullmatch(collapse(lines[i].text)) and i + 1 < len(lines):
            end = i + 2
            while end < len(lines) and continues(lines[end - 1], lines[end], scanned):
                end += 1
            out.append(" ".join(w.text for w in _words_across(lines[i + 1:end])))
            i = end
            continue
        i += 1
    return out


LABEL_VALUE_GAP = 120.0   # pt: a label's value starts at most this far right of the label (the value column)


def labels_beside_values(lines: list[Line]) -> list[Line]:
    """A letterhead label set smaller than its value on the value's baseline (`Betreft` in 6.5 pt beside the subject
    in 9.5 pt) is one line with it: the size jump put them on two lines, the label after its value."""
    out = list(lines)
    for label in lines:
        if not LABEL_ONLY.match(collapse(label.text)) or not any(l is label for l in out):
            continue
        right = label.words[-1].x1
        value = next((l for l in out if l is not label and abs(l.bottom - label.bottom) <= LINE_TOLERANCE
                      and 0 < l.words[0].x0 - right <= LABEL_VALUE_GAP and l.size > label.size), None)
        if value is not None:
            joined = Line([*label.words, *value.words])
            out = [joined if l is value else l for l in out if l is not label]
    return sorted(out, key=lambda l: l.top)


RUN_ON_GAP = 0.6   # body sizes: a gap narrower than this between words of a scanned line is a word's gap


def _not_run_on(candidates: list[Word], words: list[Word], column: float, body_size: float) -> list[Word]:
    """The sidebar's words on a scan, less those that run on from a line left of the column at a word's gap, not a
    column's, and at its size: a scanned running header (`Ministerie van Binnenlandse Zaken en`, its `en` past the sidebar's edge)
    stays whole, as on its born-digital pages."""
    rows: dict[int, list[Word]] = {}
    for w in words:
        rows.setdefault(round(w.bottom), []).append(w)
    body: set = set()
    for key in sorted(rows):
        row = sorted((w for k in (key - 1, key, key + 1) for w in rows.get(k, ()) if abs(w.bottom - key) <= 1.5),
                     key=lambda w: w.x0)
        inside = False
        for prev, w in zip([None, *row], row):
            near = (prev is not None and w.x0 - prev.x1 < RUN_ON_GAP * body_size
                    and 1 / SIZE_JUMP < _size_ratio(w, prev) < SIZE_JUMP)
            inside = w.x1 <= column or (near and inside)   # (a word across the edge runs on, or starts the sidebar)
            if inside and w.x0 >= column:
                body.add(_value(w))
    return [w for w in candidates if _value(w) not in body] if body else candidates


def _value(w: Word) -> tuple[str, float, float, float, float, float]:
    """A word's fields: words are told apart by value, as dataclass equality does."""
    return w.text, w.x0, w.x1, w.top, w.bottom, w.size


def _route_lines(page: PageWords, lines: list[Line], body_size: float, has_column: bool, first: bool,
                 margin: list[str]) -> tuple[list[Line], list[list[str]], list[Line]]:
    """Body lines, footnotes and held lines of a page. Furniture, mastheads, small print and letterhead
    lines go to ``margin``, except on a first page above its subject line: those are held in the body
    in reading order, for `_letterhead_out` to cut the whole letterhead at once."""
    body_sized = [l for l in lines if l.size >= body_size * FOOTNOTE_MAX and not is_furniture_line(l.text)
                  and not _page_number(l, page, lines)]
    last_body_bottom = max((l.bottom for l in body_sized), default=0.0)
    head_until = _subject_end(lines) if first else -1.0
    body: list[Line] = []
    held: list[Line] = []
    notes: list[list[str]] = []
    furniture: Line | None = None   # the last furniture line, whose wrapped continuation goes with it
    for line in lines:
        text = collapse(line.text)
        if is_furniture_line(text) or _page_number(line, page, lines) or (furniture is not None and continues(furniture, line)):
            margin.append(text)
            furniture = line
            continue
        furniture = None
        if (line.top >= last_body_bottom - 1 and line.size < body_size * FOOTNOTE_MAX
                and _footnote_line(line, body_size, notes)):
            continue
        if not _margin_line(line, text, body_size, in_band(line, page), has_column):
            body.append(line)
        elif line.top <= head_until:
            body.append(line)
            held.append(line)
        else:
            margin.append(text)
    return body, notes, held


# a page number set as a line of its own, at any size: `- 2 -`, `2/7`, `2 van 7`, `Blad 2 van 7`, `2`; and the number
# a Woo release stamps in a corner of every page of its documents: `Document 12`, `Documentnr. 12`, `000123`
PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}(?:\s*(?:/|van|of)\s*\d{1,3})?|"
                         r"(?:blad|pagina|page|pag\.)\s*\d{1,3}(?:\s*(?:/|van|of)\s*\d{1,3})?|"
                         r"(?:document(?:nummer|nr\.?)?|doc\.?\s*nr\.?)\s*:?\s*\d{1,5}|0\d{3,7})$", re.I)


def _page_number(line: Line, page: PageWords, lines: list[Line]) -> bool:
    """A page number on a line of its own in the page's top or bottom band (only there: elsewhere a number alone
    on its line may be a list's or a table's); a bare number only as the page's first or last line (a footnote's
    number may stand alone above its text)."""
    text = collapse(line.text)
    if not in_band(line, page) or not PAGE_NUMBER.match(text):
        return False
    return not text.isdigit() or line is lines[0] or line is lines[-1]


def _margin_line(line: Line, text: str, body_size: float, in_band: bool, has_column: bool) -> bool:
    """A masthead number (`1949`), small print, a masthead in a page band, or a letterhead line."""
    return bool((re.fullmatch(r"\d{1,6}", text) and line.size > body_size * MASTHEAD_NUMBER)
                or line.size < body_size * SMALL or (in_band and line.size > body_size * LARGE)
                or (is_sidebar_line(text) and (has_column or in_band)))


def _letterhead_out(body: list[Line], held: list[Line], margin: list[str], has_column: bool = False) -> list[Line]:
    """A letter's first page: everything up to the subject line (wrapped lines joined) is letterhead,
    in reading order; without a subject line the held lines go to the margin after all, and on a page with a
    letterhead sidebar (its subject and date in the sidebar) the address block above the salutation too."""
    body = _join_wrapped_subject(body)
    kept, head = split_letterhead([l.text for l in body])
    if head:
        margin.extend(head)
        return body[len(body) - len(kept):]
    margin.extend(collapse(l.text) for l in held)
    body = [l for l in body if not any(l is h for h in held)]
    salutation = next((i for i, l in enumerate(body[:LETTERHEAD_SEARCH_LINES]) if SALUTATION.match(l.text)), None)
    if has_column and salutation:
        margin.extend(collapse(l.text) for l in body[:salutation])
        return body[salutation:]
    return body


def _subject_end(lines: list[Line]) -> float:
    """The top of a first page's subject line, or of the last line its value wraps onto: a value set smaller than
    the body (`Betreft` at 8 pt under an 11 pt body, as Word templates set the letterhead's small type) wraps onto
    lines that would go to the margin as small print, leaving the title cut after its first line. -1 without one."""
    subject = next((l for l in lines[:LETTERHEAD_SEARCH_LINES] if SUBJECT_LINE.match(l.text)), None)
    if subject is None:
        return -1.0
    end = subject
    if len(subject.words) > 1:
        below = sorted((l for l in lines if l.top > subject.top), key=lambda l: l.top)
        for line in _wrapped_under(subject, below)[:MAX_WRAPPED_SUBJECT]:
            end = line
    return end.top


def _wrapped_under(subject: Line, below: list[Line]) -> list[Line]:
    """The lines right under ``subject`` (no paragraph gap) that start where its value starts, in order."""
    value_x, height, out, last = subject.words[1].x0, subject.bottom - subject.top, [], subject
    for line in below:
        if line.top - last.bottom >= 0.8 * height:
            break
        if abs(line.words[0].x0 - value_x) <= 3 and line.top - last.bottom >= 0:
            out.append(line)
            last = line
    return out


def _join_wrapped_subject(body: list[Line]) -> list[Line]:
    """The subject line with the lines it wraps onto: lines right below it (no paragraph gap) that
    start where its value starts (`Betreft Nationaal Programma ... 2023-2030` / `(NPCE) incl. ...`). Lines beside
    them (a sidebar's word read apart at another size) and words past a column's gap on their baselines go before
    the subject, with the letterhead."""
    i = next((i for i, l in enumerate(body[:LETTERHEAD_SEARCH_LINES]) if SUBJECT_LINE.match(l.text)), None)
    if i is None or len(body[i].words) < 2:
        return body
    wrapped = _wrapped_under(body[i], sorted(body[i + 1:], key=lambda l: l.top))[:MAX_WRAPPED_SUBJECT]
    if not wrapped:
        return body
    taken = [body[i], *wrapped]
    beside = [l for l in body[i + 1:] if l.top <= wrapped[-1].top and not any(l is t for t in taken)]
    rest = [l for l in body[i + 1:] if l.top > wrapped[-1].top and not any(l is t for t in taken)]
    parts = [_column_apart(l, 1 if k == 0 else 0) for k, l in enumerate(taken)]
    apart = [w for _, far in parts for w in far]
    joined = Line(_words_across([Line(near) for near, _ in parts]))
    return [*body[:i], *beside, *([Line(apart)] if apart else []), joined, *rest]


def _column_apart(line: Line, start: int) -> tuple[list[Word], list[Word]]:
    """A subject line's words and those past a column's gap on its baseline (a sidebar's `Bijlage(n)` / `1` beside
    the value's wrapped lines), looked for from word ``start`` on (the label's gap to its value is no column)."""
    words = line.words
    for k in range(start + 1, len(words)):
        if words[k].x0 - words[k - 1].x1 > SUBJECT_COLUMN_GAP * words[k - 1].size:
            return words[:k], words[k:]
    return words, []


def _words_across(lines: list[Line]) -> list[Word]:
    """The words of lines that wrap on from each other, a word broken at a line-end hyphen made whole again
    (`Betreft Voortgangsrapportage hersteloperatie kinderop-` / `vangtoeslag en ...`, the subject value hyphenated
    in its narrow column, fields90 probe); a hyphen the joiner keeps stays (`wet-` / `en regelgeving`)."""
    words = list(lines[0].words)
    for line in lines[1:]:
        following = list(line.words)
        joined = join_line_pair(words[-1].text, following[0].text) if words and following else None
        if joined is not None and " " not in joined:
            words[-1] = Word(joined, words[-1].x0, words[-1].x1, words[-1].top, words[-1].bottom, words[-1].size)
            following = following[1:]
        words += following
    return words


# OCR'd lines: a size estimated from word-box heights (6.4-8.1 pt for one 6.5 pt sidebar), edges a point or two apart
# on a page turned a degree, line boxes as tall as their words (a line of x-height words is lower): a wrapped line
# is of a size within this ratio, an edge within these points and a gap under this many line heights (a sidebar's
# paragraphs are two to three line heights apart)
SCAN_SIZE_RATIO, SCAN_EDGE, SCAN_LINE_GAP = 1.2, 3.0, 1.5


def continues(above: Line, line: Line, scanned: bool = False) -> bool:
    """True when ``line`` wraps on from ``above``: same size, same left edge, no paragraph gap (on a scan within
    what OCR's estimates of these vary by)."""
    height = above.bottom - above.top
    gap = line.top - above.bottom
    if scanned:
        ratio = max(line.size, above.size) / max(min(line.size, above.size), 0.1)
        return (ratio <= SCAN_SIZE_RATIO and abs(line.words[0].x0 - above.words[0].x0) <= SCAN_EDGE
                and 0 <= gap < SCAN_LINE_GAP * max(height, line.bottom - line.top))
    return abs(line.size - above.size) <= 0.3 and abs(line.words[0].x0 - above.words[0].x0) <= 2 and 0 <= gap < 0.8 * height


def _footnote_line(line: Line, body_size: float, notes: list[list[str]]) -> bool:
    """Add a footnote line (a new numbered note or a continuation); False if it is not one."""
    first = line.words[0]
    if NUMBER.match(first.text) and (first.size < body_size * MARKER_MAX or len(line.words) > 1):
        rest = " ".join(w.text for w in line.words[1:])
        if not notes or notes[-1][0] == NOTE_GOES_ON or int(first.text) > int(notes[-1][0]):
            notes.append([first.text, rest])
            return True
    if notes:
        notes[-1][1] = continue_line(notes[-1][1], line.text)
        return True
    if line.size < body_size * SMALL:   # small print under the body before any numbered note: the rest of the
        notes.append([NOTE_GOES_ON, line.text])   # last page's note, or furniture after all (`assemble_pages`)
        return True
    return False


def body_text_of(lines: list[Line], body_size: float,
                 vocabulary: frozenset[str] = frozenset()) -> tuple[str, dict[str, int]]:
    """The page text: lines joined, paragraphs at large gaps, hyphenation undone, marker digits out
    (returning where each marker stood in the page text)."""
    spacing = _line_spacing(lines)
    out: list[str] = []
    marks: list[tuple[int, str, int]] = []  # (line index in `out`, number, column) of markers, resolved below
    prev_bottom = None
    for line in lines:
        # (a table's next cell goes back up the page: a paragraph of its own)
        if prev_bottom is not None and spacing and (line.top - prev_bottom > spacing * (PARAGRAPH_GAP - 1) + 2
                                                    or line.bottom < prev_bottom - spacing / 2) \
                and not runs_on(line, out[-1] if out else ""):
            out.append("")
        parts = _line_words(line, body_size, marks, len(out))
        if parts:
            out.append(" ".join(parts))
        prev_bottom = line.bottom
    # marker offsets in the joined text, computed before hyphen joining changes line boundaries
    starts: list[int] = []
    pos = 0
    for s in out:
        starts.append(pos)
        pos += len(s) + 1
    marker_at = {number: starts[i] + col for i, number, col in marks if i < len(starts)}
    text = "\n".join(join_hyphenated(out, vocabulary))
    return _fix_punctuation(text), marker_at


CLOSING_PUNCTUATION = ".,;:)"


def _line_words(line: Line, body_size: float, marks: list[tuple[int, str, int]], index: int) -> list[str]:
    """The words of a body line with its footnote markers out, each marker noted in ``marks`` as (line ``index``,
    number, column)."""
    parts: list[str] = []
    after_marker = False
    for w in line.words:
        if NUMBER.match(w.text) and w.size < body_size * MARKER_MAX and parts:
            marks.append((index, w.text, len(" ".join(parts))))
            after_marker = True
            continue
        if after_marker and w.text[0] in CLOSING_PUNCTUATION:
            parts[-1] += w.text   # the marker stood between a word and its punctuation: `(AEF)¹,` reads `(AEF),`
        else:
            parts.append(w.text)
        after_marker = False
    return parts


def _line_spacing(lines: list[Line]) -> float:
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if 0 <= b.top - a.bottom < 30]
    return median(gaps) + (median(l.bottom - l.top for l in lines) if lines else 0) if gaps else 0.0


def _fix_punctuation(text: str) -> str:
    """A removed marker can leave `Schiphol .`: no space before closing punctuation."""
    return re.sub(r"(\w) ([.,;:)])(?=\s|$)", r"\1\2", text)
