"""Sections from a table of contents, located at their headings; none in an ordinary letter."""
from __future__ import annotations

from ingest.records import Page
from ingest.structure.sections import find_sections

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


def test_dossier_toc_from_the_text_extract() -> None:
    """The real table of contents: `1.1. Titel ....`, `1.6 Titel ....17`, `2.2  Titel .....21`, `3.1  1F- beleid`."""
    from pathlib import Path

    from ingest.extract.text import extract_text

    e = extract_text(Path(__file__).resolve().parent / "fixtures" / "introductiedossier-toc.txt")
    sections = find_sections(e.pages)
    assert len(sections) == 42
    by_number = {s.number: s for s in sections}
    assert (by_number["1.2"].title, by_number["1.2"].page, by_number["1.2"].end_page) == ("Hervestiging", 5, 8)  # heading found on page 5
    assert (by_number["1.6"].title, by_number["1.6"].page) == ("Schengenevaluatie NL 2021", 17)                # ToC page
    assert by_number["2.2"].title == "Versterking Europees migratiebeleid en Europese Grens- en Kustwacht Agentschap"
    assert by_number["3.1"].title == "1F- beleid (oorlogsmisdadigers)"
    assert (by_number["7.4"].page, by_number["7.4"].end_page) == (88, 88)  # past the extract: the ToC page


def test_enumeration_in_a_letter_is_not_a_section() -> None:
    text = ("Het betreft de volgende onderwerpen:\n1. Registratiekosten voor drone-exploitanten in andere EU-landen;\n"
            "2. Periodieke controles door de Nederlandse Arbeidsinspectie;\n3. Tiende update zomerdrukte Schiphol;\n"
            "4. Verbod korte vluchten Benelux.\n\nDe Tweede Kamer heeft 3 moties aangenomen.")
    assert find_sections((Page(1, text),)) == []


def test_numbered_headings_must_run_in_order() -> None:
    text = "2. Tweede punt\nTekst.\n\n5. Vijfde punt\nTekst.\n\n1. Eerste punt\nTekst."
    assert find_sections((Page(1, text),)) == []


def test_an_enumeration_without_punctuation_is_not_a_section() -> None:
    text = ("De maatregelen zijn als volgt:\n1. Snellere procedures\n2. Sobere opvang\n3. Meer terugkeer\n\n"
            "De IND behandelt deze aanvragen in een versnelde procedure.")
    assert find_sections((Page(1, text),)) == []


def test_a_heading_wrapped_onto_the_next_line_is_joined() -> None:
    text = ("1. Registratiekosten voor drones\nTekst.\n\n"
            "2. Controles door de Nederlandse Arbeidsinspectie (NLA) en de\nInspectie Leefomgeving en Transport (ILT)\n"
            "Motie De Hoop verzoekt de ministers.\n\n3. Verbod korte vluchten\nTekst.")
    got = [(s.number, s.title) for s in find_sections((Page(1, text),))]
    assert got == [("1", "Registratiekosten voor drones"),
                   ("2", "Controles door de Nederlandse Arbeidsinspectie (NLA) en de Inspectie Leefomgeving en Transport (ILT)"),
                   ("3", "Verbod korte vluchten")]


def test_toc_entries_wrapped_or_without_dot_leaders() -> None:
    toc = ("Inhoudsopgave\n1. Inleiding\t2\n2. Versterking Europees migratiebeleid en Europese Grens- en\n"
           "Kustwacht Agentschap ........ 4\n3.  Terugkeer    7")
    got = [(s.number, s.title, s.page) for s in find_sections((Page(1, toc), Page(9, "slot")))]
    assert got == [("1", "Inleiding", 2),
                   ("2", "Versterking Europees migratiebeleid en Europese Grens- en Kustwacht Agentschap", 4),
                   ("3", "Terugkeer", 7)]


def test_a_failing_section_rule_leaves_the_document_without_sections(monkeypatch, caplog) -> None:
    """Issue 9.1: sections are optional; a rule that raises must not cost the document."""
    import ingest.structure.sections as sections

    def failing(lines):
        raise IndexError("list index out of range")
    monkeypatch.setattr(sections, "_scan_toc", failing)
    with caplog.at_level("WARNING"):
        assert find_sections((Page(1, TOC),), "dossier.txt") == []
    assert "dossier.txt: sections failed (IndexError" in caplog.text


def test_sections_carry_the_body_offset_of_their_heading() -> None:
    """Sections store where their heading line starts in the body once, so passages and views need not
    locate headings again; a table-of-contents entry whose heading is not in the body has none."""
    from ingest.records import body_text
    pages = (Page(1, TOC), Page(3, "tekst"), Page(5, "Inleiding.\n1.2. Hervestiging\nNederland hervestigt vluchtelingen."),
             Page(17, "1.6 Schengenevaluatie NL 2021\nIn 2021 is Nederland geëvalueerd."), Page(31, "slot"))
    body = body_text(pages)
    by_number = {s.number: s for s in find_sections(pages)}
    assert body[by_number["1.2"].offset:].startswith("1.2. Hervestiging\n")
    assert body[by_number["1.6"].offset:].startswith("1.6 Schengenevaluatie NL 2021\n")
    assert by_number["1"].offset is None   # only in the table of contents


def test_numbered_headings_carry_their_offset() -> None:
    from ingest.records import body_text
    pages = (Page(1, "Geachte voorzitter,\n\n1. Asiel\nDe instroom daalt.\n\n2. Opvang\nEr is plaats."),
             Page(2, "3. Terugkeer\nDe terugkeer stijgt."))
    body = body_text(pages)
    assert [body[s.offset:s.offset + 9] for s in find_sections(pages)] == ["1. Asiel\n", "2. Opvang", "3. Terugk"]
