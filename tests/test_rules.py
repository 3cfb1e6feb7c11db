"""Tests generated from the rule tables: every row fires on its own example sentence, ids are unique."""
from __future__ import annotations

import pytest

from ingest.tagging.catalog import all_rules
from ingest.tagging.rules.table import Rule

ROWS = [(table, r) for table, rows in all_rules().items() for r in rows]


@pytest.mark.parametrize("table, row", ROWS, ids=[f"{t}:{r.id}" for t, r in ROWS])
def test_row_fires_on_its_example(table: str, row: Rule) -> None:
    assert row.example.strip(), f"{row.id} has no example sentence"
    assert row.search(row.example), f"{table} row {row.id} does not match its own example: {row.example!r}"


def test_rule_ids_are_unique() -> None:
    ids = [r.id for _, r in ROWS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
