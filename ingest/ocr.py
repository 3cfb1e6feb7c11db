"""Scanned PDFs: judge the OCR text layer a scan came with, and OCR again with tesseract (Dutch)
where it is missing or poor. OCR words come back with boxes and a size estimate, so the same zoning
as born-digital pages applies."""
from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from .errors import ScannedWithoutOCR
from .vocabulary import dutch_vocabulary

log = logging.getLogger(__name__)

GOOD_LAYER = 0.80   # share of a layer's words that must be known Dutch words (or numbers) to keep it
OCR_DPI = 250
OCR_LANG = "nld"
OCR_SIZE_FACTOR = 1.0  # word-box height to font size: only ratios between lines matter
WORDLIKE = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")


def layer_quality(words: list[str]) -> float:
    """Share of the alphabetic words that are known Dutch word forms."""
    vocab = dutch_vocabulary()
    alpha = [w.strip(".,;:()«»‘’'\"!?").lower() for w in words]
    alpha = [w for w in alpha if WORDLIKE.match(w) and len(w) > 1]
    if not alpha or not vocab:
        return 0.0 if not alpha else 1.0
    return sum(w in vocab for w in alpha) / len(alpha)


def tesseract_available() -> bool:
    if not shutil.which("tesseract"):
        return False
    try:
        import pytesseract
        return OCR_LANG in pytesseract.get_languages(config="")
    except Exception:
        return False


def ocr_pages_if_needed(path: Path, pages: list):
    """Keep a scan's text layer where it is good; OCR the pages where it is missing or poor."""
    from .pdf import PageWords
    out = []
    for page in pages:
        quality = layer_quality([w.text for w in page.words])
        if page.words and quality >= GOOD_LAYER:
            out.append(page)
            continue
        log.info("%s p.%d: text layer quality %.2f, running OCR", path.name, page.number, quality)
        if not tesseract_available():
            raise ScannedWithoutOCR(f"scanned PDF without a usable text layer; OCR unavailable "
                                    f"(install tesseract-ocr and tesseract-ocr-nld)")
        out.append(PageWords(page.number, page.width, page.height, ocr_words(path, page), True))
    return out


def ocr_words(path: Path, page) -> list:
    """Words of one page by tesseract, in PDF points, with the box height as font size estimate."""
    import pypdfium2 as pdfium
    import pytesseract
    from .pdf import Word

    doc = pdfium.PdfDocument(str(path))
    try:
        image = doc[page.number - 1].render(scale=OCR_DPI / 72).to_pil()
    finally:
        doc.close()
    data = pytesseract.image_to_data(image, lang=OCR_LANG, output_type=pytesseract.Output.DICT)
    k = 72 / OCR_DPI
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][i]) >= 0:
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    words = []
    for members in lines.values():
        # one size per line: the median word-box height, scaled from x-height-ish boxes to a font size
        heights = sorted(data["height"][i] for i in members)
        size = round(heights[len(heights) // 2] * k * OCR_SIZE_FACTOR, 1)
        for i in members:
            left, top = data["left"][i], data["top"][i]
            words.append(Word(data["text"][i], left * k, (left + data["width"][i]) * k, top * k,
                              (top + data["height"][i]) * k, size))
    return words
