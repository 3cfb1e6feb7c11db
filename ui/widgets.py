"""Small Streamlit pieces several pages share."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from .labels import IN_APP
from .markup import doc_url


def text_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a table whose empty cells show empty, not `None` (link columns are added after)."""
    return pd.DataFrame(rows).astype(object).where(lambda f: f.notna(), "")


def link_column(label: str = "bron") -> Any:
    """A table column of deep links, shown as 'openen'."""
    return st.column_config.LinkColumn(label, display_text="openen")


def source_column() -> Any:
    """A table column of links to a reference's public source (official publications, rulings)."""
    return st.column_config.LinkColumn("bron", display_text="openbare bron ↗")


def tags_frame(rows: list[dict[str, Any]]) -> None:
    """A tag table, with the public source of a reference and the cited document in the app as links."""
    frame = text_frame(rows)
    if IN_APP in frame:
        frame[IN_APP] = [doc_url(name) if name else "" for name in frame[IN_APP]]
    st.dataframe(frame, hide_index=True, column_config={
        "bron": source_column(), IN_APP: st.column_config.LinkColumn(IN_APP, display_text="document openen")})
