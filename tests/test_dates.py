"""Dutch time expressions to periods, table-driven on phrases from the corpus (ingest/dates.py).

Conventions: a year is 1 January-31 December, a month the whole month, a quarter or a half its months;
`begin`/`eind` of a month are days 1-10 / 21-end, of a year its first / last quarter; `half november`
is the 15th; `voor de zomer` ends on 1 July; `vanaf X` has a start only; a term counted from an event
has no dates and is relative; vague expressions are approx.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.tagging.catalog import all_rules
from ingest.tagging.dates import PERIODS as PERIODS_TABLE, anchor_year, file_day_fits, find_periods
from ingest.tagging.nlp import sentences
from ingest.tagging.prefilter import Need, fold, needed

ROOT = Path(__file__).resolve().parent.parent

PERIODS = [
    # (text, anchor year, document date, (matched text, start, end, approx))
    # fix124: a range led by `vanaf`/`met ingang van` keeps both bounds, and its `tot` ends the day before the second
    # date (README: `tot X` ends the day before X): A&M 2025 (all123), VWS 2022 amendment; `tot en met` keeps its day
    ("asielaanvragen van zes maanden, ingediend vanaf 1 januari 2025 tot 1 januari 2026, op grond van artikel 42", 2025,
     "2025-02-04", ("vanaf 1 januari 2025 tot 1 januari 2026", "2025-01-01", "2025-12-31", False)),
    ("De regeling geldt met ingang van 1 juli 2024 tot en met 31 december 2025.", 2024, "2024-03-01",
     ("met ingang van 1 juli 2024 tot en met 31 december 2025", "2024-07-01", "2025-12-31", False)),
    ("De pilot loopt vanaf november 2025 tot en met januari 2026.", 2025, "2025-09-01",
     ("vanaf november 2025 tot en met januari 2026", "2025-11-01", "2026-01-31", False)),
    # dl117: `na 2025` runs from the next year, `in 2025` keeps its year (Def 2024); two years as alternatives name both
    # (constructed on the brief's `in 2025 of 2026`); a term counted from the letter: the voorhang window (LNV 2018) and
    # `over twee maanden` (constructed)
    ("Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks via het Defensie Projectenoverzicht (DPO) "
     "en de Defensiebegroting geïnformeerd.", 2024, "2024-04-02", ("na 2025", "2026-01-01", None, False)),
    ("De afzonderlijke rapportage van project VF-35 komt hiermee in 2025 tot een afronding.", 2024, "2024-04-02",
     ("in 2025", "2025-01-01", "2025-12-31", False)),
    ("Ik verwacht de evaluatie in 2025 of 2026 af te ronden.", 2024, "2024-10-20",
     ("in 2025 of 2026", "2025-01-01", "2026-12-31", False)),
    ("De voorlegging biedt uw Kamer gedurende vier weken de mogelijkheid zich uit te spreken over het ontwerpbesluit.",
     2018, "2018-06-15", ("gedurende vier weken", "2018-06-15", "2018-07-13", True)),
    ("Over twee maanden ontvangt u de evaluatie.", 2022, "2022-03-01", ("Over twee maanden", "2022-03-01", "2022-05-01",
                                                                        True)),
    ("De eerste resultaten verwacht ik medio 2023.", 2022, "2022-06-01", ("medio 2023", "2023-06-01", "2023-07-31", True)),
    ("Het wetsvoorstel volgt in de loop van volgend jaar.", 2022, "2022-06-01",
     ("in de loop van volgend jaar", "2023-01-01", "2023-12-31", True)),
    # after the Christmas recess: from about 10 January of the coming year (constructed)
    ("Ik informeer uw Kamer direct na het kerstreces over de uitkomsten.", 2024, "2024-12-10",
     ("direct na het kerstreces", "2025-01-10", None, True)),
    # a third of the year (`trimester`, `tertiaal`: four months), as ministries plan (a BZ planning letter of 2015, a JenV
    # letter to the Eerste Kamer of 2018)
    ("De toezending aan uw Kamer van de doorlichting met de beleidsreactie is voor het derde trimester van 2015 gepland.",
     2015, "2015-03-01", ("voor het derde trimester van 2015", "2015-09-01", "2015-12-31", False)),
    ("heb ik aangegeven naar verwachting in het eerste trimester van 2018 het kabinetsstandpunt aan uw Kamer te kunnen "
     "aanbieden.", 2018, "2018-01-10", ("in het eerste trimester van 2018", "2018-01-01", "2018-04-30", False)),
    ("wordt er naar gestreefd deze aan het eind van het tweede trimester van 2015 af te ronden.", 2015, "2015-03-01",
     ("aan het eind van het tweede trimester van 2015", "2015-08-21", "2015-08-31", True)),
    ("De rapportage over het laatste tertiaal van 2020 volgt.", 2020, "2020-06-01",
     ("het laatste tertiaal van 2020", "2020-09-01", "2020-12-31", False)),
    ("De cijfers over het laatste kwartaal van 2020 volgen.", 2020, "2020-06-01",
     ("het laatste kwartaal van 2020", "2020-10-01", "2020-12-31", False)),
    # ... and the recess just ended in a February document (an SZW answer of 2025-02-04)
    ("Er is na het kerstreces opnieuw met de energiesector overlegd.", 2025, "2025-02-04",
     ("na het kerstreces", "2025-01-10", None, True)),
    # a month named as the coming one, of the next year when its month is past (EL&I 2012; constructed)
    ("in de Visserijraad van oktober a.s. een benadering vast te stellen", 2012, "2012-09-20",
     ("oktober a.s.", "2012-10-01", "2012-10-31", False)),
    ("het overleg van februari aanstaande", 2012, "2012-09-20", ("februari aanstaande", "2013-02-01", "2013-02-28", False)),
    # Verantwoordingsdag: the third Wednesday of May, as Prinsjesdag is the third Tuesday of September (constructed)
    ("Uw Kamer ontvangt de rapportage voor Verantwoordingsdag 2024.", 2023, "2023-11-01",
     ("voor Verantwoordingsdag 2024", None, "2024-05-15", True)),
    # the half of a month, not of the year (a BZK letter of 2013-09-25)
    ("Via deze brief laat ik U weten dat ik Uw Kamer de gevraagde informatie in de tweede helft van oktober 2013 zal "
     "toesturen.", 2013, "2013-09-25", ("in de tweede helft van oktober 2013", "2013-10-16", "2013-10-31", True)),
    # `het nieuwe jaar` in an autumn letter is the coming one (an LNV letter of 2019-11-21)
    ("Ik zal u zo spoedig mogelijk in het nieuwe jaar informeren over de uitkomsten van de verkenning.", 2019,
     "2019-11-21", ("in het nieuwe jaar", "2020-01-01", "2020-12-31", False)),
    ("Ik informeer u voor het kerstreces over de stand van zaken.", 2022, "2022-06-01",
     ("voor het kerstreces", None, "2022-12-20", True)),
    # a month range with one year for both months (a Financiën letter of 2021-06-29: it raised a KeyError)
    ("1. Doorlichting UHT (periode februari tot juni 2021)", 2021, "2021-06-29",
     ("februari tot juni 2021", "2021-02-01", "2021-06-30", False)),
    ("Het kabinet besluit na het herfstreces over de aanpak.", 2022, "2022-06-01",
     ("na het herfstreces", "2022-10-25", None, True)),
    ("De nieuwe regeling gaat rond de jaarwisseling in.", 2022, "2022-06-01",
     ("rond de jaarwisseling", "2022-12-15", "2023-01-15", True)),
    ("De evaluatie volgt komend najaar.", 2022, "2022-06-01", ("komend najaar", "2022-09-01", "2022-11-30", True)),
    ("De evaluatie volgt volgend voorjaar.", 2022, "2022-06-01", ("volgend voorjaar", "2023-03-01", "2023-05-31", True)),
    ("In de eerste helft van dit jaar zal ik u", 2021, None,
     ("In de eerste helft van dit jaar", "2021-01-01", "2021-06-30", False)),
    ("is voorzien voor het tweede kwartaal van 2021.", 2021, None,
     ("voor het tweede kwartaal van 2021", "2021-04-01", "2021-06-30", False)),
    ("vanaf volgend jaar door en onder verantwoordelijkheid van het WODC", 2021, None,
     ("vanaf volgend jaar", "2022-01-01", None, False)),
    ("Tevens zal Nederland uiterlijk februari 2022 een actieplan bij de Commissie indienen", 2021, None,
     ("uiterlijk februari 2022", "2022-02-01", "2022-02-28", False)),
    ("Deze herziening wordt half november 2021 verwacht.", 2021, None,
     ("half november 2021", "2021-11-15", "2021-11-15", True)),
    ("Verwachte inwerkingtredingsdatum: eind september 2022.", 2021, None,
     ("eind september 2022", "2022-09-21", "2022-09-30", True)),
    ("Verwachte inwerkingtredingsdatum: begin mei 2023.", 2021, None,
     ("begin mei 2023", "2023-05-01", "2023-05-10", True)),
    ("Verwachte inwerkingtredingsdatum: eerste helft 2023.", 2021, None,
     ("eerste helft 2023", "2023-01-01", "2023-06-30", False)),
    ("Begin 2022 komt hier duidelijkheid over.", 2021, None,
     ("Begin 2022", "2022-01-01", "2022-03-31", True)),
    ("verlenging afgesproken tot eind 2022 (besloten in ministerraad", 2021, None,
     ("tot eind 2022", None, "2022-12-31", True)),
    ("wordt de Vreemdelingencirculaire per 1 januari 2023 aangepast", 2022, "2022-11-07",
     ("per 1 januari 2023", "2023-01-01", "2023-01-01", False)),
    ("Waarschijnlijk zet het Frans voorzitterschap (1 januari -1 juli 2022), net als", 2021, None,
     ("1 januari -1 juli 2022", "2022-01-01", "2022-07-01", False)),
    ("in het huidige meerjarig beleidskader 2020-2023 maximaal 1.900 vluchtelingen", 2021, None,
     ("2020-2023", "2020-01-01", "2023-12-31", False)),
    # a range written out with `tot en met`, of months and of years; `voor` before a range of years is `for` those
    # years, not before the first (rules41 held-out probe: BZ 2023, VWS 2022)
    ("Het kabinet heeft besloten tot een aanvullende militaire bijdrage aan NMI van mei 2024 tot en met mei 2025 in de "
     "vorm van een Nederlandse commandant.", 2023, "2023-09-29",
     ("mei 2024 tot en met mei 2025", "2024-05-01", "2025-05-31", False)),
    # a range of days whose first names its own year (VWS 2022, rules41 held-out probe)
    ("door middel van het afschaffen van het eigen risico van 1 januari 2023 tot 1 januari 2024.", 2022, "2022-10-19",
     ("1 januari 2023 tot 1 januari 2024", "2023-01-01", "2023-12-31", False)),
    # ... `tot` a day other than the first of a month keeps that day, as the annotations' `tot 31 december 2021`
    # (constructed on the row above)
    ("door middel van een tijdelijke regeling van 1 maart 2023 tot 31 december 2023.", 2022, "2022-10-19",
     ("1 maart 2023 tot 31 december 2023", "2023-03-01", "2023-12-31", False)),
    ("een wetsvoorstel aangenomen om de hoogte van het verplicht eigen risico te bevriezen voor 2023 tot en met 2025 "
     "(Kamerstuk 36 135).", 2022, "2022-10-19",
     ("voor 2023 tot en met 2025", "2023-01-01", "2025-12-31", False)),
    ("De rapportages uit de Uitvoeringsagenda Curaçao Q1 2024", 2024, "2024-04-11",
     ("Q1 2024", "2024-01-01", "2024-03-31", False)),
    ("Ten slotte zullen de Staatssecretaris van JenV en ikzelf in april van 2024 opvolging geven", 2024, "2024-04-11",
     ("in april van 2024", "2024-04-01", "2024-04-30", False)),
    ("voor de zomer stuur ik u de evaluatie", 2023, None, ("voor de zomer", None, "2023-07-01", True)),
    ("na het zomerreces informeer ik uw Kamer", 2022, None, ("na het zomerreces", "2022-09-01", None, True)),
    ("in het najaar van 2022", 2021, None, ("in het najaar van 2022", "2022-09-01", "2022-11-30", True)),
    ("voor het einde van het jaar", 2022, None, ("voor het einde van het jaar", "2022-10-01", "2022-12-31", True)),
    ("zodat het incidentenoverzicht 2021 dat vanaf volgend jaar wordt opgesteld", 2021, None,
     ("vanaf volgend jaar", "2022-01-01", None, False)),
    # the week after the document's (a JenV letter of Friday 18 November 2022)
    ("Deze documenten zal ik uw Kamer volgende week doen toekomen als ik de Kamer een afschrift stuur.", 2022,
     "2022-11-18", ("volgende week", "2022-11-21", "2022-11-27", False)),
    # the document's month, the next month (JenV 2025-12-02, dl99; constructed); the month after December is January
    ("en kunnen vanaf deze maand zelfmelders met straffen tot zes weken opgeroepen worden", 2025, "2025-12-02",
     ("vanaf deze maand", "2025-12-01", None, False)),
    ("Ik informeer uw Kamer volgende maand over de uitkomsten.", 2025, "2025-12-02",
     ("volgende maand", "2026-01-01", "2026-01-31", False)),
    # a list of days of one month: from the first day to the last
    ("In 334 gemeenten vinden gemeenteraadsverkiezingen plaats op 14, 15 en 16 maart aanstaande.", 2022, "2022-02-01",
     ("op 14, 15 en 16 maart", "2022-03-14", "2022-03-16", True)),
    ("Verslag van de informele Raad Justitie en Binnenlandse Zaken (JBZ-Raad) op 22 en 23 juli 2025 in Kopenhagen",
     2025, "2025-09-01", ("op 22 en 23 juli 2025", "2025-07-22", "2025-07-23", False)),
    # a span of days with a dash, as a Council meeting is dated (an EK decision list, 2018)
    ("om de Raad en de Europese Commissie vóór de JBZ-raad van 8-9 maart 2018 in kennis te stellen", 2018, "2018-02-06",
     ("8-9 maart 2018", "2018-03-08", "2018-03-09", False)),
    # a duration counted from the document's own date (a letter of 7 November 2022)
    ("Deze aanvullende maatregelen zijn voorzien voor vier maanden, maar indien", 2022, "2022-11-07",
     ("voorzien voor vier maanden", "2022-11-07", "2023-03-07", True)),
    # `het komende jaar`: the twelve months from the document's date
    ("De eilanden hebben met elkaar afgesproken om het komende jaar over dit thema kennis uit te wisselen", 2024,
     "2024-04-11", ("het komende jaar", "2024-04-11", "2025-04-11", True)),
    # a month whose year is named in words is that year's month, not `in december` with `dit jaar` apart (a VWS letter
    # of 2019-12-03, dl104) ...
    ("In deze brieven heb ik aangegeven dat ik de Tweede Kamer in december van dit jaar een rapportage zal doen toekomen "
     "van TNO, RIVM en CBS.", 2019, "2019-12-03", ("in december van dit jaar", "2019-12-01", "2019-12-31", False)),
    ("Het wetsvoorstel wordt in maart van volgend jaar ingediend.", 2019, "2019-10-03",
     ("in maart van volgend jaar", "2020-03-01", "2020-03-31", False)),
    # ... near miss: a month followed by `van` and no year stays the month alone (constructed)
    ("Het verslag van de Raad in december van de Europese Commissie volgt.", 2019, "2019-10-03",
     ("in december", "2019-12-01", "2019-12-31", True)),
    # two days of a sitting written with a slash (an Eerste Kamer decision list of 2023-11-28, dl104)
    ("Het wetsvoorstel wordt aangemeld voor plenaire behandeling op 18/19 december 2023 onder voorbehoud van tijdige "
     "beantwoording.", 2023, "2023-11-28", ("op 18/19 december 2023", "2023-12-18", "2023-12-19", False)),
    # the coming half year: six months from the document's date (constructed on the brief's list of kinds, dl104) ...
    ("Ik informeer uw Kamer in het komende half jaar over de resultaten.", 2024, "2024-10-15",
     ("het komende half jaar", "2024-10-15", "2025-04-15", True)),
    # ... near miss: `het komende jaar` stays twelve months
    ("Ik informeer uw Kamer het komende jaar over de resultaten.", 2024, "2024-10-15",
     ("het komende jaar", "2024-10-15", "2025-10-15", True)),
    # a half of a year written `halfjaar` (constructed on the brief's list of kinds, dl104) ...
    ("Het advies wordt in het eerste halfjaar van 2025 verwacht.", 2024, "2024-10-15",
     ("in het eerste halfjaar van 2025", "2025-01-01", "2025-06-30", False)),
    # ... near miss: a half-yearly report is no half of a year (constructed)
    ("De eerste halfjaarrapportage van 2025 verschijnt in juli.", 2024, "2024-10-15",
     ("in juli", "2024-07-01", "2024-07-31", True)),
    # ... near miss: a ratio before a month is no list of days (constructed)
    ("De verhouding was 18/19 in december 2023.", 2023, "2023-11-28", ("in december 2023", "2023-12-01", "2023-12-31",
                                                                       False)),
    # `voor` after a step planned is `for` (Def 2024, all150); after anything else a year's `voor` is before it
    ("Dit wordt nader uitgewerkt in de B-brief die is voorzien voor 2026.", 2024, "2024-10-01",
     ("voor 2026", "2026-01-01", "2026-12-31", False)),
    ("Het commissiedebat is gepland voor 12 maart 2025.", 2024, "2024-10-01",
     ("voor 12 maart 2025", "2025-03-12", "2025-03-12", False)),
    ("De B-brief komt voor 2026.", 2024, "2024-10-01", ("voor 2026", None, "2026-01-01", False)),
]


@pytest.mark.parametrize("text, anchor, doc_date, expected", PERIODS)
def test_periods(text: str, anchor: int, doc_date: str | None, expected: tuple) -> None:
    (_, _, matched, p), *_ = find_periods(text, anchor, doc_date)
    assert (matched, p.start, p.end, p.approx) == expected


RELATIVE = [
    # a term counted from an event: no dates, relative
    ("Tegen dit besluit kunt u binnen zes weken na de dag waarop dit is bekend gemaakt bezwaar maken", "binnen zes weken"),
    ("Vanaf de datum van het claimakkoord heeft Nederland zes maanden de tijd om die persoon over te dragen.",
     "zes maanden de tijd"),
    ("De termijn kan tot maximaal 18 maanden worden verlengd indien een persoon met onbekende bestemming vertrekt",
     "tot maximaal 18 maanden"),
    ("Deze aanvullende maatregelen zijn voorzien voor vier maanden", "voorzien voor vier maanden"),  # undated letter
    # a term counted from a legal act's moment without `binnen` (BNC-fiche instant payments, Fin 2022)
    ("De lidstaten moet de Commissie 8 maanden na inwerkingtreding op de hoogte stellen van deze regels en maatregelen.",
     "8 maanden na inwerkingtreding"),
]


def test_a_term_counted_from_an_event_is_not_dated_from_the_letter() -> None:
    """dl117's near miss of `date.from_letter` (constructed): `over twee maanden na` an event keeps no dates."""
    (_, _, found, p), = find_periods("De evaluatie volgt over twee maanden na de inwerkingtreding.", 2022, "2022-03-01")
    assert (found, p.start, p.end, p.relative) == ("over twee maanden", None, None, True)
    assert find_periods("De pilot loopt gedurende twee jaar in vijf gemeenten.", 2022, "2022-03-01") == []
    # a span things are spread over is no term from the letter
    (_, _, found, p), = find_periods("De middelen worden verdeeld over drie maanden.", 2022, "2022-03-01")
    assert (found, p.start, p.end, p.relative) == ("over drie maanden", None, None, True)


def test_time_a_law_has_been_in_force_is_no_term() -> None:
    """`date.term_after_act` never opens a sentence nor follows `meer dan`: there it tells how long a law has been in
    force (BZK 2023, a progress letter on the Woo)."""
    assert find_periods("Een jaar na inwerkingtreding van de Woo blijkt dat de uitvoering nog veel vraagt.", 2023) == []
    assert find_periods("Met deze brief informeer ik uw Kamer over de voortgang, iets meer dan een jaar na "
                        "inwerkingtreding.", 2023) == []


@pytest.mark.parametrize("text, matched", RELATIVE)
def test_relative_terms_have_no_dates(text: str, matched: str) -> None:
    (_, _, found, p), = find_periods(text, 2021)
    assert (found, p.start, p.end, p.relative) == (matched, None, None, True)


NOT_A_DATE = [
    "De kosten bedroegen in 20224 ongeveer € 3 miljoen",          # a footnote digit glued to a year
    "verdeeld over 12 345 gemeenten",
    "Kamerstukken II 2019/20, 19637, nr. 2645",                     # a Kamerstuk, not a period
]


def test_months_to_come_are_no_one_month() -> None:
    """`de komende maanden` (plural) is no `komende maand`: dl99's near miss of ``date.this_or_next_month``."""
    assert find_periods("De komende maanden werk ik dit verder uit.", 2025, "2025-12-02") == []


@pytest.mark.parametrize("text", NOT_A_DATE)
def test_layout_noise_is_no_date(text: str) -> None:
    assert [f[2] for f in find_periods(text, 2021) if f[3].start and f[3].start.startswith(("2022", "2023", "1963"))] == []


def test_footnote_digit_before_a_date_is_not_a_range() -> None:
    # `resultaten 12 tot 1 november 2020` where 12 is a footnote marker left in the text
    (_, _, text, p), = find_periods("geïnformeerd over de behaalde resultaten 12 tot 1 november 2020.", 2021)
    assert (text, p.start, p.end) == ("tot 1 november 2020", None, "2020-10-31")   # `tot X`: an end only, the day before


@pytest.mark.parametrize("doc_date, text, year", [
    ("2022-11-07", "", 2022),
    (None, "in 2020 en 2021, rapportagejaar 2021, verschijnt in 2022", 2021),   # the year mentioned most
    (None, "Kamerstuk 2019 en 2020", 2020),                                     # latest on a tie
])
def test_anchor_year(doc_date: str | None, text: str, year: int) -> None:
    assert anchor_year(doc_date, text) == year


# The prefilter (ingest.tagging.prefilter): a rule's pattern runs only on a text that holds what every
# match of it contains; it must never leave out a text the pattern matches.

def test_what_every_match_contains() -> None:
    assert needed(re.compile(r"(?:in|na)\s+(?P<y>(?:19|20)\d\d)")) == Need(frozenset(), True)
    assert needed(re.compile(r"(?:de\s+)?eerste\s+kwartaal", re.I)) == Need(frozenset(["kwartaal"]))
    assert needed(re.compile(r"(?P<p>begin|eind)\s+\w+")) == Need(frozenset(["begin", "eind"]))
    assert needed(re.compile(r"[KQ]\d?")) == Need(frozenset(["k", "q"]))
    assert needed(re.compile(r"(?:x|\w+)\s*")) is None   # one alternative holds nothing certain
    assert needed(re.compile(r"a?\b")) is None


def _literal_chars() -> set[str]:
    rules = [r for table in (*all_rules().values(), PERIODS_TABLE) for r in table]
    return {c for r in rules if r.need for s in r.need.literals for c in s} | {
        c for r in rules for c in r.pattern.pattern}


def test_what_the_engine_matches_to_a_literal_has_its_case_fold() -> None:
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for c in _literal_chars():
        matched = set(re.findall(re.escape(c), everything, re.I))
        assert {fold(m) for m in matched} == {fold(c)}, c


def _corpus_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return [t[s:e] for t in texts for s, e in sentences(t)]


def test_the_prefilter_never_leaves_out_a_match() -> None:
    texts = _corpus_sentences()
    rules = [r for table in (*all_rules().values(), PERIODS_TABLE) for r in table]
    assert len(texts) > 1000 and sum(r.need is not None for r in rules) > 0.8 * len(rules)
    hits = 0
    for r in rules:
        for text in texts + [r.example, r.example.upper()]:
            if r.pattern.search(text):
                hits += 1
                assert r.may_match(text), (r.id, text)
                assert r.search(text) and [m.span() for m in r.finditer(text)] == [
                    m.span() for m in r.pattern.finditer(text)]
    assert hits > 1000


# The day a PDF was made stands in for the date of a document that states none, where the text's own dates allow it
@pytest.mark.parametrize("made, text, expected", [
    # a strategy published in October 2022 (Internationale Klimaatstrategie, BZ; its text dates things 2021-2023)
    ("2022-10-05", "de COP26-verklaring om per 1 januari 2023 te stoppen ... (december 2021, open.overheid.nl)",
     "2022-10-05"),
    # ... in the year after the last it dates (a BNC-fiche made in January on a proposal of November)
    ("2022-01-21", "Datum Commissiedocument: 25 november 2021", "2022-01-21"),
    # a copy saved years later (a page cut out or printed in 2026 of a letter on 2019)
    ("2026-12-01", "Op 12 maart 2019 heeft uw Kamer de motie aangenomen.", None),
    # ... or one before any date it names
    ("2015-06-01", "In de brief van 3 februari 2019 ...", None),
    # a text that dates nothing, or a file that says no day
    ("2022-10-05", "Uiterlijk in 2050 moet de economie klimaatneutraal zijn.", None),
    (None, "Op 12 maart 2019 ...", None),
])
def test_the_day_a_file_was_made_dates_an_undated_text_it_fits(made: str | None, text: str, expected: str | None) -> None:
    assert file_day_fits(made, text) == expected
