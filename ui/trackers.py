"""Pages Toezeggingen and Moties: the two trackers, as tables with filters and a CSV export."""
from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from ingest import Store
from ingest.settings import Settings
from index.reports import CommitmentRow, MotionRow, commitment_rows, matches_topic, motion_rows

from .exports import csv_text
from .labels import STATUS_NL
from .loading import cached
from .markup import doc_url
from .widgets import link_column, text_frame


def commitment_table(rows: list[CommitmentRow]) -> list[dict[str, Any]]:
    """The commitment tracker's rows with Dutch column names."""
    return [{"status": STATUS_NL[r.status], "toezegging": r.quote, "aan": r.to_whom, "gedaan in": r.where_made,
             "termijn": r.due.isoformat() if r.due else None, "verstreken": "ja" if r.overdue else "nee",
             "document": r.doc, "pagina": r.page, "nagekomen in": r.kept_in, "komt voort uit": r.fulfils}
            for r in rows]


def motion_table(rows: list[MotionRow]) -> list[dict[str, Any]]:
    """The motion tracker's rows with Dutch column names; every mentioning document with its pages."""
    return [{"motie": r.name, "indieners": ", ".join(r.submitters), "kamerstuk": r.kamerstuk, "verzoekt": r.asks,
             "reactie kabinet": r.response,
             "documenten": "; ".join(f"{n} (p. {', '.join(map(str, p))})" for n, p in r.mentions),
             "aantal documenten": r.documents} for r in rows]


def _commitment_filters(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUS_NL.values()}
    cols = st.columns(4)
    for col, (label, n) in zip(cols, counts.items()):
        col.metric(label.capitalize(), n)
    cols[3].metric("Verstreken", sum(r["verstreken"] == "ja" for r in rows))
    c1, c2, c3 = st.columns([2, 3, 1])
    status = c1.multiselect("Status", list(STATUS_NL.values()), placeholder="Alle")
    docs = c2.multiselect("Document", sorted({r["document"] for r in rows}), placeholder="Alle")
    overdue_only = c3.checkbox("Alleen verstreken")
    return [r for r in rows if (not status or r["status"] in status) and (not docs or r["document"] in docs)
            and (not overdue_only or r["verstreken"] == "ja")]


def _titled(title: str, rows: list[dict[str, Any]], empty: str) -> bool:
    """The page's title; whether it has rows to show (else a note that it has none)."""
    st.title(title)
    if not rows:
        st.info(empty)
    return bool(rows)


def page_commitments(store: Store, settings: Settings) -> None:
    rows = commitment_table(cached(commitment_rows, store, dt.date.today()))
    if not _titled("Toezeggingen", rows, "Geen toezeggingen gevonden."):
        return
    rows = _commitment_filters(rows)
    if not rows:
        st.info("Geen toezeggingen bij deze filters.")
        return
    frame = text_frame(rows)
    frame["bron"] = [doc_url(r["document"], r["pagina"]) for r in rows]
    frame["nagekomen (brief)"] = [doc_url(r["nagekomen in"]) if r["nagekomen in"] else None for r in rows]
    st.dataframe(frame, hide_index=True, column_config={
        "bron": link_column(), "toezegging": st.column_config.TextColumn("toezegging", width="large"),
        "nagekomen (brief)": link_column("nagekomen (brief)")})
    st.download_button("Exporteer als CSV", csv_text(rows), "toezeggingen.csv", "text/csv")


def page_motions(store: Store, settings: Settings) -> None:
    rows = motion_table(cached(motion_rows, store))
    if not _titled("Moties", rows, "Geen moties gevonden."):
        return
    text = st.text_input("Filter", placeholder="naam, indiener of Kamerstuk")
    rows = [r for r in rows if matches_topic(" ".join(str(v) for v in r.values() if v), text)]
    st.caption(f"{len(rows)} moties")
    st.dataframe(text_frame(rows), hide_index=True, column_config={
        "verzoekt": st.column_config.TextColumn("verzoekt", width="large"),
        "documenten": st.column_config.TextColumn("documenten", width="large")})
    st.download_button("Exporteer als CSV", csv_text(rows), "moties.csv", "text/csv")
