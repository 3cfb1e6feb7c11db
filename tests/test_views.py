"""What the app shows: overdue logic, trackers, exports, highlighting (escaped), sections, safe upload names."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs

from ingest import Document, Page, ParsedDocument, Section, Store, Tag
from index.passages import Passage
from index.search import Hit
from index import views

TEXT = "x" * 200


def store_with_tags(tmp_path: Path) -> Store:
    tags = (Tag.of("commitment", "Ik zal uw Kamer voor de zomer informeren.", 1, 0, 10,
                {"status": "open", "date_start": None, "date_end": "2023-07-01", "to_whom": "lid Podt"}),
            Tag.of("commitment", "Via deze weg doe ik deze toezegging gestand.", 1, 11, 20,
                {"status": "fulfilled", "date_end": "2023-01-01", "fulfils": "eerder.txt"}),
            Tag.of("deadline", "uiterlijk februari 2030", 1, 21, 30,
                {"date_text": "uiterlijk februari 2030", "date_start": "2030-02-01", "date_end": "2030-02-28"}),
            Tag.of("motion", "motie Piri c.s.", 1, 31, 40, {"name": "motie Piri c.s.", "submitters": ["Piri"],
                                                         "kamerstuk": "19637-2929"}),
            # a deadline inside a commitment without its own due date, kept by a later letter: not overdue
            Tag.of("commitment", "Ik kom hier in maart 2022 op terug.", 1, 50, 90,
                {"status": "open", "fulfilled_by": "later.txt"}),
            Tag.of("deadline", "in maart 2022", 1, 70, 83, {"date_start": "2022-03-01", "date_end": "2022-03-31"}),
            # a deadline inside a commitment that has its own date is not shown twice
            Tag.of("deadline", "voor de zomer", 1, 2, 8, {"date_start": "2023-06-01", "date_end": "2023-07-01"}),
            Tag.of("deadline", "eind 2021", 1, 100, 110, {"date_start": "2021-12-01", "date_end": "2021-12-31"}),
            Tag.of("deadline", "binnenkort", 1, 120, 130, {"date_text": "binnenkort", "date_start": None}))
    store = Store(tmp_path)
    store.put(ParsedDocument(Document("a" * 64, "brief.txt", "Diverse onderwerpen", "2023-01-10", "kamerbrief",
                                      "Tweede Kamer", None, None, 1), (Page(1, TEXT),), tags=tags))
    store.put(ParsedDocument(Document("b" * 64, "later.txt", "Voortgang", "2023-05-01", "kamerbrief", None, None,
                                      None, 1), (Page(1, "y" * 50),),
                             tags=(Tag.of("motion", "motie Piri", 1, 0, 5, {"name": "motie Piri", "submitters": ["Piri"]}),
                                   Tag.of("reference", "Kamerstuk 19637, nr. 2929", 1, 10, 20,
                                       {"normalized": "19637-2929", "ref_type": "kamerstuk"}))))
    return store


def test_timeline_marks_overdue_and_folds_deadlines_into_commitments(tmp_path: Path) -> None:
    rows = views.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    assert [(r.kind, r.date.isoformat(), r.status, r.overdue) for r in rows] == [
        ("deadline", "2021-12-31", None, True),
        ("deadline", "2022-03-31", "fulfilled", False),
        ("commitment", "2023-01-01", "fulfilled", False),
        ("commitment", "2023-07-01", "open", True),
        ("deadline", "2030-02-28", None, False)]
    assert [views.timeline_key(r) for r in rows] == ["deadline", "fulfilled", "fulfilled", "open", "deadline"]


def test_timeline_filters_and_table(tmp_path: Path) -> None:
    store = store_with_tags(tmp_path)
    rows = views.timeline_rows(store, today=dt.date(2024, 1, 1))
    assert len(views.filter_timeline(rows, statuses=["open"])) == 1
    assert len(views.filter_timeline(rows, overdue_only=True)) == 2
    assert len(views.filter_timeline(rows, topic="ZOMER")) == 1
    assert len(views.filter_timeline(rows, topic="diverse")) == 5  # the title counts too
    assert [r.date.year for r in views.filter_timeline(rows, years=(2022, 2023))] == [2022, 2023, 2023]
    assert views.default_period(rows, store.documents(), dt.date(2024, 1, 1)) == (2023, 2029)
    table = views.timeline_table(rows)
    assert table[0]["verstreken"] == "ja" and table[0]["bron"] == "?pagina=Document&doc=brief.txt&page=1"


def test_commitment_tracker(tmp_path: Path) -> None:
    rows = views.commitment_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    open_row, kept_here, kept_later = rows
    assert (open_row["status"], open_row["aan"], open_row["termijn"], open_row["verstreken"]) == \
        ("open", "lid Podt", "2023-07-01", "ja")
    assert (kept_here["status"], kept_here["nagekomen in"], kept_here["komt voort uit"]) == \
        ("nagekomen", "brief.txt", "eerder.txt")
    assert (kept_later["status"], kept_later["nagekomen in"], kept_later["verstreken"]) == ("nagekomen", "later.txt", "nee")


def test_motion_tracker_joins_mentions_by_name_and_kamerstuk(tmp_path: Path) -> None:
    (motion,) = views.motion_rows(store_with_tags(tmp_path))
    assert (motion["motie"], motion["indieners"], motion["kamerstuk"]) == ("motie Piri c.s.", "Piri", "19637-2929")
    assert motion["documenten"] == "brief.txt (p. 1); later.txt (p. 1)" and motion["aantal documenten"] == 2


def test_csv_for_dutch_excel() -> None:
    text = views.csv_text([{"motie": "motie Piri; c.s.", "verzoekt": None, "reactie": "ontraden"}])
    assert text.startswith("\ufeffmotie;verzoekt;reactie\r\n")
    assert '"motie Piri; c.s.";;ontraden' in text
    assert views.csv_text([]) == ""


def test_ics_is_valid_calendar(tmp_path: Path) -> None:
    rows = views.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    text = views.ics_text(rows, now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "VERSION:2.0" in lines and "METHOD:PUBLISH" in lines
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == 5
    assert "DTSTART;VALUE=DATE:20230701" in text and "DTEND;VALUE=DATE:20230702" in text
    assert "SUMMARY:Verstreken toezegging: Diverse onderwerpen" in text
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "Ik zal uw Kamer voor de zomer informeren. (brief.txt\\, p. 1)" in unfolded
    assert len({line for line in lines if line.startswith("UID:")}) == 5


def test_ics_folds_multibyte_text() -> None:
    row = views.TimelineRow("deadline", dt.date(2024, 5, 1), None, None, "ë" * 200, None, "a.txt", "Tëst", 1, False)
    lines = views.ics_text([row]).split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "ë" * 200 in views.ics_text([row]).replace("\r\n ", "")


def test_highlight_escapes_document_text() -> None:
    out = views.highlight("<script>alert(1)</script> over asielzoekers", "asielzoeker")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<mark>asielzoekers</mark>" in out
    tagged = views.highlight("de motie Piri c.s. is aangenomen", "", (Tag.of("motion", "motie Piri c.s.", 1, 103, 118, {}),), 100)
    assert tagged.startswith('de <span class="tag tag-motion" title="motie">motie Piri c.s.</span>')
    both = views.highlight("de motie Piri", "piri", (Tag.of("motion", "motie Piri", 1, 3, 13, {}),))
    span = '<span class="tag tag-motion" title="motie">'
    assert both == f"de {span}motie </span>{span}<mark>Piri</mark></span>"  # cut at every boundary: well nested
    crossing = views.highlight("ab cd", "cd", (Tag.of("motion", "b c", 1, 1, 4, {}),))
    assert crossing == f'a{span}b </span>{span}<mark>c</mark></span><mark>d</mark>'
    assert views.highlight("a\nb") == "a<br>b" and views.highlight("a\n  b", compact=True) == "a b"


def test_snippet_centres_on_the_query_words() -> None:
    text = ("Inleiding over van alles. " * 30) + "Het aantal Dublinclaims steeg. " + ("Slot zonder meer. " * 30)
    out = views.snippet(text, "dublinclaims", width=200)
    assert "<mark>Dublinclaims</mark>" in out and out.startswith("… ") and out.endswith(" …")
    assert len(out) < 320
    assert views.snippet("<b>kort</b>", "kort") == "&lt;b&gt;<mark>kort</mark>&lt;/b&gt;"


def test_links_and_text_html() -> None:
    url = views.doc_url("brief & co.pdf", 3, "amv's")
    assert parse_qs(url[1:]) == {"pagina": ["Document"], "doc": ["brief & co.pdf"], "page": ["3"], "q": ["amv's"]}
    link = views.link_html("<Titel>", "a.pdf", 2)
    assert link == '<a href="?pagina=Document&amp;doc=a.pdf&amp;page=2" target="_self">&lt;Titel&gt;</a>'
    assert views.text_html("<i>\n") == "&lt;i&gt;<br>"


def test_sections_run_from_heading_to_heading() -> None:
    pages = [Page(1, "Inhoud\n1. Asiel ..... 1\n1.1 Dublin ..... 1\n1.2 Nareis ..... 2\n2. Opvang ..... 2"),
             Page(2, "1. Asiel\n1.1 Dublin\nDublin tekst.\n1.2  Nareis\nNareis tekst."),
             Page(3, "vervolg nareis.\n2. Opvang\nOpvang tekst.")]
    sections = [Section("1", "Asiel", 2, 2), Section("1.1", "Dublin", 2, 2), Section("1.2", "Nareis", 2, 3),
                Section("2", "Opvang", 3, 3)]
    body = "\n".join(p.text for p in pages)

    def text(i: int) -> str:
        s, e = views.section_span(pages, sections, i)
        return body[s:e].strip()

    assert text(1) == "1.1 Dublin\nDublin tekst."
    assert text(2) == "1.2  Nareis\nNareis tekst.\nvervolg nareis."
    assert text(0).startswith("1. Asiel\n1.1 Dublin") and text(0).endswith("vervolg nareis.")  # a chapter holds its parts
    assert text(3) == "2. Opvang\nOpvang tekst."
    s, e = views.section_span(pages, sections, 2)
    assert [(n, t.strip()) for n, _, t in views.section_pages(pages, s, e)] == \
        [(2, "1.2  Nareis\nNareis tekst."), (3, "vervolg nareis.")]


def test_page_view_and_tag_table() -> None:
    pages = [Page(1, "eerste pagina"), Page(2, "motie Piri hier")]
    tags = [Tag.of("motion", "motie Piri", 2, 14, 24, {"name": "motie Piri", "submitters": ["Piri", "Kuzu"], "asks": None}),
            Tag.of("commitment", "x", 1, 0, 3, {"status": "open", "fulfilled_by": "b.txt", "date_end": "2023-07-01", "approx": True})]
    page, offset, here = views.page_view(pages, tags, 2)
    assert (page.number, offset, [t.kind for t in here]) == (2, 14, ["motion"])
    rows = views.tag_table(tags)
    assert rows[0] == {"soort": "motie", "tekst": "motie Piri", "naam": "motie Piri", "indieners": "Piri, Kuzu"}
    assert rows[1]["status"] == "nagekomen" and rows[1]["nagekomen in"] == "b.txt" and rows[1]["bij benadering"] == "ja"
    assert views.tag_labels(tags) == ["motie", "toezegging (nagekomen)"]


def test_related_from_hits_groups_by_document() -> None:
    def hit(doc_id: str, page: int, score: float) -> Hit:
        return Hit(Passage(doc_id, f"{doc_id}.txt", "t", page, page, 0, 1), score,
                   Document(doc_id, f"{doc_id}.txt", f"Titel {doc_id}", "2022-01-01", "kamerbrief", None, None, None, 3))
    related = views.related_from_hits([hit("d", 1, 0.9), hit("a", 2, 0.8), hit("b", 1, 0.5), hit("a", 3, 0.4)],
                                      exclude="d")
    assert [(r["doc"], r["pages"]) for r in related] == [("a.txt", [2, 3]), ("b.txt", [1])]


def test_safe_filename_and_upload_checks() -> None:
    assert views.safe_filename("../../etc/passwd") == "passwd.pdf"
    assert views.safe_filename("Kamerbrief über asiel (1).PDF") == "Kamerbrief-uber-asiel-1.pdf"
    assert views.safe_filename("C:\\Users\\x\\brief.pdf") == "brief.pdf"
    assert views.safe_filename("<script>.pdf") == "script.pdf"
    assert views.safe_filename("...") == "document.pdf"
    assert views.check_upload("a.pdf", 10, b"%PDF-1.7\n") is None
    assert views.check_upload("a.pdf", views.MAX_UPLOAD_BYTES + 1, b"%PDF-1.7") == "groter dan 50 MB"
    assert views.check_upload("a.pdf", 10, b"MZ\x90") == "geen PDF-bestand"
    assert views.check_upload("a.pdf", 0, b"") == "leeg bestand"
