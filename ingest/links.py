"""Cross-document links between commitments made in one letter and fulfilled in another (PLACEHOLDER)."""
from __future__ import annotations


def link_commitments(store) -> None:
    return None
