"""Sections from a table of contents, located at their headings; none in an ordinary letter."""
from __future__ import annotations

from ingest.records import Page
from ingest.sections import find_sections

TOC = """Inhoud
1. Internationaal en Europees ................................................... 2
1.1. Gemeenschappelijk Europees Asielstelsel ............................. 2
1.2. Hervestiging ............................................................... 5
1.6 Schengenevaluatie NL 2021 ..........................................17
3.1  1F- beleid (oorlogsmisdadigers) .............................................31"""


def test_sections_from_toc_and_headings() -> None:
    pages = (Page(1, TOC), Page(3, "tekst"), Page(5, "1.2. Hervestiging\nNederland hervestigt vluchtelingen."),
             Page(17, "1.6 Schengenevaluatie NL 2021\nIn 2021 is Nederland geëvalueerd."), Page(31, "slot"))
    got = [(s.number, s.title, s.page, s.end_page) for s in find_sections(pages)]
    assert got == [("1", "Internationaal en Europees", 2, 2), ("1.1", "Gemeenschappelijk Europees Asielstelsel", 2, 5),
                   ("1.2", "Hervestiging", 5, 17), ("1.6", "Schengenevaluatie NL 2021", 17, 31),
                   ("3.1", "1F- beleid (oorlogsmisdadigers)", 31, 31)]


def test_numbered_headings_without_toc() -> None:
    text = "1. Aanleiding\nTekst.\n\n2. Geadviseerd besluit\nTekst.\n\n3. Kernpunten\nTekst.\n\n3.1 Politieke context\nTekst."
    assert [s.number for s in find_sections((Page(1, text),))] == ["1", "2", "3", "3.1"]


def test_a_letter_with_a_short_list_has_no_sections() -> None:
    text = "Het betreft de volgende onderwerpen:\n1. Registratiekosten voor drones;\n2. Controles."
    assert find_sections((Page(1, text),)) == []
