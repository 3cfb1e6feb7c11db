"""Page Tijdlijn: deadlines and commitments on a time axis, overdue ones red, with CSV and agenda exports."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

import altair as alt
import pandas as pd
import streamlit as st

from ingest import Store
from ingest.settings import Settings
from index.reports import TimelineRow, default_period, filter_timeline, timeline_key, timeline_rows

from .exports import csv_text, ics_text
from .labels import KIND_NL, TIMELINE_STATUSES
from .markup import doc_url
from .widgets import link_column


def timeline_table(rows: Iterable[TimelineRow]) -> list[dict[str, Any]]:
    """The timeline as table/CSV rows (Dutch column names), with a link to each source."""
    return [{"datum": r.date.isoformat(), "soort": KIND_NL[r.kind], "status": TIMELINE_STATUSES[timeline_key(r)],
             "verstreken": "ja" if r.overdue else "nee", "wat": r.what, "document": r.doc, "titel": r.title or r.doc,
             "pagina": r.page, "bron": doc_url(r.doc, r.page)} for r in rows]


def _chart(frame: pd.DataFrame, today: dt.date) -> alt.LayerChart:
    points = alt.Chart(frame).mark_point(filled=True, opacity=0.85).encode(
        x=alt.X("datum:T", title="Datum", axis=alt.Axis(format="%b %Y")),
        y=alt.Y("titel kort:N", title=None, axis=alt.Axis(labelLimit=260)),
        color=alt.Color("verstreken:N", scale=alt.Scale(domain=["ja", "nee"], range=["#e03131", "#1c7ed6"]),
                        legend=alt.Legend(title="Verstreken")),
        size=alt.Size("verstreken:N", scale=alt.Scale(domain=["ja", "nee"], range=[220, 110]), legend=None),
        shape=alt.Shape("soort:N", legend=alt.Legend(title="Soort")), href="bron:N",
        tooltip=[alt.Tooltip("datum:T", title="datum", format="%d-%m-%Y"), alt.Tooltip("soort:N"),
                 alt.Tooltip("status:N"), alt.Tooltip("wat kort:N", title="wat"), alt.Tooltip("titel:N"),
                 alt.Tooltip("pagina:Q")])
    rule = alt.Chart(pd.DataFrame({"vandaag": [pd.Timestamp(today)]})).mark_rule(strokeDash=[4, 4], color="#555")\
        .encode(x="vandaag:T", tooltip=[alt.Tooltip("vandaag:T", title="vandaag", format="%d-%m-%Y")])
    return (points + rule).properties(height=max(160, 34 * frame["titel kort"].nunique()))


def _frame(table: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(table)
    frame["datum"] = pd.to_datetime(frame["datum"])
    frame["titel kort"] = [t if len(t) <= 42 else t[:40] + "…" for t in frame["titel"]]
    frame["wat kort"] = [w if len(w) <= 160 else w[:157] + "…" for w in frame["wat"]]
    return frame


def _filtered(store: Store, rows: list[TimelineRow], today: dt.date) -> list[TimelineRow] | None:
    """The filter row and the rows it keeps; None when there is nothing to show at all."""
    titles = {d.name: d.title or d.name for d in store.documents()}
    cols = st.columns([2, 3, 2, 2])
    statuses = cols[0].multiselect("Status", list(TIMELINE_STATUSES), format_func=TIMELINE_STATUSES.__getitem__,
                                   placeholder="Alle")
    docs = cols[1].multiselect("Document", sorted({r.doc for r in rows}), format_func=lambda n: titles.get(n, n),
                               placeholder="Alle")
    topic = cols[2].text_input("Onderwerp", placeholder="bijv. Dublin, opvang, WODC")
    if not rows:
        st.info("Geen termijnen of toezeggingen met een datum.")
        return None
    first, last = min(r.date.year for r in rows), max(r.date.year for r in rows)
    period = cols[3].slider("Periode", first, max(last, first + 1), default_period(rows, store.documents(), today))
    overdue_only = st.checkbox("Alleen verstreken")
    matching = filter_timeline(rows, statuses, docs, topic, overdue_only)
    shown = filter_timeline(matching, years=period)
    if len(matching) > len(shown):
        st.caption(f"{len(matching) - len(shown)} punt(en) buiten de gekozen periode; verschuif de periode om ze te zien.")
    return shown


def _exports(table: list[dict[str, Any]], shown: list[TimelineRow]) -> None:
    export = [{k: v for k, v in r.items() if k != "bron"} for r in table]
    c1, c2 = st.columns(2)
    c1.download_button("Exporteer als CSV", csv_text(export), "tijdlijn.csv", "text/csv")
    c2.download_button("Exporteer naar agenda (.ics)", ics_text(shown), "termijnen.ics", "text/calendar")


def page(store: Store, settings: Settings) -> None:
    st.title("Tijdlijn")
    today = dt.date.today()
    shown = _filtered(store, timeline_rows(store, today), today)
    if shown is None:
        return
    if not shown:
        st.info("Geen termijnen of toezeggingen met een datum bij deze filters.")
        return
    table = timeline_table(shown)
    frame = _frame(table)
    st.altair_chart(_chart(frame, today), use_container_width=True)
    st.caption(f"Rood: verstreken en niet nagekomen (peildatum {today:%d-%m-%Y}). Klik op een punt om de bron te openen.")
    overdue = sum(r.overdue for r in shown)
    if overdue:
        st.warning(f"{overdue} van de {len(shown)} getoonde termijnen en toezeggingen zijn verstreken en niet nagekomen.")
    st.dataframe(frame[["datum", "verstreken", "soort", "status", "wat", "titel", "pagina", "bron"]], hide_index=True,
                 column_config={"bron": link_column(), "datum": st.column_config.DateColumn("datum", format="DD-MM-YYYY")})
    _exports(table, shown)
