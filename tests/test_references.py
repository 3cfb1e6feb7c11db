"""References to parliamentary papers in every way the letters write them, normalized
(ingest/references.py). Real strings from the corpus."""
from __future__ import annotations

import pytest

from ingest.tagging.rules.references import find_references

REFERENCES = [
    # (text, [(normalized, ref_type)])
    ("Kamerstukken II 2019/20, 19637, nr. 2645.", [("19637-2645", "kamerstuk")]),
    ("In de aangenomen motie Toorenburg/ Groothuizen (Kamerstuk 35300 VI, nr.63) verzoeken de leden",
     [("35300-VI-63", "kamerstuk")]),
    ("Motie, Kamerstuk 32 545, nr. 143", [("32545-143", "kamerstuk")]),
    ("Kamerstukken II 2023/24, 36 410 IV, nr. 15", [("36410-IV-15", "kamerstuk")]),
    ("Kamerstukken II, 2021-22, 19637 nr. 2929.", [("19637-2929", "kamerstuk")]),
    ("Kamerstukken II 2018/19, 35000 VI, nr. 59, gewijzigd onder nr. 78.", [("35000-VI-59", "kamerstuk")]),
    ("Brief 26 mei 2020,TK 2019–2020, 19 637, nr. 2608 en bijlage infographic", [("19637-2608", "kamerstuk")]),
    ("Kamerstuk 36200-XII-60", [("36200-XII-60", "kamerstuk")]),
    ("Kamerstukken 29665, nummers 427, 433 en 473.",
     [("29665-427", "kamerstuk"), ("29665-433", "kamerstuk"), ("29665-473", "kamerstuk")]),
    ("Zie Memorie van Toelichting bij Wijziging van de Arbeidsomstandighedenwet 1998 (kst-30552-3).",
     [("30552-3", "kamerstuk")]),
    ("Aanhangsel van de Handelingen, Vergaderjaar 2022-2023, nr. 242.", [("ah-tk-20222023-242", "aanhangsel")]),
    ("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1843.", [("ah-tk-20232024-1843", "aanhangsel")]),
    ("Handelingen II 2022/23, nr. 12, item 7", [("h-tk-20222023-12-7", "handelingen")]),
    ("ABRvS 1 februari 2021, 202002659/1/V2 (ECLI:NL:RVS:2021:193).", [("ECLI:NL:RVS:2021:193", "ecli")]),
    ("ECLI:NL:RVS:2021:1626 en ECLI:NL:RVS:2021:1627",
     [("ECLI:NL:RVS:2021:1626", "ecli"), ("ECLI:NL:RVS:2021:1627", "ecli")]),
    # an OCR layer reads a colon as a bullet
    ("Ik wijs daarbij op de uitspraak van de ABRvS van 2 april 2014, ECLI:NL•RVS:2014:1153, waarin",
     [("ECLI:NL:RVS:2014:1153", "ecli")]),
    ("Toezegging TZ202309-010", [("TZ202309-010", "toezegging")]),
    ("Kamerstukken II 2019/20, 19637, nrs. 2600 en 2645", [("19637-2600", "kamerstuk"), ("19637-2645", "kamerstuk")]),
    ("Kamerstukken I 2020/21, 35 300 VI, E.", [("35300-VI-E", "kamerstuk")]),
    ("Kamerstukken I 2021/22, 35 483, letter C", [("35483-C", "kamerstuk")]),
    ("Vragen van het lid Podt (D66) aan de staatssecretaris (ingezonden 3 mei 2023, 2023Z08123).",
     [("2023Z08123", "kamervragen")]),
    ("Besluit van 2 juli 2021 (Stb. 2021, 345) en de regeling in Stcrt. 2022, 12345.",
     [("stb-2021-345", "staatsblad"), ("stcrt-2022-12345", "staatscourant")]),
    # letters cited by date and title
    ("Bij brief aan de Tweede Kamer van 10 september 2020 inzake ‘Situatie brand vluchtelingenkamp Lesbos’ heeft",
     [("Kamerbrief 10 september 2020 'Situatie brand vluchtelingenkamp Lesbos'", "brief")]),
    ("- Brief TK 26 mei 2020 inzake Meerjarig beleidskader hervestiging 2020-2023, en bijlage",
     [("Kamerbrief 26 mei 2020", "brief")]),
    ("Kamerbrief van 30 september over uitspraken Raad van State over Griekse statushouders, 3507397.",
     [("Kamerbrief 30 september", "brief")]),
    ("Kamerbrief ‘Nederlandse inzet in het Europese Grens- en Kustwacht agentschap 2021’ (jaarlijkse brief)",
     [("Kamerbrief 'Nederlandse inzet in het Europese Grens- en Kustwacht agentschap 2021'", "brief")]),
    ("Kamerbrief n.a.v. motie Eerdmans en motie Valstar over landen die niet goed meewerken aan terugkeer. "
     "tk-reactie-motie-over-per-direct-maatregelen.pdf",
     [("Kamerbrief n.a.v. motie Eerdmans en motie Valstar over landen die niet goed meewerken aan terugkeer", "brief")]),
    ("Kamerbrief n.a.v. motie Becker over migratieovereenkomsten tk-uitvoering-motie-becker-cs-over.pdf",
     [("Kamerbrief n.a.v. motie Becker over migratieovereenkomsten", "brief")]),
    ("Naar opgenomen in het BNC-fiche 5 november 2020 van is het (vorige) kabinet uitgesproken kritisch",
     [("BNC-fiche d.d. 5 november 2020", "bnc-fiche")]),
    ("- TK vragen aan de Staatssecretaris van Justitie en Veiligheid over de betrokkenheid van Frontex bij illegale "
     "pushbacks (18 juni 2021)",
     [("TK vragen aan de Staatssecretaris van Justitie en Veiligheid over de betrokkenheid van Frontex bij illegale "
       "pushbacks, 18 juni 2021", "kamervragen")]),
    # not references
    ("verdeeld over 12 345 gemeenten", []),
    ("IND: algemene kostprijs asiel spoor 4 ad €5.274 per persoon", []),
]


@pytest.mark.parametrize("text, expected", REFERENCES)
def test_references(text: str, expected: list) -> None:
    assert [(r.normalized, r.ref_type) for r in find_references(text)] == expected


def test_reference_span_covers_a_cited_title() -> None:
    text = "- Brief TK 26 mei 2020 inzake Meerjarig beleidskader hervestiging 2020-2023, en bijlage"
    (r,) = find_references(text)
    assert text[r.start:r.end] == "Brief TK 26 mei 2020 inzake Meerjarig beleidskader hervestiging 2020-2023, en bijlage"
