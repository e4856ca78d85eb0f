"""Articles: the canonical text an importer hands over, the project's document, its versions.

Offsets are Python ``str`` indices (code points) into ``Document.text``, which is always in
:func:`canonical_text` form; Qt's UTF-16 units never reach this layer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from workbench.core.errors import require
from workbench.core.identity import sha256_hex
from workbench.core.records import carried


def canonical_text(text: str) -> str:
    """The canonical form every stored text takes: ``\\n`` line ends and Unicode NFC.

    Offsets are only meaningful against one exact string, so every importer funnels its
    output through here before a single offset is computed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class ImportedDocument:
    """What an importer makes of a file, before the store gives it an id.

    ``text`` must already be canonical (see :func:`canonical_text`); ``page_starts`` are
    code-point offsets where each page begins (paged formats only).
    """

    text: str
    title: str
    format: str
    source: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""
    source_url: str = ""
    original: bytes | None = None
    page_starts: tuple[int, ...] = ()
    extractor: str = ""
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        require(canonical_text(self.text) == self.text, "Imported text must be canonical.")
        _check_page_starts(self.page_starts, len(self.text))

    def as_document(self, document_id: str, imported_at: str) -> Document:
        """The project's document for this import (both backends store the same one)."""
        return carried(
            self,
            Document,
            id=document_id,
            title=self.title or "Untitled document",
            imported_at=imported_at,
            original_sha256=sha256_hex(self.original) if self.original else "",
        )


def _check_page_starts(page_starts: tuple[int, ...], length: int) -> None:
    previous = -1
    for start in page_starts:
        require(previous < start <= length, "Page starts must rise and lie inside the text.")
        previous = start


@dataclass(frozen=True, slots=True)
class Document:
    """An article in the project: its canonical text and where it came from."""

    id: str
    title: str
    text: str
    format: str
    source: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""
    source_url: str = ""
    imported_at: str = ""
    page_starts: tuple[int, ...] = ()
    original_sha256: str = ""
    extractor: str = ""
    text_sha256: str = field(default="")
    #: The number of the version ``text`` is (1 for a document never re-imported).
    version: int = 1

    def __post_init__(self) -> None:
        require(bool(self.id), "A document needs an id.")
        digest = sha256_hex(self.text)
        if not self.text_sha256:
            object.__setattr__(self, "text_sha256", digest)
        require(self.text_sha256 == digest, "A document's text does not match its checksum.")
        _check_page_starts(self.page_starts, len(self.text))

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for an unpaged document."""
        if not self.page_starts:
            return None
        page = 0
        for number, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = number
            else:
                break
        return max(page, 1)

    def check_span(self, start: int, end: int) -> None:
        """Raise a UserError unless ``start..end`` is a non-empty span inside the text."""
        require(
            0 <= start < end <= len(self.text),
            f"The span {start}..{end} does not lie inside '{self.title}' "
            f"({len(self.text)} characters).",
        )


#: Document fields a reviewer may correct after import (the text never changes).
DOCUMENT_DETAIL_FIELDS = ("title", "author", "publisher", "published", "source_url")


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    """One text a document has had: the current one, or an older one kept for the record.

    ``number`` counts from 1 per document; the document's row holds the highest.
    """

    document_id: str
    number: int
    text: str
    imported_at: str
    format: str = ""
    source: str = ""
    extractor: str = ""
    page_starts: tuple[int, ...] = ()
    original_sha256: str = ""
    text_sha256: str = ""

    def __post_init__(self) -> None:
        require(self.number >= 1, "Version numbers start at 1.")
        if not self.text_sha256:
            object.__setattr__(self, "text_sha256", sha256_hex(self.text))
