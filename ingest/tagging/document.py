"""Tags for commitments, motions, deadlines and references, sentence by sentence, plus the references
in footnotes. Offsets are into the document body (`records.body_text`)."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.tagging.rules.commitments import CLOSING, commitment_status, to_whom, where_made
from ingest.tagging.dates import anchor_year
from ingest.tagging.rules.deadlines import deadlines_in, find_deadlines
from ingest.tagging.rules.motions import asks_of, find_motions, response_of
from ingest.tagging.nlp import sentences
from ingest.records import (CommitmentInfo, DeadlineInfo, Footnote, MotionInfo, Page, ReferenceInfo, Status, Tag,
                            body_text, page_at, page_offsets)
from ingest.tagging.rules.references import find_references

MOTION_REQUEST = re.compile(r"\bverzoekt de regering\b", re.I)
SHORT_SENTENCE = 12       # words: a sentence this short is quoted with the ones before it ...
CONTEXT_WORDS = 20        # ... until the quote has this many words
CONTEXT_SENTENCES = 2     # ... reaching back at most this many sentences
MOTION_HEAD_CHARS = 800   # a motion named this close to the top of a document is the document itself


def _quote(text: str) -> str:
    return " ".join(text.split())


def tag_document(pages: tuple[Page, ...], footnotes: tuple[Footnote, ...], doc_date: str | None,
                 doc_type: str | None = None) -> list[Tag]:
    """All tags of a document, in reading order (footnote references last)."""
    text = body_text(pages)
    if not text.strip():
        return []
    offsets = page_offsets(pages)
    anchor = anchor_year(doc_date, text)
    spans = sentences(text)
    tags: list[Tag] = []
    motions: dict[str, dict] = {}
    for i, (s, e) in enumerate(spans):
        sent = text[s:e]
        quote = _quote(sent)
        context = _context(text, spans, i)
        page = page_at(offsets, s)
        refs = find_references(sent)
        for r in refs:
            tags.append(Tag(quote, page, s + r.start, s + r.end, ReferenceInfo(r.normalized, r.ref_type)))
        ref_spans = [(r.start, r.end) for r in refs]
        for d in deadlines_in(sent, anchor, doc_date, ref_spans):
            tags.append(Tag(context, page, s + d.start, s + d.end, DeadlineInfo(replace(d.period, text=d.text)),
                            rule=d.rule))
        status = commitment_status(quote)
        if status == "fulfilled" and CLOSING.search(sent) and _close_earlier(tags, s, quote):
            continue
        if status:
            tags.append(commitment_tag(quote, quote, page, s, e, status, anchor, doc_type, doc_date))
        for m in find_motions(sent):
            entry = motions.setdefault(m.name, {"mentions": [], "motion": m})
            entry["mentions"].append((s, e))
    if doc_type == "motie":
        own_motion(text, motions)
    tags.extend(motion_tags(motions, text, spans, offsets, footnotes))
    first_on_page: set[int] = set()
    for f in footnotes:
        # the first footnote of a page follows that page's last line, as it stands in a text file
        lead = None
        if f.page not in first_on_page:
            first_on_page.add(f.page)
            lead = _last_line(pages, f.page)
        tags.extend(footnote_tags(f, anchor, doc_date, lead))
    return tags


def _last_line(pages: tuple[Page, ...], number: int) -> str | None:
    """The last line of a page's body when the sentence on it runs on past the page (no final stop)."""
    page = next((p for p in pages if p.number == number), None)
    lines = [ln for ln in (page.text.splitlines() if page else []) if ln.strip()]
    if not lines or re.search(r"[.!?:;]\s*$", lines[-1]):
        return None
    return lines[-1].strip()


def _context(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The quote of a sentence: a short one (`Deze herziening wordt half november 2021 verwacht.`)
    is read with the sentences before it."""
    s, e = spans[i]
    if len(text[s:e].split()) >= SHORT_SENTENCE:
        return _quote(text[s:e])
    j = i
    while j > 0 and i - j < CONTEXT_SENTENCES and len(text[spans[j][0]:e].split()) < CONTEXT_WORDS:
        j -= 1
    return _quote(text[spans[j][0]:e])


def footnote_tags(f: Footnote, anchor: int, doc_date: str | None, lead: str | None = None) -> list[Tag]:
    """References and deadlines in a footnote's text, placed at its marker; the quote is the footnote
    as it reads at the foot of the page, number first, after the line it follows when given."""
    pos = f.marker_offset if f.marker_offset is not None else 0
    quote = _quote(f"{lead or ''} {f.number} {f.text}")
    out = []
    refs = find_references(f.text)
    for r in refs:
        out.append(Tag(quote, f.page, pos, pos, ReferenceInfo(r.normalized, r.ref_type, f.number)))
    for d in deadlines_in(f.text, anchor, doc_date, [(r.start, r.end) for r in refs]):
        out.append(Tag(quote, f.page, pos, pos, DeadlineInfo(replace(d.period, text=d.text), f.number), rule=d.rule))
    return out


MOTION_HEADING = re.compile(r"Motie van (?:het lid|de leden)\s+(?P<names>.+?)\s*(?:\n|Voorgesteld|$)", re.I)


def own_motion(text: str, motions: dict) -> None:
    """A motie document is the motion its heading names (`MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS`)."""
    m = MOTION_HEADING.search(text[:MOTION_HEAD_CHARS])
    if not m:
        return
    names = " ".join(w.lower() if w.lower() in ("van", "de", "der", "den", "en", "ter", "ten") else w.capitalize()
                     for w in m.group("names").split())
    for motion in find_motions("Motie van de leden " + names):
        motions.setdefault(motion.name, {"mentions": [(m.start(), m.end())], "motion": motion})


CLOSING_REACH = 4000  # characters: how far back a closing sentence looks for the promise it closes


def _close_earlier(tags: list[Tag], start: int, quote: str) -> bool:
    """Attach a closing sentence to the fulfilled commitment just described, if there is one."""
    for i in range(len(tags) - 1, -1, -1):
        t = tags[i]
        if t.kind != "commitment" or start - t.start > CLOSING_REACH:
            continue
        if t.status == Status.FULFILLED and not t.info.fulfilment_quote:
            tags[i] = replace(t, info=replace(t.info, fulfilment_quote=quote))
            return True
        return False
    return False


def commitment_tag(sent: str, quote: str, page: int, s: int, e: int, status: str, anchor: int,
                   doc_type: str | None, doc_date: str | None = None) -> Tag:
    # a promise said to have been made, in a document that is not itself the answer to the Kamer,
    # is only mentioned: notas and dossiers describe commitments, letters keep them
    if status == "fulfilled" and doc_type in ("nota", "dossier") and not re.search(r"gestand|afgedaan", sent):
        status = "referenced"
    # when it is due: a deadline in the sentence, not the date of the debate where it was made
    where = where_made(sent)
    skip = [(sent.find(where), sent.find(where) + len(where))] if where and where in sent else []
    periods = find_deadlines(sent, anchor, doc_date, skip)
    due = replace(periods[0][3], text=periods[0][2]) if periods else None
    return Tag(quote, page, s, e, CommitmentInfo(Status(status), to_whom(sent), where, due))


# A sentence that continues about the motion just named.
POINTS_BACK = re.compile(r"\s*(?:Deze|De|Die|Met\s+deze)\s+motie\b|\s*(?:Hiermee|Daarmee|Hierbij|Met\s+deze\s+brief)\b")


def _next_span(spans, end: int) -> tuple[int | None, int | None]:
    """The sentence span that starts at or after `end`."""
    return next(((a, b) for a, b in spans if a >= end), (None, None))


def motion_tags(motions: dict, text: str, spans, offsets, footnotes: tuple[Footnote, ...]) -> list[Tag]:
    """One tag per motion: its first mention, its Kamerstuk from a footnote marker in a mentioning
    sentence, what it asks and the answer found in any sentence that mentions it."""
    out = []
    for name, entry in motions.items():
        m = entry["motion"]
        mentions = entry["mentions"]
        # the mention that says what the motion asks is the one to show, else the first
        s, e = next(((a, b) for a, b in mentions if asks_of(text[a:b])), mentions[0])
        if s < MOTION_HEAD_CHARS:  # the document is the motion: its request is the quote
            request = next(((a, b) for a, b in spans if MOTION_REQUEST.search(text[a:b])), None)
            if request:
                s, e = request
        sentences_text = [text[a:b] for a, b in mentions]
        kamerstuk = None
        for a, b in mentions:
            for f in footnotes:
                if f.marker_offset is not None and a <= f.marker_offset <= b + 2:
                    refs = [r for r in find_references(f.text) if r.ref_type == "kamerstuk"]
                    if refs:
                        kamerstuk = refs[0].normalized
                        break
            if kamerstuk is None:
                refs = [r for r in find_references(text[a:b]) if r.ref_type == "kamerstuk"]
                kamerstuk = refs[0].normalized if refs else None
            if kamerstuk:
                break
        asks = next((x for x in (asks_of(t) for t in [text[s:e], *sentences_text]) if x), None)
        # the answer may follow in the next sentence, which points back (`Deze motie is hiermee uitgevoerd.`)
        following = [text[a:b] for a, b in (_next_span(spans, end) for _, end in mentions) if a is not None
                     and POINTS_BACK.match(text[a:b]) and not find_motions(text[a:b])]
        response = next((x for x in (response_of(t) for t in [*sentences_text, *following]) if x), None)
        out.append(Tag(_quote(text[s:e]), page_at(offsets, s), s, e,
                       MotionInfo(name, tuple(m.submitters), kamerstuk, asks, response, len(mentions))))
    return out
