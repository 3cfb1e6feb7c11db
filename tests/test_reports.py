"""The typed rows behind the app's pages (index.reports): timeline with overdue marks, section spans,
related letters."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import astuple
from pathlib import Path

from ingest import Document, Page, ParsedDocument, Section, Store, Tag
from ingest.structure.sections import find_sections
from index import reports
from index.passages import Passage
from index.search import Hit
from ingest.store import TimelineFilter

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
    rows = reports.timeline_rows(store_with_tags(tmp_path), today=dt.date(2024, 1, 1))
    assert [(r.kind, r.date.isoformat(), r.status, r.overdue) for r in rows] == [
        ("deadline", "2021-12-31", None, True),
        ("deadline", "2022-03-31", "fulfilled", False),
        ("commitment", "2023-01-01", "fulfilled", False),
        ("commitment", "2023-07-01", "open", True),
        ("deadline", "2030-02-28", None, False)]
    assert [reports.timeline_key(r) for r in rows] == ["deadline", "fulfilled", "fulfilled", "open", "deadline"]


def test_sections_run_from_heading_to_heading() -> None:
    pages = [Page(1, "Inhoud\n1. Asiel ..... 1\n1.1 Dublin ..... 1\n1.2 Nareis ..... 2\n2. Opvang ..... 2"),
             Page(2, "1. Asiel\n1.1 Dublin\nDublin tekst.\n1.2  Nareis\nNareis tekst."),
             Page(3, "vervolg nareis.\n2. Opvang\nOpvang tekst.")]
    sections = find_sections(pages)   # each at its heading in the body, the table of contents left out
    assert [s[:4] for s in map(astuple, sections)] == [("1", "Asiel", 2, 2), ("1.1", "Dublin", 2, 2),
                                                       ("1.2", "Nareis", 2, 3), ("2", "Opvang", 3, 3)]
    body = "\n".join(p.text for p in pages)

    def text(i: int) -> str:
        s, e = reports.section_span(pages, sections, i)
        return body[s:e].strip()

    assert text(1) == "1.1 Dublin\nDublin tekst."
    assert text(2) == "1.2  Nareis\nNareis tekst.\nvervolg nareis."
    assert text(0).startswith("1. Asiel\n1.1 Dublin") and text(0).endswith("vervolg nareis.")  # a chapter holds its parts
    assert text(3) == "2. Opvang\nOpvang tekst."
    s, e = reports.section_span(pages, sections, 2)
    assert [(n, t.strip()) for n, _, t in reports.section_pages(pages, s, e)] == \
        [(2, "1.2  Nareis\nNareis tekst."), (3, "vervolg nareis.")]


def test_related_from_hits_groups_by_document() -> None:
    def hit(doc_id: str, page: int, score: float) -> Hit:
        return Hit(Passage(doc_id, f"{doc_id}.txt", "t", page, page, 0, 1), score,
                   Document(doc_id, f"{doc_id}.txt", f"Titel {doc_id}", "2022-01-01", "kamerbrief", None, None, None, 3))
    related = reports.related_from_hits([hit("d", 1, 0.9), hit("a", 2, 0.8), hit("b", 1, 0.5), hit("a", 3, 0.4)],
                                      exclude="d")
    assert [(r.doc, r.pages) for r in related] == [("a.txt", (2, 3)), ("b.txt", (1,))]


def test_deadline_owner_is_the_first_overlapping_commitment() -> None:
    import random
    rng = random.Random(3)
    for _ in range(200):
        commitments = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 100)
            commitments.append(Tag.of("commitment", "c", 1, start, start + rng.randint(1, 30), {"status": "open"}))
        spans = reports._Spans(commitments)
        start = rng.randint(0, 120)
        deadline = Tag.of("deadline", "d", 1, start, start + rng.randint(1, 10), {})
        overlapping = [c for c in sorted(commitments, key=lambda t: t.start)
                       if c.start < deadline.end and deadline.start < c.end]
        assert spans.owner(deadline) == (overlapping[0] if overlapping else None)


def test_section_without_a_heading_in_the_body_runs_by_its_pages() -> None:
    # offsets None: the headings stand only in a table of contents, so the sections go by their pages
    pages = [Page(1, "Inleiding."), Page(2, "Asiel tekst."), Page(3, "Opvang tekst.")]
    sections = [Section("1", "Asiel", 2, 2), Section("2", "Opvang", 3, 3, 24)]
    body = "\n".join(p.text for p in pages)
    assert [body[slice(*reports.section_span(pages, sections, i))].strip() for i in range(2)] == \
        ["Asiel tekst.", "Opvang tekst."]


def test_group_hits_keeps_each_documents_best_passage_first() -> None:
    def hit(doc_id: str, page: int, score: float) -> Hit:
        return Hit(Passage(doc_id, f"{doc_id}.txt", "t", page, page, 0, 1), score)
    hits = [hit("a", 1, 0.9), hit("a", 2, 0.85), hit("b", 4, 0.8), hit("a", 5, 0.7), hit("c", 1, 0.6)]
    groups = reports.group_hits(hits)
    assert [(g.doc_id, g.best.passage.page_start, [m.passage.page_start for m in g.more]) for g in groups] == \
        [("a", 1, [2, 5]), ("b", 4, []), ("c", 1, [])]
    assert [g.doc_id for g in reports.group_hits(hits, limit=2)] == ["a", "b"]
    assert [g.doc_id for g in reports.group_hits(list(reversed(hits)))] == ["a", "b", "c"]  # by score, not order
    assert reports.group_hits([]) == []


def _doc(name: str, title: str | None, date: str | None, doc_type: str = "kamerbrief") -> Document:
    return Document(hashlib.sha256(name.encode()).hexdigest(), name, title, date, doc_type, None, None, None, 1)


def _ref(quote: str, normalized: str | None, ref_type: str) -> Tag:
    return Tag.of("reference", quote, 1, 0, len(quote), {"normalized": normalized, "ref_type": ref_type})


def test_official_ids_of_file_names() -> None:
    assert reports.official_id("kst-35300-vi-63.pdf") == "35300-VI-63"
    assert reports.official_id("kst-19637-2929.PDF") == "19637-2929"
    assert reports.official_id("ah-tk-20222023-242.pdf") == "ah-tk-20222023-242"
    assert reports.official_id("brief-kst-35300-VI-63.pdf") is None and reports.official_id("nota.txt") is None


def test_cited_dates_take_a_missing_year_from_the_citing_letter() -> None:
    assert reports.cited_dates("bij brief van 14 oktober 2019", None) == {"2019-10-14"}
    assert reports.cited_dates("Kamerbrief 30 september", "2022-03-01") == {"2021-09-30"}
    assert reports.cited_dates("per brief van 24 augustus jl.", "2022-11-07") == {"2022-08-24"}
    assert reports.cited_dates("Kamerbrief 30 september", None) == set()
    assert reports.cited_dates("31 februari 2020", None) == set()


def test_references_find_the_stored_document_they_cite() -> None:
    citing = _doc("citing.txt", "Voortgang", "2022-11-07")
    kst, dated = _doc("kst-35300-VI-63.pdf", "Motie Toorenburg", "2020-01-01", "motie"), _doc("b.txt", "Lesbos", "2020-09-10")
    same_day = [_doc("c.txt", "Hervestiging", "2020-05-26"), _doc("d.txt", "Meerjarig beleidskader hervestiging", "2020-05-26")]
    dossier = _doc("e.txt", "Introductiedossier", "2021-09-30", "dossier")
    citations = reports.Citations([citing, kst, dated, *same_day, dossier])
    assert citations.target(_ref("(Kamerstuk 35300 VI, nr.63)", "35300-VI-63", "kamerstuk"), citing) == kst
    assert citations.target(_ref("Bij brief van 10 september 2020 inzake x", None, "brief"), citing) == dated
    # two letters that day: the quoted title decides; without it there is no link
    both = "Brief 26 mei 2020 inzake ‘Meerjarig beleidskader hervestiging’"
    assert citations.target(_ref(both, None, "brief"), citing) == same_day[1]
    assert citations.target(_ref("Brief TK 26 mei 2020", None, "brief"), citing) is None
    assert citations.target(_ref("Op 10 september 2020 deed de Afdeling uitspraak", None, "uitspraak"), citing) is None
    assert citations.target(_ref("brief van 7 november 2022", None, "brief"), citing) is None  # itself
    assert citations.target(_ref("Kamerbrief 30 september", None, "brief"), citing) is None  # a dossier is no letter
    assert citations.target(_ref("Kamerstuk 35300 VI, nr. 64", "35300-VI-64", "kamerstuk"), citing) is None


def test_timeline_agenda_reads_only_its_window_and_equals_the_full_timeline(tmp_path: Path) -> None:
    store = store_with_tags(tmp_path)
    for today in (dt.date(2022, 1, 1), dt.date(2023, 6, 15), dt.date(2030, 1, 15)):
        full = reports.agenda(reports.timeline_rows(store, today), today, 365)
        assert reports.timeline_agenda(store, today, 365) == full
        assert reports._overdue(store, today, limit=10, page=1) == full[0]  # read one dated tag at a time
    today = dt.date(2031, 1, 1)
    overdue = reports.agenda(reports.timeline_rows(store, today), today)[0]
    assert len(overdue) == 3 and reports.timeline_agenda(store, today, overdue_limit=2)[0] == overdue[:2]
    assert [r.what for r in reports.timeline_window(store, today, dt.date(2022, 1, 1), dt.date(2023, 6, 30))] == [
        "in maart 2022", "Via deze weg doe ik deze toezegging gestand."]  # not the commitment due 1 July


def test_commitment_filters_counts_and_pages_in_the_store(tmp_path: Path) -> None:
    store, today = store_with_tags(tmp_path), dt.date(2024, 1, 1)
    # effective statuses: the open one kept by later.txt counts as fulfilled; only 'voor de zomer' is overdue
    assert store.commitment_counts(today.isoformat()) == ({"open": 1, "fulfilled": 2}, 1)
    assert store.commitment_documents() == ["brief.txt"]
    quotes = [r.quote[:12] for r in reports.commitment_rows(store, today)]
    assert quotes == ["Ik zal uw Ka", "Via deze weg", "Ik kom hier "]
    assert [r.quote[:12] for r in reports.commitment_rows(store, today, limit=1, offset=1)] == ["Via deze weg"]
    assert [r.quote[:12] for r in reports.commitment_rows(store, today, statuses=["fulfilled"])] == quotes[1:]
    assert [r.quote[:12] for r in reports.commitment_rows(store, today, overdue_only=True)] == quotes[:1]
    assert reports.commitment_rows(store, today, docs=["later.txt"]) == []
    # overdue and not overdue, counted in SQL, agree with each row's own reading
    rows = reports.commitment_rows(store, today)
    for flag in (True, False):
        assert store.commitment_total(today=today.isoformat(), overdue=flag) == sum(r.overdue == flag for r in rows)
    assert store.commitment_total(statuses=["fulfilled"]) == 2


def test_motions_are_read_once_per_way_they_are_named(tmp_path: Path) -> None:
    store = store_with_tags(tmp_path)
    assert [(v["kamerstuk"], v["label"]) for v in store.motion_variants()] == \
        [("19637-2929", "motie Piri c.s."), (None, "motie Piri")]
    assert [(c["identifier"], c["doc"], c["pages"]) for c in store.citing_pages(["19637-2929", "1-2"])] == \
        [("19637-2929", "later.txt", "1")]


def test_timeline_in_sql_equals_reading_each_document_s_commitments(tmp_path: Path) -> None:
    """The full history (one statement) and the opening view's reading (a document's commitments in
    Python) agree: a deadline takes the status of the first commitment over it by start, and is left out
    when that one has a due date of its own; a date that is no date is left out."""
    store = store_with_tags(tmp_path)
    tags = (Tag.of("commitment", "Ik stuur u de evaluatie", 1, 0, 40, {"status": "referenced"}),
            Tag.of("commitment", "Ik stuur u voor 1 maart 2023 de evaluatie", 1, 20, 60,
                   {"status": "open", "date_end": "2023-03-01"}),
            Tag.of("deadline", "in het voorjaar van 2023", 1, 30, 38, {"date_start": "2023-03-01", "date_end": "2023-05-31"}),
            Tag.of("deadline", "voor 1 maart 2023", 1, 45, 55, {"date_end": "2023-03-01"}),   # only inside the second
            Tag.of("commitment", "Ik kom erop terug", 1, 70, 90, {"status": "open", "date_end": "2023-02-30"}),
            Tag.of("deadline", "in 2024", 1, 80, 85, {"date_start": "2024-01-01", "date_end": "2024-12-31"}))
    store.put(ParsedDocument(Document("c" * 64, "overlap.txt", None, "2023-01-05", "kamerbrief", None, None, None, 1),
                             (Page(1, TEXT),), tags=tags))
    for today in (dt.date(2023, 1, 1), dt.date(2023, 4, 1), dt.date(2030, 1, 1)):
        rows = reports.timeline_rows(store, today)
        assert rows == sorted(reports.timeline_window(store, today), key=lambda r: (r.date, r.doc, r.page))
    mine = [(r.what, r.status, r.overdue) for r in rows if r.doc == "overlap.txt"]
    assert mine == [("Ik stuur u voor 1 maart 2023 de evaluatie", "open", True),
                    ("in het voorjaar van 2023", "referenced", False), ("in 2024", "open", True)]


def test_timeline_page_counts_per_month_and_pages_in_the_store(tmp_path: Path) -> None:
    store, today = store_with_tags(tmp_path), dt.date(2024, 1, 1)
    everything = reports.timeline_page(store, today, limit=0)
    assert (everything.rows, everything.total, everything.outside, everything.overdue) == ((), 5, 0, 2)
    assert everything.years == (2021, 2030)
    assert everything.months[0] == reports.MonthCount(dt.date(2021, 12, 1), None, True, True, 1)
    window = TimelineFilter(due_from="2022-01-01", due_to="2023-06-30")
    page = reports.timeline_page(store, today, window, limit=1, offset=1)
    assert [r.what for r in page.rows] == ["Via deze weg doe ik deze toezegging gestand."]
    assert (page.total, page.outside, page.overdue, page.years) == (2, 3, 0, (2021, 2030))
    assert [r.what for r in reports.timeline_stream(store, today, window)] == [
        "in maart 2022", "Via deze weg doe ik deze toezegging gestand."]
    kept = reports.timeline_page(store, today, TimelineFilter(kinds=("deadline",), docs=("brief.txt",), overdue=False))
    assert [(r.what, r.status) for r in kept.rows] == [("in maart 2022", "fulfilled"), ("uiterlijk februari 2030", None)]
    assert reports.timeline_page(store, today, TimelineFilter(docs=("later.txt",))).years is None
    assert store.timeline_documents() == ["brief.txt"]
