"""Dense vectors in FAISS: exact inner product while small, HNSW past HNSW_FROM passages."""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_FROM = 50_000   # passages; below this an exact flat index is fast enough
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


def build_faiss(vectors: np.ndarray) -> faiss.Index:
    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[0] else 384
    if len(vectors) >= HNSW_FROM:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def save_faiss(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load_faiss(path: Path) -> faiss.Index:
    index = faiss.read_index(str(path))
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def top(index: faiss.Index, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(scores, ids) of the n nearest passages."""
    n = min(n, index.ntotal)
    if n <= 0:
        return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
    scores, ids = index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), n)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]
