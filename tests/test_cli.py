"""The ingest command line: exit codes, failures named on stderr, the rest of the batch kept."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ingest import Document, Page, ParsedDocument, Store
from ingest.records import DocType

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, capture_output=True, text=True)


def test_bad_files_are_named_and_batch_goes_on(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "goed.txt").write_text("Datum 1 maart 2011\n\nMet deze brief informeer ik u.\n", encoding="utf-8")
    (batch / "leeg.txt").write_text("   \n", encoding="utf-8")
    (batch / "kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (batch / "geen-pdf.pdf").write_text("dit is gewoon tekst", encoding="utf-8")
    (batch / "latin1.txt").write_bytes("Caf\xe9 \x81\x8d\x90 ".encode("latin-1") * 3)
    data = tmp_path / "data"
    proc = run(str(batch), "--data", str(data), "--quiet")
    assert proc.returncode == 1
    failed = {line.split(":")[1].strip() for line in proc.stderr.splitlines() if line.startswith("ingest: ")}
    assert failed == {"leeg.txt", "kapot.pdf", "geen-pdf.pdf", "latin1.txt"}
    export = run("export", "--data", str(data), "--kind", "document")
    assert export.returncode == 0
    assert [json.loads(line)["doc"] for line in export.stdout.splitlines()] == ["goed.txt"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run().returncode == 2
    assert run("export", "--kind", "nonsense").returncode == 2


def test_export_without_store_is_a_clear_error(tmp_path: Path) -> None:
    proc = run("export", "--data", str(tmp_path / "nowhere"))
    assert proc.returncode == 1
    assert "no store" in proc.stderr


def test_export_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    with Store(tmp_path) as store:   # an export far larger than a pipe's buffer
        doc = Document("a" * 64, "lang.txt", "Lang", None, DocType.KAMERBRIEF, None, None, None, 1, False, None)
        store.put(ParsedDocument(doc, tuple(Page(n, "Tekst. " * 5_000) for n in range(1, 21)), (), (), ()))
    proc = subprocess.Popen([sys.executable, "-m", "ingest", "export", "--data", str(tmp_path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    json.loads(proc.stdout.readline())   # `| head -1`: one line read, then the pipe closed
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""


def test_skipped_and_duplicate_files_are_named_but_do_not_fail(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    letter = "Datum 1 maart 2011\n\nMet deze brief informeer ik u.\n"
    for name in ("brief.txt", "zelfde.txt", ".DS_Store", "notities.md"):
        (batch / name).write_text(letter, encoding="utf-8")
    proc = run(str(batch), "--data", str(tmp_path / "data"), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        "ingest: .DS_Store: skipped, hidden file (its name starts with a dot)",
        "ingest: notities.md: skipped, not a .pdf or .txt file",
        "ingest: zelfde.txt: same content as brief.txt, stored once, as an alias of brief.txt",
        "1 added, 0 replaced, 0 unchanged, 1 alias, 2 skipped, 0 failed"]
