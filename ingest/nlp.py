"""The shared Dutch spaCy pipeline: `spacy.blank("nl")`, the lookup lemmatizer from
spacy-lookups-data, a sentencizer, and tokenizer exceptions for the abbreviations of Dutch
parliamentary writing, so `c.s.`, `d.d.` or `Mw.` never end a sentence."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.attrs import ORTH

ABBREVIATIONS = ("c.s.", "d.d.", "Mw.", "mw.", "Dhr.", "dhr.", "nr.", "Nr.", "nrs.", "o.a.", "i.v.m.", "t.a.v.",
                 "n.a.v.", "m.b.t.", "jl.", "a.s.", "e.d.", "e.a.", "bijv.", "m.n.", "z.s.m.", "t.b.v.", "i.p.v.",
                 "v/h", "resp.", "art.", "lid.", "zgn.", "incl.", "excl.", "ca.", "mln.", "mld.", "blz.", "p.")
PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=1)
def pipeline() -> spacy.language.Language:
    nlp = spacy.blank("nl")
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("sentencizer")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except Exception:  # spacy-lookups-data missing: lemmas are not needed for sentences
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
    return nlp


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of a text; paragraphs never share a sentence,
    nor do a heading line without final punctuation and the line after it."""
    spans = []
    nlp = pipeline()
    for block in _blocks(text):
        b_start, b_text = block
        doc = nlp(b_text.replace("\n", " "))
        for sent in doc.sents:
            s, e = sent.start_char, sent.end_char
            if not b_text[s:e].strip():
                continue
            # a "sentence" that starts in lower case continues the previous one (`o.a meer`, a file name)
            if spans and b_text[s:e].lstrip()[:1].islower() and spans[-1][0] >= b_start:
                spans[-1] = (spans[-1][0], b_start + e)
            else:
                spans.append((b_start + s, b_start + e))
    return spans


def _blocks(text: str):
    """Paragraphs, with a heading line (short, no final punctuation) split off its paragraph."""
    pos = 0
    for m in PARAGRAPH.finditer(text + "\n\n"):
        para = text[pos:m.start()]
        start = pos
        pos = m.end()
        if not para.strip():
            continue
        lines = para.split("\n")
        first = lines[0].strip()
        if len(lines) > 1 and first and len(first.split()) <= 10 and not re.search(r"[.,;:]$", first) \
                and lines[1][:1].isupper():
            yield start, lines[0]
            rest = start + len(lines[0]) + 1
            yield rest, text[rest:start + len(para)]
        else:
            yield start, para
