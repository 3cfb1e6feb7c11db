"""Page Zoeken: a question in plain language, filters, and the passages that answer it."""
from __future__ import annotations

import datetime as dt
import html

import streamlit as st

from ingest import Store
from ingest.settings import Settings
from index.passages import Passage
from index.reports import DocumentHits, group_hits
from index.search import Hit

from .labels import DOC_TYPES_NL, KIND_NL, STATUS_NL, doc_type_label, tag_labels
from .loading import cached, search_index
from .markup import html_block, legend, link_html, snippet
from .saved import KIND_KEY, PERIOD_KEY, QUERY_KEY, STATUS_KEY, TYPES_KEY, save_form

DOCUMENTS = 10  # documents a result list shows
PASSAGES = 40   # passages searched for them: a document's other passages go under its best one
MORE = 3        # other passages shown under a document's best one; the rest are counted and linked


def _pages(p: Passage) -> str:
    return f"p. {p.page_start}" + (f"–{p.page_end}" if p.page_end != p.page_start else "")


def _tags_html(h: Hit) -> str:
    """The tags a passage holds, as a line under its snippet (empty when it holds none)."""
    if not h.tags:
        return ""
    return f'<div class="hit-meta">Bevat: {html.escape(", ".join(tag_labels(h.tags)))}</div>'


def _hit_html(rank: int, h: Hit, query: str) -> str:
    d, p = h.document, h.passage
    meta = [doc_type_label(d.doc_type) if d else None, (d.date or "datum onbekend") if d else None, p.doc_name,
            _pages(p), p.section]
    title = (d.title if d else None) or p.doc_name
    return (f'<div class="hit-title">{rank}. {link_html(title, p.doc_name, p.page_start, query)}</div>'
            f'<div class="hit-meta">{html.escape(" · ".join(m for m in meta if m))}</div>'
            f'<div class="doctext">{snippet(p.text, query, h.tags, p.start)}</div>' + _tags_html(h))


def _more_html(h: Hit, query: str) -> str:
    """Another passage of a document already listed: its page linked, its section, snippet and tags."""
    p = h.passage
    where = link_html(_pages(p), p.doc_name, p.page_start, query)
    section = f" · {html.escape(p.section)}" if p.section else ""
    return (f'<div class="hit-more"><div class="hit-meta">{where}{section}</div>'
            f'<div class="doctext">{snippet(p.text, query, h.tags, p.start)}</div>{_tags_html(h)}</div>')


def _rest_html(g: DocumentHits, query: str) -> str:
    """The count of a document's passages beyond the first ``MORE``, linked to the document view."""
    rest = len(g.more) - MORE
    if rest <= 0:
        return ""
    p = g.best.passage
    return (f'<div class="hit-meta">en nog {rest} passage{"s" if rest > 1 else ""}: '
            f'{link_html("alles in het document bekijken", p.doc_name, p.page_start, query)}</div>')


def show_hits(groups: list[DocumentHits], query: str) -> None:
    """Search results, one per document: its best passage (title linked to the page, where it
    stands, the snippet and its tags), and its other passages under "meer uit dit document"."""
    if not groups:
        st.info("Geen resultaten. Probeer andere woorden of minder filters.")
        return
    for rank, g in enumerate(groups, 1):
        html_block(_hit_html(rank, g.best, query))
        if g.more:
            with st.expander(f"meer uit dit document ({len(g.more)})"):
                html_block("".join(_more_html(h, query) for h in g.more[:MORE]) + _rest_html(g, query))
        st.divider()


def _filters(store: Store) -> dict:
    """The filter row under the question, as keyword arguments of ``SearchIndex.search``."""
    cols = st.columns(4)
    present = sorted({d.doc_type for d in cached(Store.documents, store)}, key=list(DOC_TYPES_NL).index)
    types = cols[0].multiselect("Documentsoort", present, format_func=doc_type_label, placeholder="Alle",
                              key=TYPES_KEY)
    period = cols[1].date_input("Periode", value=[], format="DD-MM-YYYY", min_value=dt.date(1990, 1, 1),
                               key=PERIOD_KEY)
    kind = cols[2].selectbox("Bevat", [None, *KIND_NL], format_func=lambda k: KIND_NL.get(k, "alles"), key=KIND_KEY)
    status = cols[3].selectbox("Status toezegging", [None, *STATUS_NL], format_func=lambda s: STATUS_NL.get(s, "alle"),
                              key=STATUS_KEY)
    dates = list(period) if isinstance(period, (tuple, list)) else [period]
    return {"doc_type": types or None, "date_from": dates[0] if len(dates) >= 1 else None,
            "date_to": dates[1] if len(dates) == 2 else None, "tag_kind": kind, "status": status}


def page(store: Store, settings: Settings) -> None:
    st.title("Zoeken")
    query = st.text_input("Zoekvraag", placeholder="Wat hebben we eerder toegezegd over de begeleiding van amv's?",
                          key=QUERY_KEY)
    filters = _filters(store)
    if not query.strip():
        st.caption(f"{len(cached(Store.documents, store))} documenten doorzoekbaar. Zoek in gewone taal; de resultaten combineren "
                   "trefwoorden en betekenis.")
        search_index(settings, store)  # warm up after the page is drawn, so the first search is quick
        return
    save_form(settings, query, filters)
    index = search_index(settings, store)
    if index is None:
        return
    hits = index.search(query, k=PASSAGES, **filters)
    html_block(legend(query=True))
    show_hits(group_hits(hits, limit=DOCUMENTS), query)
