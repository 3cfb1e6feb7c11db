"""Motions a document mentions (`motie Toorenburg/Groothuizen`, `motie Piri c.s.`, `een aangenomen
motie van het lid Brekelmans`, `motie-Simons c.s.`), their submitters, what they ask and the answer."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dutch.whitespace import collapse
from ingest.tagging.rules.table import Rule, first_match, rule

PARTICLE = r"(?:[Vv]on der|[Vv]on|[Vv]an der|[Vv]an den|[Vv]an de|[Vv]an 't|[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Ii]n 't|'t)"
# a capital, then letters of any script (`Kostić`, `Özütok`), apostrophes and hyphenated parts, a part after the hyphen
# maybe with its particle (`de motie-Faber-van de Klashorst c.s.`, EK 2022)
# (never a paper's word written after the names, as a rijksoverheid.nl title runs on: `Kamerbrief over uitvoering motie
# Jacobi/Cegerek Kamerstuk 31 409 nr 96`, IenM 2016, mot119 pool: `Cegerek` is the surname, not a first name)
NOT_SURNAME = r"(?!(?:Kamerstukk?e?n?|Kamerbrief|Handelingen)\b)"
SURNAME = (rf"{NOT_SURNAME}(?:{PARTICLE}\s+)?[A-ZÀ-Ý][^\W\d_A-Z]+(?:['’][^\W\d_]+)*"
           rf"(?:-(?:{PARTICLE}\s+)?[^\W\d_]+)*")
# (up to two first names: `de motie-Mei Li Vos c.s.`, EK 2022)
FIRSTNAME_SURNAME = rf"(?:[A-ZÀ-Ý][^\W\d_A-Z]+\s+){{0,2}}{SURNAME}"
# a member's party after the name: `de leden Podt (D66) en Rajkowski (VVD)`, `(GroenLinks-PvdA)`
PARTY = r"(?:\s*\([A-Z0-9][\w\-]*(?:\s+[\w\-]+){0,3}\))?"
# `Toorenburg/Groothuizen`, `Podt en Piri`, `Koekkoek, Ceder en Van Baarle` (a comma only in a list ended by `en`)
# (`c.s.` also capitalised, as a motie document's heading `MOTIE VAN HET LID SJOERDSMA C.S.` reads once title-cased:
# `Sjoerdsma C.s.`, mot98 pool: five of its motie documents)
NAMES = (rf"(?P<names>{FIRSTNAME_SURNAME}{PARTY}"
         rf"(?:\s*,\s*{FIRSTNAME_SURNAME}{PARTY}(?=(?:\s*,\s*{FIRSTNAME_SURNAME}{PARTY})*\s+en\s))*"
         rf"(?:\s*(?:/|\sen\s)\s*{FIRSTNAME_SURNAME}{PARTY})*)(?P<cs>\s+(?:[Cc]\.[Ss]\.|cs\b))?")
# (`het Lid Ceder` capitalised, `de motie van leden Bikker en Omtzigt` without the article, as answers write them)
# (a senator or member named with the party before the role: `de PVV-senator Van Hattem`, EK 2019)
# (members in the plural with the chamber: `de motie van de Tweede Kamerleden Kröger (GroenLinks) en Piri (PvdA)`, a
# rijksoverheid.nl summary of a JenV letter of 2023)
MEMBER = (r"(?:(?:het\s+)?(?:Tweede\s+|Eerste\s+)?(?:[Kk]amer)?[Ll]id|(?:de\s+)?leden|(?:Tweede\s+|Eerste\s+)?[Kk]amerlid|"
          r"(?:de\s+)?(?:Tweede\s+|Eerste\s+)?[Kk]amerleden|mevrouw|"
          r"de\s+heer|(?:de\s+)?(?:[A-Z][\w]*-)?(?:[Kk]amerlid|senator|[Ss]enator))")
MOTION_RULES: tuple[Rule, ...] = (
    # (also several motions of the same members, named as one: `de moties van de leden Brekelmans, Kuzu, Piri en
    # Jasper van Dijk over ...`; README counts a named motie, and which member moved which is not said)
    # (a citation between: `de aangenomen motie (Kamerstuk 30 139, nr. 190) van het lid Belhaj (D66)`, Def 2019)
    # (the verb between, the member's title left out: `Op 6 juli 2023 heeft uw Kamer een motie aangenomen van Ellian
    # c.s.`, JenV 2024, rules32 held-out probe)
    # (or its Kamerstuk written between without brackets: `Eén van de moties met Kamerstuk 24 095, nr. 539 van de leden
    # Van Ginneken, Grinwis en Rajkowski, is op 8 juni 2021 aangenomen`, EZK 2021)
    rule("motion-of-member", rf"\b[Mm]oties?\s+(?:\([^()]{{1,60}}\)\s+|(?:met\s+)?Kamerstuk\s+\d[\d ]{{2,6}}(?:[- ][A-Z]{{1,5}})?,?"
                             rf"\s+nrs?\.?\s*\d{{1,4}}\s+)?(?:van\s+{MEMBER}\s+|"
                             rf"(?:aangenomen|ingediend|aangehouden)\s+van\s+(?:{MEMBER}\s+)?){NAMES}",
         "Met deze bijlage geven we invulling aan een motie van Tweede Kamerlid Mulder (CDA).", flags=0),
    # the member's surname right after the preposition, no `het lid` (a motie's consideration `overwegende dat de Kamer
    # met de motie van Van der Staaij reeds het kabinet heeft opgeroepen`, BHO 2020, mot98 pool; `de motie van De Roon
    # c.s.`): `van` is the preposition, not the surname's particle (a surname standing alone writes its particle with a
    # capital), so the member is `Van der Staaij`, never `Van Van`; never a party written as one word (`GroenLinks`)
    rule("motion-of-name", rf"\b[Mm]oties?\s+van\s+(?=[A-ZÀ-Ý]){NAMES}(?![^\W\d_])",
         "overwegende dat de Kamer met de motie van Van der Staaij reeds het kabinet heeft opgeroepen ernaar te streven de "
         "bestaande hulp en ondersteuning aan ontwikkelingslanden ook in de huidige omstandigheden te handhaven", flags=0),
    # (several by the same members, hyphenated: `twee door de Kamer aangenomen moties-Koffeman c.s.`)
    # (lower-case `van` and a capital after `motie` is the preposition, the row above: `motie van Van der Staaij`)
    # (never the title of the debate a Handelingen heading names after its vote: `14 Stemming motie Europese top over
    # EU-banen`, TK 2019, mot119 pool; `Stemming motie Staat van de rechtsstaat`, EK 2020)
    rule("motion-named", rf"\b[Mm]otie(?:s?-|(?<![Ss]temming\smotie)\s+(?!van\s+[A-ZÀ-Ý])){NAMES}",
         "Bij de inventarisatie n.a.v. de motie Ploumen/Jetten zijn diverse signalen opgehaald.", flags=0),
    # several motions of one member, the plural before one name: `Hiermee wordt tevens opvolging gegeven aan de moties
    # Van Dijk.` (BZ 2024); a list of names (`de moties Kuzu en Van Ojik`) is one motion per name, below
    # (the name ends the clause or a lower-case word follows it, never another name or a list)
    # (never the title of the debate a Handelingen heading names after the votes on its motions: `Stemmingen moties Debat
    # naar aanleiding van de regeringsverklaring`, EK 2022)
    rule("motions-of-one", rf"(?<!Stemmingen\s)(?<!Stemming\s)\b[Mm]oties\s+(?P<names>{FIRSTNAME_SURNAME})(?P<cs>\s+c\.s\.)?"
                           rf"(?=\d{{0,3}}(?:[.;:)]|\s*$|\s+(?!(?:en|c\.s\.|{PARTICLE})\s)[a-z]))",
         "Hiermee wordt tevens opvolging gegeven aan de moties Van Dijk.2", flags=0),
    # the member is the subject: `heeft het lid Podt op 6 april 2023 een motie ingediend` (JenV 2024)
    # (inverted, the verb's particle after: `diende het lid Koekoek (Volt) cs een motie in`, AenM 2025)
    # (a footnote marker may be glued to the noun: `heeft het lid Podt een motie2 ingediend om samen met de VNG te
    # onderzoeken ...`, AenM 2024, probe79)
    rule("motion-moved-by-member", rf"\b{MEMBER}\s+{NAMES}\s+(?:[^\s.;]+\s+){{0,6}}?een\s+motie\d{{0,2}}\s+"
                                   r"(?:ingediend|aangenomen|aangehouden|in(?=\d{0,2}[\s.,;]))(?!\w*[^\W\d])",
         "Ten aanzien van de opvang heeft het lid Podt op 6 april 2023 een motie ingediend waarin wordt verzocht",
         flags=0),
    # the motion, then a relative clause whose subject is the member who moved it: `stuurt een brief over de motie die het
    # Tweede Kamerlid Ceder (CU) indiende tijdens een overleg over de Mensenrechtennota` (a rijksoverheid.nl summary of a
    # BZ letter, mot98 held-out; the form letters reporting on motions use, mot102); only a verb of moving it, never
    # one of supporting or voting (`de motie die het lid Ceder steunde`)
    rule("motion-moved-by-member-after", rf"\b[Mm]otie\d{{0,2}}\s+die\s+{MEMBER}\s+{NAMES}\s+(?:[^\s.;]+\s+){{0,6}}?"
                                         r"(?:indiende|indienden|(?:heeft|hebben)\s+ingediend|ingediend\s+(?:heeft|hebben)|"
                                         r"voorstelde|voorstelden)(?![^\W\d_])",
         "Minister Hoekstra (BZ) stuurt een brief over de motie die het Tweede Kamerlid Ceder (CU) indiende tijdens een "
         "overleg over de Mensenrechtennota.", flags=0),
    # the member named, then the motion as the one this member moved, by a pronoun in the same clause: `Op verzoek van het
    # lid Jasper van Dijk stel ik voor de volgende door hem ingediende motie opnieuw aan te houden: 29544, nr. 959.`
    # (Handelingen TK 2019, tags91), `heeft het lid Omtzigt verzocht om ... de toegezegde schriftelijke reactie van het
    # kabinet te ontvangen naar aanleiding van de door hem ingediende motie1` (Fin 2015, probe58); never another paper the
    # member moved (`het door haar ingediende amendement`) nor a motion moved by others named after the member
    rule("motion-moved-by-pronoun", rf"\b{MEMBER}\s+{NAMES}\b[^.;]{{0,160}}?\bdoor\s+(?:hem|haar|hen)\s+"
                                    r"(?:\w+\s+)?ingediende\s+motie\d{0,2}(?![^\W\d_])",
         "Op verzoek van het lid Jasper van Dijk stel ik voor de volgende door hem ingediende motie opnieuw aan te houden: "
         "29544, nr. 959.", flags=0),
    # the chair's formula on a member's own motion, by a possessive: `Op verzoek van de heer Van Rooijen stel ik voor zijn
    # motie (36350-IX, 36350-XV, letter F) ... aan te houden.` (EK 2023, mot125 pool), `Op verzoek van de heer Koole stel
    # ik voor zijn motie (35295, letter T) aan te houden.` (EK 2022), `Op verzoek van het lid Verdonk stel ik voor, haar
    # motie op stuk 27017, nr. 63, opnieuw aan te houden.` (TK 2010); never another paper of the member (`haar amendement`)
    rule("motion-requested-by-member", rf"\bOp\s+verzoek\s+van\s+{MEMBER}\s+{NAMES}\b[^.;]{{0,80}}?\b(?:zijn|haar|hun)\s+"
                                       r"(?:\w+\s+)?motie\d{0,2}(?![^\W\d_])",
         "Op verzoek van de heer Van Rooijen stel ik voor zijn motie (36350-IX, 36350-XV, letter F) en zijn gewijzigde "
         "motie (36350-IX, 36350-XV, letter K) aan te houden.", flags=0),
    # the Handelingen' formula under a motion moved in the plenary (`Deze motie is voorgesteld door de leden Paternotte
    # en Gijs van Dijk.`, `... door het lid Van Dijk.`; rules36 held-out probe, VAO Inburgering 2019): the motion is named
    rule("motion-proposed-by", rf"\b[Dd]eze\s+motie\s+is\s+voorgesteld\s+door\s+{MEMBER}\s+{NAMES}",
         "Deze motie is voorgesteld door de leden Paternotte en Gijs van Dijk.", flags=0),
    # the submitters told after the motion, in the passive (`voer ik de motie van de Tweede Kamer uit die in 2018 werd
    # ingediend door de leden Beckermann, Nijboer en Geluk-Poortvliet`, OCW 2019, probe58 held-out; `Deze motie is
    # voorgesteld door de leden Gesthuizen, Vos en Van Gent.` is the row above); only a motion, never another paper (`het
    # initiatiefwetsvoorstel dat werd ingediend door de leden ...`, `de initiatiefnota ... van de leden ...`)
    rule("motion-submitted-by", rf"\b[Mm]otie\b[^.;]{{0,100}}?\b(?:ingediend|voorgesteld)\s+door\s+{MEMBER}\s+{NAMES}",
         "In deze brief geef ik mijn visie op het erfgoed uit de Tweede Wereldoorlog en voer ik de motie van de Tweede "
         "Kamer uit die in 2018 werd ingediend door de leden Beckermann, Nijboer en Geluk-Poortvliet.", flags=0),
)
# Several motions of members listed at once, each closed by its own `c.s.` or footnote marker: one motion per item
# (`via de moties van de leden Dijkhoff c.s.3, Marijnissen c.s.4, Van Kooten-Arissen c.s.5, Bromet6, Kwint en Leijten7,
# Inge van Dijk c.s.8 en Kat c.s.9`, Fin 2021, probe56); names joined by `en` or `/` without a marker between them are one
# motion's submitters (`Kwint en Leijten7`), and a list without markers stays one mention (`de moties van de leden
# Brekelmans, Kuzu, Piri en Jasper van Dijk over ...`, above)
# (or by its own paper in brackets: `de moties van de leden Bikker (Kamerstuk 36 200, nr. 12), Ceder (nr. 13) en Omtzigt
# c.s. (nr. 14)`, as letters reporting on several motions list them; mot119, a known open case of the motions' slice)
PAPER_MARK = (r"\s*\((?:Kamerstuk(?:ken)?\s+)?(?:\d[\d ]*(?:\s*[A-Z]{1,5})?(?:-[\dA-Z]+)?,?\s*)?"
              r"(?:nr\.|letter)\s*[\dA-Z]{1,5}\)")
MARKED_ITEM = (rf"{FIRSTNAME_SURNAME}{PARTY}(?:\s*(?:/|\sen\s)\s*{FIRSTNAME_SURNAME}{PARTY})*"
               rf"(?:\s+c\.s\.\d{{0,2}}|\d{{1,2}}|(?:\s+c\.s\.)?{PAPER_MARK})(?![\w.])")
MARKED_LISTS: tuple[Rule, ...] = (
    rule("motions-of-members-marked", rf"\b[Mm]oties\s+van\s+{MEMBER}\s+(?P<list>{MARKED_ITEM}(?:\s*,\s*{MARKED_ITEM})*"
                                      rf"\s+en\s+{MARKED_ITEM})",
         "Hierbij is de inbreng van uw Kamer via de moties van de leden Dijkhoff c.s.3, Bromet6, Kwint en Leijten7 en "
         "Kat c.s.9 meegenomen.", flags=0),
)
EACH_MARKED = re.compile(rf"(?P<names>{FIRSTNAME_SURNAME}{PARTY}(?:\s*(?:/|\sen\s)\s*{FIRSTNAME_SURNAME}{PARTY})*)"
                         rf"(?P<cs>\s+c\.s\.)?(?:{PAPER_MARK}|\d{{0,2}})(?![\w.])")
# Several motions named at once, one per name: `de moties Marijnissen c.s. en Klaver c.s.`
ONE_OF_SEVERAL = rf"{FIRSTNAME_SURNAME}(?:\s*/\s*{FIRSTNAME_SURNAME})*(?:\s+c\.s\.)?"
MOTION_LISTS: tuple[Rule, ...] = (
    # (never the debate a Handelingen heading names after its votes, its title holding `en`: `16 Stemmingen moties Begroting
    # Binnenlandse Zaken en Koninkrijksrelaties 2020`, TK 2019; the singular `Stemming motie ...` is the row above's)
    rule("motions-named", rf"(?<!Stemmingen\s)(?<!Stemming\s)\b[Mm]oties\s+(?P<list>{ONE_OF_SEVERAL}(?:\s*,\s*{ONE_OF_SEVERAL})*\s+en\s+{ONE_OF_SEVERAL})",
         "Met deze brief informeer ik uw Kamer over de uitvoering van de moties Marijnissen c.s. en Klaver c.s.", flags=0),
)
EACH = re.compile(rf"(?P<names>{FIRSTNAME_SURNAME}(?:\s*/\s*{FIRSTNAME_SURNAME})*)(?P<cs>\s+c\.s\.)?")
# A motie document's own heading (`MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS`): the document is that motion.
# (the names end before the subject where the page's title line comes first, as tweedekamer.nl, openkamer.org and
# berthub.eu title every motie: `Motie van het lid Voordewind over de beoordeling van asielverzoeken ...`, JenV 2020,
# mot98 pool; `Gewijzigde motie van de leden Sjoerdsma en Van der Lee over het buitenlandbeleid ...`, BZ 2022)
# (a changed motion's heading says on the same line which paper it replaces: `GEWIJZIGDE MOTIE VAN DE LEDEN BROMET EN
# GRINWIS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19`, LNV 2024 and 2022, mot102 pool)
OWN_MOTION = rule("motion-own-heading", r"Motie van (?:het lid|de leden)\s+(?P<names>.+?)\s*"
                                        r"(?:\n|Voorgesteld|\sover\s|\ster\s+vervanging\b|$)",
                  "MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS\nVoorgesteld 6 juli 2021", flags=re.I)
# A motie's signatures: the members' names, a line each, right under its closing formula (`en gaat over tot de orde van
# de dag.` / `Kröger` / `Thijssen`, a motie page that opens on `Voorgesteld 23 november 2022` without its heading, EZK
# 2022; the Partij voor de Dieren's page of a motion headed by its subject, `Motie over een brief over ...`, its twelve
# signatories over `Status`, LNV 2022; mot119 pool); never the chair's line under a motion read in the plenary (`De
# voorzitter:`), nor the register's words after the names
SIGNATURE_STOPS = (r"(?:Status|Stemmingsuitslag|Ondertekenaars?|Eerste|Mede|Toelichting|Aangenomen|Verworpen|Aangehouden|"
                   r"Ingetrokken|Voor|Tegen|Bijlagen?|Indieners?|Naar)\b")
SIGNATURE_LINE = (rf"[^\S\n]*(?!{SIGNATURE_STOPS})(?:[A-ZÀ-Ý][^\W\d_A-Z]+[^\S\n]+){{0,2}}(?:{PARTICLE}[^\S\n]+)?"
                  rf"[A-ZÀ-Ý][^\W\d_A-Z]+(?:['’][^\W\d_]+)*(?:-(?:{PARTICLE}[^\S\n]+)?[^\W\d_]+)*[^\S\n]*(?:\n|\Z)")
SIGNED_MOTION = rule("motion-signed", rf"\ben gaat over tot de orde van de dag[.,]?[^\S\n]*\n\s*"
                                      rf"(?P<names>(?:{SIGNATURE_LINE}\s*){{1,25}})",
                     "en gaat over tot de orde van de dag.\nKröger\nThijssen", flags=0)
DOCUMENT_RULES = (OWN_MOTION, SIGNED_MOTION)
NOT_A_NAME = {"Kamer", "Tweede", "Eerste", "Het", "Een", "Zoals", "Deze", "In", "Op", "Met", "Dit", "Die",
              "Minister", "Staatssecretaris", "Regering", "Hiermee", "Conform", "Naar",
              "Partij",   # a party, not a member: `een motie van de Partij voor de Dieren`
              # words that open a sentence, after `moties` where its full stop is lost (`... over het rappel toezeggingen
              # en moties Bijgaand brengt de commissie hiervan verslag uit`, EK 2026)
              "Bijgaand", "Hierbij", "Daarnaast", "Tevens", "Ook", "Voorts", "Verder", "Daarom", "Zo"}
# What a motion asks: the dictum (`verzoekt de regering ...`) or the letter's paraphrase of it
# (`waarin het kabinet wordt verzocht om ...`, `die de regering vraagt ...`).
ASKS = re.compile(r"\b(verzoekt|verzoeken|vraagt|vragen|roept|roepen|verzocht|gevraagd|opgeroepen)\b.*", re.S)
# The government's response, as the letters phrase it (first row wins; its value is the label).
RESPONSE_RULES: tuple[Rule, ...] = (
    rule("response-not-carried-out", r"\b(niet uit(voeren|gevoerd|te voeren)|ontraden|ontraad|geen uitvoering|"
                                     r"niet tegemoet|kan ik (de motie )?niet|voer(en)? (ik|wij|we|het kabinet)\b[^.]{0,40}"
                                     r"\bniet uit)\b",
         "De motie Brekelmans is daarmee nog niet uitgevoerd.", "niet uitgevoerd"),
    rule("response-carried-out", r"\b(als afgedaan beschouwd|beschouwd als afgedaan|uitvoering gegeven|"
                                 r"(is|zijn|wordt|worden)\s+(hiermee\s+|daarmee\s+|met deze brief\s+)?(uitgevoerd|afgedaan)|"
                                 r"geef ik uitvoering|voer(en)? (ik|wij|we|het kabinet) (de(ze)? motie )?uit|"
                                 r"komt het kabinet tegemoet|tegemoetgekomen|hiermee (is|wordt) (voldaan|invulling gegeven))\b",
         "Hiermee komt het kabinet tegemoet aan de bij de Tweede Kamer ingediende motie Groothuizen c.s.", "uitgevoerd"),
    rule("response-by-letter", r"\b(met deze brief|in deze brief|per brief|reageer ik op|reactie op|"
                               r"ga ik in op|Kamerbrief n\.a\.v\.|brief n\.a\.v\.)",
         "Voorts reageer ik op de motie Piri c.s. waarin het kabinet wordt verzocht om", "beantwoord per brief"),
    rule("response-in-progress", r"\b(in (het kader|uitvoering) van (de )?motie|wordt uitgevoerd|werk ik aan|"
                                 r"ter uitvoering|invulling van|uitvoering van|wordt gewerkt)\b",
         "Ik wil u berichten over de invulling van de bij de Tweede Kamer ingediende motie Bisschop", "in uitvoering"),
)
# A second group of members right after a motion named in the plural, each group a motion of its own: `om gehoor te
# geven aan de moties van het lid Verhoeven (Kamerstuk 34 550 VI, nr. 60) en de leden Tellegen en Recourt (...)` (Def
# 2017); searched from the end of the first group (``find_motions``)
SECOND_GROUPS: tuple[Rule, ...] = (
    rule("motion-second-group", rf"(?:\s*\([^()]{{1,60}}\))?\s+en\s+(?:van\s+)?{MEMBER}\s+{NAMES}",
         " (Kamerstuk 34 550 VI, nr. 60) en de leden Tellegen en Recourt", flags=0),
)
PLURAL = re.compile(r"[Mm]oties\b")
TABLES = ("MARKED_LISTS", "MOTION_RULES", "MOTION_LISTS", "SECOND_GROUPS", "RESPONSE_RULES", "DOCUMENT_RULES")


@dataclass(frozen=True)
class Motion:
    start: int
    end: int
    name: str
    submitters: tuple[str, ...]
    rule: str = ""


def surname(name: str) -> str:
    """`Inge van Dijk` -> `Van Dijk`; `De Hoop` stays; first names before a surname go; a double name whose second
    part has its particle stays whole (`Faber-van de Klashorst`)."""
    parts = name.split()
    for i, p in enumerate(parts):
        if re.search(rf"-{PARTICLE}$", p):
            return " ".join(parts[i:])
        if re.fullmatch(PARTICLE, " ".join(parts[i:i + 2])) or re.fullmatch(PARTICLE, p):
            s = " ".join(parts[i:])
            return s[0].upper() + s[1:]
    return parts[-1]


def find_motions(text: str) -> list[Motion]:
    """Motion mentions in a text (a sentence), in reading order."""
    out: list[Motion] = []
    for row in MARKED_LISTS:
        for m in row.finditer(text):
            each = (_motion(e, row.id) for e in EACH_MARKED.finditer(text, m.start("list"), m.end("list")))
            out.extend(o for o in each if o)
    for row in MOTION_RULES:
        for m in row.finditer(text):
            if any(o.start < m.end() and m.start() < o.end for o in out):
                continue
            motion = _motion(m, row.id)
            if motion:
                out.append(motion)
    for row in MOTION_LISTS:
        for m in row.finditer(text):
            each = (_motion(e, row.id) for e in EACH.finditer(text, m.start("list"), m.end("list")))
            out.extend(o for o in each if o and not any(p.start < o.end and o.start < p.end for p in out))
    return sorted(out + _second_groups(text, out), key=lambda o: o.start)


def _second_groups(text: str, found: list[Motion]) -> list[Motion]:
    """The motions of a second group of members after a motion named in the plural (``SECOND_GROUPS``)."""
    out = []
    for o in found:
        m = PLURAL.match(text, o.start) and SECOND_GROUPS[0].pattern.match(text, o.end)
        motion = _motion(m, SECOND_GROUPS[0].id) if m else None
        if motion and not any(p.start < motion.end and motion.start < p.end for p in found):
            out.append(motion)
    return out


def _motion(m: re.Match[str], rule_id: str) -> Motion | None:
    names_text = re.sub(r"\s*\([^()]*\)", "", m.group("names"))
    raw = [n.strip() for n in re.split(r"\s*[/,]\s*|\s+en\s+", names_text) if n.strip()]
    names = [surname(n) for n in raw]
    names = [n for n in names if n not in NOT_A_NAME and n.split()[-1] not in NOT_A_NAME]
    if not names:
        return None
    name = "motie " + "/".join(names) + (" c.s." if m.group("cs") else "")
    return Motion(m.start(), m.end(), name, tuple(names), rule_id)


def signed_motion(text: str) -> Motion | None:
    """The motion a motie document's signatures name (`... en gaat over tot de orde van de dag.` / `Kröger` /
    `Thijssen`): its first signatory's name, then the others'."""
    m = SIGNED_MOTION.search(text)
    if not m:
        return None
    names = [surname(line.strip()) for line in m.group("names").splitlines() if line.strip()]
    return Motion(m.start("names"), m.end("names"), "motie " + "/".join(names), tuple(names), SIGNED_MOTION.id)


def response_of(text: str) -> str | None:
    found = first_match(RESPONSE_RULES, text)
    return found[0].value if found else None


def asks_of(text: str) -> str | None:
    m = ASKS.search(text)
    return collapse(m.group(0))[:400] if m else None
