"""Embedding on a Dask cluster: an `Encoder` whose passages are embedded by the workers.

Each worker loads the model once (``load_encoder`` caches it per process) and embeds a chunk of texts;
the caller gathers the chunks in order and stays the one writer of the index. With this encoder,
``build_index`` runs unchanged: only where vectors are computed differs, not what they are.
"""
from __future__ import annotations

import numpy as np
from tqdm import tqdm

from index.encoder import load_encoder

CHUNK = 64  # texts per task: large enough to amortise a task's overhead, small enough to spread the work


def encode_chunk(model: str, texts: list[str], queries: bool) -> np.ndarray:
    """On a worker: the vectors of one chunk."""
    encoder = load_encoder(model)
    return encoder.encode_queries(texts) if queries else encoder.encode_passages(texts)


def model_dimension(model: str) -> int:
    return load_encoder(model).dimension


class ClusterEncoder:
    """The model ``model`` run on the workers of ``client`` (a `distributed.Client`)."""

    def __init__(self, client, model: str):
        self.client = client
        self.name = model
        self.dimension = int(client.submit(model_dimension, model, pure=False).result())

    def _encode(self, texts: list[str], queries: bool, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
        futures = [self.client.submit(encode_chunk, self.name, c, queries, pure=False) for c in chunks]
        parts = []
        with tqdm(total=len(texts), desc="embed (cluster)", unit="text", disable=not progress) as bar:
            for fut, chunk in zip(futures, chunks):
                parts.append(np.asarray(fut.result(), dtype=np.float32))
                bar.update(len(chunk))
        return np.vstack(parts)

    def encode_queries(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        return self._encode(list(texts), queries=True)

    def encode_passages(self, texts: list[str], batch_size: int = 16, progress: bool = False) -> np.ndarray:
        return self._encode(list(texts), queries=False, progress=progress)
