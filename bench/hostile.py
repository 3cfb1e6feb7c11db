"""Slow hostile inputs, measured (not timed in tests): a 50 MB text file, a 2 MB text on one line and
300 blank scanned pages, each ingested in a fresh process into a fresh data folder, wall time and peak memory beside the
baseline the probe of issue 12 measured before the limits.

    .venv/bin/python bench/hostile.py [--only text|line|blank] [--keep DIR]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]   # the project's ingest, not bench/ingest.py
from test_hostile import make_pdf  # noqa: E402

# (seconds, peak MB) measured by the probe of issue 12, before this work (the one-line text then failed
# in the tagger, after a time it did not note)
BASELINE: dict[str, tuple[float | None, float | None]] = {"text": (785.0, 1600.0), "line": (None, None),
                                                          "blank": (133.0, None)}
PARAGRAPH = ("Met deze brief informeer ik uw Kamer over de voortgang van de maatregelen in de migratieketen. "
             "Ik zal uw Kamer voor de zomer nader informeren over de uitvoering van de motie van het lid Piri c.s. "
             "(Kamerstuk 19637, nr. 3101).\n\n")


def text_file(folder: Path) -> Path:
    path = folder / "vijftig-mb.txt"
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(PARAGRAPH.encode()) + 1):
            fh.write(PARAGRAPH)
    return path


def one_line(folder: Path) -> Path:
    path = folder / "twee-mb-een-regel.txt"
    path.write_text("Hierbij informeer ik uw Kamer over de voortgang " * 44_000, encoding="utf-8")
    return path


def blank_scan(folder: Path) -> Path:
    path = folder / "driehonderd-blanco-scans.pdf"
    page = (595, 842, b"q 595 0 0 842 0 0 cm /Im1 Do Q")   # a white image over the whole page: a scan
    path.write_bytes(make_pdf([page] * 300))
    return path


# The ingest command in a fresh process that reports its own peak memory (and its workers') last.
RUN = ("import resource, sys; from ingest.__main__ import main; code = main(sys.argv[1:]); "
       "peak = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)); "
       "print(peak, file=sys.stderr); sys.exit(code)")


def measure(path: Path, data: Path) -> tuple[float, float, str]:
    """Seconds, peak MB of the ingest process (and its workers), and what it said last."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUN, str(path), "--data", str(data), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    *said, peak_kb = proc.stderr.strip().splitlines()
    return seconds, int(peak_kb) / 1024, " | ".join(said[-2:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=sorted(BASELINE))
    ap.add_argument("--keep", type=Path, help="make the inputs in this folder (and keep them)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    makers = {"text": text_file, "line": one_line, "blank": blank_scan}
    print(f"{'case':<6} {'seconds':>8} {'(before)':>9} {'peak MB':>8} {'(before)':>9}  outcome")
    for case, make in makers.items():
        if args.only and case != args.only:
            continue
        seconds, peak, outcome = measure(make(folder), folder / f"data-{case}")
        before_s, before_mb = BASELINE[case]
        print(f"{case:<6} {seconds:>8.1f} {before_s or float('nan'):>9.0f} {peak:>8.0f} "
              f"{before_mb or float('nan'):>9.0f}  {outcome}", flush=True)


if __name__ == "__main__":
    main()
