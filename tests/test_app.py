"""Every page of the app, through Streamlit's AppTest, on a small store with a built index."""
from __future__ import annotations

import datetime as dt
import html
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ingest import Document, Page, ParsedDocument, Section, Store, Tag, ingest_paths
from index import build_index, build_with_progress, read_manifest
from ui import markup
from ui.uploads import check_upload, safe_filename

ROOT = Path(__file__).resolve().parent.parent
LETTER = "kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt"
FILES = [LETTER, "nota-verzending-brief-actuele-situatie-migratieketen.txt"]
SOON = (dt.date.today() + dt.timedelta(days=30)).isoformat()  # a deadline the timeline opens on
DOSSIER_TEXT = ("1.1 Dublin\nGemiddeld leidt slechts 20 procent van de Dublinclaims tot een succesvolle overdracht.\n\n"
                "1.2 Hervestiging\nNederland hervestigt jaarlijks vluchtelingen. <script>alert('x')</script>")


@pytest.fixture(scope="session")
def app_data(tmp_path_factory) -> Path:
    """Two real letters of the corpus and a tiny dossier with a <script> in its text, indexed."""
    data = tmp_path_factory.mktemp("appdata")
    report = ingest_paths([ROOT / "corpus" / f for f in FILES], data, progress=False)
    assert report.ok
    tags = (Tag.of("deadline", "uiterlijk februari 2022", 1, 0, 5,
                {"date_text": "uiterlijk februari 2022", "date_start": "2022-02-01", "date_end": "2022-02-28"}),
            Tag.of("deadline", "binnen een maand", 1, 6, 12, {"date_text": "binnen een maand", "date_start": SOON,
                                                              "date_end": SOON}))
    with Store(data) as store:
        store.put(ParsedDocument(Document("d" * 64, "dossier.txt", "Introductiedossier Migratie", None, "dossier",
                                          None, None, None, 1), (Page(1, DOSSIER_TEXT),),
                                 (Section("1.1", "Dublin", 1, 1), Section("1.2", "Hervestiging", 1, 1)), tags=tags))
    build_index(data, progress=False)
    return data


def make_app(data: Path, monkeypatch, **params: str) -> AppTest:
    monkeypatch.setenv("MIGRATIEZOEKER_DATA", str(data))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    for k, v in params.items():
        at.query_params[k] = v
    return at


@pytest.fixture
def app(app_data: Path, monkeypatch) -> AppTest:
    return make_app(app_data, monkeypatch)


def goto(at: AppTest, page: str) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    at.sidebar.radio(key="nav").set_value(page).run()
    assert not at.exception, at.exception
    assert at.title[0].value == page
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_search_finds_the_right_letter(app: AppTest) -> None:
    at = goto(app, "Zoeken")
    at.text_input[0].input("Wie stelt voortaan het incidentenoverzicht op?").run()
    assert not at.exception
    hits = [m.value for m in at.markdown if 'class="hit-title"' in m.value]
    assert hits and f"doc={LETTER}" in hits[0] and "page=1" in hits[0]
    assert "<mark>incidentenoverzicht</mark>" in hits[0].lower() or "<mark>" in hits[0]
    assert "Kamerbrief" in hits[0]


def test_search_filters(app: AppTest) -> None:
    at = goto(app, "Zoeken")
    at.multiselect[0].set_value(["nota"])
    at.text_input[0].input("incidentenoverzicht").run()
    hits = [m.value for m in at.markdown if 'class="hit-title"' in m.value]
    assert hits and all("nota-verzending" in h for h in hits)
    at.multiselect[0].set_value(["dossier"])
    at.selectbox[0].set_value("motion").run()  # the dossier has no motion
    assert any("Geen resultaten" in i.value for i in at.info)


def test_timeline_opens_on_what_to_act_on(app: AppTest) -> None:
    at = goto(app, "Tijdlijn")
    assert [s.value for s in at.subheader] == ["Komende 90 dagen", "Verstreken en niet nagekomen"]
    coming, overdue = (f.value for f in at.dataframe)
    assert list(coming["wat"]) == ["binnen een maand"] and set(coming["stand"]) == {"open"}
    assert "uiterlijk februari 2022" in list(overdue["wat"]) and set(overdue["stand"]) == {"verstreken"}
    assert list(overdue["datum"]) == sorted(overdue["datum"], reverse=True)  # the latest first
    assert len(at.get("vega_lite_chart")) == 1  # the coming days, with the line for today
    assert len(at.get("download_button")) == 2
    at.number_input[0].set_value(7).run()
    assert any("Geen open termijnen" in i.value for i in at.info) and len(at.dataframe) == 1


def test_timeline_shows_deadlines_and_exports(app: AppTest) -> None:
    at = goto(app, "Tijdlijn")
    at.toggle[0].set_value(True).run()
    assert len(at.dataframe) == 1 and len(at.get("download_button")) == 2
    frame = at.dataframe[0].value
    row = frame[frame["titel"] == "Introductiedossier Migratie"].iloc[0]
    assert (str(row["datum"])[:10], row["stand"]) == ("2022-02-28", "verstreken")
    assert at.warning and "verstreken" in at.warning[0].value
    assert len(at.get("vega_lite_chart")) == 1  # counts per month, not a point per row
    at.checkbox[0].check().run()
    assert set(at.dataframe[0].value["stand"]) == {"verstreken"}
    at.text_input[0].input("februari 2022").run()
    assert len(at.dataframe[0].value) == 1


def test_timeline_history_shows_a_page_at_a_time(app: AppTest, monkeypatch) -> None:
    from ui import timeline
    monkeypatch.setattr(timeline, "PAGE_ROWS", 2)
    at = goto(app, "Tijdlijn")
    at.toggle[0].set_value(True).run()
    at.slider[0].set_value((2000, 2100)).run()  # every row in the period
    first = at.dataframe[0].value
    (pages,) = [n for n in at.number_input if n.label.startswith("Pagina")]
    total = int(pages.label.split("van ")[1].rstrip(")"))
    assert len(first) == 2 and total >= 2
    pages.set_value(total).run()
    last = at.dataframe[0].value
    assert 1 <= len(last) <= 2 and set(last["wat"]).isdisjoint(first["wat"])
    assert list(last["datum"]) == sorted(last["datum"]) and last["datum"].min() >= first["datum"].max()


def test_commitments_page(app: AppTest) -> None:
    at = goto(app, "Toezeggingen")
    if not at.dataframe:  # the tagger found none in these two letters
        assert at.info
        return
    frame = at.dataframe[0].value
    assert set(frame["status"]) <= {"open", "nagekomen", "genoemd"}
    assert {"aan", "gedaan in", "termijn", "document", "pagina", "nagekomen in", "bron"} <= set(frame.columns)
    assert [m.label for m in at.metric][:3] == ["Open", "Nagekomen", "Genoemd"]
    assert len(at.get("download_button")) == 1


def test_motions_page(app: AppTest) -> None:
    at = goto(app, "Moties")
    frame = at.dataframe[0].value
    assert any("Brekelmans" in m for m in frame["motie"])
    assert {"indieners", "kamerstuk", "verzoekt", "reactie kabinet", "documenten"} <= set(frame.columns)
    assert frame.notna().all().all()  # empty cells show empty, not None
    at.text_input[0].input("brekelmans").run()
    assert len(at.dataframe[0].value) >= 1 and all("Brekelmans" in m for m in at.dataframe[0].value["motie"])


def test_dossier_reader_and_scoped_question(app: AppTest) -> None:
    at = goto(app, "Introductiedossier")
    toc = at.sidebar.radio[1]
    assert toc.label == "Inhoud" and [o.strip() for o in toc.options] == ["1.1 Dublin", "1.2 Hervestiging"]
    text = html_of(at)
    assert "Dublinclaims" in text and "Hervestiging" not in text.split("Gerelateerde")[0].split("Dublinclaims")[1][:40]
    toc.set_value(1).run()
    text = html_of(at)
    assert "&lt;script&gt;" in text and "<script>" not in text
    assert any(s.value == "Gerelateerde brieven" for s in at.subheader)
    at.text_input[0].input("Hoeveel Dublinclaims leiden tot overdracht?").run()
    hits = [m.value for m in at.markdown if 'class="hit-title"' in m.value]
    assert hits and all("doc=dossier.txt" in h for h in hits)


def test_document_page_deep_link(app_data: Path, monkeypatch) -> None:
    at = make_app(app_data, monkeypatch, doc=LETTER, page="1", q="WODC")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Document" and at.selectbox[0].value == LETTER
    assert "<mark>WODC</mark>" in html_of(at)
    assert len(at.get("download_button")) == 1


def test_document_page_escapes_text(app: AppTest) -> None:
    at = goto(app, "Document")
    at.selectbox[0].set_value("dossier.txt").run()
    text = html_of(at)
    assert "&lt;script&gt;alert" in text and "<script>" not in text
    assert at.dataframe and "tijdsaanduiding" in at.dataframe[0].value.columns


def test_no_store_shows_a_message(tmp_path: Path, monkeypatch) -> None:
    at = make_app(tmp_path / "leeg", monkeypatch)
    at.run()
    assert not at.exception and at.error and "Nog geen documenten" in at.error[0].value


def test_a_missing_index_is_offered_never_built_on_page_load(app_data: Path, tmp_path: Path, monkeypatch) -> None:
    """A page load never builds the index: a missing one is reported with a button; the button builds it once."""
    data = tmp_path / "data"
    shutil.copytree(app_data, data, ignore=shutil.ignore_patterns("index", ".index-*"))
    assert read_manifest(data) is None
    at = make_app(data, monkeypatch)
    at.run()
    at.text_input[0].input("incidentenoverzicht WODC").run()
    assert not at.exception and not at.error and read_manifest(data) is None      # not built by loading pages
    assert any("nog geen zoekindex" in w.value for w in at.warning)
    assert not any('class="hit-title"' in m.value for m in at.markdown)
    at.button(key="index_build").click().run()
    manifest = read_manifest(data)
    assert not at.exception and manifest is not None and manifest.passages > 0
    assert not at.warning and any('class="hit-title"' in m.value for m in at.markdown)
    at.text_input[0].input("Dublin").run()
    assert read_manifest(data).created == manifest.created  # not built again


def test_a_store_changed_under_the_app_is_reported_not_rebuilt(app_data: Path, tmp_path: Path, monkeypatch) -> None:
    """Documents ingested while the app runs make the index stale: reported with the build button, not rebuilt."""
    data = tmp_path / "data"
    shutil.copytree(app_data, data, symlinks=True)
    at = make_app(data, monkeypatch)
    at.run()
    assert not at.warning
    built = read_manifest(data).created
    with Store(data) as store:
        store.put(ParsedDocument(Document("e" * 64, "nieuw.txt", "Nieuwe brief", None, "kamerbrief", None, None, None, 1),
                                 (Page(1, "Een nieuwe brief over de opvang."),)))
    at.run()
    assert any("bijgekomen of gewijzigd" in w.value for w in at.warning)
    assert read_manifest(data).created == built


def test_upload_pipeline_reports_progress(tmp_path: Path) -> None:
    """What the upload button runs: ingest the saved file, then the incremental index build with progress."""
    pdf = ROOT / "corpus" / "pdf" / "motie-negatieve-spaarrente.pdf"
    target = tmp_path / "uploads" / safe_filename("Motie (negatieve) spaarrente.PDF")
    target.parent.mkdir()
    shutil.copy(pdf, target)
    assert check_upload(target.name, target.stat().st_size, target.read_bytes()[:1024]) is None
    broken = tmp_path / "uploads" / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    report = ingest_paths([target, broken], tmp_path, workers=1, progress=False)
    assert report.added == ["Motie-negatieve-spaarrente.pdf"] and [n for n, _ in report.failed] == ["kapot.pdf"]
    seen: list[tuple[int, int]] = []
    manifest = build_with_progress(tmp_path, lambda done, total: seen.append((done, total)))
    assert manifest.passages > 0 and seen and seen[-1][0] == seen[-1][1] > 0


HOSTILE = "**vet** [klik](javascript:alert(1)) ![x](https://e.invalid/x.png)"


HOSTILE_REFERENCES = (
    Tag.of("reference", "Een brief", 1, 0, 9, {"normalized": "35300-VI-63", "ref_type": "kamerstuk"}),
    Tag.of("reference", "<script>", 1, 14, 22, {"normalized": "javascript:alert(1)", "ref_type": "ecli"}))


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory) -> Path:
    """A letter and a dossier whose titles and section titles are Markdown that would format, link
    and fetch an outside image."""
    data = tmp_path_factory.mktemp("hostile")
    with Store(data) as store:
        store.put(ParsedDocument(Document("e" * 64, "brief.txt", HOSTILE, "2023-01-01", "kamerbrief", None, None,
                                          None, 1), (Page(1, "Een brief met <script>alert(1)</script>."),),
                                 tags=HOSTILE_REFERENCES))
        store.put(ParsedDocument(Document("f" * 64, "dossier.txt", HOSTILE, None, "dossier", None, None, None, 1),
                                 (Page(1, "1. Vet\nTekst een.\n2. Klik\nTekst twee."),),
                                 (Section("1", "**Vet**", 1, 1), Section("2", "[Klik](javascript:alert(1))", 1, 1))))
        store.add_alias("kopie.txt", "f" * 64)   # the dossier's bytes came in under a second name too
    return data


def shown_as_text(markdown: str, text: str) -> bool:
    """Whether Markdown renders as exactly ``text``: nothing bold, linked or embedded."""
    md = pytest.importorskip("markdown_it").MarkdownIt("commonmark")
    return md.renderInline(markdown).replace(markup.WORD_JOINER, "") == html.escape(text, quote=False)


def test_titles_are_literal_text_in_the_document_view(hostile_data: Path, monkeypatch) -> None:
    at = make_app(hostile_data, monkeypatch, doc="brief.txt")
    at.run()
    assert not at.exception
    assert shown_as_text(at.subheader[0].value, HOSTILE)


def test_document_page_opens_a_link_by_alias(hostile_data: Path, monkeypatch) -> None:
    at = make_app(hostile_data, monkeypatch, doc="kopie.txt")
    at.run()
    assert not at.exception
    assert at.selectbox[0].value == "dossier.txt" and at.selectbox[0].options[1].endswith(" — dossier.txt, kopie.txt")


def test_titles_are_literal_text_in_the_dossier(hostile_data: Path, monkeypatch) -> None:
    at = goto(make_app(hostile_data, monkeypatch), "Introductiedossier")
    assert at.caption[0].value.startswith(markup.literal(HOSTILE) + " · ")
    options = at.sidebar.radio[1].options
    assert shown_as_text(options[0], "1 **Vet**") and shown_as_text(options[1], "2 [Klik](javascript:alert(1))")
    assert shown_as_text(at.subheader[0].value, "1 **Vet**")


def test_search_lists_each_document_once_with_its_other_passages(app: AppTest) -> None:
    at = goto(app, "Zoeken")
    at.text_input[0].input("incidentenoverzicht migratieketen").run()
    assert not at.exception, at.exception
    hits = [m.value for m in at.markdown if 'class="hit-title"' in m.value]
    docs = [h.split("doc=")[1].split("&")[0] for h in hits]
    assert hits and len(docs) == len(set(docs))  # one result per document
    assert all("p. " in h for h in hits)
    more = [e for e in at.expander if e.label.startswith("meer uit dit document")]
    assert more  # the letter has more than one passage about it
    inside = "\n".join(m.value for e in more for m in e.markdown)
    assert 'class="hit-more"' in inside and "page=" in inside


def test_document_view_links_references_to_their_public_source(hostile_data: Path, monkeypatch) -> None:
    at = make_app(hostile_data, monkeypatch, doc="brief.txt")
    at.run()
    assert not at.exception
    frame = at.dataframe[0].value
    assert list(frame["bron"]) == ["https://zoek.officielebekendmakingen.nl/kst-35300-VI-63", ""]


@pytest.fixture(scope="module")
def citing_data(tmp_path_factory) -> Path:
    """A letter citing two stored documents (a Kamerstuk stored under its official name, a letter by
    its date) and one that is not stored."""
    data = tmp_path_factory.mktemp("citing")
    text = "Zie Kamerstuk 35300 VI, nr. 63. Bij brief van 1 maart 2022 meldde ik dit. Zie ook nr. 64."
    refs = (Tag.of("reference", "Kamerstuk 35300 VI, nr. 63", 1, 4, 30, {"normalized": "35300-VI-63", "ref_type": "kamerstuk"}),
            Tag.of("reference", "Bij brief van 1 maart 2022 meldde ik dit.", 1, 32, 73, {"normalized": None, "ref_type": "brief"}),
            Tag.of("reference", "nr. 64", 1, 83, 89, {"normalized": "35300-VI-64", "ref_type": "kamerstuk"}))
    with Store(data) as store:
        for i, (name, title, date, tags) in enumerate((
                ("kst-35300-VI-63.pdf", "Motie van de leden Toorenburg en Groothuizen", "2020-01-20", ()),
                ("voortgang.txt", "Voortgang <b>casemanagement</b>", "2022-03-01", ()),
                ("verwijzend.txt", "Verwijzende brief", "2022-11-07", refs))):
            store.put(ParsedDocument(Document(str(i) * 64, name, title, date, "kamerbrief", None, None, None, 1),
                                     (Page(1, text),), tags=tags))
    return data


def test_document_view_links_cited_letters_in_the_store(citing_data: Path, monkeypatch) -> None:
    at = make_app(citing_data, monkeypatch, doc="verwijzend.txt")
    at.run()
    assert not at.exception, at.exception
    assert list(at.dataframe[0].value["in de app"]) == ["?pagina=Document&doc=kst-35300-VI-63.pdf",
                                                        "?pagina=Document&doc=voortgang.txt", ""]
    block = next(m.value for m in at.markdown if "Verwijst naar ingelezen documenten" in m.value)
    assert '<a href="?pagina=Document&amp;doc=voortgang.txt" target="_self">Voortgang &lt;b&gt;casemanagement&lt;/b&gt;</a>' in block
    assert block.count("<a href") == 2
