"""Index: passages, Dutch BM25 tokens, fusion, manifest staleness, incremental builds, filters, CLI."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from ingest import Document, Page, ParsedDocument, Passage, Section, Store, Tag
from index import MissingIndex, StaleIndex, build_index, load_index
from index.bm25 import BM25, tokens
from index.build import read_passages
from index.fusion import fuse
from index.passages import MAX_WORDS, passages_of

ROOT = Path(__file__).resolve().parent.parent


class HashEncoder:
    """A deterministic stand-in for the e5 encoder: bag of hashed stems, normalised; counts its calls."""

    name = "test-hash"
    dimension = 64

    def __init__(self) -> None:
        self.passages_encoded = 0

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dimension, dtype=np.float32)
        for t in tokens(text):
            v[int(hashlib.md5(t.encode()).hexdigest(), 16) % self.dimension] += 1
        return v / (np.linalg.norm(v) or 1)

    def encode_queries(self, texts, batch_size=32):
        return np.array([self._vec(t) for t in texts], dtype=np.float32)

    def encode_passages(self, texts, batch_size=16, progress=False):
        self.passages_encoded += len(texts)
        return np.array([self._vec(t) for t in texts], dtype=np.float32).reshape(len(texts), self.dimension)


def doc(doc_id: str, name: str, text: str, doc_type: str = "kamerbrief", date: str = "2022-11-07",
        tags: tuple = ()) -> ParsedDocument:
    return ParsedDocument(Document(doc_id, name, f"Titel {name}", date, doc_type, "Tweede Kamer", None, None, 1),
                          (Page(1, text),), tags=tags)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    with Store(tmp_path) as store:
        store.put(doc("a" * 64, "opvang.txt", "De opvang van asielzoekers in gemeenten staat onder druk.\n\n"
                      "Het COA zoekt nieuwe locaties voor de opvang."))
        store.put(doc("b" * 64, "dublin.txt", "Dublinclaims leiden zelden tot een overdracht naar de verantwoordelijke lidstaat.",
                      doc_type="nota", date="2021-05-01",
                      tags=(Tag("commitment", "Dublinclaims", 1, 0, 12, {"status": "open"}),)))
    return tmp_path


def test_passages_respect_size_and_sections() -> None:
    para = " ".join(["Het kabinet informeert de Kamer over de voortgang."] * 12)
    pages = [Page(1, "\n\n".join([para] * 6)), Page(2, "1.2 Hervestiging\n\n" + para)]
    d = Document("x" * 64, "d.txt", "Dossier", None, "dossier", None, None, None, 2)
    ps = passages_of(d, pages, [Section("1.1", "Asiel", 1), Section("1.2", "Hervestiging", 2)])
    assert all(len(p.text.split()) <= MAX_WORDS for p in ps)
    assert {p.section for p in ps if p.page_start == 2} == {"1.2 Hervestiging"}
    assert all(p.page_start == p.page_end for p in ps)   # no passage runs across the section boundary
    body = "\n".join(p.text for p in pages)
    assert all(body[p.start:p.end].strip() == p.text for p in ps)


@pytest.mark.parametrize("text, expected", [
    ("wiskunde-onderwijs", ["wiskundeonderwijs"]),
    ("geïnformeerd", tokens("geinformeerd")),
    ("De asielzoekers en het asielzoekerscentrum", tokens("asielzoeker asielzoekerscentrum")),
])
def test_dutch_tokens(text: str, expected: list) -> None:
    assert tokens(text) == expected


def test_bm25_prefers_the_matching_passage() -> None:
    bm = BM25([tokens("opvang van asielzoekers"), tokens("Dublinclaims en overdrachten")])
    scores = bm.scores(tokens("overdracht Dublin claims"))
    assert scores[1] > scores[0] == 0


def test_fusion_rewards_agreement_and_ignores_absent_terms() -> None:
    dense = np.array([0.9, 0.1, 0.5])
    sparse = np.array([0.0, 5.0, 1.0])
    fused = fuse(dense, sparse, dense_weight=1.0, sparse_weight=0.3, k=10)
    assert list(np.argsort(-fused)) == [2, 1, 0]
    assert fused[0] == pytest.approx(1 / 11)   # no BM25 evidence: the dense part only


def test_missing_and_stale_index(data: Path) -> None:
    with pytest.raises(MissingIndex):
        load_index(data)
    build_index(data, encoder=HashEncoder(), progress=False)
    with Store(data) as store:
        store.put(doc("c" * 64, "nieuw.txt", "Een nieuwe brief over terugkeer."))
    with pytest.raises(StaleIndex):
        load_index(data, encoder=HashEncoder())


def test_incremental_build_embeds_only_new_documents(data: Path) -> None:
    enc = HashEncoder()
    first = build_index(data, encoder=enc, progress=False)
    assert (first.passages, enc.passages_encoded) == (2, 2)
    with Store(data) as store:
        store.put(doc("c" * 64, "terugkeer.txt", "Een nieuwe brief over terugkeer van vreemdelingen."))
    second = build_index(data, encoder=enc, progress=False)
    assert (second.passages, second.embedded_now, enc.passages_encoded) == (3, 1, 3)
    again = build_index(data, encoder=enc, progress=False)
    assert (again.passages, enc.passages_encoded) == (3, 3)
    manifest = json.loads((data / "index" / "manifest.json").read_text())
    assert (manifest["model"], manifest["dimension"], manifest["passages"]) == ("test-hash", 64, 3)


def test_search_and_filters(data: Path) -> None:
    build_index(data, encoder=HashEncoder(), progress=False)
    idx = load_index(data, encoder=HashEncoder())
    hits = idx.search("overdracht Dublinclaims", k=2)
    assert hits[0].passage.doc_name == "dublin.txt" and hits[0].document.doc_type == "nota"
    assert [h.passage.doc_name for h in idx.search("opvang", k=5, doc_type="nota")] == ["dublin.txt"]
    assert {h.passage.doc_name for h in idx.search("opvang", k=5, date_from="2022-01-01")} == {"opvang.txt"}
    hits = idx.search("opvang", k=5, tag_kind="commitment", status="open")
    assert [h.passage.doc_name for h in hits] == ["dublin.txt"] and hits[0].tags[0].attrs["status"] == "open"


def test_passage_round_trip(data: Path) -> None:
    build_index(data, encoder=HashEncoder(), progress=False)
    ps = read_passages(data / "index")
    assert all(isinstance(p, Passage) for p in ps)
    assert Passage(**json.loads(json.dumps(asdict(ps[0])))) == ps[0]
