"""Whitespace collapse: runs of spaces, tabs and line breaks to one space (the one implementation)."""
from __future__ import annotations

import re

_RUN = re.compile(r"\s+")


def collapse(text: str) -> str:
    """``text`` with every whitespace run one space and no space at the ends."""
    return _RUN.sub(" ", text).strip()
