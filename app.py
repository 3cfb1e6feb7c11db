"""Migratiezoeker: the Streamlit app (Dutch UI) over a prebuilt store and index.

    streamlit run app.py -- --data data        (or MIGRATIEZOEKER_DATA=data)

It only lays out what `ingest` and `index` compute (tracker rows, timeline, exports, snippets live in
`index.views`). Store and index are loaded once per process (`st.cache_resource`); the index is built
here only when it is missing or stale, once, with a progress bar. Document text is always escaped
before it goes into HTML.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import sys
import threading
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from ingest import Store, ingest_paths
from ingest.errors import MigratiezoekerError
from index import views

PAGES = ("Zoeken", "Tijdlijn", "Toezeggingen", "Moties", "Introductiedossier", "Document")
STYLE = """<style>
mark {background: #ffe08a; padding: 0 1px; border-radius: 2px;}
.tag {border-bottom: 2px solid #888; padding-bottom: 1px;}
.tag-commitment {border-bottom-color: #d9480f; background: #fff4e6;}
.tag-motion {border-bottom-color: #1c7ed6; background: #e7f5ff;}
.tag-deadline {border-bottom-color: #2b8a3e; background: #ebfbee;}
.tag-reference {border-bottom-color: #868e96;}
.doctext {font-size: 0.95rem; line-height: 1.6;}
.hit-title {font-size: 1.05rem; font-weight: 600;}
.hit-meta, .legend {color: #666; font-size: 0.85rem;}
.legend span {margin-right: 0.8rem;}
.footnote {font-size: 0.85rem; margin-bottom: 0.3rem;}
</style>"""


def legend(query: bool = False) -> str:
    return ('<div class="legend">' + "".join(f'<span class="tag tag-{k}">{v}</span>' for k, v in views.KIND_NL.items())
            + ('<span><mark>zoekwoord</mark></span>' if query else "") + "</div>")


def data_dir() -> Path:
    """`--data DIR` after `--` on the streamlit command line, else $MIGRATIEZOEKER_DATA, else data/."""
    args = sys.argv[1:]
    if "--data" in args and args.index("--data") + 1 < len(args):
        return Path(args[args.index("--data") + 1])
    return Path(os.environ.get("MIGRATIEZOEKER_DATA", "data"))


# -- loading ---------------------------------------------------------------------------------------

@st.cache_resource(show_spinner=False)
def open_store(path: str) -> Store:
    return Store(path, create=False)


@st.cache_resource(show_spinner="Zoekindex laden…")
def _load_index(path: str):
    from index import load_index
    return load_index(path)


@st.cache_resource(show_spinner=False)
def _build_lock(path: str) -> threading.Lock:
    return threading.Lock()


def _loaded_index(path: Path, build_next: bool):
    """The cached index; None after showing why it cannot be read. With `build_next`, a missing or
    stale index is not shown but raised (MissingIndex, StaleIndex), for the caller to build."""
    from index import MissingIndex, SearchIndexError, StaleIndex

    try:
        return _load_index(str(path))
    except (SearchIndexError, MigratiezoekerError, OSError) as exc:
        if build_next and isinstance(exc, (MissingIndex, StaleIndex)):
            raise
        st.error(f"De zoekindex kon niet worden geladen: {exc}")
        return None


def search_index(path: Path, store: Store):
    """The loaded search index. When it is missing or stale it is built here, once (other sessions
    wait for that build), with a progress bar."""
    from index import MissingIndex, StaleIndex

    try:
        index = _loaded_index(path, build_next=True)
        if index is None or index.manifest.store_checksum == store.checksum():
            return index
        _load_index.clear()  # the store changed under a running app (e.g. `python -m ingest`)
    except (MissingIndex, StaleIndex):
        pass
    with _build_lock(str(path)):
        try:
            return _loaded_index(path, build_next=True)  # built by another session meanwhile
        except (MissingIndex, StaleIndex):
            pass
        bar = st.progress(0.0, text="Zoekindex wordt gebouwd (eenmalig)…")
        try:
            views.build_with_progress(path, lambda done, total: bar.progress(
                done / max(total, 1), text=f"Zoekindex wordt gebouwd: {done} van {total} passages"))
        except Exception as exc:  # shown, never a crash of the page
            st.error(f"Zoekindex bouwen mislukt: {exc}")
            return None
        finally:
            bar.empty()
    return _loaded_index(path, build_next=False)


# -- shared pieces ---------------------------------------------------------------------------------

def html_block(markup: str) -> None:
    """Markup built from escaped text (views.* and html.escape only)."""
    st.markdown(markup, unsafe_allow_html=True)


def doc_label(doc) -> str:
    return f"{doc.title or doc.name} ({doc.date or 'datum onbekend'})"


def show_hits(hits, query: str) -> None:
    if not hits:
        st.info("Geen resultaten. Probeer andere woorden of minder filters.")
        return
    for rank, h in enumerate(hits, 1):
        d, p = h.document, h.passage
        pages = f"p. {p.page_start}" + (f"–{p.page_end}" if p.page_end != p.page_start else "")
        meta = [views.DOC_TYPES_NL.get(d.doc_type, d.doc_type) if d else None,
                (d.date or "datum onbekend") if d else None, p.doc_name, pages, p.section]
        html_block(f'<div class="hit-title">{rank}. {views.link_html((d.title if d else None) or p.doc_name, p.doc_name, p.page_start, query)}</div>'
                   f'<div class="hit-meta">{html.escape(" · ".join(m for m in meta if m))}</div>'
                   f'<div class="doctext">{views.snippet(p.text, query, h.tags, p.start)}</div>')
        if h.tags:
            st.caption("Bevat: " + ", ".join(views.tag_labels(h.tags)))
        st.divider()


def link_column(label: str = "bron"):
    return st.column_config.LinkColumn(label, display_text="openen")


# -- pages -----------------------------------------------------------------------------------------

def page_search(store: Store, path: Path) -> None:
    st.title("Zoeken")
    docs = store.documents()
    query = st.text_input("Zoekvraag", placeholder="Wat hebben we eerder toegezegd over de begeleiding van amv's?")
    cols = st.columns(4)
    present = sorted({d.doc_type for d in docs}, key=list(views.DOC_TYPES_NL).index)
    types = cols[0].multiselect("Documentsoort", present, format_func=lambda t: views.DOC_TYPES_NL.get(t, t),
                                placeholder="Alle")
    period = cols[1].date_input("Periode", value=(), format="DD-MM-YYYY", min_value=dt.date(1990, 1, 1))
    kind = cols[2].selectbox("Bevat", [None, *views.KIND_NL], format_func=lambda k: views.KIND_NL.get(k, "alles"))
    status = cols[3].selectbox("Status toezegging", [None, *views.STATUS_NL],
                               format_func=lambda s: views.STATUS_NL.get(s, "alle"))
    if not query.strip():
        st.caption(f"{len(docs)} documenten doorzoekbaar. Zoek in gewone taal; de resultaten combineren "
                   "trefwoorden en betekenis.")
        search_index(path, store)  # warm up after the page is drawn, so the first search is quick
        return
    index = search_index(path, store)
    if index is None:
        return
    date_from = period[0] if len(period) >= 1 else None
    date_to = period[1] if len(period) == 2 else None
    hits = index.search(query, k=10, doc_type=types or None, date_from=date_from, date_to=date_to,
                        tag_kind=kind, status=status)
    html_block(legend(query=True))
    show_hits(hits, query)


def page_timeline(store: Store, path: Path) -> None:
    st.title("Tijdlijn")
    today = dt.date.today()
    rows = views.timeline_rows(store, today)
    titles = {d.name: d.title or d.name for d in store.documents()}
    cols = st.columns([2, 3, 2, 2])
    statuses = cols[0].multiselect("Status", list(views.TIMELINE_STATUSES), format_func=views.TIMELINE_STATUSES.get,
                                   placeholder="Alle")
    docs = cols[1].multiselect("Document", sorted({r.doc for r in rows}), format_func=lambda n: titles.get(n, n),
                               placeholder="Alle")
    topic = cols[2].text_input("Onderwerp", placeholder="bijv. Dublin, opvang, WODC")
    if not rows:
        st.info("Geen termijnen of toezeggingen met een datum.")
        return
    first, last = min(r.date.year for r in rows), max(r.date.year for r in rows)
    period = cols[3].slider("Periode", first, max(last, first + 1), views.default_period(rows, store.documents(), today))
    overdue_only = st.checkbox("Alleen verstreken")
    matching = views.filter_timeline(rows, statuses, docs, topic, overdue_only)
    shown = views.filter_timeline(matching, years=period)
    outside = len(matching) - len(shown)
    if outside:
        st.caption(f"{outside} punt(en) buiten de gekozen periode; verschuif de periode om ze te zien.")
    if not shown:
        st.info("Geen termijnen of toezeggingen met een datum bij deze filters.")
        return
    table = views.timeline_table(shown)
    frame = pd.DataFrame(table)
    frame["datum"] = pd.to_datetime(frame["datum"])
    frame["titel kort"] = [t if len(t) <= 42 else t[:40] + "…" for t in frame["titel"]]
    frame["wat kort"] = [w if len(w) <= 160 else w[:157] + "…" for w in frame["wat"]]
    chart = alt.Chart(frame).mark_point(filled=True, opacity=0.85).encode(
        x=alt.X("datum:T", title="Datum", axis=alt.Axis(format="%b %Y")),
        y=alt.Y("titel kort:N", title=None, axis=alt.Axis(labelLimit=260)),
        color=alt.Color("verstreken:N", scale=alt.Scale(domain=["ja", "nee"], range=["#e03131", "#1c7ed6"]),
                        legend=alt.Legend(title="Verstreken")),
        size=alt.Size("verstreken:N", scale=alt.Scale(domain=["ja", "nee"], range=[220, 110]), legend=None),
        shape=alt.Shape("soort:N", legend=alt.Legend(title="Soort")), href="bron:N",
        tooltip=[alt.Tooltip("datum:T", title="datum", format="%d-%m-%Y"), alt.Tooltip("soort:N"),
                 alt.Tooltip("status:N"), alt.Tooltip("wat kort:N", title="wat"), alt.Tooltip("titel:N"),
                 alt.Tooltip("pagina:Q")])
    rule = alt.Chart(pd.DataFrame({"vandaag": [pd.Timestamp(today)]})).mark_rule(strokeDash=[4, 4], color="#555")\
        .encode(x="vandaag:T", tooltip=[alt.Tooltip("vandaag:T", title="vandaag", format="%d-%m-%Y")])
    height = max(160, 34 * frame["titel kort"].nunique())
    st.altair_chart((chart + rule).properties(height=height), use_container_width=True)
    st.caption(f"Rood: verstreken en niet nagekomen (peildatum {today:%d-%m-%Y}). Klik op een punt om de bron te openen.")
    overdue = sum(r.overdue for r in shown)
    if overdue:
        st.warning(f"{overdue} van de {len(shown)} getoonde termijnen en toezeggingen zijn verstreken en niet nagekomen.")
    st.dataframe(frame[["datum", "verstreken", "soort", "status", "wat", "titel", "pagina", "bron"]], hide_index=True,
                 column_config={"bron": link_column(), "datum": st.column_config.DateColumn("datum", format="DD-MM-YYYY")})
    export = [{k: v for k, v in r.items() if k != "bron"} for r in table]
    c1, c2 = st.columns(2)
    c1.download_button("Exporteer als CSV", views.csv_text(export), "tijdlijn.csv", "text/csv")
    c2.download_button("Exporteer naar agenda (.ics)", views.ics_text(shown), "termijnen.ics", "text/calendar")


def page_commitments(store: Store, path: Path) -> None:
    st.title("Toezeggingen")
    rows = views.commitment_rows(store)
    if not rows:
        st.info("Geen toezeggingen gevonden.")
        return
    counts = {s: sum(r["status"] == s for r in rows) for s in views.STATUS_NL.values()}
    cols = st.columns(4)
    for col, (label, n) in zip(cols, counts.items()):
        col.metric(label.capitalize(), n)
    cols[3].metric("Verstreken", sum(r["verstreken"] == "ja" for r in rows))
    c1, c2, c3 = st.columns([2, 3, 1])
    status = c1.multiselect("Status", list(views.STATUS_NL.values()), placeholder="Alle")
    docs = c2.multiselect("Document", sorted({r["document"] for r in rows}), placeholder="Alle")
    overdue_only = c3.checkbox("Alleen verstreken")
    rows = [r for r in rows if (not status or r["status"] in status) and (not docs or r["document"] in docs)
            and (not overdue_only or r["verstreken"] == "ja")]
    if not rows:
        st.info("Geen toezeggingen bij deze filters.")
        return
    frame = pd.DataFrame(rows)
    frame["bron"] = [views.doc_url(r["document"], r["pagina"]) for r in rows]
    frame["nagekomen (brief)"] = [views.doc_url(r["nagekomen in"]) if r["nagekomen in"] else None for r in rows]
    st.dataframe(frame, hide_index=True, column_config={
        "bron": link_column(), "toezegging": st.column_config.TextColumn("toezegging", width="large"),
        "nagekomen (brief)": st.column_config.LinkColumn("nagekomen (brief)", display_text="openen")})
    st.download_button("Exporteer als CSV", views.csv_text(rows), "toezeggingen.csv", "text/csv")


def page_motions(store: Store, path: Path) -> None:
    st.title("Moties")
    rows = views.motion_rows(store)
    if not rows:
        st.info("Geen moties gevonden.")
        return
    text = st.text_input("Filter", placeholder="naam, indiener of Kamerstuk")
    rows = [r for r in rows if views.matches_topic(" ".join(str(v) for v in r.values() if v), text)]
    st.caption(f"{len(rows)} moties")
    st.dataframe(pd.DataFrame(rows), hide_index=True, column_config={
        "verzoekt": st.column_config.TextColumn("verzoekt", width="large"),
        "documenten": st.column_config.TextColumn("documenten", width="large")})
    st.download_button("Exporteer als CSV", views.csv_text(rows), "moties.csv", "text/csv")


def page_dossier(store: Store, path: Path) -> None:
    st.title("Introductiedossier")
    doc = views.dossier(store)
    if doc is None:
        st.info("Er is geen introductiedossier ingelezen.")
        return
    sections = store.sections(doc.id)
    pages = store.pages(doc.id)
    st.caption(f"{doc.title or doc.name} · {len(sections)} onderdelen · {doc.pages} pagina's")
    question = st.text_input("Vraag aan het dossier", placeholder="Hoeveel Dublinclaims leiden tot een overdracht?")
    index = None
    if question.strip():
        index = search_index(path, store)
        if index is not None:
            st.subheader("Antwoorden uit het dossier")
            html_block(legend(query=True))
            show_hits(index.search(question, k=5, doc_name=doc.name), question)
    if not sections:
        st.info("In dit dossier is geen inhoudsopgave gevonden.")
        return
    i = st.sidebar.radio("Inhoud", range(len(sections)), format_func=lambda j: (
        "\u2003" * sections[j].number.rstrip(".").count(".") + f"{sections[j].number} {sections[j].title}"))
    section = sections[i]
    start, end = views.section_span(pages, sections, i)
    st.subheader(f"{section.number} {section.title}")
    tags = [t for _, t in store.tags(doc.id) if start <= t.start < end]
    for number, offset, text in views.section_pages(pages, start, end):
        st.caption(f"Pagina {number} · {views.link_html('in documentweergave', doc.name, number)}",
                   unsafe_allow_html=True)
        html_block(f'<div class="doctext">{views.highlight(text, "", tags, offset)}</div>')
    if tags:
        with st.expander(f"Gevonden in dit onderdeel ({len(tags)})"):
            st.dataframe(pd.DataFrame(views.tag_table(tags)), hide_index=True)
    st.subheader("Gerelateerde brieven")
    section_text = " ".join(text for _, _, text in views.section_pages(pages, start, end))
    index = index or search_index(path, store)
    if index is not None:
        others = [t for t in views.DOC_TYPES_NL if t != "dossier"]
        related = views.related_from_hits(index.search(views.section_query(section, section_text), k=30,
                                                       doc_type=others), exclude=doc.id)
        for r in related:
            links = ", ".join(views.link_html(f"p. {p}", r["doc"], p) for p in sorted(r["pages"]))
            html_block(f'<div>• {views.link_html(r["title"], r["doc"])} '
                       f'<span class="hit-meta">({html.escape(r["date"] or "datum onbekend")}; {links})</span></div>')
        if not related:
            st.caption("Geen gerelateerde brieven gevonden.")


def page_document(store: Store, path: Path) -> None:
    st.title("Document")
    docs = store.documents()
    if not docs:
        st.info("Nog geen documenten.")
        return
    names = [d.name for d in docs]
    by_name = {d.name: d for d in docs}
    wanted = st.query_params.get("doc")
    name = st.selectbox("Document", names, index=names.index(wanted) if wanted in names else 0,
                        format_func=lambda n: f"{by_name[n].title or n} — {n}")
    doc = by_name[name]
    pages = store.pages(doc.id)
    st.subheader(doc.title or doc.name)
    meta = {"soort": views.DOC_TYPES_NL.get(doc.doc_type, doc.doc_type), "datum": doc.date or "onbekend",
            "aan": doc.addressee or "—", "afzender": doc.sender or "—", "kenmerk": doc.kenmerk or "—",
            "pagina's": str(doc.pages), "bestand": doc.name}
    if doc.scanned:
        meta["bron"] = "gescand (OCR)"
    html_block('<div class="hit-meta">' + " · ".join(f"<b>{html.escape(k)}</b>: {html.escape(v)}"
                                                      for k, v in meta.items()) + "</div>")
    if doc.original and (path / doc.original).exists():
        st.download_button("Download origineel", (path / doc.original).read_bytes(), doc.name)
    if not pages:
        st.info("Dit document heeft geen tekst.")
        return
    numbers = [p.number for p in pages]
    first = numbers[0]
    if wanted == name:
        try:
            first = int(st.query_params.get("page", numbers[0]))
        except ValueError:
            pass
    number = st.selectbox("Pagina", numbers, index=numbers.index(first) if first in numbers else 0,
                          format_func=lambda n: f"{n} van {numbers[-1]}")
    tags = [t for _, t in store.tags(doc.id)]
    page, offset, page_tags = views.page_view(pages, tags, number)
    query = st.query_params.get("q", "") if wanted == name else ""
    html_block(legend(query=bool(query)))
    html_block(f'<div class="doctext">{views.highlight(page.text, query, page_tags, offset)}</div>')
    notes = store.footnotes(doc.id)
    here = [f for f in notes if f.page == number]
    if here:
        st.markdown("**Voetnoten op deze pagina**")
        html_block("".join(f'<div class="footnote"><sup>{html.escape(f.number)}</sup> {html.escape(f.text)}</div>'
                           for f in here))
    if page_tags:
        st.subheader("Gevonden op deze pagina")
        st.dataframe(pd.DataFrame(views.tag_table(page_tags)), hide_index=True)
    if notes:
        with st.expander(f"Alle voetnoten ({len(notes)})"):
            html_block("".join(f'<div class="footnote"><sup>{html.escape(f.number)}</sup> {html.escape(f.text)} '
                               f'<span class="hit-meta">(p. {f.page})</span></div>' for f in notes))
    sections = store.sections(doc.id)
    if sections:
        with st.expander(f"Inhoud ({len(sections)} onderdelen)"):
            html_block("".join(f"<div>{views.link_html(f'{s.number} {s.title}', doc.name, s.page)} "
                               f'<span class="hit-meta">p. {s.page}</span></div>' for s in sections))


def upload_panel(path: Path) -> None:
    with st.sidebar.expander("Documenten toevoegen"):
        files = st.file_uploader(f"PDF-bestanden (max. {views.MAX_UPLOAD_BYTES // 2**20} MB per bestand)",
                                 type=["pdf"], accept_multiple_files=True)
        if not files or not st.button("Toevoegen"):
            return
        folder = path / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for f in files:
            problem = views.check_upload(f.name, f.size, f.getvalue()[:1024])
            if problem:
                st.error(f"{f.name}: {problem}, niet toegevoegd.")
                continue
            target = folder / views.safe_filename(f.name)
            target.write_bytes(f.getvalue())
            saved.append(target)
        if not saved:
            return
        bar = st.progress(0.0, text="Inlezen…")
        added = unchanged = failed = 0
        for i, target in enumerate(saved):
            bar.progress(i / len(saved) / 2, text=f"Inlezen: {target.name}")
            try:
                report = ingest_paths([target], path, workers=1, progress=False)
            except MigratiezoekerError as exc:
                st.error(f"{target.name}: {exc}")
                failed += 1
                continue
            for name, reason in report.failed:
                st.error(f"{name}: {reason}")
            added += len(report.added) + len(report.replaced)
            unchanged += len(report.unchanged)
            failed += len(report.failed)
        if added:
            try:
                views.build_with_progress(path, lambda done, total: bar.progress(
                    0.5 + done / max(total, 1) / 2, text=f"Zoekindex bijwerken: {done} van {total} passages"))
            except Exception as exc:
                st.error(f"Zoekindex bijwerken mislukt: {exc}")
            _load_index.clear()
        bar.progress(1.0, text="Klaar")
        st.success(f"{added} toegevoegd, {unchanged} al aanwezig, {failed} mislukt.")


def main() -> None:
    st.set_page_config(page_title="Migratiezoeker", page_icon="🔎", layout="wide")
    html_block(STYLE)
    path = data_dir()
    wanted = st.query_params.get("pagina") or ("Document" if st.query_params.get("doc") else "Zoeken")
    if "nav" not in st.session_state:
        st.session_state.nav = wanted if wanted in PAGES else "Zoeken"

    def remember_page() -> None:
        st.query_params["pagina"] = st.session_state.nav

    page = st.sidebar.radio("Onderdeel", PAGES, key="nav", on_change=remember_page)
    try:
        store = open_store(str(path))
    except MigratiezoekerError as exc:
        st.title("Migratiezoeker")
        st.error(f"Nog geen documenten in {path}: {exc}")
        st.info("Lees documenten in met `python -m ingest corpus --data " + str(path) + "` of voeg hieronder PDF's toe.")
        upload_panel(path)
        return
    upload_panel(path)
    {"Zoeken": page_search, "Tijdlijn": page_timeline, "Toezeggingen": page_commitments, "Moties": page_motions,
     "Introductiedossier": page_dossier, "Document": page_document}[page](store, path)


main()
