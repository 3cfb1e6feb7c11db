"""What keeps ingest fast, checked as behaviour (no timings): PDFium read in bulk reads what it read
per character, `import ingest` loads no NLP stack, ingest workers tag without spaCy or torch and tag
alike, the plain-Python sentence splitter cuts every text as spaCy does, a born-digital PDF is read
without the Dutch vocabulary, each page is zoned once."""
from __future__ import annotations

import multiprocessing
import random
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import pypdfium2.raw as raw

from ingest.extract import ocr, pdf
from ingest.pipeline import ingest_pool, parse_file
from ingest.tagging import nlp, tokenizer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LETTER = ROOT / "corpus" / "pdf" / "motie-negatieve-spaarrente.pdf"
TEXT = FIXTURES / "kamerbrief-diverse-excerpt.txt"


def test_pdfium_chars_in_bulk_are_the_chars_read_one_by_one() -> None:
    doc = pdfium.PdfDocument(str(FIXTURES / "missiegedreven-p1.pdf"))
    try:
        textpage = doc[0].get_textpage()
        bulk = list(pdf.pdfium_chars(textpage, raw))
        one_by_one = [(textpage.get_text_range(i, 1), *textpage.get_charbox(i, loose=True))
                      for i in range(textpage.count_chars())]
    finally:
        doc.close()
    assert len(bulk) > 1000 and bulk == one_by_one


def test_import_ingest_loads_no_nlp_stack() -> None:
    code = "import sys, ingest; print(sorted({'spacy', 'thinc', 'torch'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _parse_in_worker(path: str) -> tuple[list, list[str]]:
    tags = list(parse_file(Path(path)).tags)
    return tags, sorted(m for m in ("spacy", "torch") if sys.modules.get(m) is not None)


def test_an_ingest_worker_tags_without_spacy_or_torch() -> None:
    # a fresh (spawned) worker: a forked one would inherit whatever this test process has loaded
    with ingest_pool(1, multiprocessing.get_context("spawn")) as pool:
        tags, loaded = pool.submit(_parse_in_worker, str(TEXT)).result()
    assert loaded == []
    assert tags and tags == list(parse_file(TEXT).tags)


@pytest.fixture(scope="module")
def spacy_nl():
    """The pipeline the plain-Python splitter replays: spaCy's, with the same abbreviations."""
    spacy = pytest.importorskip("spacy")
    from spacy.attrs import ORTH

    ref = spacy.blank("nl")
    for abbr in nlp.ABBREVIATIONS:
        ref.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    ref.add_pipe("sentencizer")
    return ref


def test_the_frozen_tokenizer_data_is_what_spacy_builds() -> None:
    data = tokenizer.spacy_data()
    assert {**data, "patterns": tokenizer.frozen()["patterns"]} == tokenizer.frozen()
    assert [tuple(p) for p in tokenizer.frozen()["patterns"]] == tokenizer.derived_patterns(data)


def _same_as_spacy(ref, texts: list[str]) -> None:
    mine, ends = nlp.pipeline(), tokenizer.punct_chars()
    for text in texts:
        doc = ref(text)
        tokens = mine(text)
        assert tokens == [(t.idx, t.text) for t in doc], text
        assert tokenizer.sentence_spans(tokens, ends) == [(s.start_char, s.end_char) for s in doc.sents], text


def test_tokens_and_sentences_are_spacys_on_the_corpus(spacy_nl) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    blocks = [b.replace("\n", " ") for t in texts for _, b in nlp._bounded(nlp._blocks(t))]
    assert len(blocks) > 500
    _same_as_spacy(spacy_nl, blocks)


# pieces that exercise every rule: special cases (whole, inside affixes, across the matcher), prefixes,
# suffixes, infixes, web addresses, numbers, sentence punctuation of other scripts, odd white space
PIECES = ["de", "Kamer", "motie", "c.s.", "(c.s.)", "bijv.", "z.s.m.", "'s-Gravenhage", "’s-Gravenhage", "a.s.",
          "nr.", "Nr.", "art.", "ca.", "etc.", "jl.", "e.d.", "t/m", "v/h", "3.", "2024.", "1,5", "€", "€10", "10%",
          "-", "–", "—", "...", "…", "!", "?", "?!", ".", ",", ";", ":", "(", ")", "[", "]", "\"", "'", "‘", "’",
          "“", "”", "«", "»", "https://www.rijksoverheid.nl/a.b?c=d.", "www.tweedekamer.nl.", "info@minjenv.nl",
          "35300-VI-63", "ECLI:NL:RVS:2021:193", "blz.", "p.", "Mw.", "mw.", "o.a", "i.v.m.", "A.", "b)", "2)",
          "IND’s", "d.w.z.", "m.a.w.", ":-)", "^_^", "<3", "।", "。", "！", "＂", "ʼs", "+31", "5-6", "1.000.000"]
SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", " \u2009", "", "\n"]


def test_tokens_and_sentences_are_spacys_on_mixed_pieces(spacy_nl) -> None:
    rnd = random.Random(11)
    pieces = PIECES + rnd.sample(sorted(tokenizer.frozen()["specials"]), 300)
    texts = ["".join(rnd.choice(pieces) + rnd.choice(SPACES) for _ in range(rnd.randint(1, 40)))
             for _ in range(2000)]
    _same_as_spacy(spacy_nl, [" leading space", "  two", "trailing ", "", "  ", *texts])


def test_a_born_digital_pdf_is_read_without_the_vocabulary(monkeypatch) -> None:
    def no_vocabulary() -> frozenset[str]:
        raise AssertionError("the vocabulary was loaded")

    monkeypatch.setattr(ocr, "known_words", no_vocabulary)
    assert pdf.extract_pdf(LETTER).pages


def test_each_page_is_zoned_once(monkeypatch) -> None:
    zoned: list[int] = []
    real = pdf.zone_page

    def counting(page, body_size, first):
        zoned.append(page.number)
        return real(page, body_size, first)

    monkeypatch.setattr(pdf, "zone_page", counting)
    extraction = pdf.extract_pdf(LETTER)
    assert sorted(zoned) == list(range(1, extraction.page_count + 1))


def test_the_ocr_vocabulary_loads_without_spacy() -> None:
    code = ("import sys; from ingest.extract.ocr import known_words; assert len(known_words()) > 100000; "
            "print(sorted({'spacy', 'torch'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    from spacy.lang.nl.stop_words import STOP_WORDS

    assert ocr.dutch_stop_words() == set(STOP_WORDS)
