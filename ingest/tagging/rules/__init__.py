"""The tag rules, one module per tag kind, each a table of ``Rule`` rows.

A row states one general Dutch pattern in the domain's words: an id (recorded on every tag it makes,
so a user can see why a sentence was tagged), the pattern, a real example sentence it fires on, and
what a match means (``value``: a status, a period handler, a reference type...). ``tests/test_rules.py``
generates a test from every row's example; ``all_rules()`` lists every table.
"""
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
