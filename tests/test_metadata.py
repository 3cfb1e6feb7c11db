"""Metadata read from the document itself: table-driven on real first pages."""
from __future__ import annotations

import pytest

from ingest.metadata import read_date, read_doc_type, read_kenmerk, read_metadata, read_sender
from ingest.months import parse_dutch_date
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
])
def test_letter_date(text: str, iso: str) -> None:
    assert read_date(text, "kamerbrief") == iso


@pytest.mark.parametrize("text, doc_type", [
    ("Motie van de leden Inge van Dijk en Grinwis\nVoorgesteld 6 juli 2021", "motie"),
    ("Nr. 143 MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS", "motie"),
    ("Vragen van het lid Koekkoek (Volt) aan de Staatssecretarissen", "kamervragen"),
    ("Onderwerp Beslissing op uw Wob-verzoek van 3 mei 2021", "woo-besluit"),
    ("1. Aanleiding\n\n2. Geadviseerd besluit\nU wordt gevraagd in te stemmen met", "nota"),
    ("Introductiedossier Migratie\nInhoud", "dossier"),
    ("Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal", "kamerbrief"),
    ("Een losse notitie zonder kenmerken.", "other"),
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
    assert read_metadata(e, "brief.txt") == {
        "title": "Voortgang Integrale Migratieagenda", "date": "2021-01-11", "doc_type": "kamerbrief",
        "addressee": "Eerste Kamer", "sender": None, "kenmerk": "3001668"}
