"""Metadata read from the document itself: table-driven on real first pages."""
from __future__ import annotations

import pytest

from ingest.structure.metadata import (LISTED_ANSWERS_HEAD, read_addressee, read_date, read_doc_type, read_kenmerk,
                                       read_metadata, read_sender, read_title)
from ingest.dutch.months import parse_dutch_date
from ingest.structure import metadata
from ingest.dutch.titlecase import title_case
from ingest.records import Extraction, Page


@pytest.mark.parametrize("text, iso", [
    ("1 maart 2011", "2011-03-01"), ("11-06-2024", "2024-06-11"), ("31 februari 2022", None),
    ("Den Haag, 7 november 2022", "2022-11-07"), ("d.d. 8 juli 2022", "2022-07-08"),
])
def test_explicit_dates(text: str, iso: str | None) -> None:
    assert parse_dutch_date(text) == iso


@pytest.mark.parametrize("text, iso", [
    ("Datum 7 november 20224 oktober 2022\nOnderwerp Diverse onderwerpen", "2022-11-07"),
    ("Datum\n11 januari 2021", "2021-01-11"),
    ("Antwoord van Minister X (ontvangen 11 juni 2024). (ingezonden 6 mei 2024)", "2024-06-11"),
    ("Nr. 143 MOTIE VAN DE LEDEN\nVoorgesteld 6 juli 2021", "2021-07-06"),
    ("Nr. 2383 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 25 april 2018\n\nDe vaste commissie", "2018-04-25"),
    ("Nr. 2620 MOTIE VAN HET LID VAN OJIK\n\nVoorgesteld tijdens het Notaoverleg van 3 juni 2020", "2020-06-03"),
    ("Besluitenlijst procedurevergadering\nDatum: woensdag 4 oktober 2023", "2023-10-04"),
    # the Eerste Kamer's page of a day's committee meetings, dated in its heading (rules21 held-out probe, EK CVO 2023)
    ("Commissievergaderingen op dinsdag 28 november 2023\n\n9.30 uur\n\n1. Besluitenlijst CVO 31 oktober 2023\n\n"
     "Het verslag wordt ongewijzigd vastgesteld.", "2023-11-28"),
    # the answer's stamp wrapped over two lines (tweedekamer.nl, JenV 2021 and AenM 2025)
    ("Antwoord van Staatssecretaris Broekers-Knol (Justitie en Veiligheid) (ontvangen 23 november\n            2021).",
     "2021-11-23"),
    ("Vragen van het lid Bontenbal (CDA) (ingezonden 14 januari 2025).\nMededeling van Minister Faber-van de Klashorst "
     "(Asiel en Migratie) (ontvangen 20 februari\n2025).", "2025-02-20"),
])
def test_letter_date(text: str, iso: str) -> None:
    assert read_date(text, "kamerbrief") == iso


@pytest.mark.parametrize("text, doc_type", [
    ("Motie van de leden Inge van Dijk en Grinwis\nVoorgesteld 6 juli 2021", "motie"),
    ("Nr. 143 MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS", "motie"),
    ("19 637 Vreemdelingenbeleid\n\nNr. 2620 MOTIE VAN HET LID VAN OJIK\n\nVoorgesteld 3 juni 2020", "motie"),
    # a changed motion's heading, the paper it replaces on the same line (LNV 2024, mot102 pool)
    ("Nr. 25 GEWIJZIGDE MOTIE VAN DE LEDEN BROMET EN GRINWIS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19\n\n"
     "Voorgesteld 6 maart 2024", "motie"),
    ("Gewijzigde motie van het lid Van Esch c.s. over het versnellen van de energietransitie\n\nDe Kamer,", "motie"),
    # a letter reporting on motions, each a heading of its annex, is a letter (a VWS letter of 2024)
    ("36 410 XVI Vaststelling van de begrotingsstaten ...\n\nNr. 160 BRIEF VAN DE MINISTERS VAN VOLKSGEZONDHEID, "
     "WELZIJN EN SPORT\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nHierbij sturen wij uw Kamer een "
     "stand van zaken van een aantal moties en toezeggingen.\n\nBIJLAGE – STAND VAN ZAKEN MOTIES EN TOEZEGGINGEN\n\n"
     "Motie van het lid Paulusma over de hoogte van het subsidiebedrag", "kamerbrief"),
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nIn deze brief ga ik in op twee moties.\n\n"
     "Motie van de leden Kuzu en Piri over de opvang", "kamerbrief"),
    ("Vragen van het lid Koekkoek (Volt) aan de Staatssecretarissen", "kamervragen"),
    # the written answers to a debate's questions, grouped by member, are a letter, not Kamervragen (OCW 2024, all140;
    # BZ 2026 under a saved page's table rule, all135)
    ("Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van Onderwijs, "
     "Cultuur en Wetenschap op 16 januari 2024\n\nBrief regering\n\nVragen van het lid Velde, M.K. van der (Partij "
     "voor de Vrijheid)\n\nVraagnummer: 1\nVraag:\nWat vindt de staatssecretaris ervan?", "kamerbrief"),
    ("|---|\nSchriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van "
     "Buitenlandse Zaken op 27 januari 2026\nBrief regering\n\nVragen van het lid Piri (GL-PvdA)", "kamerbrief"),
    # ... never a letter whose body mentions such answers: it opens on its salutation (negative row)
    ("Vragen van het lid Dassen (Volt) aan de minister van Buitenlandse Zaken\n\nVraag 1\nKent u de schriftelijke "
     "antwoorden op vragen gesteld tijdens de eerste termijn?", "kamervragen"),
    ("Onderwerp Beslissing op uw Wob-verzoek van 3 mei 2021", "woo-besluit"),
    ("1. Aanleiding\n\n2. Geadviseerd besluit\nU wordt gevraagd in te stemmen met", "nota"),
    # the same headings unnumbered (probe69); a letter listing its beslisnota among its annexes stays a letter
    ("Aanleiding\nDe brief is gereed.\n\nGeadviseerd besluit\nAkkoord gaan met verzending van de Kamerbrief.", "nota"),
    ("Geachte voorzitter,\n\nHierbij ontvangt u de brief.\n\nBijlagen\nBeslisnota bij Kamerbrief over eindverslag\n"
     "Het geadviseerd besluit is genomen.", "kamerbrief"),
    ("Introductiedossier Migratie\nInhoud", "dossier"),
    ("Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal", "kamerbrief"),
    ("Een losse notitie zonder kenmerken.", "other"),
    # the Tweede Kamer's page of a government letter labels it (SZW 2026, a text cut before any `uw Kamer`)
    ("Voortgang arbeidsmigratiebeleid en reactie op het IBO, SER-advies en OVV-rapport\n\nBrief regering\n\n"
     "Het maatschappelijk gesprek rond arbeidsmigratie begint met een gesprek over de inrichting van onze maatschappij.",
     "kamerbrief"),
    ("Zij stuurde een brief regering en parlement rond.", "other"),
    # a Kamerstuk of a kind of its own, though it speaks to `uw Kamer` (AenM 2025, an EK verslag of 2026)
    ("36 704 Asielnoodmaatregelenwet\n\nNr. 36 NOTA NAAR AANLEIDING VAN HET NADER VERSLAG\n\nOntvangen 20 juni 2025\n\n"
     "Graag maak ik van de gelegenheid gebruik uw Kamer te laten weten dat ik ernaar uitkijk.", "other"),
    ("36 800 XX Vaststelling van de begrotingsstaten\n\nB VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nBRIEF VAN DE "
     "WAARNEMEND VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\n\nAan de Minister van Asiel en Migratie", "other"),
    # the heading in capitals without its letter (EK 36 600 XX G, AenM 2025, rules39 probe)
    ("36 600 XX\n\nVaststelling van de begrotingsstaat van het Ministerie van Asiel en Migratie (XX) voor het jaar "
     "2025\n\nNOTA NAAR AANLEIDING VAN HET TWEEDE VERSLAG Ontvangen 10 maart 2025\n\nMet belangstelling heb ik "
     "kennisgenomen van het tweede verslag.", "other"),
    # a committee's report of a written consultation, or the members' input to it, with its table of contents, is
    # no dossier (TK 2019, 2025; rules39 probe); a dossier's table of contents still makes one (the
    # introductiedossier's)
    ("2019D23295 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nDe vaste commissie voor Justitie en Veiligheid heeft "
     "een aantal vragen en opmerkingen voorgelegd.\n\nInhoudsopgave\n\nI Vragen en opmerkingen vanuit de fracties",
     "other"),
    ("32317 JBZ-Raad (vreemdelingen- en asielbeleid)\n\nVerslag van een schriftelijk overleg\n\nDe vaste commissie "
     "voor Asiel en Migratie heeft een aantal vragen en opmerkingen voorgelegd over de volgende brieven:\n\nInhoudsopgave"
     "\n\nI Vragen en opmerkingen vanuit de fracties", "other"),
    ("Inhoud \n1. Internationaal en Europees ................................................... 2 \n1.1. "
     "Gemeenschappelijk Europees Asielstelsel ................................................................. 2 ",
     "dossier"),
    # a committee's list of decisions as openkamer.org saves it, its items under `Inhoud` (TK 2012, 2015)
    ("Besluitenlijst van de procedurevergadering van donderdag 28 mei 2015\n\nGepubliceerd: 28 mei 2015\n"
     "Voortouwcommissie: vaste commissie voor Defensie\n\nInhoud\n\nZaak: Brief regering - minister van Defensie",
     "other"),
    # a page on how to file a Woo-verzoek writes to no one: no decision (DUS-I, rules47 probe); a decision does
    ("Hoe doe ik een Woo-verzoek?\n\nU stuurt een Woo-verzoek naar ons. Wij nemen contact met u op als het verzoek voor "
     "ons niet duidelijk is.\n\nReactie op uw verzoek\n\nU ontvangt binnen 4 weken een reactie op uw verzoek.", "other"),
    ("Geachte heer,\n\nIn uw verzoek van 3 mei 2021 hebt u met een beroep op de Wet open overheid om documenten gevraagd. "
     "U kunt een Woo-verzoek ook per e-mail indienen.", "woo-besluit"),
    # a letter's sentence wrapped onto a line that opens `motie van het lid`: no motie's heading, which has its capital
    # (SZW 2022, kst-35394-48, typeset as a letter: pdf49 probe)
    ("Geachte voorzitter,\n\nTegelijkertijd zit een groep mensen al geruime tijd in de bijstand. Uw Kamer heeft via "
     "gewijzigde\nmotie van het lid De Kort het kabinet verzocht om in gesprek te gaan met partijen.", "kamerbrief"),
    ("Nr. 39 MOTIE VAN HET LID DE KORT\n\nVoorgesteld 5 juli 2022\n\nDe Kamer, gehoord de beraadslaging,", "motie"),
    # a letter that sends a Council's report under its own heading is a letter; a report with a letter inside is not
    # (BZ 2023, probe56; EK 2023 verslag schriftelijk overleg)
    ("21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\n\nNr. 2602 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"
     "\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 31 januari 2023\n\nHierbij bied ik u "
     "het verslag aan van de Raad Buitenlandse Zaken van 23 januari 2023.\n\nDe Minister van Buitenlandse Zaken, W.B. "
     "Hoekstra\n\nVERSLAG RAAD BUITENLANDSE ZAKEN VAN 23 JANUARI 2023\n\nOp maandag 23 januari vond de Raad plaats.",
     "kamerbrief"),
    ("36 151 Regels ten behoeve van de hersteloperatie toeslagen\n\nU VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld "
     "5 april 2023\n\nBRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN\n\nAan de Staatssecretaris van "
     "Financiën\n\nDen Haag, 24 februari 2023\n\nDe leden van uw Kamer hebben kennisgenomen.", "other"),
    # ... its lettered heading with a footnote marker, as the Eerste Kamer prints it (`U1 VERSLAG ...`, EK 2023)
    ("36 151 Regels ten behoeve van de hersteloperatie toeslagen\n\nU1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld "
     "5 april 2023\n\nBRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN\n\nDe leden van uw Kamer.", "other"),
    ("Motie van het lid De Kort over het begeleiden van langdurig bijstandsgerechtigden naar werk\n\nDe Kamer,", "motie"),
])
def test_doc_type_cues(text: str, doc_type: str) -> None:
    assert read_doc_type(text, "x.txt") == doc_type


def test_kenmerk_and_sender() -> None:
    assert read_kenmerk("Ons kenmerk\n3001668\nBij beantwoording") == "3001668"
    assert read_kenmerk("Ons kenmerk 5687928/11") == "5687928/11"
    assert read_kenmerk("Kenmerk\nIENW/BSK-2023/297705") == "IENW/BSK-2023/297705"
    assert read_kenmerk("Uw kenmerk\n2023-0042") is None
    assert read_sender("tot slot.\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Broekers-Knol") == \
        "Staatssecretaris van Justitie en Veiligheid, A. Broekers-Knol"


def test_letter_metadata_from_margin_and_body() -> None:
    e = Extraction(pages=(Page(1, "Geachte voorzitter,\n\nIn deze brief informeer ik uw Kamer."),),
                   margin={1: "Aan de Voorzitter van de Eerste Kamer\nOns kenmerk\n3001668\nDatum 11 januari 2021\n"
                              "Onderwerp Voortgang Integrale Migratieagenda"}, page_count=1)
    assert read_metadata(e, "brief.txt").fields() == {
        "title": "Voortgang Integrale Migratieagenda", "date": "2021-01-11", "doc_type": "kamerbrief",
        "addressee": "Eerste Kamer", "sender": None, "kenmerk": "3001668"}


@pytest.mark.parametrize("signature, sender", [
    ("tot slot.\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nAnkie Broekers-Knol",
     "Staatssecretaris van Justitie en Veiligheid, Ankie Broekers-Knol"),
    ("Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\nMark Harbers",
     "Minister van Infrastructuur en Waterstaat, Mark Harbers"),
    ("Hoogachtend,\n\nde Minister voor Rechtsbescherming,\nnamens deze,\n\nW.A. Boogaard\nDivisie Directeur Forensische Zorg",
     "Minister voor Rechtsbescherming, namens deze, W.A. Boogaard"),
    ("verhuisbewegingen waar dat mogelijk is.\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\n"
     "6 Kamerstukken II, 2021-22, 19637 nr. 2929.", "Staatssecretaris van Justitie en Veiligheid"),
    ("Minister van Financiën heeft dit besproken met de banken.", None),
    ("Mw. Staatssecretaris van Justitie en Veiligheid", None),
    # Kamerstukken of other ministries as published: the office in lower case, or office and name on one line
    ("op de hoogte te stellen.\n\nDe staatssecretaris van Infrastructuur en Milieu,\n\nJ. J. Atsma",
     "Staatssecretaris van Infrastructuur en Milieu, J. J. Atsma"),
    ("aan uw Kamer te zenden.\n\nDe minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-Vliegenthart",
     "Minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-Vliegenthart"),
    ("op schema.\n\nDe Minister van Sociale Zaken en Werkgelegenheid, L.F. Asscher",
     "Minister van Sociale Zaken en Werkgelegenheid, L.F. Asscher"),
    ("over het regeerprogramma.\n\nDe Minister-President, Minister van Algemene Zaken, H.W.M. Schoof",
     "Minister-President, Minister van Algemene Zaken, H.W.M. Schoof"),
    ("met betrekking tot de vergadering van 4 oktober jl.\n\nDe minister-president, minister van Algemene Zaken,\n\nM. Rutte",
     "Minister-president, minister van Algemene Zaken, M. Rutte"),
    # the co-sender's office ends at its last capitalised word (an LNV letter of 2024)
    ("Ik stuur u bij deze mede namens de Minister van Infrastructuur en Waterstaat een afschrift van de brief die aan "
     "de Stichting Urgenda is gestuurd.\nDe Minister van Landbouw, Visserij, Voedselzekerheid en Natuur, F.M. Wiersma",
     "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur, F.M. Wiersma (mede namens de Minister van "
     "Infrastructuur en Waterstaat)"),
    # two co-senders joined by `en de` (EZ 2014, probe56)
    ("Hierbij ontvangt u, mede namens de minister van Wonen en Rijksdienst en de staatssecretaris van Infrastructuur en "
     "Milieu, een reactie op deze motie.\n\nDe Minister van Economische Zaken, H.G.J. Kamp",
     "Minister van Economische Zaken, H.G.J. Kamp (mede namens de minister van Wonen en Rijksdienst en de "
     "staatssecretaris van Infrastructuur en Milieu)"),
    # an office wrapped over two lines in a narrow signature column (the SZW letter of 2020 in letterhead layout;
    # the others constructed on it)
    ("Wij zijn voornemens u in het najaar nader te berichten.\n\n\nDe Minister van Sociale Zaken\nen Werkgelegenheid,"
     "\n\n\n\nW. Koolmees", "Minister van Sociale Zaken en Werkgelegenheid, W. Koolmees"),
    ("Hoogachtend,\n\nDE MINISTER VAN ONDERWIJS,\nCULTUUR EN WETENSCHAP,\n\nRobbert Dijkgraaf",
     "Minister van Onderwijs, Cultuur en Wetenschap, Robbert Dijkgraaf"),
    ("Hoogachtend,\n\nDe minister van Infrastructuur\nen Waterstaat,\n\nMark Harbers",
     "Minister van Infrastructuur en Waterstaat, Mark Harbers"),
    ("Hoogachtend,\n\nDe Minister van Defensie,\nR.P. Brekelmans", "Minister van Defensie, R.P. Brekelmans"),
    # after a comma only a capitalised word goes on in the office (an IenW letter of 2023)
    ("Hierbij bieden wij u, mede namens de Minister voor Volkshuisvesting en Ruimtelijke\nOrdening, het MIRT Overzicht "
     "2024 aan.\nDe Minister van Infrastructuur en Waterstaat,\nM.G.J. Harbers",
     "Minister van Infrastructuur en Waterstaat, M.G.J. Harbers (mede namens de Minister voor Volkshuisvesting en "
     "Ruimtelijke Ordening)"),
    # two bewindspersonen sign a joint letter (Milieuraad reports of 2023, rules28 held-out probe): both, in their order
    ("Met deze brief informeren wij u over de Milieuraad die op 20 december 2022 in Brussel plaatsvond.\n\n"
     "De Staatssecretaris van Infrastructuur en Waterstaat, V.L.W.A. Heijnen\n\n"
     "De Minister voor Natuur en Stikstof, Ch. van der Wal-Zeggelink\n\nVerslag Milieuraad 20 december 2022\n\n"
     "De Raad voerde een eerste beleidsdebat over het voorstel voor een natuurherstelverordening.",
     "Staatssecretaris van Infrastructuur en Waterstaat, V.L.W.A. Heijnen, en Minister voor Natuur en Stikstof, "
     "Ch. van der Wal-Zeggelink"),
    ("Met deze brief informeren wij u over de Milieuraad.\n\nDe Staatssecretaris van Infrastructuur en Waterstaat,\n"
     "V.L.W.A. Heijnen\n\nDe Minister voor Klimaat en Energie,\nR.A.A. Jetten\n\nI. Verslag Milieuraad 16 maart 2023\n\n"
     "Tijdens de Milieuraad kwamen lidstaten tot een algemene oriëntatie.",
     "Staatssecretaris van Infrastructuur en Waterstaat, V.L.W.A. Heijnen, en Minister voor Klimaat en Energie, "
     "R.A.A. Jetten"),
    # two signers side by side, their offices read as one line, the names under them (BZ 2009, pdf65 probe)
    ("Ten slotte hebben wij het voorzitterschap gevraagd om \"Durban\" te agenderen.\n\nDe Minister van Buitenlandse "
     "Zaken, De Staatssecretaris voor Europese\nZaken,\n\nDrs. M.J.M. Verhagen\nDrs. F.C.G.M. Timmermans",
     "Minister van Buitenlandse Zaken"),   # (the names, stacked by the reading, are not paired with the columns)
    # ... both offices on one line and both names on the next (an archive's copy of the same letter, probe59): both sign
    ("Ten slotte hebben wij het voorzitterschap gevraagd om \"Durban\" te agenderen.\n\nDe Minister van Buitenlandse "
     "Zaken, De Staatssecretaris voor Europese Zaken,\n\nDrs. M.J.M. Verhagen Drs. F.C.G.M. Timmermans",
     "Minister van Buitenlandse Zaken, en Staatssecretaris voor Europese Zaken"),
    # (not an office named in a sentence with a lower-case `de` after its comma)
    ("Dit heb ik besproken met de Minister van Financiën, de Minister van Buitenlandse Zaken en de Staatssecretaris.",
     None),
    # the name above the office, no closing, a list of annexes under it (KenE 2022, pdf65 probe): with or without the
    # `Bijlagen` label, which the PDF's reading may put in the margin with the sidebar's labels
    ("kijk uit naar zijn plannen.\n\nR.A.A. Jetten\nMinister voor Klimaat en Energie\n\nBijlagen\n"
     "Eindverslag Voortgangsoverleg Klimaatakkoord en Jaaroverzicht\nBeslisnota bij Kamerbrief over eindverslag",
     "Minister voor Klimaat en Energie, R.A.A. Jetten"),
    ("kijk uit naar zijn plannen.\n\nR.A.A. Jetten\nMinister voor Klimaat en Energie\n\n1. Eindverslag "
     "Voortgangsoverleg Klimaatakkoord en Jaaroverzicht\n2. Beslisnota bij Kamerbrief over eindverslag\nKlimaatakkoord",
     "Minister voor Klimaat en Energie, R.A.A. Jetten"),
])
def test_signature(signature: str, sender: str | None) -> None:
    assert read_sender(signature) == sender


@pytest.mark.parametrize("text, sender", [
    # a Kamerstuk whose text stops before its signature names its writer's office in its heading (EZ 2016, rules28
    # held-out probe); a joint letter's heading each office, joined as two signers are (rules38)
    ("21 501-32 Landbouw- en Visserijraad\n\nNr. 922 BRIEF VAN DE STAATSSECRETARIS VAN ECONOMISCHE ZAKEN\n\n"
     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 25 mei 2016\n\nMet deze brief informeer ik "
     "u over de uitkomsten van de Landbouw- en Visserijraad.", "Staatssecretaris van Economische Zaken"),
    ("22 112 Nieuwe Commissievoorstellen\n\nNr. 3570 BRIEF VAN DE MINISTER VOOR BUITENLANDSE HANDEL EN "
     "ONTWIKKELINGSSAMENWERKING\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nHierbij ontvangt u het "
     "fiche.", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
    # the heading in lower case after its number, as a .docx preview gives it (rules32 held-out probe, Fin 2024)
    ("32 140 Herziening Belastingstelsel\n\nNr. 216 Brief van de staatssecretaris van Financiën\n\nAan de Voorzitter van "
     "de Tweede Kamer der Staten-Generaal\n\nDen Haag, 13 december 2024\n\nOp 20 september 2024 heeft mijn "
     "ambtsvoorganger uw Kamer geïnformeerd.", "Staatssecretaris van Financiën"),
    # the Prime Minister's heading names one office in two words (AZ 2023, rules35 held-out probe)
    ("31 066 Belastingdienst\n\nNr. 1225 BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN\n\nAan de "
     "Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 17 mei 2023\n\nMet dit schrijven geeft het "
     "kabinet uitvoering aan de motie.", "Minister-President, Minister van Algemene Zaken"),
    ("Nr. 12 Brief van de minister van Financiën en de minister van Sociale Zaken\n\nHierbij.",
     "Minister van Financiën, en Minister van Sociale Zaken"),
    ("19 637 Vreemdelingenbeleid\nNr. 2806 Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties En de "
     "staatssecretaris van Justitie en Veiligheid\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties, en Staatssecretaris van Justitie en Veiligheid"),
    ("21 501-08 Milieuraad\n\nNr. 891 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT EN DE MINISTER VOOR "
     "NATUUR EN STIKSTOF\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nMet deze brief informeren wij u.",
     "Staatssecretaris van Infrastructuur en Waterstaat, en Minister voor Natuur en Stikstof"),
    # saved pages of joint letters whose text stops before the signatures (rules38 probe): two ministries (JenV and VRO
    # 2023), one ministry's two offices (JenV 2024)
    ("32 847 Integrale visie op de woningmarkt\n\n19 637 Vreemdelingenbeleid\n\nNr. 994 BRIEF VAN DE STAATSSECRETARIS VAN "
     "JUSTITIE EN VEILIGHEID EN DE MINISTER VOOR VOLKSHUISVESTING EN RUIMTELIJKE ORDENING\n\nAan de Voorzitter van de "
     "Tweede Kamer der Staten-Generaal\n\nDen Haag, 24 januari 2023\n\nHet is van groot belang dat statushouders zodra zij "
     "hun verblijfsvergunning hebben verkregen zo snel mogelijk worden gehuisvest.",
     "Staatssecretaris van Justitie en Veiligheid, en Minister voor Volkshuisvesting en Ruimtelijke Ordening"),
    ("29 279 Rechtsstaat en Rechtsorde\nNr. 874 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\nAan "
     "de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 23 september 2024\nBij brief van 29 januari 2024 "
     "hebben onze ambtsvoorgangers uw Kamer geïnformeerd.",
     "Minister van Justitie en Veiligheid, en Staatssecretaris van Justitie en Veiligheid"),
    # the heading without its article (JenV 2022, rules39 probe); a committee's heading names no office
    ("Nr. 14 BRIEF VAN STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n\nDen Haag, 4 november 2022\n\nMet deze brief voldoe ik aan die toezegging.",
     "Staatssecretaris van Justitie en Veiligheid"),
    ("Nr. 3 BRIEF VAN VASTE COMMISSIE VOOR JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n\nDen Haag, 4 november 2022\n\nHierbij.", None),
    # a heading wrapped over two lines is no signature, its offices are the heading's (JenV 2019, rules28's check)
    ("32 317 JBZ-Raad\nNr. 538\nBRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VOOR RECHTSBESCHERMING EN DE\n"
     "STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
     "Den Haag, 31 januari 2019\nHierbij bieden wij u de Geannoteerde agenda aan.",
     "Minister van Justitie en Veiligheid, en Minister voor Rechtsbescherming, en Staatssecretaris van Justitie en "
     "Veiligheid"),
    # a heading of several offices names each (rules41 held-out probe: 6 of 19 letters, BZ 2023, Def 2025, OCW 2022,
    # LNV 2022, SZW 2022); a line runs on where it ends on `en`, `de` or a comma, or the next opens on `en`
    ("27 925 Bestrijding internationaal terrorisme\n\nNr. 946 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN "
     "DEFENSIE EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING\n\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n\nDen Haag, 29 september 2023\n\nIn overeenstemming met artikel 100 van de Grondwet.",
     "Minister van Buitenlandse Zaken, en Minister van Defensie, en Minister voor Buitenlandse Handel en "
     "Ontwikkelingssamenwerking"),
    ("36 800 X Vaststelling van de begrotingsstaten\nNr. 11\nBRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n"
     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 6 oktober 2025\nDefensie bereidt zich voor.",
     "Minister van Defensie, en Staatssecretaris van Defensie"),
    ("27 923 Werken in het onderwijs\nNr. 443\nBRIEF VAN DE MINISTERS VOOR PRIMAIR EN VOORTGEZET ONDERWIJS EN VAN "
     "ONDERWIJS, CULTUUR\nEN WETENSCHAP\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 1 juli "
     "2022\nHet zijn leraren die het verschil maken.",
     "Minister voor Primair en Voortgezet Onderwijs, en Minister van Onderwijs, Cultuur en Wetenschap"),
    ("36 200 XIV Vaststelling van de begrotingsstaten\nNr. 12 BRIEF VAN DE MINISTERS VAN LANDBOUW, NATUUR EN "
     "VOEDSELKWALITEIT EN VOOR NATUUR EN\nSTIKSTOF\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
     "Den Haag, 2 december 2022\nHierbij bieden wij u een nota van wijziging aan.",
     "Minister van Landbouw, Natuur en Voedselkwaliteit, en Minister voor Natuur en Stikstof"),
    ("35 925 XV Vaststelling van de begrotingsstaten\n\nNr. 112 BRIEF VAN DE MINISTERS VAN SOCIALE ZAKEN EN "
     "WERKGELEGENHEID, VAN FINANCIËN EN VOOR ARMOEDEBELEID, PARTICIPATIE EN PENSIOENEN EN DE STAATSSECRETARIS VAN "
     "FINANCIËN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 29 maart 2022\n\nOp 11 maart "
     "jongstleden heeft het kabinet een pakket aangekondigd.",
     "Minister van Sociale Zaken en Werkgelegenheid, en Minister van Financiën, en Minister voor Armoedebeleid, "
     "Participatie en Pensioenen, en Staatssecretaris van Financiën"),
    # a further role after a comma, and a heading that runs on after `EN VAN` (JenV 2026 to the Eerste Kamer, JenV 2025;
    # rules39's held-out probe)
    ("32 317 JBZ-Raad\n\nPV BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID, DE MINISTER VAN ASIEL EN MIGRATIE EN DE "
     "STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal",
     "Minister van Justitie en Veiligheid, en Minister van Asiel en Migratie, en Staatssecretaris van Justitie en "
     "Veiligheid"),
    ("32 317 JBZ-Raad\nNr. 987 BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VAN BUITENLANDSE ZAKEN EN VAN\n"
     "DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal",
     "Minister van Justitie en Veiligheid, en Minister van Buitenlandse Zaken, en Staatssecretaris van Justitie en "
     "Veiligheid"),
    # two staatssecretarissen of two ministries under one plural role (VWS 2024, rules44 probe)
    ("31 839 Jeugdzorg\n\nNr. 1031 BRIEF VAN DE STAATSSECRETARISSEN VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN VAN "
     "JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 5 november 2024"
     "\n\nIeder kind verdient het om op te groeien in een liefdevolle, veilige en stimulerende omgeving.",
     "Staatssecretaris van Volksgezondheid, Welzijn en Sport, en Staatssecretaris van Justitie en Veiligheid"),
    # never an all-caps line of its own after it (a paper's kind, not an office)
    ("21 501-02 Raad Buitenlandse Zaken\nNr. 5 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\nVERSLAG "
     "VAN EEN OVERLEG\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal",
     "Minister van Buitenlandse Zaken, en Minister van Defensie"),
    # a reprint's mark with its footnote marker before the heading (OCW 2019, rules46 probe)
    ("29 240 Veiligheid op school\n\nNr. 108 HERDRUK1 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN "
     "VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
     "Den Haag, 11 juli 2019\n\nAfgelopen voorjaar hebben wij met uw Kamer gesproken over veiligheid op scholen.",
     "Minister van Onderwijs, Cultuur en Wetenschap, en Minister voor Basis- en Voortgezet Onderwijs en Media"),
    # an Eerste Kamer paper's letter with its marker, the heading wrapped after `EN` over a blank line, under a saved
    # page's own title that reads like a heading (VWS 2024, rules46 probe)
    ("Brief van de minister en de staatssecretaris van VWS met Nadere beleidsreactie op de Raad van State\n\n"
     "Eerste Kamer der Staten-Generaal\n\n33 826    Mensenrechten in Nederland\n\n"
     "C1    BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT, EN\n\n"
     "DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n"
     "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Den Haag, 31 mei 2024\n\n"
     "Met onze brief van 26 mei 2023 hebben wij u geïnformeerd over het principebesluit van het kabinet.",
     "Minister van Volksgezondheid, Welzijn en Sport, en Staatssecretaris van Volksgezondheid, Welzijn en Sport"),
    # two staatssecretarissen of one ministry under the plural role (JenV 2025, rules46 probe)
    ("28 741 Jeugdcriminaliteit\nNr. 126\nBRIEF VAN DE STAATSSECRETARISSEN VAN JUSTITIE EN VEILIGHEID\nAan de "
     "Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 20 mei 2025\nMet deze brief informeren wij uw Kamer.",
     "Staatssecretaris van Justitie en Veiligheid, en Staatssecretaris van Justitie en Veiligheid"),
    # the dossier, its part and number before the heading, as rijksbegroting.nl prints it (EZK 2019 to the Eerste
    # Kamer, probe59)
    ("Incidentele suppletoire begroting BZK inzake Klimaat enveloppe regeerakkoord\n\n34902 H BRIEF VAN DE MINISTER VAN "
     "ECONOMISCHE ZAKEN EN KLIMAAT\n\nVergaderjaar 2018-2019\n\nH\n\nAan de Voorzitter van de Eerste Kamer der "
     "Staten-Generaal\n\nDen Haag, 1 april 2019\n\nTijdens de wijziging van de begrotingsstaat heeft uw Kamer de motie "
     "aangenomen.", "Minister van Economische Zaken en Klimaat"),
    # probe58: one office whose ministry wrapped after `EN` over a blank line (SZW 2019, parlementairemonitor.nl) or
    # after a comma's list of the ministry's name; never a list of two offices cut at its line end (negative row)
    ("34 352\n\nUitvoering en evaluatie Participatiewet\n\nNr. 187    BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN"
     "\n\nWERKGELEGENHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 20 november 2019\n\n"
     "Met deze brief kom ik tegemoet aan de wettelijke verplichting.",
     "Staatssecretaris van Sociale Zaken en Werkgelegenheid"),
    ("Nr. 12 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN\nWETENSCHAP\n\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n\nDen Haag, 3 maart 2020\n\nHierbij zend ik u het rapport.",
     "Minister van Onderwijs, Cultuur en Wetenschap"),
])
def test_sender_from_the_heading_without_signature(text: str, sender: str | None) -> None:
    assert read_sender(text, "kamerbrief") == sender


def test_sender_of_answers_and_motions() -> None:
    answer = ("Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede\nnamens de Minister voor "
              "Rechtsbescherming (ontvangen 11 juni 2024).")
    assert read_sender(answer, "kamervragen") == \
        "Minister van Justitie en Veiligheid, Yeşilgöz-Zegerius (mede namens de Minister voor Rechtsbescherming)"
    # two answering together (JenV 2020)
    together = ("Antwoord van Minister Grapperhaus (Justitie en Veiligheid) en van Minister Dekker\n(Rechtsbescherming) "
                "(ontvangen 19 mei 2020).")
    assert read_sender(together, "kamervragen") == \
        "Minister van Justitie en Veiligheid, Grapperhaus, en Minister voor Rechtsbescherming, Dekker"
    # `mede namens` without its comma (SZW 2023); the notice of a delayed answer is signed alike (JenV 2024)
    answer = ("Antwoord van Minister Van Gennip (Sociale Zaken en Werkgelegenheid) mede namens de Staatssecretarissen van "
              "Financiën, de heer Van Rij en mevrouw De Vries (ontvangen 12 oktober 2023).")
    assert read_sender(answer, "kamervragen") == ("Minister van Sociale Zaken en Werkgelegenheid, Van Gennip (mede namens "
                                                  "de Staatssecretarissen van Financiën, de heer Van Rij en mevrouw De Vries)")
    notice = "Mededeling van Staatssecretaris Van der Burg (Justitie en Veiligheid) (ontvangen 11 juni 2024)."
    assert read_sender(notice, "kamervragen") == "Staatssecretaris van Justitie en Veiligheid, Van der Burg"
    # the Prime Minister answering (AZ 2025, probe81)
    answer = "Antwoord van Minister-President Schoof (Algemene Zaken) (ontvangen 3 september 2025)."
    assert read_sender(answer, "kamervragen") == "Minister-President, Minister van Algemene Zaken, Schoof"
    # the Minister van Asiel en Migratie answering, her ministry in brackets (AenM 2024, probe79); `voor` where an office
    # has no ministry of its own (negative row: Rechtsbescherming stays `voor`, as above)
    answer = ("Antwoord van Minister Faber-van de Klashorst (Asiel en Migratie) (ontvangen 20 december\n2024).")
    assert read_sender(answer, "kamervragen") == "Minister van Asiel en Migratie, Faber-van de Klashorst"
    assert read_sender("", "motie", "Motie van de leden Inge van Dijk en Grinwis") == "Tweede Kamerleden Inge van Dijk en Grinwis"
    assert read_sender("", "motie", "Motie van het lid Podt") == "Tweede Kamerlid Podt"
    letter = ("Deze brief stuur ik u mede namens de minister van\nSociale Zaken en Werkgelegenheid (SZW) in verband met"
              "\n\nHoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\nMark Harbers")
    assert read_sender(letter, "kamerbrief") == \
        "Minister van Infrastructuur en Waterstaat, Mark Harbers (mede namens de minister van Sociale Zaken en Werkgelegenheid)"


@pytest.mark.parametrize("text, iso", [
    ("'s-Gravenhage, 1 maart 2011", "2011-03-01"), ("Den Haag, 11-06-2024", "2024-06-11"),
    ("Datum 17 december 2020\nBetreft Uw (Wob-) verzoek", "2020-12-17"), ("Datum 8 okt. 2021", "2021-10-08"),
])
def test_more_letter_dates(text: str, iso: str) -> None:
    assert parse_dutch_date(text) == iso


@pytest.mark.parametrize("text, kenmerk", [
    ("Ons kenmerk4242124\n", "4242124"),
    ("Ons kenmerk 2947574\nBijlagen 1", "2947574"),
    ("Datum 1 maart 2011\nOns kenmerk\n5687928/11\n", "5687928/11"),
    ("Uw kenmerk\nABC-12\nBijlage(n)", None),
    ("Geen kenmerk in deze tekst.", None),
])
def test_kenmerk_table(text: str, kenmerk: str | None) -> None:
    assert read_kenmerk(text) == kenmerk


def test_dossier_and_nota_addressee() -> None:
    dossier = Extraction(pages=(Page(1, "Introductiedossier Migratie\n\nInhoud\n1. Asiel ........ 2"),), page_count=1)
    meta = read_metadata(dossier, "x.txt")
    assert (meta.doc_type, meta.addressee, meta.title, meta.date) == ("dossier", "minister", "Introductiedossier Migratie", None)
    nota = Extraction(pages=(Page(1, "1. Aanleiding\nDe brief is gereed.\n\n2. Geadviseerd besluit\nU wordt gevraagd in te stemmen "
                                     "met het verzenden van de brief aan de Tweede Kamer."),), page_count=1)
    meta = read_metadata(nota, "x.txt")
    assert (meta.doc_type, meta.addressee, meta.sender) == ("nota", "minister", None)
    assert meta.title == "Nota: verzenden van de brief aan de Tweede Kamer"


def test_title_tidied() -> None:
    e = Extraction(pages=(Page(1, "Vragen van het lid Faber-van de Klashorst(PVV) aan de Minister over conducteurs\n"
                                  "(ingezonden 6 mei 2024).\n\nAntwoord van Minister X (ontvangen 11 juni 2024)."),), page_count=1)
    assert read_metadata(e, "x.pdf").title == "Vragen van het lid Faber-van de Klashorst (PVV) aan de Minister over conducteurs"


@pytest.mark.parametrize("text, iso", [
    ("Datum\nOns kenmerk\n1 maart 2011\n5687928/11", "2011-03-01"),     # sidebar columns out of order
    ("'s-Gravenhage, 1 maart 2011\n\nGeachte voorzitter,", "2011-03-01"),
    ("Den Haag, 7 november 2022", "2022-11-07"),
    ("Datum: 11-06-2024", "2024-06-11"),
    ("De brief d.d. 8 juli 2022 gaat hierop in.", None),               # a date in the text is not the letter's date
    # the receipt stamp of a paper in a bill's file: a memorie van antwoord (2010), a nota n.a.v. het verslag (2007)
    ("C MEMORIE VAN ANTWOORD\nOntvangen 18 maart 2010\nINHOUDSOPGAVE", "2010-03-18"),
    ("nr. 5\nNOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 21 mei 2007\n\nI. ALGEMEEN", "2007-05-21"),
    # the stamp at the end of the heading line of a saved page (EK 36 600 XX G, AenM 2025, rules39 probe)
    ("36 600 XX\n\nVaststelling van de begrotingsstaat van het Ministerie van Asiel en Migratie (XX) voor het jaar "
     "2025\n\nNOTA NAAR AANLEIDING VAN HET TWEEDE VERSLAG Ontvangen 10 maart 2025\n\nMet belangstelling heb ik "
     "kennisgenomen van het tweede verslag.", "2025-03-10"),
    ("Het TWEEDE VERSLAG van de commissie is Ontvangen 10 maart 2025", None),
    ("De Minister heeft op 14 mei 2019 gereageerd en de stukken ontvangen 3 juni 2019.", None),
    # a letter printed without its letterhead (EZK's web page of a letter, 2022): the date alone above the salutation
    ("Eenzelfde brief is ook aan de Eerste Kamer gestuurd.\n\n22 november 2022\n\nGeachte Voorzitter,\n\nOp 3 november "
     "j.l. sloot de heer Nijpels zijn werkzaamheden af.", "2022-11-22"),
    ("Het overleg vond plaats op\n22 november 2022\nin Den Haag.", None),          # a date wrapped onto its own line
    # probe58: the letterhead's labels and values flattened onto one line, the place for the date's label (OCW 2003)
    ("Aan de voorzitter van de Tweede Kamer der Staten-Generaal\n\nPostbus 20018\n\n2500 EA Den Haag\n\n"
     "Den Haag Ons kenmerk 4 november 2003 SFB/2003/52804\n\nOnderwerp\nStudiefinanciering in het hoger onderwijs",
     "2003-11-04"),
    # probe69: a committee clerk's mail quoted on a site, dated by its header only (TK KR 2016); the header of a mail
    # quoted under a dated letter is not the letter's date, nor is `verzonden` in a sentence
    ("Van: Lange de Tim\nVerzonden: vrijdag 20 mei 2016 14:39\nAan: GC-Commissie-KR\nOnderwerp: E-mailprocedure",
     "2016-05-20"),
    ("Den Haag, 3 juni 2016\n\nVan: X\nVerzonden: vrijdag 20 mei 2016 14:39", "2016-06-03"),
    ("De brief is verzonden op 20 mei 2016 aan de Kamer.", None),
    # fix84: the dateline of a ministry seated elsewhere (VWS in Rijswijk, 1997), tried last; a line that opens on a
    # preposition, or a date inside a body line, is no dateline
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nRijswijk, 7 april 1997\n\nHierbij zend ik u de "
     "beleidsnota Infectieziektenbestrijding.", "1997-04-07"),
    ("De uitspraak volgde\nIn Utrecht, 5 mei 2020\nen werd gepubliceerd.", None),
    ("de rechtbank Amsterdam, 5 mei 2020, heeft geoordeeld", None),
])
def test_letter_date_variants(text: str, iso: str | None) -> None:
    assert read_date(text, "kamerbrief") == iso


def test_kenmerk_under_its_label_out_of_order() -> None:
    assert read_kenmerk("Ons kenmerk\nDatum\n1 maart 2011\n5687928/11") == "5687928/11"


@pytest.mark.parametrize("signature, sender", [
    ("Hoogachtend,\n\nde Staatssecretaris van Justitie en Veiligheid,\n\nE. van der Burg",
     "Staatssecretaris van Justitie en Veiligheid, E. van der Burg"),
    ("De Minister van Justitie en Veiligheid,\nnamens deze,\n\nmr. J.A. de Vries\nDirecteur Wetgeving",
     "Minister van Justitie en Veiligheid, namens deze, mr. J.A. de Vries"),
    ("De Minister voor Asiel en Migratie,\n\nM.H.M. Faber-van de Klashorst",
     "Minister voor Asiel en Migratie, M.H.M. Faber-van de Klashorst"),
])
def test_signatory_with_titles_and_tussenvoegsels(signature: str, sender: str) -> None:
    assert read_sender(signature) == sender


def test_a_sentence_opening_with_onderwerp_is_no_subject() -> None:
    e = Extraction(pages=(Page(1, "Geachte voorzitter,\n\nOnderwerp van gesprek was de opvang.\n\nOpvang asielzoekers\nTekst."),),
                   page_count=1)
    assert read_metadata(e, "brief.txt").title == "Opvang asielzoekers"


LETTER_HEAD = "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nOnderwerp Stand van zaken\n\nGeachte voorzitter,\n\n"


@pytest.mark.parametrize("sentence", [
    "Met deze brief beantwoord ik tevens de vragen van het lid Podt (D66) over de opvang.",
    "Naar aanleiding van een Woo-verzoek van een journalist zijn documenten openbaar gemaakt.",
    "Hierbij stuur ik u het BNC-fiche over de verordening.",
    "In de motie van het lid Brekelmans wordt verzocht om een analyse.",
    "Ik heb uw verzoek om een reactie op het rapport goed ontvangen.",
])
def test_a_letter_that_mentions_another_kind_of_document_is_a_kamerbrief(sentence: str) -> None:
    assert read_doc_type(LETTER_HEAD + sentence, "brief.pdf") == "kamerbrief"


def test_answers_to_kamervragen_go_to_the_tweede_kamer_without_a_cue() -> None:
    """A VWS answer of 2022 as published, without the Aanhangsel line or a letterhead."""
    text = ("Vragen van het lid Omtzigt (Omtzigt) aan de Ministers van Volksgezondheid, Welzijn en Sport en voor "
            "Langdurige Zorg en Sport over geldende richtlijnen (ingezonden 4 mei 2022).\nAntwoord van Minister Kuipers "
            "(Volksgezondheid, Welzijn en Sport) (ontvangen 24 mei 2022).\nVraag 1\nKunt u zich de richtlijn herinneren?")
    meta = read_metadata(Extraction(pages=(Page(1, text),), page_count=1), "x.txt")
    assert (meta.doc_type, meta.addressee) == ("kamervragen", "Tweede Kamer")


def test_answers_to_the_eerste_kamers_written_questions() -> None:
    """A JenV answer of 2022 to a senator's questions, as published: `medegedeeld aan`, the office alone answering."""
    text = ("Vragen van het lid Stienen (D66) op 1 september 2022 medegedeeld aan de Staatssecretaris van Justitie en "
            "Veiligheid over falend uitvoeringsbeleid asielopvang.\n\nAntwoorden van de Staatssecretaris van Justitie "
            "en Veiligheid (ontvangen 3 oktober 2022).\n\nVraag 1 en 2\n\nDeelt u de grote zorg dat de kwaliteit van "
            "de opvang duidelijk door de humanitaire ondergrens zakt?")
    meta = read_metadata(Extraction(pages=(Page(1, text),), page_count=1), "x.txt")
    assert (meta.doc_type, meta.addressee, meta.sender, meta.date) == \
        ("kamervragen", "Eerste Kamer", "Staatssecretaris van Justitie en Veiligheid", "2022-10-03")
    assert meta.title == ("Vragen van het lid Stienen (D66) op 1 september 2022 medegedeeld aan de Staatssecretaris "
                          "van Justitie en Veiligheid over falend uitvoeringsbeleid asielopvang")


def test_a_letter_known_by_its_salutation_is_a_kamerbrief_to_the_tweede_kamer() -> None:
    """An IenW letter of 2025 as a preview gives it, without its letterhead: the salutation is the cue."""
    text = ("PFAS verzamelbrief\n\nGeachte voorzitter,\n\nMet deze brief ontvangt u een overzicht van ontwikkelingen "
            "rondom PFAS.")
    meta = read_metadata(Extraction(pages=(Page(1, text),), page_count=1), "x.txt")
    assert (meta.doc_type, meta.addressee) == ("kamerbrief", "Tweede Kamer")


def test_a_letter_to_the_voorzitter_addressed_over_two_lines_is_a_kamerbrief() -> None:
    """A Buitenlandse Zaken letterhead of 1999: the address block breaks after `Voorzitter van de`."""
    head = ("Ministerie van Buitenlandse Zaken\n\nAan de Voorzitter van de\nTweede Kamer der Staten-Generaal\n"
            "Binnenhof 4\nDEN HAAG\n\nDatum 29 januari 1999\nKenmerk DWH/AK-19/99\nBetreft Behandeling Verdrag\n\n"
            "Zeer geachte Voorzitter,\n\nOp 10 februari aanstaande staat de behandeling geagendeerd.")
    assert read_doc_type(head, "brief.txt") == "kamerbrief"


@pytest.mark.parametrize("text", [
    "Onderwerp Uw (Wob-) verzoek\n\nGeachte,\n\nop grond van de Wet openbaarheid bestuur.",
    "Geachte\n\nIn uw brief hebt u met een beroep op de Wet openbaarheid van bestuur (hierna: Wob) verzocht om\n"
    "documenten. Uw verzoek heeft betrekking op correspondentie.",
    "Onderwerp Besluit op uw Woo-verzoek\n\nGeachte heer,",
])
def test_a_decision_on_the_readers_own_request_is_a_woo_besluit(text: str) -> None:
    assert read_doc_type(text, "brief.pdf") == "woo-besluit"


def test_subject_in_lower_case_read_from_the_letterhead() -> None:
    e = Extraction(pages=(Page(1, "Geachte heer,\n\nIk antwoord u."),),
                   margin={1: "Datum 3 april 2023\nBetreft uw brief van 3 maart 2023"}, page_count=1)
    assert read_metadata(e, "brief.txt").title == "uw brief van 3 maart 2023"


@pytest.mark.parametrize("text, doc_type", [
    ("Aan de Voorzitter van de Tweede Kamer\nOnderwerp Antwoorden Kamervragen over de IND\n\nGeachte voorzitter,", "kamervragen"),
    ("Aan de Voorzitter van de Tweede Kamer\nBetreft Beantwoording vragen van het lid Podt over de opvang", "kamervragen"),
    ("Nota\nOnderwerp: Beantwoording Kamervragen over de IND-wachttijden\n\n1. Aanleiding", "nota"),
    ("Onderwerp Besluit op het Woo-verzoek over de opvang in Ter Apel\n\nGeachte heer,", "woo-besluit"),
    ("Aan de Voorzitter van de Tweede Kamer\nOnderwerp Woo-besluiten en actieve openbaarmaking\n\nGeachte voorzitter,", "kamerbrief"),
])
def test_doc_type_from_the_subject_line(text: str, doc_type: str) -> None:
    assert read_doc_type(text, "x.pdf") == doc_type


def test_a_failing_field_rule_leaves_that_field_empty(monkeypatch, caplog) -> None:
    """Issue 9.1: a rule that raises costs its field only; the other fields are still read."""
    import ingest.structure.metadata as metadata
    from pathlib import Path
    from ingest.extract.text import extract_text

    e = extract_text(Path(__file__).resolve().parent / "fixtures" / "brief-eerste-kamer-p1.txt")

    def failing(*args):
        raise IndexError("list index out of range")
    monkeypatch.setattr(metadata, "read_kenmerk", failing)
    with caplog.at_level("WARNING"):
        meta = read_metadata(e, "brief-eerste-kamer-p1.txt")
    assert (meta.kenmerk, meta.date, meta.addressee) == (None, "2021-01-11", "Eerste Kamer")
    assert meta.title == "Voortgang Integrale Migratieagenda"
    assert "brief-eerste-kamer-p1.txt: metadata kenmerk failed (IndexError" in caplog.text


@pytest.mark.parametrize("text, kenmerk", [
    # kamerbrief-missiegedreven-innovatiebeleid.pdf: a kenmerk spaced around its dash and slash
    ("Ons kenmerk\nDGBI – I&K/ 26844711\nBijlage(n)", "DGBI – I&K/ 26844711"),
    # woo-besluit-advies-landsadvocaat-stikstof.pdf: IenW's label `Onze referentie`
    ("Contactpersoon\nOnze referentie\nIENW/BSK-2025/293508\nBijlage(n)\n2", "IENW/BSK-2025/293508"),
    ("Uw referentie\n2023-0042", None),
    ("Ons kenmerk\nPagina 2 van 4", None),   # woo-besluit-kansspelen-op-afstand.pdf: an empty label
    # probe58: the flattened row's second value, never the day of its date (OCW 2003)
    ("Den Haag Ons kenmerk 4 november 2003 SFB/2003/52804\n\nOnderwerp", "SFB/2003/52804"),
    # probe81: a .docx preview's sidebar with the letter's date between the label and its value (Defensie 2025)
    ("Onze referentie\n\n28 oktober 2025\n\nD2025-004938 / MINDEF20250037080\n\nAntwoorden SO witboek",
     "D2025-004938 / MINDEF20250037080"),
    ("Onze referentie\n\n28 oktober 2025\n\nGeachte voorzitter,", None),   # (a date alone under it is no kenmerk)
])
def test_kenmerk_label_variants(text: str, kenmerk: str | None) -> None:
    assert read_kenmerk(text) == kenmerk


def test_a_motie_filed_in_a_dossier_keeps_its_own_title_and_signers() -> None:
    """A motie's page names its dossier above it (`27 925 Bestrijding internationaal terrorisme`, TK 2021, mot98 pool);
    the motie is still titled by its own heading, which also names who signs it."""
    page = ("Motie : Motie van het lid Jansen over een moratorium instellen op asielaanvragen\n27 925 Bestrijding "
            "internationaal terrorisme\nNr. 829\nMOTIE VAN HET LID JANSEN\nVoorgesteld 15 september 2021\nDe Kamer,\n"
            "gehoord de beraadslaging,\noverwegende dat vluchtelingen ook in omringende landen kunnen worden opgevangen;\n"
            "roept de regering op, een moratorium in te stellen op asielaanvragen,\nen gaat over tot de orde van de dag.\n"
            "Jansen\n")
    meta = read_metadata(Extraction(pages=(Page(1, page),), page_count=1), "x.txt")
    assert (meta.doc_type, meta.title, meta.sender) == ("motie", "Motie van het lid Jansen", "Tweede Kamerlid Jansen")


def test_bnc_fiche_in_the_kamerstuk_that_sends_it() -> None:
    """kst-22112-3570 (IenW 2022, rules28 held-out probe): the sending letter lists three fiches, the paper holds one,
    titled by its heading over `1. Algemene gegevens`, not by the dossier."""
    first = ("22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie\n\nNr. 3570 BRIEF "
             "VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
             "Den Haag, 2 december 2022\n\nOvereenkomstig de bestaande afspraken ontvangt u hierbij 3 fiches die werden "
             "opgesteld door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).\n\nFiche: Wijziging verordeningen "
             "betreffende instant payments in euro (Kamerstuk 22 112, nr. 3569)\n\nFiche: Herziening Richtlijn stedelijk "
             "afvalwater\n\nDe Minister van Buitenlandse Zaken, W.B. Hoekstra\n\nFiche: Herziening Richtlijn stedelijk "
             "afvalwater\n\n1. Algemene gegevens\n\n  • a) Titel voorstel\n\n    Proposal for a Directive")
    meta = read_metadata(Extraction(pages=(Page(1, first),), page_count=1), "x.txt")
    assert (meta.doc_type, meta.title, meta.addressee, meta.sender) == (
        "bnc-fiche", "Fiche: Herziening Richtlijn stedelijk afvalwater", "Tweede Kamer",
        "Minister van Buitenlandse Zaken, W.B. Hoekstra")
    # (the heading and its first part as a web page breaks them: `• 1.` / `Algemene gegevens`, kst-22112-3620)
    bulleted = first.replace("1. Algemene gegevens", "  • 1. \n    Algemene gegevens")
    assert read_metadata(Extraction(pages=(Page(1, bulleted),), page_count=1), "x.txt").doc_type == "bnc-fiche"
    # a letter that only lists fiches is a letter
    listing = first.split("\n\nDe Minister")[0]
    assert read_metadata(Extraction(pages=(Page(1, listing),), page_count=1), "x.txt").doc_type == "kamerbrief"


def test_bnc_fiche_titled_by_its_first_line() -> None:
    """bnc-fiche-mifir.pdf: no subject line; the fiche's own first line is its title."""
    e = Extraction(pages=(Page(1, "Fiche 5: Herziening verordening en richtlijn markten voor financiële instrumenten\n"
                                  "1. Algemene gegevens\na) Titel voorstel\nProposal for a directive"),), page_count=1)
    meta = read_metadata(e, "fiche.pdf")
    assert (meta.doc_type, meta.title) == ("bnc-fiche",
                                           "Fiche 5: Herziening verordening en richtlijn markten voor financiële instrumenten")


@pytest.mark.parametrize("head, addressee", [
    # a Kamer committee's letter names whom it writes to in its `Aan` line, not its own chamber (EK 2025, rules39 probe)
    ("Eerste Kamer der Staten-Generaal 2025-2026 36761 nr. G\n\nAan de heer Šefčovič van de Europese Commissie\n"
     "Den Haag, 3 november 2025\nDe vaste commissie voor Immigratie en Asiel / JBZ-Raad heeft met belangstelling "
     "kennisgenomen van het voorstel.", "Europese Commissie"),
    ("Eerste Kamer der Staten-Generaal\n\nAan de Minister van Asiel en Migratie\n\nDen Haag, 10 februari 2026\n\n"
     "De leden van de vaste commissie voor Immigratie en Asiel / JBZ-Raad hebben kennisgenomen van de brief.", "minister"),
    # a committee's report of a written consultation prints its letter to the minister below its own heading (EK 2023)
    ("30 573 Migratiebeleid\n\nE VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG\n\nVastgesteld 21 april 2023\n\nDe "
     "commissie brengt bijgaand verslag uit van het gevoerde nader schriftelijk overleg.\n\nBRIEF VAN DE VOORZITTER VAN "
     "DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL / JBZ-RAAD\n\nAan de Staatssecretaris van Justitie en Veiligheid\n\n"
     "Den Haag, 14 december 2022", None),
    # a letter to the Kamer's Voorzitter, and a sentence naming a body, keep the Kamer
    ("Eerste Kamer der Staten-Generaal\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, "
     "10 februari 2026", "Eerste Kamer"),
    ("Eerste Kamer der Staten-Generaal\n\nDe commissie stuurt de vragen aan de heer Šefčovič van de Europese Commissie "
     "door.", "Eerste Kamer"),
])
def test_a_committees_letter_goes_to_whom_its_aan_line_names(head: str, addressee: str) -> None:
    assert read_addressee(head, "other") == addressee


def test_letter_to_an_organisation() -> None:
    """brief-schiphol-mondkapjes-gescand.pdf: a Rijksoverheid letter to a company is no kamerbrief, and
    its addressee is the name opening the address block (a redaction code `5.1.2e` passed over)."""
    head = ("Ministerie van Volksgezondheid,\nWelzijn en Sport\n> Retouradres Postbus 20350 2500 EJ Den Haag\n"
            "ROYAL SCHIPHOL GROUP\n5.1.2e\nPostbus 7501\n1118ZG Schiphol\nNederland\nDatum\n"
            "Betreft Antwoord op brief Veilig en verantwoord reizen")
    e = Extraction(pages=(Page(1, "Geachte 5.1.2e\n\nHartelijk dank voor uw brief van d.d. 2 september 2020."),),
                   margin={1: head}, page_count=1)
    meta = read_metadata(e, "brief.pdf")
    assert (meta.doc_type, meta.addressee, meta.title) == ("other", "Royal Schiphol Group",
                                                            "Antwoord op brief Veilig en verantwoord reizen")


@pytest.mark.parametrize("margin, body, addressee", [
    # a committee's list of decisions on the Kamer's letterhead: the masthead names the writer, no addressee (pdf49 probe)
    ("Tweede Kamer der Staten-Generaal\nVaste commissie voor Defensie\nKenmerk\n2015Z10012",
     "Besluitenlijst extra procedurevergadering\nCommissie: vaste commissie voor Defensie\nDatum: donderdag 28 mei 2015",
     None),
    # a Kamerstuk's masthead with its column mark, over a letter to the Kamer: the letter's own line says so
    ("Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2021–2022",
     "29 628 Politie\nNr. 1048 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n"
     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 12 november 2021", "Tweede Kamer"),
    ("", "Aan de Tweede Kamer der Staten-Generaal\nPostbus 20018\n\nHierbij bied ik u de nota aan.", "Tweede Kamer"),
])
def test_the_kamers_masthead_is_no_addressee(margin: str, body: str, addressee: str | None) -> None:
    e = Extraction(pages=(Page(1, body),), margin={1: margin}, page_count=1)
    assert read_metadata(e, "x.pdf").addressee == addressee


def test_address_block_of_a_letter_to_the_kamer_gives_the_kamer() -> None:
    head = "> Retouradres Postbus 20901 2500 EX Den Haag\nDe voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018"
    e = Extraction(pages=(Page(1, "Geachte voorzitter,\n\nHierbij informeer ik u."),), margin={1: head}, page_count=1)
    assert (read_metadata(e, "b.pdf").doc_type, read_metadata(e, "b.pdf").addressee) == ("kamerbrief", "Tweede Kamer")


@pytest.mark.parametrize("closing, sender", [
    # kamerbrief-missiegedreven-innovatiebeleid.pdf: the name above the office, no comma
    ("Innovatie-Expo, en dan ook met uw Kamer worden gedeeld.\n\nMet vriendelijke groet,\n\nM.A.M. Adriaansens\n"
     "Minister van Economische Zaken en Klimaat", "Minister van Economische Zaken en Klimaat, M.A.M. Adriaansens"),
    # kamerbrief-water-en-bodem-sturend.pdf: two signers
    ("Nu en in de toekomst.\n\nHoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\nMark Harbers\n\n"
     "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\ndrs. V.L.W.A. Heijnen",
     "Minister van Infrastructuur en Waterstaat, Mark Harbers, en Staatssecretaris van Infrastructuur en Waterstaat, "
     "drs. V.L.W.A. Heijnen"),
    # the signature in a table cell of its own (berthub.eu's preview of a .docx, BZ 2026, probe81); never a row of cells
    ("Hierbij treft u de schriftelijke antwoorden aan.\n| De minister van Buitenlandse Zaken, D.M. van Weel |\n|---|\n"
     "Vragen van de leden van der Werf en Klos (D66)", "Minister van Buitenlandse Zaken, D.M. van Weel"),
    # two signers, each name above its office (a .docx preview of LVVN 2025, probe81): the name under the first office
    # is the second signer's
    ("Hierbij sturen wij de Kamer de beantwoording van de feitelijke vragen bij de begroting 2026.\nHoogachtend,\n"
     "Femke Marije Wiersma\nMinister van Landbouw, Visserij, Voedselzekerheid en Natuur\nJean Rummenie\n"
     "Staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur\nVraag 1",
     "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur, Femke Marije Wiersma, en Staatssecretaris van "
     "Landbouw, Visserij, Voedselzekerheid en Natuur, Jean Rummenie"),
    # (... and so without a closing, where the letter's last lines begin inside the block: Defensie 2025, probe81)
    ("Hierbij stuur ik u de antwoorden.\n\nDE MINISTER VAN DEFENSIE\n\nRuben Brekelmans\n\n"
     "DE STAATSSECRETARIS VAN DEFENSIE\n\nGijs Tuinman\n\nAntwoorden op feitelijke vragen over de Stand van Defensie",
     "Minister van Defensie, Ruben Brekelmans, en Staatssecretaris van Defensie, Gijs Tuinman"),
    # (each office above its name, two signers: the name under each office is its own)
    ("Hierbij ontvangt u de antwoorden.\n\nHoogachtend,\n\nDE MINISTER VAN DEFENSIE\n\nRuben Brekelmans\n\n"
     "DE STAATSSECRETARIS VAN DEFENSIE\n\nGijs Tuinman",
     "Minister van Defensie, Ruben Brekelmans, en Staatssecretaris van Defensie, Gijs Tuinman"),
    # an office wrapped over two lines (LNV 2007, a letter asking for more time to answer Kamervragen)
    ("Ik verzoek u daarom om uitstel.\n\nDE MINISTER VAN LANDBOUW, NATUUR EN\nVOEDSELKWALITEIT,\nG. Verburg\n\n"
     "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\nPostbus 20018\n2500 EA 's-GRAVENHAGE",
     "Minister van Landbouw, Natuur en Voedselkwaliteit, G. Verburg"),
    # the office's own comma on its first line, wrapped in a narrow signature column (LNV 2024, pdf49 probe)
    ("Ik zal de Kamer voor de zomer informeren.\n\nHoogachtend,\n\nDe Minister van Landbouw, Natuur\n"
     "en Voedselkwaliteit,\n\n\nPiet Adema", "Minister van Landbouw, Natuur en Voedselkwaliteit, Piet Adema"),
    ("Ik zal de Kamer voor de zomer informeren.\n\nHoogachtend,\n\nDe Minister van Onderwijs, Cultuur\n"
     "en Wetenschap,\n\nRobbert Dijkgraaf", "Minister van Onderwijs, Cultuur en Wetenschap, Robbert Dijkgraaf"),
])
def test_signature_block_under_the_closing(closing: str, sender: str) -> None:
    assert read_sender(closing) == sender


def test_signature_of_a_converted_doc_with_its_lines_set_apart() -> None:
    """A .doc saved as text sets every line apart: an office wrapped after its own comma goes on over the blank line,
    titles in lower case (VWS 2010, probe67); across a blank line a name is never taken for the office's tail."""
    letter = ("Hierbij zend ik u de antwoorden op de vragen gesteld tijdens de eerste\ntermijn van het debat.\n\n"
              "Hoogachtend,\n\nDe Minister van Volksgezondheid, \n\nWelzijn en Sport,\n\nmw. drs. E.I. Schippers\n\n"
              "De Staatssecretaris van Volksgezondheid, \n\nWelzijn en Sport,\n\n \n\n"
              "mw. drs. M.L.L.E. Veldhuijzen van Zanten-Hyllner\n")
    assert read_sender(letter) == ("Minister van Volksgezondheid, Welzijn en Sport, mw. drs. E.I. Schippers, en "
                                   "Staatssecretaris van Volksgezondheid, Welzijn en Sport, mw. drs. M.L.L.E. "
                                   "Veldhuijzen van Zanten-Hyllner")
    plain = "Ik zal u informeren.\n\nHoogachtend,\n\nDe Minister van Financiën,\n\nW.B. Hoekstra\n"
    assert read_sender(plain) == "Minister van Financiën, W.B. Hoekstra"


def test_cover_letter_signed_w_g_with_a_given_name_before_the_initials() -> None:
    """`(w.g.)` marks a copy's signature; the name may give a first name before the initials (EZ 2014, probe67)."""
    cover = ("Geachte Voorzitter,\n\nHierbij treft u aan de beantwoording van de vragen die door uw Kamer\nzijn "
             "gesteld in de eerste termijn.\n\n(w.g.)\tSharon A.M. Dijksma\n\nStaatssecretaris van Economische "
             "Zaken\n\n\n\nBijlage: schriftelijke beantwoording van gestelde vragen.\n\n1. Van Gerven (SP):\n\n"
             "We komen op korte termijn uitgebreid met elkaar te spreken over het wetsvoorstel.\n")
    assert read_sender(cover, "kamerbrief", None, cover) == ("Staatssecretaris van Economische Zaken, "
                                                             "Sharon A.M. Dijksma")


def test_signature_before_the_annexes_is_read_from_the_whole_body() -> None:
    """kamerbrief-circulaire-economie-npce.pdf: the letter is signed on page 6, annexes follow."""
    pages = (Page(1, "Geachte voorzitter,\n\nMet deze Kamerbrief bied ik u, als coördinerend bewindspersoon voor Circulaire"),
             Page(6, "om de doelen binnen bereik te brengen.\n\nHoogachtend,\n\n"
                     "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\ndrs. V.L.W.A. Heijnen"),
             Page(7, "uitvoeringsorganisaties (o.a. RWS, RVO) en, in sommige gevallen\nmedeoverheden, en de budgettaire gevolgen."))
    assert read_metadata(Extraction(pages=pages, page_count=7), "brief.pdf").sender == \
        "Staatssecretaris van Infrastructuur en Waterstaat, drs. V.L.W.A. Heijnen"


def test_a_besluit_signed_before_the_mails_published_with_it() -> None:
    """A Woo-besluit followed by its documents: the mails close `Met vriendelijke groet,` over a redacted name."""
    pages = (Page(1, "Geachte 5.1.2e,\n\nIn uw e-mail van 4 mei 2022 heeft u met een beroep op de Wet open overheid"),
             Page(2, "Hoogachtend,\n\nDe Minister van Economische Zaken en Klimaat,\nnamens deze,\n\n"
                     "drs. R.P. Scholten, directeur Programma Groningen"),
             Page(3, "Van: 5.1.2e\nOnderwerp: Afspraken NCG gemeente Loppersum\n\nBeste collega's,\n\nIn het "
                     "bestuurlijk overleg van gisteren is afgesproken dat de gemeente de bewoners informeert.\n\n"
                     "Met vriendelijke groet,\n5.1.2e\nDirectie Programma Groningen"))
    assert read_metadata(Extraction(pages=pages, page_count=3), "besluit.pdf").sender.startswith(
        "Minister van Economische Zaken en Klimaat, namens deze")


@pytest.mark.parametrize("end, sender", [
    # kamerbrief-missiegedreven-innovatiebeleid.pdf as extracted: the closing line is not in the body
    ("Innovatie-Expo, en dan ook met uw Kamer worden gedeeld.\n\nM.A.M. Adriaansens\n"
     "Minister van Economische Zaken en Klimaat", "Minister van Economische Zaken en Klimaat, M.A.M. Adriaansens"),
    ("Daarover informeert de\nMinister van Financiën heeft dit besproken met de", None),   # a sentence, no signature
    # two signers, the offices in lower case as the Kamer's .docx prints them (a JBZ agenda of 2026)
    ("zullen aan de Raad deelnemen.\n\nDe minister van Justitie en Veiligheid,\n\nD.M. van Weel\n\n"
     "De minister van Asiel en Migratie,\n\nG. van den Brink",
     "Minister van Justitie en Veiligheid, D.M. van Weel, en Minister van Asiel en Migratie, G. van den Brink"),
])
def test_signature_at_the_end_without_a_closing(end: str, sender: str | None) -> None:
    assert read_sender(end) == sender


@pytest.mark.parametrize("first, title", [
    # a Kamerstuk as published: the dossier's number and title, then the paper's number and kind: a letter is titled
    # by its dossier (it names no subject here), a paper of another kind by its dossier and its kind
    ("35 510 Parlementaire ondervraging kinderopvangtoeslag\n\nNr. 59 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n\n"
     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 22 juni 2021\n\nUw Kamer heeft mij "
     "verzocht om de rapportage te sturen.", "Parlementaire ondervraging kinderopvangtoeslag"),
    ("36 600 XX Vaststelling van de begrotingsstaat van het Ministerie van Asiel en Migratie (XX) voor het jaar 2025\n\n"
     "Nr. 5 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 24 oktober 2024",
     "Vaststelling van de begrotingsstaat van het Ministerie van Asiel en Migratie (XX) voor het jaar 2025; Verslag "
     "houdende een lijst van vragen en antwoorden"),
    # a dossier with a numbered part (the EU Councils' `21 501-32`)
    ("21 501-32 Landbouw- en Visserijraad\n\nNr. 404 BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN "
     "VOEDSELKWALITEIT\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 juli 2010",
     "Landbouw- en Visserijraad"),
    # a long dossier title (an AZ letter of 2022)
    ("35 925 III Vaststelling van de begrotingsstaat van het Ministerie van Algemene Zaken (IIIA), de begrotingsstaat "
     "van het Kabinet van de Koning (IIIB) en de begrotingsstaat van de Commissie van Toezicht op de Inlichtingen- en "
     "Veiligheidsdiensten (IIIC) voor het jaar 2022\n\nNr. 30 BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE "
     "ZAKEN", "Vaststelling van de begrotingsstaat van het Ministerie van Algemene Zaken (IIIA), de begrotingsstaat van "
     "het Kabinet van de Koning (IIIB) en de begrotingsstaat van de Commissie van Toezicht op de Inlichtingen- en "
     "Veiligheidsdiensten (IIIC) voor het jaar 2022"),
    # a paper filed in two dossiers: the first is the one it is filed under (a BZK letter of 2023)
    ("26 643 Informatie- en communicatietechnologie (ICT)\n\n32 761 Verwerking en bescherming persoonsgegevens\n\n"
     "Nr. 971 BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\nAan de Voorzitter van de "
     "Tweede Kamer der Staten-Generaal", "Informatie- en communicatietechnologie (ICT)"),
    # the paper's kind in sentence case, as the Kamer's .docx prints it (an AenM letter of 2025, in two dossiers)
    ("19 637 Vreemdelingenbeleid\n\n36 045 Situatie in Oekraïne\n\nNr. 3478 Brief van de minister van Asiel en "
     "Migratie en de minister voor Asiel en Migratie\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal",
     "Vreemdelingenbeleid"),
    ("32 317 JBZ-Raad\n\nNr. 974 Verslag van een schriftelijk overleg\n\nVastgesteld 8 oktober 2025",
     "JBZ-Raad; Verslag van een schriftelijk overleg"),
    # the Eerste Kamer's paper letter with its footnote digit, under two dossiers (EK 2023, rules47 probe)
    ("33 328 Voorstel van wet van de leden Snels en Sneller houdende regels over de toegankelijkheid van informatie van "
     "publiek belang (Wet open overheid)\n\n35 112 Voorstel van wet van de leden Snels en Sneller tot wijziging van het "
     "voorstel van wet (Wijzigingswet Woo)\n\nAI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 28 december 2023",
     "Voorstel van wet van de leden Snels en Sneller houdende regels over de toegankelijkheid van informatie van publiek "
     "belang (Wet open overheid); Verslag van een schriftelijk overleg"),
    ("29 544 Arbeidsmarktbeleid\n29 279\nRechtsstaat en Rechtsorde\nNr. 1223\nBRIEF VAN DE MINISTER VAN SOCIALE ZAKEN "
     "EN WERKGELEGENHEID", "Arbeidsmarktbeleid"),
    # Kamerstukken before 2005 print the paper's number in lower case (GSI 2001, Justitie 2004)
    ("26 387 Actieprogramma Elektronische Overheid\nnr. 11\nBRIEF VAN DE MINISTER VOOR GROTE STEDEN- EN "
     "INTEGRATIEBELEID\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Actieprogramma Elektronische Overheid"),
    ("28 606 Jeugdzorg 2003–2006\n29 200 VI Vaststelling van de begrotingsstaat van het Ministerie van Justitie (VI) voor "
     "het jaar 2004\nnr. 19\nBRIEF VAN DE MINISTER VAN JUSTITIE", "Jeugdzorg 2003–2006"),
    # a place and date or an adoption stamp is never a title
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 5 maart 2019\n\nHet is voor de "
     "rechtsstaat van belang dat sancties worden uitgevoerd.", None),
    ("Vastgesteld 25 april 2018\n\nDe vaste commissie voor Justitie en Veiligheid heeft overleg gevoerd.", None),
    # a committee's list names itself
    ("Tweede Kamer, vaste commissie voor Justitie en Veiligheid\n\nBesluitenlijst procedurevergadering\n"
     "Datum: woensdag 4 oktober 2023\n\n1. Agendapunt: Brief staatssecretaris", "Besluitenlijst procedurevergadering"),
    # ... and the Eerste Kamer's list of its committees' decisions (2021)
    ("Korte aantekeningen vergadering commissies Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking (BDO) en "
     "Infrastructuur, Waterstaat en Omgeving (IWO) van 16 maart 2021\n\n\n\n\nBesluitpunten die betrekking hebben op "
     "wetsvoorstel Begrotingsstaten Defensie 2021 (35.570 X)", "Korte aantekeningen vergadering commissies Buitenlandse "
     "Zaken, Defensie en Ontwikkelingssamenwerking (BDO) en Infrastructuur, Waterstaat en Omgeving (IWO) van 16 maart "
     "2021"),
    # ... and its rappel of a ministry's promises, over its first record's labels (`Kerngegevens`; EK 2024)
    ("Rappelabele toezeggingen Asiel en Migratie (Totaaloverzicht oktober 2024)\n\n\n\nDit is het rappel tot 01-01-50."
     "\n\n \n\n\n\n\nToezegging Geobjectiveerde weergave inhoud gespreksverslagen provinciale regietafels asielopvang "
     "(35.210 VI) (T02933)\n\nDe staatssecretaris van Justitie en Veiligheid zegt de Kamer toe de inhoud te verstrekken."
     "\n\n\nKerngegevens\n\nNummer T02933\nStatus voldaan",
     "Rappelabele toezeggingen Asiel en Migratie (Totaaloverzicht oktober 2024)"),
    # the questions named without their date of sending (a 2005 text), or the answer to them (a BZ answer of 2025)
    ("Den Haag, 26 mei 2005\nVragen van de leden Klaas de Vries en Timmermans (PvdA) aan de minister van "
     "Vreemdelingenzaken en Integratie\nover een 'visit report' van een missie naar Nederland\n1) Hebt u kennisgenomen "
     "van het 'visit report'?", "Vragen van de leden Klaas de Vries en Timmermans (PvdA) aan de minister van "
     "Vreemdelingenzaken en Integratie over een 'visit report' van een missie naar Nederland"),
    ("Antwoord op vragen van het lid Dobbe over het bericht dat de Franse rechter van het Internationaal Strafhof, "
     "Nicolas Guillou, op de Amerikaanse sanctielijst staat\n\nAntwoord van Minister Van Weel (Buitenlandse Zaken) "
     "(ontvangen 19 december 2025)\n\nVraag 1\n\nBent u bekend met het artikel?", "Antwoord op vragen van het lid "
     "Dobbe over het bericht dat de Franse rechter van het Internationaal Strafhof, Nicolas Guillou, op de Amerikaanse "
     "sanctielijst staat"),
    # a text without letterhead or headings opens on its title (Defensie letters of 2008 and 2010 as a news archive
    # prints them); an address opens none
    ("Toezegging over uitgaven aan leasecontracten voor strategisch luchttransport en over de verwachte "
     "transportbehoefte\nIn het algemeen overleg met de vaste commissie voor Defensie van 7 oktober 2008, heb ik "
     "toegezegd de Kamer te zullen informeren.", "Toezegging over uitgaven aan leasecontracten voor strategisch "
     "luchttransport en over de verwachte transportbehoefte"),
    ("Reactie op commissieverzoek herijking informatiebehoefte project vervanging F-16\nOp 27 oktober 2009 heeft de "
     "vaste commissie voor Defensie in een brief de herijking aan de orde gesteld.",
     "Reactie op commissieverzoek herijking informatiebehoefte project vervanging F-16"),
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nHierbij bied ik u het rapport aan, dat de commandanten "
     "hebben opgesteld.", None),
    # a letter reporting on motions: its annex heads a part `Motie van het lid ...`; the dossier is the title
    ("36 410 XVI Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor "
     "het jaar 2024\n\nNr. 160 BRIEF VAN DE MINISTERS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\nAan de Voorzitter van "
     "de Tweede Kamer der Staten-Generaal\n\nHierbij sturen wij uw Kamer een stand van zaken.\n\nMotie van het lid "
     "Paulusma over de hoogte van het subsidiebedrag\n\nDe motie verzoekt de regering te onderzoeken.",
     "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar "
     "2024"),
    ("Motie van het lid Paulusma over de hoogte van het subsidiebedrag\n\nDe Kamer, gehoord de beraadslaging,",
     "Motie van het lid Paulusma over de hoogte van het subsidiebedrag"),
    # the masthead of a Kamerstuk is no title (an Eerste Kamer paper of 2010 whose dossier line was lost)
    ("Eerste Kamer der Staten-Generaal\n\nC MEMORIE VAN ANTWOORD\n\nOntvangen 18 maart 2010\n\nInleiding\nHet "
     "verheugt mij dat de fracties kennis hebben genomen van het wetsvoorstel.", "C MEMORIE VAN ANTWOORD"),
    # an Eerste Kamer paper outside a bill, its dossier numbered in Roman figures (BZK 2013, rules28 held-out probe)
    ("CII Nota «Bestuur in samenhang. De bestuurlijke organisatie in Nederland.»\n\nE BRIEF VAN DE MINISTER VAN "
     "BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\n"
     "Den Haag, 4 juli 2013\n\nNaar aanleiding van de door Uw Kamer op 2 juli jl. aanvaarde motie-Vliegenthart deel ik U "
     "mede dat ik voornemens ben de gevraagde informatie in september 2013 aan Uw Kamer te doen toekomen.",
     "Nota «Bestuur in samenhang. De bestuurlijke organisatie in Nederland.»"),
    # the members' input to a committee's report is titled by its kind, not by its table of contents (TK 2019,
    # rules39 probe); a letter's address line is no title (EK 2025)
    ("2019D23295 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nDe vaste commissie voor Justitie en Veiligheid heeft "
     "een aantal vragen en opmerkingen voorgelegd.\n\nDe voorzitter van de commissie,\nVan Meenen\n\nInhoudsopgave\n\n"
     "I Vragen en opmerkingen vanuit de fracties", "Inbreng verslag van een schriftelijk overleg"),
    ("Eerste Kamer der Staten-Generaal 2025-2026 36761 nr. G\n\nAan de heer Šefčovič van de Europese Commissie\n\n"
     "Den Haag, 3 november 2025\n\nDe vaste commissie voor Immigratie en Asiel / JBZ-Raad heeft met belangstelling "
     "kennisgenomen van het voorstel.", None),
])
def test_title_of_a_published_kamerstuk(first: str, title: str | None) -> None:
    assert read_metadata(Extraction(pages=(Page(1, first),), page_count=1), "x.txt").title == title


@pytest.mark.parametrize("capitals, title", [
    ("MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS", "Motie van de leden Inge van Dijk en Grinwis"),
    # a surname without its first name opens with a capital
    ("MOTIE VAN HET LID VAN OJIK", "Motie van het lid Van Ojik"),
    ("MOTIE VAN DE LEDEN VAN DER PLAS EN VAN DIJK", "Motie van de leden Van der Plas en Van Dijk"),
    ("MINISTER VAN JUSTITIE EN VAN BINNENLANDSE ZAKEN", "Minister van Justitie en van Binnenlandse Zaken"),
])
def test_title_case_of_members(capitals: str, title: str) -> None:
    assert title_case(capitals) == title


def test_letterhead_flattened_as_rows_of_labels_and_values() -> None:
    """An SZW letter of 2003: the two-column letterhead comes out as a row of labels over a row of values."""
    head = ("Aan de Voorzitter van de Tweede Kamer Postbus 90801\n2509 LV Den Haag\nder Staten-Generaal Anna van "
            "Hannoverstraat 4\n\nUw brief Ons kenmerk\nSOZA-03-078 B&GA/IW/03/16433\nOnderwerp Datum\n"
            "Financiële regeling mensen met langdurig 21 maart 2003\nminimuminkomen\n\nIn bovengenoemde brief verzoekt u "
            "mij de vaste commissie een afschrift te doen toekomen.")
    meta = read_metadata(Extraction(pages=(Page(1, head),), page_count=1), "brief.txt")
    assert (meta.title, meta.date, meta.kenmerk) == (
        "Financiële regeling mensen met langdurig minimuminkomen", "2003-03-21", "SOZA-03-078 B&GA/IW/03/16433")
    # the label row in the margin names no subject
    assert read_title(head, "kamerbrief", "", margin="Onderwerp Datum\n") == \
        "Financiële regeling mensen met langdurig minimuminkomen"


def test_a_decision_list_dated_in_its_heading() -> None:
    """An OCW committee's list of decisions (2012): the meeting's date stands in the heading only."""
    head = ("Besluitenlijst van de procedurevergadering van donderdag 22 maart 2012\n\nVoortouwcommissie: vaste commissie "
            "voor Onderwijs, Cultuur en Wetenschap\n\nZaak: Stafnotitie - ambtelijk medewerker Tweede Kamer, J.A. Timmer "
            "- 16 maart 2012")
    assert read_date(head, "other") == "2012-03-22"
    # a VWS committee's list dated in figures (2018), the Eerste Kamer's list of its committees' decisions (2021)
    assert read_date("Besluitenlijst procedurevergadering cie. VWS d.d. 10.10.2018\n\nO.a.:", "other") == "2018-10-10"
    ek = ("Korte aantekeningen vergadering commissies Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking (BDO) en "
          "Infrastructuur, Waterstaat en Omgeving (IWO) van 16 maart 2021\n\n- 31936")
    assert read_date(ek, "other") == "2021-03-16"


def test_the_signature_and_the_address_under_it_are_no_headings() -> None:
    """A letter without a subject line (LNV 2007) is titled by its heading, not by the office that signs it or the
    address block under the signature."""
    text = ("Uitstel beantwoording Kamervragen over megabedrijven\n\nIk kan deze vragen tot mijn spijt niet binnen de "
            "gebruikelijke termijn beantwoorden.\n\nDE MINISTER VAN LANDBOUW, NATUUR EN\nVOEDSELKWALITEIT,\nG. Verburg"
            "\n\nDe Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\nPostbus 20018\n2500 EA 's-GRAVENHAGE\n")
    assert read_title(text, "kamerbrief", text) == "Uitstel beantwoording Kamervragen over megabedrijven"


def test_a_long_opening_title_beats_the_headings_inside() -> None:
    """A letter as the Kamer's site prints it opens on its title, too long for a heading (a JBZ agenda of 2026)."""
    body = ("Geannoteerde agenda van de formele JBZ-Raad van 5 en 6 maart 2026\n\nHierbij bieden wij uw Kamer de "
            "geannoteerde agenda aan.\n\nKopgroep contraterrorisme ontbijt\n\nVoorafgaand aan de JBZ-Raad "
            "organiseert Nederland een ontbijtbijeenkomst.")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "agenda.txt")
    assert meta.title == "Geannoteerde agenda van de formele JBZ-Raad van 5 en 6 maart 2026"


@pytest.mark.parametrize("cover, title", [
    # a publication's cover sets its title a word a line above a subtitle (Internationale Klimaatstrategie, BZ 2022)
    ("Internationale\nKlimaatstrategie\nvan ambitie naar transitie", "Internationale Klimaatstrategie"),
    # a cover whose title line holds several words is read as before (AI Impact Assessment, BZK 2022)
    ("AI Impact Assessment\nHet hulpmiddel voor een betrouwbaar AI-project", "AI Impact Assessment"),
])
def test_a_cover_page_is_titled_by_its_title_lines(cover: str, title: str) -> None:
    pages = (Page(1, cover), Page(2, "Samenvatting\n\nDe wetenschap laat zien dat het één voor twaalf is."))
    assert read_metadata(Extraction(pages=pages, page_count=2), "publicatie.pdf").title == title


def test_a_letterheads_labels_are_no_cover() -> None:
    """Labels over a figure (`Besluit` / `Datum` / `12 juni 2020`) are no title set a word a line."""
    assert metadata._title_page_title("Besluit\nDatum\n12 juni 2020") is None


def test_a_question_label_is_no_title() -> None:
    """Answers to Kamervragen printed without their heading (JenV 2022) open on `Vraag 1`: no title."""
    body = ("Vraag 1\nDeelt u de mening dat de crisisopvang in Ter Apel een dieptepunt heeft bereikt?\n\n"
            "Ik vind het ongewenst en ongepast dat we deze mensen geen dak boven het hoofd hebben kunnen bieden.")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "antwoorden.txt")
    assert meta.title != "Vraag 1"


def test_a_cover_letters_signatory_is_no_title() -> None:
    """A cover letter that sends answers signs with its signatory's name over the office and no closing (KGG 2025,
    rules44 probe): the name is no heading, so no title."""
    body = ("Geachte Voorzitter,\n\nHierbij zend ik u de antwoorden op de feitelijke vragen van de vaste commissie voor "
            "Klimaat en Groene Groei over het Interdepartementaal Beleidsonderzoek (IBO) bekostiging van de "
            "elektriciteitsinfrastructuur (29023, nr. 553), ingezonden op 30 april 2025.\n\nSophie Hermans\n\n"
            "Minister van Klimaat en Groene Groei\n\nVraag 1\n\nIn hoeverre kan het Right to Challenge-principe "
            "bijdragen aan lagere kosten?")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "antwoorden.txt")
    assert meta.title != "Sophie Hermans"


@pytest.mark.parametrize("text, title", [
    # a letter as the Tweede Kamer files it: its subject over the dossier's heading (AenM 2025, Def 2025)
    ("Brief regering : Diverse onderwerpen op het gebied van migratie\n30 573 Migratiebeleid\n19 637\n"
     "Vreemdelingenbeleid\nNr. 237\nBRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE",
     "Migratiebeleid; Diverse onderwerpen op het gebied van migratie"),
    ("Brief regering : ‘Update versnelling opbouw industrie innovatie en kennis voor Defensie’\n36 800 X Vaststelling van "
     "de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2026\nNr. 11",
     "Update versnelling opbouw industrie innovatie en kennis voor Defensie"),
    # a quote that closes one opened inside the subject stays (SZW 2023, probe56)
    ("Brief regering : Kabinetsreactie periodieke rapportage 'Werkloosheid werknemers'\n26 448 Structuur van de "
     "uitvoering werk en inkomen (SUWI)\nNr. 718", "Kabinetsreactie periodieke rapportage 'Werkloosheid werknemers'"),
    # ... also under the address the margin holds (the first page's text as read_metadata joins it)
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nBrief regering : Scope en vervolg Delta Rhine Corridor\n"
     "29 826 Industriebeleid\nNr. 216", "Scope en vervolg Delta Rhine Corridor"),
    # probe58: a news archive's head line, dossier; kind; subject (SZW 2014, app.1848.nl)
    ("Kinderopvang; Brief regering; Samenhang tussen diverse trajecten op het terrein van kinderopvang\n\nAan de "
     "Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 21 november 2014 In het verlengde van het Algemeen "
     "Overleg Kinderopvang op 24 september jl. beantwoord ik met deze brief het verzoek van uw Kamer.",
     "Samenhang tussen diverse trajecten op het terrein van kinderopvang"),
    # ... and the same line as parlementairemonitor.nl gives it under `Officiële titel` (SZW 2019, probe58)
    ("Officiële titel Uitvoering en evaluatie Participatiewet; Brief regering; Reactie op het verzoek van het lid Jasper "
     "van Dijk over de eindevaluatie van de Participatiewet\nDocumentdatum 20-11-2019\n\n34 352\n\nUitvoering en "
     "evaluatie Participatiewet\n\nNr. 187    BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN\n\nWERKGELEGENHEID",
     "Uitvoering en evaluatie Participatiewet; Reactie op het verzoek van het lid Jasper van Dijk over de eindevaluatie "
     "van de Participatiewet"),
    # ... and as a table row of that page, closed by its cell border (BZ 2016, dead51's folder)
    ("Officiële titel | Nederlands EU-voorzitterschap 2016; Brief regering; Resultaten en uitvoering van het Nederlandse "
     "EU-voorzitterschap |\n---|---|\n\n34 139\n\nNederlands EU-voorzitterschap 2016",
     "Nederlands EU-voorzitterschap 2016; Resultaten en uitvoering van het Nederlandse EU-voorzitterschap"),
    # without it, the dossier's heading as before (JenV 2022)
    ("19 637 Vreemdelingenbeleid\n\nNr. 2856 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID", "Vreemdelingenbeleid"),
    # probe53: the other papers the Kamer files on their own page, under their kind (OCW 2023, BZ 2020)
    ("Lijst van vragen en antwoorden : Lijst van vragen en antwoorden, gesteld aan de regering, over het rapport "
     "Resultaten verantwoordingsonderzoek 2022 bij het Ministerie van Onderwijs, Cultuur en Wetenschap (Kamerstuk "
     "36360-VIII-2)\n36 360 VIII Jaarverslag en slotwet Ministerie van Onderwijs, Cultuur en Wetenschap 2022\n"
     "Nr. 8 LIJST VAN VRAGEN EN ANTWOORDEN",
     "Jaarverslag en slotwet Ministerie van Onderwijs, Cultuur en Wetenschap 2022; Lijst van vragen en antwoorden, "
     "gesteld aan de regering, over het rapport Resultaten verantwoordingsonderzoek 2022 bij het Ministerie van "
     "Onderwijs, Cultuur en Wetenschap (Kamerstuk 36360-VIII-2)"),
    ("Verslag van een schriftelijk overleg : Verslag van een schriftelijk overleg over de geannoteerde agenda voor de Raad "
     "Algemene Zaken dd. 15 juli 2020\n21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\nNr. 2186 VERSLAG VAN "
     "EEN SCHRIFTELIJK OVERLEG", "Raad Algemene Zaken en Raad Buitenlandse Zaken; Verslag van een schriftelijk overleg "
     "over de geannoteerde agenda voor de Raad Algemene Zaken dd. 15 juli 2020"),
    # ... never a bill's report, whose filed line repeats only its kind (negative row): the dossier and the kind
    ("Verslag (initiatief)wetsvoorstel (nader) : Verslag\n35 497 Tijdelijke voorzieningen op het terrein van het "
     "Ministerie van Onderwijs, Cultuur en Wetenschap\nNr. 5 VERSLAG", "Tijdelijke voorzieningen op het terrein van het "
     "Ministerie van Onderwijs, Cultuur en Wetenschap; Verslag"),
    # probe53: a footnote marker glued to the dossier's title is no part of it (EK 2021); a year ending it is
    ("35 827 EU-voorstel: Strategie voor de rechten van het kind1\n\nC VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
     "EU-voorstel: Strategie voor de rechten van het kind; Verslag van een schriftelijk overleg"),
    ("34 166 Staat van de Europese Unie 2015\n\nNr. 23 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN "
     "KONINKRIJKSRELATIES", "Staat van de Europese Unie 2015"),
    # a reprinted letter is a letter: its kind adds nothing to the dossier (OCW 2019, refs95 pool)
    ("29 240 Veiligheid op school\n\nNr. 108 HERDRUK1 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN "
     "VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal",
     "Veiligheid op school"),
    # a subject that already names the dossier is not preceded by it (SZW 2014, probe58)
    ("Kinderopvang; Brief regering; Samenhang tussen diverse trajecten op het terrein van kinderopvang\n\nAan de "
     "Voorzitter van de Tweede Kamer der Staten-Generaal", "Samenhang tussen diverse trajecten op het terrein van "
     "kinderopvang"),
    # the government's answer to a committee's report, under the register's head and over its one-word section
    # heading: named by its kind, not by `ALGEMEEN` (BZK 2021, all144)
    ("Gepubliceerd: 18 november 2021\nIndiener(s): Kajsa Ollongren (viceminister-president , minister binnenlandse "
     "zaken en koninkrijksrelaties) (D66)\nBron: https://zoek.officielebekendmakingen.nl/kst-35489-7.html\n\nNr. 7 NOTA "
     "NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 18 november 2021\n\nALGEMEEN\n\nInhoudsopgave\n\n1.\n\nInleiding\n"
     "\n1\n\n1. Inleiding\n\nDeze nota naar aanleiding van het verslag heeft betrekking op het wetsvoorstel.",
     "Nota naar aanleiding van het verslag"),
])
def test_a_letter_filed_by_the_kamer_is_titled_by_its_dossier_and_subject(text: str, title: str) -> None:
    assert read_title(text, "kamerbrief", text) == title


@pytest.mark.parametrize("text, title", [
    # a lijst van vragen en antwoorden cut from its dossier's heading: its kind, never the committee's signature line
    # nor the bare `Antwoord` label (rules23 held-out probe, SZW 2015)
    ("Nr. 3 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 23 juni 2015\n\nDe vaste commissie voor "
     "Sociale Zaken en Werkgelegenheid, belast met het voorbereidend onderzoek van dit voorstel van wet, heeft de eer "
     "verslag uit te brengen in de vorm van een lijst van vragen met de daarop gegeven antwoorden.\n\nDe voorzitter van "
     "de commissie, Van den Burg\n\nDe griffier van de commissie, Post\n\nVraag 1\n\nHoe hoog is het pensioenvermogen in "
     "Nederland (verdeeld naar pensioenfondsen en verzekeraars)?\n\nAntwoord\n\nEind 2013 bedroeg het pensioenvermogen "
     "in Nederland € 1.085,7 miljard (op basis van jaarstaten 2013).",
     "Verslag houdende een lijst van vragen en antwoorden"),
    # a verslag van een schriftelijk overleg under its dossier's bare number (rules23 held-out probe, Fin 2023)
    ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2022-\n2023\n31 066\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n"
     "Vastgesteld 2 februari 2023\nDe vaste commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd "
     "aan de Staatssecretaris van Financiën over de brief van 4 november 2022 over de uitwerking beleid tegemoetkoming "
     "FSV (Kamerstuk 31 066, nr. 1131).\nDe voorzitter van de commissie,\nTielen",
     "Verslag van een schriftelijk overleg"),
])
def test_a_kamerstuk_without_its_dossier_heading_is_titled_by_its_kind(text: str, title: str) -> None:
    meta = read_metadata(Extraction(pages=(Page(1, text),), page_count=1), "lijst.txt")
    assert meta.title == title


def test_written_answers_to_a_debate_are_titled_by_their_first_line() -> None:
    """Written answers to questions asked in a begrotingsbehandeling open on their title, over each member's
    questions (rules23 held-out probe, BZ 2024): the title is that line, not the first member's heading."""
    body = ("Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van "
            "Buitenlandse Zaken op 19 november 2024\n\nGeachte voorzitter,\nHierbij treft u de schriftelijke antwoorden "
            "aan op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling Buitenlandse Zaken op 19 "
            "november jl.\nVragen van het lid Piri (GL-PvdA)\nVraag 1\nDe Kamer riep vorig jaar via de motie "
            "Piri/Veldkamp op om de voortrekkersrol te blijven spelen in het steunen van Oekraïne.")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "antwoorden.txt")
    assert meta.title == ("Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de "
                          "begrotingsbehandeling van Buitenlandse Zaken op 19 november 2024")
    # ... naming the debate's round alone (SZW 2013, probe60); a member's questions heading a letter stay its title
    body = ("Schriftelijke antwoorden eerste termijn begrotingsbehandeling SZW 2014\n\nVragen van het lid Kerstens "
            "(PvdA)\n\nVraag:\n\nWat kunnen de minister en staatssecretaris doen?\n\nAntwoord:\n\nDe rijksoverheid past "
            "social return sinds 1 juli 2011 toe.")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "antwoorden.txt")
    assert meta.title == "Schriftelijke antwoorden eerste termijn begrotingsbehandeling SZW 2014"
    body = body.replace("Schriftelijke antwoorden eerste termijn begrotingsbehandeling SZW 2014\n\n", "")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "antwoorden.txt")
    assert meta.title == "Vragen van het lid Kerstens (PvdA)"


def test_a_cover_letter_signs_above_the_answers_it_sends() -> None:
    """A cover letter sending answers to Kamervragen signs with the name over the office and no closing, the answers
    under it (rules23 held-out probe, LNV 2019)."""
    text = ("Geachte Voorzitter,\n\nHierbij doe ik u toekomen de antwoorden op de vragen van het lid Wassenberg (PvdD) "
            "over de terugkeer van de wolf in Nederland (kenmerk 2019Z00658, ingezonden 17 januari 2019).\n\n"
            "Carola Schouten\n\nMinister van Landbouw, Natuur en Voedselkwaliteit\n\n2019Z00662\n\nVragen van het lid "
            "Bromet (GroenLinks) over de berichten ‘Baas Hoge Veluwe wil wolven afschieten’ (ingezonden 17 januari "
            "2019).\n\n1\n\nBent u bekend met de artikelen?\n\nAntwoord\n\nJa.")
    assert read_sender(text, "kamervragen") == "Minister van Landbouw, Natuur en Voedselkwaliteit, Carola Schouten"


def test_a_members_questions_heading_stops_at_the_first_question_in_a_text_without_line_breaks() -> None:
    """Written answers to a debate's questions kept as one line (rules23 held-out probe, JenV 2017): the member's
    heading is the title, not the whole text."""
    body = ("Vragen van het lid Helder, L.M.J.S. (PVV) Vraag: Is de minister bereid te regelen om het geld naar het "
            "veterinair forensisch team te sturen? Antwoord: Het ministerie van EZK en mijn ministerie hebben het verzoek "
            "voor extra middelen voor het Veterinair Forensisch Team afgewezen.")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "antwoorden.txt")
    assert meta.title == "Vragen van het lid Helder, L.M.J.S. (PVV)"


def test_the_name_under_a_committees_chair_is_no_heading() -> None:
    """A committee's inbreng signed by its chair, the name on a line of its own under `De voorzitter van de
    commissie,` (rules23 probe, EZK 2020): the name is no title."""
    body = ("33529 Gaswinning\n\nNr. Inbreng verslag van een schriftelijk overleg\n\nVastgesteld\n\nDe vaste commissie "
            "voor Economische Zaken en Klimaat heeft een aantal vragen en opmerkingen aan de minister van Economische Zaken "
            "en Klimaat voorgelegd over de kabinetsbrieven Immateriële schade Groningen (Kamerstuk 33529, nr. 725).\n\n"
            "De voorzitter van de commissie,\n\nDiks\n\nAdjunct-griffier van de commissie,\n\nKruithof\n")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "inbreng.txt")
    assert meta.title not in ("Diks", "Kruithof")


def test_the_kamer_named_as_a_body_in_a_decision_is_no_addressee() -> None:
    # a Presidium decision list names the Kamer whose adviser it appoints (rules31 held-out probe, TK Presidium 2023)
    text = ("Besluitenlijst 21 december 2023\n\n • Het Presidium besluit de heer G.J.A. Hamilton per 1 januari 2024 te "
            "benoemen tot onafhankelijk adviseur integriteit van de Tweede Kamer der Staten-Generaal voor de duur van zes "
            "jaar en de Kamer hierover te informeren.\n")
    meta = read_metadata(Extraction(pages=(Page(1, text),), page_count=1), "x.txt")
    assert (meta.doc_type, meta.addressee) == ("other", None)


def test_a_saved_page_of_kamervragen_and_their_answer() -> None:
    """openkamer.org's page of questions and their answer (rules33 held-out probe, JenV 2018): the title under its own
    number, the answer's date and who answered from the header lines, the kind from `Beantwoord`."""
    page = ("Kamervraag 2018Z18893\n\nVerdwenen minderjarige asielzoekers\n\nIngediend 19 oktober 2018\n"
            "Beantwoord 13 november 2018 (na 25 dagen)\nIndiener Attje Kuiken (PvdA)\n"
            "Beantwoord door Mark Harbers (staatssecretaris justitie en veiligheid) (VVD)\n"
            "Onderwerpen burgerlijk recht immigratie migratie en integratie recht\n • Vraag 1\n"
            "  Kent u het bericht «Zorgen om verdwijnen van minderjarige asielzoekers»?1\n\n  Ja.\n")
    doc_type = read_doc_type(page, "page.txt")
    assert doc_type == "kamervragen"
    assert read_date(page, doc_type) == "2018-11-13"
    assert read_title(page, doc_type, page) == "Verdwenen minderjarige asielzoekers"
    assert read_sender(page, doc_type, None, page) == "Staatssecretaris van Justitie en Veiligheid, Mark Harbers"
    # a Kamerstuk's page headed by its number: the title on the next line (SZW 2020)
    letter = ("Kamerstuk 35483-63\n\nStand van zaken voorbereiding Wet inburgering 20..\n\nDossier: Regels over "
              "inburgering in de Nederlandse samenleving (Wet inburgering 20..)\n\nNr. 63 BRIEF VAN DE MINISTER VAN SOCIALE "
              "ZAKEN EN WERKGELEGENHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n")
    assert read_title(letter, read_doc_type(letter, "letter.txt"), letter) == (
        "Regels over inburgering in de Nederlandse samenleving (Wet inburgering 20..); Stand van zaken voorbereiding Wet "
        "inburgering 20")


def test_a_saved_page_of_kamervragen_not_yet_answered() -> None:
    """openkamer.org's page of questions without an answer (EZK 2023, all150): Kamervragen, dated when they were
    submitted, addressed to no Kamer (they go to the government); answered, the answer's date and the Tweede Kamer."""
    page = ("Kamervraag 2023Z19237\n\nDe ‘Borselse voorwaarden voor een kerncentrale’\n\nIngediend 17 november 2023\n"
            "Indiener Pieter Grinwis (CU)\nOnderwerpen energie natuur en milieu\n • Vraag 1\n  Hoe luidt uw reactie op de "
            "39 voorwaarden die de Borselse Voorwaarden Groep heeft geformuleerd?1\n")
    doc_type = read_doc_type(page, "page.txt")
    assert (doc_type, read_date(page, doc_type), read_addressee(page, doc_type)) == ("kamervragen", "2023-11-17", None)
    answered = page.replace("Ingediend 17 november 2023\n", "Ingediend 17 november 2023\nBeantwoord 8 december 2023 "
                            "(na 21 dagen)\n")
    assert (read_date(answered, doc_type), read_addressee(answered, doc_type)) == ("2023-12-08", "Tweede Kamer")


def test_a_saved_page_of_kamervragen_answered_by_a_minister_with_a_second_role() -> None:
    """A role beside the office comes first in the brackets (openkamer.org, AZ 2018, probe57): the office answers; a
    role alone names no ministry."""
    page = ("Kamervraag 2018Z07022\n\nHet informeren van de Kamer\n\nIngediend 16 april 2018\n"
            "Beantwoord 18 april 2018 (na 2 dagen)\nIndiener Bart Snels (GL)\n"
            "Beantwoord door Mark Rutte (minister-president , minister algemene zaken) (VVD)\n"
            "Onderwerpen bestuur parlement\n • Vraag 1\n  Herinnert u zich uw antwoorden?\n\n  Ja\n")
    doc_type = read_doc_type(page, "page.txt")
    assert read_sender(page, doc_type, None, page) == "Minister van Algemene Zaken, Mark Rutte"
    alone = page.replace("(minister-president , minister algemene zaken)", "(minister-president)")
    assert read_sender(alone, doc_type, None, alone) is None
    # a ministry with a diaeresis (openkamer.org, Fin 2020, probe67)
    fin = page.replace("Mark Rutte (minister-president , minister algemene zaken) (VVD)",
                       "Hans Vijlbrief (staatssecretaris financiën) (D66)")
    assert read_sender(fin, doc_type, None, fin) == "Staatssecretaris van Financiën, Hans Vijlbrief"


@pytest.mark.parametrize("text", [
    # a ministry's page of answers titled by what it is (LNV 2017, all144; LNV 2019, all150; VWS 2021, all148)
    "Antwoord op vragen van het lid De Groot over het bericht 'Veel glyfosaat in landbouwgronden: Verlenging toelating "
    "niet verstandig'\n\nPublicatiedatum:\n9 November 2017\n\n1 Bent u bekend met het onderzoek?\n\nAntwoord\nJa.\n\n"
    "Ik heb uw Kamer over de uitkomst geïnformeerd.",
    "Beantwoording Kamervragen over het ontbreken van zwemlessen voor kinderen\n\n1. Herinnert u zich uw beantwoording "
    "van 23 november 2021?\n\nAntwoord 1 Ja.",
])
def test_a_page_titled_as_answers_to_kamervragen(text: str) -> None:
    doc_type = read_doc_type(text, "page.txt")
    assert (doc_type, read_addressee(text, doc_type)) == ("kamervragen", "Tweede Kamer")


def test_a_saved_page_of_answered_kamervragen_as_plain_lines() -> None:
    """openkamer.org's page of questions and answers saved as plain lines (LNV 2019, all140; OCW 2025, IenW 2018):
    title, who asked with their party, who answered with their office, then the questions: Kamervragen, answered to
    the Tweede Kamer by that office; a letter that opens on a title and a member's name is none."""
    page = ("Het niet naleven van de wettelijke bepaling om de Wet dieren te evalueren\nEsther Ouwehand (PvdD)\n"
            "Carola Schouten (viceminister-president , minister landbouw, natuur en voedselkwaliteit) (CU)\n\n"
            "Bent u zich ervan bewust dat in artikel 10.11 van de Wet dieren is vastgelegd dat «Onze Minister binnen vijf "
            "jaar na de inwerkingtreding van deze wet aan de Staten-Generaal een verslag zendt»?1\nJa.\n")
    doc_type = read_doc_type(page, "page.txt")
    assert (doc_type, read_addressee(page, doc_type)) == ("kamervragen", "Tweede Kamer")
    assert read_sender(page, doc_type, None, page) == "Minister van Landbouw, Natuur en Voedselkwaliteit, Carola Schouten"
    assert read_title(page, doc_type, page) == "Het niet naleven van de wettelijke bepaling om de Wet dieren te evalueren"
    letter = ("Stand van zaken opvang\nMarjolein Faber (PVV)\n\nGeachte voorzitter,\n\nHierbij informeer ik uw Kamer over "
              "de opvang. Is dat voldoende?\n")
    assert read_doc_type(letter, "letter.txt") == "kamerbrief"


@pytest.mark.parametrize("text, day", [
    # a date on a line of its own among the first lines, nothing else dating the page (Fin 2011, all149; LNV 2017, all144)
    ("Rijksoverheid\n\n\n7 november 2011\n\nvoorstel van wet tot goedkeuring van het verdrag.\n\nGeachte voorzitter, "
     "Hierbij bied ik u de memorie van antwoord aan.", "2011-11-07"),
    ("Antwoord op vragen van het lid De Groot\n\nPublicatiedatum:\n9 November 2017\n2017Z31726\n", "2017-11-09"),
    # near miss: a date on its own line further down is a table's or a list's, not the page's
    ("Stand van zaken\n\nDe planning:\n\n" + "".join(f"Stap {i}\n" for i in range(8)) + "7 november 2011\n", None),
])
def test_a_bare_date_line_at_the_top_dates_the_page(text: str, day: str | None) -> None:
    assert read_date(text, "kamerbrief") == day


def test_a_paper_to_both_kamers_is_titled_by_its_dossier() -> None:
    """A paper sent to both Kamers carries the Eerste Kamer's letter and the Tweede Kamer's number (a voorhang of IenW
    2020, all143): its heading is still the Kamerstuk's, under its dossier."""
    page = ("30 872 Landelijk afvalbeheerplan\n\nH/ Nr. 244 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT\n\n"
            "Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal ontvangen op 24 april 2020.\n")
    assert read_title(page, read_doc_type(page, "page.txt"), page) == "Landelijk afvalbeheerplan"


def test_a_paper_as_parlementairemonitor_shows_it() -> None:
    """parlementairemonitor.nl's page of a Kamerstuk (EK 2019, all137 and all135): the dossier's title over one line of
    dossier, paper number and kind, after the site's own lines. A letter is titled by its dossier; a committee's report
    is no letter, titled by dossier and kind as the Kamer's register cites it."""
    head = "Direct naar (in deze pagina): inhoud, zoekveld of menu.\n\n  • Download PDF\n\n"
    letter = (head + "Incidentele suppletoire begroting BZK inzake Klimaat enveloppe regeerakkoord\n\n34902 G BRIEF VAN DE "
              "MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\nVergaderjaar 2018-2019\n\nG\n\nAan de Voorzitter van "
              "de Eerste Kamer der Staten-Generaal\n\nDen Haag, 21 februari 2019\n\nTijdens de behandeling heeft de senator "
              "gevraagd om een toelichting.\n")
    doc_type = read_doc_type(letter, "page.txt")
    assert (doc_type, read_title(letter, doc_type, letter)) == (
        "kamerbrief", "Incidentele suppletoire begroting BZK inzake Klimaat enveloppe regeerakkoord")
    report = (head + "Vaststelling begroting Ministerie van Onderwijs, Cultuur en Wetenschap 2019\n\n35000 VIII D VERSLAG VAN "
              "EEN SCHRIFTELIJK OVERLEG\n\nVergaderjaar 2019-2020\n\nD\n\nVastgesteld 23 september 2019\n\nDe Voorzitter van de "
              "Eerste Kamer der Staten-Generaal heeft brieven gestuurd aan de Minister.\n")
    doc_type = read_doc_type(report, "page.txt")
    assert (doc_type, read_title(report, doc_type, report)) == (
        "other", "Vaststelling begroting Ministerie van Onderwijs, Cultuur en Wetenschap 2019; Verslag van een schriftelijk "
                 "overleg")


def test_a_letter_without_a_subject_is_titled_by_the_paper_it_offers() -> None:
    """A Kamerstuk's letter without a subject line (Fin 2021, all142) names what it sends in its offer, better than the
    headings of its parts; without an offer its headings still title it."""
    letter = ("Nr. 45 BRIEF VAN DE STAATSSECRETARISSEN VAN FINANCIËN\n\nAan de Voorzitter van de Tweede Kamer der "
              "Staten-Generaal\n\nDen Haag, 23 april 2021\n\nHierbij bieden wij uw Kamer de Voorjaarsbrief fiscale moties "
              "en toezeggingen 2021 aan.\n\nAfgedane moties en toezeggingen\n\nDe motie van het lid Omtzigt is "
              "afgedaan.\n\nKetenplannen\n\nDe ketenplannen volgen.\n")
    assert read_title(letter, "kamerbrief", letter) == "Voorjaarsbrief fiscale moties en toezeggingen 2021"
    plain = letter.replace("Hierbij bieden wij uw Kamer de Voorjaarsbrief fiscale moties en toezeggingen 2021 aan.",
                           "Deze brief gaat over de fiscale moties.")
    assert read_title(plain, "kamerbrief", plain) == "Afgedane moties en toezeggingen en Ketenplannen"


def test_the_eerste_kamers_record_of_a_promise_is_titled_by_the_promise() -> None:
    """The EK's record of a promise opens on its number, then the promise with the bill's dossier (EK 2020, all148;
    EK 2017, all150): the promise names the page, its number does not."""
    page = ("T02844\n\nToezegging Evaluatie wet (35.424)De Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de "
            "Kamer, naar aanleiding van vragen van de leden Ganzevoort (GroenLinks) en Verkerk (ChristenUnie), toe al tijdens "
            "de looptijd van de wet een evaluatie uit te voeren en deze met de Kamers te delen.\n\n\nKerngegevens\n")
    assert read_title(page, read_doc_type(page, "page.txt"), page) == "Toezegging Evaluatie wet (35.424)"


def test_a_saved_list_of_answered_kamervragen() -> None:
    """openkamer.org's list of answered questions (probe57: JenV 2025, IenW 2025): the title cell is the title, the
    kind is kamervragen; a table of another kind (cells on one line) is neither."""
    page = ("Het dodelijke bedrijfsongeval van spoorwerker Murat Kumas en het gebrek aan communicatie richting de "
            "nabestaanden |\n|\nIsmail El Abassi (DENK) |\n|\nThierry Aartsen (VVD) |\n|\n|\n|\n|\n"
            "Bent u bekend met het bericht «Spoorwerker Murat (47) zou eigenlijk vrij zijn»?1\nJa, daar ben ik bekend mee.\n")
    doc_type = read_doc_type(page, "page.txt")
    assert doc_type == "kamervragen"
    assert read_title(page, doc_type, page) == ("Het dodelijke bedrijfsongeval van spoorwerker Murat Kumas en het gebrek "
                                                "aan communicatie richting de nabestaanden")
    table = "Ingediend | 11 december 2024 |\n---|---|\nOnderwerpen | bestuur |\nKlopt het dat dit zo is?\nJa.\n"
    assert LISTED_ANSWERS_HEAD.match(table) is None
    # who answered: the cell after who asked, with the office (VWS 2017, EZK 2019, probe60); a bare office names none
    assert read_sender(page, doc_type, None, page) is None
    listed = ("Het promoten van onbeperkt zonnen |\n|\nAnne Kuik (CDA) |\n|\nPaul Blokhuis (staatssecretaris "
              "volksgezondheid, welzijn en sport) (CU) |\n|\n![]() |\nHeeft u kennisgenomen van de komst van een "
              "zonnebankketen?1\nJa.\n")
    assert read_sender(listed, "kamervragen", None, listed) == ("Staatssecretaris van Volksgezondheid, Welzijn en Sport, "
                                                                "Paul Blokhuis")
    two = listed.replace("Paul Blokhuis (staatssecretaris volksgezondheid, welzijn en sport) (CU)",
                         "Sophie Hermans (minister klimaat en groene groei, minister infrastructuur en waterstaat) (VVD), "
                         "Mona Keijzer (minister volkshuisvesting en ruimtelijke ordening) (BBB)")
    assert read_sender(two, "kamervragen", None, two) == "Minister van Klimaat en Groene Groei, Sophie Hermans"
    listed = listed.replace("Paul Blokhuis (staatssecretaris volksgezondheid, welzijn en sport)",
                            "Caspar Veldkamp (minister )")
    assert read_sender(listed, "kamervragen", None, listed) is None


def test_a_saved_page_of_kamervragen_as_a_table() -> None:
    """The same header as a table row, label cell `|` date cell (openkamer.org, AZ 2025, dead51 probe): the answer's
    date, not the question's."""
    page = ("Ingediend | 11 december 2024 |\n---|---|\nBeantwoord | 22 januari 2025 (na 42 dagen) |\n"
            "Indieners | Don Ceder (CU), Marieke Koekkoek (D66), Anne-Marijke Podt (D66), Kati Piri (PvdA) |\n"
            "Beantwoord door | Schoof , Struycken , Marjolein Faber (PVV), Judith Uitermark (NSC) |\n"
            "Onderwerpen | bestuur rijksoverheid |\nJa.\n")
    doc_type = read_doc_type(page, "page.txt")
    assert doc_type == "kamervragen"
    assert read_date(page, doc_type) == "2025-01-22"


def test_a_saved_tweede_kamer_page_of_a_letter() -> None:
    """A saved page of a government letter (rules33 held-out probe, JenV 2024): the register line dates the letter
    where the letter states no date."""
    page = ("[overzicht] [activiteiten] [toezeggingen] [stemmingen]\n\nVerzamelbrief opvang Oekraïne\n\nBrief regering\n\n"
            "Nummer: 2024D51943, datum: 2024-12-20, bijgewerkt: 2024-12-20 17:20, versie: 1\n\n"
            "Inleiding\n\nSinds de inval van Rusland in Oekraïne in februari 2022 zijn miljoenen Oekraïners gedwongen "
            "geweest te vluchten. Daarnaast informeer ik uw Kamer over reizen binnen en naar het Schengengebied.\n")
    doc_type = read_doc_type(page, "page.txt")
    assert read_date(page, doc_type) == "2024-12-20"
    assert read_date("Den Haag, 17 december 2024\n\nNummer: 2024D51943, datum: 2024-12-20", "kamerbrief") == "2024-12-17"


@pytest.mark.parametrize("page, title", [
    # the subject over the dossier's name, the kind and the register line; the Kamerstuk's heading below names only the
    # dossier (JenV 2024, rules38 probe)
    ("Voortgang maatregelen strafrechtketen\nRechtsstaat en Rechtsorde\nBrief regering\nNummer: 2024D34636, datum: "
     "2024-09-23, bijgewerkt: 2024-11-11 16:08, versie: 3\nDirecte link naar document (.pdf), link naar pagina op de "
     "Tweede Kamer site, officiële HTML versie (kst-29279-874).\nPreview document (🔗 origineel)\n29 279 Rechtsstaat en "
     "Rechtsorde\nNr. 874 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\nAan de Voorzitter van "
     "de Tweede Kamer der Staten-Generaal\nDen Haag, 23 september 2024\n",
     "Rechtsstaat en Rechtsorde; Voortgang maatregelen strafrechtketen"),
    # under the site's menu, in paragraphs of their own (JenV and VRO 2023)
    ("[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies]\n\nBeleidsreactie Adviesraad "
     "Migratie \"Een huis voor statushouders\"\n\nIntegrale visie op de woningmarkt\n\nBrief regering\n\nNummer: "
     "2023D04025, datum: 2023-01-24, bijgewerkt: 2024-02-19 10:56, versie: 4\n\n32 847 Integrale visie op de "
     "woningmarkt\n\n19 637 Vreemdelingenbeleid\n\nNr. 994 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID "
     "EN DE MINISTER VOOR VOLKSHUISVESTING EN RUIMTELIJKE ORDENING\n\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n", 'Integrale visie op de woningmarkt; Beleidsreactie Adviesraad Migratie "Een huis voor '
     'statushouders"'),
    # a committee's paper, no dossier line needed (the Tweede Kamer committee for Asiel en Migratie, 2025)
    ("Verslag van een schriftelijk overleg over o.a. de geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 "
     "(Kamerstuk 32317-973)\nJBZ-Raad\nVerslag van een schriftelijk overleg\nNummer: 2025D43823, datum: 2025-10-08, "
     "bijgewerkt: 2025-10-13 09:46, versie: 2 (versie 1)\n32 317 JBZ-Raad\nNr. 974 Verslag van een schriftelijk "
     "overleg\nVastgesteld 8 oktober 2025\n", "Verslag van een schriftelijk overleg over o.a. de geannoteerde agenda "
     "van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32317-973)"),
])
def test_a_saved_tweede_kamer_page_is_titled_by_its_dossier_and_subject(page: str, title: str) -> None:
    assert read_title(page, read_doc_type(page, "page.txt"), page) == title


def test_a_meeting_page_and_a_ruling_are_dated_and_titled() -> None:
    """The Tweede Kamer's page of a committee meeting (contactgroep België 2013) is titled by its kind and the meeting's
    name, not by the page's own words, and dated on the line over its hours; a ruling names its date under its
    label (RvS 2018, rules47 probe)."""
    page = ("Procedurevergadering : Procedurevergadering\n\nDe vergadering is geweest\n\n13 maart 2013\n17:00 - 17:30 uur\n"
            "Locatie: Suze Groenewegzaal\nCommissie: contactgroep België\n\nAgendapunten\n\n  1. 1\n\n    Status en "
            "activiteiten van de contactgroep")
    assert read_title(page, "other", page) == "Procedurevergadering"
    assert read_date(page, "other") == "2013-03-13"
    # the page's line as it shows it where the name is not the kind again (OCW 2019, all146), the name alone where it
    # opens on the kind (EZK 2019, all130)
    named = page.replace("Procedurevergadering : Procedurevergadering", "Procedurevergadering : Procedures en brieven")
    assert read_title(named, "other", named) == "Procedurevergadering : Procedures en brieven"
    mail = page.replace("Procedurevergadering : Procedurevergadering",
                        "E-mailprocedure : [E-mailprocedure] Aanbod technische briefings door EZK")
    assert read_title(mail, "other", mail) == "[E-mailprocedure] Aanbod technische briefings door EZK"
    # an e-mailprocedure's page: the date over the hour the answers are due (TK Defensie 2015, probe60)
    page = ("E-mailprocedure : Annuleren algemeen overleg chroomhoudende verf i.v.m. plenair debat\n\nDe vergadering is "
            "geweest\n\n29 mei 2015\n16:00 uur\nCommissie: Defensie\nBeste (plv.) leden van de vaste commissie voor Defensie,")
    assert read_date(page, "other") == "2015-05-29"
    # near miss: a date over a clock time that is no hour of a meeting (`16:00` without `uur`) dates nothing so (a bare
    # date line at the top dates the page, by the last fallback)
    assert metadata.MEETING_DATE.search("Notitie\n\n29 mei 2015\n16:00\nDe stukken") is None
    assert read_date("Uitspraak 201702570/1/A3\n\n201702570/1/A3.\nDatum uitspraak: 4 april 2018\n\nAFDELING\n"
                     "BESTUURSRECHTSPRAAK", "other") == "2018-04-04"


@pytest.mark.parametrize("text, sender", [
    # probe69: a committee's report of a written consultation, and the members' input to it (TK LVVN 2025, IenW 2023);
    # a clerk's mail signed with the committee's name (TK BiZa 2016)
    ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld 23 oktober 2025\nDe vaste commissie voor Landbouw, Visserij, "
     "Voedselzekerheid en Natuur heeft een aantal\nvragen en opmerkingen voorgelegd aan de Minister",
     "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur"),
    ("2023D06019 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nBinnen de vaste commissie voor Infrastructuur en "
     "Waterstaat hebben verschillende fracties\nde behoefte om vragen", "vaste commissie voor Infrastructuur en Waterstaat"),
    ("Geachte leden van de commissie Binnenlandse Zaken,\n\nIk verzoek u kenbaar te maken of u kunt instemmen.\n\nMet "
     "vriendelijke groet,\nAnke Jansen\nCommissieassistent\nVaste commissie voor Binnenlandse Zaken\n",
     "vaste commissie voor Binnenlandse Zaken"),
    ("LIJST VAN VRAGEN EN ANTWOORDEN\nVastgesteld 15 november 2016\nDe vaste commissie voor Buitenlandse Zaken, belast "
     "met het voorbereidend onderzoek van dit voorstel van wet, heeft de navolgende vragen",
     "vaste commissie voor Buitenlandse Zaken"),
    # a footnote marker glued inside the name, the chamber after it (an EK verslag of 2025, probe79); a name's own number
    # stays (constructed negative)
    ("Vastgesteld 10 januari 2025\nDe vaste commissie voor Immigratie en Asiel/JBZ-Raad1 van de Eerste Kamer der "
     "Staten-Generaal heeft kennisgenomen van de Staat van Migratie 2024.",
     "vaste commissie voor Immigratie en Asiel/JBZ-Raad van de Eerste Kamer der Staten-Generaal"),
    ("Vastgesteld 10 januari 2025\nDe vaste commissie voor de G20 top heeft kennisgenomen van de agenda.",
     "vaste commissie voor de G20 top"),
    # near miss: the committee named inside a sentence sends nothing
    ("Notitie\n\nHet kabinet heeft de vaste commissie voor Financiën hierover geïnformeerd.", None),
])
def test_a_committees_report_or_mail_is_sent_by_the_committee(text: str, sender: str | None) -> None:
    assert read_sender(text, "other") == sender


@pytest.mark.parametrize("text, sender", [
    # an unsigned list of decisions or meeting page: the committee it names as its own (rules47 probe)
    ("Besluitenlijst van de procedurevergadering van donderdag 28 mei 2015\n\nGepubliceerd: 28 mei 2015\n"
     "Voortouwcommissie: vaste commissie voor Defensie\n\nZaak: Brief regering", "vaste commissie voor Defensie"),
    ("Procedurevergadering : Procedurevergadering\n\n23 april 2020\n14:00 - 15:00 uur\nLocatie: Tilanuskamer\n"
     "Commissie: Infrastructuur en Waterstaat\n", "vaste commissie voor Infrastructuur en Waterstaat"),
    ("Korte aantekeningen vergadering commissies Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en "
     "Huis van de Koning (BZK/AZ) en Koninkrijksrelaties (KOREL) van 18 februari 2014\n1. Kiescollege BES\n",
     "commissies Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning (BZK/AZ) en "
     "Koninkrijksrelaties (KOREL)"),
])
def test_a_committees_list_is_sent_by_the_committee(text: str, sender: str) -> None:
    assert read_sender(text, "other") == sender


def test_a_saved_register_page_names_its_signers() -> None:
    """A saved page of the Tweede Kamer's register without the letter's heading or signature: its signer lines name
    the sender, the first and those with them (berthub.eu 2024, probe52 held-out); a committee's chair signs no letter."""
    page = ("Verslag JBZ-Raad 13 en 14 juni 2024\nJBZ-Raad\nBrief regering\nNummer: 2024D26493, datum: 2024-06-21\n"
            "Gerelateerde personen:- Eerste ondertekenaar: D. Yesilgöz-Zegerius, minister van Justitie en Veiligheid (VVD)\n"
            "- Mede ondertekenaar: F.M. Weerwind, minister voor Rechtsbescherming\n- Verslag JBZ-Raad 13 en 14 juni 2024\n")
    assert read_sender(page, "kamerbrief") == ("Minister van Justitie en Veiligheid, D. Yesilgöz-Zegerius, en Minister voor "
                                              "Rechtsbescherming, F.M. Weerwind")
    chair = ("Verslag van een schriftelijk overleg\nGerelateerde personen:- Eerste ondertekenaar: J.A. Vijlbrief, voorzitter "
             "van de vaste commissie voor Asiel en Migratie (D66)\n")
    assert read_sender(chair, "kamerbrief") is None


def test_a_saved_register_page_of_a_government_letter_is_to_the_tweede_kamer() -> None:
    """The Tweede Kamer's register files a `Brief regering` to it, though the saved page stops before the letter's own
    `Aan` line (berthub.eu 2024, probe52 held-out); the words in a sentence are no register label."""
    page = "Verslag JBZ-Raad 13 en 14 juni 2024\nJBZ-Raad\nBrief regering\nNummer: 2024D26493, datum: 2024-06-21\n"
    assert read_addressee(page, "kamerbrief") == "Tweede Kamer"
    assert read_addressee("Het overzicht noemt elke brief regering over dit onderwerp.\n", "kamerbrief") is None


def test_a_letter_of_the_kamers_voorzitter_to_its_members() -> None:
    # probe53 (EK 2017): the Voorzitter writes to the Kamer's own members; a minister's letter to the Voorzitter is the
    # minister's (negative row)
    body = ("CXXIV Verslag van de Tijdelijke Commissie Werkwijze Eerste Kamer\n\nG BRIEF VAN DE VOORZITTER VAN DE EERSTE "
            "KAMER DER STATEN-GENERAAL\n\nAan de leden\n\nDen Haag, 5 december 2017\n\nMet inachtneming van het "
            "bepaalde in de artikelen 157 en 158 zend ik u hiermee een voorstel toe.\n\nNamens de Huishoudelijke "
            "Commissie van de Eerste Kamer,\n\nDe voorzitter, A. Broekers-Knol\n")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "x.txt")
    assert (meta.sender, meta.addressee) == ("Voorzitter van de Eerste Kamer, A. Broekers-Knol", "Eerste Kamer")
    letter = ("CII Nota «Bestuur in samenhang.»\n\nG BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN "
              "KONINKRIJKSRELATIES\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 25 "
              "september 2013\n\nVia deze brief laat ik U weten dat ik de informatie zal toesturen.\n")
    meta = read_metadata(Extraction(pages=(Page(1, letter),), page_count=1), "y.txt")
    assert meta.sender == "Minister van Binnenlandse Zaken en Koninkrijksrelaties"


def test_subject_of_a_letterhead_flattened_into_one_line() -> None:
    # probe53 (VWS 2015, a docplayer.nl transcript): the subject after the date, up to the next label; a sentence that
    # speaks of a date and a subject is none (negative row)
    body = ("De Voorzitter van de Tweede Kamer der Staten-Generaal Postbus EA DEN HAAG. Datum 30 juni 2015 Betreft "
            "Budgetpolissen en risicoselectie\n\nTranscriptie\n\n1 > Retouradres Postbus EJ Den Haag Kenmerk Z Datum 30 "
            "juni 2015 Betreft Budgetpolissen en risicoselectie Correspondentie uitsluitend richten aan het retouradres. "
            "Geachte voorzitter, Met mijn brief van 2 december jl. heb ik de NZa verzocht.")
    meta = read_metadata(Extraction(pages=(Page(1, body),), page_count=1), "x.txt")
    assert meta.title == "Budgetpolissen en risicoselectie"
    assert read_title("Op de datum 3 mei 2015 betreft het overleg de begroting.\n", "kamerbrief",
                      "Op de datum 3 mei 2015 betreft het overleg de begroting.\n") != "de begroting"


def test_a_committees_report_on_a_bill_with_a_table_of_contents_is_no_dossier() -> None:
    # probe53 (VWS 2018): `Nr. 5 VERSLAG` over `Inhoudsopgave`; an introductiedossier stays a dossier (negative row)
    text = ("34 971 Wijziging van de Zorgverzekeringswet (verzekerdeninvloed Zvw)\n\nNr. 5 VERSLAG\n\nVastgesteld 6 "
            "september 2018\n\nInhoudsopgave\n\nblz.\n\nAlgemeen\n\n1\n")
    assert read_doc_type(text, "x.txt") == "other"
    assert read_doc_type("Introductiedossier Migratie\n\nInhoud\n\n1. Inleiding\n", "x.txt") == "dossier"


def test_a_register_pages_kenmerk_line_naming_the_kamerstuk_is_no_kenmerk() -> None:
    # probe53 (parlementairemonitor.nl, EK 2020): `Kenmerk 35099, nr. D` is the paper's own number; a sidebar's
    # `Kenmerk 2020-0000123456` stays (negative row)
    assert read_kenmerk("Nummer KST35099D\nKenmerk 35099, nr. D\nExterne link origineel bericht\n") is None
    # probe81: a paper of two joint dossiers (EK 2024)
    assert read_kenmerk("Nummer KST1145521\nKenmerk 33826; 33992, nr. C\nExterne link origineel bericht\n") is None
    assert read_kenmerk("Kenmerk 2020-0000123456\nBijlage(n) 1\n") == "2020-0000123456"


def test_a_subject_line_running_on_into_the_letters_opening() -> None:
    # probe60 (Defensie 2004, an opennieuwsbank.nl transcript): the subject up to the opening `Hierbij ...`; a subject
    # that holds the word inside stays whole (negative row)
    text = ("Datum 25 november 2004\nOns kenmerk D2004004249\nOnderwerp Schriftelijke beantwoording vragen "
            "begrotingsbehandeling Hierbij bied ik u de schriftelijke antwoorden aan op vragen die zijn gesteld.\n")
    assert read_title(text, "kamerbrief", text) == "Schriftelijke beantwoording vragen begrotingsbehandeling"
    assert read_title(text, "kamerbrief", text, text) == "Schriftelijke beantwoording vragen begrotingsbehandeling"
    text = "Onderwerp Reactie op de hierbij gevoegde motie\n\nGeachte voorzitter,\n"
    assert read_title(text, "kamerbrief", text) == "Reactie op de hierbij gevoegde motie"
    assert read_title(text, "kamerbrief", text, text) == "Reactie op de hierbij gevoegde motie"


def test_a_news_archive_page_of_a_kamerstuk() -> None:
    """opennieuwsbank.nl's page of a letter (BZ 2009, probe59): publisher, title, then a register line of the date and
    kind (`11-03-2009 | Kamerstuk | ...`): the title over the register line, its date, a letter to the Kamer."""
    page = ("Ministerie van Buitenlandse Zaken\n\nKamerbrief inake aanvullende informatie over de Geannoteerde agenda van "
            "de RAZEB van 16 en 17 maart 2009\n\n11-03-2009 | Kamerstuk | Nederlands Ministerie van Buitenlandse Zaken\n\n"
            "Graag bieden wij u hierbij de aanvullende informatie op de geannoteerde agenda aan van de Raad Algemene Zaken "
            "en Externe Betrekkingen van 16 en 17 maart 2009.\n")
    doc_type = read_doc_type(page, "page.txt")
    assert doc_type == "kamerbrief"
    assert read_date(page, doc_type) == "2009-03-11"
    assert read_title(page, doc_type, page) == ("Kamerbrief inake aanvullende informatie over de Geannoteerde agenda van "
                                                "de RAZEB van 16 en 17 maart 2009")
    # a date in a cell of a register that names no Kamerstuk dates nothing
    assert read_date("Ministerie\n\n11-03-2009 | Persbericht | Nederlands Ministerie\n", "other") is None


def test_a_letterhead_of_labels_over_their_values(tmp_path) -> None:
    """fix63: a letterhead printed as a table, its labels in one row and their values in the next (`Datum Kenmerk
    Onderwerp` / `16 september 2003 03M459859 Notitie: ...`, AZ 2003 as a news archive copied it, probe59 held-out):
    date, kenmerk and subject from the value row, and both rows are letterhead, not body (the date is no deadline)."""
    from ingest.extract.text import extract_text
    from ingest.structure.metadata import read_metadata
    path = tmp_path / "az.txt"
    path.write_text("Aan de Voorzitter van de\nPostadres Tweede Kamer der Staten-Generaal\nPostbus 20001 Plein 2\n"
                    "Datum Kenmerk Onderwerp\n16 september 2003 03M459859 Notitie: Positie van het Kabinet der Koningin.\n"
                    "Hierbij bied ik u, mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties, een\n"
                    "notitie aan over de positie van het Kabinet der Koningin.\n", encoding="utf-8")
    extraction = extract_text(path)
    metadata = read_metadata(extraction, "az.txt")
    assert (metadata.date, metadata.kenmerk) == ("2003-09-16", "03M459859")
    assert metadata.title == "Notitie: Positie van het Kabinet der Koningin"
    assert "16 september 2003" not in extraction.pages[0].text
    assert extraction.pages[0].text.startswith("Hierbij bied ik u")
    # a row of labels whose next line holds no date and code is left to the other rules
    assert read_kenmerk("Datum Kenmerk Onderwerp\nzie hieronder\n") is None


def test_a_saved_page_with_only_one_word_headings_is_titled_by_its_dossier_or_heading() -> None:
    """fix63: an openkamer.org page without its title line (BZK 2010, probe58): a one-word section heading (`Onderzoek`)
    is no title; the letter's own heading is, or the page's `Dossier:` line where it has one."""
    page = ("Gepubliceerd: 28 mei 2010\nBron: https://zoek.officielebekendmakingen.nl/kst-32123-XVIII-75.html\n\n"
            "Nr. 75 BRIEF VAN DE MINISTER VOOR WONEN, WIJKEN EN INTEGRATIE\n\nDen Haag, 28 mei 2010\n\n"
            "Met deze brief bied ik u het onderzoeksrapport aan.\n\nOnderzoek\nHet onderzoek is uitgevoerd door ABF.\n")
    assert read_title(page, "kamerbrief", page) == "Brief van de minister voor wonen, wijken en integratie"
    dossier = "Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2010\n\n" + page
    assert read_title(dossier, "kamerbrief", dossier) == ("Vaststelling van de begrotingsstaten van het Ministerie van "
                                                          "Defensie (X) voor het jaar 2010")
    # a heading of more words still titles it
    longer = page.replace("\nOnderzoek\n", "\nOnderzoek naar kamerbemiddeling\n")
    assert read_title(longer, "kamerbrief", longer) == "Onderzoek naar kamerbemiddeling"


@pytest.mark.parametrize("head, addressee", [
    # a letter to both Kamers names both chairs in its address block: the one named first (pdf65 probe)
    ("> Retouradres Postbus 20401 2500 EK Den Haag\nDe Voorzitter van de Tweede Kamer der Staten-Generaal\n"
     "De Voorzitter van de Eerste Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\nGeachte Voorzitter,",
     "Tweede Kamer"),
    ("Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n\nDen Haag, 1 april 2019", "Eerste Kamer"),
    # (one chair in the address block, the other Kamer in a sentence: no address line, the cues decide as before)
    ("De Voorzitter van de Eerste Kamer der Staten-Generaal\n\nGeachte voorzitter,\n\nDe voorzitter van de Tweede "
     "Kamer heeft mij gevraagd ...", "Eerste Kamer"),
])
def test_a_letter_to_both_kamers_goes_to_the_first_named(head: str, addressee: str) -> None:
    assert read_addressee(head, "kamerbrief") == addressee
