"""Golden exports: the exact `ingest export` of every bundled corpus document, pinned.

Any change to extraction, cleaning, metadata, sections or tags shows here as a diff. When a change is
intended, regenerate with ``GOLDEN_UPDATE=1 python -m pytest tests/test_golden.py`` and commit the
new files with the change that explains them.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from ingest import export_records, ingest_paths

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
DOCUMENTS = sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".pdf", ".txt"))
UPDATE = os.environ.get("GOLDEN_UPDATE") == "1"


def needs_ocr(path: Path) -> bool:
    return "gescand" in path.stem


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, list[str]]:
    data = tmp_path_factory.mktemp("golden-data")
    files = [p for p in DOCUMENTS if not needs_ocr(p) or shutil.which("tesseract")]
    report = ingest_paths(files, data, progress=False)
    assert not report.failed, report.failed
    out: dict[str, list[str]] = {}
    for rec in export_records(data):
        out.setdefault(rec["doc"], []).append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return out


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_export_matches_golden(path, exported):
    if needs_ocr(path) and not shutil.which("tesseract"):
        pytest.skip("tesseract is not installed")
    golden = GOLDEN / f"{path.name}.jsonl"
    lines = exported[path.name]
    if UPDATE:
        golden.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden export for {path.name}: run with GOLDEN_UPDATE=1"
    expected = golden.read_text(encoding="utf-8").splitlines()
    assert lines == expected
