"""BM25 over Dutch-normalized tokens: lowercase, diacritics folded, hyphenated compounds joined
(`wiskunde-onderwijs` = `wiskundeonderwijs`), stop words out, Snowball Dutch stems."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
import Stemmer

from ingest.dutch.folding import fold
from ingest.settings import Settings

DEFAULTS = Settings()
TOKENIZER_VERSION = 1  # bump when `tokens` changes: an index of other tokens is stale
STOPWORDS = frozenset("""
de het een en van in op te dat die is voor met aan er niet zijn om ook als bij of door over tot uit
naar dan wat nog wel maar worden wordt werd zal zou kan kunnen moet moeten heeft hebben had was waren
deze dit dat welke wie waar hoe u ik we wij je jij hij zij ze hun haar zich mij me ons onze uw
al meer geen zo nu reeds hier daar toe af heb hebt eens zelf iets alle andere
""".split())
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*")
ARRAYS = ("doc_len", "terms", "ptr", "ids", "tfs")  # the saved arrays, one .npy each
CHUNK_DOCS = 50_000  # documents whose postings are gathered as Python objects at a time while building
# what the manifest records of the tokenizer that built an index's BM25 postings
TOKENIZER = {"version": TOKENIZER_VERSION, "stemmer": "snowball dutch", "stopwords": len(STOPWORDS)}


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("dutch")


def tokens(text: str) -> list[str]:
    """Dutch search tokens of a text."""
    words = [t.replace("-", "").replace("‐", "") for t in TOKEN.findall(fold(text))]
    words = [w for w in words if w not in STOPWORDS and not (len(w) == 1 and not w.isdigit())]
    return _stemmer().stemWords(words)


class BM25:
    """An Okapi BM25 index over token lists; ``scores(query)`` gives one score per document.
    Postings are numpy arrays in CSR form: ``terms`` (sorted, looked up with ``np.searchsorted``),
    ``ptr`` (where each term's postings start), ``ids`` and ``tfs`` (document and term frequency).
    ``impacts`` holds each posting's share of its document's score, so a query sums slices (at a million
    passages a query's terms have hundreds of thousands of postings).
    Saved as one ``.npy`` per array in a folder with the ``k1`` (term-frequency saturation) and ``b``
    (length normalisation) it was built with; loaded memory-mapped, so RAM holds only what a query reads.
    Built from documents in chunks of ``CHUNK_DOCS``: no posting is ever a Python object."""

    def __init__(self, docs: Iterable[list[str]] = (), k1: float = DEFAULTS.bm25_k1, b: float = DEFAULTS.bm25_b):
        self.k1, self.b = float(k1), float(b)
        self._set(*_postings(iter(docs)))
        self.impacts: np.ndarray | None = self._impacts()

    def _set(self, doc_len: np.ndarray, terms: np.ndarray, ptr: np.ndarray, ids: np.ndarray, tfs: np.ndarray) -> None:
        self.doc_len, self.terms, self.ptr, self.ids, self.tfs = doc_len, terms, ptr, ids, tfs
        self.avgdl = float(doc_len.mean()) if len(doc_len) else 0.0
        df = np.diff(ptr).astype(np.float64)
        n = len(doc_len)
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        # per document, the length part of BM25's denominator (float32, as computed per posting before)
        self.len_norm = self.k1 * (1 - self.b + self.b * np.asarray(doc_len) / self.avgdl) if n else doc_len

    def _impacts(self) -> np.ndarray:
        """Per posting, what it adds to its document's score (as `scores` computed it per query before):
        a query then only sums its terms' impacts."""
        out = np.empty(len(self.ids), dtype=np.float32)
        for row in range(len(self.terms)):
            out[self.ptr[row]:self.ptr[row + 1]] = self._share(row)
        return out

    def _share(self, row: int) -> np.ndarray:
        """What each posting of a term's row adds to its document's score."""
        a, b = self.ptr[row], self.ptr[row + 1]
        tf = self.tfs[a:b]
        return self.idf[row] * tf * (self.k1 + 1) / (tf + self.len_norm[self.ids[a:b]])

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name in ARRAYS + ("impacts",):
            np.save(folder / f"{name}.npy", getattr(self, name))
        np.save(folder / "params.npy", np.array([self.k1, self.b], dtype=np.float64))

    @classmethod
    def load(cls, folder: Path) -> "BM25":
        bm = cls.__new__(cls)
        bm.k1, bm.b = (float(x) for x in np.load(folder / "params.npy"))
        bm._set(*(np.load(folder / f"{name}.npy", mmap_mode="r") for name in ARRAYS))
        # an index saved before impacts were: computed per query, to the same scores
        impacts = folder / "impacts.npy"
        bm.impacts = np.load(impacts, mmap_mode="r") if impacts.exists() else None
        return bm

    def row(self, term: str) -> int | None:
        """The row of a term in the postings, None when no document has it."""
        i = int(np.searchsorted(self.terms, term))
        return i if i < len(self.terms) and self.terms[i] == term else None

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """The BM25 score of every document for the query tokens (0 where no term matches)."""
        out = np.zeros(len(self.doc_len), dtype=np.float32)
        if not len(self.doc_len):
            return out
        for term in sorted(set(query_tokens)):   # one order of float32 sums, in every process
            row = self.row(term)
            if row is None:
                continue
            a, b = self.ptr[row], self.ptr[row + 1]
            share = self.impacts[a:b] if self.impacts is not None else self._share(row)
            np.add.at(out, self.ids[a:b], share)   # a term's documents are distinct: as `out[ids] += share`, faster
        return out


@dataclass
class _Chunk:
    """The postings of a run of documents, in document order: term id (first-seen order), document, tf."""

    term: np.ndarray
    doc: np.ndarray
    tf: np.ndarray


def _postings(docs: Iterator[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(doc_len, sorted terms, ptr, ids, tfs) of documents, read in chunks; each chunk's postings are
    placed by a counting sort, so the build holds the chunks' compact arrays and the result, nothing more."""
    vocab: dict[str, int] = {}
    chunks: list[_Chunk] = []
    lengths: list[np.ndarray] = []
    start = 0
    while batch := list(islice(docs, CHUNK_DOCS)):
        chunks.append(_chunk(batch, start, vocab))
        lengths.append(np.array([len(d) for d in batch], dtype=np.float32))
        start += len(batch)
    terms = np.array(list(vocab), dtype=str) if vocab else np.zeros(0, dtype="<U1")
    order = np.argsort(terms, kind="stable")
    df = np.zeros(len(terms), dtype=np.int64)
    for c in chunks:
        df += np.bincount(c.term, minlength=len(terms))
    ptr = np.concatenate([[0], np.cumsum(df[order])]).astype(np.int64)
    at = np.empty(len(terms), dtype=np.int64)   # per term id, where its next posting goes
    at[order] = ptr[:-1]
    ids, tfs = np.empty(int(ptr[-1]), dtype=np.int32), np.empty(int(ptr[-1]), dtype=np.float32)
    while chunks:
        c = chunks.pop(0)
        s = np.argsort(c.term, kind="stable")
        t = c.term[s]
        pos = at[t] + np.arange(len(t)) - np.searchsorted(t, t, side="left")
        ids[pos], tfs[pos] = c.doc[s], c.tf[s]
        at += np.bincount(c.term, minlength=len(terms))
    doc_len = np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.float32)
    return doc_len, terms[order], ptr, ids, tfs


def _chunk(batch: list[list[str]], start: int, vocab: dict[str, int]) -> _Chunk:
    term: list[int] = []
    doc: list[int] = []
    tf: list[int] = []
    for i, d in enumerate(batch, start):
        for t, n in Counter(d).items():
            term.append(vocab.setdefault(t, len(vocab)))
            doc.append(i)
            tf.append(n)
    return _Chunk(np.array(term, dtype=np.int32), np.array(doc, dtype=np.int32), np.array(tf, dtype=np.float32))
