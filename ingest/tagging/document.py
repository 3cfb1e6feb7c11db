"""Tags for commitments, motions, deadlines and references, sentence by sentence, plus the references,
deadlines and commitments in footnotes. Offsets are into the document body (`records.body_text`).

Each sentence is read once (``Sentence``: its references, motion mentions and commitment row) and every
tag kind is built from that one reading. A rule that raises on a sentence is skipped for that sentence
only, with a warning naming the file, the page and the rule; the document is never lost to a rule."""
from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from ingest.dutch.function_words import NAME_PARTICLES
from ingest.dutch.titlecase import title_case
from ingest.dutch.months import DAY_MONTH_YEAR, parse_dutch_date
from ingest.dutch.questions import QUESTION_END
from ingest.dutch.whitespace import collapse
from ingest.records import (CommitmentInfo, DeadlineInfo, Footnote, MotionInfo, Page, ReferenceInfo, Status, Tag,
                            body_text,
                            Period, page_at, page_offsets)
from ingest.tagging.dates import anchor_year, file_day_fits
from ingest.tagging.nlp import BULLET, NUMBERED_ITEM, sentences
from ingest.tagging.rules.commitments import (ANSWER_LABEL, ASKED_RULES, BACK_REFERENCE, BACK_REFERENCE_REACH, CLOSED,
                                              DESCRIBING, LIST_LEAD, LIST_LEAD_GAP, MADE, MENTIONED, NAMED_AGAIN,
                                              NAMED_AGAIN_REACH, OFFERED_PAPER_POINTERS, OVERVIEWS, POSTPONE_REACH,
                                              RECOUNTED, RECURRING, SAME_PAPER,
                                              ANNOUNCE_TOP, ANNOUNCED, ANNOUNCED_REACH, OUTLINE_RULES, RECOUNTED_BY_WRITER,
                                              YES_RULES, commitment_rule, delivery_rule, goes_on_rule, pointer_rule,
                                              postponed,
                                              status_in, to_whom, where_made)
from ingest.tagging.rules.deadlines import SENDING_STEP, Deadline, deadlines_in, find_deadlines, requests_not_met
from ingest.tagging.rules.motions import (OWN_MOTION, SIGNED_MOTION, Motion, asks_of, find_motions, response_of,
                                          signed_motion, surname)
from ingest.tagging.rules.references import Reference, cited_title, find_references
from ingest.tagging.rules.table import Rule

log = logging.getLogger(__name__)
T = TypeVar("T")

# A motie's dictum, what the Kamer asks or states: `verzoekt de regering`, `verzoekt het kabinet`, `verzoekt de Nederlandse
# regering`, `verzoekt de minister`, `roept de regering op`; a dictum that only states a view (`spreekt uit dat`) where
# none asks. (Motie documents of BZ, Defensie and JenV 2016-2023, mot98 pool.)
GOVERNMENT = r"(?:de\s+(?:Nederlandse\s+)?regering|het\s+kabinet|de\s+(?:minister|staatssecretaris)(?:-president)?\w*)"
MOTION_REQUESTS = (re.compile(rf"\b(?:verzoekt\s+{GOVERNMENT}|roept\s+{GOVERNMENT},?\s+op|draagt\s+{GOVERNMENT}\s+op)\b", re.I),
                   re.compile(r"\bspreekt\s+(?:als\s+(?:haar|zijn)\s+(?:mening\s+)?)?uit\b", re.I))
# A Woo-besluit answers its requester: its `u` is the requester (`U ontvangt uiterlijk 12 april 2024 een besluit op uw
# verzoek`), so a promise in it is a toezegging only where it names the Kamer.
TO_REQUESTER = ("woo-besluit",)
# The header line of a mail quoted in the document (a Woo decision's annex): when its words were written.
MAIL_SENT = re.compile(rf"\b(?:Verzonden|Sent|Date)\s*:\s*(?:\w+dag\s*,?\s+)?(?:{DAY_MONTH_YEAR.pattern})", re.I)
KAMER_NAMED = re.compile(r"\b(?:[Uu]w Kamer|(?:Tweede |Eerste )?Kamer\b|Staten-Generaal|Kamerleden|Kamerlid|"
                         r"(?:vaste )?[Cc]ommissie voor)")
# The heading of a letter inside a document (`G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL`,
# `Nr. 70 Brief van de staatssecretaris van ...`): who writes the sentences after it.
# (and a committee clerk's mail to the members, by its salutation: `Beste (plv.) leden van de vaste commissie voor
# Defensie,`, the Tweede Kamer's page of an e-mailprocedure, 2015, probe60)
# (`Geachte` only with the deputies: a minister may greet a committee's members formally)
# (or by its subject, the mail being an e-mailprocedure: `Onderwerp: E-mailprocedure verzoek om brief uitvoering motie
# ISLA` over `Geachte leden van de commissie voor Koninkrijksrelaties,`, a committee clerk's mail of 2016, probe69)
MEMBERS_SALUTATION = (r"(?:(?:Beste[^\S\n]+(?:\(plv\.?\)[^\S\n]+)?|Geachte[^\S\n]+\(plv\.?\)[^\S\n]+)leden[^\S\n]+van"
                      r"[^\S\n]+de[^\S\n]+(?:vaste[^\S\n]+)?commissie\b|Onderwerp[^\S\n]*:[^\S\n]*E-?mail-?procedure\b)")
LETTER_HEAD = re.compile(r"\bBRIEF VAN (?:DE|HET)\b[^\n]{0,160}|(?m:^[^\S\n]*(?:Nr\.[^\S\n]*\S+[^\S\n]+|[A-Z]{1,3}\d?[^\S\n]+)?"
                         rf"Brief van (?:de|het)\b[^\n]{{0,160}}|^[^\S\n]*{MEMBERS_SALUTATION}[^\n]{{0,160}})")
# the note a committee clerk's e-mailprocedure ends on, whatever its header kept (`*Toelichting` / `De e-mailprocedure is
# geregeld in artikel 36, vierde lid, van het Reglement van Orde`, TK KR 2016, probe69): the clerk writes the mail
# (also its heading glued to it where a page dropped the line break: `... de convocatie.*ToelichtingDe e-mailprocedure is
# geregeld in artikel 36 ...`, a TK EZK decision on an e-mailprocedure 2018, all130)
EMAIL_PROCEDURE_NOTE = re.compile(r"(?:\b|(?<=Toelichting))De\s+e-?mail-?procedure\s+is\s+geregeld\s+in\s+artikel\b", re.I)
# A letter the Kamer itself writes (its chair, a committee, the griffier): `ik` there is no member of the government
KAMER_WRITER = re.compile(r"^\s*(?:(?:Nr\.?\s*\S+\s+|[A-Z]{1,3}\d?\s+)?Brief van (?:de|het)\s+(?:"
                          # (also its acting chair: `BRIEF VAN DE WAARNEMEND VOORZITTER VAN DE EERSTE KAMER DER
                          # STATEN-GENERAAL`, the Eerste Kamer's rappel of promises and motions 2025; `plv.`, `wnd.`)
                          r"(?:waarnemend|wnd\.|plv\.|plaatsvervangend)\s+)?(?:voorzitter\s+van\s+de\s+(?:vaste\s+)?"
                          r"(?:commissie|Eerste|Tweede)|vaste\s+commissie|commissie|griffier|presidium)|"
                          rf"{MEMBERS_SALUTATION})", re.I)
# the government named as the one who promised, in a letter the Kamer writes
# (or addressed: in a committee's letter to the minister, `u` is the minister: `U zegde daarop toe de Kamer ...`)
GOVERNMENT_NAMED = re.compile(r"\b(?:minister\w*|staatssecretaris\w*|kabinet\w*|regering\w*|bewinds\w+)\b|"
                              r"\bu\s+(?:zegde|zei|heeft|hebt|had)\b[^.;]{0,120}?\btoe(?:gezegd)?\b", re.I)
# ... but never the promises and motions the Kamer registers, named in a pair as a kind (`Hiervoor is van belang dat
# bewindslieden brieven, nota’s en andere stukken die samenhangen met toezeggingen of moties ...`, the Eerste Kamer's
# rappel 2025): a sentence whose only promise word stands in such a pair names no promise of the government
PROMISES_AND_MOTIONS = re.compile(r"\b(?:toezeggingen\s*-?\s*(?:en|of|dan\s+wel)\s+moties|moties\s+(?:en|of|dan\s+wel)\s+"
                                  r"toezeggingen)\b", re.I)
PROMISE_WORD = re.compile(r"\btoe(?:zegg?\w*|gezegd\w*)|\bzegt?\w*\b[^.;]{0,120}?\btoe\b", re.I)


def _government_promise(text: str) -> bool:
    """Whether a sentence in a letter the Kamer writes names a promise of the government (``GOVERNMENT_NAMED``),
    not only the promises and motions it registers (``PROMISES_AND_MOTIONS``)."""
    if not GOVERNMENT_NAMED.search(text):
        return False
    return not PROMISES_AND_MOTIONS.search(text) or PROMISE_WORD.search(PROMISES_AND_MOTIONS.sub(" ", text)) is not None


# The Eerste Kamer's record of a promise (`Kerngegevens` / `Nummer T02423` / `Status voldaan` / `Datum toezegging
# 21 februari 2017`): the promises it quotes were made in a debate or a paper before, never in the record itself.
TOEZEGGING_RECORD = (re.compile(r"^\W*Datum toezegging\b", re.M),
                     re.compile(r"^\W*Status\W*(?:voldaan|openstaand|deels voldaan|doorlopend)\b", re.M))
# ... or, its rows cut off, by its number over its promise and the heading of its rows (`T02844` / `Toezegging Evaluatie
# wet (35.424)` ... / `Kerngegevens`, EK 2020, all148; `Kerngegevens` alone heads a Kamerstuk's page as well)
TOEZEGGING_RECORD_NUMBERED = (re.compile(r"\A\W*T\d{5}\W*$|^\W*Nummer\W*T\d{5}\b", re.M),
                              re.compile(r"^\W*Kerngegevens\W*$", re.M))
TOEZEGGING_RECORDS = (TOEZEGGING_RECORD, TOEZEGGING_RECORD_NUMBERED)   # a record is known by all cues of one of these
# A committee's own paper of procedure, by its heading at the top: a list of decisions, the Eerste Kamer's short notes, the
# Tweede Kamer's page of a procedurevergadering or an e-mailprocedure (`Procedurevergadering : Procedurevergadering`,
# OCW 2023, probe69 held-out: `(Vóór de zomer van 2023 ontvangt de Kamer de beleidsreactie ...)`): a government's
# promise there is told, never made or kept by the paper itself
COMMITTEE_PAPER = re.compile(r"\A[\s\S]{0,300}?^[ \t]*(?:Besluitenlijst|Lijst[ \t]+van[ \t]+besluiten|Korte[ \t]+aantekeningen|"
                             r"(?:Procedurevergadering|E-?mailprocedure)[ \t]+:)", re.M)
# ... or an item of the Tweede Kamer's list of decisions without its heading, a `Zaak:` line and the `Besluit:` on it
# (`Zaak: Brief van lid/fractie/commissie - ... - 2018Z09846` / `Besluit: Naar aanleiding van de e-mailprocedure ...`,
# TK EZK 2018, all130)
DECISION_ITEM = re.compile(r"^[ \t]*Zaak[ \t]*:[^\n]*\n(?:[ \t]*\n)*[ \t]*Besluit[ \t]*:", re.M)
SHORT_SENTENCE = 12       # words: a sentence this short is quoted with the ones before it ...
CONTEXT_WORDS = 20        # ... until the quote has this many words
CONTEXT_SENTENCES = 2     # ... reaching back at most this many sentences
MOTION_HEAD_CHARS = 800   # a motion named this close to the top of a document is the document itself
CLOSING_REACH = 4000      # characters: how far back a closing sentence looks for the promise it closes
DELIVERY_REACH = 2        # sentences after a mentioned promise in which this letter may say it delivers it


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body, read once: what every rule found in it."""
    index: int
    start: int
    end: int
    text: str
    page: int
    references: tuple[Reference, ...] = ()
    motions: tuple[Motion, ...] = ()
    commitment: Rule | None = None
    delivery: Rule | None = None     # the sentence says this letter delivers now

    @property
    def quote(self) -> str:
        return collapse(self.text)


OWN_NUMBER_REACH = 200   # characters after a document's first sentence that tell whether it is the page's own number


@dataclass(frozen=True)
class Where:
    """Where a rule runs, for the warning when it fails: the file and the page."""
    source: str
    page: int


def guarded(where: Where, rule_name: str, default: T, run: Callable[[], T]) -> T:
    """``run()``, or ``default`` with a warning when the rule raises: the sentence loses that rule only."""
    try:
        return run()
    except Exception as e:  # noqa: BLE001 - a rule's bug must not lose the document
        log.warning("%s: page %s: rule %s failed on a sentence (%s: %s); skipped for that sentence",
                    where.source or "<document>", where.page, rule_name, type(e).__name__, e)
        return default


def analyse(index: int, text: str, start: int, end: int, page: int, source: str = "") -> Sentence:
    """The one reading of a sentence that every tag kind uses."""
    sent, where = text[start:end], Where(source, page)
    following = text[end:end + OWN_NUMBER_REACH] if not text[:start].strip() else ""   # the document's opening line
    refs: list[Reference] = guarded(where, "references", [], lambda: find_references(sent, following))
    motions: list[Motion] = guarded(where, "motions", [], lambda: find_motions(sent))
    row: Rule | None = guarded(where, "commitments", None, lambda: commitment_rule(sent))
    delivery: Rule | None = guarded(where, "deliveries", None, lambda: delivery_rule(sent))
    return Sentence(index, start, end, sent, page, tuple(refs), tuple(motions), row, delivery)


def tag_document(pages: tuple[Page, ...], footnotes: tuple[Footnote, ...], doc_date: str | None,
                 doc_type: str | None = None, source: str = "", made: str | None = None) -> list[Tag]:
    """All tags of a document, in reading order (motions after the sentences, footnote tags last); ``source`` names the
    file in warnings; undated, it is read as of the day its file was made (``made``) where that fits its text."""
    text = body_text(pages)
    if not text.strip():
        return []
    doc_date = doc_date or file_day_fits(made, text)
    offsets = page_offsets(pages)
    anchor = anchor_year(doc_date, text)
    spans = sentences(text)
    read = [analyse(i, text, s, e, page_at(offsets, s), source) for i, (s, e) in enumerate(spans)]
    tags: list[Tag] = []
    not_met = requests_not_met([sent.text for sent in read])   # terms asked for and reported missed: none due
    written: str | None = None    # the date of the mail the sentences stand in, when one is quoted before the doc's
    heads = _letter_heads(text)
    for sent in read:
        tags.extend(reference_tags(sent))
        written = _mail_date(sent.text, doc_date) or written
        if sent.index not in not_met:
            tags.extend(deadline_tags(sent, _context(text, spans, sent.index), anchor, doc_date, source, written))
        previous = read[sent.index - 1] if sent.index else None
        commitment = commitment_of(sent, _after_promise(read, sent.index), tags, anchor, doc_type, doc_date, previous)
        if commitment and previous is not None:
            commitment = _with_object_before(commitment, sent, previous, text)
        commitment = commitment or _implied_promise(sent, read, previous, text, anchor, doc_type, doc_date)
        if commitment and not (_kamer_writes(heads, sent.start) and not _government_promise(sent.text)) \
                and not _continues_promise(tags, commitment, sent, previous, text):
            tags[:] = _term_met_here(tags, commitment, sent) + [commitment]
    notes = [(f, analyse(0, f.text, 0, len(f.text), f.page, source)) for f in footnotes]
    tags = _kept_here(_not_own_part(_report_named_once(tags, text), text), read, doc_type)
    tags = _not_told_in_footnote(_listed_promises(_not_own_title(tags, read, text, doc_date), read), read, notes)
    tags = _recorded_only(tags, text)
    motions = mentions_by_motion(read, notes)
    if doc_type == "motie":
        own_motion(text, motions, source)
    tags.extend(motion_tags(motions, read, offsets, notes, doc_type == "motie"))
    tags.extend(all_footnote_tags(pages, notes, anchor, doc_date, doc_type, source))
    return tags


# A recurring promise (`Ieder jaar voor de zomer wordt uw Kamer geïnformeerd over de voortgang van ...`, VWS 2025;
# `... informeer ik uw Kamer ieder half jaar over ...`) told in the present or recounted, not promised anew (`zal`,
# `blijf`), is kept by the letter that says, within RECURRING_REACH sentences before or after it, that it delivers
# one of those reports: `Hierbij ontvangt u de zevende voortgangsbrief.`, `Met genoegen bied ik u mijn tweede
# voortgangsrapportage aan.` A letter that only promises future reports keeps nothing.
RECURRING_PROMISE = re.compile(rf"^(?!.*\b(?:zal|zullen|zult|blijf|blijft|blijven|wil|willen|ga|gaan|voortaan|"
                               rf"vanaf\s+nu)\s)(?=.*\b(?:{RECURRING})\b)", re.I)
RECURRING_TOLD = re.compile(rf"\b(?:toegezegd|toezegging)\b.*\b(?:{RECURRING})\b|\b(?:{RECURRING})\b.*\btoegezegd\b", re.I)
# the delivering sentence names the periodic paper: a progress report or letter, or a numbered one
PERIODIC_PAPER = re.compile(r"\b(?:voortgang\w*|\w*rapportage|(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|"
                            r"negende|tiende|elfde|twaalfde|\d+e)\s+(?:\w+\s+)?\w*(?:brief|rapport|editie|monitor)|"
                            r"(?:half)?jaarlijkse\s+\w+)\b", re.I)
RECURRING_REACH = 2
PERIODIC_DELIVERY = re.compile(r"\b(?:bied|biedt|bieden)\b.{0,120}\baan\b", re.I)


def _delivers_periodic(sent: Sentence) -> bool:
    """Whether a sentence says this letter delivers a periodic paper it names."""
    flat = collapse(sent.text)
    return (sent.delivery is not None or PERIODIC_DELIVERY.search(flat) is not None) \
        and PERIODIC_PAPER.search(flat) is not None and not postponed([sent.text])


def _recurring(t: Tag, flat: str) -> bool:
    """Whether a commitment is a standing recurring promise: recounted as promised, or told in the present."""
    if RECURRING_TOLD.search(flat):
        return True
    return RECURRING_PROMISE.search(flat) is not None and t.status != Status.REFERENCED or t.rule == "mentioned-recurring"


def _next_paper_promised(sent: Sentence) -> bool:
    """Whether a sentence promises the next periodic paper (`Zo spoedig mogelijk daarna zend ik u de tweede
    voortgangsrapportage.`): the letter it stands in is not that paper."""
    return sent.commitment is not None and sent.commitment.value is MADE and sent.delivery is None \
        and PERIODIC_PAPER.search(collapse(sent.text)) is not None


def _outlined_next(at: Sentence, read: list[Sentence]) -> bool:
    """Whether the sentence after a recurring promise outlines this letter's subjects (``OUTLINE_RULES``): the letter is
    the paper promised."""
    return any(r.search(collapse(s.text)) for s in read[at.index + 1:at.index + 2] for r in OUTLINE_RULES)


def _recurring_status(t: Tag, at: Sentence, read: list[Sentence]) -> Tag:
    """A recurring promise near a sentence delivering its periodic paper is kept here; one said kept, with no such
    sentence near and the next paper promised after it, is only mentioned (a letter between two reports)."""
    if not isinstance(t.info, CommitmentInfo):
        return t
    near = read[max(0, at.index - RECURRING_REACH):at.index] + read[at.index + 1:at.index + 1 + RECURRING_REACH]
    if any(_delivers_periodic(s) for s in near) or _outlined_next(at, read):
        if t.status == Status.FULFILLED:
            return t
        return replace(t, info=replace(t.info, status=Status.FULFILLED), rule="kept-recurring")
    if t.status == Status.FULFILLED and any(_next_paper_promised(s) for s in read[at.index + 1:at.index + 1 + POSTPONE_REACH]):
        return replace(t, info=replace(t.info, status=Status.REFERENCED), rule="mentioned-recurring-next-due")
    return t


def _kept_recurring(tags: list[Tag], read: list[Sentence], doc_type: str | None) -> list[Tag]:
    """Recurring promises this letter is, or is not, an instance of (``_recurring_status``)."""
    if doc_type in DESCRIBING:
        return tags
    out: list[Tag] = []
    for t in tags:
        at = _sentence_at(read, t.start) if t.kind == "commitment" else None
        out.append(_recurring_status(t, at, read) if at is not None and _recurring(t, collapse(at.text)) else t)
    return out


def _sentence_at(read: list[Sentence], pos: int) -> Sentence | None:
    """The sentence of ``read`` (in reading order) that holds offset ``pos``, if any."""
    i = bisect.bisect_right(read, pos, key=lambda s: s.start) - 1
    return read[i] if i >= 0 and read[i].start <= pos < read[i].end else None


def _after_promise(read: list[Sentence], index: int) -> list[Sentence]:
    """The sentences after sentence ``index`` in which a promise it recounts may be said not to be kept now:
    ``POSTPONE_REACH`` of them, counted again from the last one within ``NAMED_AGAIN_REACH`` that names the promise
    once more (``NAMED_AGAIN``)."""
    end = index + 1 + POSTPONE_REACH
    for later in read[index + 1:index + 1 + NAMED_AGAIN_REACH]:
        if NAMED_AGAIN.search(later.text):
            end = max(end, later.index + 1 + POSTPONE_REACH)
    return read[index + 1:end]


SHORT_QUESTION = re.compile(r"^\W*(?:\w+\W+){0,5}\w+\s*" + QUESTION_END)   # `Zo nee, waarom niet?`


def _implied_promise(sent: Sentence, read: list[Sentence], previous: Sentence | None, text: str, anchor: int,
                     doc_type: str | None, doc_date: str | None) -> Tag | None:
    """A promise a sentence makes only with the one before it: a yes to a question asking for one, or more for the paper
    just promised."""
    return _yes_to_asked(sent, read, text, anchor, doc_type, doc_date) or _goes_on(sent, previous, anchor, doc_type, doc_date)


def _goes_on(sent: Sentence, previous: Sentence | None, anchor: int, doc_type: str | None,
             doc_date: str | None) -> Tag | None:
    """A sentence that goes on from the promise the one before made, promising more for its paper (``goes_on_rule``)."""
    made = previous is not None and previous.commitment is not None and previous.commitment.value is MADE \
        and previous.delivery is None
    row = goes_on_rule(sent.text, made) if sent.commitment is None else None
    return commitment_tag(sent.quote, sent.page, sent.start, sent.end, row, anchor, doc_type, doc_date) if row else None


def _yes_to_asked(sent: Sentence, read: list[Sentence], text: str, anchor: int, doc_type: str | None,
                  doc_date: str | None) -> Tag | None:
    """A question asking for a promise (`Bent u bereid de Kamer ... te informeren?`) answered by a plain yes (`Ja.`,
    `Ja, daartoe ben ik bereid.`), a short follow-up question or the answer's label between: the two make the promise
    together, quoted from the question to the yes; never when the answer goes on to make it in words of its own."""
    flat = collapse(sent.text)
    if sent.commitment is not None or not any(r.search(flat) for r in ASKED_RULES):
        return None
    for later in read[sent.index + 1:sent.index + 4]:
        answer = collapse(later.text)
        if SHORT_QUESTION.match(answer) or ANSWER_LABEL.match(answer):
            continue
        row = next((r for r in YES_RULES if r.search(answer)), None)
        after = read[later.index + 1] if later.index + 1 < len(read) else None
        if row is None or (after is not None and after.commitment is not None):
            return None
        return commitment_tag(collapse(text[sent.start:later.end]), sent.page, sent.start, later.end, row, anchor,
                              doc_type, doc_date)
    return None


# A first line without a full stop (nor a colon, semicolon or comma: a list's lead, a salutation) that the text opens on
# is the document's own title (`Kamerbrief over eindverslag
# voorzitter van Voortgangsoverleg Klimaatakkoord`, EZK 2022; `Verzamelbrief circulaire economie april 2025`, IenW 2025;
# `Toezeggingen gedaan tijdens het commissiedebat over de financiën van decentrale overheden van 1 oktober 2024`, BZK 2024)
TITLE_END = re.compile(r"[.!?:;,]\W*\d{0,2}\s*$")


# A saved page of the Tweede Kamer's register lists the parts filed with the paper, the paper itself among them under
# the page's own title (`Verslag JBZ-Raad 13 en 14 juni 2024` over the page, `- Verslag JBZ-Raad 13 en 14 juni 2024` in
# its list, berthub.eu 2024, probe52 held-out): that line cites nothing; a title this short is no telling repeat
OWN_PART_MIN_CHARS = 15


# A title in guillemets written earlier in the text, with the head of it before a comma or colon (the short title a
# letter goes on to use): `het advies «Een stevig fundament, Evaluatie van het basistakenpakket jeugdgezondheidszorg»`
# a line of a few words without a sentence's end: a section heading (`Inhoud advies «Een stevig fundament»`)
HEADING_LINE = re.compile(r"[^.!?;:\n]{3,120}[^.!?;:\s]")
GUILLEMET_TITLE = re.compile(r"«\s*(?P<title>(?P<head>[^«»,:]{5,250}?)\s*(?:[,:][^«»]*)?)»")


def _titles_in(quote: str) -> set[str]:
    """The guillemet titles a sentence writes, whole and by their head, in lower case with single spaces."""
    found: set[str] = set()
    for m in GUILLEMET_TITLE.finditer(quote):
        found.update(" ".join(m[g].split()).lower() for g in ("title", "head"))
    return found


def _report_named_once(tags: list[Tag], text: str) -> list[Tag]:
    """Tags less a report cited again by the same title further on: the offer `Met deze brief bied ik u het
    onderzoeksrapport «Contrasten in de kamermarkt» aan` and the section under it `Het onderzoek «Contrasten in de
    kamermarkt» is een combinatie van ...` cite one report (BZK 2010, probe58); so does a section heading by its short
    title after the report was cited by number with its full title (a sentence naming that title again may cite another
    paper: the report a cited letter reacted to) (`... heb ik u het advies «Een stevig fundament, Evaluatie
    van het basistakenpakket jeugdgezondheidszorg» toegezonden (Kamerstuk 31 839, nr. 272)`, then the heading `Inhoud
    advies «Een stevig fundament»`, VWS 2013, probe68)."""
    seen: set[str] = set()
    cited: dict[str, set[str]] = {}    # the guillemet titles in the sentences of the references kept so far
    out = []
    for t in tags:
        if isinstance(t.info, ReferenceInfo) and t.rule == "ref-report-titled":
            title = " ".join(cited_title(text[t.start:t.end]).split()).lower()
            earlier = set().union(*(titles for quote, titles in cited.items() if quote != t.quote))
            if title in seen or (HEADING_LINE.fullmatch(t.quote.strip()) and title.strip("«» ") in earlier):
                continue
            seen.add(title)
        if isinstance(t.info, ReferenceInfo):
            cited.setdefault(t.quote, _titles_in(t.quote))
        out.append(t)
    return out


def _not_own_part(tags: list[Tag], text: str) -> list[Tag]:
    """Tags less the references that only repeat the page's own first line as an item of a list."""
    first = " ".join(text.lstrip().split("\n", 1)[0].split())
    if len(first) < OWN_PART_MIN_CHARS:
        return tags
    return [t for t in tags if not (isinstance(t.info, ReferenceInfo) and t.start > len(first)
                                    and re.fullmatch(r"[-–•]\s*" + re.escape(first), " ".join(t.quote.split())))]


def _not_own_title(tags: list[Tag], read: list[Sentence], text: str, doc_date: str | None) -> list[Tag]:
    """Tags less those the document's own title makes: a paper named at the very start is the document itself, a
    period in its title that holds the document's date is when it was written, and a promise its title names is one
    of those a sentence of its body tells (when one does)."""
    if not read or text[:read[0].start].strip() or TITLE_END.search(read[0].text):
        return tags
    title = read[0]
    # (a promise a body sentence tells, not the next line of a list of promises, one a line: `Toezegging aan het lid
    # Janssen over het wekelijkse persbericht (T03987)`)
    body_promises = [t for t in tags if isinstance(t.info, CommitmentInfo) and t.start >= title.end
                     and not PROMISE_HEADING.match(t.quote)]

    def own(t: Tag) -> bool:
        if t.start >= title.end:
            return False
        if isinstance(t.info, ReferenceInfo):
            return not text[:t.start].strip()
        if isinstance(t.info, DeadlineInfo):
            due = t.info.due
            return doc_date is not None and (due.start or due.end) is not None \
                and (due.start or "") <= doc_date <= (due.end or "9999-12-31")
        return isinstance(t.info, CommitmentInfo) and t.rule == "mentioned" and bool(body_promises)
    return [t for t in tags if not own(t)]


# words: a sentence longer than this that cites several papers or motions quotes each by its clause (a committee's report
# of 133 words listing its letters, refs105); a shorter one is each tag's quote whole, as a reader quotes a sentence (two
# motions in one sentence of 64 words, JenV 2023; a Kamerstuk and Handelingen in one of 75, IenW 2020: all143)
CLAUSE_QUOTE_WORDS = 120


def reference_tags(sent: Sentence) -> list[Tag]:
    quotes = _clause_quotes(sent, [(r.start, r.end) for r in sent.references])
    return [Tag(quotes.get(r.start, sent.quote), sent.page, sent.start + r.start, sent.start + r.end,
                ReferenceInfo(r.normalized, r.ref_type, label=r.label), r.rule) for r in sent.references]


CLAUSE_BREAK = re.compile(r"(?:[,;]\s+(?:en\s+|alsmede\s+)?|\s+(?:en|alsmede)\s+)(?=(?:over|van|de|het|uw|mijn|onze|een|"
                          r"alsmede)\b)")


def _clause_quotes(sent: Sentence, spans: list[tuple[int, int]]) -> dict[int, str]:
    """In a long sentence listing several papers (a committee's report on `de brief van ... (Kamerstuk ...), over de
    brief van ... (Kamerstuk ...) en ...`) or motions (an agenda item on `de motie van het lid X over ... (Kamerstuk
    ...), de motie van ...`), the words that carry each, by the start of its span in the sentence: from the break after
    the item before it (a comma or `en` before the next item) to the break after it. Empty for a shorter sentence or
    one item (the sentence is the quote)."""
    ends: dict[int, int] = {}
    for start, end in spans:
        ends[start] = max(ends.get(start, end), end)
    if len(ends) < 2 or len(sent.quote.split()) <= CLAUSE_QUOTE_WORDS:
        return {}
    starts = sorted(ends)
    cuts = [0]
    for here, after in zip(starts, starts[1:]):
        breaks = [m.start() for m in CLAUSE_BREAK.finditer(sent.text, ends[here], after)]
        cuts.append(breaks[-1] if breaks else ends[here])
    cuts.append(len(sent.text))
    out: dict[int, str] = {}
    for i, start in enumerate(starts):
        clause = collapse(sent.text[cuts[i]:cuts[i + 1]]).lstrip(" ,;.)").strip()
        out[start] = re.sub(r"^(?:en|of|alsmede)\s+", "", clause)
    return out


def _mail_date(text: str, doc_date: str | None) -> str | None:
    """The date of the last mail header in ``text`` (`Verzonden: dinsdag 8 maart 2022 14:12`) when it is
    before the document's own (or the document has none)."""
    dates = [parse_dutch_date(m.group(0)) for m in MAIL_SENT.finditer(text)]
    last = dates[-1] if dates else None
    return last if last and (doc_date is None or last < doc_date) else None


def _term_met_here(tags: list[Tag], commitment: Tag, sent: Sentence) -> list[Tag]:
    """``tags`` without this sentence's deadlines that are the term of the writer's own promise it recounts and this
    letter keeps (`In mijn brief van 5 februari jongstleden heb ik toegezegd voor de zomer van 2024 de eerste
    voortgangscijfers van het Sportakkoord II met uw Kamer te delen.`, the report annexed; VWS 2024, probe81): met
    here, as ``deadline.fulfilled_here`` has it, when the step is sending or informing; another step stays due."""
    if commitment.status != Status.FULFILLED or commitment.rule not in RECOUNTED:
        return tags
    return [t for t in tags if not (isinstance(t.info, DeadlineInfo) and sent.start <= t.start < sent.end
                                    and SENDING_STEP.match(sent.text, t.end - sent.start))]


def deadline_tags(sent: Sentence, context: str, anchor: int, doc_date: str | None, source: str,
                  written: str | None = None) -> list[Tag]:
    ref_spans = [(r.start, r.end) for r in sent.references]
    found: list[Deadline] = guarded(Where(source, sent.page), "deadlines", [],
                                    lambda: deadlines_in(sent.text, anchor, doc_date, ref_spans, written))
    return [Tag(context, sent.page, sent.start + d.start, sent.start + d.end,
                DeadlineInfo(replace(d.period, text=d.text)), d.rule) for d in found]


def _quoted_elsewhere(sent: Sentence, following: list[Sentence], tags: list[Tag], row: Rule, heading: bool) -> bool:
    """Whether the promise of this sentence is one another record quotes: a heading naming the promise the next
    sentence states (not when that is the next heading: promises listed one per line), a closing sentence of the
    promise just described, a sentence pointing back to the promise just told."""
    if heading and following and following[0].commitment is not None \
            and not PROMISE_HEADING.match(collapse(following[0].text)):
        return True
    if row.value is CLOSED and _close_earlier(tags, sent.start, sent.quote):
        return True
    return row.value is MENTIONED and BACK_REFERENCE.search(sent.text) is not None and _just_told(tags, sent.start)


def commitment_of(sent: Sentence, following: list[Sentence], tags: list[Tag], anchor: int, doc_type: str | None,
                  doc_date: str | None, previous: Sentence | None = None) -> Tag | None:
    """The commitment a sentence makes, keeps or mentions; a sentence that closes a promise the letter
    just described (`... als afgedaan beschouwd`) joins that promise instead. A promise only mentioned,
    followed by a sentence saying this letter delivers now, is kept by this letter; a promise the writer
    recounts, followed by sentences saying its paper does not come now, is only mentioned."""
    row = sent.commitment
    if row is None:
        return None
    if doc_type in TO_REQUESTER and not KAMER_NAMED.search(sent.text):
        return None
    heading = row.value is MENTIONED and PROMISE_HEADING.match(collapse(sent.text)) is not None
    if _quoted_elsewhere(sent, following, tags, row, heading):
        return None
    tag = commitment_tag(sent.quote, sent.page, sent.start, sent.end, row, anchor, doc_type, doc_date)
    assert isinstance(tag.info, CommitmentInfo)
    nxt = _delivery_after(following) or _offered_before(sent, previous)
    if tag.status == Status.REFERENCED and row.value is MENTIONED and doc_type not in DESCRIBING and nxt \
            and nxt.delivery is not None:
        return replace(tag, info=replace(tag.info, status=nxt.delivery.value), rule=nxt.delivery.id)
    if tag.status == Status.REFERENCED and doc_type == "kamerbrief" and _answered_under_heading(
            sent, following, previous, heading):
        # a letter's section on a promise it names in its heading (the Eerste Kamer's number: `Toezegging, naar aanleiding
        # van een vraag van het lid Bovens (CDA), over ... (T03930).`), answered in the sentences under it, not said late
        return replace(tag, info=replace(tag.info, status=Status.FULFILLED), rule="kept-under-heading")
    closing = following[0] if following else None
    if tag.status == Status.REFERENCED and row.value is MENTIONED and doc_type not in DESCRIBING and closing \
            and closing.commitment is not None and closing.commitment.value is CLOSED and THAT_PROMISE.search(closing.text):
        # the next sentence keeps the promise just named (`De Minister van SZW heeft uw Kamer per brief toegezegd in
        # december een stand van zaken te schetsen. Met deze brief doe ik deze toezegging gestand.`, SZW 2021): this
        # letter fulfils it, and the closing sentence joins it (``_close_earlier``)
        return replace(tag, info=replace(tag.info, status=Status.FULFILLED), rule=closing.commitment.id)
    if tag.status == Status.FULFILLED and row.id in RECOUNTED and postponed([s.text for s in following]):
        return replace(tag, info=replace(tag.info, status=Status.REFERENCED))
    if tag.status == Status.REFERENCED and row.value is MENTIONED and doc_type == "kamervragen" \
            and re.search(QUESTION_END, collapse(sent.text)):
        return None   # a member's question citing a promise (`..., zoals toegezegd?`): not this document's (cmt101)
    return tag


# A section's heading that names one promise, by the Eerste Kamer's number or as a line of its own (no final stop):
# `Toezegging, naar aanleiding van een vraag van het lid Janssen (SP), om ... te zien ... (T03987).`
# (a dossier's number keeps its dot: `(35.210 VI) (T02933)`)
PROMISE_HEADING = re.compile(r"^\W*Toezegging\b(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,400}\(T\d{4,5}\)\W*|"
                             r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,200}[^.;:!?\s])$")


def _answered_under_heading(sent: Sentence, following: list[Sentence], previous: Sentence | None, heading: bool) -> bool:
    """Whether a mentioned promise is a letter's section heading (or the sentence right under one) that the sentences
    after it answer: some follow, none makes a new promise or says the paper does not come now."""
    under = heading or (previous is not None and previous.commitment is not None
                        and previous.commitment.value is MENTIONED and PROMISE_HEADING.match(collapse(previous.text)))
    return bool(under and following and not any(s.commitment is not None and s.commitment.value is MADE for s in following)
                and not postponed([s.text for s in following]))


# a closing sentence pointing back at the promise named just before it: `deze toezegging`, `die toezeggingen`
THAT_PROMISE = re.compile(r"\b(?:deze|die|dit|bovengenoemde|genoemde)\s+(?:\w+\s+)?toezegging(?:en)?\b", re.I)


def _recorded_only(tags: list[Tag], text: str) -> list[Tag]:
    """In a paper that only records promises (an EK register's rows, a committee's paper of procedure) every commitment
    is mentioned; the clerk's own routine in a committee's paper is none."""
    committee = _committee_paper(text)
    if not (committee or any(all(r.search(text) for r in cues) for cues in TOEZEGGING_RECORDS)):
        return tags
    return [_only_mentioned(t) for t in tags if not (committee and _clerks_routine(t))]


def _committee_paper(text: str) -> bool:
    """Whether the text is a committee's own paper of procedure (``COMMITTEE_PAPER``, ``DECISION_ITEM``)."""
    return COMMITTEE_PAPER.search(text) is not None or DECISION_ITEM.search(text) is not None


def _clerks_routine(tag: Tag) -> bool:
    """Whether a commitment in a committee's paper is the clerk's own word to the members (`U ontvangt zo spoedig
    mogelijk de convocatie.`, TK EZK 2018, all130): it names neither the government, a promise nor the Kamer, as a
    government's promise the paper tells does (`Vóór de zomer van 2023 ontvangt de Kamer de beleidsreactie ...`)."""
    return tag.kind == "commitment" and not any(r.search(tag.quote) for r in (GOVERNMENT_NAMED, PROMISE_WORD, KAMER_NAMED))


def _only_mentioned(tag: Tag) -> Tag:
    """A commitment tag as a document that only records promises holds it: mentioned."""
    if not isinstance(tag.info, CommitmentInfo) or tag.status == Status.REFERENCED:
        return tag
    return replace(tag, info=replace(tag.info, status=Status.REFERENCED))


def _letter_heads(text: str) -> list[tuple[int, bool]]:
    """Where each letter of the text starts and whether the Kamer writes it (``KAMER_WRITER``); a clerk's
    e-mailprocedure, known by its closing note, from the start."""
    heads = [(m.start(), bool(KAMER_WRITER.match(m.group(0)))) for m in LETTER_HEAD.finditer(text)]
    return [(0, True)] + heads if EMAIL_PROCEDURE_NOTE.search(text) else heads


def _kamer_writes(heads: list[tuple[int, bool]], at: int) -> bool:
    """Whether the letter a sentence stands in is written by the Kamer itself (its chair or a committee), by the
    last letter heading before it: a promise there is the government's only where the sentence names it (`Conform
    mijn toezegging in het genoemde debat zal de Huishoudelijke Commissie zich nog buigen over ...`, EK 2017)."""
    kamer = False
    for start, by_kamer in heads:
        if start > at:
            break
        kamer = by_kamer
    return kamer


# the paper this letter offers in the sentence before, said to be promised: `Hierbij bied ik u namens het kabinet de
# Werkagenda «Waardengedreven Digitaliseren» aan (hierna: Werkagenda). Deze is u toegezegd in de brief van 8 maart jl.`
# (BZK 2022, rules41 held-out probe); the demonstrative with the noun it points back with: `Met deze brief informeer ik
# uw Kamer over de actieve openbaarmaking van documenten ... Deze actieve openbaarmaking is toegezegd in de beantwoording
# van de Kamervragen ...` (JenV 2025, probe68)
PROMISED_BEFORE = re.compile(r"^\W*(?:(?:deze|dit|die|dat)(?:\s+[\w-]+){0,3}?|zij|het)\s+(?:is|werd|was|zijn|werden|"
                             r"waren)\s+(?:\w+\s+){0,4}?toegezegd\d{0,2}\b", re.I)


# a short promise that names its object by a pronoun pointing back: `Uw Kamer heeft ... mij via meerdere moties verzocht
# om gepast gebruik verder te brengen. Dit heb ik ook toegezegd.` (VWS 2020, rules46 probe), `... Deze is u toegezegd in
# de brief van 8 maart jl.` (BZK 2022)
PRONOUN_PROMISE = re.compile(r"^\W*(?:dit|dat|deze|die|het|zij)\s+(?:heb|hebben|heeft|had|is|werd|was|zijn|werden|waren)\b",
                             re.I)


# ... or a short promise whose object is a demonstrative pointing back: `De reden van het uitstel is dat in verband met
# interdepartementale afstemming de beantwoording meer tijd kost dan voorzien. We verwachten deze eind oktober te kunnen
# sturen.` (VWS 2020, an uitstelbrief; cmt116 fresh pool C)
PRONOUN_OBJECT_PROMISE = re.compile(r"^\W*(?:ik|wij|we|het\s+kabinet)\s+(?:zal|zullen|verwacht|verwachten|streef|streven|"
                                    r"hoop|hopen|stuur|sturen|zend|zenden)\s+(?:u\s+|uw\s+Kamer\s+)?(?:deze|die|dit|ze)\b",
                                    re.I)


def _with_object_before(tag: Tag, sent: Sentence, previous: Sentence, text: str) -> Tag:
    """A short promise pointing back by a pronoun is quoted with the sentence before it, where its object stands."""
    flat = collapse(sent.text)
    if len(sent.text.split()) >= SHORT_SENTENCE or not (PRONOUN_PROMISE.match(flat) or PRONOUN_OBJECT_PROMISE.match(flat)):
        return tag
    return replace(tag, quote=collapse(text[previous.start:sent.end]), page=previous.page, start=previous.start)


def _offered_before(sent: Sentence, previous: Sentence | None) -> Sentence | None:
    """The sentence right before a promise told by a pronoun (`Deze is u toegezegd ...`), where it delivers now."""
    if previous is None or previous.delivery is None or not PROMISED_BEFORE.match(collapse(sent.text)):
        return None
    return previous


def _delivery_after(following: list[Sentence]) -> Sentence | None:
    """The sentence right after a mentioned promise that says this letter delivers now; or the one after that, when
    the sentence between makes, keeps or mentions no promise and does not say the paper is late (`... de toezegging
    gedaan contact te leggen met de Europese Commissie ... In dit contact gaf de Europese Commissie aan reeds een besluit
    te hebben genomen en de brief vrij te geven. In de bijlage vindt u de brief.`, BZ 2016)."""
    for sent in following[:DELIVERY_REACH]:
        if sent.delivery is not None:
            return sent
        if sent.commitment is not None or postponed([sent.text]):
            return None
    return None


def commitment_tag(quote: str, page: int, s: int, e: int, row: Rule, anchor: int, doc_type: str | None,
                   doc_date: str | None = None) -> Tag:
    """A commitment tag: its status by the row and this document's role; when it is due: a deadline in the
    sentence, not the date of the debate where it was made."""
    where = where_made(quote)
    skip = [(quote.find(where), quote.find(where) + len(where))] if where and where in quote else []
    periods = find_deadlines(quote, anchor, doc_date, skip)
    due = replace(periods[0][3], text=periods[0][2]) if periods else None
    return Tag(quote, page, s, e, CommitmentInfo(status_in(row, doc_type), to_whom(quote), where, due), row.id)


def _listed_promises(tags: list[Tag], read: list[Sentence]) -> list[Tag]:
    """Promises only mentioned as items of a list that a kept promise leads (`... invulling aan onderstaande
    toezeggingen:` / `• De toezegging aan het lid Tielen om ...`) are kept by this letter too; so are those of a list
    whose lead right after a kept promise names them (`In deze brief informeer ik de Kamer over de uitvoering van de
    moties en toezeggingen ... Het gaat om de volgende moties en toezeggingen:` / `d. De toezegging (TZ202502–021) om
    ...`, LVVN 2025): that lead is no promise of its own."""
    at = {t.start: i for i, t in enumerate(tags) if isinstance(t.info, CommitmentInfo)}
    out: list[Tag | None] = list(tags)
    lead, gap, items, kept_before = False, 0, False, False
    for sent in read:
        i = at.get(sent.start)
        kept = i is not None and tags[i].status == Status.FULFILLED
        if LIST_LEAD.search(sent.quote) and (kept or kept_before and sent.text.rstrip().endswith(":")):
            lead, gap, items = True, 0, False
            if not kept and i is not None and tags[i].rule == "mentioned":
                out[i] = None
        elif lead and (BULLET.match(sent.text) or NUMBERED_ITEM.match(sent.text)):
            items = True
            if i is not None and tags[i].status == Status.REFERENCED and tags[i].rule == "mentioned":
                info = tags[i].info
                assert isinstance(info, CommitmentInfo)
                out[i] = replace(tags[i], info=replace(info, status=Status.FULFILLED), rule=LIST_LEAD.id)
        elif lead:
            gap += 1
            lead = not items and gap <= LIST_LEAD_GAP
        kept_before = kept
    return [t for t in out if t is not None]


def _announced_promises(tags: list[Tag], read: list[Sentence], doc_type: str | None) -> list[Tag]:
    """Promises only mentioned that this letter answers: its sentence near the top that says so (``ANNOUNCED``) and
    the writer's own promises it recounts around it (``RECOUNTED_BY_WRITER``) are kept here, unless a sentence after
    one says its paper does not come now (``postponed``); a paper that describes promises answers none."""
    at = next((s.index for s in read[:ANNOUNCE_TOP] if ANNOUNCED.search(collapse(s.text))), None)
    if at is None or doc_type in DESCRIBING:
        return tags
    near = {s.start: s for s in read[max(0, at - ANNOUNCED_REACH):at + ANNOUNCED_REACH + 1]}
    out: list[Tag] = []
    for t in tags:
        s = near.get(t.start)
        if s is not None and isinstance(t.info, CommitmentInfo) and t.status == Status.REFERENCED \
                and (s.index == at or RECOUNTED_BY_WRITER.search(collapse(s.text))) \
                and not postponed([n.text for n in read[s.index + 1:s.index + 1 + POSTPONE_REACH]]):
            t = replace(t, info=replace(t.info, status=Status.FULFILLED), rule=ANNOUNCED.id)
        out.append(t)
    return out


def _kept_here(tags: list[Tag], read: list[Sentence], doc_type: str | None) -> list[Tag]:
    """Commitments this letter keeps or not by what stands near them: recurring promises (``_kept_recurring``),
    listed promises pointed to their answers (``_pointed_answers``) and promises it says it answers
    (``_announced_promises``)."""
    kept = _pointed_answers(_kept_recurring(tags, read, doc_type), read, doc_type)
    return _announced_promises(kept, read, doc_type)


def _pointed_answers(tags: list[Tag], read: list[Sentence], doc_type: str | None) -> list[Tag]:
    """Promises only mentioned (items of a collected letter), each followed by a sentence pointing to where it is
    answered (``POINTER_RULES``): the pointer joins the record's quote, and the status is the pointer's, kept where it
    leads into this letter or a paper this letter offers, only mentioned where it leads to a paper sent before."""
    if doc_type in DESCRIBING:
        return tags
    out: list[Tag] = []
    for t in tags:
        at = _sentence_at(read, t.start) if isinstance(t.info, CommitmentInfo) else None
        nxt = read[at.index + 1] if at is not None and at.index + 1 < len(read) else None
        found = pointer_rule(nxt.text) if at is not None and nxt is not None and nxt.commitment is None \
            and at.commitment is not None and at.commitment.value is MENTIONED else None
        if at is None or nxt is None or found is None \
                or (found[0].id in OFFERED_PAPER_POINTERS and not _offered(read[:at.index], found[1]["paper"])):
            out.append(t)
            continue
        assert isinstance(t.info, CommitmentInfo)
        out.append(replace(t, quote=f"{t.quote} {nxt.quote}", end=nxt.end, info=replace(t.info, status=found[0].value),
                           rule=found[0].id))
    return out


def _offered(before: list[Sentence], paper: str) -> bool:
    """Whether a sentence before says this letter delivers a paper by this name (`Hierbij bied ik u de veteranennota
    2020–2021 aan.`)."""
    named = re.compile(rf"\b{re.escape(paper)}\b", re.I)
    return any(s.delivery is not None and named.search(s.text) for s in before)


def _continues_promise(tags: list[Tag], tag: Tag, sent: Sentence, previous: Sentence | None, text: str) -> bool:
    """Whether an open promise only picks up the paper of the open promise in the sentence before (``SAME_PAPER``):
    then that record takes this sentence into its quote (and its due date, when it had none), and no second is made."""
    if previous is None or tag.status != Status.OPEN or not SAME_PAPER.match(collapse(sent.text)):
        return False
    i = next((k for k in range(len(tags) - 1, -1, -1) if isinstance(tags[k].info, CommitmentInfo)), None)
    if i is None or tags[i].start != previous.start or tags[i].status != Status.OPEN:
        return False
    info, new = tags[i].info, tag.info
    assert isinstance(info, CommitmentInfo) and isinstance(new, CommitmentInfo)
    tags[i] = replace(tags[i], quote=collapse(text[tags[i].start:sent.end]), end=sent.end,
                      info=replace(info, due=info.due or new.due))
    return True


def _just_told(tags: list[Tag], start: int) -> bool:
    """Whether a commitment was tagged in the sentences right before ``start`` (``BACK_REFERENCE_REACH``)."""
    return any(isinstance(t.info, CommitmentInfo) and 0 <= start - t.start <= BACK_REFERENCE_REACH for t in tags)


# promises named in the plural: a letter keeping several at once (`In vervolg op ... de toezeggingen van mijn
# ambtsvoorganger ..., informeer ik uw Kamer hierbij ...`, VWS 2020), no one promise a closing sentence after it could
# join (`Daarmee doe ik op één na alle toezeggingen van het AO gestand.`: two records), as ``OVERVIEWS``
PROMISES_NAMED = re.compile(r"\btoezeggingen\b", re.I)


def _close_earlier(tags: list[Tag], start: int, quote: str) -> bool:
    """Attach a closing sentence to the fulfilled commitment just described, if there is one."""
    for i in range(len(tags) - 1, -1, -1):
        t = tags[i]
        if not isinstance(t.info, CommitmentInfo) or start - t.start > CLOSING_REACH:
            continue
        if t.status == Status.FULFILLED and not t.info.fulfilment_quote and t.rule not in OVERVIEWS \
                and not PROMISES_NAMED.search(t.quote):
            tags[i] = replace(t, info=replace(t.info, fulfilment_quote=quote))
            return True
        return False
    return False


def _context(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The quote of a sentence: a short one (`Deze herziening wordt half november 2021 verwacht.`)
    is read with the sentences before it."""
    s, e = spans[i]
    if len(text[s:e].split()) >= SHORT_SENTENCE:
        return collapse(text[s:e])
    j = i
    while j > 0 and i - j < CONTEXT_SENTENCES and len(text[spans[j][0]:e].split()) < CONTEXT_WORDS:
        j -= 1
    return collapse(text[spans[j][0]:e])


# ---- footnotes


def _not_told_in_footnote(tags: list[Tag], read: list[Sentence], notes: list[tuple[Footnote, Sentence]]) -> list[Tag]:
    """Tags less a paper the body cites by description (`Bij brief van 3 juli 2020 is de Tweede Kamer geïnformeerd
    ...7`) whose footnote, the first marked after it in its sentence with no motion named between, cites it by
    identifier (`7 Kamerstukken II 2019/20, 19637, nr. 2645.`): the footnote's tag is that paper. A ruling is its
    ECLI; any other paper a Kamerstuk, Aanhangsel or Handelingen number."""
    markers = sorted(((f.marker_offset, {r.ref_type == "ecli" for r in note.references if r.normalized is not None})
                      for f, note in notes if f.marker_offset is not None), key=lambda x: x[0])
    out = []
    for t in tags:
        described = markers and isinstance(t.info, ReferenceInfo) and t.info.normalized is None
        sent = _sentence_at(read, t.start) if described else None
        if isinstance(t.info, ReferenceInfo) and sent is not None:
            first = next(((m, kinds) for m, kinds in markers if t.end <= m <= sent.end + 2), None)
            if first is not None and (t.info.ref_type == "uitspraak") in first[1] \
                    and not any(t.end <= sent.start + mo.start < first[0] for mo in sent.motions):
                continue
        out.append(t)
    return out


def all_footnote_tags(pages: tuple[Page, ...], notes: list[tuple[Footnote, Sentence]], anchor: int,
                      doc_date: str | None, doc_type: str | None, source: str = "") -> list[Tag]:
    """The tags of every footnote; the first footnote of a page follows that page's last line, as it
    stands in a text file."""
    out: list[Tag] = []
    first_on_page: set[int] = set()
    for f, note in notes:
        lead = None
        if f.page not in first_on_page:
            first_on_page.add(f.page)
            lead = _last_line(pages, f.page)
        out.extend(footnote_tags(f, note, anchor, doc_date, lead, doc_type, source))
    return out


def _last_line(pages: tuple[Page, ...], number: int) -> str | None:
    """The last line of a page's body when the sentence on it runs on past the page (no final stop)."""
    page = next((p for p in pages if p.number == number), None)
    lines = [ln for ln in (page.text.splitlines() if page else []) if ln.strip()]
    if not lines or re.search(r"[.!?:;]\s*$", lines[-1]):
        return None
    return lines[-1].strip()


def footnote_tags(f: Footnote, note: Sentence, anchor: int, doc_date: str | None, lead: str | None = None,
                  doc_type: str | None = None, source: str = "") -> list[Tag]:
    """References and deadlines in a footnote's text, placed at its marker (the quote is the footnote as
    it reads at the foot of the page, number first, after the line it follows when given); and the
    commitments its sentences make, quoted as themselves."""
    pos = f.marker_offset if f.marker_offset is not None else 0
    quote = collapse(f"{lead or ''} {f.number} {f.text}")
    out = [Tag(quote, f.page, pos, pos, ReferenceInfo(r.normalized, r.ref_type, f.number, r.label), r.rule)
           for r in note.references]
    ref_spans = [(r.start, r.end) for r in note.references]
    found: list[Deadline] = guarded(Where(source, f.page), "deadlines", [],
                                    lambda: deadlines_in(f.text, anchor, doc_date, ref_spans))
    out.extend(Tag(quote, f.page, pos, pos, DeadlineInfo(replace(d.period, text=d.text), f.number), d.rule)
               for d in found)
    if note.commitment is not None:
        out.extend(_footnote_commitments(f, pos, anchor, doc_type, doc_date, source))
    return out


def _footnote_commitments(f: Footnote, pos: int, anchor: int, doc_type: str | None, doc_date: str | None,
                          source: str) -> list[Tag]:
    """The commitments of a footnote whose text makes one, each quoted as its own sentence."""
    out = []
    for s, e in sentences(f.text):
        row: Rule | None = guarded(Where(source, f.page), "commitments", None, lambda: commitment_rule(f.text[s:e]))
        if row is not None:
            out.append(commitment_tag(collapse(f.text[s:e]), f.page, pos, pos, row, anchor, doc_type, doc_date))
    return out


# ---- motions


@dataclass
class Mentions:
    """A motion and the sentences that mention it, in reading order."""
    motion: Motion
    sentences: list[Sentence] = field(default_factory=list)
    named: dict[int, Motion] = field(default_factory=dict)   # a sentence's start -> the motion as named there


# Two motions of the same members are told apart by the paper each mention cites as its own: a Kamerstuk right after
# the name in its sentence, no other motion between (`de motie-Koffeman over het landelijk verbieden van de handel in
# stikstofruimte (35788, letter N);` / `de motie-Koffeman over compensatie van ... studenten (35788, letter O);`, EK
# 2022), or the footnote whose marker closes the mention (`heeft het lid Podt een motie2 ingediend ...` / `... een
# motie3 ingediend ...`, AenM 2024); a mention without one joins the first motion of that name
OWN_PAPER_REACH = 160   # characters after a motion's name within which a Kamerstuk is its own
# ... where no verb of a clause of its own stands between (`Met de motie Bikker wordt verzocht om een brief over het
# rapport (Kamerstuk ...)`: the report's number)
OTHER_CLAUSE = re.compile(r"\b(?:wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|had|hadden|heb|verzoekt|"
                          r"verzoeken|vraagt|vragen|verzocht|gevraagd|stuur|stuurt|informeer|informeert)\b", re.I)
# (never a verb of a clause inside the motion's subject, opened by a relative or a conjunction after the name with no
# comma between: `de motie van de leden Agnes Mulder en Ceder over ... in landen waar de dialoog over mensenrechten
# lastig is (Kamerstuk 32 735, nr. 352)`, BZ 2023, mot119 pool; `de motie-Nijboer over in kaart brengen welke fiscale
# regelingen verantwoord afgeschaft kunnen worden (35830, nr. 10);`, TK 2021 vote list, mot125 pool: the motion's own
# paper, so that the member's next motion, nr. 11, is a motion of its own)
SUBJECT_CLAUSE = re.compile(r"\b(?:die|dat|welke?|waar\w*|wie|wat|als|of|wanneer|indien|omdat|zodat|zodra|terwijl)\b[^,;:()]*\Z",
                            re.I)


def _own_paper(m: Motion, sent: Sentence, notes: list[tuple[Footnote, Sentence]]) -> str | None:
    """The Kamerstuk a mention cites as the motion's own: in a footnote marked at its end, else right after it."""
    for f, note in notes:
        if f.marker_offset is not None and sent.start + m.start < f.marker_offset <= sent.start + m.end + 2:
            return next((r.normalized for r in note.references if r.ref_type == "kamerstuk"), None)
    later = [o.start for o in sent.motions if o.start > m.start]
    reach = min([m.end + OWN_PAPER_REACH, *later])
    return next((r.normalized for r in sent.references if r.ref_type == "kamerstuk" and m.end <= r.start < reach
                 and not _other_clause(sent.text, m.end, r.start)), None)


def _other_clause(text: str, start: int, end: int) -> bool:
    """Whether a verb of a clause of its own stands in ``text[start:end]``, outside a clause of the motion's subject."""
    return any(not SUBJECT_CLAUSE.search(text, start, v.start()) for v in OTHER_CLAUSE.finditer(text, start, end))


def _bare(name: str) -> str:
    """A motion's name without its `c.s.`: `de motie van het lid Omtzigt c.s.` in a letter's title and `de motie van lid
    Omtzigt` in its text are one motion (JenV 2022, mot102 pool)."""
    return name.removesuffix(" c.s.")


# A member who speaks of a motion as their own names themself `ondergetekende`: `een eerder aangenomen motie van mevrouw
# Van Toorenburg en ondergetekende` (Handelingen TK 2020, mot98 pool; a known open case, mot119): the speaker, named on
# the line that opens the turn (`De heer Jasper van Dijk (SP):`, `Kamerlid Kostić (PvdD):`), is a submitter too
UNDERSIGNED = re.compile(r"\s*,?\s*en\s+ondergetekende\b")
SPEAKER = re.compile(r"\s*(?:De heer|Mevrouw|Kamerlid)\s+(?P<name>[^():\n]{2,60}?)\s*\([^()\n]{1,40}\)\s*:\s*$")


def _with_undersigned(m: Motion, sent: Sentence, read: list[Sentence]) -> Motion:
    """A motion named with `en ondergetekende` after its members, the speaker added to them."""
    if not UNDERSIGNED.match(sent.text, m.end):
        return m
    speaker = next((sp.group("name") for s in reversed(read[:max(sent.index, 0)]) if (sp := SPEAKER.match(s.text))), None)
    if speaker is None:
        return m
    names = (*m.submitters, surname(speaker))
    return replace(m, name="motie " + "/".join(names) + (" c.s." if m.name.endswith(" c.s.") else ""), submitters=names)


def mentions_by_motion(read: list[Sentence], notes: list[tuple[Footnote, Sentence]]) -> dict[str, Mentions]:
    """The mentions of each motion, keyed by its name, and by its own Kamerstuk where one name stands for several."""
    motions: dict[str, Mentions] = {}
    own: dict[str, str | None] = {}     # key -> the Kamerstuk its mentions cite as their own
    for sent in read:
        for m in (_with_undersigned(m, sent, read) for m in sent.motions):
            paper = _own_paper(m, sent, notes)
            keys = [k for k in motions if _bare(motions[k].motion.name) == _bare(m.name)]
            key = next((k for k in keys if paper is None or own[k] in (None, paper)), None)
            if key is None:
                key = f"{m.name} ({paper})" if keys else m.name
                motions[key] = Mentions(m)
            own[key] = own.get(key) or paper
            motions[key].sentences.append(sent)
            motions[key].named.setdefault(sent.start, m)
    return motions


def own_motion(text: str, motions: dict[str, Mentions], source: str = "") -> None:
    """A motie document is the motion its heading names (`MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS`)."""
    m = OWN_MOTION.search(text[:MOTION_HEAD_CHARS])
    if not m:
        _signed_motion(text, motions, source)
        return
    heading = analyse(-1, text, m.start(), m.end(), 1, source)
    for motion in find_motions(title_case("motie van de leden " + m.group("names"), NAME_PARTICLES | {"leden"})):
        motions.setdefault(motion.name, Mentions(replace(motion, rule=OWN_MOTION.id), [heading]))


def _signed_motion(text: str, motions: dict[str, Mentions], source: str = "") -> None:
    """A motie page whose heading names no member (`Motie over een brief over ...`) or that has lost its heading is the
    motion its signatures name, unless a mention near its top names it already (`Motie Thieme: het openbreken van het
    energieakkoord ...`, the Partij voor de Dieren's page); it is quoted by its request."""
    motion = signed_motion(text)
    if motion is None or any(e.sentences[0].start < MOTION_HEAD_CHARS for e in motions.values()):
        return
    request = next((r for r in (pattern.search(text) for pattern in MOTION_REQUESTS) if r), None)
    start, end = (motion.start, motion.end) if request is None else _line_at(text, request.start())
    motions.setdefault(motion.name, Mentions(motion, [analyse(-1, text, start, end, 1, source)]))


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the line that holds ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


# A sentence that continues about the motion just named.
POINTS_BACK = re.compile(r"\s*(?:Deze|De|Die|Met\s+deze)\s+motie\b|\s*(?:Hiermee|Daarmee|Hierbij|Met\s+deze\s+brief)\b")


# A heading that names a motion says no more than its name: a line of its own without a sentence's end (`Stemming
# gewijzigde motie-De Boer c.s. (35979, letter G, was letter E)`, the title of an EK vote, 2022, mot125 pool), or such a
# line fused with the sentence after it, which opens on a new line with a word that only opens a sentence (`Kabinetsstandpunt
# ten aanzien van de gewijzigde motie van het lid Jasper van Dijk` / `onder nr. 2327` / `In motie nr. 2327 verzoekt uw
# Kamer ...`, JenV 2017, all123 pool): another mention that is a sentence is quoted before it, and a heading quoted is
# the heading alone
HEADING_END = re.compile(r"(?<![.,;:!?\-–(])[^\S\n]*\n\s*(?=(?:In|De|Het|Een|Met|Op|Bij|Voor|Naar|Door|Deze|Dit|Die|Dat|"
                         r"Hierbij|Hiermee|Hierover|Daarnaast|Daarom|Ook|Zoals|Uw|Ik|Wij|We|Er|Als|Om|Tijdens|Na|Sinds|"
                         r"Aan|Over|Tot|Graag)\s+(?!(?:der|den|de|het|'t)\s)[a-zà-ÿ0-9])")
HEADING_WORDS = 25
SENTENCE_END = re.compile(r"[.!?:;,]\W*\d{0,2}\s*\Z")
OPEN_WORD = re.compile(r"\b(?:de|het|een|van|en|of|over|in|op|met|voor|aan|te|door|bij|naar|uit|om|die|dat|tot)\s*\Z")


def _heading_end(sent: Sentence, m: Motion | None) -> int | None:
    """Where the heading that names ``m`` ends, when the sentence after it is fused with it."""
    if m is None or BULLET.match(sent.text):
        return None
    b = HEADING_END.search(sent.text, m.end)
    if b is None or len(sent.text[:b.start()].split()) > HEADING_WORDS or OPEN_WORD.search(sent.text, 0, b.start()):
        return None
    return b.start()


def _heading(sent: Sentence, m: Motion | None) -> bool:
    """Whether a mention is a heading: a line of its own without a sentence's end, or one fused with the next."""
    text = sent.text.strip()
    alone = "\n" not in text and not SENTENCE_END.search(text) and not BULLET.match(sent.text)
    return alone or _heading_end(sent, m) is not None


def _shown(entry: Mentions, read: list[Sentence], motie_document: bool) -> Sentence:
    """The mention to quote: the one that says what the motion asks, else the first that says something
    more than its name (a sentence of some length), else the first; never the document's title line nor a heading fused
    with the sentence after it where another mention is there (a heading of its own inside the text is a mention); a
    motie document quotes its request."""
    said = [s for s in entry.sentences if _heading_end(s, entry.named.get(s.start)) is None
            and not (s.index == 0 and _heading(s, entry.named.get(s.start)))]
    mentions = said or entry.sentences
    shown = next((s for s in mentions if asks_of(s.text)),
                 next((s for s in mentions if len(s.text.split()) >= SHORT_SENTENCE), mentions[0]))
    if motie_document and shown.start < MOTION_HEAD_CHARS:
        return next((s for pattern in MOTION_REQUESTS for s in read if pattern.search(s.text)), shown)
    return shown


# A motion named in a sentence of its own, its request the next sentence: `De motie van het lid Diertens c.s.` / `Verzoekt
# de regering, de openbare lichamen actief ondersteuning aan te bieden ...` (the annex `Moties en toezeggingen` of a
# budget, each motion's description a cell: BZK/Koninkrijksrelaties 2020, mot119 pool): the quote holds both
# (and a request that opens its items with a colon, `verzoekt de regering:` / `• aard en omvang van de te verwachten
# gezinsherenigingen concreet in beeld te brengen ...;`, a motie of BZK 2016, mot102 pool: the quote holds the first item)
REQUEST_NEXT = re.compile(r"\s*(?:Verzoekt|Verzoeken|Roept|Roepen|Draagt|Dragen|Spreekt|Spreken)\b")
OPENS_ITEMS = re.compile(r":\s*$")
ITEM = re.compile(r"\s*(?:[•·\-–*]|\d{1,2}[.)]\s|[a-z])")   # a bulleted, numbered or lower-case item, never a heading


def _with_request(shown: Sentence, read: list[Sentence], m: Motion | None = None) -> tuple[str, int]:
    """The quote of a mention and where it ends: a heading fused with the next sentence alone; with the next sentence
    where that is the motion's request, or its first item where the mention ends on a colon."""
    head = _heading_end(shown, m)
    if head is not None:
        return collapse(shown.text[:head]).strip(), shown.start + head
    nxt = read[shown.index + 1] if 0 <= shown.index < len(read) - 1 else None
    if nxt is None or nxt.motions:
        return shown.quote, shown.end
    if (OPENS_ITEMS.search(shown.text) and ITEM.match(nxt.text)) or \
            (not asks_of(shown.text) and REQUEST_NEXT.match(nxt.text)):
        return f"{shown.quote} {nxt.quote}", nxt.end
    return shown.quote, shown.end


# A motie document is one motion: the one its heading or signatures name, else the one named first (its title line);
# another motion it names (`overwegende dat de Kamer met de motie van Van der Staaij reeds het kabinet heeft opgeroepen
# ...`, a motie's consideration citing an earlier one, BHO 2020) is quoted where it is named, never by this motie's request
def _own_key(motions: dict[str, Mentions]) -> str | None:
    """The key of the motion a motie document is."""
    marked = [k for k, e in motions.items() if e.motion.rule in (OWN_MOTION.id, SIGNED_MOTION.id)]
    return marked[0] if marked else min(motions, key=lambda k: motions[k].sentences[0].start, default=None)


# a motion's paper in brackets right after its name, with its Kamer (`de motie Kox c.s. van de Eerste Kamer (35 431, D)`)
MOTION_BRACKET = re.compile(r"(?:\s+van\s+de\s+(?:Eerste|Tweede)\s+Kamer)?\s*\([^()]{1,80}\)")


def _motion_spans(sent: Sentence) -> list[tuple[int, int]]:
    """Where each motion a sentence names stands in it, with the bracketed paper right after its name."""
    return [(x.start, b.end() if (b := MOTION_BRACKET.match(sent.text, x.end)) else x.end) for x in sent.motions]


def _kamerstuk(mentions: list[Sentence], notes: list[tuple[Footnote, Sentence]]) -> str | None:
    """A motion's Kamerstuk: from a footnote whose marker stands in a mentioning sentence, else cited in it."""
    for sent in mentions:
        for f, note in notes:
            if f.marker_offset is not None and sent.start <= f.marker_offset <= sent.end + 2:
                refs = [r for r in note.references if r.ref_type == "kamerstuk"]
                if refs:
                    return refs[0].normalized
        refs = [r for r in sent.references if r.ref_type == "kamerstuk"]
        if refs:
            return refs[0].normalized
    return None


def motion_tags(motions: dict[str, Mentions], read: list[Sentence], offsets: list[tuple[int, int]],
                notes: list[tuple[Footnote, Sentence]], motie_document: bool = False) -> list[Tag]:
    """One tag per motion: its telling mention, its Kamerstuk, what it asks and the answer found in any
    sentence that mentions it or in the next one when that points back (`Deze motie is hiermee uitgevoerd.`)."""
    out = []
    own = _own_key(motions) if motie_document else None
    for key, entry in motions.items():
        m, mentions = entry.motion, entry.sentences
        shown = _shown(entry, read, key == own)
        texts = [s.text for s in mentions]
        asks = next((x for x in (asks_of(t) for t in [shown.text, *texts]) if x), None)
        following = [read[s.index + 1].text for s in mentions if 0 <= s.index < len(read) - 1
                     and POINTS_BACK.match(read[s.index + 1].text) and not read[s.index + 1].motions]
        response = next((x for x in (response_of(t) for t in [*texts, *following]) if x), None)
        info = MotionInfo(m.name, tuple(m.submitters), _kamerstuk(mentions, notes), asks, response, len(mentions))
        quote, end = _with_request(shown, read, entry.named.get(shown.start))
        mine = next((x for x in shown.motions if _bare(x.name) == _bare(m.name)), None)
        if mine is not None:   # one of several motions a long sentence names: its own clause
            quote = _clause_quotes(shown, _motion_spans(shown)).get(mine.start, quote)
        out.append(Tag(quote, page_at(offsets, shown.start), shown.start, end, info, m.rule))
    return out
