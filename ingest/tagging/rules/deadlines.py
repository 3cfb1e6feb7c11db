"""Deadlines: time expressions saying when a concrete step is due after the document's date.

A time expression found by a row of `dates.PERIODS` is a deadline unless a row of ``EXCLUSIONS`` says
what else it is: a date of record (`brief van 26 mei 2020`, `Ingediend op ...`), a comparison or a
starting point (`net als in 2020`, `sinds 2019`), the label of a figure (`in 2021 t/m september: 9 dagen`),
a budget (`200 miljoen euro in 2022`), a period's name (`MFK 2021-2027`), a flattened table row, the
legal-remedy notice or a question. What is left is judged by its tense (the ``CUES`` nearest to it: a
modal, a plan or a passive looks ahead; a simple past, a perfect or `nu` tells what was or is) and by the
document's own date: a period after it is a deadline unless it is told in the simple past, and a far one
(five years on) only when a verb looks ahead and no ``TARGETS`` row calls it an outcome target (`In 2050
is de economie circulair`). A term counted from an event (`binnen twaalf maanden na ...`) is a deadline
only when the event is one act of this case (``ACT_EVENTS``: its publication, entry into force), not a
rule of law in general.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from typing import NamedTuple

from ingest.dutch.months import MONTH_NAMES
from ingest.dutch.register import ACTIVITY_STAMP
from ingest.records import Period
from ingest.tagging.dates import N, PERIODS, Ctx, Found, find_expressions, from_now
from ingest.tagging.rules.table import Rule, first_match, rule

log = logging.getLogger(__name__)
TABLES = ("PERIODS", "CUES", "EXCLUSIONS", "STAMPS", "FRONTED_PERFECTS", "TARGETS", "ACT_EVENTS", "TERMS_NOT_MET",
          "STILL_WITHIN")

AHEAD, SEND, PAST, PERFECT = "ahead", "send", "past", "perfect"
BEFORE, HEADER, CLAUSE, AFTER, AROUND, SENTENCE, EXPR, FULFILLED = ("before", "header", "clause", "after", "around",
                                                                   "sentence", "expression", "fulfilled")
FOR_YEAR = "for_year"   # right before a whole year led by `voor` or `in` (`voor 2025`, `voor volgend jaar`)
WITH_LEAD = "with_lead"   # the expression with the words right before it, ending where it ends (`voor de komende zes jaar`)
YEAR_ROWS = ("date.year", "date.rel_year", "date.year_range", "date.year_pair")
FOR_OR_IN = re.compile(r"(?:voor|in)\s", re.I)

# up to twenty words that stay in one clause (no `dat`, `om`, `die` ... in between)
# (nor a passive or modal of its own: `zijn vervroegd worden doorgeplaatst`)
WORDS_IN_CLAUSE = (r"(?:\s+(?!(?:dat|die|om|omdat|wanneer|zodat|waarin|waarbij|nadat|voordat|zodra|wordt|worden|zal|"
                   r"zullen)\b)[^\s;:]+){0,20}?")
# a past participle; the participles of planning (`is voorzien`, `is gepland`) look ahead; `gereed` and
# present forms that look like one (`geldt`, `gebruikt`) are none
PARTICIPLE = (r"(?!(?:voorzien|gepland|beoogd|verwacht|aangekondigd|gereed|geldt|gelden|geeft|gebeurt|gebruikt|"
              r"gebruiken|getuigt)\b)"
              r"(?:(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|terug|vast|weg|samen|tegen|neer|vrij|bekend|"
              r"kennis|plaats|vorm|stil|los|rond|tot|ver)?ge(?:\w{2,}(?:d|t|en)|\w+aan)|"
              r"(?:be|ver|ont|her)\w{2,}(?:d|t|en)|geweest|gehad|"
              # (the participles of inseparable verbs in over-/onder-, named: `Er is na het kerstreces opnieuw met de
              # energiesector overlegd`, SZW 2025; nouns of that shape, `onderhoud`, `overlast`, are none)
              r"overlegd|overwogen|overhandigd|overschreden|onderzocht|ondertekend|onderbouwd|ondernomen|onderschreven|"
              r"onderkend)")
AUX = r"(?:heb|heeft|hebben|had|hadden|is|zijn|ben|bent)"
# a noun of when a step is due, which `beoogde` right before it qualifies (`Beoogde inwerkingtredingsdatum is 1 januari
# 2019`, LNV 2018, dl117): the adjective of a plan, not the simple past
TIMING_NOUN = r"[\w-]*(?:datum|inwerkingtreding|ingang|invoering|tijdstip|startmoment)\b"
# the simple past of the verbs letters tell events with (and of the auxiliaries and modals)
# (and of separable verbs, glued: `plaatsvond`, `afliep`, `bijeenkwam`; not the forms that are also nouns:
# `uitgaven`, `opgaven`, `opnamen`; nor `beoogde` after an article, the adjective of a plan: `de beoogde
# inwerkingtredingsdatum`; the asking of questions: `waarover het lid Dassen mij eerder vragen stelde op 5 juni 2025`,
# Def 2025, probe67)
PRETERITE = (r"(?:plaats|aan|af|bij|bijeen|door|in|mee|na|op|over|toe|uit|voor|terug|samen)(?:"
             r"vond|vonden|kwam|kwamen|liep|liepen|ging|gingen|stond|stonden|nam|bracht|brachten|trok|trokken|"
             r"hield|hielden)|"
             r"was|waren|werd|werden|leek|leken|bleek|bleken|kwam|kwamen|vond|vonden|had|hadden|trok|trokken|vertrok|"
             r"vertrokken|liep|liepen|leidde|leidden|ging|gingen|stond|stonden|kreeg|kregen|deed|deden|zag|zagen|"
             r"besloot|besloten|presenteerde|publiceerde|stuurde|informeerde|toonde|sprak|spraken|gaf|gaven|nam|namen|"
             r"hield|hielden|bracht|brachten|schreef|schreven|verscheen|verschenen|kon|konden|mocht|mochten|moest|"
             r"moesten|voorzag|voorzagen|verwachtte|verwachtten|stelde|stelden|vroegen|"
             rf"(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)(?<!\bdie\s)(?<!\bdeze\s)beoogde(?!\s+{TIMING_NOUN})|beoogden|plande|planden|"
             # (receiving and reaching: `Op 9 maart 2018 ontving ik Kamervragen`, IenW 2018; `In de nacht van 5 op 6
             # oktober bereikten het voorzitterschap en de Commissie ... een akkoord`, BZ 2004, fix73; not `de bereikte`)
             r"ontving|ontvingen|(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)bereikte|bereikten|ondertekende|ondertekenden|"
             # (telling what was said before: `Zoals ik op 30 mei 2018 in mijn beantwoording van het schriftelijk overleg
             # ... reeds meldde, zal ik uw Kamer ... informeren`, LNV 2018, fix84)
             r"meldde|meldden|berichtte|berichtten|antwoordde|antwoordden|zei|zeiden|deelde|deelden|liet|lieten")
# a plural that tells no act of the government's (a state, a modal, or the past: `werkten we`; `zullen wij` is the modal
# promise itself, ``deadline.modal``: `Daarom zullen wij in het voorjaar ... met u afstemmen`, all131)
NOT_ACTING = rf"hebben|zijn|kunnen|willen|mogen|moeten|zullen|{PRETERITE}|\w+(?:de|te)n"

# a request the writer says they cannot meet: `niet aan het verzoek (kan) voldoen`, `niet voldoen aan uw verzoek`,
# `niet aan uw onderhavige verzoek tegemoet komen`
NOT_COMPLIED = (r"niet\s+(?:aan\s+(?:het|dit|dat|uw)\s+(?:\w+\s+)?verzoek\s+(?:\w+\s+){0,2}?(?:voldoen|tegemoet\s*komen)|"
                r"(?:voldoen|tegemoetkomen|tegemoet\s+komen)\s+aan\s+(?:het|dit|dat|uw)\s+(?:\w+\s+)?verzoek)")

# a step the writer says cannot be taken, told as a fact with the verb before `niet` (`Helaas lukt het niet om de brief
# voor 1 april te versturen`, `Het is niet mogelijk om de brief voor 1 april te versturen`), not as a condition with the
# verb last (`Als het niet lukt, ...`, `Als dat niet mogelijk is, ...`)
# (in a `dat` clause the verb comes last and it is still a fact: `Hierbij deel ik u mee dat het niet mogelijk blijkt om
# uw Kamer ... voor eind 2025 te informeren`; `Ik kan uw Kamer niet voor 1 april informeren`, but not `niet eerder dan`)
NOT_MANAGED = (r"(?:lukt|lukte)\s+(?:het\s+)?(?:\w+\s+){0,2}?niet|(?:is|blijkt|bleek)\s+(?:het\s+)?(?:\w+\s+){0,2}?niet\s+"
               r"mogelijk\s+(?:gebleken\s+)?om|dat\s+(?:het\s+)?(?:\w+\s+){0,3}?niet\s+(?:mogelijk|haalbaar)\s+(?:is|blijkt|"
               r"bleek|was)\s+om|dat\s+het\s+(?:\w+\s+){0,2}?niet\s+lukt|(?:(?:kan|kunnen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+"
               r"(?:kan|kunnen))\s+(?:\w+\s+){0,3}?niet(?!\s+(?:eerder|later|anders)\b)|"
               # (or said impossible: `... maken het onmogelijk de doorlichting voor het eind van 2015 af te ronden`, BHOS
               # 2015; `Het is onmogelijk gebleken om ...`)
               r"(?:maakt|maken|maakte|maakten)\s+(?:het\s+)?(?:\w+\s+){0,2}?onmogelijk|"
               r"(?:is|blijkt|bleek)\s+(?:het\s+)?(?:\w+\s+){0,2}?onmogelijk\s+(?:gebleken\s+)?om")

# the labels a saved page's register opens a published text's validity on (``deadline.validity_label``)
VALID_FROM = r"Geldigheid\s*:|Geldend\s+van|Geldig\s+(?:vanaf|van)"

# the participles of work finished or sent (``deadline.cannot_be_done_by``)
DONE = (r"(?:voltooid|afgerond|afgehandeld|beantwoord|verstuurd|verzonden|gestuurd|toegezonden|aangeboden|opgeleverd|"
        r"vastgesteld|gepubliceerd|ingediend)")

# Words that place a step in time: the nearest to the time expression tells its tense.
CUES: tuple[Rule, ...] = (
    rule("deadline.modal", r"\b(?:zal|zullen|zult|ga\s+ik|gaan\s+we)\b",
         "Eind 2023 zal de pilot worden geëvalueerd door een extern onderzoeksbureau.", AHEAD),
    # (`de beoogde inwerkingtredingsdatum 1 januari 2023`: the adjective after an article)
    rule("deadline.plan", r"\b(?:verwacht|verwachte|verwachting|verwachten|voorzien|gepland|planning|beoogd|beoogt|"
         r"(?:de|het|een|die|deze)\s+beoogde|"
         r"beogen|streef|streeft|streven|voornemens|voornemen|van\s+plan|uiterlijk|zetten\s+(?:we\s+)?in\s+op|"
         r"zet\s+in\s+op|inzetten\s+op)\b", "We zetten in op een UPV voor meubels voor 2030.", AHEAD),
    # (the adjective before a noun of timing, with no article: `Beoogde inwerkingtredingsdatum is 1 januari 2019 conform het
    # zesde actieprogramma Nitraatrichtlijn`, LNV 2018, dl117; the simple past `beoogde het kabinet` stays past)
    rule("deadline.planned_date", rf"\bbeoogde(?=\s+{TIMING_NOUN})",
         "Beoogde inwerkingtredingsdatum is 1 januari 2019 conform het zesde actieprogramma Nitraatrichtlijn.", AHEAD),
    # a decision to act, as a committee's list of decisions words it (`De commissie besluit voorts om in april de ...
    # onderwerpen nader te inventariseren`, EK KOREL 2022): the step decided lies ahead
    rule("deadline.decided_to", r"\b(?:besluit|besluiten)\b(?:\s+\S+){0,3}?\s+om\b",
         "De commissie besluit voorts om in april de in het mondeling overleg aan de orde te stellen onderwerpen nader te "
         "inventariseren en in commissieverband te bespreken.", AHEAD),
    rule("deadline.duty", r"\b(?:moet|moeten|dient|dienen)\b",
         "Tevens zal Nederland uiterlijk februari 2022 een actieplan bij de Commissie moeten indienen", AHEAD),
    rule("deadline.event", r"\b(?:volgt|volgen|komt|komen|treedt|treden|ingaat|ingaan|start|starten|verschijnt|"
         r"verschijnen|opleveren|oplevert|afronden|afgerond\s+worden|tegemoet|zodra|rapporteren|organiseren|"
         r"doorgeplaatst|vindt|vinden|plaatsvindt|plaatsvinden)\b", "Tot juli 2023 vindt intensieve afstemming tussen Rijk en andere "
         "overheden plaats", AHEAD),
    # a present passive tells what is being done or will be (`Uw Kamer wordt ... geïnformeerd`)
    rule("deadline.passive", rf"\b(?:wordt|worden)\b(?:\s+\S+){{0,12}}?\s+{PARTICIPLE}\b",
         "In 2023 wordt door het RIVM een notitie opgesteld", AHEAD),
    # ... and a passive with a modal what can, must or will be done: no habit, so a season long gone before it is next
    # year's (`dat het kabinetstandpunt ... zodanig tijdig beschikbaar komt dat het in ieder geval voor het zomerreces in
    # uw Kamer behandeld kan worden`, a BZK letter of October 2015, fix84)
    # (or would be, the new date of a step delayed: `bleek dat de waterstofleiding pas in 2032 of zelfs later
    # gerealiseerd zou worden`, KGG 2024, the 2028 first told missed)
    rule("deadline.modal_passive", rf"\b{PARTICIPLE}\s+(?:kan|kunnen|moet|moeten|zal|zullen|zou|zouden)\s+worden\b",
         "Het kabinetstandpunt komt zodanig tijdig beschikbaar dat het in ieder geval voor het zomerreces in uw Kamer "
         "behandeld kan worden.", AHEAD),
    # the government acting in the present (`De periode ... gebruiken we om ...`, `Dit pakken we ... op`)
    rule("deadline.we_act", rf"\b(?:we|wij)\s+(?!(?:{NOT_ACTING})\b)\w+en\b|"
         rf"\b(?!(?:{NOT_ACTING})\b)\w+en\s+(?:we|wij)\b",
         "De periode november 2022 tot januari 2023 gebruiken we om regionale doelen verder uit te werken.", AHEAD),
    # sending words look ahead, unless the letter itself is what is sent (`Hierbij ontvangt u`)
    rule("deadline.send", r"\b(?:informeer|informeren|stuur|sturen|toekomen|ontvangt|ontvangen|aanbieden|bied)\b",
         "Uw Kamer ontvangt deze rapportage in het najaar.", SEND),
    # (`jl.` stamps the date right before it only (``deadline.past_after``), not the others of the sentence: `De
    # commissies besluiten op 5 oktober 2021 inbreng te leveren ... over de brieven van 14 september jl.`)
    rule("deadline.preterite", rf"\b(?:{PRETERITE})\b",
         "De convenanten met de pilotgemeenten liepen in eerste instantie eind maart 2022 af.", PAST),
    # a period said to be the present one (`nu 2020-2023`)
    rule("deadline.now", r"\b(?:nu|thans|momenteel)\b",
         "Hervestiging wordt uitgevoerd binnen een vierjarig beleidskader (nu 2020-2023 ).", PAST),
    # (an infinitive after `te` that looks like a participle is none: `Wij zijn voornemens u in het najaar nader te
    # berichten`)
    # (also `doen` standing for its participle, as in `heb ik u dit jaar twee brieven doen toekomen (op 23 september jl.
    # ...)`, VWS 2019-12-03, dl104: the letters sent, no step to come)
    rule("deadline.perfect", rf"\b{AUX}\b{WORDS_IN_CLAUSE}(?<!\bte)\s+(?:{PARTICIPLE}|weten|kunnen|moeten|willen|laten|doen)"
         r"(?!\s+(?:kan|kunnen|moet|moeten|zal|zullen|wordt|worden)\b)\b",
         "De Europese Commissie heeft begin juni 2021 een Schengenstrategie gepresenteerd.", PERFECT),
)
NOW = re.compile(r"\b(?:hierbij|hiermee|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief|via\s+deze\s+brief)\b", re.I)

# Words that stamp a date of record on what follows (`ontvangen 11 juni 2024`, `Kamerstukken ... vergaderjaar`,
# an answer's `Beantwoord 13 november 2018 (na 25 dagen)`, a register's fields `Documentdatum 04-06-2024 Publicatiedatum
# 04-06-2024` over a letter of 31 May, parlementairemonitor.nl 2024, rules46 probe; a request's receipt: `de verzoeken van
# de commissie Financiën, ingekomen op 23 mei 2019 en 5 juli 2019`, BZK 2019, rules47 probe) ...
RECORDED_BY = (r"(?:[Dd]ocument|[Pp]ublication)\s+date|"   # (a saved eumonitor.eu page's English register head)
               r"d\.?d\.?|dd|kenmerk|Kamerstukken?|vergaderjaar|Handelingen|publicatie|ontvangen|ontvangst|"
               r"binnengekomen|ingekomen|ingezonden|"
               r"ingediend|beantwoord|voorgesteld|vastgesteld|peildatum|stand\s+per|\w*document|"
               r"(?:[Dd]ocument|[Pp]ublicatie|[Oo]ntvangst|[Vv]erzend)datum")
# ... and words that name a letter or a meeting by its date (`brief van 26 mei`, `het commissiedebat van 12 maart`),
# which may also lie ahead, and the Kamer's `regeling van werkzaamheden op 13 oktober 2015` (where a member asked)
# (a court's judgment too: `het kort geding (vonnis 16 februari 2021) en het daaropvolgende spoedappel (arrest 26
# februari 2021)`, a Woo ruling 2025, rules47 probe)
CITED_BY = (r"brief|brieven|Kamerbrief|uitspraak|vonnis|arrest|debat|commissiedebat|overleg|vragenuur|ministerraad|besluit|rapport|"
            # (not the week a day falls in: `Over alle begrotingen en amendementen wordt in de week van 4, 5 en 6 december
            # gestemd`, OCW 2018, dl104 B; a period named, no citation)
            r"rapportage|verslag|nota|fiche|(?<!\bweek\s)van|datum|werkzaamheden")
COMPARED_BY = (r"sinds|net\s+als|zoals|evenals|anders\s+dan|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|"
               r"afgelopen|sedert|voorafgaande?")
# The words allowed between a cue and the time expression it stamps (`brief van 4 en 5 november`).
# (dates in a row share the stamp, each maybe with its month and year: `ingekomen op 23 mei 2019 en 5 juli 2019`)
DATE_IN_ROW = rf"\d{{1,2}}(?:\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?)?"
# (a table's cell separator may stand between a label cell and its date: `Documentdatum | 13-07-2016 |`)
# (every date of the row, the middle ones too: `het Algemeen Overleg van 6 juni, 13 juni en 4 juli`, LNV 2012)
GAP = {BEFORE: re.compile(rf"[\s:(|]*(?:van\s+|op\s+)?(?:de\s+|het\s+)?(?:{DATE_IN_ROW}(?:\s*,\s*|\s+en\s+))*"),
       FOR_YEAR: re.compile(r"\s*"),
       HEADER: re.compile(r"[^.:;]{0,80}"),
       # the rest of the clause, unless the text turns to what holds now (`..., maar nu ...`)
       CLAUSE: re.compile(r"(?:(?!\b(?:nu|maar|inmiddels|thans|echter)\b)[^.;])*", re.I),
       # the words of the promise up to the `om` that leads its step, the term right after it
       FULFILLED: re.compile(r"[^;]{0,400}?\bom\s+(?:[^\s.;:]+\s+){0,3}?", re.I)}
DATE_WORD = rf"(?:{MONTH_NAMES}|(?:19|20)\d\d)"
SEASON_WORD = r"(?:zomer|winter|voorjaar|najaar|herfst|lente)(?:maanden|periode)?"

# a lower-case word of a meeting's name (its subject), no verb, function word or adverb
# (nor a past participle: in `Ik heb de Raad verzocht in het najaar 2020 een advies te geven`, OCW 2019, the council is
# asked, no meeting is named; nouns of that shape stay subjects: `beleid`, `geweld`, `gezondheid`)
SUBJECT_WORD = (r"(?!(?:op|van|in|voor|vóór|na|bij|met|om|over|te|tot|aan|uit|door|en|of|de|het|een|die|dat|dit|deze|"
                r"wordt|worden|werd|werden|is|zijn|was|waren|zal|zullen|zou|zouden|heeft|hebben|had|hadden|staat|stond|"
                r"vindt|vond|kan|kunnen|moet|moeten|gaat|komt|nu|thans|momenteel|eerder|later|ook|nog|al|inmiddels|reeds|"
                r"niet|wel|dan|hierover|daarover|waarin|waarbij|volgende|komende|vorige|aanstaande|jongstleden)\b)"
                r"(?!(?:ge|be|ver|ont|her)(?![a-zà-ÿ]*heid\b|leid\b|weld\b)[a-zà-ÿ]{2,}[dt]\b)"
                r"[a-zà-ÿ][\w-]{2,}")

# A meeting named by its date, the words right before the date: `de Raad Buitenlandse Zaken van`, `het commissiedebat
# van`, `de Algemene Politieke Beschouwingen op`, `de technische briefing die nu gepland staat voor dinsdag` (see
# ``deadline.meeting_named``; not the ministerraad, where the cabinet decides, nor the Raad van State)
# (the words between its article and its noun are no preposition: in `Ik stuur u de brief voor het commissiedebat van 12
# maart` the meeting is `het commissiedebat`, after `voor`, and the brief is due before it; fix75)
# An advisory body named `Raad voor/van <X>` (the Raad voor Cultuur, the Raad voor de leefomgeving en infrastructuur, the
# Raad van State) is no meeting: `de verwachting dat de Raad voor Cultuur zoals gepland op 4 juni zijn advies uitbrengt`
# (OCW 2020, all121) is the advice due; the Council of the EU in a configuration named after `voor` stays one (`de Raad
# voor Onderwijs, Jeugd, Cultuur en Sport`, the configurations' first words), as does a Council by its day (`de Raad van
# 5 juni`, `de Europese Raad van maart 2020`; the date itself, where the search for a meeting before it stops)
ADVISORY_COUNCIL = (rf"\s+(?:van|voor)\s+(?!\d|$|(?:{MONTH_NAMES})\b|(?:Algemene|Buitenlandse|Economische|Justitie|"
                    r"Werkgelegenheid|Concurrentievermogen|Vervoer|Landbouw|Milieu|Onderwijs|Energie)\b)")
MEETING = (r"\b(?:de|het)\s+(?:(?!(?:voor|vóór|na|tijdens|in|rond|aan|naar|bij|op|over|met|om)\s)[\w-]+\s+){0,3}?"
           rf"(?:(?!Minister)[A-Z][a-zé]+raad|(?:[A-Z]\w*-)?Raad(?!\s+van\s+State)(?!{ADVISORY_COUNCIL})|V?AO|"
           # (also in the plural: `ten behoeve van de algemeen overleggen Materieel Defensie en Personeel Defensie op 17
           # juni 2015`, a committee's decisions, TK Defensie 2015, fix84)
           r"[A-Za-z]*(?:debat(?:ten)?|[Oo]verleg(?:gen)?)|[Vv]ragenuur|[Bb]eschouwingen|[\w-]*[Bb]riefing|[Rr]ondetafelgesprek|"
           r"[Hh]oorzitting)"
           # (its short name in brackets right after its noun, its subject after that: `voor het Wetgevingsoverleg (WGO)
           # Water van 18 november 2024`, IenW 2024, dl97)
           r"(?:\s*\([A-Z][\w-]*\)(?=\s+[A-Z]))?"
           # (its name's words capitalised or, as a committee names its debates, lower case: `het commissiedebat circulaire
           # economie op 16 april aanstaande`, IenW 2025, dl97; never a verb or a function word: `het debat wordt op ...`)
           rf"(?:\s+(?:voor\s+)?(?:[A-Z][\w-]*|{SUBJECT_WORD})(?:\s+en\s+[A-Z][\w-]*)?){{0,3}}"
           # (or its subject after it: `het algemeen overleg over het zelfde onderwerp op 2 juni`, `het notadebat hierover
           # op 26 september`, fix75)
           r"(?:\s+(?:hierover|daarover|over\s+(?:het|de|dit|dat|deze)\s+(?:[\w-]+\s+){0,2}(?!(?:op|van)\b)[\w-]+))?"
           # (its short name in brackets after it: `de geannoteerde agenda aan van de Raad
           # Justitie en Binnenlandse Zaken (JBZ-Raad) op 12 en 13 juni in Luxemburg`, JenV 2025)
           r"(?:\s*\([A-Z][\w-]*\))?"
           # (or an apposition between its name and its date: `de Informele Raad WSBVC,
           # onderdeel Werkgelegenheid en Sociaal Beleid, van 3–4 mei 2023`, SZW 2023, dead51)
           r"(?:,\s+[^,.;:()]{1,60},)?"
           # (or in a relative clause on when it is held: `de formele Raad Justitie en
           # Binnenlandse Zaken (JBZ-Raad) die op 8 en 9 december aanstaande zal plaatsvinden`,
           # an EK verslag of 2026 quoting its letter of 2025, rules38 probe; `de technische briefing die nu gepland staat
           # voor dinsdag 7 december`, a clerk's e-mailprocedure, BZK 2021, fix73)
           r"(?:,?\s+(?:die|dat)(?:\s+(?:nu|thans|momenteel))?(?:\s+(?:gepland|voorzien|geagendeerd)\s+(?:staat|stond|is|was)"
           r"(?:\s+(?:voor|op))?)?)?"
           # (and its weekday, maybe after its preposition: `het Wetgevingsoverleg Cultuur op maandag 22 november 2021`)
           r"(?:\s+(?:(?:op|van)\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?")

# What a time expression is when it is no deadline; value: where the match must stand (right before the
# expression, right after it, in the line before it, near it, in the sentence, or in the expression).
EXCLUSIONS: tuple[Rule, ...] = (
    rule("deadline.compared", rf"\b(?:{COMPARED_BY})(?!\w)", "Net als in 2020 zal NL van 2021 een aanzienlijk bedrag "
         "teruggestort krijgen.", BEFORE),
    rule("deadline.since", r"(?:sinds|sedert|per\s+brief)\b",
         "Sinds september 2020 is deze opvang bij wijze van pilot tot 31 december 2021 versoberd.", EXPR),
    # (also written out: `In het debat met Uw Kamer op 16 december jongstleden (Kamerstuk 35 984, nr. 13) ... heeft
    # mijn ambtsvoorganger toegezegd`, OCW 2022, rules46 probe)
    rule("deadline.past_after", r"(?:jl|j\.l|jongstleden)\b", "Op 12 april jl zijn de MPP-cijfers voortijdig bekend "
         "geworden.", AFTER),
    # a day named as gone by, its weekday between (`Afgelopen donderdag, 19 mei, stemde de gemeenteraad in met het
    # voorstel`, a municipality's letter on an asylum centre, scan70's text, fix73's audit; `vorige week dinsdag 3 juni`):
    # the past, as `jl.` after it
    rule("deadline.past_before", r"\b(?:afgelopen|vorige|verleden)(?:\s+week)?(?:\s+(?:maandag|dinsdag|woensdag|donderdag|"
                                 r"vrijdag|zaterdag|zondag))?\s*,?",
         "Afgelopen donderdag, 19 mei, stemde de gemeenteraad in met het voorstel om in onze gemeente 300 asielzoekers op "
         "te vangen.", BEFORE),
    # a period of the year before another (`tot en met het vierde kwartaal van het voorgaande jaar`): the past
    rule("deadline.of_previous_year", r"van\s+(?:het|dat)\s+(?:voorgaande|vorige|voorafgaande)\s+jaar\b",
         "In de Voorjaarsnota zijn de cijfers verwerkt tot en met het vierde kwartaal van het voorgaande jaar.", AFTER),
    # a day or season of whichever year is meant, not of one year (`dienen ... op 1 januari van het betreffende jaar in
    # werking te treden`, Fin 2025-06-20; `blijft u ... ontvangen in het voorjaar van het daaropvolgende jaar`, JenV
    # 2016-01-11, dl99; `van ieder jaar`): a rule for every year, no step due on a date
    rule("deadline.of_any_year", r"van\s+(?:het\s+(?:des)?betreffende|het\s+daarop\s*volgende|elk|ieder)\s+"
                                 r"(?:kalender|begrotings|school|studie)?jaar\b",
         "De wetsvoorstellen die deel uitmaken van het pakket Belastingplan zijn doorgaans nauw verbonden met de begroting "
         "van het aansluitende begrotingsjaar en dienen naar het oordeel van het kabinet op 1 januari van het betreffende "
         "jaar in werking te treden.", AFTER),
    # `het volgende jaar` set against `het ene jaar`: any two years in a row, not the next calendar year (`dat een
    # aanvraag soms in het ene jaar is ingediend en in het volgende jaar is ingewilligd`, answers to Kamervragen JenV 2019)
    rule("deadline.one_year_the_next", r"\bhet\s+ene\s+jaar\b.*\bhet\s+volgende\s+jaar\b",
         "Ik merk daarbij op dat een aanvraag soms in het ene jaar is ingediend en in het volgende jaar is ingewilligd.",
         SENTENCE),
    # a figure's label: `in 2021 t/m september: 9 dagen`, `gestelden in 2021: Albanees`
    rule("deadline.figure_label", r"(?:t/m\s+\w+\s*)?:\s*\S", "Specifiek voor gezinnen met kinderen is dit voor 2020: "
         "9 dagen en in 2021 t/m september: 9 dagen", AFTER),
    rule("deadline.budget", r"(?:€|\beuro\b|\bmiljoen\b|\bmiljard\b|\bmln\b|\bmld\b|\bbudget(?:ten)?\b|\bcontracteerruimte\b)",
         "Voor verbetering van de uitvoering en dienstverlening (Werk aan uitvoering) is gedurende 9 jaar (2023-2031) "
         "rijksbreed 600 miljoen euro per jaar opgenomen met een aanloop van 200 miljoen euro in 2022.", AROUND),
    # the year a budget is for, named right after it (`de Europese begroting voor 2020`, `de conceptbegroting voor
    # 2020`, Fin 2019; `de begroting 2024`): which budget, not a step due by that year
    rule("deadline.budget_year", r"\b\w*begroting(?:en)?\b", "Voorafgaand aan of tijdens deze Raad wordt waarschijnlijk "
         "een Raadspositie bereikt over de conceptbegroting voor 2020.", BEFORE),
    # ... also with the ministry it is of between (`de begroting van Economische Zaken voor 2015`, written answers to a
    # budget debate, EZ 2014, probe67; `de begroting van het Ministerie van Onderwijs, Cultuur en Wetenschap voor 2024`)
    rule("deadline.ministry_budget_year", r"\b\w*begroting(?:en)?\s+van\s+(?:het\s+(?i:ministerie)\s+van\s+)?"
                                          r"(?-i:[A-Z][\w-]*(?:,?\s+(?:en\s+)?[A-Z][\w-]*){0,4})",
         "Bijlage: schriftelijke beantwoording van gestelde vragen in de eerste termijn van de behandeling van de "
         "begroting van Economische Zaken voor 2015, onderdeel Landbouw & Natuur.", BEFORE),
    # ... and the year fishing opportunities are for (`de visserijmogelijkheden voor 2024, waarover ... afspraken moeten
    # worden gemaakt`, a report of the Landbouw- en Visserijraad, LNV 2023, rules28's check): which quota, no step due
    rule("deadline.quota_year", r"\b(?:vangst|visserij)mogelijkheden\b|\b(?:vangst)?quot(?:a|um)s?\b|\bTAC'?s\b",
         "De Raad startte met een gedachtewisseling over de visserijmogelijkheden voor 2024, waarover met het Verenigd "
         "Koninkrijk en Noorwegen en de Oost-Atlantische kuststaten afspraken moeten worden gemaakt.", BEFORE),
    # ... and the year a price, tariff or premium (or its rise) is for, named right after it (`De ergste pijn van de
    # tariefstijging bij NS voor volgend jaar wordt verzacht`, written answers to a budget debate, IenW 2024, fix84; `de
    # zorgpremie voor 2026`): which price, no step due by that year; a day stays (`de tarieven per 1 januari 2025`)
    rule("deadline.price_year", r"\b\w*(?:tarie(?:f|ven)|prijs|prijzen|premie|premies)(?:stijging|verhoging|daling|verlaging|"
                                r"niveau)?(?:en)?(?:\s+(?:bij|van)\s+(?:de\s+|het\s+)?[\w-]+)?",
         "De ergste pijn van de tariefstijging bij NS voor volgend jaar wordt verzacht door zowel bij het Rijk als de NS "
         "eenmalig extra middelen vrij te maken voor het dempen van de prijsstijgingen.", FOR_YEAR),
    # the span a plan or a strategy is for, `voor` a number of years from now (`De NLCS beschrijft de cybersecurityaanpak
    # voor de komende zes jaar`, JenV 2022): a duration, no step due by its end (`binnen de komende zes maanden` is one)
    rule("deadline.span_for", r"\bvoor\s+de\s+komende\s+\S+\s+(?:jaar|jaren)$",
         "De NLCS is de reactie van het kabinet hierop en beschrijft de cybersecurityaanpak voor de komende zes jaar",
         WITH_LEAD),
    # a period that names a plan, a budget or a term of office (`MFK 2021-2027`, `beleidskader 2020-2023`)
    rule("deadline.period_name", r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$",
         "binnen de in de Raad afgesproken financiële kaders van het MFK 2014-2020 en het MFK 2021-2027", EXPR),
    # a sum set aside `voor` a bare year, the year it is for (not a step due before it): `Wat betreft de begroting
    # Buitenlandse Zaken is voor 2018 vanuit het Stabiliteitsfonds (artikel 2.4) een bijdrage van EUR 1,67 miljoen
    # voorzien` (a lijst van vragen en antwoorden, BZ 2017)
    rule("deadline.sum_for_year", r"\bvoor\s+(?:het\s+jaar\s+)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
                                  r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,160}(?:€|\bEUR\b|\beuro\b|\bmiljoen\b|\bmiljard\b|"
                                  r"\bmln\b|\bmld\b))",
         "Wat betreft de begroting Buitenlandse Zaken is voor 2018 vanuit het Stabiliteitsfonds (artikel 2.4) een "
         "bijdrage van EUR 1,67 miljoen voorzien aan het EU-trustfund voor opvang van vluc", SENTENCE),
    # a flattened table: dates one after the other with hardly a word between
    rule("deadline.table_row", rf"(?:\b{DATE_WORD}\b(?:\W+\S+){{0,2}}?\W+){{5,}}\b{DATE_WORD}\b",
         "Taakstelling Vaststelling Periode van Periode van huisvesting/ taakstelling vergunningverlening "
         "taakstellingsperiode 2022-I 1 oktober 2021 Oktober 2020 – maart Januari 2021- juni 2021 2021 2022-II "
         "1 april 2021 April 2021 – oktober", SENTENCE),
    # a plan told in the past (`Het streven was`, `was het voornemen`): the date it names was missed or met
    rule("deadline.past_plan", r"\b(?:(?:was|waren)\s+(?:het|de|ons|mijn)?\s*(?:voornemen|plan|bedoeling|verwachting|"
         r"streven)|(?:voornemen|plan|bedoeling|verwachting|streven)\s+(?:was|waren))\b",
         "Het streven was om de hiervoor genoemde informatie in de tweede helft van 2022 aan de Kamer te sturen.",
         CLAUSE),
    # ... or as it stood then, in the conditional, anywhere in the sentence (`Op basis van de destijds geldende uitgangspunten is ... vastgesteld
    # waarmee de toegezegde hoogwaterbescherming in 2015 ... zou kunnen worden gerealiseerd`, V&W 2009, probe60): the
    # earlier plan the answer reports on, no step due by it
    rule("deadline.then_planned", r"\bdestijds\b[^;]{0,300}?\bzou(?:den)?\b|\bzou(?:den)?\b[^;]{0,300}?\bdestijds\b",
         "Op basis van de destijds geldende uitgangspunten is via de vaststelling van het TB / POL Zandmaas (2001) en het "
         "POL Grensmaas (2005) de aard en omvang van het maatregelpakket vastgesteld waarmee de toegezegde "
         "hoogwaterbescherming in 2015 (Zandmaas) en in 2017 (Grensmaas) zou kunnen worden gerealiseerd.", SENTENCE),
    # a scenario weighed and not chosen, in the conditional that names its consequence (`Het nahangen van deze regeling
    # zou tot gevolg hebben dat de maatregelen op hun vroegst op woensdag 20 januari 2021 in werking kunnen treden`,
    # `Onderwijsinstellingen zouden in dat geval maandag 18 en dinsdag 19 januari weer open kunnen gaan`, VWS
    # 2021-01-13, dl99; `Uitstel zou betekenen dat ...`): what would happen, no step due by it; a polite conditional
    # (`Ik zou u graag voor de zomer informeren`) and the indicative (`Dit betekent dat ...`) stay steps
    rule("deadline.counterfactual", r"\bzou(?:den)?\s+(?:[^\s.;]+\s+){0,3}?(?:tot\s+gevolg\s+hebben|betekenen|inhouden)\b|"
                                    r"\bzou(?:den)?\s+in\s+dat\s+geval\b|\bin\s+dat\s+geval\s+zou(?:den)?\b",
         "Het nahangen van deze regeling zou tot gevolg hebben dat de maatregelen op hun vroegst op woensdag 20 januari "
         "2021 in werking kunnen treden.", CLAUSE),
    # a term reported as not met (`Het is ons niet gelukt ... vóór het AO op 10 april`, `Ik kan daarom niet aan
    # het verzoek voldoen deze brief voor dinsdag 19 maart ... te versturen`): no step still due by it
    # (told as a fact, not as a condition: `Als dat niet haalbaar is, informeer ik u voor 1 juni`)
    # (also the term a letter asking for more time says it cannot keep: `... niet binnen de gestelde termijn van
    # 15 februari 2018 kan worden voldaan`)
    rule("deadline.missed", rf"\b(?:(?:is|was)\s+(?:het\s+)?(?:\w+\s+){{0,2}}?niet\s+gelukt|niet\s+(?:is|werd)\s+gehaald|"
                            rf"niet\s+haalbaar\s+(?:gebleken|bleek|blijkt)|{NOT_COMPLIED}|{NOT_MANAGED}|"
                            r"niet\s+binnen\s+de\s+(?:gestelde|gevraagde|afgesproken|toegezegde)\s+termijn)\b",
         "Tot onze grote spijt is het ons niet gelukt om dit op zodanige tijd in de Ministerraad te agenderen dat de "
         "opzet van het programma nog vóór het AO op 10 april in uw Kamer kan zijn.", CLAUSE),
    # ... or a date the writer says they cannot inform by, the verb last in a `zodat` or `dat` clause (`Hier is enige
    # tijd voor nodig, zodat ik u niet vóór het AO van 9 juni a.s. kan informeren over het Kabinetsstandpunt`, IenM 2011,
    # probe59): no step due by it; a promise by a date is no such sentence (`Ik verwacht dat ik u voor 1 juni kan
    # informeren`)
    rule("deadline.cannot_by", r"\b(?:ik|wij|we)\s+(?:\w+\s+){0,2}?niet\s+(?:vóór|voor)\s+[^;]{0,80}?\b(?:kan|kunnen)\s+"
                               r"(?:informeren|sturen|toesturen|zenden|toezenden|aanbieden|berichten|rapporteren)\b",
         "Hier is enige tijd voor nodig, zodat ik u niet vóór het AO van 9 juni a.s. kan informeren over het "
         "Kabinetsstandpunt t.a.v. het beheer van de Haringvlietsluizen.", SENTENCE),
    # ... or a term the work cannot be done by, in the passive, as letters asking for more time word it (`De reactie ...
    # vergt brede interdepartementale afstemming, die niet voor de deadline van 9 juli kan worden voltooid`, BZK 2020,
    # dl117 B; `De beantwoording kan niet vóór 1 juni worden afgerond`): no step due by it; a promise by a date is none
    # (`Ik verwacht dat de evaluatie voor 1 juni kan worden afgerond`)
    rule("deadline.cannot_be_done_by", rf"\bniet\s+(?:vóór|voor)\s+[^;]{{0,80}}?\b(?:kan|kunnen)\s+worden\s+{DONE}\b|"
                                       rf"\b(?:kan|kunnen)\s+(?:[^\s.;]+\s+){{0,3}}?niet\s+(?:vóór|voor)\s+[^;]{{0,80}}?"
                                       rf"\bworden\s+{DONE}\b",
         "De reactie op de jaarverslagen van de Nationale ombudsman en de Kinderombudsman vergt brede interdepartementale "
         "afstemming, die niet voor de deadline van 9 juli kan worden voltooid.", SENTENCE),
    # a date the letter gives up, the step not taken on it (`De nieuwe financieringssystematiek zal daarom niet
    # (volledig) worden ingevoerd op 1 januari 2020`, SZW 2018, rules32 held-out probe): no step due by it
    rule("deadline.given_up", r"\bniet\s+(?:\(?(?:volledig|geheel|tijdig)\)?\s+)?(?:(?:kan|kunnen)\s+)?(?:worden|wordt)\s+"
                              r"(?:ingevoerd|gestart|ingediend|afgerond|opgeleverd|gepubliceerd|verstuurd|uitgevoerd|"
                              r"geïmplementeerd)",
         "De nieuwe financieringssystematiek zal daarom niet (volledig) worden ingevoerd op 1 januari 2020.", BEFORE),
    # ... or judges it not feasible, the verdict right after the date (`... tot de conclusie dat inwerkingtreding van
    # het nieuwe inburgeringsstelsel op 1 juli 2021 niet verantwoord is`, SZW 2020, dl99 held-out): no step due by it
    rule("deadline.judged_not_feasible", r"(?:[^\s.;,]+\s+){0,2}?niet\s+(?:meer\s+|langer\s+)?(?:verantwoord|haalbaar|"
                                         r"realistisch|uitvoerbaar)\b",
         "Ik kom, alles afwegende en na consultatie van de ketenpartners, tot de conclusie dat inwerkingtreding van het "
         "nieuwe inburgeringsstelsel op 1 juli 2021 niet verantwoord is.", AFTER),
    # ... or moves by a span, no new date named (`Dat betekent tevens dat de geleidelijke invoering per 1 januari 2019
    # in elk geval een jaar opschuift`, the same letter): the old date, no step due by it
    rule("deadline.moved_by", r"(?:[^\s.;,]+\s+){0,6}?(?:een|twee|drie|vier|zes|enkele|\d+)\s+(?:jaar|jaren|maand|"
                              r"maanden|week|weken|kwartaal|kwartalen)\s+(?:op\s*schuift|opschuiven|opgeschoven|"
                              r"verschuift|verschuiven|verschoven)\b",
         "Dat betekent tevens dat de geleidelijke invoering per 1 januari 2019 in elk geval een jaar opschuift.", AFTER),
    # the header of a mail or memo quoted in a decision: when it was sent
    rule("deadline.mail_header", r"\b(?:Subject|Onderwerp|Verzonden|Sent|Date|Datum|From|To|Aan)\s*:",
         "De gedeeltes die onder het Wob-verzoek vallen, luiden als volgt: “Subject: Verslag ochtend beraad en "
         "kleine BR 28 augustus", HEADER),
    # the field a record of a promise dates it by (the Eerste Kamer's toezeggingen: `Status voldaan Datum toezegging 2 juni
    # 2020 Deadline 1 april 2022`): when it was made, not when it is due
    # (and a saved page's label of when it was published: `Besluitenlijst van de procedurevergadering van donderdag 22
    # maart 2012` / `Gepubliceerd: 23 maart 2012`, openkamer.org, rules47 probe; the label, never `wordt gepubliceerd op`)
    rule("deadline.record_label", r"\bDatum\s+(?:toezegging|motie|aanneming|indiening|stemming|ontvangst|publicatie|"
                                  r"verzending)\b|\bGepubliceerd(?=\s*:)",
         "Status voldaan Datum toezegging 2 juni 2020 Deadline 1 april 2022", BEFORE),
    rule("deadline.legal_remedy", r"\b(?:bezwaarschrift|bezwaar\s+(?:maken|indienen)|beroep\s+(?:instellen|"
         r"aantekenen))\b", "Tegen dit besluit kunt u binnen zes weken na de dag waarop dit is bekend gemaakt een "
         "bezwaarschrift indienen.", SENTENCE),
    # a question, also with its footnote marker after the mark, as Kamervragen open on the news item they ask about
    # (`Bent u bekend met het bericht dat statushouders de komende drie maanden in Horst aan de Maas voorrang krijgen?1`,
    # VRO 2023, all128): the question's words, no step of this document's
    rule("deadline.question", r"\?(?:\s?\d{1,2})?\s*$", "Kunnen de rapportages waarnaar verwezen wordt in de "
         "Uitvoeringsagenda Curaçao Q1 2024 gedeeld worden met de Kamer?", SENTENCE),
    # a meeting named by the date it is held, ahead or not: a Council of the EU (`de geannoteerde agenda van de
    # Transportraad van 5 juni a.s.`, IenW 2025) or a debate (`het nog te plannen VAO Voedselfraude komende week`,
    # EZ 2013): which meeting, no step due by it; a step led by its own preposition stays one (`na de Raad van 5 juni
    # stuur ik u het verslag`, `tijdig voor het aangekondigde Algemeen Overleg van 1 december aanstaande`, `ter
    # voorbereiding op het algemeen overleg op 15 maart aanstaande`, `In het bestuurlijk overleg MIRT van 9 november
    # a.s. zal tevens worden besproken ...`, IenM 2015, rules35 held-out probe: `in` as `tijdens`); not the
    # ministerraad, where the cabinet decides, nor the Raad van State
    # (`voor` leads a step before it, except after the agenda it has: `kennisgenomen van de geannoteerde agenda voor de
    # Landbouw- en Visserijraad van 27 en 28 oktober 2025`, a verslag of a schriftelijk overleg of 2025, probe69)
    # (`uit naar` looks forward to it: `Het kabinet ziet uit naar de Algemene Politieke Beschouwingen op 17 en 18
    # september 2024`, AZ 2024, fix73)
    # (nor a step in its margin, `in de marge van` or `en marge van`: `het Franse initiatief «Coalition pour le Sahel» dat
    # naar verwachting en marge van de Europese Raad van maart 2020 ... officieel wordt gelanceerd`, BZ 2020, dl117)
    rule("deadline.meeting_named", r"(?<![Nn]a )(?:(?<=agenda voor )|(?<![Vv]oor ))(?<![Vv]óór )(?<![Tt]ijdens )(?<![Ii]n )(?<![Rr]ond )(?<!\baan )"
                                   r"(?<!\bmarge van )"
                                   r"(?:(?<=\buit naar )|(?<!\bnaar ))(?<!afloop van )(?<![Bb]ij )(?<!voorbereiding op )"
                                   rf"{MEETING}",
         "Hierbij ontvangt u de geannoteerde agenda van de Transportraad van 5 juni a.s. te Luxemburg.", BEFORE, 0),
    # a subject on a meeting's agenda on a day (`Op 16 december staat het onderwerp op de agenda van de raad`, a
    # municipality's letter on an asylum centre, scan70's text, fix73): when the meeting is held, no step due by it;
    # not the ministerraad's agenda, where the cabinet decides
    rule("deadline.on_agenda", r"\b(?:staat|staan|stond|stonden)\b[^.;,]{0,40}?\bop\s+de\s+agenda\b"
                               r"(?!\s+van\s+de\s+ministerraad)|\bop\s+de\s+agenda\s+(?:staat|staan)\b(?![^.;]{0,40}ministerraad)",
         "Op 16 december staat het onderwerp op de agenda van de raad.", AROUND),
    # a period named as the one in which something will no longer be done (`de moties en toezeggingen die ... niet
    # meer dit jaar worden afgehandeld`, VWS 2017): no step due in it
    rule("deadline.no_longer_in", r"\bniet\s+meer\b", "In deze brief wordt u geïnformeerd over de moties en "
         "toezeggingen die om verschillende redenen niet meer dit jaar worden afgehandeld.", BEFORE),
    # a cut-off that bounds a rule's scope by birth or death (`kinderen die vóór 1 april 2025 geboren zijn`): a cohort,
    # no step due by it
    rule("deadline.cohort", r"\b(?:geboren|overleden|geboortecohort)\b", "Het uitbreiden van de doelgroep naar "
         "kinderen die vóór 1 april 2025 geboren zijn, is niet uitvoerbaar.", AROUND),
    # an invitation to an event (`Op woensdag 20 maart ... is de contactgroep uitgenodigd voor een lunchbijeenkomst op
    # de residentie van de Belgische Ambassadeur`, a committee's procedurevergadering, TK 2013, rules47 probe): when the
    # event is held, not a step of the government's
    # (the one who invites between: `Op 16 januari 2020 ben ik uitgenodigd door de Canadese Minister van Buitenlandse
    # Zaken voor de eerste bijeenkomst van de International Coordination and Response Group`, BZ 2020; or the meeting
    # before it: `de debatten waarvoor ik door uw Kamer op 16 januari vanaf 11.30 uur ben uitgenodigd`, the same letter,
    # fix75; not an invitation to take a step, `uitgenodigd om voor 1 mei te reageren`)
    rule("deadline.invitation", r"\buitgenodigd\s+(?:(?!\bom\b)[^.;]){0,80}?\b(?:voor|op|bij)\s+(?:een|de|het)\s+"
                                r"(?!(?:zomer|winter|kerst|reces|eind|einde|begin)\w*)\w|"
                                r"\b(?:waarvoor|waarbij|waarop)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\buitgenodigd\b",
         "Op woensdag 20 maart van 12.00- 13.30 is de contactgroep uitgenodigd voor een lunchbijeenkomst op de residentie "
         "van de Belgische Ambassadeur.", SENTENCE),
    # messages listed by the time they were sent, as a Woo-besluit's inventory and a ruling on it list them (`e-mail AZ
    # aan landsadvocaat (16 februari 2021 13:38)`, `whatsappbericht van AZ aan landsadvocaat (16 februari 2021 13:29)`,
    # a Woo ruling 2025, rules47 probe): dates of record
    rule("deadline.message_sent", r"\b(?:e-?mail|whatsapp\w*|sms\w*|chatbericht\w*|\w*appbericht\w*|berichten?)\b[^.;]{0,120}?"
                                  r"\b\d{1,2}\s+[a-z]+\s+\d{4},?\s+(?:om\s+)?\d{1,2}[:.]\d{2}\b",
         "3. e-mail AZ aan landsadvocaat (16 februari 2021 13:38) en email landsadvocaat aan AZ (16 februari 2021 13:41)",
         SENTENCE),
    # a saved page's register of the Kamer's activities on a paper, each a line opening on its day and hour (`- 2024-07-15
    # 14:00: Informele JBZ Raad op 22 en 23 Juli 2024 in Hongarije (vreemdelingen- en asielbeleid) (Inbreng schriftelijk
    # overleg), vaste commissie voor Justitie en Veiligheid`, berthub.eu 2024, probe52 held-out): the Kamer's calendar
    # around the paper, not a step the paper sets (a date and hour inside a sentence, `op 15 juli 2024 om 14:00`, stays)
    rule("deadline.activity_register", rf"\A[ \t\-–•]*{ACTIVITY_STAMP}",
         "- 2024-10-09 12:00: JBZ Raad (Luxemburg) 10 en 11 oktober 2024 (vreemdelingen- en asielbeleid) (Commissiedebat), "
         "vaste commissie voor Asiel en Migratie", SENTENCE),
    # a day with a slot of hours, from one to another (`het gesprek met de voormalige leden van de staatscommissie op 10
    # december 2019 van 17:00 tot 18:30 uur`, an EK committee 2019; `het commissiedebat in te plannen op donderdag 16
    # december van 13.00-16.00 uur`, a clerk's mail 2021, fix73's audit): when a meeting or event is held, not a term,
    # which is one hour at most (`uiterlijk vrijdag 29 mei 2020, 12.00 uur`)
    rule("deadline.time_slot", r",?\s*(?:van\s+|om\s+)?\d{1,2}[.:]\d{2}\s*(?:uur\s*)?(?:-|–|tot)\s*\d{1,2}[.:]\d{2}",
         "De commissie besluit dat voor het gesprek met de voormalige leden van de staatscommissie op 10 december 2019 van "
         "17:00 tot 18:30 uur alle voormalige leden die wensen deel te nemen kunnen participeren.", AFTER),
    # a commemoration or celebration in a year (`In 2019 wordt ... herdacht`): an event, not a step of the government's
    rule("deadline.commemoration", r"\b(?:herdacht|herdenken|herdenkt|gevierd|vieren|viert)\b",
         "In 2019 wordt de verworvenheid van 100 jaar algemeen kiesrecht voor mannen en vrouwen herdacht.", SENTENCE),
    # a season set against another, no year named (`Ten eerste het seizoenseffect; in de zomer arriveren meer
    # asielzoekers dan in de winter`, JenV answers on asylum inflow, scan61's text, fix73): every year's pattern, no step
    rule("deadline.seasons_compared", rf"\b(?:de|het)\s+{SEASON_WORD}\b(?!\s+(?:van\s+)?(?:19|20)\d\d)[^.;]{{0,100}}?"
                                      rf"\bdan\s+(?:in\s+)?(?:de|het)\s+{SEASON_WORD}\b(?!\s+(?:van\s+)?(?:19|20)\d\d)",
         "Ten eerste het seizoenseffect; in de zomer arriveren meer asielzoekers dan in de winter.", SENTENCE),
    # what recurs every year, told in the present without a verb that looks ahead (`Het RIVM brengt jaarlijks voor de
    # zomer een vaccinatiegraadrapport uit`): a habit, not a step due (`zal jaarlijks ... worden geïnformeerd` is one)
    rule("deadline.habit", r"^(?!.*\b(?:zal|zullen|ga|gaan|wordt|worden|verwacht\w*|streef\w*|voornemens|toegezegd|"
         r"afgesproken|moet|moeten|dient|dienen)\b).*\b(?:jaarlijks|elk\s+jaar|ieder\s+jaar|elke\s+zomer|"
         r"ieder\s+voorjaar|elk\s+voorjaar|ieder\s+najaar|elk\s+najaar)\b",
         "Het RIVM brengt jaarlijks voor de zomer een vaccinatiegraadrapport uit.", SENTENCE),
    # the title of Kamervragen in the head a saved page sets them in, its cells the title, the member who asks (party) and
    # the minister who answers (`De uitzending van Undercover in Nederland op 23 april 2023 | | Lucille Werner (CDA) | |
    # Conny Helder (minister ...) (VVD) |`, openkamer.org's pages of Kamervragen, VWS 2023, all128): the subject asked about,
    # no step of this document's
    rule("deadline.question_register_head", r"\|\s*\|\s*[A-Z][^|()]{1,60}\([A-Z][\w-]*\)\s*\|\s*\|",
         "De uitzending van Undercover in Nederland op 23 april 2023 | | Lucille Werner (CDA) | | Conny Helder (minister "
         "zonder portefeuille volksgezondheid, welzijn en sport) (VVD) |", AFTER),
    # the last words of a cited paper's title, its Kamerstuk number right after: `over de volgende brieven: ...,
    # Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32 317, nr. 973)` (a verslag of 2025)
    rule("deadline.cited_title", r"\s*\(\s*(?:Kamerstuk(?:ken)?|kst-)", "De commissie heeft vragen voorgelegd over de "
         "geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32 317, nr. 973).", AFTER),
    # inside the quoted title of a news item, article or report, the quote still open (`Antwoord vragen van het lid
    # Rajkowski en Peter de Groot over het bericht 'Helft van het aantal asielopvangplekken in 2026 bezet door
    # statushouders'`, AenM 2025, probe79): the title's words, not a step; after the closing quote a date is the text's own
    rule("deadline.news_title", r"\b(?:\w*bericht(?:en)?|\w*artikel(?:en)?|\w*item|uitzending|interview|opiniestuk|column|"
                                r"rapport(?:age)?)\s+(?:getiteld\s+|met\s+de\s+titel\s+)?[«'\"‘“„][^«»'\"‘’“”„]*",
         "Antwoord vragen van het lid Rajkowski en Peter de Groot over het bericht 'Helft van het aantal "
         "asielopvangplekken in 2026 bezet door statushouders'", BEFORE),
    # the term of a promise, motion or request that this very document fulfils, its step the sending of this letter
    # (`Met deze hoofdlijnenbrief geef ik ook invulling aan ... mijn toezegging in het commissiedebat van 4 september 2024
    # ... om voor het einde van het jaar een brief hierover te sturen`, LVVN 2024-11-29, dead51 probe; `Hiermee doe ik de
    # toezegging gestand om u voor de zomer te informeren`): met here, nothing still due by it (a step the letter does not
    # take stays due: `Met deze brief geef ik uitvoering aan de motie die verzoekt om in 2026 een wet in te dienen`)
    rule("deadline.fulfilled_here", r"\b(?:hiermee|hiermede|hierbij|daarmee|(?:met|via)\s+(?:deze|dit|de\s+onderhavige)\s+[\w-]+)\s+"
                                    r"(?:[^\s.;]+\s+){0,4}?"
                                    r"(?:(?:(?:geef|geven|wordt|worden)\s+(?:[^\s.;]+\s+){0,3}?(?:invulling|uitvoering|gevolg)\s+"
                                    r"(?:gegeven\s+)?aan|(?:voldoe|voldoen|kom|komen)\s+(?:[^\s.;]+\s+){0,3}?(?:tegemoet\s+)?aan|"
                                    r"(?:wordt|worden)\s+(?:[^\s.;]+\s+){0,3}?(?:voldaan|tegemoetgekomen)\s+aan|"
                                    r"doe\s+(?:ik|wij|we)\s+(?:[^\s.;]+\s+){0,3}?gestand)[^;]{0,250}?\b(?:toezegging|motie|"
                                    r"verzoek|vraag)\b|doe\s+(?:ik|wij|we)\s+(?:[^\s.;]+\s+){0,3}?(?:toezegging|belofte)\w*\s+"
                                    # (its date between: `Daarmee doe ik tevens mijn toezegging van 1 september jl. gestand
                                    # om uw Kamer uiterlijk begin november te informeren`, BZK 2020, fix75)
                                    r"(?:[^;]{0,60}?\s)?gestand)",
         "Met deze hoofdlijnenbrief geef ik ook invulling aan de motie Holman-Vedder en aan mijn toezegging in het "
         "commissiedebat van 4 september 2024 om voor het einde van het jaar een brief hierover te sturen.", FULFILLED),
    # a heading set in capitals, naming a meeting or a paper by its date (`GEANNOTEERDE AGENDA INFORMELE RAAD
    # WERKGELEGENHEID EN SOCIAAL BELEID (WSBVC) 3–4 mei 2023`, SZW 2023, dead51 probe): a title, no step
    rule("deadline.capital_heading", r"^[^a-zà-ÿ]*?\b[A-ZÀ-Ý]{2,}\b[^a-zà-ÿ]*?\b[A-ZÀ-Ý]{2,}\b[^a-zà-ÿ]*",
         "GEANNOTEERDE AGENDA INFORMELE RAAD WERKGELEGENHEID EN SOCIAAL BELEID (WSBVC) 3–4 mei 2023", BEFORE, 0),
    # the span a strategy, programme or plan covers (`Deze Meerjarenstrategie ... zet een koers uit voor de komende vijf
    # jaar`, Fin 2025, dead51 probe): which period the plan is for, no step due in it
    rule("deadline.plan_span", r"\b(?:koers|\w*strategie|\w*agenda|\w*programma|\w*plan|visie|routekaart)\b[^.;]{0,40}?"
                               r"\bvoor\s+",
         "Deze Meerjarenstrategie is in december 2024 met uw Kamer gedeeld en zet een koers uit voor de komende vijf jaar.",
         BEFORE),
    # a saved page's register of when the published text is in force (`Geldigheid:04-04-2023 t/m 31-12-2099Status:
    # Geldig vandaag`, a decision on zoek.officielebekendmakingen.nl, LNV 2023, all134; `Geldend van 01-01-2013 t/m
    # 31-07-2016`, wetten.overheid.nl): the record's validity, no step due by it; the range's first day right after the
    # label, its last after `t/m` (``deadline.validity_until``)
    rule("deadline.validity_label", rf"\b(?-i:{VALID_FROM}|Geldig\s+tot)",
         "Wet natuurbescherming; besluit op handhavingsverzoek Nederlandse garnalenvisserij Geldigheid:04-04-2023 t/m "
         "31-12-2099Status: Geldig vandaag", BEFORE),
    rule("deadline.validity_until", rf"\b(?-i:{VALID_FROM})\s*\d{{1,2}}-\d{{1,2}}-\d{{4}}"
                                    r"\s*(?:t/m|tot\s+en\s+met|tot|-|–)",
         "Geraadpleegd op 29-12-2024. Gebruikte datum 'geldig op' 01-01-2013. Geldend van 01-01-2013 t/m 31-07-2016",
         BEFORE),
    # a letter's subject line, `Betreft` its label (`De voorzitter van de Tweede Kamer der Staten-Generaal Betreft
    # cultuursubsidies vanaf 2029`, OCW 2025, dl117 A): the letter's title, its step told in its sentences; not the verb
    # in running text (`Het betreft de periode vanaf 2029`)
    rule("deadline.subject_line", r"\b(?-i:Betreft)\b\s*:?", "Nummer: 2025D43438, datum: 2025-10-03 De voorzitter van de Tweede "
         "Kamer der Staten-Generaal Betreft cultuursubsidies vanaf 2029", HEADER),
    # the Staatsblad's line of when the issue came out, its day written as an ordinal (`Uitgegeven de negende april
    # 2024`, under a koninklijk besluit of 13 maart 2024, BZK 2024, dl136 A): a date of record, printed in every issue,
    # after the decree's own date; not a publication still to come (`wordt in april 2024 uitgegeven`)
    rule("deadline.issued_on", r"\b(?-i:Uitgegeven)\s+de(?:\s+[a-z]+(?:ste|de))?",
         "De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, A.C. van Huffelen Uitgegeven de negende april "
         "2024", BEFORE),
)
# Right before a date not led by its own preposition: it stamps a citation (`brief van 26 mei 2020`, `Peildatum:`).
RECORDED = rule("deadline.recorded", rf"\b(?:{RECORDED_BY}|{COMPARED_BY})(?!\w)", "Ingediend op 16 december 2016 en "
                "beoogt alle beperkingen voor het bezit van meervoudige nationaliteit in de huidige wetgeving weg te "
                "nemen.", BEFORE)
# (a compound paper noun too, its date naming it: `Lijst afgedane toezeggingen en moties met verzamelbrief juli 2025`, an
# attachment's title in a BZK page header of 2025; `de voortgangsbrief van 12 maart`)
CITED = rule("deadline.cited", rf"\b(?:{CITED_BY}|[a-z]\w*(?:brief|brieven|rapportage|verslag|nota|fiche))(?!\w)",
             "Per brief van 4 en 5 november zijn de BNC-fiches betreffende de overkoepelende mededeling ingediend.", BEFORE)
STAMPS = (RECORDED, CITED)
# A sentence that opens on its date and goes on in the perfect (`Op 27 oktober 2009 heeft de vaste commissie ...
# in een brief ... aan de orde gesteld`) tells what happened on that day, however long the clause. Judged so only
# where the document has no date of its own: in a dated one the calendar tells, and a later date is a future perfect.
# (an aside in brackets may hold a colon: `Op 11 februari heeft de vaste Kamercommissie ... (kenmerk: 2026Z02455/
# 2026D06724) ons verzocht om ... een brief te sturen`, LVVN 2026, a letter saved without its date)
FRONTED_PERFECTS: tuple[Rule, ...] = (
    rule("deadline.fronted_perfect", rf",?\s*(?:heeft|hebben|had|hadden|is|zijn|was|waren)\s+"
         rf"(?:\([^()]{{0,60}}\)|(?!\b(?:zal|zullen|wordt|worden|moet|moeten)\b)[^;:]){{0,400}}?"
         rf"\b{PARTICIPLE}\b",
         "Op 27 oktober 2009 heeft de vaste commissie voor Defensie in een brief de herijking van de "
         "informatiebehoefte inzake de jaarrapportages van het grote project Vervanging F-16 (kenmerk "
         "2009Z19758/2009D52267) aan de orde gesteld.", AFTER),
)
# A time expression led by its own preposition (`rapportage in het najaar`) is no date stamp of the noun before it.
# (every lead of a part of a month or year is one: `dit besluit midden december zal worden gepubliceerd`, KGG 2025, dl97)
LED = re.compile(r"(?:in|voor|vóór|uiterlijk|na|tot|per|rond|vanaf|begin|eind|einde|medio|half|midden|halverwege|komend|"
                 r"volgend|pas)\b", re.I)
# A title in quotation marks names a report or letter: its years are no deadline. (Also the guillemets the official
# publications quote in: `De Rli stelt ... «dat ... de KRW-doelen in 2027 redelijkerwijs niet meer kunnen worden
# gehaald»`: another's words, no step of this document's.)
QUOTED = re.compile(r"[‘“„\"«][^‘’“”\"«»]{3,400}[’”\"»]")
# A line that cites a document: its dates are when the document was sent, unless a verb looks ahead.
# (also a paper listed in a committee's list of decisions: `Zaak: Brief regering - minister van Buitenlandse Zaken, ...
# - 1 maart 2024 Geannoteerde agenda Raad Buitenlandse Zaken van 18 maart 2024 - 21501-02-2850`)
CITATION_LINE = re.compile(r"^[\W\d]*(?:Zaak(?=\s*:)|Kamerbrief|Brief|Nota|Rapport|Verslag|BNC-fiche|Kamervragen|Antwoorden|"
                           r"Beantwoording|Aanhangsel|Kamerstuk|Geannoteerde\s+agenda)\b")

# An outcome target: a state of the world in a year, not a step (`In 2050 is de economie circulair`).
TARGETS: tuple[Rule, ...] = (
    # (also the noun: `Een halvering van het aantal kinderen dat in armoede opgroeit in 2025 (t.o.v. 2015)`, SZW 2023)
    rule("deadline.target_share", r"\d\s*(?:%|procent)|\bprocent\b|\bhalver(?:en|ing)\b",
         "We willen de nationale broeikasgasuitstoot in 2030 terugdringen met 55% ten opzichte van 1990.", "target"),
    # (also a compound: `Het hoofddoel is een rookvrije generatie in 2040`, answers to Kamervragen VWS 2022;
    # `moties die oproepen tot een hoger streefdoel in 2032`, KenE 2023, rules32 held-out probe;
    # `einddoel`, `reductiedoel`, `klimaatdoelen`; never the verb `bedoelen`)
    rule("deadline.target_goal", r"\b(?:(?!bedoel)\w*doel(?:en)?|doelstelling\w*|\w+doelstelling\w*|ambitie\w*|"
         r"missie\w*|streefwaarde\w*|visie)\b", "Het uiteindelijke doel is dat Nederland in 2050 klimaatneutraal is.",
         "target"),
    rule("deadline.target_state", r"\b(?:klimaatneutraal|circulair|CO2-vrij\w*|emissieloze?|toekomstbestendige?|"
         r"klimaatbestendige?|weerbaar|gezond)\b", "Energietransitie: Nederland klimaatneutraal in 2050;", "target"),
    rule("deadline.target_towards", r"\b(?:naar|toe\s+naar|richting)\s+(?:een|de|het)?\s*\w+", "Voor 2030 streven we "
         "naar een maximale verlenging van de levensduur van producten", "target"),
    # a forecast: what may happen, not a step (`Mogelijk wordt ...`, `naar schatting`, `bevolkingsgroei`)
    rule("deadline.forecast", r"(?:^|[.;:•-]\s*)mogelijk\b|\bnaar\s+schatting\b|\bprognose\w*|\b\w+groei\b",
         "- Mogelijk wordt de implementatie van Eurosur (zie hieronder) in 2022 een uitdaging.", "target"),
    # a quantity of the chain forecast to move or stay, not a step: `Naar verwachting zal het aantal aanvragen in 2024
    # verder toenemen`, `de verwachte instroom in 2024` (JenV 2023, all128), `dat de instroom zo hoog is dat ...`
    rule("deadline.forecast_quantity", r"\bverwachte\s+(?:asiel)?(?:instroom|uitstroom|aantallen|bezetting|aanvragen)\b|"
         r"\b(?:asiel)?(?:instroom|uitstroom|bezetting|voorraad|voorraden|aantal\s+[\w-]+)\b(?:\s+[^\s.;:]+){0,6}?\s+"
         r"(?:stijg\w*|toe(?:neemt|nemen)|verder\s+toe|afneemt|afnemen|daal\w*|dalen|oplo\w+|groei\w*|"
         r"(?:zo\s+)?(?:hoog|laag)\s+(?:is|blijft|blijven|zijn|zal|ligt|liggen)|geraamd|geschat)\b",
         "Naar verwachting zal het aantal asielaanvragen in 2024 verder toenemen.", "target"),
    # a count forecast or measured, not a step: `De IND verwacht in 2024 ongeveer 40.000 aanvragen te ontvangen`
    # (a count needed by a date is a step: `per januari 2022 zijn circa 500 extra plekken nodig`)
    rule("deadline.forecast_count", r"^(?=.*\b(?:verwacht\w*|raming|geraamd|prognose\w*|bedr(?:aagt|oeg|oegen|agen)|"
         r"instroom|ingestroomd)\b)(?!.*\bnodig\b).*\b(?:ongeveer|circa|ca\.|zo'n|ruim|bijna|naar\s+schatting)\s+"
         r"(?:\d{1,3}(?:[.,]\d{3})+|\d{3,})(?!\s*(?:€|euro|miljoen|miljard))\b",
         "De IND verwacht in 2024 ongeveer 40.000 asielaanvragen te ontvangen.", "target"),
    # what the migration chain's forecast (the MPP) or another prognosis says of a date: `De MPP 2024-II geeft aan dat op 1
    # januari 2026 circa de helft van de COA-bewoners statushouder kan zijn` (AenM 2025, probe79); the forecast as a paper
    # due is a step (`De nieuwe MPP verschijnt in juni 2026`)
    rule("deadline.forecast_says", r"\b(?:MPP|raming|prognose\w*)\b(?:[\s-]+\S+){0,3}?\s+(?:geeft\s+aan|gaat\s+uit\s+van|"
                                   r"laat\s+zien|toont\s+aan|voorziet)\b",
         "De MPP 2024-II geeft aan dat op 1 januari 2026 circa de helft van de COA-bewoners statushouder kan zijn.",
         "target"),
    # an aim worded as what a programme is directed at (`Zo richt het programma Jongeren Op Gezond Gewicht (JOGG) zich op
    # het behalen van een stijging van het percentage jongeren op een gezond gewicht in 75 gemeenten in 2020`, VWS, fix84;
    # `gericht op het bereiken van`): an outcome target, no step
    rule("deadline.target_aim", r"\b(?:richt|richten|richtte|richtten|gericht)\b(?:\s+zich)?(?:\s+\S+){0,8}?\s+op\s+"
                                r"(?:het\s+)?(?:behalen|bereiken|realiseren|halen)\s+van\b",
         "Zo richt het programma Jongeren Op Gezond Gewicht (JOGG) zich op het behalen van een stijging van het percentage "
         "jongeren op een gezond gewicht in 75 gemeenten in 2020.", "target"),
    rule("deadline.maybe", r"\bmogelijk\b", "Extreme zomers (zoals die in 2018) zullen in 2050 mogelijk twee keer zo "
         "vaak voorkomen, naar schatting eens in de 15 jaar.", "target"),
    rule("deadline.target_led", r"^\W*(?:in|voor)\s+(?:19|20)\d\d\s+(?:is|zijn|heeft|hebben|beschikt|beschikken|"
         r"leeft|leven|werkt|werken|koopt|kopen)\b", "In 2035 beschikt Nederland over de marine van de toekomst.",
         "target"),
    rule("deadline.target_purpose", r"\bom\b(?:\s+\S+){0,10}?\s+te\s+(?:hebben|zijn|behalen|halen|bereiken|"
         r"realiseren|voldoen)\b", "Om in 2050 en daarna een leefbare aarde te hebben, moeten we een grote inspanning "
         "doen", "target"),
    # what a goal would need, the goal in an opening `om ... te` clause: `Om in 2025 helemaal geen tariefstijging door te
    # voeren, is bijna 200 miljoen euro structureel per jaar nodig.` (written answers to a budget debate, IenW 2024,
    # probe67): a cost or condition, no step planned
    rule("deadline.purpose_needs", r"^\W*[Oo]m\b(?:\s+[^\s,.;]+){1,14}?\s+te\s+[^\s,.;]+\s*,\s*(?:is|zijn|was|waren)\b"
                                   r"[^.;]{0,100}?\bnodig\b",
         "Om in 2025 helemaal geen tariefstijging door te voeren, is bijna 200 miljoen euro structureel per jaar nodig.",
         "target"),
    rule("deadline.target_will_be", r"\b(?:zal|zullen|moet|moeten)\b(?:\s+\S+){0,10}?\s+(?:zijn|hebben)\b",
         "De gemene deler is dat de Nederlandse bevolking in 2050 groter en diverser zal zijn.", "target"),
    # a quantity expected to exceed another, not a step: `Ook voor dit jaar is de verwachting dat de asielinstroom
    # hoger is dan de behandelcapaciteit van de IND` (an answer to Kamervragen, JenV 2023)
    rule("deadline.forecast_compared", r"\b(?:verwacht\w*|prognose\w*)\b.{0,80}?\bdat\b(?:\s+\S+){1,8}?\s+"
         r"(?:hoger|lager|groter|kleiner|meer|minder)\b(?:\s+\S+){0,3}?\s+dan\b",
         "Ook voor dit jaar is de verwachting dat de asielinstroom hoger is dan de behandelcapaciteit van de IND.",
         "target"),
)
# Near targets (within FAR_YEARS) are named by these rows only: the rest may sit beside a real step.
NEAR_TARGETS = ("deadline.target_share", "deadline.forecast", "deadline.forecast_says", "deadline.forecast_count",
                "deadline.forecast_quantity",
                "deadline.target_led", "deadline.forecast_compared", "deadline.purpose_needs", "deadline.target_aim")
FAR_YEARS = 5
# A term counted from one act of this case (its publication, entry into force): the term binds it.
ACT_EVENTS: tuple[Rule, ...] = (
    rule("deadline.act_event", r"\bna\s+(?:de\s+|het\s+)?(?:datum\s+van\s+(?:de\s+)?)?(?:officiële\s+)?"
         r"(?:inwerkingtreding|publicatie|bekendmaking|vaststelling|aanneming|ondertekening|verlening|delen|"
         r"dagtekening|"
         r"indiening|van\s+toepassing\s+worden|(?:verzending|toezending)\s+van\s+deze\s+brief)\b",
         "Lidstaten dienen de herziene Richtlijn na publicatie in het Publicatieblad binnen een periode van twee "
         "jaar te implementeren", "relative"),
)
# A term the writer sets for their own step, counted from this letter (`Ik verwacht de antwoorden binnen drie weken te
# kunnen sturen`): no event after it (`binnen zes weken na ...`), the writer looking ahead in the same clause.
WRITERS_TERM_LEAD = re.compile(r"\s*binnen\b", re.I)
FROM_AN_EVENT = re.compile(r"\s+(?:na|nadat|vanaf|van|gerekend|te\s+rekenen|volgend|volgende|voor|vóór)\b", re.I)
# (or the addressee receiving the writer's step: `U ontvangt binnen 4 weken een reactie op uw verzoek`, a Woo letter to a
# requester, fix84's held-out half; not `Wij ontvingen ...`)
WRITER_AHEAD = re.compile(r"\b(?:ik|wij|we)\s+(?:verwacht\w*|streef|streven|zal|zullen|kan|kunnen)\b|"
                          r"\b(?:verwacht\w*|streef|streven|zal|zullen|kan|kunnen)\s+(?:ik|wij|we)\b|"
                          r"\b(?:u|uw\s+Kamer)\s+ontvangt\b|\bontvangt\s+(?:u|uw\s+Kamer)\b|"
                          # (or the writer's expectation said impersonally: `Naar verwachting zal de uitvoeringstoets
                          # binnen 8 weken afgerond zijn`, a nota naar aanleiding van het nader verslag, Fin 2020, all130)
                          r"\bnaar\s+verwachting\b", re.I)


def _writers_term(sentence: str, f: Found) -> bool:
    """Whether a relative term is one the writer sets for their own step, counted from this letter."""
    return (f.rule == "date.term" and WRITERS_TERM_LEAD.match(f.text) is not None
            and FROM_AN_EVENT.match(sentence, f.end) is None and WRITER_AHEAD.search(sentence) is not None)


# the size of a term (`zes weken`)
TERM_SIZE = re.compile(rf"{N}\s+(?P<unit>dagen|weken|maanden|jaar|jaren)\b", re.I)


def _in_quotation(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands inside an opened and not yet closed quotation (`Herinnert u zich het antwoord: «... zal ik
    binnen twee maanden aan uw Kamer sturen.»`, Kamervragen of 2022 quoting an earlier answer): words written another day."""
    return any(sentence.rfind(o, 0, pos) > sentence.rfind(c, 0, pos) for o, c in (("«", "»"), ("“", "”")))


def _dated_from_letter(sentence: str, f: Found, said: str | None) -> Found:
    """A term the writer sets for their own step (`Ik zal uw Kamer binnen zes weken informeren`) runs from the day the
    letter was written: its dates, as `over twee maanden` has them (`date.from_letter`)."""
    size = TERM_SIZE.search(f.text)
    if said is None or size is None or not _writers_term(sentence, f) or _in_quotation(sentence, f.start):
        return f
    dated = from_now({k: v for k, v in size.groupdict().items() if v is not None}, Ctx(int(said[:4]), said))
    return f._replace(period=dated)


# A step due shortly after a debate of the Kamer, the sentence looking ahead (`... zal kort na de behandeling van de
# begroting aan uw Kamer worden aangeboden`, BZK 2024, probe68): a term of this case, counted from that debate.
DEBATE_TERMS = ("date.shortly_after_debate",)
# A term in a condition (`wanneer binnen twaalf maanden geen CT is opgericht`) sets no step.
CONDITION = re.compile(r"\b(?:wanneer|indien|als|tenzij|zolang)\b", re.I)
# A period that ended before the year preceding the document's is history, whatever the verb.
HISTORY_YEARS = 1
AROUND_CHARS = 50


# A deadline is a time expression that passed: offsets, text, period and the PERIODS row that found it.
Deadline = Found


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _cue_spans(sentence: str) -> dict[str, list[tuple[int, int, str]]]:
    """Every cue in the sentence by kind: (start, end, row id)."""
    spans: dict[str, list[tuple[int, int, str]]] = {AHEAD: [], PAST: []}
    sending = not NOW.search(sentence)
    for row in CUES:
        kind = AHEAD if row.value == SEND and sending else PAST if row.value == PERFECT else row.value
        if kind in spans:
            spans[kind] += [(m.start(), m.end(), row.id) for m in row.finditer(sentence)]
    # a plan told in the past (`was het voornemen`) is past
    spans[AHEAD] = [f for f in spans[AHEAD] if not any(a <= f[0] and f[1] <= b for a, b, _ in spans[PAST])]
    return spans


class Tense(NamedTuple):
    """ahead: True when the cue nearest to a time expression looks ahead, False when it tells what was or
    is, None when the sentence has neither; cue: that cue's row id; framed: the expression stands inside
    that cue (`heeft begin juni 2021 ... gepresenteerd`)."""
    ahead: bool | None
    cue: str
    framed: bool


def tense(sentence: str, span: tuple[int, int]) -> Tense:
    """The tense of the words nearest to ``span`` (see ``Tense``)."""
    spans = _cue_spans(sentence)
    near = sorted(((_distance((a, b), span), kind != AHEAD, rid, a, b) for kind in spans for a, b, rid in spans[kind]))
    if not near:
        return Tense(None, "", False)
    _, past, rid, a, b = near[0]
    return Tense(not past, rid, past and a < span[0] and span[1] < b)


def _applies(row: Rule, sentence: str, f: Found) -> bool:
    """Whether a match of the row stands where the row says (``value``) relative to the time expression."""
    if row.value == EXPR:
        return bool(row.pattern.match(f.text))
    if row.value == SENTENCE:
        return bool(row.search(sentence))
    if row.value == AROUND:
        return bool(row.search(sentence[max(0, f.start - AROUND_CHARS):f.end + AROUND_CHARS]))
    if row.value == WITH_LEAD:
        return bool(row.search(sentence[max(0, f.start - AROUND_CHARS):f.end]))
    if row.value == AFTER:
        rest = sentence[f.end:]
        return bool(row.pattern.match(rest, len(rest) - len(rest.lstrip())))
    if row.value == FULFILLED and not SENDING_STEP.match(sentence, f.end):
        return False
    if row.value == FOR_YEAR and not (f.rule in YEAR_ROWS and FOR_OR_IN.match(f.text)):
        return False
    gap = GAP[row.value]
    return any(gap.fullmatch(sentence, m.end(), f.start) for m in row.pattern.finditer(sentence, 0, f.start))


# The step of a promise fulfilled here: sending or informing, which this letter does (``deadline.fulfilled_here``).
# (also sharing with the Kamer: `... de eerste voortgangscijfers van het Sportakkoord II met uw Kamer te delen`, probe81)
SENDING_STEP = re.compile(r"[^.;]{0,80}?\b(?:te\s+(?:sturen|zenden|versturen|informeren|rapporteren|berichten|"
                          r"doen\s+toekomen)|toe\s+te\s+(?:sturen|zenden)|aan\s+te\s+bieden|"
                          r"met\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+te\s+delen)\b", re.I)


# A meeting named by its date in a sentence whose step this letter takes now (`In aanloop naar het Schriftelijk Overleg
# Luchtvaart van 21 april 2020, informeer ik u in deze brief over:`, IenW 2020; `Hierbij bied ik u de geannoteerde agenda
# aan voor de Raad Buitenlandse Zaken van 11 december 2023`, BZ 2023, fix73): the meeting's date, no step due by it; a
# step still to come before the meeting stays one (`Met deze brief ... en zal ik u voor het debat van 9 juni ...`)
MEETING_PREPARED_NOW = rule("deadline.meeting_prepared_now", MEETING, "In aanloop naar het Schriftelijk Overleg "
                            "Luchtvaart van 21 april 2020, informeer ik u in deze brief over:", BEFORE, 0)
STILL_TO_COME = re.compile(r"\b(?:zal|zullen|zou|zouden|ga|gaan|gaat|verwacht\w*|voornemens)\b", re.I)


# A meeting of the Kamer said planned for a day (`Uw Kamer heeft het jaarlijkse Wetgevingsoverleg Jeugd (WGO) gepland op 4
# december 2017`, VWS 2017; `Voor donderdag 11 september 2014 is een Algemeen Overleg met de vaste commissie voor
# Binnenlandse Zaken gepland`, BZK 2014; `het plenaire debat chroomhoudende verf wordt ingepland op woensdag 3 juni 2015`,
# a clerk's mail 2015, fix73): the meeting's date, no step of the government's due by it; where the sentence sends
# something ahead of it the date stays the term (`... dat gepland staat voor 17 oktober; ik stuur u voor die tijd ...`),
# unless it is sent now (`dat gepland staat voor 17 oktober 2013, stuur ik u hierbij ter informatie`, OCW 2013)
HELD = r"(?:voer|voert|voeren|houd|houdt|houden)"
# (in the passive, or taking place, in the present or future only: `werd gehouden`, `plaatsvond` is a past meeting)
HELD_PASSIVE = r"(?:(?:wordt|worden)\s+(?:[^\s.;,]+\s+){0,4}?gehouden|plaatsvind(?:t|en)|vind(?:t|en)\s+plaats)"
MEETING_PLANNED = rule("deadline.meeting_planned", r"\b(?:[a-z-]*(?:debat|overleg)|V?AO|WGO|[\w-]*briefing|"
                       r"rondetafelgesprek|hoorzitting|\w*vergadering)\b[^.;]{0,120}?\b(?:in)?gepland\b|"
                       r"\b(?:in)?gepland\b[^.;]{0,20}?\b(?:een|het|de)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:[a-z-]*(?:debat|overleg)|V?AO|[\w-]*briefing|rondetafelgesprek|hoorzitting)\b|"
                       # (or said held, `voeren` or `houden`, with the Kamer: `Op 12 juni as. voer ik een
                       # wetgevingsoverleg met de vaste Kamercommissie Koninkrijksrelaties`, BZK 2024, fix73's audit)
                       rf"\b{HELD}\s+(?:[\w-]+\s+){{0,2}}?(?:een|het|de)\s+(?:[\w-]+\s+){{0,2}}?"
                       r"(?:[a-z-]*(?:debat|overleg)|V?AO|WGO)\b|"
                       # (or in the passive, or said to take place: `de Algemene Politieke Beschouwingen die in de
                       # Tweede Kamer direct na Prinsjesdag worden gehouden`, AZ 2018-10-05, dl99; `het commissiedebat
                       # dat op 5 juni plaatsvindt`)
                       rf"\b(?:[a-z-]*(?:debat|overleg)|V?AO|WGO|\w*vergadering|beschouwingen)\b[^.;]{{0,120}}?"
                       rf"\b{HELD_PASSIVE}\b",
                       "Uw Kamer heeft het jaarlijkse Wetgevingsoverleg Jeugd (WGO) gepland op 4 december 2017.", SENTENCE)
SENDS = re.compile(r"\b(?:informeer|informeren|stuur|sturen|toekomen|ontvangt|ontvangen|aanbied\w*|bied|zend|zenden|"
                   r"toezenden|rapporteer|rapporteren|bericht|berichten)\b", re.I)


PLANNED = re.compile(rf"\b(?:in)?gepland\b|\b{HELD}\b|\b{HELD_PASSIVE}\b", re.I)
PLANNED_BEFORE, PLANNED_AFTER = 40, 120   # chars: how far `gepland` may stand from the date it plans


def _meeting_planned(sentence: str, f: Found) -> bool:
    near = sentence[max(0, f.start - PLANNED_BEFORE):f.end + PLANNED_AFTER]
    if f.period.relative or "ministerraad" in sentence.lower() or not PLANNED.search(near) \
            or not _applies(MEETING_PLANNED, sentence, f):
        return False
    return not SENDS.search(sentence) or (NOW.search(sentence) is not None and not STILL_TO_COME.search(sentence))


def _exclusion(sentence: str, f: Found, after_doc: bool) -> str | None:
    """The id of the row that says what else this time expression is, or None."""
    for row in EXCLUSIONS:
        if not (row.value == BEFORE and f.period.relative) and _applies(row, sentence, f):
            return row.id
    if NOW.search(sentence) and not STILL_TO_COME.search(sentence) and _applies(MEETING_PREPARED_NOW, sentence, f):
        return MEETING_PREPARED_NOW.id
    if _meeting_planned(sentence, f):
        return MEETING_PLANNED.id
    if LED.match(f.text) or f.period.relative:
        return None
    # a letter or a meeting named by a date after the document's own is planned, not cited
    stamps: tuple[Rule, ...] = (RECORDED,) if after_doc else (RECORDED, CITED)
    if SET_ON.search(sentence, 0, f.start) and f.text.lower().startswith("op"):
        stamps = stamps[1:]    # a date set for a step, not a date of record
    return next((r.id for r in stamps if _applies(r, sentence, f)), None)


# `vastgesteld op DATE`: a date set for a step (`De inbrengdatum wordt vastgesteld op 13 februari 2018`, a committee's
# decision list), where `Vastgesteld 10 januari 2025` dates a report
SET_ON = re.compile(r"\bvastgesteld\s+$", re.I)


# A full date that ends a line of no verb at all, without a preposition of its own (`E-mailprocedure : Inplannen
# commissiedebat Woningbouwopgave 6 december 2021`): the heading's or the dateline's date of record, in a document
# without a date of its own (in a dated one the calendar tells); not a planning item (`Inwerkingtreding ... 1 januari
# 2024`).
DATELINE_END = re.compile(r"[\s.)]*$")
# A letter's place and date on a line of their own (`Den Haag, 5 december 2026`): the letter's date of record even where
# it lies after the document's own, as a committee's verslag prints a letter it sent with its year mistyped (EK 2026,
# rules38 probe)
PLACE_DATELINE = re.compile(r"\s*(?:Den Haag|[’']s-Gravenhage),?\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*\.?\s*")
# (a decision on a request for information named by its kind is a document, no step: `Woo-besluit technische overleggen
# Ruimte voor de rivier Ijsseldelta - Reevediep 9 april 2024`, the title line of an undated Woo decision, RWS 2024, all135)
STEP_WORDS = re.compile(r"\b(?:inwerkingtreding|start|einde|oplevering|gereed|(?<!woo-)(?<!wob-)besluit\w*|deadline|"
                        r"planning|streefdatum|evaluatie|ingang|invoering)\b", re.I)


# A month standing alone as the sentence, a print job's number after it at most (`November 2022 | 73263`, the colophon
# of the AI Impact Assessment, IenW 2022): an undated publication's own date
LONE_MONTH_END = re.compile(r"[\s.)]*(?:\|\s*\d+[\s.]*)?$")


def _dateline(sentence: str, f: Found) -> bool:
    if f.rule == "date.month" and not sentence[:f.start].strip() and LONE_MONTH_END.fullmatch(sentence, f.end):
        return True
    return (f.rule == "date.date" and YEAR_WRITTEN.search(f.text) is not None and not LED.match(f.text)
            and not STEP_WORDS.search(sentence)
            and DATELINE_END.fullmatch(sentence, f.end) is not None and ":" not in sentence[max(0, f.start - 3):f.start])


def _fronted_perfect(sentence: str, f: Found) -> bool:
    """Whether the sentence opens on the time expression and goes on in the perfect (``FRONTED_PERFECTS``)."""
    opens = not sentence[:f.start].strip(" \t\n\u2022-–")
    return opens and any(_applies(row, sentence, f) for row in FRONTED_PERFECTS)


def _target(sentence: str, far: bool) -> str | None:
    hit = next((r for r in TARGETS if (far or r.id in NEAR_TARGETS) and r.search(sentence)), None)
    return hit.id if hit else None


def _judge(sentence: str, f: Found, now: str, dated: bool) -> str | None:
    """None when the time expression is a deadline, else why not (a row id or a short reason)."""
    # a date with its year stated that lies after the document (a date without a year is only guessed), or one
    # the text says is ahead (`het Algemeen Overleg van 1 december aanstaande`)
    ahead = dated and not f.period.approx and (f.period.start or "") > now
    in_meeting = (IN_MEETING.search(sentence, 0, f.start) is not None and MODAL_AFTER.match(sentence, f.end) is not None
                  or TO_DO_IN_MEETING.search(sentence, 0, f.start) is not None and TE_AFTER.match(sentence, f.end) is not None)
    reason = _exclusion(sentence, f, ahead or in_meeting or AHEAD_WORD.match(sentence, f.end) is not None
                        or BEFORE_MEETING.search(sentence, 0, f.start) is not None or _before_meeting_on(sentence, f))
    if reason:
        return reason
    if PLACE_DATELINE.fullmatch(sentence):   # a dateline dates a letter, whatever its date
        return "deadline.dateline"
    if not dated and _fronted_perfect(sentence, f):
        return FRONTED_PERFECTS[0].id
    t = tense(sentence, (f.start, f.end))
    # (in a dated document: its own month standing alone, `oktober 2022` under a colophon's address)
    own_month = f.rule == "date.month" and (f.period.start or "")[:7] == now[:7]
    if t.ahead is None and (not dated or own_month) and _dateline(sentence, f):
        return "deadline.dateline"
    if t.ahead is not True and CITATION_LINE.match(sentence):
        return "deadline.citation_line"
    if t.ahead is not True and f.rule in LOOKS_AHEAD_ONLY:
        return "deadline.month_not_ahead"
    if f.period.relative:
        if t.ahead is False or CONDITION.search(sentence[max(0, f.start - 30):f.start]):
            return "deadline.general_term"
        if first_match(ACT_EVENTS, sentence) or _writers_term(sentence, f) or f.rule in DEBATE_TERMS and t.ahead:
            return None
        return "deadline.general_term"
    return _by_calendar(sentence, f, now, dated, t)


# `nog` right before a period that contains the document's date, in a sentence of no other tense cue: the present tells
# a step still to be taken within it (`Het Ministerie van BZK verstrekt nog dit jaar, samen met het Ministerie van Asiel en
# Migratie, specifieke uitkeringen (SPUK) aan de gemeente Amsterdam`, AenM 2024, probe52); not with a cue of the past
# (`heeft nog dit jaar besloten`), nor where a word stands between (`nog niet in 2024`): `nog` must touch the period
STILL_WITHIN: tuple[Rule, ...] = (
    rule("deadline.still_within", r"(?<![\w-])nog\s+(?=\S)",
         "Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties verstrekt nog dit jaar specifieke uitkeringen aan "
         "de gemeente Amsterdam."),
)


def _still_within(sentence: str, f: Found) -> bool:
    """Whether `nog` stands right before the time expression (``STILL_WITHIN``)."""
    return any(m.end() == f.start for row in STILL_WITHIN for m in row.finditer(sentence[:f.start + 1]))


def _by_calendar(sentence: str, f: Found, now: str, dated: bool, t: Tense) -> str | None:
    """Judge by the document's own date (``now``): history, targets and far horizons, the past, the present."""
    first = f.period.start or f.period.end
    last = f.period.end or ("9999-12-31" if f.period.start else None)    # `vanaf X` runs on
    if first is None or last is None:
        return "deadline.no_date"
    if int(last[:4]) < int(now[:4]) - HISTORY_YEARS:
        return "deadline.history"
    far = int(first[:4]) >= int(now[:4]) + FAR_YEARS
    until = f.text.lower().startswith("tot")     # `is ... tot 31 december 2021 versoberd`: a state lasting until
    # a permission or a rule lasting until a date far ahead is a measure that ends then (`kunnen bestaande
    # nertsenhouders tot 1 januari 2024 nertsen houden`: a transition period)
    lasting = until and LASTING.search(sentence) is not None
    if first >= now or last >= now:
        target = _target(sentence, far)
        if target or (far and t.ahead is not True and not lasting):
            return target or "deadline.far_without_step"
    if first == last == now:     # the document's own day: the term it meets or misses today, none still due
        return None if _due_by_the_hour(sentence, f) else "deadline.document_day"
    if t.cue == "deadline.preterite" and dated and first > now and _step_agreed(sentence, f):
        return None               # a step agreed or decided in the past, due after the document
    if t.cue == "deadline.preterite" or (t.framed and not until):
        return t.cue              # told in the simple past or inside a perfect: it happened
    if (first > now or first == now < last or _just_begun(first, last, now)) and (dated or first[:4] > now[:4]):
        return None               # after the document: ahead by the calendar (`is verlengd tot eind 2022`)
    if last < now:            # before the document: a plan it reports, not one still due
        return None if t.ahead and not dated else "deadline.past"
    # the present: a verb must look ahead; in an undated document's own year, none may look back (a period that
    # began in an earlier year and runs on, `vanaf 2019 sprake is van betrouwbare cijfers`, is a state since then)
    # (as two years named together whose first is gone: `In 2020 en 2021 staat de impact van Corona op het
    # terugkeerproces centraal`, an undated dossier of the dev set)
    since_earlier = (f.period.end is None or f.rule == "date.year_pair") and first < now
    if t.ahead is True or (t.ahead is None and not dated and not since_earlier) \
            or (until and t.cue == "deadline.perfect") or (t.ahead is None and _still_within(sentence, f)):
        return None
    return "deadline.present"


# A term on the document's own day that names its hour, led by `uiterlijk` or `voor` (`Ik verzoek u mij uiterlijk donderdag 5
# december 2019 om 12.00 uur te laten weten of u ... instemt`, a clerk's e-mailprocedure whose page is dated by its reply
# term, EZK 2019, all130): the hour is still ahead, so the term is still due; a day without its hour is met or missed today
DUE_WORD = r"\b(?:uiterlijk|vóór|voor)\s+"
DUE_LEAD = re.compile(rf"{DUE_WORD}(?:(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$", re.I)
AT_THE_HOUR = re.compile(r"\s*,?\s*(?:om\s+)?\d{1,2}[.:]\d{2}\s*uur\b(?!\s*(?:-|–|tot)\s*\d)", re.I)


def _due_by_the_hour(sentence: str, f: Found) -> bool:
    led = re.match(DUE_WORD, f.text, re.I) is not None or DUE_LEAD.search(sentence, 0, f.start) is not None
    return led and AT_THE_HOUR.match(sentence, f.end) is not None


# A step agreed or decided in the simple past, its time in the `om ... te` clause that names it (`De Ministers spraken af om in
# de eerste helft van 2026 weer bij elkaar te komen`, a JBZ report of December 2025): told in the past, due after the
# document's date.
OM_BEFORE = re.compile(r"\bom\s+(?:[^\s.;:]+\s+){0,2}$", re.I)
TE_AFTER = re.compile(r"[^.;:]{0,120}?\bte\s+\w+", re.I)


def _step_agreed(sentence: str, f: Found) -> bool:
    return OM_BEFORE.search(sentence, 0, f.start) is not None and TE_AFTER.match(sentence, f.end) is not None


# (a permission or a rule in force, not a state that merely lasts: `Tot 2050 blijft gas nodig` is a forecast)
LASTING = re.compile(r"\b(?:kan|kunnen|mag|mogen|geldt|gelden|loopt|lopen|van\s+kracht)\b", re.I)
JUST_BEGUN_DAYS = 14   # a period the document speaks from its first two weeks of is still ahead


def _just_begun(first: str, last: str, now: str) -> bool:
    """A period the document's date falls in its first days, most of it still ahead: `Eind 2025 benadert
    Defensie de markt` in a letter of 6 October 2025 speaks of what is to come."""
    start, end, today = (dt.date.fromisoformat(d) for d in (first, last, now))
    return start < today < end and (today - start).days <= JUST_BEGUN_DAYS < (end - today).days


# Rows that name a day, a month or a season, whose year, when not written, is taken to be the document's own. A
# sentence that looks ahead cannot mean a month or season long gone: in a December letter `In maart stuur ik u ...`
# is next March, and in an October letter `Ik informeer uw Kamer in het voorjaar` (or `voor de zomer`) next spring.
AHEAD_WORD = re.compile(r"\s*(?:aanstaande|a\.s\.)")
# ... or that a step will be taken in it, the future right after its date: `in de commissievergadering van 5 december
# zal worden besloten of ...` (an EK committee's decisions of 2023-11-28, rules38 probe), as `In het bestuurlijk overleg
# MIRT van 9 november a.s. zal ... worden besproken`
IN_THE = r"(?:in|tijdens)\s+(?:de|het)\s+[^.;,()]{0,40}?"   # the words up to a meeting's noun
IN_MEETING = re.compile(rf"\b{IN_THE}(?:vergadering|overleg|debat)\s+van\s+$", re.I)
MODAL_AFTER = re.compile(r"\s+(?:zal|zullen)\b")
# ... or a step planned for a meeting ahead, its verb a te-infinitive after `om`: `Het Voorzitterschap heeft het voornemen
# om in de Visserijraad van oktober a.s. een gedeeltelijke algemene benadering vast te stellen` (EL&I 2012)
TO_DO_IN_MEETING = re.compile(rf"\bom\s+{IN_THE}(?:vergadering|overleg|debat|[Rr]aad)\s+van\s+$", re.I)
# ... or that a step comes before it: `Voorafgaand aan het WGO sport van 30 november zal VWS de Kamer hierover
# informeren` (a list of answers, IenW 2020)
# (or `voor` it: `Ik stuur u de brief voor het commissiedebat van 12 maart`, whose date without a year is no citation)
BEFORE_MEETING = re.compile(r"\b(?:voorafgaand\s+aan|vóór|voor)\s+(?:het|de)\s+[^.;,()]{1,60}?\bvan\s+$", re.I)
# (or a meeting named by its day after `op`: `waarover is toegezegd dat het kabinet in deze brief zal ingaan, voor het
# plenaire debat op 10 juni`, KGG 2025, dl136 A; the day is the meeting's, the step is due before it, no citation)
BEFORE_MEETING_ON = re.compile(rf"\b(?:voorafgaand\s+aan|vóór|voor)\s+{MEETING}\s+$")


def _before_meeting_on(sentence: str, f: Found) -> bool:
    return f.text.lower().startswith("op ") and BEFORE_MEETING_ON.search(sentence, 0, f.start) is not None
# A season is also every year's (`grotere neerslagtekorten in de zomer`, `wat we van najaar tot voorjaar kunnen
# aanvullen`): one long gone is next year's only where a verb plans or promises a step, not where the present tells what
# we do or what is done (`krijgen we te maken met`, `wordt ingezet voor ... de waterafvoer in de zomer`)
# (so is a yearly day of the Kamer named without its year: `na Prinsjesdag` in a December letter is next September's,
# `voor het kerstreces` in a February letter next December's; dl104's probe of the brief's kinds)
SEASONS = ("date.season", "date.before_summer", "date.summer_end", "date.recess", "date.after_summer", "date.prinsjesdag",
           "date.before_christmas")
WEAK_AHEAD = ("deadline.we_act", "deadline.passive")
DAY_OR_MONTH = ("date.date", "date.day_list", "date.week_of", "date.month", "date.month_led", "date.month_in", "date.month_part",
                *SEASONS)
LOOKS_AHEAD_ONLY = ("date.month_in",)   # rows whose expression is a deadline only where the words look ahead
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b|\bjaar\b", re.I)
LONG_GONE_DAYS = 60   # closer to the document's date, a date is a recent one missed, not next year's


def _next_year_if_ahead(sentence: str, f: Found, doc_date: str | None) -> Found:
    """The period a year on when its year was not written, it ended long before the document's date, and
    the words nearest to it look ahead; else the period as found."""
    p = f.period
    last = p.end or p.start     # a period with a start only (`na de zomer`, `vanaf maart`) is gone when its start is
    if f.rule not in DAY_OR_MONTH or YEAR_WRITTEN.search(f.text) or not doc_date or not last:
        return f
    if dt.date.fromisoformat(last) >= dt.date.fromisoformat(doc_date) - dt.timedelta(days=LONG_GONE_DAYS):
        return f
    verb = tense(sentence, (f.start, f.end))
    if verb.ahead is not True or (f.rule in SEASONS and verb.cue in WEAK_AHEAD):
        return f
    if f.rule == "date.prinsjesdag":   # a weekday of its month: found again in the next year, not the same day a year on
        again = find_expressions(f.text, int((p.start or p.end or doc_date)[:4]) + 1)
        return f._replace(period=again[0].period) if again else f
    return f._replace(period=Period(_a_year_on(p.start), _a_year_on(p.end), p.approx, p.relative))


# A meeting named by its days after `vóór` (`vóór de JBZ-raad van 8-9 maart 2018 in kennis te stellen`): the step is due
# before the meeting opens, so its first day ends the term as `vóór 8 maart` would.
BEFORE_THE_MEETING = re.compile(r"\b(?:vóór|voor|voorafgaand\s+aan)\s+(?:de|het|een)\s+(?:[^\s.;:]+\s+){1,4}?(?:van|op)\s+$",
                                re.I)


def _before_the_meeting(sentence: str, f: Found) -> Found:
    p = f.period
    if f.rule != "date.day_list" or not p.start or not p.end or p.start == p.end \
            or not BEFORE_THE_MEETING.search(sentence, 0, f.start):
        return f
    return f._replace(period=Period(p.start, p.start, p.approx, p.relative))


def _a_year_on(iso: str | None) -> str | None:
    if iso is None:
        return None
    day = dt.date.fromisoformat(iso)
    return (day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else dt.date(day.year + 1, 2, 28)).isoformat()


# A term the Kamer asked for, then reported as not met in one of the next sentences (a letter asking for more
# time): the term asked for is no deadline. The first row finds the request, the second the report.
TERMS_NOT_MET: tuple[Rule, ...] = (
    # (also a term the writer promised or announced before: `Ik heb U kort daarna meegedeeld dat ik de gevraagde
    # informatie in september 2013 aan Uw Kamer zou doen toekomen.` ... `Inmiddels is mij gebleken dat ... meer tijd
    # nodig is.`: the new date is the deadline)
    rule("deadline.term_requested", r"\b(?:verzocht|verzoekt|gevraagd|vraagt)\b|\bte\s+willen\s+ontvangen\b|"
                                    r"\bverzoek\s+(?:van\s+[^.;]{0,80}?\s+)?om\b|"
                                    r"\b(?:heb|hebben|had|hadden)\b[^.;]{0,80}?\b(?:toegezegd|aangekondigd|aangegeven|"
                                    r"meegedeeld|gemeld|laten\s+weten|beloofd)\b|"
                                    r"\b(?:is|werd)\b[^.;]{0,80}?\b(?:toegezegd|aangekondigd|beloofd|uitgesproken)\b",
         "Uw Kamer heeft verzocht tot aanvullende informatie over de vorming van dit nieuwe artikel en daarbij "
         "aangegeven deze informatie voorafgaand aan Verantwoordingsdag (16 mei) te willen ontvangen."),
    # (or a plan said not to hold: `Helaas blijkt dit niet haalbaar.`, `... meer tijd nodig is`)
    rule("deadline.term_not_met", r"\bniet\s+(?:\w+\s+){0,2}?(?:haalbaar|gelukt|mogelijk)\b.{0,120}\btermijn\b|"
                                  r"\btermijn\b.{0,60}\bniet\s+(?:\w+\s+){0,2}?(?:haalbaar|gehaald)\b|"
                                  r"\b(?:dit|dat|deze\s+(?:planning|termijn|datum)|die\s+(?:planning|termijn|datum)|"
                                  r"het\s+tijdpad|de\s+planning)\b[^.;]{0,60}?\bniet\s+(?:\w+\s+){0,2}?"
                                  r"(?:haalbaar|gelukt|gehaald)\b|"
                                  r"\b(?:meer|extra)\s+tijd\s+(?:\w+\s+)?(?:nodig|vergt|vergen|vraagt|kost)\b|"
                                  rf"\b{NOT_MANAGED}\b|"
                                  rf"\b{NOT_COMPLIED}\b",
         "Middels deze brief meld ik u dat het helaas niet haalbaar blijkt om de aanvullende informatie binnen de "
         "gestelde termijn aan te reiken."),
)
TERM_REPORT_REACH = 5   # sentences: how far after the request its term may be reported as not met (the reasons between)


def requests_not_met(sentences: list[str]) -> set[int]:
    """The indices of sentences asking for something by a term that a following sentence reports as not met."""
    asked, not_met = TERMS_NOT_MET
    return {i for i, s in enumerate(sentences) if asked.search(s)
            and any(not_met.search(later) for later in sentences[i + 1:i + 1 + TERM_REPORT_REACH])}


def deadlines_in(sentence: str, anchor_year: int, doc_date: str | None,
                 exclude: list[tuple[int, int]] | tuple[()] = (), written: str | None = None) -> list[Deadline]:
    """The deadlines in one sentence, each with the id of the period row that found it. ``written``: the date the
    sentence's own words were written when it is not the document's (a mail quoted under a decision, `Verzonden:
    dinsdag 8 maart 2022`): a date without a year is of that moment's year, and a month long gone is next year's only
    from that moment; whether the step is still due is judged from the document's date."""
    said = written or doc_date
    anchor = int(written[:4]) if written else anchor_year
    found = [_before_the_meeting(sentence, _next_year_if_ahead(sentence, f, said))
             for f in _merge_alternatives(find_expressions(sentence, anchor, said), sentence)]
    skip = [*exclude, *(m.span() for m in QUOTED.finditer(sentence))]
    now = doc_date or written or f"{anchor_year}-01-01"   # the moment the document speaks from
    out = []
    for f in found:
        reason = "deadline.quoted" if any(s < f.end and f.start < e for s, e in skip) else \
            _judge(sentence, f, now, (doc_date or written) is not None)
        if reason:
            log.debug("no deadline %r (%s): %s", f.text, reason, sentence[:80])
            continue
        out.append(_dated_from_letter(sentence, f, said))
    return out


def find_deadlines(sentence: str, anchor_year: int, doc_date: str | None,
                   exclude: list[tuple[int, int]] | tuple[()] = ()) -> list[tuple[int, int, str, Period]]:
    """(start, end, date_text, period) of the deadlines in one sentence (see ``deadlines_in``)."""
    return [(d.start, d.end, d.text, d.period) for d in deadlines_in(sentence, anchor_year, doc_date, exclude)]


LATEST_IN_BRACKETS = re.compile(r"\s*\(\s*(?:of\s+)?(?:uiterlijk|tot\s+en\s+met|t/m)\s+(?:(?:maandag|dinsdag|woensdag|"
                                r"donderdag|vrijdag|zaterdag|zondag)\s+)?", re.I)


def _latest_in_brackets(first: Found, latest: Found, text: str) -> bool:
    """`op 1 december (uiterlijk maandag 4 december`: the bracketed day is the same step's latest, not before the first
    (`vóór 31 december (uiterlijk 30 september voor ingang ...)` names another term)."""
    bound = first.period.end or first.period.start
    return (LATEST_IN_BRACKETS.fullmatch(text, first.end, latest.start) is not None and bound is not None
            and latest.period.end is not None and latest.period.end >= bound)


def _merge_alternatives(found: list[Found], text: str) -> list[Found]:
    """`eind maart/begin april`: two periods joined by `/` or `of` are one, from the first's start
    to the second's end; so is a term with its latest day in brackets (`De antwoordtermijn wordt gesteld op 1
    december (uiterlijk maandag 4 december).`, an EK committee of 2023, rules38 probe): one step."""
    out: list[Found] = []
    for item in found:
        if out and (re.fullmatch(r"\s*(/|of|-|–)\s*", text[out[-1].end:item.start])
                    or _latest_in_brackets(out[-1], item, text)):
            prev = out[-1]
            p = prev.period
            merged = Period(p.start or item.period.start, item.period.end or p.end, p.approx or item.period.approx)
            out[-1] = Found(prev.start, item.end, text[prev.start:item.end], merged, prev.rule)
        else:
            out.append(item)
    return out


__all__ = ["PERIODS", "CUES", "EXCLUSIONS", "STAMPS", "TARGETS", "ACT_EVENTS", "Deadline", "deadlines_in",
           "find_deadlines",
           "tense"]
