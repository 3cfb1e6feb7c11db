"""Ingest throughput: the project's ingest as a user runs it (``python -m ingest FILES --data DIR``: a
fresh process and a fresh data folder each run, imports, extraction, cleanup, metadata, tags and the
store included) beside plain pdfplumber ``extract_text()`` on the same PDFs, in the same run and in
the same number of processes (pdfplumber in a fresh process too, its imports included).

    .venv/bin/python bench/ingest.py [--repeat 3] [--workers N] [--pages 300] [PDF_OR_FOLDER ...]

Default files: corpus/pdf and ../shared/eval/pdf (when present). Two figures:
- the files themselves (the best of ``--repeat`` runs: start-up is part of what a user waits for);
- steady state: a batch of at least ``--pages`` pages, the same files again under other names with a
  comment appended after ``%%EOF`` (other bytes: not deduplicated), run once.
Scanned PDFs (OCR) are timed on their own line: they measure tesseract, not the layout code; beside them the same
files with unsure OCR lines not read again (setting ocr_reread 0), what the re-reading costs.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [p for p in (ROOT / "corpus" / "pdf", ROOT.parent / "shared" / "eval" / "pdf") if p.is_dir()]


def plain_pdfplumber(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def plain_main(workers: int, files: list[str]) -> None:
    """The pdfplumber side, run in a process of its own (``--plain``): files over ``workers`` processes."""
    with ProcessPoolExecutor(workers) as pool:
        print(sum(pool.map(plain_pdfplumber, files)))


def seconds(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the process and the workers it waited for) of a command (``env``:
    variables set for it beside the environment's)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, **(env or {})})
    secs = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd[:4])} ... failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return secs, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_plain(files: list[Path], workers: int) -> tuple[float, float]:
    return seconds([sys.executable, str(Path(__file__).resolve()), "--plain", "--workers", str(workers),
                    *map(str, files)])


def time_project(files: list[Path], workers: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """One CLI run into a fresh data folder."""
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as data:
        return seconds([sys.executable, "-m", "ingest", *map(str, files), "--data", data,
                        "--workers", str(workers), "--quiet"], env)


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def is_scanned(path: Path) -> bool:
    from ingest.extract.pdf import read_pages

    pages = read_pages(path)
    return sum(p.scanned for p in pages) > len(pages) / 2


def batch_of(files: list[Path], pages: int, folder: Path) -> list[Path]:
    """Copies of the files, round after round, until they hold ``pages`` pages; each copy's bytes differ
    (a PDF comment after %%EOF, which readers ignore), so the store keeps every one."""
    out: list[Path] = []
    total, round_ = 0, 0
    while total < pages:
        round_ += 1
        for f in files:
            copy = folder / f"r{round_:03d}-{f.name}"
            copy.write_bytes(f.read_bytes() + f"\n%bench copy {round_}\n".encode())
            out.append(copy)
            total += page_count(f)
    return out


def compare(label: str, files: list[Path], workers: int, repeat: int) -> None:
    pages = sum(page_count(f) for f in files)
    (plain, plain_cpu), (ours, ours_cpu) = (min(run(files, workers) for _ in range(repeat))
                                            for run in (time_plain, time_project))
    print(f"{label}: {len(files)} files, {pages} pages, {workers} processes each, best of {repeat} (wall; CPU beside)")
    print(f"  plain pdfplumber extract_text()            : {pages / plain:7.1f} pages/s  ({plain:6.1f} s, "
          f"CPU {plain_cpu:6.1f} s)")
    print(f"  project `python -m ingest` (cleanup + tags): {pages / ours:7.1f} pages/s  ({ours:6.1f} s, "
          f"CPU {ours_cpu:6.1f} s)  = {plain / ours:.2f}x pdfplumber (CPU: {plain_cpu / ours_cpu:.2f}x)")


def scanned_pages(files: list[Path], workers: int) -> None:
    """Scanned PDFs (OCR) timed as they are read, and beside it without reading unsure lines again (setting
    ocr_reread 0), in the same run: what the re-reading costs a page."""
    pages = sum(page_count(f) for f in files)
    for label, env in (("scanned PDFs (OCR)", None), ("  the same, unsure lines not read again (ocr_reread 0)",
                                                       {"MIGRATIEZOEKER_OCR_REREAD": "0"})):
        secs, cpu = time_project(files, workers, env)
        print(f"{label}: {len(files)} files, {pages} pages in {secs:.1f} s ({secs / pages:.2f} s/page, "
              f"CPU {cpu / pages:.2f} s/page)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="PDFs or folders (default: corpus/pdf and ../shared/eval/pdf)")
    ap.add_argument("--repeat", type=int, default=3, help="runs on the files; the best counts")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes, for both sides")
    ap.add_argument("--pages", type=int, default=300, help="pages in the steady-state batch (0: none)")
    ap.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.plain:
        return plain_main(args.workers, args.paths)
    sys.path.insert(0, str(ROOT))
    from ingest.pipeline import collect_files

    pdfs = [f.resolve() for f in collect_files(args.paths or DEFAULT_PATHS) if f.suffix.lower() == ".pdf"]
    scanned = [f for f in pdfs if is_scanned(f)]
    born_digital = [f for f in pdfs if f not in scanned]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; python {sys.executable}")
    compare("born-digital PDFs", born_digital, args.workers, args.repeat)
    if args.pages:
        with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
            compare("steady state, the files again under other names", batch_of(born_digital, args.pages,
                    Path(folder)), args.workers, 1)
    if scanned:
        scanned_pages(scanned, args.workers)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
