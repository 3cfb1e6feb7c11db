"""Command line: ``python -m ingest PATH... [--data DIR]`` and ``python -m ingest export``."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from . import export_records, ingest_paths
from ingest.errors import IngestError
from ingest.export import KINDS


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv[:1] == ["export"]:
        ap = argparse.ArgumentParser(prog="python -m ingest export", description="Stored records as JSON lines.")
        ap.add_argument("--data", default="data", help="data folder (default: data/)")
        ap.add_argument("--kind", choices=KINDS, help="only records of this kind")
        args = ap.parse_args(argv[1:])
        try:
            out = sys.stdout
            for rec in export_records(args.data, args.kind):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        except IngestError as exc:
            print(f"ingest: {exc}", file=sys.stderr)
            return 1
        return 0
    ap = argparse.ArgumentParser(prog="python -m ingest",
                                 description="Ingest PDF and text files (and folders of them) into the store.")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest")
    ap.add_argument("--data", default="data", help="data folder (default: data/)")
    ap.add_argument("--workers", type=int, default=None, help="parallel processes (default: one per core)")
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)
    try:
        report = ingest_paths(args.paths, args.data, workers=args.workers, progress=not args.quiet)
    except IngestError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 1
    for name, reason in report.failed:
        print(f"ingest: {name}: {reason}", file=sys.stderr)
    print(f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
          f"{len(report.failed)} failed", file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
