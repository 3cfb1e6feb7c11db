"""Archive benchmark: a synthetic archive of N letters recombined from the bundled corpus, ingested,
indexed and queried through the real command lines, with throughput, peak memory and disk per stage
and a linear projection to 10^5 and 10^6 letters.

    .venv/bin/python bench/archive.py --letters 200 [--work /tmp/archive] [--cluster local]

Each letter takes the letterhead of a real corpus letter (sidebar labels, `Datum`, `Onderwerp`, as the
text extracts carry them) with a new date, then 2-5 pages of real paragraphs drawn from the whole
corpus, each page closed by its `Pagina x van y` footer, so cleaning, tagging and chunking do their
real work. Peak memory is the largest resident size of a stage's processes (RUSAGE_CHILDREN).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ("kamerbrief-diverse-onderwerpen-migratiebeleid.txt", "kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt",
           "brief-eerste-kamer-voortgang-integrale-migratieagenda.txt")
MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
QUERIES = ["toezeggingen over de opvang van asielzoekers", "wanneer wordt de Kamer geïnformeerd",
           "motie over casemanagement", "terugkeer van uitgeprocedeerde vreemdelingen", "capaciteit van de IND",
           "hoe lang duurt vreemdelingenbewaring", "Dublinclaims", "alleenstaande minderjarige vreemdelingen"]


def paragraphs(text: str) -> list[str]:
    """Body paragraphs of a text extract: blocks of three or more lines of running text."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
    return [b for b in blocks if b.count("\n") >= 2 and not re.search(r"Pagina \d+ van \d+", b)]


def letterhead(text: str) -> str:
    """The lines up to and including the `Onderwerp`/`Betreft` line."""
    m = re.search(r"^.*\b(?:Onderwerp|Betreft)\b.*$", text, re.M)
    return text[: m.end()] if m else ""


def letter(rng: random.Random, heads: list[str], pool: list[str]) -> str:
    year, month, day = rng.randint(2019, 2026), rng.randrange(12), rng.randint(1, 28)
    head = re.sub(r"\b\d{1,2} (?:%s) \d{4}" % "|".join(MONTHS), f"{day} {MONTHS[month]} {year}", rng.choice(heads))
    pages = rng.randint(2, 5)
    body = []
    for n in range(1, pages + 1):
        body.append("\n\n".join(rng.sample(pool, rng.randint(3, 6))) + f"\n\nPagina {n} van {pages}\n")
    return head + "\n\n" + "\n".join(body)


def generate(folder: Path, n: int, seed: int = 7) -> int:
    """Write n letters; their total size in bytes."""
    texts = [(ROOT / "corpus" / name).read_text(encoding="utf-8") for name in LETTERS]
    heads = [h for h in map(letterhead, texts) if h]
    pool = [p for t in (ROOT / "corpus").glob("*.txt") for p in paragraphs(t.read_text(encoding="utf-8"))]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i in range(n):
        path = folder / f"brief-{i:06d}.txt"
        path.write_text(letter(rng, heads, pool), encoding="utf-8")
        size += path.stat().st_size
    return size


def stage(*args: str) -> tuple[float, float]:
    """Run one command line; (seconds, peak resident MB of its processes so far)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args[:2])} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def disk_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--letters", type=int, default=200, help="synthetic letters (default 200)")
    ap.add_argument("--work", default="/tmp/migratiezoeker-archive", help="scratch folder (emptied first)")
    ap.add_argument("--cluster", default=None, help="run ingest and build on a Dask cluster (e.g. local)")
    args = ap.parse_args()
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    size = generate(work / "letters", args.letters)
    print(f"generate  {args.letters} letters, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    data, cluster = str(work / "data"), ["--cluster", args.cluster] if args.cluster else []
    queries = work / "queries.jsonl"
    queries.write_text("".join(json.dumps({"query": q}) + "\n" for q in QUERIES * 4))
    rows = []
    for name, cmd in (("ingest", ("ingest", str(work / "letters"), "--data", data, "--quiet", *cluster)),
                      ("index", ("index", "build", "--data", data, "--quiet", *cluster)),
                      ("search", ("index", "search", "--batch", str(queries), "--data", data))):
        seconds, peak = stage(*cmd)
        rows.append((name, seconds, peak))
    manifest = json.loads((work / "data" / "index" / "manifest.json").read_text())
    print(f"store {disk_mb(work / 'data') - disk_mb(work / 'data' / 'index'):.1f} MB, index "
          f"{disk_mb(work / 'data' / 'index'):.1f} MB; {manifest['passages']} passages, {manifest['vectors']} vectors")
    for name, seconds, peak in rows:
        unit = f"{len(QUERIES) * 4 / seconds:.1f} queries/s" if name == "search" else f"{args.letters / seconds:.2f} letters/s"
        line = f"{name:<7} {seconds:8.1f} s  {unit:>18}  peak RSS so far {peak:7.0f} MB"
        if name != "search":
            line += "".join(f"  | 10^{e}: {seconds / args.letters * 10 ** e / 3600:7.1f} h" for e in (5, 6))
        print(line)
    print("projection is linear in letters at this machine's cores; disk scales the same way: "
          + ", ".join(f"10^{e}: {disk_mb(work / 'data') / args.letters * 10 ** e / 1e3:.0f} GB" for e in (5, 6)))


if __name__ == "__main__":
    main()
