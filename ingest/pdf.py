"""PDF extraction with pdfplumber (PLACEHOLDER)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber

from .errors import EmptyDocument, UnreadableFile
from .records import Extraction, Page


def extract_pdf(path: Path) -> Extraction:
    try:
        with pdfplumber.open(path) as pdf:
            pages = tuple(Page(i + 1, p.extract_text() or "") for i, p in enumerate(pdf.pages))
    except Exception as exc:
        raise UnreadableFile(f"not a readable PDF: {exc}") from exc
    if not pages:
        raise EmptyDocument("PDF has no pages")
    return Extraction(pages=pages, page_count=len(pages))
