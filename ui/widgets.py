"""Small Streamlit pieces several pages share."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st


def text_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a table whose empty cells show empty, not `None` (link columns are added after)."""
    return pd.DataFrame(rows).astype(object).where(lambda f: f.notna(), "")


def link_column(label: str = "bron") -> Any:
    """A table column of deep links, shown as 'openen'."""
    return st.column_config.LinkColumn(label, display_text="openen")
