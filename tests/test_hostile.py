"""Hostile and odd input at the door, generated at test time: nothing lost beside a bad file, nothing
hangs, every file that is not stored is named with its reason, no traceback."""
from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest import Store, ingest_paths
from ingest.errors import StoreError, UnreadableFile
from ingest.extract.text import _RawPage, split_long_pages
from ingest.extract.decode import decode
from ingest.extract.geometry import PageWords, Word
from ingest.extract.ocr import OcrOptions, render_dpi
from ingest.extract.pdf import body_text_of, dominant_size, zone_page
from ingest import pipeline
from ingest.pipeline import DocumentTimeout, collect, file_problem, parse_file
from ingest.settings import Settings
from ingest.tagging.nlp import MAX_PIECE, sentences

ROOT = Path(__file__).resolve().parent.parent
LETTER = ("Datum 1 maart 2023\nBetreft Registratiekosten drones\n\nGeachte voorzitter,\n\n"
          "In het commissiedebat van 8 februari 2023 heb ik toegezegd uw Kamer te informeren. Ik zal uw Kamer "
          "voor de zomer informeren over de registratiekosten voor drones in andere lidstaten.\n\n"
          "De Minister van Infrastructuur en Waterstaat,\n")
FULFILMENT = ("Datum 18 oktober 2023\nBetreft Registratiekosten drones in andere lidstaten\n\nGeachte voorzitter,\n\n"
              "Met deze brief informeer ik uw Kamer over de registratiekosten voor drones in andere lidstaten. "
              "Hiermee wordt de toezegging over de registratiekosten voor drones in andere lidstaten als afgedaan "
              "beschouwd.\n\nDe Minister van Infrastructuur en Waterstaat,\n")
WEAK_FULFILMENT = ("Datum 1 juni 2023\nBetreft Drones\n\nGeachte voorzitter,\n\nHiermee wordt de toezegging over "
                   "de drones als afgedaan beschouwd.\n\nDe Minister van Infrastructuur en Waterstaat,\n")


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def make_pdf(pages: list[tuple[int, int, bytes]]) -> bytes:
    """A minimal PDF: per page (width, height, content stream), with Helvetica as F1 and a 1x1 grey image as Im1."""
    objs = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Length 1 >>\nstream\n\xff\nendstream"]
    parent = len(objs) + 2 * len(pages) + 1
    for w, h, content in pages:
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /Resources "
                    b"<< /Font << /F1 1 0 R >> /XObject << /Im1 2 0 R >> >> >>" % (parent, w, h, len(objs)))
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs += [b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)), b"<< /Type /Catalog /Pages %d 0 R >>" % parent]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return bytes(out)


def text_pdf(text: str, size: int = 10) -> bytes:
    return make_pdf([(595, 842, b"BT /F1 %d Tf 72 700 Td (%s) Tj ET" % (size, text.encode("latin-1")))])


def hostile_folder(tmp_path: Path) -> Path:
    """Good letters beside every kind of bad input, in one folder."""
    batch = tmp_path / "batch"
    batch.mkdir()
    outside = tmp_path / "buiten.txt"
    outside.write_text(LETTER, encoding="utf-8")
    (batch / "goed.txt").write_text(LETTER, encoding="utf-8")
    (batch / "kopie.txt").write_text(LETTER, encoding="utf-8")                 # the same bytes, another name
    (batch / "utf32.txt").write_bytes(FULFILMENT.encode("utf-32"))
    (batch / "utf16-zonder-bom.txt").write_bytes(WEAK_FULFILMENT.encode("utf-16-le"))
    (batch / "cp1252.txt").write_bytes(LETTER.replace("drones", "‘drones’ à € 5").encode("cp1252"))
    (batch / "brief.pdf").write_bytes(text_pdf("Geachte voorzitter, hierbij informeer ik uw Kamer."))
    (batch / "nulgrootte.pdf").write_bytes(text_pdf("Geachte voorzitter, hierbij informeer ik uw Kamer.", size=0))
    os.mkfifo(batch / "pijp.txt")
    os.symlink("lus.txt", batch / "lus.txt")
    os.symlink("nergens.txt", batch / "weg.txt")
    os.symlink("/dev/zero", batch / "nul.txt")
    os.symlink(outside, batch / "naar-buiten.txt")
    (batch / ".verborgen.txt").write_text(LETTER, encoding="utf-8")
    (batch / "nul-tekens.txt").write_bytes(b"Geachte voorzitter\x00\x00\x00" * 50)
    (batch / "lege-pagina.pdf").write_bytes(make_pdf([(595, 842, b"")]))
    (batch / "reuzenpagina.pdf").write_bytes(make_pdf([(566929, 842, b"q 566929 0 0 842 0 0 cm /Im1 Do Q")]))
    (batch / "lang.txt").write_text("Hierbij informeer ik uw Kamer over de voortgang " * 44_000, encoding="utf-8")  # 2 MB
    with open(os.path.join(os.fsencode(batch), b"caf\xe9-latin1-naam.txt"), "wb") as fh:
        fh.write(FULFILMENT.replace("18 oktober", "19 oktober").encode("utf-8"))
    return batch


def test_hostile_batch_keeps_every_good_file_and_names_the_rest(tmp_path: Path) -> None:
    batch, data = hostile_folder(tmp_path), tmp_path / "data"
    os.symlink("/dev/zero", tmp_path / "nul-direct.txt")   # named directly: read only if it is a regular file
    proc = run(str(batch), str(tmp_path / "nul-direct.txt"), "--data", str(data), "--quiet", "--workers", "2")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    said = {line.split(": ")[1]: line.split(": ", 2)[2] for line in proc.stderr.splitlines()
            if line.startswith("ingest: ")}
    assert set(said) == {"kopie.txt", "pijp.txt", "lus.txt", "weg.txt", "nul.txt", "nul-direct.txt", "naar-buiten.txt",
                         ".verborgen.txt", "nul-tekens.txt", "lege-pagina.pdf", "reuzenpagina.pdf", "lang.txt",
                         "nulgrootte.pdf"}, said
    assert said["kopie.txt"] == "same content as goed.txt, stored once, as an alias of goed.txt"
    assert "FIFO" in said["pijp.txt"] and "loop" in said["lus.txt"] and "broken" in said["weg.txt"]
    assert "device" in said["nul-direct.txt"]
    assert "out of the folder" in said["nul.txt"] and "out of the folder" in said["naar-buiten.txt"]
    assert "hidden" in said[".verborgen.txt"] and "NUL" in said["nul-tekens.txt"]
    assert "no text" in said["lege-pagina.pdf"] and "too large to OCR" in said["reuzenpagina.pdf"]
    assert "no readable text" in said["nulgrootte.pdf"]   # zero-size glyphs: no division by zero
    assert said["lang.txt"] == "stored, with a warning: text cut after 2000000 characters (setting max_document_chars)"
    export = run("export", "--data", str(data), "--kind", "page")
    texts, pages = {}, {}
    for rec in map(json.loads, export.stdout.splitlines()):
        texts[rec["doc"]] = texts.get(rec["doc"], "") + rec["text"]
        pages.setdefault(rec["doc"], []).append(rec["page"])
    assert set(texts) == {"goed.txt", "utf32.txt", "utf16-zonder-bom.txt", "cp1252.txt", "brief.pdf", "lang.txt",
                          "caf\\xe9-latin1-naam.txt"}
    assert "registratiekosten" in texts["utf32.txt"] and "‘drones’ à € 5" in texts["cp1252.txt"]
    assert "\x00" not in "".join(texts.values()) and len(texts["lang.txt"]) > 1_990_000
    assert pages["lang.txt"] == list(range(1, 102))   # one line of 2 MB: pages of at most 20,000 characters
    with Store(data) as store:   # the same bytes under a second name: found under both
        assert store.document_named("kopie.txt") == store.document_named("goed.txt") is not None
    again = run(str(batch), "--data", str(data), "--quiet")
    assert "8 unchanged" in again.stderr and "0 aliases" in again.stderr, again.stderr   # kopie.txt: an alias now


def test_long_pages_split_at_line_then_sentence_then_space() -> None:
    split = split_long_pages([_RawPage(3, ["Een twee.", "", "Drie vier.", "Vijf zes zeven acht negen tien."]),
                              _RawPage(4, ["Kort."]), _RawPage(5, ["Elf twaalf dertien. Veertien vijftien zestien"])], 24)
    assert [(p.number, p.lines) for p in split] == [
        (1, ["Een twee.", "", "Drie vier."]), (2, ["Vijf zes zeven acht"]), (3, ["negen tien."]), (4, ["Kort."]),
        (5, ["Elf twaalf dertien."]), (6, ["Veertien vijftien"]), (7, ["zestien"])]
    short = [_RawPage(2, ["Een twee."]), _RawPage(7, ["Drie."])]
    assert split_long_pages(short, 24) == short == split_long_pages(short, 0)   # printed numbers kept


def test_a_long_text_without_page_breaks_is_read_page_by_page(tmp_path: Path) -> None:
    filler = "Met deze brief informeer ik uw Kamer over de voortgang van het beleid in de migratieketen. "
    letter = tmp_path / "lang.txt"
    letter.write_text(LETTER.replace("\n\nDe Minister", filler * 40 + "\n\n" + filler * 60 + "Ik zal uw Kamer "
                                     "voor de zomer informeren over de registratiekosten.\n\nDe Minister"), encoding="utf-8")
    parsed = parse_file(letter, settings=Settings.resolve({"text_page_chars": 3000}))
    assert [p.number for p in parsed.pages] == [1, 2, 3, 4] and parsed.document.pages == 4
    assert all(len(p.text) <= 3000 for p in parsed.pages)
    assert parsed.pages[1].text.startswith(filler.strip()) and parsed.pages[2].text.startswith(filler.strip())
    last = [t for t in parsed.tags if t.kind == "commitment"][-1]   # tagged on the page it stands on
    assert last.page == 4 and last.quote.endswith("voor de zomer informeren over de registratiekosten.")


def test_checked_before_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pijp.pdf")
    os.symlink("lus", tmp_path / "lus")
    assert "FIFO" in file_problem(tmp_path / "pijp.pdf")
    assert "loop" in file_problem(tmp_path / "lus")
    assert "device" in file_problem(Path("/dev/zero"))
    collected = collect([tmp_path / "lus", "/dev/zero", tmp_path / "pijp.pdf"])
    assert collected.files == [] and [name for name, _ in collected.failed] == ["lus", "zero", "pijp.pdf"]


def test_store_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "store.sqlite").write_bytes(b"dit is geen database " * 100)
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    with pytest.raises(StoreError, match="not a readable store"):
        Store(tmp_path)
    for proc in (run(str(letter), "--data", str(tmp_path), "--quiet"), run("export", "--data", str(tmp_path))):
        assert proc.returncode == 1
        assert proc.stderr.count("\n") == 1 and "not a readable store" in proc.stderr, proc.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be", "cp1252"])
def test_encodings_read_honestly(encoding: str) -> None:
    text = "Uw Kamer is geïnformeerd over de ‘Staat van migratie’ – € 5 miljoen.\n" * 3
    assert decode(text.encode(encoding)) == text


def test_latin1_is_read_as_its_windows_superset() -> None:
    text = "Café, coördinatie en reünie.\n"
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize("data, reason", [
    (b"Geachte voorzitter\x00" * 20, "NUL"),
    (bytes(range(1, 9)) * 40 + b"tekst", "unprintable"),
    ("Caf\u00e9 \x81\x8d\x90 ".encode("latin-1"), "not UTF-8"),   # C1 control bytes: not Latin-1 text either
])
def test_not_text_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        decode(data)


def test_tagger_reads_a_text_over_spacys_limit_in_pieces() -> None:
    text = "Hierbij informeer ik uw Kamer over de voortgang van het beleid. " * 17_000   # 1.1 million characters
    spans = sentences(text)
    assert len(spans) == 17_000 and spans[-1][1] == len(text.rstrip())
    one_line = "woord " * 200_000
    assert sum(e - s for s, e in sentences(one_line)) >= len(one_line) - MAX_PIECE


def test_zero_size_glyphs_do_not_divide_by_zero() -> None:
    words = [Word("Geachte", 72, 120, 100, 110, 0.0), Word("voorzitter", 125, 180, 100, 110, 0.0)]
    page = PageWords(1, 595, 842, words, False)
    size = dominant_size([page])   # zoning itself, without the page fallback that would hide an error
    body, _, _ = zone_page(page, size, first=True)
    text, _ = body_text_of(body, size, frozenset())
    assert "Geachte voorzitter" in text


@pytest.mark.parametrize("width, height, dpi", [
    (595, 842, 250),            # A4: the setting
    (2384, 3370, 160),          # A0: lowered to stay within the pixel limit
    (566929, 842, None),        # 200 m wide: refused
])
def test_ocr_render_stays_within_the_pixel_limit(width: float, height: float, dpi: int | None) -> None:
    assert render_dpi(width, height, OcrOptions()) == dpi


def test_a_parse_past_its_memory_limit_is_rejected_by_name(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "goed.txt").write_text(LETTER, encoding="utf-8")
    (folder / "gulzig.txt").write_text(FULFILMENT, encoding="utf-8")
    real_parse = pipeline.parse_file

    def greedy(path: Path, sha: str | None = None, settings: Settings | None = None):
        if path.name == "gulzig.txt":
            hoard = bytearray(400 * 2**20)   # a real allocation, past the limit
            hoard[-1] = 1
        return real_parse(path, sha, settings)

    monkeypatch.setattr(pipeline, "parse_file", greedy)
    before = resource.getrlimit(resource.RLIMIT_AS)
    report = ingest_paths([folder], tmp_path / "data", workers=1, progress=False,
                          settings=Settings.resolve({"max_parse_memory_mb": 300}))
    assert report.added == ["goed.txt"]
    assert report.failed == [("gulzig.txt", "needed more than 300 MB of memory to read (setting max_parse_memory_mb), "
                                            "not stored")]
    assert resource.getrlimit(resource.RLIMIT_AS) == before


def commitment_links(data: Path) -> dict[str, list[tuple[str | None, str | None]]]:
    with Store(data) as store:
        out: dict[str, list] = {}
        for doc_id, tag in store.tags(kind="commitment"):
            out.setdefault(store.name_of(doc_id), []).append((tag.info.fulfilled_by, tag.info.fulfils))
    return out


def letters(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "brieven"
    folder.mkdir()
    for name, text in (("toezegging.txt", LETTER), ("afdoening.txt", FULFILMENT), ("zwak.txt", WEAK_FULFILMENT)):
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def test_ingest_order_does_not_change_links(tmp_path: Path) -> None:
    a, b, c = letters(tmp_path)   # afdoening, toezegging, zwak
    at_once, in_steps = tmp_path / "een", tmp_path / "stappen"
    ingest_paths([a, b, c], at_once, workers=1, progress=False)
    ingest_paths([b, c], in_steps, workers=1, progress=False)   # first linked to the weak fulfilment
    ingest_paths([a], in_steps, workers=1, progress=False)      # then the better one arrives
    links = commitment_links(at_once)
    assert links["toezegging.txt"][-1] == ("afdoening.txt", None)
    assert links == commitment_links(in_steps)


def test_links_restored_after_a_kill_between_commit_and_linking(tmp_path: Path) -> None:
    folder, data, fresh = letters(tmp_path)[0].parent, tmp_path / "data", tmp_path / "fresh"
    killed = subprocess.run([sys.executable, "-c", (
        "import os, signal, sys; import ingest.pipeline as p; "
        "p.relink = lambda store: os.kill(os.getpid(), signal.SIGKILL); "
        "p.ingest_paths([sys.argv[1]], sys.argv[2], workers=1, progress=False)"), str(folder), str(data)],
        cwd=ROOT, timeout=300)
    assert killed.returncode == -9
    assert all(link == (None, None) for tags in commitment_links(data).values() for link in tags)
    again = ingest_paths([folder], data, workers=1, progress=False)
    assert len(again.unchanged) == 3
    ingest_paths([folder], fresh, workers=1, progress=False)
    assert commitment_links(data) == commitment_links(fresh) != {}


def test_a_document_over_its_time_limit_is_rejected_by_name(tmp_path: Path, monkeypatch) -> None:
    letter = tmp_path / "traag.txt"
    letter.write_text(LETTER, encoding="utf-8")

    def slow(*args, **kwargs):   # a parser that would not return, and swallows the first interruption
        try:
            time.sleep(60)
        except DocumentTimeout:
            pass
        time.sleep(60)

    monkeypatch.setattr(pipeline, "parse_file", slow)
    started = time.perf_counter()
    report = ingest_paths([letter], tmp_path / "data", workers=1, progress=False,
                          settings=Settings.resolve({"max_seconds": 1}))
    assert time.perf_counter() - started < 30
    assert report.failed == [("traag.txt", "took longer than 1 s (setting max_seconds), not stored")]


FUZZ_SOURCES = (ROOT / "corpus" / "pdf" / "antwoord-kamervragen-jeugdige-criminelen.pdf",
                ROOT / "corpus" / "pdf" / "motie-negatieve-spaarrente.pdf",
                ROOT / "tests" / "fixtures" / "brief-eerste-kamer-p1.txt",
                ROOT / "tests" / "fixtures" / "kamerbrief-diverse-excerpt.txt")
MUTANTS_PER_SOURCE = 38   # 152 in all


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One damage of the kinds a probe tries: truncation, flipped bytes, a chunk deleted, repeated,
    zeroed, or random bytes inserted."""
    i, j = sorted(rng.randrange(len(data)) for _ in range(2))
    kind = rng.randrange(6)
    if kind == 0:
        return data[:i]
    if kind == 1:
        out = bytearray(data)
        for k in rng.sample(range(len(data)), rng.randint(1, 20)):
            out[k] ^= 1 << rng.randrange(8)
        return bytes(out)
    if kind == 2:
        return data[:i] + data[j:]
    if kind == 3:
        return data[:j] + data[i:j] * rng.randint(2, 5) + data[j:]
    if kind == 4:
        return data[:i] + bytes(j - i) + data[j:]
    return data[:i] + rng.randbytes(rng.randint(1, 200)) + data[i:]


@pytest.mark.parametrize("source", FUZZ_SOURCES, ids=[p.name for p in FUZZ_SOURCES])
def test_fuzzed_files_fail_by_name_never_by_traceback(source: Path, tmp_path: Path) -> None:
    rng, data = random.Random(source.name), source.read_bytes()
    settings = Settings.resolve({"max_seconds": 30})
    for n in range(MUTANTS_PER_SOURCE):
        mutant = tmp_path / f"{n}{source.suffix}"
        mutant.write_bytes(mutate(data, rng))
        started = time.perf_counter()
        result = pipeline._safe_parse(mutant, "x", settings)
        assert time.perf_counter() - started < 60
        if isinstance(result, Exception):
            assert not str(result).startswith("unexpected error"), (n, result)
        else:
            assert any(p.text.strip() for p in result[0].pages)


def test_encrypted_pageless_and_truncated_pdfs_are_named_and_the_batch_goes_in(tmp_path: Path) -> None:
    batch, data = tmp_path / "batch", tmp_path / "data"
    batch.mkdir()
    letter = text_pdf("Geachte voorzitter, hierbij informeer ik uw Kamer over de voortgang.")
    (batch / "brief.pdf").write_bytes(letter)
    (batch / "versleuteld.pdf").write_bytes((ROOT / "tests" / "fixtures" / "encrypted.pdf").read_bytes())
    (batch / "nul-paginas.pdf").write_bytes(make_pdf([]))
    (batch / "afgebroken.pdf").write_bytes(letter[:len(letter) // 2])
    proc = run(str(batch), "--data", str(data), "--quiet")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    said = {line.split(": ")[1]: line.split(": ", 2)[2] for line in proc.stderr.splitlines() if line.startswith("ingest: ")}
    assert set(said) == {"versleuteld.pdf", "nul-paginas.pdf", "afgebroken.pdf"}, said
    assert "encrypted" in said["versleuteld.pdf"] and "no pages" in said["nul-paginas.pdf"]
    assert "1 added" in proc.stderr and "3 failed" in proc.stderr


DAMAGED_PAGE = ROOT / "tests" / "fixtures" / "damaged" / "letter-mixed-damaged-page-object.pdf"


def test_a_page_pdfium_cannot_load_is_read_by_pdfminer_and_the_document_goes_in() -> None:
    # A letter with a scanned second page whose page object is damaged (`17 : obj` for `17 0 obj`, as a byte flip in a
    # real KGG letter made it): PDFium reads page 1 and refuses page 2, pdfminer reads page 2 leniently; that scanned
    # page cannot be rendered for OCR, so it keeps what its layer holds (nothing). The letter goes in, page 2 named in
    # warnings (the whole letter was lost: `unexpected error: PdfiumError: Failed to load page.`).
    result = pipeline._safe_parse(DAMAGED_PAGE, "x" * 64, Settings.resolve({}))
    assert not isinstance(result, Exception), result
    parsed, warnings = result
    assert [p.number for p in parsed.pages] == [1, 2]
    assert parsed.pages[0].text.startswith("Geachte voorzitter,\n\nOp woensdag 17 mei jongstleden startte ik als informateur")
    assert "meerderheidscoalitie" in parsed.pages[0].text   # PDFium's words (pdfminer's: `meerderheidscoa litie`)
    assert not parsed.pages[1].text.strip()
    assert [w.split(": ", 1)[1] for w in warnings if "p.2: PDFium" in w] == [
        "PDFium cannot load the page: read by pdfminer",
        "PDFium cannot load or render the page (Failed to load page.): no OCR, the page keeps what its text layer holds"]


def test_a_page_neither_reader_loads_is_left_empty_and_the_document_goes_in(monkeypatch) -> None:
    import pdfplumber

    def refuse(*args, **kwargs):
        raise ValueError("Invalid dictionary construct")
    monkeypatch.setattr(pdfplumber, "open", refuse)
    parsed, warnings = pipeline._safe_parse(DAMAGED_PAGE, "x" * 64, Settings.resolve({}))
    assert parsed.pages[0].text.startswith("Geachte voorzitter,") and not parsed.pages[1].text.strip()
    assert any(w.endswith("p.2: PDFium cannot load the page: pdfminer cannot either (ValueError: Invalid dictionary "
                          "construct), left empty") for w in warnings), warnings
