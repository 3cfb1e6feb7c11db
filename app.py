"""Migratiezoeker: the Streamlit app (Dutch UI) over a prebuilt store and index.

    streamlit run app.py -- --data data        (or MIGRATIEZOEKER_DATA=data)

The entry point only wires the pages: each lives in `ui/` (one module per page) over the rows
`index.reports` computes. Settings are resolved once a run and passed to the pages; store and index are loaded once per process;
a page load never builds the index: a missing or stale one is reported with a button that builds it (`ui.loading`).
"""
from __future__ import annotations

from typing import Callable

import streamlit as st

from ingest import Store
from ingest.errors import MigratiezoekerError
from ingest.settings import Settings
from ui import document, dossier, saved, search, timeline, trackers
from ui.loading import app_settings, index_panel, open_store
from ui.markup import STYLE, html_block, literal
from ui.uploads import upload_panel

PAGES: dict[str, Callable[[Store, Settings], None]] = {
    "Zoeken": search.page, "Tijdlijn": timeline.page, "Toezeggingen": trackers.page_commitments,
    "Moties": trackers.page_motions, "Introductiedossier": dossier.page, "Document": document.page}


def navigation() -> str:
    """The page chosen in the sidebar; a link's `pagina` (or `doc`) opens the page it names."""
    wanted = st.query_params.get("pagina") or ("Document" if st.query_params.get("doc") else "Zoeken")
    if "nav" not in st.session_state:
        st.session_state.nav = wanted if wanted in PAGES else "Zoeken"

    def remember_page() -> None:
        st.query_params["pagina"] = st.session_state.nav

    return st.sidebar.radio("Onderdeel", list(PAGES), key="nav", on_change=remember_page)


def main() -> None:
    st.set_page_config(page_title="Migratiezoeker", page_icon="🔎", layout="wide")
    html_block(STYLE)
    settings = app_settings()
    page = navigation()
    try:
        store = open_store(settings.data)
    except MigratiezoekerError as exc:
        st.title("Migratiezoeker")
        st.error(f"Nog geen documenten in {literal(settings.data)}: {literal(str(exc))}")
        st.info(f"Lees documenten in met `python -m ingest corpus --data {settings.data}` of voeg hieronder PDF's toe.")
        upload_panel(settings)
        return
    upload_panel(settings)
    index_panel(settings, store)
    PAGES[page](store, settings)
    saved.sidebar(store, settings)  # after the page: its counts never delay what the page shows


main()
