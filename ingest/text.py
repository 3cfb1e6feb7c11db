"""Plain-text extracts: decode, split into pages, clean the interleaved layout noise (PLACEHOLDER)."""
from __future__ import annotations

from pathlib import Path

from .errors import EmptyDocument, UnreadableFile
from .records import Extraction, Page


def extract_text(path: Path) -> Extraction:
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise EmptyDocument("empty file")
    return Extraction(pages=(Page(1, text),), page_count=1)
