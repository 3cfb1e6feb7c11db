"""index: records to answers (passages, BM25, dense e5 vectors in FAISS, fusion, search) and the
typed rows the app's pages show (reports)."""
from .build import Manifest, build_index, build_with_progress, read_manifest
from .errors import MissingIndex, ModelError, SearchIndexError, StaleIndex
from .search import SearchIndex, load_index

__all__ = ["Manifest", "MissingIndex", "ModelError", "SearchIndex", "SearchIndexError", "StaleIndex", "build_index",
           "build_with_progress", "load_index", "read_manifest"]
