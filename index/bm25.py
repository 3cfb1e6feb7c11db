"""BM25 over Dutch-normalized tokens: lowercase, diacritics folded, hyphenated compounds joined
(`wiskunde-onderwijs` = `wiskundeonderwijs`), stop words out, Snowball Dutch stems."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import Stemmer

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
# what the manifest records of the tokenizer that built an index's BM25 postings
TOKENIZER = {"version": TOKENIZER_VERSION, "stemmer": "snowball dutch", "stopwords": len(STOPWORDS)}


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("dutch")


def fold(text: str) -> str:
    """Lowercase without diacritics: `geïnformeerd` -> `geinformeerd`."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Dutch search tokens of a text."""
    words = [t.replace("-", "").replace("‐", "") for t in TOKEN.findall(fold(text))]
    words = [w for w in words if w not in STOPWORDS and not (len(w) == 1 and not w.isdigit())]
    return _stemmer().stemWords(words)


class BM25:
    """An Okapi BM25 index over token lists; ``scores(query)`` gives one score per document.
    Postings are kept as one CSR-like array set, saved to and loaded from a single .npz file with the
    ``k1`` (term-frequency saturation) and ``b`` (length normalisation) it was built with."""

    def __init__(self, docs: list[list[str]] | None = None, k1: float = DEFAULTS.bm25_k1,
                 b: float = DEFAULTS.bm25_b):
        docs = docs or []
        self.k1, self.b = float(k1), float(b)
        rows: dict[str, tuple[list[int], list[int]]] = {}
        for i, d in enumerate(docs):
            for term, tf in Counter(d).items():
                ids, tfs = rows.setdefault(term, ([], []))
                ids.append(i)
                tfs.append(tf)
        terms = sorted(rows)
        lengths = [len(rows[t][0]) for t in terms]
        self._set(np.array([len(d) for d in docs], dtype=np.float32), terms,
                  np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
                  np.array([i for t in terms for i in rows[t][0]], dtype=np.int32),
                  np.array([f for t in terms for f in rows[t][1]], dtype=np.float32))

    def _set(self, doc_len: np.ndarray, terms: list[str], ptr: np.ndarray, ids: np.ndarray, tfs: np.ndarray) -> None:
        self.doc_len, self.terms, self.ptr, self.ids, self.tfs = doc_len, terms, ptr, ids, tfs
        self.avgdl = float(doc_len.mean()) if len(doc_len) else 0.0
        self.term_row = {t: i for i, t in enumerate(terms)}
        df = np.diff(ptr).astype(np.float64)
        n = len(doc_len)
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)

    def save(self, path: Path) -> None:
        with open(path, "wb") as fh:
            np.savez(fh, doc_len=self.doc_len, terms=np.array(self.terms, dtype=object).astype(str),
                     ptr=self.ptr, ids=self.ids, tfs=self.tfs, k1=self.k1, b=self.b)

    @classmethod
    def load(cls, path: Path) -> "BM25":
        with np.load(path, allow_pickle=False) as z:
            bm = cls.__new__(cls)
            bm.k1 = float(z["k1"]) if "k1" in z.files else DEFAULTS.bm25_k1
            bm.b = float(z["b"]) if "b" in z.files else DEFAULTS.bm25_b
            bm._set(z["doc_len"], z["terms"].tolist(), z["ptr"], z["ids"], z["tfs"])
        return bm

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """The BM25 score of every document for the query tokens (0 where no term matches)."""
        out = np.zeros(len(self.doc_len), dtype=np.float32)
        if not len(self.doc_len):
            return out
        for term in set(query_tokens):
            row = self.term_row.get(term)
            if row is None:
                continue
            ids = self.ids[self.ptr[row]:self.ptr[row + 1]]
            tf = self.tfs[self.ptr[row]:self.ptr[row + 1]]
            norm = self.k1 * (1 - self.b + self.b * self.doc_len[ids] / self.avgdl)
            out[ids] += self.idf[row] * tf * (self.k1 + 1) / (tf + norm)
        return out
