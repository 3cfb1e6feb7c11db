"""Migratiezoeker: the Streamlit app (Dutch UI) over a prebuilt store and index.

    streamlit run app.py -- --data data

It only lays out what `ingest` and `index` compute. The index is loaded once per process
(`st.cache_resource`); it is built here only when it is missing or stale, once, with progress.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import sys
from pathlib import Path
from urllib.parse import quote

import altair as alt
import pandas as pd
import streamlit as st

from ingest import IngestError, Store, body_text, ingest_paths, page_offsets
from index import MissingIndex, SearchIndexError, StaleIndex, build_index, load_index
from index import views

PAGES = ("Zoeken", "Tijdlijn", "Toezeggingen", "Moties", "Introductiedossier", "Document")
DOC_TYPES_NL = {"kamerbrief": "Kamerbrief", "nota": "Nota", "dossier": "Dossier", "woo-besluit": "Woo-besluit",
                "motie": "Motie", "kamervragen": "Kamervragen", "bnc-fiche": "BNC-fiche", "other": "Overig"}
STYLE = """<style>
mark {background: #ffe08a; padding: 0 1px;}
.tag {border-bottom: 2px solid #888;}
.tag-commitment {border-bottom-color: #d9480f;} .tag-motion {border-bottom-color: #1c7ed6;}
.tag-deadline {border-bottom-color: #2b8a3e;} .tag-reference {border-bottom-color: #868e96;}
.snippet {font-size: 0.95rem; line-height: 1.5;}
</style>"""


def data_dir() -> Path:
    """`--data DIR` after `--` on the streamlit command line, else $MIGRATIEZOEKER_DATA, else data/."""
    args = sys.argv[1:]
    if "--data" in args and args.index("--data") + 1 < len(args):
        return Path(args[args.index("--data") + 1])
    return Path(os.environ.get("MIGRATIEZOEKER_DATA", "data"))


@st.cache_resource(show_spinner=False)
def open_store(path: str) -> Store:
    return Store(path, create=False)


@st.cache_resource(show_spinner=False)
def open_index(path: str):
    """The search index; built (once) when missing or stale."""
    try:
        return load_index(path)
    except (MissingIndex, StaleIndex) as exc:
        with st.status("Zoekindex wordt gebouwd (eenmalig)…", expanded=True) as status:
            st.write(str(exc))
            build_index(path, progress=False)
            status.update(label="Zoekindex gebouwd", state="complete")
        return load_index(path)


def doc_link(name: str, page: int | None = None) -> str:
    link = f"?pagina=Document&doc={quote(name)}"
    return link + (f"&page={page}" if page else "")


def main() -> None:
    st.set_page_config(page_title="Migratiezoeker", page_icon="🔎", layout="wide")
    st.markdown(STYLE, unsafe_allow_html=True)
    path = data_dir()
    try:
        store = open_store(str(path))
    except IngestError as exc:
        st.error(f"Geen documenten gevonden: {exc}")
        return
    wanted = st.query_params.get("pagina", "Zoeken")
    page = st.sidebar.radio("Onderdeel", PAGES, index=PAGES.index(wanted) if wanted in PAGES else 0)
    upload_panel(path)
    {"Zoeken": page_search, "Tijdlijn": page_timeline, "Toezeggingen": page_commitments, "Moties": page_motions,
     "Introductiedossier": page_dossier, "Document": page_document}[page](store, path)


def search_index(path: Path):
    try:
        return open_index(str(path))
    except (SearchIndexError, IngestError, OSError) as exc:
        st.error(f"De zoekindex kon niet worden geladen: {exc}")
        return None


def show_hits(hits, query: str) -> None:
    if not hits:
        st.info("Geen resultaten.")
    for h in hits:
        d, p = h.document, h.passage
        title = html.escape(d.title or d.name) if d else html.escape(p.doc_name)
        meta = f"{DOC_TYPES_NL.get(d.doc_type, d.doc_type)} · {d.date or 'datum onbekend'}" if d else ""
        pages = f"p. {p.page_start}" + (f"–{p.page_end}" if p.page_end != p.page_start else "")
        st.markdown(f"**[{title}]({doc_link(p.doc_name, p.page_start)})** — {html.escape(p.doc_name)}, {pages}"
                    f"<br><small>{meta}{' · ' + html.escape(p.section) if p.section else ''}</small>",
                    unsafe_allow_html=True)
        st.markdown(f'<div class="snippet">{views.highlight(p.text, query, h.tags, p.start)}</div>',
                    unsafe_allow_html=True)
        if h.tags:
            st.caption(" · ".join(sorted({views.KIND_NL[t.kind] + (f" ({views.STATUS_NL.get(t.attrs.get('status'), '')})"
                                                                  if t.kind == "commitment" else "") for t in h.tags})))
        st.divider()


def page_search(store: Store, path: Path) -> None:
    st.title("Zoeken")
    query = st.text_input("Zoekvraag", placeholder="Wat hebben we eerder toegezegd over de begeleiding van amv's?")
    cols = st.columns(4)
    types = cols[0].multiselect("Documentsoort", list(DOC_TYPES_NL), format_func=DOC_TYPES_NL.get, placeholder="Alle")
    period = cols[1].date_input("Periode", value=(), format="DD-MM-YYYY")
    kind = cols[2].selectbox("Bevat", [None, *views.KIND_NL], format_func=lambda k: views.KIND_NL.get(k, "alles"))
    status = cols[3].selectbox("Status toezegging", [None, *views.STATUS_NL],
                               format_func=lambda s: views.STATUS_NL.get(s, "alle"))
    if not query:
        st.caption(f"{len(store.documents())} documenten doorzoekbaar.")
        return
    index = search_index(path)
    if index is None:
        return
    date_from = period[0] if len(period) >= 1 else None
    date_to = period[1] if len(period) == 2 else None
    hits = index.search(query, k=10, doc_type=types or None, date_from=date_from, date_to=date_to,
                        tag_kind=kind, status=status)
    show_hits(hits, query)


def page_timeline(store: Store, path: Path) -> None:
    st.title("Tijdlijn")
    today = dt.date.today()
    rows = views.timeline_rows(store, today)
    cols = st.columns(3)
    statuses = cols[0].multiselect("Status", ["open", "fulfilled", "referenced", "termijn"],
                                   format_func=lambda s: views.STATUS_NL.get(s, s), placeholder="Alle")
    docs = cols[1].multiselect("Document", sorted({r.doc for r in rows}), placeholder="Alle")
    topic = cols[2].text_input("Onderwerp bevat")
    shown = [r for r in rows
             if (not statuses or (r.status or "termijn") in statuses)
             and (not docs or r.doc in docs) and views.matches_topic(r.what, topic)]
    if not shown:
        st.info("Geen termijnen of toezeggingen met een datum.")
        return
    frame = pd.DataFrame([{"datum": r.date, "soort": views.KIND_NL[r.kind], "status": views.STATUS_NL.get(r.status, "termijn"),
                           "te laat": "te laat" if r.overdue else "op tijd", "wat": r.what[:160], "document": r.doc,
                           "pagina": r.page, "link": doc_link(r.doc, r.page)} for r in shown])
    chart = alt.Chart(frame).mark_circle(size=140).encode(
        x=alt.X("datum:T", title="Datum"), y=alt.Y("document:N", title=None),
        color=alt.Color("te laat:N", scale=alt.Scale(domain=["te laat", "op tijd"], range=["#e03131", "#1c7ed6"]),
                        title=None),
        shape=alt.Shape("soort:N", title=None), href="link:N",
        tooltip=["datum:T", "soort:N", "status:N", "wat:N", "document:N", "pagina:Q"])
    rule = alt.Chart(pd.DataFrame({"vandaag": [today]})).mark_rule(strokeDash=[4, 4]).encode(x="vandaag:T")
    st.altair_chart(chart + rule, use_container_width=True)
    overdue = sum(r.overdue for r in shown)
    if overdue:
        st.warning(f"{overdue} termijn(en) of toezegging(en) zijn verstreken en niet nagekomen.")
    st.dataframe(frame, hide_index=True, column_config={"link": st.column_config.LinkColumn("bron", display_text="open")})
    c1, c2 = st.columns(2)
    c1.download_button("Exporteer als CSV", views.csv_text(frame.drop(columns=["link"]).astype(str).to_dict("records")),
                       "tijdlijn.csv", "text/csv")
    c2.download_button("Exporteer naar agenda (.ics)", views.ics_text(shown), "termijnen.ics", "text/calendar")


def page_commitments(store: Store, path: Path) -> None:
    st.title("Toezeggingen")
    rows = views.commitment_rows(store)
    status = st.multiselect("Status", list(views.STATUS_NL.values()), placeholder="Alle")
    rows = [r for r in rows if not status or r["status"] in status]
    if not rows:
        st.info("Geen toezeggingen gevonden.")
        return
    frame = pd.DataFrame(rows)
    frame["bron"] = [doc_link(r["document"], r["pagina"]) for r in rows]
    st.dataframe(frame, hide_index=True, column_config={"bron": st.column_config.LinkColumn("bron", display_text="open")})
    st.download_button("Exporteer als CSV", views.csv_text(rows), "toezeggingen.csv", "text/csv")


def page_motions(store: Store, path: Path) -> None:
    st.title("Moties")
    rows = views.motion_rows(store)
    if not rows:
        st.info("Geen moties gevonden.")
        return
    st.dataframe(pd.DataFrame(rows), hide_index=True)
    st.download_button("Exporteer als CSV", views.csv_text(rows), "moties.csv", "text/csv")


def page_dossier(store: Store, path: Path) -> None:
    st.title("Introductiedossier")
    doc = views.dossier(store)
    if doc is None:
        st.info("Er is geen introductiedossier ingelezen.")
        return
    sections = store.sections(doc.id)
    pages = store.pages(doc.id)
    labels = [f"{s.number} {s.title}" for s in sections]
    choice = st.sidebar.radio("Inhoud", labels, index=0) if labels else None
    question = st.text_input("Vraag aan het dossier", placeholder="Hoeveel Dublinclaims leiden tot een overdracht?")
    if question:
        index = search_index(path)
        if index is not None:
            show_hits(index.search(question, k=5, doc_name=doc.name), question)
    if choice is None:
        return
    section = sections[labels.index(choice)]
    shown = [p for p in pages if section.page <= p.number <= (section.end_page or section.page)]
    st.subheader(choice)
    tags = [t for _, t in store.tags(doc.id)]
    offsets = dict((n, s) for s, n in page_offsets(pages))
    for p in shown:
        start = offsets[p.number]
        page_tags = tuple(t for t in tags if start <= t.start < start + len(p.text))
        st.caption(f"Pagina {p.number}")
        st.markdown(f'<div class="snippet">{views.highlight(p.text, "", page_tags, start)}</div>', unsafe_allow_html=True)
    related = views.related_documents(store, doc, " ".join(p.text for p in shown))
    if related:
        st.subheader("Gerelateerde brieven")
        for d, _ in related:
            st.markdown(f"- [{html.escape(d.title or d.name)}]({doc_link(d.name)}) ({d.date or 'datum onbekend'})")


def page_document(store: Store, path: Path) -> None:
    st.title("Document")
    docs = store.documents()
    if not docs:
        st.info("Nog geen documenten.")
        return
    names = [d.name for d in docs]
    wanted = st.query_params.get("doc")
    name = st.selectbox("Document", names, index=names.index(wanted) if wanted in names else 0)
    doc = docs[names.index(name)]
    pages = store.pages(doc.id)
    st.subheader(doc.title or doc.name)
    st.markdown(" · ".join(html.escape(x) for x in (
        DOC_TYPES_NL.get(doc.doc_type, doc.doc_type), doc.date or "datum onbekend", f"aan: {doc.addressee or '—'}",
        f"afzender: {doc.sender or '—'}", f"kenmerk: {doc.kenmerk or '—'}", f"{doc.pages} pagina's")))
    if doc.original and (path / doc.original).exists():
        st.download_button("Download origineel", (path / doc.original).read_bytes(), doc.name)
    numbers = [p.number for p in pages]
    try:
        first = int(st.query_params.get("page", numbers[0]))
    except ValueError:
        first = numbers[0]
    number = st.selectbox("Pagina", numbers, index=numbers.index(first) if first in numbers else 0)
    tags = [t for _, t in store.tags(doc.id)]
    start = dict((n, s) for s, n in page_offsets(pages))[number]
    page = pages[numbers.index(number)]
    page_tags = tuple(t for t in tags if start <= t.start < start + len(page.text))
    st.markdown(f'<div class="snippet">{views.highlight(page.text, "", page_tags, start)}</div>', unsafe_allow_html=True)
    if page_tags:
        st.subheader("Gevonden op deze pagina")
        st.dataframe(pd.DataFrame([{"soort": views.KIND_NL[t.kind], "tekst": t.quote,
                                    **{k: str(v) for k, v in t.attrs.items() if v not in (None, "", [])}}
                                   for t in page_tags]), hide_index=True)
    notes = store.footnotes(doc.id)
    if notes:
        st.subheader("Voetnoten")
        for f in notes:
            st.markdown(f"{html.escape(f.number)}. {html.escape(f.text)} <small>(p. {f.page})</small>",
                        unsafe_allow_html=True)


def upload_panel(path: Path) -> None:
    with st.sidebar.expander("Documenten toevoegen"):
        files = st.file_uploader("PDF-bestanden", type=["pdf"], accept_multiple_files=True)
        if not files or not st.button("Toevoegen"):
            return
        folder = path / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for f in files:
            if f.size > views.MAX_UPLOAD_BYTES:
                st.error(f"{f.name}: groter dan {views.MAX_UPLOAD_BYTES // 2**20} MB, overgeslagen.")
                continue
            target = folder / views.safe_filename(f.name)
            target.write_bytes(f.getvalue())
            saved.append(target)
        if not saved:
            return
        bar = st.progress(0.0, text="Inlezen…")
        report = ingest_paths(saved, path, workers=1, progress=False)
        for name, reason in report.failed:
            st.error(f"{name}: {reason}")
        bar.progress(0.5, text="Zoekindex bijwerken…")
        try:
            build_index(path, progress=False)
        except (SearchIndexError, IngestError) as exc:
            st.error(f"Zoekindex bijwerken mislukt: {exc}")
        bar.progress(1.0, text="Klaar")
        st.success(f"{len(report.added) + len(report.replaced)} toegevoegd, {len(report.unchanged)} ongewijzigd, "
                   f"{len(report.failed)} mislukt.")
        open_index.clear()
        open_store.clear()


main()
