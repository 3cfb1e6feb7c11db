"""spaCy's Dutch tokenizer and sentencizer, in plain Python, without spaCy.

Tagging needs only sentence boundaries: `spacy.blank("nl")` with a sentencizer, whose start-up (import
and 4,700 special cases) cost about 3 s of CPU in every ingest process. This module replays the same
algorithm (spacy/tokenizer.pyx: whitespace chunks, special cases, prefix/suffix/infix splitting, URL
match, the special-case matcher over the affix tokens; spacy/pipeline/sentencizer.pyx) on the same data:
the regular expressions, special cases and sentence punctuation of spaCy's Dutch defaults, frozen in
``spacy_nl.json`` by ``freeze()``. tests/test_speed_invariants.py checks that the frozen data is what the
installed spaCy builds, and that tokens and sentences are spaCy's, span for span.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

Token = tuple[int, str]   # (character offset, text)
CHUNK = re.compile(r"\s+|\S+").finditer


def is_punct(text: str) -> bool:
    """spaCy's IS_PUNCT lexical attribute (spacy/lang/lex_attrs.py)."""
    return all(unicodedata.category(c).startswith("P") for c in text)


class Tokenizer:
    """spaCy's Tokenizer (``__call__`` = ``_tokenize_affixes`` + ``_apply_special_cases``), tokens as (offset, text)."""

    def __init__(self, prefix: str, suffix: str, infix: str, url: str, specials: dict[str, tuple[str, ...]],
                 patterns: list[tuple[str, ...]] | None = None):
        self.prefix_search = re.compile(prefix).search
        self.suffix_search = re.compile(suffix).search
        self.infix_finditer = re.compile(infix).finditer
        self.url_match = re.compile(url).match
        self.specials = dict(specials)
        # the special cases, then every chunk tokenized so far (spaCy's cache: a chunk always splits alike)
        self._known: dict[str, tuple[str, ...]] = dict(specials)
        self._patterns: dict[str, list[tuple[str, ...]]] = {}   # special-case matcher: first token -> patterns
        if patterns is None:   # (frozen with the data: deriving them costs 0.2 s)
            for string in sorted(self.specials):
                self._add_pattern(string)
        for pattern in patterns or ():
            self._patterns.setdefault(pattern[0], []).append(pattern)

    def patterns(self) -> list[tuple[str, ...]]:
        """The special-case matcher's token sequences."""
        return [p for group in self._patterns.values() for p in group]

    def add_special_case(self, string: str, pieces: tuple[str, ...]) -> None:
        if "".join(pieces) != string:
            raise ValueError(f"special case {string!r}: pieces {pieces!r} do not spell it")
        self.specials[string] = pieces
        self._known = dict(self.specials)
        self._add_pattern(string)

    def _add_pattern(self, string: str) -> None:
        """As spaCy's add_special_case with faster_heuristics: a special case with an affix, an infix or a
        space is also matched over the tokens its string splits into without special cases."""
        if self.find_prefix(string) or self.find_infix(string) or self.find_suffix(string) or " " in string:
            pattern = tuple(text for _, text in self._tokenize_affixes(string, False))
            patterns = self._patterns.setdefault(pattern[0], [])
            if pattern not in patterns:
                patterns.append(pattern)

    def find_prefix(self, string: str) -> int:
        m = self.prefix_search(string)
        return m.end() - m.start() if m else 0

    def find_suffix(self, string: str) -> int:
        m = self.suffix_search(string)
        return m.end() - m.start() if m else 0

    def find_infix(self, string: str) -> list[re.Match[str]]:
        return list(self.infix_finditer(string))

    def __call__(self, string: str) -> list[Token]:
        return self._apply_special_cases(self._tokenize_affixes(string, True))

    def _tokenize_affixes(self, string: str, specials: bool) -> list[Token]:
        """Chunks between whitespace (a single space after a chunk belongs to it, other whitespace is a
        token of its own), each tokenized."""
        tokens: list[Token] = []
        known = self._known if specials else {}
        for m in CHUNK(string):
            start, chunk = m.start(), m.group()
            if chunk[0] == " " and tokens:   # the space after a token is its trailing space, no token
                start, chunk = start + 1, chunk[1:]
                if not chunk:
                    continue
            texts = known.get(chunk)
            if texts is None:
                texts = self._tokenize(chunk, specials)
                if specials:
                    known[chunk] = texts
            if len(texts) == 1:
                tokens.append((start, chunk))
                continue
            for text in texts:
                tokens.append((start, text))
                start += len(text)
        return tokens

    def _tokenize(self, string: str, specials: bool) -> tuple[str, ...]:
        prefixes: list[str] = []
        suffixes: list[str] = []
        core = self._split_affixes(string, prefixes, suffixes, specials)
        return (*prefixes, *self._attach(core, specials), *reversed(suffixes))

    def _split_affixes(self, string: str, prefixes: list[str], suffixes: list[str], specials: bool) -> str:
        """spaCy's Tokenizer._split_affixes, step for step."""
        last_size = -1
        special = self.specials if specials else {}
        while string and len(string) != last_size:
            if string in special:
                break
            last_size = len(string)
            pre_len = self.find_prefix(string)
            if pre_len and string[pre_len:] in special:
                prefixes.append(string[:pre_len])
                return string[pre_len:]
            suf_len = self.find_suffix(string[pre_len:])
            if suf_len and string[:-suf_len] in special:
                suffixes.append(string[-suf_len:])
                return string[:-suf_len]
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                prefixes.append(string[:pre_len])
                suffixes.append(string[-suf_len:])
                string = string[pre_len:-suf_len]
            elif pre_len:
                prefixes.append(string[:pre_len])
                string = string[pre_len:]
            elif suf_len:
                suffixes.append(string[-suf_len:])
                string = string[:-suf_len]
        return string

    def _attach(self, core: str, specials: bool) -> tuple[str, ...]:
        """spaCy's Tokenizer._attach_tokens for the core left between the affixes."""
        if not core:
            return ()
        if specials and core in self.specials:
            return self.specials[core]
        if specials and core in self._known:
            return self._known[core]
        if self.url_match(core):
            return (core,)
        out: list[str] = []
        start = 0
        for m in self.find_infix(core):
            if m.start() == 0:   # spaCy skips an infix at the very start of the core
                continue
            if m.start() != start:
                out.append(core[start:m.start()])
            if m.start() != m.end():
                out.append(m.group())
            start = m.end()
        if core[start:]:
            out.append(core[start:])
        return tuple(out)

    def _apply_special_cases(self, tokens: list[Token]) -> list[Token]:
        """spaCy's special-case matcher: every run of tokens spelling a pattern, the longest first (of equal
        length the leftmost), kept unless an end of it is taken; a kept run whose text is a special case
        becomes that special case's tokens."""
        runs = self._pattern_runs(tokens)
        if not runs:
            return tokens
        seen: set[int] = set()
        kept: dict[int, int] = {}
        for start, end in sorted(runs, key=lambda r: (r[0] - r[1], r[0])):
            if start not in seen and end - 1 not in seen:
                kept[start] = end
            seen.update(range(start, end))
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            if i not in kept:
                out.append(tokens[i])
                i += 1
                continue
            end = kept[i]
            pieces = self.specials.get(self._text(tokens, i, end))
            if pieces is None:
                out.extend(tokens[i:end])
            else:
                offset = tokens[i][0]
                for piece in pieces:
                    out.append((offset, piece))
                    offset += len(piece)
            i = end
        return out

    @staticmethod
    def _text(tokens: list[Token], start: int, end: int) -> str:
        last = tokens[end - 1]
        if end == start + 1:
            return last[1]
        parts = []
        for (offset, text), (nxt, _) in zip(tokens[start:end], tokens[start + 1:end]):
            parts.append(text + " " * (nxt - offset - len(text)))
        return "".join(parts) + last[1]

    def _pattern_runs(self, tokens: list[Token]) -> set[tuple[int, int]]:
        runs: set[tuple[int, int]] = set()
        texts = [text for _, text in tokens]
        for i, text in enumerate(texts):
            for pattern in self._patterns.get(text, ()):
                if tuple(texts[i:i + len(pattern)]) == pattern:
                    runs.add((i, i + len(pattern)))
        return runs


def sentence_spans(tokens: list[Token], punct_chars: frozenset[str]) -> list[tuple[int, int]]:
    """spaCy's Sentencizer, then ``doc.sents`` as (start_char, end_char): a sentence starts at the first
    token after sentence punctuation that is neither punctuation nor sentence punctuation."""
    if not tokens:
        return []
    starts = [0]
    seen_period = False
    for i, (_, text) in enumerate(tokens):
        in_punct_chars = text in punct_chars
        if seen_period and not in_punct_chars and not _is_punct(text):
            starts.append(i)
            seen_period = False
        elif in_punct_chars:
            seen_period = True
    ends = starts[1:] + [len(tokens)]
    return [(tokens[s][0], tokens[e - 1][0] + len(tokens[e - 1][1])) for s, e in zip(starts, ends)]


@lru_cache(maxsize=4096)
def _is_punct(text: str) -> bool:
    return is_punct(text)


DATA = Path(__file__).with_name("spacy_nl.json")


@lru_cache(maxsize=1)
def frozen() -> dict:
    """The frozen data: JSON, not a module (a module this size takes 0.2 s to compile where no bytecode is kept)."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def punct_chars() -> frozenset[str]:
    return frozenset(frozen()["punct_chars"])


def dutch_tokenizer() -> Tokenizer:
    """A new tokenizer as `spacy.blank("nl")` builds it, from the frozen data."""
    data = frozen()
    return Tokenizer(data["prefix"], data["suffix"], data["infix"], data["url"],
                     {k: tuple(v) for k, v in data["specials"].items()}, [tuple(p) for p in data["patterns"]])


def spacy_data() -> dict:
    """What ``spacy_nl.json`` holds, read from the installed spaCy's `spacy.blank("nl")` and sentencizer."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.pipeline import Sentencizer

    tokenizer: Any = spacy.blank("nl").tokenizer
    searches = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer, tokenizer.url_match)
    if any(f.__self__.flags != re.UNICODE for f in searches):   # the replay compiles them without flags
        raise ValueError("spaCy's tokenizer expressions have flags the frozen data does not record")
    return {"spacy_version": spacy.__version__,
            "prefix": tokenizer.prefix_search.__self__.pattern,
            "suffix": tokenizer.suffix_search.__self__.pattern,
            "infix": tokenizer.infix_finditer.__self__.pattern,
            "url": tokenizer.url_match.__self__.pattern,
            "specials": {k: [piece[ORTH] for piece in v] for k, v in sorted(tokenizer.rules.items())},
            "punct_chars": sorted(Sentencizer.default_punct_chars)}


def freeze() -> None:
    """Write ``spacy_nl.json`` from the installed spaCy, with the matcher patterns its special cases give."""
    data = spacy_data()
    data["patterns"] = derived_patterns(data)
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def derived_patterns(data: dict) -> list[tuple[str, ...]]:
    """The special-case matcher's patterns, derived afresh from the expressions and special cases."""
    specials = {k: tuple(v) for k, v in data["specials"].items()}
    return Tokenizer(data["prefix"], data["suffix"], data["infix"], data["url"], specials).patterns()
