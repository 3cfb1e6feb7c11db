"""Deadlines: time expressions tied to an action, not past events, citations nor layout noise.

A time expression found by `dates.find_periods` is a deadline unless
- it names when a letter, debate, judgment or publication was dated (`brief van 26 mei 2020`,
  `Peildatum: 1 december 2021`) or stands in a quoted title, compares (`net als in 2020`) or tells since when (`sinds 2020`);
- it lies in the past or the present of the document and the verb nearest to it tells what happened
  (`Op 23 september 2020 heeft de Commissie ... gepresenteerd`, `liepen ... eind maart 2022 af`) or
  there is no verb looking ahead near it (`In 2023 zijn de aanvraagkosten €23`).
A period after the document's date is a deadline by the calendar alone.
"""
from __future__ import annotations

import re

from ingest.records import Period
from ingest.tagging.dates import find_periods

# up to fourteen words that stay in one clause (no `dat`, `om`, `die` ... in between)
WORDS_IN_CLAUSE = r"(?:\s+(?!(?:dat|die|om|omdat|wanneer|zodat|waarin|waarbij|nadat|voordat|zodra)\b)[^\s;:]+){0,14}?"
PARTICIPLE = r"(?:ge\w{2,}(?:d|t|en)|\w{1,6}ge\w{2,}(?:d|t|en)|(?:be|ver|ont|her)\w{2,}(?:d|t|en)|geweest|gehad)"
# Words that look ahead: a modal, a plan, an expectation, an obligation.
FUTURE_CUES = (
    r"zal|zullen|zult|ga\s+ik|gaan\s+we|verwacht|verwachte|verwachting|verwachten|voorzien|gepland|"
    r"planning|beoogd|beoogt|beogen|streef|streeft|streven|voornemens|voornemen|van\s+plan|uiterlijk|moet|moeten|"
    r"dient|dienen|volgt|volgen|komt|komen|treedt|treden|ingaat|ingaan|start|starten|verschijnt|verschijnen|"
    r"opleveren|oplevert|afronden|afgerond\s+worden|tegemoet|zodra|rapporteren|organiseren|doorgeplaatst|"
    # a present passive tells what is being done or will be (`Uw Kamer wordt ... geïnformeerd`)
    r"(?:wordt|worden)\b(?:\s+\S+){{0,12}}?\s+{participle}|"
    r"{participle}\s+(?:kan|kunnen|moet|moeten|zal|zullen)\s+worden"
)
# Sending words look ahead, unless the letter itself is what is sent (`Hierbij ontvangt u`).
SENDING_CUES = r"informeer|informeren|stuur|sturen|toekomen|ontvangt|ontvangen|aanbieden|bied"
NOW = re.compile(r"\b(?:hierbij|hiermee|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief|via\s+deze\s+brief)\b", re.I)
PAST_CUES = (
    r"(?:was|waren)\s+(?:het|de|ons|mijn)?\s*(?:voornemen|plan|bedoeling|verwachting|streven)|"
    r"jl\b\.?|was|waren|werd|werden|leek|leken|bleek|bleken|kwam|kwamen|vond|vonden|had|hadden|trok|trokken|"
    r"vertrok|vertrokken|liep|liepen|leidde|leidden|ging|gingen|stond|stonden|kreeg|kregen|deed|deden|zag|zagen|"
    r"besloot|besloten|presenteerde|publiceerde|stuurde|informeerde|toonde|sprak|spraken|gaf|gaven|nam|namen|"
    r"hield|hielden|bracht|brachten|schreef|schreven|verscheen|verschenen|kon|konden|mocht|mochten|moest|moesten|"
    # a period said to be the present one (`nu 2020-2023`) is no deadline either
    r"nu|thans|momenteel|"
    rf"(?:heb|heeft|hebben|had|hadden|is|zijn|ben|bent)\b{WORDS_IN_CLAUSE}\s+(?:{PARTICIPLE}|weten|kunnen|moeten|willen|laten)"
    rf"(?!\s+(?:kan|kunnen|moet|moeten|zal|zullen|wordt|worden)\b)"
)
FUTURE_CUES = FUTURE_CUES.format(participle=PARTICIPLE)
FUTURE = re.compile(rf"\b(?:{FUTURE_CUES})\b", re.I)
SENDING = re.compile(rf"\b(?:{SENDING_CUES})\b", re.I)
PAST = re.compile(rf"\b(?:{PAST_CUES})\b", re.I)
# What stands right before a date that names a citation (`brief van 26 mei 2020`, `Peildatum: ...`)...
CITED_BY = (r"brief|brieven|Kamerbrief|d\.?d\.?|dd|uitspraak|debat|commissiedebat|overleg|vragenuur|ministerraad|kenmerk|"
            r"Kamerstukken?|vergaderjaar|Handelingen|besluit|rapport|rapportage|verslag|publicatie|nota|fiche|"
            r"van|ontvangen|ingezonden|voorgesteld|datum|peildatum|stand\s+per|periode")
# ... or a comparison or a starting point (`net als in 2020`, `sinds 2019`)
COMPARED_BY = (r"sinds|net\s+als|zoals|evenals|anders\s+dan|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|"
               r"afgelopen|sedert")
BEFORE_END = r"[\s:]*(?:van\s+|op\s+)?(?:de\s+|het\s+)?(?:\d{1,2}(?:\s*,\s*\d{1,2})*\s+en\s+)?$"  # `brief van 4 en 5 november`
NOT_A_DEADLINE_BEFORE = re.compile(rf"\b(?:{CITED_BY}|{COMPARED_BY}){BEFORE_END}", re.I)
COMPARED_BEFORE = re.compile(rf"\b(?:{COMPARED_BY}){BEFORE_END}", re.I)
# A time expression led by its own preposition (`rapportage in het najaar`) is no date stamp of the noun before it.
LED = re.compile(r"(?:in|voor|vóór|uiterlijk|na|tot|per|rond|vanaf|begin|eind|einde|medio|half|komend|volgend)\b", re.I)
NOT_A_DEADLINE_TEXT = re.compile(r"(?:sinds|per\s+brief)\b", re.I)
# A title in quotation marks names a report or letter: its years are no deadline
# (`de 'Verkenning ... bevolking in Nederland in 2050'`).
QUOTED = re.compile(r"[‘“„\"][^‘’“”\"\n]{3,200}[’”\"]")
# A line that cites a document (`- Kamerbrief reactie op ... - 20 december 2021`, `Brief TK 26 mei 2020
# inzake ...`): its dates are when the document was sent, unless a verb looks ahead (`versie 2022 verwacht`).
CITATION_LINE = re.compile(r"^[\W\d]*(?:Kamerbrief|Brief|Nota|Rapport|Verslag|BNC-fiche|Kamervragen|Antwoorden|"
                           r"Beantwoording|Aanhangsel|Kamerstuk|Geannoteerde\s+agenda)\b")
# A period that ended before the year preceding the document's is history, whatever the verb.
HISTORY_YEARS = 1
# `jl.` (jongstleden) right after a date: the most recent one of that name, in the past.
PAST_AFTER = re.compile(r"\s*(?:jl|j\.l)\b", re.I)
# Standing notices that are no action of the sender: the legal remedy under every decision.
BOILERPLATE = re.compile(r"\b(?:bezwaarschrift|bezwaar\s+(?:maken|indienen)|beroep\s+(?:instellen|aantekenen))\b", re.I)


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _nearest(spans: list[tuple[int, int]], span: tuple[int, int]) -> int | None:
    ds = [_distance(s, span) for s in spans]
    return min(ds) if ds else None


def tense(sentence: str, span: tuple[int, int]) -> tuple[bool | None, bool]:
    """(ahead, framed): ahead is True when the verb nearest to the span looks ahead, False when it
    tells what happened, None when the sentence has neither; framed is True when the span stands
    inside a perfect that tells what happened (`heeft begin juni ... gepresenteerd`)."""
    past_spans = [m.span() for m in PAST.finditer(sentence)]
    future = [m.span() for m in FUTURE.finditer(sentence)]
    if not NOW.search(sentence):
        future += [m.span() for m in SENDING.finditer(sentence)]
    # a plan told in the past (`was het voornemen`) is past
    future_spans = [f for f in future if not any(a <= f[0] and f[1] <= b for a, b in past_spans)]
    fut, past = _nearest(future_spans, span), _nearest(past_spans, span)
    if fut is None and past is None:
        return None, False
    ahead = past is None or (fut is not None and fut <= past)
    framed = not ahead and any(a < span[0] and span[1] < b for a, b in past_spans)
    return ahead, framed


def find_deadlines(sentence: str, anchor_year: int, doc_date: str | None,
                   exclude: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, Period]]:
    """(start, end, date_text, period) of the deadlines in one sentence."""
    out = []
    if BOILERPLATE.search(sentence) or sentence.rstrip().endswith("?"):  # a question asks, it does not plan
        return out
    found = _merge_alternatives(find_periods(sentence, anchor_year, doc_date), sentence)
    exclude = [*exclude, *(m.span() for m in QUOTED.finditer(sentence))]
    # the moment the document speaks from: its date, or else the start of the year it speaks of
    now = doc_date or f"{anchor_year}-01-01"
    for start, end, text, period in found:
        if any(s < end and start < e for s, e in exclude):
            continue
        before = COMPARED_BEFORE if LED.match(text) else NOT_A_DEADLINE_BEFORE
        if before.search(sentence[max(0, start - 40):start]) and not period.relative:
            continue
        if NOT_A_DEADLINE_TEXT.match(text) or PAST_AFTER.match(sentence, end):
            continue
        ahead, framed = tense(sentence, (start, end))
        if ahead is not True and CITATION_LINE.match(sentence):
            continue
        if ahead is False and (period.relative or framed):
            continue     # a term that ran in the past (`was het niet mogelijk binnen vier weken`)
        if not period.relative and not _is_deadline(period, now, doc_date is not None, ahead):
            continue
        out.append((start, end, text, period))
    return out


def _is_deadline(period: Period, now: str, dated: bool, ahead: bool | None) -> bool:
    first = period.start or period.end
    last = period.end or period.start
    if first is None:
        return False
    if dated and int(last[:4]) < int(now[:4]) - HISTORY_YEARS:
        return False         # history (`De discretionaire bevoegdheid kon voor 1 mei 2019 ...` in 2022)
    if first >= now and (dated or first[:4] > now[:4]):
        return True          # after the document: ahead by the calendar (`is verlengd tot eind 2022`)
    if last < now:
        return bool(ahead)   # past: only when the sentence plans it all the same
    # the present: a verb must look ahead; in an undated document's own year, none may look back
    return ahead is True if dated else ahead is not False


def _merge_alternatives(found, text: str):
    """`eind maart/begin april`: two periods joined by `/` or `of` are one, from the first's start
    to the second's end."""
    out = []
    for item in found:
        if out and re.fullmatch(r"\s*(/|of|-|–)\s*", text[out[-1][1]:item[0]]):
            s, _, _, p = out[-1]
            merged = Period(p.start or item[3].start, item[3].end or p.end, p.approx or item[3].approx)
            out[-1] = (s, item[1], text[s:item[1]], merged)
        else:
            out.append(item)
    return out
