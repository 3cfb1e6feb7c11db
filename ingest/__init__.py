"""ingest: Dutch parliamentary documents (PDF, text) into a clean, page-accurate, tagged store."""
from ingest.errors import IngestError
from ingest.export import export_records
from ingest.pipeline import IngestReport, ingest_paths, parse_file
from ingest.records import (Document, Extraction, Footnote, Page, ParsedDocument, Section, Tag,
                            body_text, page_at, page_offsets)
from ingest.store import Store

__all__ = ["IngestError", "IngestReport", "Store", "export_records", "ingest_paths", "parse_file",
           "Document", "Extraction", "Footnote", "Page", "ParsedDocument", "Section", "Tag",
           "body_text", "page_at", "page_offsets"]
