"""ingest: Dutch parliamentary documents (PDF, text) into a clean, page-accurate, tagged store."""
from .errors import IngestError
from .export import export_records
from .pipeline import IngestReport, ingest_paths, parse_file
from .records import (Document, Extraction, Footnote, Hit, Page, ParsedDocument, Passage, Section, Tag,
                      body_text, page_at, page_offsets)
from .store import Store

__all__ = ["IngestError", "IngestReport", "Store", "export_records", "ingest_paths", "parse_file",
           "Document", "Extraction", "Footnote", "Hit", "Page", "ParsedDocument", "Passage", "Section", "Tag",
           "body_text", "page_at", "page_offsets"]
