"""Pages Toezeggingen and Moties: the two trackers, as tables with filters and a CSV export."""
from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO, Iterable, Iterator

import streamlit as st

from ingest import Store
from ingest.settings import Settings
from index.reports import CommitmentRow, MotionRow, commitment_rows, commitment_stream, matches_topic, motion_rows

from .exports import csv_file
from .labels import STATUS_NL
from .loading import cached
from .markup import doc_url
from .widgets import link_column, text_frame


def commitment_records(rows: Iterable[CommitmentRow]) -> Iterator[dict[str, Any]]:
    """The commitment tracker's rows with Dutch column names, as they are read."""
    return ({"status": STATUS_NL[r.status], "toezegging": r.quote, "aan": r.to_whom, "gedaan in": r.where_made,
             "termijn": r.due.isoformat() if r.due else None, "verstreken": "ja" if r.overdue else "nee",
             "document": r.doc, "pagina": r.page, "nagekomen in": r.kept_in, "komt voort uit": r.fulfils}
            for r in rows)


def commitment_table(rows: Iterable[CommitmentRow]) -> list[dict[str, Any]]:
    """The commitment tracker's rows with Dutch column names."""
    return list(commitment_records(rows))


def motion_table(rows: list[MotionRow]) -> list[dict[str, Any]]:
    """The motion tracker's rows with Dutch column names; every mentioning document with its pages."""
    return [{"motie": r.name, "indieners": ", ".join(r.submitters), "kamerstuk": r.kamerstuk, "verzoekt": r.asks,
             "reactie kabinet": r.response,
             "documenten": "; ".join(f"{n} (p. {', '.join(map(str, p))})" for n, p in r.mentions),
             "aantal documenten": r.documents} for r in rows]


STATUS_OF = {nl: key for key, nl in STATUS_NL.items()}
PAGE_ROWS = 200  # rows a tracker table shows at first, and how many more each click adds


def _commitment_filters(store: Store, today: dt.date) -> dict[str, Any]:
    """The counts (read in SQL) and the filter row; the filters as ``commitment_rows`` arguments."""
    counts, overdue = cached(Store.commitment_counts, store, today.isoformat())
    cols = st.columns(4)
    for col, (key, label) in zip(cols, STATUS_NL.items()):
        col.metric(label.capitalize(), counts.get(key, 0))
    cols[3].metric("Verstreken", overdue)
    c1, c2, c3 = st.columns([2, 3, 1])
    status = c1.multiselect("Status", list(STATUS_NL.values()), placeholder="Alle")
    docs = c2.multiselect("Document", cached(Store.commitment_documents, store), placeholder="Alle")
    return {"statuses": [STATUS_OF[s] for s in status], "docs": docs,
            "overdue_only": c3.checkbox("Alleen verstreken")}


def _more(key: str, shown: int, limit: int) -> None:
    """A 'Toon meer' button under a table that shows its first ``limit`` rows."""
    if shown >= limit and st.button(f"Toon {PAGE_ROWS} meer", key=f"{key}_more"):
        st.session_state[key] = limit + PAGE_ROWS
        st.rerun()


def _titled(title: str, rows: list[dict[str, Any]], empty: str) -> bool:
    """The page's title; whether it has rows to show (else a note that it has none)."""
    st.title(title)
    if not rows:
        st.info(empty)
    return bool(rows)


def _commitments_csv(store: Store, today: dt.date, filters: dict[str, Any]) -> BinaryIO:
    """Every commitment the filters keep as a CSV file, written as the rows are read from the store."""
    return csv_file(commitment_records(commitment_stream(store, today, **filters)))


def page_commitments(store: Store, settings: Settings) -> None:
    today = dt.date.today()
    st.title("Toezeggingen")
    if not sum(cached(Store.commitment_counts, store, today.isoformat())[0].values()):
        st.info("Geen toezeggingen gevonden.")
        return
    filters = _commitment_filters(store, today)
    limit = st.session_state.setdefault("commitments_limit", PAGE_ROWS)
    rows = commitment_table(commitment_rows(store, today, **filters, limit=limit))
    if not rows:
        st.info("Geen toezeggingen bij deze filters.")
        return
    frame = text_frame(rows)
    frame["bron"] = [doc_url(r["document"], r["pagina"]) for r in rows]
    frame["nagekomen (brief)"] = [doc_url(r["nagekomen in"]) if r["nagekomen in"] else None for r in rows]
    st.dataframe(frame, hide_index=True, column_config={
        "bron": link_column(), "toezegging": st.column_config.TextColumn("toezegging", width="large"),
        "nagekomen (brief)": link_column("nagekomen (brief)")})
    _more("commitments_limit", len(rows), limit)
    st.download_button("Exporteer als CSV", lambda: _commitments_csv(store, today, filters), "toezeggingen.csv",
                       "text/csv")


def page_motions(store: Store, settings: Settings) -> None:
    rows = motion_table(cached(motion_rows, store))
    if not _titled("Moties", rows, "Geen moties gevonden."):
        return
    text = st.text_input("Filter", placeholder="naam, indiener of Kamerstuk")
    rows = [r for r in rows if matches_topic(" ".join(str(v) for v in r.values() if v), text)]
    limit = st.session_state.setdefault("motions_limit", PAGE_ROWS)
    st.caption(f"{len(rows)} moties" + (f"; de eerste {limit} staan in de tabel" if len(rows) > limit else ""))
    st.dataframe(text_frame(rows[:limit]), hide_index=True, column_config={
        "verzoekt": st.column_config.TextColumn("verzoekt", width="large"),
        "documenten": st.column_config.TextColumn("documenten", width="large")})
    _more("motions_limit", len(rows), limit)
    st.download_button("Exporteer als CSV", lambda: csv_file(rows), "moties.csv", "text/csv")
