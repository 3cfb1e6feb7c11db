"""Every page of the app, through Streamlit's AppTest, on a small store with a built index."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ingest import Document, Page, ParsedDocument, Section, Store, Tag, ingest_paths
from index import build_index

ROOT = Path(__file__).resolve().parent.parent
FILES = ["kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt",
         "nota-verzending-brief-actuele-situatie-migratieketen.txt"]


@pytest.fixture(scope="session")
def app_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("appdata")
    report = ingest_paths([ROOT / "corpus" / f for f in FILES], data, progress=False)
    assert report.ok
    text = ("1.1 Dublin\nGemiddeld leidt slechts 20 procent van de Dublinclaims tot een succesvolle overdracht.\n\n"
            "1.2 Hervestiging\nNederland hervestigt jaarlijks vluchtelingen. <script>alert('x')</script>")
    tags = (Tag("deadline", "uiterlijk februari 2022", 1, 0, 5,
                {"date_text": "uiterlijk februari 2022", "date_start": "2022-02-01", "date_end": "2022-02-28"}),)
    with Store(data) as store:
        store.put(ParsedDocument(Document("d" * 64, "dossier.txt", "Introductiedossier Migratie", None, "dossier",
                                          None, None, None, 1), (Page(1, text),),
                                 (Section("1.1", "Dublin", 1, 1), Section("1.2", "Hervestiging", 1, 1)), tags=tags))
    build_index(data, progress=False)
    return data


@pytest.fixture
def app(app_data: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("MIGRATIEZOEKER_DATA", str(app_data))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)


def goto(at: AppTest, page: str) -> AppTest:
    at.run()
    at.sidebar.radio[0].set_value(page).run()
    assert not at.exception, at.exception
    assert at.title[0].value == page
    return at


def test_search_finds_the_right_letter(app: AppTest) -> None:
    at = goto(app, "Zoeken")
    at.text_input[0].input("Wie stelt voortaan het incidentenoverzicht op?").run()
    assert not at.exception
    first = next(m.value for m in at.markdown if m.value.startswith("**["))
    assert "kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt" in first
    assert any("<mark>" in m.value for m in at.markdown)


def test_timeline_shows_deadlines_and_exports(app: AppTest) -> None:
    at = goto(app, "Tijdlijn")
    assert len(at.dataframe) == 1 and len(at.get("download_button")) == 2
    frame = at.dataframe[0].value
    row = frame[frame["document"] == "dossier.txt"].iloc[0]
    assert (str(row["datum"])[:10], row["te laat"]) == ("2022-02-28", "te laat")


def test_commitments_page(app: AppTest) -> None:
    at = goto(app, "Toezeggingen")
    assert len(at.dataframe) == 1
    assert set(at.dataframe[0].value["status"]) <= {"open", "nagekomen", "genoemd"}


def test_motions_page(app: AppTest) -> None:
    at = goto(app, "Moties")
    assert "motie Brekelmans" in set(at.dataframe[0].value["motie"])


def test_dossier_reader_and_scoped_question(app: AppTest) -> None:
    at = goto(app, "Introductiedossier")
    assert [r.label for r in at.sidebar.radio][-1] == "Inhoud"
    assert any("&lt;script&gt;" in m.value or "Dublinclaims" in m.value for m in at.markdown)
    assert not any("<script>" in m.value for m in at.markdown)
    at.text_input[0].input("Hoeveel Dublinclaims leiden tot overdracht?").run()
    links = [m.value for m in at.markdown if m.value.startswith("**[")]
    assert links and all("dossier.txt" in link for link in links)


def test_document_page_shows_text_tags_and_footnotes(app: AppTest) -> None:
    at = goto(app, "Document")
    at.selectbox[0].set_value("kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt").run()
    assert any("WODC" in m.value for m in at.markdown)
    assert len(at.get("download_button")) == 1
