"""Numbered sections from a table of contents and headings (PLACEHOLDER)."""
from __future__ import annotations

from .records import Page, Section


def find_sections(pages: tuple[Page, ...]) -> list[Section]:
    return []
