"""The Dutch words of the UI for the library's enums and fields."""
from __future__ import annotations

from dataclasses import fields
from typing import Any, Iterable, Mapping

from ingest.records import CommitmentInfo, Document, Payload, Period, ReferenceInfo, Tag
from index.reports import effective_status

from .sources import reference_url

STATUS_NL = {"open": "open", "fulfilled": "nagekomen", "referenced": "genoemd"}
KIND_NL = {"commitment": "toezegging", "motion": "motie", "deadline": "termijn", "reference": "verwijzing"}
DOC_TYPES_NL = {"kamerbrief": "Kamerbrief", "nota": "Nota", "dossier": "Dossier", "woo-besluit": "Woo-besluit",
                "motie": "Motie", "kamervragen": "Kamervragen", "bnc-fiche": "BNC-fiche", "other": "Overig"}
FIELD_NL = {"status": "status", "to_whom": "aan", "where_made": "gedaan in", "fulfilled_by": "nagekomen in",
            "fulfils": "komt voort uit", "name": "naam", "submitters": "indieners", "kamerstuk": "Kamerstuk",
            "asks": "verzoekt", "response": "reactie kabinet", "normalized": "genormaliseerd",
            "ref_type": "soort verwijzing", "label": "aangehaald als"}
PERIOD_NL = {"text": "tijdsaanduiding", "start": "vanaf", "end": "tot en met", "approx": "bij benadering",
             "relative": "relatief"}
TIMELINE_STATUSES = {"open": "open toezegging", "fulfilled": "nagekomen toezegging",
                     "referenced": "genoemde toezegging", "deadline": "termijn"}


def documents_label(n: int) -> str:
    return f"{n} document" if n == 1 else f"{n} documenten"


def kind_label(kind: str) -> str:
    return KIND_NL.get(kind, kind)


def doc_type_label(doc_type: str) -> str:
    return DOC_TYPES_NL.get(doc_type, doc_type)


def status_label(info: Payload) -> str:
    """A commitment's status in Dutch: an open commitment that a later letter fulfils reads as kept."""
    status = effective_status(info)
    return STATUS_NL.get(status.value, status.value) if status else "onbekend"


def tag_label(tag: Tag) -> str:
    """'toezegging (open)', 'motie', ...: the kind, and a commitment's status."""
    if isinstance(tag.info, CommitmentInfo):
        return f"{kind_label(tag.kind)} ({status_label(tag.info)})"
    return kind_label(tag.kind)


def tag_labels(tags: Iterable[Tag]) -> list[str]:
    """Distinct Dutch labels of tags, sorted."""
    return sorted({tag_label(t) for t in tags})


def _cell(value: Any) -> str | None:
    """A payload value as table text; None when it is empty."""
    if value in (None, "", (), False):
        return None
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return "ja" if value is True else str(value)


def _labelled_fields(info: Payload) -> Iterable[tuple[str, Any]]:
    """(Dutch label, value) of a payload's shown fields, a due period's parts in its place."""
    for f in fields(info):
        value = getattr(info, f.name)
        if isinstance(value, Period):
            yield from ((label, getattr(value, name)) for name, label in PERIOD_NL.items())
        elif f.name == "status":
            yield FIELD_NL["status"], status_label(info)
        elif f.name in FIELD_NL:
            yield FIELD_NL[f.name], value


IN_APP = "in de app"  # the column of a reference's link to the cited document's view


def tag_table(tags: Iterable[Tag], cited: Mapping[Tag, Document] | None = None) -> list[dict[str, str]]:
    """Tags as rows with Dutch column names; empty attributes left out; a reference with a public
    page has its address under 'bron', one that cites a stored document (``cited``) that document's
    file name under 'in de app' (``ui.widgets.tags_frame`` links both)."""
    out, cited = [], cited or {}
    for t in tags:
        row = {"soort": kind_label(t.kind), "tekst": t.quote}
        for label, value in _labelled_fields(t.info):
            if (text := _cell(value)) is not None:
                row[label] = text
        if isinstance(t.info, ReferenceInfo) and (url := reference_url(t.info.normalized, t.info.ref_type)):
            row["bron"] = url
        if t in cited:
            row[IN_APP] = cited[t].name
        out.append(row)
    return out
