"""The distributed path (Dask): a local cluster of 2 workers gives the same store and the same index as
the single-machine run, through the real command lines."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
FILES = ["corpus/kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt",
         "corpus/nota-verzending-brief-actuele-situatie-migratieketen.txt",
         "corpus/pdf/motie-negatieve-spaarrente.pdf"]
QUERIES = ["incidenten in de vreemdelingenketen", "wanneer wordt de Kamer geïnformeerd over de migratieketen",
           "negatieve spaarrente"]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MIGRATIEZOEKER_WORKERS": "2"}
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=900)


def build(data: Path, *cluster: str) -> dict:
    for step in (("ingest", *FILES, "--quiet"), ("index", "build", "--quiet")):
        done = run(*step, "--data", str(data), *cluster)
        assert done.returncode == 0, done.stderr
    export = run("ingest", "export", "--data", str(data)).stdout.splitlines()
    queries = data / "queries.jsonl"
    queries.write_text("".join(json.dumps({"query": q}) + "\n" for q in QUERIES))
    hits = run("index", "search", "--batch", str(queries), "--k", "5", "--data", str(data)).stdout.splitlines()
    passages = (data / "index" / "passages.jsonl").read_text().splitlines()
    return {"export": export, "passages": passages, "hits": [json.loads(h) for h in hits]}


@pytest.fixture(scope="module")
def single(tmp_path_factory) -> dict:
    return build(tmp_path_factory.mktemp("single"))


@pytest.fixture(scope="module")
def distributed_run(tmp_path_factory) -> dict:
    return build(tmp_path_factory.mktemp("cluster"), "--cluster", "local")


def test_distributed_ingest_stores_the_same_records(single, distributed_run):
    assert distributed_run["export"] == single["export"] and len(single["export"]) > 20


def test_distributed_build_gives_the_same_passages_and_top_hits(single, distributed_run):
    assert distributed_run["passages"] == single["passages"]
    top = [[(r["doc"], r["page"]) for r in q["results"]] for q in single["hits"]]
    assert [[(r["doc"], r["page"]) for r in q["results"]] for q in distributed_run["hits"]] == top
    def scores(run: dict) -> list[float]:
        return [r["score"] for q in run["hits"] for r in q["results"]]

    assert scores(distributed_run) == pytest.approx(scores(single), abs=1e-4)
