"""Command line: ``python -m ingest PATH... [--data DIR]`` and ``python -m ingest export``."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from ingest.errors import MigratiezoekerError
from ingest.export import KINDS, export_records
from ingest.pipeline import IngestReport, ingest_paths, without_torch
from ingest.settings import HelpSettings, Settings


def common(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--data", default=None, help="data folder (default: data/)")
    ap.add_argument("--help-settings", action=HelpSettings)


def export_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest export", description="Stored records as JSON lines.")
    common(ap)
    ap.add_argument("--kind", choices=KINDS, help="only records of this kind")
    args = ap.parse_args(argv)
    settings = Settings.resolve({"data": args.data})
    try:
        for rec in export_records(settings.data, args.kind):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `export | head`: the reader has what it wanted
        quiet_stdout()
    except MigratiezoekerError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 1
    return 0


def quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null, so the flush at exit does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def ingest_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest",
                                 description="Ingest PDF and text files (and folders of them) into the store.")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest")
    common(ap)
    ap.add_argument("--workers", type=int, default=None, help="parallel processes (default: one per core)")
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    ap.add_argument("--cluster", metavar="ADDRESS", help="parse on a Dask cluster: 'local' (this machine's cores) "
                    "or a scheduler address such as tcp://host:8786")
    args = ap.parse_args(argv)
    if not args.cluster:
        without_torch()   # this process parses too (one file, one worker)
    try:
        settings = Settings.resolve({"data": args.data, "workers": args.workers})
        report = ingest_paths(args.paths, settings.data, settings=settings, progress=not args.quiet,
                              cluster=args.cluster)
    except MigratiezoekerError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 1
    print_report(report)
    return 0 if report.ok else 1


def print_report(report: IngestReport) -> None:
    """Every file that was not simply stored, by name, then the counts (on stderr)."""
    lines = ([f"{name}: skipped, {reason}" for name, reason in report.skipped]
             + [f"{name}: same content as {first}, stored once, as an alias of {first}"
                for name, first in report.aliases]
             + [f"{name}: stored, with a warning: {message}" for name, message in report.warnings]
             + [f"{name}: {reason}" for name, reason in report.failed])
    for line in lines:
        print(f"ingest: {line}", file=sys.stderr)
    print(f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
          f"{len(report.aliases)} alias{'' if len(report.aliases) == 1 else 'es'}, {len(report.skipped)} skipped, "
          f"{len(report.failed)} failed",
          file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv[:1] == ["export"]:
        return export_main(argv[1:])
    return ingest_main(argv)


if __name__ == "__main__":
    sys.exit(main())
