"""Deadlines: time expressions tied to an action, not past events nor layout noise."""
from __future__ import annotations

import re

from .dates import Period, find_periods

# A period wholly before the document's date is a past event, unless the sentence looks ahead.
FUTURE_CUE = re.compile(r"\b(zal|zullen|wordt verwacht|verwacht|verwachte|verwachting|voorzien|gepland|planning|beoogd|"
                        r"streven|uiterlijk|moet|moeten|volgt|volgen)\b", re.I)
# A sentence that tells what happened (simple past, perfect, `jl.`) names past events, not deadlines.
PAST_CUE = re.compile(r"\bjl\b\.?|\b(was|waren|werd|werden|leek|leken|bleek|bleken|kwam|kwamen|vond|vonden|had|hadden|"
                      r"trokken|vertrokken|liep|liepen)\b|\b(heeft|hebben|is|zijn|ben|bent)\b(?:\s+\S+){0,8}?\s+ge\w+[dt]\b",
                      re.I)
# Dates that name a letter, a debate or a publication rather than when something is due.
CITATION_BEFORE = re.compile(r"(brief|brieven|d\.d\.|uitspraak|debat|overleg|vragenuur|ministerraad|kenmerk|"
                             r"Kamerstukken?|vergaderjaar|Handelingen|besluit|rapport|verslag|publicatie|"
                             r"van|sinds|ontvangen|ingezonden|voorgesteld|datum|periode)\s*(van\s+)?(de\s+|het\s+)?$", re.I)


def find_deadlines(sentence: str, anchor_year: int, doc_date: str | None,
                   exclude: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, Period]]:
    """(start, end, date_text, period) of the deadlines in one sentence."""
    out = []
    found = find_periods(sentence, anchor_year)
    found = _merge_alternatives(found, sentence)
    limit = doc_date or f"{anchor_year}-01-01"
    looks_back = bool(PAST_CUE.search(sentence)) and not FUTURE_CUE.search(sentence)
    for start, end, text, period in found:
        if any(s < end and start < e for s, e in exclude):
            continue
        if CITATION_BEFORE.search(sentence[max(0, start - 30):start]) and not period.relative:
            continue
        if re.match(r"(sinds|per\s+brief)\b", text, re.I):  # since when, not by when
            continue
        last = period.end or period.start
        if looks_back or (last and last < limit and not FUTURE_CUE.search(sentence)):
            continue
        out.append((start, end, text, period))
    return out


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
