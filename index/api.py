"""A read-only HTTP JSON API over a data folder, for other tools: search with filters, documents,
the commitment and motion trackers' rows, the deadlines, and the index's health.

    python -m index serve [--data DIR] [--host 127.0.0.1] [--port 8502]

The index (and its encoder) is loaded at start, and again when a build replaces it (``LiveIndex``:
checked per request, swapped in whole). Every answer is JSON (``application/json;
charset=utf-8``); only GET is served (405 otherwise); an error is ``{"error": "<one line>"}`` with its
status (400 bad parameter, 404 unknown path or document, 405, 503 when the store cannot be read).
Lists are bounded (``k`` up to ``MAX_K``, ``limit`` up to ``MAX_LIMIT``). A document is looked up by
its file name in the store, never on disk. The rows are ``index.reports``' typed rows as JSON."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import threading
from dataclasses import dataclass
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

from ingest import Document, Store
from ingest.errors import MigratiezoekerError
from ingest.export import document_fields, tag_record
from ingest.records import DOC_TYPES, TAG_KINDS, Status
from ingest.settings import Settings
from ingest.store import TimelineFilter

from .build import index_dir, read_manifest
from .errors import SearchIndexError
from .reports import commitment_row, motion_rows, timeline_page
from .search import Hit, SearchIndex, load_index

log = logging.getLogger(__name__)

PREFIX = "/api"
MAX_K = 100          # search results per request
MAX_LIMIT = 1000     # rows per page of a list
MAX_QUERY = 1000     # characters of a query
MAX_PARAMS = 50      # query-string fields per request
STATUSES = tuple(s.value for s in Status)
JSON_TYPE = "application/json; charset=utf-8"


class ApiError(SearchIndexError):
    """A request the API refuses: its HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Response:
    status: int
    body: Any


def to_json(value: Any) -> Any:
    """Records as JSON values: dataclasses as objects, dates as ISO text, enums as their values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class Params:
    """A request's query-string parameters, checked against the names an endpoint takes."""

    def __init__(self, query: str, allowed: frozenset[str]):
        try:
            self.values = parse_qs(query, keep_blank_values=True, max_num_fields=MAX_PARAMS)
        except ValueError as exc:
            raise ApiError(400, f"bad query string: {one_line(exc)}") from exc
        unknown = sorted(set(self.values) - allowed)
        if unknown:
            raise ApiError(400, f"unknown parameter '{unknown[0]}' (this endpoint takes: {', '.join(sorted(allowed))})")

    def many(self, name: str) -> list[str]:
        return [v for v in self.values.get(name, []) if v != ""]

    def one(self, name: str) -> str | None:
        found = self.many(name)
        if len(found) > 1:
            raise ApiError(400, f"parameter '{name}' given more than once")
        return found[0] if found else None

    def choice(self, name: str, allowed: tuple[str, ...]) -> str | None:
        value = self.one(name)
        if value is not None and value not in allowed:
            raise ApiError(400, f"parameter '{name}': {value!r} is not one of {', '.join(allowed)}")
        return value

    def number(self, name: str, default: int, low: int, high: int) -> int:
        value = self.one(name)
        try:
            n = default if value is None else int(value)
        except ValueError:
            raise ApiError(400, f"parameter '{name}': {value!r} is not a whole number") from None
        if not low <= n <= high:
            raise ApiError(400, f"parameter '{name}' must be from {low} to {high}")
        return n

    def date(self, name: str) -> str | None:
        value = self.one(name)
        try:
            return None if value is None else dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ApiError(400, f"parameter '{name}': {value!r} is not a date (YYYY-MM-DD)") from None

    def flag(self, name: str) -> bool | None:
        value = self.choice(name, ("true", "false"))
        return None if value is None else value == "true"


def document_json(d: Document, added: str | None = None) -> dict[str, Any]:
    """A document's metadata; ``doc`` is its file name, ``added`` when the store received it (UTC)."""
    return {"doc": d.name, "id": d.id, **document_fields(d), "added": added}


def hit_json(h: Hit) -> dict[str, Any]:
    p, d = h.passage, h.document
    return {"doc": p.doc_name, "title": d.title if d else None, "date": d.date if d else None,
            "doc_type": to_json(d.doc_type) if d else None, "page": p.page_start, "page_end": p.page_end,
            "section": p.section, "text": p.text, "score": round(h.score, 6), "tags": [tag_record(t) for t in h.tags]}


def bounds(params: Params) -> tuple[int, int]:
    """A list's page: ``offset`` and ``limit`` (bounded)."""
    return params.number("offset", 0, 0, 10**9), params.number("limit", 100, 1, MAX_LIMIT)


def page_of(rows: list[Any], params: Params) -> dict[str, Any]:
    """One page of a list: ``offset`` and ``limit`` (bounded), with the total."""
    offset, limit = bounds(params)
    return {"total": len(rows), "offset": offset, "limit": limit,
            "items": [to_json(r) for r in rows[offset:offset + limit]]}


LIST = frozenset({"offset", "limit"})
Endpoint = Callable[["Api", Params, Store], Any]


def _utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class LiveIndex:
    """The index the API answers from, brought up to date by itself: each request compares the index
    manifest's file identity (inode, mtime, size: one ``stat``) with the one served; when a build has
    replaced the index, it is loaded beside the one in service (with the same encoder when the model is
    the same) and swapped in by one assignment, so a request sees the old index or the new one, never a
    half one. One request loads it; the others meanwhile answer from the old. A new index that cannot be
    used (the store changed again since it was built, or it is incomplete) is not retried until the
    manifest changes again: the old one stays in service and ``problem`` says why."""

    def __init__(self, data_dir: Path, index: SearchIndex, settings: Settings | None = None):
        self.data_dir, self.settings = data_dir, settings
        self.index, self.loaded_at = index, _utc_now()
        self.problem: str | None = None  # why the folder's newer index is not served
        self._seen = self._stamp()
        self._lock = threading.Lock()

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(index_dir(self.data_dir) / "manifest.json")
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def current(self) -> SearchIndex:
        """The index to answer this request from (reloaded first when the folder's index changed)."""
        stamp = self._stamp()
        if stamp != self._seen and stamp is not None and self._lock.acquire(blocking=False):
            try:
                self._reload(stamp)
            finally:
                self._lock.release()
        return self.index

    def _reload(self, stamp: tuple[int, int, int]) -> None:
        self._seen = stamp
        served = self.index
        try:
            manifest = read_manifest(self.data_dir)
            same_model = manifest is not None and manifest.model == served.manifest.model
            index = load_index(self.data_dir, served.encoder if same_model else None, self.settings)
        except (MigratiezoekerError, OSError, ValueError) as exc:
            self.problem = f"a new index in {index_dir(self.data_dir)} is not served: {one_line(exc)}"
            log.warning("%s", self.problem)
            return
        self.index, self.loaded_at, self.problem = index, _utc_now(), None
        log.info("serving the new index of %s (%d passages)", self.data_dir, index.manifest.passages)


class Api:
    """The endpoints over one data folder and its index: ``get(target)`` answers a GET of ``target`` (path
    and query string) with a status and a JSON-ready body. The index is reloaded when a build replaces it
    (``LiveIndex``)."""

    def __init__(self, data_dir: Path | str, index: SearchIndex, today: Callable[[], dt.date] | None = None,
                 settings: Settings | None = None):
        self.data_dir = Path(data_dir)
        self.live = LiveIndex(self.data_dir, index, settings)
        self.today = today or dt.date.today
        self._search_lock = threading.Lock()  # one query at a time through the encoder

    @property
    def index(self) -> SearchIndex:
        """The index in service (reloaded first when a build replaced it)."""
        return self.live.current()

    def get(self, target: str) -> Response:
        try:
            return Response(200, self._route(target))
        except ApiError as exc:
            return Response(exc.status, {"error": one_line(exc)})
        except MigratiezoekerError as exc:
            return Response(503, {"error": one_line(exc)})
        except Exception:  # a bug must not take the server down nor leak a traceback to the client
            log.exception("GET %s failed", target)
            return Response(500, {"error": "internal error"})

    def _route(self, target: str) -> Any:
        url = urlsplit(target)
        parts = url.path.split("/")  # split before decoding: an encoded '/' stays inside a document name
        endpoint: tuple[frozenset[str], Endpoint]
        if len(parts) == 4 and parts[:3] == ["", "api", "documents"] and parts[3]:
            endpoint = (frozenset(), lambda api, p, s: api.document(s, unquote(parts[3])))
        elif url.path in ROUTES:
            endpoint = ROUTES[url.path]
        else:
            raise ApiError(404, f"no such endpoint: {url.path[:200]} (GET {PREFIX} lists them)")
        params = Params(url.query, endpoint[0])
        with Store(self.data_dir, create=False) as store:
            return endpoint[1](self, params, store)

    def endpoints(self, params: Params, store: Store) -> Any:
        return {"endpoints": ENDPOINTS}

    def health(self, params: Params, store: Store) -> Any:
        """The index in service: ``stale`` while the store has changed since it was built (it is served
        until a build replaces it), when it was loaded, and why a newer one is not served (or null)."""
        m = self.index.manifest
        current = store.checksum() == m.store_checksum
        manifest = {k: v for k, v in to_json(m).items() if k != "documents"}
        return {"status": "ok" if current else "stale", "documents": len(m.documents), "passages": m.passages,
                "index_current": current, "loaded_at": self.live.loaded_at, "reload_problem": self.live.problem,
                "manifest": manifest}

    def search(self, params: Params, store: Store) -> Any:
        query = (params.one("q") or "").strip()
        if not query:
            raise ApiError(400, "parameter 'q' (the query) is required")
        if len(query) > MAX_QUERY:
            raise ApiError(400, f"parameter 'q' is longer than {MAX_QUERY} characters")
        k = params.number("k", 10, 1, MAX_K)
        types = params.many("type")
        for t in types:
            if t not in DOC_TYPES:
                raise ApiError(400, f"parameter 'type': {t!r} is not one of {', '.join(DOC_TYPES)}")
        filters = {"doc_type": types or None, "date_from": params.date("from"), "date_to": params.date("to"),
                   "tag_kind": params.choice("kind", TAG_KINDS), "status": params.choice("status", STATUSES),
                   "doc_name": params.one("doc")}
        with self._search_lock:
            hits = self.index.search(query, k=k, **filters)
        return {"query": query, "k": k, "filters": filters, "results": [hit_json(h) for h in hits]}

    def documents(self, params: Params, store: Store) -> Any:
        kind = params.choice("type", DOC_TYPES)
        added = store.added()
        rows = [document_json(d, added.get(d.id)) for d in store.documents() if not kind or d.doc_type == kind]
        return page_of(rows, params)

    def document(self, store: Store, name: str) -> Any:
        d = store.document_named(name)   # by key, not by reading every document; an alias finds its document
        if d is None:
            raise ApiError(404, f"no document named {name[:200]!r}")
        return {"document": document_json(d, store.added().get(d.id)),
                "pages": [{"page": p.number, "text": p.text} for p in store.pages(d.id)],
                "sections": to_json(store.sections(d.id)), "footnotes": to_json(store.footnotes(d.id)),
                "tags": [tag_record(t) for _, t in store.tags(d.id)]}

    def commitments(self, params: Params, store: Store) -> Any:
        """The toezeggingen, filtered, counted and paged in the store."""
        status, doc, overdue = params.choice("status", STATUSES), params.one("doc"), params.flag("overdue")
        statuses, docs, today = (status,) if status else (), (doc,) if doc else (), self.today()
        offset, limit = bounds(params)
        total = store.commitment_total(statuses, docs, today.isoformat(), overdue)
        found = store.commitments(statuses, docs, today.isoformat(), overdue, limit, offset)
        return {"total": total, "offset": offset, "limit": limit,
                "items": [to_json(commitment_row(name, t, today)) for name, t in found]}

    def motions(self, params: Params, store: Store) -> Any:
        doc = params.one("doc")
        return page_of([r for r in motion_rows(store) if not doc or any(n == doc for n, _ in r.mentions)], params)

    def deadlines(self, params: Params, store: Store) -> Any:
        """The timeline's rows, filtered, counted and paged in the store."""
        kind, doc = params.choice("kind", ("deadline", "commitment")), params.one("doc")
        where = TimelineFilter(kinds=(kind,) if kind else (), docs=(doc,) if doc else (), overdue=params.flag("overdue"),
                               due_from=params.date("from"), due_to=params.date("to"))
        offset, limit = bounds(params)
        found = timeline_page(store, self.today(), where, limit, offset)
        return {"total": found.total, "offset": offset, "limit": limit, "items": to_json(found.rows)}


ROUTES: dict[str, tuple[frozenset[str], Endpoint]] = {
    PREFIX: (frozenset(), Api.endpoints),
    f"{PREFIX}/health": (frozenset(), Api.health),
    f"{PREFIX}/search": (frozenset({"q", "k", "type", "from", "to", "kind", "status", "doc"}), Api.search),
    f"{PREFIX}/documents": (LIST | {"type"}, Api.documents),
    f"{PREFIX}/commitments": (LIST | {"status", "doc", "overdue"}, Api.commitments),
    f"{PREFIX}/motions": (LIST | {"doc"}, Api.motions),
    f"{PREFIX}/deadlines": (LIST | {"kind", "doc", "overdue", "from", "to"}, Api.deadlines),
}
ENDPOINTS = {
    f"{PREFIX}/health": "the index's manifest and whether it is current with the store",
    f"{PREFIX}/search": f"q (required), k (1-{MAX_K}, default 10), type (repeatable), from, to (YYYY-MM-DD), "
                        "kind, status, doc",
    f"{PREFIX}/documents": "the stored documents: type, offset, limit",
    f"{PREFIX}/documents/NAME": "one document by file name (or a name its file was also added under): metadata, pages, sections, footnotes, tags",
    f"{PREFIX}/commitments": "toezeggingen: status, doc, overdue (true|false), offset, limit",
    f"{PREFIX}/motions": "moties, most mentioned first: doc (mentioned in), offset, limit",
    f"{PREFIX}/deadlines": "deadlines and commitments with a due date, earliest first: kind, doc, overdue, from, "
                           "to, offset, limit",
}


class _Handler(BaseHTTPRequestHandler):
    """GET through the ``Api``; any other method is answered 405 (every ``do_*`` name resolves to it)."""

    api: Api
    server_version = "Migratiezoeker"
    timeout = 30  # seconds a client may take to send its request: a stalled one does not hold a thread

    def do_GET(self) -> None:
        answer = self.api.get(self.path)
        self._send(answer.status, answer.body)

    def _refuse(self) -> None:
        self._send(405, {"error": f"method {self.command} not allowed: this API is read-only (GET)"},
                   {"Allow": "GET"})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._refuse
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors the HTTP layer finds itself (a malformed request line, a too long address) as JSON too."""
        self.close_connection = True
        self._send(code, {"error": message or self.responses.get(code, ("error",))[0]})

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        for name, value in {"Content-Type": JSON_TYPE, "Content-Length": str(len(data)), "Cache-Control": "no-store",
                            "X-Content-Type-Options": "nosniff", **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


def make_server(api: Api, host: str = "127.0.0.1", port: int = 8502) -> ThreadingHTTPServer:
    """An HTTP server for ``api`` bound to host:port (port 0: a free one); call ``serve_forever()``."""
    handler = type("Handler", (_Handler,), {"api": api})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
