"""Page Document: one document page by page, with its tags, footnotes and contents; deep-linkable."""
from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from ingest import Document, Footnote, Section, Store, Tag
from ingest.settings import Settings
from index.reports import cited_documents, citations, page_view

from .labels import doc_type_label, tag_table
from .loading import cached
from .markup import highlight, html_block, legend, link_html, literal
from .widgets import tags_frame


def _choose(docs: list[Document], aliases: dict[str, str]) -> tuple[Document, bool]:
    """The document picker, opened on the one the link names (by its name or an alias, as the same
    content under another file name); (document, whether the link named it)."""
    names = [d.name for d in docs]
    by_name = {d.name: d for d in docs}
    also = {n: [a for a, primary in sorted(aliases.items()) if primary == n] for n in names}
    wanted = st.query_params.get("doc")
    wanted = aliases.get(wanted, wanted) if wanted else wanted
    name = st.selectbox("Document", names, index=names.index(wanted) if wanted in names else 0,
                        format_func=lambda n: f"{by_name[n].title or n} — {', '.join([n, *also[n]])}")
    return by_name[name], wanted == name


def _meta(doc: Document, path: Path) -> None:
    meta = {"soort": doc_type_label(doc.doc_type), "datum": doc.date or "onbekend", "aan": doc.addressee or "—",
            "afzender": doc.sender or "—", "kenmerk": doc.kenmerk or "—", "pagina's": str(doc.pages),
            "bestand": doc.name}
    if doc.scanned:
        meta["bron"] = "gescand (OCR)"
    html_block('<div class="hit-meta">' + " · ".join(f"<b>{html.escape(k)}</b>: {html.escape(v)}"
                                                      for k, v in meta.items()) + "</div>")
    if doc.original and (path / doc.original).exists():
        st.download_button("Download origineel", (path / doc.original).read_bytes(), doc.name)


def _page_number(numbers: list[int], linked: bool) -> int:
    first = numbers[0]
    if linked:
        try:
            first = int(st.query_params.get("page", numbers[0]))
        except ValueError:
            pass
    return st.selectbox("Pagina", numbers, index=numbers.index(first) if first in numbers else 0,
                        format_func=lambda n: f"{n} van {numbers[-1]}")


def _footnote_html(f: Footnote, with_page: bool) -> str:
    where = f' <span class="hit-meta">(p. {f.page})</span>' if with_page else ""
    return f'<div class="footnote"><sup>{html.escape(f.number)}</sup> {html.escape(f.text)}{where}</div>'


def _cited_block(cited: dict[Tag, Document]) -> None:
    """The stored documents this page cites, each linked to its view."""
    targets = {d.name: d for d in cited.values()}
    if targets:
        html_block('<div class="hit-meta">Verwijst naar ingelezen documenten:</div>' + "".join(
            f'<div class="cited">→ {link_html(d.title or d.name, d.name)} '
            f'<span class="hit-meta">({html.escape(d.date or "datum onbekend")} · {html.escape(d.name)})</span></div>'
            for d in targets.values()))


def _notes_and_contents(doc: Document, notes: list[Footnote], sections: list[Section]) -> None:
    if notes:
        with st.expander(f"Alle voetnoten ({len(notes)})"):
            html_block("".join(_footnote_html(f, with_page=True) for f in notes))
    if sections:
        with st.expander(f"Inhoud ({len(sections)} onderdelen)"):
            html_block("".join(f"<div>{link_html(f'{s.number} {s.title}', doc.name, s.page)} "
                               f'<span class="hit-meta">p. {s.page}</span></div>' for s in sections))


def page(store: Store, settings: Settings) -> None:
    st.title("Document")
    docs = cached(Store.documents, store)
    if not docs:
        st.info("Nog geen documenten.")
        return
    doc, linked = _choose(docs, store.alias_names())
    pages = store.pages(doc.id)
    st.subheader(literal(doc.title or doc.name))
    _meta(doc, Path(settings.data))
    if not pages:
        st.info("Dit document heeft geen tekst.")
        return
    number = _page_number([p.number for p in pages], linked)
    page_, offset, page_tags = page_view(pages, [t for _, t in store.tags(doc.id)], number)
    query = st.query_params.get("q", "") if linked else ""
    html_block(legend(query=bool(query)))
    html_block(f'<div class="doctext">{highlight(page_.text, query, page_tags, offset)}</div>')
    notes = store.footnotes(doc.id)
    here = [f for f in notes if f.page == number]
    if here:
        st.markdown("**Voetnoten op deze pagina**")
        html_block("".join(_footnote_html(f, with_page=False) for f in here))
    if page_tags:
        cited = cited_documents(cached(citations, store), doc, page_tags)
        st.subheader("Gevonden op deze pagina")
        _cited_block(cited)
        tags_frame(tag_table(page_tags, cited))
    _notes_and_contents(doc, notes, store.sections(doc.id))
