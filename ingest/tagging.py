"""Tags for commitments, motions, deadlines and references (PLACEHOLDER)."""
from __future__ import annotations

from .records import Footnote, Page, Tag


def tag_document(pages: tuple[Page, ...], footnotes: tuple[Footnote, ...], doc_date: str | None) -> list[Tag]:
    return []
