"""Search levers measured by `bench/search_cv.py` that widen BM25's vocabulary: Dutch compound
splitting and embedding-based term neighbours. Neither passed two-fold cross-validation (see the
table in `index/fusion.py`), so they live here, beside the benchmark, and not in the library."""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.dutch.vocabulary import dutch_vocabulary  # noqa: E402
from index.bm25 import STOPWORDS, TOKEN, _stemmer, fold, tokens  # noqa: E402

LINKS = ("", "s", "en", "e")  # Dutch linking morphemes between the parts of a compound


class CompoundSplitter:
    """Splits a Dutch compound into a head and a tail that are both words (`vreemdelingenbewaring` ->
    `vreemdelingen` + `bewaring`); the tokens of a text are the usual ones plus the parts' stems."""

    def __init__(self, extra: frozenset[str] = frozenset(), min_part: int = 4):
        self.words = dutch_vocabulary() | extra
        self.min_part = min_part
        self.split = lru_cache(maxsize=None)(self._split)

    def _split(self, word: str) -> tuple[str, ...]:
        if len(word) < 2 * self.min_part or not word.isalpha():
            return ()
        for i in range(self.min_part, len(word) - self.min_part + 1):
            head, tail = word[:i], word[i:]
            if tail in STOPWORDS or tail not in self.words:
                continue
            for link in LINKS:
                if head.endswith(link) and len(head) - len(link) >= self.min_part:
                    stem = head[: len(head) - len(link)] if link else head
                    if stem in self.words and stem not in STOPWORDS:
                        return stem, tail
        return ()

    def tokens(self, text: str) -> list[str]:
        words = [t.replace("-", "").replace("‐", "") for t in TOKEN.findall(fold(text))]
        parts = [p for w in words if w not in STOPWORDS for p in self.split(w)]
        return tokens(text) + _stemmer().stemWords(parts)


def corpus_words(texts: list[str], min_len: int = 4) -> list[str]:
    """The distinct folded words of the texts that BM25 would index, longer than min_len - 1."""
    seen: dict[str, None] = {}
    for text in texts:
        for w in re.findall(r"[^\W\d_]+", fold(text)):
            if len(w) >= min_len and w not in STOPWORDS:
                seen.setdefault(w, None)
    return list(seen)


class TermNeighbours:
    """Corpus words with their e5 vectors; a query word's nearest corpus words expand BM25's query."""

    def __init__(self, words: list[str], vectors: np.ndarray, encoder):
        self.words, self.vectors, self.encoder = words, vectors, encoder
        self.stems = _stemmer().stemWords(words)
        self._memo: dict[str, np.ndarray] = {}

    def _vectors(self, words: list[str]) -> np.ndarray:
        new = [w for w in words if w not in self._memo]
        if new:
            self._memo.update(zip(new, self.encoder.encode_queries(new)))
        return np.stack([self._memo[w] for w in words])

    @classmethod
    def build(cls, texts: list[str], encoder, cache: Path) -> "TermNeighbours":
        words = corpus_words(texts)
        if cache.exists():
            with np.load(cache, allow_pickle=False) as z:
                if z["words"].tolist() == words:
                    return cls(words, z["vectors"], encoder)
        vectors = encoder.encode_queries(words, batch_size=256)
        np.savez(cache, words=np.array(words).astype(str), vectors=vectors)
        return cls(words, vectors, encoder)

    def expand(self, query: str, n: int, floor: float) -> list[str]:
        """Stems of up to n nearest corpus words per query word (cosine >= floor), other stems only."""
        words = corpus_words([query])
        if not words:
            return []
        own = set(tokens(query))
        sims = self._vectors(words) @ self.vectors.T
        out: list[str] = []
        for row in sims:
            picked = 0
            for j in np.argsort(-row):
                if row[j] < floor or picked >= n:
                    break
                if self.stems[j] not in own and self.stems[j] not in out:
                    out.append(self.stems[j])
                    picked += 1
        return out
