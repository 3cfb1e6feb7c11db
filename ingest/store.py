"""The document store: SQLite in WAL mode, versioned schema, one transaction per document.

Documents are keyed by the sha256 of their bytes; a file name that comes back with other bytes
replaces the old document's records. The same bytes under another name are one document with that
name recorded as an alias: findable under both names, each name held by one document at most.
The original file is copied into ``<data>/originals/`` (written to a temporary name first, then
renamed) before its records are committed.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ingest.dutch.folding import fold
from ingest.errors import StoreError
from ingest.records import DocType, Document, Footnote, Page, ParsedDocument, Section, Tag, payload_fields

SCHEMA_VERSION = 5  # 2: tags record the rule that made them; 3: sections their heading's body offset; 4: aliases;
                    # 5: documents record the version of the code that read them
STORE_FILE = "store.sqlite"
# a commitment's or deadline's due date in SQL: the end of its period, else its start
DUE = "COALESCE(NULLIF(json_extract(attrs, '$.date_end'), ''), NULLIF(json_extract(attrs, '$.date_start'), ''))"
# a commitment's status as the trackers show it: an open one that a later letter fulfils is kept
COMMITMENT_STATUS = ("CASE WHEN json_extract(attrs, '$.status') = 'open' AND"
                     " COALESCE(json_extract(attrs, '$.fulfilled_by'), '') != '' THEN 'fulfilled'"
                     " ELSE json_extract(attrs, '$.status') END")
# the timeline (every dated commitment and deadline, see ``Store.timeline``), as WITH clauses: ``owned`` holds
# each deadline inside a commitment with the first of those by start: its status, or '-' when it has a due
# date of its own (that date stands for it). It is read from the commitment's side, the deadlines of its
# document by primary key (``+t.kind``): from the deadline's side through the ``tags_kind`` index SQLite
# scans every commitment for each deadline (past 10 minutes at 10^4 documents); a plan test guards this.
C_DUE = f"substr({DUE.replace('attrs', 'c.attrs')}, 1, 10)"
# whether an ISO text is a date Python reads (SQLite's date() alone takes 2023-02-30 as it is)
IS_DATE = "(date({0}, '+0 days') = {0} AND {0} >= '0001')"
TIMELINE = f"""
owned AS MATERIALIZED (
  SELECT t.doc_id, t.seq, substr(min(printf('%012d%09d', c.start, c.seq) || CASE WHEN {IS_DATE.format(C_DUE)}
         THEN '-' ELSE COALESCE({COMMITMENT_STATUS.replace('attrs', 'c.attrs')}, '') END), 22) AS owner
  FROM tags c CROSS JOIN tags t ON t.doc_id = c.doc_id
  WHERE c.kind = 'commitment' AND +t.kind = 'deadline' AND c.start < t."end" AND c."end" > t.start
  GROUP BY t.doc_id, t.seq),
dated AS MATERIALIZED (
  SELECT doc_id, seq, kind, page, substr({DUE}, 1, 10) AS due,
         CASE WHEN kind = 'commitment' THEN {COMMITMENT_STATUS} END AS own
  FROM tags WHERE +kind IN ('commitment', 'deadline')),
timeline AS MATERIALIZED (
  SELECT m.doc_id, m.seq, m.kind, m.page, m.due, NULLIF(COALESCE(m.own, o.owner), '') AS status
  FROM dated m LEFT JOIN owned o ON o.doc_id = m.doc_id AND o.seq = m.seq
  WHERE {IS_DATE.format('m.due')} AND o.owner IS NOT '-')"""
OVERDUE = "(m.due < :today AND COALESCE(m.status, 'open') = 'open')"  # past due and neither kept nor only mentioned
# the rows the filters keep (``{where}``) with their document, overdue mark and place in the window; then, in
# one statement so the timeline is computed once: their number per month, status, overdue mark and place in
# the window (part 0), and the page of rows in the window (part 1, by due date, document name and page)
TIMELINE_PAGE = f""",
matched AS MATERIALIZED (
  SELECT m.*, d.name, d.title, {OVERDUE} AS overdue,
         (:due_from IS NULL OR m.due >= :due_from) AND (:due_to IS NULL OR m.due <= :due_to) AS in_window
  FROM timeline m CROSS JOIN documents d ON d.id = m.doc_id WHERE {{where}})
SELECT 0 AS part, substr(due, 1, 7) AS due, NULL AS name, NULL AS page, NULL AS doc_id, NULL AS seq, NULL AS kind,
       status, overdue, in_window, count(*) AS n, NULL AS quote, NULL AS title, NULL AS attrs
  FROM matched GROUP BY 2, status, overdue, in_window
UNION ALL
SELECT 1, p.due, p.name, p.page, p.doc_id, p.seq, p.kind, p.status, p.overdue, 1, 1, t.quote, p.title, t.attrs
  FROM (SELECT * FROM matched WHERE in_window ORDER BY due, name, page, doc_id, seq LIMIT :limit OFFSET :offset) p
  JOIN tags t ON t.doc_id = p.doc_id AND t.seq = p.seq
ORDER BY 1, 2, 3, 4, 5, 6"""
ORIGINALS_DIR = "originals"
# the motion tags with their fields, numbered in document order
MOTIONS = ("SELECT doc_id, page, NULLIF(json_extract(attrs, '$.kamerstuk'), '') AS kamerstuk,"
           " COALESCE(NULLIF(json_extract(attrs, '$.name'), ''), quote) AS label,"
           " json_extract(attrs, '$.submitters') AS submitters, json_extract(attrs, '$.asks') AS asks,"
           " json_extract(attrs, '$.response') AS response, row_number() OVER (ORDER BY doc_id, seq) AS n"
           " FROM tags WHERE kind = 'motion'")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    title TEXT, date TEXT, doc_type TEXT NOT NULL, addressee TEXT, sender TEXT, kenmerk TEXT,
    pages INTEGER NOT NULL, scanned INTEGER NOT NULL DEFAULT 0, original TEXT,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (doc_id, number)
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL, page INTEGER NOT NULL, end_page INTEGER,
    body_offset INTEGER,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS footnotes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, number TEXT NOT NULL, text TEXT NOT NULL, page INTEGER NOT NULL, marker_offset INTEGER,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS tags (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, kind TEXT NOT NULL, quote TEXT NOT NULL, page INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, attrs TEXT NOT NULL, rule TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS tags_kind ON tags(kind);
"""
ALIASES = """
CREATE TABLE IF NOT EXISTS aliases (
    name TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS aliases_doc ON aliases(doc_id);
"""
# the version of the code that read a document (``ingest.pipeline.reader_version``); a document stored before
# version 5 has none, so it is read again when its file is ingested again
READER = "ALTER TABLE documents ADD COLUMN reader TEXT;"
MIGRATIONS = {3: ALIASES, 4: READER}   # step n brings a store of version n to n + 1


@dataclass(frozen=True)
class TimelineFilter:
    """Which timeline rows ``Store.timeline`` keeps (every one when a field is empty or None), and its
    window: the rows kept but due outside ``due_from``..``due_to`` (ISO, inclusive) are counted, not listed."""

    kinds: tuple[str, ...] = ()     # 'commitment', 'deadline'
    statuses: tuple[str, ...] = ()  # a commitment's effective status (also of a deadline inside one), else 'deadline'
    docs: tuple[str, ...] = ()      # document names
    topic: str = ""                 # in the quote or the document's title, case and accents ignored
    overdue: bool | None = None
    due_from: str | None = None
    due_to: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        """The SQL condition over ``matched``'s row (``m``, its document ``d``) and its named arguments."""
        sql: list[str] = ["1"]
        args: dict[str, Any] = {}
        for column, name, values in (("m.kind", "k", self.kinds), ("COALESCE(m.status, 'deadline')", "s", self.statuses),
                                     ("d.name", "d", self.docs)):
            if values:
                sql.append(f"{column} IN ({', '.join(f':{name}{i}' for i in range(len(values)))})")
                args.update({f"{name}{i}": v for i, v in enumerate(values)})
        if self.overdue is not None:
            sql.append(f"{OVERDUE} = :overdue")
            args["overdue"] = self.overdue
        if self.topic.strip():
            sql.append("instr(fold((SELECT quote FROM tags x WHERE x.doc_id = m.doc_id AND x.seq = m.seq) || ' ' ||"
                       " COALESCE(d.title, '')), :topic) > 0")
            args["topic"] = fold(self.topic.strip())
        return " AND ".join(sql), args


def sha256_file(path: Path) -> str:
    """Hex sha256 of a regular file's bytes. Opened without blocking and checked before it is read, so a
    FIFO or a device (`/dev/zero`) raises OSError instead of hanging."""
    h = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    with open(fd, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Store:
    """A connection to ``<data>/store.sqlite``. Use as a context manager or call ``close()``."""

    def __init__(self, data_dir: Path | str, create: bool = True):
        self.data_dir = Path(data_dir)
        path = self.data_dir / STORE_FILE
        if not path.exists() and not create:
            raise StoreError(f"no store at {path}: run 'python -m ingest PATH --data {self.data_dir}' first")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.create_function("fold", 1, fold, deterministic=True)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path} is not a readable store ({exc}): move it away, or choose another "
                             "--data folder, and ingest again") from exc

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Create a new store's tables, or bring a store of an older schema up to date in place (when
        ``MIGRATIONS`` knows the way; else a clear error)."""
        if self._version() == SCHEMA_VERSION:
            return
        with self.transaction() as c:
            version = self._version()   # read again inside the lock: another process may have migrated it
            if version == 0:
                _execute(c, SCHEMA + ALIASES + READER)
            elif version < SCHEMA_VERSION and all(step in MIGRATIONS for step in range(version, SCHEMA_VERSION)):
                for step in range(version, SCHEMA_VERSION):
                    _execute(c, MIGRATIONS[step])
            elif version != SCHEMA_VERSION:
                age = "a newer" if version > SCHEMA_VERSION else "an older"
                raise StoreError(f"store {self.data_dir / STORE_FILE} has {age} schema (version {version}, this "
                                 f"program reads {SCHEMA_VERSION}): ingest again into a new --data folder")
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writing -----------------------------------------------------------------------------

    def status_of(self, name: str, sha: str, reader: str | None = None) -> str:
        """'unchanged' when this file is stored under this name (or this name is an alias of it), 'outdated'
        when it is but was read by another ``reader`` (a version of the reading code; not checked when None),
        'duplicate' when its bytes are stored under another name, 'changed' when the name is stored with
        other bytes, else 'new'."""
        held = self.id_named(name)
        if held == sha:
            stored = self.conn.execute("SELECT reader FROM documents WHERE id = ?", (sha,)).fetchone()
            return "outdated" if reader is not None and stored and stored[0] != reader else "unchanged"
        if self.name_of(sha) is not None:
            return "duplicate"
        return "changed" if held else "new"

    def name_of(self, doc_id: str) -> str | None:
        """The file name a document is stored under (its aliases aside)."""
        row = self.conn.execute("SELECT name FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row["name"] if row else None

    def id_named(self, name: str) -> str | None:
        """The id of the document stored under a file name, or with that name as an alias."""
        row = self.conn.execute("SELECT id FROM documents WHERE name = ? UNION ALL "
                                "SELECT doc_id FROM aliases WHERE name = ?", (name, name)).fetchone()
        return row[0] if row else None

    def document_named(self, name: str) -> Document | None:
        """The document stored under a file name or with that name as an alias."""
        doc_id = self.id_named(name)
        return self.document(doc_id) if doc_id else None

    def add_alias(self, name: str, doc_id: str) -> str | None:
        """Record a file name as an alias of a stored document (the same bytes under another name); what
        the name held before gives way (see ``_release``); what happened is returned."""
        with self.transaction() as c:
            released = _release(c, name, keep=doc_id)
            if self.name_of(doc_id) != name:
                c.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?)", (name, doc_id))
            return released

    def keep_original(self, source: Path, sha: str) -> str:
        """Copy the original file into the data folder (temp file + rename); returns its relative path."""
        folder = self.data_dir / ORIGINALS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        rel = f"{ORIGINALS_DIR}/{sha}{source.suffix.lower()}"
        target = self.data_dir / rel
        if not target.exists():
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            os.close(fd)
            try:
                shutil.copyfile(source, tmp)
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        return rel

    def put(self, parsed: ParsedDocument, reader: str | None = None) -> None:
        """Store one document with all its records in one transaction, replacing any document
        stored under the same file name or the same id; ``reader``: the version of the code that read it."""
        d = parsed.document
        with self.transaction() as c:
            _release(c, d.name, keep=d.id)
            aliases = [a for a in self.aliases(d.id) if a != d.name]   # the same bytes keep their other names
            c.execute("DELETE FROM documents WHERE id = ?", (d.id,))
            c.execute(
                "INSERT INTO documents (id, name, title, date, doc_type, addressee, sender, kenmerk, pages, scanned, original,"
                " reader) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (d.id, d.name, d.title, d.date, d.doc_type, d.addressee, d.sender, d.kenmerk, d.pages,
                 int(d.scanned), d.original, reader))
            c.executemany("INSERT INTO pages VALUES (?,?,?)", [(d.id, p.number, p.text) for p in parsed.pages])
            c.executemany("INSERT INTO sections VALUES (?,?,?,?,?,?,?)",
                          [(d.id, i, s.number, s.title, s.page, s.end_page, s.offset)
                           for i, s in enumerate(parsed.sections)])
            c.executemany("INSERT INTO footnotes VALUES (?,?,?,?,?,?)",
                          [(d.id, i, f.number, f.text, f.page, f.marker_offset) for i, f in enumerate(parsed.footnotes)])
            _insert_tags(c, d.id, parsed.tags)
            c.executemany("INSERT INTO aliases VALUES (?, ?)", [(a, d.id) for a in aliases])

    def replace_tags(self, doc_id: str, tags: list[Tag]) -> None:
        """Replace one document's tags (used by cross-document linking)."""
        self.replace_all_tags({doc_id: tags})

    def replace_all_tags(self, by_doc: Mapping[str, Sequence[Tag]]) -> None:
        """Replace the tags of several documents in one transaction."""
        with self.transaction() as c:
            for doc_id, tags in by_doc.items():
                c.execute("DELETE FROM tags WHERE doc_id = ?", (doc_id,))
                _insert_tags(c, doc_id, tags)

    def delete(self, doc_id: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    # -- reading -----------------------------------------------------------------------------

    def aliases(self, doc_id: str) -> list[str]:
        """The other file names a document's bytes came in under, sorted."""
        rows = self.conn.execute("SELECT name FROM aliases WHERE doc_id = ? ORDER BY name", (doc_id,))
        return [r["name"] for r in rows]

    def alias_names(self) -> dict[str, str]:
        """Every alias with the name its document is stored under."""
        rows = self.conn.execute("SELECT a.name, d.name FROM aliases a JOIN documents d ON d.id = a.doc_id")
        return {r[0]: r[1] for r in rows}

    def documents(self) -> list[Document]:
        rows = self.conn.execute("SELECT * FROM documents ORDER BY name").fetchall()
        return [_document(r) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        r = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(r) if r else None

    def pages(self, doc_id: str) -> list[Page]:
        rows = self.conn.execute("SELECT number, text FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,))
        return [Page(r["number"], r["text"]) for r in rows]

    def sections(self, doc_id: str) -> list[Section]:
        rows = self.conn.execute("SELECT * FROM sections WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [Section(r["number"], r["title"], r["page"], r["end_page"], r["body_offset"]) for r in rows]

    def footnotes(self, doc_id: str) -> list[Footnote]:
        rows = self.conn.execute("SELECT * FROM footnotes WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [Footnote(r["number"], r["text"], r["page"], r["marker_offset"]) for r in rows]

    def tags(self, doc_id: str | None = None, kind: str | None = None) -> list[tuple[str, Tag]]:
        """(doc_id, tag) pairs, optionally for one document and/or kind, in document order."""
        sql, args = "SELECT * FROM tags WHERE 1=1", []
        if doc_id:
            sql += " AND doc_id = ?"
            args.append(doc_id)
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        rows = self.conn.execute(sql + " ORDER BY doc_id, seq", args)
        return [(r["doc_id"], _tag(r)) for r in rows]

    def dated_tags(self, due_from: str | None = None, due_to: str | None = None, newest_first: bool = False,
                   limit: int | None = None, offset: int = 0) -> list[tuple[str, Tag]]:
        """(doc_id, tag) of the commitments and deadlines due from ``due_from`` through ``due_to`` (ISO,
        inclusive; the due date is the end of the tag's period, else its start), ordered by due date,
        a page of ``limit`` from ``offset``: the timeline reads only the window it shows."""
        sql = (f"SELECT * FROM (SELECT *, substr({DUE}, 1, 10) AS due FROM tags WHERE kind IN (?, ?))"
               " WHERE due IS NOT NULL")
        args: list[object] = ["commitment", "deadline"]
        for op, bound in ((">=", due_from), ("<=", due_to)):
            if bound:
                sql += f" AND due {op} ?"
                args.append(bound)
        sql += f" ORDER BY due {'DESC' if newest_first else 'ASC'}, doc_id, seq LIMIT ? OFFSET ?"
        return [(r["doc_id"], _tag(r)) for r in self.conn.execute(sql, [*args, -1 if limit is None else limit, offset])]

    def timeline_query(self, today: str, where: TimelineFilter = TimelineFilter(), limit: int | None = None,
                       offset: int = 0) -> tuple[str, dict[str, Any]]:
        """The statement ``timeline`` runs, with its arguments (for ``EXPLAIN QUERY PLAN`` too)."""
        condition, args = where.where()
        return (f"WITH {TIMELINE}{TIMELINE_PAGE.format(where=condition)}",
                {**args, "today": today, "due_from": where.due_from, "due_to": where.due_to,
                 "limit": -1 if limit is None else limit, "offset": offset})

    def timeline(self, today: str, where: TimelineFilter = TimelineFilter(), limit: int | None = None,
                 offset: int = 0) -> tuple[list[sqlite3.Row], Iterator[sqlite3.Row]]:
        """The dated commitments and deadlines that ``where`` keeps, in one statement: (their number per
        month, as rows of ``due`` ('YYYY-MM'), ``status``, ``overdue`` (on the ISO date ``today``),
        ``in_window`` and ``n``; the page of ``limit`` rows from ``offset`` in the window, by due date,
        document name and page, as rows of ``due``, ``name``, ``page``, ``kind``, ``status``, ``overdue``,
        ``quote``, ``title``, ``attrs``, read as iterated, so an export streams). A commitment's status is
        its effective one (see ``COMMITMENT_STATUS``); a deadline inside commitments takes the status of
        the first (by start) and is left out when that one has a due date of its own."""
        rows = self.conn.execute(*self.timeline_query(today, where, limit, offset))
        counts: list[sqlite3.Row] = []
        for row in rows:
            if row["part"] == 1:
                return counts, chain([row], rows)
            counts.append(row)
        return counts, iter(())

    def timeline_documents(self) -> list[str]:
        """The names of the documents on the timeline (with a commitment or deadline due on a date), sorted."""
        rows = self.conn.execute(f"WITH t AS MATERIALIZED (SELECT doc_id, substr({DUE}, 1, 10) AS due FROM tags WHERE"
                                 " +kind IN ('commitment', 'deadline')) SELECT DISTINCT d.name FROM t JOIN documents d"
                                 f" ON d.id = t.doc_id WHERE {IS_DATE.format('t.due')} ORDER BY d.name")
        return [r[0] for r in rows]

    def _commitment_filter(self, statuses: Sequence[str], docs: Sequence[str], today: str | None = None,
                           overdue: bool | None = None) -> tuple[str, list[object]]:
        """The FROM/WHERE of the commitments with an effective status in ``statuses`` (all when empty),
        in the documents named ``docs`` (all when empty), and, when ``overdue`` is given, only those that
        are (True) or are not (False) overdue on the ISO date ``today`` (open and due before it)."""
        sql = (f"FROM (SELECT t.*, d.name AS doc_name, {COMMITMENT_STATUS} AS status, substr({DUE}, 1, 10) AS due"
               " FROM tags t JOIN documents d ON d.id = t.doc_id WHERE t.kind = 'commitment') WHERE 1=1")
        args: list[object] = []
        for column, values in (("status", statuses), ("doc_name", docs)):
            if values:
                sql += f" AND {column} IN ({','.join('?' * len(values))})"
                args += values
        if overdue is not None and today:
            sql += f" AND {'' if overdue else 'NOT '}coalesce(status = 'open' AND due < ?, 0)"
            args.append(today)
        return sql, args

    def commitments(self, statuses: Sequence[str] = (), docs: Sequence[str] = (), today: str | None = None,
                    overdue: bool | None = None, limit: int | None = None, offset: int = 0) -> Iterator[tuple[str, Tag]]:
        """(document name, tag) of the commitments the filters keep (see ``_commitment_filter``), in
        document order, a page of ``limit`` from ``offset``; yielded as read, so an export streams."""
        where, args = self._commitment_filter(statuses, docs, today, overdue)
        rows = self.conn.execute(f"SELECT * {where} ORDER BY doc_id, seq LIMIT ? OFFSET ?",
                                 [*args, -1 if limit is None else limit, offset])
        return ((r["doc_name"], _tag(r)) for r in rows)

    def commitment_total(self, statuses: Sequence[str] = (), docs: Sequence[str] = (), today: str | None = None,
                         overdue: bool | None = None) -> int:
        """How many commitments the filters keep (see ``_commitment_filter``)."""
        where, args = self._commitment_filter(statuses, docs, today, overdue)
        return int(self.conn.execute(f"SELECT count(*) {where}", args).fetchone()[0])

    def commitment_counts(self, today: str) -> tuple[dict[str, int], int]:
        """The number of commitments per effective status, and how many of them are overdue on ``today``."""
        where, args = self._commitment_filter((), ())
        rows = self.conn.execute(f"SELECT status, count(*), sum(status = 'open' AND due < ?) {where} GROUP BY status",
                                 [today, *args]).fetchall()
        return {r[0]: r[1] for r in rows}, sum(r[2] or 0 for r in rows)

    def commitment_documents(self) -> list[str]:
        """The names of the documents that hold a commitment, sorted."""
        rows = self.conn.execute("SELECT DISTINCT d.name FROM tags t JOIN documents d ON d.id = t.doc_id"
                                 " WHERE t.kind = 'commitment' ORDER BY d.name")
        return [r[0] for r in rows]

    def motion_variants(self) -> list[sqlite3.Row]:
        """The motions as they are named, once per distinct (kamerstuk, label, submitters, asks, response),
        the ones with a Kamerstuk number first, then in the document order of their first mention. The
        label is the motion's name, else its quote; submitters a JSON list."""
        return self.conn.execute(
            f"SELECT kamerstuk, label, submitters, asks, response FROM ({MOTIONS}) GROUP BY kamerstuk, label,"
            " submitters, asks, response ORDER BY kamerstuk IS NULL, min(n)").fetchall()

    def motion_mentions(self) -> list[sqlite3.Row]:
        """(kamerstuk, label, document name, pages) of every document naming a motion; pages comma-separated."""
        return self.conn.execute(
            f"SELECT kamerstuk, label, d.name AS doc, group_concat(DISTINCT m.page) AS pages FROM ({MOTIONS}) m"
            " JOIN documents d ON d.id = m.doc_id GROUP BY kamerstuk, label, m.doc_id").fetchall()

    def citing_pages(self, identifiers: Sequence[str]) -> list[sqlite3.Row]:
        """(identifier, document name, pages) of the documents with a reference to one of ``identifiers``
        (normalized), pages comma-separated."""
        if not identifiers:
            return []
        marks = ",".join("?" * len(identifiers))
        return self.conn.execute(
            "SELECT json_extract(attrs, '$.normalized') AS identifier, d.name AS doc, group_concat(DISTINCT t.page)"
            " AS pages FROM tags t JOIN documents d ON d.id = t.doc_id WHERE t.kind = 'reference' AND"
            f" json_extract(attrs, '$.normalized') IN ({marks}) GROUP BY identifier, t.doc_id",
            list(identifiers)).fetchall()

    def parsed(self, doc_id: str) -> ParsedDocument | None:
        """Everything stored for one document, as the record it was stored from."""
        d = self.document(doc_id)
        if d is None:
            return None
        return ParsedDocument(d, tuple(self.pages(doc_id)), tuple(self.sections(doc_id)),
                              tuple(self.footnotes(doc_id)), tuple(t for _, t in self.tags(doc_id)))

    def added(self) -> dict[str, str]:
        """When each document was stored (document id -> UTC 'YYYY-MM-DD HH:MM:SS'); a changed file that
        replaced its document counts from its replacement."""
        return {r["id"]: r["ingested_at"] for r in self.conn.execute("SELECT id, ingested_at FROM documents")}

    def checksum(self) -> str:
        """A digest of which documents are stored (ids and names): changes whenever the content does."""
        h = hashlib.sha256()
        for r in self.conn.execute("SELECT id, name FROM documents ORDER BY id"):
            h.update(f"{r['id']}:{r['name']}\n".encode())
        return h.hexdigest()


def _tag(r: sqlite3.Row) -> Tag:
    return Tag.of(r["kind"], r["quote"], r["page"], r["start"], r["end"], json.loads(r["attrs"]), r["rule"])


def _document(r: sqlite3.Row) -> Document:
    return Document(r["id"], r["name"], r["title"], r["date"], DocType(r["doc_type"]), r["addressee"], r["sender"],
                    r["kenmerk"], r["pages"], bool(r["scanned"]), r["original"])


def _execute(c: sqlite3.Connection, script: str) -> None:
    for stmt in script.split(";"):
        if stmt.strip():
            c.execute(stmt)


def _release(c: sqlite3.Connection, name: str, keep: str | None = None) -> str | None:
    """Free a file name for other bytes: an alias is dropped; a document stored under it (other than ``keep``)
    moves to its first alias, or is removed when it has none (its file now holds other bytes). What
    happened, or None when the name held nothing to free."""
    if c.execute("DELETE FROM aliases WHERE name = ? AND doc_id IS NOT ?", (name, keep)).rowcount:
        return "its alias of other content was removed"
    row = c.execute("SELECT id FROM documents WHERE name = ? AND id IS NOT ?", (name, keep)).fetchone()
    if row is None:
        return None
    heir = c.execute("SELECT name FROM aliases WHERE doc_id = ? ORDER BY name LIMIT 1", (row[0],)).fetchone()
    if heir is None:
        c.execute("DELETE FROM documents WHERE id = ?", (row[0],))
        return "its older version was removed from the store"
    c.execute("DELETE FROM aliases WHERE name = ?", (heir[0],))
    c.execute("UPDATE documents SET name = ? WHERE id = ?", (heir[0], row[0]))
    return f"its older version is now stored under its alias {heir[0]}"


def _insert_tags(c: sqlite3.Connection, doc_id: str, tags: Iterable[Tag]) -> None:
    c.executemany("INSERT INTO tags VALUES (?,?,?,?,?,?,?,?,?)",
                  [(doc_id, i, t.kind, t.quote, t.page, t.start, t.end,
                    json.dumps(payload_fields(t.info), ensure_ascii=False), t.rule) for i, t in enumerate(tags)])
