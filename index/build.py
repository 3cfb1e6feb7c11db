"""Building and loading the index folder `<data>/index/`: passages, vectors, FAISS, BM25 and a
manifest that says what built it. Incremental by document id; written to a temporary folder and
swapped in by rename, so a crash never leaves a half-written index."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import pickle
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import numpy as np

from ingest import Passage, Store

from .bm25 import BM25, tokens
from .dense import build_faiss, save_faiss
from .passages import MAX_WORDS, MIN_WORDS, TARGET_WORDS, embedding_text, passages_of

log = logging.getLogger(__name__)

INDEX_DIR = "index"
FORMAT_VERSION = 1
# the chunking settings are part of what built an index: other settings mean other passages
CHUNKING = {"target_words": TARGET_WORDS, "max_words": MAX_WORDS, "min_words": MIN_WORDS}


class SearchIndexError(Exception):
    """Base of the index's own errors."""


class MissingIndex(SearchIndexError):
    """No index has been built for this data folder."""


class StaleIndex(SearchIndexError):
    """The index was built from another state of the store, or with another format."""


@dataclass
class Manifest:
    model: str
    dimension: int
    passages: int
    documents: dict[str, int]          # doc id -> number of passages
    store_checksum: str
    created: str
    format: int = FORMAT_VERSION
    embedded_now: int = 0               # passages embedded by the build that wrote this manifest
    chunking: dict = field(default_factory=lambda: dict(CHUNKING))


def index_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / INDEX_DIR


def read_manifest(data_dir: Path | str) -> Manifest | None:
    path = index_dir(data_dir) / "manifest.json"
    if not path.exists():
        return None
    raw = json.loads(path.read_text())
    raw.setdefault("chunking", {})  # an index from before chunking was recorded: never compatible
    known = {f.name for f in fields(Manifest)} - {"embedded_now"}
    return Manifest(**{k: v for k, v in raw.items() if k in known})


def read_passages(folder: Path) -> list[Passage]:
    with open(folder / "passages.jsonl", encoding="utf-8") as fh:
        return [Passage(**json.loads(line)) for line in fh]


def build_index(data_dir: Path | str, model: str | None = None, progress: bool = True, encoder=None) -> Manifest:
    """Build `<data>/index/` or bring it up to date with the store; only new documents are embedded."""
    from .model import DEFAULT_MODEL, load_encoder

    data_dir = Path(data_dir)
    with Store(data_dir, create=False) as store:
        documents = store.documents()
        checksum = store.checksum()
        old = read_manifest(data_dir)
        model_name = model or (old.model if old else DEFAULT_MODEL)
        compatible = old and old.model == model_name and old.format == FORMAT_VERSION and old.chunking == CHUNKING
        if compatible and old.store_checksum == checksum:
            log.info("index is up to date (%d passages)", old.passages)
            return old
        reuse: dict[str, tuple[list[Passage], np.ndarray]] = {}
        if compatible:
            reuse = _old_vectors(index_dir(data_dir))
        passages: list[Passage] = []
        vectors: list[np.ndarray] = []
        todo: list[Passage] = []
        per_doc: dict[str, int] = {}
        for d in documents:
            if d.id in reuse:
                ps, vs = reuse[d.id]
            else:
                ps, vs = passages_of(d, store.pages(d.id), store.sections(d.id)), None
                todo.extend(ps)
            passages.extend(ps)
            per_doc[d.id] = len(ps)
            if vs is not None:
                vectors.append(vs)
    enc = encoder or load_encoder(model_name)
    fresh = enc.encode_passages([embedding_text(p) for p in todo], progress=progress) if todo else \
        np.zeros((0, enc.dimension), dtype=np.float32)
    # put vectors in passage order: reused ones per document, fresh ones in the order of `todo`
    by_doc_fresh: dict[str, list[int]] = {}
    for i, p in enumerate(todo):
        by_doc_fresh.setdefault(p.doc_id, []).append(i)
    ordered = []
    for d_id in per_doc:
        if d_id in reuse:
            ordered.append(reuse[d_id][1])
        elif by_doc_fresh.get(d_id):
            ordered.append(fresh[by_doc_fresh[d_id]])
    matrix = np.vstack(ordered).astype(np.float32) if ordered else np.zeros((0, enc.dimension), np.float32)
    manifest = Manifest(model=enc.name, dimension=enc.dimension, passages=len(passages), documents=per_doc,
                        store_checksum=checksum, created=dt.datetime.now().isoformat(timespec="seconds"),
                        embedded_now=len(todo))
    _write(data_dir, passages, matrix, manifest)
    log.info("index: %d passages (%d embedded now)", len(passages), len(todo))
    return manifest


def _old_vectors(folder: Path) -> dict[str, tuple[list[Passage], np.ndarray]]:
    try:
        passages = read_passages(folder)
        vectors = np.load(folder / "vectors.npy")
    except (OSError, ValueError):
        return {}
    if len(passages) != len(vectors):
        return {}
    out: dict[str, tuple[list[Passage], list[int]]] = {}
    for i, p in enumerate(passages):
        out.setdefault(p.doc_id, ([], []))
        out[p.doc_id][0].append(p)
        out[p.doc_id][1].append(i)
    return {d: (ps, vectors[idx]) for d, (ps, idx) in out.items()}


def _write(data_dir: Path, passages: list[Passage], vectors: np.ndarray, manifest: Manifest) -> None:
    target = index_dir(data_dir)
    tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=data_dir))
    try:
        with open(tmp / "passages.jsonl", "w", encoding="utf-8") as fh:
            for p in passages:
                fh.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
        np.save(tmp / "vectors.npy", vectors)
        save_faiss(build_faiss(vectors), tmp / "faiss.index")
        with open(tmp / "bm25.pkl", "wb") as fh:
            pickle.dump(BM25([tokens(f"{p.title or ''} {p.section or ''} {p.text}") for p in passages]), fh)
        (tmp / "manifest.json").write_text(json.dumps(asdict(manifest), indent=1))
        old = None
        if target.exists():
            old = data_dir / f".index-old-{os.getpid()}"
            os.replace(target, old)
        os.replace(tmp, target)
        if old:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
