"""Scanned PDFs: judge the OCR text layer a scan came with, and OCR again with tesseract (Dutch)
where it is missing or poor. OCR words come back with boxes and a size estimate, so the same zoning
as born-digital pages applies."""
from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median
from typing import Callable

from ingest.extract.geometry import SIDEBAR_FROM, PageWords, Word
from ingest.settings import Settings
from ingest.dutch.vocabulary import cache_root, dutch_vocabulary

log = logging.getLogger(__name__)

GOOD_LAYER = 0.80   # share of a layer's words that must be known Dutch words to keep it
OCR_SIZE_FACTOR = 1.0  # word-box height to font size: only ratios between lines matter
OCR_THREADS = "1"   # tesseract's OpenMP threads: more than one is ~5x slower on a small machine
WORDLIKE = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
STRIP = ".,;:()«»‘’'\"“”!?"
# Inflection endings tried when a word form is not itself in the vocabulary (`goede`, `gevraagde`)
SUFFIXES = ("en", "e", "s", "n", "de", "te", "'s", "’s", "r", "heid")
MIN_STEM = 3


def dutch_stop_words() -> set[str]:
    """spaCy's Dutch stop words, read from their module file: importing ``spacy.lang.nl`` would import
    spaCy itself (and torch), seconds for a list of words."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")   # found, not imported
    folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
    if folder is None:
        return set()
    module_spec = importlib.util.spec_from_file_location("_spacy_nl_stop_words", folder / "lang" / "nl" / "stop_words.py")
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


@functools.lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Dutch word forms (``build_known_words``), kept as a word list in the cache once built: reading it takes a tenth
    of a second, building it 1.3 s of CPU in every process that judges a layer or a squeezed space."""
    path = lexicon_file()
    try:
        return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w)
    except (OSError, UnicodeError):
        pass
    words = build_known_words()
    if words:
        try:   # written whole or not at all: another process may read it meanwhile
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f"{path.name}.{os.getpid()}.part")
            part.write_text("\n".join(sorted(words)), encoding="utf-8")
            os.replace(part, path)
        except OSError as e:
            log.debug("lexicon not cached at %s: %s", path, e)
    return words


def lexicon_file() -> Path:
    """The cached lexicon of the installed spacy-lookups-data and spaCy (their versions in its name)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        versions = f"{version('spacy-lookups-data')}-{version('spacy')}"
    except PackageNotFoundError:
        versions = "none"
    return cache_root() / "lexicon" / f"known-words-{versions}.txt"


def build_known_words() -> frozenset[str]:
    """Dutch word forms: the shared lemma vocabulary, plus the lemma index and exceptions of
    spacy-lookups-data and spaCy's Dutch stop words (the lemma table alone lacks `van`, `goed`...)."""
    import gzip
    import json

    import spacy_lookups_data

    words = set(dutch_vocabulary()) | {w.lower() for w in dutch_stop_words()}
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    for name in ("nl_lemma_index.json.gz", "nl_lemma_exc.json.gz"):
        path = folder / name
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf8") as fh:
            table = json.load(fh)
        for entries in table.values():
            if isinstance(entries, dict):
                words.update(k.lower() for k in entries)
                words.update(v.lower() for vs in entries.values() for v in vs)
            else:
                words.update(w.lower() for w in entries)
    return frozenset(words)


def is_known(word: str) -> bool:
    """A lowercased word is a Dutch word form: listed, a listed stem plus an inflection ending, or a
    hyphenated compound of such parts (`e-mailbericht`, `wob-verzoek` count by their parts)."""
    vocab = known_words()
    if word in vocab:
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(len(p) == 1 or is_known(p) for p in parts)
    return any(word.endswith(s) and len(word) - len(s) >= MIN_STEM and word[:-len(s)] in vocab
               for s in SUFFIXES)


def layer_quality(words: list[str]) -> float:
    """Share of the alphabetic words (two letters or more) that are known Dutch word forms."""
    alpha = [w.strip(STRIP).lower() for w in words]
    alpha = [w for w in alpha if WORDLIKE.match(w) and len(w) > 1]
    if not alpha:
        return 0.0
    if not known_words():
        return 1.0
    return sum(map(is_known, alpha)) / len(alpha)


def letter_quality(words: list[str]) -> float:
    """Share of the letters of a layer's words (those with a letter) that stand in known Dutch word forms: words weigh
    by their length, so a line read as one glued word (`Geachtevoorzitter,hierbijzendikuw`) weighs as the words it
    holds, not as one."""
    tokens = [w.strip(STRIP).lower() for w in words if any(c.isalpha() for c in w)]
    total = sum(map(len, tokens))
    if not total or not known_words():
        return 1.0
    return sum(len(t) for t in tokens if WORDLIKE.match(t) and is_known(t)) / total


@dataclass(frozen=True)
class OcrOptions:
    """How to OCR: tesseract's language and the render resolution (from ``Settings``)."""

    lang: str = "nld"
    dpi: int = 250
    max_pixels: int = 40_000_000
    reread: int = 6   # unsure lines read again a page, each on its own (setting ocr_reread; 0: none)

    @classmethod
    def of(cls, settings: Settings) -> OcrOptions:
        return cls(settings.ocr_lang, settings.ocr_dpi, settings.ocr_max_pixels, settings.ocr_reread)


def tesseract_available(lang: str = "nld") -> bool:
    """True when the tesseract binary and its Dutch language data are installed."""
    if not shutil.which("tesseract"):
        return False
    try:
        import pytesseract
        return lang in pytesseract.get_languages(config="")
    except Exception:
        return False


def ocr_page_words(path: Path, numbers: list[int], options: OcrOptions = OcrOptions()) -> list[list[Word]]:
    """Tesseract's words for the given pages (1-based), the PDF opened once ([] for a page PDFium cannot load)."""
    return [reading[0] if reading else [] for reading in ocr_pages(path, numbers, options)]


Reading = tuple[list[Word], float, float]   # a page's words, and its width and height in the frame of its words


def ocr_pages(path: Path, numbers: list[int], options: OcrOptions = OcrOptions()) -> list[Reading | None]:
    """Tesseract's words for the given pages (1-based), each with the page's width and height in the frame of its
    words (swapped for a page scanned a quarter turn: the words are read upright); the PDF opened once. None for a
    page PDFium cannot load or render (a damaged page object the lenient pdfminer read: that page keeps its text
    layer, logged), or for all of them when PDFium cannot open the file."""
    import pypdfium2 as pdfium

    os.environ.setdefault("OMP_THREAD_LIMIT", OCR_THREADS)
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        log.warning("%s: PDFium cannot open the file to render its pages (%s): no OCR, text layers kept", path.name, exc)
        return [None] * len(numbers)
    try:
        out: list[Reading | None] = []
        for number in numbers:
            started = time.perf_counter()
            try:
                out.append(_render_and_read(doc[number - 1], number, options))
            except pdfium.PdfiumError as exc:
                log.warning("%s p.%d: PDFium cannot load or render the page (%s): no OCR, the page keeps what its "
                            "text layer holds",
                            path.name, number, exc)
                out.append(None)
                continue
            log.info("%s p.%d: OCR %.1f s", path.name, number, time.perf_counter() - started)
        return out
    finally:
        doc.close()


FIT_CELL = 3.0   # points: the grid on which a scan's ink and its text layer's word boxes are compared
FIT_NEAR = 2     # cells around a word box whose ink it accounts for
FIT_INK = 0.4    # ... where a cell darker than this counts as this dark (a black scan edge, a photo: no text)


def layer_fits(path: Path, pages: list[PageWords]) -> dict[int, tuple[float, float]]:
    """Per scanned page (number): how well its text layer's word boxes lie on the image's ink, the correlation of the
    two on a grid of FIT_CELL points (a layer made from this image: ~0.5-0.7; a layer of another page, or moved
    lines away from its image: under 0.3); and the share of the ink no word box stands on or beside (a layer of the
    whole page: under 0.1; of half of it: over 0.5). The PDF opened once, each page rendered at 96 dpi."""
    import numpy as np
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:   # (ocr_pages says so)
        return {}
    out = {}
    try:
        for page in pages:
            try:   # rendered in the frame its layer's words stand in: the page's own, turned as they read (frame.py)
                pdf_page = doc[page.number - 1]
                turn = (360 - pdf_page.get_rotation() + 90 * page.turn) % 360
                image = pdf_page.render(scale=4 / FIT_CELL, grayscale=True, rotation=turn).to_pil().convert("L")
            except pdfium.PdfiumError:   # a damaged page (ocr_pages says so): not judged by its image
                continue
            fit = _layer_fit(np.asarray(image) < INK, page)
            if fit is not None:
                out[page.number] = fit
    finally:
        doc.close()
    return out


def _layer_fit(dark, page: PageWords) -> tuple[float, float] | None:
    """`layer_fits` of one page from its dark pixels (at 4 / FIT_CELL pixels per point); None for an empty image."""
    import numpy as np
    from scipy import ndimage

    rows, cols = dark.shape[0] // 4, dark.shape[1] // 4
    if not rows or not cols:
        return None
    ink = np.minimum(dark[:rows * 4, :cols * 4].reshape(rows, 4, cols, 4).mean(axis=(1, 3)), FIT_INK)
    layer = np.zeros((rows, cols))
    for w in page.words:
        layer[max(int(w.top / FIT_CELL), 0):max(int(np.ceil(w.bottom / FIT_CELL)), 0),
              max(int(w.x0 / FIT_CELL), 0):max(int(np.ceil(w.x1 / FIT_CELL)), 0)] = 1
    a, b = ink - ink.mean(), layer - layer.mean()
    norm = float(np.sqrt((a * a).sum() * (b * b).sum()))
    near = ndimage.binary_dilation(layer > 0, np.ones((3, 3), bool), FIT_NEAR)   # a word box and the cells around it
    total = float(ink.sum())
    return (float((a * b).sum()) / norm if norm else 0.0, float(ink[~near].sum()) / total if total else 0.0)


MIN_OCR_DPI = 100      # below this a page's body text is too small for tesseract: the page is skipped
INK = 128              # a pixel darker than this is the page's ink (its text, when blank, skew and frame are judged)
BLANK_INK = 0.0005     # a rendered page with less than this share of ink pixels is blank: no OCR
PROBE_DPI = 30         # a page first rendered this small with nothing darker than BLANK_PROBE is blank
BLANK_PROBE = 224      # (any mark, a speck of dust or a line of text, is darker: then the full render decides)


def render_dpi(width: float, height: float, options: OcrOptions) -> int | None:
    """The resolution a page of this size (in points) is rendered at: the setting, lowered to stay within
    ``max_pixels``; None when that would be too low to read."""
    inches = (width / 72) * (height / 72)
    dpi = min(options.dpi, int((options.max_pixels / inches) ** 0.5)) if inches > 0 else options.dpi
    return dpi if dpi >= min(MIN_OCR_DPI, options.dpi) else None


def _render_and_read(page, number: int, options: OcrOptions) -> tuple[list[Word], float, float]:
    """One page's OCR words (and the page's size in their frame): rendered within the pixel limit; a blank page
    is not sent to tesseract, a faint one is darkened, an askew one straightened, one lying a quarter turned
    (`turned_sideways`: its size swapped) or whose lines hang (`turned_early`) turned upright, punch holes taken out;
    an upright letter scanned on a larger sheet is read in its A4 frame; a page that still reads as gibberish is
    turned as its script stands and read again."""
    width, height = page.get_size()
    rendered = _rendered(page, number, options)
    if rendered is None:
        return [], width, height
    image, dpi = rendered
    options = replace(options, dpi=dpi)
    image, quarter = turned_sideways(straightened(image, number), number)
    if quarter:   # read upright: the page's size in the frame of its words
        image, width, height = straightened(image, number), height, width
    image = turned_early(image, number)
    boxes: list[tuple[int, int, int, int]] = []
    image = lift_dark_boxes(punch_holes_out(image, dpi), dpi, boxes)
    words = box_reading_out(image_words(image, options, boxes), boxes, 72 / dpi)
    if len(words) < MIN_TURN_WORDS or layer_quality([w.text for w in words]) >= TURNED_READING:   # upright
        frame = sheet_frame(image, dpi, width, height)
        if frame is None:
            return words, width, height
        log.info("page %d: a smaller page scanned on a larger sheet, read in its own frame", number)
        return [replace(w, x0=w.x0 - frame[0], x1=w.x1 - frame[0], top=w.top - frame[1], bottom=w.bottom - frame[1])
                for w in words], *PAPER
    turn = upright_turn(image)
    if not turn:
        return words, width, height
    turned = image_words(image.rotate(-turn, expand=True), options)
    if layer_quality([w.text for w in turned]) <= layer_quality([w.text for w in words]):
        return words, width, height
    log.info("page %d: scanned turned %d degrees, read upright", number, turn)
    return (turned, height, width) if turn % 180 else (turned, width, height)


def _rendered(page, number: int, options: OcrOptions):
    """(image, dpi) of a page for OCR: rendered in grey within the pixel limit, a faint scan darkened; None for a
    page too large to render, a blank page, or one whose faint grey holds no ink."""
    width, height = page.get_size()
    dpi = render_dpi(width, height, options)
    if dpi is None:
        log.warning("page %d (%.0f × %.0f cm) too large to OCR within %s pixels (setting ocr_max_pixels): "
                    "skipped", number, width / 72 * 2.54, height / 72 * 2.54, format(options.max_pixels, ","))
        return None
    if page.render(scale=PROBE_DPI / 72, grayscale=True).to_pil().getextrema()[0] >= BLANK_PROBE:
        return None
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    if sum(image.histogram()[:INK]) < BLANK_INK * image.width * image.height:
        image = darkened(image)
        if image is None:
            return None
        log.info("page %d: a faint scan, its grey text darkened", number)
    return image, dpi


FAINT_SHARE = 0.005   # the share of a page's pixels that is its darkest ink (a letter's text covers 2-8 per cent)
FAINT_GAP = 36        # grey levels that ink lighter than the ink threshold stands at least below the paper's median
                      # (a blank sheet's grain, a page showing through from the back, is lighter)


def darkened(image):
    """A faint scan's page image (light grey text on paper, no pixel as dark as ink) with its grey levels stretched
    from its darkest ink (black) to its paper (white); None when its darkest pixels hardly differ from the paper:
    a blank page."""
    histogram = image.histogram()
    total = image.width * image.height

    def level(share: float) -> int:
        count = 0
        for value, n in enumerate(histogram):
            count += n
            if count >= share * total:
                return value
        return 255

    ink, paper = level(FAINT_SHARE / 5), level(0.5)
    if paper - level(FAINT_SHARE) < FAINT_GAP or paper <= ink:
        return None
    return image.point(lambda v: max(0, min(255, round((v - ink) * 255 / (paper - ink)))))


PAPER = (595.0, 842.0)   # points: an A4 sheet, the paper a letter is printed on
LARGE_SHEET = 1.3        # a scanned page this many times A4's area or more (A3, a scanner's full glass), whose
                         # ink fits on an A4 sheet, is an A4 page scanned on it


def sheet_frame(image, dpi: int, width: float, height: float) -> tuple[float, float] | None:
    """The top left corner (points) of the A4 frame a letter scanned on a larger sheet stands in: around its ink,
    centred across it, a little above its first line; None for a page of A4 size or smaller, or whose ink does not
    fit on A4 (the page's sidebar and bands are measured in that frame, not on the sheet)."""
    if width * height < LARGE_SHEET * PAPER[0] * PAPER[1]:
        return None
    box = image.point(lambda v: 255 if v < INK else 0).getbbox()
    if box is None:
        return None
    k = 72 / dpi
    left, top, right, bottom = (v * k for v in box)
    if right - left > PAPER[0] or bottom - top > PAPER[1]:
        return None
    x = max(0.0, min(width - PAPER[0], left - (PAPER[0] - (right - left)) / 2))
    return x, max(0.0, min(height - PAPER[1], top - 24))


SKEW_MAX = 5.0      # degrees: the steepest skew looked for (a page laid on the glass askew, fed in crooked)
SKEW_STEP = 0.1     # degrees: the finest step the skew is measured in
SKEW_MIN = 1.5      # degrees: a page skewed less than this is read as it is (tesseract's lines follow a slight skew;
                    # at 2.5-4 degrees it loses lines and reads small letters as capitals: `Op Woensdag 17 mei`)
SKEW_WIDTH = 600    # pixels: the width of the small copy of the page the skew is measured on (its INK)
SKEW_GAIN = 1.5     # the rows' sharpness at the skew found at least this many times that of the page level


def skew_angle(image) -> float:
    """Degrees (counter-clockwise) the lines of text on a page image run askew: the angle at which the ink's rows,
    sheared back, are most sharply lined up (the squared differences of the ink per row are largest); 0 on a page
    with too little ink to tell."""
    import numpy as np

    scale = min(1.0, SKEW_WIDTH / image.width)
    small = image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    ys, xs = np.nonzero(np.asarray(small) < INK)
    if len(xs) < 200:
        return 0.0
    xs = xs - small.width / 2

    def sharpness(angle: float) -> float:
        rows = np.round(ys + xs * np.tan(np.radians(angle))).astype(int)
        counts = np.bincount(rows - rows.min())
        return float((np.diff(counts.astype(float)) ** 2).sum())

    coarse = max(np.arange(-SKEW_MAX, SKEW_MAX + 0.01, 0.5), key=sharpness)
    best = float(max(np.arange(coarse - 0.5, coarse + 0.51, SKEW_STEP), key=sharpness))
    # lines of text lie far more sharply lined up at their angle than level; a page without lines across it (turned
    # sideways, a figure) is about as sharp at every angle: not askew
    return best if sharpness(best) >= SKEW_GAIN * sharpness(0.0) else 0.0


def straightened(image, number: int = 0):
    """The page image turned straight when its lines run SKEW_MIN degrees or more askew (white where the turn
    leaves no paper); else the image itself."""
    from PIL import Image

    angle = skew_angle(image)
    if abs(angle) < SKEW_MIN:
        return image
    log.info("page %d: scanned %.1f degrees askew, straightened", number, angle)
    return image.rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


DARK = 96             # a pixel darker than this is ink
BOX_CELL = 1 / 50     # inches: the grid in which solid dark boxes are looked for (a cell all ink is solid)
BOX_MIN_HEIGHT = 4.5  # points: a solid box at least this tall is a box (rules and strokes of letters are thinner)
BOX_FILL = 0.85       # share of its bounding box that a box's solid cells fill (with what it bears)
BOX_MAX_SHARE = 0.2   # a dark area larger than this share of the page (a photo, a black scan edge) is left as it is
RIM_INK = 200         # ... and a pixel darker than this on its edge (blurred, grey) is part of it
# a code printed across a small box (`5.1.2e` in white, 7 pt, on a box hardly taller) cuts its solid cells apart:
# such a box fills this share at least, and its rectangle (grown to its edges) is this dark all over (a bold letter's
# rectangle holds its white paper)
BOX_FILL_CUT = 0.4
BOX_DARK = 0.9


def lift_dark_boxes(image, dpi: int, found: list[tuple[int, int, int, int]] | None = None):
    """The page image with every solid dark box inverted: a redaction's black box (`5.1.2e` printed on it or not)
    and a table's dark header row read as dark on white. Tesseract reads a black box as letters (`KEE`, `MN vee:`)
    and misreads the words it touches; white text on black it does not read at all. The boxes' pixel edges (left,
    top, right, bottom) are added to ``found``."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    out = None
    for top, bottom, left, right, inner in _solid_boxes(pixels, dpi):
        if out is None:
            out = pixels.copy()
        turned = 255 - out[inner]             # the box white, what it bears (white on black) dark on white
        turned[turned >= RIM_INK] = 255       # (clean white: the box's grain would read as specks)
        rim = out[max(top - RIM, 0):bottom + RIM, max(left - RIM, 0):right + RIM]
        rim[rim < RIM_INK] = 255              # the box out to its blurred edge: ink no more
        out[inner] = turned
        if found is not None:
            found.append((left, top, right, bottom))
    return image if out is None else Image.fromarray(out)


def _solid_cells(pixels, dpi: int):
    """(cell size in pixels, labels): the page image cut in cells of BOX_CELL, those all ink (darker than DARK)
    labelled by connected blob; None when the image is smaller than a cell or no cell is solid."""
    from scipy import ndimage

    cell = max(int(round(BOX_CELL * dpi)), 1)
    rows, cols = pixels.shape[0] // cell, pixels.shape[1] // cell
    if not rows or not cols:
        return None
    solid = (pixels[:rows * cell, :cols * cell] < DARK).reshape(rows, cell, cols, cell).all(axis=(1, 3))
    if not solid.any():
        return None
    return cell, ndimage.label(solid)[0]


def _solid_boxes(pixels, dpi: int) -> list[tuple[int, int, int, int, tuple[slice, slice]]]:
    """The solid dark boxes of a page image: (top, bottom, left, right) grown to their edges, and their solid part."""
    from scipy import ndimage

    grid = _solid_cells(pixels, dpi)
    if grid is None:
        return []
    cell, labels = grid
    rows, cols = labels.shape
    min_cells = BOX_MIN_HEIGHT / 72 * dpi / cell
    boxes = []
    for n, found in enumerate(ndimage.find_objects(labels), 1):
        if found is None:
            continue
        ys, xs = found
        height, width = ys.stop - ys.start, xs.stop - xs.start
        if height < min_cells or width < min_cells or height * width > BOX_MAX_SHARE * rows * cols:
            continue
        fill = ndimage.binary_fill_holes(labels[found] == n).sum() / (height * width)
        top, bottom, left, right = _box_edges(pixels, ys.start * cell, ys.stop * cell, xs.start * cell, xs.stop * cell)
        if fill < BOX_FILL and (fill < BOX_FILL_CUT or (pixels[top:bottom, left:right] < RIM_INK).mean() < BOX_DARK):
            continue
        boxes.append((top, bottom, left, right, (slice(ys.start * cell, ys.stop * cell), slice(xs.start * cell, xs.stop * cell))))
    return boxes


HOLE_SIZE = (4.0, 9.0)   # mm: the width and height of a punch hole (6 mm, its shadow, the blur)
HOLE_FILL = (0.55, 0.85)   # share of its bounding box a round hole's solid cells fill (a disc: 0.785; a box: more)
HOLE_EDGE = 30.0           # mm: a punch hole lies this near a page's edge at most (a filing's holes are 12 mm in)


def punch_holes_out(image, dpi: int):
    """The page image with its punch holes white: a round solid dark blob near the page's edge (a filed letter
    scanned with a dark lid, its holes black). Tesseract reads one as a letter (`€`, `@`) into the line beside it."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    pixels = np.asarray(image)
    grid = _solid_cells(pixels, dpi)
    if grid is None:
        return image
    cell, labels = grid
    rows, cols = labels.shape
    mm = dpi / 25.4 / cell   # cells a millimetre
    out = None
    for n, found in enumerate(ndimage.find_objects(labels), 1):
        ys, xs = found
        height, width = (ys.stop - ys.start) / mm, (xs.stop - xs.start) / mm
        edge = min(xs.start, cols - xs.stop, ys.start, rows - ys.stop) / mm
        if not (HOLE_SIZE[0] <= min(height, width) and max(height, width) <= HOLE_SIZE[1] and edge <= HOLE_EDGE):
            continue
        if not HOLE_FILL[0] <= (labels[found] == n).sum() / ((ys.stop - ys.start) * (xs.stop - xs.start)) < HOLE_FILL[1]:
            continue
        out = pixels.copy() if out is None else out
        around = out[max((ys.start - 1) * cell, 0):(ys.stop + 1) * cell, max((xs.start - 1) * cell, 0):(xs.stop + 1) * cell]
        around[around < RIM_INK] = 255
    return image if out is None else Image.fromarray(out)


# what a redaction box bears: its ground's code (`5.1.2e`, `10.2.g`, `[5.2.1]`, `5.12e` as OCR reads it), nothing else
BOX_CODE = re.compile(r"^[\[(]?\d{1,2}(?:\.?\d{1,2}){0,3}\.?[a-z]?[\])]?[,;.]?$")


def _on_box(x: float, y: float, boxes: Sequence[tuple[int, int, int, int]]) -> bool:
    """Whether a word whose centre (in pixels) is (x, y) stands on one of the lifted boxes (in the box or its rim)."""
    return any(left <= x <= right and top - RIM <= y <= bottom + RIM for left, top, right, bottom in boxes)


def box_reading_out(words: list[Word], boxes: Sequence[tuple[int, int, int, int]], k: float) -> list[Word]:
    """Words read on a lifted redaction box that are neither a ground code nor a Dutch word: the box's grain or a
    code too small to read, read as letters (`minister KOE vastgestelde`, a blacked-out line read `TREE`). A dark
    table header's words are words, and stay."""
    return [w for w in words if not (_on_box((w.x0 + w.x1) / 2 / k, (w.top + w.bottom) / 2 / k, boxes)
                                     and not BOX_CODE.match(w.text) and not is_known(w.text.strip(STRIP).lower()))]


RIM = 2   # pixels beyond a box's edge that are its blur


def _box_edges(pixels, top: int, bottom: int, left: int, right: int) -> tuple[int, int, int, int]:
    """A box's solid cells grown to its edges: while the row or column of pixels beside it is mostly ink along it."""
    height, width = pixels.shape
    while top > 0 and (pixels[top - 1, left:right] < RIM_INK).mean() > 0.5:
        top -= 1
    while bottom < height and (pixels[bottom, left:right] < RIM_INK).mean() > 0.5:
        bottom += 1
    while left > 0 and (pixels[top:bottom, left - 1] < RIM_INK).mean() > 0.5:
        left -= 1
    while right < width and (pixels[top:bottom, right] < RIM_INK).mean() > 0.5:
        right += 1
    return top, bottom, left, right


HANG_WIDTH = 1200     # pixels: the width of the small copy of the page whose lines are weighed (about 150 dpi)
HANG_STRIPS = 10      # ... cut in this many strips side by side (2 cm), each line weighed within its strip (on a
                      # strip a third of the page wide, lines 0.8 degree askew blur and the lean fades to ~0)
HANG_LINE = (6, 60)   # ... a line a run of this many rows with ink (from a small line to a heading at 150 dpi)
HANG_DOWN = -0.12     # ... a page whose lines carry this much more ink below their core than above may be upside
                      # down (upright Dutch text: +0.02 to +0.5 on 30 earlier scanned pages, its capitals, digits
                      # and b d f h k l t rising above the x-height; turned 180 degrees: -0.17 to -0.45)
OSD_SURE = 3.0        # tesseract's orientation confidence at which an early turn is made


def line_lean(image) -> float:
    """How the ink of a page's text lines leans about their core band (the rows holding at least half the line's
    ink, its x-height): ink above it minus ink below it, over both. Upright Dutch text rises (ascenders and capitals
    outweigh descenders): positive; text upside down hangs: negative; 0 on a page without lines."""
    import numpy as np

    small = image.resize((HANG_WIDTH, max(1, int(image.height * HANG_WIDTH / image.width))))
    ink = np.asarray(small) < INK
    rises = hangs = 0.0
    step = HANG_WIDTH // HANG_STRIPS
    for left in range(0, step * HANG_STRIPS, step):
        profile = ink[:, left:left + step].sum(axis=1).astype(float)
        edges = np.flatnonzero(np.diff(np.r_[0, (profile > 0).astype(int), 0]))
        for top, bottom in zip(edges[::2], edges[1::2]):
            if not HANG_LINE[0] <= bottom - top <= HANG_LINE[1]:
                continue
            run = profile[top:bottom]
            core = np.flatnonzero(run >= run.max() / 2)
            rises += run[:core[0]].sum()
            hangs += run[core[-1] + 1:].sum()
    return float((rises - hangs) / (rises + hangs)) if rises + hangs else 0.0


def turned_early(image, number: int = 0):
    """The page image turned upright before it is read when its lines hang (`line_lean` under HANG_DOWN) and
    tesseract's orientation detection, asked only then, is sure it is upside down; else the image itself. (A page
    read upside down reads as gibberish, and was read a second time after its orientation was found.)"""
    if line_lean(image) >= HANG_DOWN:
        return image
    turn, sure = osd_turn(image)
    if turn != 180 or sure < OSD_SURE:
        return image
    log.info("page %d: scanned upside down, turned before reading", number)
    return image.rotate(180)


SIDE_WIDTH = 1200   # pixels: the longer side of the small copy of a page whose lines are looked for across and down
SIDE_PAPER = 15     # ... the window in which the paper's own shade is taken (its lightest pixel) ...
SIDE_INK = 80       # ... and ink is this many grey levels darker than it (a scanner lid's dark border, the shadow
                    # of a bound page's gutter, a redaction box: no ink; their edges alone are)
SIDE_STRIPS = 10    # ... the rows weighed in this many strips side by side, the columns in as many strips above another
SIDE_RATIO = 1.8    # the columns' sharpness this many times the rows': the page may lie sideways (upright pages 0.1 to
                    # 1.44 on 261 earlier scanned pages, lid borders the highest; turned a quarter 2.1 to 12.6 on 40)


def lines_down(image) -> float:
    """How much more sharply a page's ink lines up in columns than in rows (the squared differences of the ink per
    column over those per row, each within strips of the page): an upright page's lines of text run across it, under
    1; a page scanned a quarter turned, its lines (and a table's rules) running down it, over 1."""
    import numpy as np
    from scipy import ndimage

    scale = min(1.0, SIDE_WIDTH / max(image.width, image.height))
    small = np.asarray(image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale)))))
    small = small.astype(np.int16)
    ink = small < ndimage.maximum_filter(small, size=SIDE_PAPER) - SIDE_INK

    def sharpness(rows) -> float:
        step = max(1, rows.shape[1] // SIDE_STRIPS)
        return sum(float((np.diff(rows[:, left:left + step].sum(axis=1).astype(float)) ** 2).sum())
                   for left in range(0, rows.shape[1], step))

    across = sharpness(ink)
    return sharpness(ink.T) / across if across else 0.0


def turned_sideways(image, number: int = 0):
    """(image, degrees): the page image turned upright before it is read when its lines run down the page
    (`lines_down` at SIDE_RATIO or more) and tesseract's orientation detection, asked only then, is sure it lies a
    quarter turned (the degrees clockwise it was turned: 90, 270); else the image itself and 0. (A page read sideways
    reads as gibberish, slowly, and was read a second time after its orientation was found.)"""
    if lines_down(image) < SIDE_RATIO:
        return image, 0
    turn, sure = osd_turn(image)
    if turn not in (90, 270) or sure < OSD_SURE:
        return image, 0
    log.info("page %d: scanned a quarter turned (%d degrees), turned before reading", number, turn)
    return image.rotate(-turn, expand=True), turn


TURNED_READING = 0.5   # an OCR reading with fewer Dutch words than this may be of a page scanned sideways or upside down
MIN_TURN_WORDS = 20    # ... judged on this many words at least (a page with a stamp or a figure is left as read)


def upright_turn(image) -> int:
    """Degrees clockwise (90, 180, 270) that turn a page image upright, by tesseract's orientation detection; 0 when
    it is upright or the detection is not installed or fails."""
    return osd_turn(image)[0]


def osd_turn(image) -> tuple[int, float]:
    """`upright_turn` and tesseract's confidence in it (0.0 when the detection fails or gives none)."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image)
    except Exception as exc:  # no osd data, too little text: read as it is
        log.info("orientation not detected (%s)", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return 0, 0.0
    found = re.search(r"Rotate:\s*(\d+)", osd)
    sure = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    return (int(found.group(1)) % 360 if found else 0), (float(sure.group(1)) if sure else 0.0)


ASCENDING = re.compile(r"[A-Zbdfhklt0-9À-ÖØ-Þ(){}\[\]/|]|[À-ÿ]")   # reaches above the x-height
DESCENDING = re.compile(r"[gjpqy(){}\[\]|]")                     # reaches below the baseline
X_HEIGHT, ASCENDER, DESCENDER = 0.5, 0.22, 0.22   # shares of the font size a glyph spans


def _reach(text: str) -> tuple[bool, bool] | None:
    """Whether a word's letters reach above the x-height and below the baseline; None for punctuation only."""
    core = text.strip(".,;:!?'\"‘’“”-")
    return (ASCENDING.search(core) is not None, DESCENDING.search(core) is not None) if core else None


def glyph_extent(text: str) -> float:
    """Share of the font size that a word's box spans, by its letters: `uw` only the x-height,
    `Hartelijk` ascender and descender too. An OCR box divided by it estimates the font size."""
    reach = _reach(text)
    return X_HEIGHT + ASCENDER * reach[0] + DESCENDER * reach[1] if reach else 1.0


def font_edges(text: str, top: float, height: float) -> tuple[float, float]:
    """A word's box from its ink to its font's: up to the ascender line where no letter reaches above the
    x-height, down to the descender line where none reaches below the baseline. A line of x-height letters only
    (`gingen.`, `een van ons`) then sits where a born-digital line would, not points lower, which read as a
    paragraph gap above it and cut a sentence in two."""
    reach = _reach(text)
    if reach is None:
        return top, top + height
    size = height / glyph_extent(text)
    above = 0.0 if reach[0] else ASCENDER * size
    below = 0.0 if reach[1] else DESCENDER * size
    return top - above, top + height + below


MIN_GLYPH_HEIGHT = 2.0   # points: a letter or digit read from a box less tall than this is a speck (a 3 pt font)


def _speck(text: str, height: float) -> bool:
    """A token tesseract read from a speck of a scan's grain or a JPEG artefact (`4` 1.3 pt tall above a subject
    line): letters or digits in a box no text is set that small in. A lone dash or stop may be that low."""
    return height < MIN_GLYPH_HEIGHT and any(c.isalnum() for c in text)


SPECK_CHARS = "_|~¦^`"   # specks and rule lines read as text (`_`, `_Verdaging`): no letter of a word
LOW_COMMA = re.compile(r",*‚[,‚]*")     # tesseract reads a comma as the low single quote (`onder e‚ van`)


def ocr_token(text: str) -> str:
    """An OCR token cleaned of tesseract's misreadings that are no text: specks (`_`, `|`) stripped ("" is no word),
    a comma read as `‚` restored."""
    text = text.strip().strip(SPECK_CHARS) if text else text
    if not text:
        return ""
    return LOW_COMMA.sub(",", text) if "‚" in text else text


# Tesseract's letter misreadings on a grainy scan: a speck over a vowel read as its accent (`dät`, `willèn`, `aän`),
# `rn` read as `m` (`exteme`, `ondememings`), `l` read as `t` or `f` (`multitateraal`, `gepubficeerd`)
PLAIN_VOWELS = str.maketrans("àáâäèéêëìíîïòóôöùúûü", "aaaaeeeeiiiioooouuuu")
LETTER_SWAPS = (("m", "rn"), ("t", "l"), ("f", "l"))
MIN_SWAP_WORD = 5   # letters: a shorter word has too many neighbours one letter away


def misread_fixed(token: str) -> str:
    """An OCR token with a misread letter put right: only where the token is no Dutch word form and the one
    reading it can be (the accents dropped, or in a word all lower case one swap of LETTER_SWAPS) is, so
    `geïnformeerd`, `één`, names (`Hamas`, `Omtzigt`) and words the vocabulary lacks stay as read."""
    core = token.strip(STRIP)
    start = len(token) - len(token.lstrip(STRIP)) if core else len(token)
    end = start + len(core)
    if not WORDLIKE.match(core) or is_known(core.lower()):
        return token
    plain = core.translate(PLAIN_VOWELS)
    if plain != core:
        return token[:start] + plain + token[end:] if is_known(plain.lower()) else token
    if len(core) < MIN_SWAP_WORD or not core.islower():   # a capital: a name (`Hamas` is no `harnas`)
        return token
    readings = {core[:i] + new + core[i + 1:] for old, new in LETTER_SWAPS
                for i, c in enumerate(core) if c == old}
    known = [r for r in readings if is_known(r.lower())]
    return token[:start] + known[0] + token[end:] if len(known) == 1 else token


COLUMN_SPLIT = 2.5   # a gap of this many font sizes before the sidebar's edge separates body and sidebar


def column_parts(members: list[int], data: dict, width: int) -> list[list[int]]:
    """One OCR line cut in two where a wide gap leads into the sidebar's part of the page (``width`` in pixels):
    tesseract may read a body line and the letterhead sidebar beside it (`... niet openbaar op   Directie
    Wetgeving en`) as one line, and one size for both would make the sidebar's small print body-sized. (Label and
    value, `Betreft   Antwoord op ...`, and table cells stay one line.)"""
    order = sorted(members, key=lambda i: data["left"][i])
    heights = sorted(data["height"][i] / glyph_extent(data["text"][i]) for i in order)
    gap = COLUMN_SPLIT * heights[len(heights) // 2]
    for n, (prev, i) in enumerate(zip(order, order[1:]), 1):
        if (data["left"][i] > SIDEBAR_FROM * width
                and data["left"][i] - (data["left"][prev] + data["width"][prev]) > gap):
            return [order[:n], order[n:]]
    return [order]


CHAMBER_PAPERS = {"handelingen", "kamerstukken", "kamerstuk", "aanhangsel"}
CHAMBER_MISREAD = re.compile(r"^(?=.*l)[Il1]{2}(?=[,.)]?$)")   # `Il`, `lI`, `ll`, `1l`: tesseract's II, not a word


# a chamber's numeral read as digits or a bracket (`Handelingen 11, 2010/11`, `Handelingen (l, 2010/11`, a scan in
# black and white or with a shadow): known as a numeral by the session year after it; one I per character read
CHAMBER_DIGITS = re.compile(r"^[(\[|Il1]{1,2}(?=[,.]?$)")
SESSION_YEAR = re.compile(r"^(?:19|20)\d\d(?:/|-|–)(?:\d\d|(?:19|20)\d\d)[,.)]?$")   # `2010/11`, `2021-2022`


def chamber_numerals(texts: list[str]) -> list[str]:
    """OCR tokens with the Tweede Kamer's numeral restored where tesseract read its I's as l's after the paper they
    name (`Handelingen Il 2021/22, nrs. 62 en 63`: no reference was found in it), or as digits or a bracket before a
    session year (`Handelingen 11, 2010/11`)."""
    out, before = list(texts), ""
    for i, text in enumerate(out):
        if before.strip(STRIP).lower() in CHAMBER_PAPERS:
            if CHAMBER_MISREAD.match(text):
                out[i] = CHAMBER_MISREAD.sub("II", text)
            elif CHAMBER_DIGITS.match(text) and SESSION_YEAR.match(next((t for t in out[i + 1:] if t.strip()), "")):
                out[i] = CHAMBER_DIGITS.sub(lambda m: "I" * len(m.group()), text)
        before = text if text.strip() else before   # tesseract's entries for blocks and lines are empty
    return out


REREAD_CONF = 60   # a line with a word tesseract is less sure of than this is read again on its own (OcrOptions.reread
                   # lines a page at most, the least sure first; a call is ~0.3 s)
REREAD_PAD = 0.4   # line heights of white around a line read on its own
OcrData = dict[str, list]


def reread_unsure_lines(image, data: OcrData, options: OcrOptions) -> None:
    """Lines with a word tesseract was unsure of read again, each on its own (as one line, ``--psm 7``), the new
    reading kept where tesseract is surer of it: small print in a page's letterhead is read as the page's body would
    guess it (`Ons kennisik`, `Ons vanme` for `Ons kenmerk` above the kenmerk, lost to the metadata) and right alone."""
    import pytesseract

    unsure = sorted((min(float(data["conf"][i]) for i in m), n, key, m) for n, (key, m) in enumerate(_line_runs(data))
                    if any(float(data["conf"][i]) < REREAD_CONF and any(c.isalpha() for c in data["text"][i]) for i in m))
    for _, _, key, members in unsure[:options.reread]:
        top, bottom = min(data["top"][i] for i in members), max(data["top"][i] + data["height"][i] for i in members)
        pad = int(REREAD_PAD * (bottom - top))
        left = max(min(data["left"][i] for i in members) - pad, 0)
        top = max(top - pad, 0)
        right = max(data["left"][i] + data["width"][i] for i in members) + pad
        new = pytesseract.image_to_data(image.crop((left, top, right, bottom + pad)), lang=options.lang,
                                        config="--psm 7", output_type=pytesseract.Output.DICT)
        found = [j for j, t in enumerate(new["text"]) if ocr_token(t) and float(new["conf"][j]) >= 0]
        if not found or (sum(float(new["conf"][j]) for j in found) / len(found)
                         <= sum(float(data["conf"][i]) for i in members) / len(members)):
            continue
        for i in members:
            data["text"][i] = ""
        for j in found:
            for name, value in (("block_num", key[0]), ("par_num", key[1]), ("line_num", key[2]),
                                ("left", new["left"][j] + left), ("top", new["top"][j] + top), ("width", new["width"][j]),
                                ("height", new["height"][j]), ("conf", new["conf"][j]), ("text", new["text"][j])):
                data[name].append(value)


REREAD_GAP = 2.0   # line heights: a gap this wide parts a line of tesseract's in runs (a body line, the sidebar beside it)


def line_key(data: OcrData, i: int) -> tuple[int, int, int]:
    """The tesseract line word i stands on: (block, paragraph, line)."""
    return data["block_num"][i], data["par_num"][i], data["line_num"][i]


def ocr_lines(data: OcrData, keep: Callable[[int], bool] = lambda i: True) -> dict[tuple[int, int, int], list[int]]:
    """Tesseract's lines, by (block, paragraph, line): the indexes of their words that hold text, a confidence and
    pass ``keep``."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][i]) >= 0 and keep(i):
            lines.setdefault(line_key(data, i), []).append(i)
    return lines


def _line_runs(data: OcrData) -> list[tuple[tuple[int, int, int], list[int]]]:
    """Tesseract's lines (their key and word indexes), each cut into runs of words at a wide gap."""
    runs = []
    for key, members in ocr_lines(data).items():
        order = sorted(members, key=lambda i: data["left"][i])
        gap = REREAD_GAP * median(data["height"][i] for i in order)
        run = [order[0]]
        for prev, i in zip(order, order[1:]):
            if data["left"][i] - data["left"][prev] - data["width"][prev] > gap:
                runs.append((key, run))
                run = []
            run.append(i)
        runs.append((key, run))
    return runs


DOUBLE_OVERLAP = 0.5   # word boxes of two lines overlapping in width and this share of the lower one's height ...
DOUBLE_MIN = 2         # ... this many times at least: the two lines are one line read twice


def _over(data: OcrData, i: int, j: int) -> bool:
    """Word boxes i and j overlap in width and by DOUBLE_OVERLAP of the lower box in height: the same ink."""
    width = min(data["left"][i] + data["width"][i], data["left"][j] + data["width"][j]) - max(data["left"][i], data["left"][j])
    height = min(data["top"][i] + data["height"][i], data["top"][j] + data["height"][j]) - max(data["top"][i], data["top"][j])
    return width > 0 and height >= DOUBLE_OVERLAP * min(data["height"][i], data["height"][j])


def drop_double_readings(data: OcrData) -> None:
    """Tesseract may read one line of a page scanned a degree askew twice: once whole, once as a second line of
    fragments over the same ink (`d k behoefte kan b llende d T il` over `onaerzoek nog behoefte kan bestaan aan
    aanvullende documenten. Tevens wi`), which the text would then hold twice. Of two lines whose words overlap
    (twice at least), the one with fewer letters in the overlapping words is the second reading: its words over the
    other line's runs of words (and a letter's width beside them) are dropped (a sidebar word beside them stays)."""
    lines = ocr_lines(data)
    runs = _line_runs(data)
    span = {key: (min(data["top"][i] for i in members), max(data["top"][i] + data["height"][i] for i in members))
            for key, members in lines.items()}
    for key_a, a in lines.items():
        for key_b, b in lines.items():
            if key_a == key_b or span[key_a][1] < span[key_b][0] or span[key_b][1] < span[key_a][0]:
                continue   # the same line, or lines apart: no word of one over a word of the other
            pairs = [(i, j) for i in a for j in b if _over(data, i, j)]
            if len(pairs) < DOUBLE_MIN:
                continue
            letters_a = sum(len(data["text"][i]) for i in {i for i, _ in pairs})
            letters_b = sum(len(data["text"][j]) for j in {j for _, j in pairs})
            if letters_a >= letters_b:
                continue   # this line is the whole reading (a tie keeps both)
            hosts = {j for _, j in pairs}
            extents = [(min(data["left"][j] for j in run) - data["height"][run[0]],   # a letter's width beyond it
                        max(data["left"][j] + data["width"][j] for j in run) + data["height"][run[-1]])
                       for key, run in runs if key == key_b and hosts & set(run)]
            for i in a:
                if any(left <= data["left"][i] + data["width"][i] / 2 <= right for left, right in extents):
                    data["text"][i] = ""


# Footnote markers on a scan: tesseract reads a superscript digit glued to its word as a digit (`Kamer3`) or as the
# mark it resembles (`ontving.*`, `informeren?` for `.²`, `toekomen“.`, `1110)’`, `werkzaamheden.®`). Such a tail is a
# marker only where the image shows it raised: ink that ends well above the word's baseline and is as tall as a digit
# (a closing quote `’` is raised too, but half as tall). A `?` or a number on the baseline is text and stays.
MARKER_READINGS = "’'‘*?®“”\"°^…¹²³⁴⁵⁶⁷⁸⁹0123456789"
MARKER_TAIL = re.compile(r"^(?P<word>.*[^\W\d_][.)»”’]?|.*\d[.)»”’]?)(?P<tail>[" + re.escape(MARKER_READINGS)
                         + r"]{1,2})(?P<punct>[.,;:]?)$")
MARKER_INK = 0.3        # a pixel this share of the way from the paper to the word's darkest ink is ink (a small digit's
                        # thin strokes, blurred on a 150 dpi scan, are half as dark as a letter's)
MARKER_RAISED = 0.42    # a marker's ink ends at least this share of the word's height above its baseline (the hook
                        # of a `?` whose point the scan lost ends a third of it above)
MARKER_TALL = 0.45      # ... and is at least this share of the word's height tall (`’`, `“` are lower)
MARKER_LOW = 0.15       # shares of the word's height: a glyph ending this close to the baseline stands on it
MARKER_POINT = 0.4      # ... and one whose ink starts this close above it is a stop or a comma


MARKER_SPECK = 3   # pixels: an ink blot this small is the scan's grain


def _glyph_runs(ink) -> list[tuple[int, int, int, int]]:
    """(left, right, top, bottom) of the glyphs of a word's image, left to right: its blots of connected ink, those
    one above the other (`i` and its dot, `?` and its point) one glyph. A superscript after a stop (`.²`) is a glyph
    of its own though blur joins their columns, and so is one under the hook of an `f` (`brief²`)."""
    from scipy import ndimage

    labels, count = ndimage.label(ink, structure=[[1, 1, 1], [1, 1, 1], [1, 1, 1]])
    blots = []
    for k, found in enumerate(ndimage.find_objects(labels), 1):
        if found is not None and (labels[found] == k).sum() > MARKER_SPECK:
            rows, columns = found
            blots.append([columns.start, columns.stop, rows.start, rows.stop])
    glyphs: list[list[int]] = []
    for blot in sorted(blots):
        last = glyphs[-1] if glyphs else None
        stacked = last and (blot[3] <= last[2] or last[3] <= blot[2])   # one above the other, not side by side
        if last and stacked and min(last[1], blot[1]) - blot[0] >= 0.5 * min(last[1] - last[0], blot[1] - blot[0]):
            last[:] = [last[0], max(last[1], blot[1]), min(last[2], blot[2]), max(last[3], blot[3])]
        else:
            glyphs.append(blot)
    return [(a, b, c, d) for a, b, c, d in glyphs]


def _ink(pixels):
    """Which pixels of a grey crop are ink (MARKER_INK of the way from the paper, its 90th percentile, to the darkest
    pixel), and that contrast."""
    import numpy as np

    paper = float(np.percentile(pixels, 90))
    contrast = paper - float(pixels.min())
    return pixels < paper - MARKER_INK * contrast, contrast


def raised_tail(image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) of a superscript at the end of a word's image (before a stop or comma on
    the baseline), or None: ink that ends above the baseline by MARKER_RAISED and is MARKER_TALL of the word."""
    import numpy as np

    left, top, right, bottom = box
    if right - left < 2 or bottom - top < 2:   # a word outside its line's band (a redaction box's code)
        return None
    ink, _ = _ink(np.asarray(image.crop((left, top - 1, right, bottom + 1)).convert("L"), dtype=float))
    runs = _glyph_runs(ink)
    if len(runs) < 2:
        return None
    base = median(r[3] for r in runs)
    height = base - min(r[2] for r in runs)
    if height <= 0:
        return None
    k = len(runs)
    while k > 1 and runs[k - 1][3] >= base - MARKER_LOW * height and runs[k - 1][2] >= base - MARKER_POINT * height:
        k -= 1   # a stop or comma after the marker (`toekomen⁴.`): ink low on the baseline
    tail = runs[k - 1]
    if k < 2 or tail[3] > base - MARKER_RAISED * height or tail[3] - tail[2] < MARKER_TALL * height:
        return None
    first = k - 1
    while first > 1 and runs[first - 1][3] <= base - MARKER_RAISED * height:
        first -= 1   # a marker of two digits
    return left + runs[first][0], top - 1 + min(r[2] for r in runs[first:k]), left + tail[1], top - 1 + tail[3]


MARKER_READS = ((3, False), (3, True), (2, False), (2, True))   # (enlargement, black and white) a marker is read at,
                                                                # the next tried where tesseract reads no digit


def marker_digits(image, box: tuple[int, int, int, int], options: OcrOptions) -> str:
    """The digits of a superscript marker read on their own (its ink alone on white, enlarged, in grey or made
    black and white, one character, digits only); "" if none."""
    import numpy as np
    import pytesseract
    from PIL import Image

    left, top, right, bottom = box
    pad = max(bottom - top, 4)
    crop = image.crop((left - 2, top - 2, right + 2, bottom + 2)).convert("L")
    pixels = np.asarray(crop, dtype=float)
    paper = float(np.percentile(pixels, 90))
    black = Image.fromarray(np.where(pixels < (paper + float(pixels.min())) / 2, 0, 255).astype("uint8"))
    for scale, binary in MARKER_READS:
        canvas = Image.new("L", (crop.width + 2 * pad, crop.height + 2 * pad), 255)
        canvas.paste(black if binary else crop, (pad, pad))
        text = pytesseract.image_to_string(canvas.resize((canvas.width * scale, canvas.height * scale),
                                                         Image.Resampling.LANCZOS), lang=options.lang,
                                           config="--psm 10 -c tessedit_char_whitelist=0123456789").strip()
        if text.isdigit() and len(text) <= 2:
            return text
    return ""


MARKER_BAND_PAD = 0.25   # line heights above and below its words' median box in which a word's ink is looked at


def _line_bands(data: OcrData) -> dict[tuple[int, int, int], tuple[float, float]]:
    """Each tesseract line's median word top and bottom: a word re-read on its own may come back in a box as tall
    as three lines (the white around the line it was cut with), the band keeps its neighbours' ink out."""
    tops: dict[tuple[int, int, int], list[int]] = {}
    bottoms: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text and text.strip():
            key = line_key(data, i)
            tops.setdefault(key, []).append(data["top"][i])
            bottoms.setdefault(key, []).append(data["top"][i] + data["height"][i])
    return {key: (median(tops[key]), median(bottoms[key])) for key in tops}


STACK_TALL = 2.5    # a word box this many times a line's height, ...
STACK_NARROW = 1.2  # ... at most this many line heights wide, is a column of numbers read as one word (`BWN`)


def stacked_numbers(image, data: OcrData, options: OcrOptions,
                    bands: dict[tuple[int, int, int], tuple[float, float]]) -> None:
    """A column of numbers before lines (the footnotes' numbers, one under the other) that tesseract read as one
    tall word (`BWN`, `ke`) read again line by line: each line to the right of the column whose band the column
    spans gets its number as its first word (digits read as a marker's are); the tall word goes."""
    heights = sorted(b - t for t, b in bands.values())
    if not heights:
        return
    line = heights[len(heights) // 2]
    for i in range(len(data["text"])):
        left, top, width, height = (data[k][i] for k in ("left", "top", "width", "height"))
        if not (data["text"][i] or "").strip() or height < STACK_TALL * line or width > STACK_NARROW * line:
            continue
        found = []
        starts: dict[tuple[int, int, int], int] = {}   # where each line's words start, the tall word's own left out
        for j, text in enumerate(data["text"]):
            if (text or "").strip() and j != i:
                key = line_key(data, j)
                starts[key] = min(starts.get(key, data["left"][j]), data["left"][j])
        for key, (t, b) in bands.items():
            if top - line / 2 <= (t + b) / 2 <= top + height + line / 2 and key in starts \
                    and 0 < starts[key] - (left + width) < 3 * line:
                box = _ink_box(image, (left, int(t - 0.3 * (b - t)), left + width, int(b)))
                digits = marker_digits(image, box, options) if box else ""
                if box and digits:
                    found.append((key, box, digits))
        numbers = [int(digits) for _, _, digits in sorted(found, key=lambda f: f[1][1])]
        if len(found) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:])):
            continue   # notes count up; a table's rule read as `1`s beside its rows is no column of numbers
        own = line_key(data, i)
        for j in range(len(data["text"])):   # the tall word and the bits of the column read beside it (`ke`)
            if line_key(data, j) == own and \
                    data["left"][j] < left + width and data["left"][j] + data["width"][j] > left:
                data["text"][j] = ""
        for key, (l, t, r, b), digits in found:
            for name, value in zip(("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text"),
                                   (*key, l, t, r - l, b - t, 90, digits)):
                data[name].append(value)


def _ink_box(image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The box of the ink in ``box`` of the image (as `raised_tail` tells ink), None where there is none."""
    import numpy as np

    if box[2] - box[0] < 2 or box[3] - box[1] < 2:
        return None
    ink, contrast = _ink(np.asarray(image.crop(box).convert("L"), dtype=float))
    if contrast < 64 or not ink.any():
        return None
    rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return box[0] + int(columns[0]), box[1] + int(rows[0]), box[0] + int(columns[-1]) + 1, box[1] + int(rows[-1]) + 1


def superscript_markers(image, data: OcrData, options: OcrOptions,
                        bands: dict[tuple[int, int, int], tuple[float, float]]) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Footnote markers read glued to their words taken out of the words (`ontving.*` -> `ontving.`,
    `toekomen“.` -> `toekomen.`, `informeren?` -> `informeren.`), each returned as (digits, box) to stand as a
    marker of its own, as on a born-digital page; a raised tail whose digits cannot be read is only taken out."""
    out = []
    for i, text in enumerate(data["text"]):
        found = MARKER_TAIL.match(text or "")
        if not found or float(data["conf"][i]) < 0:
            continue
        top, bottom = bands.get(line_key(data, i), (0, image.height))
        pad = MARKER_BAND_PAD * (bottom - top)
        box = (data["left"][i], int(max(data["top"][i], top - pad)), data["left"][i] + data["width"][i],
               int(min(data["top"][i] + data["height"][i], bottom + pad)))
        raised = raised_tail(image, box)
        word, tail, punct = found.group("word"), found.group("tail"), found.group("punct")
        if raised is None:
            if tail == "?" and punct:   # `brief?.`: no question ends in a stop; a marker touching the `f` before it
                data["text"][i] = word + punct
            continue
        if tail.endswith(("?", "…")) and not punct and not word.endswith((".", ")")):
            punct = "."   # `.²` read as one `?` or `…`: the stop before the marker
        data["text"][i] = word + punct
        digits = tail if tail.isdigit() else marker_digits(image, raised, options)
        if digits:
            out.append((digits, raised))
    return out


def image_words(image, options: OcrOptions = OcrOptions(),
                boxes: Sequence[tuple[int, int, int, int]] = ()) -> list[Word]:
    """Words of a page image rendered at ``options.dpi``, in PDF points; one size per OCR line (the median
    word-box height, the codes on redaction ``boxes`` left out: set small, they would make a line small print),
    so the zoning can compare line sizes as on born-digital pages."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=options.lang, output_type=pytesseract.Output.DICT)
    drop_double_readings(data)
    bands = _line_bands(data)
    reread_unsure_lines(image, data, options)
    stacked_numbers(image, data, options, bands)
    markers = superscript_markers(image, data, options, bands)
    data["text"] = chamber_numerals([misread_fixed(ocr_token(t)) for t in data["text"]])
    tighten_tall_boxes(image, data)
    k = 72 / options.dpi
    lines = ocr_lines(data, lambda i: not _speck(data["text"][i], data["height"][i] * k))
    words = []
    for members in (part for line in lines.values() for part in column_parts(line, data, image.width)):
        sized = [i for i in members if not _on_box(data["left"][i] + data["width"][i] / 2,
                                                   data["top"][i] + data["height"][i] / 2, boxes)] or members
        heights = sorted(data["height"][i] / glyph_extent(data["text"][i]) for i in sized)
        size = round(heights[len(heights) // 2] * k * OCR_SIZE_FACTOR, 1)
        # one top and bottom for the line's words (their medians): on a page scanned a degree askew the words at
        # the end of a line sit points lower than at its start, and would be read as lines of their own
        edges = [font_edges(data["text"][i], data["top"][i], data["height"][i]) for i in members]
        top = median(e[0] for e in edges)
        bottom = median(e[1] for e in edges)
        for i in members:
            left = data["left"][i]
            words.append(Word(data["text"][i], left * k, (left + data["width"][i]) * k, top * k, bottom * k, size))
    return words + [marker_word(digits, box, k) for digits, box in markers]


TALL_BOX = 0.7    # a word box whose ink rows span less than this share of its height was cut with a neighbour's line
ROW_INK = 0.02    # a row of a word box holds ink when it has this share of the inkiest row's ink pixels (two at least)
BOX_INK = 0.3     # of the way from the paper (90th percentile) to the darkest ink (0.5th): a pixel darker is ink
ROW_GAP = 2       # pixel rows: a gap this small within the ink rows is inside the word (the dot of an i)


def tighten_tall_boxes(image, data: OcrData) -> None:
    """On a grainy scan tesseract may give the words of a line one box reaching half into the next line (the
    line's box): the line is then read as set in a font twice its size, and zoning takes it for a heading or
    letterhead and drops it. Such a box is cut down to its word's rows of ink (the run of inky rows holding
    the most ink)."""
    import numpy as np

    pixels = np.asarray(image.convert("L"))
    paper, dark = np.percentile(pixels, (90, 0.5))
    ink = paper - BOX_INK * (paper - dark)   # lighter than tesseract's own cut, which takes a letter's blurred edge in
    for i, text in enumerate(data["text"]):
        top, height, left, width = data["top"][i], data["height"][i], data["left"][i], data["width"][i]
        if not text or height < 4 or width < 1:
            continue
        rows = (pixels[top:top + height, left:left + width] < ink).sum(axis=1)
        if not rows.size:
            continue
        inky = np.flatnonzero(rows >= max(2.0, ROW_INK * rows.max()))
        if not inky.size:
            continue
        runs, start = [], inky[0]
        for a, b in zip(inky, inky[1:]):
            if b - a > ROW_GAP + 1:
                runs.append((start, a))
                start = b
        runs.append((start, inky[-1]))
        first, last = max(runs, key=lambda r: rows[r[0]:r[1] + 1].sum())
        if last - first + 1 < TALL_BOX * height:
            data["top"][i], data["height"][i] = top + int(first), int(last - first + 1)


MARKER_SIZE = 0.6   # a marker's size estimate: its digit's height over a digit's share of the font size, made small


def marker_word(digits: str, box: tuple[int, int, int, int], k: float) -> Word:
    """A superscript marker read apart from its word as a word of its own, in points: set small, as
    `pdf.is_marker` knows a marker on a born-digital page."""
    left, top, right, bottom = box
    height = (bottom - top) * k
    return Word(digits, left * k, right * k, top * k, bottom * k, round(height / glyph_extent(digits) * MARKER_SIZE, 1))
