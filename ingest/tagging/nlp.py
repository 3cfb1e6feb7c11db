"""Sentences as the Dutch spaCy pipeline cuts them: `spacy.blank("nl")`, a sentencizer, and tokenizer
exceptions for the abbreviations of Dutch parliamentary writing, so `c.s.`, `d.d.` or `Mw.` never end a
sentence.

The tag rules read sentences, not lemmas, so the pipeline is that tokenizer and sentencizer replayed in
plain Python (``ingest.tagging.tokenizer``): spaCy itself is not loaded while ingesting."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ingest.dutch.papers import PAGE_TITLE_KINDS
from ingest.tagging.tokenizer import Tokenizer, dutch_tokenizer, punct_chars, sentence_spans

ABBREVIATIONS = ("c.s.", "d.d.", "Mw.", "mw.", "Mevr.", "mevr.", "Dhr.", "dhr.", "Mr.", "mr.", "Drs.", "drs.", "Dr.",
                 "dr.", "Prof.", "prof.", "Ir.", "ir.", "Ing.", "ing.", "nr.", "Nr.", "nrs.", "Nrs.", "o.a.", "i.v.m.",
                 "t.a.v.", "n.a.v.", "m.b.t.", "w.b.", "o.b.v.", "jl.", "j.l.", "a.s.", "e.d.", "e.a.", "bijv.", "bv.",
                 "m.n.", "z.s.m.", "t.b.v.", "i.p.v.", "i.o.m.", "v/h", "resp.", "art.", "lid.", "zgn.", "incl.",
                 "excl.", "ca.", "mln.", "mld.", "blz.", "p.", "p.j.", "vs.", "etc.", "Stb.", "Stcrt.", "kst.",
                 "Kamerstuknr.", "kamerstuknr.",
                 # (a letter's reference number after its date: `Bij brieven van 12 november 2024, ref. BZ2453618, ...`,
                 # BZ 2025, all149)
                 "ref.", "Ref.",
                 # (academic titles joined, as member lists print them: `Kamerleden | prof. dr. S.C. van Bijsterveld (CDA)
                 # Mr.drs. M.M. de Boer (GroenLinks) ... Prof.dr. R.A. Koole (PvdA)`, an EK toezeggingen register page)
                 "Prof.dr.", "prof.dr.", "Prof.mr.", "prof.mr.", "Mr.dr.", "mr.dr.", "Mr.drs.", "mr.drs.", "Dr.ir.",
                 "dr.ir.", "Drs.ir.", "drs.ir.", "Ir.drs.", "ir.drs.",
                 "'s-Gravenhage", "'s-Hertogenbosch", "’s-Gravenhage", "’s-Hertogenbosch")
# Abbreviations that may also close a sentence (`ingetrokken op 24 augustus jl. Het ...`; a date still to come: `de
# overige vragen zal ik beantwoorden tijdens het debat op donderdag 10 oktober a.s. De staatssecretaris ...`, BZK 2019,
# `op 14 of 15 september a.s. In overleg met de organisatie ...`, BuZa 2023), and a footnote
# marker glued to a sentence's end in a text file (`... de leerprestaties.2 Inmiddels zien we ...`,
# `... in de militaire steun aan Oekraïne?1 Ja.`, after a bracket or quote: `... de Wet open overheid (Woo).1 Met
# deze brief ...`, `(Kamerstuk 29 279, nr. 302).2 Het`, after a closing abbreviation: `aan de motie Van Campen
# c.s.1 Uiteraard ...`, after a year: `... het Wetgevingsoverleg Defensie van 18 juni 2025.1 Ik streef ...`): the
# sentence ends after the marker.
CLOSING_ABBREVIATION = re.compile(r"(?<=\s)(?:jl|j\.l|etc|e\.d|e\.a|c\.s|a\.s)\.(?=\s+[A-Z][a-z])|"
                                  r"(?:(?<=[^\W\d_]{3}[.?!])|(?<=[)»”’\"][.?!])|(?<=\sc\.s\.)|(?<=\sjl\.)|"
                                  r"(?<=\s(?:19|20)\d\d\.))"
                                  r"\d{1,3}(?=\s+[A-ZÀ-Ý][a-zà-ÿ])")
PARAGRAPH = re.compile(r"\n\s*\n")
# The tagger reads a block in pieces of at most this many characters (spaCy refuses 1,000,000: E088),
# cut after a sentence end where there is one, else at a space.
MAX_PIECE = 100_000
PIECE_CUT = re.compile(r"[.!?;:]\s|\s")
# A "sentence" longer than this (a list or table without punctuation) is cut at spaces: the tag rules
# read sentence by sentence, and some take time growing with the square of a sentence's length.
MAX_SENTENCE = 3_000


@lru_cache(maxsize=1)
def pipeline() -> Tokenizer:
    """The tokenizer of `spacy.blank("nl")` with the abbreviations as special cases."""
    tokenizer = dutch_tokenizer()
    for abbr in ABBREVIATIONS:
        tokenizer.add_special_case(abbr, (abbr,))
    return tokenizer


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of a text; paragraphs never share a sentence,
    nor do a heading line without final punctuation and the line after it."""
    spans: list[tuple[int, int]] = []
    nlp, ends = pipeline(), punct_chars()
    stamped = False   # whether the block before opened on a transcript's timestamp
    for block in _bounded(_blocks(text)):
        b_start, b_text = block
        carry = stamped and bool(spans) and _transcript_goes_on(text[spans[-1][0]:spans[-1][1]], b_text)
        stamped = TIMESTAMP.match(b_text) is not None
        # `1. Inleiding` is one heading, not a sentence ending on `1.` (a list item ending on `;` is split as before)
        if NUMBERED_HEADING.fullmatch(b_text) and not re.search(r"[.,;:!?]\s*$", b_text):
            lead = len(b_text) - len(b_text.lstrip())
            spans.append((b_start + lead, b_start + len(b_text.rstrip())))
            continue
        sents = sentence_spans(nlp(b_text.replace("\n", " ")), ends)
        for s, e in _split_after_closing_abbreviations(b_text, sents):
            if not b_text[s:e].strip():
                continue
            # a "sentence" that starts in lower case continues the previous one (`o.a meer`, a file name);
            # so does one after a title still open in guillemets (`«Van perceptie naar feit. Asielzoekers en
            # buurtcriminaliteit» (Kamerstukken ...)`) or after an opening bracket (`stond?» (` / `Kamerstuk 19 637,
            # nr. 2371);`), rules36 held-out probe, AO vreemdelingenbeleid 2018
            prev = text[spans[-1][0]:spans[-1][1]] if spans and (carry or spans[-1][0] >= b_start) else ""
            if prev and (carry or b_text[s:e].lstrip()[:1].islower() or prev.count("«") > prev.count("»") or
                         prev.rstrip().endswith("(") or _quote_closes_here(prev, b_text[s:e])):
                spans[-1] = (spans[-1][0], b_start + e)
            else:
                spans.append((b_start + s, b_start + e))
            carry = False
    return _capped(text, _without_cell_borders(text, _timestamps_open(text, spans)))


# An automatic transcript prints each line as a paragraph of its own, opening on its timestamp, and a speaker's
# sentence runs on over lines (`[0:00:57] Hij verzoekt de toegezegde brief ... voor het voorkomen van hoge stijging` /
# `[0:01:02] van de ticketprijzen bij NS uiterlijk 5 september, ... naar de Kamer te sturen.`, procedurevergadering IenW
# 2024, app.1848.nl; `[0:00:04] Goede` / `[0:00:05] morgen allemaal.`, OCW): a line going on in lower case after a line
# that stops without a full stop, or any line after one that stops on a comma (`[0:00:02] Hartelijk welkom,` /
# `[0:00:03] Wij deze procedurevergadering ...`), carries that sentence on, its timestamp inside. A trailing `...` is no
# full stop there (`van de leden Chacor, Erkens en Palmen...` / `[0:00:16] om het ministerie van BZK te verzoeken`).
TIMESTAMP = re.compile(r"\s*\[\d{1,2}:\d\d:\d\d\]")
TIMESTAMP_GOES_ON = re.compile(r"\s*\[\d{1,2}:\d\d:\d\d\][ \t]+(?P<lower>[a-zà-ÿ])?")
FULL_STOP_AT_END = re.compile(r"(?<!\.\.)[.!?][)\"'”’»]*$")


def _transcript_goes_on(prev: str, block: str) -> bool:
    """Whether the transcript's line ``block`` carries on ``prev``, the last sentence of the line before it."""
    m = TIMESTAMP_GOES_ON.match(block)
    prev = prev.rstrip()
    if not m or not prev:
        return False
    return prev.endswith(",") or (m.group("lower") is not None and not FULL_STOP_AT_END.search(prev))


# A title in quotation marks that holds a full stop (`over het rapport 'De crisis voorbij. Naar een menswaardige
# opvang van asielzoekers ...' te laten plaatsvinden`, EK committee 2023, rules38 probe): a quote opens before a
# capital or digit after a space or bracket, and closes after a word or its stop before a space, stop or the end; an
# apostrophe inside a word (`gespreksthema's`, `azc’s`) or before a lower-case word (`'s avonds`) is neither.
OPENING_QUOTE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())[‘“'\"](?=[A-Z0-9])")
CLOSING_QUOTE = re.compile(r"(?<=[^\W_]|[.?!])[’”'\"](?=[\s.,;:)?!]|$)")


def _quote_closes_here(prev: str, piece: str) -> bool:
    """Whether ``prev`` leaves a quoted title open that ``piece`` closes: the two are one sentence."""
    still_open = len(OPENING_QUOTE.findall(prev)) > len(CLOSING_QUOTE.findall(prev))
    return still_open and bool(CLOSING_QUOTE.search(piece))


# (`−`, the minus sign U+2212, bullets a list of the agenda in a verslag van een algemeen overleg as
# officielebekendmakingen prints it: `− de brief van ... (Kamerstuk 32 317, nr. 414);`, rules36 JBZ 2016)
# (and a part in capital Roman numerals in brackets: `(II) Subsidieverstrekking Vluchtelingenwerk Nederland (VWN)`,
# AenM 2025, rules37 probe)
BULLET = re.compile(r"\s*(?:[-–−•▪*\uf0b7\uf0a7]|\(?[a-z0-9]\)|\([IVX]{1,4}\)|[ivx]+\.)\s+\S")
# a numbered item of a list whose lead or previous item ends on `:` or `;` (`1. Eindrapport ...;` / `2. Zwerfafval ...;`)
# (or lettered: `Het gaat om de volgende moties en toezeggingen:` / `a. Motie van leden Kostic en Graus waarmee ...;` /
# `b. Motie van leden Graus en Flach ...`, LVVN 2025)
NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s+\S")
# (a lettered item opening on a capital also after an item that ends on a full stop: `... over te hevelen.` / `d. De
# toezegging (TZ202502–021) om de Kamer te informeren ...;`, the same letter)
LETTERED_ITEM = re.compile(r"\s*[a-z][.)]\s+[A-Z]")
# an item of a list printed without bullets: a noun phrase on a new line after an item that ends on `;` (`... inzake
# actuele situatie asielketen en Oekraïense ontheemden (19637, nr. 3478);` / `de brief van de minister van Asiel en
# Migratie d.d. 29 september 2025 inzake ... (19637, nr. 3479);`, a verslag of a commissiedebat of 2025 as the Tweede
# Kamer's site prints it; the items of a Woo request, WenB 2021): an item of its own, never the tail of the one before
UNBULLETED_ITEM = re.compile(r"\s*(?:de|het|een)\s+\S")
# (and the row of a table as a saved web page prints it, its cells between bars, ending on a bar: `Status | openstaand |`
# over `Datum toezegging | 17 december 2019 |`, an EK toezeggingen register page; `Documentdatum | 19-12-2023 |`,
# parlementairemonitor.nl; a listing's cells one a line, `Falend schuldenbeleid van de Belastingdienst |` over `|` over
# `Jasper van Dijk , Renske Leijten |`, openkamer.org: the line after a row starts afresh, never a long run of rows glued
# into one sentence)
# (and the line after a decision list's case, its kind, sender and date, which ends there when no full stop follows the
# date: `Zaak: Overig – Tweede Kamerlid, A.E. Diertens (D66) – 9 oktober 2018` over `Voorstel van het lid Diertens ...
# – 2018Z17974`, the case's title, as the list's PDF gives it; `Zaak: ... - 23 april 2015. Overzicht herdenkingen 2015`
# on one line is cut by its stop; a besluitenlijst procedurevergadering VWS 2018)
CASE_LINE = re.compile(r"\s*Zaak:[ \t]+\S.*\b\d{1,2}[ \t]+[a-z]+[ \t]+(?:19|20)\d\d[ \t]*$")
# (but the register's row of the paper's own number stays with the row under it, the two one record: `Nummer |
# KST310661164 |` over `Kenmerk | 31066, nr. 1164 |`, parlementairemonitor.nl, refs95 pool)
REGISTER_NUMBER_ROW = re.compile(r"\s*Nummer[ \t]*\|[ \t]*KST\w+[ \t]*\|\s*$")
# a line that opens on a label, as lists of decisions and memos write them (`Besluit: Agenderen ...`,
# `Zaak: Brief regering ...`): an item of its own, never the tail of the line before; never a name with its short form
# defined in brackets, wrapped to the line's start (`De Uitvoeringsagenda Flexibilisering` / `Asielketen4 (hierna:
# uitvoeringsagenda), die eerder dit jaar met de Tweede Kamer is gedeeld, ...`, AenM 2024, probe79)
LABEL_LINE = re.compile(r"\s*[A-Z][\w()/-]*(?:\s+(?!\()[\w()/-]+){0,2}\s*:\s+\S")
# a line that stamps a published paper, never part of a sentence: its place and date (`Den Haag, 17 juli 2023`),
# its adoption (`Vastgesteld 15 september 2022`), its number and kind (`Nr. 73 BRIEF VAN DE MINISTER VAN ...`,
# `nr. 11` over `BRIEF VAN ...`): a block of its own, so the letter's first sentence does not open on it
# (nor does the salutation on its own line: `Geachte voorzitter,`, IenW 2026; nor the kind under the Tweede Kamer's
# document number: `2023D06019 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, IenW 2023, probe69; nor an agenda's item
# number alone on its line, as the Tweede Kamer's meeting page prints it twice: `7. 7` over the item, the same page)
# (also after its addressee on the same line, as a paper's PDF gives its text: `Aan de Voorzitter van de Tweede Kamer
# der Staten-Generaal Den Haag, 19 december 2023` over `Met deze brief wordt de Kamer ... geïnformeerd`,
# parlementairemonitor.nl IenW 2021 and 2023)
# (and the Tweede Kamer's page title of a filed paper, its kind and subject around a spaced colon: `Brief regering :
# Uitvoering moties en toezeggingen Wet open overheid (Woo)`, `Antwoord schriftelijke vragen : Antwoord op vragen van
# het lid Van der Plas over ...`, BZK 2023, LNV 2022: its own block, not the head of the heading under it)
STAMP_LINE = re.compile(r"\s*(?:(?:Aan\s+de\s+[Vv]oorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer\s+der\s+"
                        r"Staten-Generaal,?\s+)?(?:Den Haag|[’']s-Gravenhage),?\s+\d{1,2}\s+[a-z]+\s+\d{4}|"
                        rf"(?:{PAGE_TITLE_KINDS}|Inbreng verslag schriftelijk overleg)[ \t]+:[ \t]+\S[^\n]*|"
                        r"Geachte\s+(?:[Vv]oorzitter|[Hh]eer|[Mm]evrouw|[Dd]ames\s+en\s+heren)\b[^\n.;:,]{0,40},|"
                        r"(?:Vastgesteld|Ontvangen)\s+\d{1,2}\s+[a-z]+\s+\d{4}|"
                        r"(?:[Nn]r\.\s*\d+\s+|(?:19|20)\d{2}D\d{5}\s+)?[A-Z]{2,}(?:[ ,-]+[A-Z]{2,})+|[Nn]r\.\s*\d+|"
                        r"\d{1,3}[.)](?:[ \t]+\d{1,3})?)\s*$")
# The signature block under a letter: the office on a line of its own, ending on its comma (`De Minister van
# Infrastructuur en Waterstaat,`), then the signatory's name (`Ch.A. Jansen`): lines of their own, so an annex's first
# sentence after them does not open on them. The office is names only (a sentence has a lower-case verb).
SIGNATURE_OFFICE_LINE = re.compile(r"\s*(?:De\s+|DE\s+)?(?:Minister|Staatssecretaris|MINISTER|STAATSSECRETARIS)"
                                   r"(?:-[Pp]resident|-PRESIDENT)?(?:\s+(?:van|voor|en|de|het|der|VAN|VOOR|EN|"
                                   r"[A-Z][\w&’'-]*,?))+,\s*")
SIGNATORY_LINE = re.compile(r"\s*(?:[A-Z][\w.’'-]*|van|de|der|den|ter|ten)(?:\s+(?:[A-Z][\w.’'-]*|van|de|der|den|"
                            r"ter|ten)){0,5}\s*")
# A committee's signatures under the opening of its report or list (`De voorzitter van de commissie, Aardema`, `De
# adjunct-griffier van de commissie,` over `Koerselman`, `De griffier voor dit verslag, Dragstra`): lines of their own,
# so the members' first sentence after them does not open on them (a TK verslag van een schriftelijk overleg, 2025,
# probe69)
SIGNATURE_COMMITTEE_LINE = re.compile(r"\s*De\s+(?:fungerend\s+)?(?:voorzitter|(?:adjunct-|plaatsvervangend\s+)?griffier)"
                                      r"\s+(?:van\s+de\s+(?:vaste\s+)?(?:[Kk]amer)?commissie\b[^,\n]{0,80}|voor\s+(?:dit|deze)\s+"
                                      r"\w+),(?:\s*[A-Z][^\n.;:]{0,60})?\s*")
# The headings of a committee's report, each part by whom it is (`Vragen en opmerkingen vanuit de fracties en reactie
# van de bewindspersonen`, `Vragen en opmerkingen van de leden van de VVD-fractie`, `II Reactie van de Minister`): a
# heading though longer than most (the same report)
REPORT_HEADING = re.compile(r"\s*(?:[IVX]{1,4}\.?\s+|\d{1,2}\.\s+)?(?:Vragen\s+en\s+opmerkingen|Reactie|Antwoord)\s+"
                            r"(?:van|vanuit)\s+(?:de|het)\s+[^.;:?!]{1,120}")
HEADING_WORDS = 10
# A line ending on one of these words runs on into the next line: it is no heading (`... aan Uw` / `Kamer van ...`).
RUNS_ON = frozenset("""de het een van aan op in en of te met voor door uw mijn zijn haar hun die dat om tot bij naar over
als dan is wordt worden heeft hebben zal zullen ik we wij u""".split())
# (`2.3 Nationaal grensbeheer`, or a part numbered in capital Roman numerals: `I. Geannoteerde agenda`, or one
# level with its stop, as a nota naar aanleiding van het verslag numbers its parts: `1. Inleiding`)
NUMBERED_HEADING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|[IVX]{1,4}\.)\s+[A-Z]\S*(?:\s+\S+){0,8}\s*$")
# The label of a numbered question or answer on a line of its own (`Vraag 1`, `Antwoord 12`), as Kamervragen answers
# print them: a heading, whatever the line before ends on (`... Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025,
# nr. 1058` / `Vraag 1` / `Bent u bekend met het bericht ...?`, AenM 2025, probe79)
QA_LABEL = re.compile(r"\s*(?:Vraag|Antwoord)\s+\d{1,3}[a-z]?\s*$")


def _is_heading(line: str, prev: str | None, nxt: str | None, most_words: int = HEADING_WORDS) -> bool:
    """A short line without final punctuation between a finished line and a capitalised or bulleted
    one (`Relevante producten/brieven`, `Opvang en bewaring`)."""
    s = line.strip()
    most_words = 2 * most_words if REPORT_HEADING.fullmatch(line) else most_words
    if not s or len(s.split()) > most_words or re.search(r"[.,;:]$", s) or BULLET.match(line):
        return False
    if s.split()[-1].lower() in RUNS_ON:
        return False
    # (a line that closes a title in guillemets opened before it is the tail of a sentence: `Bent u bekend met het rapport
    # «Emissies naar lucht uit de landbouw berekend, 1990–2019.` / `Berekeningen met het model NEMA»?1`, LNV 2022, refs100)
    if s.count("»") > s.count("«"):
        return False
    if NUMBERED_HEADING.fullmatch(line) or REPORT_HEADING.fullmatch(line) or QA_LABEL.fullmatch(line):
        return True    # (a report's part heading may follow a signature's name: no punctuation before it)
    if prev is not None and prev.strip() and not re.search(r"[.;:!?]$", prev.strip()):
        return False
    # (the next line may be a numbered heading: `Algemeen deel` / `1. Inleiding`)
    return nxt is not None and (nxt.lstrip()[:1].isupper() or bool(BULLET.match(nxt)) or
                                bool(NUMBERED_HEADING.fullmatch(nxt)))


def _split_after_closing_abbreviations(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, end in sents:
        for m in CLOSING_ABBREVIATION.finditer(text, s, end):
            out.append((s, m.end()))
            s = m.end()
            while s < end and text[s].isspace():
                s += 1
        out.append((s, end))
    return out


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs, split further at heading lines and at bullet items: a heading (short, no final
    punctuation, on one line or wrapped over two) and every `- item` are blocks of their own."""
    pos = 0
    for m in PARAGRAPH.finditer(text + "\n\n"):
        para, start = text[pos:m.start()], pos
        pos = m.end()
        if not para.strip():
            continue
        lines = para.split("\n")
        offsets, o = [], start
        for line in lines:
            offsets.append(o)
            o += len(line) + 1
        cuts = _cuts(lines) + [len(lines)]
        for a, b in zip(cuts, cuts[1:]):
            chunk = "\n".join(lines[a:b])
            if a < b and chunk.strip():
                yield offsets[a], chunk


def _cuts(lines: list[str]) -> list[int]:
    """The line indexes where blocks start: at bullets and labelled lines, and around headings of one or two
    lines."""
    cuts = {0}
    done = -1   # the last line of a heading or a short list item: the line after it starts afresh
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i and i - 1 != done else None
        size = _heading_lines(lines, i, prev)
        done = i + size - 1 if size else (i if _short_item(line) else done)
        stamp = STAMP_LINE.match(line) is not None
        listed = i and ((NUMBERED_ITEM.match(line) and lines[i - 1].rstrip().endswith((";", ":")))
                        or (LETTERED_ITEM.match(line) and lines[i - 1].rstrip().endswith("."))
                        or (UNBULLETED_ITEM.match(line) and lines[i - 1].rstrip().endswith(";"))
                        or lines[i - 1].rstrip().endswith("|") or CASE_LINE.match(lines[i - 1]))
        if i and (BULLET.match(line) or LABEL_LINE.match(line) or size or stamp or listed):
            cuts.add(i)
        if (size or stamp) and i + max(size, 1) < len(lines):
            cuts.add(i + max(size, 1))
        cuts |= _signature_cuts(lines, i)
    cuts -= {i + 1 for i, line in enumerate(lines) if REGISTER_NUMBER_ROW.match(line)}
    return sorted(cuts)


def _short_item(line: str) -> bool:
    """A list item on one short line that does not run on (`– Huisvesting voor mensen met een beperking`): what follows
    it may be a heading, as after a finished sentence (`Actualiteiten in de corporatiesector` / `Inzicht in realisatie
    door woningcorporaties` / `In de Nationale prestatieafspraken ...`, VRO 2025, rules37 probe, one line each)."""
    words = line.split()
    return bool(BULLET.match(line)) and len(words) <= HEADING_WORDS and words[-1].lower() not in RUNS_ON


def _signature_cuts(lines: list[str], i: int) -> set[int]:
    """Around a signature block starting at line ``i``: before the office, after it and after the name under it."""
    committee = SIGNATURE_COMMITTEE_LINE.fullmatch(lines[i])
    if not committee and not SIGNATURE_OFFICE_LINE.fullmatch(lines[i]):
        return set()
    name = (i + 1 < len(lines) and lines[i].rstrip().endswith(",")
            and SIGNATORY_LINE.fullmatch(lines[i + 1]) is not None)
    return {c for c in (i, i + 1, i + 2 if name else i + 1) if 0 < c < len(lines)}


def _heading_lines(lines: list[str], i: int, prev: str | None) -> int:
    """How many lines the heading starting at line ``i`` takes (0: none). A line that runs on
    (`... (NLA) en de`) may be the first of a heading wrapped over two lines."""
    after = lambda k: lines[k] if k < len(lines) else None  # noqa: E731
    if _is_heading(lines[i], prev, after(i + 1)):
        return 1
    words = lines[i].split()
    if words and words[-1].lower() in RUNS_ON and i + 1 < len(lines):
        wrapped = f"{lines[i].rstrip()} {lines[i + 1].strip()}"
        if _is_heading(wrapped, prev, after(i + 2), 2 * HEADING_WORDS):
            return 2
    return 0


def _bounded(blocks):
    """The blocks, each longer one cut into pieces the tagger can read (offsets kept)."""
    for start, text in blocks:
        while len(text) > MAX_PIECE:
            window = text[MAX_PIECE // 2:MAX_PIECE]
            cuts = {m.group().isspace(): m.end() for m in PIECE_CUT.finditer(window)}   # last of each kind
            cut = MAX_PIECE // 2 + cuts.get(False, cuts.get(True, len(window)))
            yield start, text[:cut]
            start, text = start + cut, text[cut:]
        yield start, text


def _timestamps_open(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, a transcript's timestamp after a full stop opening the next sentence: the sentencizer ends a sentence
    on the bracket after its stop (`wordt gepland op dinsdag 23 april. [` / `0:01:05] Het commissiedebat ...`)."""
    out = list(spans)
    for i in range(len(out) - 1):
        (s, e), (s2, e2) = out[i], out[i + 1]
        head = text[e - 1:s2 + 10]
        if text[e - 1:e] == "[" and TIMESTAMP.match(head) and not text[e:s2].strip():
            out[i], out[i + 1] = (s, s + len(text[s:e - 1].rstrip())), (e - 1, e2)
    return out


def _without_cell_borders(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, a table row's closing bar left out (`Documentdatum | 19-12-2023 |` reads `Documentdatum |
    19-12-2023`), a row of bars and rules alone (`|`, `---|---|`) no sentence."""
    out = []
    for s, e in spans:
        if text[e - 1:e] == "|":
            e = s + len(text[s:e].rstrip("| \t\n"))
            if not text[s:e].strip("|-: \t\n"):
                continue
        out.append((s, e))
    return out


def _capped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each longer than MAX_SENTENCE cut at the last space before the limit."""
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut + 1 if cut > 0 else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out
