"""A Dutch vocabulary from spacy-lookups-data, to judge OCR layers and line-break hyphens."""
from __future__ import annotations

import functools
from pathlib import Path


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


def written_with_hyphen(head: str, tail: str) -> bool:
    """True when Dutch writes ``head`` and ``tail`` (lowercase) as one word with a hyphen: the lexicon has
    `head-tail` and not `headtail` (`directeur-generaal`, `e-mail`, `sociaal-economisch`), or ``head`` is a head
    the lexicon joins with a hyphen (`collega-bewindspersonen`). Loads the lexicon (a second) on first use."""
    words = dutch_vocabulary()
    if f"{head}-{tail}" in words:
        return f"{head}{tail}" not in words
    return _hyphen_head(head)


@functools.lru_cache(maxsize=4096)
def _hyphen_head(head: str) -> bool:
    hyphenated = _hyphen_heads().get(head, 0)
    if hyphenated < HYPHEN_HEAD_MIN_FORMS:
        return False
    words = dutch_vocabulary()
    solid = sum(1 for w in words if w.startswith(head) and len(w) - len(head) >= 3 and w[len(head):] in words)
    return solid <= HYPHEN_HEAD_SOLID_SHARE * hyphenated


@functools.lru_cache(maxsize=1)
def _hyphen_heads() -> dict[str, int]:
    """How many `head-word` forms (two parts, letters only, the word 3+ letters) the lexicon has per head."""
    counts: dict[str, int] = {}
    for w in dutch_vocabulary():
        head, sep, tail = w.partition("-")
        if sep and head.isalpha() and tail.isalpha() and len(tail) >= 3:
            counts[head] = counts.get(head, 0) + 1
    return counts
