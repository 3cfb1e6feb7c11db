"""Saved searches: the form under the search page's question that saves it with its filters, and the
sidebar block that lists each saved search with the documents it finds and how many are new since it
was last opened. Opening one fills the search page with its query and filters (so it runs) and marks
it opened. Names and queries are the user's text: shown literally."""
from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from ingest import Store
from ingest.errors import MigratiezoekerError
from ingest.settings import Settings
from index import SearchIndex
from index.saved import (Matches, SavedSearch, SearchFilters, load_saved, make_filters, make_search, new_since,
                         opened, update_saved, with_search, without)

from .labels import STATUS_NL, doc_type_label, documents_label, kind_label
from .loading import search_index
from .markup import literal

# the search page's widget keys: opening a saved search sets them before the page draws its widgets
QUERY_KEY = "zoekvraag"
TYPES_KEY, PERIOD_KEY, KIND_KEY, STATUS_KEY = "filter_soort", "filter_periode", "filter_bevat", "filter_status"
EARLIEST = dt.date(1990, 1, 1)  # the period widget's first day


def save_form(settings: Settings, query: str, filters: dict[str, Any]) -> None:
    """Under the question: save it, with the filters set, under a name (a name saved before is replaced)."""
    with st.expander("Zoekopdracht opslaan"):
        name = st.text_input("Naam", value=" ".join(query.split())[:60])
        if not st.button("Opslaan"):
            return
        try:
            saved = make_search(name, query, make_filters(**filters))
            update_saved(settings.data, lambda searches: with_search(searches, saved))
        except MigratiezoekerError as exc:
            st.error(f"Niet opgeslagen: {literal(str(exc))}")
            return
        st.success(f"Opgeslagen als ‘{literal(saved.name)}’. Hij staat in de zijbalk.")


def _period(f: SearchFilters) -> tuple[dt.date, ...]:
    if not f.date_from and not f.date_to:
        return ()
    start = dt.date.fromisoformat(f.date_from) if f.date_from else EARLIEST
    return (start, dt.date.fromisoformat(f.date_to)) if f.date_to else (start,)


def _open(data: str, saved: SavedSearch, types: tuple[str, ...]) -> None:
    """Button callback, before the page draws: mark it opened, fill the search page, go there."""
    try:
        update_saved(data, lambda searches: opened(searches, saved.name))
    except MigratiezoekerError as exc:
        st.error(f"Kon ‘{literal(saved.name)}’ niet als geopend bewaren: {literal(str(exc))}")
    f = saved.filters
    st.session_state.update({QUERY_KEY: saved.query, TYPES_KEY: [t for t in f.doc_type if t in types],
                             PERIOD_KEY: _period(f), KIND_KEY: f.tag_kind, STATUS_KEY: f.status, "nav": "Zoeken"})
    st.query_params["pagina"] = "Zoeken"


def _delete(data: str, name: str) -> None:
    try:
        update_saved(data, lambda searches: without(searches, name))
    except MigratiezoekerError as exc:
        st.error(f"Kon ‘{literal(name)}’ niet verwijderen: {literal(str(exc))}")


@st.cache_data(show_spinner=False, max_entries=512)
def _matches(store_checksum: str, saved: SavedSearch, _index: SearchIndex, _store: Store) -> Matches:
    """What a saved search finds, once per state of the index and time it was opened."""
    return new_since(_index, _store, saved)


def describe(saved: SavedSearch) -> str:
    """The query and its filters in Dutch, for the tooltip (literal text)."""
    f = saved.filters
    parts = [f"Zoekvraag: {saved.query}"]
    parts += [f"soort: {', '.join(doc_type_label(t) for t in f.doc_type)}"] if f.doc_type else []
    parts += [f"periode: {f.date_from or '…'} t/m {f.date_to or '…'}"] if f.date_from or f.date_to else []
    parts += [f"bevat: {kind_label(f.tag_kind)}"] if f.tag_kind else []
    parts += [f"status toezegging: {STATUS_NL.get(f.status, f.status)}"] if f.status else []
    return literal(" · ".join(parts))


def counts(found: Matches | None) -> str:
    """The line under a saved search: the documents it finds and how many are new (bold when some are)."""
    if found is None:
        return "zoekindex niet beschikbaar"
    new = f"{found.new} nieuw"
    return f"{documents_label(found.documents)}, {f'**{new}**' if found.new else new}"


def _searches(settings: Settings) -> tuple[SavedSearch, ...]:
    try:
        return load_saved(settings.data)
    except MigratiezoekerError as exc:
        st.sidebar.error(f"Opgeslagen zoekopdrachten onleesbaar: {literal(str(exc))}")
        return ()


def sidebar(store: Store, settings: Settings) -> None:
    """The saved searches in the sidebar (nothing when there are none)."""
    searches = _searches(settings)
    if not searches:
        return
    index = search_index(settings, store)
    types = tuple(sorted({str(d.doc_type) for d in store.documents()}))
    box = st.sidebar.container()
    box.subheader("Opgeslagen zoekopdrachten")
    for i, saved in enumerate(searches):
        found = _matches(index.manifest.store_checksum, saved, index, store) if index else None
        left, right = box.columns([5, 1])
        left.button(literal(saved.name), key=f"saved_open_{i}", help=describe(saved), on_click=_open,
                    args=(settings.data, saved, types), width="stretch", wrap=True)
        left.caption(counts(found))
        right.button("✕", key=f"saved_delete_{i}", help="Verwijderen", on_click=_delete,
                     args=(settings.data, saved.name))
