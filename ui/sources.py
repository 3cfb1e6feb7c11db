"""Links from a reference to its public source: a Kamerstuk, Aanhangsel or Handelingen to its page
on the official publications site, an ECLI to its ruling. Only identifiers of the exact shape the
tagger normalizes to get a link, so a link is always an https address on one of these two sites."""
from __future__ import annotations

import re
from urllib.parse import quote

from ingest.tagging.rules.references import handelingen_id

OFFICIAL = "https://zoek.officielebekendmakingen.nl/"
RULINGS = "https://uitspraken.rechtspraak.nl/details?id="

# normalized identifier shapes per reference type, and the address each one links to
SHAPES: dict[str, tuple[re.Pattern[str], str]] = {
    # dossier number, optional part (Roman `VI`, letter `A`, number `20`), document number or letter
    "kamerstuk": (re.compile(r"\d{3,6}(?:-[0-9A-Z]{1,8}){1,2}"), OFFICIAL + "kst-{id}"),
    "aanhangsel": (re.compile(r"ah-tk-\d{8}-\d{1,6}"), OFFICIAL + "{id}"),
    "handelingen": (re.compile(r"h-(?:tk|ek)-\d{8}-\d{1,4}(?:-\d{1,4})?"), OFFICIAL + "{id}"),
    "ecli": (re.compile(r"ECLI:[A-Z]{2}:[A-Z]{1,8}:\d{4}:[0-9A-Za-z.]{1,40}"), RULINGS + "{id}"),
}


def reference_url(normalized: str | None, ref_type: str) -> str | None:
    """The public page of a cited paper or ruling, or None when its type has none or its identifier is
    not of the expected shape (`35300-VI-63` -> https://zoek.officielebekendmakingen.nl/kst-35300-VI-63)."""
    shape = SHAPES.get(ref_type)
    if ref_type == "handelingen" and normalized:   # normalized as written: `Handelingen II 2022/23, nr. 12, item 5`
        normalized = handelingen_id(normalized)
    if shape is None or not normalized or not shape[0].fullmatch(normalized):
        return None
    return shape[1].format(id=quote(normalized, safe=":-."))
