"""The store: round trips, idempotence by hash, replacement by name, and crash safety."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ingest import Document, Footnote, Page, ParsedDocument, Section, Store, Tag, export_records, ingest_paths
from ingest.errors import StoreError
from ingest.store import SCHEMA, SCHEMA_VERSION, TimelineFilter, fold

ROOT = Path(__file__).resolve().parent.parent


def sample(doc_id: str = "a" * 64, name: str = "brief.txt") -> ParsedDocument:
    doc = Document(doc_id, name, "Diverse onderwerpen", "2022-11-07", "kamerbrief", "Tweede Kamer",
                   "Staatssecretaris van Justitie en Veiligheid", "4242", 2, False, "originals/x.txt")
    pages = (Page(1, "Eerste pagina.\n\nTweede alinea."), Page(3, "Laatste pagina."))
    tags = (Tag.of("deadline", "voor de zomer", 1, 0, 13,
                {"date_text": "voor de zomer", "date_start": None, "date_end": "2023-07-01", "approx": True}),
            Tag.of("motion", "motie Piri c.s.", 3, 30, 45, {"name": "motie Piri c.s.", "submitters": ["Piri"]}))
    return ParsedDocument(doc, pages, (Section("1.1", "Hervestiging", 1, 3, 16), Section("1.2", "Nareis", 3, 3)),
                          (Footnote("1", "Kamerstuk 35300 VI, nr. 63", 1, 12),), tags)


def test_record_round_trip(tmp_path: Path) -> None:
    parsed = sample()
    with Store(tmp_path) as store:
        store.put(parsed)
        assert store.parsed(parsed.document.id) == parsed
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_same_name_replaces_old_records(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.put(sample("a" * 64))
        store.put(sample("b" * 64))
        assert [d.id for d in store.documents()] == ["b" * 64]
        assert store.conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 2
        assert store.conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0] == 2


def test_reingest_is_noop_and_changed_file_replaces(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    letter = src / "brief.txt"
    letter.write_text("Met deze brief informeer ik u over de voortgang.\n", encoding="utf-8")
    data = tmp_path / "data"
    first = ingest_paths([src], data, progress=False)
    assert (first.added, first.failed) == (["brief.txt"], [])
    again = ingest_paths([src], data, progress=False)
    assert (again.added, again.unchanged) == ([], ["brief.txt"])
    letter.write_text("Met deze brief informeer ik u over iets anders.\n", encoding="utf-8")
    changed = ingest_paths([src], data, progress=False)
    assert changed.replaced == ["brief.txt"]
    with Store(data) as store:
        (doc,) = store.documents()
        assert "iets anders" in store.pages(doc.id)[0].text
        assert (data / doc.original).read_bytes() == letter.read_bytes()


def test_killed_mid_document_leaves_consistent_store(tmp_path: Path) -> None:
    """A process killed inside a document's transaction leaves the documents before it intact and
    no trace of the one it was writing."""
    data = tmp_path / "data"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from ingest import Store
        from tests.test_store import sample

        class Dying(tuple):
            def __iter__(self):
                os._exit(9)   # the process dies here, inside the open transaction

        with Store({str(data)!r}) as store:
            store.put(sample("a" * 64, "eerste.txt"))
            doomed = sample("b" * 64, "tweede.txt")
            store.put(doomed.__class__(doomed.document, doomed.pages, doomed.sections, doomed.footnotes,
                                       Dying(doomed.tags)))
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    conn = sqlite3.connect(data / "store.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT name FROM documents").fetchall() == [("eerste.txt",)]
    assert conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 2
    assert conn.execute("SELECT COUNT(*) FROM pages WHERE doc_id = ?", ("b" * 64,)).fetchone()[0] == 0
    conn.close()
    with Store(data) as store:
        assert [d.name for d in store.documents()] == ["eerste.txt"]


def write(folder: Path, **texts: str) -> None:
    folder.mkdir(exist_ok=True)
    for stem, text in texts.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")


VOORTGANG = "Met deze brief informeer ik u over de voortgang.\n"
ANDERS = "Met deze brief informeer ik u over iets anders.\n"


def test_same_bytes_under_another_name_is_an_alias_findable_under_both(tmp_path: Path) -> None:
    src, data = tmp_path / "in", tmp_path / "data"
    write(src, a=VOORTGANG, b=ANDERS)
    ingest_paths([src], data, progress=False)
    write(src, b=VOORTGANG, c=VOORTGANG)   # b.txt now holds a.txt's bytes, and a copy of them arrives as c.txt
    later = ingest_paths([src], data, progress=False)
    assert (later.unchanged, later.aliases) == (["a.txt"], [("b.txt", "a.txt"), ("c.txt", "a.txt")])
    again = ingest_paths([src], data, progress=False)   # a rerun changes nothing
    assert (again.unchanged, again.aliases, again.added) == (["a.txt", "b.txt", "c.txt"], [], [])
    with Store(data) as store:   # b.txt's older text is gone from disk, so from the store
        (doc,) = store.documents()
        assert doc.name == "a.txt" and store.aliases(doc.id) == ["b.txt", "c.txt"]
        assert store.document_named("c.txt") == store.document_named("a.txt") == doc
        assert store.document_named("d.txt") is None
    (record,) = export_records(data, "document")
    assert (record["doc"], record["aliases"]) == ("a.txt", ["b.txt", "c.txt"])


def test_alias_in_one_batch_and_when_its_document_fails(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src, x=VOORTGANG, y=VOORTGANG)
    (src / "kapot-1.txt").write_bytes(b"\x00\x01" * 100)
    (src / "kapot-2.txt").write_bytes(b"\x00\x01" * 100)
    report = ingest_paths([src], tmp_path / "data", progress=False)
    assert (report.added, report.aliases) == (["x.txt"], [("y.txt", "x.txt")])
    assert [(n, r.split(":")[0]) for n, r in report.failed] == [
        ("kapot-1.txt", "not text"), ("kapot-2.txt", "same content as kapot-1.txt, which was not stored")]
    assert [r.get("aliases") for r in export_records(tmp_path / "data", "document")] == [["y.txt"]]


def test_names_move_with_their_bytes(tmp_path: Path) -> None:
    """A stored name given other bytes hands its document to an alias; an alias given other bytes is dropped."""
    src, data = tmp_path / "in", tmp_path / "data"
    write(src, a=VOORTGANG, b=VOORTGANG, c=VOORTGANG)
    ingest_paths([src], data, progress=False)
    write(src, a=ANDERS, c=ANDERS)
    report = ingest_paths([src], data, progress=False)
    assert (report.replaced, report.unchanged, report.aliases) == (["a.txt"], ["b.txt"], [("c.txt", "a.txt")])
    with Store(data) as store:
        names = {d.name: (store.aliases(d.id), "anders" in store.pages(d.id)[0].text) for d in store.documents()}
    assert names == {"a.txt": (["c.txt"], True), "b.txt": ([], False)}


def test_store_of_schema_3_gains_aliases_and_readers_in_place(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "store.sqlite")
    conn.executescript(SCHEMA)   # the tables of version 3, with one document
    conn.execute("INSERT INTO documents (id, name, doc_type, pages) VALUES (?, 'brief.txt', 'kamerbrief', 1)",
                 ("a" * 64,))
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    with Store(tmp_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert store.add_alias("kopie.txt", "a" * 64) is None
        assert [d.name for d in store.documents()] == ["brief.txt"] and store.aliases("a" * 64) == ["kopie.txt"]
        # read before readers were recorded: read again by any version, unchanged when no version is asked
        assert store.status_of("brief.txt", "a" * 64, "v1") == "outdated"
        assert store.status_of("brief.txt", "a" * 64) == "unchanged"
    with Store(tmp_path) as store:   # opened again: nothing to migrate
        assert store.document_named("kopie.txt").name == "brief.txt"


@pytest.mark.parametrize("version, age", [(SCHEMA_VERSION + 1, "newer"), (2, "older")])
def test_store_of_another_schema_is_a_clear_error(tmp_path: Path, version: int, age: str) -> None:
    # an older store lacks columns this program reads (version 2: no section offsets): ingest again
    conn = sqlite3.connect(tmp_path / "store.sqlite")
    conn.execute(f"PRAGMA user_version={version}")
    conn.close()
    with pytest.raises(StoreError, match=f"{age} schema .*ingest again"):
        Store(tmp_path)


def test_same_file_twice_is_read_once_and_same_name_twice_is_named(tmp_path: Path) -> None:
    one, two = tmp_path / "een", tmp_path / "twee"
    one.mkdir(), two.mkdir()
    (one / "brief.txt").write_text("Met deze brief informeer ik u over de voortgang.\n", encoding="utf-8")
    (two / "brief.txt").write_text("Met deze brief informeer ik u over iets anders.\n", encoding="utf-8")
    os.link(one / "brief.txt", two / "kopie.txt")   # the same file under another name
    report = ingest_paths([one, one / "brief.txt", two], tmp_path / "data", progress=False)
    assert report.added == ["brief.txt"] and report.aliases == [("kopie.txt", "brief.txt")]
    assert report.failed == [("brief.txt", f"another file of this name is earlier in the batch, not stored "
                                           f"({two / 'brief.txt'})")]
    again = ingest_paths([two / "kopie.txt", one / "brief.txt"], tmp_path / "data", progress=False)
    assert (again.unchanged, again.aliases) == (["kopie.txt", "brief.txt"], [])
    with Store(tmp_path / "data") as store:
        assert [d.name for d in store.documents()] == ["brief.txt"]


def test_timeline_plan_reads_no_table_once_per_row_of_another(tmp_path: Path) -> None:
    """The timeline's statement at archive size: a loop nested in another may only search an index. The
    commitment a deadline stands in is found from the commitment's side, the deadlines of its document by
    primary key; through ``tags_kind`` it would scan every commitment per deadline (past 10 minutes at
    10^4 documents), so that index only drives the outer loop over the commitments."""
    with Store(tmp_path) as store:
        store.put(sample())
        sql, args = store.timeline_query("2024-01-01", TimelineFilter(kinds=("deadline",), docs=("brief.txt",),
                                                                      topic="zomer", overdue=True), limit=10)
        plan = store.conn.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
    loops: dict[int, list[str]] = {}
    for _, parent, _, detail in plan:
        if detail.startswith(("SCAN", "SEARCH")):
            loops.setdefault(parent, []).append(detail)
    nested = [d for group in loops.values() for d in group[1:]]
    assert nested and all(d.startswith("SEARCH") for d in nested), loops
    assert [d for group in loops.values() for d in group if "tags_kind" in d] == [
        "SEARCH c USING INDEX tags_kind (kind=?)"]
    assert ["SEARCH c USING INDEX tags_kind (kind=?)", "SEARCH t USING INDEX sqlite_autoindex_tags_1 (doc_id=?)"] in \
        loops.values()


def test_fold_is_the_search_s_folding(tmp_path: Path) -> None:
    from index.bm25 import fold as search_fold
    for text, folded in (("Geïnformeerd", "geinformeerd"), ("ÉÉN café", "een cafe"), ("Ĳssel", "ijssel"),
                         ("straße", "straße")):
        assert fold(text) == search_fold(text) == folded
    with Store(tmp_path) as store:
        assert store.conn.execute("SELECT fold('Ëén Dubliñ')").fetchone()[0] == "een dublin"


def test_a_file_read_by_older_code_is_read_again(tmp_path: Path, monkeypatch) -> None:
    """After an upgrade of the reading code (its rules, extraction), ingesting the same file again reads it
    again, so the new rules reach letters stored before; the same code leaves it alone."""
    import ingest.pipeline as pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "brief.txt").write_text("Ik zal uw Kamer voor de zomer informeren over de uitkomsten.\n", encoding="utf-8")
    data = tmp_path / "data"
    ingest_paths([src], data, progress=False)
    with Store(data) as store:
        store.replace_all_tags({store.id_named("brief.txt"): []})    # what an older version's rules made
    assert ingest_paths([src], data, progress=False).unchanged == ["brief.txt"]
    monkeypatch.setattr(pipeline, "reader_version", lambda: "a newer version")
    again = ingest_paths([src], data, progress=False)
    assert (again.replaced, again.unchanged) == (["brief.txt"], [])
    with Store(data) as store:
        assert sorted(t.kind.value for _, t in store.tags()) == ["commitment", "deadline"]
    assert ingest_paths([src], data, progress=False).unchanged == ["brief.txt"]
