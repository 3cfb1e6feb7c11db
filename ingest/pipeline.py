"""Files to stored records: extract, clean, read metadata and sections, tag, store.

Parsing (the CPU-heavy part) runs in a process pool; the parent process alone writes the store,
one transaction per document, so a crash leaves every document either fully stored or absent.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import multiprocessing
import os
import resource
import signal
import stat
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from functools import lru_cache
from multiprocessing.context import BaseContext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from ingest.cluster import cluster_client, parse_on_cluster
from ingest.errors import EmptyDocument, IngestError, MemoryLimitExceeded, UnsupportedFile
from ingest.extract.ocr import OcrOptions
from ingest.extract.pdf import extract_pdf
from ingest.extract.text import extract_text
from ingest.records import CommitmentInfo, Document, ParsedDocument, Tag
from ingest.settings import Settings
from ingest.store import Store, sha256_file
from ingest.structure.metadata import read_metadata
from ingest.structure.sections import find_sections
from ingest.tagging.document import tag_document
from ingest.tagging.links import link_commitments
from ingest.tagging.nlp import pipeline as sentence_pipeline

log = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".txt")


@dataclass
class IngestReport:
    """What one batch did, by file name (names that are not UTF-8 show their odd bytes as ``\\xNN``)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (file name, name its bytes are stored under)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason): in a folder, not read
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file name, message): stored, not whole

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class Collected:
    """The files a batch will read, and what it will not read, by name, with the reason."""

    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def display_name(path: Path) -> str:
    """A file name as text: bytes that are not UTF-8 are shown as ``\\xNN`` (it must be storable and printable)."""
    return os.fsencode(path.name).decode("utf-8", "backslashreplace")


def file_problem(path: Path) -> str | None:
    """Why a path cannot be read as a document (a loop, a broken link, a pipe, a device...), or None.
    Checked before anything is opened: a FIFO or `/dev/zero` would never end."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop, not read"
        if exc.errno == errno.ENOENT:
            return "broken symbolic link (its target does not exist)" if path.is_symlink() else "no such file"
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    kind = ("a folder" if stat.S_ISDIR(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a special file")
    return f"not a regular file but {kind}, not read"


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """The readable files among the paths and below named folders (see ``collect``)."""
    return collect(paths).files


def collect(paths: Iterable[Path | str]) -> Collected:
    """Files named directly (any name), plus the .pdf/.txt files found below named folders, sorted, each
    file once. Every path is checked before it is read; what is not read is named with the reason."""
    out = Collected()
    for p in map(Path, paths):
        if p.is_dir():
            _walk(p, out)
        elif problem := file_problem(p):
            out.failed.append((display_name(p) if p.name else str(p), problem))
        else:
            out.files.append(p)
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for f in out.files:
        st = f.stat()
        key = (st.st_dev, st.st_ino, f.name)   # the same file twice; another name for it is a duplicate
        if key not in seen:
            seen.add(key)
            unique.append(f)
    out.files = unique
    return out


def _walk(folder: Path, out: Collected) -> None:
    """The files below a folder, links not followed out of it; hidden files and folders named, not read."""
    root = folder.resolve()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        for d in sorted(dirnames):
            if d.startswith("."):
                out.skipped.append((display_name(here / d), "hidden folder (its name starts with a dot)"))
            elif (here / d).is_symlink() and not _inside(here / d, root):
                out.skipped.append((display_name(here / d), "link to a folder outside the folder"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(filenames):
            _consider(here / name, root, out)


def _consider(path: Path, root: Path, out: Collected) -> None:
    name = display_name(path)
    if path.name.startswith("."):
        out.skipped.append((name, "hidden file (its name starts with a dot)"))
    elif path.suffix.lower() not in SUFFIXES:
        out.skipped.append((name, "not a .pdf or .txt file"))
    elif path.is_symlink() and not _inside(path, root):
        out.skipped.append((name, "symbolic link out of the folder"))
    elif problem := file_problem(path):
        out.failed.append((name, problem))
    else:
        out.files.append(path)


def _inside(link: Path, root: Path) -> bool:
    """Whether a link's target lies below root (a loop or a broken link counts as inside: it is named later)."""
    try:
        return link.resolve(strict=True).is_relative_to(root)
    except (OSError, RuntimeError):
        return True


def parse_file(path: Path, sha: str | None = None, settings: Settings | None = None) -> ParsedDocument:
    """Extract, clean, read metadata and sections, and tag one file. Raises IngestError subclasses."""
    path = Path(path)
    if not path.is_file():
        raise UnsupportedFile("no such file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        extraction = extract_pdf(path, OcrOptions.of(settings or Settings()))
    elif suffix == ".txt":
        settings = settings or Settings()
        extraction = extract_text(path, settings.max_document_chars, settings.text_page_chars)
    else:
        raise UnsupportedFile(f"unsupported file type '{suffix or path.name}' (ingest reads .pdf and .txt)")
    meta = read_metadata(extraction, path.name)
    document = Document(id=sha or sha256_file(path), name=path.name, pages=extraction.page_count,
                        scanned=extraction.scanned, **meta.fields())
    sections = tuple(find_sections(extraction.pages, path.name))
    tags = tuple(tag_document(extraction.pages, extraction.footnotes, document.date, document.doc_type, path.name,
                              extraction.made))
    return ParsedDocument(document, extraction.pages, sections, extraction.footnotes, tags)


Parsed = tuple[ParsedDocument, list[str]]   # a document and the warnings logged while it was read


def ingest_paths(paths: Iterable[Path | str], data_dir: Path | str, workers: int | None = None,
                 progress: bool = True, settings: Settings | None = None, cluster: str | None = None) -> IngestReport:
    """Ingest files and folders into the store in ``data_dir``. Unchanged files are skipped by content
    hash; a failing file is reported in the result and the rest of the batch goes on. Links between
    documents are derived afresh from the whole store after every run. With ``cluster`` (a Dask
    scheduler address, or `local`) the files are parsed on its workers; this process stays the writer."""
    settings = settings or Settings()
    collected = collect(paths)
    report = IngestReport(failed=list(collected.failed), skipped=list(collected.skipped))
    with Store(data_dir) as store:
        todo, aliases = _plan(store, collected.files, report)
        workers = workers or settings.workers or min(len(todo), os.cpu_count() or 1)
        bar = _progress_bar(len(todo), progress)
        for path, sha, result in _parse_all(todo, workers, settings, cluster):
            bar.update(1)
            _keep(store, path, sha, result, report)
        bar.close()
        _record_aliases(store, aliases, report)
        relink(store)
    return report


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, progress: bool):
    """A tqdm bar over the files, or a silent stand-in (tqdm's import is not paid for without a bar)."""
    if not progress or not total:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc="ingest", unit="file")


Alias = tuple[str, str, str]   # (file name, sha of its bytes, name those bytes are stored, or will be, under)


def _plan(store: Store, files: list[Path], report: IngestReport) -> tuple[list[tuple[Path, str]], list[Alias]]:
    """The files to parse (not unchanged, not bytes already stored or earlier in this batch under another
    name), and the names to record as aliases once the batch is stored."""
    todo: list[tuple[Path, str]] = []
    aliases: list[Alias] = []
    kept: dict[str, str] = {}    # sha -> the name it is stored (or will be) under
    names: dict[str, str] = {}   # name -> sha, in this batch
    for f in files:
        name = display_name(f)
        if f.suffix.lower() not in SUFFIXES:
            report.failed.append((name, f"unsupported file type '{f.suffix or name}' (ingest reads .pdf and .txt)"))
            continue
        try:
            sha = sha256_file(f)
        except OSError as exc:
            report.failed.append((name, f"cannot read file: {exc.strerror or exc}"))
            continue
        if name in names:   # the same file twice (as through a link) is read once; other bytes fail
            if names[name] != sha:
                report.failed.append((name, f"another file of this name is earlier in the batch, not stored ({f})"))
            continue
        names[name] = sha
        _classify(store, f, name, sha, kept, report, (todo, aliases))
    return todo, aliases


def _classify(store: Store, f: Path, name: str, sha: str, kept: dict[str, str], report: IngestReport,
              plan: tuple[list[tuple[Path, str]], list[Alias]]) -> None:
    """Unchanged, an alias of bytes stored (now, or later in this batch) under another name, or to be parsed.
    An alias of a stored document is recorded at once, so that its document keeps a name should the
    name it is stored under be given other bytes later in this batch."""
    status = store.status_of(name, sha, reader_version())
    if status == "unchanged":
        report.unchanged.append(name)
        kept.setdefault(sha, store.name_of(sha) or name)
    elif status == "duplicate":
        _record_alias(store, name, sha, report)
    elif sha in kept:
        plan[1].append((name, sha, kept[sha]))
    else:
        plan[0].append((f, sha))
        kept[sha] = name


def _record_aliases(store: Store, aliases: list[Alias], report: IngestReport) -> None:
    """Record the names whose bytes were parsed in this batch under another name; when that document
    failed, the name fails with it."""
    for name, sha, first in aliases:
        if store.name_of(sha) is None:
            report.failed.append((name, f"same content as {first}, which was not stored"))
        else:
            _record_alias(store, name, sha, report)


def _record_alias(store: Store, name: str, sha: str, report: IngestReport) -> None:
    released = store.add_alias(name, sha)
    if released:   # the name held other bytes before, gone from disk: so from the store
        log.info("%s: %s", name, released)
    report.aliases.append((name, store.name_of(sha) or "?"))


# The parts of the program whose code decides a document's records. A stored document read by other code
# (an older version) is read again when its file is ingested again, so an upgrade's rules reach old letters.
READER_PARTS = ("extract", "structure", "tagging", "dutch", "records.py")


@lru_cache(maxsize=1)
def reader_version() -> str:
    """A fingerprint of the code that reads a document (``READER_PARTS``): a hash of its source files."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for part in READER_PARTS:
        path = root / part
        for f in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if f.suffix in (".py", ".json") and f.is_file():
                digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def _keep(store: Store, path: Path, sha: str, result: Parsed | Exception, report: IngestReport) -> None:
    """Store one parsed document under its readable name, or record why it failed."""
    name = display_name(path)
    if isinstance(result, Exception):
        report.failed.append((name, str(result) or type(result).__name__))
        log.info("%s: %s", name, result)
        return
    parsed, warnings = result
    report.warnings.extend((name, w) for w in warnings)
    status = store.status_of(name, sha, reader_version())
    original = store.keep_original(path, sha)
    store.put(replace(parsed, document=replace(parsed.document, name=name, original=original)), reader_version())
    (report.replaced if status in ("changed", "outdated") else report.added).append(name)


def relink(store: Store) -> None:
    """Derive which open commitments later documents fulfil, from the whole store: every link is cleared
    and found again, so a crash before linking, a rerun or another ingest order gives the same links."""
    docs = {d.id: d for d in store.documents()}
    stored: dict[str, list[Tag]] = {}
    for doc_id, tag in store.tags(kind=None):
        stored.setdefault(doc_id, []).append(tag)
    cleared = {doc_id: [_unlinked(t) for t in tags] for doc_id, tags in stored.items()}
    linked = {**cleared, **link_commitments(docs, cleared)}
    store.replace_all_tags({doc_id: tags for doc_id, tags in linked.items() if tags != stored[doc_id]})


def _unlinked(tag: Tag) -> Tag:
    if isinstance(tag.info, CommitmentInfo) and (tag.info.fulfilled_by or tag.info.fulfils):
        return replace(tag, info=replace(tag.info, fulfilled_by=None, fulfils=None))
    return tag


def _parse_all(todo: list[tuple[Path, str]], workers: int, settings: Settings,
               cluster: str | None = None) -> Iterator[tuple[Path, str, Parsed | Exception]]:
    """Yield (path, sha, parsed document with its warnings, or the IngestError it raised), in completion order."""
    if cluster and todo:
        with cluster_client(cluster) as client:
            yield from parse_on_cluster(client, _safe_parse, todo, settings)
        return
    if workers <= 1 or len(todo) <= 1:
        for path, sha in todo:
            yield path, sha, _safe_parse(path, sha, settings)
        return
    if multiprocessing.get_start_method() == "fork":
        sentence_pipeline()   # built once here: forked workers share it instead of each building it
    with ingest_pool(workers) as pool:
        # largest first: a large file started last would leave the other workers idle while it is read
        futures = {pool.submit(_safe_parse, path, sha, settings): (path, sha)
                   for path, sha in sorted(todo, key=lambda t: -_size(t[0]))}
        for fut in as_completed(futures):
            path, sha = futures[fut]
            try:
                yield path, sha, fut.result()
            except Exception as exc:  # the worker died (killed, out of memory): this file fails, the batch goes on
                yield path, sha, IngestError(f"reading it stopped the worker process ({type(exc).__name__})")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:   # gone since it was hashed: it fails when read, in its turn
        return 0


def ingest_pool(workers: int, context: BaseContext | None = None) -> ProcessPoolExecutor:
    """The process pool that parses files; its workers run without torch (see ``without_torch``)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=without_torch)


def without_torch() -> None:
    """Keep torch out of this process unless it is loaded already: ingest never embeds, and an import
    that pulls it in (spaCy's thinc did, before sentences were cut without spaCy) costs seconds of start-up
    in every process."""
    sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  # None: `import torch` fails


def _safe_parse(path: Path, sha: str, settings: Settings) -> Parsed | Exception:
    """Parse one file within the time limit, collecting the warnings logged meanwhile; every error is
    returned (with those warnings, which often say why)."""
    warnings: list[str] = []
    try:
        with (_warnings_logged(warnings), _time_limit(settings.max_seconds),
              _memory_limit(settings.max_parse_memory_mb)):
            parsed = parse_file(path, sha, settings)
        if not any(p.text.strip() for p in parsed.pages):
            raise EmptyDocument("no text found on any page (damaged file, or blank pages)")
        return parsed, warnings
    except IngestError as exc:
        return type(exc)("; ".join([str(exc) or type(exc).__name__, *warnings]))
    except MemoryError:
        return MemoryLimitExceeded(f"needed more than {settings.max_parse_memory_mb} MB of memory to read "
                                   "(setting max_parse_memory_mb), not stored")
    except Exception as exc:   # a bug: named in the report; its traceback only in the debug log
        log.debug("unexpected error on %s", display_name(path), exc_info=True)
        return IngestError(f"unexpected error: {type(exc).__name__}: {exc}")


class DocumentTimeout(IngestError):
    """Reading one document took longer than the setting ``max_seconds``."""


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after ``seconds`` (only the main thread of a process can be
    interrupted: elsewhere, as in the app's script thread, there is no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"took longer than {seconds} s (setting max_seconds), not stored")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)   # again every second, should a library swallow it
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _memory_limit(mb: int) -> Iterator[None]:
    """Let this process's address space grow by at most ``mb`` MB meanwhile (the RLIMIT_AS soft limit, put
    back after): an allocation past it raises MemoryError, and a program it starts (tesseract) inherits the
    limit. The limit holds for the whole process, so it is set only from a main thread (a parsing worker,
    the command line), never from the app's script thread, where other sessions run beside it."""
    if mb <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:   # the first field: the address space's size, in pages
        now = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = min(x for x in (now + mb * 2**20, soft, hard) if x != resource.RLIM_INFINITY)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


class _ListHandler(logging.Handler):
    """Keeps the messages of WARNING records; hands lower ones on to the root logger as usual."""

    def __init__(self, messages: list[str]):
        super().__init__(logging.DEBUG)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.messages.append(record.getMessage())
        else:
            logging.getLogger().handle(record)


@contextmanager
def _warnings_logged(messages: list[str]) -> Iterator[None]:
    """Collect the warnings the ingest modules log meanwhile, for the report (not printed as log lines too)."""
    logger = logging.getLogger("ingest")
    handler, propagate = _ListHandler(messages), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
