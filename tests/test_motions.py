"""Motions under the names the Kamer uses, their submitters, Kamerstuk (through a footnote marker),
what they ask and the government's response (ingest/motions.py, ingest/tagging.py)."""
from __future__ import annotations

import pytest

from ingest.structure.metadata import read_doc_type
from ingest.tagging.rules.motions import OWN_MOTION, asks_of, find_motions, response_of, signed_motion
from ingest.tagging.nlp import sentences
from ingest.records import Footnote, Page
from ingest.tagging.document import tag_document

MOTIONS = [
    # (text, [(name, submitters)])
    # several motions of one member, the plural before the name and a footnote marker after it (rules24 held-out probe,
    # BZ 2024); a list after the plural stays one motion per name
    ("Hiermee wordt tevens opvolging gegeven aan de moties Van Dijk.2", [("motie Van Dijk", ("Van Dijk",))]),
    ("de moties Van der Plas over de mest zijn uitgevoerd", [("motie Van der Plas", ("Van der Plas",))]),
    ("Met deze brief informeer ik uw Kamer over de uitvoering van de moties Marijnissen c.s. en Klaver c.s.",
     [("motie Marijnissen c.s.", ("Marijnissen",)), ("motie Klaver c.s.", ("Klaver",))]),
    # a sentence's first word after `moties` whose full stop is lost is no member (an EK verslag of 2026)
    ("De vaste commissie heeft schriftelijk overleg gevoerd over het rappel toezeggingen en moties Bijgaand brengt de "
     "commissie hiervan verslag uit.", []),
    # the Handelingen' formula under a motion moved in the plenary (rules36 held-out probe, VAO Inburgering 2019)
    ("Deze motie is voorgesteld door de leden Paternotte en Gijs van Dijk.",
     [("motie Paternotte/Van Dijk", ("Paternotte", "Van Dijk"))]),
    ("Deze motie is voorgesteld door het lid Bikker.", [("motie Bikker", ("Bikker",))]),
    # the member named, then the motion this member moved by a pronoun (Handelingen TK 2019, tags91; Fin 2015, probe58);
    # another paper the member moved is no motion
    ("Op verzoek van het lid Jasper van Dijk stel ik voor de volgende door hem ingediende motie opnieuw aan te houden: "
     "29544, nr. 959.", [("motie Van Dijk", ("Van Dijk",))]),
    ("Tijdens de regeling van werkzaamheden van uw Kamer op dinsdag 31 maart heeft het lid Omtzigt verzocht om uiterlijk "
     "vanavond de toegezegde schriftelijke reactie van het kabinet te ontvangen naar aanleiding van de door hem ingediende "
     "motie1 tijdens het debat over het Eigen Middelenbesluit op 19 maart jongstleden2", [("motie Omtzigt", ("Omtzigt",))]),
    ("Op verzoek van het lid Bikker stel ik voor het door haar ingediende amendement opnieuw aan te houden.", []),
    # the chair's formula on a member's own motion by a possessive (EK 2023, EK 2022, mot125 pool); never her amendment
    ("Op verzoek van de heer Koole stel ik voor zijn motie (35295, letter T) aan te houden.", [("motie Koole", ("Koole",))]),
    ("Op verzoek van het lid Verdonk stel ik voor, haar motie op stuk 27017, nr. 63, opnieuw aan te houden.",
     [("motie Verdonk", ("Verdonk",))]),
    ("Op verzoek van het lid Bikker stel ik voor haar amendement op stuk nr. 12 aan te houden.", []),
    # a double name with the particle of its second part, two first names (EK 2022, tags91); the debate a Handelingen
    # heading names after the votes on its motions is no member
    ("de motie-Faber-van de Klashorst c.s. over de AOW-uitkering niet ontkoppelen van het minimumloon (35788, letter D);",
     [("motie Faber-van de Klashorst c.s.", ("Faber-van de Klashorst",))]),
    ("de motie-Mei Li Vos c.s. over compensatie voor studenten die nadelen ondervonden van het leenstelsel (35788, "
     "letter H);", [("motie Vos c.s.", ("Vos",))]),
    ("Stemmingen moties Debat naar aanleiding van de regeringsverklaring", []),
    ("Motie Toorenburg/ Groothuizen over casemanagement in complexe asielzaken",
     [("motie Toorenburg/Groothuizen", ("Toorenburg", "Groothuizen"))]),
    ("Voorts reageer ik op de motie Piri c.s. waarin het kabinet wordt verzocht om", [("motie Piri c.s.", ("Piri",))]),
    ("Voorts is aan de Kamer naar aanleiding van een aangenomen motie van het lid Brekelmans een analyse toegezegd",
     [("motie Brekelmans", ("Brekelmans",))]),
    ("naar aanleiding van de aangenomen motie-Simons c.s., waarin wordt verzocht in gesprek te gaan",
     [("motie Simons c.s.", ("Simons",))]),
    ("Kamerbrief n.a.v. motie Eerdmans en motie Valstar over landen die niet goed meewerken aan terugkeer.",
     [("motie Eerdmans", ("Eerdmans",)), ("motie Valstar", ("Valstar",))]),
    ("Motie De Hoop verzoekt de ministers van IenW en SZW om samen in overleg te gaan",
     [("motie De Hoop", ("De Hoop",))]),
    ("Motie van de leden Inge van Dijk en Grinwis", [("motie Van Dijk/Grinwis", ("Van Dijk", "Grinwis"))]),
    # as an answer to Kamervragen writes them (BZ 2023): `het Lid`, `leden` without the article
    ("Het kabinet zal in een separate brief op deze vraag ingaan, mede in het kader van de aangenomen motie van het Lid "
     "Ceder over op basis van feiten", [("motie Ceder", ("Ceder",))]),
    # the verb between `motie` and its member, no `het lid` (rules32 held-out probe, JenV 2024)
    ("Op 6 juli 2023 heeft uw Kamer een motie aangenomen van Ellian c.s. (hierna: de motie), waarin de regering wordt "
     "verzocht een aantal maatregelen te nemen.", [("motie Ellian c.s.", ("Ellian",))]),
    # a citation between `motie` and its member (rules29 held-out probe, Def 2019; EK Handelingen 2020)
    ("Hiermee kom ik tegemoet aan de aangenomen motie (Kamerstuk 30 139, nr. 190) van het lid Belhaj (D66).",
     [("motie Belhaj", ("Belhaj",))]),
    ("Ten slotte de stemming over de op 10 maart jongstleden aangehouden motie (35300-VI, letter Y) van de heer Nicolaï.",
     [("motie Nicolaï", ("Nicolaï",))]),
    # a senator named with the party before the role (rules29 held-out probe, BZK 2019 to the EK)
    ("Bij de behandeling van de suppletoire begroting heeft de PVV-senator Van Hattem een motie ingediend waarin hij de "
     "regering oproept", [("motie Van Hattem", ("Van Hattem",))]),
    # inverted order, `cs` without full stops (rules29 held-out probe, AenM 2025)
    ("Bij de wetgevingsbehandeling diende het lid Koekoek (Volt) cs een motie in1. De motie stelt dat",
     [("motie Koekoek c.s.", ("Koekoek",))]),
    # a party moved it: no member named (LNV 2024)
    ("Kunt u bevestigen dat de Kamer een motie van de Partij voor de Dieren heeft aangenomen?", []),
    ("Tevens heeft Nederland conform de motie van leden Bikker en Omtzigt aangegeven dat in geval van nieuw geweld binnen "
     "de EU gesproken moet worden over gepaste maatregelen.", [("motie Bikker/Omtzigt", ("Bikker", "Omtzigt"))]),
    ("Op 7 december 2016 is de motie van het lid Heerma (CDA) aangenomen", [("motie Heerma", ("Heerma",))]),
    # each member with the party after the name (AenM 2025), and the member as the subject (JenV 2024)
    ("Hiermee geef ik uitvoering aan de motie van leden Podt (D66) en Rajkowski (VVD) over het periodiek informeren van "
     "de Kamer", [("motie Podt/Rajkowski", ("Podt", "Rajkowski"))]),
    ("Ten aanzien van de opvang van minderjarige vreemdelingen heeft het lid Podt op 6 april 2023 een motie ingediend1 "
     "waarin wordt verzocht", [("motie Podt", ("Podt",))]),
    # ... a footnote marker glued to the noun (AenM 2024, probe79); never a motion of someone else's that the member cites
    ("In het tweeminuten debat Vreemdelingen- en asielbeleid heeft het lid Podt een motie2 ingediend om samen met de VNG "
     "te onderzoeken hoe de financiering van opvang kan worden ontschot.", [("motie Podt", ("Podt",))]),
    ("Het lid Podt heeft een motiemarker2 ingediend.", []),
    ("De motie Ploumen/Jetten is gericht aan het hele kabinet.", [("motie Ploumen/Jetten", ("Ploumen", "Jetten"))]),
    ("motie van de leden Koekkoek, Ceder en Van Baarle over", [("motie Koekkoek/Ceder/Van Baarle",
                                                               ("Koekkoek", "Ceder", "Van Baarle"))]),
    ("de motie Piri, Kamerstuk 19637, nr. 2929", [("motie Piri", ("Piri",))]),
    ("de motie van mevrouw Becker over", [("motie Becker", ("Becker",))]),
    # surnames in other scripts and with particles
    ("Reactie op de motie van het lid Eppink c.s. over de Rapid Deployment Force", [("motie Eppink c.s.", ("Eppink",))]),
    ("de motie-Van der Plas over de mestregels", [("motie Van der Plas", ("Van der Plas",))]),
    ("de motie van het lid Kostić c.s. over", [("motie Kostić c.s.", ("Kostić",))]),
    ("Met deze bijlage geven we invulling aan een motie van Tweede Kamerlid Mulder (CDA).", [("motie Mulder", ("Mulder",))]),
    # members in the plural with the chamber (rijksoverheid.nl summary of a JenV letter, 2023; rules33 held-out probe)
    ("Ook gaat hij in op de stand van zaken van de motie van de Tweede Kamerleden Kröger (GroenLinks) en Piri (PvdA).",
     [("motie Kröger/Piri", ("Kröger", "Piri"))]),
    # several motions of named members at once, as a BZ letter of 2022 is titled: one mention, their submitters
    ("Reactie op de moties van de leden Brekelmans, Kuzu, Piri en Jasper van Dijk over afhankelijkheden en "
     "mensenrechten", [("motie Brekelmans/Kuzu/Piri/Van Dijk", ("Brekelmans", "Kuzu", "Piri", "Van Dijk"))]),
    # a BZK letter: several motions named at once, a member without `het`
    ("Met deze brief informeer ik uw Kamer over de voortgang van de uitvoering van de moties Marijnissen c.s. en "
     "Klaver c.s. (hierna: Motie#21).", [("motie Marijnissen c.s.", ("Marijnissen",)), ("motie Klaver c.s.", ("Klaver",))]),
    ("Uitvoering van deze motie vindt plaats met inachtneming van de motie van lid Klaver c.s., om hierbij niet alleen "
     "te kijken naar nationaliteit.", [("motie Klaver c.s.", ("Klaver",))]),
    ("Hiermee geef ik uitvoering aan de moties Van Dijk, Omtzigt en Inge van Dijk/Grinwis.",
     [("motie Van Dijk", ("Van Dijk",)), ("motie Omtzigt", ("Omtzigt",)), ("motie Van Dijk/Grinwis", ("Van Dijk", "Grinwis"))]),
    ("uw brief van 13 juni 2022 waarbij u ingaat op twee door de Kamer aangenomen moties-Koffeman c.s. over hyperscale "
     "datacenters", [("motie Koffeman c.s.", ("Koffeman",))]),
    # several motions listed with their own `c.s.` or footnote marker each: one per item (Fin 2021, probe56)
    ("Hierbij is de inbreng van uw Kamer op dit punt via de moties van de leden Dijkhoff c.s.3, Marijnissen c.s.4, "
     "Van Kooten-Arissen c.s.5, Bromet6, Kwint en Leijten7, Inge van Dijk c.s.8 en Kat c.s.9 en ook bij het recente "
     "debat van 12 oktober jl. meegenomen.",
     [("motie Dijkhoff c.s.", ("Dijkhoff",)), ("motie Marijnissen c.s.", ("Marijnissen",)),
      ("motie Van Kooten-Arissen c.s.", ("Van Kooten-Arissen",)), ("motie Bromet", ("Bromet",)),
      ("motie Kwint/Leijten", ("Kwint", "Leijten")), ("motie Van Dijk c.s.", ("Van Dijk",)), ("motie Kat c.s.", ("Kat",))]),
    ("via de moties van de leden Dijkhoff c.s. en Kat c.s. meegenomen",
     [("motie Dijkhoff c.s.", ("Dijkhoff",)), ("motie Kat c.s.", ("Kat",))]),
    # fix62: the submitters after the motion in the passive (OCW 2019, probe58 held-out); the Handelingen' formula stays
    # its own row's (h-tk 2009-2010, mined); members of another paper are no motion's (BZK 2020, mined)
    ("In deze brief geef ik mijn visie op het erfgoed uit de Tweede Wereldoorlog en voer ik de motie van de Tweede Kamer "
     "uit die in 2018 werd ingediend door de leden Beckermann, Nijboer en Geluk-Poortvliet.",
     [("motie Beckermann/Nijboer/Geluk-Poortvliet", ("Beckermann", "Nijboer", "Geluk-Poortvliet"))]),
    ("Deze motie is voorgesteld door de leden Gesthuizen, Vos en Van Gent.",
     [("motie Gesthuizen/Vos/Van Gent", ("Gesthuizen", "Vos", "Van Gent"))]),
    ("Hierbij deel ik u mede dat de kabinetsreactie op de initiatiefnota «De herovering van de publieke samenleving, naar "
     "coöperatief overheidsbestuur» van de leden Asscher (PvdA) en Segers (CU) (Kamerstuk 34 581) niet binnen de daarvoor "
     "geldende termijn geleverd kan worden.", []),
    # a motie document's heading title-cased, `c.s.` capitalised (mot98 pool, Def 2016 and BZ 2019); never a member
    # named `C` or `S`
    ("Motie van de leden Sjoerdsma C.s.", [("motie Sjoerdsma c.s.", ("Sjoerdsma",))]),
    ("Motie van de leden Jasper van Dijk C.S.", [("motie Van Dijk c.s.", ("Van Dijk",))]),
    ("Motie van de leden Diks en Belhaj", [("motie Diks/Belhaj", ("Diks", "Belhaj"))]),
    # the member's surname right after the preposition `van`, no `het lid` (BHO 2020, mot98 pool): the particle that
    # follows is the surname's, never `van` itself; a surname written lower-case after `motie` keeps its particle; a party
    # written as one word is no member
    # two groups of members after motions in the plural, each a motion (Def 2017); after one motion a second group of
    # `leden` is none
    ("om gehoor te geven aan de moties van het lid Verhoeven (Kamerstuk 34 550 VI, nr. 60) en de leden Tellegen en Recourt "
     "(Kamerstuk 19 637, nr. 2) is de capaciteit verhoogd.",
     [("motie Verhoeven", ("Verhoeven",)), ("motie Tellegen/Recourt", ("Tellegen", "Recourt"))]),
    ("Over de motie van het lid Verhoeven (Kamerstuk 34 550 VI, nr. 60) en de leden van de commissie is gesproken.",
     [("motie Verhoeven", ("Verhoeven",))]),
    # the motion's Kamerstuk between the noun and its members, no brackets (EZK 2021)
    ("Eén van de moties met Kamerstuk 24 095, nr. 539 van de leden Van Ginneken, Grinwis en Rajkowski, is op 8 juni 2021 "
     "aangenomen.", [("motie Van Ginneken/Grinwis/Rajkowski", ("Van Ginneken", "Grinwis", "Rajkowski"))]),
    # a German particle keeps its name whole (`Von Martels`, CDA member 2017-2021; an IenW answer of 2020)
    ("Uw Kamer heeft, middels de motie Von Martels, verzocht om spoedig een wetsvoorstel voor een helmplicht in te dienen.",
     [("motie Von Martels", ("Von Martels",))]),
    ("overwegende dat de Kamer met de motie van Van der Staaij reeds het kabinet heeft opgeroepen ernaar te streven de "
     "bestaande hulp en ondersteuning aan ontwikkelingslanden ook in de huidige omstandigheden te handhaven;",
     [("motie Van der Staaij", ("Van der Staaij",))]),
    ("zoals de motie van De Roon c.s. over de EU-defensiesamenwerking vroeg", [("motie De Roon c.s.", ("De Roon",))]),
    ("de motie van Omtzigt en Leijten over", [("motie Omtzigt/Leijten", ("Omtzigt", "Leijten"))]),
    ("de motie van der Plas over de mestregels", [("motie Van der Plas", ("Van der Plas",))]),
    ("Kunt u bevestigen dat de Kamer een motie van GroenLinks heeft aangenomen?", []),
    ("de motie van vorige week over de opvang", []),
    # the member who moved it in a relative clause after the motion (BZ 2022 summary, mot98 held-out; mot102)
    ("Minister Hoekstra (BZ) stuurt een brief over de motie die het Tweede Kamerlid Ceder (CU) indiende tijdens een "
     "overleg over de Mensenrechtennota.", [("motie Ceder", ("Ceder",))]),
    ("Hiermee geef ik uitvoering aan de motie die de leden Kwint en Van Meenen op 12 mei hebben ingediend.",
     [("motie Kwint/Van Meenen", ("Kwint", "Van Meenen"))]),
    # never a member who only supported it, nor another paper a member moved
    ("de motie die het lid Ceder steunde", []),
    ("het amendement dat het lid Ceder indiende", []),
    ("de motie die de Kamer op 6 juli aannam", []),
    # mot119: a rijksoverheid.nl title runs on into the paper after the names (IenM 2016): `Kamerstuk` is no surname; a
    # member's name before it stays whole
    ("Kamerbrief over uitvoering motie Jacobi/Cegerek Kamerstuk 31 409 nr 96",
     [("motie Jacobi/Cegerek", ("Jacobi", "Cegerek"))]),
    ("Kamerbrief over uitvoering motie Van der Graaf Kamerstuk 35 300 XVI nr 67",
     [("motie Van der Graaf", ("Van der Graaf",))]),
    ("de motie Kamerstuk 35 300 is aangenomen", []),
    # mot119: a Handelingen heading names the debate after its vote (TK 2019); the vote on a named motion stays one
    ("14 Stemming motie Europese top over EU-banen", []),
    ("16 Stemmingen moties Begroting Binnenlandse Zaken en Koninkrijksrelaties 2020", []),
    ("In stemming komt de motie-Omtzigt (21501-20, nr. 1471).", [("motie Omtzigt", ("Omtzigt",))]),
    ("de stemming over de motie Omtzigt over de klokkenluidersbrief", [("motie Omtzigt", ("Omtzigt",))]),
    # mot119: several motions listed, each closed by its own paper in brackets: one per item (a known open case of the
    # slice, the form letters reporting on motions use); a pair of members before one paper stays one motion
    ("Hiermee geef ik uitvoering aan de moties van de leden Bikker (Kamerstuk 36 200 XV, nr. 12), Van der Plas "
     "(Kamerstuk 36 200 XV, nr. 13) en Omtzigt c.s. (Kamerstuk 36 200-XV, nr. 14) over de bestaanszekerheid.",
     [("motie Bikker", ("Bikker",)), ("motie Van der Plas", ("Van der Plas",)), ("motie Omtzigt c.s.", ("Omtzigt",))]),
    ("de moties van de leden Bikker (nr. 12), Ceder (nr. 13) en Omtzigt c.s. (nr. 14)",
     [("motie Bikker", ("Bikker",)), ("motie Ceder", ("Ceder",)), ("motie Omtzigt c.s.", ("Omtzigt",))]),
    ("de moties van de leden Kwint en Leijten (nr. 7) over thuiszitters", [("motie Kwint/Leijten", ("Kwint", "Leijten"))]),
    # not a motion
    ("een motie van de Kamer", []),
    ("de motieven van de verzoeker", []),
    ("Motie aangenomen", []),
]


@pytest.mark.parametrize("text, expected", MOTIONS)
def test_motions(text: str, expected: list) -> None:
    assert [(m.name, m.submitters) for m in find_motions(text)] == expected


RESPONSES = [
    ("Hiermee komt het kabinet tegemoet aan de bij de Tweede Kamer ingediende motie Groothuizen c.s.", "uitgevoerd"),
    ("Hiermee wordt de motie De Hoop als afgedaan beschouwd.", "uitgevoerd"),
    ("Voorts reageer ik op de motie Piri c.s. waarin het kabinet wordt verzocht om", "beantwoord per brief"),
    ("Ik wil u berichten over de invulling van de bij de Tweede Kamer ingediende motie Bisschop", "in uitvoering"),
    ("Om die reden voer ik de motie niet uit.", "niet uitgevoerd"),
    ("De motie van het lid Eerdmans (JA21) is hiermee uitgevoerd.", "uitgevoerd"),
    ("De motie Brekelmans is daarmee nog niet uitgevoerd.", "niet uitgevoerd"),
    ("De motie Ploumen/Jetten is gericht aan het hele kabinet.", None),
]


@pytest.mark.parametrize("text, response", RESPONSES)
def test_responses(text: str, response: str | None) -> None:
    assert response_of(text) == response


def test_what_a_motion_asks() -> None:
    assert asks_of("Voorts reageer ik op de motie Piri c.s. waarin het kabinet wordt verzocht om bij het realiseren "
                   "van de Uitvoeringsagenda te investeren.") == \
        "verzocht om bij het realiseren van de Uitvoeringsagenda te investeren."
    assert asks_of("De motie Ploumen/Jetten is gericht aan het hele kabinet.") is None


def test_motion_kamerstuk_resolved_through_its_footnote() -> None:
    body = "Voorts reageer ik op de motie Piri c.s. waarin het kabinet wordt verzocht om bij te dragen."
    marker = body.index("waarin") - 1
    tags = tag_document((Page(1, body),), (Footnote("6", "Kamerstukken II, 2021-22, 19637 nr. 2929.", 1, marker),),
                        "2022-11-07", "kamerbrief")
    (motion,) = [t for t in tags if t.kind == "motion"]
    assert (motion.fields()["name"], motion.fields()["submitters"], motion.fields()["kamerstuk"], motion.fields()["response"]) == \
        ("motie Piri c.s.", ["Piri"], "19637-2929", "beantwoord per brief")
    refs = [t for t in tags if t.kind == "reference"]
    assert [(r.fields()["normalized"], r.fields()["in_footnote"]) for r in refs] == [("19637-2929", True)]


def test_the_answer_in_the_next_sentence_that_points_back() -> None:
    body = ("In de motie van de leden Koekkoek, Ceder en Van Baarle (Kamerstuk 19637, nr. 3050) wordt de regering "
            "verzocht de leeftijdsgrens te verhogen. Deze motie is hiermee uitgevoerd.\n\n"
            "De motie Piri c.s. vraagt om een plan. Het kabinet werkt aan een plan.")
    motions = [t for t in tag_document((Page(1, body),), (), "2022-11-07", "kamerbrief") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["response"]) for m in motions] == \
        [("motie Koekkoek/Ceder/Van Baarle", "uitgevoerd"), ("motie Piri c.s.", None)]


def test_one_tag_per_motion_however_often_mentioned() -> None:
    body = ("In de aangenomen motie Toorenburg/ Groothuizen (Kamerstuk 35300 VI, nr.63) verzoeken de leden om "
            "casemanagement. De motie Toorenburg/Groothuizen wordt uitgevoerd.")
    motions = [t for t in tag_document((Page(1, body),), (), "2022-11-07", "kamerbrief") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["kamerstuk"], m.fields()["mentions"]) for m in motions] == \
        [("motie Toorenburg/Groothuizen", "35300-VI-63", 2)]


def test_two_motions_of_one_member_are_told_apart_by_the_paper_each_mention_cites() -> None:
    # the Eerste Kamer's votes on motions (EK 2022, tags91): one member's motions, each with its own letter
    body = ("Aan de orde zijn de stemmingen over moties, ingediend bij het debat over de regeringsverklaring,\n\n"
            "te weten:\n\n"
            " • de motie-Koffeman over het landelijk verbieden van de handel in stikstofruimte (35788, letter N);\n"
            " • de motie-Koffeman over compensatie van door het leenstelsel gedupeerde studenten (35788, letter O);\n")
    motions = [t for t in tag_document((Page(1, body),), (), "2022-02-22", "verslag") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["kamerstuk"], m.fields()["mentions"]) for m in motions] == \
        [("motie Koffeman", "35788-N", 1), ("motie Koffeman", "35788-O", 1)]


@pytest.mark.parametrize("subject, expected", [
    # a verb inside the motion's subject, in a clause a relative opens (TK 2021 vote list, mot125 pool): its own paper,
    # so the member's next motion is a motion of its own
    ("in kaart brengen welke fiscale regelingen verantwoord afgeschaft kunnen worden (35830, nr. 10);",
     [("motie Nijboer", "35830-10", 1), ("motie Nijboer", "35830-11", 1)]),
    ("in landen waar de dialoog over mensenrechten lastig is (35830, nr. 10);",
     [("motie Nijboer", "35830-10", 1), ("motie Nijboer", "35830-11", 1)]),
    # a verb of a clause of its own after the name: the paper is that clause's, the next mention joins the motion
    ("de fiscale regelingen wordt verzocht om een brief over het rapport (35830, nr. 10);",
     [("motie Nijboer", "35830-10", 2)]),
])
def test_a_verb_in_a_motions_subject_keeps_its_own_paper(subject: str, expected: list) -> None:
    body = ("Aan de orde zijn de stemmingen over moties, ingediend bij het Verantwoordingsdebat 2021,\n\nte weten:\n\n"
            f" • -de motie-Nijboer over {subject}\n\n"
            " • -de motie-Nijboer over een wijziging van de Comptabiliteitswet om het budgetrecht van de Kamer te "
            "versterken (35830, nr. 11);\n")
    motions = [t for t in tag_document((Page(1, body),), (), "2021-05-20", "verslag") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["kamerstuk"], m.fields()["mentions"]) for m in motions] == expected


def test_one_motion_cited_again_by_a_letter_about_it_stays_one() -> None:
    # a paper cited before the name, or the motion's own number again, is no second motion
    # (nor the paper a clause of its own names after the motion: `... wordt verzocht om een brief (Kamerstuk ...)`)
    body = ("In de aangenomen motie Toorenburg/ Groothuizen (Kamerstuk 35300 VI, nr.63) verzoeken de leden om "
            "casemanagement. In mijn brief (Kamerstuk 19637, nr. 3000) schreef ik dat de motie Toorenburg/Groothuizen "
            "wordt uitgevoerd. De motie Toorenburg/Groothuizen (Kamerstuk 35300 VI, nr. 63) is uitgevoerd. Met de motie "
            "Toorenburg/Groothuizen wordt verzocht om een brief over het rapport (Kamerstuk 31015, nr. 250).")
    motions = [t for t in tag_document((Page(1, body),), (), "2022-11-07", "kamerbrief") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["kamerstuk"], m.fields()["mentions"]) for m in motions] == \
        [("motie Toorenburg/Groothuizen", "35300-VI-63", 4)]


@pytest.mark.parametrize("second_note, expected", [
    ("Kamerstuk 36600 VII, nr. 21.", [("motie Podt", "19637-3300"), ("motie Podt", "36600-VII-21")]),
    ("Kamerstuk 19637, nr. 3300.", [("motie Podt", "19637-3300")]),
])
def test_two_motions_of_one_member_told_apart_by_their_footnotes(second_note: str, expected: list) -> None:
    # AenM 2024 (probe79): the member's two motions, each marked by its footnote; one motion when both notes cite it
    body = ("In het tweeminuten debat Vreemdelingen- en asielbeleid heeft het lid Podt een motie2 ingediend om samen met "
            "de VNG te onderzoeken hoe de financiering van opvang kan worden ontschot. Tijdens de begrotingsbehandeling "
            "heeft het lid Podt een motie3 ingediend om kleinschalige reguliere voorzieningen te blijven faciliteren.")
    notes = (Footnote("2", "Kamerstuk 19637, nr. 3300.", 1, body.index("motie2") + 5),
             Footnote("3", second_note, 1, body.index("motie3") + 5))
    motions = [t for t in tag_document((Page(1, body),), notes, "2024-12-20", "kamerbrief") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["kamerstuk"]) for m in motions] == expected


def test_a_motie_document_is_its_own_motion() -> None:
    body = ("MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS\nVoorgesteld 6 juli 2021\n\nDe Kamer,\n\n"
            "verzoekt de regering, om een grensspaarsaldo te definiëren waaronder een negatieve spaarrente "
            "onwenselijk is;\n\nen gaat over tot de orde van de dag.")
    (m,) = [t for t in tag_document((Page(1, body),), (), "2021-07-06", "motie") if t.kind == "motion"]
    assert (m.fields()["name"], m.fields()["submitters"]) == ("motie Van Dijk/Grinwis", ["Van Dijk", "Grinwis"])
    assert m.quote.startswith("verzoekt de regering")


@pytest.mark.parametrize("head, names", [
    # the page's title line above the heading, as tweedekamer.nl / openkamer.org title a motie (JenV 2020, BZ 2022,
    # mot98 pool): the names end before the subject
    ("Motie van het lid Voordewind over de beoordeling van asielverzoeken onderdeel maken van de aangekondigde "
     "doorlichting\n", "Voordewind"),
    ("Gewijzigde motie van de leden Sjoerdsma en Van der Lee over het buitenlandbeleid richting grote autocratische "
     "mogendheden herijken (t.v.v. 36200-V-32)\n", "Sjoerdsma en Van der Lee"),
    # never a name cut where `over` only begins a word
    ("MOTIE VAN HET LID OVERBEEK\nVoorgesteld 12 november 2015", "OVERBEEK"),
    ("MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS\nVoorgesteld 6 juli 2021", "INGE VAN DIJK EN GRINWIS"),
    # a changed motion names the paper it replaces on the heading's line (LNV 2024, mot102 pool)
    ("Nr. 37 GEWIJZIGDE MOTIE VAN DE LEDEN BROMET EN GRINWIS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19\n\n"
     "Voorgesteld 15 oktober 2024", "BROMET EN GRINWIS"),
    ("Nr. 133 GEWIJZIGDE MOTIE VAN HET LID VAN ESCH C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 119\n",
     "VAN ESCH C.S."),
    # never a name cut where `ter` only begins a word or is a surname's particle
    ("MOTIE VAN HET LID TERPSTRA\nVoorgesteld 12 november 2015", "TERPSTRA"),
    ("MOTIE VAN HET LID TER HORST\nVoorgesteld 12 november 2015", "TER HORST"),
])
def test_a_motie_documents_heading_names_its_members(head: str, names: str) -> None:
    m = OWN_MOTION.search(head)
    assert m and m.group("names") == names


def test_a_changed_motie_document_is_the_motion_of_its_members() -> None:
    """A changed motion's heading names the paper it replaces on the same line (LNV 2024, mot102 pool): the members
    end before `TER VERVANGING`, the motion is theirs and quotes its request."""
    body = ("36 618 Wijziging van de Meststoffenwet\n\nNr. 37 GEWIJZIGDE MOTIE VAN DE LEDEN BROMET EN GRINWIS TER "
            "VERVANGING VAN DIE GEDRUKT ONDER NR. 19\n\nVoorgesteld 15 oktober 2024\n\nDe Kamer,\n\ngehoord de "
            "beraadslaging,\n\nverzoekt de regering uiterlijk in de eerste helft van 2025 een voorstel aan de Kamer "
            "voor te leggen hoe grondgebondenheid concreet wordt ingevuld,\n\nen gaat over tot de orde van de dag.\n\n"
            "Bromet\n\nGrinwis")
    motions = [t for t in tag_document((Page(1, body),), (), "2024-10-15", "motie") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["submitters"]) for m in motions] == [
        ("motie Bromet/Grinwis", ["Bromet", "Grinwis"])]
    assert motions[0].quote.startswith("verzoekt de regering")


def test_a_motie_page_titled_by_its_subject_is_one_motion() -> None:
    """openkamer.org's page of a motie (JenV 2020, mot98 pool): the title line names the member and the subject, the
    heading names the member again; one motion, of that member, quoting its request."""
    body = ("Motie van het lid Voordewind over de beoordeling van asielverzoeken onderdeel maken van de aangekondigde "
            "doorlichting\n\nNr. 66 MOTIE VAN HET LID VOORDEWIND\n\nVoorgesteld 26 november 2020\n\nDe Kamer,\n\n"
            "gehoord de beraadslaging,\n\nverzoekt de regering, de beoordeling van asielverzoeken onderdeel te maken van "
            "de aangekondigde doorlichting,\n\nen gaat over tot de orde van de dag.\n\nVoordewind")
    motions = [t for t in tag_document((Page(1, body),), (), "2020-11-26", "motie") if t.kind == "motion"]
    assert [(m.fields()["name"], m.fields()["submitters"]) for m in motions] == [("motie Voordewind", ["Voordewind"])]
    assert motions[0].quote.startswith("verzoekt de regering")


@pytest.mark.parametrize("dictum, quoted", [
    # the dictum in its other standard forms (motie documents of Defensie 2022, BZ 2019, JenV 2021, BZ 2023; mot98)
    ("verzoekt het kabinet te bezien wat er op korte termijn nodig en mogelijk is,", "verzoekt het kabinet"),
    ("verzoekt de Nederlandse regering om de NAVO-raad met spoed bijeen te roepen,", "verzoekt de Nederlandse regering"),
    ("roept de regering op, een moratorium in te stellen op asielaanvragen,", "roept de regering op"),
    # a dictum that states a view is quoted where none asks; where one asks too, the request is quoted
    ("spreekt uit dat het noodzakelijk is om Oekraïne zo lang als nodig militair te steunen,", "spreekt uit"),
    ("spreekt uit dat de steun aan Oekraïne moet doorgaan;\n\nverzoekt de regering, deze steun ook in 2025 te "
     "continueren,", "verzoekt de regering"),
])
def test_a_motie_document_quotes_its_dictum(dictum: str, quoted: str) -> None:
    body = ("Nr. 12 MOTIE VAN HET LID JANSEN\n\nVoorgesteld 15 september 2021\n\nDe Kamer,\n\ngehoord de "
            "beraadslaging,\n\noverwegende dat vluchtelingen ook in omringende landen kunnen worden opgevangen;\n\n"
            f"{dictum}\n\nen gaat over tot de orde van de dag.\n\nJansen")
    (m,) = [t for t in tag_document((Page(1, body),), (), "2021-09-15", "motie") if t.kind == "motion"]
    assert m.quote.startswith(quoted)


def test_a_motie_document_of_a_member_and_others_keeps_its_cs() -> None:
    body = ("28 676 NAVO\n\nNr. 245 MOTIE VAN HET LID VOORDEWIND C.S.\n\nVoorgesteld 24 mei 2016\n\nDe Kamer,\n\n"
            "gehoord de beraadslaging,\n\nverzoekt de regering, bij de Voorjaarsnota met een (herstel)plan te komen,\n\n"
            "en gaat over tot de orde van de dag.\n\nVoordewind\n\nKnops\n\nDijkgraaf")
    (m,) = [t for t in tag_document((Page(1, body),), (), "2016-05-24", "motie") if t.kind == "motion"]
    assert (m.fields()["name"], m.fields()["submitters"]) == ("motie Voordewind c.s.", ["Voordewind"])


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("Mw. Jansen steunt de motie Piri c.s., maar niet de motie van 8 juli jl. "
            "Het debat d.d. 8 juli 2022 i.v.m. de opvang in 's-Gravenhage volgt. Dat is o.a. nodig.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Mw. Jansen steunt de motie Piri c.s., maar niet de motie van 8 juli jl.",
        "Het debat d.d. 8 juli 2022 i.v.m. de opvang in 's-Gravenhage volgt.",
        "Dat is o.a. nodig."]


def test_headings_and_bullets_are_sentences_of_their_own() -> None:
    text = ("Relevante producten/brieven\n- Brief TK 26 augustus 2016 BNC m.b.t. Voorstel EU verordening;\n"
            "- Brief TK 10 september 2021 inzake Situatie brand vluchtelingenkamp Lesbos;\n"
            "2.3 Nationaal grensbeheer\nDe KMar is verantwoordelijk voor de grensbewaking.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Relevante producten/brieven",
        "- Brief TK 26 augustus 2016 BNC m.b.t. Voorstel EU verordening;",
        "- Brief TK 10 september 2021 inzake Situatie brand vluchtelingenkamp Lesbos;",
        "2.3 Nationaal grensbeheer",
        "De KMar is verantwoordelijk voor de grensbewaking."]


def test_items_bulleted_by_a_minus_sign_are_sentences_of_their_own() -> None:
    """The agenda of a verslag van een algemeen overleg as officielebekendmakingen prints it: items bulleted by
    the minus sign U+2212, each ending on `;` (rules36 held-out probe, AO JBZ-Raad 2016)."""
    text = ("De vaste commissie heeft overleg gevoerd over:\n− de brief van de Staatssecretaris d.d. 13 mei 2016 inzake "
            "Geannoteerde agenda JBZ-Raad 20 mei 2016 (Kamerstuk 32 317, nr. 414);\n− de brief van de Minister d.d. "
            "12 mei 2016 inzake Aanbieding verslag JBZ-Raad 21 april 2016 (Kamerstuk 32 317, nr. 413);")
    assert [text[a:b] for a, b in sentences(text)] == [
        "De vaste commissie heeft overleg gevoerd over:",
        "− de brief van de Staatssecretaris d.d. 13 mei 2016 inzake Geannoteerde agenda JBZ-Raad 20 mei 2016 "
        "(Kamerstuk 32 317, nr. 414);",
        "− de brief van de Minister d.d. 12 mei 2016 inzake Aanbieding verslag JBZ-Raad 21 april 2016 "
        "(Kamerstuk 32 317, nr. 413);"]


def test_a_title_in_guillemets_stays_in_its_sentence() -> None:
    """A report's title with a full stop or question mark inside guillemets ends no sentence, nor does an opening
    bracket (rules36 held-out probe, AO vreemdelingenbeleid 2018)."""
    text = ("• de brief d.d. 1 februari 2018 met de kabinetsreactie op het WODC-rapport «Van perceptie naar feit. "
            "Asielzoekers en buurtcriminaliteit» (Kamerstukken 19 637 en 33042, nr. 2369);\n"
            "• de brief d.d. 16 maart 2018 inzake de uitzending door Argos «Hoe bewijs je waar je huis stond?» "
            "(Kamerstuk 19 637, nr. 2371);\n\nDe Staatssecretaris opent het overleg. Hij dankt de leden.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "• de brief d.d. 1 februari 2018 met de kabinetsreactie op het WODC-rapport «Van perceptie naar feit. "
        "Asielzoekers en buurtcriminaliteit» (Kamerstukken 19 637 en 33042, nr. 2369);",
        "• de brief d.d. 16 maart 2018 inzake de uitzending door Argos «Hoe bewijs je waar je huis stond?» "
        "(Kamerstuk 19 637, nr. 2371);",
        "De Staatssecretaris opent het overleg.", "Hij dankt de leden."]


def test_a_numbered_heading_of_one_level_is_a_sentence_of_its_own() -> None:
    """A nota naar aanleiding van het verslag as the Kamer's site prints it (AenM 2025): `1. Inleiding` under
    `Algemeen deel`, each on a line of its own above the first sentence."""
    text = ("Bij de beantwoording is de volgorde aangehouden.\nAlgemeen deel\n1. Inleiding\nDe leden van de "
            "GroenLinks-PvdA-fractie hebben met veel belangstelling kennisgenomen\nvan het advies.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Bij de beantwoording is de volgorde aangehouden.", "Algemeen deel", "1. Inleiding",
        "De leden van de GroenLinks-PvdA-fractie hebben met veel belangstelling kennisgenomen\nvan het advies."]



def test_a_letter_naming_motions_near_its_top_quotes_each_mention() -> None:
    """A letter (no motie document) listing motions in its first lines quotes the sentence that names each, never the
    first request of the document, another motion's (VWS 2021, mot102 pool)."""
    body = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 7 juli 2021\n\nIn de afgelopen periode "
            "is er door uw Kamer een drietal moties ingediend rondom het thema administratieve lasten te weten de motie "
            "Laan-Geselschap c.s.; de motie Wilders en de motie Peters.\n\nMotie Laan-Geselschap c.s.\n\nDe motie van het "
            "lid Laan-Geselschap c.s. verzoekt de regering de mogelijkheden te onderzoeken om versoepelingen in de "
            "administratieve lasten te behouden.")
    motions = {t.fields()["name"]: t.quote for t in tag_document((Page(1, body),), (), "2021-07-07", "kamerbrief")
               if t.kind == "motion"}
    assert motions["motie Wilders"].startswith("In de afgelopen periode")
    assert motions["motie Laan-Geselschap c.s."].startswith("De motie van het lid Laan-Geselschap")


def test_one_motion_named_with_and_without_its_cs_stays_one() -> None:
    """A letter's title names `de motie van het lid Omtzigt c.s.`, its text `de motie van lid Omtzigt` (JenV 2022, mot102
    pool): one motion."""
    body = ("Uitvoering van de motie van het lid Omtzigt c.s. over een onafhankelijk onderzoek naar de uithuisplaatsingen\n"
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 28 januari 2022\n\nUw Kamer heeft op 18 "
            "januari jl. het kabinet verzocht om een reactie op de motie van lid Omtzigt inzake de uithuisplaatsingen.")
    motions = [t for t in tag_document((Page(1, body),), (), "2022-01-28", "kamerbrief") if t.kind == "motion"]
    assert [t.fields()["submitters"] for t in motions] == [["Omtzigt"]]


@pytest.mark.parametrize("text, names", [
    # mot119: a motie page without its heading, signed under its closing formula (EZK 2022); the Partij voor de Dieren's
    # page, its signatories over the register's `Status` (LNV 2022); a first name and particles (`Tjeerd de Groot`)
    ("verzoekt de regering nog dit jaar tot besluitvorming te komen,\nen gaat over tot de orde van de dag.\nKröger\n"
     "Thijssen", ("Kröger", "Thijssen")),
    ("verzoekt de regering om ruim voor Prinsjesdag een brief te sturen,\n\nen gaat over tot de orde van de dag.\n\n"
     "Klaver\nVan Campen\nTjeerd de Groot\nVan der Plas\n\n\nStatus\n\nAangenomen", ("Klaver", "Van Campen", "De Groot",
                                                                                   "Van der Plas")),
    ("verzoekt de regering, het energieakkoord open te breken,\n\nen gaat over tot de orde van de dag,\n\nThieme\n\n\n"
     "Status\n\nVerworpen", ("Thieme",)),
    # never the chair's line under a motion read in the plenary, nor a sentence after the formula
    ("verzoekt de regering, verscherpte controles te realiseren,\n\nen gaat over tot de orde van de dag.\n\n"
     "De voorzitter:\n\nDeze motie is voorgesteld door het lid Graus.", None),
    ("en gaat over tot de orde van de dag.\n\nNaar mij blijkt, wordt de indiening ervan voldoende ondersteund.", None),
])
def test_a_motie_is_the_motion_its_signatures_name(text: str, names: tuple | None) -> None:
    m = signed_motion(text)
    assert (m.submitters if m else None) == names


def test_a_motie_page_without_its_heading_is_the_motion_of_its_signatories() -> None:
    """A motie page opening on `Voorgesteld ...` without the heading naming its members (EZK 2022, mot119 pool): a motie
    document, the motion its signatures name, quoted by its request."""
    body = ("Voorgesteld 23 november 2022\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende dat het klimaatdoel voor "
            "2030 niet gehaald wordt;\nverzoekt de regering nog dit jaar tot besluitvorming te komen over extra "
            "klimaatmaatregelen,\nen gaat over tot de orde van de dag.\nKröger\nThijssen")
    assert read_doc_type(body, "page.txt") == "motie"
    motions = [t for t in tag_document((Page(1, body),), (), "2022-11-23", "motie") if t.kind == "motion"]
    assert [(m.fields()["submitters"], m.rule) for m in motions] == [(["Kröger", "Thijssen"], "motion-signed")]
    assert "verzoekt de regering nog dit jaar" in motions[0].quote


def test_a_motie_page_named_in_its_title_stays_one_motion() -> None:
    """The Partij voor de Dieren's page `Motie Thieme: ...` (2017, mot119 pool): the title names it; its signature adds
    no second motion."""
    body = ("Motie Thieme: het openbreken van het energieakkoord\n\n2 november 2017\n\nDe Kamer,\n\ngehoord de "
            "beraadslaging,\n\nverzoekt de regering, het energieakkoord open te breken,\n\nen gaat over tot de orde van "
            "de dag,\n\nThieme\n\n\nStatus\n\nVerworpen")
    assert read_doc_type(body, "page.txt") == "motie"
    motions = [t for t in tag_document((Page(1, body),), (), "2017-11-02", "motie") if t.kind == "motion"]
    assert [(m.fields()["submitters"], m.quote[:20]) for m in motions] == [(["Thieme"], "verzoekt de regering")]


@pytest.mark.parametrize("body, name, doc_type", [
    # Handelingen: the chair speaks under the motion; a letter quoting a motion is no motie
    ("Aan de orde is het VAO Nucleaire veiligheid.\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, "
     "druk uit te oefenen,\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie is voorgesteld door "
     "het lid Smaling.", "h.txt", "other"),
    ("Geachte voorzitter,\n\nDe motie luidt:\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, de hulp "
     "te verhogen,\n\nen gaat over tot de orde van de dag.\n\nJansen\n\nDeze motie voer ik uit.", "brief.txt", "kamerbrief"),
    # a file named after the letter or annex that reports on motions is no motie (mot119 pool); a motie's name is
    ("Tabel 32 Door de Staten-Generaal aanvaarde moties die zijn afgerond", "bijlage-moties-en-toezeggingen.txt", "other"),
    ("Minister Slob informeert de Tweede Kamer.", "kamerbrief-uitvoering-motie-van-meenen.txt", "kamerbrief"),
    ("Minister Slob informeert de Tweede Kamer.", "uitvoering-motie-van-meenen.txt", "other"),
    ("De Kamer, gehoord de beraadslaging,", "motie-negatieve-spaarrente.txt", "motie"),
])
def test_what_is_no_motie_document(body: str, name: str, doc_type: str) -> None:
    assert read_doc_type(body, name) == doc_type


def test_a_motion_named_alone_is_quoted_with_its_request_after() -> None:
    """A budget's annex `Moties en toezeggingen` describes each motion in a cell: its name, then its request as a
    sentence of its own (BZK/Koninkrijksrelaties 2020, mot119 pool): the quote holds both; a sentence after that is no
    request stays out."""
    body = ("Tabel 32 Door de Staten-Generaal aanvaarde moties die zijn afgerond\n\nDe motie van het lid Diertens c.s. "
            "Verzoekt de regering, de openbare lichamen actief ondersteuning aan te bieden.\n\nAfgedaan.\n\n"
            "De motie van het lid Wuite. De Tweede Kamer is op 15 juni 2018 per brief geïnformeerd.")
    quotes = {t.fields()["name"]: t.quote for t in tag_document((Page(1, body),), (), "2019-09-17", "other")
              if t.kind == "motion"}
    assert quotes == {"motie Diertens c.s.": "De motie van het lid Diertens c.s. Verzoekt de regering, de openbare "
                                             "lichamen actief ondersteuning aan te bieden.",
                      "motie Wuite": "De motie van het lid Wuite."}


def test_a_motion_a_motie_document_cites_is_quoted_where_it_is_named() -> None:
    """A motie's consideration cites an earlier motion (BHO 2020, mot98 pool; a known open case, mot119): that motion is
    quoted by the consideration, never by this motie's request, which stays this motie's own."""
    body = ("Nr. 12 MOTIE VAN HET LID JANSEN\n\nVoorgesteld 15 september 2021\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
            "overwegende dat de Kamer met de motie van Van der Staaij reeds het kabinet heeft opgeroepen de hulp te "
            "handhaven;\n\nverzoekt de regering, de hulp te verhogen,\n\nen gaat over tot de orde van de dag.\n\nJansen")
    quotes = {t.fields()["name"]: t.quote for t in tag_document((Page(1, body),), (), "2021-09-15", "motie")
              if t.kind == "motion"}
    assert quotes["motie Van der Staaij"].startswith("overwegende dat de Kamer met de motie van Van der Staaij")
    assert quotes["motie Jansen"] == "verzoekt de regering, de hulp te verhogen,"


@pytest.mark.parametrize("body, submitters", [
    # the speaker who says `ondergetekende` is a submitter (Handelingen TK 2020, mot98 pool; a known open case, mot119)
    ("Aan de orde is het VAO Vreemdelingen.\n\nDe heer Jasper van Dijk (SP):\n\nDank. Mijn tweede motie gaat over een "
     "eerder aangenomen motie van mevrouw Van Toorenburg en ondergetekende, die vanaf nu wordt vervangen door mevrouw "
     "Kuik.", ["Van Toorenburg", "Van Dijk"]),
    # no speaker's line before it: the named member only; a speaker who does not sign is no submitter
    ("Het kabinet voert de motie van het lid Kuik en ondergetekende uit.", ["Kuik"]),
    ("De heer Jasper van Dijk (SP):\n\nDe motie van mevrouw Van Toorenburg is aangenomen.", ["Van Toorenburg"]),
])
def test_ondergetekende_is_the_member_who_speaks(body: str, submitters: list) -> None:
    (m,) = [t for t in tag_document((Page(1, body),), (), "2020-03-05", "other") if t.kind == "motion"]
    assert m.fields()["submitters"] == submitters


def test_a_request_that_opens_items_is_quoted_with_its_first() -> None:
    """`verzoekt de regering:` over its bulleted items (BZK 2016, mot102 pool): the quote holds the first item; a request
    ended by a comma stays alone."""
    body = ("Nr. 268 MOTIE VAN HET LID RONNES\n\nVoorgesteld 6 september 2016\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
            "verzoekt de regering:\n\n  • aard en omvang van de te verwachten gezinsherenigingen concreet in beeld te "
            "brengen;\n\n  • tevens de mate van verdringing in beeld te brengen,\n\nen gaat over tot de orde van de dag.\n\n"
            "Ronnes")
    (m,) = [t for t in tag_document((Page(1, body),), (), "2016-09-06", "motie") if t.kind == "motion"]
    assert m.quote.startswith("verzoekt de regering: • aard en omvang van de te verwachten gezinsherenigingen")
    (m,) = [t for t in tag_document((Page(1, body.replace("regering:", "regering,")),), (), "2016-09-06", "motie")
            if t.kind == "motion"]
    assert m.quote == "verzoekt de regering,"
    # a Handelingen chair's sentence ending on a colon over the changed motion's heading `Motie` (TK 2015, mot119 pool)
    body = ("De motie-Gesthuizen/Sjoerdsma (32317, nr. 347) is in die zin gewijzigd dat zij thans luidt:\n\nMotie\n\n"
            "De Kamer,\n\ngehoord de beraadslaging,")
    (m,) = [t for t in tag_document((Page(1, body),), (), "2015-10-06", "other") if t.kind == "motion"]
    assert m.quote.endswith("thans luidt:")


def test_a_heading_fused_with_the_next_sentence_stands_alone() -> None:
    """A heading naming a motion, wrapped over two lines, runs into the next sentence (JenV 2017, all123 pool): the
    motion is quoted by the sentence that names it, and a heading quoted alone is the heading only."""
    body = ("Daarnaast informeer ik u in deze brief over het kabinetsstandpunt ten aanzien van\nde op 16 mei 2017 "
            "aangenomen gewijzigde motie van het lid Jasper van Dijk onder nr.\n23272.\nKabinetsstandpunt ten aanzien "
            "van de gewijzigde motie van het lid Jasper van Dijk\nonder nr. 2327\nIn motie nr. 2327 verzoekt uw Kamer "
            "de regering harder in te zetten op afspraken met veilige landen van herkomst.")
    quotes = [t.quote for t in tag_document((Page(1, body),), (), "2017-12-12", "kamerbrief") if t.kind == "motion"]
    assert quotes == ["Daarnaast informeer ik u in deze brief over het kabinetsstandpunt ten aanzien van de op 16 mei "
                      "2017 aangenomen gewijzigde motie van het lid Jasper van Dijk onder nr. 23272."]
    alone = body[body.index("Kabinetsstandpunt ten aanzien van de"):]
    quotes = [t.quote for t in tag_document((Page(1, alone),), (), "2017-12-12", "kamerbrief") if t.kind == "motion"]
    assert quotes == ["Kabinetsstandpunt ten aanzien van de gewijzigde motie van het lid Jasper van Dijk onder nr. 2327"]


@pytest.mark.parametrize("body, quote", [
    # the title of an EK vote, a line of its own (EK 2022, mot125 pool): the item of the list is quoted
    ("Stemming gewijzigde motie-De Boer c.s. (35979, letter G, was letter E)Verslag van de vergadering van 22 februari "
     "2022 (2021/2022 nr. 19)\n\nAan de orde is de stemming over een motie,\n\nte weten:\n\n  • de gewijzigde motie-De "
     "Boer c.s. over de vijfde verlenging van de Tijdelijke wet maatregelen covid-19 (35979, letter G, was letter E).\n",
     "• de gewijzigde motie-De Boer c.s. over de vijfde verlenging van de Tijdelijke wet maatregelen covid-19 (35979, "
     "letter G, was letter E)."),
    # a heading of its own inside a letter (each motion's section of a VWS letter on motions, 2024, all126 blind set)
    # is the first mention and is quoted; only the document's title line or a heading fused with a sentence yields
    ("Geachte voorzitter,\n\nHierbij informeer ik u over de stand van zaken van enkele moties.\n\nMotie van het lid "
     "Mohandis over onderzoek naar drempels voor huisartsen voor inschakelen verslavingsarts\n\nDe motie van het lid "
     "Mohandis over onderzoek naar drempels voor huisartsen ziet de Minister van VWS als onderdeel van de bredere "
     "versterking van de eerstelijnszorg.\n",
     "Motie van het lid Mohandis over onderzoek naar drempels voor huisartsen voor inschakelen verslavingsarts"),
    # a sentence wrapped before a capital that goes on with it is no heading
    ("Met deze brief informeer ik u dat de motie van het lid Van Dijk over de terugkeer is aangenomen door de Tweede\n"
     "Kamer op 16 mei 2017 en dat ik haar uitvoer.\nDe motie Van Dijk wordt uitgevoerd.",
     "Met deze brief informeer ik u dat de motie van het lid Van Dijk over de terugkeer is aangenomen door de Tweede "
     "Kamer op 16 mei 2017 en dat ik haar uitvoer."),
    # nor one wrapped before a member's name with its particle
    ("De motie van het lid Bikker over de zorg en de motie van het lid\nVan der Staaij over de grens zijn aangenomen.",
     "De motie van het lid Bikker over de zorg en de motie van het lid Van der Staaij over de grens zijn aangenomen."),
])
def test_a_motion_named_in_a_heading_is_quoted_by_a_sentence(body: str, quote: str) -> None:
    """A motion's quote where a heading and a sentence name it (``document._shown``)."""
    quotes = [t.quote for t in tag_document((Page(1, body),), (), "2022-02-22", "verslag") if t.kind == "motion"]
    assert quotes[0] == quote


def test_a_long_sentence_naming_several_motions_quotes_each_by_its_clause() -> None:
    """A sentence of over 120 words naming several motions quotes each with its own clause and paper, as a long
    sentence citing several papers does (a scorer skips quotes over 120 words; BZK to the Eerste Kamer 2020, all121, its
    list made longer); a sentence of 64 words naming five stays whole for each (all143: a reader quotes the sentence)."""
    head = ("Met deze brief informeer ik u ook over de wijze waarop ik invulling geef aan de motie Kox c.s. van de Eerste "
            "Kamer (35 431, D) en aan de moties uit de Tweede Kamer, te weten de motie Smeulders c.s. (35 431, nr. 29), de "
            "motie Ronnes c.s. (35 431, nr. 26), de motie Smeulders en Dik-Faber (35 431, nr. 30) en de motie Dik-Faber "
            "(35 431, nr. 28)")
    more = (", de motie Van Eijs over de huurtoeslag voor jongeren in de grote steden (35 431, nr. 31), de motie Nijboer "
            "over de verhuurderheffing voor woningcorporaties in krimpgebieden (35 431, nr. 32), de motie Beckerman over "
            "de tijdelijke huurcontracten en de positie van huurders (35 431, nr. 33) en de motie Koerhuis over "
            "middenhuur (35 431, nr. 34)")
    tail = ". Daarnaast ga ik in op de uitvoering van de motie Beckerman en de motie Koerhuis."

    def quotes(body: str) -> dict[str, str]:
        return {t.fields()["name"]: t.quote for t in tag_document((Page(1, body),), (), "2020-06-30", "kamerbrief")
                if t.kind == "motion"}
    long = quotes(head + more + tail)
    assert long["motie Kox c.s."].endswith("de motie Kox c.s. van de Eerste Kamer (35 431, D)")
    assert long["motie Ronnes c.s."] == "de motie Ronnes c.s. (35 431, nr. 26)"
    assert long["motie Dik-Faber"] == "de motie Dik-Faber (35 431, nr. 28)"
    short = quotes(head + tail)
    assert short["motie Ronnes c.s."] == short["motie Dik-Faber"] == head + "."
    assert short["motie Beckerman"] == "Daarnaast ga ik in op de uitvoering van de motie Beckerman en de motie Koerhuis."
