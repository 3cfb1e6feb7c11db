"""Toezeggingen: commitments made in a document (`open`), fulfilled by it (`fulfilled`), or only
mentioned (`referenced`), with to whom and where they were made.

``COMMITMENT_RULES`` is the table of phrasings: the first row (in table order) whose pattern occurs in a
sentence makes it a commitment, and its ``value`` is a ``Role``: the status in a letter that answers the
Kamer and the status in a document that only describes (a nota, a dossier), since a promise said to be
kept is kept by the letter, not by the note that describes it. ``VETOES`` are rows that rule statuses out
(pledges by others, the letter informing now, a promise not to)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dutch.whitespace import collapse
from ingest.dutch.months import MONTH_NAMES, MONTH_WORD
from ingest.dutch.questions import QUESTION_END
from ingest.dutch.papers import PAGE_TITLE_KINDS
from ingest.records import Status
from ingest.tagging.rules.deadlines import NOT_COMPLIED
from ingest.tagging.rules.table import Rule, rule

# (also both chambers named, or the Kamers in the plural: `... de uitkomsten middels een kabinetsstandpunt aan de Tweede
# en Eerste Kamer zal worden toegezonden`, BZK 2015; `Graag informeer ik uw Kamers ...`, BZK 2016; commit50 probe)
BOTH_KAMERS = r"(?:uw Kamers|beide Kamers|de (?:Tweede|Eerste) en (?:de )?(?:Eerste|Tweede) Kamer)"
KAMER = rf"(?:u|{BOTH_KAMERS}|uw Kamer|de (?:Tweede |Eerste )?Kamer|de Staten-Generaal)"
KAMER_NOUN = rf"(?:{BOTH_KAMERS}|uw Kamer|de (?:Tweede |Eerste )?Kamer)"
# (also sending on later what is not ready yet: `Zodra dat het geval is, zal ik u deze nulmeting nasturen`, VWS 2018)
INFORM = (r"(?:informeren|geïnformeerd|doen toekomen|toekomen|toesturen|toegestuurd|toezenden|zenden|sturen|gestuurd|"
          r"nasturen|nagestuurd|nazenden|"
          r"versturen|verzenden|"
          r"rapporteren|berichten|aanbieden|voorleggen|in kennis stellen|op de hoogte (?:te )?(?:stellen|houden|gehouden)|"
          # (`uw Kamer ... verslag doen`: `Over het JVO zullen de Minister van Justitie en Veiligheid en ik uw Kamer in een
          # aparte brief verslag doen`, BZK 2020; `verslag uitbrengen`)
          r"verslag (?:te )?(?:doen|uitbrengen)|"
          r"terugkomen|terug(?:ge)?komen|van gedachten wisselen|toe te sturen|te informeren|indienen|in te dienen|"
          # (a separable verb's te-infinitive: `Ik verwacht het Veteranenbesluit ... in het najaar van 2013 aan uw Kamer
          # aan te bieden`, Def 2013; `toe te zenden`, `voor te leggen`; probe58)
          r"aan te (?:kunnen )?bieden|toe te (?:kunnen )?zenden|voor te (?:kunnen )?leggen|"
          r"(?:te )?beantwoorden|ter beschikking stellen|beschikbaar stellen)")
# who promises: the writer, the government, a minister or ministry (`de staatssecretaris van Justitie en Veiligheid`)
# (also a ministry's full name of more words, each capitalised: `De Minister van Sociale Zaken en Werkgelegenheid zal uw
# Kamer ... informeren`, `de Minister van Buitenlandse Zaken`, `van Volksgezondheid, Welzijn en Sport`, `voor
# Volkshuisvesting en Ruimtelijke Ordening`: a colleague's promise in the migration letters, cmt103)
OFFICE = (r"(?:(?:van|voor) [\w&]+(?:(?:,\s*|\s)(?-i:[A-Z])[\w&]+){0,2}?"
          r"(?: en (?:(?-i:[A-Z])[\w&]+(?:\s(?-i:[A-Z])[\w&]+)?|[\w&]+))?)")
# (or a ministry by its short name, as answers name the one who acts: `Voorafgaand aan het WGO sport van 30 november zal
# VWS de Kamer hierover informeren`, IenW 2020)
MINISTRY_SHORT = r"(?-i:VWS|IenW|BZK|OCW|SZW|LNV|EZK|JenV|J&V|BZ|AZ|KGG|VRO|Defensie|Financiën)"
# (or a minister by name, in the third person, as answers and letters of several ministers name the one who acts:
# `Minister Keijzer zal uw Kamer voor de zomer een brief sturen`, `staatssecretaris Van Marum`; or the Minister-President)
NAMED_MINISTER = (r"(?:(?:de|mijn)\s+)?(?:minister(?:-president)?|staatssecretaris)\s+"
                  r"(?:(?-i:[Vv]an|[Dd]e|[Dd]er|[Tt]er)\s+){0,2}(?-i:[A-Z])[\w'’-]+|de\s+minister-president")
SENDER = (rf"(?:ik|wij|we|het kabinet|de regering|(?:de|mijn) (?:minister|staatssecretaris|collega)(?: {OFFICE})?|"
          rf"(?:het|mijn) ministerie(?: {OFFICE})?|{MINISTRY_SHORT}|{NAMED_MINISTER})")
# a modal or plan verb that makes a promise of what follows
# (also in a subordinate clause's order: `deel ik U mede dat ik voornemens ben de gevraagde informatie in september 2013
# aan Uw Kamer te doen toekomen`, BZK 2013 to the Eerste Kamer)
# (`bereid` with an adverb between, as an answer to `Bent u bereid ...?` says it: `Ik ben graag bereid uw Kamer
# hierover te informeren`)
PROMISE = (r"(?:zal|zullen|ga|gaan|streef|streeft|streven|ben voornemens|zijn voornemens|is voornemens|ben van plan|"
           r"zijn van plan|is van plan|verwacht|verwachten|(?:ben|zijn|is)\s+(?:graag\s+|zeker\s+|uiteraard\s+|ook\s+)?bereid|"
           r"voornemens (?:ben|zijn|is)|van plan (?:ben|zijn|is)|"
           # (`Ik heb het voornemen uw Kamer ... te sturen`, cmt116 probe: the noun of `voornemens`)
           r"(?:heb|hebben|heeft)\s+het\s+voornemen)")
# the sender in the future tense, in either order (`ik zal`, `zal het kabinet`)
SENDER_WILL = rf"(?:{SENDER}\s+(?:zal|zullen)|(?:zal|zullen)\s+{SENDER})"
SEND_NOW = r"(?:informeer|stuur|zend|bericht|rapporteer|bied|kom)"
# a rhythm that makes a present a habit: `ieder jaar`, `jaarlijks`, `twee keer per jaar`
RECURRING = (r"(?:ieder|elk)\s+(?:jaar|half\s*jaar|kwartaal|voorjaar|najaar)|(?:half|twee)?jaarlijks|periodiek|"
             r"(?:twee|drie|vier)\s*(?:keer|maal)\s+per\s+jaar")
# the writer or government informing or sending to the Kamer in the present, in either order
HABITUAL_SEND = (r"(?:informeer|bericht|stuur|zend|rapporteer)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:informeer|informeren|bericht|"
                 r"berichten|stuur|sturen|zend|zenden)|(?:informeert|stuurt|zendt)\s+(?:het\s+kabinet|de\s+regering|"
                 r"de\s+(?:minister|staatssecretaris))|(?:het\s+kabinet|de\s+regering)\s+(?:informeert|stuurt|zendt)|"
                 r"ontvangt\s+(?:u|uw\s+Kamer|de\s+Kamer)|(?:uw\s+Kamer|de\s+Kamer)\s+ontvangt")
# a send verb in the present before its subject (V2 after a fronted time, adverb or object): `zend ik u`, `presenteer
# ik`, `informeert het kabinet u`, `stuurt de minister uw Kamer` (a plan presented counts only by the writer or cabinet)
INVERTED_SEND = (r"(?:(?:zend|presenteer|rapporteer|bericht)\s+(?:ik|wij|we)|(?:informeren|sturen|zenden|presenteren)\s+(?:wij|we)|"
                 r"(?:informeert|stuurt|zendt|bericht|presenteert)\s+(?:het\s+kabinet|de\s+regering|de\s+(?:minister|"
                 r"staatssecretaris)(?:\s+(?:van|voor)\s+[\w&]+(?:\s+en\s+[\w&]+)?)?)|ontvangt\s+de\s+Kamer)")
# (a year, never one end of a period that names a programme: `het Erasmus+ programma 2021–2027`, OCW 2021; `volgende`
# as `next`, never as `the following` leading a list: `Daarnaast informeren wij uw Kamer over de volgende onderwerpen.`,
# a geannoteerde agenda of JenV 2025)
PROPOSE = r"(?:(?:ik|wij|we)\s+(?:stel|stellen)|(?:stel|stellen)\s+(?:ik|wij|we))"   # `ik stel voor`, `stel ik voor`
LIST_NOUNS = r"(?:onderwerpen|punten|zaken|thema[’']?s|ontwikkelingen|aspecten|kwesties|vragen|elementen|onderdelen)"
# a meeting of the Kamer ahead, named as the time a promise is due: `Ik informeer uw Kamer vóór het AO Preventie over de
# stand van zaken van het Preventieakkoord` (answers to Kamervragen, VWS 2018, cmt96 probe)
MEETING_AHEAD = (r"(?:vóór|voor|voorafgaand\s+aan)\s+(?:het|de)\s+(?:[\w-]+\s+)?(?:AO|WGO|algemeen\s+overleg|\w*debat|"
                 r"notaoverleg|wetgevingsoverleg|schriftelijk\s+overleg|begrotingsbehandeling|plenaire\s+behandeling)")
# (nor the end of a span written with a spaced dash: `de Meerjarenagenda Slachtofferbeleid 2022 – 2025`, JenV 2023, cmt96)
WHEN = (rf"(?:{MONTH_WORD}|{MEETING_AHEAD}|kwartaal|helft|zomer|najaar|voorjaar|winter|jaar|"
        rf"(?<![–-])(?<![–-]\s)\d{{4}}(?!\s*[–-]\s*\d{{4}})|nader|zo spoedig|zodra|"
        rf"volgende(?!\s+{LIST_NOUNS}\b)|"
        r"\w*reces|kerstvakantie|jaarwisseling|Prinsjesdag|Verantwoordingsdag|"
        r"eerstvolgende|komende|uiterlijk|"
        r"binnenkort|later|in de loop van|op korte termijn|na afronding|"
        # (a separate letter is a later one: `Over de voortgang ... ontvangt uw Kamer een separate brief`, JenV 2025)
        r"separa(?:at|te)\b)")
PASSIVE_SENT = (r"(?:aangeboden|toegezonden|toegestuurd|gestuurd|gezonden|verzonden|verstuurd|aangereikt|gedeeld|voorgelegd|"
                r"geïnformeerd|ingediend|gerapporteerd)")
# what the government may come with: `met een reactie komen`, `met een wetsvoorstel komen`
# (also a note or letter by a compound name: `met een aanvullende beleidsnotitie`, `met een beleidsbrief`)
DELIVERABLE = (r"(?:reactie|kabinetsreactie|beleidsreactie|\w*brief|\w*notitie|voorstel|wetsvoorstel|plan|actieplan|visie|"
               r"appreciatie|kabinetsappreciatie|uitwerking|voortgangsrapportage|rapportage|nota)")
# a letter or report still to come: `in de volgende voortgangsbrief`, `de eerstvolgende rapportage`
NEXT_PAPER = r"(?:volgende|eerstvolgende|komende|nog te verschijnen)\s+\w*(?:brief|rapportage|nota|Staat van \w+)"
# the papers a letter asking for more time promises: `de antwoorden`, `de brief`, `de reactie`
SENT_PAPER = (r"(?:brief|antwoorden|beantwoording|reactie|kabinetsreactie|beleidsreactie|appreciatie|rapport|rapportage|"
              r"informatie|notitie|nota|stukken|vragen|evaluatie|overzicht|uitwerking|resultaten|uitkomsten|"
              r"wetsvoorstel|voortgangsbrief|voortgangsrapportage)")
# a letter of its own still to come: `Het kabinet zal in een separate brief op deze vraag ingaan`
SEPARATE_PAPER = r"(?:een|de)\s+(?:aparte|separate|afzonderlijke|nadere|nieuwe|vervolg)\s*\w*(?:brief|notitie|rapportage)"
# the Kamer as the one informed: `wordt uw Kamer ... geïnformeerd`, `... op de hoogte gehouden`
# (also a paper sent on to the Kamer: `De ... uitvoeringsaspecten hiervan zullen u spoedig nagezonden worden`, Fin 2021)
INFORMED = (r"(?:geïnformeerd|ingelicht|op de hoogte (?:gehouden|gesteld)|toegestuurd|ontvangen|toegezonden|nagezonden|"
            r"nagestuurd)")

FLAGS = re.I | re.S
# a paper's date read whole, year and all: `de brief van 12 september 2016`
PAPER_DATE = rf"\bvan\s+\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?\b(?!\s+\d{{4}})"
# a future tense that is not this letter's outline (`In deze brief zal ik ...`)
LATER_WILL = r"(?<!\bdeze brief )(?<!\bdeze brief, )\b(?:zal|zullen)\b"
# a sentence that says nothing of later (a step still to come, a paper to follow): the letter itself does it
NOT_LATER = r"^(?!.*\b(?:zal|zullen|zou|zouden|later|volgende|komende|binnenkort)\b)"
# this letter or a part of it named as where the writer will do something (`zal ik in deze brief ... toelichten`), and
# the verbs of an account given there
HERE_NOW = r"(?:in\s+deze\s+(?:\w*brief|paragraaf)|hieronder)"
HERE_SUBJECT = r"(?:ik|wij|we|het\s+kabinet)"
EXPLAIN = (r"(?:toelichten|toe\s+lichten|ingaan|in\s+gaan|informeren|beschrijven|schetsen|uiteenzetten|uiteen\s+zetten|"
           r"bespreken|behandelen|weergeven|reageren)")


def writer_does(verbs: str) -> str:
    """The writer's own act in the present, the verb (``verbs``, alternatives) before or after the subject: `sluit ik`,
    `wij komen`."""
    return rf"(?:(?:{verbs})\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:{verbs}))"


# a promise told in an earlier letter, the perfect tense with the future in its `dat` clause: `Bij brief van ... heb ik u
# bericht ... dat ik Uw Kamer ... een notitie zal doen toekomen` (never the present: `Graag bericht ik u dat ik ... zal`)
# (also the Kamer named in the `dat` clause only, the writer's earlier papers told apart from this one: `In deze brieven
# heb ik aangegeven dat ik de Tweede Kamer in december van dit jaar een rapportage zal doen toekomen van TNO, RIVM en CBS`,
# VWS 2019, cmt96 probe; never `In deze brief heb ik aangegeven ...`, this letter's own summary)
TOLD_BEFORE = (r"\b" + writer_does("heb|hebben") + r"\s+(?:u|uw\s+Kamer|de\s+Kamer)\b"
               r"[^;]{0,200}?\b(?:bericht|gemeld|laten\s+weten|geïnformeerd|medegedeeld|meegedeeld)\b"
               r"[^;]{0,300}?\bdat\b[^;]{0,250}?\b(?:zal|zullen)\b|"
               r"^(?!.*\b(?:in\s+deze\s+\w*brief|hierin|hierboven|hiervoor|hierbij|hiermee)\b).*\b"
               + writer_does("heb|hebben") + r"\b[^.;]{0,120}?\b(?:aangegeven|gemeld|laten\s+weten|bericht|medegedeeld|"
               r"meegedeeld)\W+dat\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,100}?\b(?:uw\s+Kamer|de\s+(?:Tweede\s+|Eerste\s+)?Kamer)"
               r"\b[^.;]{0,200}?\b(?:zal|zullen)\b")
# a `zoals` clause of the writer's own earlier word, the main clause opening on `zal` or a present send verb: `Zoals ik
# op 30 mei 2018 in mijn beantwoording ... reeds meldde, zal ik ...`, `Zoals ik in mijn brief van 3 mei heb aangegeven,
# zal ik ...`, the paper after the verb: `Zoals ik heb gemeld in mijn brief van 13 september jl. stuur ik u zo spoedig
# mogelijk een kabinetsreactie` (never `Zoals ik in deze brief aangeef`: a present is no earlier word)
TOLD = r"(?:gemeld|aangegeven|aangekondigd|bericht|geschreven|meegedeeld)"   # the writer's word, as a participle
SAID_BEFORE_CLAUSE = (r"(?:ik|wij|we)\s+[^;]{0,250}?\b(?:(?:reeds|eerder|al)\s+)?(?:meldde|meldden|berichtte|berichtten|"
                      r"aangaf|aangaven|aankondigde|aankondigden|schreef|schreven|meedeelde|meedeelden|"
                      rf"(?:heb|hebben)\s+{TOLD}|{TOLD}\s+(?:heb|hebben))"
                      r"(?:\s+(?:in|tijdens|bij|op)\s+[^;,]{0,150}?)?\s*,?\s+"
                      rf"(?=(?:zal|zullen|{SEND_NOW})\b)")
# the main clause of a promise told again: `zal ... informeren`, or a send verb in the present with a time still to come
RESTATED = (rf"(?:\b(?:zal|zullen)\b.*\b(?:{INFORMED}|{INFORM})|\b{SEND_NOW}\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b"
            rf".*\b(?!nader\b)(?:{WHEN})\b)")



# promises as a class, moties maybe named with them: `enkele overige toezeggingen`, `verschillende – door uw Kamer
# aangenomen – moties en toezeggingen`, `de openstaande toezeggingen`
SOME = r"(?:de|enkele|een\s+aantal|diverse|verschillende|overige|resterende|openstaande|nog)"
PROMISES_AS_CLASS = rf"(?:{SOME}\s+)*(?:moties\s*,?\s*(?:en\s+)?)?(?:{SOME}\s+)*toezeggingen\b"
# a moment named as the reason, not the time: `vanwege het meireces`, `wegens de jaarwisseling`
NOT_REASON = "".join(rf"(?<!\b{p} {a} )" for p in ("vanwege", "wegens") for a in ("het", "de"))
# a day led by `per` names when a measure takes effect, not when the Kamer is informed: `Tevens informeer ik uw Kamer, in
# aanloop naar de inwerkingtreding van de Wet inburgering 2021 per 1 januari 2022, over ...` (SZW 2021, all123)
# (nor any time after an entry into force named between the verb and it: `... van de Wet inburgering 2021 per ...`)
NOT_IN_EFFECT = r"(?<!\bper \d )(?<!\bper \d\d )"
IN_EFFECT = r"inwerkingtreding\b|in\s+werking\s+(?:treedt|treden)\b"
# `kom ik` sends a paper only with `terug` or `met` after it (`Na de zomer kom ik hierop terug`, `kom ik in het najaar met
# een voorstel`), never reaching a view (`Op basis van deze beoordelingen kom ik tot de volgende conclusie: ...`, JenV 2017)
COME_BACK = r"kom ik(?=[^.;:]{0,200}?\b(?:terug|met)\b)"
# a time that is not when the Kamer is informed: a past one (`over de behaalde resultaten in het afgelopen kwartaal`), or
# the time of what the news is about, after a noun of plans in the `over ...` object (`... en over de plannen en
# ontwikkelingen voor de komende periode`, a BZK verzamelbrief of 2024, all127: the letter informs now)
PAST_TIME = ("afgelopen", "vorige", "vorig", "voorbije", "verstreken")
PLAN_NOUNS = ("plannen", "ontwikkelingen", "activiteiten", "agenda", "planning", "stappen", "inzet", "voornemens",
              "ambities", "acties", "prioriteiten", "werkzaamheden")
NOT_OBJECT_TIME = ("".join(rf"(?<!\b{w} )" for w in PAST_TIME)
                   + "".join(rf"(?<!\b{n} {p} {a})" for n in PLAN_NOUNS for p in ("voor", "in", "van")
                             for a in ("de ", "het ", "")))
# a day or month marked past by `jl.` (jongstleden) is a date of record, never when the Kamer is informed: `Tevens zend
# ik de Kamer de zienswijze «doden van zorgbehoevende dieren» die de Raad voor Dierenaangelegenheden (RDA) op 10 maart
# jl. heeft gepubliceerd.` (LNV 2023, cmt116 pool B)
NOT_PAST_DAY = r"(?!\w*\s+(?:\d{4}\s+)?(?:jl\b|jongstleden\b))"
# the debate where a reply is given: the writer's term or the sitting (`in mijn eerste termijn`, `tijdens het vervolg van het
# debat`, `bij de voortzetting van de plenaire behandeling`)
DEBATE_PLACE = (r"(?:in|tijdens|bij)\s+(?:mijn|onze|zijn|haar|de|het)\s+(?:\w+\s+){0,3}?(?:termijn|debat|"
                r"plenaire\s+behandeling)\b")


@dataclass(frozen=True)
class Role:
    """What a row makes of a sentence: the status in a letter, and in a document that only describes."""
    in_letter: Status
    in_description: Status


MADE = Role(Status.OPEN, Status.OPEN)
KEPT = Role(Status.FULFILLED, Status.REFERENCED)
CLOSED = Role(Status.FULFILLED, Status.FULFILLED)     # a promise declared done (`gestand`, `afgedaan`)
MENTIONED = Role(Status.REFERENCED, Status.REFERENCED)
DESCRIBING = ("nota", "dossier")   # document types that describe commitments rather than answer the Kamer

# `volgende` of a later letter (`in de volgende brief`), not of the promises this letter lists (`Verder informeer ik u met
# deze brief over de volgende toezeggingen:`, VWS 2023, cmt96)
NEXT_NOT_LISTED = r"volgende(?!\s+(?:moties|toezeggingen)\b)"

# Fulfilment first: a letter that says it keeps a promise also quotes the promise.
COMMITMENT_RULES: tuple[Rule, ...] = (
    # a promise told again as said before (`Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het
    # Toetsingskader met een aanvullende Artikel 100-brief nader worden geïnformeerd (Kamerstuk 27 925, nr. 769).`, BZ/Def
    # 2021, probe56): made in that earlier paper, mentioned here; a plain plan said before (`Zoals eerder gemeld zal de
    # wet per 1 juli in werking treden`) promises the Kamer nothing, and this letter informing now is no promise
    # (also the writer's earlier paper named between, the clause closing on its verb before `zal`: `Zoals ik op 30 mei
    # 2018 in mijn beantwoording van het schriftelijk overleg ... (Kamerstuk 21 501-32, nr. 1110) reeds meldde, zal ik
    # uw Kamer zo spoedig mogelijk na die gesprekken informeren over ...`, LNV 2018, fix85 audit)
    rule("mentioned-as-said-before", rf"^\W*zoals\s+(?:(?:(?:ik|wij|we)\s+)?(?:(?:u|uw\s+Kamer)\s+)?(?:eerder|reeds|al|eerder\s+al)\s+"
                                     rf"(?:(?:heb|hebben)\s+)?(?:gemeld|aangegeven|aangekondigd|bericht|meegedeeld|vermeld)\b|"
                                     rf"{SAID_BEFORE_CLAUSE})"
                                     rf"(?!.*\b(?:hierbij|hiermee|met\s+deze\s+brief|in\s+deze\s+brief)\b)"
                                     rf".*{RESTATED}",
         "Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het Toetsingskader met een aanvullende Artikel "
         "100-brief nader worden geïnformeerd (Kamerstuk 27 925, nr. 769).", MENTIONED, FLAGS),
    # a postponement letter's news that the Kamer cannot be informed by the time promised: `Hierbij deel ik u mee dat het
    # niet mogelijk blijkt om uw Kamer met voldoende diepgang en afstemming voor eind 2025 te informeren over de impact
    # ...` (Def 2025, all123; the new date follows in a sentence of its own, `Ik streef ernaar uw Kamer ... uiterlijk in het
    # eerste kwartaal van 2026 te informeren`, the open one): the earlier promise mentioned; as `niet haalbaar`, `niet
    # gelukt`, `niet lukt` (`Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen`, BZK 2020)
    # and with a time or term named; never a refusal without one (`Het is niet mogelijk uw Kamer te informeren over
    # individuele zaken`)
    rule("mentioned-not-possible-in-time", rf"\bniet\s+(?:(?:mogelijk|haalbaar)(?:\s+(?:blijkt|bleek|is\s+gebleken|gebleken|is))?|"
                                           rf"(?:gelukt|lukt))\s+(?:\w+\s+){{0,2}}?om\s+{KAMER}\b[^.;]{{0,120}}?"
                                           rf"\b(?:{WHEN}|termijn)\b[^.;]{{0,80}}?\bte\s+(?:informeren|{INFORM})\b",
         "Hierbij deel ik u mee dat het niet mogelijk blijkt om uw Kamer met voldoende diepgang en afstemming voor eind 2025 "
         "te informeren over de impact die de focusverschuiving naar de eerste hoofdtaak heeft op de derde hoofdtaak van de "
         "krijgsmacht.", MENTIONED, FLAGS),
    # (declared done, not still to be: `de termijnen waarop de toezeggingen zullen worden nagekomen`)
    # (nor said not to be: `Is een toezegging nog niet (geheel) nagekomen, dan ontvangt de Kamer graag een prognose`)
    rule("kept-closed", r"toezegging\w*\b(?:(?!\b(?:zal|zullen|zou|zouden)\b).){0,120}"
                        r"(?<!\bniet )(?<!\bniet \(geheel\) )(?<!\bniet geheel )\b(gestand|als afgedaan|afgedaan|"
                        r"nagekomen|ingelost)",
         "Hiermee wordt de toezegging van 6 september jl. aan lid Koerhuis als afgedaan beschouwd.", CLOSED, FLAGS),
    # the answer to a promise given in this letter: `In reactie op mijn toezegging1 tijdens het commissiedebat van 28 juni
    # 2023 om schriftelijk te reageren op de vraag van het lid Podt ..., kan ik het volgende melden:` (JenV 2024)
    # (also a promise named after the Kamer's letter, this letter sent in reply: `In reactie op uw brief van 28 oktober
    # 2014 en toezegging in mijn brief van 31 december 2014 (34 000 XIII, H) doe ik u deze brief toekomen.`, EZ 2016,
    # fix77 held-out; never a reply to a letter alone)
    # (also `in vervolg op` the promises, the letter informing now: `In vervolg op mijn brief van 6 mei jl. (...) en op de
    # toezeggingen van mijn ambtsvoorganger in het Algemeen Overleg orgaandonatie van 5 februari 2020 (...), informeer ik uw
    # Kamer hierbij graag over de stand van zaken`, VWS 2020)
    rule("kept-in-reply-to", r"\b(?:in\s+reactie\s+op|in\s+antwoord\s+op|ter\s+uitvoering\s+van|in\s+vervolg\s+op)\s+"
                             r"(?:[^;]{0,80}?\ben\s+(?:op\s+)?)?"
                             # (a citation in brackets counts as one step: `(Handelingen II, 2012/2013, nr. 26 item 5,
                             # blz. 11–37 en item 8, blz. 41–73)` after each promise, IenM 2013, all145)
                             r"(?:(?:mijn|onze|de)\s+)?toezegging(?:en)?\d{0,2}\b(?:\([^()]{0,200}\)|[^(]){0,240}\b"
                             r"(?:(?:kan|wil)\s+(?:ik|wij|we)\s+"
                             r"(?:u\s+|uw\s+Kamer\s+)?(?:het\s+volgende\s+)?(?:melden|mededelen|berichten)|"
                             r"doe\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+(?:hierbij\s+)?deze\s+brief\s+toekomen|"
                             r"(?:informeer|bericht)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+(?:hierbij|hiermee|met\s+deze\s+brief))\b",
         "In reactie op mijn toezegging1 tijdens het commissiedebat van 28 juni 2023 om schriftelijk te reageren op de "
         "vraag van het lid Podt over het verplicht melden in Ter Apel door kinderen onder 15 jaar, kan ik het volgende "
         "melden:", KEPT, FLAGS),
    # the letter taking a promise up now, in the present: `Ook ga ik in op mijn toezegging om in te gaan op (de vormgeving
    # van) de beoogde eigen bijdrage` (JenV 2024, the annex delivers it; rules33 held-out probe), never a later letter
    # (also in a list of kinds: `Daarnaast ga ik in op een aantal moties, toezeggingen en vragen over studiefinanciering
    # uit recente Kamerdebatten`, OCW 2023, probe58)
    # (or the letter itself as the subject: `Daarnaast gaat de brief in op de toezeggingen die de Minister van BHOS deed
    # tijdens het vragenuurtje op 11 april jl.`, BZ 2017, fix74 held-out; never a letter of a date, `de brief van ...`)
    # (also the writer first and the promises after other papers joined by `en`: `Ik ga hierbij in op de moties
    # Kamerstuk 32 793, nr. 176 (Dik-Faber), ... en op de toezeggingen om de Kamer periodiek te informeren over ...`,
    # VWS, cmt96's held-out miss; `Ik ga hierbij in op de moties en de toezeggingen ...`)
    rule("kept-go-into", NOT_LATER + r".*\b(?:" + writer_does("ga|gaan") + r"|gaat\s+(?:deze|de)\s+\w*brief|"
                         r"(?:deze|de)\s+\w*brief\s+gaat)\s+"
                         r"(?:(?!van\b)\w+\s+){0,2}?in\s+op\s+(?:mijn|onze|de|het|enkele|een\s+aantal|diverse|"
                         r"verschillende|twee|drie|vier)\s+(?:(?:\w+,?\s+){0,2}?(?:(?:en|of)\s+(?:de\s+|mijn\s+|onze\s+)?)?|"
                         r"[^;]{0,240}?,?\s+(?:en|alsmede|evenals)\s+op\s+(?:de|mijn|onze|enkele|een\s+aantal)\s+"
                         r"(?:\w+\s+){0,2}?)toezegging",
         "Ook ga ik in op mijn toezegging om in te gaan op (de vormgeving van) de beoogde eigen bijdrage.", KEPT, FLAGS),
    # the writer taking the Kamer along now through matters that include a promise (`Ik wil u graag meenemen in de
    # voortgang, mijn toezegging rondom ...`, cmt96's held-out miss; `Graag neem ik u mee in ... de toezegging ...`):
    # this letter informs on it; never a later paper (`zal ik u meenemen`)
    rule("kept-take-along", NOT_LATER + r".*\b(?:(?:wil\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:wil|willen))\s+"
                            r"(?:u|uw\s+Kamer)\s+(?:\w+\s+){0,2}?meenemen|(?:neem\s+(?:ik|wij|we)|(?:ik|wij|we)\s+"
                            r"(?:neem|nemen))\s+(?:u|uw\s+Kamer)\s+(?:\w+\s+){0,2}?mee)\s+in\b[^.;]{0,280}?"
                            r"\btoezegging",
         "Ik wil u graag meenemen in de voortgang van het programma, mijn toezegging rondom de evaluatie en de planning "
         "voor volgend jaar.", KEPT, FLAGS),
    # the letter or the report it sends now going into the state of promises as a class: `In de rapportage gaan we ook in
    # op de stand van de uitvoering van moties en toezeggingen uit de gevoerde jeugddebatten van juni 2017.` (VWS 2017,
    # the voortgangsrapportage annexed; commit50 probe), never a later paper (`In de volgende rapportage gaan we in op
    # ...`)
    rule("kept-go-into-state", NOT_LATER + r".*\b(?:ga|gaan)\s+"
                               r"(?:ik|wij|we)\s+(?:\w+\s+){0,2}?in\s+op\s+de\s+(?:stand\s+van\s+zaken|stand|voortgang|"
                               r"uitvoering)\s+(?:van|rond|omtrent|inzake)\s+(?:de\s+)?(?:uitvoering\s+van\s+(?:de\s+)?)?"
                               r"(?:openstaande\s+|aangenomen\s+)?(?:moties\s+en\s+)?toezeggingen\b",
         "In de rapportage gaan we ook in op de stand van de uitvoering van moties en toezeggingen uit de gevoerde "
         "jeugddebatten van juni 2017.", KEPT, FLAGS),
    # ... or told in the passive, or by the annex that treats them (`Daarbij wordt ook ingegaan op de wijze waarop
    # uitvoering is gegeven aan enkele toezeggingen en moties.`, IenW 2023; `Deze bijlage belicht de voorliggende moties,
    # toezeggingen en vragen langs de vier strategische prioriteiten`, Fin 2025; fix74 sentence audit)
    rule("kept-treats-promises", NOT_LATER + r".*\b(?:"
                                 r"(?:wordt|worden)\s+(?:\w+\s+){0,2}?ingegaan\s+op|(?:deze|dit|de)\s+(?:\w+\s+)?"
                                 r"(?:bijlage|brief|rapportage|overzicht|notitie)\s+(?:belicht|behandelt|bespreekt|beschrijft)"
                                 r")\b[^.;]{0,100}?\b(?:moties|vragen)?,?\s*(?:(?:en|de|enkele|diverse)\s+)*toezeggingen\b",
         "Deze bijlage belicht de voorliggende moties, toezeggingen en vragen langs de vier strategische prioriteiten uit de "
         "Meerjarenstrategie Belastingdienst 2025-2030.", KEPT, FLAGS),
    # ... or said to come up in this letter (`Hierbij komen ook een aantal aan uw Kamer gedane toezeggingen en de moties
    # van de leden Welzijn, Kouwenhoven en Van Eijk aan de orde.`, Fin 2025, cmt101 pool A; `In deze brief komen de
    # volgende toezeggingen aan bod`), this letter named; never a later paper or meeting (`In de volgende brief komen
    # de toezeggingen aan de orde`)
    rule("kept-promises-come-up", rf"^(?!.*\b(?:zal|zullen|zou|zouden|later|{NEXT_NOT_LISTED}|komende|binnenkort)\b)"
                                  r"(?=.*\b(?:hierbij|hiermee|(?:in|met|via)\s+deze\s+(?:\w+\s+)?"
                                  r"(?:\w*brief|bijlage|rapportage))\b).*\b(?:komen|komt)\b[^.;]{0,120}?\btoezeggingen?\b"
                                  r"[^.;]{0,160}?\baan\s+(?:de\s+orde|bod)\b",
         "Hierbij komen ook een aantal aan uw Kamer gedane toezeggingen en de moties van de leden Welzijn, Kouwenhoven en "
         "Van Eijk aan de orde.", KEPT, FLAGS),
    # ... or the letter's outline closing on them, its last part going into them now: `Ik sluit in paragraaf 5 af met
    # enkele overige toezeggingen en een motie.` (VWS 2024, a verzamelbrief of moties en toezeggingen; probe81), never a
    # later letter (`In de volgende brief sluit ik af met ...`) nor one that closes a debate (`sluit ik de toezegging uit`)
    rule("kept-close-with-promises", NOT_LATER + r".*\b" + writer_does(r"sluit|sluiten|besluit|besluiten|eindig|eindigen")
                                     + rf"\b[^.;]{{0,60}}?\bmet\s+{PROMISES_AS_CLASS}",
         "Ik sluit in paragraaf 5 af met enkele overige toezeggingen en een motie.", KEPT, FLAGS),
    # ... or the writer coming back to them now, the present and no time named, the class maybe with a remark between
    # (`In deze brief kom ik onder meer terug op verschillende – door uw Kamer aangenomen – moties en toezeggingen met
    # betrekking tot de Migratieketen.`, AenM 2025, probe79); a time or a later paper keeps it a promise (`Ik kom voor de
    # zomer terug op de openstaande toezeggingen`)
    rule("kept-come-back-to-promises", NOT_LATER + rf"(?!.*\b{WHEN}\b).*\b" + writer_does(r"kom|komen")
                                       + rf"\s+(?:\w+\s+){{0,3}}?terug\s+op\b[^.;]{{0,100}}?\b{PROMISES_AS_CLASS}",
         "In deze brief kom ik onder meer terug op verschillende – door uw Kamer aangenomen – moties en toezeggingen met "
         "betrekking tot de Migratieketen.", KEPT, FLAGS),
    # the letter going into a matter now, as promised: `Ten slotte ga ik in op de tariefontwikkeling van TenneT, zoals
    # toegezegd aan uw Kamer in het Commissiedebat Klimaat en Energie van 22 juni jl.` (EZK 2022, the letter's outline;
    # rules41 held-out probe), never a later letter
    rule("kept-go-into-as-promised", NOT_LATER + r".*\b(?:ga|"
                                     r"gaan)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?in\s+op\b[^.;]{0,160}?\bzoals\s+"
                                     r"(?:\w+\s+){0,2}?toegezegd\d{0,2}\b",
         "Ten slotte ga ik in op de tariefontwikkeling van TenneT, zoals toegezegd aan uw Kamer in het Commissiedebat "
         "Klimaat en Energie van 22 juni jl.", KEPT, FLAGS),
    rule("kept-come-after", rf"\bkom(en)?\s+{SENDER}\b.{{0,60}}\btoezegging\w*\b.{{0,80}}\bna\b",
         "Met deze brief kom ik de toezegging na die ik heb gedaan tijdens het debat.", KEPT, FLAGS),
    # `Hiermee wordt uitvoering gegeven aan drie toezeggingen`, `... geeft ook invulling aan de toezegging, gedaan ...`
    rule("kept-given-effect", r"\b(hiermee|met deze brief|hierbij|via deze (weg|brief)|geeft|geven|geef)\b.{0,80}"
                              r"\b(uitvoering|invulling|gevolg|opvolging)\b.{0,40}\b(aan|van)\b.{0,60}\btoezegging",
         "Hiermee wordt uitvoering gegeven aan drie toezeggingen en een motie van de Kamer.", KEPT, FLAGS),
    # the same in the passive, the paper sent now as its means: `Met het rapport wordt uitvoering gegeven aan de
    # wettelijke bepaling ..., aan de toezeggingen door mijn ambtsvoorganger ...`
    rule("kept-effect-given", r"\b(wordt|worden)\s+(hiermee\s+|hierbij\s+)?(uitvoering|invulling|gevolg)\s+gegeven\s+aan\b"
                              r".{0,200}\btoezegging",
         "Met het rapport wordt uitvoering gegeven aan de wettelijke bepaling in het Belastingplan 2015 dat het "
         "noodzakelijkheidscriterium geëvalueerd dient te worden, aan de toezeggingen door mijn ambtsvoorganger bij "
         "behandeling van het Belastingplan 2015 en het Belastingplan 2017 om de werkkostenregeling breder te "
         "evalueren.", KEPT, FLAGS),
    # the letter meets the promise: `Met deze brief kom ik tevens tegemoet aan andere toezeggingen`, `komen wij
    # tegemoet aan enkele toezeggingen en moties`, `wordt tegemoetgekomen aan de toezegging`
    # ... the promise just told, pointed back to (`In de eerste editie van deze brief hebben wij toegezegd uw Kamer
    # maandelijks te informeren ... Met deze brief komen we tegemoet aan deze toezegging.`, SZW 2020, cmt96 probe): it
    # closes that promise (its record), not a second one, as `voldoet aan deze toezegging` below
    rule("kept-met-this", r"\btegemoet\s*(?:ge)?kom\w*\s+aan\s+(?:deze|die|bovengenoemde|voornoemde|genoemde)\s+toezegging\b|"
                          r"\bkom(?:en|t)?\b.{0,80}\btegemoet\s+aan\s+(?:deze|die|bovengenoemde|voornoemde|genoemde)\s+"
                          r"toezegging\b",
         "Met deze brief komen we tegemoet aan deze toezegging.", CLOSED, FLAGS),
    rule("kept-met", r"\btegemoet\s*(ge)?kom\w*\s+aan\b.{0,80}\btoezegging|"
                     r"\bkom(en|t)?\b.{0,80}\btegemoet\s+aan\b.{0,80}\btoezegging",
         "Met deze brief kom ik tevens tegemoet aan andere toezeggingen uit mijn brief van 14 juni jl.", KEPT, FLAGS),
    # the promise just told, said met by this letter (`Tijdens het AO ... heeft de voormalig Minister van VWS toegezegd
    # uw Kamer te zullen informeren over ... Hiermee voldoet de Minister van VWS aan deze toezegging.`, VWS 2017): it
    # closes that promise (its record), not a second one
    # (also the promises just told in the plural, the verb last as this letter's aim: `Met deze brief beoog ik aan deze
    # toezeggingen te voldoen.`, JenV 2019 after two recounted promises, cmt103 pool B; never a term still needed, `heb
    # ik extra tijd nodig om aan deze toezegging te kunnen voldoen`, IenM 2015, nor a promise not met)
    rule("kept-complied-this", r"(?<!\bniet\s)\b(?:voldaan|voldoe|voldoen|voldoet)\s+(?:\w+\s+){0,5}?aan\s+(?:deze|die|"
                               r"bovengenoemde|voornoemde|genoemde)\s+toezegging(?:en)?\b|"
                               r"^(?!.*\b(?:niet|nodig|kunnen|zal|zullen)\b).*\b(?:hiermee|hierbij|met\s+deze\s+brief|"
                               r"beoog\s+(?:ik|wij|we))\b[^.;]{0,60}?\baan\s+(?:deze|die|bovengenoemde|voornoemde|"
                               r"genoemde)\s+toezegging(?:en)?\s+(?:te\s+)?(?:voldoen|voldaan)\b",
         "Hiermee voldoet de Minister van VWS aan deze toezegging.", CLOSED, FLAGS),
    # (the one who complies named between: `voldoet de Minister van VWS aan`; or the promises first: `In deze brief
    # wordt aan een aantal moties en toezegging voldaan`, VWS 2017)
    # (not a committee's register of a promise: `toezegging T03678 als voldaan aan te merken`, EK 2024, only mentions it)
    # (nor a promise said not to be kept: `waarom ... van mening zijn dat niet aan de toezegging is voldaan`, an EK
    # committee's decisions of 2014, probe69)
    # (also the promise by a participle phrase before it: `Ten slotte voldoe ik met deze brief aan een tijdens de
    # behandeling van de Wet Terugkeer en Vreemdelingenbewaring gedane toezegging om cijfers te verstrekken ...`, JenV
    # 2019, cmt103 pool B; `aan de tijdens het commissiedebat van ... gedane toezegging`)
    rule("kept-complied", r"(?<!\bals\s)(?<!\bniet\s)\b(voldaan|voldoe|voldoen|voldoet)\s+(\w+\s+){0,5}aan\b(?:.{0,60}|"
                          r"\s+(?:een|de|mijn|onze)\s+(?:tijdens|bij|in|op)\b[^.;]{0,160}?\b(?:gedane|gegeven)\s)"
                          r"\btoezegging|(?<!\bniet\s)\baan\s+(?:\w+\s+){0,6}?toezegging\w*\s+"
                          r"(?:(?!als\b|niet\b)\w+\s+){0,2}?voldaan\b",
         "Daarom wordt de Kamer een stand van zaken gegeven van diverse acties die momenteel lopen op dit gebied, "
         "waarmee tevens wordt voldaan aan een aantal toezeggingen die aan de Kamer zijn gedaan.", KEPT, FLAGS),
    # the state of promises given in this letter or its annexes, their number or who made them named between
    # (`sturen wij uw Kamer hierbij een stand van zaken van een divers aantal moties en toezeggingen`, VWS 2024; `In de
    # bijlagen zijn ... de stand van zaken met betrekking tot moties van uw Kamer alsmede toezeggingen`, IenW 2020)
    # (also this annex giving the state of the matters promises were made on: `Met deze bijlage ontvangt u in één
    # overzicht de laatste stand van zaken van onderwerpen waarover uw Kamer eerder vragen heeft gesteld, waarover
    # toezeggingen zijn gedaan, ...`, Fin 2025, fix85 audit; never matters on which none were made, `geen toezeggingen`)
    rule("kept-state-given-here", r"^(?!.*\b(?:zal|zullen|zou|zouden)\b).*\b(?:(?:met|in|via)\s+deze\s+(?:\w*brief|bijlage)|"
                                  r"hierbij|hiermee|in\s+de\s+bijlagen?)\b.{0,120}\bstand\s+van\s+zaken\s+(?:van|aangaande|"
                                  r"inzake|omtrent|betreffende|met\s+betrekking\s+tot)\s+(?:(?:[\w-]+\s+){0,3}?"
                                  r"(?:moties\b[^.;()]{0,30}?\s(?:en|alsmede|evenals)\s+)?(?<!\bgeen\s)toezeggingen\b|"
                                  r"(?:de\s+)?(?:onderwerpen|zaken|punten|thema\W?s)\s+waarover\b[^.;]{0,80}?"
                                  r"(?<!\bgeen\s)\btoezeggingen\s+(?:zijn\s+|werden\s+)?gedaan\b)",
         "In aanloop naar de komende begrotingsbehandeling van VWS sturen wij uw Kamer hierbij een stand van zaken van "
         "een divers aantal moties en toezeggingen.", KEPT, FLAGS),
    # (not the promise restated for a paper still to come: `Ook ben ik, conform mijn toezegging in de richting van het
    # lid Essers (CDA) ..., voornemens in die reactie aandacht te besteden aan ...`, Fin 2012 to the Eerste Kamer, probe58)
    # (`eerdere` before the promise, and a `zal` only inside a relative clause about something else: `Conform eerdere
    # toezegging aan de Tweede Kamer in de brief over de Voortgang Programma Aardgasvrije Wijken van 22-1-2020 informeer
    # ik u over de opzet van een onafhankelijke evaluatie ... die in 2022 zal worden uitgevoerd.`, BZK 2021, fix62 mined)
    rule("kept-conform", r"^(?!.*\b(?:voornemens|van\s+plan)\b)(?!(?:(?!\b(?:die|dat|welke)\s).)*?\b(?:zal|zullen)\b)"
                         r".*\b(conform|overeenkomstig)\s+(de\s+|mijn\s+|onze\s+)?(?:eerdere\s+)?toezegging\b",
         "Conform de toezegging in het Commissiedebat Luchtvaart van 1 juni 2022 is de Kamer regelmatig geïnformeerd.",
         KEPT, FLAGS),
    # a paper sent now as agreed with the committee or the Kamer, the agreement to send it the promise (`Bijgevoegd vindt
    # u, conform de afspraak met de commissie, de beantwoording van de vragen.`, KGG 2025, all130; `Zoals met uw Kamer
    # afgesproken stuur ik u hierbij ...`): kept; never an agreement with others (`conform afspraken met ketenpartners`)
    # nor a paper still to come
    rule("kept-as-agreed-now", r"^(?!.*\b(?:zal|zullen|zou|zouden)\b)(?=.*\b(?:bijgevoegd|bijgaand|hierbij|hiermee|"
                               r"met\s+deze\s+brief|(?:treft|vindt|ontvangt)\s+u|(?:stuur|zend|bied)\s+(?:ik|wij|we))\b)"
                               r".*\b(?:(?:conform|overeenkomstig|volgens)\s+(?:de\s+)?(?:gemaakte\s+)?afspraak\s+(?:met|in)\s+"
                               r"|zoals\s+(?:(?:met|in)\s+|afgesproken\s+(?:met|in)\s+))(?:de|uw)\s+(?:vaste\s+)?"
                               r"(?:commissie|Kamer|procedurevergadering)\b",
         "Bijgevoegd vindt u, conform de afspraak met de commissie, de beantwoording van de vragen.", KEPT, FLAGS),
    # `Zoals toegezegd ... informeer ik u hierbij` (not `Zoals toegezegd zal ik ...`), in either order
    # (`toegezegd` may carry a footnote marker glued to it in a text file: `Zoals toegezegd1, stuur ik u ...`)
    # (`In deze brief zal ik ... ingaan op` is this letter's outline, not a later paper: `Graag informeer ik uw Kamer in
    # deze hoofdlijnenbrief over de Europawet ..., zoals toegezegd tijdens het Commissiedebat ... In deze brief zal ik
    # achtereenvolgens ingaan op ...`, BZ 2022, fix74 held-out)
    rule("kept-as-promised-now", rf"^(?!.*{LATER_WILL}).*\b(zoals|conform)\b.{{0,60}}\btoegezegd\d{{0,2}}\b.*"
                                 rf"(\b(hierbij|hiermee|met deze brief|in deze brief|bijgaand)\b|\b{SEND_NOW}\s+{SENDER}\b)",
         "Zoals toegezegd in het commissiedebat van 8 juli 2022 informeer ik u hierbij over de stand van zaken.",
         KEPT, FLAGS),
    # (or as announced to the Kamer in a letter: `Middels deze brief wordt uw Kamer geïnformeerd over het samenhangend
    # pakket, zoals aangekondigd in de brief van de Minister-President van 25 oktober 2024 ...`, AenM 2025, probe79;
    # never an announcement elsewhere, `zoals aangekondigd in het coalitieakkoord`)
    rule("kept-now-as-promised", rf"^(?!.*{LATER_WILL}).*(\b(hierbij|hiermee|(?:met|in|middels) deze brief)\b|"
                                 rf"\b{SEND_NOW}\s+{SENDER}\b).*\b(zoals|conform)\b.{{0,60}}\b(?:toegezegd\d{{0,2}}\b|"
                                 rf"aangekondigd\s+in\s+(?:de|mijn|onze|een)\s+(?:\w+\s+)?\w*brief\b)",
         "In deze brief informeer ik u, zoals toegezegd aan het lid Koekkoek, over de voortgang.", KEPT, FLAGS),
    # the letter's own account told with `zal`, this letter or a part of it named as where (`Tevens zal ik in deze brief de
    # analyse van DUO over de mogelijkheden om het gebruik van de aanvullende beurs te vergroten verder toelichten, zoals
    # eerder toegezegd aan de Kamer.`, OCW 2022, all130; `Hieronder zal ik ... ingaan op ...`): the promise delivered
    # here; never a second future in the sentence, a paper still to come
    rule("kept-will-here-as-promised", rf"^(?!(?:.*?\b(?:zal|zullen)\b){{2}})(?=.*\b(?:zoals|conform)\b.{{0,60}}"
                                       rf"\btoegezegd\d{{0,2}}\b).*\b(?:{HERE_NOW}\s*,?\s+(?:zal|zullen)\s+{HERE_SUBJECT}|"
                                       rf"(?:zal|zullen)\s+{HERE_SUBJECT}\s+(?:(?:u|uw\s+Kamer)\s+)?(?:\w+\s+)?{HERE_NOW})"
                                       rf"\b[^.;]*?\b{EXPLAIN}\b",
         "Tevens zal ik in deze brief de analyse van DUO over de mogelijkheden om het gebruik van de aanvullende beurs te "
         "vergroten verder toelichten, zoals eerder toegezegd aan de Kamer.", KEPT, FLAGS),
    # a sentence that opens on the promise and reports what was done (`Zoals toegezegd aan het lid X ... is het
    # ministerie in gesprek gegaan`): the letter is the answer
    # (the Kamer `ontvangt` the promised letter later, not `hierbij`: `Zoals is toegezegd ... ontvangt uw Kamer begin
    # 2021 een brief over dit onderwerp.`, rules36 held-out probe, JenV 2020: not kept, the promise stands)
    # (who promised, where and when may take a dozen words before the verb, within one clause: `Zoals ik tijdens het AO
    # MIRT van 25 juni jl. aan uw Kamer heb toegezegd, heb ik recentelijk contact gehad met gedeputeerde Boerman.`, IenW
    # 2020, all150)
    rule("kept-as-promised-opening", r"^\W*(?!.*\b(zal|zullen)\b)(?!(?!.*\b(hierbij|bijgaand|hiermee)\b).*\bontvangt\b)"
                                     r"(zoals|conform)\s+([^\s,;:]+\s+){0,14}?toegezegd\d{0,2}\b",
         "Zoals toegezegd aan het lid Kröger in het Commissiedebat Verduurzaming luchtvaart op 16 juni 2022 is het "
         "ministerie van IenW in gesprek gegaan met de Duurzame Luchtvaarttafel.", KEPT, FLAGS),
    rule("kept-promised-to-inform", r"\b(heb ik|hebben wij|heeft de minister|is)\b.{0,80}\btoegezegd\d{0,2}\b.{0,120}"
                                    r"\b(te informeren|te rapporteren|uit te voeren|toe te sturen|te sturen)\b",
         "In het commissiedebat van 19 oktober jl. heb ik het lid Podt toegezegd uw Kamer te informeren over de "
         "wijze waarop de begeleiding van amv’s anders loopt dan gebruikelijk.", KEPT, FLAGS),
    # a written answer the minister announced to the Kamer, recounted in the letter that gives it: `Vandaag heb ik u
    # aangekondigd heden schriftelijk nader te antwoorden op vragen die de leden Van der Plas en Omtzigt stelden`
    # (AZ 2022, rules32 held-out probe); only the writer's own announcement of news to the Kamer, not of a measure
    rule("kept-announced-to-inform", r"\b(?:heb\s+ik|hebben\s+(?:wij|we))\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+"
                                     r"(?:\w+\s+){0,4}?aangekondigd\b.{0,120}?\b(?:te\s+informeren|te\s+antwoorden|"
                                     r"te\s+beantwoorden|te\s+berichten|toe\s+te\s+sturen|te\s+sturen)\b",
         "Vandaag heb ik u aangekondigd heden schriftelijk nader te antwoorden op vragen die de leden Van der Plas en "
         "Omtzigt stelden aan het einde van de tweede termijn van het debat over sms-berichten.", KEPT, FLAGS),
    rule("kept-promised-to-do", r"\btoegezegd\d{0,2}\b.{0,120}\b(te informeren|uit te voeren)\b",
         "In het Tweeminutendebat Verduurzaming luchtvaart op 25 mei jl. is toegezegd om een juridische analyse uit "
         "te voeren.", KEPT, FLAGS),
    # an explanation or reaction promised, recounted at the head of the letter that gives it: `In het debat met uw
    # Kamer van 13 november 2024 ... is toegezegd voorafgaand aan het plenaire debat over het demonstratierecht een
    # nadere duiding te geven op een aantal dilemma’s rondom demonstraties` (JenV/BZK 2025, rules46 probe)
    rule("kept-promised-to-explain", r"\btoegezegd\d{0,2}\b[^.;]{0,160}?\b(?:een|de|het|mijn|onze)\s+(?:\w+\s+){0,2}?"
                                     r"(?:duiding|toelichting|reactie|appreciatie|beschouwing|analyse|overzicht)\s+"
                                     r"(?:\w+\s+){0,2}?te\s+geven\b",
         "In het debat met uw Kamer van 13 november 2024 over de gewelddadigheden in Amsterdam op 7–8 november jl. is "
         "toegezegd voorafgaand aan het plenaire debat over het demonstratierecht een nadere duiding te geven op een "
         "aantal dilemma’s rondom demonstraties waarover in de samenleving veel discussie bestaat.", KEPT, FLAGS),
    # the minister recounting a promise of their own, in the letter that answers it
    # (also a number of them: `... zijn een aantal moties ingediend en heb ik een aantal toezeggingen gedaan.`, BZK 2016,
    # commit50 probe, the letter then gives their state)
    rule("kept-i-promised", r"\b(heb\s+ik|hebben\s+(wij|we))\b.{0,120}\b(toegezegd|(de|een|een\s+aantal|enkele|diverse|"
                            r"twee|drie)\s+toezegging(?:en)?\s+gedaan)\b",
         "In februari van 2020 heb ik de heer Groothuizen tijdens het Algemeen Overleg in de Tweede Kamer over het "
         "Vreemdelingenbeleid de toezegging gedaan het door hem gepresenteerde plan te bestuderen.", KEPT, FLAGS),
    # ... or said as what the writer stated they would send (`Tijdens het Algemeen Overleg Gevangeniswezen op 8 februari
    # jl. (Kamerstuk 24 587, nr. 679) heb ik aangegeven het u te zullen toesturen.`, VenJ 2017, probe59, the report then
    # sent as an annex); a stated intent only, never a stated limit (`heb ik aangegeven mijn visie niet eerder dan
    # uiterlijk in november aan uw Kamer te kunnen aanbieden`: no promise of `zullen`)
    # (or to look into a matter: `Tijdens het debat voor de JBZ-raad op 11 december jl. heb ik bij uw Kamer aangegeven te
    # willen onderzoeken hoe de behandeling van nareisaanvragen van Syriërs tijdelijk gepauzeerd zou kunnen worden`, AenM
    # 2024, probe79, the letter then reporting on it; never what the writer stated of the present, `te willen benadrukken`)
    rule("kept-said-would-send", r"\b(?:heb\s+ik|hebben\s+(?:wij|we))\b[^.;]{0,120}?\b(?:aangegeven|gemeld|laten\s+weten|"
                                 r"meegedeeld|aangekondigd)\b[^.;]{0,120}?\b(?:(?:toe\s+te\s+zullen\s+|te\s+zullen\s+(?:toe)?)"
                                 r"(?:sturen|zenden|doen\s+toekomen|aanbieden|informeren|rapporteren)|te\s+(?:zullen|willen)\s+"
                                 r"(?:onderzoeken|bezien|verkennen|uitzoeken|nagaan|bekijken))\b",
         "Tijdens het Algemeen Overleg Gevangeniswezen op 8 februari jl. (Kamerstuk 24 587, nr. 679) heb ik aangegeven "
         "het u te zullen toesturen.", KEPT, FLAGS),
    # this letter named as dealing with the promise now: `In deze brief ga ik in op de toezegging die ik heb gedaan
    # tijdens het commissiedebat`, `In deze brief kom ik ... terug op een aantal moties en toezeggingen` (AenM 2025),
    # `Met deze brief geef ik opvolging aan de toezegging`, `Deze brief is de uitwerking van
    # de toezegging`; or the promise as the occasion of informing now: `Naar aanleiding van mijn toezegging ...
    # informeer ik u hierbij`, `Ter uitvoering van de toezegging aan het lid Bikker informeer ik u over de uitkomsten`,
    # `In navolging van de toezegging van de Minister ... informeert het kabinet uw Kamer over` (rules36, AenM 2025), `In
    # lijn met de toezegging die de Minister-President deed tijdens de Algemene Politieke Beschouwingen ..., informeert
    # het kabinet u over de voortgang` (a JBZ agenda of 2025)
    rule("kept-this-letter", r"^(?!.*\b(?:zal|zullen|zou|zouden)\b)(?:"
                             r"(?=.*\b(?:(?:met|in|via)\s+deze\s+(?:\w*brief)|hierbij|hiermee|deze\s+brief\s+(?:is|bevat|"
                             r"vormt))\b).*\b(?:ga\s+ik|gaan\s+(?:wij|we)|wordt|beantwoord|geef|geven|is|bevat|vormt|"
                             r"reageer|informeer|kom\s+ik|komen\s+(?:wij|we))\b.{0,80}\b(?:in\s+op|ingegaan\s+op|opvolging|"
                             r"antwoord|uitwerking|beantwoord|informeer|terug\s+op)\b.{0,40}\b(?:de|mijn|onze|een|die|deze|twee|drie|enkele)?\s*"
                             r"toezegging|"
                             r"(?=.*\b(?:(?:met|in|via)\s+deze\s+(?:\w*brief)|hierbij|hiermee)\b).*\bbeantwoord\s+(?:ik|wij|we)\s+"
                             r"(?:\w+\s+)?(?:de|mijn|onze|een|die|deze)?\s*toezegging|"
                             r".*\b(?:naar\s+aanleiding\s+van|ter\s+uitvoering\s+van|in\s+(?:antwoord|reactie)\s+op|"
                             r"in\s+navolging\s+van|in\s+lijn\s+met|"
                             r"ingevolge)\s+(?:mijn|de|onze|een|die|deze)?\s*toezegging\w*\b.{0,200}\b(?:informeer|"
                             r"informeert|informeren\s+(?:wij|we)|"
                             r"bericht|stuur|zend|bied|ga\s+ik|treft\s+u|ontvangt\s+u)\b)",
         "In deze brief ga ik in op de toezegging die ik heb gedaan tijdens het commissiedebat.", KEPT, FLAGS),
    # the letter carries the promise out: `Met deze brief voer ik deze toezegging uit` (JenV 2022)
    rule("kept-carried-out", r"\bvoer(?:en)?\s+(?:ik|wij|we|het kabinet)\b.{0,60}\btoezegging\w*\b.{0,60}\buit\b",
         "Met deze brief voer ik deze toezegging uit en informeer ik uw Kamer over de voortgang.", KEPT, FLAGS),
    # this letter gives the state or progress of promises, a list of motions in parentheses between (`In deze brief
    # geven we een overzicht van de stand van zaken aangaande de moties (over incidentenregistratie, ...) en toezeggingen
    # (...) die in ons debat ... naar voren kwamen`, OCW 2019); never `zal` (`In een volgende brief zal ik ...`)
    rule("kept-state-in-this-letter", r"^(?!.*\b(?:zal|zullen|zou|zouden)\b).*\b(?:(?:met|in|via)\s+deze\s+\w*brief|hierbij|"
                                      r"hiermee)\b.{0,80}\b(?:stand\s+van\s+zaken|voortgang|uitvoering)\s+(?:weer\s+)?(?:van|aangaande|"
                                      r"rond|inzake|omtrent|betreffende|met\s+betrekking\s+tot)\s+(?:de\s+|mijn\s+|onze\s+|"
                                      r"verschillende\s+|diverse\s+|enkele\s+|een\s+aantal\s+)?(?:[–—]\s[^–—.;]{1,60}?\s[–—]\s+)?"
                                      r"(?:moties\s*(?:\([^()]*\)\s*)?(?:en|,)\s+)?toezegging",
         "In deze brief geven we een overzicht van de stand van zaken aangaande de moties (over incidentenregistratie en "
         "LHBTI-acceptatie in de lerarenopleidingen) en toezeggingen (over de aangifteverlegenheid) die in ons debat van 27 "
         "maart en 2 april naar voren kwamen.", KEPT, FLAGS),
    # this letter informs the Kamer on promises as a class (`Voorafgaand aan het zomerreces informeer ik uw Kamer in deze
    # brief over de moties en toezeggingen op het gebied van sport en bewegen.`, VWS 2024, rules41 held-out probe): the
    # letter keeps them, as `wordt uitvoering gegeven aan drie toezeggingen` does; never a later letter
    # ... the one who informs named in the third person or the Kamer informed in the passive, the promises' fulfilment
    # or state the matter (`In deze brief informeert minister Schouten de Tweede Kamer over de invulling van een aantal
    # toezeggingen uit het plenaire debat ...`, LNV 2019; `Met deze brief wordt de Tweede Kamer geïnformeerd over de
    # stand van zaken van diverse onderdelen van de stikstofaanpak aan de hand van nog openstaande moties en
    # toezeggingen.`, LNV 2021; commit50 probe); never a later letter
    rule("kept-informed-on-promises-told", rf"^(?!.*\b(?:zal|zullen|zou|zouden|later|{NEXT_NOT_LISTED}|komende)\b)"
                                           r"(?=.*\b(?:(?:met|in|via)\s+deze\s+\w*brief|hierbij|hiermee|graag\s+"
                                           r"(?:informeer|informeren|bericht|berichten)\s+(?:ik|wij|we))\b).*\b(?:"
                                           r"(?:informeert|informeren|informeer|bericht|berichten)\s+(?:(?:de\s+)?"
                                           r"(?:minister|staatssecretaris|minister-president)(?:\s+[\w'-]+)?|het\s+kabinet|"
                                           rf"de\s+regering|ik|wij|we)\s+{KAMER}|(?:wordt|worden)\s+{KAMER}\s+"
                                           r"(?:\w+\s+){0,2}?geïnformeerd)\b.{0,200}?\bover\s+(?:de\s+)?"
                                           r"(?:invulling|uitvoering|afdoening|afhandeling|voortgang|stand\s+van\s+zaken)\b"
                                           r"[^.;]{0,120}?"
                                           r"\btoezeggingen\b",
         "In deze brief informeert minister Schouten de Tweede Kamer over de invulling van een aantal toezeggingen uit het "
         "plenaire debat over de stikstofproblematiek van 17 oktober jl. en vragenuur van 29 oktober.", KEPT, FLAGS),
    rule("kept-informed-on-promises", rf"^(?!.*\b(?:zal|zullen|zou|zouden|later|{NEXT_NOT_LISTED}|komende)\b)"
                                      r"(?=.*\b(?:(?:met|in|via)\s+deze\s+\w*brief|hierbij|hiermee)\b).*\b(?:informeer|"
                                      r"informeren|bericht|berichten)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b"
                                      r"[^.;]{0,60}?\bover\s+(?:de\s+|enkele\s+|een\s+aantal\s+|diverse\s+|verschillende\s+)?"
                                      r"(?:\w+\s+){0,2}?(?:moties\s+en\s+(?:enkele\s+|een\s+aantal\s+|diverse\s+)?)?"
                                      r"toezeggingen\b",
         "Voorafgaand aan het zomerreces informeer ik uw Kamer in deze brief over de moties en toezeggingen op het gebied "
         "van sport en bewegen.", KEPT, FLAGS),
    # an annex of this letter on promises as a class (`Als bijlagen bij deze brief treft u aan de voortgangsberichten
    # inzake ... alsmede een bijlage ten aanzien van diverse nog openstaande toezeggingen aan uw Kamer`, VenJ 2016,
    # commit50 probe): the letter keeps them; never a later paper
    rule("kept-annexed-promises", r"^(?!.*\b(?:zal|zullen|zou|zouden|later|volgende|komende)\b).*\b(?:(?:als|in\s+de)\s+"
                                  r"bijlagen?\b[^.;]{0,40}?\btreft\s+u|treft\s+u\b[^.;]{0,40}?\b(?:als|in\s+de)\s+bijlagen?|"
                                  r"bijgaand\s+treft\s+u)\b[^.;]{0,200}?\b(?:overzicht|stand\s+van\s+zaken|bijlage)\s+(?:van|"
                                  r"ten\s+aanzien\s+van|inzake|over|met\s+betrekking\s+tot|aangaande)\s+(?:de\s+|diverse\s+|"
                                  r"enkele\s+|een\s+aantal\s+|alle\s+)?(?:nog\s+)?(?:openstaande\s+)?(?:moties\s+en\s+)?"
                                  r"toezeggingen\b",
         "Als bijlagen bij deze brief treft u aan de voortgangsberichten inzake de vorming van de nationale politie, het "
         "aanvalsprogramma informatievoorziening politie (AVP), versterking van de opsporing, het politieonderwijs alsmede "
         "een bijlage ten aanzien van diverse nog openstaande toezeggingen aan uw Kamer.", KEPT, FLAGS),
    # this letter sends or goes into the promised paper now, named by the adjective: `Naast de overwegenaanpak en het
    # toegezegde plan van aanpak, ga ik in op diverse onderwerpen die te maken hebben met spoorveiligheid.` (IenW 2023,
    # fix74 sentence audit), `Hierbij stuur ik u de toegezegde notitie`; never a later paper (`zal`, `volgende`, `na de
    # zomer`)
    rule("kept-promised-paper-sent", NOT_LATER +
                                     rf"(?!.*\b(?:na|voor|vóór|in|begin|eind|medio|rond|uiterlijk)\s+(?:de\s+|het\s+)?(?:{WHEN}))"
                                     rf"(?=.*\b(?:hierbij|bijgaand|hiermee|(?:stuur|zend|bied)\s+(?:ik|wij|we)|(?:ga|gaan)\s+"
                                     rf"(?:ik|wij|we)\s+(?:\w+\s+){{0,2}}?in\s+op)\b).*\b(?:het|de|mijn|onze)\s+toegezegde\s+"
                                     rf"(?:\w+\s+)?(?:{DELIVERABLE}|{SENT_PAPER}|plan\s+van\s+aanpak)\b",
         "Naast de overwegenaanpak en het toegezegde plan van aanpak, ga ik in op diverse onderwerpen die te maken hebben "
         "met spoorveiligheid.", KEPT, FLAGS),
    # this letter holds the paper promised before, named by a relative clause: `Ten tweede wordt in deze brief de
    # voortgangsrapportage «migratie en ontwikkeling» geïntegreerd die eerder aan uw Kamer werd toegezegd.` (VenJ 2015)
    rule("kept-promised-paper-here", r"^(?!.*\b(?:zal|zullen|zou|zouden)\b)(?=.*\b(?:(?:met|in|via)\s+deze\s+\w*brief|"
                                     r"hierbij|hiermee|bijgaand)\b).*\b(?:die|dat|welke)\s+(?:\w+\s+){0,6}?"
                                     r"(?:is|werd|was|zijn|werden|waren|heb|hebben)\s+(?:\w+\s+){0,2}?toegezegd\d{0,2}\b",
         "Ten tweede wordt in deze brief de voortgangsrapportage «migratie en ontwikkeling» geïntegreerd die eerder aan "
         "uw Kamer werd toegezegd.", KEPT, FLAGS),
    # a promise still to be kept told again as promised before, `zoals toegezegd` beside the future (`Zoals ik in het AO MIRT
    # van juni heb toegezegd, zal ik voor het NO MIRT van november met een reactie op het Deltaplan komen`, IenW, all126;
    # `In dezelfde brief zal ik u, zoals eerder toegezegd, ook informeren over de ontwikkelingen in de uurprijzen`, all130):
    # made before, mentioned here; this letter or a part of it named as where keeps it (`kept-will-here-as-promised`)
    # (also the present for the future, the Kamer receiving: `Zoals is toegezegd op 12 november jl. door de Minister van
    # Sociale Zaken en Werkgelegenheid ontvangt uw Kamer begin 2021 een brief over dit onderwerp`, JenV 2020)
    rule("mentioned-restated-as-promised", rf"^(?=.*\bzoals\s+(?:\w+\s+){{0,8}}?toegezegd\d{{0,2}}\b)"
                                           rf"(?!.*\b(?:hierbij|hiermee|bijgaand|bijgevoegd|{HERE_NOW})\b)"
                                           rf".*(?:{LATER_WILL}|\b(?:ontvangt|ontvangen)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b)",
         "Zoals ik in het AO MIRT van juni heb toegezegd, zal ik voor het NO MIRT van november met een reactie op het "
         "Deltaplan komen.", MENTIONED, FLAGS),
    # a recurring promise told in the habitual present (`Ieder jaar voor de zomer informeer ik uw Kamer over ontwikkelingen
    # in het gevangeniswezen ...`, JenV 2024, probe59 held-out, the sixth yearly letter follows `Hierbij ontvangt u de zesde
    # voortgangsbrief.`): a standing promise, not one made here; kept when the next sentence says this letter delivers
    # (``DELIVERY_RULES``), else only mentioned; `zal` or `blijf` make it a promise again (below)
    rule("mentioned-recurring", rf"^(?!.*\b(?:zal|zullen|zult|blijf|blijft|blijven)\b)(?:.*\b(?:{RECURRING})\b[^.;]{{0,80}}?"
                                rf"\b(?:{HABITUAL_SEND})\b|.*\b(?:{HABITUAL_SEND})\b[^.;]{{0,80}}?\b(?:{RECURRING})\b)",
         "Ieder jaar voor de zomer informeer ik uw Kamer over ontwikkelingen in het gevangeniswezen en de uitvoering van de "
         "visie «Recht doen, kansen bieden» over effectieve gevangenisstraffen.", MENTIONED, FLAGS),
    # the separable `toezeggen` in the present, the writer to the Kamer: `dan zeg ik u graag alle medewerking toe voor
    # een vertrouwelijke technische briefing` (JenV 2018)
    rule("made-say-to", rf"\b(?:zeg|zeggen)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b[^.;]{{0,120}}?\btoe\b",
         "Om uw Kamer goed te informeren ter voorbereiding op het algemeen overleg op 15 maart aanstaande zeg ik u graag "
         "alle medewerking toe voor een vertrouwelijke technische briefing.", MADE, FLAGS),
    # (or `verwachten` with the papers named: `In april kunt u nog twee brieven verwachten die betrekking hebben op
    # onderdelen van de preventieve gezondheidszorg: ...`, VWS 1997, commit50 probe; never what the Kamer may expect of
    # the writer's conduct, `U kunt van mij verwachten dat ...`)
    # (the papers in the plural and without an article, after the date they are due by: `Uw Kamer mag uiterlijk begin
    # 2011 reacties verwachten op een vijftal verzoeken van de Vaste Kamer Commissie`, Immigratie en Asiel 2010, probe59)
    rule("made-look-forward", rf"\b({KAMER}\s+(kunt|kan|mag)|(kunt|kan|mag)\s+{KAMER})\b.{{0,160}}"
                              r"\btegemoet\s*(te\s+)?zien\b|"
                              rf"\b(?:{KAMER}\s+(?:kunt|kan|mag)|(?:kunt|kan|mag)\s+{KAMER})\b[^.;:]{{0,60}}?\b(?:(?:een|de|het|"
                              r"twee|drie|vier|vijf|nog|mijn|onze)\s+|(?<=\d\s))(?:\w+\s+){0,2}?(?:\w*brie(?:f|ven)|"
                              r"\w*rapport\w*|\w*reacties?|\w*notities?|nota'?s|nota|\w*standpunt(?:en)?|antwoorden|"
                              r"\w*voorstel(?:len)?|evaluaties?|overzicht(?:en)?)\s+(?:\w+\s+){0,4}?verwachten\b",
         "U kunt de brief spoedig, uiterlijk voor het einde van het meireces, tegemoet zien.", MADE, FLAGS),
    # the plan told as a noun: `Onze planning is nu om de opzet medio april naar de Kamer te sturen`
    # (also the expectation told as a noun, with the Kamer informed or receiving in its `dat` clause: `De verwachting is
    # dat ik uw Kamer na de zomer kan informeren`, `De planning is dat uw Kamer de resultaten in het voorjaar ontvangt`)
    # (or the noun after its verb, the plan's `het` opening: `Het is mijn bedoeling uw Kamer hierover in het eerste kwartaal
    # van 2013 nader te informeren`, OCW's answers of 2012, all141)
    rule("made-plan-is", rf"\b(?:(planning|streven|voornemen|inzet|bedoeling)\s+is|is\s+(?:mijn|ons|onze|het)\s+"
                         rf"(?:planning|streven|voornemen|bedoeling|intentie))\b.{{0,120}}\b{KAMER}\b.{{0,120}}"
                         rf"\bte\s+{INFORM}|"
                         # (never the Kamer said informed now: `De verwachting is dat uw Kamer hiermee voldoende is
                         # geïnformeerd`)
                         rf"^(?!.*\b(?:hiermee|hierbij|daarmee|is\s+geïnformeerd)\b).*\b(?:planning|streven|verwachting|"
                         rf"bedoeling)\s+is\s+dat\b[^.;]{{0,80}}?\b{KAMER}\b[^.;]{{0,120}}?\b(?:(?:kan|kunnen|zal|zullen)\s+"
                         r"(?:\w+\s+){0,3}?(?:informeren|berichten|sturen|toesturen|toezenden|zenden)|ontvangt|ontvangen|"
                         r"wordt\s+(?:\w+\s+){0,3}?geïnformeerd)\b",
         "Onze planning is nu om de opzet medio april naar de Kamer te sturen.", MADE, FLAGS),
    # the answer itself as subject, in a letter asking for more time: `Beantwoording zal zo spoedig mogelijk plaatsvinden`
    # (not another's reaction: `De reactie van de gemeente zal volgen`); also in the present with a when (`Een
    # inhoudelijke reactie volgt voor de zomer`, `De beleidsreactie volgt na de zomer`), never a pointer inside the
    # letter (`De reactie volgt hieronder`)
    rule("made-answer-follows", r"^\W*(?:(?:de|een|mijn|onze)\s+)?(?:(?:inhoudelijke|schriftelijke|nadere|volledige)\s+)?"
                                r"(?:beantwoording|antwoorden|kabinetsreactie|beleidsreactie|kabinetsappreciatie|"
                                r"reactie(?!\s+van\s+(?:de|het)\s+(?!kabinet|regering|minister|staatssecretaris)))\b[^.;]{0,80}?"
                                r"\b(?:(?:zal|zullen)\s+(?:\w+\s+){0,4}?(?:plaatsvinden|plaatshebben|volgen)\b|(?:volgt|volgen|vindt)\s+"
                                r"(?:(?!hieronder|hierna|onder|in\s+(?:paragraaf|hoofdstuk|de\s+bijlage))\w+\s+){0,3}?"
                                r"(?:voor|vóór|na|in\s+(?:het|de)|uiterlijk|begin|eind|medio|zo\s+spoedig|binnen|spoedig|"
                                r"later|zodra|rond)\b|(?:volgt|volgen)\s*(?:[.;]\s*)?$|(?:volgt|volgen)\s+(?:nog|nader|later|"
                                r"apart|separaat)\b)",
         "Beantwoording zal zo spoedig mogelijk plaatsvinden.", MADE, FLAGS),
    # a promise whose paper goes to the Kamer, others named beside it: `Ik zal daarover uiterlijk half februari 2010
    # duidelijkheid kunnen geven in een brief aan het Indisch Platform en aan uw Kamer` (a letter asking for more time
    # to answer Kamervragen, VWS 2009)
    rule("made-letter-to-kamer", rf"\b(?:{SENDER}\s+{PROMISE}|{PROMISE}\s+{SENDER})\b[^.;]{{0,160}}?\b(?:in|per|bij)\s+"
                                 r"(?:een|de|mijn|onze)\s+(?:\w+\s+)?\w*(?:brief|rapportage|notitie)\s+aan\s+"
                                 rf"(?:[^.;]{{0,60}}?\s+(?:en|alsmede)\s+(?:aan\s+)?)?{KAMER_NOUN}\b",
         "Ik zal daarover uiterlijk half februari 2010 duidelijkheid kunnen geven in een brief aan het Indisch Platform "
         "en aan uw Kamer.", MADE, FLAGS),
    # a paper the writer can send by a term (letters asking for more time): `Deze brief kan ik binnen enkele weken
    # naar uw Kamer verzenden`; never `kan ... niet`
    rule("made-can-send", rf"^(?!.*\bniet\b).*\b(?:kan\s+(?:ik|wij|we)|(?:ik|wij|we)\s+kan|kunnen\s+(?:wij|we)|"
                          rf"(?:wij|we)\s+kunnen)\b.{{0,80}}\b(?:binnen|uiterlijk|voor|vóór|na|rond)\b.{{0,80}}"
                          rf"\b(?:naar|aan)\s+{KAMER_NOUN}\s+(?:te\s+)?(?:verzenden|versturen|sturen|zenden|toesturen|"
                          r"toezenden|aanbieden)\b",
         "Deze brief kan ik binnen enkele weken naar uw Kamer verzenden.", MADE, FLAGS),
    # the writer's hedged expectation with the infinitive, either order (`Om die reden denk ik uw Kamer uiterlijk februari
    # 2020 nader te kunnen informeren.`, JenV 2019, cmt96 probe; `Ik hoop u voor de zomer de resultaten te kunnen sturen`);
    # never an opinion in a `dat` clause (`Ik denk dat de Kamer goed is geïnformeerd`)
    rule("made-think-to-inform", rf"\b(?:{SENDER}\s+(?:denk|denken|hoop|hopen)|(?:denk|denken|hoop|hopen)\s+{SENDER})\b"
                                 rf"(?![^.;]*\b(?:dat|niet)\b)[^.;]{{0,160}}?\b{KAMER}\b[^.;]{{0,160}}?\b(?:te\s+(?:kunnen\s+)?"
                                 r"(?:informeren|berichten|sturen|zenden|toezenden|rapporteren|doen\s+toekomen)|"
                                 r"(?:toe|aan)\s+te\s+(?:kunnen\s+)?(?:sturen|zenden|bieden))\b",
         "Om die reden denk ik uw Kamer uiterlijk februari 2020 nader te kunnen informeren.", MADE, FLAGS),
    # `Ik zal uw Kamer ... informeren`, `zal het ministerie ... elk jaar een rapportage naar de Kamer sturen`
    rule("made-sender-will", rf"\b{SENDER}\s+{PROMISE}\b.{{0,120}}\b{KAMER}\b.{{0,160}}\b{INFORM}",
         "Ik zal uw Kamer voor de zomer informeren over de uitkomsten.", MADE, FLAGS),
    # (an aside between dashes does not count to the reach: `zal het kabinet – zodra de betreffende stukken beschikbaar
    # zijn – voorafgaande aan de desbetreffende Raad de definitieve (concept)versie van de richtlijn aan u doen toekomen`)
    rule("made-will-sender", rf"\b{PROMISE}\s+{SENDER}\b(?:\s+[–—]\s[^–—.;]{{1,100}}?\s[–—])?.{{0,120}}\b{KAMER}\b"
                             rf".{{0,120}}\b{INFORM}",
         "Om samenhang, overzicht en doorwerking te borgen zal het ministerie van IenW elk jaar een rapportage naar de "
         "Kamer sturen over ‘water en bodem sturend’.", MADE, FLAGS),
    # the promise in a second clause whose subject is left out after `en`, the first told of the writer in any tense (`Ik
    # heb u hierover in juni geïnformeerd en zal u in december op basis van de meest recente cijfers nogmaals informeren.`,
    # SZW 2018, all130; `Ik onderschrijf dat belang en zal uw Kamer voor de zomer informeren`); never across a clause of
    # another subject (`... dat de NZa ... en zal ...`)
    rule("made-and-will", rf"\b{SENDER}\s+\w+\b(?:(?!\b(?:dat|die|of|omdat|als|wanneer|zodra|indien)\b)[^.;]){{0,160}}?"
                          rf"\ben\s+(?:zal|zullen)\s+{KAMER}\b[^.;]{{0,160}}?\b{INFORM}",
         "Ik heb u hierover in juni geïnformeerd en zal u in december op basis van de meest recente cijfers nogmaals "
         "informeren.", MADE, FLAGS),
    # the paper first, the sender after the modal: `De gevraagde Kamerbrief en de hiermee samenhangende vragen zal de
    # staatssecretaris van Justitie en Veiligheid ... sturen` (an answer in a begrotingsbehandeling, JenV 2018); never
    # a paper sent to others (`... aan de gemeenten sturen`) nor one not sent
    rule("made-paper-first", rf"^(?!.*\bniet\b)\W*(?:de|het|deze|die)\s+(?:[\w-]+\s+){{0,3}}?(?:\w*kamerbrief|"
                             rf"{SENT_PAPER})\b[^.;]{{0,120}}?\b(?:zal|zullen)\s+{SENDER}\b"
                             rf"(?:(?!\b(?:aan|naar)\s+(?!{KAMER}\b))[^.;]){{0,160}}?\b(?:sturen|toesturen|toezenden|"
                             r"zenden|versturen|verzenden|aanbieden|doen\s+toekomen|beantwoorden)\b",
         "De gevraagde Kamerbrief en de hiermee samenhangende vragen zal de staatssecretaris van Justitie en Veiligheid "
         "mede namens de minister van Buitenlandse Zaken en minister voor Buitenlandse Handel en "
         "Ontwikkelingssamenwerking sturen.", MADE, FLAGS),
    # proposing to inform the Kamer later, as a letter asking for more time writes it: `Om die reden verzoek ik u om
    # uitstel van een inhoudelijke reactie ... Ik stel voor u uiterlijk 21 juni nader te berichten.` (EZK 2019, probe68
    # held-out, fixed after scoring it); proposing what the Kamer does is none (`Ik stel voor dat uw Kamer ...`)
    rule("made-propose-to-inform", rf"\b{PROPOSE}\s+(?:u\s+)?voor\s+(?:om\s+)?{KAMER}\b"
                                   r"(?:(?!\b(?:dat|die)\b)[^.;]){0,80}?\b(?:nader\s+)?te\s+(?:informeren|berichten|"
                                   rf"sturen|zenden|rapporteren|doen\s+toekomen)\b|\b{PROPOSE}\s+voor\s+(?:om\s+)?"
                                   r"(?:de|het|een|mijn|onze)\s+[^.;]{0,60}?\baan\s+"
                                   rf"{KAMER_NOUN}\s+(?:toe\s+)?te\s+(?:sturen|zenden)\b",
         "Ik stel voor u uiterlijk 21 juni nader te berichten.", MADE, FLAGS),
    # the Kamer left implicit, as a letter asking for more time writes it: `We verwachten deze eind oktober te kunnen
    # sturen`, `Ik verwacht de antwoorden binnen drie weken te kunnen sturen` (a paper or a pronoun for it as the
    # object; never sent to another: `... aan de gemeenten te sturen`)
    rule("made-expect-to-send", rf"\b(?:ik|wij|we|het kabinet)\s+(?:verwacht|verwachten|streef|streeft|streven)\s+"
                                rf"(?:er\s?naar\s+)?(?:om\s+)?(?:u\s+|uw\s+Kamer\s+|de\s+Kamer\s+)?(?:deze|die|ze|hem|(?:de|het|een|mijn|onze)\s+(?:\w+\s+){{0,2}}?"
                                rf"{SENT_PAPER})\b(?:(?!\b(?:aan|naar)\b)[^.;]){{0,100}}\b(?:in\s+)?te\s+(?:kunnen\s+)?"
                                r"(?:sturen|versturen|toesturen|zenden|verzenden|toezenden|doen\s+toekomen|beantwoorden|"
                                r"aanbieden|leveren|opleveren|dienen)\b|"
                                # (any sender and promise verb: `Ik streef ernaar de vragen zo spoedig mogelijk te
                                # beantwoorden`)
                                rf"\b{SENDER}\s+{PROMISE}(?:\s+er\s?naar)?\s+(?:deze|die|dit|ze|de\s+(?:vragen|antwoorden|"
                                r"beantwoording|reactie|brief|rapportage))\b(?:(?!\b(?:dat|die|niet)\b).){0,60}\bte\s+"
                                r"(?:kunnen\s+)?(?:sturen|versturen|zenden|toezenden|beantwoorden|leveren|doen\s+toekomen)\b",
         "We verwachten deze eind oktober te kunnen sturen.", MADE, FLAGS),
    # the Kamer's questions answered later, the Kamer left implicit, as a letter that cannot answer them yet writes it:
    # `Omdat de vragen over hetzelfde onderwerp gaan, zal ik deze gelijktijdig beantwoorden.` (Def 2016, cmt101 pool A),
    # `Ik zal de vragen van uw Kamer zo spoedig mogelijk na het beschikbaar komen van deze aanvullende informatie
    # beantwoorden.` (IenW 2018), `De resterende vragen zal ik beantwoorden tijdens mijn eerste termijn.`, or in the
    # passive (`De vragen zullen zo spoedig mogelijk worden beantwoord.`); never the questions this paper answers now or
    # in the order it sets out (`Hieronder zal ik de vragen beantwoorden in de volgorde waarin zij zijn gesteld`), never
    # `niet`, never a question (`Zult u ...?` is no `zal`)
    rule("made-will-answer-questions", rf"^(?!.*\b(?:niet|hierbij|hieronder|hierna|hiermee|navolgende|onderstaande?|"
                                       r"bijgaand|volgorde|paragraaf|hoofdstuk|in\s+deze\s+(?:brief|nota|memorie|bijlage|"
                                       r"reactie))\b)(?!.*\?\s*$)(?:"
                                       rf".*\b{SENDER_WILL}\b[^.;]{{0,100}}?"
                                       r"\b(?:vragen|kamervragen|deze|die|ze)\b[^.;]{0,120}?\bbeantwoorden\b|"
                                       r".*\b(?:vragen|kamervragen)\b[^.;]{0,60}?\b(?:zal|zullen)\s+"
                                       rf"(?:{SENDER}\s+(?:\w+\s+){{0,6}}?beantwoorden|(?:\w+\s+){{0,6}}?worden\s+"
                                       r"beantwoord)\b)",
         "Omdat de vragen over hetzelfde onderwerp gaan, zal ik deze gelijktijdig beantwoorden.", MADE, FLAGS),
    # the Kamer's questions or amendments answered in the debate itself, the writer's term or the debate named as where
    # (`Op wijzigingen en nieuwe amendementen van na die datum zal ik reageren in mijn eerste termijn tijdens de
    # voortzetting van de plenaire behandeling`, all131; `Op alle andere vragen zal ik in mijn eerste termijn ingaan`, `De
    # overige gestelde vragen zal ik tijdens het vervolg van het debat ... in mijn eerste termijn beantwoorden`, BZK 2024):
    # a reply promised to the Kamer; never one given (`ben ik ingegaan`), never `niet`, never a question
    rule("made-answer-in-debate", rf"^(?!.*\b(?:niet|hierbij|hiermee)\b)(?!.*\?\s*$)"
                                  rf"(?=.*\b{DEBATE_PLACE})"
                                  rf".*\b{SENDER_WILL}\b[^.;]{{0,200}}?"
                                  r"\b(?:ingaan|in\s+gaan|reageren|beantwoorden|antwoorden|terugkomen|terug\s+komen)\b",
         "Op wijzigingen en nieuwe amendementen van na die datum zal ik reageren in mijn eerste termijn tijdens de "
         "voortzetting van de plenaire behandeling.", MADE, FLAGS),
    # a promise hedged as an attempt, the Kamer or a paper for it named (`Daarom zullen wij trachten in het voorjaar - ruim
    # voor Prinsjesdag - een volwaardige dummy begroting met u afstemmen.`, all131; `Ik zal trachten de antwoorden zo
    # spoedig mogelijk te sturen`, an earlier session's miss): still a promise; never an attempt at policy (`Wij zullen
    # trachten de uitstoot te verminderen`), never another's, never `niet`
    rule("made-will-try", rf"^(?!.*\bniet\b)(?!.*\?\s*$).*\b{SENDER_WILL}\s+"
                          rf"(?:\w+\s+){{0,2}}?(?:trachten|proberen|pogen)\b[^.;]{{0,200}}?(?:\b{KAMER}\b[^.;]{{0,160}}?"
                          rf"\b(?:{INFORM}|af\s*(?:te\s+)?stemmen|(?:te\s+)?delen)\b|\b{SENT_PAPER}\b[^.;]{{0,120}}?\bte\s+"
                          r"(?:sturen|versturen|zenden|toezenden|beantwoorden|leveren|doen\s+toekomen)\b)",
         "Daarom zullen wij trachten in het voorjaar - ruim voor Prinsjesdag - een volwaardige dummy begroting met u "
         "afstemmen.", MADE, FLAGS),
    # a report promised with the Kamer left implicit, as answers and lists of questions write it (`De Ministers van
    # Financiën en EZK zullen begin 2020 rapporteren over hoe een fonds kan worden opgericht ...`, IenW 2019, all126);
    # never a report to others (`aan de Europese Commissie`), never this letter (`in deze brief`), never `niet`
    rule("made-will-report", rf"^(?!.*\bniet\b)(?!.*\?\s*$)(?!.*\b(?:in|met)\s+deze\s+\w*brief\b).*\b{SENDER_WILL}\b"
                             rf"(?:(?!\baan\s+(?!{KAMER}\b))[^.;]){{0,120}}?"
                             rf"\b(?:rapporteren|verslag\s+(?:doen|uitbrengen))\s+(?:over|van|aan\s+{KAMER_NOUN})\b",
         "De Ministers van Financiën en EZK zullen begin 2020 rapporteren over hoe een fonds kan worden opgericht om het "
         "verdienvermogen te versterken.", MADE, FLAGS),
    # research the writer has carried out, told in the present, as answers to Kamervragen write it (`Tevens laat ik een
    # onderzoek uitvoeren door de Rijksuniversiteit Groningen, om te bezien of ...`, IenW 2019, all134; `Ik laat onderzoeken
    # of ...`): README's `carry out research`, the plan of the one answering; never research had done (`Ik heb een
    # onderzoek laten uitvoeren`), another's (`De NVWA laat ...`), a question, or `niet`
    rule("made-have-research-done", r"^(?!.*\bniet\b)(?!.*\?\s*$).*\b(?:laat\s+(?:ik|wij|we|het\s+kabinet)|(?:ik|wij|we)\s+"
                                    r"la(?:at|ten)|het\s+kabinet\s+laat)\s+(?:(?:\w+\s+){0,4}?(?:\w*onderzoek|verkenning|analyse|"
                                    r"evaluatie|inventarisatie|quickscan)\s+(?:[^.;]{0,120}?\s)?(?:uitvoeren|verrichten|doen|"
                                    r"instellen|opstellen)|(?:\w+\s+){0,3}?(?:onderzoeken|verkennen|uitzoeken|inventariseren|"
                                    r"in\s+kaart\s+brengen))\b",
         "Tevens laat ik een onderzoek uitvoeren door de Rijksuniversiteit Groningen, om te bezien of voor een deel van de "
         "ADHD-examenkandidaten de rijtest achterwege kan blijven.", MADE, FLAGS),
    # the Kamer as `U` opening the sentence, told it will be informed (`U wordt hierover nader geïnformeerd.`, an answer to
    # feitelijke vragen, OCW 2021; the order of `Hierover wordt u geïnformeerd`, which `made-kamer-informed` reads);
    # never informed now or before, never `niet`, never a promise told (`is toegezegd dat ...` is mentioned below)
    rule("made-you-will-be-informed", r"^(?!.*\b(?:niet|toegezegd|toezegging|hierbij|hiermee|bijgaand|reeds|eerder|"
                                      r"met\s+deze\s+brief|in\s+deze\s+brief)\b)\W*U\s+(?:wordt|zult|zal)\b[^.;?]{0,160}?"
                                      rf"\b{INFORMED}\b",
         "U wordt hierover nader geïnformeerd.", MADE, FLAGS),
    # the paper sent to the Kamer told with the verbs last, in a subordinate clause (`... mijn eindoordeel over het
    # Aanvalsprogramma Informatievoorziening Politie (AVP; 2011–2017) wat ik eind dit jaar bij de Voortgangsbrief vorming
    # nationale politie aan uw Kamer zal sturen.`, JenV 2017) or in the passive (`waarna ... de uitkomsten middels een
    # kabinetsstandpunt aan de Tweede en Eerste Kamer zal worden toegezonden`, BZK 2015; commit50 probe); never `niet`
    rule("made-to-kamer-verb-last", rf"^(?!.*\bniet\b).*\b(?:aan|naar)\s+{KAMER}\s+(?:zal|zullen)\s+(?:worden\s+"
                                    rf"{PASSIVE_SENT}|(?:\w+\s+)?(?:sturen|zenden|toesturen|toezenden|versturen|verzenden|"
                                    r"aanbieden|voorleggen|doen\s+toekomen))\b",
         "Dit rapport zal ik betrekken bij mijn eindoordeel over het Aanvalsprogramma Informatievoorziening Politie (AVP; "
         "2011–2017) wat ik eind dit jaar bij de Voortgangsbrief vorming nationale politie aan uw Kamer zal sturen.", MADE,
         FLAGS),
    # a subordinate clause: `waarover ik uw Kamer dit najaar zal berichten`
    rule("made-subordinate", rf"\b(ik|wij|we|het kabinet)\s+{KAMER}\b.{{0,100}}\b(zal|zullen)\s+(\w+\s+)?{INFORM}",
         "Voor de inzet op sleuteltechnologieën werk ik aan een Nationale Technologiestrategie, die meer richting zal "
         "geven aan de publieke inzet, en waarover ik uw Kamer dit najaar zal berichten.", MADE, FLAGS),
    # (also the Kamer named in full: `De Erfgoedwet 2016 zal in 2021 worden geëvalueerd. Hierover zal de Tweede Kamer
    # geïnformeerd worden.`, OCW 2019, rules46 probe)
    rule("made-kamer-informed", rf"\b(wordt|worden|zal|zullen)\s+(uw Kamer|u|de (?:Tweede |Eerste )?Kamer)\b.{{0,160}}"
                                rf"\b{INFORMED}",
         "Hierover wordt de Kamer door de Staatssecretaris van IenW geïnformeerd.", MADE, FLAGS),
    # the Kamer as subject, anywhere in the sentence: `..., en uw Kamer zal hierover, net als eerder, worden geïnformeerd`
    # (not the object of a promise told: `is toegezegd dat de Kamer wordt geïnformeerd` is mentioned below)
    rule("made-kamer-will-be-informed", rf"^(?!.*\b(toegezegd|toezegging)\b).*\b{KAMER_NOUN}\s+(wordt|zal)\b.{{0,160}}"
                                        rf"\b{INFORMED}",
         "Het volgende rapport wordt in het voorjaar verwacht en uw Kamer zal hierover, net als over de vorige "
         "rapporten, worden geïnformeerd.", MADE, FLAGS),
    # the Kamer as subject of a subordinate clause in the future passive, `u` included: `Na overleg met de griffie is
    # afgesproken dat u niet middels een BNC-fiche zal worden geïnformeerd maar per brief` (VWS 2012, probe58); never a
    # `niet` without the `maar` that turns it (`Het is niet zeker dat u voor de zomer zal worden geïnformeerd`), never a
    # promise told (`is toegezegd dat ...` is mentioned below)
    rule("made-that-kamer-will-be-informed", rf"^(?!.*\b(?:toegezegd|toezegging)\b)(?!.*\bniet\b(?![^.;]*\bmaar\b))"
                                             rf".*\bdat\s+{KAMER}\b[^.;]{{0,120}}\b(?:(?:zal|zullen)\s+worden\s+{INFORMED}|"
                                             rf"{INFORMED}\s+(?:zal|zullen)\s+worden)\b",
         "Na overleg met de griffie is afgesproken dat u niet middels een BNC-fiche zal worden geïnformeerd maar per "
         "brief.", MADE, FLAGS),
    # the Kamer as subject of `zult ... ontvangen`: `U zult deze informatie tegelijkertijd met ... ontvangen`
    rule("made-kamer-will-receive", rf"^(?!.*\bniet\b).*\b(?:u|uw Kamer)\s+(?:zult|zal)\b.{{0,160}}\bontvangen\b",
         "U zult deze informatie tegelijkertijd met de andere verzoeken om informatie over ProRail ontvangen.", MADE,
         FLAGS),
    # subject last, passive: `waarover uw Kamer nog geïnformeerd zal worden`
    rule("made-kamer-informed-later", rf"\b{KAMER_NOUN}\b.{{0,100}}\b{PASSIVE_SENT}\s+(zal|zullen)\s+worden\b",
         "Dit kabinet werkt tevens aan een Lange-termijn Ruimtevaartagenda, waarover uw Kamer nog geïnformeerd zal "
         "worden.", MADE, FLAGS),
    # `De resultaten zullen in het voorjaar aan uw Kamer worden aangeboden`, `... en dan ook met uw Kamer worden gedeeld`
    # (also in the present passive with a when: `Het rapport wordt voor de zomer aan uw Kamer aangeboden`, `De
    # evaluatie wordt na afronding aan uw Kamer toegezonden`, and the participle first: `Zodra de partijen aan de
    # hoofdtafel tot een onderhandelaarsakkoord zijn gekomen, wordt deze verstuurd aan de Kamer`, LNV 2023)
    # (the participle before the Kamer: `De voortgang zal worden gerapporteerd in de jaarlijkse voortgangsrapportage aan
    # uw Kamer`)
    rule("made-sent-to-kamer", rf"\b(zal|zullen)\b.{{0,160}}\b{KAMER}\b.{{0,60}}\b(worden|zijn)\s+{PASSIVE_SENT}|"
                               rf"\b(?:zal|zullen)\s+(?:\w+\s+){{0,2}}?worden\s+{PASSIVE_SENT}\b[^.;]{{0,100}}?\b(?:aan|naar)\s+"
                               rf"{KAMER_NOUN}\b|"
                               rf"^(?=.*\b{WHEN}\b)(?!.*\b(?:is|zijn|werd|werden)\s+(?:\w+\s+){{0,3}}?{PASSIVE_SENT}\b)"
                               rf".*\b(?:wordt|worden)\b(?:[^.;]{{0,120}}?\b(?:aan|naar)\s+{KAMER_NOUN}\s+(?:\w+\s+)?"
                               rf"{PASSIVE_SENT}\b|\s+(?:\w+\s+){{0,2}}?{PASSIVE_SENT}\s+(?:aan|naar)\s+{KAMER_NOUN}\b)",
         "Deze sectoragenda zal naar verwachting rond de zomer aan uw Kamer worden aangeboden.", MADE, FLAGS),
    # the sending itself named as a noun and planned for a time (`De toezending aan uw Kamer van de doorlichting met de
    # beleidsreactie is voor het derde trimester van 2015 gepland`, BHOS 2015; `De aanbieding aan de Kamer is voorzien in
    # het voorjaar`): a planning letter's promise; never a sending told as done (`De toezending is ... geschied`)
    rule("made-sending-planned", rf"^(?=.*\b{WHEN}\b).*\b(?:toezending|verzending|aanbieding|oplevering)\s+"
                                 rf"(?:\w+\s+){{0,4}}?(?:aan|naar)\s+{KAMER_NOUN}\b[^.;]{{0,160}}?\b(?:is|wordt|staat|zijn|"
                                 r"worden|staan)\s+(?:[^.;]{0,80}?\s)?(?:gepland|voorzien|beoogd|verwacht)\b",
         "De toezending aan uw Kamer van de doorlichting met de beleidsreactie is voor het derde trimester van 2015 "
         "gepland.", MADE, FLAGS),
    # a paper as subject that will reach the Kamer: `Een kabinetsappreciatie ... zal uw Kamer toekomen zodra ...`
    rule("made-reaches-kamer", rf"\b(zal|zullen)\s+{KAMER}\b.{{0,120}}\b(toekomen|bereiken)\b|"
                               rf"\b{KAMER}\b.{{0,100}}\b(zal|zullen)\s+(toekomen|bereiken)\b",
         "Een kabinetsappreciatie van het nieuwe verdrag zal uw Kamer toekomen zodra de finale teksten beschikbaar "
         "zijn.", MADE, FLAGS),
    # present for future with a when: `Na de zomer stuur ik u ...`, `Uw Kamer ontvangt ... in het najaar`
    # (also the verb before its subject, V2 after a fronted adverb or object, the government in the third person or a plan
    # presented: `Daarnaast informeert het kabinet u na de zomer over Leven Lang Ontwikkelen.`, `De Werkagenda mbo
    # presenteer ik daarom kort na Prinsjesdag van dit jaar.`, OCW 2022, probe58 held-out; a habitual present is the
    # recurring row above, a present without a time is none)
    rule("made-present-then-when", rf"\b(informeer ik|stuur ik|{SENDER} (stuur|stuurt|informeer|informeert|zend|zendt)|"
                                   rf"(?:wij|we) (?:informeren|sturen|zenden|berichten)|ontvangt (u|uw Kamer|de "
                                   rf"Kamer)|{COME_BACK}|(uw Kamer|u|de Kamer) ontvangt|doe (ik|wij|we) (u|uw Kamer)|"
                                   rf"{INVERTED_SEND})\b(?:{PAPER_DATE}|(?!{PAPER_DATE})(?!{IN_EFFECT}).){{0,160}}?{NOT_REASON}"
                                   rf"{NOT_IN_EFFECT}{NOT_OBJECT_TIME}\b(?!nader\b){WHEN}{NOT_PAST_DAY}",
         "Uw Kamer ontvangt deze rapportage in het najaar.", MADE, FLAGS),
    # (`nader` in the present is how fully, not when: `Ter voorbereiding van dit debat informeer ik u nader over de stand
    # van zaken`, Fin 2020, all147)
    # (a paper's date read whole, its month or year no time of informing: `... en informeren we u over de voortgang die
    # is gemaakt sinds de Kamerbrief «Spanningen Turks Nederlandse gemeenschap» van 12 september 2016`, BZ 2017, fix74
    # held-out)
    # a copy of a letter to others that the Kamer receives too, as an answer names its reply to a province or a body:
    # `Uw Kamer ontvangt een afschrift van dit antwoord.` (LNV 2023, answers to Kamervragen), `Een afschrift van mijn
    # reactie stuur ik ter informatie aan uw Kamer`; never a copy that goes with this letter (`hierbij`, `bijgaand`,
    # `als bijlage`, `van deze brief`) nor one sent to others only (`Een afschrift van dit besluit zend ik aan
    # belanghebbenden`)
    rule("made-copy-to-kamer", rf"^(?!.*\b(?:hierbij|hiermee|bijgaand|bijgevoegd|bijlage|deze\s+brief)\b)(?:"
                               rf".*\b{KAMER}\s+ontvangt\b[^.;]{{0,40}}?\bafschrift\b|"
                               rf".*\bontvangt\s+{KAMER}\b[^.;]{{0,40}}?\bafschrift\b|"
                               rf".*\bafschrift\b[^.;]{{0,120}}?\b(?:stuur|zend|sturen|zenden)\s+(?:ik|wij|we)\b"
                               rf"[^.;]{{0,40}}?\b{KAMER}\b|"
                               rf".*\b(?:(?:stuur|zend)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:stuur|zend|sturen|zenden))\s+"
                               rf"{KAMER}\s+(?:\w+\s+){{0,3}}?afschrift\b)",
         "Uw Kamer ontvangt een afschrift van dit antwoord.", MADE, FLAGS),
    # (also `doe ik u ... toekomen`: `Uiterlijk bij gelegenheid van het toezenden van de evaluatieopdracht aan uw Kamer
    # doe ik u ook de reactie van het kabinet op deze voorlichting toekomen`, BZK 2014)
    # (never a date that names an event, nor a parliamentary year: `Naar aanleiding van het vragenuur van 7 november
    # (Handelingen II 2017/18, nr. 18, Vragenuur), stuur ik u ter informatie het rapport ...`, JenV 2017, commit50 probe:
    # sent now)
    rule("made-when-then-present", rf"^(?:{PAPER_DATE}|(?!{PAPER_DATE}).)*?(?<!\bvan \d )(?<!\bvan \d\d ){NOT_REASON}"
                                   rf"\b{WHEN}\b(?!/\d).{{0,80}}\b(informeer ik|stuur ik|"
                                   rf"ontvangt u|ontvangt uw Kamer|{COME_BACK}|{INVERTED_SEND}|"
                                   r"doe (ik|wij|we) (u|uw Kamer)\b.{0,120}\btoekomen)\b",
         "Na de zomer stuur ik u de resultaten van het onderzoek.", MADE, FLAGS),
    # (a paper's date read whole, its year no time: `In reactie op uw brief van 28 oktober 2014 en toezegging in mijn
    # brief van 31 december 2014 (34 000 XIII, H) doe ik u deze brief toekomen.`, EZ 2016, fix77 held-out; nor a moment
    # named as the reason, here or in the row above: `U ontvangt de Geannoteerde Agenda vervroegd vanwege het
    # meireces.`, SZW 2023, fix77 held-out, this paper itself)
    # ... or in the passive, the paper sent to the Kamer once a condition is met: `Zodra de partijen aan de hoofdtafel
    # tot een onderhandelaarsakkoord zijn gekomen, wordt deze verstuurd aan de Kamer` (LNV 2023)
    rule("made-once-then-sent", rf"\bzodra\b[^.;]{{0,200}}?,\s*(?:wordt|worden)\s+(?:\w+\s+){{0,3}}?"
                                rf"{PASSIVE_SENT}\s+(?:aan|naar)\s+{KAMER}\b",
         "Zodra de partijen aan de hoofdtafel tot een onderhandelaarsakkoord zijn gekomen, wordt deze verstuurd aan de "
         "Kamer en ga ik graag met de Kamer hierover in gesprek.", MADE, FLAGS),
    # sharing with the Kamer: `Zodra de resultaten bekend zijn, zal ik deze met uw Kamer delen`
    # (also in the present with a when: `De resultaten deel ik begin 2025 met uw Kamer`)
    # (or any promise verb: `Ik verwacht de resultaten begin 2025 met uw Kamer te delen`)
    rule("made-share", rf"\b(zal|zullen|ga|gaan|{PROMISE})\b.{{0,120}}(\bmet\s+{KAMER}\s+(\w+\s+){{0,4}}?(?:te\s+)?delen|"
                       rf"\bdelen\s+met\s+{KAMER})\b|"
                       rf"\b(?:deel\s+(?:ik|wij|we)|delen\s+(?:wij|we)|(?:ik|wij|we)\s+(?:deel|delen))\b[^.;]{{0,80}}?"
                       rf"\b(?:{WHEN}|daarna|zodra)\b[^.;]{{0,60}}?\bmet\s+{KAMER}\b",
         "De rapporten zullen met uw Kamer worden gedeeld zodra Curaçao ze zelf openbaar heeft gemaakt, en ik zal ze "
         "dan ook met uw Kamer delen.", MADE, FLAGS),
    # an expectation of news to the Kamer: `Naar verwachting kan ik uw Kamer in het voorjaar informeren`
    rule("made-expected", rf"\bnaar verwachting\b.{{0,80}}\b{KAMER}\b.{{0,120}}\b({INFORM}|{PASSIVE_SENT})\b",
         "Deze sectoragenda zal naar verwachting rond de zomer aan uw Kamer worden aangeboden.", MADE, FLAGS),
    # sharing, told in the present passive: `De resultaten worden met uw Kamer gedeeld zodra deze beschikbaar zijn`
    rule("made-shared", rf"\b(wordt|worden)\b.{{0,80}}\bmet\s+{KAMER}\s+gedeeld\b",
         "Het rapport wordt na afronding met de Kamer gedeeld.", MADE, FLAGS),
    # coming with a paper: `Het kabinet zal in het voorjaar met een reactie op het advies komen`
    # (also in the present: `Het kabinet komt voor de zomer met een reactie op het advies`)
    # coming with a paper, announced: `... kondig ik aan met een aanvullende beleidsnotitie ter zake te zullen komen in mei
    # 2012` (OCW 2011, commit50 probe)
    rule("made-announce-to-come-with", rf"\b(?:kondig|kondigen)\s+(?:ik|wij|we)\s+aan\b[^.;]{{0,40}}?\bmet\s+(?:een|de|het)\s+"
                                       rf"(?:\w+\s+)?{DELIVERABLE}\b[^.;]{{0,60}}?\bte\s+(?:zullen\s+)?komen\b",
         "In mijn hierboven genoemde brief over de kosten en baten van buitenlandse studenten kondig ik aan met een "
         "aanvullende beleidsnotitie ter zake te zullen komen in mei 2012.", MADE, FLAGS),
    # a reaction promised to what the Kamer asked or was sent: `Ik ben voornemens uitgebreid te reageren op de
    # motie-Lucas en wel vóór de Voorjaarsnota 2012` (OCW 2011, commit50 probe); never `niet`
    rule("made-will-respond", rf"^(?!.*\bniet\b).*\b{SENDER}\s+{PROMISE}\s+(?:om\s+)?(?:\w+\s+){{0,2}}?te\s+reageren\s+op\s+"
                              r"(?:de|het|deze|die|dit|uw)\s+(?:\w+\s+)?(?:motie\S*|advies|rapport\w*|verzoek|brief|"
                              r"aanbevelingen|vragen|initiatiefnota|evaluatie)\b",
         "Ik ben voornemens uitgebreid te reageren op de motie-Lucas en wel vóór de Voorjaarsnota 2012, zoals ook in de "
         "betreffende motie wordt gevraagd.", MADE, FLAGS),
    # ... or in the future tense, adverbs between (`Het kabinet zal zoals gebruikelijk uitgebreid reageren op het advies door
    # middel van een nader rapport bij indiening van het wetsvoorstel.`, all131: the reply to the Raad van State goes to the
    # Kamer with the bill); never this letter's own outline (`In deze brief zal ik reageren op het advies`), never `niet`
    rule("made-will-respond-to", rf"^(?!.*\bniet\b)(?!.*\b(?:in|met)\s+deze\s+\w*brief\b)(?!.*\?\s*$).*\b{SENDER_WILL}\s+"
                                 rf"(?:\w+\s+){{0,4}}?reageren\s+op\s+(?:de|het|"
                                 r"deze|die|dit|uw)\s+(?:\w+\s+)?(?:motie\S*|advies|rapport\w*|verzoek|brief|aanbevelingen|vragen|"
                                 r"initiatiefnota|evaluatie|\w*onderzoek)\b",
         "Het kabinet zal zoals gebruikelijk uitgebreid reageren op het advies door middel van een nader rapport bij "
         "indiening van het wetsvoorstel.", MADE, FLAGS),
    # a matter promised to be taken up in a paper still to come: `Ik ben graag bereid om in die aanvullende notitie de
    # uitwerking van de motie-Lucas te betrekken.` (OCW 2011, commit50 probe); never this letter (`in deze brief`)
    rule("made-include-in-paper", rf"^(?!.*\bniet\b).*\b{SENDER}\s+{PROMISE}\s+(?:om\s+)?in\s+(?!deze\s+brief\b)(?:die|de|"
                                  r"deze|een|het|mijn|onze)\s+(?:\w+\s+){0,2}?(?:\w*notitie|\w*brief|\w*rapportage|\w*nota|"
                                  r"\w*reactie)\b[^.;]{0,100}?\b(?:te\s+betrekken|mee\s+te\s+nemen|op\s+te\s+nemen|"
                                  r"in\s+te\s+gaan|te\s+behandelen)\b",
         "Ik ben graag bereid om in die aanvullende notitie de uitwerking van de motie-Lucas te betrekken.", MADE, FLAGS),
    # ... or a paper to the Kamer named first as the place, the future tense after it (`In de geannoteerde agenda voor de
    # Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal ik een verslag opnemen van deze telefonische Eurogroep.`, Fin
    # 2020, all134; `In de volgende voortgangsrapportage zullen wij de resultaten meenemen`); never this paper (`In deze
    # agenda`), the past, another's paper or `niet`
    rule("made-will-put-in-paper", rf"^(?!.*\bniet\b)(?!.*\?\s*$)(?!.*\b(?:in|met)\s+(?:deze|dit)\s+(?:\w+\s+)?(?:\w*brief|"
                                   rf"agenda|\w*rapportage|verslag|\w*nota)\b).*\bin\s+(?:de|het|mijn|onze)\s+"
                                   rf"(?:\w+\s+){{0,2}}?(?:geannoteerde\s+agenda|\w*brief|\w*rapportage|verslag|\w*nota)\b"
                                   rf"[^.;]{{0,160}}?\b(?:zal|zullen)\s+{SENDER}\b[^.;]{{0,120}}?\b(?:opnemen|meenemen)\b",
         "In de geannoteerde agenda voor de Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal ik een verslag opnemen van "
         "deze telefonische Eurogroep.", MADE, FLAGS),
    rule("made-come-with", rf"\b({SENDER}\s+{PROMISE}|{PROMISE}\s+{SENDER})\b.{{0,80}}\bmet\s+(een|de|het)\s+(\w+\s+)?"
                           rf"{DELIVERABLE}\b.{{0,80}}\bkomen\b|\b{SENDER}\s+(?:kom|komt|komen)\b[^.;]{{0,80}}?\bmet\s+"
                           rf"(?:een|de|het)\s+(?:\w+\s+)?{DELIVERABLE}\b",
         "Het kabinet zal in het voorjaar met een reactie komen op het advies van de Raad.", MADE, FLAGS),
    # ... or the writer's time promised for arriving at a reaction (`De komende periode zal ik gebruiken om met de betrokken
    # partijen te komen tot een reactie`, an earlier session's miss; `Ik ben voornemens om voor de zomer te komen met een
    # kabinetsstandpunt`): only a reaction, view or appraisal, the papers the Kamer receives; never a solution or an
    # agreement with others (`te komen tot een oplossing`), never `niet`
    rule("made-come-to-reaction", rf"^(?!.*\bniet\b)(?!.*\?\s*$).*\b(?:{SENDER}\s+{PROMISE}|{PROMISE}\s+{SENDER})\b[^.;]{{0,160}}?"
                                  r"\bte\s+komen\s+(?:tot|met)\s+(?:een|de|het|mijn|onze)\s+(?:\w+\s+)?(?:reactie|"
                                  r"kabinetsreactie|beleidsreactie|appreciatie|kabinetsappreciatie|standpunt|kabinetsstandpunt)\b",
         "De komende periode zal ik gebruiken om met de betrokken partijen te komen tot een reactie op het advies.", MADE,
         FLAGS),
    # a paper announced after its when: `In het najaar volgt een voortgangsbrief`, `Voor de zomer van 2025 volgt de
    # kabinetsreactie` (never a pointer inside the letter: `In de volgende paragraaf volgt een overzicht`)
    rule("made-when-follows", rf"^(?!.*\b(?:hieronder|hierna|paragraaf|hoofdstuk|bijlage|onderstaande?)\b)\W*"
                              rf"(?:in|voor|vóór|na|rond|uiterlijk|begin|eind|medio)\b[^.;]{{0,40}}?\b(?:{MONTH_NAMES}|"
                              r"kwartaal|helft|zomer|zomerreces|najaar|voorjaar|winter|jaar|\d{4}|kerstreces)\b[^.;]{0,30}?"
                              r"\b(?:volgt|volgen)\s+(?:nog\s+)?(?:een|de|het|mijn|onze)\s+(?:\w+\s+)?(?:"
                              rf"{DELIVERABLE}|{SENT_PAPER}|kamerbrief|voortgangsbrief)\b",
         "In het najaar volgt een voortgangsbrief.", MADE, FLAGS),
    # giving a reaction: `Op basis hiervan zal het kabinet rond de zomer van 2022 besluiten over ... en tevens een
    # reactie geven op de aanbevelingen van het Interdepartementaal Beleidsonderzoek`
    rule("made-give-reaction", rf"\b({SENDER}\s+{PROMISE}|{PROMISE}\s+{SENDER})\b[^.;]{{0,160}}?\b(?:een|de|zijn|haar|"
                               r"mijn|onze)\s+(?:\w+\s+)?(?:reactie|kabinetsreactie|beleidsreactie|appreciatie|"
                               r"kabinetsappreciatie|kabinetsstandpunt)\b[^.;]{0,100}?\b(?:geven|uitbrengen)\b",
         "Op basis hiervan zal het kabinet rond de zomer van 2022 besluiten over het nieuwe Strategisch Vastgoedplan "
         "2022 (SVP 2022) en tevens een reactie geven op de aanbevelingen van het Interdepartementaal Beleidsonderzoek "
         "naar het Defensievastgoed (Kamerstuk 34 919, nr. 77).", MADE, FLAGS),
    # a paper still to come that will treat the matter: `In de volgende voortgangsbrief ga ik hier nader op in`
    rule("made-next-paper", rf"\b{NEXT_PAPER}\b.{{0,80}}\b(ga ik|gaan we|gaat het kabinet|kom ik|zal ik|zullen we|"
                            r"informeer ik|wordt\s+(\w+\s+){0,3}ingegaan)\b",
         "In de volgende voortgangsbrief ga ik hier nader op in.", MADE, FLAGS),
    # ... the verb first, the paper between it and its particle: `Ik ga hier in de volgende voortgangsbrief op in`,
    # `Ik kom hier in de eerstvolgende voortgangsrapportage op terug` (cmt116 probe; the fronted form is the row above)
    rule("made-next-paper-verb-first", rf"\b(?:ik\s+ga|ga\s+ik|we\s+gaan|wij\s+gaan|gaan\s+we|ik\s+kom|kom\s+ik|"
                                       rf"het\s+kabinet\s+gaat)\b[^.;]{{0,60}}?\bin\s+(?:de|het)\s+{NEXT_PAPER}\b"
                                       r"[^.;]{0,60}?\b(?:op\s+)?(?:in|terug)\b",
         "Ik ga hier in de volgende voortgangsbrief op in.", MADE, FLAGS),
    # ... in the passive, the matter taken up in it: `De factsheets van de eerste helft 2017 worden in de volgende
    # rapportage opgenomen.` (BZ 2017, all121); a past paper (`in de vorige rapportage opgenomen`) is none
    rule("made-next-paper-passive", rf"\b(?:wordt|worden|zal\s+worden|zullen\s+worden)\s+(?:\w+\s+){{0,3}}?in\s+(?:de|het)\s+"
                                    rf"{NEXT_PAPER}\s+(?:\w+\s+){{0,3}}?(?:opgenomen|meegenomen|verwerkt|toegelicht|"
                                    r"gerapporteerd|behandeld)(?=\d{0,2}(?!\w))|"
                                    rf"\bin\s+(?:de|het)\s+{NEXT_PAPER}\b[^.;]{{0,80}}?\b(?:wordt|worden)\s+(?:\w+\s+){{0,3}}?"
                                    r"(?:opgenomen|meegenomen|toegelicht|gerapporteerd)\b",
         "De factsheets van de eerste helft 2017 worden in de volgende rapportage opgenomen.", MADE, FLAGS),
    # the writer's `toezeggen` with `kunnen`: `Ik kan u toezeggen dat ik de resultaten met uw Kamer zal delen` (cmt116
    # probe): the verb of promising itself; never `kan ... niet toezeggen`
    rule("made-can-promise", rf"\b(?:(?:ik|wij|we|het\s+kabinet)\s+(?:kan|kunnen)|(?:kan|kunnen)\s+(?:ik|wij|we))\s+"
                             rf"(?:{KAMER_NOUN}\s+|u\s+|het\s+lid\s+[\w-]+\s+)?(?:(?!niet\b|geen\b)\w+\s+)?toezeggen\b",
         "Ik kan u toezeggen dat ik de resultaten van het onderzoek met uw Kamer zal delen.", MADE, FLAGS),
    # a condition fronted, the present of sending after it: `Mocht de evaluatie daartoe aanleiding geven, dan informeer ik
    # uw Kamer` (cmt116 probe), `Indien ..., informeer ik uw Kamer hierover` (the `zal` form is made-will-sender)
    rule("made-if-then-present", rf"^\W*(?:mocht|mochten|indien|als|wanneer)\b[^.;]{{0,200}}?,\s*(?:dan\s+)?"
                                 rf"(?:(?:informeer|bericht|stuur|zend|rapporteer)\s+(?:ik|wij|we)\s+{KAMER}\b|"
                                 r"kom\s+(?:ik|wij|we)\b[^.;]{0,60}?\bterug\b)",
         "Mocht de evaluatie daartoe aanleiding geven, dan informeer ik uw Kamer daarover.", MADE, FLAGS),
    # questions left for a paper still to come, in the passive: `Zijn overige vragen worden betrokken bij het vandaag
    # aangekondigde voortgangsbericht over de vragen van het lid Klaver.` (AZ 2022, rules32 held-out probe)
    rule("made-taken-up-in-paper", r"\b(?:vragen|vraag|punten|verzoeken|verzoek)\b[^.;]{0,40}?\b(?:worden|wordt|zullen\s+worden|"
                                   r"zal\s+worden)\s+betrokken\s+bij\s+(?:de|het|een)\s+(?:\w+\s+){0,2}?"
                                   r"(?:aangekondigde|toegezegde|volgende|eerstvolgende|komende|nog\s+te\s+verschijnen)\s+"
                                   r"\w*(?:brief|bericht|rapportage|nota|notitie|reactie)\b",
         "Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht over de vragen van het lid "
         "Klaver.", MADE, FLAGS),
    # the promise of a letter of its own, in an answer that leaves a question for it: `Het kabinet zal in een separate
    # brief op deze vraag ingaan`, `... zal ik in een aparte brief nader informeren`
    rule("made-separate-letter", rf"\b({SENDER}\s+{PROMISE}|{PROMISE}\s+{SENDER})\b.{{0,60}}\b{SEPARATE_PAPER}\b.{{0,100}}"
                                 r"\b(ingaan|in te gaan|terugkomen|terug te komen|informeren|te informeren|toelichten|"
                                 r"uiteenzetten|reageren|te reageren)\b",
         "Het kabinet zal in een separate brief op deze vraag ingaan, mede in het kader van de aangenomen motie van het "
         "Lid Ceder over op basis van feiten (12-10-2023).", MADE, FLAGS),
    # the matter promised a place in a paper to the Kamer: `Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen
    # Overleg besproken, vooraf in de Geannoteerde Agenda van de Raad ingaan op mijn voorgenomen aanwezigheid bij de
    # betreffende Raad` (BZ 2019); the paper is one the Kamer receives (an agenda, a report, a letter)
    rule("made-in-paper-go-into", rf"\b{SENDER_WILL}\b[^.;]{{0,120}}?\bin\s+"
                                  r"(?:de|het|een|mijn|onze)\s+(?:\w+\s+){0,2}?(?:geannoteerde\s+agenda|verslag|"
                                  r"\w*brief|\w*rapportage)\b[^.;]{0,80}?\b(?:ingaan|terugkomen|rapporteren|berichten)\b",
         "Voortaan zal ik, zoals met Uw Kamer tijdens het Algemeen Overleg besproken, vooraf in de Geannoteerde Agenda "
         "van de Raad ingaan op mijn voorgenomen aanwezigheid bij de betreffende Raad.", MADE, FLAGS),
    # a report promised without the Kamer named, in an answer to the Kamer's questions: `Ik verwacht in aanvulling op
    # de jaarlijkse rapportage ook een tussentijdse rapportage te leveren over de cijfers parallelimport`
    # (or the promise verb first, the reaction given: `Op basis hiervan zal het kabinet rond de zomer van 2022 besluiten
    # over ... en tevens een reactie geven op de aanbevelingen van het Interdepartementaal Beleidsonderzoek`)
    rule("made-will-deliver", rf"\b(?:{SENDER}\s+{PROMISE}|(?:zal|zullen)\s+{SENDER})\b(?:(?!\b(?:dat|die|of)\b).){{0,120}}"
                              rf"\b(?:een|de|het)\s+(?:\w+\s+){{0,2}}?\w*{DELIVERABLE}\s+"
                              r"(?:\w+\s+){0,6}?(?:te\s+(?:leveren|sturen|versturen|zenden|presenteren|publiceren|geven)|"
                              r"geven\s+op)\b",
         "Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te leveren over de cijfers "
         "parallelimport.", MADE, FLAGS),
    # research promised: `We zullen onderzoeken hoe we dit een stevige plek kunnen geven in de procedure van
    # schooladvisering` (an answer to the Kamer's questions, OCW 2022)
    # (or the writer willing to, as an answer to `Bent u bereid ... te onderzoeken?` says it: `Ik ben bereid om te
    # onderzoeken of ...`; never `niet bereid`)
    rule("made-will-research", rf"\b(?:{SENDER}\s+(?:zal|zullen|ga|gaat|gaan)|(?:zal|zullen|ga|gaat|gaan)\s+{SENDER})\s+"
                               r"(?:(?:\w+\s+){0,3}?(?:(?<!\bde\s)(?<!\bhet\s)(?<!\bdeze\s)(?<!\bdie\s)(?<!\bbeide\s)"
                               r"(?<!\balle\s)(?:laten\s+)?onderzoeken|uitzoeken|nagaan|in\s+kaart\s+(?:laten\s+)?"
                               r"brengen)\b|(?:\w+\s+){0,5}?(?:uitwerken|verkennen|bekijken)\s+(?:welke|wat|hoe|of|waar\w*)\s)|"
                               rf"\b{SENDER}\s+(?:ben|is|zijn)\s+(?:graag\s+|zeker\s+|ook\s+)?bereid\s+(?:om\s+)?"
                               r"(?:\w+\s+){0,4}?te\s+(?:laten\s+)?(?:onderzoeken|verkennen|bezien)\b",
         "We zullen onderzoeken hoe we dit een stevige plek kunnen geven in de procedure van schooladvisering en "
         "doorstroomtoetsen.", MADE, FLAGS),
    # (also working out, exploring or looking into a question: `Ik zal uitwerken welke mogelijkheden er zijn om daar meer
    # op te sturen ...`, LNV 2024; `Ik zal met deze partijen de mogelijkheden bekijken hoe deze en gelijksoortige
    # culturele uitingen veilig kunnen worden gesteld`, fix74 held-out; never a plan worked out, `Ik zal het plan
    # uitwerken`)
    # ... in a `dat` clause, the verbs last after a long object: `Daarnaast deel ik u mee dat ik in samenwerking met
    # veteranenorganisaties de mogelijkheid voor het dragen van het militaire uniform ... ga onderzoeken` (Def 2019);
    # never a promise told as made before (`heb ik toegezegd dat ik ... zal onderzoeken`, mentioned below)
    rule("made-will-research-clause", rf"^(?!.*\b(?:heb|hebben|had|hadden|heeft)\b[^.;]{{0,120}}\bdat\b)"
                                      rf".*\bdat\s+{SENDER}\s+[^.;]{{0,200}}?\b(?:(?:zal|zullen|ga|gaan)\s+(?:laten\s+)?"
                                      r"(?:onderzoeken|uitzoeken|nagaan|verkennen)|(?:onderzoeken|uitzoeken|nagaan|verkennen)\s+"
                                      r"(?:zal|zullen|ga|gaan))\b",
         "Daarnaast deel ik u mee dat ik in samenwerking met veteranenorganisaties de mogelijkheid voor het dragen van het "
         "militaire uniform door post-actieve veteranen tijdens veteranenevenementen ga onderzoeken.", MADE, FLAGS),
    # a report promised from now on, regularly, in a paper that recurs: `... en zal ik vanaf nu jaarlijks in de
    # voortgangsrapportage medische ethiek doen` (VWS 2019)
    rule("made-report-regularly", rf"\b(?:(?:zal|zullen)\s+{SENDER}|{SENDER}\s+(?:zal|zullen))\b[^.;]{{0,40}}?"
                                  r"\b(?:vanaf\s+nu|voortaan|jaarlijks|halfjaarlijks|periodiek)\b[^.;]{0,80}?\b(?:in|via)\s+"
                                  r"(?:de|het)\s+(?:\w+\s+){0,2}?\w*(?:rapportage|brief|nota|verslag|monitor)(?:s|en)?\b",
         "Dat doe ik door middel van deze brief en zal ik vanaf nu jaarlijks in de voortgangsrapportage medische ethiek "
         "doen.", MADE, FLAGS),
    # (also the promises themselves, from now on, in the recurring reports: `..., zal ik voortaan alle toezeggingen over
    # personeelscijfers bundelen in de personeelsrapportages`, Def 2013, fix77 held-out: a new promise, not one told)
    # (the cabinet or a minister in the third person too: `Het kabinet komt hier voor de zomer bij uw Kamer op terug`)
    rule("made-come-back", rf"\b({SENDER}\s+(kom|komt|komen)|(kom|komt|komen)\s+{SENDER})\b.{{0,120}}\bterug\b",
         "Ik kom hier voor de zomer bij uw Kamer op terug.", MADE, FLAGS),
    # ... or wished, the return to the Kamer named: `Met de uitwerking wil ik vervolgens in dit najaar bij u terugkomen.`
    # (Fin 2022, a lijst van vragen en antwoorden)
    rule("made-want-to-come-back", rf"\b(?:(?:wil|willen)\s+(?:ik|wij|we|het kabinet)|(?:ik|wij|we)\s+(?:wil|willen)|"
                                   rf"het\s+kabinet\s+wil)\b.{{0,120}}\bbij\s+{KAMER}\s+(?:\w+\s+){{0,3}}?"
                                   r"terug\s*(?:te\s+)?komen\b",
         "Met de uitwerking wil ik vervolgens in dit najaar bij u terugkomen.", MADE, FLAGS),
    rule("made-keep-informed", rf"\b({SENDER}\s+(houd|hou|houden)|(houd|hou|houden)\s+{SENDER})\s+{KAMER}\b.{{0,60}}"
                               r"\bop de hoogte",
         "Ik houd uw Kamer op de hoogte van de ontwikkelingen.", MADE, FLAGS),
    # a promise recorded in the third person (a committee's list of decisions, a report of a debate):
    # `De minister zegt toe de Kamer voor de begrotingsbehandeling te informeren`
    rule("made-promises", rf"\b(?:de\s+)?(?:minister|staatssecretaris|minister-president|premier|bewindspersoon|"
                          rf"regering|kabinet)\b[^.;]{{0,60}}?\b(?:zegt|zeggen)\s+(?:\w+\s+){{0,4}}?toe\b|"
                          rf"\b(?:zegt|zeggen)\s+(?:de\s+)?(?:minister|staatssecretaris|minister-president|"
                          rf"bewindspersoon)\b[^.;]{{0,60}}?\btoe\b|"
                          # the Eerste Kamer's record puts who asked between: `De minister van OCW zegt, naar aanleiding
                          # van vragen en opmerkingen van de leden Bruijn (VVD), ..., toe om een adviescommissie in te
                          # stellen`, `De staatssecretaris ... zegt de Kamer, naar aanleiding van een verzoek van ..., toe`
                          rf"\b(?:minister|staatssecretaris|minister-president|bewindspersoon|regering|kabinet)\b[^.;]{{0,80}}?"
                          rf"\b(?:zegt|zeggen)(?:\s+de\s+Kamer)?\s*,\s*naar\s+aanleiding\s+van\b[^.;]{{0,400}}?,\s*toe\b",
         "De staatssecretaris zegt toe de Kamer voor de zomer een brief te sturen over de opvang.", MADE, FLAGS),
    rule("made-i-promise", r"\b(zeg(gen)?\s+(ik|wij|we)\s+(u\s+|uw Kamer\s+)?toe|(ik|wij|we)\s+zeg(gen)?\s+"
                           r"(u\s+|uw Kamer\s+)?toe|wil ik graag met uw Kamer)\b",
         "Vervolgens wil ik graag met uw Kamer over dit onderwerp van gedachten wisselen.", MADE, re.I),
    # an earlier promise told as news given before: `heeft de staatssecretaris uw Kamer laten weten u eind van het
    # jaar te informeren`, `heb ik aangegeven uw Kamer voor de zomer te informeren`; a separable verb and `kunnen`
    # too: `heb ik gemeld uw Kamer, naar verwachting, in april 2018 de onderzoeksresultaten aan te kunnen bieden` (Def 2018)
    # (also the aim told before: `Het kabinet heeft de Kamer op 13 november jl. geïnformeerd ernaar te streven de
    # antwoorden eind deze week naar de Kamer te sturen`, Def 2019)
    rule("mentioned-said-will-inform", rf"\b(heeft|hebben|heb|had|hadden)\b.{{0,120}}\b(laten weten|aangegeven|"
                                       rf"gemeld|meegedeeld|aangekondigd|geïnformeerd\s+er\s?naar\s+te\s+streven)\b.{{0,160}}\b(?:te\s+(?:kunnen\s+)?{INFORM}|"
                                       r"(?:aan|toe)\s+te\s+(?:kunnen\s+)?(?:bieden|sturen|zenden))\b",
         "Met betrekking tot de motie heeft de minister uw Kamer laten weten u eind van het jaar te informeren over de "
         "plannen van aanpak.", MENTIONED, FLAGS),
    # the same in reported speech, the promise in `zou`: `heb ik aangegeven dat ik in de reactie ... zou ingaan op`,
    # `heeft de minister gemeld dat hij hierop zou terugkomen`, `... dat uw Kamer voor de zomer zou worden geïnformeerd`
    rule("mentioned-said-would", rf"\b(heeft|hebben|heb|had|hadden)\b.{{0,120}}\b(laten weten|aangegeven|gemeld|"
                                 rf"meegedeeld|aangekondigd|toegezegd|beloofd)\b\W+dat\b.{{0,160}}"
                                 rf"(\b(zou|zouden|zal|zullen)\b.{{0,80}}\b({INFORM}|ingaan|{INFORMED})\b|"
                                 r"\b(in|terug)\s+(zou|zouden|zal|zullen)\s+(gaan|komen)\b|"
                                 # (`heb ik aangegeven dat ik in de Jaarrapportage Bedrijfsvoering Rijk verslag zal doen
                                 # van de conclusies`, BZK 2014, commit50 probe)
                                 r"\bverslag\s+(?:zal|zullen|zou|zouden)\s+doen\b)",
         "Daarnaast heb ik in diverse situaties (zowel mondeling als schriftelijk) aangegeven dat ik in de reactie op "
         "het advies over artikel 23 Grondwet tevens zou ingaan op een aantal daaraan gerelateerde onderwerpen.",
         MENTIONED, FLAGS),
    # ... or with the promise in the present of the `dat` clause: `heb ik aangegeven dat ik uw Kamer in het najaar van
    # 2019 opnieuw bericht over de acties rondom schoolleiders` (OCW 2019, rules24's held-out check)
    rule("mentioned-said-present", r"\b(?:heeft|hebben|heb|had|hadden)\b.{0,120}\b(?:laten\s+weten|aangegeven|gemeld|"
                                   r"meegedeeld|aangekondigd)\W+dat\s+(?:ik|wij|we|het\s+kabinet)\s+(?:u|uw\s+Kamer|de\s+Kamer)"
                                   r"\b[^.;]{0,80}?\b(?:bericht|berichten|informeer|informeren|stuur|sturen|zend|zenden)\b",
         "In de beleidsreactie op het advies van de Onderwijsraad op 21 november jl. heb ik aangegeven dat ik uw Kamer in "
         "het najaar van 2019 opnieuw bericht over de acties rondom schoolleiders in het funderend onderwijs.", MENTIONED,
         FLAGS),
    # a promise told in the past of `toezeggen`, split round what was promised: `U zegde daarop toe de Kamer «een dezer
    # dagen» een brief te sturen` (an EK committee's letter to the minister, 2019), `De minister zegde toe ...`
    rule("mentioned-said-past", r"\b(?:zegde|zegden)\b[^.;]{0,160}?\btoe\b",
         "U zegde daarop toe de Kamer «een dezer dagen» een brief te sturen over de genoemde operationalisering.",
         MENTIONED, FLAGS),
    # a promise to the Kamer told with `beloven`, the Kamer named as the one promised: `Zoals u weet heb ik de Tweede
    # Kamer beloofd om met een uitgewerkt voorstel te komen` (answers to Kamervragen, VWS 2022)
    rule("mentioned-promised", r"\b(?:heb|hebben|heeft)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\w+\s+){0,3}?"
                               r"(?:(?:aan\s+)?(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer|u)\s+(?:\w+\s+){0,3}?beloofd\b",
         "Zoals u weet heb ik de Tweede Kamer beloofd om met een uitgewerkt voorstel te komen waarmee we als samenleving "
         "de doelen van het Nationaal Preventieakkoord met betrekking tot roken kunnen halen.", MENTIONED, FLAGS),
    # (also the promised paper as an adjective: `de toegezegde reactie`, `de toegezegde notitie`)
    # (and `beloofde` before the paper: `Kunt u het beloofde overzicht van alle fiscale wetten ... aan de Kamer doen
    # toekomen?`, Fin 2021, a question the answer meets with the paper in its annex)
    # a promise told in an earlier letter (TOLD_BEFORE; the made rows are vetoed by not-told-before)
    rule("mentioned-told-before", TOLD_BEFORE,
         "Bij brief van 27 november 2019 heb ik u bericht over hoe de motie van het lid Middendorp c.s. (Kamerstuk 35 "
         "300 VII, nr. 14) over tussentijdse raadsontbinding bij ernstig verstoorde bestuurlijke verhoudingen zal worden "
         "uitgevoerd en dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen over de verschillende "
         "varianten (Kamerstuk 35 300 VII, nr. 85).", MENTIONED, FLAGS),
    rule("mentioned", rf"\b(toegezegde?|toezegging|toezeggingen|heeft toegezegd|heb toegezegd)\b|"
                      rf"\bbeloofde\s+(?:\w+\s+)?(?:{SENT_PAPER}|{DELIVERABLE})\b",
         "Voorts is aan de Kamer naar aanleiding van een aangenomen motie van het lid Brekelmans een analyse "
         "toegezegd.", MENTIONED, re.I),
)

# Promises others made (pledges at a refugee forum, a municipality's promise) are not the government's.
OTHERS = (r"landen|lidstaten|(?:internationale\s+)?organisaties|het\s+bedrijfsleven|gemeenten|provincies|donoren|"
          r"partners|derde\s+landen|andere\s+\w+|werkgevers|vakbonden|bedrijven|"
          r"Europese\s+Commissie|Stichting\b[^.;,]{0,40}?|Vereniging\b[^.;,]{0,40}?|"
          r"(?:gemeente|provincie|waterschap)\s+[A-Z][\w'-]+")
ALL_STATUSES = frozenset(Status)
# members of the Kamer as a report of their questions names them: `De leden van de VVD-fractie`, `de leden van de fractie
# van GroenLinks`, `Deze leden`, `De aan het woord zijnde leden`; and the verbs of their asking
MEMBERS = (r"(?:de|deze|die|genoemde|bovengenoemde|voornoemde)\s+(?:aan\s+het\s+woord\s+zijnde\s+)?leden"
           r"(?:\s+van\s+de\s+(?:[\w-]+\s+){0,4}?[\w-]*(?:fractie|fracties|commissie)\b"
           r"(?:\s+(?:van\s+(?:de\s+)?)?[\w-]+(?:\s*(?:,|en)\s+[\w-]+){0,3})?)?")
MEMBERS_ASK = (r"(?:vragen|vroegen|vraagt|verzoeken|verzochten|(?:willen|wilden)\s+(?:\w+\s+){0,2}?weten|"
               r"vernemen|informeren)")
VETOES: tuple[Rule, ...] = (
    # promises named only as a class beside motions, the subject of a letter or a list (`De voorliggende brief ziet op
    # moties en toezeggingen op het gebied van de fiscaliteit`, `In bijlage 1 heb ik opgenomen welke moties en
    # toezeggingen ik met deze brief behandel`, Fin 2021, BZK 2025, TK Defensie 2020): no promise mentioned; a promise
    # named by its number, its member or its verb still is, and a letter keeping them keeps them (all137-all142: 7 such
    # tags none, 5 borderline, 0 clear)
    # (promises the writer made, `enkele toezeggingen die ik heb gedaan in het AO`, are named: all143's IenW 2020, found
    # after this row was measured there)
    rule("not-promises-as-a-class", r"^(?!.*\b(?:toegezegde?|toezegging|beloofd\w*|geda(?:an|ne)|T\d{5}|TZ\d{6})\b)"
                                    r"(?!.*\b(?:aan|van)\s+(?:het\s+lid|de\s+leden|(?:de\s+)?(?:minister|staatssecretaris))\b)"
                                    r".*\b(?:moties\s+en\s+(?:\w+\s+){0,2}?toezeggingen|toezeggingen\s+en\s+moties)\b",
         "De voorliggende brief ziet op moties en toezeggingen op het gebied van de fiscaliteit en de Belastingdienst.",
         frozenset({Status.REFERENCED}), re.I),
    rule("not-others-promise", rf"\btoezegging\w*\s+(?:\w+\s+){{0,2}}(?:gedaan\s+)?(?:door|van)\s+(?:de\s+|andere\s+)?"
                               rf"(?:{OTHERS})\b|\b(?:{OTHERS})\b\s+(?:hebben|heeft)\s+(?:\w+\s+){{0,4}}toegezegd|"
                               rf"\b(?:hebben|heeft)\s+(?:de\s+|het\s+)?(?:{OTHERS})\s+(?:\w+\s+){{0,4}}toegezegd",
         "Diverse lidstaten hebben inmiddels hervestigingsplaatsen toegezegd.", ALL_STATUSES),
    # pledges of the EU's institutions, told in a report of a Council (`Het voorzitterschap zegde toe de discussie in de
    # volgende Raad voort te zetten`, `De Commissie heeft toegezegd een voorstel te doen`) or in its passive after them
    # as the sentence's subject (`De Europese Commissie gaf een toelichting op ... deze steunmaatregelen, die tijdens de
    # Raad van 14 maart jl. zijn toegezegd`, EZ 2016, rules28 held-out probe); never a bewindspersoon named between
    rule("not-eu-pledge", r"\b(?-i:(?:Europese\s+)?Commissie|(?:Euro)?[Cc]ommissaris(?:\s+[A-Z][\w-]+)?|\w*[Vv]oorzitterschap|"
                          r"[Ll]idsta(?:at|ten))\s+(?:heeft|hebben|zegde|zegden|zegt|zeggen)\s+"
                          r"(?!(?:\w+\s+){0,3}?(?:de\s+)?(?:minister|staatssecretaris|kabinet|regering)\b)"
                          r"(?:\w+\s+){0,4}?(?:toegezegd|toe)\b|"
                          r"^\W*(?:De|Het)\s+(?-i:(?:Europese\s+)?Commissie|\w*[Vv]oorzitterschap)\b"
                          r"(?![^;]*\b(?:minister|staatssecretaris|kabinet|regering)\b)[^;]{0,200}\b(?:die|dat)\b[^;]{0,80}?"
                          r"\b(?:zijn|is)\s+toegezegd\b",
         "Het voorzitterschap zegde toe de discussie in de volgende Raad voort te zetten.", ALL_STATUSES),
    # the good or money promised to others as an adjective, no paper or step for the Kamer: `de toegezegde
    # hoogwaterbescherming van het gehele Maasdal` (a guarantee to the region, V&W 2009, probe60), `de toegezegde steun
    # aan Oekraïne`; never where the sentence tells a promise besides
    rule("not-promised-goods", r"^(?![^;]*\b(?:toezegging\w*|(?:heb|heeft|hebben|is|zijn|werd)\s+(?:\w+\s+){0,3}?toegezegd|"
                               r"zeg\w*\s+(?:\w+\s+){0,3}?toe)\b)[^;]*?\btoegezegde\s+(?:\w+\s+)?"
                               r"(?:\w*bescherming\w*|steun|hulp|bijdragen?|middelen|financiering|subsidies?|bedragen|"
                               r"compensatie|vergoedingen?|investeringen?|leveringen?|"
                               # (or places, housing or sites offered: `... om nu toch geen asielzoekers op te vangen of
                               # toegezegde plekken te schrappen?`, a member's question to JenV 2024, probe79)
                               r"\w*plekken|\w*plaatsen|woningen|locaties)\b",
         "In 2008 is de vraag op tafel gekomen of als gevolg van gewijzigde inzichten de scope Maaswerken wel toereikend is "
         "in het licht van de toegezegde hoogwaterbescherming van het gehele Maasdal.", ALL_STATUSES),
    # a promise as any promise of a kind, indefinite in a relative or conditional clause: the letter's rule of selection or
    # handling, not one promise kept (`Daarbij zijn alleen onderwerpen opgenomen waarbij een motie of toezegging is
    # afgedaan of waarover een succes, mijlpaal of knelpunt te melden is`, a BZK verzamelbrief of 2024, all127; `Indien
    # een toezegging niet tijdig kan worden nagekomen, ...`); never one named by whom, to whom or when (`waarbij een
    # toezegging aan het lid Van der Lee is ingelost`)
    rule("not-any-promise", r"\b(?:waarbij|waarin|waarvoor|waarvan|indien|wanneer|zodra)\s+een\s+(?:motie\s+(?:of|en)\s+)?"
                            r"toezegging\b(?!\s+(?:aan|van|door|tijdens|bij|in|gedaan|die|uit)\b)",
         "Daarbij zijn alleen onderwerpen opgenomen waarbij een motie of toezegging is afgedaan of waarover een succes, "
         "mijlpaal of knelpunt te melden is.", ALL_STATUSES),
    # promises as a class in a relative clause on papers in general, the boilerplate of every half-yearly letter of the
    # Eerste Kamer's President on open promises (`De Kamer en de regering zijn er derhalve bij gebaat als brieven, nota's en
    # dergelijke, die samenhangen met toezeggingen aan de Eerste Kamer, rechtstreeks aan deze Kamer worden gezonden`, EK
    # 2013 and 2019, all135): no one promise; never promises named with an article (`die samenhangen met de toezegging aan
    # het lid Van der Lee`)
    rule("not-promises-on-papers", r"\b(?:die|dat)\s+(?:samenhangen|samenhangt|verband\s+houden|verband\s+houdt|"
                                    r"betrekking\s+hebben|betrekking\s+heeft)\s+(?:met|op)\s+toezeggingen\b",
         "De Kamer en de regering zijn er derhalve bij gebaat als brieven, nota's en dergelijke, die samenhangen met "
         "toezeggingen aan de Eerste Kamer, rechtstreeks aan deze Kamer worden gezonden.", ALL_STATUSES),
    # a web page's menu of bracketed links is no sentence (`[besluiten] [commissies] ... [toezeggingen] [stemmingen]`,
    # the head of a Tweede Kamer document page as saved with a verslag of 2023 and a verzamelbrief of 2024)
    rule("not-menu-links", r"^\W*\[[^\]\[]{1,40}\](?:\s*\[[^\]\[]{1,40}\]){2,}",
         "[overzicht] [activiteiten] [besluiten] [commissies] [kamerleden] [open vragen] [toezeggingen] [stemmingen]",
         ALL_STATUSES),
    # the letter itself informing now (`Met deze brief wordt u geïnformeerd`) is no promise of later news,
    # nor is a pointer inside the letter (`hierop kom ik in paragraaf 3 terug`)
    # (also the courteous opening that sends now: `Graag stuur ik u de derde ... agenda`, `Graag bied ik u ... aan`,
    # and what is sent today: `Vandaag ontvangt u digitaal een overzicht van de toezeggingen ...`)
    # (and the letter named as what is sent now: `Op verzoek van de commissie van 3 oktober 2024 stuur ik u deze brief`)
    # (`hiermee` as an adjective's lead is none: `de hiermee samenhangende vragen`, JenV 2018)
    # (also the report or agenda this letter is, and `door middel van deze brief`: `In dit verslag wordt uw Kamer tevens
    # geïnformeerd over ...`, BZ 2024; `Verder informeer ik uw Kamer door middel van deze brief over ...`, Fin 2021)
    # (never a promise in the `dat` clause of what the letter tells now: `Via deze brief laat ik U weten dat ik Uw Kamer
    # de gevraagde informatie in de tweede helft van oktober 2013 zal toesturen`, BZK 2013 to the Eerste Kamer)
    # (nor a promise that reaches past this letter, `vanaf nu`, `voortaan`: `Dat doe ik door middel van deze brief en zal
    # ik vanaf nu jaarlijks in de voortgangsrapportage ... doen`, VWS 2019)
    rule("not-informing-now", r"^(?!.*\b(?:laat|laten)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+weten\s+dat\b.*\b(?:zal|zullen)\b)"
                              r"(?!.*\b(?:zal|zullen)\s+(?:ik|wij|we)\s+(?:vanaf\s+nu|voortaan)\b)"
                              # (a letter's kind in words before it: `Met deze Stand van zakenbrief wordt uw Kamer
                              # geïnformeerd over actuele onderwerpen die spelen binnen de Douane`, Fin 2023)
                              r".*?\b((?:met|in|via|door middel van|middels) deze (?:[\w-]+\s+){0,3}?\w*brief|"
                              # (the paper by any of those prepositions, a nota too: `Middels dit verslag wordt uw Kamer
                              # tevens geïnformeerd over de EU-Canada top, die ook plaatsvond op 23 juni jl.`, BZ 2025, a
                              # session-16 fresh text; `Met deze nota wordt uw Kamer geïnformeerd over de voortgang`)
                              r"(?:met|in|via|door middel van|middels) (?:dit|deze) (?:\w+ )?(?:verslag|geannoteerde agenda|"
                              r"agenda|fiche|nota|notitie)|"
                              r"hierbij|(?<!verband )(?<!lijn )hiermee"
                              r"(?!\s+(?:samenhangende?|verband\s+houdende?|gemoeide?)\b)|"
                              r"(?:stuur|zend|bied|schrijf)\s+(?:ik|wij|we)\s+(?:u\s+|uw\s+Kamer\s+)?deze\s+brief|"
                              r"bijgaand|bijgevoegd|graag\s+(?:stuur|zend|bied|informeer|bericht|doe|deel)\s+(?:ik|wij|we)|"
                              r"vandaag\s+(?:ontvangt|ontvangen|stuur|sturen|zend|zenden|bied|bieden)|"
                              r"als bijlage|hieronder|verderop|"
                              # (`hierna` right after the verb points down the letter: `Daarom informeer ik u hierna over de
                              # ideëen die ter voorbereiding van het uitwerkingsoverleg van 27 april zijn ontwikkeld`, OCW
                              # 2000, fix62 mined; the meeting's date is no time of informing)
                              r"(?:informeer|bericht|schets|ga)\s+(?:ik|wij|we)\s+(?:u\s+|uw\s+Kamer\s+)?hierna|"
                              # (a paper sent alongside this letter: `Parallel aan deze brief ontvangt u van de Minister
                              # voor Rechtsbescherming een separate brief`, Fin 2021)
                              r"(?:parallel|gelijktijdig|tegelijk(?:ertijd)?)\s+(?:aan|met)\s+deze\s+brief|"
                              r"in paragraaf|in hoofdstuk)\b|"
                              # (the part named in brackets: `Daarbij zal ik gelijk een korte reactie geven (hoofdstuk
                              # 1).`, VWS 2022: the letter's outline)
                              r"\(\s*(?:zie\s+)?(?:hoofdstuk|paragraaf|par\.)\s*\d",
         "Met deze brief wordt u geïnformeerd over de voortgang op een viertal onderwerpen.",
         frozenset({Status.OPEN}), FLAGS),
    # the last item of the letter's outline (`Tot slot informeer ik u over de voorlopige en definitieve forfaitaire
    # percentages voor de jaren 2023, 2024 en 2025 van de vermogenscategorieën in box 3.`, Fin 2024, rules32 held-out
    # probe, after `In deze brief schets ik ...`): what this letter does, the years what the figures are about; a time
    # of its own still promises (`Tot slot informeer ik u in het najaar over ...`)
    rule("not-outline-last", rf"^\W*(?:tot\s+slot|ten\s+slotte)\s*,?\s+(?:informeer|bericht|schets|ga|kom)\s+(?:ik|wij|we)\b"
                             rf"(?!.*\b(?:zal|zullen|later|nader|zodra|binnenkort|na\s+(?:de|het)|vóó?r\s+(?:de|het)|"
                             rf"in\s+(?:de|het)\s+(?:voorjaar|zomer|najaar|winter|loop)|{MONTH_NAMES}|kwartaal|\w*reces)\b)",
         "Tot slot informeer ik u over de voorlopige en definitieve forfaitaire percentages voor de jaren 2023, 2024 en "
         "2025 van de vermogenscategorieën in box 3.", frozenset({Status.OPEN}), FLAGS),
    # ... and its first item (`Allereerst zal ik u informeren rondom het niet-gebruik van toeslagen en de dienstverlening
    # aan burgers. Daarna zal ik u meenemen in ...`, Fin 2025, cmt101 pool A): what this letter goes through, `zal` the
    # order of its parts; a time or a later paper of its own still promises (`Allereerst zal ik u in het najaar
    # informeren over ...`)
    rule("not-outline-first", rf"^\W*(?:allereerst|ten\s+eerste|in\s+de\s+eerste\s+plaats)\s*,?\s+(?:zal|informeer|bericht|"
                              rf"schets|ga|kom)\s+(?:ik|wij|we)\b(?!.*\b(?:later|nader|zodra|binnenkort|na\s+(?:de|het)|"
                              rf"vóó?r\s+(?:de|het)|in\s+(?:de|het)\s+(?:voorjaar|zomer|najaar|winter|loop)|{MONTH_NAMES}|"
                              rf"kwartaal|\w*reces|volgende|komende|aparte|separate|afzonderlijke)\b)",
         "Allereerst zal ik u informeren rondom het niet-gebruik van toeslagen en de dienstverlening aan burgers.",
         frozenset({Status.OPEN}), FLAGS),
    # the letter's contents listed in the present passive, no time named (`Ook wordt uw Kamer geïnformeerd over de toetreding
    # van Polen tot het EOM.`, a JBZ report to the EK, 2024): informing now, where `wordt uw Kamer apart geïnformeerd` or
    # `wordt uw Kamer in het najaar geïnformeerd` promise later news
    # what a recurring paper does, told in the present with its rhythm (`Met de veteranennota wordt uw Kamer jaarlijks
    # geïnformeerd over de stand van zaken van het veteranenbeleid.`, Def 2018, the letter sending this year's nota):
    # a routine, not a promise made here
    rule("not-a-routine", r"^\W*(?:met|in|via)\s+(?:de|het)\s+[\w-]+\s+(?:wordt|worden)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+"
                          r"(?:jaarlijks|halfjaarlijks|periodiek|ieder\s+jaar|elk\s+jaar)\s+geïnformeerd\b",
         "Met de veteranennota wordt uw Kamer jaarlijks geïnformeerd over de stand van zaken van het veteranenbeleid.",
         frozenset({Status.OPEN})),
    # a standing practice told in the present passive with `steeds`, `altijd` or `telkens` (`De inzet van het kabinet bij
    # en de uitkomst van onderhandelingen in Brussel wordt steeds vooraf, waar mogelijk tijdens het proces, en achteraf
    # met uw Kamer gedeeld en verantwoord.`, Financiën 2014, probe68): how the Kamer is kept informed, no promise made
    # here; with `zal`, `voortaan` or `in de toekomst` it is one, and so is this time's paper (`De rapportage wordt, zoals
    # altijd, voor de zomer aan uw Kamer toegezonden`)
    # a promise told in an earlier letter is mentioned, not made here (BZK 2020, fix77 held-out; TOLD_BEFORE)
    rule("not-told-before", TOLD_BEFORE, "Bij brief van 27 november 2019 heb ik u bericht dat ik Uw Kamer voor 1 april "
         "2020 een notitie zal doen toekomen.", frozenset({Status.OPEN}), FLAGS),
    rule("not-standing-practice", rf"^(?!.*\b(?:zal|zullen|voortaan|toekomst|blijf|blijft|blijven|zoals|{WHEN})\b).*"
                                  r"\b(?:wordt|worden)\b"
                                  r"[^.;]{0,40}?\b(?:steeds|altijd|telkens)\b[^.;]{0,120}?\b(?:gedeeld|geïnformeerd|"
                                  r"verantwoord|toegezonden|gestuurd|voorgelegd)\b",
         "De inzet van het kabinet bij en de uitkomst van onderhandelingen in Brussel wordt steeds vooraf, waar mogelijk "
         "tijdens het proces, en achteraf met uw Kamer gedeeld en verantwoord.", frozenset({Status.OPEN})),
    # the Kamer's own question about when (or whether) it will be informed, told as what it asked (`De vaste commissie
    # voor Defensie heeft mij op 23 juni jl. verzocht om informatie over het tijdstip waarop de Kamer zal worden ingelicht
    # over de toekomst van het vastgoed van Defensie`, Def 2011, probe56): a request, not a promise; the answer
    # (`Ik zal de Kamer in augustus informeren`) is the promise, and a promise told after such a request still counts
    # (`Gevraagd is wanneer de Kamer wordt geïnformeerd; ik zal de Kamer in mei informeren.`)
    # (or when a paper will reach it: `Op 30 oktober jl. verzocht de vaste Commissie voor Economische Zaken om exact aan te
    # geven wanneer het definitieve winningsplan ... naar de Kamer zal worden gestuurd`, EZ 2014)
    rule("not-asked-when-informed", rf"^(?!.*[;:]\s*(?:ik|wij|we|het\s+kabinet)\s+(?:zal|zullen)\b).*\b(?:verzocht|gevraagd|"
                                    rf"verzoekt|vraagt|vroeg|vroegen)\b[^.;]{{0,80}}?\b(?:wanneer|waarop|of|hoe|op\s+welke"
                                    rf"\s+termijn)\s+(?:[^.;]{{0,120}}?\b(?:naar|aan)\s+)?{KAMER_NOUN}\s+(?:wordt|zal|zou|kan)\b",
         "De vaste commissie voor Defensie heeft mij op 23 juni jl. verzocht om informatie over het tijdstip waarop de "
         "Kamer zal worden ingelicht over de toekomst van het vastgoed van Defensie.", frozenset({Status.OPEN}), FLAGS),
    # the same routine told with the time it has run since (`Over het programma Binnenhof renovatie wordt uw Kamer sinds
    # 2018 met halfjaarlijkse voortgangsrapportages ... geïnformeerd`, BZK 2024): a practice, not a promise made here;
    # `zal` or `blijft` still promise its going on
    rule("not-a-routine-since", r"^(?!.*\b(?:zal|zullen|blijf|blijft|blijven)\b)(?:.*\b(?:wordt|worden)\s+(?:u|uw\s+Kamer|"
                                r"de\s+Kamer)\s+sinds|\W*sinds\s+[^,;]{1,40}?\s+(?:wordt|worden)\s+(?:u|uw\s+Kamer|"
                                r"de\s+Kamer))\b.*\bgeïnformeerd\b",
         "Over het programma Binnenhof renovatie wordt uw Kamer sinds 2018 met halfjaarlijkse voortgangsrapportages en "
         "waar nodig met tussentijdse brieven, geïnformeerd.", frozenset({Status.OPEN})),
    # (also over the topics listed after a colon, in this letter: `Daarnaast wordt u, over de volgende onderwerpen nader
    # geïnformeerd:` over `(II) Subsidieverstrekking ...`, AenM 2025, rules37 probe)
    rule("not-informing-also", r"^\W*(?:ook|tevens|daarnaast|verder)\s+(?:wordt|worden)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s*,?\s+"
                               r"(?:geïnformeerd\s+over\b|(?:over\s+)?(?:het|de)\s+volgende\s+(?:\w+\s+){0,2}?"
                               r"(?:nader\s+)?geïnformeerd\s*:)",
         "Ook wordt uw Kamer geïnformeerd over de toetreding van Polen tot het Europees Openbaar Ministerie (EOM).",
         frozenset({Status.OPEN})),
    # telling the Kamer a fact now (`informeer ik uw Kamer dat de eindafweging ... meer tijd in beslag neemt dan
    # voorzien`, BZ 2024): news given in this letter, whatever date it names
    rule("not-informing-that", r"\b(?:informeer|informeren|bericht|berichten)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)"
                               r"\s+(?:er\s*over\s+|hierover\s+|graag\s+)?dat\b"
                               # (a promise inside the clause still counts: `informeer ik uw Kamer dat ik u voor de zomer
                               # een brief zal sturen`)
                               r"(?!.*\b(?:zal|zullen|streef\w*|verwacht\w*|voornemens)\b)",
         "Mede namens de Minister van Defensie informeer ik uw Kamer dat de eindafweging meer tijd in beslag neemt dan "
         "voorzien.", frozenset({Status.OPEN})),
    # ... or telling it as follows (`In reactie op het verzoek van de vaste commissie ... om aan te geven wanneer het
    # onderzoek ... naar verwachting aan de Tweede Kamer zullen worden aangeboden, bericht ik u als volgt.`, EZ 2015;
    # `Naar aanleiding van het bericht dat ..., bericht ik u als volgt`, VWS 2019): the letter answers now; the time in
    # the request it answers is none of its promises (what follows may be one: never where the writer says `zal`)
    rule("not-informing-as-follows", r"^(?!.*\b(?:ik|wij|we)\s+(?:zal|zullen)\b)(?!.*\b(?:zal|zullen)\s+(?:ik|wij|we)\b)"
                                     r".*\b(?:bericht|berichten|informeer|informeren|meld|melden|antwoord|antwoorden)\s+"
                                     r"(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+(?:hierbij\s+|graag\s+)?"
                                     r"(?:als\s+volgt|het\s+volgende)\b",
         "In reactie op het verzoek van de vaste commissie voor Economische Zaken in de procedurevergadering van 4 maart "
         "2015 om aan te geven wanneer het onderzoek naar de regeldruk van het wetsvoorstel natuurbescherming en de "
         "kabinetsreactie daarop naar verwachting aan de Tweede Kamer zullen worden aangeboden, bericht ik u als volgt.",
         frozenset({Status.OPEN})),
    # a promise said not to be kept now (`Het is daarom niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te
    # informeren`, BZ 2024): mentioned, not fulfilled by this letter; a fact with the verb before `niet`, not a
    # condition (`Als dat niet mogelijk is`)
    # (the promise named in the same clause: not `Zoals toegezegd stuur ik u hierbij het overzicht; niet alle cijfers
    # zijn beschikbaar ...`)
    rule("not-kept-not-possible", r"\b(?:(?:is|blijkt|bleek|was)\s+(?:het\s+)?(?:\w+\s+){0,2}?niet\s+(?:mogelijk|haalbaar)|"
                                  r"(?:lukt|lukte)\s+(?:het\s+)?(?:\w+\s+){0,2}?niet)\b[^.;]{0,100}?\btoe(?:gezegd|zegging)",
         "Het is daarom niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te informeren over de "
         "eindafweging.", frozenset({Status.FULFILLED})),
    # a label (a few words, no final stop) is a heading that names a promise, not a sentence that makes one
    # (`Toezegging TZ202309-010`, a letter's title line `Verzamelbrief moties en toezeggingen Economische Zaken`)
    # (a footnote marker after the stop ends a sentence too: `Dit heb ik ook toegezegd.2`)
    # (a list item of up to eight words that says who does what is no label: `- Ik informeer uw Kamer voor de zomer`)
    rule("not-a-label", r"^(?!.*[.!?;:][)\]»”’\"]?\d{0,3}\s*$)(?:\W*\S+(?:\s+\S+){0,3}|(?!.*\b(?:ik|wij|we|u|zal|zullen|"
                        r"wordt|worden|ontvangt|volgt|is|zijn|heb|heeft|hebben)\b)\W*\S+(?:\s+\S+){4,7})\s*$",
         "Toezegging TZ202309-010", ALL_STATUSES),
    # a longer heading opening on the promises it lists (`Toezeggingen in het kader van de evaluatie van de nieuwe
    # staatkundige verhoudingen sinds 10-10-10 (rapport-Spies)`, an EK committee's notes of 2016, fix74 held-out): no
    # final stop, no one who acts; a sentence that opens so stays (`Toezeggingen aan uw Kamer heb ik ... nagekomen.`)
    rule("not-a-promise-heading", r"^\W*toezeggingen\s+(?:in\s+het\s+kader\s+van|over|inzake|betreffende|met\s+betrekking\s+"
                                  r"tot|m\.b\.t\.|rond|rondom|uit|bij)\s(?!.*[.!?;:][)\]»”’\"]?\d{0,3}\s*$)"
                                  r"(?!.*\b(?:ik|wij|we|u|zal|zullen|wordt|worden|ontvangt|volgt|is|zijn|heb|heeft|hebben|"
                                  r"gaat|ga|gaan|zegde|zegden|deed|deden)\b)",
         "Toezeggingen in het kader van de evaluatie van de nieuwe staatkundige verhoudingen sinds 10-10-10 "
         "(rapport-Spies)", ALL_STATUSES),
    # the fields of the Eerste Kamer's record of a promise, read as one line (`Status voldaan Datum toezegging 21
    # februari 2017 Deadline 1 januari 2018 Verantwoordelijke(n) Minister van ...`): data, not a sentence on a promise
    rule("not-a-record-field", r"^\W*(?:Nummer\W+T\d+\W+)?(?:Status\W+(?:deels\s+)?(?:voldaan|openstaand|doorlopend)\W+)?"
                               r"Datum\s+toezegging\b|^\W*(?:Nummer\W+T\d+\W+)?Status\W+(?:deels\s+)?(?:voldaan|openstaand|"
                               r"doorlopend)\b",
         "Status voldaan Datum toezegging 21 februari 2017 Deadline 1 januari 2018 Verantwoordelijke(n) Minister van "
         "Onderwijs, Cultuur en Wetenschap", ALL_STATUSES),
    # a letter's subject field, its letterhead run into the salutation on one line (`... Datum 26 november 2020 Betreft
    # Bestuurlijke Overleggen MIRT 25 en 26 november 2020, voortgang MIRT, moties en toezeggingen Geachte voorzitter,
    # Op 25 en 26 november ...`, IenW 2020): names the letter's subject, keeps or mentions no promise
    rule("not-a-subject-line", r"\bBetreft:?\s[^.;]{0,200}?\btoezegging\w*\b[^.;]{0,60}?\bGeachte\b",
         "Datum 26 november 2020 Betreft Bestuurlijke Overleggen MIRT 25 en 26 november 2020, voortgang MIRT, moties en "
         "toezeggingen Geachte voorzitter, Op 25 en 26 november 2020 hebben de Bestuurlijke Overleggen MIRT "
         "plaatsgevonden.", frozenset({Status.REFERENCED, Status.FULFILLED})),
    # the Tweede Kamer's page title of a filed paper names its subject, no promise (`Brief regering : Uitvoering moties
    # en toezeggingen Wet open overheid (Woo)`, BZK 2023: the letter's own sentences keep them)
    rule("not-a-page-title", rf"^\s*(?:{PAGE_TITLE_KINDS})[ \t]+:[ \t]+\S",
         "Brief regering : Uitvoering moties en toezeggingen Wet open overheid (Woo)", ALL_STATUSES),
    # a question (a member's, quoted in an answer to Kamervragen) asks for a promise; it makes or keeps none
    # (its footnote marker or closing quote after the mark, as a text file keeps it: `... te informeren?1`)
    rule("not-a-question", QUESTION_END, "Kunt u uiteenzetten wat uw inzet bij dit vervolgoverleg zal zijn en kunt u de "
         "Kamer hierover voorafgaand aan het overleg informeren?", frozenset({Status.OPEN, Status.FULFILLED})),
    # promises in general, as the Eerste Kamer's reminders speak of them, name no promise: an overview or the reminder
    # of them (`het gebruikelijke halfjaarlijkse overzicht van openstaande en deels voldane toezeggingen`, `het rappel
    # toezeggingen en moties`, `Halfjaarlijks toezeggingenrappel minister van BZK`), the state of them all, or any one in a condition (`Is een toezegging nog niet (geheel)
    # nagekomen, dan ...`)
    # (a sentence that names promises by their number is about those: `... inzake het rappel toezeggingen BZK besluiten
    # de commissies om een nadere toelichting te vragen op de uitvoering van de toezeggingen T02867, T02849 ...`)
    rule("not-promises-in-general", r"^(?!.*\btoezegging\w*\s+T\d{4,5}\b)(?:.*?)(?:"
                                    r"\b(?:overzicht(?:en)?|lijst(?:en)?)\s+(?:\w+\s+){0,7}?toezeggingen\b|"
                                    r"\btoezeggingen-?\s*(?:en\s+)?\w*rappel|\brappel\s+(?:van\s+)?(?:de\s+)?toezeggingen\b|"
                                    r"\b(?:stand\s+van\s+zaken|ten\s+aanzien)\s+van\s+de\s+toezeggingen\s+die\b|"
                                    r"\b(?:[Ii]s|[Ii]ndien|[Aa]ls|[Ww]anneer)\s+een\s+toezegging\b|"
                                    # (the open ones as a class: `over de openstaande toezeggingen en niet-uitgevoerde moties`)
                                    # (after the motions: `de stand van zaken van openstaande moties en toezeggingen`,
                                    # IenM 2011, a committee's list of questions)
                                    r"\bopenstaande\s+(?:moties\s+en\s+)?toezeggingen\b(?!\s+[A-Z]+\d))",
         "Door middel van deze brief attendeer ik u op het gebruikelijke halfjaarlijkse overzicht van openstaande en "
         "deels voldane toezeggingen.", frozenset({Status.REFERENCED})),
    # the state of promises as a topic, a title or an agenda's item naming them as a class (`Stand van zaken toezeggingen
    # en moties over de evaluaties in het kader van de staatkundige vernieuwing`, a BZK letter's title 2016; `• Stand van
    # zaken van verschillende moties en toezeggingen.`, an agenda of a wetgevingsoverleg 2024; fix74 sentence audit; open
    # and closed ones together: `– brief van de minister van Defensie d.d. 19 januari 2010 met het overzicht van de stand
    # van zaken openstaande en afgedane toezeggingen (2010Z01014).`, a committee's list of papers, fix85 audit): no
    # promise told; a sentence that tells one besides (`is ... toegezegd`, a numbered one) stays, and so does the letter
    # that gives the state now (fulfilled: `Hierbij sturen wij uw Kamer een stand van zaken van een aantal moties en
    # toezeggingen.`)
    rule("not-state-of-promises", r"^(?!.*\b(?:toezegging\w*\s+T\d{4,5}|toegezegd|zeg\w*\s+(?:\w+\s+){0,3}?toe)\b)"
                                  r".*?\bstand\s+van\s+zaken\s+"
                                  r"(?:van\s+)?(?:(?:de|een\s+aantal|diverse|verschillende|alle)\s+)?"
                                  r"(?:(?:openstaande|afgedane|aangenomen|lopende)\s+(?:en\s+(?:openstaande|afgedane)\s+)?)?"
                                  r"(?:moties\s+en\s+)?toezeggingen\b",
         "Stand van zaken toezeggingen en moties over de evaluaties in het kader van de staatkundige vernieuwing en "
         "Koninkrijksrelaties in den brede", frozenset({Status.REFERENCED})),
    # a promise the members ask for, as a committee's report words it (`Genoemde leden willen de toezegging dat deze
    # culturele aspecten worden meegenomen ...`, a VSO of VWS 2010, probe69 held-out): none made or told; a question
    # about one made stays (`De leden vragen naar de toezegging van de minister ...`)
    rule("not-asked-for", r"\b(?:willen|wil|vragen|vraagt|verzoeken|verzoekt)\s+(?:(?!naar\b|over\b|na\b)\w+\s+){0,3}?(?:om\s+)?(?:de|een)\s+"
                          r"toezegging\b", "Genoemde leden willen de toezegging dat deze culturele aspecten worden "
         "meegenomen in de indicatoren die zullen worden opgesteld om de ongelijkheid op gezondheidsgebied te monitoren.",
         ALL_STATUSES),
    # the members' question as a nota naar aanleiding van het verslag or a verslag reports it, the members the subject
    # (`De leden van de fractie VVD-fractie vragen wanneer de regering verwacht de uitvoeringstoets ... gereed te hebben en
    # te kunnen delen met de Kamer.`, Fin 2020, all130; `Deze leden willen weten of ...`, `Ook vragen de leden van de
    # CDA-fractie ...`): no promise made or kept; one they ask about stays mentioned
    rule("not-members-ask", rf"^\W*(?:(?:ook|tevens|verder|voorts|daarnaast|vervolgens|tot\s+slot|ten\s+slotte)\s*,?\s+)?"
                            rf"(?:{MEMBERS}\s+(?:\w+\s+)?{MEMBERS_ASK}|{MEMBERS_ASK}\s+{MEMBERS})\b",
         "De leden van de fractie VVD-fractie vragen wanneer de regering verwacht de uitvoeringstoets met betrekking tot de "
         "nota van wijziging gereed te hebben en te kunnen delen met de Kamer.", frozenset({Status.OPEN, Status.FULFILLED}),
         FLAGS),
    # a promise not to: `Het kabinet zal de Kamer hierover niet informeren`
    rule("not-negated", rf"\b(niet|geen)\b(?:\s+\S+){{0,2}}\s+{INFORM}",
         "Het kabinet zal de Kamer hierover niet informeren.", frozenset({Status.OPEN})),
    # the letter's outline in the present, `terug op` with its object and no when: what this letter does, not a
    # promise (`Ook kom ik terug op enkele vragen die de heer Van Kent in het commissiedebat heeft gesteld`, SZW 2022;
    # a promise puts `terug` last or says when: `Ik kom hier voor de zomer op terug`)
    rule("not-outline-come-back", rf"^(?!.*\b{WHEN}\b).*\b" + writer_does("kom|komen")
                                  + r"\s+(?:ook\s+|tevens\s+|daarnaast\s+|nog\s+)?terug\s+op\b",
         "Ook kom ik terug op enkele vragen die de heer Van Kent (SP) in het commissiedebat heeft gesteld.",
         frozenset({Status.OPEN})),
)
# A sentence saying this letter delivers now. Right after a promise only mentioned, it makes the letter the
# answer to that promise (`In de brief is toegezegd dat uw Kamer jaarlijks ... zal worden geïnformeerd ...
# In verband met de kabinetswisseling ontvangt u deze brief nu.`).
DELIVERY_RULES: tuple[Rule, ...] = (
    # (also `In deze brief ga ik in op het informatieverzoek van uw Kamer`, after `Tijdens deze vergadering zijn
    # enkele toezeggingen gedaan.`, BZK 2024)
    rule("delivered-next", r"\b(ontvangt u|ontvangt uw Kamer|treft u)\b.{0,60}\b(deze brief|hierbij|bijgaand|nu)\b|"
                           r"\b(hierbij|hiermee|bijgaand|met deze brief|in deze brief|via deze brief)\b.{0,60}"
                           r"\b(informeer|informeren|bericht|stuur|zend|bied|ontvangt|treft|geïnformeerd|"
                           r"(?:ga\s+ik|gaan\s+(?:wij|we))\s+in\s+op)\b|"
                           r"\b(informeer|bericht)\s+(ik|wij|we)\s+(u|uw Kamer)\b.{0,60}\b(in|met|via) deze brief\b",
         "In verband met de kabinetswisseling ontvangt u deze brief nu.", Status.FULFILLED),
    # the letter said to meet the promise just told: `Hiermee voldoet de Minister van VWS aan deze toezegging.` (VWS 2017)
    rule("delivered-complied", r"\b(?:hiermee|hierbij|daarmee|met\s+deze\s+brief)\b.{0,80}\b(?:voldoe|voldoet|voldoen|"
                               r"wordt\s+voldaan|is\s+voldaan)\b.{0,60}\baan\s+(?:deze|die|de|bovengenoemde|voornoemde)\s+"
                               r"toezegging\b",
         "Hiermee voldoet de Minister van VWS aan deze toezegging.", Status.FULFILLED),
    # the letter names itself the promised paper: `Deze brief behelst de eerste zelfstandige rapportage.`
    rule("delivered-is-the-paper", r"^\W*(?:deze|onderhavige)\s+brief\s+(?:is|behelst|bevat|vormt)\s+(?:de|het|een|mijn|onze)"
                                   r"\s+(?:\w+\s+){0,2}?(?:rapportage|reactie|voortgangsrapportage|voortgangsbrief|"
                                   r"kabinetsreactie|beleidsreactie|appreciatie|uitwerking|brief|informatie|overzicht)\b",
         "Deze brief behelst de eerste zelfstandige rapportage.", Status.FULFILLED),
    # the promised paper annexed: `In de bijlage vindt u de brief`, `Als bijlage treft u het rapport aan` (BZ 2016)
    rule("delivered-annexed", r"\b(?:in|als)\s+(?:de\s+)?bijlage\s+(?:(?:bij\s+deze\s+brief|hierbij)\s+)?(?:vindt|treft|"
                              r"ontvangt)\s+u\b|\b(?:vindt|treft|ontvangt)\s+u\b.{0,80}\b(?:in|als)\s+(?:de\s+)?bijlage\b",
         "In de bijlage vindt u de brief.", Status.FULFILLED),
)
# A sentence right after a promise only mentioned, as a collected letter lists its items (`• De toezegging aan Dhr.
# van den Bosch: Verzoek tot voorzetting van het project horsepower.`), that points to where that promise is answered:
# into a part of this letter or of the paper it offers, the promise is kept here (`De uitwerking hiervan vindt u in het
# hoofdstuk «onderzoek» op pagina 36.`, `In de Veteranennota wordt de uitvoering en organisatie van de zorg
# beschreven.`, Def 2021, the nota the letter offers); into a paper sent before, it stays only mentioned (`Hierover is
# uw Kamer geïnformeerd bij brief van 3 mei 2021.`). Either way the pointer is part of the promise's record (its quote).
POINTED_BACK = (r"(?:hiervan|hierop|hierover|hiervoor|hierin|daarvan|daarop|daarover|daarvoor|(?:deze|die|bovengenoemde)\s+"
                r"toezegging)")
# a part of this letter, its annex or the paper it offers: `het hoofdstuk «onderzoek»`, `paragraaf 3`, `bijlage 2`
OWN_PART = r"(?:(?:het|de)\s+)?(?:hoofdstuk|paragraaf|pagina|onderdeel|bijlage|sectie)\b|deze\s+brief\b"
NOT_ELSEWHERE = rf"^(?!.*(?:{PAPER_DATE}|\bKamerstuk|\bbrief\s+van\b))"
POINTER_RULES: tuple[Rule, ...] = (
    rule("kept-pointed-to-part", NOT_ELSEWHERE + rf"(?:(?=.*\b{POINTED_BACK}\b)(?:.*\b(?:vindt|treft|leest)\s+u\b[^.;]{{0,80}}?"
                                                 rf"\b(?:in|op)\s+(?:{OWN_PART})|.*\b(?:in|op)\s+(?:{OWN_PART})[^.;]{{0,80}}?"
                                                 rf"\b(?:vindt|treft|leest)\s+u\b|.*\b(?:wordt|worden|ga\s+ik|gaan\s+(?:wij|we))"
                                                 rf"\s+(?:\w+\s+){{0,3}}?(?:in|op)\s+(?:{OWN_PART}))|"
                                                 rf"\W*zie\s+(?:hiervoor\s+|daarvoor\s+|ook\s+)?(?:{OWN_PART}))",
         "De uitwerking hiervan vindt u in het hoofdstuk «onderzoek» op pagina 36.", Status.FULFILLED),
    # (the paper named must be one this letter offers: ``OFFERED_PAPER_POINTERS``)
    rule("kept-pointed-to-offered-paper", NOT_ELSEWHERE + r"^\W*(?:in|met)\s+(?:de|het)\s+(?P<paper>[\w-]{4,})\b"
                                          r"(?:\s+[\w–-]+){0,2}?\s+(?:wordt|worden)\b[^.;]{0,120}?\b(?:beschreven|toegelicht|"
                                          r"uitgewerkt|ingegaan|behandeld|uiteengezet)\b",
         "In de Veteranennota wordt de uitvoering en organisatie van de zorg beschreven.", Status.FULFILLED),
    rule("mentioned-pointed-to-earlier", rf"^\W*(?:{POINTED_BACK})\s+(?:is|werd|bent|zijn|heb|hebben|heeft)\s+"
                                         rf"(?:\w+\s+){{0,4}}?(?:{INFORMED}|bericht|gestuurd|gezonden)\b",
         "Hierover is uw Kamer geïnformeerd bij brief van 3 mei 2021 (Kamerstuk 30 139, nr. 240).", Status.REFERENCED),
)
OFFERED_PAPER_POINTERS = frozenset({"kept-pointed-to-offered-paper"})
# A sentence saying the promised paper does not come now (a letter asking for more time): right after the writer
# recounts a promise (`heb ik ... toegezegd deze brief binnen enkele weken ... te versturen`), it leaves that
# promise only mentioned, not kept by this letter.
POSTPONED_RULES: tuple[Rule, ...] = (
    rule("postponed-request-not-met", rf"\b{NOT_COMPLIED}\b",
         "Ik kan daarom niet aan het verzoek voldoen deze brief voor dinsdag 19 maart 12:00 uur aan uw Kamer te "
         "versturen.", Status.REFERENCED),
    rule("postponed-paper-later", r"^\W*(?:deze|die|de|het)\s+(?:brief|reactie|rapportage|informatie|antwoorden|"
                                  r"beantwoording|notitie|kabinetsreactie)\b.{0,40}\b(?:kan|kunnen|zal|zullen)\s+"
                                  r"(?:ik|wij|we)\b.{0,80}\b(?:binnen|uiterlijk|na|voor|vóór|rond)\b",
         "Deze brief kan ik binnen enkele weken naar uw Kamer verzenden.", Status.REFERENCED),
    # (or the study it still needs: `Ik wil u de resultaten graag met een appreciatie toesturen. Dat vergt een nadere
    # bestudering.`, IenM 2013, all145)
    rule("postponed-more-time", r"\b(?:(?:meer|extra)\s+tijd\s+(?:nodig|vergt|vraagt|kost)|uitstel\s+van\s+(?:de\s+)?"
                                r"(?:beantwoording|toezending|verzending)|(?:vergt|vraagt|vereist)\s+(?:nog\s+)?(?:een\s+)?"
                                r"nadere\s+(?:bestudering|analyse|uitwerking|afstemming|studie))\b",
         "Er is namelijk meer tijd nodig voor zorgvuldige afstemming.", Status.REFERENCED),
    # the paper not ready yet, or the matter promised anew for later (`De evaluatie is nog niet afgerond. Ik zal u
    # hierover in het najaar informeren.`; not a promise to keep informing: `Ik zal u hierover blijven informeren`)
    # (also in a letter still to be sent: `Vervolgens heb ik toegezegd u te informeren over de voortgang ... Ik informeer
    # uw Kamer hierover in de Kamerbrief Aanpak wachtlijsten zwemles ... die ik parallel aan deze beantwoording aan uw
    # Kamer zal aanbieden.`, answers of VWS 2023, all123)
    # the promised paper sent before, by an earlier letter (`Begin oktober 2018 heb ik uw Kamer daarom toegezegd om
    # een verdiepend onderzoek jeugd uit te laten voeren ... De uitkomsten van dit verdiepend onderzoek heb ik uw Kamer
    # op 24 april jl. toegestuurd`, VWS 2019): this letter only recounts it
    rule("postponed-sent-before", rf"\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+(?:\w+\s+){{0,2}}?"
                                  rf"(?:op\s+\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}}|\s+jl\b\.?)?|reeds|eerder|al)\s+"
                                  r"(?:\w+\s+){0,2}?(?:toegestuurd|gestuurd|toegezonden|gezonden|aangeboden)\b",
         "De uitkomsten van dit verdiepend onderzoek heb ik uw Kamer op 24 april jl. toegestuurd (Kamerstuk 31 839, nr. "
         "643).", Status.REFERENCED),
    # the term of the promise said not to be met (`Hierbij meld ik u dat ik aan deze toezegging niet binnen de afgesproken
    # termijn, namelijk voor de begrotingsbehandeling ..., kan voldoen`, SZW 2018)
    rule("postponed-not-in-term", r"\bniet\s+binnen\s+de\s+(?:afgesproken|gestelde|gevraagde|toegezegde|gebruikelijke)\s+"
                                  r"termijn\b",
         "Hierbij meld ik u dat ik aan deze toezegging niet binnen de afgesproken termijn, namelijk voor de "
         "begrotingsbehandeling van het ministerie van Sociale Zaken en Werkgelegenheid, kan voldoen.", Status.REFERENCED),
    rule("postponed-not-ready", r"\bnog\s+niet\s+(?:\w+\s+)?(?:afgerond|gereed|klaar|voltooid|beschikbaar)\b",
         "De evaluatie is nog niet afgerond.", Status.REFERENCED),
    # (also the time of its end not known yet: `Het is nog niet bekend wanneer alle onderzoeken worden afgerond.`, IenW
    # 2023, all129, after `... u toegezegd u te informeren als er meer bekend zou zijn over de toedracht`)
    rule("postponed-end-not-known", r"\bnog\s+niet\s+(?:bekend|duidelijk)\s+wanneer\b[^.;]{0,120}?\b(?:afgerond|gereed|klaar|"
                                    r"voltooid|beschikbaar|afgesloten)\b",
         "Het is nog niet bekend wanneer alle onderzoeken worden afgerond.", Status.REFERENCED),
    rule("postponed-promised-anew", r"^(?!.*\bblijven\b)(?=.*\b(?:hierover|daarover|hierop|daarop)\b).*\b(?:zal|zullen|"
                                    r"verwacht|verwachten|streef|streven)\b.*\b(?:informeren|berichten|terugkomen|"
                                    r"terug\s+te\s+komen|toesturen|sturen|toekomen|aanbieden|toezenden|versturen)\b",
         "Ik zal u hierover in het najaar informeren.", Status.REFERENCED),
    # the writer only expecting to be able to inform by a later time, the form of a letter asking for more time (`Om die
    # reden denk ik uw Kamer uiterlijk februari 2020 nader te kunnen informeren.`, JenV 2019, cmt96 pool A2)
    rule("postponed-expect-to-be-able", r"\b(?:(?:denk|denken|hoop|hopen|verwacht|verwachten)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+"
                                        r"(?:denk|denken|hoop|hopen|verwacht|verwachten))\b[^.;]{0,160}?\bte\s+kunnen\s+"
                                        r"(?:informeren|berichten|sturen|toesturen|zenden|toezenden|aanbieden|versturen|"
                                        r"rapporteren|doen\s+toekomen)\b",
         "Om die reden denk ik uw Kamer uiterlijk februari 2020 nader te kunnen informeren.", Status.REFERENCED),
)
# A letter keeping promises it lists below (`Tot slot geef ik met deze brief invulling aan onderstaande moties en
# toezeggingen:` / `• De toezegging aan het lid Tielen om te onderzoeken ...`): each item of the list is kept too.
LIST_LEADS: tuple[Rule, ...] = (
    rule("kept-listed", r"\b(?:onderstaande|(?:na)?volgende|hieronder|hierna|als\s+volgt)\b",
         "Tot slot geef ik met deze brief invulling aan onderstaande moties en toezeggingen, die in de verschillende "
         "paragrafen worden toegelicht.", Status.FULFILLED),
)
LIST_LEAD = LIST_LEADS[0]
LIST_LEAD_GAP = 2    # sentences that may stand between such a lead and its list
POSTPONE_REACH = 3   # sentences after a recounted promise in which its paper may be said not to come now
# ... counted again from a sentence that names the promise once more (`het toegezegde onderzoek`, `deze toezegging`)
# within NAMED_AGAIN_REACH sentences: `Ook hebben wij toegezegd om voor het verleden te beoordelen of voldoende
# waarborgen aanwezig waren ... Onder andere het toegezegde onderzoek ... moet zorgvuldig gebeuren. Hiervoor is meer tijd
# nodig.` (answers of Fin 2020, probe67: recounted, not kept)
# (also with the writer as agent: `Om tot de door mij toegezegde zinvolle brief te komen, ...`, JenV 2019, cmt96 pool A2)
NAMED_AGAIN = re.compile(r"\b(?:(?:het|de)\s+(?:door\s+(?:mij|ons)\s+)?toegezegde|"
                         r"(?:deze|die|bovengenoemde|genoemde)\s+toezegging)\b", re.I)
NAMED_AGAIN_REACH = 6
# the rows that recount a promise of the writer's own and take this letter for its answer
RECOUNTED = frozenset({"kept-promised-to-inform", "kept-announced-to-inform", "kept-promised-to-do", "kept-i-promised",
                       "kept-promised-to-explain", "kept-said-would-send"})
# the rows that keep promises as a class (the state of a number of them given here): no one promise a closing sentence
# after them could join (`Hierbij sturen wij uw Kamer een stand van zaken van een aantal moties en toezeggingen. Een
# aantal van deze moties en toezegging wordt ... als afgedaan beschouwd.`, VWS 2024: two records)
OVERVIEWS = frozenset({"kept-state-in-this-letter", "kept-state-given-here"})
# A sentence that names a promise only by pointing back to it (`deze toezegging`), right after one that tells it, is that
# promise again, not a second one: `Tijdens het Algemeen Overleg ProRail van 10 september 2015 heb ik toegezegd uw Kamer
# binnen 4 weken een brief te sturen ... Gezien de samenloop ... heb ik een aantal dagen extra tijd nodig om aan deze
# toezegging te kunnen voldoen.` (IenM 2015)
BACK_REFERENCE = re.compile(r"^(?!(?:.*?\btoezegging){2}).*\b(?:deze|die|bovengenoemde|voornoemde|genoemde)\s+"
                            r"toezegging\b", re.I | re.S)
BACK_REFERENCE_REACH = 600   # characters: how far back the sentence that told the promise may start
# A promise whose paper the next sentence picks up again by a demonstrative, to say when it comes or how (`De komende
# maanden ontvangt u de DMP-brieven die de start of faseovergang van deze projecten markeren. Deze brieven zullen uw Kamer
# waarschijnlijk kort voor het Kerstreces 2020 bereiken.`, Def 2020, probe58 held-out): one promise, quoted in both
SAME_PAPER = re.compile(r"^\W*(?:deze|die)\s+(?:\w+\s+)?(?:\w*brie(?:f|ven)|\w*rapport(?:en|age|ages)?|\w*reacties?|"
                        r"\w*notities?|nota'?s|stukken|antwoorden|evaluaties?|overzicht(?:en)?|\w*plan(?:nen)?)\b|"
                        r"^\W*(?:deze|die|ze|zij)\s+(?:zal|zullen)\b", re.I)
# A question asking the government to inform the Kamer or send it a paper (Kamervragen), answered by a plain yes right
# after it (`Ja.`, `Ja, daartoe ben ik bereid.`): the question and its yes make the promise together; the question alone
# makes none.
ASKED_RULES: tuple[Rule, ...] = (
    rule("asked-willing-to-inform", rf"^\W*(?:Bent|Is|Zijn)\s+(?:u|het\s+kabinet|de\s+regering|de\s+minister|"
                                    rf"de\s+staatssecretaris)\s+(?:\w+\s+){{0,2}}?bereid\b[^?]{{0,200}}?\b{KAMER}\b"
                                    r"[^?]{0,200}?\b(?:te\s+informeren|te\s+(?:doen\s+)?toekomen|toe\s+te\s+(?:sturen|zenden)|"
                                    r"te\s+(?:sturen|zenden|versturen|rapporteren|berichten)|op\s+de\s+hoogte\s+te\s+"
                                    r"(?:houden|stellen))\b[^?]*\?",
         "Bent U bereid de Kamer te informeren welke concrete stappen U voornemens bent te zetten in het kader van de motie "
         "Joldersma met betrekking tot de cultuur op het ministerie van OCenW?", MADE, FLAGS),
)
YES_RULES: tuple[Rule, ...] = (
    rule("made-yes-to-request", r"^\W*(?:Antwoord\s*\d*\W*)?(?:Ja(?:\s*,\s*(?:(?:daartoe|dat|hiertoe)\s+(?:ben|zijn)\s+"
                                r"(?:ik|wij|we|het\s+kabinet)(?:\s+graag)?(?:\s+bereid)?|dat\s+(?:zal|zullen)\s+(?:ik|wij|we)\s+"
                                r"doen|dat\s+zeg\s+ik\s+(?:u\s+)?toe))?|(?:Daartoe|Hiertoe)\s+(?:ben|zijn)\s+(?:ik|wij|we)"
                                r"(?:\s+graag)?\s+bereid)\s*[.!]?\s*$",
         "Ja.", MADE, FLAGS),
)
ANSWER_LABEL = re.compile(r"^\W*Antwoord\s*\d*\W*$", re.I)   # the label over an answer: `Antwoord 2`
# A promise a row of ``COMMITMENT_RULES`` finds (``MADE``), said in a trailing clause to be the one an earlier letter
# described (`... waarover de Tweede Kamer wordt geïnformeerd na vaststelling hiervan, zoals beschreven in de brief van 6
# januari jl.`, VWS 2023, cmt96 probe): made in that paper, mentioned here, as `Zoals ik in mijn brief van 3 mei heb
# aangegeven, zal ik ...` (``mentioned-as-said-before``). Never this letter or its annex informing now (`Middels deze brief
# wordt uw Kamer geïnformeerd ..., zoals aangekondigd in de brief van ...`), nor a plan told in a coalition agreement.
TOLD_IN_PAPER_RULES: tuple[Rule, ...] = (
    rule("mentioned-as-described-in-paper",
         r"^(?!.*\b(?:hierbij|hiermee|bijgaand|bijgevoegd|bijlage|(?:met|in|middels|via)\s+deze\s+\w*brief)\b)"
         r".*,\s*zoals\s+(?:(?:ik|wij|we)\s+)?(?:eerder\s+|reeds\s+|al\s+)?(?:beschreven|aangekondigd|aangegeven|gemeld|"
         r"vermeld|uiteengezet|geschetst)\s+in\s+(?:mijn|onze|de|het)\s+(?:[\w-]+\s+){0,3}?(?:\w*brief|beantwoording|"
         r"antwoorden|\w*debat|\w*overleg|\w*rapportage)\b",
         "De bevindingen uit beide rapporten worden meegenomen bij de uitwerking en uitvoering van de Hervormingsagenda "
         "Jeugd waarover de Tweede Kamer wordt geïnformeerd na vaststelling hiervan, zoals beschreven in de brief van 6 "
         "januari jl.", MENTIONED, FLAGS),
)
TABLES = ("COMMITMENT_RULES", "VETOES", "DELIVERY_RULES", "POSTPONED_RULES", "LIST_LEADS", "ASKED_RULES", "YES_RULES",
          "TOLD_IN_PAPER_RULES", "ANNOUNCED_LEADS", "POINTER_RULES")

# A letter that says near its top that it answers promises (`Deze brief gaat in op ... specifiek op mijn toezeggingen
# naar aanleiding van het algemeen overleg ...`, Def 2019, all121; `Ik zal de vragen ... hierbij ... beantwoorden en
# terugkomen op de toezeggingen.`, VWS 2023, fix122 B): the sentence itself and the promises the writer recounts around
# it (`Ik heb toen toegezegd duidelijkheid te verstrekken over ...`) are kept by this letter (document.py,
# ``_announced_promises``); never a letter that will answer them later or does not go into them
ANNOUNCED_LEADS: tuple[Rule, ...] = (
    rule("kept-announced-here", r"^(?!.*\b(?:niet|later|volgende|nog\s+te)\b).*\b(?:(?:deze|dit)\s+(?:brief|notitie)|hierbij|"
                                r"hiermee)\b[^.;]{0,160}?\b(?:in\s+op|ingaan\s+op|terug(?:komen|kom|komt)?\s+op|"
                                r"tegemoet\s+aan|invulling\s+aan)\b[^.;]{0,80}?\btoezegging",
         "Deze brief gaat in op onderwerpen die Defensie betreffen en specifiek op mijn toezeggingen naar aanleiding van "
         "het algemeen overleg (AO)-Personeel van 12 maart 2019 (Kamerstuk 35 000 X, nr. 111).", Status.FULFILLED,
         re.I),
)
ANNOUNCED = ANNOUNCED_LEADS[0]
# A sentence right after a recurring promise that outlines this letter's own subjects (`Conform mijn brief van 20 december
# 2018 (...) informeer ik u elk half jaar over een aantal onderwerpen met betrekking tot spoorgoederenvervoer. Belangrijkste
# onderwerpen in deze brief betreffen ...`, IenW 2019, all134): this letter is the next of those papers, the promise kept
OUTLINE_RULES: tuple[Rule, ...] = (
    rule("this-letter-outlined", r"^\W*(?:(?:de\s+)?(?:belangrijkste\s+)?(?:onderwerpen|thema['’]?s)\s+(?:in|van)\s+deze\s+"
                                 r"brief\b|in\s+deze\s+brief\s+(?:ga|gaan|informeer|informeren|schets|schetsen|beschrijf|"
                                 r"beschrijven|bespreek|bespreken|behandel|behandelen)\b|deze\s+brief\s+(?:gaat|betreft|bevat|"
                                 r"behandelt)\b)",
         "Belangrijkste onderwerpen in deze brief betreffen de uitvoering van het Maatregelenpakket Spoorgoederenvervoer.",
         True, re.I),
)
# A sentence that goes on from a promise just made, a pointer to its paper first (`In het najaar zal ik de Kamer informeren
# over de uitkomsten van DUO. Hierbij zal ik ook ingaan op de motie van de leden Van der Molen en Westerveld.`, OCW 2019,
# all134; `Daarin zal ik ook terugkomen op ...`): a further promise for that paper, open; read only after a sentence that
# made a promise (``goes_on_rule``), since `Hierbij zal ik ingaan op` after a sentence that informs now is this letter's
# outline; never `niet`
GOES_ON_RULES: tuple[Rule, ...] = (
    rule("made-will-go-into-there", r"^(?!.*\bniet\b)\W*(?:hierbij|daarbij|daarin|hierin|in\s+(?:die|dat)\s+(?:\w+\s+)?"
                                    r"(?:\w*brief|\w*rapportage|verslag|\w*notitie|\w*nota|reactie))\s*,?\s+(?:zal|zullen)\s+"
                                    r"(?:ik|wij|we|het\s+kabinet)\s+(?:\w+\s+){0,3}?(?:ingaan|in\s+gaan|terugkomen|reageren|"
                                    r"stilstaan|betrekken|meenemen)\b",
         "Hierbij zal ik ook ingaan op de motie van de leden Van der Molen en Westerveld.", MADE, re.I),
)
ANNOUNCE_TOP = 15       # sentences from the top of a letter in which it announces the promises it answers
ANNOUNCED_REACH = 3     # sentences before or after that announcement in which the writer recounts those promises
# ... the writer's own promise told in the perfect, the subject first (`Ik heb verder toegezegd ...`, `Ik heb diverse
# toezeggingen gedaan naar aanleiding van die vragen`), never one still to come in its own sentence
RECOUNTED_BY_WRITER = re.compile(r"^(?!.*\b(?:zal|zullen|later|volgt|volgen|nog\s+niet)\b).*\b(?:ik|wij|we)\s+(?:heb|hebben)\s+"
                                 r"(?:\w+\s+){0,3}?(?:toegezegd|toezegging(?:en)?\s+gedaan)\b", re.I)


# A footnote marker glued between two words in a text file (`heb ik aan uw Kamer toegezegd3om de hersteloperatie ...
# door te lichten`, Fin 2021, rules46 probe) is read as a space: the rows see the words apart.
GLUED_MARKER = re.compile(r"(?<=[a-zà-ÿ]{3})\d{1,2}(?=[a-zà-ÿ]{2})")


def _flat(sentence: str) -> str:
    return GLUED_MARKER.sub(" ", collapse(sentence))


def commitment_rule(sentence: str) -> Rule | None:
    """The row that makes a sentence a commitment (its ``value`` a ``Role``), or None when it is not one."""
    flat = _flat(sentence)
    vetoed: set[Status] = set()
    for veto in VETOES:
        if veto.search(flat):
            vetoed |= veto.value
    found = next((r for r in COMMITMENT_RULES if r.value.in_letter not in vetoed and r.search(flat)), None)
    if found is not None and found.value is MADE and MENTIONED.in_letter not in vetoed:
        return next((r for r in TOLD_IN_PAPER_RULES if r.search(flat)), found)
    return found


def goes_on_rule(sentence: str, after_promise: bool) -> Rule | None:
    """The row by which a sentence right after a promise made goes on to promise more for its paper, or None."""
    flat = _flat(sentence)
    return next((r for r in GOES_ON_RULES if r.search(flat)), None) if after_promise else None


def delivery_rule(sentence: str) -> Rule | None:
    """The row by which a sentence says this letter delivers now, or None."""
    flat = _flat(sentence)
    return next((r for r in DELIVERY_RULES if r.search(flat)), None)


def pointer_rule(sentence: str) -> tuple[Rule, re.Match[str]] | None:
    """The row by which a sentence points to where the promise just mentioned is answered (``POINTER_RULES``), with
    its match, or None."""
    flat = _flat(sentence)
    return next(((r, m) for r in POINTER_RULES if (m := r.search(flat)) is not None), None)


def postponed(sentences: list[str]) -> bool:
    """Whether one of these sentences (those after a recounted promise) says its paper does not come now."""
    return any(r.search(_flat(s)) for s in sentences for r in POSTPONED_RULES)


def status_in(row: Rule, doc_type: str | None) -> Status:
    """The status a row gives a commitment in a document of this type."""
    role: Role = row.value
    return role.in_description if doc_type in DESCRIBING else role.in_letter


# Members as the letters name them: `het lid Podt`, `lid Koerhuis (VVD)`, `de heer Groothuizen`, `mevrouw Piri`.
MEMBER_TITLE = r"(?:(?:het\s+)?(?:[Kk]amer)?lid|de\s+leden|de\s+heer|mevrouw|Mw\.|mw\.|Dhr\.|dhr\.)"
TO_WHOM = re.compile(rf"\b(?:aan\s+)?(?P<title>{MEMBER_TITLE})\s+(?P<who>(?:[A-Z][\w'’-]+\s?(?:van\s|de\s|der\s|en\s)?){{1,4}}(?:\s?\([A-Za-z0-9-]+\))?)")
DEBATES = (r"Commissiedebat|Tweeminutendebat|Notaoverleg|Wetgevingsoverleg|Algemeen\s+Overleg|Schriftelijk\s+Overleg|"
           r"Vragenuur|plenaire\s+debat|plenair\s+debat|begrotingsbehandeling|debat|Mondelinge\s+vragen|"
           r"beantwoording\s+van\s+(?:de\s+)?(?:Kamer)?vragen")
# Where a promise was made: a debate with its date, or else the debate as named (up to a comma or verb).
WHERE = re.compile(rf"\b(?P<where>(?:{DEBATES})\b[^.;]{{0,90}}?"
                   rf"(?:d\.d\.|van|op)?\s*\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}}|\s+jl\.)?)", re.I)
WHERE_UNDATED = re.compile(rf"\b(?P<where>(?:{DEBATES})(?:\s+(?:in|over|van|met|de|het|der|Tweede|Eerste|Kamer|[A-Z][\w-]+|[\w-]+beleid)){{0,8}})", re.I)


def to_whom(sentence: str) -> str | None:
    """The member a promise was made to, `lid Podt` as the Kamer writes it."""
    # the submitter of a motion (`motie van het lid Brekelmans`) is not who the promise was made to
    m = next((m for m in TO_WHOM.finditer(sentence)
              if not re.search(r"motie\s+van\s*$", sentence[max(0, m.start() - 12):m.start()], re.I)), None)
    if not m:
        return None
    who = re.sub(r"\s+(?:en|van|de|der)$", "", collapse(m.group("who")))
    return f"lid {who}"


def where_made(sentence: str) -> str | None:
    m = WHERE.search(sentence) or WHERE_UNDATED.search(sentence)
    if not m:
        return None
    return re.sub(r"(?:\s+(?:in|over|van|met|de|het|der))+$", "", collapse(m.group("where")))
