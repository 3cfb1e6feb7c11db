"""Pieces of a Rijksoverheid letterhead's rows of labels and values, read by two stages: the text reader takes the rows
out of the body (``extract.text``), the metadata reads their values (``structure.metadata``).

A letterhead printed as a table has its labels in one row and their values in the row under it (`Datum Kenmerk
Onderwerp` / `16 september 2003 03M459859 Notitie: Positie van het Kabinet der Koningin.`, AZ 2003 as a news archive
copied it, probe59); flattened onto one line the place may stand for the date's label (`Den Haag Ons kenmerk 4 november
2003 SFB/2003/52804`, OCW 2003, probe58)."""
from __future__ import annotations

DATE_VALUE = r"(\d{1,2}[ \t]+[a-z]+[ \t]+\d{4})"           # `16 september 2003`
KENMERK_VALUE = r"([A-Z0-9][\w/.-]*\d[\w/.-]*)"             # `03M459859`, `SFB/2003/52804`: a code holding a digit
# the row of labels: `Datum Kenmerk Onderwerp`, `Datum Ons kenmerk Betreft`
LABEL_ROW = r"[ \t]*Datum[ \t]+(?:(?:Uw|Ons)[ \t]+)?[Kk]enmerk[ \t]+(?:Onderwerp|Betreft)[ \t]*"
# the row of their values under it: the date, the kenmerk and the subject (three groups)
VALUE_ROW = rf"[ \t]*{DATE_VALUE}[ \t]+{KENMERK_VALUE}[ \t]+(\S[^\n]*?)[ \t]*"
