"""App pages at archive size: the data functions behind each page (the rows of the timeline, the
trackers, the dossier and the document view), timed on the bundled corpus and on a synthetic store
of at least 10^4 documents made from it, in the same run.

    .venv/bin/python bench/app.py [--source /work/wt/data] [--documents 10000] [--work DIR]

The synthetic store copies every document of the source store with its pages, sections, footnotes
and tags under new ids and names (through SQL on a copy of the store file, so no ingest is needed),
each copy dated a few days later, so dates spread over the years as an archive's do.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import Store  # noqa: E402
from ingest.store import TimelineFilter  # noqa: E402
from index.reports import (cited_documents, citations, commitment_rows, default_period, dossier,  # noqa: E402
                           motion_rows, page_view, timeline_agenda, timeline_page, timeline_stream)

COPY_SQL = """
INSERT INTO documents (id, name, title, date, doc_type, addressee, sender, kenmerk, pages, scanned, original)
    SELECT id || :sfx, :pfx || name, title, date(date, :shift), CASE doc_type WHEN 'dossier' THEN 'other' ELSE doc_type END,
           addressee, sender, kenmerk, pages, scanned, original FROM documents WHERE id IN (SELECT id FROM src);
INSERT INTO pages SELECT doc_id || :sfx, number, text FROM pages WHERE doc_id IN (SELECT id FROM src);
INSERT INTO sections SELECT doc_id || :sfx, seq, number, title, page, end_page, body_offset FROM sections
    WHERE doc_id IN (SELECT id FROM src);
INSERT INTO footnotes SELECT doc_id || :sfx, seq, number, text, page, marker_offset FROM footnotes
    WHERE doc_id IN (SELECT id FROM src);
INSERT INTO tags SELECT doc_id || :sfx, seq, kind, quote, page, start, "end", attrs, rule FROM tags
    WHERE doc_id IN (SELECT id FROM src);
"""


def synthetic_store(source: Path, target: Path, documents: int) -> int:
    """A copy of the source store multiplied to at least ``documents`` documents; their number (a
    store already at ``target`` is used as it is)."""
    if (target / "store.sqlite").exists():
        with Store(target, create=False) as s:
            return len(s.documents())
    target.mkdir(parents=True, exist_ok=True)
    with Store(source, create=False) as s:  # a consistent copy, WAL included
        s.conn.execute(f"VACUUM INTO '{target / 'store.sqlite'}'")
    conn = sqlite3.connect(target / "store.sqlite", isolation_level=None)
    conn.execute("CREATE TEMP TABLE src AS SELECT id FROM documents")
    per_copy = conn.execute("SELECT count(*) FROM src").fetchone()[0]
    copies = -(-documents // per_copy) - 1
    conn.execute("BEGIN")
    for i in range(1, copies + 1):
        params = {"sfx": f"-{i}", "pfx": f"k{i:05d}-", "shift": f"+{i * 3} days"}
        for stmt in COPY_SQL.split(";"):
            if stmt.strip():
                conn.execute(stmt, {k: v for k, v in params.items() if f":{k}" in stmt})
    conn.execute("COMMIT")
    n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    conn.close()
    return n


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, float, Any]:
    """Median wall and CPU seconds of ``repeat`` calls (CPU time, of this process, is what a loaded
    machine inflates least), and the last result."""
    wall, cpu, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu), out


def _size(out: Any) -> int:
    if isinstance(out, tuple):
        return sum(_size(x) for x in out)
    if hasattr(out, "rows"):  # a TimelinePage: the rows it holds
        return len(out.rows)
    return len(out) if hasattr(out, "__len__") else int(out is not None)


def history_first_view(store: Store, today: dt.date) -> Any:
    """What the full history reads when it opens (each cached afterwards): the years and the documents
    its filters offer, then the first page of the default period with the counts per month (returned)."""
    everything = timeline_page(store, today, TimelineFilter(), 0)
    first, last = default_period(everything.years or (today.year, today.year), store.documents(), today)
    store.timeline_documents()
    return timeline_page(store, today, TimelineFilter(due_from=f"{first:04d}-01-01", due_to=f"{last:04d}-12-31"), 200)


def page_functions(store: Store) -> dict[str, Callable[[], Any]]:
    """What each page computes before it draws (the functions its module calls on the store)."""
    today = dt.date.today()
    letter = next(d for d in store.documents() if d.doc_type == "kamerbrief")
    pages = store.pages(letter.id)
    tags = [t for _, t in store.tags(letter.id)]
    return {
        "documents (every page)": store.documents,
        "Tijdlijn: agenda (opening view)": lambda: timeline_agenda(store, today),
        "Tijdlijn: full history, first view": lambda: history_first_view(store, today),
        "Tijdlijn: full history, next page": lambda: timeline_page(store, today, TimelineFilter(), 200, 200),
        "Tijdlijn: full history, filtered": lambda: timeline_page(
            store, today, TimelineFilter(statuses=("open", "deadline"), topic="opvang", overdue=True), 200),
        "Tijdlijn: all history rows (CSV)": lambda: list(timeline_stream(store, today)),
        "Toezeggingen: first view": lambda: (store.commitment_counts(today.isoformat()), store.commitment_documents(),
                                             commitment_rows(store, today, limit=200)),
        "Toezeggingen: all rows (CSV)": lambda: commitment_rows(store, today),
        "Moties: rows": lambda: motion_rows(store),
        "Introductiedossier: find + sections": lambda: store.sections(dossier(store).id),  # type: ignore[union-attr]
        "Document: page view": lambda: page_view(pages, tags, pages[0].number),
        "Document: cited documents": lambda: cited_documents(citations(store), letter, tags),
    }


def measure(data: Path) -> dict[str, tuple[float, float, Any]]:
    with Store(data, create=False) as store:
        return {name: timed(fn) for name, fn in page_functions(store).items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=Path("/work/wt/data"), help="a data folder with the bundled corpus")
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=None, help="where the synthetic store goes (default: a temp dir)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-app-"))
    t0 = time.perf_counter()
    n = synthetic_store(args.source, work, args.documents)
    with Store(work, create=False) as s:
        tags = s.conn.execute("SELECT count(*) FROM tags").fetchone()[0]
    print(f"synthetic store: {n} documents, {tags} tags, made in {time.perf_counter() - t0:.1f} s ({work})")
    small, large = measure(args.source), measure(work)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'page data':40} {'bundled s':>10} {'rows':>7} {'archive s':>10} {'cpu s':>7} {'rows':>7}")
    for name in small:
        (ts, _, ns), (tl, cl, nl) = small[name], large[name]
        print(f"{name:40} {ts:10.4f} {_size(ns):7d} {tl:10.4f} {cl:7.3f} {_size(nl):7d}")
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
