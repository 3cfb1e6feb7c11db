"""Reading files into cleaned pages: PDF words and their geometry, OCR, layout zoning, text extracts."""
