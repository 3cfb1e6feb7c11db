"""Text extracts: letterhead and footers out, pages numbered, footnotes split off with their markers."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import EmptyDocument, UnreadableFile
from ingest.layout import hyphen_join, is_sidebar_line, join_hyphenated
from ingest.records import body_text
from ingest.text import extract_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def brief():
    return extract_text(FIXTURES / "brief-eerste-kamer-p1.txt")


def test_letterhead_goes_to_the_margin(brief) -> None:
    body = body_text(brief.pages)
    assert body.startswith("Aanleiding\nOp 29 maart 2018 presenteerde het kabinet")
    for line in ("Turfmarkt 147", "Ons kenmerk", "3001668", "Wilt u slechts één zaak", "Pagina 1 van 11"):
        assert line not in body
    assert "Datum 11 januari 2021" in brief.margin[1]


def test_footnote_and_its_lone_marker_line(brief) -> None:
    (note,) = brief.footnotes
    assert (note.number, note.page, note.text) == ("1", 1, "Kamerstukken II 2018/19, 35000 VI, nr. 59, gewijzigd onder nr. 78.")
    body = body_text(brief.pages)
    assert "waarin het kabinet wordt verzocht om\njaarlijks een rapportage" in body
    assert body[note.marker_offset:].startswith("jaarlijks")


def test_pages_carry_their_printed_numbers(tmp_path: Path) -> None:
    src = tmp_path / "twee.txt"
    src.write_text("Eerste pagina tekst.\n1 \n\nDerde pagina tekst.\n3 \n\n", encoding="utf-8")
    assert [(p.number, p.text) for p in extract_text(src).pages] == [(1, "Eerste pagina tekst."), (3, "Derde pagina tekst.")]


def test_glued_marker_removed_when_its_footnote_exists(tmp_path: Path) -> None:
    src = tmp_path / "noot.txt"
    src.write_text("Het WODC stelt het overzicht op1. Dat is nieuw.\n\n1 Kamerstukken II 2019/20, 19637, nr. 2645\n",
                   encoding="utf-8")
    e = extract_text(src)
    assert e.pages[0].text == "Het WODC stelt het overzicht op. Dat is nieuw."
    assert e.footnotes[0].text == "Kamerstukken II 2019/20, 19637, nr. 2645"


@pytest.mark.parametrize("left, right, joined", [
    ("eenduidige informatievoor-", "ziening die", "eenduidige informatievoorziening die"),
    ("dat wet-", "en regelgeving", "dat wet- en regelgeving"),
    ("het Vreemdelingen-", "en asielbeleid", "het Vreemdelingen- en asielbeleid"),
    ("gevolgen van COVID-", "19 maatregelen", "gevolgen van COVID-19 maatregelen"),
    ("voor drone-", "exploitanten.", "voor drone-exploitanten."),
    ("op directeurenni-", "veau", "op directeurenniveau"),
])
def test_line_break_hyphens(left: str, right: str, joined: str) -> None:
    assert hyphen_join(left, right) == joined
    assert join_hyphenated([left, right]) == [joined]


@pytest.mark.parametrize("line, sidebar", [
    ("Ons kenmerk", True), ("Datum 11 januari 2021", True), ("2500 EA  DEN HAAG", True),
    ("www.rijksoverheid.nl/jenv", True), ("> Retouradres Postbus 20301 2500 EH  Den Haag", True),
    ("datum een wet in werking treedt waarmee de horizonbepaling wordt geschrapt. Dit", False),
    ("Onderwerp van gesprek was de opvang van asielzoekers in de regio en de rol van gemeenten daarbij.", False),
])
def test_sidebar_lines(line: str, sidebar: bool) -> None:
    assert is_sidebar_line(line) is sidebar


def test_bad_text_files(tmp_path: Path) -> None:
    (tmp_path / "leeg.txt").write_text(" \n\n", encoding="utf-8")
    (tmp_path / "binair.txt").write_bytes(b"Caf\xe9 \x81\x8d\x90")
    with pytest.raises(EmptyDocument):
        extract_text(tmp_path / "leeg.txt")
    with pytest.raises(UnreadableFile, match="not UTF-8"):
        extract_text(tmp_path / "binair.txt")
