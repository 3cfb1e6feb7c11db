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


def test_the_lexicon_is_built_once_then_read_from_the_cache(tmp_path, monkeypatch) -> None:
    """Building the OCR lexicon takes a second of CPU in every process; once built it is a word list in the cache."""
    from ingest.extract import ocr

    monkeypatch.setenv("MIGRATIEZOEKER_CACHE", str(tmp_path))
    ocr.known_words.cache_clear()
    try:
        built = ocr.known_words()
        assert ocr.lexicon_file().parent == tmp_path / "lexicon" and ocr.lexicon_file().exists()
        ocr.known_words.cache_clear()
        monkeypatch.setattr(ocr, "build_known_words", lambda: pytest.fail("built again"))
        assert ocr.known_words() == built and len(built) > 100000
    finally:
        ocr.known_words.cache_clear()


def test_a_cache_that_cannot_be_written_still_gives_the_lexicon(tmp_path, monkeypatch) -> None:
    from ingest.extract import ocr

    (tmp_path / "lexicon").write_text("a file where the folder should be")
    monkeypatch.setenv("MIGRATIEZOEKER_CACHE", str(tmp_path))
    ocr.known_words.cache_clear()
    try:
        assert "kabinet" in ocr.known_words()
    finally:
        ocr.known_words.cache_clear()
