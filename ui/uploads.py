"""Adding documents from the browser: checks, safe names, ingest and the index update."""
from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from pathlib import Path
from typing import Any

import streamlit as st

from ingest import Store, ingest_paths
from ingest.errors import MigratiezoekerError
from ingest.settings import Settings

from .loading import build_shown, forget_index
from .markup import literal

MAX_UPLOAD_BYTES = 50 * 1000 * 1000  # the browser's limit too: .streamlit/config.toml maxUploadSize = 50 (MB)


def safe_filename(name: str) -> str:
    """An upload's name made safe: no folders, only letters, digits, dot, dash and underscore."""
    base = name.replace("\\", "/").split("/")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-_") or "document"
    stem, _, ext = base.rpartition(".")
    if not stem:
        stem, ext = base, "pdf"
    return f"{stem.strip('.-_')[:100] or 'document'}.{ext.lower()}"


def check_upload(name: str, size: int, head: bytes) -> str | None:
    """Why an uploaded file is refused (Dutch, for the user), or None when it may go in."""
    if size > MAX_UPLOAD_BYTES:
        return f"groter dan {MAX_UPLOAD_BYTES // 10**6} MB"
    if size == 0:
        return "leeg bestand"
    if not name.lower().endswith(".pdf") or b"%PDF-" not in head[:1024]:
        return "geen PDF-bestand"
    return None


def upload_name(name: str, data: bytes, store: Store, taken: set[str]) -> str:
    """The name an upload is stored under: its safe name, or that name with -2, -3, ... when the store
    holds other bytes under it or another upload of this batch has it (two names that sanitize alike
    never replace each other)."""
    stem, _, ext = safe_filename(name).rpartition(".")
    sha = hashlib.sha256(data).hexdigest()
    for n in itertools.count(1):
        candidate = f"{stem}.{ext}" if n == 1 else f"{stem}-{n}.{ext}"
        if candidate not in taken and store.status_of(candidate, sha) != "changed":
            return candidate
    raise AssertionError("unreachable")


def _save(files: list[Any], folder: Path, store: Store) -> list[Path]:
    """The accepted uploads written to ``folder`` under names of their own; each refused one is shown."""
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for f in files:
        data = f.getvalue()
        problem = check_upload(f.name, f.size, data[:1024])
        if problem:
            st.error(f"{literal(f.name)}: {problem}, niet toegevoegd.")
            continue
        target = folder / upload_name(f.name, data, store, {p.name for p in saved})
        target.write_bytes(data)
        saved.append(target)
    return saved


def _ingest(saved: list[Path], settings: Settings, bar: Any) -> tuple[int, int, int]:
    """Ingest the saved files one by one; (added, unchanged, failed)."""
    added = unchanged = failed = 0
    for i, target in enumerate(saved):
        bar.progress(i / len(saved) / 2, text=f"Inlezen: {target.name}")
        try:
            report = ingest_paths([target], settings.data, workers=1, progress=False, settings=settings)
        except MigratiezoekerError as exc:
            st.error(literal(f"{target.name}: {exc}"))
            target.unlink(missing_ok=True)  # a failed upload is not kept
            failed += 1
            continue
        for name, reason in report.failed:
            st.error(literal(f"{name}: {reason}"))
            target.unlink(missing_ok=True)
        added += len(report.added) + len(report.replaced)
        unchanged += len(report.unchanged) + len(report.aliases)   # an alias: the same content, present
        failed += len(report.failed)
    return added, unchanged, failed


def upload_panel(settings: Settings) -> None:
    """The sidebar panel that adds PDFs to the store and brings the index up to date."""
    with st.sidebar.expander("Documenten toevoegen"):
        files = st.file_uploader(f"PDF-bestanden (max. {MAX_UPLOAD_BYTES // 10**6} MB per bestand)",
                                 type=["pdf"], accept_multiple_files=True)
        if not files or not st.button("Toevoegen"):
            return
        with Store(settings.data) as store:
            saved = _save(files, Path(settings.data) / "uploads", store)
        if not saved:
            return
        bar = st.progress(0.0, text="Inlezen…")
        added, unchanged, failed = _ingest(saved, settings, bar)
        if added:
            build_shown(settings, lambda done, total: bar.progress(
                0.5 + done / max(total, 1) / 2, text=f"Zoekindex bijwerken: {done} van {total} passages"),
                "Zoekindex bijwerken mislukt")
            forget_index()
        bar.progress(1.0, text="Klaar")
        st.success(f"{added} toegevoegd, {unchanged} al aanwezig, {failed} mislukt.")
