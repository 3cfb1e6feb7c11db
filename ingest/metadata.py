"""Document metadata read from the document itself (PLACEHOLDER)."""
from __future__ import annotations

from .records import Extraction


def read_metadata(extraction: Extraction, name: str) -> dict:
    """title, date (ISO), doc_type, addressee, sender, kenmerk."""
    return {"title": None, "date": None, "doc_type": "other", "addressee": None, "sender": None, "kenmerk": None}
