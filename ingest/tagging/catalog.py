"""Every rule table of the tagger, by name: what `tests/test_rules.py` checks row by row."""
from __future__ import annotations

from ingest.tagging.rules import commitments, deadlines, motions, references
from ingest.tagging.rules.table import Rule


def all_rules() -> dict[str, tuple[Rule, ...]]:
    """Every rule table by ``module.TABLE`` name: the tables a module lists in its ``TABLES``."""
    out: dict[str, tuple[Rule, ...]] = {}
    for module in (commitments, deadlines, motions, references):
        for name in getattr(module, "TABLES", ()):
            out[f"{module.__name__.rsplit('.', 1)[-1]}.{name}"] = getattr(module, name)
    return out
