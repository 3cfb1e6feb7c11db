"""The hyphen table kept beside ingest/dutch/vocabulary.py is what the installed lexicon says of hyphens
(regenerate with ``GOLDEN_UPDATE=1 python -m pytest tests/test_vocabulary.py`` after a lexicon update)."""
from __future__ import annotations

import os

import pytest

from ingest.dutch.vocabulary import (derive_hyphen_table, dutch_vocabulary, hyphen_table, write_hyphen_table,
                                     written_with_hyphen)


def test_hyphen_table_is_derived_from_the_lexicon() -> None:
    derived = derive_hyphen_table(dutch_vocabulary())
    if os.environ.get("GOLDEN_UPDATE") == "1":
        write_hyphen_table(derived)
        hyphen_table.cache_clear()
    assert hyphen_table() == derived


@pytest.mark.parametrize("head, tail, hyphen", [
    ("directeur", "generaal", True),       # the lexicon has `directeur-generaal` only
    ("e", "mail", True),
    ("collega", "bewindspersonen", True),  # a head the lexicon joins with a hyphen
    ("niet", "ontvankelijk", True),
    ("sociaal", "economisch", False),      # the lexicon has both forms: the break tells nothing
    ("ex", "port", False),                 # `ex-` is no such head (`export`)
    ("informatievoor", "ziening", False),
    ("asiel", "zoekerscentrum", False),
])
def test_written_with_hyphen(head: str, tail: str, hyphen: bool) -> None:
    assert written_with_hyphen(head, tail) is hyphen
