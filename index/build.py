"""Building `<data>/index/`: passages, vectors, FAISS, BM25 and a manifest that says what built it.

Incremental: every embedded text (passage or sentence window) is keyed by its sha1, and a rebuild
embeds only the texts the previous index of the same model does not hold, so new documents are
embedded and old ones are not; a removed or changed document's passages simply go. Another model
means everything is embedded anew. Written to a temporary folder that becomes a generation folder
(`.index-gen-N`); `<data>/index` is a symbolic link to the current generation, replaced by rename in one
atomic step, so a crash never leaves a half-written index and a reader resolves the old index or the new
one, never a mix or nothing.

The manifest records what shaped the index: the settings that shape saved output
(``Settings.recorded()``: model, BM25 and HNSW parameters), the tokenizer and the chunking. An index
whose record differs from the current settings is stale: rebuilt, never silently used."""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np

from ingest import Store
from ingest.settings import Settings

from .bm25 import BM25, TOKENIZER, tokens
from .dense import ROW_CHUNK, build_faiss, new_rows, row_chunks, save_faiss
from .encoder import Encoder, load_encoder
from .errors import MissingIndex, SearchIndexError, StaleIndex
from .passages import (CHUNKER_VERSION, EMBED_CONTEXT, MAX_WORDS, MIN_WORDS, OVERLAP_WORDS, TARGET_WORDS, Passage,
                       WINDOW_SENTENCES, WINDOW_STRIDE, embedding_text, passages_of, search_text, windows)

log = logging.getLogger(__name__)

INDEX_DIR = "index"
LOCK_FILE = ".index.lock"
FORMAT_VERSION = 3  # 3: BM25 as memory-mapped .npy files in bm25/ (was bm25.npz)
EMBED_CHUNK = 8192  # texts embedded and written to the vector file at a time
# the chunking settings are part of what built an index: other settings mean other passages
CHUNKING = {"version": CHUNKER_VERSION, "target_words": TARGET_WORDS, "max_words": MAX_WORDS,
            "min_words": MIN_WORDS, "overlap_words": OVERLAP_WORDS,
            "window_sentences": WINDOW_SENTENCES, "window_stride": WINDOW_STRIDE, "embed_context": EMBED_CONTEXT}
FILES = ("passages.jsonl", "vectors.npy", "owner.npy", "is_window.npy", "keys.npy", "faiss.index", "bm25",
         "manifest.json")


@dataclass
class Manifest:
    model: str
    dimension: int
    passages: int
    documents: dict[str, int]          # doc id -> number of passages
    store_checksum: str
    created: str
    format: int = FORMAT_VERSION
    vectors: int = 0                    # passage and window vectors
    embedded_now: int = 0               # texts embedded by the build that wrote this manifest
    chunking: dict = field(default_factory=lambda: dict(CHUNKING))
    tokenizer: dict = field(default_factory=lambda: dict(TOKENIZER))
    settings: dict[str, Any] = field(default_factory=dict)  # Settings.recorded() of the build


@dataclass
class Rows:
    """The vector rows of an index: which passage each belongs to, whether it is a window, and the
    sha1 of the embedded text."""

    texts: list[str]
    owner: np.ndarray
    is_window: np.ndarray
    keys: np.ndarray


def index_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / INDEX_DIR


def current_index(data_dir: Path | str) -> Path:
    """The folder of the data folder's index as it is now: a reader resolves it once and reads every
    file from it, so a build swapping a new index in meanwhile never mixes two indexes."""
    return index_dir(data_dir).resolve()


def read_manifest(data_dir: Path | str, folder: Path | None = None) -> Manifest | None:
    """The manifest of a data folder's index (or of the index in `folder`), or None when there is none
    (or it is unreadable)."""
    path = (folder or index_dir(data_dir)) / "manifest.json"
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text())
        for key in ("chunking", "tokenizer", "settings"):
            raw.setdefault(key, {})  # an index from before these were recorded: never compatible
        known = {f.name for f in fields(Manifest)} - {"embedded_now"}
        return Manifest(**{k: v for k, v in raw.items() if k in known})
    except (ValueError, TypeError) as exc:
        raise StaleIndex(f"unreadable index manifest {path}: {exc}; rebuild the index") from exc


def index_settings(settings: Settings | None = None, model: str | None = None,
                   encoder: Encoder | None = None) -> Settings:
    """The settings an index is built or read with: those given (else environment over defaults),
    with the model an explicit encoder or model argument names."""
    settings = settings or Settings.resolve()
    name = encoder.name if encoder is not None else model
    return replace(settings, model=name) if name else settings


def stale_reason(manifest: Manifest, settings: Settings) -> str | None:
    """Why an index with this manifest may not be used under these settings; None when it may."""
    if manifest.format != FORMAT_VERSION:
        return f"index format {manifest.format}, this indexer writes {FORMAT_VERSION}"
    if manifest.chunking != CHUNKING or manifest.tokenizer != TOKENIZER:
        return "built with another chunker or tokenizer"
    now, then = settings.recorded(), manifest.settings
    changed = sorted(k for k in set(now) | set(then) if now.get(k) != then.get(k))
    if changed:
        return "built with other settings: " + ", ".join(f"{k} {then.get(k)!r} (now {now.get(k)!r})" for k in changed)
    return None


def require_manifest(data_dir: Path | str, folder: Path | None = None) -> Manifest:
    """The manifest of a data folder's index (or of the index in `folder`); MissingIndex when there is none."""
    manifest = read_manifest(data_dir, folder)
    if manifest is None:
        raise MissingIndex(f"no index in {index_dir(data_dir)}: run 'python -m index build --data {data_dir}'")
    return manifest


class IndexState(Enum):
    """Whether a data folder's index can serve searches now, and if not, why."""

    CURRENT = "current"
    MISSING = "missing"                  # never built
    UNREADABLE = "unreadable"            # manifest damaged
    OTHER_SETTINGS = "other_settings"    # built with other settings, chunker, tokenizer or format
    STORE_CHANGED = "store_changed"      # documents added, changed or removed since the build


@dataclass(frozen=True)
class IndexCheck:
    """A data folder's index judged from its manifest, without loading it: the state, the reason in
    words (English, for errors and logs), the generation folder resolved and its manifest."""

    state: IndexState
    reason: str
    folder: Path
    manifest: Manifest | None = None

    def error(self) -> SearchIndexError | None:
        """The library error for an index that cannot be used; None when it is current."""
        if self.state is IndexState.CURRENT:
            return None
        return (MissingIndex if self.state is IndexState.MISSING else StaleIndex)(self.reason)


def check_index(data_dir: Path | str, settings: Settings, store_checksum: Callable[[], str]) -> IndexCheck:
    """Judge the data folder's index against the settings and the store's checksum (asked for only when the
    manifest is there and matches the settings), from its manifest."""
    folder = current_index(data_dir)
    rebuild = f"run 'python -m index build --data {data_dir}'"
    try:
        manifest = read_manifest(data_dir, folder)
    except StaleIndex as exc:
        return IndexCheck(IndexState.UNREADABLE, str(exc), folder)
    if manifest is None:
        return IndexCheck(IndexState.MISSING, f"no index in {index_dir(data_dir)}: {rebuild}", folder)
    reason = stale_reason(manifest, settings)
    if reason:
        return IndexCheck(IndexState.OTHER_SETTINGS, f"the index in {index_dir(data_dir)} cannot be used "
                          f"({reason}): {rebuild}", folder, manifest)
    if manifest.store_checksum != store_checksum():
        return IndexCheck(IndexState.STORE_CHANGED, f"the store changed since the index was built: {rebuild}",
                          folder, manifest)
    return IndexCheck(IndexState.CURRENT, "", folder, manifest)


def read_passages(folder: Path) -> list[Passage]:
    with open(folder / "passages.jsonl", encoding="utf-8") as fh:
        return [Passage(**json.loads(line)) for line in fh]


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def vector_rows(passages: list[Passage]) -> Rows:
    """One row per passage (its own text) followed by one per sentence window."""
    texts, owner, is_window = [], [], []
    for i, p in enumerate(passages):
        for j, t in enumerate([embedding_text(p)] + windows(p)):
            texts.append(t)
            owner.append(i)
            is_window.append(j > 0)
    return Rows(texts, np.array(owner, dtype=np.int64), np.array(is_window, dtype=bool),
                np.array([text_key(t) for t in texts], dtype="S40"))


def _passages(store: Store) -> tuple[list[Passage], dict[str, int]]:
    """Every document's passages, and how many each document has."""
    passages: list[Passage] = []
    per_doc: dict[str, int] = {}
    for d in store.documents():
        ps = passages_of(d, store.pages(d.id), store.sections(d.id), store.footnotes(d.id))
        passages.extend(ps)
        per_doc[d.id] = len(ps)
    return passages, per_doc


def build_index(data_dir: Path | str, model: str | None = None, progress: bool = True,
                encoder: Encoder | None = None, settings: Settings | None = None) -> Manifest:
    """Build `<data>/index/` or bring it up to date with the store and the settings; only texts not
    embedded before are embedded. ``encoder`` (an `index.encoder.Encoder`) overrides ``model``, which
    overrides ``settings.model``."""
    data_dir = Path(data_dir)
    with build_lock(data_dir):
        return _build(data_dir, index_settings(settings, model, encoder), progress, encoder)


@contextmanager
def build_lock(data_dir: Path) -> Iterator[None]:
    """One build at a time per data folder (an advisory lock on `<data>/.index.lock`, let go when the
    process ends, however it ends): a second build waits for the first and then finds the index up to
    date, instead of racing it to swap its own folder in."""
    if not data_dir.is_dir():      # no store either: the store says so, clearly
        yield
        return
    with open(data_dir / LOCK_FILE, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("another index build is running on %s: waiting for it to finish", data_dir)
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def _build(data_dir: Path, settings: Settings, progress: bool, encoder: Encoder | None) -> Manifest:
    old = read_manifest(data_dir)
    with Store(data_dir, create=False) as store:
        checksum = store.checksum()
        if (old and stale_reason(old, settings) is None and old.store_checksum == checksum
                and _complete(index_dir(data_dir))):
            log.info("index is up to date (%d passages)", old.passages)
            return old
        passages, per_doc = _passages(store)
    rows = vector_rows(passages)
    same_model = old is not None and old.model == settings.model
    sweep_leftovers(data_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".index-{os.getpid()}-", dir=data_dir))
    try:
        embedded, dimension = _embed(rows, index_dir(data_dir) if same_model else None, tmp / "vectors.npy",
                                     settings.model, encoder, progress, old.dimension if old and same_model else None)
        manifest = Manifest(model=settings.model, dimension=dimension, passages=len(passages), documents=per_doc,
                            store_checksum=checksum, created=dt.datetime.now().isoformat(timespec="seconds"),
                            vectors=len(rows.texts), embedded_now=embedded, settings=settings.recorded())
        _write(data_dir, tmp, passages, rows, manifest, settings)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("index: %d passages, %d vectors (%d embedded now)", len(passages), len(rows.texts), embedded)
    return manifest


LEFTOVER = re.compile(r"\.index-(?:old-|link-)?(\d+)(?:-\w+)?")
GENERATION = re.compile(r"\.index-gen-(\d+)")


def sweep_leftovers(data_dir: Path) -> None:
    """Remove the half-built or replaced index folders of builds whose process is gone (killed before its
    own clean-up ran); a live build's folders are left alone."""
    for folder in data_dir.glob(".index-*"):
        m = LEFTOVER.fullmatch(folder.name)
        if m and not _alive(int(m.group(1))):
            log.info("removing %s, left by a build that did not finish", folder.name)
            if folder.is_symlink() or not folder.is_dir():
                folder.unlink(missing_ok=True)
            else:
                shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _embed(rows: Rows, old: Path | None, out: Path, model_name: str, encoder: Encoder | None, progress: bool,
           known_dimension: int | None) -> tuple[int, int]:
    """Write the vector of every row to the `.npy` file `out`: copied from the index in folder `old`
    where it holds the row's text, else embedded; (texts embedded, dimension)."""
    found = _old_rows(old, rows.keys)
    missing = np.flatnonzero(found < 0)
    todo = len(np.unique(rows.keys[missing]))
    if encoder is None and (todo or known_dimension is None):
        encoder = load_encoder(model_name)
    dimension = encoder.dimension if encoder is not None else known_dimension
    assert dimension is not None
    new_rows(out, len(rows.texts), dimension)
    reused = np.flatnonzero(found >= 0)
    if old is not None and len(reused):
        for a, chunk in zip(range(0, len(reused), ROW_CHUNK), row_chunks(old / "vectors.npy", rows=found[reused])):
            _put(out, reused[a:a + len(chunk)], chunk)
    if todo and encoder is not None:
        _embed_missing(rows, missing, out, encoder, progress)
    return todo, dimension


def _embed_missing(rows: Rows, missing: np.ndarray, out: Path, encoder: Encoder, progress: bool) -> None:
    """Embed the distinct texts of the `missing` rows in order of first appearance, EMBED_CHUNK at a
    time, and write each vector to every row of its text."""
    first, inverse = np.unique(rows.keys[missing], return_index=True, return_inverse=True)[1:]
    order = np.argsort(first, kind="stable")          # distinct texts in order of first appearance
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    text_of = rank[inverse]                            # per missing row, its text's place in that order
    by_text = np.argsort(text_of, kind="stable")
    for a in range(0, len(order), EMBED_CHUNK):
        texts = [rows.texts[missing[first[j]]] for j in order[a:a + EMBED_CHUNK]]
        fresh = np.asarray(encoder.encode_passages(texts, progress=progress), dtype=np.float32)
        lo, hi = np.searchsorted(text_of[by_text], [a, a + EMBED_CHUNK])
        at = by_text[lo:hi]
        _put(out, missing[at], fresh[text_of[at] - a])


def _put(path: Path, rows: np.ndarray, values: np.ndarray) -> None:
    """Write rows of a saved `.npy` array through a memory map closed again at once (pages not held)."""
    stored = np.load(path, mmap_mode="r+")
    stored[rows] = values
    stored.flush()
    del stored


def _complete(folder: Path) -> bool:
    return all((folder / f).exists() for f in FILES)


def _old_rows(folder: Path | None, keys: np.ndarray) -> np.ndarray:
    """Per key, its row in the vectors of the index in `folder` (-1 where it has none, or cannot be read)."""
    none = np.full(len(keys), -1, dtype=np.int64)
    if folder is None:
        return none
    try:
        old = np.load(folder / "keys.npy")
        if len(old) != len(np.load(folder / "vectors.npy", mmap_mode="r")) or not len(old):
            return none
    except (OSError, ValueError):
        return none
    order = np.argsort(old, kind="stable")
    at = np.minimum(np.searchsorted(old, keys, sorter=order), len(old) - 1)
    return np.where(old[order[at]] == keys, order[at], -1)


def _write(data_dir: Path, tmp: Path, passages: list[Passage], rows: Rows, manifest: Manifest,
           settings: Settings) -> None:
    """Complete the index in `tmp` (its vectors written) and swap it in for the one in place."""
    with open(tmp / "passages.jsonl", "w", encoding="utf-8") as fh:
        for p in passages:
            fh.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
    np.save(tmp / "owner.npy", rows.owner)
    np.save(tmp / "is_window.npy", rows.is_window)
    np.save(tmp / "keys.npy", rows.keys)
    save_faiss(build_faiss(tmp / "vectors.npy", manifest.dimension, settings), tmp / "faiss.index")
    BM25((tokens(search_text(p)) for p in passages), settings.bm25_k1, settings.bm25_b).save(tmp / "bm25")
    (tmp / "manifest.json").write_text(json.dumps(asdict(manifest), indent=1))
    _swap_in(data_dir, tmp)


def _swap_in(data_dir: Path, tmp: Path) -> None:
    """Make the complete index in `tmp` the data folder's index: `tmp` becomes the next generation
    folder and a new link to it replaces `index` by rename. The generation it replaces is kept (a reader
    that resolved it just before the swap can finish loading); older ones, and generations a crashed
    build left unlinked, are removed."""
    target = index_dir(data_dir)
    previous = target.resolve() if target.is_symlink() else None
    numbers = [int(m.group(1)) for p in data_dir.iterdir() if (m := GENERATION.fullmatch(p.name))]
    folder = data_dir / f".index-gen-{max(numbers, default=0) + 1}"
    os.replace(tmp, folder)
    link = data_dir / f".index-link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(folder.name)
    legacy = None
    if target.is_dir() and not target.is_symlink():   # an index written before generations: moved aside once
        legacy = data_dir / f".index-old-{os.getpid()}"
        os.replace(target, legacy)
    os.replace(link, target)
    for old in [p for p in data_dir.iterdir() if GENERATION.fullmatch(p.name)] + [legacy]:
        if old is not None and old not in (folder, previous):
            shutil.rmtree(old, ignore_errors=True)


class ProgressEncoder:
    """Wraps an encoder so passage embedding reports (done, total) after every chunk."""

    def __init__(self, encoder: Encoder, report: Callable[[int, int], object], chunk: int = 32):
        self.inner, self.report, self.chunk = encoder, report, chunk
        self.name, self.dimension = encoder.name, encoder.dimension

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode_passages(self, texts: list[str], batch_size: int = 16, progress: bool = False) -> np.ndarray:
        texts = list(texts)
        self.report(0, len(texts))
        parts = []
        for i in range(0, len(texts), self.chunk):
            parts.append(self.inner.encode_passages(texts[i:i + self.chunk], batch_size))
            self.report(min(i + self.chunk, len(texts)), len(texts))
        return np.vstack(parts) if parts else self.inner.encode_passages([], batch_size)


def build_with_progress(data_dir: Path | str, report: Callable[[int, int], object],
                        settings: Settings | None = None) -> Manifest:
    """Build or bring up to date the index of a data folder with the settings' model, calling
    ``report(done, total)`` as passages are embedded."""
    settings = index_settings(settings)
    encoder = ProgressEncoder(load_encoder(settings.model), report)
    return build_index(data_dir, encoder=encoder, progress=False, settings=settings)
