"""Search levers measured by `bench/search_cv.py` that widen what a passage or query is matched by:
Dutch compound splitting, embedding-based term neighbours, acronyms glossed with the corpus's own
definitions, and the e5 model adapted to the corpus. None passed two-fold cross-validation (see the
table in `index/fusion.py`), so they live here, beside the benchmark, and not in the library."""
from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.dutch.vocabulary import dutch_vocabulary  # noqa: E402
from index.bm25 import STOPWORDS, TOKEN, _stemmer, fold, tokens  # noqa: E402
from index.passages import Passage, sentences  # noqa: E402

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


# -- acronyms ----------------------------------------------------------------------------------
# Letters name bodies and instruments by acronyms (`MPP-cijfers`, `het WODC`) defined once, often in
# another document (`Meerjaren Productie Prognose (MPP)`); a question names them in words.

ACRONYM_DEFINITION = re.compile(r"([^()\n.;:!?]{2,200})\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)")
ACRONYM_USE = re.compile(r"(?<![\w&])[A-Z][A-Za-z0-9&]{1,9}(?![\w&])")
WORD_END = re.compile(r"[^\w&\-‐]|$")
LONG_FORM_WORDS = 5     # a long form has at most the acronym's letters plus this many words
FUNCTION_WORDS = frozenset("de het een en van voor in op der des of and the for to".split())


def acronym_definitions(text: str) -> list[tuple[str, str]]:
    """(acronym, long form) of every `Long Form (ACRONYM)` in a text: the shortest run of words
    before the bracket whose content words each start with one of the acronym's letters, those
    letters in order, the first starting the run (`Wetenschappelijk Onderzoek- en Documentatiecentrum
    (WODC)`)."""
    out = []
    for m in ACRONYM_DEFINITION.finditer(" ".join(text.split())):
        short = m.group(2)
        if sum(c.isupper() for c in short) < 2:
            continue
        words = m.group(1).split()
        for n in range(1, min(len(words), len(short) + LONG_FORM_WORDS) + 1):
            if _spells(short, words[-n:]):
                out.append((short, " ".join(words[-n:])))
                break
    return out


def _spells(short: str, words: list[str]) -> bool:
    """Whether the acronym's letters occur in order in the words, the first at the first word's start,
    and every content word's first letter among them."""
    if words[0].lower() in FUNCTION_WORDS or not words[0][0].isupper():
        return False
    text = " ".join(words).lower()
    starts, at = set(), 0
    for w in words:
        if w.lower() not in FUNCTION_WORDS:
            starts.add(at)
        at += len(w) + 1
    return text[0] == short[0].lower() and _match(short.lower(), 1, text, 1, starts - {0})


def _match(short: str, si: int, text: str, ti: int, starts: set[int]) -> bool:
    """Whether short[si:] matches letters of text[ti:] in order, using every position in `starts`."""
    if si == len(short):
        return not any(s >= ti for s in starts)
    for j in range(ti, len(text)):
        if text[j] == short[si] and _match(short, si + 1, text, j + 1, starts):
            return True
        if j in starts:
            return False
    return False


def acronym_glossary(texts: Iterable[str]) -> dict[str, str]:
    """Acronym -> long form over a collection: the long form defined most often (first on a tie)."""
    counts: dict[str, dict[str, int]] = {}
    for text in texts:
        for short, long in acronym_definitions(text):
            forms = counts.setdefault(short, {})
            forms[long] = forms.get(long, 0) + 1
    return {short: max(forms, key=lambda f: forms[f]) for short, forms in sorted(counts.items())}


def glossed(text: str, glossary: dict[str, str]) -> str:
    """The text with the long form of each acronym it uses but does not spell out, in brackets after
    the word of its first use: `de MPP-cijfers` -> `de MPP-cijfers (Meerjaren Productie Prognose)`."""
    folded = " ".join(text.split()).lower()
    parts, done, pos = [], set(), 0
    for m in ACRONYM_USE.finditer(text):
        long = glossary.get(m.group(0))
        if not long or long in done or long.lower() in folded:
            continue
        done.add(long)
        end = WORD_END.search(text, m.end()).start()
        parts += [text[pos:end], f" ({long})"]
        pos = end
    return "".join(parts) + text[pos:]


# -- domain adaptation of e5 ---------------------------------------------------------------------
# Self-supervised: pairs a collection makes of itself (a sentence and the sentences around it, a
# section heading and its text, a document title and its first passage) fine-tune the fp32 model with
# in-batch negatives (multiple-negatives ranking loss), one epoch, short sequences, the word
# embeddings and lower layers frozen. Torch and sentence-transformers are imported by the caller.

CONTEXT_SENTENCES = 2   # sentences on each side of a sentence that form its positive
MIN_SENTENCE_WORDS = 6  # shorter sentences (list stubs, headings) make no pair
SENTENCES_PER_PASSAGE = 1
MAX_QUERY_TOKENS = 48
MAX_PASSAGE_TOKENS = 96
FROZEN_LAYERS = 6       # the lower encoder layers (and the word embeddings) stay as they are
SCALE = 20.0            # similarity scale of the ranking loss (sentence-transformers' default)


@dataclass(frozen=True)
class Pair:
    query: str
    passage: str


def pairs(passages: Sequence[Passage], seed: int = 0) -> list[Pair]:
    """Training pairs of a collection: for SENTENCES_PER_PASSAGE sentences of each passage, the
    sentence and its neighbours without it (inverse cloze); each section heading and the passages
    under it; each document title and its first passage. Shuffled with a fixed seed."""
    rng = random.Random(seed)
    out: list[Pair] = []
    first: dict[str, Passage] = {}
    for p in passages:
        first.setdefault(p.doc_id, p)
        if p.section:
            out.append(Pair(p.section, p.text))
        out.extend(_cloze(sentences(p.text), rng))
    out.extend(Pair(p.title, p.text) for p in first.values() if p.title)
    rng.shuffle(out)
    return out


def _cloze(parts: list[str], rng: random.Random) -> list[Pair]:
    picks = [i for i, s in enumerate(parts) if len(s.split()) >= MIN_SENTENCE_WORDS]
    out = []
    for i in rng.sample(picks, min(SENTENCES_PER_PASSAGE, len(picks))):
        context = parts[max(0, i - CONTEXT_SENTENCES):i] + parts[i + 1:i + 1 + CONTEXT_SENTENCES]
        if context:
            out.append(Pair(parts[i], " ".join(context)))
    return out


def adapt(model, training: Sequence[Pair], batch_size: int = 32, lr: float = 2e-5, progress: bool = False):
    """Fine-tune a SentenceTransformer (e5: `query: ` / `passage: ` prefixes) in place on the pairs,
    one epoch; returns it in eval mode."""
    import torch
    from tqdm import tqdm

    transformer, max_seq_length = model[0].auto_model, model.max_seq_length
    transformer.get_input_embeddings().weight.requires_grad_(False)
    for layer in transformer.encoder.layer[:FROZEN_LAYERS]:
        layer.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr)
    steps = max(1, len(training) // batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / max(1, steps // 10)))
    model.train()
    for step in tqdm(range(steps), desc="adapting", unit="batch", disable=not progress):
        batch = training[step * batch_size:(step + 1) * batch_size]
        q = _embed(model, ["query: " + b.query for b in batch], MAX_QUERY_TOKENS)
        d = _embed(model, ["passage: " + b.passage for b in batch], MAX_PASSAGE_TOKENS)
        loss = torch.nn.functional.cross_entropy(SCALE * q @ d.T, torch.arange(len(batch)))
        loss.backward()
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
    model.eval()
    model.max_seq_length = max_seq_length
    return model


def _embed(model, texts: list[str], max_tokens: int):
    import torch

    model.max_seq_length = max_tokens
    features = model.tokenize(texts)
    return torch.nn.functional.normalize(model(features)["sentence_embedding"], dim=-1)
