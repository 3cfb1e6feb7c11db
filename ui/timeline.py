"""Page Tijdlijn: deadlines and commitments on a time axis, overdue ones red, with CSV and agenda exports."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

import altair as alt
import pandas as pd
import streamlit as st

from ingest import Store
from ingest.records import Status
from ingest.settings import Settings
from index.reports import (HORIZON_DAYS, TimelineRow, default_period, filter_timeline, timeline_agenda,
                           timeline_key, timeline_rows)

from .exports import csv_text, ics_text
from .labels import KIND_NL, TIMELINE_STATUSES
from .loading import cached
from .markup import doc_url
from .widgets import link_column


STANDS = {"verstreken": "#e03131", "open": "#1c7ed6", "nagekomen": "#2b8a3e", "genoemd": "#adb5bd"}


def stand(row: TimelineRow) -> str:
    """Where a row stands for the one who follows it up: overdue, open, kept or only mentioned."""
    if row.overdue:
        return "verstreken"
    if row.status == Status.FULFILLED:
        return "nagekomen"
    return "genoemd" if row.status == Status.REFERENCED else "open"


def timeline_table(rows: Iterable[TimelineRow]) -> list[dict[str, Any]]:
    """The timeline as table/CSV rows (Dutch column names), with a link to each source."""
    return [{"datum": r.date.isoformat(), "soort": KIND_NL[r.kind], "status": TIMELINE_STATUSES[timeline_key(r)],
             "verstreken": "ja" if r.overdue else "nee", "stand": stand(r), "wat": r.what, "document": r.doc,
             "titel": r.title or r.doc, "pagina": r.page, "bron": doc_url(r.doc, r.page)} for r in rows]


MAX_DRAWN = 1000  # points a chart draws; the table and the exports hold every row


def _chart(frame: pd.DataFrame, today: dt.date, domain: tuple[dt.date, dt.date] | None = None) -> alt.LayerChart:
    """The rows on a time axis (the first ``MAX_DRAWN``) with a dashed line for today."""
    if len(frame) > MAX_DRAWN:
        st.caption(f"De grafiek toont de eerste {MAX_DRAWN} van {len(frame)} punten; de tabel toont ze alle.")
        frame = frame.head(MAX_DRAWN)
    x_scale = alt.Scale(domain=[pd.Timestamp(d).isoformat() for d in domain]) if domain else alt.Undefined
    points = alt.Chart(frame).mark_point(filled=True, opacity=0.85).encode(
        x=alt.X("datum:T", title="Datum", axis=alt.Axis(format="%d %b %Y"), scale=x_scale),
        y=alt.Y("titel kort:N", title=None, axis=alt.Axis(labelLimit=260)),
        color=alt.Color("stand:N", scale=alt.Scale(domain=list(STANDS), range=list(STANDS.values())),
                        legend=alt.Legend(title="Stand")),
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
    documents = cached(Store.documents, store)
    titles = {d.name: d.title or d.name for d in documents}
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
    period = cols[3].slider("Periode", first, max(last, first + 1), default_period(rows, documents, today))
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


def _table(frame: pd.DataFrame) -> None:
    st.dataframe(frame[["datum", "stand", "soort", "status", "wat", "titel", "pagina", "bron"]], hide_index=True,
                 column_config={"bron": link_column(), "datum": st.column_config.DateColumn("datum", format="DD-MM-YYYY")})


def _history(store: Store, rows: list[TimelineRow], today: dt.date) -> None:
    """Every dated deadline and commitment, kept ones too, with filters and a period."""
    shown = _filtered(store, rows, today)
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
    _table(frame)
    _exports(table, shown)


def _coming(coming: list[TimelineRow], today: dt.date, days: int) -> None:
    st.subheader(f"Komende {days} dagen")
    if not coming:
        st.info(f"Geen open termijnen of toezeggingen in de komende {days} dagen.")
        return
    frame = _frame(timeline_table(coming))
    domain = (today - dt.timedelta(days=7), today + dt.timedelta(days=days))
    st.altair_chart(_chart(frame, today, domain), use_container_width=True)
    st.caption(f"De stippellijn is vandaag ({today:%d-%m-%Y}). Klik op een punt om de bron te openen.")
    _table(frame)


OVERDUE_PAGE = 50  # overdue rows the opening view lists at first, and how many more each click adds


def _overdue(overdue: list[TimelineRow], limit: int) -> None:
    st.subheader("Verstreken en niet nagekomen")
    if not overdue:
        st.success("Geen verstreken open termijnen of toezeggingen.")
        return
    more = len(overdue) >= limit
    st.warning(f"{'De ' + str(limit) + ' meest recente' if more else str(len(overdue))} open termijnen en "
               "toezeggingen die verstreken zijn; de meest recente eerst.")
    _table(_frame(timeline_table(overdue)))
    if more and st.button(f"Toon {OVERDUE_PAGE} meer"):
        st.session_state.overdue_limit = limit + OVERDUE_PAGE
        st.rerun()


def _agenda(store: Store, today: dt.date) -> None:
    """What to act on: open items due soon on the axis, overdue ones apart (the latest, a page at a
    time); kept ones left out. Only the rows in view are read from the store."""
    days = int(st.number_input("Dagen vooruit", min_value=7, max_value=3650, value=HORIZON_DAYS, step=30))
    limit = st.session_state.setdefault("overdue_limit", OVERDUE_PAGE)
    overdue, coming = timeline_agenda(store, today, days, limit)
    _coming(coming, today, days)
    _overdue(overdue, limit)
    st.caption("Nagekomen toezeggingen en de rest van de geschiedenis staan onder 'Volledige geschiedenis'.")
    if overdue or coming:
        _exports(timeline_table(overdue + coming), overdue + coming)


def page(store: Store, settings: Settings) -> None:
    st.title("Tijdlijn")
    today = dt.date.today()
    if st.toggle("Volledige geschiedenis", help="Alle termijnen en toezeggingen, ook nagekomen en verstreken, met filters"):
        _history(store, cached(timeline_rows, store, today), today)
    else:
        _agenda(store, today)
