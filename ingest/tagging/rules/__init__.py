"""The tag rules, one module per tag kind, each a table of ``Rule`` rows.

A row states one general Dutch pattern in the domain's words: an id (recorded on every tag it makes,
so a user can see why a sentence was tagged), the pattern, a real example sentence it fires on, and
what a match means (``value``: a status, a period handler, a reference type...). ``tests/test_rules.py``
generates a test from every row's example; ``ingest.tagging.catalog.all_rules()`` lists every table.
"""
