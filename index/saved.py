"""Saved searches: a query with its filters under a name, kept as JSON in the data folder
(``saved_searches.json``, written to a temporary file first, then renamed), and how many of the
documents it finds are new since it was last opened.

"Matching documents" are the documents a saved search shows when it is opened: those of its best
``PASSAGES`` passages (as the search page asks for). One is new when the store received it (or a
changed version of its file) after the search was last opened; both times are UTC to the second."""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from ingest import Store
from ingest.records import DOC_TYPES, TAG_KINDS, Status

from .errors import SearchIndexError
from .search import SearchIndex

SAVED_FILE = "saved_searches.json"
FORMAT_VERSION = 1
PASSAGES = 40        # passages a saved search is run for (the search page's number)
MAX_NAME = 100       # characters of a name
MAX_QUERY = 1000     # characters of a query
_LOCK = threading.Lock()  # one read-modify-write at a time within a process (the app's sessions)


class SavedSearchError(SearchIndexError):
    """A saved-searches file that cannot be read or written, or a search that cannot be saved."""


@dataclass(frozen=True)
class SearchFilters:
    """The filters of a search, as ``SearchIndex.search`` takes them; dates ISO ``YYYY-MM-DD``."""

    doc_type: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    tag_kind: str | None = None
    status: str | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments of ``SearchIndex.search``."""
        return {"doc_type": list(self.doc_type) or None, "date_from": self.date_from, "date_to": self.date_to,
                "tag_kind": self.tag_kind, "status": self.status}


@dataclass(frozen=True)
class SavedSearch:
    """A named query with its filters; ``last_opened`` is a UTC ISO time (``YYYY-MM-DDTHH:MM:SS+00:00``)."""

    name: str
    query: str
    filters: SearchFilters
    last_opened: str


@dataclass(frozen=True)
class Matches:
    """What a saved search finds now: its documents, and how many of them are new since it was last opened."""

    documents: int
    new: int


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _utc(text: str) -> dt.datetime:
    """A time as the store ('YYYY-MM-DD HH:MM:SS', UTC) or a saved search writes it, as an aware datetime."""
    t = dt.datetime.fromisoformat(text)
    return t.replace(tzinfo=dt.timezone.utc) if t.tzinfo is None else t.astimezone(dt.timezone.utc)


def _iso_date(value: Any, what: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise SavedSearchError(f"{what}: not a date (YYYY-MM-DD): {value!r}") from None


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in allowed:
        raise SavedSearchError(f"{what}: unknown value {value!r} (one of {', '.join(allowed)})")
    return str(value)


def make_filters(doc_type: Any = None, date_from: Any = None, date_to: Any = None, tag_kind: Any = None,
                 status: Any = None) -> SearchFilters:
    """Checked filters from the values a form or a file gives (dates as ``date`` or ISO text)."""
    types = [doc_type] if isinstance(doc_type, str) else list(doc_type or ())
    return SearchFilters(tuple(sorted({str(_choice(t, DOC_TYPES, "document type")) for t in types})),
                         _iso_date(date_from, "from"), _iso_date(date_to, "to"),
                         _choice(tag_kind, TAG_KINDS, "tag kind"),
                         _choice(status, tuple(s.value for s in Status), "status"))


def make_search(name: str, query: str, filters: SearchFilters, last_opened: str | None = None) -> SavedSearch:
    """A saved search with its name and query checked (stripped, not empty, bounded)."""
    name, query = " ".join(str(name).split()), str(query).strip()
    if not name or len(name) > MAX_NAME:
        raise SavedSearchError(f"a saved search needs a name of 1 to {MAX_NAME} characters")
    if not query or len(query) > MAX_QUERY:
        raise SavedSearchError(f"a saved search needs a query of 1 to {MAX_QUERY} characters")
    opened = last_opened or utc_now()
    try:
        _utc(opened)
    except (TypeError, ValueError):
        raise SavedSearchError(f"last opened: not a time: {opened!r}") from None
    return SavedSearch(name, query, filters, opened)


def saved_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / SAVED_FILE


def _record(s: SavedSearch) -> dict[str, Any]:
    f = s.filters
    return {"name": s.name, "query": s.query, "last_opened": s.last_opened,
            "filters": {"doc_type": list(f.doc_type), "date_from": f.date_from, "date_to": f.date_to,
                        "tag_kind": f.tag_kind, "status": f.status}}


def _from_record(r: Any) -> SavedSearch:
    if not isinstance(r, dict) or not isinstance(r.get("filters", {}), dict):
        raise SavedSearchError(f"a saved search is not an object: {str(r)[:80]!r}")
    f = r.get("filters", {})
    return make_search(r.get("name", ""), r.get("query", ""),
                       make_filters(f.get("doc_type"), f.get("date_from"), f.get("date_to"), f.get("tag_kind"),
                                    f.get("status")), r.get("last_opened"))


def load_saved(data_dir: Path | str) -> tuple[SavedSearch, ...]:
    """The saved searches of a data folder, in the order saved (none when there is no file yet).
    Raises SavedSearchError when the file is not a saved-searches file."""
    path = saved_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SavedSearchError(f"cannot read saved searches {path}: {exc}") from exc
    searches = data.get("searches") if isinstance(data, dict) else None
    if not isinstance(searches, list) or data.get("version") != FORMAT_VERSION:
        raise SavedSearchError(f"{path} is not a saved-searches file (version {FORMAT_VERSION}): move it away")
    try:
        return tuple(_from_record(r) for r in searches)
    except (SavedSearchError, TypeError, ValueError) as exc:  # a field of the wrong JSON type among them
        raise SavedSearchError(f"{path} is corrupt: {exc}") from exc


def write_saved(data_dir: Path | str, searches: tuple[SavedSearch, ...]) -> None:
    """Write the saved searches: a temporary file in the data folder, then renamed over the old one."""
    path = saved_path(data_dir)
    text = json.dumps({"version": FORMAT_VERSION, "searches": [_record(s) for s in searches]},
                      ensure_ascii=False, indent=1)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-saved-", suffix=".json")
    except OSError as exc:
        raise SavedSearchError(f"cannot write saved searches {path}: {exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise SavedSearchError(f"cannot write saved searches {path}: {exc}") from exc


def update_saved(data_dir: Path | str,
                 change: Callable[[tuple[SavedSearch, ...]], tuple[SavedSearch, ...]]) -> tuple[SavedSearch, ...]:
    """Read, change and write the saved searches as one step (one at a time within this process)."""
    with _LOCK:
        searches = change(load_saved(data_dir))
        write_saved(data_dir, searches)
        return searches


def with_search(searches: tuple[SavedSearch, ...], saved: SavedSearch) -> tuple[SavedSearch, ...]:
    """The searches with ``saved`` added, or in the place of the one of the same name."""
    if any(s.name == saved.name for s in searches):
        return tuple(saved if s.name == saved.name else s for s in searches)
    return searches + (saved,)


def without(searches: tuple[SavedSearch, ...], name: str) -> tuple[SavedSearch, ...]:
    return tuple(s for s in searches if s.name != name)


def opened(searches: tuple[SavedSearch, ...], name: str, now: str | None = None) -> tuple[SavedSearch, ...]:
    """The searches with the one named ``name`` marked as opened now."""
    now = now or utc_now()
    return tuple(replace(s, last_opened=now) if s.name == name else s for s in searches)


def matching_documents(index: SearchIndex, saved: SavedSearch, passages: int = PASSAGES) -> list[str]:
    """Ids of the documents the saved search finds, best first."""
    hits = index.search(saved.query, k=passages, **saved.filters.kwargs())
    return list(dict.fromkeys(h.passage.doc_id for h in hits))


def new_since(index: SearchIndex, store: Store, saved: SavedSearch, passages: int = PASSAGES) -> Matches:
    """The documents the saved search finds, and how many of them the store received after it was
    last opened."""
    found = matching_documents(index, saved, passages)
    added, since = store.added(), _utc(saved.last_opened)
    return Matches(len(found), sum(1 for d in found if d in added and _utc(added[d]) > since))
