"""The domain model: immutable value types, validated when they are made.

Every object here is a frozen dataclass, so a claim read from the project file cannot be
changed behind the store's back: an edit is a new value handed to the store, which records
the before and after in the history. Offsets are Python ``str`` indices (code points) into
``Document.text``; Qt's UTF-16 units never reach this layer.
"""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Self

from workbench.core.anchoring import select
from workbench.core.archived import ArchivedCopy
from workbench.core.errors import UserError, require
from workbench.core.ratings import DEFAULT_RATING_SCALE, RatingScale


def new_id() -> str:
    """A fresh UUID in text form: ids must stay unique across colleagues' copies (merge)."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time as ISO 8601 with microseconds, the form every timestamp takes."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def sha256_hex(data: str | bytes) -> str:
    """Hex SHA-256 of text (UTF-8) or bytes: how two copies of one article are recognised."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def canonical_text(text: str) -> str:
    """The canonical form every stored text takes: ``\\n`` line ends and Unicode NFC.

    Offsets are only meaningful against one exact string, so every importer funnels its
    output through here before a single offset is computed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


class Status(StrEnum):
    """Where a claim is in the checking workflow (the verdict is its rating)."""

    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNVERIFIABLE = "unverifiable"

    @classmethod
    def parse(cls, value: str) -> Status:
        """The status named by ``value`` (case-insensitive), or a UserError listing all four."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise UserError(f"Unknown status '{value}': use one of {names}.") from None


class Stance(StrEnum):
    """How a piece of evidence bears on its claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"

    @classmethod
    def parse(cls, value: str) -> Stance:
        """The stance named by ``value`` (case-insensitive), or a UserError listing all three."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise UserError(f"Unknown stance '{value}': use one of {names}.") from None


@dataclass(frozen=True, slots=True)
class Reviewer:
    """The person recorded on every change, with the name as it will appear in reports.

    Names come from settings and the command line: white space is folded and control
    characters are refused, so a name cannot break a report's or a CSV's layout.
    """

    name: str

    MAX_LENGTH = 120

    def __post_init__(self) -> None:
        folded = " ".join(self.name.split())
        require(bool(folded), "A reviewer needs a name.")
        require(
            all(ch.isprintable() for ch in folded),
            "A reviewer's name cannot hold control characters.",
        )
        require(
            len(folded) <= self.MAX_LENGTH,
            f"A reviewer's name is limited to {self.MAX_LENGTH} characters.",
        )
        object.__setattr__(self, "name", folded)


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
        return Document(
            id=document_id,
            title=self.title or "Untitled document",
            text=self.text,
            format=self.format,
            source=self.source,
            publisher=self.publisher,
            author=self.author,
            published=self.published,
            source_url=self.source_url,
            imported_at=imported_at,
            page_starts=self.page_starts,
            original_sha256=sha256_hex(self.original) if self.original else "",
            extractor=self.extractor,
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


@dataclass(frozen=True, slots=True)
class Claim:
    """A span of a document that makes a checkable claim, and the reviewer's work on it.

    ``quote`` is stored (it equals ``text[start:end]`` when made) and ``prefix``/``suffix``
    keep ~32 characters of context either side, so the span can be found again if the
    text changes (see :mod:`workbench.core.anchoring`).
    """

    id: str
    document_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    summary: str = ""
    claimant: str = ""
    status: Status = Status.UNREVIEWED
    rating: str = ""
    note: str = ""
    created_by: str = ""
    created_at: str = ""
    updated_by: str = ""
    updated_at: str = ""
    #: The document version ``start``/``end`` point into (older for an orphan kept there).
    version: int = 1
    #: The document version the reviewer's verdict was given against.
    checked_version: int = 1
    #: How carrying the claim to a new version went ("" when nothing is left to review);
    #: see :class:`workbench.core.versioning.AnchorState`.
    anchor_state: str = ""
    #: The re-anchoring's confidence (0..1) and the quote before it, for the review queue.
    anchor_score: float = 1.0
    anchor_old_quote: str = ""

    def __post_init__(self) -> None:
        # Plain ifs, not require(): this runs for every claim loaded (100,000 in a big
        # project), and a message built eagerly would cost more than the checks.
        if not (self.id and self.document_id):
            raise UserError("A claim needs an id and a document.")
        if not 0 <= self.start < self.end:
            raise UserError(f"A claim's span {self.start}..{self.end} is empty.")
        if len(self.quote) != self.end - self.start:
            raise UserError("A claim's quote does not match its span.")
        if self.status.__class__ is not Status:
            object.__setattr__(self, "status", Status.parse(str(self.status)))

    @property
    def display_summary(self) -> str:
        """The summary, or the quote when the reviewer has not written one."""
        return self.summary or self.quote

    def with_changes(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied and validated (unknown fields are a bug)."""
        return replace(self, **changes)


#: Claim fields a reviewer edits; the rest are identity, anchoring and bookkeeping.
CLAIM_EDITABLE_FIELDS = ("summary", "claimant", "status", "rating", "note")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A source that supports, refutes or gives context to a claim."""

    id: str
    claim_id: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    accessed_at: str = ""
    excerpt: str = ""
    stance: Stance = Stance.SUPPORTS
    note: str = ""
    attachment_name: str = ""
    created_by: str = ""
    created_at: str = ""
    updated_by: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        require(bool(self.id) and bool(self.claim_id), "Evidence needs an id and a claim.")
        require(
            bool(self.url.strip() or self.title.strip() or self.excerpt.strip()),
            "Evidence needs at least a URL, a title or an excerpt.",
        )
        if not isinstance(self.stance, Stance):
            object.__setattr__(self, "stance", Stance.parse(str(self.stance)))

    @property
    def display_title(self) -> str:
        """The title, else the URL, else the start of the excerpt."""
        return self.title or self.url or self.excerpt[:60]

    def with_changes(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied and validated."""
        return replace(self, **changes)


#: Evidence fields a reviewer edits.
EVIDENCE_EDITABLE_FIELDS = ("title", "url", "publisher", "accessed_at", "excerpt", "stance", "note")

#: The largest file a piece of evidence may carry (a page capture or a report PDF).
MAX_ATTACHMENT_BYTES = 50_000_000

#: Document fields a reviewer may correct after import (the text never changes).
DOCUMENT_DETAIL_FIELDS = ("title", "author", "publisher", "published", "source_url")

#: A claim's span and the context that anchors it: changed together, merged as one unit.
CLAIM_SPAN_FIELDS = ("start", "end", "quote", "prefix", "suffix")

#: A claim's anchoring to a version of its document (see :mod:`workbench.core.versioning`).
CLAIM_ANCHOR_FIELDS = (
    "version",
    "checked_version",
    "anchor_state",
    "anchor_score",
    "anchor_old_quote",
)


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


class Action(StrEnum):
    """What a history event did."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class Entity(StrEnum):
    """What a history event changed."""

    PROJECT = "project"
    DOCUMENT = "document"
    CLAIM = "claim"
    EVIDENCE = "evidence"
    #: A file kept with a piece of evidence (see :mod:`workbench.core.archived`).
    ARCHIVED_COPY = "archived_copy"


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One append-only record of a change: who, when, what, before and after.

    ``before``/``after`` hold only the fields that changed (whole rows for create and
    delete), which answers "who marked this disputed, and when?" and feeds merge.
    """

    id: str
    at: str
    reviewer: str
    action: Action
    entity: Entity
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class RemovedDocument:
    """A document taken out of a project with everything hanging on it, so it can be put back."""

    document: Document
    original: bytes | None
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    #: Its versions' rows as the store keeps them (opaque here), put back unchanged.
    version_rows: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectSettings:
    """Project-wide settings kept in the file: they travel with it to colleagues."""

    title: str = ""
    organisation: str = ""
    organisation_url: str = ""
    rating_scale: RatingScale = field(default=DEFAULT_RATING_SCALE)
    #: The language reports are written in (a code such as "de"; see workbench.i18n).
    language: str = "en"


@dataclass(frozen=True, slots=True)
class ProjectSnapshot:
    """Everything a report or export needs, as plain values detached from the file.

    ``claims`` are in reading order; ``evidence`` maps each claim id (every claim in
    ``claims`` has an entry) to its evidence, oldest first.
    """

    path_name: str
    settings: ProjectSettings
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    evidence: dict[str, tuple[Evidence, ...]]
    history: tuple[HistoryEvent, ...]
    reviewers: tuple[str, ...]
    exported_at: str
    #: Claim id -> its project-wide number (core.numbering), for every claim of the
    #: project, so a snapshot scoped to one document or status keeps the window's
    #: numbers. Empty means "number the claims held here".
    numbers: dict[str, int] = field(default_factory=dict)
    #: Document id -> its versions, oldest first (what a merge compares; reports may say
    #: which version a claim was checked against).
    versions: dict[str, tuple[DocumentVersion, ...]] = field(default_factory=dict)
    #: The hash of the newest history row when the snapshot was read: the head of the
    #: history's hash chain (core.history_chain), which every report prints.
    history_head: str = ""
    #: Evidence id -> the archived copies kept with it, oldest first (evidence without
    #: copies is absent).
    copies: dict[str, tuple[ArchivedCopy, ...]] = field(default_factory=dict)

    def claims_of(self, document_id: str) -> list[Claim]:
        """The claims of one document, in reading order."""
        return [c for c in self.claims if c.document_id == document_id]


def as_record(
    value: Claim | Evidence | Document | DocumentVersion | HistoryEvent,
) -> dict[str, Any]:
    """A plain dict of a model object's fields (enums as their values), for JSON and history."""
    record: dict[str, Any] = {}
    for f in fields(value):
        item = getattr(value, f.name)
        if isinstance(item, StrEnum):
            item = item.value
        elif isinstance(item, tuple):
            item = list(item)
        record[f.name] = item
    return record


def span_fields(document: Document, start: int, end: int) -> dict[str, Any]:
    """A claim's span over ``document.text[start:end]``: position, quote and context.

    The five fields move together (an update, a merge, a carried-over version), so every
    backend takes them from here rather than from a partial copy.
    """
    document.check_span(start, end)
    selector = select(document.text, start, end)
    return {
        "start": selector.start,
        "end": selector.end,
        "quote": selector.quote,
        "prefix": selector.prefix,
        "suffix": selector.suffix,
    }


def new_claim(
    document: Document,
    start: int,
    end: int,
    *,
    summary: str = "",
    claimant: str = "",
    status: Status = Status.UNREVIEWED,
    rating: str = "",
    note: str = "",
) -> Claim:
    """A new claim over ``document.text[start:end]``, anchored with quote and context."""
    return Claim(
        id=new_id(),
        document_id=document.id,
        **span_fields(document, start, end),
        summary=summary,
        claimant=claimant,
        status=status,
        rating=rating,
        note=note,
        version=document.version,
        checked_version=document.version,
    )
