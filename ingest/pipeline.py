"""Files to stored records: extract, clean, read metadata and sections, tag, store.

Parsing (the CPU-heavy part) runs in a process pool; the parent process alone writes the store,
one transaction per document, so a crash leaves every document either fully stored or absent.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from ingest.errors import IngestError, UnsupportedFile
from ingest.extract.ocr import OcrOptions
from ingest.extract.pdf import extract_pdf
from ingest.extract.text import extract_text
from ingest.records import Document, ParsedDocument, Tag
from ingest.settings import Settings
from ingest.store import Store, sha256_file
from ingest.structure.metadata import read_metadata
from ingest.structure.sections import find_sections
from ingest.tagging.document import tag_document
from ingest.tagging.links import link_commitments

log = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".txt")


@dataclass
class IngestReport:
    """What one batch did, by file name."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)

    @property
    def ok(self) -> bool:
        return not self.failed


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """Files named directly, plus the .pdf/.txt files found below named folders (sorted, no duplicates)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                              and not f.name.startswith(".")))
        else:
            out.append(p)
    seen, unique = set(), []
    for f in out:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def parse_file(path: Path, sha: str | None = None, settings: Settings | None = None) -> ParsedDocument:
    """Extract, clean, read metadata and sections, and tag one file. Raises IngestError subclasses."""
    path = Path(path)
    if not path.is_file():
        raise UnsupportedFile("no such file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        extraction = extract_pdf(path, OcrOptions.of(settings or Settings()))
    elif suffix == ".txt":
        extraction = extract_text(path)
    else:
        raise UnsupportedFile(f"unsupported file type '{suffix or path.name}' (ingest reads .pdf and .txt)")
    meta = read_metadata(extraction, path.name)
    document = Document(id=sha or sha256_file(path), name=path.name, pages=extraction.page_count,
                        scanned=extraction.scanned, **meta.fields())
    sections = tuple(find_sections(extraction.pages, path.name))
    tags = tuple(tag_document(extraction.pages, extraction.footnotes, document.date, document.doc_type))
    return ParsedDocument(document, extraction.pages, sections, extraction.footnotes, tags)


def _parse_job(path: str, sha: str, settings: Settings) -> ParsedDocument:
    return parse_file(Path(path), sha, settings)


def ingest_paths(paths: Iterable[Path | str], data_dir: Path | str, workers: int | None = None,
                 progress: bool = True, settings: Settings | None = None) -> IngestReport:
    """Ingest files and folders into the store in ``data_dir``. Unchanged files are skipped by content
    hash; a failing file is reported in the result and the rest of the batch goes on."""
    report = IngestReport()
    files = collect_files(paths)
    with Store(data_dir) as store:
        todo: list[tuple[Path, str]] = []
        for f in files:
            try:
                sha = sha256_file(f)
            except OSError as exc:
                report.failed.append((f.name, f"cannot read file: {exc.strerror or exc}"))
                continue
            if f.suffix.lower() not in SUFFIXES:
                report.failed.append((f.name, f"unsupported file type '{f.suffix or f.name}' (ingest reads .pdf and .txt)"))
                continue
            status = store.status_of(f.name, sha)
            if status == "unchanged":
                report.unchanged.append(f.name)
            else:
                todo.append((f, sha))
        settings = settings or Settings()
        workers = workers or settings.workers or min(len(todo), os.cpu_count() or 1)
        bar = tqdm(total=len(todo), desc="ingest", unit="file", disable=not progress or not todo)
        for path, sha, result in _parse_all(todo, workers, settings):
            bar.update(1)
            if isinstance(result, Exception):
                report.failed.append((path.name, str(result) or type(result).__name__))
                log.warning("%s: %s", path.name, result)
                continue
            status = store.status_of(path.name, sha)
            original = store.keep_original(path, sha)
            store.put(replace(result, document=replace(result.document, original=original)))
            (report.replaced if status == "changed" else report.added).append(path.name)
        bar.close()
        if report.added or report.replaced:
            relink(store)
    return report


def relink(store: Store) -> None:
    """Record in the store which open commitments later documents fulfil."""
    docs = {d.id: d for d in store.documents()}
    by_doc: dict[str, list[Tag]] = {}
    for doc_id, tag in store.tags(kind=None):
        by_doc.setdefault(doc_id, []).append(tag)
    for doc_id, tags in link_commitments(docs, by_doc).items():
        store.replace_tags(doc_id, tags)


def _parse_all(todo: list[tuple[Path, str]], workers: int, settings: Settings):
    """Yield (path, sha, ParsedDocument or the IngestError it raised), in completion order."""
    if workers <= 1 or len(todo) <= 1:
        for path, sha in todo:
            yield path, sha, _safe_parse(path, sha, settings)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_parse_job, str(path), sha, settings): (path, sha) for path, sha in todo}
        for fut in as_completed(futures):
            path, sha = futures[fut]
            try:
                yield path, sha, fut.result()
            except IngestError as exc:
                yield path, sha, exc
            except Exception as exc:  # a bug or a library crash on one file must not stop the batch
                log.exception("unexpected error on %s", path.name)
                yield path, sha, IngestError(f"unexpected error: {type(exc).__name__}: {exc}")


def _safe_parse(path: Path, sha: str, settings: Settings) -> ParsedDocument | Exception:
    try:
        return parse_file(path, sha, settings)
    except IngestError as exc:
        return exc
    except Exception as exc:
        log.exception("unexpected error on %s", path.name)
        return IngestError(f"unexpected error: {type(exc).__name__}: {exc}")
