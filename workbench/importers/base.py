"""The one small interface every importer implements, and its error type.

An importer is a module-level object that recognises its format from the file's first
bytes (and, only as a tie-breaker, its extension) and turns the bytes into an
:class:`~workbench.core.model.ImportedDocument`. Importers are pure: no Qt, no SQL, no
network. Slow ones report progress and check for cancellation through
:class:`ImportOptions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol, Self

from workbench import settings as declared
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


def never_cancelled() -> bool:
    """The default cancellation check (a module-level function, so options can be pickled)."""
    return False


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the caller can tell an importer: password, limits, progress and cancellation.

    ``progress`` and ``cancelled`` are called from the thread that called the importer
    (the GUI's worker thread), never from a parser process. The limits' defaults are the
    declared settings' defaults; :meth:`from_settings` takes the user's values.
    """

    password: str | None = None
    title: str | None = None
    progress: ProgressCallback | None = None
    cancelled: Callable[[], bool] = never_cancelled
    max_bytes: int = declared.IMPORT_MAX_MB.default * 1024 * 1024
    #: Wall-clock limit for parsing one file (every format; a PDF's pages all together).
    timeout_seconds: float = declared.PDF_TIMEOUT_SECONDS.default
    #: Address-space limit of each parser process (where the platform can set one).
    memory_mb: int = declared.PDF_MEMORY_MB.default
    max_pages: int = declared.PDF_MAX_PAGES.default
    #: PDF parser processes; 0 means one per core (at most four).
    pdf_workers: int = 0

    @classmethod
    def from_settings(cls, settings: declared.Settings, **overrides: Any) -> Self:
        """Options carrying the user's import limits; ``overrides`` set the other fields."""
        limits = {
            "max_bytes": settings.get(declared.IMPORT_MAX_MB) * 1024 * 1024,
            "timeout_seconds": settings.get(declared.PDF_TIMEOUT_SECONDS),
            "memory_mb": settings.get(declared.PDF_MEMORY_MB),
            "max_pages": settings.get(declared.PDF_MAX_PAGES),
        }
        return replace(cls(), **{**limits, **overrides})


class Importer(Protocol):
    """One file format."""

    @property
    def format(self) -> str:
        """Short format name stored with the document ("txt", "pdf", "html", ...)."""
        ...

    @property
    def extensions(self) -> tuple[str, ...]:
        """Extensions (lower case, with dot) offered in file dialogs."""
        ...

    @property
    def magic(self) -> bool:
        """True when ``sniff`` recognises magic bytes: a match then outranks the extension."""
        ...

    @property
    def max_bytes(self) -> int | None:
        """The largest file of this format worth parsing, below the user's import limit
        (None: the import limit alone)."""
        ...

    @property
    def own_processes(self) -> bool:
        """True when ``load`` already runs its parsers in sandboxed child processes (PDF);
        every other importer's ``load`` is run in one (see :mod:`child_import`)."""
        ...

    def sniff(self, head: bytes, suffix: str) -> bool:
        """True if ``head`` (the file's first 4 KiB) looks like this format."""
        ...

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Turn the file's bytes into a document, or raise ImportFailed."""
        ...
