"""Cheap tests that rule out a regular expression before it runs: what every match must contain.

``needed(pattern)`` reads a compiled pattern's parse tree (the standard library's own parser) for a
part that every match contains: a run of literal characters, a decimal digit, or one of the alternatives
of a group that every match passes through. ``Need.found_in`` tells whether a text holds it; a text that
does not cannot match, so the pattern need not run. A literal is looked for in the folded text: what a
pattern matches to a literal, case-insensitively or not, has the literal's fold (tests/test_dates.py
checks that for every literal character of the rule tables, against every Unicode character the engine
matches it with). A pattern without such a part always runs."""
from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import NamedTuple

DIGIT = re.compile(r"\d")


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """The case fold under which whatever the engine matches to a literal equals the literal's own: the
    engine matches `i` and `I` case-insensitively with the Turkish `İ` and `ı` too, whose case folds differ.
    Cached: the rows of a table test the same sentence one after another."""
    if "İ" in text or "ı" in text:
        text = text.replace("İ", "i").replace("ı", "i")
    return text.casefold()


class Need(NamedTuple):
    """A match contains one of ``literals`` (folded) or, when ``digit``, a decimal digit."""
    literals: frozenset[str]
    digit: bool = False

    def __or__(self, other: object) -> Need:
        assert isinstance(other, Need)
        return Need(self.literals | other.literals, self.digit or other.digit)

    def found_in(self, folded: str, text: str) -> bool:
        """Whether a text (``folded``: its ``fold``) holds one of the literals or the digit: if not, no match."""
        return any(map(folded.__contains__, self.literals)) or (self.digit and DIGIT.search(text) is not None)

    def strength(self) -> tuple[int, int]:
        """Rarer first: the shortest alternative (a digit counts as two characters), then fewer of them."""
        shortest = min([len(s) for s in self.literals] + [2] * self.digit)
        return shortest, -len(self.literals)


def needed(pattern: re.Pattern[str]) -> Need | None:
    """What every match of ``pattern`` contains, or None when no such part is found."""
    return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))


def _sequence(items: list) -> Need | None:
    """The strongest need among the mandatory items of a sequence: each item, and each run of literals."""
    options: list[Need] = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(Need(frozenset([fold("".join(run))])))
            run = []
        if op is not None and (need := _item(op, av)) is not None:
            options.append(need)
    return max(options, key=Need.strength, default=None)


def _item(op, av) -> Need | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]))   # a group with its own flags: a literal's case fold holds either way
    if op is C.BRANCH:
        needs = [n for n in (_sequence(list(b)) for b in av[1]) if n is not None]
        if len(needs) < len(av[1]):   # a branch that holds nothing certain
            return None
        out = needs[0]
        for n in needs[1:]:
            out = out | n
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _sequence(list(av[2])) if av[0] >= 1 else None
    if op is C.IN:
        if av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            return Need(frozenset(), True)
        if all(o is C.LITERAL for o, _ in av):
            return Need(frozenset(fold(chr(c)) for _, c in av))
    return None
