"""Reading order of text set in columns: the page is cut at gutters between text columns and across the lines that
span them; a page of one column (a letter with its sidebar, a table, a label column) stays as it was."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.extract.geometry import PageWords, Word
from ingest.extract.pdf import dominant_size, extract_pdf, group_lines, read_pages, sidebar_x
from ingest.extract.reading import column_parts

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# sheets 3 and 5 of the Internationale Klimaatstrategie (BZ 2022): two printed pages side by side on a landscape
# sheet, each in two text columns with footnotes under them; sheet 3's right page is an infographic of rotated labels
KLIMAAT = FIXTURES / "klimaatstrategie-spreads-p3-p5.pdf"


def flat(text: str) -> str:
    """The text on one line, a paragraph break kept as `¶`."""
    return re.sub(r"\s+", " ", text.replace("\n\n", " ¶ "))


@pytest.fixture(scope="module")
def klimaat() -> list[str]:
    return [flat(p.text) for p in extract_pdf(KLIMAAT).pages]


# (sheet, a sentence or heading, a sentence after it): each read whole, in this order
@pytest.mark.parametrize("sheet, first, then", [
    # the heading across both columns first, then the left column
    (1, "Inleiding", "De oorlog in Oekraïne en de huidige geopolitieke context vragen om een energietransitie en de "
     "urgentie om klimaatverandering te beperken is onverminderd groot."),
    # the left page's left column, then its right column
    (1, "Gelukkig staat Nederland niet alleen met deze ambities.",
     "Tegelijkertijd bieden klimaatambities grote economische kansen voor een innovatieve en open economie als "
     "Nederland, alsook voor onze partnerlanden wereldwijd."),
    # the spread's left page before its right page
    (2, "Van de huidige emissies wereldwijd is 75% afkomstig uit gebruik van fossiele brandstoffen",
     "Nederland heeft na de COP26 in Glasgow zijn nationale ambities verhoogd om deze in overeenstemming te "
     "brengen met het 1,5 gradendoel van Parijs."),
    # the right page's left column, then its right column
    (2, "Het is van groot belang dat we deze kansen niet onbenut laten.",
     "De meeste G20-landen hebben inmiddels ambitieuze lange termijn doelen (klimaatneutraliteit), maar moeten "
     "deze veelal nog doorvertalen naar korte termijn plannen."),
])
def test_columns_are_read_one_after_the_other(klimaat: list[str], sheet: int, first: str, then: str) -> None:
    text = klimaat[sheet - 1]
    assert first in text and then in text
    assert text.index(first) < text.index(then)


@pytest.mark.parametrize("sheet, sentence", [
    # from the left page's right column on into the right page's left column
    (2, "bovendien aan bij de verduurzamingsambitie van (Nederlandse) bedrijven om niet alleen hun directe, eigen "
        "emissies te reduceren, maar ook de indirecte uitstoot die plaatsvindt via productie- en consumptieketens."),
    # from the left page's left column on into its right column
    (1, "Het is van belang dat de internationale verduurzamingstransitie eerlijk en inclusief is."),
])
def test_a_sentence_runs_on_from_one_column_into_the_next(klimaat: list[str], sheet: int, sentence: str) -> None:
    """A column's first line that goes on with an open sentence starts no paragraph (no `¶` inside it)."""
    assert sentence in klimaat[sheet - 1]


def test_a_paragraph_in_a_column_stays_one(klimaat: list[str]) -> None:
    assert "moeten sneller omgezet worden in actie. ¶ Nederland heeft na de klimaattop" in klimaat[0]


def test_an_infographic_beside_the_columns_does_not_break_them(klimaat: list[str]) -> None:
    """Sheet 3's right page holds only an infographic's rotated and scattered labels: the left page's columns are
    read whole all the same, before any of the labels."""
    text = klimaat[0]
    sentence = ("Met deze eerste Internationale Klimaatstrategie slaat het kabinet een nieuwe weg in voor zijn "
                "klimaatdiplomatie gericht op landen buiten de Europese Unie.")
    assert sentence in text
    assert text.index(sentence) < text.index("Mitigatie")


def _parts(path: Path, number: int) -> tuple[int, int]:
    """(parts the reading order cut the page's body words into, lines of the page), as zone_page would."""
    pages = read_pages(path)
    page = pages[number - 1]
    size = dominant_size(pages)
    column = sidebar_x(page, size)
    words = [w for w in page.words if column is None or w.x0 < column]
    return len(column_parts(page, words, size, group_lines)), len(group_lines(words, size))


# (document, page, parts): a page of text columns is cut; one column (a letter with its sidebar, answers to
# Kamervragen with their label column, a table of two columns, a Woo inventory) is one part, its lines as they were
@pytest.mark.parametrize("path, number, parts", [
    (KLIMAAT, 2, 6),
    (ROOT / "corpus" / "pdf" / "kamerbrief-draagmoederschap.pdf", 1, 1),
    (ROOT / "corpus" / "pdf" / "antwoord-kamervragen-jeugdige-criminelen.pdf", 2, 1),
    (FIXTURES / "letter-sidebar-subject-chromium.pdf", 1, 1),
    (FIXTURES / "letter-libreoffice-table.pdf", 1, 1),
    (FIXTURES / "water-en-bodem-p22.pdf", 1, 1),
    (FIXTURES / "woo-released-mail-stamp-document-number.pdf", 1, 1),
])
def test_only_pages_of_text_columns_are_cut(path: Path, number: int, parts: int) -> None:
    assert _parts(path, number)[0] == parts


def _column(x0: float, top: float, lines: int, words: int = 7, prefix: str = "w") -> list[Word]:
    """A column of ``lines`` lines of ``words`` words of 9 pt print, 12 pt apart, from (x0, top)."""
    return [Word(f"{prefix}{i}.{k}", x0 + k * 30, x0 + k * 30 + 26, top + i * 12, top + i * 12 + 9, 9.0)
            for i in range(lines) for k in range(words)]


PAGE = PageWords(number=1, width=595, height=842, words=[])


def _read(words: list[Word]) -> list[str]:
    return [l.text for part in column_parts(PAGE, words, 9.0, group_lines) for l in part]


def test_two_columns_under_a_heading_across_both() -> None:
    heading = [Word(t, 50 + i * 60, 50 + i * 60 + 55, 80, 92, 12.0)
               for i, t in enumerate("Een kop over beide kolommen heen staat".split())]
    words = heading + _column(50, 120, 8, prefix="l") + _column(290, 120, 8, prefix="r")
    lines = _read(words)
    assert lines[0] == "Een kop over beide kolommen heen staat"
    assert lines[1].startswith("l0.0") and lines[8].startswith("l7.0") and lines[9].startswith("r0.0")
    assert all("r" not in l for l in lines[1:9])


def test_a_label_column_beside_the_text_is_no_text_column() -> None:
    """Labels of a word or two beside lines of text (an answer's `Vraag 1`, a letter's `Datum`): no cut."""
    labels = [Word(f"Vraag{i}", 50, 90, 120 + i * 36, 129 + i * 36, 9.0) for i in range(3)]
    words = labels + _column(160, 120, 8, words=10)
    assert len(column_parts(PAGE, words, 9.0, group_lines)) == 1
