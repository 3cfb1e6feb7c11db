"""Document metadata read from the document itself: title, date, type, addressee, sender, kenmerk.

Everything is looked for in the first page's margin (letterhead sidebar, Kamer header) and body,
and the signature on the last page. The tables below are the cues, in the domain's words.
"""
from __future__ import annotations

import itertools
import re

import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from ingest.dutch.letterhead import DATE_VALUE, KENMERK_VALUE, LABEL_ROW, VALUE_ROW
from ingest.dutch.months import MONTH_NAMES, iso, misread_month, parse_dutch_date
from ingest.dutch.register import SIGNER_LABEL
from ingest.dutch.papers import PAGE_TITLE_KINDS
from ingest.dutch.titlecase import title_case
from ingest.dutch.whitespace import collapse
from ingest.records import DocType, Extraction, body_text

log = logging.getLogger(__name__)

# Where a document's kind is written: at the start of a line (a header, a title), not in a sentence
# that mentions another document (`... beantwoord ik tevens de vragen van het lid Podt`).
WOB_WOO_LAW = re.compile(r"\b(?:Wob|Woo|Wet openbaarheid (?:van )?bestuur|Wet open overheid)\b")
# How to file a request, in general: `Hoe doe ik een Woo-verzoek?`, `U kunt ... een Wob-verzoek indienen`, `door een
# Woo-verzoek te doen`
GUIDE_TO_REQUESTS = re.compile(r"\bHoe\s+(?:doe|dien)\s+(?:ik|je|u)\s+een\s+(?:Wob|Woo)-verzoek\b|"
                               r"\b(?:[Uu]|[Jj]e)\s+kunt\s+(?:\w+\s+){0,3}?een\s+(?:Wob|Woo)-verzoek\s+(?:doen|indienen)\b|"
                               r"\bdoor\s+een\s+(?:Wob|Woo)-verzoek\s+(?:te\s+doen|in\s+te\s+dienen)\b")
NO_SALUTATION = re.compile(r"\A(?![\s\S]*^[ \t]*Geachte\b)", re.M)
# openkamer.org's list of answered questions opens on its title cell, then who asked: each a line ended by ` |` over a
# line holding `|` alone (`Het dodelijke bedrijfsongeval van spoorwerker ... |` / `|` / `Ismail El Abassi (DENK) |` / `|`)
LISTED_ANSWERS_HEAD = re.compile(r"\A\s*(?P<title>[^\s|][^\n|]{4,300}?)[ \t]*\|[ \t]*\n[ \t]*\|[ \t]*\n"
                                 r"[ \t]*[A-Z][^\n|]{2,300}\|[ \t]*\n[ \t]*\|[ \t]*\n")
# who answered Kamervragen as openkamer.org names them: a person, then office and ministry in lower case in brackets
# (`Mark Harbers (staatssecretaris justitie en veiligheid) (VVD)`)
# (a ministry of three words is named with its comma: `(staatssecretaris volksgezondheid, welzijn en sport)`; a second
# office after the comma is left out: `Sophie Hermans (minister klimaat en groene groei, minister infrastructuur en
# waterstaat) (VVD)`, KGG 2025)
OFFICE_WORD = r"(?:minister|staatssecretaris)"
# (a ministry's words in lower case may carry a diaeresis: `Hans Vijlbrief (staatssecretaris financiën) (D66)`,
# Fin 2020, probe67)
LOWER_CHARS = "a-zäëïöüéè"
LOWER = f"[{LOWER_CHARS}]"
ANSWERING_OFFICE = (rf"(?P<person>[A-Z][^(),\n|]+?)[ \t]*\((?:[a-z][a-z-]+[ \t]*,[ \t]*)?(?P<office>{OFFICE_WORD})[ \t]+"
                    rf"(?P<ministry>{LOWER}[{LOWER_CHARS} ]+?(?:,[ \t]*(?!{OFFICE_WORD}\b){LOWER}[{LOWER_CHARS} ]+?)*)"
                    rf"(?:[ \t]*,[ \t]*{OFFICE_WORD}\b[^)\n]*)?[ \t]*\)")
# ... or the same page saved as plain lines: its title, who asked with their party, who answered with their office, then
# the questions with their answers (`Het niet naleven van de wettelijke bepaling om de Wet dieren te evalueren` /
# `Esther Ouwehand (PvdD)` / `Carola Schouten (viceminister-president , minister landbouw, natuur en voedselkwaliteit)
# (CU)`, LNV 2019, all140; OCW 2025, IenW 2018)
ANSWERS_HEAD_LINES = re.compile(r"\A\s*(?P<title>[^\s|][^\n|]{4,300})\n[ \t]*[A-Z][^\n|()]{2,80}\([^()\n|]{2,20}\)[^\n|]*\n"
                                r"[ \t]*" + ANSWERING_OFFICE)
# the dossier's number a heading may open on before the paper's (`35000 VIII D VERSLAG ...`, parlementairemonitor.nl)
HEADING_DOSSIER = r"(?:\d{2}\s?\d{3}(?:\s+[IVXLC]{1,6})?\s+)?"
QUESTION_LINE = re.compile(r"^[^\n]{10,}\?[\d, ]*$", re.M)   # a question on a line of its own, its footnote digits after it
# openkamer.org's page of Kamervragen opens on its header with the questions' case number: `Kamervraag 2023Z19237`
KAMERVRAAG_PAGE = re.compile(r"\A\s*Kamervraag[ \t]+(?:19|20)\d{2}Z\d{4,5}[ \t]*$", re.M)
# (document type, cues on the first page that must all be found), first match wins.
# a news archive's register line of a Kamerstuk, its date and kind as cells: `11-03-2009 | Kamerstuk | Nederlands
# Ministerie van Buitenlandse Zaken` (opennieuwsbank.nl, probe59)
ARCHIVE_REGISTER = r"[ \t]*(\d{2}-\d{2}-(?:19|20)\d{2})[ \t]*\|[ \t]*Kamerstuk[ \t]*\|"
ARCHIVE_DATE = re.compile(rf"^{ARCHIVE_REGISTER}", re.M)
# the opening of the written answers to questions asked in a debate (`Schriftelijke antwoorden op vragen gesteld tijdens
# de eerste termijn van de begrotingsbehandeling ...`, DEBATE_ANSWERS_TITLE)
DEBATE_ANSWERS = (r"(?:[Ss]chriftelijke\s+)?(?:[Aa]ntwoorden|[Bb]eantwoording)\s+(?:op\s+(?:de\s+)?vragen,?\s+gesteld\s+"
                  r"(?:tijdens|bij|in)\b|(?:eerste|tweede)\s+termijn\b)")
DOC_TYPE_CUES: list[tuple[str, tuple[re.Pattern, ...]]] = [
    # the government's written answers to the questions members asked in a plenary debate are a letter to the Kamer,
    # not answers to Kamervragen (written questions), though they group the answers under `Vragen van het lid Piri`
    # (BZ 2026, OCW 2024, OCW 2012: all three labellers of the fresh sets that met one)
    # (under lines without a word, a table's rule `|---|` of a saved page)
    ("kamerbrief", (re.compile(rf"\A(?:[^\w\n]*\n)*\s*{DEBATE_ANSWERS}"),)),
    # (a motie's heading before any letter's opening: a letter reporting on motions heads its annex's parts
    # `Motie van het lid Paulusma over ...` after its own `Nr. 160 BRIEF VAN ...` / `Aan de Voorzitter van ...`)
    # (the heading's capital is its own: a letter's sentence wrapped onto a line `motie van het lid De Kort het kabinet
    # verzocht ...` is no heading, pdf49 probe)
    ("motie", (re.compile(r"\A(?:(?!^\s*(?:Nr\.\s*\d+\s+)?Brief van\b|^\s*Aan de Voorzitter van\b)[\s\S])*?"
                          r"^\s*(?:Nr\.\s*\d+\s+)?(?-i:(?:Nader gewijzigde|Gewijzigde) motie|(?:NADER GEWIJZIGDE |GEWIJZIGDE )?MOTIE|Motie)"
                          r" van (het lid|de leden)\b", re.M | re.I),)),
    # (or a motie page that opens on the motion's text without a heading naming its members, signed under its closing
    # formula: `Voorgesteld 23 november 2022` / `De Kamer,` / `gehoord de beraadslaging,` ... `en gaat over tot de orde
    # van de dag.` / `Kröger` / `Thijssen`, EZK 2022; `Motie over een brief over ...` over its twelve signatories, the
    # Partij voor de Dieren's page, LNV 2022, mot119 pool); never the Handelingen, where the chair speaks under a motion,
    # nor a letter that quotes a motion after its salutation
    ("motie", (re.compile(r"\A(?:(?!^\s*(?:Nr\.\s*\d+\s+)?Brief van\b|^\s*Aan de Voorzitter van\b|^\s*Aan de orde\b|^\s*Geachte\b)[\s\S])*?"
                          r"^[ \t]*De Kamer,[ \t]*\n\s*gehoord de beraadslaging\b[\s\S]*?"
                          r"\ben gaat over tot de orde van de dag[.,]?[ \t]*\n\s*"
                          r"(?-i:[A-ZÀ-Ý][^\W\d_]+(?:[ \t]+(?:van|de|der|den|ter|ten|[A-ZÀ-Ý][^\W\d_]+)){0,4})[ \t]*(?:\n|\Z)",
                          re.M | re.I),)),
    # (also a saved page of questions and their answer, its header lines `Ingediend 19 oktober 2018` / `Beantwoord 13
    # november 2018 (na 25 dagen)`, as openkamer.org shows Kamervragen, or as cells of a table row: `Beantwoord | 22
    # januari 2025 (na 42 dagen) |`)
    # (its header `Kamervraag 2023Z19237` names the questions also before they are answered: `Ingediend 17 november 2023`
    # and no `Beantwoord` line, EZK 2023, all150)
    ("kamervragen", (re.compile(r"^\s*Vragen van (het lid|de leden)\b|^\s*Antwoord van (de )?([Mm]inister|[Ss]taatssecretaris)\b"
                                r"|^[ \t]*Beantwoord(?:[ \t]*\|)?[ \t]+\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}\b"
                                rf"|{KAMERVRAAG_PAGE.pattern}", re.M),)),
    # (openkamer.org's list of answered questions: the title, who asked and who answered as cells of their own, each
    # line ended by ` |` over a line holding `|` alone, then the questions with their answers: `Het onbestrafte
    # wegpiratengedrag op de A73 |` / `|` / `Shanna Schilder (PVV) |` / `|` / `Foort van Oosten (VVD) |`, probe57)
    ("kamervragen", (LISTED_ANSWERS_HEAD, QUESTION_LINE)),
    ("kamervragen", (ANSWERS_HEAD_LINES, QUESTION_LINE)),
    # (or a page titled by what it is, as ministries title the answers they publish: `Antwoord op vragen van het lid De
    # Groot over het bericht ...` (LNV 2017, 2019), `Beantwoording Kamervragen over het ontbreken van zwemlessen voor
    # kinderen` (VWS 2021); all labellers who met one: all144, all145, all148)
    ("kamervragen", (re.compile(r"\A\s*(?:Antwoord(?:en)?|Beantwoording)\s+(?:van\s+)?(?:op\s+)?(?:de\s+)?(?:schriftelijke\s+)?"
                                r"(?:Kamervragen|vragen\s+(?:van|gesteld\s+door)\s+(?:het\s+lid|de\s+leden))\b", re.I),)),
    # a page that tells the reader how to file a request under the law (`Hoe doe ik een Woo-verzoek?`, `U kunt vragen
    # om informatie openbaar te maken door een Woo-verzoek te doen`, DUS-I, rules47 probe) speaks of `uw verzoek` too,
    # but writes to no one: no decision without a salutation
    ("other", (GUIDE_TO_REQUESTS, NO_SALUTATION)),
    # a decision on the reader's own request: `Beslissing op uw Wob-verzoek`, `Uw (Wob-) verzoek`, `uw verzoek` + the law
    ("woo-besluit", (re.compile(r"\b[Uu]w\s+\(?(?:Wob|Woo)?[- )]*\s*[\w-]*verzoek(?:en)?\b"), WOB_WOO_LAW)),
    # a decision named as such in its title or subject: `Besluit op het Woo-verzoek over ...`, `Wob-besluit`
    ("woo-besluit", (re.compile(r"^\s*(?:Onderwerp|Betreft)?:?\s*(?:(?:Beslissing|Besluit) op (?:het|uw) (?:Wob|Woo)[- ]?verzoek(?:en)?|(?:Wob|Woo)-besluit)\b",
                                re.M | re.I),)),
    # (also a fiche as a Kamerstuk prints it, under the letter that sends it: `Fiche: Herziening Richtlijn stedelijk
    # afvalwater` over `1. Algemene gegevens`, kst-22112; the letter's list of the fiches it sends is no fiche)
    ("bnc-fiche", (re.compile(r"^\s*(?:BNC-fiche\b|Fiche\s+\d+\s*:)", re.M),)),
    ("bnc-fiche", (re.compile(r"^[ \t]*Fiche[ \t]*:[^\n]+\n(?:[ \t•·–-]*\n){0,3}[ \t•·–-]*1\.?[ \t•·]*(?:\n[ \t•·]*)?"
                              r"Algemene[ \t]+gegevens\b", re.M),)),
    # a committee's report of a written consultation (the members' input to it, too) at the top of the paper, on a line
    # of its own: `2019D23295 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, `Verslag van een schriftelijk overleg`
    # (TK 2019, 2025; rules39 probe): its table of contents makes no dossier
    ("other", (re.compile(r"\A[\s\S]{0,1000}?^[ \t]*(?:(?:19|20)\d{2}D\d{5}[ \t]+)?(?:INBRENG[ \t]+|Inbreng[ \t]+)?"
                          r"(?:VERSLAG VAN EEN SCHRIFTELIJK OVERLEG|[Vv]erslag van een schriftelijk overleg)[ \t]*$",
                          re.M),)),
    # a committee's list of decisions that opens on its name is no dossier, though a saved page heads its items
    # `Inhoud` (`Besluitenlijst van de procedurevergadering van donderdag 28 mei 2015` / ... / `Inhoud`, openkamer.org)
    ("other", (re.compile(r"\A\s*(?:Besluitenlijst|Lijst\s+van\s+besluiten|Korte\s+aantekeningen)\b"),)),
    # a Kamerstuk that names a kind of its own, not a letter: `Nr. 36 NOTA NAAR AANLEIDING VAN HET NADER VERSLAG`,
    # `B VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, `Nr. 974 Verslag van een schriftelijk overleg` (its parts may be letters)
    # (before the dossier's cue: a committee's report on a bill has a table of contents too, `Nr. 5 VERSLAG` /
    # `Inhoudsopgave`, VWS 2018, probe53)
    # (at the top of the paper; a lettered heading only in capitals: `B VERSLAG ...`, `U1 VERSLAG ...` with the Eerste
    # Kamer's footnote marker, EK 2023, probe56; in capitals the letter may be
    # left out: `NOTA NAAR AANLEIDING VAN HET TWEEDE VERSLAG Ontvangen 10 maart 2025`, EK 2025, rules39 probe)
    # (also after its dossier's number on the same line, as parlementairemonitor.nl prints it: `35000 VIII D VERSLAG VAN
    # EEN SCHRIFTELIJK OVERLEG`, EK 2019, all135)
    # (never the report a letter sends, under the letter's own heading: `Nr. 2602 BRIEF VAN DE MINISTER VAN BUITENLANDSE
    # ZAKEN` / `Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 23 januari 2023.` / ... / `VERSLAG
    # RAAD BUITENLANDSE ZAKEN VAN 23 JANUARI 2023`, BZ 2023, probe56: the kind's heading must come before any letter's)
    ("other", (re.compile(rf"\A(?:(?!^[ \t]*{HEADING_DOSSIER}(?:Nr\.\s*\d+\s+|[A-Z]{{1,2}}\d{{0,2}}\s+)?"
                          r"(?:HERDRUK\d*\s+)?BRIEF\s+VAN\b)[\s\S]){0,1000}?"
                          r"^\s*(?:Nr\.\s*\d+\s+(?i:Nota\s+naar\s+aanleiding\s+van\s+het\b|"
                          r"Memorie\s+van\s+(?:toelichting|antwoord)\b|(?:Voorlopig\s+|Nader\s+)?Verslag\b|"
                          rf"Nota\s+van\s+wijziging\b|Eindverslag\b)|{HEADING_DOSSIER}"
                          r"(?:[A-Z]{1,2}\d{0,2}\s+)?(?:NOTA NAAR AANLEIDING VAN HET|"
                          r"MEMORIE VAN (?:TOELICHTING|ANTWOORD)|(?:VOORLOPIG |NADER )?VERSLAG|NOTA VAN WIJZIGING|"
                          r"EINDVERSLAG)\b)", re.M),)),
    ("dossier", (re.compile(r"^\s*Introductiedossier\b|^\s*Inhoud(sopgave)?\s*$", re.M),)),
    # (a beslisnota's heading `Geadviseerd besluit` also without its number, on a line of its own, probe69; never the
    # `Beslisnota bij Kamerbrief over ...` a letter lists among its annexes)
    ("nota", (re.compile(r"^\s*(Nota\b(?! naar aanleiding| van wijziging)|\d\.?\s+Geadviseerd besluit|"
                         r"Geadviseerd[ \t]+besluit[ \t]*:?[ \t]*$)"
                         r"|\bU wordt gevraagd (in te stemmen|akkoord)", re.M),)),
    # a letter whose subject is the answers themselves: `Onderwerp Antwoorden Kamervragen over ...`
    ("kamervragen", (re.compile(r"^\s*(?:Onderwerp|Betreft)\s*:?\s*(?:Antwoord(?:en)?|Beantwoording)\s+(?:op\s+)?(?:de\s+)?"
                                r"(?:schriftelijke\s+)?(?:Kamervragen|vragen van (?:het lid|de leden))\b", re.M | re.I),)),
    # a letter to the Kamer (a letter with a Rijksoverheid letterhead to anyone else is `other`)
    # or its salutation, where the letterhead is missing from the text: `Geachte voorzitter,`, or the Tweede Kamer's
    # own label of a government letter on its page of the letter: `Brief regering`, or a news archive's register line
    # of a Kamerstuk (`11-03-2009 | Kamerstuk | ...`, ``ARCHIVE_REGISTER``)
    ("kamerbrief", (re.compile(r"Voorzitter\s+van\s+de\s+(Eerste|Tweede)\s+Kamer|\buw Kamer\b|"
                               r"^\s*Geachte\s+(?:heer\s+|mevrouw\s+)?voorzitter\s*,|^\s*Brief regering\s*$|"
                               rf"{ARCHIVE_REGISTER}", re.I | re.M),)),
]

# A Kamer's Voorzitter heads a letter of the Kamer's own (`G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER
# STATEN-GENERAAL`, EK 2017, probe53; a committee chair's letter inside a report, `BRIEF VAN DE VOORZITTER VAN DE VASTE
# COMMISSIE ...`, is not the Kamer's): the Voorzitter writes it and signs `De voorzitter, A. Broekers-Knol`
CHAIR_HEADING_OF = (r"^[ \t]*(?:[Nn]r\.\s*\d+[ \t]+|[A-Z]{{1,2}}\d{{0,2}}[ \t]+)?BRIEF VAN DE VOORZITTER VAN DE "
                    r"({}) KAMER\b")
CHAIR_HEADING = re.compile(CHAIR_HEADING_OF.format("EERSTE|TWEEDE"), re.M)
CHAIR_SIGNATURE = re.compile(r"^[ \t]*De voorzitter,[ \t]*((?:[A-Z][a-z]?\.[ \t]?)+[ \t]*[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]*$",
                             re.M)
# (addressee, cue); the document type decides first where it fixes the addressee.
ADDRESSEE_CUES: list[tuple[str, re.Pattern]] = [
    # the Voorzitter of a Kamer writes to its own members (`G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER
    # STATEN-GENERAAL` / `Aan de leden`, on a change of its Reglement van Orde, EK 2017, probe53): that Kamer
    ("Eerste Kamer", re.compile(CHAIR_HEADING_OF.format("EERSTE") + r"[^\n]*\n\s*Aan de leden\b", re.M)),
    ("Tweede Kamer", re.compile(CHAIR_HEADING_OF.format("TWEEDE") + r"[^\n]*\n\s*Aan de leden\b", re.M)),
    # (and the Eerste Kamer's written questions, which are `medegedeeld aan` the minister: `Vragen van het lid Stienen
    # (D66) op 1 september 2022 medegedeeld aan de Staatssecretaris van Justitie en Veiligheid over ...`)
    ("Eerste Kamer", re.compile(r"[Vv]oorzitter van de Eerste Kamer|\bEerste Kamer der Staten-Generaal\b|"
                                r"^\s*Vragen van (?:het lid|de leden)\b[^\n]{0,300}?\bmedegedeeld aan\b", re.M)),
    # (not the Kamer named as a body in a sentence: `de heer G.J.A. Hamilton ... te benoemen tot onafhankelijk adviseur
    # integriteit van de Tweede Kamer der Staten-Generaal`, a Presidium decision list 2023)
    # (nor the Kamer's own masthead, a line of its own at the top, the column mark after it: the Kamer writes the paper, a
    # committee's list of decisions printed on its letterhead is addressed to no one, pdf49 probe)
    ("Tweede Kamer", re.compile(r"[Vv]oorzitter van de Tweede Kamer|(?<!\bvan de )(?:(?<=\S)|(?<=\S[ \t]))\bTweede Kamer der Staten-Generaal\b|"
                                r"^[ \t]*Tweede Kamer der Staten-Generaal\b(?![ \t]*\d?[ \t]*$)|\bAanhangsel\b", re.M)),
    ("Tweede Kamer", re.compile(r"\buw Kamer\b", re.I)),
    ("Tweede Kamer", re.compile(r"^\s*Geachte\s+(?:heer\s+|mevrouw\s+)?voorzitter\s*,", re.I | re.M)),
    # (a saved page of the Tweede Kamer's register filing a government letter, its text cut off before the letter's own
    # `Aan` line: `Verslag JBZ-Raad 13 en 14 juni 2024` / `JBZ-Raad` / `Brief regering` / `Nummer: 2024D26493`,
    # berthub.eu 2024, probe52 held-out): the Kamer whose register it is; not the words in a sentence)
    ("Tweede Kamer", re.compile(r"^[ \t]*Brief regering[ \t]*(?::|$)", re.M)),
]
# a letter that names whom it is written to in its own `Aan` line at the top, under its writer's masthead (a Kamer
# committee's letter: `Aan de heer Šefčovič van de Europese Commissie`, EK 2025; `Aan de Minister van Asiel en
# Migratie`, EK 2025; rules39 probe): the addressee is that body, or the bewindspersoon (`minister`); the masthead
# (`Eerste Kamer der Staten-Generaal`) names the writer; only at the top (a committee's report of a written
# consultation prints its letter to the minister below its own heading: the report is no letter to the minister)
ADDRESS_TO = re.compile(r"^[ \t]*Aan[ \t]+de[ \t]+(?:(?:heer|mevrouw)[ \t]+[^\n]{1,60}?[ \t]+van[ \t]+(?:de|het)[ \t]+"
                        r"(?P<body>[A-Z][^\n,]{2,60}?)|(?P<office>[Mm]inister|[Ss]taatssecretaris)[ \t]+(?:van|voor)\b"
                        r"[^\n]{3,80}?)[ \t]*,?[ \t]*$", re.M)
RETURN_ADDRESS = re.compile(r"^\s*>?\s*Retouradres\b[^\n]*$", re.M)
# address lines that are no name: a redaction code, a Postbus, a postcode, a street and number, a label
ADDRESS_LINE = re.compile(r"^(?:\d[\d.]*\w?|Postbus\b.*|\d{4}\s?[A-Z]{2}\b.*|.*\s\d+\w?|Datum\b.*|Betreft\b.*|Onderwerp\b.*)$")
ADDRESS_BLOCK_LINES = 4
ADDRESSEE_BY_TYPE = {"nota": "minister", "woo-besluit": None, "motie": None}

WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"   # `Datum: woensdag 4 oktober 2023`
# (a ruling's or a meeting's label names what it dates: `Datum uitspraak: 4 april 2018`, RvS 2018, rules47 probe)
DATE_LABEL = re.compile(rf"\bDatum(?:[ \t]+(?:uitspraak|besluit|vergadering))?\s*:?\s*\n?\s*{WEEKDAY}(\d{{1,2}}\s+[A-Za-z]+\.?\s+\d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}})")
# a scanned letterhead's date row as OCR reads it: the small label's ink read as a stray mark of one to three characters
# between the date's parts (`Datum 3 november r 2020`, `Datum 25 5 mei 2021`, `Da 9 december 5 2009`), or the label
# read after its value (`20 juni 2011` / `Datum`), or cut (`Dat 2 oktober 2024` / `jatum`)
OCR_DATE_ROW = re.compile(rf"^(?-i:Datum|Dat|Da)\b\s*:?\s*(\d{{1,2}})\s+(?:\S{{1,3}}\s+)?({MONTH_NAMES})\s+(?:\S{{1,3}}\s+)?(\d{{4}})\b"
                          rf"|^(\d{{1,2}})\s+({MONTH_NAMES})\s+(\d{{4}})\s*\n\s*(?-i:Datum)\s*$", re.M | re.I)
# ... or its month read with one letter wrong (`Datum 12 docember 2018`, `Datum` / `17 met 2013`: a fax, a poor scan)
OCR_MONTH_ROW = re.compile(r"^(?-i:Datum)[ \t]*:?\s*?\n?[ \t]*(\d{1,2})[ \t]+([a-z]{3,9})[ \t]+((?:19|20)\d\d)[ \t]*$", re.M)
# a scanned letterhead's date row and subject row with both small labels misread (`Poster 27 augustus 2018` /
# `Betrett Stand van zaken pachtbeleid`, `ont 17 mei 2013` / `Berteecft Verhuizingen ...`): a line of at most two short
# marks and a date, and under it the subject after a mark that kept the label's first letter
MISREAD_HEAD_ROWS = re.compile(rf"^[ \t]*(?:\S{{1,8}}[ \t]+){{0,2}}?(\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+\d{{4}})[ \t]*\n"
                               r"[ \t]*[BO]\S{2,8}[ \t]+([A-Z][^\n]{3,})$", re.M)
# a scanned letterhead's subject row whose small `Betreft` label alone is misread a letter or two off (`Beveft Stand van
# zaken pachtbeleid`, `Beweft`, `Berreft`, `Betrett`: a two-up sheet, a fax), standing in the margin away from its date
# row: a mark opening on `Be` and closing on `ft`/`tt`, 6-8 letters, then the subject; the mark no Dutch word (`Behoeft`)
OCR_SUBJECT_LABEL = re.compile(r"^[ \t]*(Be[a-z]{2,4}[ft]t)[ \t]+([A-Z][^\n]{3,})$", re.M)
# a sidebar whose columns came out of order: the date a few lines under its `Datum` label
LOOSE_DATE_LABEL = re.compile(r"^Datum\s*$(?:\n[^\n]*){0,4}?\n\s*(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})\s*$", re.M)
# a letterhead printed as two columns, flattened: a row of labels, the row of their values under it
# (`Onderwerp Datum` / `Financiële regeling mensen met langdurig 21 maart 2003` / `minimuminkomen`)
HEAD_LABEL = r"(?:Uw brief|Uw kenmerk|Ons kenmerk|Kenmerk|Onderwerp|Betreft|Bijlagen?)"
ROW_DATE = re.compile(rf"^(?:{HEAD_LABEL}\s+)+Datum\s*\n[^\n]*?\b(\d{{1,2}}\s+[a-z]+\s+\d{{4}})\s*$", re.M)
ROW_SUBJECT = re.compile(r"^(?:Onderwerp|Betreft)\s+Datum\s*\n(.+?)\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*\n(?:([a-z][^\n]*)\n)?",
                         re.M)
# a letterhead's row of labels flattened onto one line with the row of their values, the place standing for the date's
# label (``dutch.letterhead``), or `Datum Ons kenmerk ...`: the date is the first value, the kenmerk the next
FLAT_ROW = (rf"^[ \t]*(?:Den Haag|Datum)[ \t]+(?:Uw[ \t]+kenmerk[ \t]+)?Ons[ \t]+kenmerk[ \t]+{DATE_VALUE}"
            rf"[ \t]+{KENMERK_VALUE}")
FLAT_ROW_DATE = re.compile(FLAT_ROW, re.M)
# a letterhead printed as a table, its labels in one row and their values in the next (``dutch.letterhead``): the date,
# the kenmerk and the subject in that order (``extract.text.LABEL_ROW_LINE`` takes both rows out of the body)
LABEL_ROW_VALUES = re.compile(rf"^{LABEL_ROW}\n{VALUE_ROW}$", re.M)
PLACE_DATE = re.compile(r"(?:Den Haag|[’']s-Gravenhage),?\s+(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})")
# a dateline of a writer seated elsewhere, on a line of its own: `Rijswijk, 7 april 1997` (VWS, then in Rijswijk;
# fix84's audit), `Zoetermeer, 3 maart 2008`, `'s-Hertogenbosch, 1 juni 2010`; tried after every date pattern read
# whole (a cited letter's dateline quoted in an annex is its risk), before OCR's misread date rows and a saved page's
# filing date
DATELINE = re.compile(r"^[ \t]*(?!(?:In|Op|Per|Tot|Van|Voor|Na|Sinds|En|Of|De|Het|Een|Vanaf)\b)(?:[’']s-)?[A-Z][a-zé]+(?:[- ][A-Z][a-zé]+){0,2},[ \t]+(\d{1,2}[ \t]+[a-z]+[ \t]+\d{4})[ \t]*$",
                      re.M)
# a letter printed without its letterhead (a ministry's web page of the letter) dates it on a line of its own above
# the salutation: `22 november 2022` / (blank) / `Geachte Voorzitter,`
SALUTATION_DATE = re.compile(r"^[^\S\n]*(\d{1,2}\s+[a-z]+\s+\d{4})[^\S\n]*\n(?:[^\S\n]*\n){0,2}[^\S\n]*Geachte\b", re.M)
# a date on a line of its own among the page's first lines, where no label or dateline dates it (`Rijksoverheid` /
# `7 november 2011` / `voorstel van wet tot goedkeuring ...`, a memorie van antwoord's cover letter, Fin 2011, all149;
# `Publicatiedatum:` / `9 November 2017`, LNV 2017, all144); in 12 of 13 texts that have one and another date, the same
TOP_LINES = 8
BARE_DATE_LINE = re.compile(rf"^[ \t]*{WEEKDAY}(\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+(?:19|20)\d{{2}})[ \t]*$", re.I)
ANSWERED = re.compile(r"\(ontvangen\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", re.I)   # the answer's date, not the question's
# a saved answer page, its label and date maybe cells of a table row (`Beantwoord | 22 januari 2025 (na 42 dagen) |`,
# openkamer.org, dead51 probe)
ANSWERED_LINE = re.compile(r"^[ \t]*Beantwoord(?:[ \t]*\|)?[ \t]+(\d{1,2}[ \t]+[a-z]+[ \t]+\d{4})\b", re.M)
SUBMITTED = re.compile(r"\(ingezonden\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", re.I)
# ... or on a saved page's header line, where the questions have no answer yet (`Ingediend 17 november 2023`, openkamer.org,
# EZK 2023, all150; an answered page dates by its `Beantwoord` line first)
SUBMITTED_LINE = re.compile(r"^[ \t]*Ingediend(?:[ \t]*\|)?[ \t]+(\d{1,2}[ \t]+[a-z]+[ \t]+\d{4})\b", re.M)
# a mail's header line of when it was sent (`Verzonden: vrijdag 20 mei 2016 14:39`, a committee clerk's e-mailprocedure
# as a site quotes it, probe69): the date of a mail that has no other; tried after every other label
MAIL_SENT = re.compile(rf"^[ \t]*(?:Verzonden|Verstuurd)[ \t]*:[ \t]*{WEEKDAY}(\d{{1,2}}[ \t]+[a-z]+[ \t]+\d{{4}})\b",
                       re.M | re.I)
# the date a motion was moved or a committee's report or list of decisions was adopted: `Vastgesteld 25 april 2018`
# (a motion moved in a debate names the debate: `Voorgesteld tijdens het Notaoverleg van 3 juni 2020`)
MOTION_DATE = re.compile(r"^\s*(?:Voorgesteld|Vastgesteld)(?:\s+(?:tijdens|in)\s+[^\n]{3,80}?\s+(?:van|op))?\s+"
                         r"(\d{1,2}\s+[a-z]+\s+\d{4})", re.I | re.M)
# a paper of the government published in a bill's file (a memorie van antwoord, a nota naar aanleiding van het
# verslag) is dated by the stamp of its receipt on a line of its own: `Ontvangen 18 maart 2010`
# a saved page of a Kamerstuk dates it in its register line: `Nummer: 2024D51943, datum: 2024-12-20, bijgewerkt: ...`
# (the document's date; the last resort, after any date the letter itself states)
FILED_DATE = re.compile(r"^[ \t]*Nummer:[ \t]*(?:19|20)\d{2}D\d{5},[ \t]*datum:[ \t]*((?:19|20)\d{2}-\d{2}-\d{2})\b", re.M)
RECEIVED_LINE = re.compile(r"^\s*Ontvangen\s+(\d{1,2}\s+[a-z]+\s+\d{4})\s*$", re.I | re.M)
# the stamp at the end of the paper's own heading line, as a saved page gives it: `NOTA NAAR AANLEIDING VAN HET TWEEDE
# VERSLAG Ontvangen 10 maart 2025` (AenM 2025, EK 36 600 XX G, rules39 probe); the heading in capitals
RECEIVED_HEADING = re.compile(r"^[ \t]*(?:[Nn]r\.[ \t]*\d+[ \t]+|[A-Z]{1,2}[ \t]+)?(?:NOTA|MEMORIE|BRIEF|VERSLAG)\b"
                              r"[A-Z ,’'-]{3,120}?[ \t]+Ontvangen[ \t]+(\d{1,2}[ \t]+[a-z]+[ \t]+\d{4})[ \t]*$", re.M)
# a committee's list dated in its own heading: `Besluitenlijst van de procedurevergadering van donderdag 22 maart 2012`,
# `Besluitenlijst procedurevergadering cie. VWS d.d. 10.10.2018`, and the Eerste Kamer's list of its committees'
# decisions: `Korte aantekeningen vergadering commissies ... (BDO) en ... (IWO) van 16 maart 2021`, and its page of a
# day's committee meetings with their decisions: `Commissievergaderingen op dinsdag 28 november 2023` (EK CVO 2023)
# (and the Eerste Kamer's rappel of a ministry's promises: `Rappelabele toezeggingen Asiel en Migratie (Totaaloverzicht
# oktober 2024)`)
LIST_NAME = (r"(?:Besluitenlijst|Lijst\s+van\s+(?:besluiten|toezeggingen)|Korte\s+aantekeningen|"
             r"Commissievergaderingen\s+op|Rappelabele\s+toezeggingen)")
# a meeting page dates the meeting on a line of its own over its hours: `13 maart 2013` / `17:00 - 17:30 uur`
# (the Tweede Kamer's page of a committee's meeting, rules47 probe); its page of an e-mailprocedure gives the hour the
# members' answers are due alone: `29 mei 2015` / `16:00 uur` (TK Defensie 2015, probe60)
MEETING_DATE = re.compile(rf"^[ \t]*{WEEKDAY}(\d{{1,2}}[ \t]+[a-z]+[ \t]+\d{{4}})[ \t]*\n[ \t]*\d{{1,2}}[:.]\d{{2}}"
                          r"(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2})?[ \t]*uur\b", re.M | re.I)
LIST_DATE = re.compile(rf"^\s*{LIST_NAME}\b[^\n]*?\b{WEEKDAY}"
                       r"(\d{1,2}\s+[a-z]+\s+\d{4}|\d{1,2}[.-]\d{1,2}[.-]\d{4})", re.I | re.M)
# The sender's reference under the labels letterheads use (`Ons kenmerk`, `Onze referentie`); never `Uw kenmerk`.
OWN_REFERENCE = r"(?:Ons kenmerk|Onze referentie|Ons nummer)"
# a value is a code with a digit, its parts maybe spaced around a dash or slash: `DGBI – I&K/ 26844711`
REFERENCE_VALUE = r"([A-Z0-9][\w/.&-]*(?:[ \t]*[–/][ \t]*[\w/.&-]+|[ \t]+(?=[\w/.&-]*\d)[\w/.&-]+)*)"
# (a letter's date may stand between the label and its value where a .docx preview put the sidebar's columns in one:
# `Onze referentie` / `28 oktober 2025` / `D2025-004938 / MINDEF20250037080`, Defensie 2025, probe81; never the date)
SIDEBAR_DATE_LINE = rf"(?:\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+\d{{4}}[ \t]*\n\s*)?"
KENMERK = re.compile(rf"\b{OWN_REFERENCE}[ \t]*:?\s*(?:\n\s*)?{SIDEBAR_DATE_LINE}(?!\d{{1,2}}[ \t]+(?:{MONTH_NAMES})\b)"
                     rf"{REFERENCE_VALUE}")
# a sidebar that labels the sender's reference just `Kenmerk` (never `Uw kenmerk`; nor a register page's line that
# names the paper's own Kamerstuk number so, `Kenmerk 35099, nr. D`, parlementairemonitor.nl, EK 2020, probe53)
# (nor a paper of two joint dossiers so: `Kenmerk 33826; 33992, nr. C`, EK 2024, probe81's check of 413 texts)
BARE_KENMERK = re.compile(rf"(?<!Uw )(?<!uw )^\s*Kenmerk[ \t]*:?\s*(?:\n\s*)?"
                          rf"(?!\d{{5}}(?:-[A-Z]+)?(?:;[ \t]*\d{{5}}(?:-[A-Z]+)?)*,[ \t]*nr\.){REFERENCE_VALUE}",
                          re.M)
# a sidebar whose columns came out of order: the kenmerk a few lines under its label, alone on its line
LOOSE_KENMERK = re.compile(rf"^{OWN_REFERENCE}\s*$(?:\n[^\n]*){{0,3}}?\n\s*(?=[\w/.-]{{4,}}\s*$)([A-Z0-9][\w/.-]*\d[\w/.-]*)\s*$", re.M)
# `Onderwerp Voortgang ...`, `Betreft: ...`; never a sentence that opens with the word (`Onderwerp van gesprek was ...`)
# (up to the letter's opening where a flattened letterhead runs on into it: `Onderwerp Schriftelijke beantwoording vragen
# begrotingsbehandeling Hierbij bied ik u de schriftelijke antwoorden aan ...`, Defensie 2004, probe60)
LETTER_OPENING = r"(?:Hierbij|Geachte|Met\s+deze\s+brief)\b"
SUBJECT = re.compile(rf"^\s*(?:Onderwerp|Betreft)(?:\s*:\s*|\s+(?=[^a-z\s]))(?!Datum\s*$)(.+?)(?=\s+{LETTER_OPENING}|\s*$)",
                     re.M)
# a letterhead flattened into one line, as a PDF's transcript gives it (docplayer.nl): its date, then its subject up to
# the next label or the line's end: `... DEN HAAG. Datum 30 juni 2015 Betreft Budgetpolissen en risicoselectie` (VWS
# 2015, probe53)
FLAT_SUBJECT = re.compile(r"\bDatum[ \t]+\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}[ \t]+(?:Onderwerp|Betreft)[ \t]+([A-Z][^\n]{2,200}?)"
                          r"(?=[ \t]+(?:Correspondentie|Ons[ \t]+kenmerk|Uw[ \t]+kenmerk|Kenmerk|Bijlage|Geachte)\b|[ \t]*$)",
                          re.M)
# in the letterhead (the margin) the subject may start in lower case: `Betreft uw brief van 3 maart 2023`
MARGIN_SUBJECT = re.compile(rf"^\s*(?:Onderwerp|Betreft)\s*:?\s+(?!Datum\s*$)(.+?)(?=\s+{LETTER_OPENING}|\s*$)", re.M)
MOTION_TITLE = re.compile(r"^\s*(?:Nr\.\s*\d+\s+)?(Motie van (?:het lid|de leden) .+?)\s*$", re.M | re.I)
# (never across a blank line or into the answer's own line: `Vragen van het lid Stienen (D66) op 1 september 2022
# medegedeeld aan ... over ...` / `Antwoorden van de Staatssecretaris ... (ontvangen 3 oktober 2022)`)
QUESTIONS_TITLE = re.compile(r"(Vragen van (?:het lid|de leden) (?:(?!\n[^\S\n]*\n|(?:Antwoord(?:en)?|Mededeling) van\b).)+?)"
                             r"\s*\((?:ingezonden|ontvangen)", re.S)
# ... without the date of sending: the questions (or the answer to them) named at the start of a line, up to the
# blank line or the first question (`1)`, `Vraag 1`) or the answer's own stamp
# (in a text without line breaks, up to the first question's label: `Vragen van het lid Helder, L.M.J.S. (PVV) Vraag: Is
# de minister bereid ...`, JenV 2017)
QUESTIONS_HEADING = re.compile(r"^\s*((?:Antwoord(?:en)? op (?:de )?)?[Vv]ragen van (?:het lid|de leden) "
                               r"(?:(?!\s+(?:Vraag|Antwoord)(?:\s*\d+)?\s*:?\s*[A-Z])[^\n])+"
                               r"(?:\n(?!\s*(?:\d+[).]|Vraag\s+\d|Antwoord\b))[^\n]*\S[^\n]*){0,2})", re.M)
NOTA_SUBJECT = re.compile(r"in te stemmen met (?:het )?(.+?)(?:\s+op\s+\w+dag\b|\s+op\s+\d|[.;])", re.S)
# a BNC-fiche is titled by its own first line: `Fiche 5: Herziening verordening en richtlijn ...`
FICHE_TITLE = re.compile(r"^\s*((?:BNC-fiche\b|Fiche\s+\d+\s*:)[^\n]+?)\s*$", re.M)
# ... or, in a Kamerstuk that sends it, by its heading over `1. Algemene gegevens` (not the sending letter's list of
# fiches, nor the dossier's title: `Fiche: Herziening Richtlijn stedelijk afvalwater`, kst-22112-3570)
FICHE_HEADING = re.compile(r"^[ \t]*(Fiche[ \t]*\d*[ \t]*:[^\n]+?)[ \t]*\n(?:[ \t•·–-]*\n){0,3}[ \t•·–-]*1\.?[ \t•·]*"
                           r"(?:\n[ \t•·]*)?Algemene[ \t]+gegevens\b", re.M)
HEADING = re.compile(r"^[A-Z][^\n.:;?!]{2,70}$")
# A text without letterhead or headings (a letter as a news archive prints it) opens on its title, a line of its
# own above the first paragraph: `Toezegging over uitgaven aan leasecontracten voor strategisch luchttransport ...`
# (four words at least: a one-word line is a logo or a label)
OPENING_TITLE = re.compile(r"\A\s*([A-Z][^\n.;:?!\s]*(?:[ \t]+[^\n.;:?!\s]+){3,30}?[^\n.;:?!,\s])[ \t]*\n\s*\S")
ADDRESS_OPENING = re.compile(r"(?:Aan|Geachte|Retouradres|Postbus)\b")   # an address or salutation opens no title
# ... and a title too long for a heading, in a paragraph of its own, beats the headings inside the letter:
# `Geannoteerde agenda van de formele JBZ-Raad van 5 en 6 maart 2026` above `Kopgroep contraterrorisme ontbijt`
LONG_OPENING_TITLE = re.compile(r"\A\s*([A-Z][^\n.;:?!\s]*(?:[ \t]+[^\n.;:?!\s]+){8,30}?[^\n.;:?!,\s])[ \t]*\n[ \t]*\n")
# a committee's list names itself: `Besluitenlijst procedurevergadering`, `Lijst van toezeggingen`
# (the Eerste Kamer's heading names every committee that met: up to a few hundred characters)
LIST_TITLE = re.compile(rf"^\s*({LIST_NAME}\b[^\n]{{0,500}}?)\s*$", re.M)
# lines that look like a heading but stamp a place or a date: `Den Haag, 22 juni 2021`, `Vastgesteld 25 april 2018`,
# or are the masthead of every Kamerstuk: `Eerste Kamer der Staten-Generaal`, `Vergaderjaar 2009–2010`
# (nor the address block, at the top or under the signature: `De Voorzitter van de Tweede Kamer`, `Postbus 20018`)
NOT_A_HEADING = re.compile(r"^(?:Den Haag|[’']s-Gravenhage|Datum|Vastgesteld|Voorgesteld|Ontvangen|Ingezonden|"
                           r"(?:Eerste|Tweede) Kamer der Staten-Generaal|Vergaderjaar|"
                           r"(?:Aan\s+)?de\s+Voorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer|Postbus|"
                           # (nor a letter's address line: `Aan de heer Šefčovič van de Europese Commissie`, EK 2025)
                           r"Aan\s+de\s+(?:heer|mevrouw)\s)|"
                           # (nor the label of a question or its answer: `Vraag 1`, `Antwoord 1`, answers printed
                           # without their heading, JenV 2022; or without a number: `Antwoord`, a lijst van vragen en
                           # antwoorden, SZW 2015)
                           r"^(?:Vraag|Antwoord)(?:\s+\d+)?\s*:?\s*$|"
                           # (nor a committee's signature over a lijst van vragen en antwoorden or a verslag: `De
                           # voorzitter van de commissie, Van den Burg`, `De griffier voor dit verslag, De Boer`, SZW 2015)
                           r"^(?:De\s+)?(?:fungerend\s+|waarnemend\s+)?(?:adjunct-)?(?:voorzitter|griffier)\s+(?:van|voor)\s+"
                           r"(?:de|dit)\s+(?:vaste\s+)?(?:commissie|verslag|lijst)\b|"
                           # (nor the label of a table of contents: `Inhoudsopgave` over a committee's report's parts)
                           r"^Inhoud(?:sopgave)?\s*$", re.I)
# a Kamerstuk as officielebekendmakingen.nl prints it: the dossier's number and title, then `Nr. 59 BRIEF VAN ...`
# (`nr. 11` in lower case in Kamerstukken before 2005)
# (a paper in several dossiers lists each, the first the one it is filed under: `26 643 Informatie- en
# communicatietechnologie (ICT)` / `32 761 Verwerking en bescherming persoonsgegevens` / `Nr. 971 BRIEF ...`)
# (the paper's kind in capitals as printed, or in sentence case as the Kamer's own .docx has it: `Nr. 3478 Brief van
# de minister ...`, `Nr. 974 Verslag van een schriftelijk overleg`)
# (the Eerste Kamer numbers its papers outside a bill in Roman figures from C: `CII Nota «Bestuur in samenhang ...»` /
# `E BRIEF VAN DE MINISTER ...`, BZK 2013)
KST_DOSSIER = r"(?:\d{2}\s?\d{3}(?:-\d{1,2})?(?:[\s-](?:[IVXLC]{1,6}|[A-Z]))?|C[IVXLC]{1,7}(?=[ \t]))"
# a letter as the Tweede Kamer files it opens on its kind and its subject (`Brief regering : Stelselrapportage hoger
# onderwijs`, over the dossier's heading): the subject is the letter's title, as its `Onderwerp` would be
# A saved page headed by the paper's own number, its title on the next line: `Kamervraag 2018Z18893` / `Verdwenen
# minderjarige asielzoekers`, `Kamerstuk 35483-63` / `Stand van zaken voorbereiding Wet inburgering 20..` (openkamer.org)
NUMBERED_PAGE_TITLE = re.compile(r"\A\s*(?:Kamervraag[ \t]+(?:19|20)\d{2}Z\d{4,5}|Kamerstuk[ \t]+\d{5}[\w()-]*)[ \t]*\n"
                                 r"\s*([A-Z0-9‘'«\"][^\n]{3,400}?)[ \t]*$", re.M)
# ... as it files every paper of the government's and the committees' exchange with it, on the paper's own page:
# `Lijst van vragen en antwoorden : Lijst van vragen en antwoorden, gesteld aan de regering, over het rapport Resultaten
# verantwoordingsonderzoek 2022 ...` (OCW 2023), `Verslag van een schriftelijk overleg : Verslag van een schriftelijk
# overleg over de geannoteerde agenda voor de Raad Algemene Zaken ...` (BZ 2020, probe53): the line names the paper, the
# dossier's heading below only the file it sits in (a bill's own report, `Verslag (initiatief)wetsvoorstel (nader) :
# Verslag`, names no subject: not one of these kinds)
FILED_PAPER_KIND = (r"(?:Brief regering|Brief commissie|Lijst van vragen en antwoorden|"
                    r"(?:Inbreng[ \t]+)?[Vv]erslag[ \t]+(?:van[ \t]+een[ \t]+)?(?:schriftelijk[ \t]+overleg|commissiedebat|"
                    r"algemeen[ \t]+overleg|notaoverleg|wetgevingsoverleg))")
# (a quote around the whole subject is dropped, never the quote that closes one opened inside it: `Brief regering :
# Kabinetsreactie periodieke rapportage 'Werkloosheid werknemers'`, SZW 2023, probe56)
FILED_LETTER_TITLE = re.compile(rf"^[ \t]*{FILED_PAPER_KIND}[ \t]*:[ \t]*(?:([^\n‘'\"“\s][^\n]{{2,399}}?)|"
                                rf"[‘'\"“]([^\n]{{3,400}}?)[’'\"”]?)\s*$", re.M)
# A news archive of parliamentary papers (app.1848.nl, parlementairemonitor.nl) heads a letter with its dossier, its kind
# and its subject in one line: `Kinderopvang; Brief regering; Samenhang tussen diverse trajecten op het terrein van
# kinderopvang` (SZW 2014, probe58): the subject is the title
# (the same line as a table row of the page's `Officiële titel`, closed by its cell border `|`: BZ 2016)
ARCHIVE_LETTER_TITLE = re.compile(r"^[ \t]*[^\n;]{2,200};[ \t]*Brief regering[ \t]*;[ \t]*([^\n;|]{3,400}?)[ \t]*\|?[ \t]*$",
                                  re.M)
# The Eerste Kamer's record of a promise opens on its number, then the promise's name with the bill's dossier in brackets
# (`T02844` / `Toezegging Evaluatie wet (35.424)De Minister van ...`, EK 2020, all148; `T02423` / `Toezegging Inschakeling
# onafhankelijke adviescommissie bij beoordeling ... (34.412)`, EK 2017, all150): that name is its title
PROMISE_RECORD_TITLE = re.compile(r"\A\W*T\d{5}[ \t]*\n\s*(Toezegging\b[^\n(]{3,250}\([^()\n]*\d[^()\n]*\))")
# A saved page of the Tweede Kamer's record of a paper (berthub.eu/tkconv) opens on the paper's subject, then its
# dossier's name where it has one, its kind and its register line: `Voortgang maatregelen strafrechtketen` /
# `Rechtsstaat en Rechtsorde` / `Brief regering` / `Nummer: 2024D34636, datum: 2024-09-23, ...` (JenV 2024, rules38
# probe): the subject is the title, not the dossier's name the Kamerstuk's own heading gives further down
SAVED_PAGE_TITLE = re.compile(rf"^[ \t]*([^\s\[][^\n]{{2,400}}?)[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*[^\n]{{3,200}}\n(?:[ \t]*\n)*)?"
                              rf"[ \t]*(?:{PAGE_TITLE_KINDS})(?:[ \t]*\([^)\n]*\))?[ \t]*\n(?:[ \t]*\n)*"
                              r"[ \t]*Nummer:[ \t]*(?:19|20)\d{2}D\d{5},[ \t]*datum:", re.M)
# A news archive's page of a Kamerstuk (opennieuwsbank.nl) opens on its publisher, the paper's title and a register
# line of its date and kind: `Ministerie van Buitenlandse Zaken` / `Kamerbrief inake aanvullende informatie over de
# Geannoteerde agenda van de RAZEB van 16 en 17 maart 2009` / `11-03-2009 | Kamerstuk | Nederlands Ministerie van
# Buitenlandse Zaken` (BZ 2009, probe59): the line over the register line is the title, the register dates it
ARCHIVE_PAGE_TITLE = re.compile(rf"^[ \t]*([^\s][^\n]{{2,400}}?)[ \t]*\n(?:[ \t]*\n)*{ARCHIVE_REGISTER}", re.M)
# The Tweede Kamer's page of a committee meeting opens on its kind and its name (`Procedurevergadering : Procedures en
# brieven`, `E-mailprocedure : Inplannen commissiedebat ...`), over the page's own words (`De vergadering is geweest`):
# that line is the title, as the page shows it (OCW 2019-2023, all146; Fin 2020, all137), the kind once where the name
# repeats it (`Procedurevergadering : Procedurevergadering`, contactgroep België 2013, rules47 probe and all148), the
# name alone where it opens on the kind (`E-mailprocedure : [E-mailprocedure] Aanbod technische briefings ...`, EZK 2019)
MEETING_KIND = (r"(?:Procedurevergadering|E-?mailprocedure|Commissiedebat|Notaoverleg|Wetgevingsoverleg|Hoorzitting|"
                r"Rondetafelgesprek|Technische briefing|Werkbezoek)")
MEETING_PAGE_TITLE = re.compile(rf"^[ \t]*(?:({MEETING_KIND})[ \t]+:[ \t]+\1|{MEETING_KIND}[ \t]+:[ \t]+(\[?{MEETING_KIND}\b[^\n]{{3,300}}?)|"
                                rf"({MEETING_KIND}[ \t]+:[ \t]+[^\n]{{3,300}}?))[ \t]*$", re.M)
# (the dossier's title may carry a footnote marker glued to its last word, the Eerste Kamer's note on its committee:
# `35 827 EU-voorstel: Strategie voor de rechten van het kind1`, EK 2021, probe53; never a number that is part of it:
# `Staat van de Europese Unie 2015`, `Doc29`)
# a Kamerstuk's own number before its kind's heading: `Nr. 1068`, or the Eerste Kamer's letter (`C`, `AI1` with its
# footnote digit)
# (a paper to both Kamers carries the Eerste Kamer's letter and the Tweede Kamer's number: `H/ Nr. 244 BRIEF VAN DE
# STAATSSECRETARIS ...`, a voorhang of IenW 2020, all143)
KST_PAPER_NUMBER = r"(?:(?:[A-Z]{1,2}\d{0,2}/\s*)?[Nn]r\.\s*\d+|[A-Z]{1,2}\d{0,2})"
KST_DOSSIER_TITLE = re.compile(rf"^\s*{KST_DOSSIER}\s+([A-Z][^\n]{{3,400}}?)(?:(?<=[a-z]{{3}})\d{{1,2}})?\s*\n"
                               rf"(?:(?:\s*\n)*\s*{KST_DOSSIER}(?:\s+[A-Z][^\n]*)?\n(?:\s*[A-Z][^\n]*\n)?){{0,3}}"
                               # (the Eerste Kamer's letter may carry a footnote digit: `AI1 VERSLAG VAN EEN
                               # SCHRIFTELIJK OVERLEG`, EK 2023, rules47 probe)
                               rf"(?:\s*\n)*\s*{KST_PAPER_NUMBER}\s+(?:[A-Z]{{2,}}|[A-Z][a-z]+\s+van\b)", re.M)
# the written answers to questions asked in a debate open on their title, above the questions of each member:
# `Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van Buitenlandse
# Zaken op 19 november 2024` over `Vragen van het lid Piri (GL-PvdA)` (BZ 2024, VenJ 2015), or naming the debate's
# round alone: `Schriftelijke antwoorden eerste termijn begrotingsbehandeling SZW 2014` (SZW 2013, probe60)
DEBATE_ANSWERS_TITLE = re.compile(rf"\A\s*({DEBATE_ANSWERS}[^\n]{{5,300}}?)[ \t]*\n")
# A saved page without a subject line whose headings are single words (`Onderzoek`, `Inleiding`) is titled by its
# dossier (`Dossier: Vaststelling van de begrotingsstaten ...`, openkamer.org) or by the letter's own heading (`Nr. 75
# BRIEF VAN DE MINISTER VOOR WONEN, WIJKEN EN INTEGRATIE`, BZK 2010, probe58), never by a section's one-word heading
DOSSIER_LINE = re.compile(r"^[ \t]*Dossier:[ \t]*([^\n]{5,300}?)[ \t]*$", re.M)
LETTER_HEADING = re.compile(r"^[ \t]*(?:[Nn]r\.\s*\d+[ \t]+)?(BRIEF VAN [A-Z ,’'-]{5,160}?)[ \t]*$", re.M)
# a Kamerstuk cut from its dossier's heading still names its kind in capitals (`Nr. 3 VERSLAG HOUDENDE EEN LIJST VAN
# VRAGEN EN ANTWOORDEN`, SZW 2015; `VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, Fin 2023): the title when nothing else is
# (also under the Kamer's document number, as the members' input to a report: `2019D23295 INBRENG VERSLAG VAN EEN
# SCHRIFTELIJK OVERLEG`, TK 2019, rules39 probe; where it opens the text, it beats the headings of the parts below)
PAPER_KIND_LINE = re.compile(r"^[ \t]*(?:[Nn]r\.\s*\d+[ \t]+|(?:19|20)\d{2}D\d{5}[ \t]+)?"
                             r"((?:INBRENG[ \t]+)?(?:VERSLAG|LIJST|MEMORIE|NOTA)\b[A-Z ,’'-]{5,120}?)[ \t]*$",
                             re.M)
# The signature: `De Staatssecretaris van Justitie en Veiligheid,` / `DE MINISTER VAN ...,` / `namens deze,` / the name.
SIGNATURE_OFFICE = re.compile(
    r"^(?:De |de |DE )?((?:[Mm]inister-[Pp]resident,\s+)?(?:Minister|Staatssecretaris|minister|staatssecretaris)\s+"
    r"(?:van|voor)\b[^.;:]*),$"
    r"|^(?:DE )?((?:MINISTER|STAATSSECRETARIS)\s+(?:VAN|VOOR)\b[^.;:a-z]*),?$")
# The office and the name on one line, as officielebekendmakingen.nl prints a Kamerstuk's signature:
# `De Minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-Vliegenthart` (the name has initials).
ONE_LINE_SIGNATURE = re.compile(
    r"^(?:De |de |DE )?((?:[Mm]inister-[Pp]resident,\s+)?(?:Minister|Staatssecretaris|minister|staatssecretaris)\s+"
    r"(?:van|voor)\s+[^.;:]*?),\s+((?:(?:[Mm]r|[Dd]rs?|[Ii]r|[Pp]rof)\.\s*)*(?:[A-Z][a-z]?\.\s?)+\s?[A-Za-z][^,;:]*)$")
# The letter's closing, above its signature block.
CLOSING = re.compile(r"^(?:Hoogachtend|Met (?:vriendelijke|hoogachtende) groet(?:en)?)\b", re.I)
SIGNATURE_BLOCK_LINES = 14
SIGNATURE_END_LINES = 4   # without a closing, the signature is looked for in the letter's last lines
# In the signature block an office may stand without its comma, under its signatory's name.
BLOCK_OFFICE = re.compile(r"^(?:De |de |DE )?((?:Minister|MINISTER|minister|Staatssecretaris|STAATSSECRETARIS|staatssecretaris)\s+"
                          r"(?:van|voor|VAN|VOOR)\b[^.;:]*?),?$")
ON_BEHALF = re.compile(r"^(namens deze|voor deze|n\.d\.),?$", re.I)
# The name under the office: titles (`mr.`, `drs.`; in lower case: `mw. drs. E.I. Schippers`, VWS 2010), initials
# (`J.A.`, `Th.`, after a given name: `Sharon A.M. Dijksma`, EZ 2014, probe67), tussenvoegsels (`E. van der Burg`).
SIGNATORY = re.compile(r"^(?:(?:[Mm]r|[Dd]r|[Dd]rs|[Ii]r|[Ii]ng|[Pp]rof|[Mm]w|[Dd]hr|[Mm]evr)\.\s*)*"
                       r"(?:(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]?\.\s?)+\s*)?"
                       r"(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*"
                       r"[A-Z][\w’'-]*(?:\s+(?:[a-z]{1,3}|[A-Z][\w’'-]*)){0,4}$")
MAX_SIGNATURE_CHARS = 90
# Kamervragen: `Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor Rechtsbescherming (ontvangen ...)`
# ... or two answering together: `Antwoord van Minister Grapperhaus (Justitie en Veiligheid) en van Minister Dekker
# (Rechtsbescherming) (ontvangen 19 mei 2020)`; `mede namens` may follow without its comma (`Antwoord van Minister
# Van Gennip (Sociale Zaken en Werkgelegenheid) mede namens de Staatssecretarissen van Financiën`), and the notice that
# the answer is delayed is signed the same way: `Mededeling van Staatssecretaris Van der Burg (Justitie en Veiligheid)`;
# the Eerste Kamer's answers name the office only: `Antwoorden van de Staatssecretaris van Justitie en Veiligheid`;
# the Prime Minister answers as such: `Antwoord van Minister-President Schoof (Algemene Zaken) (ontvangen 3 september
# 2025)` (AZ 2025, probe81)
ANSWER_BY = re.compile(
    r"(?:Antwoord(?:en)?|Mededeling) van (?:de )?(?P<office>Minister(?:-[Pp]resident)?|Staatssecretaris)\s+"
    r"(?P<person>[^(,\n]+?)\s*"
    r"(?:\((?P<ministry>[^)]+)\))?"
    r"(?:\s*,?\s+en\s+(?:van\s+)?(?:de\s+)?(?P<office2>Minister|Staatssecretaris)\s+(?P<person2>[^(,\n]+?)\s*"
    r"(?:\((?P<ministry2>[^)]+)\))?)?"
    r"\s*(?:,?\s*mede\s+namens\s+(?P<behalf>.+?))?\s*\(ontvangen", re.I | re.S)
# ... and a saved page of questions and their answer names who answered in lower case, the first with an office:
# `Beantwoord door Mark Harbers (staatssecretaris justitie en veiligheid) (VVD)` (openkamer.org, 2018); a role held
# beside the office comes first (`Beantwoord door Mark Rutte (minister-president , minister algemene zaken) (VVD)`, AZ
# 2018, probe57; `(viceminister-president , minister binnenlandse zaken en koninkrijksrelaties)`): the office answers
ANSWERED_BY_LINE = re.compile(r"^[ \t]*Beantwoord door\b[^\n]*?" + ANSWERING_OFFICE, re.M)
# ... and its list of answered questions names who answered in the cell after who asked, the first of several
# (`Het promoten van onbeperkt zonnen |` / `|` / `Anne Kuik (CDA) |` / `|` / `Paul Blokhuis (staatssecretaris
# volksgezondheid, welzijn en sport) (CU) |`, VWS 2017; `Mona Keijzer (staatssecretaris economische zaken) (CDA) |`, EZK;
# probe60); a person with a bare office (`Caspar Veldkamp (minister ) (NSC) |`) names none
LISTED_ANSWERER = re.compile(LISTED_ANSWERS_HEAD.pattern + r"[ \t]*" + ANSWERING_OFFICE)
# Offices titled `Minister voor ...` rather than `Minister van ...`.
# (not `Asiel en Migratie`: since 2024 the Ministerie van Asiel en Migratie is led by the Minister van Asiel en Migratie,
# and an answer's `Antwoord van Minister Faber-van de Klashorst (Asiel en Migratie)` is hers, AenM 2024, probe79; the
# minister without a ministry of 2025 signs as `De Minister voor Asiel en Migratie`, read as written)
MINISTRY_WITH_VOOR = frozenset({
    "Rechtsbescherming", "Migratie", "Medische Zorg", "Medische Zorg en Sport", "Langdurige Zorg",
    "Langdurige Zorg en Sport", "Primair en Voortgezet Onderwijs", "Basis- en Voortgezet Onderwijs en Media",
    "Buitenlandse Handel en Ontwikkelingssamenwerking", "Klimaat en Energie", "Volkshuisvesting en Ruimtelijke Ordening",
    "Armoedebeleid, Participatie en Pensioenen", "Natuur en Stikstof", "Wonen en Rijksdienst", "Milieu en Wonen",
})
# `Deze brief stuur ik u mede namens de minister van Sociale Zaken en Werkgelegenheid (SZW)`
# `mede namens de Minister van Infrastructuur en Waterstaat een afschrift ...`: the office ends at its last
# capitalised word (`Volksgezondheid, Welzijn en Sport`, `VWS en van JenV`); a list of several offices is left out;
# after a comma only a capitalised word goes on (`... en Ruimtelijke Ordening, het MIRT Overzicht 2024 aan`: the
# office ends at `Ordening`)
CO_SENDER_OFFICE = r"[A-Z][\w&-]*(?:,\s+[A-Z][\w&-]*|(?:\s+(?:en|van|voor|de|het))*\s+[A-Z][\w&-]*)*"
# (two offices joined by `en de` are both named: `Hierbij ontvangt u, mede namens de minister van Wonen en Rijksdienst en
# de staatssecretaris van Infrastructuur en Milieu, een reactie op deze motie.`, EZ 2014, probe56)
CO_SENDER_ONE = rf"[Dd]e\s+(?i:minister|staatssecretaris)s?\s+(?:van|voor)\s+{CO_SENDER_OFFICE}"
CO_SENDER = re.compile(rf"\b[Mm]ede\s+namens\s+({CO_SENDER_ONE}(?:\s+en\s+{CO_SENDER_ONE})?)"
                       rf"(?![\w&-]|,\s+[A-Z]|(?:\s+(?:en|van|voor|de|het))*\s+[A-Z]|"
                       r"\s*,\s*(?:de|het)\s+(?i:minister|staatssecretaris))")
INTRODUCTION_DOSSIER = re.compile(r"^\s*Introductiedossier\b", re.M)
MOTION_SUBMITTERS = re.compile(r"^Motie van (het lid|de leden) (.+)$", re.I)


@dataclass(frozen=True)
class Metadata:
    """What a document says about itself; a field it does not state is None."""

    title: str | None = None
    date: str | None = None   # ISO yyyy-mm-dd
    doc_type: DocType = DocType.OTHER
    addressee: str | None = None
    sender: str | None = None
    kenmerk: str | None = None

    def fields(self) -> dict[str, Any]:
        """The fields by name, as ``records.Document`` takes them."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def read_metadata(extraction: Extraction, name: str) -> Metadata:
    """Title, date (ISO or None), type, addressee, sender and kenmerk of a document. A field whose
    reading fails is left empty (logged with the file and the field), never the document."""
    pages = extraction.pages
    first_margin = extraction.margin.get(pages[0].number, "") if pages else ""
    first_body = pages[0].text if pages else ""
    first = first_margin + "\n" + first_body
    stop = min(extraction.appended, default=None)   # a merged file's appended letters have fields of their own
    own = [p for p in pages if stop is None or p.number < stop] or list(pages)
    head = first + "\n" + "\n".join(t for n, t in extraction.margin.items() if stop is None or n < stop)
    last = own[-1].text if own else ""
    doc_type = _guarded(name, "doc_type", DocType.OTHER, read_doc_type, first, name)
    title = _guarded(name, "title", None, read_title, first, doc_type, first_body, first_margin)
    return Metadata(
        title=title,
        date=_guarded(name, "date", None, read_date, head, doc_type),
        doc_type=doc_type,
        addressee=_guarded(name, "addressee", None, read_addressee, head, doc_type),
        sender=_guarded(name, "sender", None, read_sender, first + "\n" + last, doc_type, title, body_text(own)),
        kenmerk=_guarded(name, "kenmerk", None, read_kenmerk, head),
    )


def _guarded(name: str, field_name: str, default: Any, read: Callable[..., Any], *args: Any) -> Any:
    """``read(*args)``, or ``default`` when a rule inside it fails (logged with file and field)."""
    try:
        return read(*args)
    except Exception as exc:  # one field's rule must not cost the document
        log.warning("%s: metadata %s failed (%s: %s); left empty", name, field_name, type(exc).__name__, exc)
        return default


# a file named after the letter that reports on motions is no motie: `bijlage-moties-en-toezeggingen.pdf`,
# `kamerbrief-uitvoering-motie-van-der-plas.pdf`, `reactie-op-motie-...` (mot119 pool)
NOT_A_MOTIE_NAME = re.compile(r"moties|brief|uitvoering|reactie|appreciatie|stand[-_ ]van[-_ ]zaken|toezegging")


def read_doc_type(text: str, name: str) -> DocType:
    """The document's type from cues on its first page; the file name only where the page has none."""
    head = text[:6000]
    for doc_type, cues in DOC_TYPE_CUES:
        if all(cue.search(head) for cue in cues):
            return DocType(doc_type)
    lowered = name.lower()
    for doc_type in ("motie", "kamervragen", "nota", "dossier", "kamerbrief"):
        if doc_type in lowered and not (doc_type == "motie" and NOT_A_MOTIE_NAME.search(lowered)):
            return DocType(doc_type)
    return DocType.OTHER


def read_date(text: str, doc_type: str) -> str | None:
    for pattern in (DATE_LABEL, LOOSE_DATE_LABEL, ROW_DATE, LABEL_ROW_VALUES, ANSWERED, ANSWERED_LINE, MOTION_DATE,
                    RECEIVED_LINE, RECEIVED_HEADING, LIST_DATE, MEETING_DATE, PLACE_DATE, FLAT_ROW_DATE, SALUTATION_DATE, SUBMITTED,
                    MAIL_SENT, DATELINE, SUBMITTED_LINE):
        m = pattern.search(text)
        if m:
            # "7 november 20224 oktober 2022": a footnote digit glued to the year; the year is 4 digits
            # (a stamp wrapped over two lines, `(ontvangen 23 november` / `2021)`, is read as one line)
            value = " ".join(m.group(1).split())
            parsed = parse_dutch_date(value[: value.rfind(" ") + 5] if " " in value else value)
            if parsed:
                return parsed
    m = OCR_DATE_ROW.search(text)
    if m:
        day, month, year = (g for g in m.groups() if g)
        parsed = parse_dutch_date(f"{day} {month} {year}")
        if parsed:
            return parsed
    m = MISREAD_HEAD_ROWS.search(text)
    if m and (parsed := parse_dutch_date(m.group(1))):
        return parsed
    misread = next((m for m in OCR_MONTH_ROW.finditer(text) if misread_month(m.group(2))), None)
    if misread:
        return iso(int(misread.group(3)), misread_month(misread.group(2)) or 0, int(misread.group(1)))
    m = FILED_DATE.search(text)
    if m:
        try:
            return date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    m = ARCHIVE_DATE.search(text)
    if m:   # `11-03-2009`: day, month, year
        try:
            return date(*map(int, reversed(m.group(1).split("-")))).isoformat()
        except ValueError:
            return None
    return _bare_date_line(text)


def _bare_date_line(text: str) -> str | None:
    """A date standing alone among the first lines, not inside a sentence wrapped around it (`Het overleg vond plaats
    op` / `22 november 2022` / `in Den Haag.`: a word before it and a lower-case word after it)."""
    lines = text.split("\n", 60)[:60]
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > TOP_LINES:
            return None
        m = BARE_DATE_LINE.match(line)
        before = lines[i - 1].strip() if i else ""
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if m and not (before[-1:].isalnum() and after[:1].islower()):
            return parse_dutch_date(m.group(1))
    return None


def read_kenmerk(text: str) -> str | None:
    """The sender's reference: the value under its label, a code with a digit."""
    m = FLAT_ROW_DATE.search(text) or LABEL_ROW_VALUES.search(text)
    if m:
        return m.group(2).rstrip(".")
    for pattern in (KENMERK, BARE_KENMERK, LOOSE_KENMERK):
        for m in pattern.finditer(text):
            value = m.group(1).rstrip(".")
            first = value.split()[0]
            # a code has a digit; its first part has one or is in capitals (`DGBI`), never a word (`Pagina 2`)
            if any(c.isdigit() for c in value) and (any(c.isdigit() for c in first) or not re.search("[a-z]", first)):
                return value
    return None


def read_addressee(text: str, doc_type: str) -> str | None:
    """Who the document is addressed to: fixed by its type, the Kamer by its cues, else the first
    line of the address block under the return address (`ROYAL SCHIPHOL GROUP`)."""
    if doc_type == "dossier" and INTRODUCTION_DOSSIER.search(text):
        return "minister"  # an introductiedossier briefs the incoming bewindspersoon
    if doc_type in ADDRESSEE_BY_TYPE:
        return ADDRESSEE_BY_TYPE[doc_type]
    top = "\n".join([line for line in text[:1000].split("\n") if line.strip()][:3])   # the letter's own, at its top
    m = ADDRESS_TO.search(top) if doc_type == "other" else None
    if m:
        return m.group("body") or "minister"
    both = _first_chair_named(text)
    if both:
        return both
    m = CHAIR_ADDRESSED.search(text[:ADDRESS_TOP])
    if m:
        return f"{m.group(1)} Kamer"
    for addressee, cue in ADDRESSEE_CUES:
        if cue.search(text):
            return addressee
    if doc_type == "kamervragen":   # answers go to the Kamer that asked: the Tweede Kamer unless a cue says Eerste
        # (questions not yet answered go to the government: openkamer.org's page under `Kamervraag 2023Z19237` without
        # its `Beantwoord` line, EZK 2023, all150)
        return None if KAMERVRAAG_PAGE.match(text) and not ANSWERED_LINE.search(text) else "Tweede Kamer"
    return _address_block_name(text)


# A letter to both Kamers names both chairs in its address block (`De Voorzitter van de Tweede Kamer der
# Staten-Generaal` / `De Voorzitter van de Eerste Kamer der Staten-Generaal`, pdf65 probe): the one named first
CHAIR_OF = r"[Vv]oorzitter[ \t]+van[ \t]+de[ \t]+(Eerste|Tweede)[ \t]+Kamer"   # (the Kamer, group 1)
CHAIR_ADDRESS = re.compile(rf"^[ \t]*(?:Aan[ \t]+)?[Dd]e[ \t]+{CHAIR_OF}(?:[ \t]+der[ \t]+Staten-Generaal)?[ \t]*$", re.M)
ADDRESS_TOP = 1500   # characters: the address block stands at the letter's top
# the letter's own address line at its top names its Kamer, before any other Kamer its text names: `Aan de Voorzitter
# van de Tweede Kamer der Staten-Generaal` over `Een gelijkluidende brief heb ik gezonden aan de voorzitter van de
# Eerste Kamer der Staten-Generaal` (IenM 2016, all145) or `Het ontwerpbesluit heb ik ... eveneens voorgelegd aan de
# Eerste Kamer der Staten-Generaal` (IenW 2019, all143)
CHAIR_ADDRESSED = re.compile(rf"^[ \t]*Aan[ \t]+de[ \t]+{CHAIR_OF}\b", re.M)


def _first_chair_named(text: str) -> str | None:
    """The Kamer whose chair the address block names first, when it names both chairs; else None."""
    named = [m.group(1) for m in CHAIR_ADDRESS.finditer(text[:ADDRESS_TOP])]
    return f"{named[0]} Kamer" if {"Eerste", "Tweede"} <= set(named) else None


def _address_block_name(text: str) -> str | None:
    """The name the address block opens with, under the `Retouradres` line: the first of its next
    lines that is a name, not a redaction code (`5.1.2e`), a Postbus, street or postcode line."""
    m = RETURN_ADDRESS.search(text)
    if not m:
        return None
    for line in text[m.end():].split("\n")[:ADDRESS_BLOCK_LINES]:
        s = collapse(line)
        if s and not ADDRESS_LINE.match(s) and re.search(r"[^\W\d_]{3}", s):
            return title_case(s) if s.isupper() else s
    return None


def read_sender(text: str, doc_type: str = "", title: str | None = None, body: str = "") -> str | None:
    """The bewindspersoon who signs (`Staatssecretaris van Justitie en Veiligheid, A. Broekers-Knol`),
    the minister who answers Kamervragen, or the members who submit a motie. ``text`` is the first and
    last page; ``body`` the whole document, where the letter's closing may stand before its annexes."""
    if doc_type == "motie" and title:
        m = MOTION_SUBMITTERS.match(title)
        if m:
            return ("Tweede Kamerleden " if m.group(1).lower() == "de leden" else "Tweede Kamerlid ") + m.group(2)
    m = ANSWER_BY.search(text)
    if m:
        return _answering_office(m)
    m = ANSWERED_BY_LINE.search(text) or LISTED_ANSWERER.match(text) or ANSWERS_HEAD_LINES.match(text)
    if m:
        return _office_of(m["office"], m["person"], title_case(m["ministry"]))
    signed = (_closing_signature(body or text) or _signature(text) or _cover_signature(text)
              or (_heading_office(text) if doc_type == "kamerbrief" else None)
              or (_committee(text) if doc_type == "other" else None) or _kamer_chair(text)
              or (_register_signers(text) if doc_type == "kamerbrief" else None))
    co_signed = CO_SENDER.search(text)
    if signed and co_signed and "namens" not in signed:
        return f"{signed} (mede namens {collapse(co_signed.group(1))})"
    return signed


# A saved page of the Tweede Kamer's register names the paper's signers above its text, the first and those with them
# (`- Eerste ondertekenaar: D. Yesilgöz-Zegerius, minister van Justitie en Veiligheid (VVD)` / `- Mede ondertekenaar: F.M.
# Weerwind, minister voor Rechtsbescherming`, berthub.eu 2024, probe52 held-out): the sender where the page holds no
# heading or signature of the letter itself; a bewindspersoon only (a committee's chair signs its verslag), the party
# in brackets left out
REGISTER_SIGNER = re.compile(rf"^[ \t]*-?[ \t]*(?:Gerelateerde personen:[ \t]*-[ \t]*)?{SIGNER_LABEL}[ \t]*"
                             r"(?P<person>[^,\n]{2,60}?),[ \t]*(?P<office>(?i:minister|staatssecretaris)[ \t]+(?i:van|voor)"
                             r"[ \t]+[^()\n]{3,80}?)[ \t]*(?:\([^)\n]*\))?[ \t]*$", re.M)


def _register_signers(text: str) -> str | None:
    """`Minister van Justitie en Veiligheid, D. Yesilgöz-Zegerius, en Minister voor Rechtsbescherming, F.M. Weerwind`
    from a saved page's register lines (``REGISTER_SIGNER``); None without one."""
    signers = [f"{collapse(m['office'])[:1].upper()}{collapse(m['office'])[1:]}, {collapse(m['person'])}"
               for m in REGISTER_SIGNER.finditer(text[:4000])]
    return ", en ".join(dict.fromkeys(signers)) if signers else None   # (the first page and the last may be one)


def _kamer_chair(text: str) -> str | None:
    """`BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER ...` signed `De voorzitter, A. Broekers-Knol` ->
    `Voorzitter van de Eerste Kamer, A. Broekers-Knol` (``CHAIR_HEADING``)."""
    m = CHAIR_HEADING.search(text[:3000])
    if m is None:
        return None
    office = f"Voorzitter van de {m.group(1).capitalize()} Kamer"
    signed = CHAIR_SIGNATURE.search(text, m.end())
    return f"{office}, {signed.group(1)}" if signed else office


# What may stand before a Kamerstuk's `BRIEF VAN` on its heading line: its number (`Nr. 922`) or an Eerste Kamer
# paper's letter (`E`), either with its footnote marker (`C1 BRIEF VAN DE MINISTER ...`, VWS 2024 to the Eerste Kamer),
# and a reprint's mark with its marker (`Nr. 108 HERDRUK1 BRIEF VAN DE MINISTERS VAN ...`, OCW 2019; rules46 probe);
# or the dossier with its part and number, as rijksbegroting.nl prints the heading (`34902 H BRIEF VAN DE MINISTER VAN
# ECONOMISCHE ZAKEN EN KLIMAAT`, `34775 A 66 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT`, probe59)
HEADING_LEAD = (r"^[ \t]*(?:[Nn]r\.\s*\d+[ \t]+|[A-Z]{1,2}\d{0,2}[ \t]+|\d{5}(?:[ \t]+(?:[A-Z]{1,2}|[IVXLC]{1,6}))?"
                r"(?:[ \t]+\d{1,4})?[ \t]+)?(?:HERDRUK\d{0,2}[ \t]+)?")


# A committee's list of decisions or page of a meeting, unsigned, names the committee whose it is: under a label
# (`Voortouwcommissie: vaste commissie voor Defensie`, openkamer.org; `Commissie: Infrastructuur en Waterstaat`, the
# Tweede Kamer's page of a meeting) or in the list's heading (`Korte aantekeningen vergadering commissies Binnenlandse
# Zaken ... (BZK/AZ) en Koninkrijksrelaties (KOREL) van 18 februari 2014`, the Eerste Kamer) (rules47 probe)
COMMITTEE_LABEL = re.compile(r"^[ \t]*(?:Voortouwcommissie|Commissie)[ \t]*:[ \t]*([^\n]{3,150}?)[ \t]*$", re.M)
COMMITTEE_HEADING = re.compile(r"^[ \t]*(?:Besluitenlijst|Korte[ \t]+aantekeningen)[ \t]+(?:van[ \t]+de[ \t]+)?vergadering[ \t]+"
                               r"((?:vaste[ \t]+)?commissies?[ \t]+[^\n]{3,300}?)[ \t]+van[ \t]+\d", re.M)
COMMITTEE_NAMED = re.compile(r"\b(?:commissies?|contactgroep|delegatie)\b", re.I)
# A committee's report opens on the committee that puts the questions (`De vaste commissie voor Landbouw, Visserij,
# Voedselzekerheid en Natuur heeft een aantal vragen ... voorgelegd`, `Binnen de vaste commissie voor Infrastructuur en
# Waterstaat hebben verschillende fracties de behoefte ...`, TK 2023 and 2025, probe69), its footnote marker after it
# and its task in a list of questions left out (`De vaste commissie voor Defensie, belast met het voorbereidend onderzoek
# van dit voorstel van wet, heeft ...`);
# a clerk's mail is signed with the committee's name on a line of its own (`Vaste commissie voor Binnenlandse Zaken`)
COMMITTEE_REPORTING = re.compile(r"\A[\s\S]{0,1500}?^[ \t]*(?:De|Binnen[ \t]+de)[ \t]+(vaste[ \t]+commissies?[ \t]+voor[ \t]+"
                                 r"[^\n]{3,150}?)\d{0,2}(?:,[ \t]+belast[ \t]+met[^\n]{0,150}?,)?[ \t]+(?:heeft|hebben)\b", re.M)
COMMITTEE_SIGNED = re.compile(r"^[ \t]*[Vv](aste[ \t]+commissie[ \t]+voor[ \t]+[A-Z][^\n.,:;]{2,80}?)[ \t]*$", re.M)


def _committee(text: str) -> str | None:
    """The committee an unsigned list of decisions or meeting page names as its own (``COMMITTEE_LABEL``)."""
    m = COMMITTEE_LABEL.search(text) or COMMITTEE_HEADING.search(text)
    m = m or COMMITTEE_REPORTING.search(text) or COMMITTEE_SIGNED.search(text)
    if m is None:
        return None
    name = collapse(m.group(1)) if m.re is not COMMITTEE_SIGNED else "v" + collapse(m.group(1))
    name = GLUED_MARKER.sub("", name)
    return name if COMMITTEE_NAMED.search(name) else "vaste commissie voor " + name


# A footnote marker glued to a word inside a committee's name, the chamber after it (`De vaste commissie voor Immigratie
# en Asiel/JBZ-Raad1 van de Eerste Kamer der Staten-Generaal heeft kennisgenomen ...`, an EK verslag of 2025, probe79);
# never a number that is part of a name (`G20`)
GLUED_MARKER = re.compile(r"(?<=[a-z])\d{1,2}(?=\s)")


# A Kamerstuk names its writer's office in its heading (`Nr. 922 BRIEF VAN DE STAATSSECRETARIS VAN ECONOMISCHE ZAKEN`):
# the sender where the text holds no signature (a letter cut off before it); a joint letter's offices below
# (also in lower case after its number, as a .docx preview gives it: `Nr. 216 Brief van de staatssecretaris van
# Financiën`, Fin 2024, rules32 held-out probe; the number keeps a cited title on a line of its own out); the Prime
# Minister's one office of two names counts as one (`BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN`,
# AZ 2023, rules35 held-out probe); the article is sometimes left out (`Nr. 14 BRIEF VAN STAATSSECRETARIS VAN JUSTITIE
# EN VEILIGHEID`, JenV 2022, rules39 probe); a line ending on `EN` or a comma runs on to a further office (below)
HEADING_OFFICE = re.compile(HEADING_LEAD + r"BRIEF VAN (?:DE[ \t]+)?((?:MINISTER-PRESIDENT,[ \t]+)?"
                            r"(?:MINISTER|STAATSSECRETARIS)"
                            r"[ \t]+(?:VAN|VOOR)[ \t]+(?:(?![ \t]+EN[ \t]+(?:DE|VAN)[ \t])[A-ZËÏÉÖÜ ,&-])+?)(?<!\bEN)(?<!,)[ \t]*$|"
                            r"^[ \t]*[Nn]r\.\s*\d+[ \t]+Brief van (?:de[ \t]+)?((?:minister|staatssecretaris)[ \t]+(?:van|voor)[ \t]+"
                            r"(?:(?![ \t]+(?i:en)[ \t]+(?i:de|van)[ \t])(?:[^\W\d_]|[ ,&-]))+?)[ \t]*$", re.M)


def _heading_office(text: str) -> str | None:
    """`Nr. 922 BRIEF VAN DE STAATSSECRETARIS VAN ECONOMISCHE ZAKEN` -> `Staatssecretaris van Economische Zaken`."""
    m = HEADING_OFFICE.search(text[:3000])
    if not m:
        return _heading_offices(text)
    return _heading_case(collapse(m.group(1) or m.group(2)))


def _heading_case(office: str) -> str:
    office = _office_case(office).replace("Minister-president", "Minister-President")
    return re.sub(r"(?<=\s)(Van|Voor|En)(?=\s)", lambda w: w.group(1).lower(), office)


# A Kamerstuk of several writers names each office in its heading, as printed over one to three lines; every office
# opens on `van`/`voor` after a comma or `en`, a further role after `en de` or `, de` (`EN VAN DE`, as one heading has
# it); a line runs on where it ends on `en`, `de`, `van`, `voor` or a comma, or where the next opens on `en`, `van` or
# `voor`: `BRIEF VAN DE MINISTERS VAN BUITENLANDSE
# ZAKEN, VAN DEFENSIE EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING` (BZ 2023), `BRIEF VAN DE MINISTER EN
# STAATSSECRETARIS VAN DEFENSIE` (Def 2025), `BRIEF VAN DE MINISTERS VAN SOCIALE ZAKEN EN WERKGELEGENHEID, VAN FINANCIËN
# EN VOOR ARMOEDEBELEID, PARTICIPATIE EN PENSIOENEN EN DE STAATSSECRETARIS VAN FINANCIËN` (SZW 2022; rules41 held-out
# probe, 6 of 19 letters), `BRIEF VAN DE STAATSSECRETARISSEN VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN VAN JUSTITIE
# EN VEILIGHEID` (VWS 2024, rules44 probe); a line ending on `EN` runs on over one blank line too (`BRIEF VAN DE
# MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT, EN` / `` / `DE STAATSSECRETARIS VAN ...`, VWS 2024 to the Eerste
# Kamer, rules46 probe); also in lower case as a .docx preview gives it; joined as signers are
HEADING_OFFICES = re.compile(HEADING_LEAD + r"(?:BRIEF VAN DE[ \t]+("
                             r"(?:MINISTERS?|STAATSSECRETARIS(?:SEN)?)[ \t]+(?:EN|VAN|VOOR)[ \t]+[A-ZËÏÉÖÜ ,&–-]+?"
                             r"(?:(?:(?<=\bEN)|(?<=\bDE)|(?<=\bVAN)|(?<=\bVOOR)|(?<=,))[ \t]*\n(?:[ \t]*\n)?[ \t]*[A-ZËÏÉÖÜ][A-ZËÏÉÖÜ ,&–-]*?|"
                             r"[ \t]*\n[ \t]*(?:EN|VAN|VOOR)[ \t]+[A-ZËÏÉÖÜ ,&–-]*?){0,2})|"
                             r"Brief van de[ \t]+((?:ministers?|staatssecretaris(?:sen)?)[ \t]+(?:en|van|voor)[ \t]+[^\n]+?))[ \t]*$",
                             re.M)
ONE_OFFICE = re.compile(r"(?i:minister|staatssecretaris)\s+(?i:van|voor)\s+"
                        r"(?:(?!\s(?i:en)\s+(?i:de|van)\s|,\s*(?i:de\s+)?(?i:minister|staatssecretaris))[^\n])+")
HEADING_ROLE = re.compile(r"(?i:(ministers?|staatssecretaris(?:sen)?)(?:\s+en\s+(staatssecretaris))?)\s+(?=(?i:van|voor)\s)")


def _heading_offices(text: str) -> str | None:
    """The offices a Kamerstuk's heading of several writers names (below); None without one."""
    # (the first heading that names offices only: a saved page's own title may read like one, `Brief van de minister
    # en de staatssecretaris van VWS met Nadere beleidsreactie ...`, parlementairemonitor.nl 2024, rules46 probe)
    # (or one office whose long ministry wrapped onto the next line, as a saved page prints the heading: `Nr. 187
    # BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN` / `WERKGELEGENHEID`, parlementairemonitor.nl 2019, probe58)
    return next((offices for m in HEADING_OFFICES.finditer(text[:3000])
                 if (offices := _offices_named(collapse(m.group(1) or m.group(2)))
                     or _wrapped_office(m.group(0), collapse(m.group(1) or m.group(2))))), None)


def _wrapped_office(heading: str, office: str) -> str | None:
    """`STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID` when the heading wrapped it over lines; else None."""
    if "\n" not in heading.strip() or not ONE_OFFICE.fullmatch(office):
        return None
    return _heading_case(office)


def _offices_named(heading: str) -> str | None:
    """`MINISTER EN STAATSSECRETARIS VAN DEFENSIE` -> `Minister van Defensie, en Staatssecretaris van Defensie`;
    None unless every part is an office."""
    offices: list[str] = []
    for part in re.split(r"(?:,?\s+(?i:en)|,)(?:\s+(?i:van))?\s+(?i:de)\s+", heading):
        role = HEADING_ROLE.match(part)
        if not role:
            return None
        ministries = re.split(r"(?:,|\s+(?i:en))\s+(?=(?i:van|voor)\s)", part[role.end():])
        roles = [r for r in role.groups() if r]
        if len(roles) > 1 and len(ministries) > 1:
            return None
        if len(ministries) == 1 and re.search(r"(?i)(?:ministers|staatssecretarissen)$", roles[0]):
            # two of one ministry under the plural role (`BRIEF VAN DE STAATSSECRETARISSEN VAN JUSTITIE EN VEILIGHEID`,
            # JenV 2025; VWS 2025, rules46 probe)
            ministries *= 2
        offices += [_heading_case(f"{re.sub(r'(?i)(?<=minister)s$|(?<=staatssecretaris)sen$', '', r)} {ministry}")
                    for r in roles for ministry in ministries]
    return ", en ".join(offices) if len(offices) > 1 else None


def _answering_office(m: re.Match) -> str:
    """`Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor
    Rechtsbescherming` -> `Minister van Justitie en Veiligheid, Yeşilgöz-Zegerius (mede namens ...)`; two answering
    together are joined by `, en ` as two signers are."""
    on_behalf = collapse(m.group("behalf")) if m.group("behalf") else None
    sender = _office_of(m.group("office"), m.group("person"), m.group("ministry"))
    if m.group("office2"):
        sender += ", en " + _office_of(m.group("office2"), m.group("person2"), m.group("ministry2"))
    return f"{sender} (mede namens {on_behalf})" if on_behalf else sender


def _office_of(office: str, person: str, ministry: str | None) -> str:
    office, person = collapse(office), collapse(person)
    if office.lower() == "minister-president":   # `Antwoord van Minister-President Schoof (Algemene Zaken)`, probe81
        return f"Minister-President, Minister van {ministry}, {person}" if ministry else f"Minister-President, {person}"
    if ministry:
        ministry = collapse(ministry)
        preposition = "voor" if ministry in MINISTRY_WITH_VOOR else "van"
        return f"{office.capitalize()} {preposition} {ministry}, {person}"
    return f"{office.capitalize()} {person}"


# An office wrapped over two lines in a narrow signature block: `De Minister van Landbouw, Natuur en` / `Voedselkwaliteit,`
# (`DE MINISTER VAN LANDBOUW, NATUUR EN` / `VOEDSELKWALITEIT,`); the line runs on in a word that needs more.
OFFICE_RUNS_ON = re.compile(r"^(?:De |de |DE )?(?:Minister|Staatssecretaris|MINISTER|STAATSSECRETARIS)\b.*\b(?:en|van|voor|EN|VAN|VOOR)$")
OFFICE_TAIL = re.compile(r"^[A-Z][\w&-]*(?:,?\s+(?:en|van|voor|EN|VAN|VOOR|[A-Z][\w&-]*))*,?$")


# An office wrapped over two lines in a narrow signature column: `De Minister van Sociale Zaken` / `en
# Werkgelegenheid,`; the second line goes on with `en`, `van` or `voor`, or is a capitalised office word ending on a comma.
# (the first line may end on a comma of the office itself: `De Minister van Volksgezondheid,` / `Welzijn en Sport,`,
# or hold one: `De Minister van Landbouw, Natuur` / `en Voedselkwaliteit,`, pdf49 probe)
OFFICE_START = re.compile(r"^(?:De |de |DE )?(?:Minister|MINISTER|minister|Staatssecretaris|STAATSSECRETARIS|staatssecretaris)"
                          r"\s+(?:van|voor|VAN|VOOR)\b[^.;:,]*(?:,\s*[A-Z][^.;:,]*)*(?P<comma>,)?$")
OFFICE_WRAP = re.compile(r"^(?:(?P<joined>(?:en|van|voor|EN|VAN|VOOR)\s+[^.;:]{2,60})|(?P<listed>[A-Z][\w&-]+"
                         r"(?:\s+(?:en|EN|van|VAN|[A-Z][\w&-]+)){0,4}\s+(?:en|EN)\s+[A-Z][\w&-]+\s*,))$")


# Two signers side by side, their offices read as one line: `De Minister van Buitenlandse Zaken, De Staatssecretaris voor
# Europese` / `Zaken,` (BZ 2009, pdf65 probe): each office a line of its own; the second starts on a capital `De`
# (not `... van Financiën, de Minister van ...` in a sentence)
SIDE_BY_SIDE_OFFICES = re.compile(
    r"^((?:De |de |DE )?(?:Minister|MINISTER|minister|Staatssecretaris|STAATSSECRETARIS|staatssecretaris)\s+"
    r"(?:van|voor|VAN|VOOR)\b[^.;:]*?,)\s+((?:De|DE)\s+(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS)\s+"
    r"(?:van|voor|VAN|VOOR)\b[^.;:]*)$")


def _side_by_side(lines: list[str]) -> list[str]:
    """The lines with two offices set side by side (``SIDE_BY_SIDE_OFFICES``) split into one line each."""
    out: list[str] = []
    for line in lines:
        m = SIDE_BY_SIDE_OFFICES.match(line)
        out.extend([m.group(1), m.group(2)] if m else [line])
    return out


# A copy of a signed letter marks the signature `(w.g.)` (was getekend) before the name: `(w.g.)\tSharon A.M. Dijksma` /
# `Staatssecretaris van Economische Zaken` (EZ 2014, probe67)
SIGNED_MARK = re.compile(r"^\(w\.\s?g\.\)\s*", re.I)


# A saved page that sets the signature in a table cell of its own: `| De minister van Buitenlandse Zaken, D.M. van Weel |`
# (berthub.eu's preview of a .docx, BZ 2026, probe81): the cell's bars are no part of the line
TABLE_CELL = re.compile(r"^\|\s*(.*?)\s*\|$")


def _signature_lines(lines: list[str]) -> list[str]:
    """The lines stripped, a leading `(w.g.)` taken off, a one-cell table row read as its cell."""
    return [SIGNED_MARK.sub("", TABLE_CELL.sub(r"\1", line.strip())) for line in lines]


def _join_wrapped_offices(lines: list[str]) -> list[str]:
    """The lines with an office wrapped over two lines joined into one (the second line dropped)."""
    lines = _side_by_side(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)
        if OFFICE_RUNS_ON.match(line) and nxt is not None and OFFICE_TAIL.match(lines[nxt]) and len(lines[nxt].split()) <= 4:
            out.append(f"{line} {lines[nxt]}")
            i = nxt + 1
            continue
        start = OFFICE_START.match(line)
        wrap = OFFICE_WRAP.match(lines[nxt]) if start and nxt is not None else None
        # (over a blank line, as a converted .doc sets every line apart, only a listed tail ending on its comma)
        if (start and wrap and nxt is not None and len(line) + len(lines[nxt]) < 90
                and (wrap["listed"] or not start["comma"]) and (nxt == i + 1 or wrap["listed"])):
            out.append(f"{line} {lines[nxt]}")
            i = nxt + 1
            continue
        out.append(line)
        i += 1
    return out


def _closing_signature(text: str) -> str | None:
    """Who signs under the letter's last closing (`Hoogachtend,`), or, without one, at the very end of
    the letter: every office in the signature block with its name, under it or above it (`M.A.M.
    Adriaansens` / `Minister van Economische Zaken en Klimaat`), several signers joined by `, en `."""
    lines = _join_wrapped_offices(_signature_lines(text.split("\n")))
    closings = [i for i, line in enumerate(lines) if CLOSING.match(line)]
    if not closings:   # a letter ending on its signature, the closing lost: named signers only
        tail = [i for i, line in enumerate(lines[:_annex_list_start(lines)]) if line][-SIGNATURE_END_LINES:]
        signers = _signers([lines[i] for i in tail], named_only=True)
        first = next((i for i in tail if BLOCK_OFFICE.match(lines[i])), None)
        above = _signer_above(lines, first) if signers and first is not None else None
        while above is not None and len(signers) < MAX_CO_SIGNERS:   # who signs with them, right above
            signers.insert(0, above[0])
            above = _signer_above(lines, above[1])
        return ", en ".join(signers) or None
    # the last closing an office signs: a besluit's documents after it (mails: `Met vriendelijke groet,` / `5.1.2e`)
    # close without one
    for closing in reversed(closings):
        signers = _signers([line for line in lines[closing + 1:closing + 1 + SIGNATURE_BLOCK_LINES] if line])
        if signers:
            return ", en ".join(signers)
    return None


# The list of annexes under a letter's signature: `Bijlagen` / `1. Eindverslag Voortgangsoverleg Klimaatakkoord ...`
# (a label on a line of its own, the items under it; or the numbered items alone, where the PDF's reading put the
# label in the margin with the sidebar's labels; EZK/KGG 2022, pdf65 probe)
ANNEX_LIST = re.compile(r"^Bijlage(?:n|\(n\))?[ \t]*:?$")
LIST_ITEM = re.compile(r"^(?P<n>[12])[.)][ \t]+\S")
ANNEX_LIST_LINES = 8   # the list runs at most this many lines to the letter's end


def _annex_list_start(lines: list[str]) -> int:
    """Where the list of annexes at the letter's end starts (``ANNEX_LIST``, or a numbered list's item 1 followed
    by its item 2), or the number of lines."""
    window = [i for i, line in enumerate(lines) if line][-ANNEX_LIST_LINES:]
    label = next((i for i in window if ANNEX_LIST.match(lines[i])), None)
    if label is not None:
        return label
    items = [(i, m["n"]) for i in window for m in [LIST_ITEM.match(lines[i])] if m]
    first = next((k for k, (_, n) in enumerate(items) if n == "1"), None)
    return items[first][0] if first is not None and any(n == "2" for _, n in items[first:]) else len(lines)


def _signers(block: list[str], named_only: bool = False) -> list[str]:
    """Each office of a signature block with the names that go with it; ``named_only``: those a name goes with (an
    office alone at a text's end may be a heading's second line: `DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN
    SPORT`, whose own commas are no name's, VWS 2024, rules46 probe)."""
    signers = []
    names_first = not named_only and _names_first(block)   # (a closing's whole block; a letter's last lines may cut
    # a block of offices over their names after its first office: `Ruben Brekelmans` / `DE STAATSSECRETARIS ...` / `Gijs
    # Tuinman`, Defensie 2025, probe81 held-out)
    for i, line in enumerate(block):
        m = BLOCK_OFFICE.match(line)
        if not m or len(line) > MAX_SIGNATURE_CHARS:
            continue
        names = [] if names_first else _names_under(block[i + 1:i + 6])
        if not names and i > 0 and SIGNATORY.match(block[i - 1]) and not BLOCK_OFFICE.match(block[i - 1]):
            names = [block[i - 1]]
        if named_only and not names:
            continue
        signers.append(", ".join([_office_case(m.group(1).rstrip(", ")), *names]))
    return signers


def _names_first(block: list[str]) -> bool:
    """Whether a signature block opens on a name over its office (`Femke Marije Wiersma` / `Minister van Landbouw,
    Visserij, Voedselzekerheid en Natuur` / `Jean Rummenie` / `Staatssecretaris van ...`, LVVN 2025, probe81): then
    every signer's name stands above their office, and the name under an office is the next signer's."""
    return (len(block) > 1 and bool(SIGNATORY.match(block[0])) and not BLOCK_OFFICE.match(block[0])
            and bool(BLOCK_OFFICE.match(block[1])))


def _names_under(lines: list[str]) -> list[str]:
    """`namens deze` and the signatory's name on the lines under an office."""
    out = []
    for line in lines:
        if ON_BEHALF.match(line):
            out.append(line.rstrip(", ").lower())
            continue
        if SIGNATORY.match(line) and not BLOCK_OFFICE.match(line):
            out.append(line)
        break
    return out


def _signature(text: str) -> str | None:
    """The last `De Minister van ...,` line, `namens deze,` and the name under it; with the signers right above it
    when two or more sign together (`De Staatssecretaris van Infrastructuur en Waterstaat, V.L.W.A. Heijnen` /
    `De Minister voor Natuur en Stikstof, Ch. van der Wal-Zeggelink`, a Milieuraad report of 2023), joined by `, en `."""
    lines = _join_wrapped_offices(_signature_lines(text.split("\n")))
    for i in range(len(lines) - 1, -1, -1):
        signer = _signer_at(lines, i)
        if signer is None:
            continue
        signers = [signer]
        above = _signer_above(lines, i)
        while above is not None and len(signers) < MAX_CO_SIGNERS:
            signers.insert(0, above[0])
            above = _signer_above(lines, above[1])
        return ", en ".join(signers)
    return None


MAX_CO_SIGNERS = 4


def _signer_at(lines: list[str], i: int) -> str | None:
    """The office (and the name) signing at line ``i``: on one line, or the office over `namens deze` and the name."""
    one_line = ONE_LINE_SIGNATURE.match(lines[i])
    if one_line and len(lines[i]) <= MAX_SIGNATURE_CHARS:
        return f"{_office_case(one_line.group(1))}, {one_line.group(2).strip()}"
    m = SIGNATURE_OFFICE.match(lines[i])
    if not m or len(lines[i]) > MAX_SIGNATURE_CHARS:
        return None
    # (never the second line of a Kamerstuk's heading, wrapped: `BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN
    # VOOR RECHTSBESCHERMING EN DE` / `STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID`, JenV 2019)
    above = next((lines[j] for j in range(i - 1, max(-1, i - 3), -1) if lines[j]), "")
    if m.group(2) and re.search(r"\bBRIEF VAN\b", above):
        return None
    parts = [_office_case((m.group(1) or m.group(2)).rstrip(", "))]
    return ", ".join(parts + _names_under([l for l in lines[i + 1:i + 6] if l]))


def _signer_above(lines: list[str], i: int) -> tuple[str, int] | None:
    """A signer whose block ends right above line ``i`` (blank lines between): an office and name on one line, or an
    office over its name; with the line the office stands on."""
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    if j < 0:
        return None
    if ONE_LINE_SIGNATURE.match(lines[j]):
        signer = _signer_at(lines, j)
        return (signer, j) if signer else None
    office = SIGNATURE_OFFICE.match(lines[j])
    if office and j == i - 1 and SIGNATURE_OFFICE.match(lines[i]):   # two offices set side by side, split in two lines
        return _office_case((office.group(1) or office.group(2)).rstrip(", ")), j
    k = j - 1   # the name under its office: the office one line up (`namens deze,` may stand between)
    while k >= 0 and (not lines[k] or ON_BEHALF.match(lines[k])) and j - k <= 3:
        k -= 1
    if k >= 0 and SIGNATORY.match(lines[j]) and SIGNATURE_OFFICE.match(lines[k]):
        signer = _signer_at(lines, k)
        return (signer, k) if signer else None
    return None


# a cover letter that sends the answers signs above them, its signatory's full name over the office, no closing:
# `Carola Schouten` / `Minister van Landbouw, Natuur en Voedselkwaliteit` (answers to Kamervragen, LNV 2019)
COVER_LINES = 40


def _cover_signature(text: str) -> str | None:
    """The first office on a line of its own under a line holding only a name of two or more words, in the first
    lines of a letter that signs nowhere else."""
    lines = _signature_lines(text.split("\n")[:COVER_LINES])
    lines = [line for line in _join_wrapped_offices(lines) if line]
    for i, line in enumerate(lines[1:], 1):
        m = BLOCK_OFFICE.match(line)
        name = lines[i - 1]
        if (m and len(line) <= MAX_SIGNATURE_CHARS and len(name.split()) >= 2 and SIGNATORY.match(name)
                and not BLOCK_OFFICE.match(name)):
            return f"{_office_case(m.group(1).rstrip(', '))}, {name}"
    return None


def _office_case(office: str) -> str:
    """`MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT` -> `Minister van Infrastructuur en Waterstaat`."""
    return title_case(office) if office.isupper() else office[0].upper() + office[1:]


def misread_subject_row(margin: str) -> re.Match[str] | None:
    """The first margin row of OCR_SUBJECT_LABEL whose label is no Dutch word (a misread `Betreft`)."""
    from ingest.extract.ocr import is_known   # the vocabulary is loaded only when such a row stands in the margin

    return next((m for m in OCR_SUBJECT_LABEL.finditer(margin) if not is_known(m.group(1).lower())), None)


# A Kamerstuk is cited by its dossier's title and its own, as the Kamer's register titles it (`Gaswinning
# Groningen-veld; Brief regering; Reactie op verzoek ...`, `EU en de rechtsstaat; verslag van een nader schriftelijk
# overleg`): a reader looks for `Justitiële Inrichtingen` as for `Vijfde voortgangsrapportage Capaciteit DJI`, so
# where the page prints both (`Brief regering : Vijfde voortgangsrapportage ...` over `24 587 Justitiële Inrichtingen`
# / `Nr. 1068` / `BRIEF VAN ...`) the title names both; a paper of another kind than a letter without a subject of
# its own is named by its kind (`...voor het jaar 2025; Verslag houdende een lijst van vragen en antwoorden`)
ARCHIVE_LETTER_DOSSIER = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?:Officiële titel[ \t]*\|?[ \t]*)?([^\n;|]{2,200}?)[ \t]*;"
                                    r"[ \t]*Brief regering[ \t]*;", re.M)
PAPER_NUMBER = re.compile(rf"{KST_PAPER_NUMBER}[ \t]+(?=[A-Z])")   # (on one line: ``_paper_kind``)
# A paper as parlementairemonitor.nl shows it: the dossier's title over one line of dossier, paper number and kind
# (`Incidentele suppletoire begroting BZK inzake Klimaat enveloppe regeerakkoord` / `34902 G BRIEF VAN DE MINISTER VAN
# BINNENLANDSE ZAKEN ...`, EK 2019, all137; `Vaststelling begroting Ministerie van Onderwijs, Cultuur en Wetenschap 2019` /
# `35000 VIII D VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, EK 2019, all135); the match ends where the paper's number begins
MONITOR_DOSSIER_TITLE = re.compile(rf"^[ \t]*([A-Z][^\n]{{3,400}}?)[ \t]*\n(?:[ \t]*\n)*[ \t]*{KST_DOSSIER}[ \t]+"
                                   rf"(?={KST_PAPER_NUMBER}[ \t]+[A-Z]{{2,}}\b)", re.M)   # (the kind in capitals)
DOSSIER_BEFORE_NUMBER = re.compile(rf"{KST_DOSSIER}[ \t]+(?={KST_PAPER_NUMBER}[ \t])")
TITLE_SEPARATOR = "; "
# where a page names the dossier a paper is filed in: the Kamerstuk's heading, the register's title line, openkamer.org's
# `Dossier:` line (not the Kamer's record page, SAVED_PAGE_TITLE: the line between its subject and its kind may be the
# Aanhangsel's own subject, its heading lines set above it by the layout, dl97 pool)
DOSSIER_HEADINGS = (KST_DOSSIER_TITLE, MONITOR_DOSSIER_TITLE, ARCHIVE_LETTER_DOSSIER, DOSSIER_LINE)


def read_title(first: str, doc_type: str, body: str, margin: str = "") -> str | None:
    """The document's title: its own (subject line, heading, ...), after its dossier's title where it is a
    Kamerstuk printed under its dossier's heading. Not a motie's (its heading names it, and its members sign it) nor a
    fiche's (every fiche is filed under the one dossier of new Commission proposals)."""
    own = _own_title(first, doc_type, body, margin)
    m = next((m for m in (p.search(first) for p in DOSSIER_HEADINGS) if m), None)
    if m is None or doc_type in (DocType.MOTIE, DocType.BNC_FICHE):
        return own
    dossier = _tidy(m.group(1))
    if own is None or _words(own) <= _words(dossier):
        kind = _paper_kind(first, m.end()) if m.re in (KST_DOSSIER_TITLE, MONITOR_DOSSIER_TITLE) else None
        return f"{dossier}{TITLE_SEPARATOR}{kind}" if kind else (own or dossier)
    if _words(dossier) <= _words(own):
        return own
    return f"{dossier}{TITLE_SEPARATOR}{own}"


def _paper_kind(first: str, heading_at: int) -> str | None:
    """The kind a Kamerstuk's heading names, in sentence case, from the line where a dossier heading's match ends
    (`Nr. 7 NOTA NAAR AANLEIDING VAN HET VERSLAG`, `C VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`); None for a letter's
    (`BRIEF VAN DE MINISTER ...`: its subject names it, where the page has one)."""
    start = first.rfind("\n", 0, heading_at - 1) + 1
    end = first.find("\n", heading_at)
    line = first[start:end if end >= 0 else len(first)].strip()
    line = line[m.end():] if (m := DOSSIER_BEFORE_NUMBER.match(line)) else line   # (`35000 VIII D VERSLAG ...`)
    number = PAPER_NUMBER.match(line)
    kind = collapse(line[number.end():] if number else line)
    return None if re.match(r"(?:herdruk\d*\s+)?brief\b", kind, re.I) or len(kind) > 160 else kind.capitalize()


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _own_title(first: str, doc_type: str, body: str, margin: str = "") -> str | None:
    m = MARGIN_SUBJECT.search(margin) or MISREAD_HEAD_ROWS.search(margin) or misread_subject_row(margin)
    if m:
        return _tidy(m.group(m.lastindex or 1))
    m = ROW_SUBJECT.search(first)
    if m:
        return _tidy(" ".join(g for g in m.groups() if g))
    m = LABEL_ROW_VALUES.search(first)
    if m:
        return _tidy(m.group(3))
    named = _named_title(first, doc_type, body)
    if named:
        return named
    m = LONG_OPENING_TITLE.match(body)
    if m and not NOT_A_HEADING.search(m.group(1)) and not ADDRESS_OPENING.match(m.group(1)):
        return _tidy(m.group(1))
    m = PAPER_KIND_LINE.match(body.lstrip("\n"))
    if m:
        return collapse(m.group(1)).capitalize()
    on_title_page = _title_page_title(body)
    if on_title_page:
        return on_title_page
    headings = _headings(body)
    if headings and all(" " not in h for h in headings[:2]):   # one-word headings head sections, not the paper
        m = DOSSIER_LINE.search(first) or LETTER_HEADING.search(first) or PAPER_KIND_LINE.search(first)
        if m:
            return _tidy(m.group(1)) if m.re is DOSSIER_LINE else collapse(m.group(1)).capitalize()
    m = OFFERED_PAPER.search(body) if doc_type == "kamerbrief" else None
    if m and len(m.group(1).split()) > 1:   # (a paper's kind alone names nothing: `Hierbij bied ik u het rapport aan`)
        return _tidy(m.group(1)[0].upper() + m.group(1)[1:])
    if headings:
        return " en ".join(headings[:2]) if doc_type == "kamerbrief" else headings[0]
    m = OPENING_TITLE.match(body)
    if m is None or NOT_A_HEADING.search(m.group(1)) or ADDRESS_OPENING.match(m.group(1)):
        m = PAPER_KIND_LINE.search(first)
        return collapse(m.group(1)).capitalize() if m else None   # (in sentence case: `Verslag van een ...`)
    return _tidy(m.group(1))


# a letter without a subject that sends a paper names it in its offer, better than its headings do: `Hierbij bieden wij
# uw Kamer de Voorjaarsbrief fiscale moties en toezeggingen 2021 aan.` (Fin 2021, all142; its headings `Afgedane moties
# en toezeggingen` and `Ketenplannen` head its parts)
OFFERED_PAPER = re.compile(r"\bHierbij\s+(?:bied|zend|stuur)(?:en)?\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+"
                           r"(?:de|het)\s+([^.;\n]{5,200}?)\s+(?:aan|toe)\b")
TITLE_PAGE_LINES = 5    # a cover page holds a few short lines and nothing else ...
TITLE_PAGE_WORDS = 14   # ... of this many words at most


def _title_page_title(body: str) -> str | None:
    """The title a cover page sets a word a line (`Internationale` / `Klimaatstrategie` / `van ambitie naar transitie`,
    BZ 2022): its leading lines of one capitalised word each, joined, where the page holds nothing but a few short
    lines without a sentence's stop or a figure (no letterhead's `Datum` / `12 juni 2020`)."""
    lines = [ln.strip() for ln in body.strip().split("\n") if ln.strip()]
    if not 2 <= len(lines) <= TITLE_PAGE_LINES or sum(len(ln.split()) for ln in lines) > TITLE_PAGE_WORDS \
            or any(ln[-1] in ".:;?!," or re.search(r"\d", ln) for ln in lines):
        return None
    words = list(itertools.takewhile(lambda ln: re.fullmatch(r"[A-Z][\w'’-]+", ln) is not None, lines))
    return " ".join(words) if len(words) >= 2 else None


def _named_title(first: str, doc_type: str, body: str) -> str | None:
    """The title a document names under a cue of its kind (subject line, questions, fiche, dossier, nota, list),
    the cues tried in this order."""
    fiche = doc_type == DocType.BNC_FICHE
    # a motie's own heading names it; in a letter the same heading heads a part of its annex
    cues: tuple[Callable[[], re.Match | None], ...] = (
        lambda: NUMBERED_PAGE_TITLE.match(first.lstrip("\n")) or NUMBERED_PAGE_TITLE.match(body),
        lambda: SUBJECT.search(first) or (MOTION_TITLE.search(first) if doc_type == "motie" else None)
        or FLAT_SUBJECT.search(first),
        lambda: DEBATE_ANSWERS_TITLE.match(body) or QUESTIONS_TITLE.search(first) or QUESTIONS_HEADING.search(first),
        lambda: FICHE_HEADING.search(first) if fiche else None,
        lambda: PROMISE_RECORD_TITLE.match(first) or SAVED_PAGE_TITLE.search(first) or FILED_LETTER_TITLE.search(first)
        or ARCHIVE_LETTER_TITLE.search(first) or KST_DOSSIER_TITLE.search(first) or LISTED_ANSWERS_HEAD.match(first) or ARCHIVE_PAGE_TITLE.search(first),
        lambda: FICHE_TITLE.search(first) if fiche else None,
        lambda: MEETING_PAGE_TITLE.search(first),
    )
    for cue in cues:
        m = cue()
        if m:   # the first group that took part: a cue may name its title in one of two alternatives
            return _tidy(next(g for g in m.groups() if g is not None))
    m = NOTA_SUBJECT.search(body) if doc_type == "nota" else None
    if m:
        return "Nota: " + _tidy(m.group(1))
    m = LIST_TITLE.search(first)
    return _tidy(m.group(1)) if m else None


def _headings(body: str) -> list[str]:
    """Short standalone lines that open a paragraph: the headings of a page."""
    out = []
    before = ""   # the last line of the block before
    blocks = re.split(r"\n\s*\n", body)
    for i, block in enumerate(blocks):
        lines = block.strip().split("\n")
        first = lines[0].strip()
        signed, before = before.endswith(","), lines[-1].strip()
        if BLOCK_OFFICE.match(first) or OFFICE_RUNS_ON.match(first):   # the signature's office (`DE MINISTER VAN ...`)
            continue
        if signed:   # the name under a signature's office or a committee's chair (`De voorzitter van de commissie,` / `Diks`)
            continue
        if _name_over_office(first, blocks[i + 1:i + 2]):
            continue
        if HEADING.match(first) and not NOT_A_HEADING.search(first) and len(lines[0].split()) <= 8:
            if not lines[0].rstrip().endswith(","):  # `Geachte voorzitter,` is no heading
                out.append(lines[0].strip())
    return out


def _name_over_office(first: str, after: list[str]) -> bool:
    """A signatory's full name over the office in the next block: a cover letter that sends answers signs with no
    closing (`Sophie Hermans` / `Minister van Klimaat en Groene Groei`, KGG 2025, rules44 probe), no heading."""
    following = after[0].strip().split("\n")[0].strip() if after else ""
    return len(first.split()) >= 2 and bool(SIGNATORY.match(first)) and bool(BLOCK_OFFICE.match(following))


def _tidy(text: str) -> str:
    text = collapse(text).rstrip(".")
    text = re.sub(r"(?<=[a-z])\((?=[A-Z])", " (", text)  # `Klashorst(PVV)` -> `Klashorst (PVV)`
    return title_case(text) if text.isupper() else text   # `MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS`
