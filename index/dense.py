"""Dense vectors in FAISS: exact inner product while small, HNSW from the `hnsw_from` setting on
(graph degree `hnsw_m`, beams `hnsw_ef_construction` and `hnsw_ef_search`; see ingest/settings.py
and bench/search.py for the measured recall and latency).

Every passage has one vector of its own and, when it is long enough, vectors of its overlapping
sentence windows. `owner` maps each vector row to its passage and `is_window` tells the two apart;
a search gives two scores per passage: its best window (its own vector when it has no windows) and
its own vector."""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from ingest.settings import Settings

CANDIDATES = 400           # vector rows fetched per query before they are grouped by passage
EXACT_ROWS = 20_000        # up to this many (allowed) rows, score all of them exactly


def build_faiss(vectors: np.ndarray, dimension: int, settings: Settings, hnsw: bool | None = None) -> faiss.Index:
    """A FAISS inner-product index of L2-normalised vectors: HNSW from `settings.hnsw_from` vectors on
    (or as `hnsw` says), else exact."""
    index: faiss.Index
    if hnsw if hnsw is not None else len(vectors) >= settings.hnsw_from:
        index = faiss.IndexHNSWFlat(dimension, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = settings.hnsw_ef_construction
        index.hnsw.efSearch = settings.hnsw_ef_search
    else:
        index = faiss.IndexFlatIP(dimension)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def save_faiss(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load_faiss(path: Path, ef_search: int) -> faiss.Index:
    """A saved FAISS index; an HNSW one searches with beam ``ef_search``."""
    index = faiss.read_index(str(path))
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = ef_search
    return index


class DenseIndex:
    """Vector rows of passages and windows, searchable per passage."""

    def __init__(self, index: faiss.Index, vectors: np.ndarray, owner: np.ndarray, is_window: np.ndarray,
                 passages: int):
        self.index, self.vectors, self.owner, self.passages = index, vectors, owner, passages
        has_window = np.zeros(passages, dtype=bool)
        has_window[owner[is_window]] = True
        self.is_window = is_window
        # rows that stand for a passage's best window: its windows, or its own vector if it has none
        self.window_row = is_window | ~has_window[owner]

    def scores(self, query: np.ndarray, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(best-window score, passage score) per passage; -inf where not retrieved or not allowed."""
        rows = None if allowed is None else np.flatnonzero(allowed[self.owner])
        if rows is not None and len(rows) <= EXACT_ROWS:
            sims = np.asarray(self.vectors[rows] @ query, dtype=np.float32) if len(rows) else np.zeros(0, np.float32)
        elif len(self.owner) <= EXACT_ROWS:
            rows = np.arange(len(self.owner))
            sims = np.asarray(self.vectors @ query, dtype=np.float32)
        else:
            sims, rows = self._top(query, CANDIDATES if allowed is None else CANDIDATES * 4)
            if allowed is not None:
                keep = allowed[self.owner[rows]]
                sims, rows = sims[keep], rows[keep]
        return self._group(sims, rows)

    def _top(self, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        n = min(n, self.index.ntotal)
        scores, ids = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), n)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def _group(self, sims: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        window = np.full(self.passages, -np.inf, dtype=np.float32)
        passage = np.full(self.passages, -np.inf, dtype=np.float32)
        w = self.window_row[rows]
        np.maximum.at(window, self.owner[rows[w]], sims[w])
        own = ~self.is_window[rows]
        passage[self.owner[rows[own]]] = sims[own]
        return window, passage
