"""Escaped HTML for the pages: deep links to the document view, highlighted text and snippets.
Every function here escapes the text it is given; ``html_block`` is the one place markup is drawn."""
from __future__ import annotations

import html
import re
from typing import Iterable
from urllib.parse import urlencode

import streamlit as st

from ingest import Tag
from index.bm25 import tokens
from index.reports import WORD

from .labels import KIND_NL, tag_label

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
.hit-more {margin-bottom: 0.8rem;}
</style>"""

Span = tuple[int, int, str, str]  # (start, end, opening markup, closing markup)
# characters that make Markdown (or Streamlit's extensions: :red[...], $math$, autolinks) of plain text
MARKDOWN_CHARS = re.compile(r"([\\`*_\[\]{}<>()!$~|:&#])")
# what makes a block at the start of a line: heading, list item, quote, rule, ordered item
# where GFM would make a link of a bare address (`www.`, `https://`, `naam@host`): it does so after
# backslash escapes are resolved, so an invisible word joiner goes between the parts instead
AUTOLINK = re.compile(r"(?i)(?<=\bwww)(?=\.)|(?=://)|(?=@)")
WORD_JOINER = "\u2060"
MARKDOWN_LINE_START = re.compile(r"^(\s*(?:\d+(?=[.)](?:\s|$)))?)([-+=>.)])", re.M)


def literal(text: str) -> str:
    """Text from a document or a user made safe for an element that renders Markdown (titles,
    captions, radio options, messages): every character that would format, link or embed is
    backslash-escaped, and a bare address gets an invisible word joiner where GFM would link it,
    so the text shows exactly as written."""
    text = MARKDOWN_CHARS.sub(r"\\\1", AUTOLINK.sub(WORD_JOINER, text))
    return MARKDOWN_LINE_START.sub(r"\1\\\2", text)


def html_block(markup: str) -> None:
    """Draw markup built from escaped text (this module's functions and html.escape only)."""
    st.markdown(markup, unsafe_allow_html=True)


def legend(query: bool = False) -> str:
    """The colour key of the tag kinds, and of a search word when there is a query."""
    return ('<div class="legend">' + "".join(f'<span class="tag tag-{k}">{v}</span>' for k, v in KIND_NL.items())
            + ('<span><mark>zoekwoord</mark></span>' if query else "") + "</div>")


def doc_url(name: str, page: int | None = None, query: str | None = None) -> str:
    """The app's own link to the document view of a file, at a page when given (and the search
    words to mark there)."""
    params = {"pagina": "Document", "doc": name}
    if page:
        params["page"] = str(page)
    if query:
        params["q"] = query
    return "?" + urlencode(params)


def link_html(label: str, name: str, page: int | None = None, query: str | None = None) -> str:
    """An escaped <a> to the document view, opened in the same tab."""
    return f'<a href="{html.escape(doc_url(name, page, query))}" target="_self">{html.escape(label)}</a>'


def text_html(text: str) -> str:
    """Plain text as escaped HTML (for use inside unsafe_allow_html markup)."""
    return html.escape(text).replace("\n", "<br>")


def _query_marks(text: str, query: str) -> list[tuple[int, int]]:
    wanted = set(tokens(query)) if query else set()
    if not wanted:
        return []
    return [(m.start(), m.end()) for m in WORD.finditer(text) if set(tokens(m.group(0))) & wanted]


def _tag_spans(text: str, tags: Iterable[Tag], offset: int) -> list[Span]:
    spans = []
    for t in tags:
        s, e = max(t.start - offset, 0), min(t.end - offset, len(text))
        if s < e:
            title = html.escape(tag_label(t))
            spans.append((s, e, f'<span class="tag tag-{html.escape(t.kind)}" title="{title}">', "</span>"))
    return spans


def _nest(text: str, spans: list[Span]) -> str:
    """Cut the text at every boundary and wrap each piece in the spans covering it: always well nested."""
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        out.append("".join(sp[2] for sp in active) + html.escape(text[a:b]) + "".join(sp[3] for sp in reversed(active)))
    return "".join(out)


def highlight(text: str, query: str = "", tags: Iterable[Tag] = (), offset: int = 0, compact: bool = False) -> str:
    """Escaped HTML of a text with the query's words marked and tagged spans underlined.
    ``offset`` is the text's start in the document body (tag offsets are body offsets). ``compact``
    joins the text's hard line breaks into one flowing paragraph (for result snippets)."""
    spans = _tag_spans(text, tags, offset)  # tags outside, marks inside
    spans += [(s, e, "<mark>", "</mark>") for s, e in _query_marks(text, query)]
    joined = _nest(text, spans)
    if compact:
        return re.sub(r"\s+", " ", joined).strip()
    return joined.replace("\n", "<br>")


def _snippet_start(text: str, query: str, width: int) -> int:
    """Where the window of ``width`` characters with the most query words starts (at a word)."""
    marks = _query_marks(text, query)
    if not marks:
        return 0
    best = max(marks, key=lambda m: sum(1 for s, _ in marks if m[0] - width // 5 <= s < m[0] + width * 4 // 5))
    start = min(max(0, best[0] - width // 5), max(0, len(text) - width))
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 40 else start
    return start


def snippet(text: str, query: str, tags: Iterable[Tag] = (), offset: int = 0, width: int = 420) -> str:
    """Escaped HTML of the part of a passage where the query's words cluster (about ``width``
    characters), with matched words and tags highlighted and an ellipsis where it was cut."""
    if len(text) <= width:
        return highlight(text, query, tags, offset, compact=True)
    start = _snippet_start(text, query, width)
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    body = highlight(text[start:end], query, tags, offset + start, compact=True)
    return ("… " if start else "") + body + (" …" if end < len(text) else "")
