"""The settings, the store and the search index: settings resolved once a run (``--data`` after
``--`` on the streamlit command line, then the ``MIGRATIEZOEKER_*`` environment, then the
defaults), store and index loaded once per process (``st.cache_resource``). A page load never builds the
index: when it is missing or stale (other settings, or the store changed) ``index_panel`` says so and offers
a button that builds it, once, with a progress bar."""
from __future__ import annotations

import logging
import sys
import threading
from typing import Any, Callable, TypeVar

import streamlit as st

from ingest import Store
from ingest.errors import MigratiezoekerError
from ingest.settings import Settings
from index import MissingIndex, SearchIndex, StaleIndex, build_with_progress, load_index
from index.build import IndexState, check_index, index_settings

from .markup import literal

log = logging.getLogger(__name__)
Report = Callable[[int, int], object]
T = TypeVar("T")


def app_settings(argv: list[str] | None = None) -> Settings:
    """The app's settings: `--data DIR` after `--` on the streamlit command line over the
    environment over the defaults."""
    args = sys.argv[1:] if argv is None else argv
    data = args[args.index("--data") + 1] if "--data" in args[:-1] else None
    return Settings.resolve({"data": data})


@st.cache_resource(show_spinner=False)
def open_store(path: str) -> Store:
    return Store(path, create=False)


@st.cache_resource(show_spinner="Zoekindex laden…")
def _load_index(path: str, _settings: Settings) -> SearchIndex:
    index = load_index(path, settings=_settings)
    index.search("opwarmen", k=1)  # the model's and the search's first run is slow: not on a user's first query
    return index


def forget_index() -> None:
    """Drop the cached index (after a build), so the next page loads the new one."""
    _load_index.clear()


@st.cache_resource(show_spinner=False)
def _build_lock(path: str) -> threading.Lock:
    return threading.Lock()


def _loaded_index(settings: Settings, build_next: bool) -> SearchIndex | None:
    """The cached index; None after showing why it cannot be read. With `build_next`, a missing or
    stale index is not shown but raised (MissingIndex, StaleIndex), for the caller to build."""
    try:
        return _load_index(settings.data, settings)
    except (MigratiezoekerError, OSError) as exc:
        if build_next and isinstance(exc, (MissingIndex, StaleIndex)):
            raise
        st.error(f"De zoekindex kon niet worden geladen: {literal(str(exc))}")
        return None


def build_shown(settings: Settings, report: Report, failure: str) -> bool:
    """Build the index with a progress report; a failure is shown (``failure``: what failed, in
    Dutch) and logged, never a crash of the page."""
    try:
        build_with_progress(settings.data, report, settings)
        return True
    except Exception as exc:  # the page must keep going: shown and logged
        log.exception("building the index of %s failed", settings.data)
        st.error(f"{failure}: {literal(str(exc))}")
        return False


def _build_once(settings: Settings) -> SearchIndex | None:
    with _build_lock(settings.data):
        forget_index()   # a cached index may be the stale one
        try:
            return _loaded_index(settings, build_next=True)  # built by another session meanwhile
        except (MissingIndex, StaleIndex):
            pass
        bar = st.progress(0.0, text="Zoekindex wordt gebouwd (eenmalig)…")
        try:
            built = build_shown(settings, lambda done, total: bar.progress(
                done / max(total, 1), text=f"Zoekindex wordt gebouwd: {done} van {total} passages"),
                "Zoekindex bouwen mislukt")
        finally:
            bar.empty()
    return _loaded_index(settings, build_next=False) if built else None


def search_index(settings: Settings, store: Store) -> SearchIndex | None:
    """The loaded search index; None when it is missing or stale (``index_panel`` offers the build)."""
    try:
        index = _loaded_index(settings, build_next=True)
        if index is None or index.manifest.store_checksum == store.checksum():
            return index
        forget_index()  # the store changed under a running app (e.g. `python -m ingest`)
        return _loaded_index(settings, build_next=True)
    except (MissingIndex, StaleIndex):
        return None


_PROBLEMS = {
    IndexState.MISSING: "Er is nog geen zoekindex.",
    IndexState.UNREADABLE: "De zoekindex is onleesbaar.",
    IndexState.OTHER_SETTINGS: "De zoekindex is met andere instellingen gebouwd.",
    IndexState.STORE_CHANGED: "Er zijn documenten bijgekomen of gewijzigd sinds de zoekindex is gebouwd.",
}


def index_problem(settings: Settings, store: Store) -> str | None:
    """Why the data folder's index cannot serve searches now (in Dutch), judged from its manifest without
    loading it; None when it is up to date."""
    return _PROBLEMS.get(check_index(settings.data, index_settings(settings), store.checksum).state)


def index_panel(settings: Settings, store: Store) -> None:
    """When the index is missing or stale: say so, and build it only when the user asks (never on a page
    load), once, with a progress bar; the page then reloads with the new index."""
    problem = index_problem(settings, store)
    if problem is None:
        return
    st.warning(f"{problem} Zoeken en gerelateerde brieven werken weer na het bouwen "
               f"(of met `python -m index build --data {literal(settings.data)}`).")
    if st.button("Zoekindex bouwen", key="index_build") and _build_once(settings) is not None:
        st.rerun()


@st.cache_data(max_entries=16, show_spinner=False)
def _computed(name: str, path: str, checksum: str, args: tuple, _compute: Callable[..., Any], _store: Store) -> Any:
    return _compute(_store, *args)


def cached(compute: Callable[..., T], store: Store, *args: Any) -> T:
    """``compute(store, *args)``, computed once per content of the store (its checksum) and kept
    across reruns: a filter or a click on a page does not read the whole store again."""
    return _computed(f"{compute.__module__}.{compute.__qualname__}", str(store.data_dir), store.checksum(), args,
                     compute, store)
