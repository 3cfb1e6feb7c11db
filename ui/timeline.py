"""Page Tijdlijn: deadlines and commitments on a time axis, overdue ones red, with CSV and agenda exports."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Iterable, Iterator

import altair as alt
import pandas as pd
import streamlit as st

from ingest import Store
from ingest.records import Status
from ingest.settings import Settings
from ingest.store import TimelineFilter
from index.reports import (HORIZON_DAYS, MonthCount, TimelinePage, TimelineRow, default_period, timeline_agenda,
                           timeline_key, timeline_page, timeline_stream)

from .exports import csv_file, ics_text
from .labels import KIND_NL, TIMELINE_STATUSES
from .loading import cached
from .markup import doc_url
from .widgets import link_column


STANDS = {"verstreken": "#e03131", "open": "#1c7ed6", "nagekomen": "#2b8a3e", "genoemd": "#adb5bd"}


def stand(row: TimelineRow | MonthCount) -> str:
    """Where a row stands for the one who follows it up: overdue, open, kept or only mentioned."""
    if row.overdue:
        return "verstreken"
    if row.status == Status.FULFILLED:
        return "nagekomen"
    return "genoemd" if row.status == Status.REFERENCED else "open"


def timeline_records(rows: Iterable[TimelineRow]) -> Iterator[dict[str, Any]]:
    """The timeline as CSV rows (Dutch column names), as they are read."""
    return ({"datum": r.date.isoformat(), "soort": KIND_NL[r.kind], "status": TIMELINE_STATUSES[timeline_key(r)],
             "verstreken": "ja" if r.overdue else "nee", "stand": stand(r), "wat": r.what, "document": r.doc,
             "titel": r.title or r.doc, "pagina": r.page} for r in rows)


def timeline_table(rows: Iterable[TimelineRow]) -> list[dict[str, Any]]:
    """The timeline as table rows: the CSV rows with a link to each source."""
    return [{**record, "bron": doc_url(record["document"], record["pagina"])} for record in timeline_records(rows)]


def _today_rule(today: dt.date) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"vandaag": [pd.Timestamp(today)]})).mark_rule(strokeDash=[4, 4], color="#555")\
        .encode(x="vandaag:T", tooltip=[alt.Tooltip("vandaag:T", title="vandaag", format="%d-%m-%Y")])


def _stand_color() -> alt.Color:
    return alt.Color("stand:N", scale=alt.Scale(domain=list(STANDS), range=list(STANDS.values())),
                     legend=alt.Legend(title="Stand"))


MAX_DRAWN = 1000  # points a chart draws; the table and the exports hold every row


def _chart(frame: pd.DataFrame, today: dt.date, domain: tuple[dt.date, dt.date]) -> alt.LayerChart:
    """The rows of a short window on a time axis (the first ``MAX_DRAWN``), with a dashed line for today."""
    if len(frame) > MAX_DRAWN:
        st.caption(f"De grafiek toont de eerste {MAX_DRAWN} van {len(frame)} punten; de tabel toont ze alle.")
        frame = frame.head(MAX_DRAWN)
    x_scale = alt.Scale(domain=[pd.Timestamp(d).isoformat() for d in domain])
    points = alt.Chart(frame).mark_point(filled=True, opacity=0.85).encode(
        x=alt.X("datum:T", title="Datum", axis=alt.Axis(format="%d %b %Y"), scale=x_scale),
        y=alt.Y("titel kort:N", title=None, axis=alt.Axis(labelLimit=260)), color=_stand_color(),
        size=alt.Size("verstreken:N", scale=alt.Scale(domain=["ja", "nee"], range=[220, 110]), legend=None),
        shape=alt.Shape("soort:N", legend=alt.Legend(title="Soort")), href="bron:N",
        tooltip=[alt.Tooltip("datum:T", title="datum", format="%d-%m-%Y"), alt.Tooltip("soort:N"),
                 alt.Tooltip("status:N"), alt.Tooltip("wat kort:N", title="wat"), alt.Tooltip("titel:N"),
                 alt.Tooltip("pagina:Q")])
    return (points + _today_rule(today)).properties(height=max(160, 34 * frame["titel kort"].nunique()))


def _month_chart(months: Iterable[MonthCount], today: dt.date) -> alt.LayerChart:
    """The rows in the window counted per month (counted in the store: no row is drawn), by where they
    stand, with a dashed line for today."""
    frame = pd.DataFrame([{"maand": pd.Timestamp(m.month), "stand": stand(m), "aantal": m.count}
                          for m in months if m.in_window])
    bars = alt.Chart(frame).mark_bar().encode(
        x=alt.X("yearmonth(maand):T", title="Maand"),
        y=alt.Y("sum(aantal):Q", title="Aantal", axis=alt.Axis(tickMinStep=1, format="d")), color=_stand_color(),
        tooltip=[alt.Tooltip("yearmonth(maand):T", title="maand", format="%m-%Y"), alt.Tooltip("stand:N"),
                 alt.Tooltip("sum(aantal):Q", title="aantal")])
    return (bars + _today_rule(today)).properties(height=220)


def _frame(table: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(table)
    frame["datum"] = pd.to_datetime(frame["datum"])
    frame["titel kort"] = [t if len(t) <= 42 else t[:40] + "…" for t in frame["titel"]]
    frame["wat kort"] = [w if len(w) <= 160 else w[:157] + "…" for w in frame["wat"]]
    return frame


def _filters(store: Store, everything: TimelinePage, today: dt.date) -> TimelineFilter | None:
    """The filter row and the filter it sets; None when there is nothing to show at all."""
    documents = cached(Store.documents, store)
    titles = {d.name: d.title or d.name for d in documents}
    cols = st.columns([2, 3, 2, 2])
    statuses = cols[0].multiselect("Status", list(TIMELINE_STATUSES), format_func=TIMELINE_STATUSES.__getitem__,
                                   placeholder="Alle")
    docs = cols[1].multiselect("Document", cached(Store.timeline_documents, store),
                               format_func=lambda n: titles.get(n, n), placeholder="Alle")
    topic = cols[2].text_input("Onderwerp", placeholder="bijv. Dublin, opvang, WODC")
    if everything.years is None:
        st.info("Geen termijnen of toezeggingen met een datum.")
        return None
    first, last = everything.years
    period = cols[3].slider("Periode", first, max(last, first + 1), default_period(everything.years, documents, today))
    overdue_only = st.checkbox("Alleen verstreken")
    return TimelineFilter(statuses=tuple(statuses), docs=tuple(docs), topic=topic.strip(),
                          overdue=True if overdue_only else None, due_from=f"{period[0]:04d}-01-01",
                          due_to=f"{period[1]:04d}-12-31")


def _exports(rows: Callable[[], Iterable[TimelineRow]]) -> None:
    """CSV and agenda downloads of ``rows()``, made only when a button is clicked (the CSV a chunk of rows
    at a time, in a temporary file)."""
    c1, c2 = st.columns(2)
    c1.download_button("Exporteer als CSV", lambda: csv_file(timeline_records(rows())), "tijdlijn.csv", "text/csv")
    c2.download_button("Exporteer naar agenda (.ics)", lambda: ics_text(rows()), "termijnen.ics", "text/calendar")


def _table(frame: pd.DataFrame) -> None:
    st.dataframe(frame[["datum", "stand", "soort", "status", "wat", "titel", "pagina", "bron"]], hide_index=True,
                 column_config={"bron": link_column(), "datum": st.column_config.DateColumn("datum", format="DD-MM-YYYY")})


PAGE_ROWS = 200  # rows a page of the full history shows


def _page_number(key: str, total: int) -> None:
    """The page navigation under the history's table (read back by the next run)."""
    pages = -(-total // PAGE_ROWS)
    if pages > 1:
        st.number_input(f"Pagina (van {pages})", min_value=1, max_value=pages, step=1, key=key)


def _history(store: Store, today: dt.date) -> None:
    """Every dated deadline and commitment, kept ones too, with filters and a period: filtered, counted and
    paged in the store, a page of ``PAGE_ROWS`` rows at a time, the chart drawn from counts per month."""
    where = _filters(store, cached(timeline_page, store, today, TimelineFilter(), 0), today)
    if where is None:
        return
    key = f"timeline_page_{abs(hash(where))}"  # another filter starts at its first page
    page_no = int(st.session_state.get(key, 1))
    found = cached(timeline_page, store, today, where, PAGE_ROWS, (page_no - 1) * PAGE_ROWS)
    if not found.rows and page_no > 1:  # the store has shrunk under this page: back to the first
        del st.session_state[key]
        st.rerun()
    if found.outside:
        st.caption(f"{found.outside} punt(en) buiten de gekozen periode; verschuif de periode om ze te zien.")
    if not found.total:
        st.info("Geen termijnen of toezeggingen met een datum bij deze filters.")
        return
    st.altair_chart(_month_chart(found.months, today), width="stretch")
    st.caption(f"Aantal per maand; rood: verstreken en niet nagekomen (peildatum {today:%d-%m-%Y}).")
    if found.overdue:
        st.warning(f"{found.overdue} van de {found.total} getoonde termijnen en toezeggingen zijn verstreken en niet "
                   "nagekomen.")
    start = (page_no - 1) * PAGE_ROWS
    st.caption(f"Rij {start + 1}–{start + len(found.rows)} van {found.total}, vroegste eerst.")
    _table(_frame(timeline_table(found.rows)))
    _page_number(key, found.total)
    _exports(lambda: timeline_stream(store, today, where))


def _coming(coming: list[TimelineRow], today: dt.date, days: int) -> None:
    st.subheader(f"Komende {days} dagen")
    if not coming:
        st.info(f"Geen open termijnen of toezeggingen in de komende {days} dagen.")
        return
    frame = _frame(timeline_table(coming))
    domain = (today - dt.timedelta(days=7), today + dt.timedelta(days=days))
    st.altair_chart(_chart(frame, today, domain), width="stretch")
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
        _exports(lambda: overdue + coming)


def page(store: Store, settings: Settings) -> None:
    st.title("Tijdlijn")
    today = dt.date.today()
    if st.toggle("Volledige geschiedenis", help="Alle termijnen en toezeggingen, ook nagekomen en verstreken, met filters"):
        _history(store, today)
    else:
        _agenda(store, today)
