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
