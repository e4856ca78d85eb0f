"""Archived copies of evidence: the files a source is kept as, so it can be shown offline.

A fact-checker's source may vanish or change after publication; a copy kept in the project
(a WACZ or WARC web archive, a saved page, a PDF, a screenshot, any file) lets a reader
replicate the check. Each copy is identified by the SHA-256 of its bytes: the bytes are
stored once per project whatever number of pieces of evidence cite them, a report can
print the hash a reader checks a copy against, and two reviewers' copies merge by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from workbench.core.errors import require
from workbench.core.records import as_record

#: Largest single archived copy (a WACZ of a long page with video is tens of MB); below
#: the 256 MB SQLite is allowed to hand back as one value (see ``store.limits``).
MAX_COPY_BYTES = 200 * 1024 * 1024


class CopyKind(StrEnum):
    """What an archived copy is, which decides how the window shows it."""

    WACZ = "wacz"
    WARC = "warc"
    HTML = "html"
    MHTML = "mhtml"
    PDF = "pdf"
    IMAGE = "image"
    FILE = "file"


#: Kinds whose page text is read from the file (the rest are shown or saved as they are).
WEB_KINDS = frozenset({CopyKind.WACZ, CopyKind.WARC, CopyKind.HTML, CopyKind.MHTML})

#: (leading bytes, kind, media type): how a file says what it is, whatever its name.
_MAGIC: tuple[tuple[bytes, CopyKind, str], ...] = (
    (b"%PDF-", CopyKind.PDF, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", CopyKind.IMAGE, "image/png"),
    (b"\xff\xd8\xff", CopyKind.IMAGE, "image/jpeg"),
    (b"GIF87a", CopyKind.IMAGE, "image/gif"),
    (b"GIF89a", CopyKind.IMAGE, "image/gif"),
    (b"WARC/", CopyKind.WARC, "application/warc"),
    (b"\x1f\x8b", CopyKind.WARC, "application/warc"),  # a gzipped WARC (checked by name)
)
_BY_SUFFIX: dict[str, tuple[CopyKind, str]] = {
    ".wacz": (CopyKind.WACZ, "application/wacz"),
    ".warc": (CopyKind.WARC, "application/warc"),
    ".html": (CopyKind.HTML, "text/html"),
    ".htm": (CopyKind.HTML, "text/html"),
    ".mhtml": (CopyKind.MHTML, "multipart/related"),
    ".mht": (CopyKind.MHTML, "multipart/related"),
}


def kind_of(name: str, head: bytes) -> tuple[CopyKind, str]:
    """The kind and media type of a file from its first bytes, its name as the tie-breaker.

    The bytes win where they are unambiguous (a PDF named ``.png`` is a PDF); a WACZ is a
    ZIP and an HTML page is text, which only the name tells apart from other ZIPs and texts.
    A file named as a web archive stays one whatever its bytes, so that reading it says
    what is wrong with it rather than keeping it quietly as some other file.
    """
    lower = name.lower()
    suffix = ".warc" if lower.endswith(".warc.gz") else PurePath(lower).suffix
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return CopyKind.IMAGE, "image/webp"
    for magic, kind, media_type in _MAGIC:
        if head.startswith(magic) and (magic != b"\x1f\x8b" or suffix == ".warc"):
            return kind, media_type
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if b"<html" in head[:1024].lower() or head[:64].lower().lstrip().startswith(b"<!doctype"):
        return CopyKind.HTML, "text/html"
    return CopyKind.FILE, "application/octet-stream"


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """One page a web archive holds, as the archive lists it."""

    url: str
    title: str = ""
    captured_at: str = ""


@dataclass(frozen=True, slots=True)
class ArchivedCopy:
    """A file kept with a piece of evidence; its bytes are stored once, by ``sha256``.

    ``captured_at`` is when the source was captured (the archive's own date when it has
    one, else what the reviewer said), ``added_at``/``added_by`` when and by whom it was
    kept. ``pages`` are a web archive's pages (empty for other kinds).
    """

    id: str
    evidence_id: str
    sha256: str
    name: str
    size: int
    media_type: str
    kind: CopyKind
    captured_at: str = ""
    added_at: str = ""
    added_by: str = ""
    pages: tuple[ArchivedPage, ...] = ()

    def __post_init__(self) -> None:
        require(bool(self.id and self.evidence_id), "An archived copy needs an id and evidence.")
        require(
            len(self.sha256) == 64 and all(c in "0123456789abcdef" for c in self.sha256),
            "An archived copy's SHA-256 must be 64 lower-case hex digits.",
        )
        require(self.size >= 0, "An archived copy's size cannot be negative.")
        if not isinstance(self.kind, CopyKind):
            object.__setattr__(self, "kind", CopyKind(str(self.kind)))

    @property
    def short_hash(self) -> str:
        """The first 12 hex digits: enough to tell copies apart in a list."""
        return self.sha256[:12]

    def record(self) -> dict[str, object]:
        """What the history keeps of a copy: everything but its bytes and its pages (an
        archive may list thousands; they are in the copy's row)."""
        return as_record(self, leave_out=("id", "pages"))


def copy_record(copy: ArchivedCopy) -> dict[str, object]:
    """A copy as documented JSON (``evidence copies --json``, the JSON export): its
    history record with its id and pages."""
    return as_record(copy)


def copy_file_name(copy: ArchivedCopy) -> str:
    """The name a copy is written under beside a report: hash-prefixed, so two copies
    with the same original name never overwrite each other, and bare (no folders)."""
    bare = PurePath(copy.name.replace("\\", "/")).name.lstrip(".") or "copy"
    return f"{copy.short_hash}-{bare}"
