"""Search benchmark at scale: a synthetic corpus of N passages (default 100k) recombined from the
sentences of an ingested store, searched the way `index.search` does (query encoding, dense windows
and passages in FAISS, BM25, fusion), with HNSW beside an exact flat index in the same run.

    python bench/search.py --data data [--passages 100000] [--sample 48] [--queries 100]

Prints the real model's embedding rate (passages/s, on a sample of real passages), build times,
peak memory, and query latency p50/p95 including query encoding. The 100k passages are not all
embedded with the model (hours on a laptop CPU): each synthetic passage's vectors are mixes of the
real vectors of the sentences it was made from, normalised, so the vector geometry stays that of
real e5 embeddings.
"""
from __future__ import annotations

import argparse
import logging
import random
import resource
import sys
import time
from pathlib import Path

import faiss
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest import Store  # noqa: E402
from ingest.settings import Settings  # noqa: E402
from index.passages import Passage  # noqa: E402
from index.bm25 import BM25, tokens  # noqa: E402
from index.dense import CANDIDATES, DenseIndex, build_faiss  # noqa: E402
from index.fusion import hybrid, top_k  # noqa: E402
from index.encoder import load_encoder  # noqa: E402
from index.passages import TARGET_WORDS, passages_of, sentences, window_runs, windows  # noqa: E402

log = logging.getLogger("bench.search")
SETTINGS = Settings.resolve()  # the HNSW parameters the index uses (environment over defaults)
QUERIES = ["Hoeveel procent van de Dublinclaims leidt tot een overdracht?", "verlenging LVV-pilots gemeenten",
           "wanneer start het Entry Exit Systeem", "toezegging over de begeleiding van amv's",
           "motie over verhuisbewegingen van asielzoekers", "kosten van de opvang per asielzoeker"]


def corpus_passages(data: Path) -> list[Passage]:
    with Store(data, create=False) as store:
        return [p for d in store.documents()
                for p in passages_of(d, store.pages(d.id), store.sections(d.id), store.footnotes(d.id))]


def synthetic(sents: list[str], vecs: np.ndarray, n: int, rng: random.Random, swap: float = 0.3,
              noise: float = 0.012):
    """n passages of ~TARGET_WORDS words, each a run of consecutive corpus sentences (topically
    coherent, as real passages are) with a share `swap` of them replaced by one of their 20 nearest
    sentences, so runs repeat rarely; per passage, its text, its vector and the vectors of its
    sentence windows (as `index.passages.windows` cuts them), each the normalised mean of its
    sentences' vectors plus a little noise. Random mixes of sentences from anywhere would be near-isotropic, the worst case for
    HNSW and unlike real embeddings (see `cosine_profile`)."""
    texts, owner, is_window, rows = [], [], [], []
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    lengths = np.array([len(s.split()) for s in sents])
    neighbours = np.argsort(-(vecs @ vecs.T), axis=1)[:, 1:21]
    for i in range(n):
        picks, words, j = [], 0, rng.randrange(len(sents))
        while words < TARGET_WORDS:
            k = int(neighbours[j, rng.randrange(20)]) if rng.random() < swap else j
            picks.append(k)
            words += lengths[k]
            j = (j + 1) % len(sents)
        texts.append(" ".join(sents[j] for j in picks))
        groups = [picks] + [picks[a:b] for a, b in window_runs(len(picks))]
        for g, members in enumerate(groups):
            rows.append(vecs[members].mean(axis=0))
            owner.append(i)
            is_window.append(g > 0)
    matrix = np.asarray(rows, dtype=np.float32)
    matrix += nrng.normal(0, noise, matrix.shape).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return texts, matrix, np.array(owner), np.array(is_window)


def cosine_profile(vectors: np.ndarray, rng: random.Random, n: int = 2000) -> str:
    """Mean and 99th percentile of pairwise cosines of (a sample of) vectors."""
    rows = vectors[sorted(rng.sample(range(len(vectors)), min(n, len(vectors))))]
    sims = rows @ rows.T
    off = sims[~np.eye(len(rows), dtype=bool)]
    return f"pairwise cosine mean {off.mean():.3f}, p99 {np.percentile(off, 99):.3f}"


def timed(label: str, fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    secs = time.perf_counter() - t
    print(f"{label}: {secs:.1f} s")
    return out, secs


def query_latency(encoder, dense: DenseIndex, bm25: BM25, queries: list[str], k: int = 10) -> dict[str, np.ndarray]:
    """Per query, milliseconds of each step of `SearchIndex.search` and of the whole."""
    steps: dict[str, list[float]] = {"encode": [], "dense": [], "bm25": [], "fuse": [], "total": []}
    for q in queries:
        t0 = time.perf_counter()
        v = encoder.encode_queries([q])[0]
        t1 = time.perf_counter()
        window, passage = dense.scores(v)
        t2 = time.perf_counter()
        sparse = bm25.scores(tokens(q))
        t3 = time.perf_counter()
        top_k(hybrid(window, passage, sparse), k)
        t4 = time.perf_counter()
        for name, secs in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0)):
            steps[name].append(secs * 1000)
    return {name: np.array(v) for name, v in steps.items()}


def tie_aware_recall(exact_scores: np.ndarray, approx_scores: np.ndarray) -> float:
    """Share of the approximate top-10 that scores at least the exact 10th best (the synthetic
    corpus repeats sentences, so many vectors tie and id overlap would understate recall)."""
    return float(np.mean([(a >= e[-1] - 1e-5).mean() for e, a in zip(exact_scores, approx_scores)]))


def arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="data", help="ingested data folder whose passages seed the corpus")
    ap.add_argument("--passages", type=int, default=100_000, help="synthetic passages (default 100000)")
    ap.add_argument("--sample", type=int, default=48, help="real passages embedded to measure passages/s")
    ap.add_argument("--queries", type=int, default=100, help="timed queries per index")
    ap.add_argument("--model", default=None, help="embedding model (default: the index default)")
    return ap.parse_args(argv)


def embedding_rate(encoder, real: list[Passage], n: int, rng: random.Random) -> np.ndarray:
    """Embed a sample of real passages and their windows, print the rate; the sample's vectors."""
    sample = rng.sample(real, min(n, len(real)))
    sample_windows = [w for p in sample for w in windows(p)]
    sample_vectors, secs = timed(f"embed {len(sample)} passages", encoder.encode_passages, [p.text for p in sample])
    _, wsecs = timed(f"embed their {len(sample_windows)} windows", encoder.encode_passages, sample_windows)
    print(f"embedding rate: {len(sample) / secs:.1f} passages/s alone, "
          f"{len(sample) / (secs + wsecs):.1f} passages/s with windows")
    return sample_vectors


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    logging.basicConfig(level=logging.WARNING)
    rng = random.Random(7)
    real = corpus_passages(Path(args.data))
    encoder = load_encoder(args.model)
    print(f"model {encoder.name}, dimension {encoder.dimension}; corpus {len(real)} passages")
    sample_vectors = embedding_rate(encoder, real, args.sample, rng)
    # corpus sentences in reading order (runs of them make coherent passages)
    sents = list(dict.fromkeys(s for p in real for s in sentences(p.text) if len(s.split()) >= 4))
    vecs, _ = timed(f"embed {len(sents)} corpus sentences (seed vectors)", encoder.encode_passages, sents)
    (texts, matrix, owner, is_window), _ = timed(f"make {args.passages} synthetic passages", synthetic,
                                                 sents, vecs, args.passages, rng)
    print(f"{len(matrix)} vectors ({len(matrix) / args.passages:.1f} per passage)")
    print(f"real passages: {cosine_profile(sample_vectors, rng)}; synthetic: {cosine_profile(matrix, rng)}")
    bm25, _ = timed("BM25 build", lambda: BM25([tokens(t) for t in texts]))
    hnsw, _ = timed("HNSW build", build_faiss, matrix, encoder.dimension, SETTINGS, True)
    flat, _ = timed("flat build", _flat, matrix)
    queries = (QUERIES + [rng.choice(sents) for _ in range(args.queries)])[:args.queries]
    compare(encoder, (hnsw, flat), (matrix, owner, is_window, args.passages), bm25, queries)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


def compare(encoder, indexes: tuple, rows: tuple, bm25: BM25, queries: list[str]) -> None:
    """Query latency of the HNSW and the flat index, and HNSW's recall against the exact one."""
    hnsw, flat = indexes
    for label, index in (("HNSW", hnsw), ("flat", flat)):
        dense = DenseIndex(index, *rows)
        query_latency(encoder, dense, bm25, queries[:5])  # warm up
        ms = query_latency(encoder, dense, bm25, queries)
        parts = ", ".join(f"{name} {np.percentile(v, 50):.1f}" for name, v in ms.items() if name != "total")
        print(f"{label}: query p50 {np.percentile(ms['total'], 50):.1f} ms, p95 {np.percentile(ms['total'], 95):.1f} ms "
              f"including query encoding (p50 per step: {parts}); efSearch {SETTINGS.hnsw_ef_search}, {CANDIDATES} candidates")
    qv = encoder.encode_queries(queries[:50])
    exact, _ = flat.search(qv, 10)
    approx, _ = hnsw.search(qv, CANDIDATES)   # as the search asks it: its best CANDIDATES rows
    print(f"HNSW recall@10 against exact (ties counted): {tie_aware_recall(exact, approx[:, :10]):.3f}")


def _flat(matrix: np.ndarray):
    index = faiss.IndexFlatIP(matrix.shape[1])
    index.add(matrix)
    return index


if __name__ == "__main__":
    sys.exit(main())
