"""What the app shows: overdue logic, exports, highlighting (escaped), safe upload names."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest import Document, Page, ParsedDocument, Store, Tag
from index import views


def store_with_tags(tmp_path: Path) -> Store:
    tags = (Tag("commitment", "Ik zal uw Kamer voor de zomer informeren.", 1, 0, 10,
                {"status": "open", "due_start": None, "due_end": "2023-07-01", "to_whom": "lid Podt"}),
            Tag("commitment", "Via deze weg doe ik deze toezegging gestand.", 1, 11, 20,
                {"status": "fulfilled", "due_end": "2023-01-01"}),
            Tag("deadline", "uiterlijk februari 2030", 1, 21, 30,
                {"date_text": "uiterlijk februari 2030", "date_start": "2030-02-01", "date_end": "2030-02-28"}),
            Tag("motion", "motie Piri c.s.", 1, 31, 40, {"name": "motie Piri c.s.", "submitters": ["Piri"],
                                                         "kamerstuk": "19637-2929"}))
    store = Store(tmp_path)
    store.put(ParsedDocument(Document("a" * 64, "brief.txt", "Diverse onderwerpen", "2023-01-10", "kamerbrief",
                                      "Tweede Kamer", None, None, 1), (Page(1, "x" * 50),), tags=tags))
    return store


def test_timeline_marks_overdue_open_commitments_only(tmp_path: Path) -> None:
    rows = views.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    assert [(r.kind, r.date.isoformat(), r.overdue) for r in rows] == [
        ("commitment", "2023-01-01", False), ("commitment", "2023-07-01", True), ("deadline", "2030-02-28", False)]


def test_trackers_and_csv(tmp_path: Path) -> None:
    store = store_with_tags(tmp_path)
    (open_row, kept_row) = views.commitment_rows(store)
    assert (open_row["status"], open_row["aan"], open_row["termijn"]) == ("open", "lid Podt", "2023-07-01")
    assert kept_row["status"] == "nagekomen"
    (motion,) = views.motion_rows(store)
    assert (motion["motie"], motion["indieners"], motion["kamerstuk"], motion["documenten"]) == \
        ("motie Piri c.s.", "Piri", "19637-2929", "brief.txt (p. 1)")
    assert views.csv_text([motion]).splitlines()[0] == "motie;indieners;kamerstuk;verzoekt;reactie kabinet;documenten"


def test_ics_is_valid_calendar(tmp_path: Path) -> None:
    rows = views.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    text = views.ics_text(rows, now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert text.count("BEGIN:VEVENT") == 3 and "DTSTART;VALUE=DATE:20230701" in text
    assert all(len(line.encode()) <= 75 for line in lines)


def test_highlight_escapes_document_text() -> None:
    out = views.highlight("<script>alert(1)</script> over asielzoekers", "asielzoeker")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<mark>asielzoekers</mark>" in out
    tagged = views.highlight("de motie Piri c.s. is aangenomen", "", (Tag("motion", "motie Piri c.s.", 1, 103, 118, {}),), 100)
    assert tagged.startswith('de <span class="tag tag-motion" title="motie">motie Piri c.s.</span>')


def test_safe_filename() -> None:
    assert views.safe_filename("../../etc/passwd") == "passwd.pdf"
    assert views.safe_filename("Kamerbrief über asiel (1).PDF") == "Kamerbrief-uber-asiel-1.pdf"
    assert views.safe_filename("C:\\Users\\x\\brief.pdf") == "brief.pdf"
