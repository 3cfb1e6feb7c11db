"""One row of a rule table: id, pattern, example sentence, meaning (see ``ingest.tagging.rules``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern[str]
    example: str
    value: Any = None
    help: str = ""

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos)


def rule(id: str, pattern: str, example: str, value: Any = None, flags: int = re.I, help: str = "") -> Rule:
    """A row, its pattern compiled (case-insensitive unless ``flags`` says otherwise)."""
    return Rule(id, re.compile(pattern, flags), example, value, help)


def first_match(rules: tuple[Rule, ...], text: str) -> tuple[Rule, re.Match[str]] | None:
    """The first row (in table order) whose pattern occurs in ``text``, with its match."""
    for r in rules:
        m = r.search(text)
        if m:
            return r, m
    return None
