"""index: records to answers (passages, BM25, dense e5 vectors in FAISS, fusion, search)."""
from .build import Manifest, MissingIndex, SearchIndexError, StaleIndex, build_index, read_manifest
from .search import SearchIndex, load_index

__all__ = ["Manifest", "MissingIndex", "SearchIndex", "SearchIndexError", "StaleIndex", "build_index",
           "load_index", "read_manifest"]
