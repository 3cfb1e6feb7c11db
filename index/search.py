"""Hybrid search over a built index: BM25 and dense rankings fused, with filters on document type,
date range, tag kind, commitment status and document."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np

from ingest import Document, Hit, Store, Tag

from .bm25 import tokens
from .build import FORMAT_VERSION, MissingIndex, StaleIndex, index_dir, read_manifest, read_passages
from .dense import load_faiss, top
from .fusion import fuse

CANDIDATES = 200   # dense candidates fetched before fusion and filtering


class SearchIndex:
    """A loaded index plus the store records search results show."""

    def __init__(self, data_dir: Path | str, encoder=None):
        from .model import load_encoder

        self.data_dir = Path(data_dir)
        folder = index_dir(self.data_dir)
        self.manifest = read_manifest(self.data_dir)
        self.passages = read_passages(folder)
        self.vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        self.faiss = load_faiss(folder / "faiss.index")
        with open(folder / "bm25.pkl", "rb") as fh:
            self.bm25 = pickle.load(fh)
        with Store(self.data_dir, create=False) as store:
            self.documents: dict[str, Document] = {d.id: d for d in store.documents()}
            self.tags: dict[str, list[Tag]] = {}
            for doc_id, tag in store.tags():
                self.tags.setdefault(doc_id, []).append(tag)
        self.encoder = encoder or load_encoder(self.manifest.model)

    def passage_tags(self, i: int) -> tuple[Tag, ...]:
        p = self.passages[i]
        return tuple(t for t in self.tags.get(p.doc_id, ()) if t.start < p.end and t.end > p.start)

    def _allowed(self, doc_type, date_from, date_to, tag_kind, status, doc_name) -> np.ndarray | None:
        if not any((doc_type, date_from, date_to, tag_kind, status, doc_name)):
            return None
        mask = np.ones(len(self.passages), dtype=bool)
        types = {doc_type} if isinstance(doc_type, str) else set(doc_type or ())
        for i, p in enumerate(self.passages):
            d = self.documents.get(p.doc_id)
            if d is None or (types and d.doc_type not in types) or (doc_name and d.name != doc_name):
                mask[i] = False
            elif (date_from or date_to) and (not d.date or (date_from and d.date < str(date_from))
                                              or (date_to and d.date > str(date_to))):
                mask[i] = False
            elif tag_kind or status:
                tags = self.passage_tags(i)
                mask[i] = any((not tag_kind or t.kind == tag_kind) and (not status or t.attrs.get("status") == status)
                              for t in tags)
        return mask

    def search(self, query: str, k: int = 10, doc_type=None, date_from=None, date_to=None, tag_kind=None,
               status=None, doc_name=None) -> list[Hit]:
        """The k best passages for a query, best first."""
        if not self.passages or not query.strip():
            return []
        q = self.encoder.encode_queries([query])[0]
        allowed = self._allowed(doc_type, date_from, date_to, tag_kind, status, doc_name)
        n = len(self.passages)
        dense = np.full(n, -1.0, dtype=np.float32)
        if allowed is None and self.faiss.ntotal > CANDIDATES:
            scores, ids = top(self.faiss, q, CANDIDATES)
            dense[ids] = scores
        else:
            dense = np.asarray(self.vectors @ q, dtype=np.float32)
        sparse = self.bm25.scores(tokens(query))
        fused = fuse(dense, sparse)
        if allowed is not None:
            fused = np.where(allowed, fused, -np.inf)
        best = np.argsort(-fused)[:k]
        return [Hit(self.passages[i], float(fused[i]), self.documents.get(self.passages[i].doc_id),
                    self.passage_tags(i)) for i in best if np.isfinite(fused[i])]


def load_index(data_dir: Path | str, encoder=None) -> SearchIndex:
    """The index of a data folder, checked against the store it claims to index."""
    data_dir = Path(data_dir)
    manifest = read_manifest(data_dir)
    if manifest is None:
        raise MissingIndex(f"no index in {index_dir(data_dir)}: run 'python -m index build --data {data_dir}'")
    if manifest.format != FORMAT_VERSION:
        raise StaleIndex(f"index format {manifest.format}, expected {FORMAT_VERSION}: rebuild it")
    with Store(data_dir, create=False) as store:
        if store.checksum() != manifest.store_checksum:
            raise StaleIndex("the store changed since the index was built: run 'python -m index build'")
    return SearchIndex(data_dir, encoder=encoder)
