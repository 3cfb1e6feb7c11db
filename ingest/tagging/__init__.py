"""Tags (toezeggingen, moties, deadlines, references): sentence analysis, rules as rows, links."""
