"""Text layers judged by their language: does the page's text layer, as the zoning reads it, give a
Dutch reader the text? A layer is poor when

- it is a scan's OCR layer and too few of its words are Dutch words (misread or glued/split words), or too few of
  its letters: a layer whose lines lost their spaces is a few long words beside the letterhead's short ones;
- its words hold characters no text has: the replacement character, private-use or control code points (a font
  whose encoding lost some letters: `B\ufffdsluit op uw Wob-v\ufffdrzo\ufffdk`, the function words without them intact);
- it is a born-digital layer whose font encoding yields gibberish: hardly a Dutch word, hardly a
  function word (`de`, `het`, `van`, `en`, `een`), its letters poor in vowels (a page in English keeps them); or one
  of its fonts does, for a passage: words in a row none of them Dutch, their letters poor in vowels (`KHW RYHUOHJ
  YDQ MXQL` for `het overleg van juni`, a font without its ToUnicode map beside fonts with theirs; names, English
  and lists of codes keep their vowels);
- its reading loses the function words the layer has: an OCR layer whose word boxes follow the
  glyphs (`voor`, `uw`, `van` boxed lower than `Hartelijk`) reads its short words as small print.

A page without a text layer is read from its image when it is a scan or its images cover a quarter of it (a scan
of a smaller sheet, placed on the page). A poor page is read again from its image (tesseract), and then counts as
scanned.
"""
from __future__ import annotations

import re
import unicodedata

from ingest.dutch.function_words import FUNCTION_WORDS, function_word_share
from ingest.extract import ocr
from ingest.extract.geometry import PageWords

GIBBERISH_VOCABULARY = 0.4   # a born-digital layer with fewer Dutch words than this ...
GIBBERISH_FUNCTION = 0.1     # ... and fewer function words than this is gibberish (a table page has ~0.6 and ~0.15)
FUNCTION_WORD_LOSS = 0.05    # a reading this much poorer in function words than its layer lost its short words
IMAGE_PAGE = 0.25            # a page without text whose images cover this share of it is read from its image
UNREADABLE_WORDS = 0.05      # a layer with more words than this holding a character no text has (`B\ufffdsluit`) ...
MIN_UNREADABLE_WORDS = 10    # ... of this many words at least, is poor
UNREADABLE = {"Co", "Cn", "Cs", "Cc"}   # private use, unassigned, surrogate, control
GLUED_LAYER = 0.5            # a scan's layer with fewer of its letters in Dutch words than this glued them (own layers: 0.84-0.96)
MIN_JUDGED_WORDS = 40        # pages with fewer words (a title page, a figure) are not judged by their reading
GARBLED_RUN = 12             # this many words in a row (three letters or more), none of them Dutch, ...
GARBLED_VOWELS = 0.3         # ... whose letters hold fewer vowels than this are a garbled font's (Dutch, English,
                             # names: 0.33-0.45 in runs of 6-13 on 253 born-digital pages; garbled runs 0.16-0.21);
                             # twelve, not fewer: a figure's list of names and acronyms (`(Dhr. Mul). Leden: Royal
                             # Schiphol Group (RSG), KLM, FNV`) comes near in eight and would load the vocabulary
                             # (a garbled heading of a few words goes unread, a paragraph does not)
VOWELS = frozenset("aeiouyáéíóúàèëïöüâêîôû")
_WORD = re.compile(r"^[^\W\d_]+$")
_STRIP = ".,;:()[]«»‘’'\"“”!?"


def words_of(texts: list[str]) -> list[str]:
    """Lowercased alphabetic words (punctuation stripped) of a list of tokens."""
    out = (t.strip(_STRIP).lower() for t in texts)
    return [w for w in out if _WORD.match(w)]


def unreadable(token: str) -> bool:
    """A word of two characters or more with a character no font encoding should give for text: the replacement
    character, a private-use or unassigned code point, a control character, or pdfminer's `(cid:72)` (a bullet set as
    one private-use glyph, `\uf0b7`, alone or glued to the word it marks, does not count)."""
    if len(token) > 1 and _odd(token[0]) and not any(map(_odd, token[1:])):
        return False   # a bullet glued to the word it marks
    return len(token) > 1 and ("(cid:" in token or any(map(_odd, token)))


def _odd(c: str) -> bool:
    return c == "\ufffd" or unicodedata.category(c) in UNREADABLE


def vowel_share(words: list[str]) -> float:
    """Share of the letters of ``words`` that are vowels: 0.33-0.45 in text of any language set in Latin letters,
    0.16-0.21 in a font's gibberish (a shifted encoding turns vowels into consonants); 1.0 without letters."""
    letters = [c for w in words for c in w.lower() if c.isalpha()]
    return sum(c in VOWELS for c in letters) / len(letters) if letters else 1.0


def poor_layer(page: PageWords, reading: str) -> str | None:
    """Why the page's text layer fails a Dutch reader (for the log), or None when it serves.
    ``reading`` is the page's body text as the zoning reads the layer."""
    tokens = [w.text for w in page.words]
    if not tokens:   # a scan, or a scan of a smaller sheet that does not fill the page, or text drawn as outlines
        return "no text layer" if page.scanned or page.image_cover >= IMAGE_PAGE or page.drawn else None
    longer = [t for t in tokens if len(t) > 1]
    if len(longer) >= MIN_UNREADABLE_WORDS and (share := sum(map(unreadable, longer)) / len(longer)) > UNREADABLE_WORDS:
        return f"text layer with {share:.0%} words of unreadable characters"
    layer = words_of(tokens)
    if page.scanned and (vocabulary := ocr.layer_quality(tokens)) < ocr.GOOD_LAYER:
        return f"OCR layer with {vocabulary:.0%} Dutch words"
    if page.scanned and (letters := ocr.letter_quality(tokens)) < GLUED_LAYER:
        return f"OCR layer with {letters:.0%} of its letters in Dutch words (words glued together)"
    # function words first: a born-digital page that has them needs no vocabulary (seconds to load); a page in another
    # language (English, an EU or scientific paper) keeps its vowels, a font's gibberish loses them
    if (not page.scanned and function_word_share(layer) < GIBBERISH_FUNCTION and vowel_share(layer) < GARBLED_VOWELS
            and (vocabulary := ocr.layer_quality(tokens)) < GIBBERISH_VOCABULARY):
        return f"text layer reads as gibberish ({vocabulary:.0%} Dutch words)"
    if not page.scanned and (passage := garbled_passage(tokens)):
        return f"text layer has a passage that reads as gibberish (`{passage}`)"
    read = words_of(reading.split())
    if len(read) >= MIN_JUDGED_WORDS and function_word_share(read) < function_word_share(layer) - FUNCTION_WORD_LOSS:
        return (f"reading loses function words ({function_word_share(read):.0%} against "
                f"{function_word_share(layer):.0%} in the layer)")
    return None


def garbled_passage(tokens: list[str]) -> str | None:
    """The first GARBLED_RUN words in a row (of three letters or more, no digit: shorter tokens, numbers and codes
    such as `kst-32545-143` are passed over) that are poor in vowels and hold no function word, and, checked last (the
    vocabulary takes seconds to load, and a letter's pages should not need it), none of them a Dutch word: a passage
    set in a font whose encoding yields gibberish. None when the layer has no such passage."""
    run: list[str] = []
    for token in tokens:
        letters = [c for c in token.lower() if c.isalpha()]
        if len(letters) < 3 or any(c.isdigit() for c in token):
            continue
        run = (run + [token])[-GARBLED_RUN:]
        if len(run) < GARBLED_RUN or any(w.strip(_STRIP).lower() in FUNCTION_WORDS for w in run):
            continue
        if vowel_share(run) < GARBLED_VOWELS and not any(
                ocr.is_known(w.strip(_STRIP).lower()) for w in run):
            return " ".join(run)
    return None
