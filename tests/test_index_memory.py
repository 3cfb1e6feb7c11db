"""Index memory at scale: BM25 postings as memory-mapped arrays built in chunks (scores identical to
the dictionary-of-lists implementation they replace), float vectors read in chunks from disk, and the
compressed IVF-PQ tier re-scored exactly."""
from __future__ import annotations

from collections import Counter
import os
from pathlib import Path

import faiss
import numpy as np

import index.bm25
from index.bm25 import BM25, tokens
from index.dense import DenseIndex, build_faiss, new_rows, row_chunks
from ingest.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def reference_scores(docs: list[list[str]], query: list[str], k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    """BM25 as the index computed it before its postings became arrays: a dict of Python lists per term."""
    rows: dict[str, tuple[list[int], list[int]]] = {}
    for i, d in enumerate(docs):
        for term, tf in Counter(d).items():
            rows.setdefault(term, ([], []))[0].append(i)
            rows[term][1].append(tf)
    doc_len = np.array([len(d) for d in docs], dtype=np.float32)
    avgdl = float(doc_len.mean())
    out = np.zeros(len(docs), dtype=np.float32)
    for term in sorted(set(query) & set(rows)):
        ids, tf = np.array(rows[term][0]), np.array(rows[term][1], dtype=np.float32)
        idf = np.float32(np.log(1 + (len(docs) - len(ids) + 0.5) / (len(ids) + 0.5)))
        out[ids] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc_len[ids] / avgdl))
    return out


def corpus_paragraphs() -> list[list[str]]:
    paths = sorted((ROOT / "corpus").glob("*.txt"))[:3]
    return [tokens(p) for path in paths for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_bm25_built_in_chunks_scores_as_the_dictionary_implementation(tmp_path: Path, monkeypatch) -> None:
    docs = corpus_paragraphs()
    monkeypatch.setattr(index.bm25, "CHUNK_DOCS", 7)   # many chunks, postings of a term spread over them
    bm = BM25(docs)
    bm.save(tmp_path / "bm25")
    loaded = BM25.load(tmp_path / "bm25")
    assert isinstance(loaded.ids, np.memmap) and isinstance(loaded.terms, np.memmap)
    assert list(loaded.terms) == sorted({t for d in docs for t in d})
    for query in ("opvang van asielzoekers", "Dublinclaims en overdrachten", "motie toezegging brief",
                  "kosten opvang gemeente", "onbekendwoordxyz"):
        q = tokens(query)
        assert np.array_equal(loaded.scores(q), reference_scores(docs, q)), query
    assert loaded.row("onbekendwoordxyz") is None and loaded.row(str(loaded.terms[0])) == 0
    (tmp_path / "bm25" / "impacts.npy").unlink()   # saved before impacts were: scored per query, alike
    legacy = BM25.load(tmp_path / "bm25")
    assert legacy.impacts is None and np.array_equal(legacy.scores(q), reference_scores(docs, q))


def test_row_chunks_read_every_row_or_the_rows_asked(tmp_path: Path) -> None:
    path = tmp_path / "v.npy"
    new_rows(path, 10, 3)
    assert np.array_equal(np.load(path), np.zeros((10, 3), np.float32))
    data = np.arange(30, dtype=np.float32).reshape(10, 3)
    np.save(path, data)
    assert np.array_equal(np.vstack(list(row_chunks(path, size=4))), data)
    assert [len(c) for c in row_chunks(path, size=4)] == [4, 4, 2]
    assert np.array_equal(np.vstack(list(row_chunks(path, size=2, rows=np.array([1, 5, 9])))), data[[1, 5, 9]])


def clustered(n: int, dimension: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(20, dimension))
    v = centres[rng.integers(0, 20, n)] + rng.normal(scale=0.4, size=(n, dimension))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_compressed_tier_refines_to_exact_scores(tmp_path: Path, monkeypatch) -> None:
    vectors = clustered(3000, 32)
    np.save(tmp_path / "v.npy", vectors)
    settings = Settings(dense_compress_from=1000, ivf_lists=16, dense_codes="pq", pq_m=8)
    index = build_faiss(tmp_path / "v.npy", 32, settings)
    assert isinstance(index, faiss.IndexIVFPQ) and index.ntotal == 3000 and index.pq.M == 8
    index.nprobe = 16
    owner = np.arange(3000)
    dense = DenseIndex(index, np.load(tmp_path / "v.npy", mmap_mode="r"), owner, np.zeros(3000, bool), 3000, refine=200)
    query = vectors[17]
    scores, rows = dense.top(query, 10)
    exact = vectors @ query
    assert set(rows.tolist()) == set(np.argsort(-exact)[:10].tolist())
    assert np.allclose(scores, exact[rows], atol=1e-6) and rows[0] == 17
    monkeypatch.setattr("index.dense.EXACT_ROWS", 100)  # filtered search goes through the index too
    allowed = np.arange(3000) % 2 == 1
    window, passage = dense.scores(query, allowed)
    assert np.isneginf(passage[~allowed]).all() and np.argmax(passage) == np.argmax(np.where(allowed, exact, -1))


def test_sq8_tier_re_scores_its_best_rows_exactly(tmp_path: Path) -> None:
    vectors = clustered(3000, 32)
    np.save(tmp_path / "v.npy", vectors)
    index = build_faiss(tmp_path / "v.npy", 32, Settings(dense_compress_from=1000, ivf_lists=16))
    assert isinstance(index, faiss.IndexIVFScalarQuantizer) and index.code_size == 32
    index.nprobe = 16
    dense = DenseIndex(index, np.load(tmp_path / "v.npy", mmap_mode="r"), np.arange(3000), np.zeros(3000, bool), 3000,
                       refine=20)
    query = vectors[17]
    scores, rows = dense.top(query, 100)
    exact = vectors @ query
    assert len(rows) == 100 and rows[0] == 17 and set(rows[:10].tolist()) == set(np.argsort(-exact)[:10].tolist())
    assert np.isclose(scores, exact[rows], rtol=0, atol=1e-6).sum() == 20   # the 20 refined, exactly
    assert np.allclose(scores, exact[rows], atol=0.05) and (np.diff(scores) <= 0).all()   # the rest: sq8 scores


def test_below_the_threshold_the_index_stays_hnsw_or_exact(tmp_path: Path) -> None:
    np.save(tmp_path / "v.npy", clustered(300, 32))
    assert isinstance(build_faiss(tmp_path / "v.npy", 32, Settings()), faiss.IndexFlatIP)
    assert isinstance(build_faiss(tmp_path / "v.npy", 32, Settings(hnsw_from=100)), faiss.IndexHNSWFlat)
    assert isinstance(build_faiss(tmp_path / "v.npy", 32, Settings(hnsw_from=100, dense_compress_from=300)),
                      faiss.IndexIVFScalarQuantizer)


def test_read_rows_from_a_mapped_file_as_from_memory(tmp_path: Path) -> None:
    from index.dense import read_rows
    data = clustered(50, 8)
    np.save(tmp_path / "v.npy", data)
    rows = np.array([49, 0, 7, 7])
    assert np.array_equal(read_rows(np.load(tmp_path / "v.npy", mmap_mode="r"), rows), data[rows])
    assert np.array_equal(read_rows(data, rows), data[rows]) and read_rows(data, rows[:0]).shape == (0, 8)


def test_rows_are_read_from_the_file_as_loaded(tmp_path) -> None:
    """A build swaps a new vector file in under the same name while a server still answers from the old
    index: rows read through the descriptor opened at load are the old file's."""
    from index.dense import read_rows

    path = tmp_path / "vectors.npy"
    np.save(path, np.ones((4, 3), dtype=np.float32))
    loaded = np.load(path, mmap_mode="r")
    with open(path, "rb", buffering=0) as fh:
        np.save(tmp_path / "new.npy", np.full((4, 3), 2, dtype=np.float32))
        os.replace(tmp_path / "new.npy", path)
        assert read_rows(loaded, np.array([3, 1]), fh.fileno()).tolist() == [[1.0] * 3] * 2
    assert read_rows(loaded, np.array([3])).tolist() == [[2.0] * 3]   # by name: the new file
