"""The tag rules, one module per tag kind, each a table of rows with an id and an example sentence."""
