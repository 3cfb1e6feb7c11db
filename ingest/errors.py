"""The ingest library's own exception types; the CLI and the app turn them into one clear line."""


class IngestError(Exception):
    """Base class for everything ingest raises on purpose."""


class UnreadableFile(IngestError):
    """The file cannot be read as the document type its name says (corrupt, not a PDF, undecodable)."""


class EncryptedFile(UnreadableFile):
    """The PDF is password protected."""


class EmptyDocument(UnreadableFile):
    """The file has no pages or no text at all."""


class ScannedWithoutOCR(UnreadableFile):
    """The PDF is a scan (no usable text layer) and no OCR engine is installed."""


class UnsupportedFile(IngestError):
    """The file type is not one ingest reads."""


class StoreError(IngestError):
    """The store is missing, of another schema version, or cannot be written."""
