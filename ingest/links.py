"""Cross-document links: a toezegging made (`open`) in one letter and fulfilled in a later one.

A fulfilling commitment is linked to the open one it most resembles: the same debate or member, or
enough shared content words. Both tags get the other document's file name (`fulfilled_by`, `fulfils`).
"""
from __future__ import annotations

import re

from .records import Tag
from .store import Store

MIN_SHARED = 0.35   # share of the open commitment's content words found in the fulfilling one
STOP = frozenset("""de het een en van in op te dat die is voor met aan er niet zijn om ook als bij of door over tot uit
naar dan wat nog wel maar worden wordt zal zou kan kunnen ik u uw kamer deze dit over heb heeft toegezegd toezegging
informeren nader""".split())


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", text.lower()) if w not in STOP}


def similarity(open_tag: Tag, fulfilling: Tag) -> float:
    a, b = open_tag.attrs, fulfilling.attrs
    if a.get("where_made") and a.get("where_made") == b.get("where_made"):
        return 1.0
    words = content_words(open_tag.quote)
    return len(words & content_words(fulfilling.quote)) / len(words) if words else 0.0


def link_commitments(store: Store) -> None:
    """Record in the store which open commitments later documents fulfil."""
    docs = {d.id: d for d in store.documents()}
    by_doc: dict[str, list[Tag]] = {}
    for doc_id, tag in store.tags():
        by_doc.setdefault(doc_id, []).append(tag)
    changed: set[str] = set()
    new_tags = {d: list(tags) for d, tags in by_doc.items()}
    for a_id, a_tags in by_doc.items():
        for i, t in enumerate(a_tags):
            if t.kind != "commitment" or t.attrs.get("status") != "open":
                continue
            best, score = None, MIN_SHARED
            for b_id, b_tags in by_doc.items():
                if b_id == a_id or (docs[a_id].date and docs[b_id].date and docs[b_id].date < docs[a_id].date):
                    continue
                for j, u in enumerate(b_tags):
                    if u.kind == "commitment" and u.attrs.get("status") == "fulfilled":
                        s = similarity(t, u)
                        if s >= score:
                            best, score = (b_id, j), s
            if best:
                b_id, j = best
                new_tags[a_id][i] = _with(new_tags[a_id][i], fulfilled_by=docs[b_id].name)
                new_tags[b_id][j] = _with(new_tags[b_id][j], fulfils=docs[a_id].name)
                changed |= {a_id, b_id}
    for doc_id in changed:
        store.replace_tags(doc_id, new_tags[doc_id])


def _with(tag: Tag, **attrs: str) -> Tag:
    return Tag(tag.kind, tag.quote, tag.page, tag.start, tag.end, {**tag.attrs, **attrs})
