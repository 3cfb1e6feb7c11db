"""Page Introductiedossier: the dossier read by section, a question scoped to it, and related letters."""
from __future__ import annotations

import html

import streamlit as st

from ingest import Document, Page, Section, Store
from ingest.settings import Settings
from index.reports import (DocumentHits, cited_documents, citations, dossier, related_from_hits, section_pages,
                           section_query, section_span)
from index.search import SearchIndex

from .labels import DOC_TYPES_NL, tag_table
from .loading import cached, search_index
from .markup import highlight, html_block, legend, link_html, literal
from .search import show_hits
from .widgets import tags_frame


def _answers(store: Store, settings: Settings, doc: Document) -> SearchIndex | None:
    """The question box; the index when it was loaded for an answer."""
    question = st.text_input("Vraag aan het dossier", placeholder="Hoeveel Dublinclaims leiden tot een overdracht?")
    if not question.strip():
        return None
    index = search_index(settings, store)
    if index is not None:
        st.subheader("Antwoorden uit het dossier")
        html_block(legend(query=True))
        # one document: each passage is a result of its own
        show_hits([DocumentHits(h) for h in index.search(question, k=5, doc_name=doc.name)], question)
    return index


def _section_text(store: Store, doc: Document, pages: list[Page], span: tuple[int, int]) -> None:
    start, end = span
    tags = [t for _, t in store.tags(doc.id) if start <= t.start < end]
    for number, offset, text in section_pages(pages, start, end):
        st.caption(f"Pagina {number} · {link_html('in documentweergave', doc.name, number)}", unsafe_allow_html=True)
        html_block(f'<div class="doctext">{highlight(text, "", tags, offset)}</div>')
    if tags:
        with st.expander(f"Gevonden in dit onderdeel ({len(tags)})"):
            tags_frame(tag_table(tags, cited_documents(cached(citations, store), doc, tags)))


def _related(index: SearchIndex, doc: Document, section: Section, text: str) -> None:
    others = [t for t in DOC_TYPES_NL if t != "dossier"]
    related = related_from_hits(index.search(section_query(section, text), k=30, doc_type=others), exclude=doc.id)
    for r in related:
        links = ", ".join(link_html(f"p. {p}", r.doc, p) for p in sorted(r.pages))
        html_block(f'<div>• {link_html(r.title, r.doc)} '
                   f'<span class="hit-meta">({html.escape(r.date or "datum onbekend")}; {links})</span></div>')
    if not related:
        st.caption("Geen gerelateerde brieven gevonden.")


def _toc(sections: list[Section]) -> int:
    return st.sidebar.radio("Inhoud", range(len(sections)), format_func=lambda j: (
        "\u2003" * sections[j].number.rstrip(".").count(".") + literal(f"{sections[j].number} {sections[j].title}")))


def page(store: Store, settings: Settings) -> None:
    st.title("Introductiedossier")
    doc = dossier(store)
    if doc is None:
        st.info("Er is geen introductiedossier ingelezen.")
        return
    sections, pages = store.sections(doc.id), store.pages(doc.id)
    st.caption(f"{literal(doc.title or doc.name)} · {len(sections)} onderdelen · {doc.pages} pagina's")
    index = _answers(store, settings, doc)
    if not sections:
        st.info("In dit dossier is geen inhoudsopgave gevonden.")
        return
    i = _toc(sections)
    span = section_span(pages, sections, i)
    st.subheader(literal(f"{sections[i].number} {sections[i].title}"))
    _section_text(store, doc, pages, span)
    st.subheader("Gerelateerde brieven")
    index = index or search_index(settings, store)
    if index is not None:
        _related(index, doc, sections[i], " ".join(text for _, _, text in section_pages(pages, *span)))
