"""Toezeggingen: commitments made in a document (`open`), fulfilled by it (`fulfilled`), or only
mentioned (`referenced`), with to whom and where they were made. The phrasings are a table."""
from __future__ import annotations

import re

from ingest.dutch.months import MONTH_NAMES

KAMER = r"(?:u|uw Kamer|de (?:Tweede |Eerste )?Kamer|de Staten-Generaal)"
INFORM = r"(?:informeren|geïnformeerd|doen toekomen|toekomen|toesturen|toegestuurd|sturen|gestuurd|rapporteren|berichten|op de hoogte (?:stellen|houden|gehouden)|terugkomen|terug(?:ge)?komen|van gedachten wisselen|toe te sturen|te informeren)"

SENDER = r"(?:ik|wij|we|het kabinet|de minister|de staatssecretaris)"
# a modal or plan verb that makes a promise of what follows
PROMISE = r"(?:zal|zullen|ga|gaan|streef|streven|ben voornemens|zijn voornemens|ben van plan|zijn van plan|verwacht|verwachten)"
SEND_NOW = r"(?:informeer|stuur|zend|bericht|rapporteer|bied|kom)"
WHEN = (rf"(?:{MONTH_NAMES}|kwartaal|helft|zomer|najaar|voorjaar|winter|jaar|\d{{4}}|nader|zo spoedig|zodra|"
        r"binnenkort|later|in de loop van|op korte termijn|na afronding)")
PASSIVE_SENT = r"(?:aangeboden|toegezonden|toegestuurd|gestuurd|verzonden|aangereikt)"

# (status, pattern): the first matching row decides. Fulfilment first: a letter that says it keeps
# a promise also quotes the promise.
COMMITMENT_PHRASES: list[tuple[str, re.Pattern]] = [
    ("fulfilled", re.compile(r"toezegging\w*\b.{0,120}\b(gestand|als afgedaan|afgedaan|nagekomen|ingelost)", re.I | re.S)),
    ("fulfilled", re.compile(r"\b(doe ik|wordt|is)\b.{0,40}\btoezegging\w*\b.{0,40}\b(gestand|afgedaan)", re.I | re.S)),
    ("fulfilled", re.compile(rf"\bkom(en)?\s+{SENDER}\b.{{0,60}}\btoezegging\w*\b.{{0,80}}\bna\b", re.I | re.S)),
    ("fulfilled", re.compile(r"\b(hiermee|met deze brief|hierbij|via deze (weg|brief))\b.{0,80}\b(uitvoering|invulling)\b.{0,40}\b(aan|van)\b.{0,60}\btoezegging", re.I | re.S)),
    ("fulfilled", re.compile(r"\bconform de toezegging\b", re.I)),
    # `Zoals toegezegd ... informeer ik u hierbij`: the promise kept now (not `Zoals toegezegd zal ik ...`)
    ("fulfilled", re.compile(rf"^(?!.*\b(zal|zullen)\b).*\b(zoals|conform)\b.{{0,60}}\btoegezegd\b.*"
                             rf"(\b(hierbij|hiermee|met deze brief|in deze brief|bijgaand)\b|\b{SEND_NOW}\s+{SENDER}\b)", re.I | re.S)),
    ("fulfilled", re.compile(rf"^(?!.*\b(zal|zullen)\b).*(\b(hierbij|hiermee|met deze brief|in deze brief)\b|\b{SEND_NOW}\s+{SENDER}\b)"
                             rf".*\b(zoals|conform)\b.{{0,60}}\btoegezegd\b", re.I | re.S)),
    ("fulfilled", re.compile(r"\b(heb ik|hebben wij|heeft de minister|is)\b.{0,80}\btoegezegd\b.{0,120}\b(te informeren|te rapporteren|uit te voeren|toe te sturen|te sturen)\b", re.I | re.S)),
    ("fulfilled", re.compile(r"\btoegezegd\b.{0,120}\b(te informeren|uit te voeren)\b", re.I | re.S)),
    # `Ik zal uw Kamer ... informeren`, `Het kabinet zal de Kamer ... informeren`, `Ik streef ernaar u ... te informeren`
    ("open", re.compile(rf"\b{SENDER}\s+{PROMISE}\b.{{0,120}}\b{KAMER}\b.{{0,120}}\b{INFORM}", re.I | re.S)),
    # inverted: `Voor de zomer zal ik uw Kamer ... informeren`
    ("open", re.compile(rf"\b{PROMISE}\s+{SENDER}\b.{{0,120}}\b{KAMER}\b.{{0,120}}\b{INFORM}", re.I | re.S)),
    ("open", re.compile(rf"\b(zal|zullen|ga|gaan)\s+(ik|wij|we|het kabinet)\s+(u|uw Kamer)\b.{{0,160}}\b{INFORM}", re.I | re.S)),
    ("open", re.compile(rf"\b(wordt|worden|zal)\s+(uw Kamer|u|de Kamer)\b.{{0,160}}\b(geïnformeerd|geïnformeerd worden|toegestuurd|ontvangen)", re.I | re.S)),
    ("open", re.compile(rf"\b(Uw Kamer|De Kamer)\s+(wordt|zal)\b.{{0,160}}\b(geïnformeerd|ontvangen|toegestuurd)", re.S)),
    # `De resultaten zullen in het voorjaar aan uw Kamer worden aangeboden`
    ("open", re.compile(rf"\b(zal|zullen)\b.{{0,160}}\b{KAMER}\b.{{0,60}}\b(worden|zijn)\s+{PASSIVE_SENT}", re.I | re.S)),
    # present for future with a when: `Na de zomer stuur ik u ...`, `Uw Kamer ontvangt ... in het najaar`
    ("open", re.compile(rf"\b(informeer ik|stuur ik|ontvangt u|ontvangt uw Kamer|kom ik|(uw Kamer|u) ontvangt)\b.{{0,160}}\b{WHEN}", re.I | re.S)),
    ("open", re.compile(rf"\b{WHEN}\b.{{0,80}}\b(informeer ik|stuur ik|ontvangt u|ontvangt uw Kamer|kom ik)\b", re.I | re.S)),
    ("open", re.compile(rf"\b{SENDER}\s+(kom|komen)\b.{{0,120}}\bterug\b", re.I | re.S)),
    ("open", re.compile(rf"\b({SENDER}\s+(houd|hou|houden)|(houd|hou|houden)\s+{SENDER})\s+{KAMER}\b.{{0,60}}\bop de hoogte", re.I | re.S)),
    ("open", re.compile(r"\b(zeg(gen)?\s+(ik|wij|we)\s+(u\s+|uw Kamer\s+)?toe|(ik|wij|we)\s+zeg(gen)?\s+(u\s+|uw Kamer\s+)?toe|wil ik graag met uw Kamer)\b", re.I)),
    ("referenced", re.compile(r"\b(toegezegd|toezegging|toezeggingen|heeft toegezegd|heb toegezegd)\b", re.I)),
]
# Members as the letters name them: `het lid Podt`, `lid Koerhuis (VVD)`, `de heer Groothuizen`, `mevrouw Piri`.
MEMBER_TITLE = r"(?:(?:het\s+)?(?:[Kk]amer)?lid|de\s+leden|de\s+heer|mevrouw|Mw\.|mw\.|Dhr\.|dhr\.)"
TO_WHOM = re.compile(rf"\b(?:aan\s+)?(?P<title>{MEMBER_TITLE})\s+(?P<who>(?:[A-Z][\w'’-]+\s?(?:van\s|de\s|der\s|en\s)?){{1,4}}(?:\s?\([A-Za-z0-9-]+\))?)")
DEBATES = (r"Commissiedebat|Tweeminutendebat|Notaoverleg|Wetgevingsoverleg|Algemeen\s+Overleg|Schriftelijk\s+Overleg|"
           r"Vragenuur|plenaire\s+debat|plenair\s+debat|begrotingsbehandeling|debat|Mondelinge\s+vragen|"
           r"beantwoording\s+van\s+(?:de\s+)?(?:Kamer)?vragen")
# Where a promise was made: a debate with its date, or else the debate as named (up to a comma or verb).
WHERE = re.compile(rf"\b(?P<where>(?:{DEBATES})\b[^.;]{{0,90}}?"
                   rf"(?:d\.d\.|van|op)?\s*\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}}|\s+jl\.)?)", re.I)
WHERE_UNDATED = re.compile(rf"\b(?P<where>(?:{DEBATES})(?:\s+(?:in|over|van|met|de|het|der|Tweede|Eerste|Kamer|[A-Z][\w-]+|[\w-]+beleid)){{0,8}})", re.I)


# The letter itself informing now (`Met deze brief wordt u geïnformeerd`) is no promise of later news.
INFORMING_NOW = re.compile(r"\b(met deze brief|in deze brief|via deze brief|hierbij|hiermee)\b", re.I)
# A sentence that closes a promise the letter described just before (`... als afgedaan beschouwd`).
CLOSING = re.compile(r"\b(gestand|als afgedaan|afgedaan|nagekomen|ingelost)\b", re.I)


# Promises others made (pledges at a refugee forum, a municipality's promise) are not the government's.
OTHERS = (r"landen|lidstaten|(?:internationale\s+)?organisaties|het\s+bedrijfsleven|gemeenten|provincies|donoren|"
          r"partners|derde\s+landen|andere\s+\w+")
OTHERS_PROMISE = re.compile(rf"\btoezegging\w*\s+(?:\w+\s+){{0,2}}(?:gedaan\s+)?(?:door|van)\s+(?:de\s+|andere\s+)?(?:{OTHERS})\b"
                            rf"|\b(?:{OTHERS})\b\s+(?:hebben|heeft)\s+(?:\w+\s+){{0,4}}toegezegd", re.I)


# A promise not to: `Het kabinet zal de Kamer hierover niet informeren`.
NEGATED = re.compile(rf"\b(niet|geen)\b(?:\s+\S+){{0,2}}\s+{INFORM}", re.I)


def commitment_status(sentence: str) -> str | None:
    """The status a sentence gives a commitment, or None when it is not about one."""
    sentence = " ".join(sentence.split())
    if OTHERS_PROMISE.search(sentence):
        return None
    for status, pattern in COMMITMENT_PHRASES:
        if status == "open" and (INFORMING_NOW.search(sentence) or NEGATED.search(sentence)):
            continue
        if pattern.search(sentence):
            return status
    return None


def to_whom(sentence: str) -> str | None:
    """The member a promise was made to, `lid Podt` as the Kamer writes it."""
    # the submitter of a motion (`motie van het lid Brekelmans`) is not who the promise was made to
    m = next((m for m in TO_WHOM.finditer(sentence)
              if not re.search(r"motie\s+van\s*$", sentence[max(0, m.start() - 12):m.start()], re.I)), None)
    if not m:
        return None
    who = re.sub(r"\s+(?:en|van|de|der)$", "", " ".join(m.group("who").split()))
    return f"lid {who}"


def where_made(sentence: str) -> str | None:
    m = WHERE.search(sentence) or WHERE_UNDATED.search(sentence)
    if not m:
        return None
    return re.sub(r"(?:\s+(?:in|over|van|met|de|het|der))+$", "", " ".join(m.group("where").split()))
