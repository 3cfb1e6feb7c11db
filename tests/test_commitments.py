"""Toezeggingen: made here (`open`), kept here (`fulfilled`) or only mentioned (`referenced`), with to
whom, where and when due (ingest/commitments.py, ingest/tagging.py). Real sentences from the corpus."""
from __future__ import annotations

import pytest

from ingest.tagging.rules.commitments import commitment_status, to_whom, where_made
from ingest.records import Page
from ingest.tagging.document import tag_document

STATUSES = [
    ("In de eerste helft van dit jaar zal ik u deze vernieuwde rapportage voor het eerst doen toekomen.", "open"),
    ("Over de opvangsituatie wordt uw Kamer apart geïnformeerd.", "open"),
    ("Uw\nKamer wordt in de eerste helft van 2024 door de Staatssecretaris van JenV geïnformeerd over de voortgang.",
     "open"),
    ("Vervolgens wil ik graag met uw Kamer over dit onderwerp van gedachten wisselen.", "open"),
    ("Via deze weg doe ik deze toezegging gestand.", "fulfilled"),
    ("Hiermee wordt de toezegging van 6 september jl. aan lid Koerhuis als afgedaan beschouwd.", "fulfilled"),
    ("Hiermee wordt uitvoering gegeven aan drie toezeggingen en een motie van de Kamer.", "fulfilled"),
    ("Tijdens het Commissiedebat Vreemdelingen- en asielbeleid d.d. 8 juli 2022 heb ik toegezegd uw Kamer nader te "
     "informeren over de oorzaak van de vertraging.", "fulfilled"),
    ("Conform de toezegging in het Commissiedebat Luchtvaart van 1 juni 2022 is de Kamer regelmatig geïnformeerd.",
     "fulfilled"),
    ("Tevens heeft u toegezegd de wijze van totstandkoming secuur tegen het licht gehouden.", "referenced"),
    ("Voorts is aan de Kamer naar aanleiding van een aangenomen motie van het lid Brekelmans een analyse toegezegd.",
     "referenced"),
    # the usual word orders of a promise
    ("Ik zal uw Kamer voor de zomer informeren over de uitkomsten.", "open"),
    ("Het kabinet zal de Kamer voor 1 juli over de uitkomst informeren.", "open"),
    ("Ik streef ernaar uw Kamer voor het einde van het jaar te informeren over de uitkomsten.", "open"),
    ("Na de zomer stuur ik u de resultaten van het onderzoek.", "open"),
    ("Uw Kamer ontvangt deze rapportage in het najaar.", "open"),
    ("Ik kom hier voor de zomer bij uw Kamer op terug.", "open"),
    ("Ik houd uw Kamer op de hoogte van de ontwikkelingen.", "open"),
    ("Ik zeg u toe dat ik de evaluatie aan uw Kamer zal sturen.", "open"),
    ("De resultaten van de evaluatie zullen naar verwachting in het voorjaar aan uw Kamer worden aangeboden.", "open"),
    ("Zoals toegezegd zal ik u voor de zomer informeren.", "open"),
    ("Zoals toegezegd in het commissiedebat van 8 juli 2022 informeer ik u hierbij over de stand van zaken.",
     "fulfilled"),
    ("In deze brief informeer ik u, zoals toegezegd aan het lid Koekkoek, over de voortgang.", "fulfilled"),
    ("Met deze brief kom ik de toezegging na die ik heb gedaan tijdens het debat.", "fulfilled"),
    ("Het kabinet zal de Kamer hierover niet informeren.", None),
    ("Ik verwacht dat de instroom in 2023 zal dalen.", None),
    # the letter informing now is no promise of later news
    ("Met deze brief wordt u geïnformeerd over de voortgang op een viertal onderwerpen.", None),
    ("Met deze brief wil ik uw Kamer informeren over twee aspecten van de eenduidige informatievoorziening.", None),
    ("De Raad van State heeft op 1 februari 2021 uitspraak gedaan.", None),
    # pledges by others are not the government's promises
    ("Er zijn meer dan 1000 bijdragen en toezeggingen gedaan door landen, internationale organisaties en het "
     "bedrijfsleven.", None),
    ("Diverse lidstaten hebben inmiddels hervestigingsplaatsen toegezegd.", None),
]


@pytest.mark.parametrize("sentence, status", STATUSES)
def test_commitment_status(sentence: str, status: str | None) -> None:
    assert commitment_status(sentence) == status


@pytest.mark.parametrize("sentence, who, where", [
    ("Tijdens het Commissiedebat Vreemdelingen- en asielbeleid d.d. 8 juli 2022 heb ik het lid Podt toegezegd",
     "lid Podt", "Commissiedebat Vreemdelingen- en asielbeleid d.d. 8 juli 2022"),
    ("In het commissiedebat van 19 oktober jl. heb ik het lid Podt toegezegd uw Kamer te informeren",
     "lid Podt", "commissiedebat van 19 oktober jl."),
    ("Daarbij is aan het lid Koerhuis (VVD) toegezegd de Kamer te informeren over de registratiekosten",
     "lid Koerhuis (VVD)", None),
    ("In februari van 2020 heb ik de heer Groothuizen tijdens het Algemeen Overleg in de Tweede Kamer over het "
     "Vreemdelingenbeleid de toezegging gedaan", "lid Groothuizen",
     "Algemeen Overleg in de Tweede Kamer over het Vreemdelingenbeleid"),
    ("In het Tweeminutendebat Verduurzaming luchtvaart op 25 mei jl. is toegezegd om een juridische analyse uit te "
     "voeren.", None, "Tweeminutendebat Verduurzaming luchtvaart op 25 mei jl."),
    # a motion's submitter is not who the promise was made to
    ("Voorts is aan de Kamer naar aanleiding van een aangenomen motie van het lid Brekelmans een analyse toegezegd",
     None, None),
])
def test_to_whom_and_where(sentence: str, who: str | None, where: str | None) -> None:
    assert (to_whom(sentence), where_made(sentence)) == (who, where)


def test_due_period_is_the_deadline_not_the_debate_date() -> None:
    body = ("Tijdens het Commissiedebat Vreemdelingen- en asielbeleid d.d. 8 juli 2022 heb ik toegezegd uw Kamer "
            "nader te informeren over de oorzaak van de vertraging. "
            "In de eerste helft van dit jaar zal ik u deze vernieuwde rapportage voor het eerst doen toekomen.")
    cs = [t for t in tag_document((Page(1, body),), (), "2021-01-11", "kamerbrief") if t.kind == "commitment"]
    assert [(c.fields()["status"], c.fields()["date_start"], c.fields()["date_end"]) for c in cs] == [
        ("fulfilled", None, None), ("open", "2021-01-01", "2021-06-30")]


def test_closing_sentence_joins_the_promise_it_closes() -> None:
    body = ("Daarbij is aan het lid Koerhuis (VVD) toegezegd de Kamer te informeren over de registratiekosten. "
            "In 2023 zijn de aanvraagkosten 23 euro. Hiermee wordt de toezegging aan lid Koerhuis als afgedaan beschouwd.")
    (c,) = [t for t in tag_document((Page(1, body),), (), "2023-10-18", "kamerbrief") if t.kind == "commitment"]
    assert (c.fields()["status"], c.fields()["to_whom"]) == ("fulfilled", "lid Koerhuis (VVD)")
    assert c.fields()["fulfilment_quote"].startswith("Hiermee wordt de toezegging")


def test_a_nota_only_mentions_promises() -> None:
    body = "Tijdens het Commissiedebat van 8 juli 2022 heeft de minister toegezegd uw Kamer nader te informeren."
    (c,) = [t for t in tag_document((Page(1, body),), (), "2023-04-20", "nota") if t.kind == "commitment"]
    assert c.fields()["status"] == "referenced"
