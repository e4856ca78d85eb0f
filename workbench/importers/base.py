"""The one small interface every importer implements, and its error type.

An importer is a module-level object that recognises its format from the file's first
bytes (and, only as a tie-breaker, its extension) and turns the bytes into an
:class:`~workbench.core.model.ImportedDocument`. Importers are pure: no Qt, no SQL, no
network. Slow ones report progress and check for cancellation through
:class:`ImportOptions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from workbench.core.errors import UserError
from workbench.core.model import ImportedDocument

#: ``progress(done, total)``: called as pages (or other units) are finished.
ProgressCallback = Callable[[int, int], None]


class ImportFailed(UserError):
    """The file cannot be imported; the message says why, in a journalist's words."""


class PasswordRequired(ImportFailed):
    """The file is encrypted: ask for a password (``wrong`` when one was given and failed)."""

    def __init__(self, message: str, *, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


class ImportCancelled(ImportFailed):
    """The user cancelled the import."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the caller can tell an importer: password, limits, progress and cancellation."""

    password: str | None = None
    title: str | None = None
    progress: ProgressCallback | None = None
    cancelled: Callable[[], bool] = field(default=lambda: False)
    max_bytes: int = 200 * 1024 * 1024


class Importer(Protocol):
    """One file format."""

    #: Short format name stored with the document ("txt", "pdf", "html", ...).
    format: str
    #: Extensions (lower case, with dot) offered in file dialogs.
    extensions: tuple[str, ...]

    def sniff(self, head: bytes, suffix: str) -> bool:
        """True if ``head`` (the file's first 4 KiB) looks like this format."""
        ...

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Turn the file's bytes into a document, or raise ImportFailed."""
        ...
