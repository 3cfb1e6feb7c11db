"""What keeps ingest fast, checked as behaviour (no timings): PDFium read in bulk reads what it read
per character, `import ingest` loads no NLP stack, ingest workers run without torch and tag alike,
a born-digital PDF is read without the Dutch vocabulary, each page is zoned once."""
from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ingest.extract import ocr, pdf
from ingest.pipeline import ingest_pool, parse_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LETTER = ROOT / "corpus" / "pdf" / "motie-negatieve-spaarrente.pdf"
TEXT = FIXTURES / "kamerbrief-diverse-excerpt.txt"


def test_pdfium_chars_in_bulk_are_the_chars_read_one_by_one() -> None:
    doc = pdfium.PdfDocument(str(FIXTURES / "missiegedreven-p1.pdf"))
    try:
        textpage = doc[0].get_textpage()
        bulk = list(pdf.pdfium_chars(textpage, raw))
        one_by_one = [(textpage.get_text_range(i, 1), *textpage.get_charbox(i, loose=True))
                      for i in range(textpage.count_chars())]
    finally:
        doc.close()
    assert len(bulk) > 1000 and bulk == one_by_one


def test_import_ingest_loads_no_nlp_stack() -> None:
    code = "import sys, ingest; print(sorted({'spacy', 'thinc', 'torch'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _parse_in_worker(path: str) -> tuple[list, list[str]]:
    tags = list(parse_file(Path(path)).tags)
    return tags, sorted(m for m in ("spacy", "torch") if sys.modules.get(m) is not None)


def test_an_ingest_worker_tags_without_torch() -> None:
    # a fresh (spawned) worker: a forked one would inherit whatever this test process has loaded
    with ingest_pool(1, multiprocessing.get_context("spawn")) as pool:
        tags, loaded = pool.submit(_parse_in_worker, str(TEXT)).result()
    assert loaded == ["spacy"]
    assert tags and tags == list(parse_file(TEXT).tags)


def test_a_born_digital_pdf_is_read_without_the_vocabulary(monkeypatch) -> None:
    def no_vocabulary() -> frozenset[str]:
        raise AssertionError("the vocabulary was loaded")

    monkeypatch.setattr(ocr, "known_words", no_vocabulary)
    assert pdf.extract_pdf(LETTER).pages


def test_each_page_is_zoned_once(monkeypatch) -> None:
    zoned: list[int] = []
    real = pdf.zone_page

    def counting(page, body_size, first):
        zoned.append(page.number)
        return real(page, body_size, first)

    monkeypatch.setattr(pdf, "zone_page", counting)
    extraction = pdf.extract_pdf(LETTER)
    assert sorted(zoned) == list(range(1, extraction.page_count + 1))
