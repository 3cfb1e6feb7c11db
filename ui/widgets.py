"""Small Streamlit pieces several pages share."""
from __future__ import annotations

from typing import Any

import streamlit as st


def link_column(label: str = "bron") -> Any:
    """A table column of deep links, shown as 'openen'."""
    return st.column_config.LinkColumn(label, display_text="openen")
