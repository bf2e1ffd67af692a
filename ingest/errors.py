"""Errors the library raises; the CLI and UI turn them into one clear sentence each."""

from __future__ import annotations


class CspError(Exception):
    """Base class: every error here carries a message fit to show a user as is."""


class UnreadablePdfError(CspError):
    """A PDF could not be read: encrypted, damaged, not a PDF, or without a text layer."""

    def __init__(self, document: str, reason: str) -> None:
        super().__init__(f"{document}: {reason}")
        self.document = document
        self.reason = reason


class ModelMismatchError(CspError):
    """The store was built with another embedding model than the one configured."""


class StoreUnavailableError(CspError):
    """The vector store could not be opened or reached."""


class EmptyIndexError(CspError):
    """A question was asked before anything was ingested."""


class ConfigError(CspError):
    """A setting has a value that cannot be used."""


class StoreBusyError(CspError):
    """Another process holds the store's writer lock."""
