"""The library's own exception types, under one base; the CLIs and the app turn them into one clear line."""


class MigratiezoekerError(Exception):
    """Base class for everything the library (ingest and index) raises on purpose."""


class SettingsError(MigratiezoekerError):
    """A setting has an unknown name or a value of the wrong type."""


class IngestError(MigratiezoekerError):
    """A file could not be ingested (the input's fault, not the program's)."""


class UnreadableFile(IngestError):
    """The file cannot be read as the document type its name says (corrupt, not a PDF, undecodable)."""


class EncryptedFile(UnreadableFile):
    """The PDF is password protected."""


class EmptyDocument(UnreadableFile):
    """The file has no pages or no text at all."""


class ScannedWithoutOCR(UnreadableFile):
    """The PDF is a scan (no usable text layer) and no OCR engine is installed."""


class MemoryLimitExceeded(IngestError):
    """Reading one document needed more memory than the setting ``max_parse_memory_mb`` allows."""


class UnsupportedFile(IngestError):
    """The file type is not one ingest reads."""


class StoreError(MigratiezoekerError):
    """The store is missing, of another schema version, or cannot be written."""
