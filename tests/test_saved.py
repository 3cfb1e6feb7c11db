"""Saved searches: the JSON file in the data folder, new-since counts over the store's added times,
and the sidebar block and save form through Streamlit's AppTest."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from index import load_index
from index.saved import (SAVED_FILE, Matches, SavedSearchError, load_saved, make_filters, make_search,
                         matching_documents, new_since, opened, update_saved, with_search, without, write_saved)
from ingest import Store
from tests.test_api import LETTER, NOTA, make_data

ROOT = Path(__file__).resolve().parent.parent
PAST, FUTURE = "2000-01-01T00:00:00+00:00", "2999-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return make_data(tmp_path_factory.mktemp("saveddata"))


@pytest.fixture
def data(built: Path, tmp_path: Path) -> Path:
    """A copy per test: saved searches and added times are written into it."""
    return Path(shutil.copytree(built, tmp_path / "data"))


def test_saved_searches_round_trip_in_order(tmp_path: Path) -> None:
    filters = make_filters(["nota", "kamerbrief", "nota"], dt.date(2023, 1, 1), "2023-12-31", "motion", "open")
    a = make_search("  Opvang\n2023 ", " opvang asielzoekers ", filters, PAST)
    b = make_search("Dublin", "dublinclaims", make_filters(), FUTURE)
    write_saved(tmp_path, (a, b))
    assert load_saved(tmp_path) == (a, b)
    assert (a.name, a.query, a.filters.doc_type, a.filters.date_from) == ("Opvang 2023", "opvang asielzoekers",
                                                                          ("kamerbrief", "nota"), "2023-01-01")
    assert a.filters.kwargs() == {"doc_type": ["kamerbrief", "nota"], "date_from": "2023-01-01",
                                  "date_to": "2023-12-31", "tag_kind": "motion", "status": "open"}
    assert [p.name for p in tmp_path.iterdir()] == [SAVED_FILE]  # the temporary file was renamed
    assert json.loads((tmp_path / SAVED_FILE).read_text())["version"] == 1
    assert load_saved(tmp_path / "nothing-yet") == ()


def test_replace_remove_and_open() -> None:
    a, b = make_search("a", "q1", make_filters(), PAST), make_search("b", "q2", make_filters(), PAST)
    a2 = make_search("a", "q3", make_filters(tag_kind="deadline"), PAST)
    assert with_search((a, b), a2) == (a2, b)
    assert without((a, b), "a") == (b,)
    assert [s.last_opened for s in opened((a, b), "b", FUTURE)] == [PAST, FUTURE]


@pytest.mark.parametrize("text, reason", [
    ("{not json", "cannot read saved searches"),
    ('{"version": 9, "searches": []}', "is not a saved-searches file (version 1)"),
    ('{"version": 1, "searches": [["a"]]}', "is corrupt: a saved search is not an object"),
    ('{"version": 1, "searches": [{"name": "a", "query": "q", "filters": {"tag_kind": "vote"}}]}',
     "is corrupt: tag kind: unknown value 'vote'"),
    ('{"version": 1, "searches": [{"name": "", "query": "q"}]}', "is corrupt: a saved search needs a name"),
    ('{"version": 1, "searches": [{"name": "a", "query": "q", "last_opened": "gisteren"}]}',
     "is corrupt: last opened: not a time: 'gisteren'"),
    ('{"version": 1, "searches": [{"name": "a", "query": "q", "filters": {"doc_type": 7}}]}',
     "is corrupt: 'int' object is not iterable"),
])
def test_a_corrupt_file_is_a_clear_error(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / SAVED_FILE).write_text(text)
    with pytest.raises(SavedSearchError, match=str(tmp_path / SAVED_FILE)) as err:
        load_saved(tmp_path)
    assert reason in str(err.value)
    with pytest.raises(SavedSearchError):  # nothing is written over a file that could not be read
        update_saved(tmp_path, lambda searches: searches)
    assert (tmp_path / SAVED_FILE).read_text() == text


def test_bad_filters_and_names_are_refused() -> None:
    with pytest.raises(SavedSearchError, match="document type: unknown value 'brief'"):
        make_filters(["brief"])
    with pytest.raises(SavedSearchError, match="from: not a date"):
        make_filters(date_from="1-1-2023")
    with pytest.raises(SavedSearchError, match="a query of 1 to 1000"):
        make_search("leeg", "   ", make_filters())


def _set_added(data: Path, name: str, when: str) -> None:
    with sqlite3.connect(data / "store.sqlite") as conn:
        conn.execute("UPDATE documents SET ingested_at = ? WHERE name = ?", (when, name))


def test_new_since_counts_documents_added_after_last_opened(data: Path) -> None:
    index = load_index(data)
    nota_only = make_search("nota", "migratieketen", make_filters(["nota"]), PAST)
    with Store(data) as store:
        assert [index.documents[d].name for d in matching_documents(index, nota_only)] == [NOTA]
        assert new_since(index, store, nota_only) == Matches(1, 1)  # stored after 2000
        assert new_since(index, store, opened((nota_only,), "nota", FUTURE)[0]) == Matches(1, 0)
        everything = make_search("alles", "opvang asielzoekers", make_filters(), "2024-06-01T12:00:00+00:00")
        _set_added(data, LETTER, "2023-01-01 00:00:00")
        _set_added(data, NOTA, "2024-06-01 12:00:00")   # the same second: not after
        _set_added(data, "dossier.txt", "2024-06-01 12:00:01")
        assert store.added() == {"b" * 64: "2023-01-01 00:00:00", "n" * 64: "2024-06-01 12:00:00",
                                 "d" * 64: "2024-06-01 12:00:01"}
        assert new_since(index, store, everything) == Matches(3, 1)


# -- the app -----------------------------------------------------------------------------------------

def make_app(data: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("MIGRATIEZOEKER_DATA", str(data))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)


def saved_buttons(at: AppTest) -> list[str]:
    """Each saved search in the sidebar: its button's label and the counts under it."""
    names = [b.label for b in at.sidebar.button if b.key and b.key.startswith("saved_open_")]
    return [f"{name} | {c.value}" for name, c in zip(names, at.sidebar.caption)]


def test_save_a_search_with_its_filters(data: Path, monkeypatch) -> None:
    at = make_app(data, monkeypatch)
    at.run()
    assert not at.exception and saved_buttons(at) == []
    at.multiselect(key="filter_soort").set_value(["nota"])
    at.text_input(key="zoekvraag").input("migratieketen").run()
    next(t for t in at.text_input if t.label == "Naam").input("Keten *nota*").run()
    next(b for b in at.button if b.label == "Opslaan").click().run()
    assert not at.exception, at.exception
    assert "Opgeslagen als ‘Keten \\*nota\\*’" in at.success[0].value  # the name shown literally
    (saved,) = load_saved(data)
    assert (saved.name, saved.query, saved.filters.doc_type) == ("Keten *nota*", "migratieketen", ("nota",))
    assert saved_buttons(at) == ["Keten \\*nota\\* | 1 document, 0 nieuw"]


def test_sidebar_counts_new_documents_and_opening_runs_the_search(data: Path, monkeypatch) -> None:
    write_saved(data, (make_search("Keten", "migratieketen", make_filters(["nota"]), PAST),
                       make_search("Opvang", "opvang asielzoekers", make_filters(date_from="2023-01-01"), FUTURE)))
    at = make_app(data, monkeypatch)
    at.query_params["pagina"] = "Moties"
    at.run()
    assert not at.exception, at.exception
    assert saved_buttons(at) == ["Keten | 1 document, **1 nieuw**", "Opvang | 1 document, 0 nieuw"]
    at.button(key="saved_open_0").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Zoeken" and at.text_input(key="zoekvraag").value == "migratieketen"
    assert at.multiselect(key="filter_soort").value == ["nota"]
    hits = [m.value for m in at.markdown if 'class="hit-title"' in m.value]
    assert len(hits) == 1 and "nota+verzending.txt" in hits[0]
    assert saved_buttons(at) == ["Keten | 1 document, 0 nieuw", "Opvang | 1 document, 0 nieuw"]
    assert load_saved(data)[0].last_opened > PAST
    at.button(key="saved_delete_1").click().run()
    assert saved_buttons(at) == ["Keten | 1 document, 0 nieuw"] and [s.name for s in load_saved(data)] == ["Keten"]


def test_a_corrupt_saved_file_is_shown_and_the_app_goes_on(data: Path, monkeypatch) -> None:
    (data / SAVED_FILE).write_text("[")
    at = make_app(data, monkeypatch)
    at.run()
    assert not at.exception and at.title[0].value == "Zoeken"
    assert any("Opgeslagen zoekopdrachten onleesbaar" in e.value for e in at.sidebar.error)
