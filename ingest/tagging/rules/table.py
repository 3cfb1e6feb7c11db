"""One row of a rule table: id, pattern, example sentence, meaning (see ``ingest.tagging.rules``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingest.tagging.prefilter import Need, fold, needed


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern[str]
    example: str
    value: Any = None
    help: str = ""
    need: Need | None = None   # what every match contains (ingest.tagging.prefilter): a text without it is not searched

    def may_match(self, text: str) -> bool:
        """False when ``text`` lacks what every match contains (then the pattern need not run)."""
        return self.need is None or self.need.found_in(fold(text), text)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


def rule(id: str, pattern: str, example: str, value: Any = None, flags: int = re.I, help: str = "") -> Rule:
    """A row, its pattern compiled (case-insensitive unless ``flags`` says otherwise)."""
    compiled = re.compile(pattern, flags)
    return Rule(id, compiled, example, value, help, needed(compiled))


def first_match(rules: tuple[Rule, ...], text: str) -> tuple[Rule, re.Match[str]] | None:
    """The first row (in table order) whose pattern occurs in ``text``, with its match."""
    for r in rules:
        m = r.search(text)
        if m:
            return r, m
    return None
