"""Ingest throughput: the project's parse (extraction + cleanup + metadata + tagging, process pool)
beside plain pdfplumber ``extract_text()`` on the same PDFs, in the same run.

    .venv/bin/python bench/ingest.py [--repeat 3] [--workers 2] [PDF_OR_FOLDER ...]

Scanned PDFs (OCR) are timed on their own line: they measure tesseract, not the layout code.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ingest import parse_file  # noqa: E402
from ingest.extract.pdf import read_pages  # noqa: E402
from ingest.pipeline import collect_files  # noqa: E402


def plain_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def project_parse(path: str) -> int:
    return parse_file(Path(path)).document.pages


def pages_per_second(func, files: list[Path], repeat: int, workers: int) -> tuple[float, int]:
    best = float("inf")
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        if workers > 1:
            with ProcessPoolExecutor(workers) as pool:
                pages = sum(pool.map(func, [str(f) for f in files]))
        else:
            pages = sum(func(f) for f in files)
        best = min(best, time.perf_counter() - start)
    return pages / best, pages


def is_scanned(path: Path) -> bool:
    pages = read_pages(path)
    return sum(p.scanned for p in pages) > len(pages) / 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=["corpus/pdf"], help="PDFs or folders (default: corpus/pdf)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per variant; the best counts")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for the project's ingest")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    pdfs = [f for f in collect_files(args.paths) if f.suffix.lower() == ".pdf"]
    scanned = [f for f in pdfs if is_scanned(f)]
    born_digital = [f for f in pdfs if f not in scanned]
    # warm-up: imports, spaCy pipeline
    parse_file(born_digital[0])
    base, pages = pages_per_second(plain_pdfplumber, born_digital, args.repeat, 1)
    ours_1, _ = pages_per_second(project_parse, born_digital, args.repeat, 1)
    ours_n, _ = pages_per_second(project_parse, born_digital, args.repeat, args.workers)
    print(f"born-digital PDFs: {len(born_digital)} files, {pages} pages")
    print(f"  plain pdfplumber extract_text(), 1 process : {base:7.1f} pages/s")
    print(f"  project ingest parse, 1 process            : {ours_1:7.1f} pages/s  ({ours_1 / base:.2f}x)")
    print(f"  project ingest parse, {args.workers} processes          : {ours_n:7.1f} pages/s  ({ours_n / base:.2f}x)")
    for f in scanned:
        start = time.perf_counter()
        n = project_parse(str(f))
        secs = time.perf_counter() - start
        print(f"scanned {f.name}: {n} pages OCR'd in {secs:.1f} s ({secs / n:.1f} s/page)")


if __name__ == "__main__":
    main()
