"""BM25 over Dutch-normalized tokens: lowercase, diacritics folded, hyphenated compounds joined
(`wiskunde-onderwijs` = `wiskundeonderwijs`), stop words out, Snowball Dutch stems."""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import numpy as np
import Stemmer

K1 = 1.2
B = 0.75
STOPWORDS = frozenset("""
de het een en van in op te dat die is voor met aan er niet zijn om ook als bij of door over tot uit
naar dan wat nog wel maar worden wordt werd zal zou kan kunnen moet moeten heeft hebben had was waren
deze dit dat welke wie waar hoe u ik we wij je jij hij zij ze hun haar zich mij me ons onze uw
al meer geen zo nu reeds hier daar toe af heb hebt eens zelf iets alle andere
""".split())
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*")


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
    """An Okapi BM25 index over token lists; ``scores(query)`` gives one score per document."""

    def __init__(self, docs: list[list[str]]):
        self.doc_len = np.array([len(d) for d in docs], dtype=np.float32)
        self.avgdl = float(self.doc_len.mean()) if len(docs) else 0.0
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        rows: dict[str, tuple[list[int], list[int]]] = {}
        for i, d in enumerate(docs):
            for term, tf in Counter(d).items():
                ids, tfs = rows.setdefault(term, ([], []))
                ids.append(i)
                tfs.append(tf)
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(ids) + 0.5) / (len(ids) + 0.5)) for t, (ids, _) in rows.items()}
        self.postings = {t: (np.array(ids, dtype=np.int32), np.array(tfs, dtype=np.float32))
                         for t, (ids, tfs) in rows.items()}

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        out = np.zeros(len(self.doc_len), dtype=np.float32)
        if not len(self.doc_len):
            return out
        for term in set(query_tokens):
            if term not in self.postings:
                continue
            ids, tf = self.postings[term]
            norm = K1 * (1 - B + B * self.doc_len[ids] / self.avgdl)
            out[ids] += self.idf[term] * tf * (K1 + 1) / (tf + norm)
        return out
