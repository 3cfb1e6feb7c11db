"""Cheap tests that rule out a regular expression before it runs: what every match must contain.

``needed(pattern)`` reads a compiled pattern's parse tree (the standard library's own parser) for a
part that every match contains: a run of literal characters, or a decimal digit, or one of the
alternatives of a group that every match passes through. ``guard(patterns)`` turns those parts into one
expression with the patterns' flags, so a text the guard does not match can match none of the patterns:
the literal parts are matched by the same engine under the same flags (case folding included) as
inside the patterns themselves. A pattern for which no such part is found makes the guard None (no
test: every text is searched)."""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

DIGIT = r"\d"
Need = frozenset[str]   # regex sources; a match contains a match of at least one


def needed(pattern: re.Pattern[str]) -> Need | None:
    """Regex sources one of which every match of ``pattern`` contains, or None when none is found."""
    if pattern.flags & re.VERBOSE or not isinstance(pattern.pattern, str):
        return None
    return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))


def _sequence(items: list) -> Need | None:
    """The strongest need of the mandatory items of a sequence: each item, and each run of literals."""
    options: list[Need] = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset([re.escape("".join(run))]))
            run = []
        if op is not None and (need := _item(op, av)) is not None:
            options.append(need)
    return max(options, key=_strength, default=None)


def _item(op, av) -> Need | None:
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence(list(sub))
    if op is C.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)   # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is C.IN:
        if av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            return frozenset([DIGIT])
        if all(o is C.LITERAL for o, _ in av):
            return frozenset(re.escape(chr(c)) for _, c in av)
    return None


def _strength(need: Need) -> tuple[int, int]:
    """Rarer first: the shortest of the alternatives (a digit counts as two characters), then fewer of them."""
    shortest = min(2 if s == DIGIT else len(re.sub(r"\\(.)", r"\1", s)) for s in need)
    return shortest, -len(need)


def guard(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One expression that matches every text in which any of ``patterns`` matches (None: no such test)."""
    needs = [needed(p) for p in patterns]
    flags = {p.flags for p in patterns}
    if not needs or any(n is None for n in needs) or len(flags) != 1:
        return None
    sources = sorted(frozenset().union(*needs), key=lambda s: (-len(s), s))   # type: ignore[arg-type]
    return re.compile("|".join(sources), flags.pop())
