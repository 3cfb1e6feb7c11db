"""The index's own errors, under the library's one base (``ingest.errors.MigratiezoekerError``)."""
from __future__ import annotations

from ingest.errors import MigratiezoekerError


class SearchIndexError(MigratiezoekerError):
    """Base of the index's own errors."""


class MissingIndex(SearchIndexError):
    """No index has been built for this data folder."""


class StaleIndex(SearchIndexError):
    """The index was built from another state of the store, with other settings or another format."""


class ModelError(SearchIndexError):
    """An embedding model that cannot be loaded (offline) or built."""
