"""Dense vectors in FAISS, in three tiers by the number of vectors: exact inner product while small,
HNSW from the `hnsw_from` setting on (graph degree `hnsw_m`, beams `hnsw_ef_construction` and
`hnsw_ef_search`), and from `dense_compress_from` on a compressed IVF index (`ivf_lists` lists of
`dense_codes` codes: a byte per dimension, or `pq_m` bytes a vector; `nprobe` lists searched) whose
best `refine` candidates are re-scored exactly from the float vectors on disk, so RAM holds only the
codes. See bench/search.py for the measured
recall, latency and memory.

Every passage has one vector of its own and, when it is long enough, vectors of its overlapping
sentence windows. `owner` maps each vector row to its passage and `is_window` tells the two apart;
a search gives two scores per passage: its best window (its own vector when it has no windows) and
its own vector.

The float vectors live in a `.npy` file; builds read it in chunks (`row_chunks`) through a memory
map opened per chunk, so the pages read are let go again and no build holds all vectors at once."""
from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path

import faiss
import numpy as np

from ingest.errors import SettingsError
from ingest.settings import Settings

from .fusion import Candidates

CANDIDATES = 400           # vector rows fetched per query before they are grouped by passage
EXACT_ROWS = 20_000        # up to this many (allowed) rows, score all of them exactly
ROW_CHUNK = 65_536         # vectors read, trained on or added at a time while building
TRAIN_PER_LIST = 40        # training vectors per IVF list (FAISS asks for at least 39)


def row_chunks(path: Path, size: int = ROW_CHUNK, rows: np.ndarray | None = None) -> Iterator[np.ndarray]:
    """The rows of a saved 2-d `.npy` array (or those listed in ``rows``, in that order) as float32 chunks:
    a run of rows through a memory map of its own, closed before the chunk is handed out; listed rows
    one by one with `read_rows`."""
    total = len(np.load(path, mmap_mode="r"))
    for a in range(0, total if rows is None else len(rows), size):
        stored = np.load(path, mmap_mode="r")
        chunk = np.array(stored[a:a + size], dtype=np.float32) if rows is None else read_rows(stored, rows[a:a + size])
        del stored
        yield chunk


def read_rows(vectors: np.ndarray, rows: np.ndarray, fd: int | None = None) -> np.ndarray:
    """Rows of a vector array as float32. From a memory-mapped `.npy` they are read with `os.pread`, not
    through the map: the kernel maps pages around every faulted one, so scattered reads through a map
    leave far more of the file resident than they read (a training sample of 1% of the rows: half the file).
    ``fd``: a descriptor of the file opened when it was loaded (else it is opened by name now)."""
    if not isinstance(vectors, np.memmap) or vectors.filename is None or not len(rows):
        return np.asarray(vectors[rows], dtype=np.float32)
    if fd is None:
        with open(vectors.filename, "rb", buffering=0) as fh:
            return read_rows(vectors, rows, fh.fileno())
    width = vectors.shape[1] * vectors.itemsize
    out = np.empty((len(rows), vectors.shape[1]), dtype=vectors.dtype)
    for i, r in enumerate(np.asarray(rows).tolist()):
        out[i] = np.frombuffer(os.pread(fd, width, vectors.offset + r * width), dtype=vectors.dtype)
    return out.astype(np.float32, copy=False)


def new_rows(path: Path, rows: int, dimension: int) -> None:
    """A `.npy` file of float32 rows, all zero, written without holding them (a sparse file)."""
    with open(path, "wb") as fh:
        np.lib.format.write_array_header_1_0(fh, {"descr": "<f4", "fortran_order": False, "shape": (rows, dimension)})
        fh.truncate(fh.tell() + rows * dimension * 4)


def ivf_lists(vectors: int, settings: Settings) -> int:
    """IVF lists for this many vectors: the setting, or about the square root of the count (0: auto)."""
    return settings.ivf_lists or max(1, min(65_536, int(math.sqrt(vectors))))


def pq_bytes(dimension: int, wanted: int) -> int:
    """The largest number of PQ sub-quantizers up to ``wanted`` that divides the dimension."""
    return max(m for m in range(1, min(wanted, dimension) + 1) if dimension % m == 0)


def new_faiss(vectors: int, dimension: int, settings: Settings, hnsw: bool | None = None) -> faiss.Index:
    """An empty inner-product index for this many L2-normalised vectors: compressed (IVF) from
    `settings.dense_compress_from` on, HNSW from `settings.hnsw_from` on (or as `hnsw` says), else exact."""
    if hnsw is None and vectors >= settings.dense_compress_from:
        return new_compressed(vectors, dimension, settings)
    if hnsw if hnsw is not None else vectors >= settings.hnsw_from:
        graph = faiss.IndexHNSWFlat(dimension, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = settings.hnsw_ef_construction
        graph.hnsw.efSearch = settings.hnsw_ef_search
        return graph
    return faiss.IndexFlatIP(dimension)


def new_compressed(vectors: int, dimension: int, settings: Settings) -> faiss.IndexIVF:
    """The compressed tier: IVF lists of codes as `settings.dense_codes` says, "sq8" (a byte per
    dimension of each vector's residual to its list's centroid: scores within about 1e-3, so few
    candidates need exact re-scoring) or "pq" (`pq_m` bytes a vector: 8x smaller, coarser)."""
    quantizer = faiss.IndexFlatIP(dimension)
    lists = min(ivf_lists(vectors, settings), max(vectors, 1))
    if settings.dense_codes == "sq8":
        return faiss.IndexIVFScalarQuantizer(quantizer, dimension, lists, faiss.ScalarQuantizer.QT_8bit,
                                             faiss.METRIC_INNER_PRODUCT)
    if settings.dense_codes == "pq":
        bits = min(8, max(1, int(math.log2(max(vectors, 2)))))  # PQ trains 2**bits centroids on the vectors
        return faiss.IndexIVFPQ(quantizer, dimension, lists, pq_bytes(dimension, settings.pq_m), bits,
                                faiss.METRIC_INNER_PRODUCT)
    raise SettingsError(f"setting 'dense_codes': {settings.dense_codes!r} is neither 'sq8' nor 'pq'")


def build_faiss(path: Path, dimension: int, settings: Settings, hnsw: bool | None = None) -> faiss.Index:
    """The FAISS index of the vectors saved at `path` (see `new_faiss`), trained on an even sample
    and filled chunk by chunk."""
    total = len(np.load(path, mmap_mode="r"))
    index = new_faiss(total, dimension, settings, hnsw)
    if not index.is_trained:
        lists = faiss.extract_index_ivf(index).nlist
        sample = np.unique(np.linspace(0, total - 1, min(total, lists * TRAIN_PER_LIST)).astype(np.int64))
        index.train(np.vstack(list(row_chunks(path, rows=sample))))
    for chunk in row_chunks(path):
        index.add(chunk)
    return index


def save_faiss(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load_faiss(path: Path, settings: Settings) -> faiss.Index:
    """A saved FAISS index; an HNSW one searches with beam `hnsw_ef_search`, an IVF one probes `nprobe`
    lists. Exact and HNSW codes are memory-mapped; an IVF index is read into memory, because a query
    probes a few lists at random, and through a map each of them is faulted in again whenever the page
    cache let it go (1M-passage bench under load: dense p50 13-18 ms in memory, 21-89 ms mapped)."""
    try:
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC)
    except RuntimeError:
        index = faiss.read_index(str(path))
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = settings.hnsw_ef_search
    if isinstance(index, faiss.IndexIVF):
        index = faiss.read_index(str(path))
        faiss.extract_index_ivf(index).nprobe = settings.nprobe
    return index


class DenseIndex:
    """Vector rows of passages and windows, searchable per passage. With a compressed (IVF) index,
    the best `refine` candidates are re-scored on the float `vectors` (memory-mapped)."""

    def __init__(self, index: faiss.Index, vectors: np.ndarray, owner: np.ndarray, is_window: np.ndarray,
                 passages: int, refine: int = 0):
        self.index, self.vectors, self.owner, self.passages = index, vectors, owner, passages
        self.refine = refine if isinstance(index, faiss.IndexIVF) else 0
        # the vector file as loaded: a build that swaps a new index in under the same name (a server that
        # reloads keeps answering from this one meanwhile) must not make refine read the new file's rows
        self._file = (open(vectors.filename, "rb", buffering=0)
                      if self.refine and isinstance(vectors, np.memmap) and vectors.filename else None)
        has_window = np.zeros(passages, dtype=bool)
        has_window[owner[is_window]] = True
        self.is_window = is_window
        # rows that stand for a passage's best window: its windows, or its own vector if it has none
        self.window_row = is_window | ~has_window[owner]

    def scores(self, query: np.ndarray, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(best-window score, passage score) per passage; -inf where not retrieved or not allowed."""
        window, passage = self.candidates(query, allowed)
        full = [np.full(self.passages, -np.inf, dtype=np.float32) for _ in range(2)]
        for out, found in zip(full, (window, passage)):
            out[found.ids] = found.scores
        return full[0], full[1]

    def candidates(self, query: np.ndarray, allowed: np.ndarray | None = None) -> tuple[Candidates, Candidates]:
        """The passages retrieved for a query (all of them while the index is small, or all allowed ones
        while few): their best-window scores and their own vectors' scores."""
        rows = None if allowed is None else np.flatnonzero(allowed[self.owner])
        if rows is not None and len(rows) <= EXACT_ROWS:
            sims = self._exact(query, rows)
        elif len(self.owner) <= EXACT_ROWS:
            rows = np.arange(len(self.owner))
            sims = np.asarray(self.vectors @ query, dtype=np.float32)
        else:
            sims, rows = self.top(query, CANDIDATES if allowed is None else CANDIDATES * 4)
            if allowed is not None:
                keep = allowed[self.owner[rows]]
                sims, rows = sims[keep], rows[keep]
        return self._group(sims, rows)

    def top(self, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, rows) of the n best vector rows for a query, best first. With refining, the index's
        best `refine` rows (of at least n fetched) are re-scored exactly; any others keep the index's score."""
        fetch = min(max(n, self.refine), self.index.ntotal)
        scores, ids = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), fetch)
        keep = ids[0] >= 0
        scores, ids = scores[0][keep], ids[0][keep]
        if self.refine:
            head = np.sort(ids[:self.refine])
            scores = np.concatenate([self._exact(query, head), scores[self.refine:]])
            ids = np.concatenate([head, ids[self.refine:]])
            best = np.argsort(-scores, kind="stable")[:n]
            scores, ids = scores[best], ids[best]
        return scores[:n], ids[:n]

    def _exact(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros(0, np.float32)
        # a compressed index's vector file is large: read its rows without mapping pages around them
        found = (read_rows(self.vectors, rows, self._file.fileno() if self._file else None) if self.refine
                 else np.asarray(self.vectors[rows], dtype=np.float32))
        return np.asarray(found @ query, dtype=np.float32)

    def _group(self, sims: np.ndarray, rows: np.ndarray) -> tuple[Candidates, Candidates]:
        w = self.window_row[rows]
        owners = self.owner[rows[w]]
        window_ids = np.unique(owners)
        best = np.full(len(window_ids), -np.inf, dtype=np.float32)
        np.maximum.at(best, np.searchsorted(window_ids, owners), sims[w])
        own = ~self.is_window[rows]   # one own row a passage
        passages = self.owner[rows[own]]
        order = np.argsort(passages, kind="stable")
        return Candidates(window_ids, best), Candidates(passages[order], sims[own][order])
