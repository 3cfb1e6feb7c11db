"""Deadlines: time expressions tied to an action; past events, citations, comparisons, questions and
the legal-remedy notice are not deadlines (ingest/deadlines.py). Real sentences from the corpus."""
from __future__ import annotations

import pytest

from ingest.tagging.rules.deadlines import deadlines_in, find_deadlines
from ingest.records import Footnote, Page
from ingest.tagging.document import tag_document

DEADLINES = [
    # (sentence, anchor year, document date, [(date_text, date_end)])
    ("In de eerste helft van dit jaar zal ik u deze vernieuwde rapportage voor het eerst doen toekomen.", 2021, None,
     [("In de eerste helft van dit jaar", "2021-06-30")]),
    ("De timing van de rapportage blijft onveranderd en is voorzien voor het tweede kwartaal van 2021.", 2021, None,
     [("voor het\ntweede kwartaal van 2021".replace("\n", " "), "2021-06-30")]),
    ("Ik ben daarom voornemens om eind maart/begin april ter zake een expertmeeting te organiseren.", 2011,
     "2011-03-01", [("eind maart/begin april", "2011-04-10")]),
    ("Uw Kamer wordt in de eerste helft van 2024 door de Staatssecretaris van JenV geïnformeerd over de voortgang.",
     2024, "2024-04-11", [("in de eerste helft van 2024", "2024-06-30")]),
    ("Om aan de uitspraak van de Afdeling te voldoen wordt de Vreemdelingencirculaire per 1 januari 2023 aangepast.",
     2022, "2022-11-07", [("per 1 januari 2023", "2023-01-01")]),
    ("Hiertoe zijn convenanten afgesloten die vooralsnog aflopen op 1 juli 2022.", 2021, None,
     [("op 1 juli 2022", "2022-07-01")]),
    ("en vervolgens is er nogmaals verlenging afgesproken tot eind 2022 (besloten in ministerraad van 10 december 2021).",
     2021, None, [("tot eind 2022", "2022-12-31")]),
    ("Het is de huidige verwachting dat deze goedkeuring voor het SSPC pas vanaf 2024 aangevraagd kan worden.",
     2021, None, [("vanaf 2024", None)]),
    ("Verwachte inwerkingtredingsdatum: 14 juni 2022.", 2021, None, [("14 juni 2022", "2022-06-14")]),
    ("Uw Kamer ontvangt deze rapportage in het najaar.", 2022, "2022-06-01", [("in het najaar", "2022-11-30")]),
    ("Uw Kamer ontvangt de evaluatie van de regeling in de winter van 2023.", 2022, "2022-06-01",
     [("in de winter van 2023", "2024-02-29")]),
    # `in de loop van` a month: during that month (IenM 2012, probe68)
    ("In de loop van maart zal ik u de voorlichting doen toekomen, vergezeld van een kabinetsnotitie stelselwijziging "
     "omgevingsrecht.", 2012, "2012-02-10", [("In de loop van maart", "2012-03-31")]),
    # a step due shortly after a debate of the Kamer, a term counted from it (BZK 2024, probe68)
    ("De Kamerbrief stand spreiding rijkswerkgelegenheid 2024–2028 zal kort na de behandeling van de begroting aan uw "
     "Kamer worden aangeboden.", 2024, "2024-10-08", [("kort na de behandeling", None)]),
    # a step agreed in the simple past, due after the document (a JBZ report of 17 December 2025)
    ("De Ministers spraken af om in de eerste helft van 2026 weer bij elkaar te komen om op basis van de vastgestelde "
     "prioriteiten een meerjarig actieplan van de C7 vast te stellen.", 2025, "2025-12-17",
     [("in de eerste helft van 2026", "2026-06-30")]),
    ("In 2019 spraken de lidstaten af om in 2020 een akkoord te bereiken.", 2025, "2025-12-17", []),
    # a committee's decision list (EK, 6 February 2018): a date set for a step, and a step due before a meeting's days
    ("De inbrengdatum wordt vastgesteld op 13 februari 2018.", 2018, "2018-02-06",
     [("op 13 februari 2018", "2018-02-13")]),
    ("De commissies hebben kennis genomen van de aankondiging van het kabinet tijdens een AO in de Tweede Kamer om de Raad "
     "en de Europese Commissie vóór de JBZ-raad van 8-9 maart 2018 in kennis te stellen van de wens van Nederland tot "
     "deelname aan het EOM.", 2018, "2018-02-06", [("8-9 maart 2018", "2018-03-08")]),
    # a step about a quantity of the chain is still a step (near misses of deadline.forecast_quantity, constructed)
    ("Ik informeer uw Kamer in het voorjaar van 2024 over de ontwikkeling van de instroom.", 2023, "2023-12-20",
     [("in het voorjaar van 2024", "2024-05-31")]),
    ("In 2024 stuur ik uw Kamer een brief over het aantal aanvragen dat is toegenomen.", 2023, "2023-12-20",
     [("In 2024", "2024-12-31")]),
    # a month leading a step in an undated text is a deadline (near miss of the lone month, constructed)
    ("In november 2022 stuur ik u de rapportage.", 2022, None, [("In november 2022", "2022-11-30")]),
    # `het volgende jaar` alone is the next calendar year (near miss of deadline.one_year_the_next, constructed)
    ("Uw Kamer ontvangt in het volgende jaar een nieuwe rapportage.", 2019, "2019-05-20",
     [("in het volgende jaar", "2020-12-31")]),
    # past events, told as done
    ("De Europese Commissie heeft begin juni 2021 een Schengenstrategie gepresenteerd.", 2021, None, []),
    ("Op 23 september 2020 heeft de Europese Commissie een nieuw asiel en migratiepact gepresenteerd.", 2021, None, []),
    ("In de zomer van 2021 is er vanuit de media en de Tweede Kamer aandacht geweest voor een werkwijze van de IND.",
     2021, None, []),
    ("De Raad en het EP hebben in 2021 wel overeenstemming weten te bereiken over het Commissievoorstel uit 2016.",
     2021, None, []),
    ("Bij de start van de pilotfase was het voornemen in 2021 een bestuursakkoord met de VNG te sluiten.", 2021, None, []),
    ("Op 31 mei 2010 waren er drie kinderen via het VUmc geboren en werden er op korte termijn nog twee verwacht.",
     2011, "2011-03-01", []),
    ("Op 12 april jl zijn de MPP-cijfers voortijdig bekend geworden.", 2021, "2021-02-01", []),
    # the present, not a deadline
    ("In 2023 zijn de aanvraagkosten €23 en de verlengkosten €13 per jaar.", 2023, "2023-10-18", []),
    ("Hervestiging wordt uitgevoerd binnen een vierjarig beleidskader (nu 2020-2023 ).", 2021, None, []),
    ("Hierbij ontvangt u een korte terugblik op het verloop van de zomerperiode dit jaar.", 2023, "2023-10-18", []),
    # citations, comparisons, questions, date stamps, the legal remedy
    ("Antwoord van Minister Yeşilgöz-Zegerius (ontvangen 11 juni 2024).", 2024, "2024-06-11", []),
    ("Net als in 2020 zal NL van 2021 een aanzienlijk bedrag teruggestort krijgen.", 2021, None, []),
    ("Kunnen de rapportages waarnaar verwezen wordt in de Uitvoeringsagenda Curaçao Q1 2024 gedeeld worden met de Kamer?",
     2024, "2024-04-11", []),
    ("Peildatum: 1 december 2021", 2021, None, []),
    # a record of a promise: the date it was made is no term, its deadline is (EK rappel, 2024)
    ("Nummer T02933 Status voldaan Datum toezegging 2 juni 2020 Deadline 1 april 2022", 2020, None,
     [("1 april 2022", "2022-04-01")]),
    ("- Kamerbrief reactie op Actieplan Veilige Landers van JA21 - 20 december 2021", 2022, None, []),
    ("Brief TK 26 mei 2020 inzake Meerjarig beleidskader hervestiging 2020-2023;", 2022, None, []),
    # history: long before the document, whatever the verb
    ("De discretionaire bevoegdheid kon voor 1 mei 2019 op verschillende manieren worden gebruikt:", 2022,
     "2022-01-10", []),
    ("De leden van de OESO spraken in 1970 af om ernaar te streven om 0,7% van hun BNP te besteden.", 2022,
     "2022-01-10", []),
    # a season inside a word is none (`voorjaarsnota`)
    ("De ODA-toerekening wordt tweemaal per jaar bijgesteld: bij voorjaarsnota en bij najaarsnota.", 2022,
     "2022-01-10", []),
    ("Per brief van 4 en 5 november zijn de BNC-fiches betreffende de overkoepelende mededeling ingediend.",
     2021, "2021-12-01", []),
    ("Deze motie leidde in 2018 tot de ‘Verkenning omvang en samenstelling bevolking in Nederland in 2050’.",
     2021, None, []),
    ("Kamerbrief ‘Nederlandse inzet in het Europese Grens- en Kustwacht agentschap 2021’ (jaarlijkse brief, versie "
     "2022 verwacht in mei 2022)", 2022, None, [("in mei 2022", "2022-05-31")]),
    ("Tegen dit besluit kunt u binnen zes weken na de dag waarop dit is bekend gemaakt een bezwaarschrift indienen.",
     2021, "2021-07-08", []),
    ("In die brief is de beslistermijn met vier weken verdaagd, gezien het niet mogelijk was binnen vier weken op uw "
     "Wob-verzoek te beslissen.", 2021, "2021-07-08", []),
]


# Steps after the document's date, in the forms the held-back letters use (real sentences of the eval set).
STEPS = [
    ("Ik stuur u de voortgangsbrief in oktober 2025.", 2025, "2025-07-04", [("in oktober 2025", "2025-10-31")]),
    ("Ik informeer uw Kamer binnen de komende zes maanden over de uitkomsten.", 2022, "2022-10-10",
     [("de komende zes maanden", "2023-04-10")]),
    # ... but a step planned in it, `om in ... te` (EL&I 2012)
    ("Het Voorzitterschap heeft het voornemen om in de Visserijraad van oktober a.s. een gedeeltelijke algemene benadering "
     "vast te stellen.", 2012, "2012-09-20", [("oktober a.s.", "2012-10-31")]),
    ("Dit maakt het mogelijk de doorlichting voor het eind van 2015 af te ronden.", 2015, "2015-10-01",
     [("voor het eind van 2015", "2015-12-31")]),
    # a noun shaped as an inseparable verb's participle (`onderhoud`) tells no perfect (constructed)
    ("Voor het najaar van 2026 is groot onderhoud aan de sluis gepland.", 2025, "2025-06-01",
     [("Voor het najaar van 2026", "2026-11-30")]),
    # a voorhang's term counted from sending this letter, a number in words (VWS 2024, art. 8 Wmg): relative
    ("Ik zal niet eerder overgaan tot het geven van de aanwijzing dan dertig dagen na verzending van deze brief.", 2024,
     "2024-03-01", [("dertig dagen na verzending van deze brief", None)]),
    # dl117's fresh pool (A half): the adjective `Beoogde` before a noun of timing is no simple past (LNV 2018); a step in
    # the margin of a Council meeting (BZ 2020); the window a voorhang letter gives the Kamer, counted from the letter
    # (LNV 2018); `na 2025`, from the next year on (Def 2024)
    ("Beoogde inwerkingtredingsdatum is 1 januari 2019 conform het zesde actieprogramma Nitraatrichtlijn.", 2018,
     "2018-11-12", [("1 januari 2019", "2019-01-01")]),
    ("Daarnaast verwelkomt het kabinet het Franse initiatief «Coalition pour le Sahel» dat naar verwachting en marge van "
     "de Europese Raad van maart 2020 en in het bijzijn van de G5 Sahellanden (Mauretanië, Burkina Faso, Mali, Niger en "
     "Tsjaad) officieel wordt gelanceerd.", 2020, "2020-02-07", [("maart 2020", "2020-03-31")]),
    ("De voorlegging geschiedt in het kader van de wettelijk voorgeschreven procedure als opgenomen in artikel 92, eerste "
     "lid, van de Wet bodembescherming en biedt uw Kamer gedurende vier weken de mogelijkheid zich uit te spreken over het "
     "ontwerpbesluit voordat het aan de Afdeling advisering van de Raad van State wordt voorgelegd.", 2018, "2018-06-15",
     [("gedurende vier weken", "2018-07-13")]),
    ("Voor de voortgang van het project VF-35 wordt uw Kamer na 2025 jaarlijks via het Defensie Projectenoverzicht (DPO) "
     "en de Defensiebegroting geïnformeerd.", 2024, "2024-04-02", [("na 2025", None)]),
    # probe79's near misses: a date after the closing quote of a title is the text's own; the forecast as a paper due
    ("Het rapport «Grip op migratie» verschijnt in juni 2026.", 2025, "2025-10-01", [("in juni 2026", "2026-06-30")]),
    ("De nieuwe MPP verschijnt in juni 2026.", 2025, "2025-10-01", [("in juni 2026", "2026-06-30")]),
    # fix75: near misses of the meeting rows: a step due before a meeting (its article-to-noun words no preposition; a
    # date without a year after `voor het ... van` no citation); a meeting the writer holds, with a step sent before it;
    # an invitation to take a step by a date; a deadline with one hour; the Kamer's own decision-list convention kept
    ("Ik stuur u de brief voor het commissiedebat van 12 maart.", 2020, "2020-02-01", [("12 maart", "2020-03-12")]),
    ("Voor het wetgevingsoverleg dat ik op 12 juni voer, stuur ik u de brief over de slotwet.", 2024, "2024-06-01",
     [("op 12 juni", "2024-06-12")]),
    ("Ik ben door de commissie uitgenodigd om voor 1 mei een reactie te geven.", 2024, "2024-03-01",
     [("voor 1 mei", "2024-05-01")]),
    ("De minister wordt verzocht uiterlijk vrijdag 29 mei 2020, 12.00 uur te reageren.", 2020, "2020-05-26",
     [("29 mei 2020", "2020-05-29")]),
    ("Besluit: Agenderen voor het commissiedebat op 11 oktober 2023.", 2023, "2023-09-01",
     [("op 11 oktober 2023", "2023-10-11")]),
    ("Ik stuur u de brief voor het debat over de opvang op 5 maart 2020.", 2020, "2020-02-01",
     [("op 5 maart 2020", "2020-03-05")]),
    ("In het debat over de opvang op 5 maart zal ik de motie bespreken.", 2020, "2020-02-01", [("op 5 maart", "2020-03-05")]),
    # the week a day opens: that day and six after it (BZK 2015, fix73's audit)
    ("Dit rapport zal met de bestuurders van de drie eilanden worden besproken tijdens de Caribisch Nederland week welke "
     "nu gepland staat in de week van 8 juni 2015.", 2015, "2015-03-24", [("in de week van 8 juni 2015", "2015-06-14")]),
    # near misses of deadline.ministry_budget_year (probe67): a paper sent by a date, the budget's owner a word apart
    # or in lower case, stays a step
    ("De wijziging van de begroting van Defensie zend ik u voor 1 juli 2024.", 2024, "2024-02-01",
     [("voor 1 juli 2024", "2024-07-01")]),
    ("Ik zal de begroting van uw Kamer voor 1 juli 2024 toesturen.", 2024, "2024-02-01",
     [("voor 1 juli 2024", "2024-07-01")]),
    # near misses of deadline.purpose_needs (probe67): an opening `om ... te` clause whose main clause takes a step
    ("Om in 2025 geen tariefstijging door te voeren, zal ik de Kamer voor 1 juli 2025 een voorstel sturen.", 2024,
     "2024-10-09", [("in 2025", "2025-12-31"), ("voor 1 juli 2025", "2025-07-01")]),
    # probe59: a promise by a date said in a `dat` clause, the verb last, stays a step (near miss of deadline.cannot_by)
    ("Ik verwacht dat ik u voor 1 juni kan informeren over de uitkomsten.", 2011, "2011-03-01", [("voor 1 juni", "2011-06-01")]),
    # a decision to be taken in a meeting named by its date, its year unwritten, the future right after it (an EK
    # committee's decisions of 2023-11-28, rules38 probe); the plenary date in the same sentence stays a step
    ("Gegeven deze korte antwoordtermijn besluit de commissievoorzitter evenwel dat in de commissievergadering van 5 "
     "december zal worden besloten of het wetsvoorstel dan definitief wordt aangemeld voor plenaire behandeling op "
     "18/19 december of dat ruimte geboden kan worden voor het uitbrengen van een tweede verslag onder voorbehoud van "
     "tijdige beantwoording.", 2023, "2023-11-28", [("5 december", "2023-12-05"), ("op 18/19 december", "2023-12-19")]),
    # one term with its latest day in brackets is one step (the same list); a bracketed earlier day is another term (a
    # Dutch association's text on cancelling membership)
    ("De antwoordtermijn wordt gesteld op 1 december (uiterlijk maandag 4 december).", 2023, "2023-11-28",
     [("op 1 december (uiterlijk maandag 4 december", "2023-12-04")]),
    ("Om je af te melden: stuur de opzegging schriftelijk 3 maanden vóór 31 december (uiterlijk 30 september voor "
     "ingang aan het einde van het jaar).", 2025, "2025-06-01",
     [("vóór 31 december", "2025-12-31"), ("uiterlijk 30 september", "2025-09-30"),
      ("het einde van het jaar", "2025-12-31")]),
    # the new date of a delayed step, told as what would be done: a deadline, the first date missed (rules37 probe,
    # KGG 2024, Delta Rhine Corridor)
    ("In plaats van de eerder gecommuniceerde 2028 als realisatiedatum, bleek dat de waterstofleiding pas in 2032 of "
     "zelfs later gerealiseerd zou worden.", 2024, "2024-12-05", [("in 2032", "2032-12-31")]),
    # a step before a meeting named by its date, the year unwritten (rules31 held-out probe, a list of answers IenW 2020)
    ("Voorafgaand aan het WGO sport van 30 november zal VWS de Kamer hierover informeren.", 2020, "2020-11-10",
     [("30 november", "2020-11-30")]),
    # a council asked to advise by a time ahead: the council is the object of a participle, no meeting named by the date
    # (an OCW letter of 2019-10-07)
    ("Ik heb de Raad verzocht in het najaar 2020 een advies te geven, waarna ik een beleidsreactie aan de Kamer zal "
     "versturen.", 2019, "2019-10-07", [("in het najaar 2020", "2020-11-30")]),
    # a plan in a present statement of aim, and the end of a quarter (a 2022-12-22 letter)
    ("Het streven is het aangepaste PAGO aan het eind van het eerste kwartaal 2023 gereed te hebben.", 2022,
     "2022-12-22", [("aan het eind van het eerste kwartaal 2023", "2023-03-31")]),
    # `tot X`: the day before X begins; the present tense of a planned process
    ("Tot juli 2023 vindt intensieve afstemming tussen Rijk en andere overheden plaats", 2022, "2022-11-25",
     [("Tot juli 2023", "2023-06-30")]),
    # `voor <year>` ends where the year begins; far ahead, a step (`We zetten in op`) and no target
    ("We zetten in op een UPV voor meubels voor 2030.", 2023, "2023-02-03", [("voor 2030", "2030-01-01")]),
    # the government acting in the present; a month range
    ("De periode november 2022 tot januari 2023 gebruiken we om regionale doelen en structurele keuzes samen "
     "verder uit te werken.", 2022, "2022-11-25", [("november 2022 tot januari 2023", "2023-01-31")]),
    # a season without its year in an autumn letter, promised by `zullen wij` (the modal before its subject): next
    # year's (LNV 2022, all131)
    ("Daarom zullen wij trachten in het voorjaar een volwaardige dummy begroting met u af te stemmen.", 2022,
     "2022-11-10", [("in het voorjaar", "2023-05-31")]),
    # a month without a year, led by `met ingang van`: start only
    ("Naast de eerder genomen maatregelen die hierboven genoemd zijn geldt met ingang van november dat amv die "
     "reeds op poa’s verblijven en op 17 jaar en negen maanden zijn vervroegd worden doorgeplaatst naar reguliere "
     "azc’s.", 2022, "2022-11-07", [("met ingang van november", None)]),
    # planned with `is ... voorzien`, a relative year
    ("In het kader van het traject van BZK is in de tweede helft van volgend jaar voorzien in het afsluiten van "
     "ruimtelijke arrangementen.", 2022, "2022-11-25", [("in de tweede helft van volgend jaar", "2023-12-31")]),
    # a state that lasts until a date (`is ... tot ... versoberd`), in an undated dossier of 2021
    ("Sinds september 2020 is deze opvang bij wijze van pilot tot 31 december 2021 versoberd.", 2021, None,
     [("tot 31 december 2021", "2021-12-31")]),
    # a term counted from an act of this case
    ("De lidstaten dienen de richtlijn binnen twaalf maanden na de datum van inwerkingtreding toe te passen.", 2022,
     "2022-01-21", [("binnen twaalf maanden", None)]),
    ("Breng de wensen voor het openbaar maken de MPP in kaart. (deadline 2022)", 2021, None,
     [("deadline 2022", "2022-12-31")]),
    # the parliament's calendar: the summer recess, Prinsjesdag (the third Tuesday of September)
    ("U ontvangt de voortgangsbrief voor het zomerreces.", 2021, "2021-06-22", [("voor het zomerreces", "2021-07-01")]),
    # `tot aan het zomerreces` ends where the recess begins (rules29 held-out probe, TK Presidium 2017)
    ("Het Presidium stemt in met een verlenging van het experiment in de Troelstrazaal tot aan het zomerreces van 2018 en "
     "zal uiterlijk in juni 2018 verder beslissen.", 2017, "2017-11-15",
     [("tot aan het zomerreces van 2018", "2018-07-01"), ("in juni 2018", "2018-06-30")]),
    # a month without its year, after a decision to act: the document's year, ahead (rules29 held-out probe, EK 2022)
    ("De commissie besluit voorts om in april de in het mondeling overleg aan de orde te stellen onderwerpen nader te "
     "inventariseren.", 2022, "2022-03-22", [("in april", "2022-04-30")]),
    # a debate named by a date the text says is ahead (`aanstaande`) is a term, not a date of record (ELI, 2011-10-21)
    ("Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal uw Kamer mijn visie tijdig voor het "
     "aangekondigde Algemeen Overleg van 1 december aanstaande doen toekomen.", 2011, "2011-10-21",
     [("1 december", "2011-12-01")]),
    # the week after the document's (a JenV letter of 2022-11-18)
    ("Deze documenten zal ik uw Kamer volgende week doen toekomen als ik de Kamer een afschrift stuur van de brief aan "
     "de medeoverheden over het capaciteitsbesluit van het COA.", 2022, "2022-11-18", [("volgende week", "2022-11-27")]),
    # a plan agreed then and kept now is still due (near miss of `deadline.then_planned`, probe60)
    ("Zoals destijds afgesproken stuur ik u de evaluatie in 2025.", 2024, "2024-03-01", [("in 2025", "2025-12-31")]),
    # the day after the document's (written answers in a budget debate, EZ 2016-10-26, probe60)
    ("Eventueel zal ik morgenochtend nog een aantal antwoorden schriftelijk aan uw Kamer sturen.", 2016, "2016-10-26",
     [("morgenochtend", "2016-10-27")]),
    # the week after the document's, `begin` before it (a Defensie letter of Wednesday 2019-11-20)
    ("Het kabinet zal u de brief begin volgende week sturen.", 2019, "2019-11-20",
     [("volgende week", "2019-12-01")]),
    # a weekday of next week (an EZ letter of Thursday 2014-03-20)
    ("Ik zal uw Kamer aanstaande maandag schriftelijk nader informeren.", 2014, "2014-03-20",
     [("aanstaande maandag", "2014-03-24")]),
    # `a.s.` before the weekday: the minister's answer asked for by Wednesday (a clerk's mail of Friday 2016-05-20,
    # probe69)
    ("Het Lid Van Laar verzoekt daarbij om een antwoord uiterlijk a.s. woensdag 16.00 uur.", 2016, "2016-05-20",
     [("uiterlijk a.s. woensdag", "2016-05-25")]),
    # a month without its year, ahead: the next one (a Defensie letter of 2011-12-19)
    ("In verband hiermee kunt u de brief in januari tegemoet zien.", 2011, "2011-12-19",
     [("in januari", "2012-01-31")]),
    # `voor aanvang van het zomerreces` is `voor het zomerreces` (a Medische Zorg letter of 2018-06-05)
    ("De voorzitter van de Commissie onderzoek fipronil in eieren heeft desgevraagd toegelicht dat het rapport eind "
     "voorjaar – uiterlijk voor aanvang van het zomerreces – wordt opgeleverd.", 2018, "2018-06-05",
     [("voorjaar – uiterlijk voor aanvang van het zomerreces", "2018-07-01")]),
    ("Toegezegd is een overzicht van de departementale actieplannen met uw Kamer te delen voor Prinsjesdag.", 2021,
     "2021-06-22", [("voor Prinsjesdag", "2021-09-21")]),
    ("Op Prinsjesdag 2024 biedt het kabinet de begroting aan.", 2024, "2024-05-01",
     [("Op Prinsjesdag 2024", "2024-09-17")]),
    ("Deze zal ik uiterlijk voor het einde van het zomerreces aan uw Kamer zenden.", 2019, "2019-06-14",
     [("uiterlijk voor het einde van het zomerreces", "2019-08-31")]),
    # a month without a year in a sentence that looks ahead, long before the document's date: next year's
    ("Uiterlijk 1 maart ontvangt u de evaluatie van de pilot.", 2022, "2022-12-05", [("Uiterlijk 1 maart", "2023-03-01")]),
    # a date without a year: the one of the document's year
    ("Deze agenda’s en het vernieuwde Convenant zullen ondertekend worden op 2 november tijdens de Innovatie-Expo, "
     "en dan ook met uw Kamer worden gedeeld.", 2023, "2023-05-30", [("op 2 november", "2023-11-02")]),
    # a step taken in a meeting named by its date ahead, `in` as `tijdens` (IenM 2015, rules35 held-out probe)
    ("In het bestuurlijk overleg MIRT van 9 november a.s. zal tevens worden besproken op welke wijze het gehele proces "
     "zal worden aangestuurd.", 2015, "2015-10-29", [("9 november", "2015-11-09")]),
]
STEPS += [
    # a condition that a term may not be met names the new term (constructed from the VWS letter's wording)
    ("Als dat niet haalbaar is, informeer ik uw Kamer voor 1 juni 2013 over de opzet.", 2013, "2013-04-03",
     [("voor 1 juni 2013", "2013-06-01")]),
    # a recess as the term (a Defensie letter of 2012-04-20)
    ("U kunt de brief spoedig, uiterlijk voor het einde van het meireces, tegemoet zien.", 2012, "2012-04-20",
     [("uiterlijk voor het einde van het meireces", "2012-05-12")]),
    # a season without its year, long gone at the document's date, in words that look ahead: the next one
    # (constructed, as the month row above: an October letter)
    ("Ik informeer uw Kamer in het voorjaar over de uitkomsten.", 2018, "2018-10-15",
     [("in het voorjaar", "2019-05-31")]),
    ("Ik informeer uw Kamer voor de zomer over de uitkomsten.", 2018, "2018-10-15", [("voor de zomer", "2019-07-01")]),
    # ... but as a condition, with the verb last, the step still holds (constructed)
    ("Als dat niet mogelijk is, informeer ik u voor 1 mei 2024.", 2024, "2024-03-25", [("voor 1 mei 2024", "2024-05-01")]),
    ("Ik zal uw Kamer niet eerder dan in juni kunnen informeren.", 2024, "2024-03-25", [("in juni", "2024-06-30")]),
    # a measure's last year after `tot en met`: an end only (constructed on the brief's list of kinds, dl104)
    ("De regeling wordt verlengd tot en met 2026.", 2024, "2024-10-15", [("tot en met 2026", "2026-12-31")]),
    # a yearly day of the Kamer without its year, long gone, in words that look ahead: the next one, the third Tuesday of
    # next September (constructed, dl104)
    ("Ik stuur uw Kamer de uitwerking voor Prinsjesdag.", 2024, "2024-12-15", [("voor Prinsjesdag", "2025-09-16")]),
    # ... near misses of `heb ... doen toekomen`: the future and `te doen toekomen` are steps to come (constructed)
    ("Ik zal u het rapport in december van dit jaar doen toekomen.", 2019, "2019-10-01",
     [("in december van dit jaar", "2019-12-31")]),
    ("Ik heb uw Kamer toegezegd het rapport voor de zomer te doen toekomen.", 2019, "2019-03-01",
     [("voor de zomer", "2019-07-01")]),
    # an infinitive after `te` that looks like a participle tells no perfect (an SZW letter of 2020-08-11)
    ("Wij zijn voornemens u in het najaar nader te berichten.", 2020, "2020-08-11", [("in het najaar", "2020-11-30")]),
    # a period the letter is written in the first days of, told in the present (a Defensie letter of 2025-10-06)
    ("Eind 2025 benadert Defensie de markt voor dronemunitie, hergebruik, demilitarisatie en alternatieve "
     "grondstoffenproductie;", 2025, "2025-10-06", [("Eind 2025", "2025-12-31")]),
    # a measure's span written out with `tot en met`: one deadline from its first month to its last (BZ 2023, rules41
    # held-out probe), not the start and the end apart
    ("Het kabinet heeft besloten tot een aanvullende militaire bijdrage aan NMI van mei 2024 tot en met mei 2025 in de "
     "vorm van een Nederlandse commandant, ongeveer vijftien personen aanvullende staf en drie transporthelikopters "
     "inclusief personeel (ongeveer honderdtwintig personen).", 2023, "2023-09-29",
     [("mei 2024 tot en met mei 2025", "2025-05-31")]),
    # a transition period far ahead ends: a permission lasting until a date (undated answers of EZ, 2016)
    ("Slechts als aan de voorwaarden van de Wet verbod pelsdierhouderij wordt voldaan, kunnen bestaande "
     "nertsenhouders tot 1 januari 2024 nertsen houden.", 2016, None, [("tot 1 januari 2024", "2023-12-31")]),
    # a committee's decision list plans its own step; `jl.` stamps only the date it follows (EK, 2021-09-28)
    ("De commissies besluiten op 5 oktober 2021 inbreng te leveren voor schriftelijk overleg over de brieven van 14 "
     "september jl. (35526 / 25295, CH) en 17 september jl. (35526 / 25295, CG) (agendapunt 3).", 2021, "2021-09-28",
     [("op 5 oktober 2021", "2021-10-05")]),
    # `de beoogde ...`: the adjective of a plan, not the simple past (an EK verslag of 2022-12-16)
    ("Uit uw brief vernemen de leden van de commissie dat de Verzamelwet SZW 2023 de cyclus van een kalenderjaar "
     "doorloopt, waarbij de beoogde inwerkingtredingsdatum 1 januari 2023 is.", 2022, "2022-12-16",
     [("1 januari 2023", "2023-01-01")]),
    # a yearly step promised is no habit: the next one after the letter (a JenV letter of 2024-09-23)
    ("In de brief is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden geïnformeerd over de voortgang "
     "van de daarin aangekondigde maatregelen en acties.", 2024, "2024-09-23", [("vóór het zomerreces", "2025-07-01")]),
    # near misses of the dead51 rows: a letter planned for the next day stays a step (AZ 2024-09-12) ...
    ("Het kabinet is voornemens om het regeerprogramma op vrijdag 13 september 2024 aan de Tweede Kamer te sturen.", 2024,
     "2024-09-12", [("13 september 2024", "2024-09-13")]),
    # ... a sentence in ordinary case is no capital heading (OCW 2021-01-22) ...
    ("Samenwerkingsverbanden moeten hier voor 1 februari 2021 een gezamenlijk plan voor indienen.", 2021, "2021-01-22",
     [("voor 1 februari 2021", "2021-02-01")]),
    # ... a motion this letter answers whose step the letter does not take stays due, and so does a new term after the
    # one fulfilled (constructed from the LVVN wording) ...
    ("Met deze brief geef ik uitvoering aan de motie die verzoekt om in 2026 een wet in te dienen.", 2025, "2025-03-01",
     [("in 2026", "2026-12-31")]),
    ("Hiermee doe ik de toezegging gestand om u voor de zomer te informeren; de evaluatie volgt in 2026.", 2025,
     "2025-03-01", [("in 2026", "2026-12-31")]),
    # ... and a span a step runs in, no plan's span (constructed)
    ("De Staatssecretaris zal de komende vijf jaar jaarlijks rapporteren.", 2025, "2025-03-01",
     [("de komende vijf jaar", "2030-03-01")]),
    # `nog` touching a period that holds the document's date: a present step still to be taken in it (AenM 2024,
    # probe52)
    ("Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties verstrekt nog dit jaar, samen met het Ministerie van "
     "Asiel en Migratie, specifieke uitkeringen (SPUK) aan de gemeente Amsterdam.", 2024, "2024-10-24",
     [("dit jaar", "2024-12-31")]),
    # fix73 near misses: a step still to come before a meeting stays one, in a letter that also does something now
    # (constructed on IenW 2020's sentence); a letter sent before a plenary debate (Def 2008); a subject on the
    # ministerraad's agenda is the cabinet's decision (constructed)
    ("In aanloop naar het Schriftelijk Overleg Luchtvaart van 21 april 2020 zal ik u in een brief informeren over de "
     "stand van zaken.", 2020, "2020-04-10", [("21 april 2020", "2020-04-21")]),
    ("Ik ben voornemens u beide brieven voor het plenair debat van donderdag 9 oktober te doen toekomen.", 2008,
     "2008-10-03", [("9 oktober", "2008-10-09")]),
    ("Het wetsvoorstel staat op 5 juni 2026 op de agenda van de ministerraad.", 2026, "2026-05-01",
     [("op 5 juni 2026", "2026-06-05")]),
    # ... a step sent ahead of a planned meeting stays (constructed); a postponement in a sentence that names a planned
    # briefing far from it (a clerk's e-mailprocedure, BZK 2021); seasons with their years (constructed)
    ("Het algemeen overleg is gepland op 17 oktober 2013; ik zal u voor die datum de brief sturen.", 2013,
     "2013-10-01", [("op 17 oktober 2013", "2013-10-17")]),
    ("Graag verzoek ik u aan te geven of u akkoord gaat met uitstel en of de technische briefing die nu gepland staat "
     "voor dinsdag 7 december ook kan worden uitgesteld, zodat ik u de antwoorden tot na het kerstreces kan sturen.",
     2021, "2021-12-06", [("tot na het kerstreces", None)]),
    ("In de zomer van 2026 zal ik meer doen dan in de winter van 2025.", 2026, "2026-01-10",
     [("In de zomer van 2026", "2026-08-31"), ("in de winter van 2025", "2026-02-28")]),
    # ... while a meeting's days told in a sentence stay (constructed, probe52)
    ("De Informele JBZ Raad vindt plaats op 22 en 23 juli 2024 in Hongarije.", 2024, "2024-06-21",
     [("op 22 en 23 juli 2024", "2024-07-23")]),
    # dl97 (fresh IenW/LNV/EZK/BZK letters): `midden` leads its part of a month as `medio` does, no date of record of the
    # noun before it (answers to Kamervragen, KGG 2025-11-24); a step due before a debate named in lower case stays one
    ("De verwachting is dat dit besluit midden december zal worden gepubliceerd.", 2025, "2025-11-24",
     [("midden december", "2025-12-15")]),
    ("Ik stuur u de brief voor het commissiedebat circulaire economie op 16 april.", 2025, "2025-04-14",
     [("op 16 april", "2025-04-16")]),
    # fix122: an advisory body `Raad voor/van <X>` is no meeting, its advice due on a day is a step (OCW 2020, all121)
    ("Ten aanzien van de nieuwe cultuurperiode 2021–2024 is de verwachting dat de Raad voor Cultuur zoals gepland op 4 "
     "juni zijn advies uitbrengt over de instellingen die een aanvraag hebben ingediend voor de basisinfrastructuur (BIS).",
     2020, "2020-04-10", [("op 4 juni", "2020-06-04")]),
]
# What else a time expression is (real sentences of the eval set): no deadline.
NOT_STEPS = [
    # a compound paper noun named by its month (an attachment's title, BZK 2025)
    ("Lijst afgedane toezeggingen en moties met verzamelbrief juli 2025", 2025, "2025-07-04"),
    # the span a strategy is for (JenV 2022)
    ("De NLCS is de reactie van het kabinet hierop en beschrijft de cybersecurityaanpak voor de komende zes jaar.", 2022,
     "2022-10-10"),
    # a meeting named by a row of dates, the middle one too (EL&I 2012); a Council meeting ahead named by its month
    ("Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen Overleg van 6 juni, 13 juni en 4 juli "
     "(Kamerstukken 21 501-32, nrs. 627, 629 en 632) als volgt.", 2012, "2012-09-20"),
    ("Hierbij ontvangt u de geannoteerde agenda van de Visserijraad van oktober a.s.", 2012, "2012-09-20"),
    # a term said impossible to meet (a BHOS planning letter of 2015; constructed)
    ("De tijdrovende bespreking van de deelresultaten met de betrokken landen maken het onmogelijk de doorlichting voor "
     "het eind van 2015 af te ronden.", 2015, "2015-10-01"),
    ("Het is onmogelijk gebleken om de brief voor 1 juni te versturen.", 2020, "2020-04-01"),
    # a meeting held after the recess just ended, told in the perfect of an inseparable verb (an SZW answer of 2025-02-04)
    ("Er is na het kerstreces opnieuw met de energiesector overlegd.", 2025, "2025-02-04"),
    # ... never a term of objection counted from sending a decision (a Woo-besluit's standard clause)
    ("U kunt binnen zes weken na de dag van verzending van dit besluit bezwaar maken.", 2024, "2024-03-01"),
    # dl117's near misses (constructed): `beoogde` as the simple past stays past; the Council meeting named by its month,
    # no step in its margin; `gedurende` a span without the Kamer's window is no term counted from the letter
    ("Destijds beoogde het kabinet inwerkingtreding op 1 januari 2019.", 2018, "2018-11-12"),
    ("Hierbij ontvangt u de geannoteerde agenda van de Europese Raad van maart 2020.", 2020, "2020-02-07"),
    ("De pilot loopt gedurende twee jaar in vijf gemeenten.", 2022, "2022-03-01"),
    # fix122's near miss: the Council of the EU in a configuration named after `voor` stays a meeting (constructed)
    ("Hierbij ontvangt u de geannoteerde agenda van de Raad voor Onderwijs van 12 mei 2025.", 2025, "2025-04-10"),
    # `tot en met` a year after `periode` names a span of policy, no term (constructed on an IenW letter of 2022, dl104);
    # a yearly day of the Kamer in the present of habit stays no step (constructed)
    ("In de periode tot en met 2030 worden 900.000 nieuwe woningen gebouwd.", 2022, "2022-11-25"),
    ("Op Prinsjesdag wordt de begroting gepresenteerd.", 2024, "2024-12-15"),
    # letters sent, told in the perfect with `doen` for its participle (a VWS letter of 2019-12-03, dl104)
    ("Over de ontwikkeling van de benodigde verpleeghuiscapaciteit heb ik u dit jaar twee brieven doen toekomen (op 23 "
     "september jl. (Kamerstuk 31 765, nr. 437) en op 18 oktober jl. (Kamerstuk 31 765, nr. 453)).", 2019, "2019-12-03"),
    # a year inside a quoted news title; what the migration forecast says of a date (AenM 2025, probe79)
    ("Antwoord vragen van het lid Rajkowski en Peter de Groot over het bericht 'Helft van het aantal asielopvangplekken "
     "in 2026 bezet door statushouders'", 2025, "2025-03-03"),
    ("De MPP 2024-II geeft aan dat op 1 januari 2026 circa de helft van de COA-bewoners statushouder kan zijn1.", 2025,
     "2025-02-14"),
    # the year of a ministry's budget, the ministry named between (written answers to a budget debate, EZ 2014,
    # probe67); earlier questions told in the simple past, in undated answers (Def/OCW 2025, probe67)
    ("Bijlage: schriftelijke beantwoording van gestelde vragen in de eerste termijn van de behandeling van de "
     "begroting van Economische Zaken voor 2015, onderdeel Landbouw & Natuur.", 2014, "2014-10-29"),
    ("De constatering beoordeel ik op eenzelfde wijze als de onderzoekssamenwerkingen waarover het lid Dassen mij "
     "eerder vragen stelde op 5 juni 2025.2", 2025, None),
    # what a goal would need (written answers to a budget debate, IenW 2024, probe67)
    ("Om in 2025 helemaal geen tariefstijging door te voeren, is bijna 200 miljoen euro structureel per jaar nodig.",
     2024, "2024-10-09"),
    # a month's course told in the past is no step (probe68)
    ("In de loop van maart is de voorlichting aan de Kamer toegezonden.", 2012, "2012-04-10"),
    # what happened shortly after a debate is past (probe68)
    ("Direct na het commissiedebat heeft de minister de brief aan de burgemeesters verstuurd.", 2024, "2024-10-08"),
    # a season after the particle `de` with a capital is a surname (VWS 2013, probe68); `in de winter` stays a season
    ("Hierin presenteert de commissie evaluatie basistakenpakket JGZ, onder voorzitterschap van de heer prof. dr. M. de "
     "Winter, haar advies over de inhoud van het nieuwe preventieve basispakket jeugdgezondheidszorg voor alle kinderen.",
     2013, "2013-06-25"),
    # `van morgen` is the future, no day (VWS 2024, probe60)
    ("Dit laat zien dat we het vormgeven van de zorg en ondersteuning van morgen samen willen doen.", 2024, "2024-04-22"),
    ("Operationele maatregelen kunnen daarom niet van vandaag op morgen worden gerealiseerd.", 2022, "2022-12-22"),
    ("Niet alleen waarde voor vandaag, maar ook voor morgen.", 2022, "2022-11-25"),
    # the plan as it stood then, in the conditional (V&W 2009, probe60)
    ("Op basis van de destijds geldende uitgangspunten is het maatregelpakket vastgesteld waarmee de hoogwaterbescherming "
     "in 2015 zou kunnen worden gerealiseerd.", 2009, "2009-10-28"),
    # `nog` with a cue of the past, or with a word between it and the period, plans nothing (constructed, probe52)
    ("Het kabinet heeft nog dit jaar besloten om de regeling te verlengen.", 2024, "2024-10-24"),
    ("De IND handelt dit jaar meer aanvragen af dan vorig jaar.", 2024, "2024-10-24"),
    # a saved page's register of the Kamer's activities on the paper (berthub.eu 2024, probe52 held-out)
    ("- 2024-07-15 14:00: Informele JBZ Raad op 22 en 23 Juli 2024 in Hongarije (vreemdelingen- en asielbeleid) "
     "(Inbreng schriftelijk overleg), vaste commissie voor Justitie en Veiligheid", 2024, "2024-06-21"),
    # the same register as a table row, label cell `|` date cell, over a letter of 7 July (parlementairemonitor.nl, BZ 2016,
    # dead51 probe)
    ("Officiële titel | Nederlands EU-voorzitterschap 2016; Brief regering; Resultaten en uitvoering van het Nederlandse "
     "EU-voorzitterschap | ---|---| Documentdatum | 13-07-2016 | Publicatiedatum | 13-07-2016 | Nummer | KST3413918 |",
     2016, "2016-07-07"),
    # a geannoteerde agenda's headings naming the Council by its dates, in capitals or with an apposition (SZW to the EK,
    # 2023-04-12, dead51 probe)
    ("GEANNOTEERDE AGENDA INFORMELE RAAD WERKGELEGENHEID EN SOCIAAL BELEID (WSBVC) 3–4 mei 2023", 2023, "2023-04-12"),
    ("Informatie over de Informele Raad WSBVC, onderdeel Werkgelegenheid en Sociaal Beleid, van 3–4 mei 2023", 2023,
     "2023-04-12"),
    # the span a strategy covers (Financiën, bijlage of 2025-11-13, dead51 probe)
    ("Deze Meerjarenstrategie is in december 2024 door mijn ambtsvoorganger met uw Kamer gedeeld en zet een koers uit "
     "voor de komende vijf jaar.", 2025, "2025-11-13"),
    # the term of a promise this letter fulfils (LVVN 2024-11-29, dead51 probe)
    ("Met deze hoofdlijnenbrief geef ik ook invulling aan de motie Holman-Vedder1 die de regering verzoekt om aan te "
     "geven hoe zij «een verlaging van de stikstofemissie gaat realiseren om Nederland van het stikstofslot af te halen» "
     "en aan mijn toezegging in het commissiedebat van 4 september 2024 (Kamerstuk 30 252, nr. 172) om voor het einde "
     "van het jaar een brief hierover te sturen.", 2024, "2024-11-29"),
    # a register's date fields over a letter of some days before (parlementairemonitor.nl, VWS 2024, rules46 probe)
    ("Officiële titel Mensenrechten in Nederland; Brief van de minister en de staatssecretaris van VWS Documentdatum "
     "04-06-2024 Publicatiedatum 04-06-2024 Nummer KST1145521", 2024, "2024-05-31"),
    # a request's receipt, two dates in a row each with its month and year (answers to Kamervragen saved without
    # their own date, BZK 2019, rules47 probe): dates of record
    ("Tevens voldoe ik daarmee aan de verzoeken van de commissie Financiën, ingekomen op 23 mei 2019 en 5 juli 2019 om "
     "de voorgelegde vragen alsnog afzonderlijk per vraag te beantwoorden.", 2019, None),
    ("De staatssecretaris heeft bij brieven van 22 februari 2013 en 2 april 2013 gereageerd.", 2013, None),
    # a court's judgment named by its date; messages listed by the time they were sent (a Woo ruling 2025, undated in
    # Dutch, rules47 probe)
    ("Verzocht om openbaarmaking van alle informatie die betrekking heeft op het kort geding (vonnis 16 februari 2021) "
     "en het daaropvolgende spoedappel (arrest 26 februari 2021) inzake de avondklok.", 2021, None),
    ("3. e-mail AZ aan landsadvocaat (16 februari 2021 13:38) en email landsadvocaat aan AZ (16 februari 2021 13:41); "
     "en 4. whatsappbericht van AZ aan landsadvocaat (16 februari 2021 13:29).", 2021, None),
    # a saved page's publication label, a day after the meeting it lists the decisions of (openkamer.org, OCW 2012)
    ("Besluitenlijst van de procedurevergadering van donderdag 22 maart 2012 Gepubliceerd: 23 maart 2012", 2012,
     "2012-03-22"),
    # an invitation to an event after the meeting's date (contactgroep België, 13 March 2013, rules47 probe)
    ("Op woensdag 20 maart van 12.00- 13.30 is de contactgroep uitgenodigd voor een lunchbijeenkomst op de residentie "
     "van de Belgische Ambassadeur.", 2013, "2013-03-13"),
    # the dateline of a letter a committee's verslag prints, its year mistyped after the verslag's own date (EK 2026,
    # rules38 probe)
    ("Den Haag, 5 december 2026", 2026, "2026-02-10"),
    # the answer's date of record on a Kamervraag's page; a goal named by a compound (rules31 held-out probe, Def 2020,
    # VWS 2022)
    ("Beantwoord 20 maart 2020 (na 7 dagen)", 2020, None),
    ("Het hoofddoel is een rookvrije generatie in 2040.", 2022, None),
    # a date the letter gives up, or moves by a span (rules32 held-out probe, SZW 2018); a compound goal (KenE 2023)
    ("De nieuwe financieringssystematiek zal daarom niet (volledig) worden ingevoerd op 1 januari 2020.", 2018,
     "2018-02-06"),
    ("Dat betekent tevens dat de geleidelijke invoering per 1 januari 2019 in elk geval een jaar opschuift.", 2018,
     "2018-02-06"),
    # ... or judges not feasible (SZW 2020, dl99 held-out)
    ("Ik kom, alles afwegende en na consultatie van de ketenpartners, tot de conclusie dat inwerkingtreding van het "
     "nieuwe inburgeringsstelsel op 1 juli 2021 niet verantwoord is.", 2020, "2020-11-11"),
    ("Invoering per 1 januari 2022 is helaas niet haalbaar.", 2020, "2020-11-11"),
    ("Ook ga ik in op moties die oproepen tot een hoger streefdoel in 2032 en hulp voor kleine bedrijven en gemeenten "
     "bij de realisatie van elektrolyseprojecten.", 2023, "2023-06-23"),
    # the year fishing opportunities are for (LNV 2023, a report of the Landbouw- en Visserijraad, rules28's check)
    ("De Raad startte met een gedachtewisseling over de visserijmogelijkheden voor 2024, waarover met het Verenigd "
     "Koninkrijk en Noorwegen en de Oost-Atlantische kuststaten afspraken moeten worden gemaakt.", 2023, "2023-09-28"),
    # the year a budget is for, named right after it (rules24 held-out probe, Fin 2019)
    ("De Raadsonderhandelingen over de Europese begroting voor 2020 zullen in de komende weken plaatsvinden; dit geldt "
     "ook voor de onderhandelingen over de aanvullende begrotingen.", 2019, "2019-07-01"),
    ("Voorafgaand aan of tijdens deze Raad wordt waarschijnlijk een Raadspositie bereikt over de conceptbegroting voor "
     "2020.", 2019, "2019-07-01"),
    # a season is also every year's: told in the present of what we do or what is done, it is no step next year
    # (an IenW letter of November 2022)
    ("Door klimaatverandering nemen de extremen toe, krijgen we te maken met hogere temperaturen, meer verdamping en "
     "grotere neerslagtekorten in de zomer.", 2022, "2022-11-25"),
    ("We zien namelijk dat er in droge zomers op vele plekken in Nederland nog steeds meer water onttrokken wordt dan "
     "we van najaar tot voorjaar kunnen aanvullen.", 2022, "2022-11-25"),
    ("- Beekdalherstel wordt ook ingezet voor andere opgaven, zoals waterberging, de bossenstrategie, groenblauwe "
     "dooradering en vertraging van de waterafvoer in de zomer naar lager gelegen gebieden.", 2022, "2022-11-25"),
    # a cohort that bounds a rule's scope (undated answers of VWS, 2025)
    ("Het uitbreiden van de doelgroep naar kinderen die vóór 1 april 2025 geboren zijn, is niet uitvoerbaar.", 2025,
     None),
    ("Voor de uitvoering van het programma is daarom gekozen te starten met baby’s geboren op of na 1 april 2025.",
     2025, None),
    # a commemoration, not a step (a BZK letter of 2019-06-14)
    ("In 2019 wordt de verworvenheid van 100 jaar algemeen kiesrecht voor mannen en vrouwen herdacht.", 2019,
     "2019-06-14"),
    # a state since an earlier year, in undated answers (IenW, 2023; the year the text names most is 2025)
    ("Voor de registratie van bijna-ongevallen geldt dat er vanaf 2019 sprake is van betrouwbare cijfers.", 2025, None),
    # a heading ending in its date, the date line of an undated committee mail (TK, 2021)
    ("E-mailprocedure : Inplannen commissiedebat Woningbouwopgave 6 december 2021", 2021, None),
    # another's words in guillemets (an IenW letter of 2023-06-30)
    ("De Rli stelt dat de KRW onvoldoende prioriteit en aandacht heeft gekregen de afgelopen jaren en «dat met het "
     "huidige Nederlandse beleid de KRW-doelen in 2027 redelijkerwijs niet meer kunnen worden gehaald».", 2023,
     "2023-06-30"),
    # a yearly habit told in the present (a VWS letter of 2024-06-20, which sends this year's report)
    ("Het RIVM brengt jaarlijks voor de zomer een vaccinatiegraadrapport uit.", 2024, "2024-06-20"),
    # a paper listed in a committee's list of decisions: its date is when it was sent, also in an undated list
    # (a VWS list of 2018)
    ("Zaak: Overig – Tweede Kamerlid, A.E. Diertens (D66) – 9 oktober 2018 Voorstel van het lid Diertens (D66), mede "
     "namens de leden Hijink (SP), Kuik (CDA), Renkema (GL), Veldman (VVD) en Dik-Faber (CU) – 2018Z17974", 2018, None),
    # an undated text: a sentence opening on its date in the perfect tells what happened (Defensie, 2010)
    ("Op 27 oktober 2009 heeft de vaste commissie voor Defensie in een brief de herijking van de informatiebehoefte "
     "inzake de jaarrapportages van het grote project Vervanging F-16 (kenmerk 2009Z19758/2009D52267) aan de orde "
     "gesteld.", 2009, None),
    # ... also with an aside in brackets that holds a colon (rules37 probe, LVVN 2026, saved without its date)
    ("Op 11 februari heeft de vaste Kamercommissie Landbouw, Visserij, Voedselzekerheid en Natuur (kenmerk: "
     "2026Z02455/2026D06724) ons verzocht om voor de begrotingsbehandeling een brief te sturen met de hoofdlijnen van het "
     "te voeren beleid op het beleidsterrein van het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur "
     "(LVVN).", 2026, None),
    # a date that ends a cited paper's title, its Kamerstuk number after it (a verslag of a schriftelijk overleg, 2025)
    ("De vaste commissie voor Asiel en Migratie heeft vragen voorgelegd over de volgende brieven: Fiche: [MFK] EU-steun "
     "voor asiel, migratie en integratie (Kamerstuk 22 112, nr. 4149), Geannoteerde agenda van de formele JBZ-Raad 13 14 "
     "oktober 2025 (Kamerstuk 32 317, nr. 973).", 2025, "2025-10-08"),
    # a quantity forecast to exceed another is no step (an answer to Kamervragen, JenV 2023)
    ("Ook voor dit jaar is de verwachting dat de asielinstroom hoger is dan de behandelcapaciteit van de IND.", 2023,
     "2023-02-24"),
    ("Zoals recent aan uw Kamer bericht, de verwachting voor ook dit jaar is echter dat de asielinstroom hoger zal zijn "
     "dan de behandelcapaciteit van de IND", 2023, "2023-02-24"),
    # a quantity of the chain forecast to move or stay is no step (a JenV letter on decision terms, 2023-12)
    ("Uitgaande van een medium scenario van 48.500 eerste asielaanvragen en een verwachte productiecapaciteit van "
     "47.400, zal de IND niet in staat zijn om de verwachte instroom in 2024 en de bestaande voorraden bij te houden.",
     2023, "2023-12-20"),
    ("Ook voor 2024 is de verwachting dat de instroom zo hoog is dat de IND deze niet kan bijhouden met als gevolg dat "
     "de voorraad verder zal toenemen.", 2023, "2023-12-20"),
    # an undated publication's month standing alone, its print job's number after it (the colophon of the AI Impact
    # Assessment, IenW 2022)
    ("November 2022 | 73263", 2022, None),
    # ... also in a dated document, the month being its own (the colophon of the Internationale Klimaatstrategie, BZ
    # 2022, its file made 2022-10-05)
    ("oktober 2022", 2022, "2022-10-05"),
    # the English register head of a saved eumonitor.eu page (an EK nota naar aanleiding van het verslag, 2024)
    ("Officiële titel Wijziging van de Vreemdelingenwet 2000; Nota naar aanleiding van het verslag Document date "
     "03-12-2024 Publication date 03-12-2024 Nummer KST1173100", 2024, None),
    # an outcome target named by its noun (SZW 2023, the aims of an anti-poverty plan)
    ("Een halvering van het aantal kinderen dat in armoede opgroeit in 2025 (t.o.v. 2015).", 2023, "2023-06-01"),
    # two years in a row, any two (answers to Kamervragen, JenV 2019)
    ("Ik merk daarbij op dat een aanvraag soms in het ene jaar is ingediend en in het volgende jaar is ingewilligd.",
     2019, "2019-05-20"),
    # ... past a `(hierna: ...)` that names the subject (an undated JBZ agenda, 2025)
    ("Op 11 november 2025 heeft de Europese Commissie (hierna: Commissie) de Mededeling Europees jaarverslag asiel en "
     "migratie1 en een voorstel voor een Uitvoeringshandeling van de Raad tot vaststelling van de jaarlijkse "
     "solidariteitspool gepubliceerd.", 2025, None),
    ("Op 20 maart 2019 zijn in Europees Nederland gecombineerd de verkiezingen voor provinciale staten en voor de "
     "waterschappen gehouden en in Caribisch Nederland de verkiezingen voor de eilandsraden.", 2019, None),
    # a budget's year (a VWS letter of 2014-11-03)
    ("Met deze brief maak ik het definitieve kader voor de contracteerruimte 2015 en het maximale budget voor de pgb’s "
     "in 2015 bekend bij de Eerste en Tweede Kamer en bij de NZa.", 2014, "2014-11-03"),
    # a term reported as not met (a VWS letter of 2013-04-03)
    ("Tot onze grote spijt is het ons niet gelukt om dit op zodanige tijd in de Ministerraad te agenderen dat de "
     "opzet van het programma nog vóór het AO op 10 april in uw Kamer kan zijn.", 2013, "2013-04-03"),
    # a term the writer says they cannot meet (an EZ letter of 2013-03-15 asking for more time)
    ("Ik kan daarom niet aan het verzoek voldoen deze brief voor dinsdag 19 maart 12:00 uur aan uw Kamer te versturen.",
     2013, "2013-03-15"),
    # the term of a request the letter says it cannot keep (a JenV letter of 2018-02-14 asking for more time)
    ("Hierbij bericht ik uw Kamer dat het verzoek van de vaste commissie voor Buitenlandse Zaken om een brief over de "
     "stand van zaken in het MH17 dossier (ingezonden 11 januari 2018) niet binnen de gestelde termijn van 15 februari "
     "2018 kan worden voldaan.", 2018, "2018-02-14"),
    # a step the writer says cannot be taken, told as a fact (constructed, on the pattern of letters asking for time)
    ("Het lukt helaas niet om de brief voor 1 april 2024 te versturen.", 2024, "2024-03-25"),
    ("Het is niet mogelijk om de brief voor 1 april 2024 te versturen.", 2024, "2024-03-25"),
    ("Ik kan uw Kamer niet voor 1 april 2024 informeren over de uitkomsten.", 2024, "2024-03-25"),
    # ... also in a `dat` clause, the verb last (the Defensie letter of 2025, dated a year earlier to test it)
    ("Hierbij deel ik u mee dat het niet mogelijk blijkt om uw Kamer met voldoende diepgang en afstemming voor eind "
     "2025 te informeren over de impact.", 2024, "2024-03-25"),
    # an event told in the simple past of a separable verb, in an undated text (an EZ letter of 2026)
    ("Graag informeer ik uw Kamer, conform toezegging, over de OndernemersTop die op 15 december 2025 plaatsvond in "
     "de Rijtuigenloods in Amersfoort.", 2025, None),
    # the term asked for is the document's own day: the letter answers it today (Defensie, 2012-04-20)
    ("De vaste commissie voor Defensie heeft verzocht uiterlijk 20 april de kabinetsreactie op het AIV-advies over "
     "Europese defensiesamenwerking te ontvangen.", 2012, "2012-04-20"),
    # outcome targets: a state of the world in a year, far ahead
    ("In 2030 is minimaal vijftig procent van de (wegwerp)verpakkingen gereduceerd ten opzichte van nu.", 2023,
     "2023-02-03"),
    ("- In 2040 is de ziektelast als gevolg van een ongezonde leefstijl en ongezonde leefomgeving met 30% afgenomen;",
     2023, "2023-05-30"),
    ("In 2035 beschikt Nederland over de marine van de toekomst.", 2023, "2023-05-30"),
    ("Energietransitie: Nederland klimaatneutraal in 2050;", 2023, "2023-05-30"),
    ("Voor 2030 streven we naar een maximale verlenging van de levensduur van producten, rekening houdend met "
     "productspecifieke condities.", 2023, "2023-05-30"),
    ("De gemene deler is dat de Nederlandse bevolking in 2050 groter, vergrijsder en naar (migratie)achtergrond "
     "diverser zal zijn.", 2021, None),
    ("- Mogelijk wordt de implementatie van Eurosur (zie hieronder) in 2022 een uitdaging.", 2021, None),
    # a count forecast or reached in a year: no step
    ("De IND verwacht in 2024 ongeveer 40.000 aanvragen te ontvangen.", 2024, "2024-06-01"),
    ("De instroom bedroeg in 2024 naar verwachting circa 45.000 personen.", 2024, "2024-06-01"),
    # dates of record and history
    ("Ingediend op 16 december 2016 en beoogt alle beperkingen voor het bezit van meervoudige nationaliteit in de "
     "huidige wetgeving weg te nemen.", 2021, None),
    ("Sinds de inwerkingtreding van het sporenbeleid van de IND (maart 2016) wordt de groep asielzoekers van wie de "
     "asielprocedure wordt behandeld in spoor 2 opgevangen in Ter Apel en Budel.", 2021, None),   # shortened
    ("b) Datum ontvangst Commissiedocument 25 november 2021", 2022, "2022-01-21"),
    # a request made at the Kamer's regeling van werkzaamheden on a day, in a letter without its date (VenJ 2015)
    ("Ook ga ik in op het verzoek van de heer van Haersma Buma gedaan tijdens de regeling van werkzaamheden op 13 oktober "
     "2015 inzake de te wijzigen wet- en regelgeving als gevolg van het recent gesloten coalitieakkoord", 2015, None),
    # an answer page's header: the dates the questions were sent in and answered (JenV, Kamervragen 2018)
    ("Ingediend 19 oktober 2018 Beantwoord 13 november 2018 (na 25 dagen) Indiener Attje Kuiken (PvdA)", 2018, None),
    ("De gedeeltes die onder het Wob-verzoek vallen, luiden als volgt: “Subject: Verslag ochtend beraad en kleine "
     "BR 28 augustus", 2021, "2021-04-01"),
    # told in the simple past, or a plan reported as missed
    ("In januari is het rapport verschenen.", 2011, "2011-03-19"),   # constructed: a month of this year, gone
    # a plan told in the simple past (`voorzag`): replaced since (ELI, 2011-10-21)
    ("Tijdens het Algemeen Overleg Mestbeleid van 14 september jongstleden (kamerstuk 33 037, nr. 2) heb ik aangegeven "
     "dat ik mijn reactie aan uw Kamer op het rapport Alders eind oktober voorzag.", 2011, "2011-10-21"),
    ("De convenanten met de pilotgemeenten liepen in eerste instantie eind maart 2022 af.", 2021, None),
    ("Het streven was om de hiervoor genoemde informatie in de tweede helft van 2022 aan de Kamer te sturen.", 2022,
     "2022-12-22"),
    ("Het is de bedoelding dat dit meetnet, aanvullend op de metingen die door TNO in het tweede kwartaal van 2021 "
     "zijn gedaan, informatie oplevert over de effectiviteit van de in te zetten maatregelen.", 2022, "2022-12-22"),
    # a step planned before the document's own date: reported, no longer due (a letter of 22 June)
    ("Het kabinet werkt aan een voortgangsbrief, maar deze was nog niet gereed om voor 16 juni toe te sturen.", 2021,
     "2021-06-22"),
    # the date a committee's report was adopted
    ("19 637 Vreemdelingenbeleid Nr. 2383 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 25 april 2018", 2018, None),
    # statistics, budgets, period names, flattened tables
    ("Specifiek voor gezinnen met kinderen is dit voor 2020: 9 dagen en in 2021 t/m september: 9 dagen", 2021, None),
    # figures of the year before another (answers of Financiën, 2022-09-15)
    ("In de Voorjaarsnota zijn de cijfers verwerkt tot en met het vierde kwartaal van het voorgaande jaar.", 2022,
     "2022-09-15"),
    ("Voor verbetering van de uitvoering en dienstverlening (Werk aan uitvoering) is gedurende 9 jaar (2023-2031) "
     "rijksbreed 600 miljoen euro per jaar opgenomen met een aanloop van 200 miljoen euro in 2022.", 2021, None),
    # a budget named, its year (rules23 held-out probe, a lijst van vragen en antwoorden, BZ 2017)
    ("Wat betreft de begroting Buitenlandse Zaken is voor 2018 vanuit het Stabiliteitsfonds (artikel 2.4) een bijdrage "
     "van EUR 1,67 miljoen voorzien aan het EU-trustfund voor opvang van vluc", 2017, "2017-11-08"),
    ("Het kabinet is van mening dat de benodigde EU-middelen gevonden dienen te worden binnen de in de Raad "
     "afgesproken financiële kaders van het MFK 2014-2020 en het MFK 2021-2027.", 2022, "2022-01-21"),
    ("Taakstelling Vaststelling Periode van Periode van huisvesting/ taakstelling vergunningverlening "
     "taakstellingsperiode 2022-I 1 oktober 2021 Oktober 2020 – maart Januari 2021- juni 2021 2021 2022-II "
     "1 april 2021 April 2021 – oktober", 2021, None),
    # a Council of the EU named by the date it meets, even with `a.s.` (an IenW geannoteerde agenda of 2025-05-20)
    ("Hierbij ontvangt u de geannoteerde agenda van de Transportraad van 5 juni a.s. te Luxemburg, mede namens de "
     "Minister van Justitie en Veiligheid.", 2025, "2025-05-20"),
    ("De formele agenda van de Transportraad op 5 juni a.s. is nog niet bekendgemaakt door het Pools "
     "voorzitterschap.", 2025, "2025-05-20"),
    # ... its short name in brackets after its name (JBZ agendas of 2025-05-28 and, to the Eerste Kamer, 2026-01-15)
    ("Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de Raad Justitie en Binnenlandse Zaken (JBZ-Raad) op "
     "12 en 13 juni in Luxemburg.", 2025, "2025-05-28"),
    ("Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de informele Raad Justitie en Binnenlandse Zaken "
     "(JBZ-Raad) van 22–23 januari a.s. in Cyprus.", 2026, "2026-01-15"),
    # ... or in a relative clause on when it is held, in a letter quoted by a later verslag (EK 2026, rules38 probe)
    ("De vaste commissies voor Immigratie en Asiel / JBZ-Raad en voor Justitie en Veiligheid hebben kennisgenomen van "
     "de brief van 25 november 20253 waarbij de regering de Kamer de geannoteerde agenda aanbiedt van de formele Raad "
     "Justitie en Binnenlandse Zaken (JBZ-Raad) die op 8 en 9 december aanstaande zal plaatsvinden in Luxemburg.",
     2026, "2026-02-10"),
    # ... or the agenda for it, in a verslag of a schriftelijk overleg on it (LVVN 2025, probe69)
    ("De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda voor de Landbouw- en Visserijraad "
     "van 27 en 28 oktober 2025 en richten hun inbreng op het onderdeel visserij.", 2025, "2025-10-23"),
    # a meeting held, told in the perfect, is no meeting a step is due in (a municipal agenda item of 2025)
    ("Zienswijzen zijn behandeld in de commissievergadering van 31 maart.", 2025, "2025-03-14"),
    # fix73 (sentence audit of 413 earlier probe texts): a meeting named by its date while this letter takes its step
    # now (IenW 2020, BZ 2023); a meeting looked forward to (AZ 2024); a briefing in a relative clause on when it is
    # planned (a clerk's e-mailprocedure, BZK 2021); a subject on a council's agenda on a day (a municipality, 2025)
    ("In aanloop naar het Schriftelijk Overleg Luchtvaart van 21 april 2020, informeer ik u in deze brief over:",
     2020, "2020-04-17"),
    ("Hierbij bied ik u de geannoteerde agenda aan voor de Raad Buitenlandse Zaken van 11 december 2023.",
     2023, "2023-12-01"),
    ("Het kabinet ziet uit naar de Algemene Politieke Beschouwingen op 17 en 18 september 2024 waar het kabinet met uw "
     "Kamer van gedachten kan wisselen over het regeerprogramma.", 2024, "2024-09-12"),
    ("Graag verneem ik of u de technische briefing die nu gepland staat voor dinsdag 7 december van 16.30-19.00 uur "
     "wilt verplaatsen.", 2021, "2021-12-06"),
    ("Op 16 december staat het onderwerp op de agenda van de raad.", 2025, None),
    # fix73: a Kamer meeting said planned for a day (VWS 2017, BZK 2014, a clerk's mail 2015, a procedurevergadering 2019),
    # or prepared by this letter now (OCW 2013, OCW 2021); an event told in the simple past (IenW 2018, BZ 2004); seasons
    # set against each other (JenV answers on asylum inflow)
    ("Uw Kamer heeft het jaarlijkse Wetgevingsoverleg Jeugd (WGO) gepland op 4 december 2017.", 2017, "2017-11-27"),
    ("Op 20 juni 2019 heeft uw Kamer een Algemeen Overleg (AO) Internationaal Maatschappelijk Verantwoord Ondernemen "
     "(IMVO) gepland staan.", 2019, "2019-06-11"),
    ("Voor donderdag 11 september 2014 is een Algemeen Overleg met de vaste commissie voor Binnenlandse Zaken gepland "
     "met als onderwerp «Verkiezingsaangelegenheden».", 2014, "2014-09-01"),
    ("Namens uw voorzitter kan ik u melden dat is vernomen dat het plenaire debat chroomhoudende verf wordt ingepland op "
     "woensdag 3 juni 2015.", 2015, "2015-05-29"),
    ("• Een rondetafelgesprek word gepland op 20 juni 2019, 14.30-17.30 uur (voorbereidingsgroep de leden Aartsen, Belhaj "
     "en Kwint)", 2019, "2019-03-28"),
    ("Met het oog op het algemeen overleg over de fusietoets in het onderwijs met de vaste commissie voor Onderwijs, "
     "Cultuur en Wetenschap van uw Kamer, dat gepland staat voor 17 oktober 2013, stuur ik u hierbij ter informatie de "
     "wijziging van de Regeling.", 2013, "2013-10-01"),
    ("Graag informeer ik uw Kamer in aanloop naar het Wetgevingsoverleg Cultuur op maandag 22 november 2021 met deze "
     "brief over de stand van zaken van een aantal moties en toezeggingen.", 2021, "2021-11-15"),
    ("Op 9 maart 2018 ontving ik Kamervragen van het lid Kröger (GroenLinks) over berichten «NS waarschuwt voor "
     "verbouwing Amsterdam CS».", 2018, None),
    ("In de nacht van 5 op 6 oktober bereikten het voorzitterschap en de Commissie namens de Europese Unie en de "
     "Verenigde Staten een akkoord over een interim-overeenkomst.", 2004, None),
    ("Ten eerste het seizoenseffect; in de zomer arriveren meer asielzoekers dan in de winter.", 2026, None),
    # fix75 (fix73's held-out kinds): a meeting with a slot of hours (an EK committee 2019, a clerk's mail 2021); a meeting
    # said held (`voer ik een wetgevingsoverleg`, BZK 2024); an invitation with who invites between, or to the meetings
    # before it (BZ 2020); a day named as gone by (a municipality's letter, scan70)
    ("De commissie besluit dat voor het gesprek met de voormalige leden van de staatscommissie op 10 december 2019 van "
     "17:00 tot 18:30 uur alle voormalige leden die wensen deel te nemen kunnen participeren.", 2019, "2019-11-05"),
    ("Ik verzoek u te laten weten of u kunt instemmen met het voorstel om het commissiedebat in te plannen op donderdag "
     "16 december van 13.00-16.00 uur.", 2021, "2021-12-01"),
    ("Op 12 juni as. voer ik een wetgevingsoverleg met de vaste Kamercommissie Koninkrijksrelaties over het Jaarverslag "
     "en de Slotwet Koninkrijksrelaties en BES-fonds 2023.", 2024, "2024-06-10"),
    ("Op 16 januari 2020 ben ik uitgenodigd door de Canadese Minister van Buitenlandse Zaken voor de eerste bijeenkomst "
     "van de International Coordination and Response Group.", 2020, "2020-01-14"),
    ("Ik stel het zeer op prijs indien u wilt overwegen de debatten waarvoor ik door uw Kamer op 16 januari vanaf 11.30 "
     "uur ben uitgenodigd, te verzetten dan wel om te zetten in een schriftelijk overleg.", 2020, "2020-01-14"),
    # fix75's fresh sample: a meeting with its subject after it; a promise kept here with its date between
    ("Namens uw voorzitter stel ik u daarom voor om het algemeen overleg over het zelfde onderwerp op 2 juni te laten "
     "vervallen.", 2015, "2015-05-29"),
    ("Daarmee doe ik tevens mijn toezegging van 1 september jl. gestand om uw Kamer uiterlijk begin november te "
     "informeren over de vraag of een vorm van briefstemmen voor de Tweede Kamerverkiezing nodig is.", 2020, "2020-10-30"),
    ("Afgelopen donderdag, 19 mei, stemde de gemeenteraad in met het voorstel om in onze gemeente 300 asielzoekers op "
     "te vangen voor een periode van vijf jaar.", 2026, None),
    # a period in which something will no longer be done (a VWS letter of 2017-12-22)
    ("In deze brief wordt u geïnformeerd over de moties en toezeggingen die om verschillende redenen, niet meer dit "
     "jaar worden afgehandeld.", 2017, "2017-12-22"),
    # a rule of law in general, a term in a condition
    ("Het bestuursorgaan beslist op het verzoek om informatie zo spoedig mogelijk, doch uiterlijk binnen vier weken "
     "gerekend vanaf de dag na die waarop het verzoek is ontvangen.", 2021, "2021-04-01"),
    ("Artikel 52, twaalfde lid, bepaalt dat wanneer binnen twaalf maanden (na het van toepassing worden van de "
     "verordening) geen CT is opgericht, de Commissie na evaluatie van de toepasselijke wetgeving en na consulatie "
     "van de ESMA, een wettelijke maatregel zal kunnen voorstellen die ertoe strekt dat ESMA voor de exploitatie van "
     "een CT zal zorgdragen.", 2022, "2022-01-21"),
    # probe59: a date the writer says they cannot inform by, the verb last (IenM 2011)
    ("Hier is enige tijd voor nodig, zodat ik u niet vóór het AO van 9 juni a.s. kan informeren over het "
     "Kabinetsstandpunt t.a.v. het beheer van de Haringvlietsluizen.", 2011, "2011-06-06"),
    # fix84's half-A audit: a past date told with a preterite of telling (LNV 2018, undated); meetings in the plural
    # (TK Defensie 2015); the year a price rise is for (IenW 2024); an aim a programme is directed at (VWS)
    ("Zoals ik op 30 mei 2018 in mijn beantwoording van het schriftelijk overleg inzake de geannoteerde agenda van de "
     "informele landbouwraad van 3 tot 5 juni 2018 (Kamerstuk 21 501-32, nr. 1110) reeds meldde, zal ik uw Kamer zo "
     "spoedig mogelijk na die gesprekken informeren over de herziening van het pachtstelsel.", 2018, None),
    ("Dit ten behoeve van de algemeen overleggen Materieel Defensie en Personeel Defensie op 17 juni 2015.", 2015,
     "2015-05-28"),
    ("De ergste pijn van de tariefstijging bij NS voor volgend jaar wordt verzacht door zowel bij het Rijk als de NS "
     "eenmalig extra middelen vrij te maken voor het dempen van de prijsstijgingen.", 2024, "2024-10-09"),
    ("Zo richt het programma Jongeren Op Gezond Gewicht (JOGG) zich op het behalen van een stijging van het percentage "
     "jongeren op een gezond gewicht in 75 gemeenten in 2020.", 2019, None),
    ("In 2020 en 2021 staat de impact van Corona op het terugkeerproces centraal.", 2021, None),
    # (a term counted from an event stays a general one: fix84's near miss)
    ("U ontvangt binnen vier weken na ontvangst van uw aanvraag een beslissing.", 2024, None),
    # dl97: a committee's debate named by its subject in lower case, this letter its information now (IenW 2025-04-14);
    # a decision `midden` a month told in the perfect, before the document (constructed near miss)
    ("Met deze brief ontvangt de Tweede Kamer informatie ten behoeve van het commissiedebat circulaire economie op 16 "
     "april aanstaande.", 2025, "2025-04-14"),
    ("Het besluit midden december 2024 heeft de regeling gewijzigd.", 2025, "2025-11-24"),
    # dl99 (fresh AZ/Fin/JenV letters): a day or season of whichever year is meant (Fin 2025-06-20, JenV 2016-01-11);
    # a meeting of the Kamer said held, in the passive (AZ 2018-10-05)
    ("De wetsvoorstellen die deel uitmaken van het pakket Belastingplan zijn doorgaans nauw verbonden met de begroting "
     "van het aansluitende begrotingsjaar en dienen naar het oordeel van het kabinet op 1 januari van het betreffende "
     "jaar in werking te treden.", 2025, "2025-06-20"),
    ("De rapportage over het hele jaar, inclusief de analyse en duiding, blijft u zoals gebruikelijk ontvangen in het "
     "voorjaar van het daaropvolgende jaar.", 2016, "2016-01-11"),
    ("Dit biedt fractievoorzitters de gelegenheid om zich goed voor te bereiden op de Algemene Politieke Beschouwingen "
     "die in de Tweede Kamer direct na Prinsjesdag worden gehouden.", 2018, "2018-10-05"),
    # dl99: a scenario weighed and not chosen, in the conditional (VWS 2021-01-13)
    ("Het nahangen van deze regeling zou tot gevolg hebben dat de maatregelen op hun vroegst op woensdag 20 januari 2021 "
     "in werking kunnen treden.", 2021, "2021-01-13"),
    ("Onderwijsinstellingen zouden in dat geval maandag 18 en dinsdag 19 januari weer open kunnen gaan, hetgeen niet "
     "mogelijk moet zijn.", 2021, "2021-01-13"),
]


# dl99: the near misses of its rows, steps they must leave: a day of the year named (`van het volgende jaar`), a step
# sent before a meeting said to take place, a step after a meeting held in the past; the document's month or the next as
# a term (JenV 2025-12-02)
DL99_STEPS = [
    ("Het wetsvoorstel treedt op 1 januari van het volgende jaar in werking.", 2025, "2025-06-20",
     [("op 1 januari van het volgende jaar", "2026-01-01")]),
    ("Voor het commissiedebat dat op 5 juni plaatsvindt, stuur ik u de brief.", 2025, "2025-05-20",
     [("op 5 juni", "2025-06-05")]),
    ("Naar aanleiding van het overleg dat op 3 maart werd gehouden, zal de minister voor 1 juni besluiten.", 2025,
     "2025-03-20", [("voor 1 juni", "2025-06-01")]),
    # (the same letter's facts in the indicative, and a polite conditional, stay steps)
    ("De huidige maatregelen voor onderwijsinstellingen vervallen echter van rechtswege op maandag 18 januari 2021.",
     2021, "2021-01-13", [("18 januari 2021", "2021-01-18")]),
    ("Ik zou uw Kamer graag voor de zomer informeren over de uitkomsten.", 2021, "2021-01-13",
     [("voor de zomer", "2021-07-01")]),
    ("Daarnaast zijn recent de 27 extra plekken geopend voor de Beperkt Beveiligde Afdeling (BBA) in Scheveningen en "
     "kunnen vanaf deze maand zelfmelders met straffen tot zes weken opgeroepen worden op de beperkt beveiligde locaties "
     "voor kortgestrafte zelfmelders.", 2025, "2025-12-02", [("vanaf deze maand", None)]),
    ("Ik informeer uw Kamer volgende maand over de uitkomsten.", 2025, "2025-12-02",
     [("volgende maand", "2026-01-31")]),
    # (a date judged not feasible gives way; the new one, or one with a feasibility condition after it, stays)
    ("Invoering per 1 januari 2022 is niet haalbaar; de wet treedt in werking op 1 juli 2022.", 2020, "2020-11-11",
     [("op 1 juli 2022", "2022-07-01")]),
    ("De wet treedt op 1 januari 2022 in werking, als dat niet haalbaar blijkt informeer ik u.", 2020, "2020-11-11",
     [("op 1 januari 2022", "2022-01-01")]),
]


# fix84: near misses of its rows and the steps they must leave: a day a price changes on; a step in a sentence that only
# tells its past in passing; a step before the debates planned (plural); two years in a row; a step in a present `dat`
# clause with `plaatsvinden` (Fin 2025)
FIX84_STEPS = [
    # (a kind of fix84's held-out half, fixed after its score: the addressee receives the writer's step within a term)
    ("U ontvangt binnen 4 weken een reactie op uw verzoek.", 2024, None, [("binnen 4 weken", None)]),
    ("De nieuwe tarieven per 1 januari 2025 worden door de vervoerders vastgesteld.", 2024, "2024-10-09",
     [("per 1 januari 2025", "2025-01-01")]),
    ("Zoals ik u eerder meldde, zal ik uw Kamer in maart 2019 informeren over de herziening van het pachtstelsel.", 2018,
     "2018-11-01", [("in maart 2019", "2019-03-31")]),
    ("Ik stuur u de brief vóór de algemeen overleggen Materieel en Personeel van 17 juni.", 2015,
     "2015-05-28", [("17 juni", "2015-06-17")]),
    ("In reactie op uw schriftelijke verzoek van 11 november 2010 ga ik hieronder in op de in 2010 en 2011 aan uw Kamer "
     "toe te zenden stukken.", 2010, "2010-11-22", [("in 2010 en 2011", "2011-12-31")]),
    ("Concreet betekent dit dat een groot deel van de herstelbetalingen vanaf 2026 plaatsvinden, en niet vanaf (eind) "
     "2025, waar eerder mee werd gerekend.", 2025, "2025-12-17", [("vanaf 2026", None)]),
]


# dl133 (all128-130): a question whose footnote marker follows its mark (Kamervragen, VRO 2023), next to a step whose
# footnote marker follows its full stop; a reply term on the document's own day with its hour (a clerk's e-mailprocedure,
# EZK 2019), next to the same day without an hour and a meeting held at an hour; the writer's term said impersonally
# (`naar verwachting`, Fin 2020), next to one counted from an event
DL133_STEPS = [
    ("Ik zal uw Kamer voor de zomer informeren over de uitkomsten.1", 2023, "2023-03-01", [("voor de zomer", "2023-07-01")]),
    ("Ik verzoek u mij uiterlijk donderdag 5 december 2019 om 12.00 uur te laten weten of u met het voorstel om de besloten "
     "technische briefings te organiseren instemt.", 2019, "2019-12-05", [("5 december 2019", "2019-12-05")]),
    ("Naar verwachting zal de uitvoeringstoets binnen 8 weken afgerond zijn.", 2020, "2020-10-20",
     [("binnen 8 weken", "2020-12-15")]),
    # (a table row whose cells are no Kamervragen head: a step with a law's name in one cell, constructed)
    ("De wet treedt in werking op 1 juli 2026 | | Wet op de zorg (Wzo) |", 2026, "2026-03-01",
     [("op 1 juli 2026", "2026-07-01")]),
]
DL133_NOT_STEPS = [
    ("Bent u bekend met het bericht dat statushouders de komende drie maanden in Horst aan de Maas voorrang krijgen?1",
     2023, "2023-03-01"),
    ("Ik verzoek u mij uiterlijk donderdag 5 december 2019 te laten weten of u met het voorstel instemt.", 2019,
     "2019-12-05"),
    ("Op donderdag 5 december 2019 om 12.00 uur vindt de procedurevergadering plaats.", 2019, "2019-12-05"),
    ("Naar verwachting beslist de IND binnen zes weken na ontvangst van de aanvraag.", 2020, "2020-10-20"),
    # (the title of Kamervragen in a saved page's head, openkamer.org, VWS 2023, all128)
    ("De uitzending van Undercover in Nederland op 23 april 2023 | | Lucille Werner (CDA) | | Conny Helder (minister zonder "
     "portefeuille volksgezondheid, welzijn en sport) (VVD) | | ![]() |", 2023, None),
]


@pytest.mark.parametrize("sentence, anchor, doc_date, expected", DL133_STEPS)
def test_dl133_steps(sentence: str, anchor: int, doc_date: str | None, expected: list) -> None:
    found = deadlines_in(sentence, anchor, doc_date)
    assert [(" ".join(d.text.split()), d.period.end) for d in found] == expected


@pytest.mark.parametrize("sentence, anchor, doc_date", DL133_NOT_STEPS)
def test_dl133_near_misses_are_no_steps(sentence: str, anchor: int, doc_date: str | None) -> None:
    assert deadlines_in(sentence, anchor, doc_date) == []


@pytest.mark.parametrize("sentence, anchor, doc_date, expected", FIX84_STEPS)
def test_fix84_near_misses_stay_steps(sentence: str, anchor: int, doc_date: str | None, expected: list) -> None:
    found = deadlines_in(sentence, anchor, doc_date)
    assert [(" ".join(d.text.split()), d.period.end) for d in found] == expected


@pytest.mark.parametrize("sentence, anchor, doc_date, expected", DL99_STEPS)
def test_dl99_near_misses_stay_steps(sentence: str, anchor: int, doc_date: str | None, expected: list) -> None:
    found = deadlines_in(sentence, anchor, doc_date)
    assert [(" ".join(d.text.split()), d.period.end) for d in found] == expected


@pytest.mark.parametrize("sentence, anchor, doc_date, expected", STEPS)
def test_steps_after_the_document(sentence: str, anchor: int, doc_date: str | None, expected: list) -> None:
    found = deadlines_in(sentence, anchor, doc_date)
    assert [(" ".join(d.text.split()), d.period.end) for d in found] == expected
    assert all(d.rule.startswith("date.") for d in found)


@pytest.mark.parametrize("sentence, anchor, doc_date", NOT_STEPS)
def test_what_else_a_date_is(sentence: str, anchor: int, doc_date: str | None) -> None:
    assert deadlines_in(sentence, anchor, doc_date) == []


@pytest.mark.parametrize("sentence, anchor, doc_date, expected", DEADLINES)
def test_deadlines(sentence: str, anchor: int, doc_date: str | None, expected: list) -> None:
    found = find_deadlines(sentence, anchor, doc_date)
    assert [(" ".join(text.split()), p.end if p.end else None) for _, _, text, p in found] == expected


def test_relative_term_counted_from_an_act_is_a_deadline_without_dates() -> None:
    (_, _, text, p), = find_deadlines("Lidstaten dienen de herziene Richtlijn na publicatie in het Publicatieblad binnen "
                                      "een periode van twee jaar te implementeren in nationale wet- en regelgeving.",
                                      2021, None)
    assert (text, p.start, p.end, p.relative) == ("binnen een periode van twee jaar", None, None, True)


def test_a_term_the_writer_sets_for_their_own_step_is_dated_from_the_letter() -> None:
    """Constructed on the pattern of letters asking for more time: the term counts from this letter, so it has the
    letter's date and the end of the term (dl117; it had no dates before)."""
    (_, _, text, p), = find_deadlines("Ik verwacht de antwoorden binnen drie weken te kunnen sturen.", 2024, "2024-10-15")
    assert (text, p.start, p.end, p.relative) == ("binnen drie weken", "2024-10-15", "2024-11-05", False)
    # the same words quoted from an earlier answer (Kamervragen of 2022) were written another day: no dates
    (_, _, text, p), = find_deadlines(
        "Herinnert u zich het antwoord: «Ja. Deze lijst moet, zoals het lid Omtzigt zelf aangeeft in de vraag, nog worden "
        "samengesteld. Daarvoor is uitgebreid uitzoekwerk nodig, juist omdat ik de vraag van het genoemde lid zo volledig "
        "mogelijk wil beantwoorden. Ik ga er daarom vanuit dat de heer Omtzigt ook interne notities bedoelt die als advies "
        "aan de bewindspersonen zijn gegaan. Dit betreft dan ook stukken die tot nu toe niet aan uw Kamer zijn "
        "overhandigd. Daarom vergt dit meer tijd dan uw Kamer mij voor de beantwoording van deze Kamervragen gunt. De "
        "gevraagde lijst met eventueel de daarbij nog niet gepubliceerde stukken zal ik binnen twee maanden aan uw Kamer "
        "sturen.»", 2022, "2022-04-26")
    assert (text, p.start, p.end, p.relative) == ("binnen twee maanden", None, None, True)
    # a term after an event, or one a rule of law sets, is not the writer's own
    assert find_deadlines("Ik verwacht dat de IND binnen zes weken na ontvangst beslist.", 2024, "2024-10-15") == []
    assert find_deadlines("Het bestuursorgaan beslist binnen acht weken.", 2024, "2024-10-15") == []


def test_a_rule_of_law_in_general_is_no_deadline() -> None:
    # a term of the Dublin procedure in general, not one this letter sets (the old test expected a deadline)
    assert find_deadlines("Vanaf de datum van het claimakkoord heeft Nederland zes maanden de tijd om die persoon "
                          "over te dragen.", 2021, None) == []


def test_a_date_inside_a_reference_is_no_deadline() -> None:
    sentence = "- Brief TK 26 mei 2020 inzake Meerjarig beleidskader hervestiging 2020-2023, en bijlage"
    assert find_deadlines(sentence, 2021, None, [(2, 84)]) == []


def test_deadline_in_a_footnote_is_tagged_at_its_marker() -> None:
    body = "Het NQ (500) wordt berekend op basis van het aantal aangekomen hervestigde vluchtelingen."
    note = "De verwachting is dat de inspectie begin 2023 zal rapporteren."      # a sentence of a 2022 letter
    tags = tag_document((Page(5, body),), (Footnote("2", note, 5, 6),), "2022-12-22", "kamerbrief")
    (d,) = [t for t in tags if t.kind == "deadline"]
    assert (d.fields()["date_text"], d.fields()["date_start"], d.fields()["date_end"], d.start, d.page, d.rule) == \
        ("begin 2023", "2023-01-01", "2023-03-31", 6, 5, "date.year_begin")
    assert d.quote.startswith("2 De verwachting")


def test_period_name_in_a_footnote_is_no_deadline() -> None:
    # `beleidskader 2020-2023` names the period of a policy framework (annotated borderline at most)
    note = ("Bij brief aan de Tweede Kamer van 10 september 2020 inzake ‘Situatie brand vluchtelingenkamp Lesbos’ "
            "heeft het vorige kabinet bepaald dat het aantal herplaatste vluchtelingen in mindering moet worden "
            "gebracht, wat erin resulteert dat in het huidige meerjarig beleidskader 2020-2023 maximaal 1.900 "
            "vluchtelingen naar NL moeten worden hervestigd.")
    tags = tag_document((Page(5, "Het NQ (500) wordt berekend."),), (Footnote("2", note, 5, 6),), None, "dossier")
    assert [t for t in tags if t.kind == "deadline"] == []
    (r,) = [t for t in tags if t.kind == "reference"]
    assert r.fields()["label"] == "Kamerbrief 10 september 2020 'Situatie brand vluchtelingenkamp Lesbos'"


def test_short_sentence_is_quoted_with_the_ones_before_it() -> None:
    body = ("Door NL is ingezet op een link met de herziening van de Schengengrenscode. "
            "Hierover vinden gesprekken plaats met de Commissie. Deze herziening wordt half november 2021 verwacht.")
    (d,) = [t for t in tag_document((Page(1, body),), (), None, "dossier") if t.kind == "deadline"]
    assert d.quote == body
    assert (d.fields()["date_start"], d.fields()["approx"]) == ("2021-11-15", True)


def test_a_term_asked_for_and_reported_not_met_is_no_deadline() -> None:
    """An IenW letter of 2018-05-15 asking for more time: the Kamer's term (16 May) is missed, the new one holds."""
    body = ("Uw Kamer heeft verzocht tot aanvullende informatie over de vorming van dit nieuwe artikel en daarbij "
            "aangegeven deze informatie voorafgaand aan Verantwoordingsdag (16 mei) te willen ontvangen. Middels deze "
            "brief meld ik u dat het helaas niet haalbaar blijkt om de aanvullende informatie binnen de gestelde termijn "
            "aan te reiken. Er is namelijk meer tijd nodig voor zorgvuldige afstemming. Ik zal u zo spoedig mogelijk de "
            "gevraagde aanvullende informatie doen toekomen, in ieder geval ruimschoots voorafgaand aan het "
            "Wetgevingsoverleg over de Jaarverslagen van Infrastructuur en Waterstaat op 20 juni.")
    tags = tag_document((Page(1, body),), (), "2018-05-15", "kamerbrief")
    assert [(t.fields()["date_text"], t.fields()["date_end"]) for t in tags if t.kind == "deadline"] == [
        ("op 20 juni", "2018-06-20")]


def test_a_term_asked_for_that_the_writer_cannot_meet_is_no_deadline() -> None:
    """An EZ letter of 2013-03-15 asking for more time: the Kamer asked for a letter by 19 March, the writer says
    they cannot meet that request; neither mention of the term is a deadline."""
    body = ("Uw Kamer heeft mij op donderdag 14 maart 2013 in de regeling van werkzaamheden verzocht om voor dinsdag "
            "19 maart 12:00 uur uw Kamer een brief te sturen over de boetesystematiek met betrekking tot voedselfraude. "
            "Dit in verband met het nog te plannen VAO Voedselfraude komende week. Donderdag 14 maart heb ik in het AO "
            "toegezegd deze brief binnen enkele weken aan uw Kamer te versturen. Een goede brief behoeft zorgvuldige "
            "voorbereiding en afstemming. Ik kan daarom niet aan het verzoek voldoen deze brief "
            "voor dinsdag 19 maart 12:00 uur aan uw Kamer te versturen.")
    tags = tag_document((Page(1, body),), (), "2013-03-15", "kamerbrief")
    assert [t for t in tags if t.kind == "deadline"] == []


def test_a_request_named_as_a_noun_and_not_met_is_no_deadline() -> None:
    """An ELI letter of 2011-10-21: `het verzoek van de vaste commissie om ... uiterlijk 24 oktober 2011 ...` cannot
    be met; the new term (`voor het ... Algemeen Overleg van 1 december aanstaande`) holds."""
    body = ("Naar aanleiding van het verzoek van de vaste commissie voor Economische Zaken, Landbouw en Innovatie om "
            "uiterlijk 24 oktober 2011 mijn visie op de intensieve veehouderij aan uw Kamer te sturen, deel ik u het "
            "volgende mede. Ik kan dan ook niet aan uw onderhavige verzoek tegemoet komen, maar zal uw Kamer mijn visie "
            "tijdig voor het aangekondigde Algemeen Overleg van 1 december aanstaande doen toekomen.")
    tags = tag_document((Page(1, body),), (), "2011-10-21", "kamerbrief")
    assert [t.fields()["date_end"] for t in tags if t.kind == "deadline"] == ["2011-12-01"]


def test_a_term_the_writer_announced_and_reports_not_held_gives_way_to_the_new_one() -> None:
    """A BZK letter of 2013-09-25 asking for more time: the date announced before (September 2013) is missed, the
    new one (the second half of October) holds."""
    body = ("Ik heb U kort daarna meegedeeld dat ik de gevraagde informatie in september 2013 aan Uw Kamer zou doen "
            "toekomen. Inmiddels is mij gebleken dat voor een zorgvuldige beantwoording van de motie meer tijd nodig is. "
            "Via deze brief laat ik U weten dat ik Uw Kamer de gevraagde informatie in de tweede helft van oktober 2013 "
            "zal toesturen.")
    tags = tag_document((Page(1, body),), (), "2013-09-25", "kamerbrief")
    assert [(t.fields()["date_text"], t.fields()["date_start"], t.fields()["date_end"]) for t in tags
            if t.kind == "deadline"] == [("in de tweede helft van oktober 2013", "2013-10-16", "2013-10-31")]


def test_a_start_long_gone_in_words_that_look_ahead_is_next_years() -> None:
    """Constructed: `na de zomer` in a November letter is after next summer; in a June letter after this one."""
    (d,) = deadlines_in("Ik informeer uw Kamer na de zomer over de uitkomsten.", 2024, "2024-11-20")
    assert (d.period.start, d.period.end) == ("2025-09-01", None)
    (d,) = deadlines_in("Ik informeer uw Kamer na de zomer over de uitkomsten.", 2024, "2024-06-20")
    assert (d.period.start, d.period.end) == ("2024-09-01", None)
    assert deadlines_in("Na de zomer is de pilot gestart.", 2024, "2024-11-20") == []


def test_a_mail_quoted_under_a_later_decision_dates_its_own_words() -> None:
    # `eind april` in a mail of 8 March 2022 under a Woo decision of July 2022 is April 2022, long before the
    # decision, not April 2023 (a mail printed in a Woo decision's annex, probed by rules16)
    body = ("Ik heb besloten de documenten gedeeltelijk openbaar te maken.\n\n"
            "Van: 5.1.2e\nVerzonden: dinsdag 8 maart 2022 14:12\nAan: 5.1.2e\nOnderwerp: RE: planning versterking "
            "Loppersum\n\nHoi 5.1.2e,\n\nDank voor je bericht. De Nationaal Coördinator Groningen verwacht de planning "
            "voor de versterking in Loppersum eind april gereed te hebben.\n")
    tags = tag_document((Page(1, body),), (), "2022-07-12", "woo-besluit")
    assert [t for t in tags if t.kind == "deadline"] == []
    # in the mail's own words, still due when it was written: that year's April
    (d,) = deadlines_in("De Nationaal Coördinator Groningen verwacht de planning voor de versterking in Loppersum eind "
                        "april gereed te hebben.", 2022, None, written="2022-03-08")
    assert (d.period.start, d.period.end) == ("2022-04-21", "2022-04-30")


def test_a_step_due_before_a_day_has_an_end_only() -> None:
    """`voor 1 april 2018` ends on that day and has no start, as `voor de zomer` (fix73's audit, fix75)."""
    [d] = deadlines_in("Het kabinet zal uw Kamer voor 1 april 2018 informeren over de uitkomsten.", 2018, "2018-01-15")
    assert (d.period.start, d.period.end) == (None, "2018-04-01")
    [w] = deadlines_in("Het overleg is voorzien in de week van 8 juni 2015.", 2015, "2015-03-24")
    assert (w.period.start, w.period.end) == ("2015-06-08", "2015-06-14")


# dl136 (fresh texts of 2016-2026 and the seen all134/all135): a saved page's validity register (LNV 2023, all134;
# wetten.overheid.nl), next to a measure's own term of validity in a sentence
DL136_STEPS = [
    ("De regeling is geldig tot 1 januari 2026.", 2025, "2025-03-01", [("tot 1 januari 2026", "2025-12-31")]),
    # `tot` a day ends the day before it, the last of a month through it (OCW 2021, dl117 B; the annotations' `tot 31
    # december 2021`)
    ("Evenementen zonder zitplaats zijn verboden tot 4 december.", 2021, "2021-11-26", [("tot 4 december", "2021-12-03")]),
    ("De maatregel geldt tot 30 juni 2026.", 2026, "2026-03-01", [("tot 30 juni 2026", "2026-06-30")]),
    ("De nieuwe regeling is geldig vanaf 1 januari 2026.", 2025, "2025-03-01", [("vanaf 1 januari 2026", None)]),
    ("Het besluit geldt van 1 januari 2026 tot en met 31 december 2027.", 2025, "2025-03-01",
     [("1 januari 2026 tot en met 31 december 2027", "2027-12-31")]),
    # (a publication still to come, near miss of deadline.issued_on, constructed)
    ("De nieuwe handreiking wordt in april 2024 uitgegeven.", 2024, "2024-03-13", [("in april 2024", "2024-04-30")]),
    # (a planning line with its decision, near miss of the Woo decision's title, constructed)
    ("Besluit inwerkingtreding 1 januari 2025", 2024, None, [("1 januari 2025", "2025-01-01")]),
    # a step due before a debate named by its day after `op` (KGG 2025, dl136 A)
    ("In dat debat kwamen diverse onderwerpen aan de orde waarover is toegezegd dat het kabinet in deze brief zal ingaan, "
     "voor het plenaire debat op 10 juni.", 2025, "2025-06-03", [("op 10 juni", "2025-06-10")]),
    ("Ik stuur u de brief voor het commissiedebat op 12 maart.", 2025, "2025-02-10", [("op 12 maart", "2025-03-12")]),
    # (a step still to come before the bracketed meeting, near miss, constructed)
    ("Ik zal u voor het Wetgevingsoverleg (WGO) Water van 18 november 2024 informeren over de stand van zaken.", 2024,
     "2024-10-01", [("18 november 2024", "2024-11-18")]),
    # (a promise by a date in the same passive, near miss of deadline.cannot_be_done_by, constructed)
    ("Ik verwacht dat de evaluatie voor 1 juni kan worden afgerond.", 2024, "2024-05-10", [("voor 1 juni", "2024-06-01")]),
    # (the verb in running text, near miss of deadline.subject_line, constructed)
    ("Het betreft de nieuwe subsidieperiode, die vanaf 2029 zal gelden.", 2025, "2025-10-03", [("vanaf 2029", None)]),
    # the week a step falls in, named by its days, is no citation (OCW 2018, dl104 B)
    ("Over alle begrotingen en amendementen wordt in de week van 4, 5 en 6 december gestemd.", 2018, "2018-11-01",
     [("4, 5 en 6 december", "2018-12-06")]),
]
DL136_NOT_STEPS = [
    ("Wet natuurbescherming; besluit op handhavingsverzoek Nederlandse garnalenvisserij Geldigheid:04-04-2023 t/m "
     "31-12-2099Status: Geldig vandaag", 2023, None),
    ("Geldend van 01-01-2013 t/m 31-07-2016", 2012, "2012-06-01"),
    # (the Staatsblad's issue line under a decree of 13 March, BZK 2024, dl136 A)
    ("Willem-Alexander De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, A.C. van Huffelen Uitgegeven de "
     "negende april 2024", 2024, "2024-03-13"),
    ("Uitgegeven de 9 april 2024", 2024, "2024-03-13"),
    # (the title line of an undated Woo decision, its own date at the end, RWS 2024, all135)
    ("Woo-besluit technische overleggen Ruimte voor de rivier Ijsseldelta - Reevediep 9 april 2024", 2024, None),
    # (a debate held on a day gone by, cited, near miss of a step due before a debate, constructed)
    ("Tijdens het plenaire debat op 10 juni heb ik toegezegd u te informeren.", 2025, "2025-09-03"),
    # (a meeting with its short name in brackets before its subject, prepared by this letter now, IenW 2024, dl97)
    ("Met deze brief wordt de Tweede Kamer voor het Wetgevingsoverleg (WGO) Water van 18 november 2024 geïnformeerd over "
     "de stand van zaken en ontwikkelingen die betrekking hebben op het waterdomein.", 2024, "2024-11-12"),
    # (a term the work cannot be done by, in the passive, BZK 2020, dl117 B; its word order after the modal)
    ("De reactie op de jaarverslagen van de Nationale ombudsman en de Kinderombudsman vergt brede interdepartementale "
     "afstemming, die niet voor de deadline van 9 juli kan worden voltooid.", 2020, "2020-06-30"),
    ("De beantwoording kan helaas niet vóór 1 juni worden afgerond.", 2024, "2024-05-10"),
    # (a letter's subject line, OCW 2025, dl117 A)
    ("Nummer: 2025D43438, datum: 2025-10-03, bijgewerkt: 2025-10-03 16:23, versie: 1 De voorzitter van de Tweede Kamer der "
     "Staten-Generaal Betreft cultuursubsidies vanaf 2029", 2025, "2025-10-03"),
    # (a letter cited by its days stays a citation, near miss of the week, constructed)
    ("Per brief van 4 en 5 november zijn de BNC-fiches betreffende de overkoepelende mededeling ingediend.", 2018,
     "2018-11-01"),
]


@pytest.mark.parametrize("sentence, anchor, doc_date, expected", DL136_STEPS)
def test_dl136_near_misses_stay_steps(sentence: str, anchor: int, doc_date: str | None, expected: list) -> None:
    found = deadlines_in(sentence, anchor, doc_date)
    assert [(" ".join(d.text.split()), d.period.end) for d in found] == expected


@pytest.mark.parametrize("sentence, anchor, doc_date", DL136_NOT_STEPS)
def test_dl136_what_else_a_date_is(sentence: str, anchor: int, doc_date: str | None) -> None:
    assert deadlines_in(sentence, anchor, doc_date) == []
