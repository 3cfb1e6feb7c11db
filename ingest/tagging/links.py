"""Cross-document links: a toezegging made (`open`) in one letter and fulfilled in a later one.

A fulfilling commitment is linked to the open one it most resembles (`evidence`):
- it names the letter the promise was made in, by that letter's date (`toezegging in mijn brief van 7 november 2022`);
- both name the same debate (`where_made`) or the same member (`to_whom`);
- they share enough content words, two at least (compared on their first six letters, so `informeren`/`informatie`
  and `registratiekosten`/`registratiekosten` meet).
Both tags get the other document's file name: `fulfilled_by` on the open one, `fulfils` on the other.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.dutch.months import MONTH_NAMES, MONTHS
from collections.abc import Mapping, Sequence

from ingest.records import CommitmentInfo, Document, Status, Tag

MIN_SCORE = 0.35    # share of the open commitment's content words found in the fulfilling one
MEMBER_BONUS = 0.3  # the same member named in both
MIN_SHARED = 2      # content words the two share at least, but for the same member: one in common is chance
STOP = frozenset("""de het een en van in op te dat die is voor met aan er niet zijn om ook als bij of door over tot uit
naar dan wat nog wel maar worden wordt zal zou kan kunnen ik u uw kamer deze dit heb heeft hebben toegezegd toezegging
toezeggingen informeren geïnformeerd nader graag hierbij hiermee brief commissiedebat debat lid staatssecretaris
mijn onze haar hun""".split())
# The words that frame any promise rather than say what it is about: sending and informing, the government, and when
# (compared as six-letter prefixes): `Daarnaast informeert het kabinet u na de zomer over Leven Lang Ontwikkelen` and
# `Ieder jaar voor de zomer informeer ik uw Kamer over ontwikkelingen in het gevangeniswezen` share no subject
# (fix62's cross-check of an OCW and a JenV letter)
# (nor does a promise's plan, its pointer back or its time in words or figures: `Het is mijn bedoeling uw Kamer hierover in
# het eerste kwartaal van 2013 nader te informeren` shares `eerste` and `2013` with a later letter of another ministry
# about another subject, all141)
FRAME = frozenset({"inform", "stuur", "sturen", "zend", "zenden", "ontvan", "toekom", "aanbie", "daarna", "kabine",
                   "minist", "regeri", "zomer", "najaar", "voorja", "winter", "kwarta", "komend", "volgen",
                   "ieder", "jaarli", "uiterl", "begin", "einde",
                   "bedoel", "voorne", "streve", "planni", "hierov", "daarov", "eerste", "tweede", "derde", "vierde",
                   "helft", "maand", "maande", "week", "weken", "later"})
DATE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_NAMES})\s+(\d{{4}})\b", re.I)


def content_words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"\w{4,}", text.lower())
            if w not in STOP and w[:6] not in FRAME and not w.isdigit()}


def _dates(text: str) -> set[str]:
    out = set()
    for d, m, y in DATE.findall(text or ""):
        out.add(f"{y}-{MONTHS[m.lower()]:02d}-{int(d):02d}")
    return out


def similarity(open_tag: Tag, fulfilling: Tag, open_doc_date: str | None = None) -> float:
    """How strongly a fulfilling commitment answers an open one (1.0: it names it)."""
    a, b = open_tag.info, fulfilling.info
    assert isinstance(a, CommitmentInfo) and isinstance(b, CommitmentInfo)
    text_b = " ".join(x for x in (fulfilling.quote, b.fulfilment_quote) if x)
    if open_doc_date and open_doc_date in _dates(text_b):
        return 1.0
    if a.where_made and b.where_made:
        if a.where_made.lower() == b.where_made.lower() or (_dates(a.where_made) & _dates(b.where_made)):
            return 1.0
    words = content_words(open_tag.quote)
    shared = len(words & content_words(text_b))
    member = bool(a.to_whom) and a.to_whom == b.to_whom
    score = shared / len(words) if shared >= (1 if member else MIN_SHARED) else 0.0   # (the member's name is one)
    return score + MEMBER_BONUS if member else score


def link_commitments(docs: Mapping[str, Document], by_doc: Mapping[str, Sequence[Tag]]) -> dict[str, list[Tag]]:
    """Which open commitments later documents fulfil: the new tag lists of the documents whose tags
    gained a link (``docs`` and ``by_doc`` are keyed by document id)."""
    new_tags = {d: list(tags) for d, tags in by_doc.items()}
    changed: set[str] = set()
    for a_id, a_tags in by_doc.items():
        for i, t in enumerate(a_tags):
            if t.status != Status.OPEN:
                continue
            best, best_score = None, MIN_SCORE
            for b_id, b_tags in by_doc.items():
                if b_id == a_id or not _later(docs[a_id].date, docs[b_id].date):
                    continue
                for j, u in enumerate(b_tags):
                    if u.status == Status.FULFILLED:
                        s = similarity(t, u, docs[a_id].date)
                        if s >= best_score:
                            best, best_score = (b_id, j), s
            if best:
                b_id, j = best
                new_tags[a_id][i] = _with(new_tags[a_id][i], fulfilled_by=docs[b_id].name)
                new_tags[b_id][j] = _with(new_tags[b_id][j], fulfils=docs[a_id].name)
                changed |= {a_id, b_id}
    return {doc_id: new_tags[doc_id] for doc_id in changed}


def _later(a_date: str | None, b_date: str | None) -> bool:
    """Whether document b may fulfil what document a promised: b is not older (unknown dates pass)."""
    return not (a_date and b_date) or b_date >= a_date


def _with(tag: Tag, fulfilled_by: str | None = None, fulfils: str | None = None) -> Tag:
    info = tag.info
    assert isinstance(info, CommitmentInfo)
    return replace(tag, info=replace(info, fulfilled_by=fulfilled_by or info.fulfilled_by,
                                     fulfils=fulfils or info.fulfils))
