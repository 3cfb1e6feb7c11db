"""A Dutch vocabulary from spacy-lookups-data, to judge OCR layers and line-break hyphens."""
from __future__ import annotations

import bisect
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

CACHE_ENV = "MIGRATIEZOEKER_CACHE"


def cache_root() -> Path:
    """Where Migratiezoeker keeps what it builds once (the default model, the lexicon): $MIGRATIEZOEKER_CACHE, else
    ~/.cache/migratiezoeker."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "migratiezoeker")


@functools.lru_cache(maxsize=1)
def dutch_vocabulary() -> frozenset[str]:
    """Dutch word forms (keys and lemmas of spacy-lookups-data's Dutch lemma table)."""
    import spacy_lookups_data
    import srsly

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    path = next(folder.glob("nl_lemma_lookup*"), None)
    if path is None:
        return frozenset()
    table = srsly.read_gzip_json(path) if path.suffix == ".gz" else srsly.read_json(path)
    return frozenset(k.lower() for k in table) | frozenset(v.lower() for v in table.values())


def is_word(token: str) -> bool:
    """True for a known Dutch word form (lowercased)."""
    return token.lower() in dutch_vocabulary()


# A head Dutch writes with a hyphen in its compounds (`niet-ontvankelijk`, `collega-ministers`, `adjunct-directeur`,
# `cao-afspraken`): the lexicon holds at least this many `head-word` forms, and solid `headword` forms (head + a
# word of 3+ letters) are at most a fifth of them. `ex-` (`export`) and `anti-` (`antibiotica`) are not such heads.
HYPHEN_HEAD_MIN_FORMS = 10
HYPHEN_HEAD_SOLID_SHARE = 0.2
# What the lexicon says of hyphens, derived from it by `derive_hyphen_table` and kept beside this module (the
# lexicon takes a second of CPU to load; most letters break a line at a hyphen somewhere). tests/test_vocabulary.py
# checks it against the installed lexicon (GOLDEN_UPDATE=1 rewrites it).
HYPHEN_TABLE = Path(__file__).with_name("hyphen_compounds.json")


@dataclass(frozen=True)
class HyphenTable:
    """`head-tail` forms of the lexicon without a solid twin (`directeur-generaal`), those with one
    (`sociaal-economisch` and `sociaaleconomisch`), and the heads it joins with a hyphen (`niet`, `collega`)."""

    hyphen_only: frozenset[str]
    hyphen_and_solid: frozenset[str]
    heads: frozenset[str]


def written_with_hyphen(head: str, tail: str) -> bool:
    """True when Dutch writes ``head`` and ``tail`` (lowercase) as one word with a hyphen: the lexicon has
    `head-tail` and not `headtail` (`directeur-generaal`, `e-mail`), or ``head`` is a head the lexicon joins with
    a hyphen (`collega-bewindspersonen`), unless it has both forms."""
    table, form = hyphen_table(), f"{head}-{tail}"
    if form in table.hyphen_only:
        return True
    return form not in table.hyphen_and_solid and head in table.heads


@functools.lru_cache(maxsize=1)
def hyphen_table() -> HyphenTable:
    data = json.loads(HYPHEN_TABLE.read_text(encoding="utf-8"))
    return HyphenTable(frozenset(data["hyphen_only"]), frozenset(data["hyphen_and_solid"]), frozenset(data["heads"]))


def derive_hyphen_table(words: frozenset[str]) -> HyphenTable:
    """The hyphen table of a lexicon (lowercase word forms)."""
    hyphenated = [w for w in words if "-" in w]
    counts: dict[str, int] = {}
    for w in hyphenated:
        head, _, tail = w.partition("-")
        if head.isalpha() and tail.isalpha() and len(tail) >= 3:
            counts[head] = counts.get(head, 0) + 1
    ordered = sorted(words)
    heads = frozenset(h for h, n in counts.items()
                      if n >= HYPHEN_HEAD_MIN_FORMS and _solid_forms(h, ordered, words) <= HYPHEN_HEAD_SOLID_SHARE * n)
    solid = frozenset(w for w in hyphenated if w.replace("-", "", 1) in words)
    return HyphenTable(frozenset(hyphenated) - solid, solid, heads)


def _solid_forms(head: str, ordered: list[str], words: frozenset[str]) -> int:
    """How many words are ``head`` + a word of 3+ letters (``ordered``: the words sorted)."""
    start = bisect.bisect_left(ordered, head)
    end = bisect.bisect_left(ordered, head + "\uffff")
    return sum(1 for w in ordered[start:end] if len(w) - len(head) >= 3 and w[len(head):] in words)


def write_hyphen_table(table: HyphenTable, path: Path = HYPHEN_TABLE) -> None:
    data = {"hyphen_only": sorted(table.hyphen_only), "hyphen_and_solid": sorted(table.hyphen_and_solid),
            "heads": sorted(table.heads)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
