"""Search benchmark at scale: a synthetic corpus of N passages (default 100k) recombined from the
sentences of an ingested store, indexed and searched the way `index.build` and `index.search` do
(vectors on disk, FAISS in the tier the settings give, BM25 postings memory-mapped; query encoding,
dense windows and passages, BM25, fusion).

    python bench/search.py --data data [--passages 100000] [--queries 100] [--json] [--baseline]
                           [--work DIR [--reuse]]

The corpus is generated in streams: each synthetic passage is a list of corpus sentence numbers, its
vectors (its own and its sentence windows', as `index.passages.windows` cuts them) are mixes of the
real e5 vectors of those sentences plus a little noise, normalised, written to a `.npy` file chunk
by chunk (the model would take days to embed 10^6 passages); its BM25 tokens are its sentences'
tokens (tokenizing joined sentences gives the concatenation of their tokens). Then a child process
builds and searches the index, so its peak memory is its own; with ``--baseline`` a second child does
the same with the previous layout (all float vectors in RAM, HNSW, BM25 in RAM).

With ``--work DIR --reuse`` a corpus generated there before (for as many passages) is kept, and so is
each index part built there with today's settings: a second run is the query phase alone, and a
changed setting rebuilds only the part it shapes.

Prints (or with ``--json`` as one JSON object) passages, vectors, peak RSS (the larger of the
generating and the indexing process), build seconds (BM25 + FAISS), query latency p50/p95 with query
encoding as the search runs it (and its CPU time, which contention for the cores does not inflate),
beside the p95 of the search as it ran before (the query encoded on one thread, then each step after
the other; the per-step p50s are of this run), and recall@10 of the
dense index against exact search on the same vectors, computed in chunks from the float vectors on disk.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest import Store  # noqa: E402
from ingest.settings import Settings  # noqa: E402
from index.bm25 import BM25, tokens  # noqa: E402
from index.dense import CANDIDATES, DenseIndex, build_faiss, load_faiss, new_rows, row_chunks, save_faiss  # noqa: E402
from index import encoder as encoder_module  # noqa: E402
from index.encoder import load_encoder  # noqa: E402
from index.fusion import hybrid_candidates, sparse_candidates, top_candidates  # noqa: E402
from index.passages import TARGET_WORDS, Passage, passages_of, sentences, window_runs, windows  # noqa: E402
from index.search import retrieve  # noqa: E402

log = logging.getLogger("bench.search")
SETTINGS = Settings.resolve()  # the index parameters the search uses (environment over defaults)
QUERIES = ["Hoeveel procent van de Dublinclaims leidt tot een overdracht?", "verlenging LVV-pilots gemeenten",
           "wanneer start het Entry Exit Systeem", "toezegging over de begeleiding van amv's",
           "motie over verhuisbewegingen van asielzoekers", "kosten van de opvang per asielzoeker"]
PASSAGE_CHUNK = 4096   # synthetic passages whose vectors are made and written at a time
RECALL_QUERIES = 50
USER_QUERY_WORDS = 30  # queries up to this long are reported apart: what users type (dev questions: 4-27 words)


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM, which (unlike ru_maxrss) starts afresh at exec,
    so a child's figure is its own."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def corpus_passages(data: Path) -> list[Passage]:
    with Store(data, create=False) as store:
        return [p for d in store.documents()
                for p in passages_of(d, store.pages(d.id), store.sections(d.id), store.footnotes(d.id))]


def synthetic_picks(lengths: np.ndarray, neighbours: np.ndarray, n: int, rng: random.Random,
                    swap: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """n passages of ~TARGET_WORDS words, each a run of consecutive corpus sentences (topically
    coherent, as real passages are) with a share `swap` replaced by one of their 20 nearest sentences,
    so runs repeat rarely: (sentence numbers of all passages one after another, offsets). Random mixes
    of sentences from anywhere would be near-isotropic, the worst case for ANN and unlike real embeddings."""
    picks: list[int] = []
    offsets = [0]
    count = len(lengths)
    for _ in range(n):
        words, j = 0, rng.randrange(count)
        while words < TARGET_WORDS:
            k = int(neighbours[j, rng.randrange(20)]) if rng.random() < swap else j
            picks.append(k)
            words += lengths[k]
            j = (j + 1) % count
        offsets.append(len(picks))
    return np.array(picks, dtype=np.int32), np.array(offsets, dtype=np.int64)


def row_spans(offsets: np.ndarray, first: int, last: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For passages first..last-1: per vector row, (start, end) into their picks (relative to the first
    passage's), its passage and whether it is a window: the passage itself, then its windows."""
    starts, ends, owner, is_window = [], [], [], []
    for i in range(first, last):
        base, n = int(offsets[i] - offsets[first]), int(offsets[i + 1] - offsets[i])
        for g, (a, b) in enumerate([(0, n)] + window_runs(n)):
            starts.append(base + a)
            ends.append(base + b)
            owner.append(i)
            is_window.append(g > 0)
    return np.array(starts), np.array(ends), np.array(owner, dtype=np.int64), np.array(is_window, dtype=bool)


def write_vectors(work: Path, seed: np.ndarray, picks: np.ndarray, offsets: np.ndarray, rng: np.random.Generator,
                  noise: float = 0.012) -> int:
    """Write every passage's vector rows to work/vectors.npy (and owner.npy, is_window.npy), a chunk of
    passages at a time: each row the normalised mean of its sentences' seed vectors plus noise."""
    runs = {n: len(window_runs(n)) for n in np.unique(np.diff(offsets)).tolist()}
    total = int(sum(1 + runs[n] for n in np.diff(offsets).tolist()))
    new_rows(work / "vectors.npy", total, seed.shape[1])
    owners, windows_of, at = [], [], 0
    for first in range(0, len(offsets) - 1, PASSAGE_CHUNK):
        last = min(first + PASSAGE_CHUNK, len(offsets) - 1)
        starts, ends, owner, is_window = row_spans(offsets, first, last)
        mixed = np.cumsum(np.vstack([np.zeros((1, seed.shape[1])), seed[picks[offsets[first]:offsets[last]]]]), axis=0)
        rows = (mixed[ends] - mixed[starts]) / (ends - starts)[:, None] + rng.normal(0, noise, (len(ends), seed.shape[1]))
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        stored = np.load(work / "vectors.npy", mmap_mode="r+")
        stored[at:at + len(rows)] = rows
        stored.flush()
        del stored
        at += len(rows)
        owners.append(owner)
        windows_of.append(is_window)
    np.save(work / "owner.npy", np.concatenate(owners))
    np.save(work / "is_window.npy", np.concatenate(windows_of))
    return total


def embedding_rate(encoder, real: list[Passage], n: int, rng: random.Random) -> dict[str, float]:
    """Embed a sample of real passages and their windows: passages/s alone and with windows."""
    sample = rng.sample(real, min(n, len(real)))
    if not sample:
        return {}
    t = time.perf_counter()
    encoder.encode_passages([p.text for p in sample])
    alone = time.perf_counter() - t
    encoder.encode_passages([w for p in sample for w in windows(p)])
    both = time.perf_counter() - t
    return {"embed_passages_per_s": round(len(sample) / alone, 1),
            "embed_passages_per_s_with_windows": round(len(sample) / both, 1)}


def generate(args: argparse.Namespace, work: Path) -> dict:
    """The synthetic corpus in `work`: vectors, owners, picks, the sentences and the queries."""
    rng = random.Random(7)
    t = time.perf_counter()
    (work / "index.json").unlink(missing_ok=True)   # an index kept from another corpus is no index of this one
    real = corpus_passages(Path(args.data))
    encoder = load_encoder(args.model)
    rates = embedding_rate(encoder, real, args.sample, rng)
    # corpus sentences in reading order (runs of them make coherent passages)
    sents = list(dict.fromkeys(s for p in real for s in sentences(p.text) if len(s.split()) >= 4))
    seed = np.asarray(encoder.encode_passages(sents), dtype=np.float64)
    neighbours = np.argsort(-(seed @ seed.T), axis=1)[:, 1:21]
    picks, offsets = synthetic_picks(np.array([len(s.split()) for s in sents]), neighbours, args.passages, rng)
    np.save(work / "picks.npy", picks)
    np.save(work / "offsets.npy", offsets)
    vectors = write_vectors(work, seed, picks, offsets, np.random.default_rng(rng.randrange(1 << 30)))
    queries = (QUERIES + [rng.choice(sents) for _ in range(args.queries)])[:args.queries]
    (work / "text.json").write_text(json.dumps({"sentences": sents, "queries": queries}, ensure_ascii=False))
    report = {"model": encoder.name, "passages": args.passages, "vectors": vectors, "seed_sentences": len(sents),
              **rates, "generate_s": round(time.perf_counter() - t, 1), "generate_peak_rss_mb": peak_rss_mb()}
    (work / "generated.json").write_text(json.dumps(report))
    return report


def generated(work: Path, passages: int) -> dict | None:
    """The report of the corpus already generated in `work` when it has `passages` passages, else None.
    (A corpus written before reports were kept: what its files tell.)"""
    files = ("text.json", "vectors.npy", "owner.npy", "is_window.npy", "picks.npy", "offsets.npy")
    if not all((work / f).exists() for f in files) or len(np.load(work / "offsets.npy", mmap_mode="r")) != passages + 1:
        return None
    if (work / "generated.json").exists():
        return {**json.loads((work / "generated.json").read_text()), "generated_before": True}
    return {"passages": passages, "vectors": len(np.load(work / "owner.npy", mmap_mode="r")), "generated_before": True,
            "generate_peak_rss_mb": 0.0}


def synthetic_tokens(work: Path, sents: list[str]):
    """Per synthetic passage, its BM25 tokens: the tokens of its sentences one after another."""
    per_sentence = [tokens(s) for s in sents]
    picks, offsets = np.load(work / "picks.npy", mmap_mode="r"), np.load(work / "offsets.npy")
    for i in range(len(offsets) - 1):
        yield [t for j in picks[offsets[i]:offsets[i + 1]].tolist() for t in per_sentence[j]]


def query_latency(encoder, dense: DenseIndex, bm25: BM25, queries: list[str], k: int = 10) -> dict[str, np.ndarray]:
    """Per query, milliseconds of the search as `SearchIndex.search` runs it without filters (`retrieve`:
    BM25 beside encoding and the dense search, the query encoded on every core) and its CPU milliseconds
    (all threads: on a busy machine, what the query costs); then, as the baseline in the same run, the
    search as it ran before: the query encoded on one thread, then each step after the other, and their
    sum ("sequential"). The two take turns going first, so neither gains from pages the other read."""
    steps: dict[str, list[float]] = {"encode": [], "dense": [], "bm25": [], "fuse": [], "sequential": [],
                                     "total": [], "cpu": []}
    for n, q in enumerate(queries):
        for run in ((_timed, _stepwise) if n % 2 else (_stepwise, _timed)):
            for name, ms in run(encoder, dense, bm25, q, k).items():
                steps[name].append(ms)
    return {name: np.array(v) for name, v in steps.items()}


def _timed(encoder, dense: DenseIndex, bm25: BM25, q: str, k: int) -> dict[str, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    top_candidates(retrieve(q, encoder, dense, bm25), k)
    return {"total": (time.perf_counter() - t0) * 1000, "cpu": (time.process_time() - c0) * 1000}


def _stepwise(encoder, dense: DenseIndex, bm25: BM25, q: str, k: int) -> dict[str, float]:
    encoder_module.ONE_RUN_ON_EVERY_CORE = False
    try:
        t0 = time.perf_counter()
        v = encoder.encode_queries([q])[0]
        t1 = time.perf_counter()
    finally:
        encoder_module.ONE_RUN_ON_EVERY_CORE = True
    window, passage = dense.candidates(v)
    t2 = time.perf_counter()
    sparse = sparse_candidates(bm25.scores(tokens(q)))
    t3 = time.perf_counter()
    top_candidates(hybrid_candidates(window, passage, sparse), k)
    t4 = time.perf_counter()
    return {name: secs * 1000 for name, secs in zip(("encode", "dense", "bm25", "fuse", "sequential"),
                                                     (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0))}


def exact_top10(path: Path, queries: np.ndarray) -> np.ndarray:
    """Per query, the 10 best inner products over all vectors, read from disk in chunks."""
    best = np.full((len(queries), 10), -np.inf, dtype=np.float32)
    for chunk in row_chunks(path):
        sims = queries @ chunk.T
        part = -np.sort(-np.partition(sims, max(0, sims.shape[1] - 10), axis=1)[:, -10:], axis=1)
        best = -np.sort(-np.hstack([best, part]), axis=1)[:, :10]
    return best


def tie_aware_recall(exact_scores: np.ndarray, approx_scores: list[np.ndarray]) -> float:
    """Share of the approximate top-10 that scores at least the exact 10th best (the synthetic
    corpus repeats sentences, so many vectors tie and id overlap would understate recall)."""
    return float(np.mean([(a >= e[-1] - 1e-5).sum() / 10 for e, a in zip(exact_scores, approx_scores)]))


def build(layout: str, work: Path, sents: list[str], reuse: bool = False) -> tuple[DenseIndex, BM25, dict]:
    """The index of the synthetic corpus in `layout` ("scaled": as `index.build` writes it, each part
    saved once built and loaded back as the search loads it, a part kept from an earlier run reused when `reuse`
    and its settings are today's; "baseline": float vectors in RAM, HNSW, BM25 kept in RAM) and its
    build seconds."""
    owner, is_window = np.load(work / "owner.npy"), np.load(work / "is_window.npy")
    passages = int(owner[-1]) + 1
    if layout == "baseline":
        index, vectors, bm25, report = build_baseline(work, sents)
    else:
        index, vectors, bm25, report = build_scaled(work, sents, reuse)
    dense = DenseIndex(index, vectors, owner, is_window, passages, SETTINGS.refine)
    return dense, bm25, {**report, "dense_index": describe_index(index)}


def build_baseline(work: Path, sents: list[str]) -> tuple[faiss.Index, np.ndarray, BM25, dict]:
    t = time.perf_counter()
    bm25 = BM25(synthetic_tokens(work, sents), SETTINGS.bm25_k1, SETTINGS.bm25_b)
    t_bm25, t = time.perf_counter() - t, time.perf_counter()
    vectors = np.load(work / "vectors.npy")
    index = faiss.IndexHNSWFlat(vectors.shape[1], SETTINGS.hnsw_m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction, index.hnsw.efSearch = SETTINGS.hnsw_ef_construction, SETTINGS.hnsw_ef_search
    index.add(vectors)
    t_dense = time.perf_counter() - t
    return index, vectors, bm25, {"bm25_build_s": round(t_bm25, 1), "dense_build_s": round(t_dense, 1),
                                  "build_s": round(t_bm25 + t_dense, 1)}


def part_settings() -> dict[str, dict]:
    """Per saved part of the scaled index, the settings it was built with."""
    recorded = SETTINGS.recorded()
    bm25 = {k: v for k, v in recorded.items() if k.startswith("bm25_")}
    return {"bm25": bm25, "dense": {k: v for k, v in recorded.items() if k not in bm25 and k != "model"}}


def build_scaled(work: Path, sents: list[str], reuse: bool) -> tuple[faiss.Index, np.ndarray, BM25, dict]:
    """Each part built and saved (so the dense build does not hold BM25), or kept from an earlier run
    (`work/index.json` records each part's settings and build seconds), then loaded as `index.search`
    loads them."""
    kept = json.loads((work / "index.json").read_text()) if reuse and (work / "index.json").exists() else {}
    record = {}
    for part, settings in part_settings().items():
        if kept.get(part, {}).get("settings") == settings:
            record[part] = kept[part]
            continue
        t = time.perf_counter()
        if part == "bm25":
            BM25(synthetic_tokens(work, sents), SETTINGS.bm25_k1, SETTINGS.bm25_b).save(work / "bm25")
        else:
            dimension = np.load(work / "vectors.npy", mmap_mode="r").shape[1]
            save_faiss(build_faiss(work / "vectors.npy", dimension, SETTINGS), work / "faiss.index")
        record[part] = {"settings": settings, "build_s": round(time.perf_counter() - t, 1)}
        (work / "index.json").write_text(json.dumps({**kept, **record}))
    index, bm25 = load_faiss(work / "faiss.index", SETTINGS), BM25.load(work / "bm25")
    t_bm25, t_dense = record["bm25"]["build_s"], record["dense"]["build_s"]
    return index, np.load(work / "vectors.npy", mmap_mode="r"), bm25, {
        "bm25_build_s": t_bm25, "dense_build_s": t_dense, "build_s": round(t_bm25 + t_dense, 1),
        "index_reused": sorted(part for part in record if part in kept and kept[part] == record[part])}


def describe_index(index: faiss.Index) -> str:
    if isinstance(index, faiss.IndexIVF):
        codes = f"PQ {faiss.downcast_index(index).pq.M}" if isinstance(index, faiss.IndexIVFPQ) else "SQ8"
        return (f"IVF-{codes} lists {index.nlist}, {index.code_size} bytes/vector, "
                f"nprobe {index.nprobe}, refine {SETTINGS.refine}")
    if hasattr(index, "hnsw"):
        return f"HNSW M {SETTINGS.hnsw_m}, efSearch {index.hnsw.efSearch}"
    return "exact"


def run_layout(layout: str, work: Path, model: str | None, reuse: bool = False) -> dict:
    """Build and query one layout of the corpus in `work` (in a process of its own)."""
    text = json.loads((work / "text.json").read_text())
    dense, bm25, report = build(layout, work, text["sentences"], reuse)
    encoder = load_encoder(model)
    queries = text["queries"]
    query_latency(encoder, dense, bm25, queries[:5])  # warm up
    ms = query_latency(encoder, dense, bm25, queries)
    qv = encoder.encode_queries(queries[:RECALL_QUERIES])
    approx = [dense.top(q, CANDIDATES)[0][:10] for q in qv]   # as the search asks: its best CANDIDATES rows
    report.update({"p50_ms": round(float(np.percentile(ms["total"], 50)), 1),
                   "p95_ms": round(float(np.percentile(ms["total"], 95)), 1),
                   "p50_ms_per_step": {k: round(float(np.percentile(v, 50)), 1) for k, v in ms.items()
                                       if k not in ("total", "cpu", "sequential")},
                   "p95_ms_sequential": round(float(np.percentile(ms["sequential"], 95)), 1),
                   # the annotated questions have 4-27 words; the random corpus sentences among the queries reach 70+
                   "p95_ms_queries_upto_30_words": round(float(np.percentile(
                       ms["total"][[len(q.split()) <= USER_QUERY_WORDS for q in queries]], 95)), 1),
                   "cpu_p50_ms": round(float(np.percentile(ms["cpu"], 50)), 1),
                   "cpu_p95_ms": round(float(np.percentile(ms["cpu"], 95)), 1),
                   "recall_at_10": round(tie_aware_recall(exact_top10(work / "vectors.npy", qv), approx), 3),
                   "queries": len(queries), "index_peak_rss_mb": peak_rss_mb()})
    return report


def child(layout: str, work: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--layout", layout, "--work", str(work)] + (
        ["--model", args.model] if args.model else []) + (["--reuse"] if args.reuse else [])
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="data", help="ingested data folder whose passages seed the corpus")
    ap.add_argument("--passages", type=int, default=100_000, help="synthetic passages (default 100000)")
    ap.add_argument("--sample", type=int, default=48, help="real passages embedded to measure passages/s")
    ap.add_argument("--queries", type=int, default=100, help="timed queries per index")
    ap.add_argument("--model", default=None, help="embedding model (default: the index default)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--baseline", action="store_true", help="also measure the previous layout (RAM, HNSW); "
                    "needs about 9 GB per million vectors")
    ap.add_argument("--work", default=None, help="folder for the generated corpus and index (default: a "
                    "temporary one, removed after)")
    ap.add_argument("--reuse", action="store_true", help="with --work: reuse the corpus generated there for as "
                    "many passages, and each index part built there with today's settings (a rerun of the "
                    "query phase alone when nothing changed)")
    ap.add_argument("--layout", choices=("scaled", "baseline"), help=argparse.SUPPRESS)  # the child's role
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.layout:
        print(json.dumps(run_layout(args.layout, Path(args.work), args.model, args.reuse)))
        return 0
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench-search-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        report = (generated(work, args.passages) if args.reuse else None) or generate(args, work)
        report.update(child("scaled", work, args))
        report["peak_rss_mb"] = max(report["generate_peak_rss_mb"], report["index_peak_rss_mb"])
        report["disk_mb"] = round(sum(f.stat().st_size for f in work.rglob("*") if f.is_file()) / 2**20)
        if args.baseline:
            report["baseline"] = child("baseline", work, args)
        report["load_average"] = os.getloadavg()[0]
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report) if args.json else "\n".join(f"{k}: {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
