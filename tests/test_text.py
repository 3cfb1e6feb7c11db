"""Text extracts: letterhead and footers out, pages numbered, footnotes split off with their markers."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import EmptyDocument, UnreadableFile
from ingest.extract.layout import hyphen_join, is_sidebar_line, join_hyphenated
from ingest.records import Extraction, body_text
from ingest.extract.text import extract_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _extract(tmp_path: Path, text: str) -> Extraction:
    src = tmp_path / "brief.txt"
    src.write_text(text, encoding="utf-8")
    return extract_text(src)


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


def test_numbered_questions_are_no_page_numbers(tmp_path: Path) -> None:
    """A Lijst van vragen en antwoorden (IenM 2011, rules45 held-out probe): the bare numbers over its questions, the
    last question cut off, are questions' numbers, not page numbers; one lone number before a question stays a page's."""
    src = tmp_path / "lijst.txt"
    src.write_text("Vragen en antwoorden zijn hierna afgedrukt.\n\n1\n\nKunt u de Kamer informeren over de stand van zaken "
                   "van de uitvoering van de motie Mastwijk/Neppérus (29 435, nr. 256)?\n\nDe motie is als volgt afgedaan.\n\n"
                   "2\n\nWanneer wordt de Kamer uiterlijk geïnformeerd over de uitvoering van de motie Slob/De Rouwe (30 523, "
                   "nr. 52)?\n\nDe Minister van SZW heeft de Kamer per brief d.d. 2 mei 2011 geïnformeerd.\n\n3\n\nBetekent "
                   "het feit dat u verbranden van afval", encoding="utf-8")
    assert [p.number for p in extract_text(src).pages] == [1]
    src.write_text("Eerste pagina tekst.\n1 \n\nKunt u dit toelichten?\n2 \n\n", encoding="utf-8")
    assert [p.number for p in extract_text(src).pages] == [1, 2]


def test_glued_marker_removed_when_its_footnote_exists(tmp_path: Path) -> None:
    src = tmp_path / "noot.txt"
    src.write_text("Het WODC stelt het overzicht op1. Dat is nieuw.\n\n1 Kamerstukken II 2019/20, 19637, nr. 2645\n",
                   encoding="utf-8")
    e = extract_text(src)
    assert e.pages[0].text == "Het WODC stelt het overzicht op. Dat is nieuw."
    assert e.footnotes[0].text == "Kamerstukken II 2019/20, 19637, nr. 2645"


def test_marker_glued_to_a_year_before_a_stop(tmp_path: Path) -> None:
    """A letter of SZW (2018) as its page reads: the third marker stands on a year before the full stop
    (`20173.`), the block of three footnotes is the page's footnotes and every marker goes."""
    src = tmp_path / "straalgrit.txt"
    src.write_text("In mijn brief van 17 april 2018 over het straalgrit1 heb ik laten weten dat ik u zou informeren. "
                   "Door uw Kamer is verzocht om een brief over dit onderwerp2.\n\nHierover heb ik uw Kamer reeds "
                   "geïnformeerd in mijn brief van 31 oktober 20173. Dit onderzoek loopt.\n\n \n\n1    Kamerstuk 25 834, nr. "
                   "137.\n\n2    Regeling van werkzaamheden 19 april 2018 (Handelingen II 2017/18, nr. 76).\n\n3    Kamerstuk 25 "
                   "834, nr. 131\n", encoding="utf-8")
    e = extract_text(src)
    assert [(n.number, n.text) for n in e.footnotes] == [
        ("1", "Kamerstuk 25 834, nr. 137."), ("2", "Regeling van werkzaamheden 19 april 2018 (Handelingen II 2017/18, nr. 76)."),
        ("3", "Kamerstuk 25 834, nr. 131")]
    assert "31 oktober 2017. Dit onderzoek" in body_text(e.pages) and "Kamerstuk" not in body_text(e.pages)


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


def test_a_text_the_layout_rules_would_empty_is_kept_as_the_file_has_it(tmp_path: Path, caplog) -> None:
    """A saved web page of a letter whose subject line runs on into the whole letter (the line breaks lost:
    BZ 2006 via opennieuwsbank.nl, commit50 probe): removing the letterhead up to the subject left no body
    and the file was refused; now its text is kept as extracted, with a warning."""
    text = ("Ministerie van Buitenlandse Zaken\n\nSamenvatting:\n\nInhoud:\n\nOnderwerp: Overeenkomst tussen de "
            "Europese Unie en de Verenigde Staten van Amerika inzake de verwerking en overdracht van persoonsgegevens "
            "van passagiers (PNR-gegevens)In de nacht van 5 op 6 oktober bereikten het voorzitterschap en de Commissie "
            "een akkoord over een interim-overeenkomst. Graag informeren wij u hierbij over onze beoordeling van de "
            "interim-overeenkomst.\n")
    with caplog.at_level("WARNING", logger="ingest.extract.text"):
        ex = _extract(tmp_path, text)
    assert "no body text left after removing the layout" in caplog.text
    assert "Graag informeren wij u hierbij over onze beoordeling van de interim-overeenkomst." in body_text(ex.pages)


@pytest.fixture(scope="module")
def brief_p7():
    """Page 1 (letterhead) and page 7 (sidebar repeated between body lines, lone marker lines,
    footnotes 10-12 at the page end) of the Eerste Kamer letter."""
    return extract_text(FIXTURES / "brief-eerste-kamer-p1-p7.txt")


def test_pages_numbered_by_their_footers(brief_p7) -> None:
    assert [p.number for p in brief_p7.pages] == [1, 7]
    assert brief_p7.page_count == 7


def test_later_page_sidebar_goes_to_the_margin(brief_p7) -> None:
    page7 = brief_p7.pages[1].text
    for noise in ("Directoraat-Generaal", "Asiel, Opvang en Terugkeer", "11 januari 2021", "3001668", "Datum"):
        assert noise not in page7
    # `Migratie` alone is sidebar next to other sidebar lines, the word stays in body sentences
    assert "\nMigratie\n" not in page7
    assert "herkomst" in body_text(brief_p7.pages)
    assert brief_p7.margin[7].split("\n") == ["Directoraat-Generaal", "3001668", "Migratie", "Asiel, Opvang en Terugkeer",
                                              "Datum", "11 januari 2021", "Ons kenmerk"]


def test_sidebar_artifacts_in_sentences_repaired(brief_p7) -> None:
    page7 = brief_p7.pages[1].text
    # `d e toekomstige` (first letter split off by the sidebar column) and the blank lines between body lines
    assert page7.startswith("landen in Afrika, het Caraïbisch gebied en de Stille Oceaan (ACS) opgenomen dat\n"
                            "de toekomstige overeenkomst een herbevestiging moet bevatten van de plicht\n"
                            "van partijen om hun eigen onderdanen")
    # a kenmerk the extract glued to the end of a body line
    assert "het huidige Cotonou-verdrag zal\nopvolgen." in page7


def test_footnote_block_with_lone_marker_lines(brief_p7) -> None:
    notes = [(n.number, n.page, n.text) for n in brief_p7.footnotes]
    assert notes == [
        ("1", 1, "Kamerstukken II 2018/19, 35000 VI, nr. 59, gewijzigd onder nr. 78."),
        ("10", 7, "https://ec.europa.eu/commission/presscorner/detail/en/ip_20_2291."),
        ("11", 7, "Kamerstukken II 2019/20, 19637, nr. 2623."),
        ("12", 7, "Kamerstukken II 2020/21, 19637, nr. 2677."),
    ]
    body = body_text(brief_p7.pages)
    assert body[brief_p7.footnotes[2].marker_offset:].startswith("bij de Tweede Kamer ingediende motie Bisschop")
    assert body[brief_p7.footnotes[3].marker_offset:].startswith("tot 1 november 2020.")
    assert "\n12\n" not in body and "Kamerstukken" not in body and "Pagina 7 van 11" not in body


@pytest.fixture(scope="module")
def diverse():
    """Excerpt of the letter on diverse subjects: `Datum 7 november 20224 oktober 2022`, a footnote the
    extract left mid-page, glued markers (`(VVR-medisch).1`, `2021.2`, `benutten.4`), a later-page sidebar."""
    return extract_text(FIXTURES / "kamerbrief-diverse-excerpt.txt")


def test_glued_markers_removed_and_linked(diverse) -> None:
    body = body_text(diverse.pages)
    assert "(VVR-medisch). Uit de uitspraak" in body
    assert "van 28 juli 2021. Die uitspraken" in body
    assert "(het\narrest Ibrahim).\n" in body
    assert "ten volle te benutten. De situatie" in body
    by_number = {n.number: n for n in diverse.footnotes}
    assert sorted(by_number) == ["1", "2", "3", "4"]
    assert body[by_number["1"].marker_offset:].startswith(" Uit de uitspraak")
    assert body[: by_number["2"].marker_offset].endswith("van 28 juli 2021.")


def test_mid_page_footnote_line_taken_out(diverse) -> None:
    note = next(n for n in diverse.footnotes if n.number == "1")
    assert (note.page, note.text) == (4, "ABRvS 1 februari 2021, 202002659/1/V2 (ECLI:NL:RVS:2021:193).")
    body = body_text(diverse.pages)
    assert "ABRvS" not in body
    assert "Deense Dublinzaken\n\nOp 6 juli 2022 heeft de Afdeling" in body


def test_footnote_split_over_blank_lines_and_footer(diverse) -> None:
    note = next(n for n in diverse.footnotes if n.number == "4")
    assert note.text.startswith("In asielaanvragen van Griekse statushouders was de beslistermijn reeds met 9 maanden verlengd in afwachting")
    assert note.text.endswith("(WBV 2022/22).")
    assert [p.number for p in diverse.pages] == [4, 5]


def test_date_with_footnote_digit_stays_in_the_margin(diverse) -> None:
    assert diverse.margin[4].startswith("Datum 7 november 20224 oktober 2022")
    assert "Datum" not in body_text(diverse.pages)
    assert diverse.margin[5].split("\n") == ["Directoraat-Generaal", "Migratie", "Datum", "7 november 2022",
                                             "Ons kenmerk4242124"]


def test_numbers_in_text_are_not_markers(tmp_path: Path) -> None:
    e = _extract(tmp_path, "1.2. Hervestiging\nHet gaat om 2 zaken (Kamerstuk 35300 VI, nr.2) en artikel 2.\n"
                   "Zie de brief2.\n\n2 Kamerstukken II 2019/20, 19637, nr. 2645\n")
    assert e.pages[0].text == "1.2. Hervestiging\nHet gaat om 2 zaken (Kamerstuk 35300 VI, nr.2) en artikel 2.\nZie de brief."
    assert [(n.number, n.marker_offset) for n in e.footnotes] == [("2", len(e.pages[0].text) - 1)]


def test_a_numbered_line_without_marker_stays_in_the_body(tmp_path: Path) -> None:
    src = tmp_path / "lijst.txt"
    src.write_text("De stappen zijn:\n\n1 Kamerstukken lezen\n2 Besluiten\n", encoding="utf-8")
    assert extract_text(src).pages[0].text == "De stappen zijn:\n\n1 Kamerstukken lezen\n2 Besluiten"
    assert extract_text(src).footnotes == ()


@pytest.mark.parametrize("data", [
    "\ufeffGeachte voorzitter,\r\n\r\nUw Kamer is geïnformeerd.\r\n".encode("utf-8"),   # UTF-8 with BOM, CRLF
    "Geachte voorzitter,\n\nUw Kamer is geïnformeerd.\n".encode("utf-16"),                 # UTF-16 with its BOM
])
def test_byte_order_marks_and_line_ends(tmp_path: Path, data: bytes) -> None:
    src = tmp_path / "brief.txt"
    src.write_bytes(data)
    assert extract_text(src).pages[0].text == "Geachte voorzitter,\n\nUw Kamer is geïnformeerd."


def test_form_feed_ends_a_page(tmp_path: Path) -> None:
    src = tmp_path / "ff.txt"
    src.write_text("Eerste pagina.\fTweede pagina.\n", encoding="utf-8")
    assert [(p.number, p.text) for p in extract_text(src).pages] == [(1, "Eerste pagina."), (2, "Tweede pagina.")]


@pytest.mark.parametrize("line", [
    "Datum van inwerkingtreding is 1 januari 2024.",
    "Datum 1 januari 2024 is de wet in werking getreden.",
    "Directie en medewerkers zijn hierbij betrokken.",
    "Kenmerk van de aanpak is de snelheid.",
    "Onderwerp van gesprek was de opvang.",
    "Uw brief van 3 maart heb ik in goede orde ontvangen.",
])
def test_a_sentence_opening_with_a_sidebar_label_stays_in_the_body(tmp_path: Path, line: str) -> None:
    src = tmp_path / "zin.txt"
    src.write_text(f"Geachte voorzitter,\n\nDe wet treedt binnenkort in werking.\n{line}\n", encoding="utf-8")
    assert extract_text(src).pages[0].text == f"Geachte voorzitter,\n\nDe wet treedt binnenkort in werking.\n{line}"


def test_subject_wrapped_over_two_lines_goes_to_the_margin_as_one(tmp_path: Path) -> None:
    e = _extract(tmp_path, "Ons kenmerk\n4512345\nDatum 14 maart 2023\nOnderwerp Voortgang van de aanpak van de instroom van\n"
                   "asielzoekers uit veilige landen\n\nHierbij informeer ik uw Kamer.\n")
    assert e.pages[0].text == "Hierbij informeer ik uw Kamer."
    assert e.margin[1].split("\n")[-1] == \
        "Onderwerp Voortgang van de aanpak van de instroom van asielzoekers uit veilige landen"


@pytest.mark.parametrize("first, second, subject", [
    # a word broken at the line's hyphen is made whole (fields90: a subject value hyphenated in its column)
    ("Betreft Voortgangsrapportage hersteloperatie kinderop-", "vangtoeslag en uitvoeringsorganisatie",
     "Betreft Voortgangsrapportage hersteloperatie kinderopvangtoeslag en uitvoeringsorganisatie"),
    # near misses: a hyphen the text writes stays (`wet- en regelgeving`, `EU-lidstaten`)
    ("Betreft Voortgang van de aanpassing van wet-", "en regelgeving voor de kinderopvangtoeslag",
     "Betreft Voortgang van de aanpassing van wet- en regelgeving voor de kinderopvangtoeslag"),
    ("Betreft Inzet van het kabinet in overleg met de EU-", "lidstaten over de kinderopvangtoeslag",
     "Betreft Inzet van het kabinet in overleg met de EU-lidstaten over de kinderopvangtoeslag"),
])
def test_a_subject_hyphenated_at_its_line_end_is_one_word(tmp_path: Path, first: str, second: str, subject: str) -> None:
    e = _extract(tmp_path, f"Datum 29 juni 2021\n{first}\n{second}\n\nGeachte voorzitter,\n\nHierbij informeer ik u.\n")
    assert e.margin[1].split("\n")[-1] == subject


def test_a_long_subject_wrapped_onto_a_capitalised_word_is_one(tmp_path: Path) -> None:
    """The column wraps a long subject anywhere, also before a capital; a short one followed by a body line is not
    continued (a Defensie letter of 2025, its subject wrapped as a narrower column would)."""
    e = _extract(tmp_path, "Onze referentie\nBS2025012345\nDatum 8 december 2025\nBetreft Uitstel informeren impact "
                           "focusverschuiving\nHoofdtaak 1 op hoofdtaak 3 van de krijgsmacht\n\nHierbij deel ik u mee.\n")
    assert e.margin[1].split("\n")[-1] == \
        "Betreft Uitstel informeren impact focusverschuiving Hoofdtaak 1 op hoofdtaak 3 van de krijgsmacht"
    assert e.pages[0].text == "Hierbij deel ik u mee."
    e = _extract(tmp_path, "Datum 8 december 2025\nBetreft Uitstel brief\nHierbij deel ik u mee.\n\nTweede alinea.\n")
    assert e.margin[1].split("\n")[-1] == "Betreft Uitstel brief"


def test_a_subject_label_alone_takes_its_value_from_the_next_line(tmp_path: Path) -> None:
    """A letterhead with label and value on lines of their own (constructed, as JenV sidebars print `Ons kenmerk`)."""
    e = _extract(tmp_path, "Datum\n14 maart 2024\nOnderwerp\nPlanning toezending brieven migratie voorjaar 2024\n\n"
                           "Geachte voorzitter,\n\nMet deze brief informeer ik u.\n")
    assert e.margin[1].split("\n")[-1] == "Onderwerp Planning toezending brieven migratie voorjaar 2024"
    assert e.pages[0].text == "Geachte voorzitter,\n\nMet deze brief informeer ik u."


def test_windows_1252_text_is_read_when_it_decodes_to_text(tmp_path: Path) -> None:
    src = tmp_path / "cp1252.txt"
    src.write_bytes("Uw Kamer is geïnformeerd over de ‘Staat van migratie’ – € 5 miljoen.\n".encode("cp1252"))
    assert extract_text(src).pages[0].text == "Uw Kamer is geïnformeerd over de ‘Staat van migratie’ – € 5 miljoen."
    (tmp_path / "controle.txt").write_bytes(b"Caf\xe9 \x01\x02 binair")
    with pytest.raises(UnreadableFile, match="not UTF-8"):
        extract_text(tmp_path / "controle.txt")
    # UTF-8 with one damaged byte is not read as cp1252 (that would garble every `ï` into `Ã¯`)
    (tmp_path / "beschadigd.txt").write_bytes("Uw Kamer is geïnformeerd.".encode("utf-8") + b" \xff")
    with pytest.raises(UnreadableFile, match="not UTF-8"):
        extract_text(tmp_path / "beschadigd.txt")


@pytest.mark.parametrize("raw", [
    "Eerste pagina tekst.\nPagina 1 van 3\n\fTweede pagina tekst.\nPagina 2 van 3\n\fDerde pagina tekst.\nPagina 3 van 3\n\f",
    "Eerste pagina tekst.\n\n1\n\fTweede pagina tekst.\n\n2\n\fDerde pagina tekst.\n\n3\n",
    "Eerste pagina tekst.\fTweede pagina tekst.\fDerde pagina tekst.\f",
])
def test_form_feed_pages_numbered_by_their_footers_or_page_numbers(tmp_path: Path, raw: str) -> None:
    """pdftotext output: one form feed per page, the footer or page number just before it."""
    src = tmp_path / "pdftotext.txt"
    src.write_text(raw, encoding="utf-8")
    assert [(p.number, p.text) for p in extract_text(src).pages] == [
        (1, "Eerste pagina tekst."), (2, "Tweede pagina tekst."), (3, "Derde pagina tekst.")]


def test_form_feed_extract_of_odd_pages_keeps_the_printed_numbers(tmp_path: Path) -> None:
    e = _extract(tmp_path, "Eerste pagina.\n\n1\n\fDerde pagina.\n\n3\n\f\n\fVijfde pagina.\n\n5\n")
    assert [(p.number, p.text) for p in e.pages] == [(1, "Eerste pagina."), (3, "Derde pagina."), (5, "Vijfde pagina.")]
    assert e.page_count == 5


def test_subject_in_lower_case_above_the_salutation(tmp_path: Path) -> None:
    e = _extract(tmp_path, "Datum 3 april 2023\nBetreft uw brief van 3 maart 2023\n\nGeachte heer,\n\nIk antwoord u.\n")
    assert e.pages[0].text == "Geachte heer,\n\nIk antwoord u."
    assert e.margin[1] == "Datum 3 april 2023\nBetreft uw brief van 3 maart 2023"


def test_a_failing_cleaning_rule_keeps_the_page_as_extracted(monkeypatch, caplog) -> None:
    """Issue 9.1: a cleaning rule that raises on a page leaves that page as the extract has it."""
    import ingest.extract.text as text

    def failing(raw, first, letterhead=None):
        raise IndexError("list index out of range")
    monkeypatch.setattr(text, "clean_page", failing)
    with caplog.at_level("WARNING"):
        e = extract_text(FIXTURES / "brief-eerste-kamer-p1.txt")
    assert "Op 29 maart 2018 presenteerde het kabinet" in e.pages[0].text
    assert "Turfmarkt 147" in e.pages[0].text   # nothing cleaned: the letterhead stays
    assert "brief-eerste-kamer-p1.txt p.1: cleaning failed (IndexError" in caplog.text


def test_page_footer_with_a_slash_ends_the_page(tmp_path: Path) -> None:
    """A Defensie letter numbers its pages `Pagina 1/12`: the footer ends the page, never the body."""
    src = tmp_path / "defensie.txt"
    src.write_text("Hierbij bied ik u de antwoorden aan.\nE. van Middelkoop\nPagina 1/12\n1 Waarom is geen gehoor gegeven "
                   "aan de toezegging?\nPagina 2/12\n", encoding="utf-8")
    pages = extract_text(src).pages
    assert [p.number for p in pages] == [1, 2]
    assert all("Pagina" not in p.text for p in pages)


def test_aanhangsel_header_and_footer_of_a_text_extract_are_furniture(tmp_path: Path) -> None:
    """An answer to Kamervragen extracted as text (LNV 2024): the heading wrapped over two lines, the column mark
    after `Staten-Generaal` and the footer glued to the place stamp leave the body."""
    e = _extract(tmp_path, "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2023–2024 Aanhangsel van de Handelingen\n"
                           "Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n"
                           "Vraag 1\nKunt u bevestigen dat de Kamer een motie heeft aangenomen?\nAntwoord 1\nJa.\n"
                           "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n")
    body = body_text(e.pages)
    for noise in ("Staten-Generaal", "regering gegeven antwoorden", "’s-Gravenhage"):
        assert noise not in body
    assert "Kunt u bevestigen dat de Kamer een motie heeft aangenomen?" in body


def test_a_saved_web_pages_navigation_leaves_the_body(tmp_path: Path) -> None:
    """Saved pages of papers (rules38 probe): berthub.eu's menu and its table row of the Aanhangsel's column mark
    (AenM 2025), officielebekendmakingen.nl's search tabs, breadcrumb, label and register table (EK 2025, JA21 2021)
    and its link back to the top (JenV 2022) leave the body; the paper's sentences stay."""
    e = _extract(tmp_path, "[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies] [geschenken]\n"
                           "Tweede Kamer der Staten-Generaal | 2 |\nKamerstuk\n"
                           "| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n|---|---|---|---|\n"
                           "| Eerste Kamer der Staten-Generaal | 2024-2025 | 30573 nr. J |\n"
                           "Zoals vergunningen, bouwplannen en lokale regelgeving.\n"
                           "Adressen en contactpersonen van overheidsorganisaties.\nU bent hier:\n"
                           "Kamervragen zonder Antwoord\n\nDatum publicatieOrganisatieVergaderjaarVraagDatum indiening\n"
                           "Tweede Kamer der Staten-Generaal2021-20222021Z17400\n\nVastgesteld 10 januari 2025\n"
                           "De Minister heeft op 7 januari 2025 gereageerd.\n\nAntwoord 4\n\nJa.\n\nNaar boven\n")
    body = body_text(e.pages)
    for noise in ("[overzicht]", "| 2 |", "Kamerstuk", "Datum publicatie", "|---|", "30573 nr. J", "vergunningen",
                  "contactpersonen", "U bent hier", "zonder Antwoord", "2021Z17400", "Naar boven"):
        assert noise not in body
    assert "De Minister heeft op 7 januari 2025 gereageerd." in body and "Ja." in body


def test_a_stamp_glued_to_its_date_is_read_apart(tmp_path: Path) -> None:
    """An older page of officielebekendmakingen.nl (kst-21501-31-207, VWS 2010, probe69): `Vastgesteld16 april 2010`
    is the stamp and its date; a word that only starts like a stamp keeps its digits."""
    e = _extract(tmp_path, "Nr. 207 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld16 april 2010\n\nIn de vaste "
                           "commissie bestond behoefte.\n\nOntvangen3 stukken\n")
    body = body_text(e.pages)
    assert "Vastgesteld 16 april 2010" in body and "Ontvangen3 stukken" in body


def test_a_saved_meeting_pages_placeholders_leave_the_body(tmp_path: Path) -> None:
    """The Tweede Kamer's page of a procedurevergadering (OCW 2019, probe69): `Loading data` under each item and `De
    vergadering is geweest` leave the body; a sentence that says so in its words stays."""
    e = _extract(tmp_path, "Procedurevergadering : Procedures en brieven\n\nDe vergadering is geweest\n\n28 maart 2019\n"
                           "10:15 - 11:15 uur\n\n 5. 5\n\n  De verkoop van de bunker\n\n  Te behandelen:\n\n  Loading "
                           "data\n\nDe vergadering is geweest, zei de voorzitter.\n")
    body = body_text(e.pages)
    assert "Loading data" not in body and body.count("De vergadering is geweest") == 1
    assert "De verkoop van de bunker" in body and "De vergadering is geweest, zei de voorzitter." in body


def test_a_saved_letter_pages_download_link_leaves_the_body(tmp_path: Path) -> None:
    """rijksoverheid.nl's page of a letter (LNV 2018, allpool) offers it for download under its title: no part of it."""
    e = _extract(tmp_path, "Stand van zaken fosfaatrechtenstelsel\n\nDownload deze brief in PDF formaat\n\nGeachte "
                           "Voorzitter,\n\nHierbij informeer ik uw Kamer over de stand van zaken.\n")
    body = body_text(e.pages)
    assert "Download" not in body and "Hierbij informeer ik uw Kamer over de stand van zaken." in body


def test_notes_of_a_saved_officielebekendmakingen_page_are_footnotes(tmp_path: Path) -> None:
    """Kamervragen saved from officielebekendmakingen.nl (VVD 2021, rules38 probe): each note under `X Noot` and its
    number on lines of their own, its marker after the question's closing guillemet and question mark; the numbers are
    no page numbers, the notes leave the body and the markers go."""
    e = _extract(tmp_path, "Vraag 1\n\nBent u bekend met het bericht «Asielgezin weigert te kleine sociale huurwoning met "
                           "vier slaapkamers, mag uit AZC Heerlen worden gezet»?1\n\nVraag 8\n\nBent u bekend met het "
                           "bericht «Statushouders die huis weigerden: «Snap dat ik een grote fout heb gemaakt, we hadden "
                           "blij moeten zijn»»?2\n\n\nX Noot\n1\n\nDe Telegraaf, 13 september 2021; Asielgezin weigert «te "
                           "kleine woning» met vier slaapkamers, mag uit azc Heerlen worden gezet | Binnenland | "
                           "Telegraaf.nl.\n\nX Noot\n2\n\nDe Telegraaf, 18 september 2021; Statushouders die huis "
                           "weigerden\n")
    assert e.page_count == 1
    assert [n.number for n in e.footnotes] == ["1", "2"]
    body = body_text(e.pages)
    assert "X Noot" not in body and "Telegraaf" not in body
    assert "gezet»?" in body and "gezet»?1" not in body and "zijn»»?" in body and "zijn»»?2" not in body


def test_an_aanhangsel_citation_wrapped_onto_its_own_line_stays(tmp_path: Path) -> None:
    """An answer of AenM (2025) as the Kamer's site prints it: the citation of the Aanhangsel wraps after
    `Handelingen,`; its second line is no masthead."""
    e = _extract(tmp_path, "Antwoord van Minister Faber-Van de Klashorst (Asiel en Migratie) (ontvangen 19 maart 2025)Zie "
                           "ook Aanhangsel Handelingen,\nvergaderjaar 2024–2025, nr. 1529\nVraag 1\nWat is de capaciteit?\n")
    assert "vergaderjaar 2024–2025, nr. 1529" in body_text(e.pages)
