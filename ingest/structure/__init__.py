"""Structure of a cleaned document: metadata (title, date, type, kenmerk...) and sections."""
