"""Hybrid search over a built index: BM25 and dense rankings fused, with filters on document type,
date range, tag kind, commitment status and document."""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest import Document, Store, Tag
from ingest.records import Status, TagKind
from ingest.settings import Settings

from .bm25 import BM25, tokens
from .build import Manifest, check_index, current_index, index_settings, read_passages, require_manifest
from .dense import DenseIndex, load_faiss
from .encoder import cores, load_encoder
from .errors import StaleIndex
from .fusion import Candidates, hybrid_candidates, sparse_candidates, top_candidates
from .passages import Passage


@dataclass(frozen=True)
class Hit:
    """A search result."""

    passage: Passage
    score: float
    document: Document | None = None
    tags: tuple[Tag, ...] = ()


log = logging.getLogger(__name__)

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _sparse_pool() -> ThreadPoolExecutor:
    """Threads for BM25 scoring beside query encoding, one per core (each search uses one at a time)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(cores(), thread_name_prefix="bm25")
        return _pool


def retrieve(query: str, encoder, dense: DenseIndex, bm25: BM25, allowed: np.ndarray | None = None) -> Candidates:
    """The fused candidates of a query over dense and BM25 rankings. BM25 scores on a second thread
    while the query is encoded and the dense index searched: onnxruntime, FAISS and numpy's array
    loops release the GIL, so on two cores the query waits for the slower of the two, not their sum."""
    sparse = _sparse_pool().submit(lambda: sparse_candidates(bm25.scores(tokens(query))))
    window, passage = dense.candidates(encoder.encode_queries([query])[0], allowed)
    fused = hybrid_candidates(window, passage, sparse.result())
    if allowed is not None:
        fused = Candidates(fused.ids, np.where(allowed[fused.ids], fused.scores, -np.inf))
    return fused


class SearchIndex:
    """A loaded index plus the store records search results show."""

    def __init__(self, data_dir: Path | str, encoder=None, settings: Settings | None = None,
                 folder: Path | None = None, manifest: Manifest | None = None):
        settings = index_settings(settings, encoder=encoder)
        self.data_dir = Path(data_dir)
        folder = folder or current_index(self.data_dir)
        self.manifest = manifest or require_manifest(self.data_dir, folder)
        self.passages = read_passages(folder)
        try:
            faiss_index = load_faiss(folder / "faiss.index", settings)
            self.dense = DenseIndex(faiss_index, np.load(folder / "vectors.npy", mmap_mode="r"),
                                    np.load(folder / "owner.npy"), np.load(folder / "is_window.npy"), len(self.passages),
                                    settings.refine)
            self.bm25 = BM25.load(folder / "bm25")
        except (OSError, ValueError, RuntimeError) as exc:
            raise StaleIndex(f"incomplete index in {folder}: {exc}; rebuild it") from exc
        with Store(self.data_dir, create=False) as store:
            self.documents: dict[str, Document] = {d.id: d for d in store.documents()}
            self.tags: dict[str, list[Tag]] = {}
            for doc_id, tag in store.tags():
                self.tags.setdefault(doc_id, []).append(tag)
        self.encoder = encoder or load_encoder(self.manifest.model)

    def passage_tags(self, i: int) -> tuple[Tag, ...]:
        """The tags whose span overlaps passage i (tags at a footnote passage's anchor do not)."""
        p = self.passages[i]
        return tuple(t for t in self.tags.get(p.doc_id, ()) if t.start < p.end and t.end > p.start)

    def _doc_arrays(self) -> tuple[list[Document | None], np.ndarray]:
        if not hasattr(self, "_doc_list"):
            ids = list(dict.fromkeys(p.doc_id for p in self.passages))
            position = {d: i for i, d in enumerate(ids)}
            self._doc_list = [self.documents.get(d) for d in ids]
            self._doc_of = np.array([position[p.doc_id] for p in self.passages], dtype=np.int64)
        return self._doc_list, self._doc_of

    def _tag_keys(self) -> list[frozenset[tuple[TagKind, Status | None]]]:
        """Per passage, the (kind, status) pairs of the tags it overlaps; computed once."""
        if not hasattr(self, "_tag_key_list"):
            self._tag_key_list = [frozenset((t.kind, t.status) for t in self.passage_tags(i))
                                  for i in range(len(self.passages))]
        return self._tag_key_list

    def _allowed(self, doc_type, date_from, date_to, tag_kind, status, doc_name) -> np.ndarray | None:
        """Which passages pass the filters, or None when there are no filters."""
        if not any((doc_type, date_from, date_to, tag_kind, status, doc_name)):
            return None
        docs, doc_of = self._doc_arrays()
        types = {doc_type} if isinstance(doc_type, str) else set(doc_type or ())
        doc_ok = np.array([d is not None and (not types or d.doc_type in types) and (not doc_name or d.name == doc_name)
                           and (not date_from or (d.date is not None and d.date >= str(date_from)))
                           and (not date_to or (d.date is not None and d.date <= str(date_to))) for d in docs],
                          dtype=bool)
        mask = doc_ok[doc_of] if len(docs) else np.zeros(len(self.passages), dtype=bool)
        if tag_kind or status:
            keys = self._tag_keys()
            for i in np.flatnonzero(mask):
                mask[i] = any((not tag_kind or kind == tag_kind) and (not status or st == status) for kind, st in keys[i])
        return mask

    def search(self, query: str, k: int = 10, doc_type=None, date_from=None, date_to=None, tag_kind=None,
               status=None, doc_name=None) -> list[Hit]:
        """The k best passages for a query, best first."""
        if not self.passages or not query.strip():
            return []
        allowed = self._allowed(doc_type, date_from, date_to, tag_kind, status, doc_name)
        if allowed is not None and not allowed.any():
            return []
        fused = retrieve(query, self.encoder, self.dense, self.bm25, allowed)
        best = top_candidates(fused, k)
        score = dict(zip(fused.ids.tolist(), fused.scores.tolist()))
        return [Hit(self.passages[i], score[i], self.documents.get(self.passages[i].doc_id),
                    self.passage_tags(i)) for i in best.tolist()]


def load_index(data_dir: Path | str, encoder=None, settings: Settings | None = None) -> SearchIndex:
    """The index of a data folder, checked against the store it claims to index and against the
    settings (an index built with other settings is stale, never silently used)."""
    data_dir = Path(data_dir)
    settings = index_settings(settings, encoder=encoder)
    def checksum() -> str:
        with Store(data_dir, create=False) as store:
            return store.checksum()

    check = check_index(data_dir, settings, checksum)
    error = check.error()
    if error is not None:
        raise error
    return SearchIndex(data_dir, encoder=encoder, settings=settings, folder=check.folder, manifest=check.manifest)
