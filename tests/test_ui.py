"""What the UI makes of the rows: Dutch tables, exports, highlighting (escaped), safe upload names."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import re
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from ingest import Page, Tag
from ingest.store import TimelineFilter
from index import reports
from ui import exports, labels, markup, sources, timeline, trackers, uploads

from .test_reports import store_with_tags


def test_page_view_and_tag_table() -> None:
    pages = [Page(1, "eerste pagina"), Page(2, "motie Piri hier")]
    tags = [Tag.of("motion", "motie Piri", 2, 14, 24, {"name": "motie Piri", "submitters": ["Piri", "Kuzu"], "asks": None}),
            Tag.of("commitment", "x", 1, 0, 3, {"status": "open", "fulfilled_by": "b.txt", "date_end": "2023-07-01", "approx": True})]
    page, offset, here = reports.page_view(pages, tags, 2)
    assert (page.number, offset, [t.kind for t in here]) == (2, 14, ["motion"])
    rows = labels.tag_table(tags)
    assert rows[0] == {"soort": "motie", "tekst": "motie Piri", "naam": "motie Piri", "indieners": "Piri, Kuzu"}
    assert rows[1]["status"] == "nagekomen" and rows[1]["nagekomen in"] == "b.txt" and rows[1]["bij benadering"] == "ja"
    assert labels.tag_labels(tags) == ["motie", "toezegging (nagekomen)"]


def test_timeline_filters_and_table(tmp_path: Path) -> None:
    store, today = store_with_tags(tmp_path), dt.date(2024, 1, 1)

    def kept(**where) -> list[reports.TimelineRow]:
        return list(reports.timeline_page(store, today, TimelineFilter(**where)).rows)

    assert [r.what for r in kept(statuses=("open",))] == ["Ik zal uw Kamer voor de zomer informeren."]
    assert [r.what for r in kept(overdue=True)] == ["eind 2021", "Ik zal uw Kamer voor de zomer informeren."]
    assert [r.what for r in kept(topic="ZOMER")] == ["Ik zal uw Kamer voor de zomer informeren."]
    assert len(kept(topic="ONDERWÊRPEN")) == 5  # the title counts too, case and accents ignored
    assert [r.date.year for r in kept(due_from="2022-01-01", due_to="2023-12-31")] == [2022, 2023, 2023]
    assert reports.default_period((2021, 2030), store.documents(), today) == (2023, 2029)
    table = timeline.timeline_table(kept())
    assert table[0]["verstreken"] == "ja" and table[0]["bron"] == "?pagina=Document&doc=brief.txt&page=1"
    assert [{**r, "bron": table[i]["bron"]} for i, r in enumerate(timeline.timeline_records(kept()))] == table


def test_commitment_tracker(tmp_path: Path) -> None:
    rows = trackers.commitment_table(reports.commitment_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1)))
    open_row, kept_here, kept_later = rows
    assert (open_row["status"], open_row["aan"], open_row["termijn"], open_row["verstreken"]) == \
        ("open", "lid Podt", "2023-07-01", "ja")
    assert (kept_here["status"], kept_here["nagekomen in"], kept_here["komt voort uit"]) == \
        ("nagekomen", "brief.txt", "eerder.txt")
    assert (kept_later["status"], kept_later["nagekomen in"], kept_later["verstreken"]) == ("nagekomen", "later.txt", "nee")


def test_motion_tracker_joins_mentions_by_name_and_kamerstuk(tmp_path: Path) -> None:
    (motion,) = trackers.motion_table(reports.motion_rows(store_with_tags(tmp_path)))
    assert (motion["motie"], motion["indieners"], motion["kamerstuk"]) == ("motie Piri c.s.", "Piri", "19637-2929")
    assert motion["documenten"] == "brief.txt (p. 1); later.txt (p. 1)" and motion["aantal documenten"] == 2


def test_csv_for_dutch_excel() -> None:
    text = exports.csv_text([{"motie": "motie Piri; c.s.", "verzoekt": None, "reactie": "ontraden"}])
    assert text.startswith("\ufeffmotie;verzoekt;reactie\r\n")
    assert '"motie Piri; c.s.";;ontraden' in text
    assert exports.csv_text([]) == ""


def test_csv_is_written_a_chunk_at_a_time_to_a_file() -> None:
    rows = [{"n": i, "tekst": f"=regel {i}"} for i in range(5)]
    chunks = list(exports.csv_chunks(iter(rows), chunk_rows=2))
    assert [c.count("\r\n") for c in chunks] == [3, 2, 1]  # the header, then two rows a chunk
    assert "".join(chunks) == exports.csv_text(rows) and "'=regel 4" in chunks[-1]
    with exports.csv_file(iter(rows)) as out:
        assert out.read() == exports.csv_text(rows).encode("utf-8")
    assert list(exports.csv_chunks(iter([]))) == []


def test_ics_is_valid_calendar(tmp_path: Path) -> None:
    rows = reports.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    text = exports.ics_text(rows, now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
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
    row = reports.TimelineRow("deadline", dt.date(2024, 5, 1), None, None, "ë" * 200, None, "a.txt", "Tëst", 1, False)
    lines = exports.ics_text([row]).split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "ë" * 200 in exports.ics_text([row]).replace("\r\n ", "")


def test_highlight_escapes_document_text() -> None:
    out = markup.highlight("<script>alert(1)</script> over asielzoekers", "asielzoeker")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<mark>asielzoekers</mark>" in out
    tagged = markup.highlight("de motie Piri c.s. is aangenomen", "", (Tag.of("motion", "motie Piri c.s.", 1, 103, 118, {}),), 100)
    assert tagged.startswith('de <span class="tag tag-motion" title="motie">motie Piri c.s.</span>')
    both = markup.highlight("de motie Piri", "piri", (Tag.of("motion", "motie Piri", 1, 3, 13, {}),))
    span = '<span class="tag tag-motion" title="motie">'
    assert both == f"de {span}motie </span>{span}<mark>Piri</mark></span>"  # cut at every boundary: well nested
    crossing = markup.highlight("ab cd", "cd", (Tag.of("motion", "b c", 1, 1, 4, {}),))
    assert crossing == f'a{span}b </span>{span}<mark>c</mark></span><mark>d</mark>'
    assert markup.highlight("a\nb") == "a<br>b" and markup.highlight("a\n  b", compact=True) == "a b"


def test_snippet_centres_on_the_query_words() -> None:
    text = ("Inleiding over van alles. " * 30) + "Het aantal Dublinclaims steeg. " + ("Slot zonder meer. " * 30)
    out = markup.snippet(text, "dublinclaims", width=200)
    assert "<mark>Dublinclaims</mark>" in out and out.startswith("… ") and out.endswith(" …")
    assert len(out) < 320
    assert markup.snippet("<b>kort</b>", "kort") == "&lt;b&gt;<mark>kort</mark>&lt;/b&gt;"


def test_links_and_text_html() -> None:
    url = markup.doc_url("brief & co.pdf", 3, "amv's")
    assert parse_qs(url[1:]) == {"pagina": ["Document"], "doc": ["brief & co.pdf"], "page": ["3"], "q": ["amv's"]}
    link = markup.link_html("<Titel>", "a.pdf", 2)
    assert link == '<a href="?pagina=Document&amp;doc=a.pdf&amp;page=2" target="_self">&lt;Titel&gt;</a>'
    assert markup.text_html("<i>\n") == "&lt;i&gt;<br>"


def test_safe_filename_and_upload_checks() -> None:
    assert uploads.safe_filename("../../etc/passwd") == "passwd.pdf"
    assert uploads.safe_filename("Kamerbrief über asiel (1).PDF") == "Kamerbrief-uber-asiel-1.pdf"
    assert uploads.safe_filename("C:\\Users\\x\\brief.pdf") == "brief.pdf"
    assert uploads.safe_filename("<script>.pdf") == "script.pdf"
    assert uploads.safe_filename("...") == "document.pdf"
    assert uploads.check_upload("a.pdf", 10, b"%PDF-1.7\n") is None
    assert uploads.check_upload("a.pdf", uploads.MAX_UPLOAD_BYTES + 1, b"%PDF-1.7") == "groter dan 50 MB"
    assert uploads.check_upload("a.pdf", 10, b"MZ\x90") == "geen PDF-bestand"
    assert uploads.check_upload("a.pdf", 0, b"") == "leeg bestand"


def test_app_settings_flag_over_environment(monkeypatch) -> None:
    from ui.loading import app_settings
    monkeypatch.setenv("MIGRATIEZOEKER_DATA", "elders")
    monkeypatch.setenv("MIGRATIEZOEKER_BM25_B", "0.5")
    assert (app_settings(["--data", "hier"]).data, app_settings([]).data) == ("hier", "elders")
    assert app_settings(["--data"]).data == "elders" and app_settings([]).bm25_b == 0.5


def test_csv_cells_never_run_as_formulas() -> None:
    cells = {"a": '=HYPERLINK("https://e.invalid","klik")', "b": "+cmd|' /C calc'!A0", "c": "- een punt",
             "d": "@SUM(A1)", "e": "\tx", "f": "\rx", "g": 5, "h": "gewone tekst = prima"}
    text = exports.csv_text([cells])
    header, values = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert header == list(cells)
    assert values == ["'" + cells["a"], "'" + cells["b"], "'- een punt", "'@SUM(A1)", "'\tx", "'\rx", "5",
                      "gewone tekst = prima"]


@pytest.mark.parametrize("title", ["**vet** [klik](javascript:alert(1))", "![x](https://e.invalid/x.png)",
                                   "1. Inleiding", "# kop", "- punt", "<b>vet</b> &amp; :red[rood] $x$",
                                   "onder_streep `code` ~~weg~~ | a | b |"])
def test_literal_titles_render_as_written(title: str) -> None:
    md = pytest.importorskip("markdown_it").MarkdownIt("commonmark").enable("strikethrough").enable("table")
    shown = md.render(markup.literal(title)).strip().replace(markup.WORD_JOINER, "")
    assert shown == f"<p>{html.escape(title, quote=False)}</p>"
    assert markup.literal("1.1 Dublin") == "1.1 Dublin"


def test_literal_keeps_bare_addresses_from_being_linked() -> None:
    """GFM links www., http(s):// and e-mail addresses after resolving escapes: a word joiner breaks them."""
    text = markup.literal("zie www.example.invalid, http://127.0.0.1:9/x.png of mail a.b@c.nl")
    assert "www\u2060.example" in text and "http\u2060\\://" in text and "a.b\u2060@c" in text
    assert not re.search(r"www\.|https?://|[-.\w+]@", text.replace("\\", ""))


def test_uploads_with_names_that_sanitize_alike_keep_their_own_names(tmp_path: Path) -> None:
    from ingest import Document, ParsedDocument, Store
    first = b"%PDF-1.7 eerste"
    with Store(tmp_path) as store:
        store.put(ParsedDocument(Document(hashlib.sha256(first).hexdigest(), "rapport-1.pdf", None, None, "other",
                                          None, None, None, 1), (Page(1, "x"),)))
        assert uploads.upload_name("rapport 1.pdf", b"%PDF-1.7 tweede", store, set()) == "rapport-1-2.pdf"
        assert uploads.upload_name("rapport 1.pdf", first, store, set()) == "rapport-1.pdf"  # the same file again
        assert uploads.upload_name("报告.pdf", b"%PDF a", store, set()) == "pdf.pdf"
        assert uploads.upload_name("تقرير.pdf", b"%PDF b", store, {"pdf.pdf"}) == "pdf-2.pdf"


@pytest.mark.parametrize("normalized, ref_type, url", [
    ("35300-VI-63", "kamerstuk", "https://zoek.officielebekendmakingen.nl/kst-35300-VI-63"),
    ("19637-2345", "kamerstuk", "https://zoek.officielebekendmakingen.nl/kst-19637-2345"),
    ("21501-20-1787", "kamerstuk", "https://zoek.officielebekendmakingen.nl/kst-21501-20-1787"),
    ("ah-tk-20232024-1843", "aanhangsel", "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1843"),
    ("Handelingen II 2022/23, nr. 12, item 5", "handelingen", "https://zoek.officielebekendmakingen.nl/h-tk-20222023-12-5"),
    ("Handelingen I 2019-2020, nr. 7", "handelingen", "https://zoek.officielebekendmakingen.nl/h-ek-20192020-7"),
    ("Handelingen II 2022/23, nr. 12", "handelingen", "https://zoek.officielebekendmakingen.nl/h-tk-20222023-12"),
    # several items of one meeting link to the first
    ("Handelingen II 2017/18, nr. 20, items 4, 6, 8 en 16", "handelingen",
     "https://zoek.officielebekendmakingen.nl/h-tk-20172018-20-4"),
    ("TK 85-5-7", "handelingen", None),
    ("ECLI:NL:RVS:2014:1153", "ecli", "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2014:1153"),
    ("ECLI:EU:C:2019:1", "ecli", "https://uitspraken.rechtspraak.nl/details?id=ECLI:EU:C:2019:1"),
    # no link: no identifier, a type without a public page, or an identifier of another shape
    (None, "kamerstuk", None),
    ("Kamerbrief 14 september 2020", "brief", None),
    ("TZ202309-010", "toezegging", None),
    ("stb-2021-345", "staatsblad", None),
    ("Handelingen II 2022/23, nr. 12\"><script>", "handelingen", None),
    ("35300-VI-63\"><script>", "kamerstuk", None),
    ("javascript:alert(1)", "ecli", None),
    ("ECLI:NL:RVS:2014:1153 onclick=x", "ecli", None),
])
def test_reference_url(normalized: str | None, ref_type: str, url: str | None) -> None:
    assert sources.reference_url(normalized, ref_type) == url


def test_tag_table_links_references_to_their_source() -> None:
    tags = [Tag.of("reference", "Kamerstuk 35300-VI, nr. 63", 1, 0, 10, {"normalized": "35300-VI-63",
                                                                          "ref_type": "kamerstuk"}),
            Tag.of("reference", "Brief TK 1 mei 2020 inzake opvang", 1, 20, 30,
                   {"normalized": None, "ref_type": "brief", "label": "Kamerbrief 1 mei 2020"})]
    rows = labels.tag_table(tags)
    assert rows[0]["bron"] == "https://zoek.officielebekendmakingen.nl/kst-35300-VI-63"
    assert "bron" not in rows[1] and "genormaliseerd" not in rows[1]
    assert rows[1]["aangehaald als"] == "Kamerbrief 1 mei 2020"   # a letter cited by date: its label, no identifier


def test_agenda_is_what_a_liaison_acts_on(tmp_path: Path) -> None:
    rows = reports.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    overdue, coming = reports.agenda(rows, dt.date(2024, 1, 1))
    assert [r.what for r in overdue] == ["Ik zal uw Kamer voor de zomer informeren.", "eind 2021"]  # latest first
    assert coming == []  # the 2030 deadline is beyond 90 days; kept commitments are never listed
    overdue, coming = reports.agenda(rows, dt.date(2030, 1, 1))
    assert [r.what for r in coming] == ["uiterlijk februari 2030"]
    assert reports.agenda(rows, dt.date(2029, 1, 1), days=365)[1] == []
    assert reports.agenda(rows, dt.date(2029, 6, 1), days=365)[1] == coming
    assert [timeline.stand(r) for r in rows] == ["verstreken", "nagekomen", "nagekomen", "verstreken", "open"]


def test_ics_reads_back_with_hostile_text() -> None:
    icalendar = pytest.importorskip("icalendar")
    what = "Zie =HYPERLINK(x);\r\nBEGIN:VEVENT\nSUMMARY:nep, \\ en meer"
    row = reports.TimelineRow("deadline", dt.date(2024, 5, 1), None, None, what, None, "a.txt", "Tëst", 2, True)
    calendar = icalendar.Calendar.from_ical(exports.ics_text([row]))
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["description"]) == what.replace("\r\n", "\n") + " (a.txt, p. 2)"  # one line break kept
    assert str(events[0]["summary"]) == "Verstreken termijn: Tëst"
    assert events[0].decoded("dtstart") == dt.date(2024, 5, 1)


def test_more_from_a_document_is_capped_and_counted() -> None:
    from index.passages import Passage
    from index.search import Hit
    from ui import search

    hits = [Hit(Passage("a" * 64, "brief.txt", f"tekst {i}", i, i, 0, 1), 1.0 - i / 10) for i in range(1, 7)]
    group = reports.DocumentHits(hits[0], tuple(hits[1:]))
    rest = search._rest_html(group, "tekst")
    assert rest.startswith('<div class="hit-meta">en nog 2 passages: <a href="?pagina=Document&amp;doc=brief.txt&amp;page=1&amp;q=tekst"')
    assert search._rest_html(reports.DocumentHits(hits[0], tuple(hits[1:4])), "tekst") == ""
    assert "en nog 1 passage:" in search._rest_html(reports.DocumentHits(hits[0], tuple(hits[1:5])), "tekst")
