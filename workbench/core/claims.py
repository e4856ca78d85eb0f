"""Claims and their evidence: a span of an article, the reviewer's verdict, the sources.

A claim keeps its quote and ~32 characters of context either side, so its span can be
found again when the text changes (see :mod:`workbench.core.anchoring`); the field groups
below say which fields a reviewer edits and which move together in an edit or a merge.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Self

from workbench.core.anchoring import select
from workbench.core.documents import Document
from workbench.core.errors import UserError, require
from workbench.core.identity import new_id
from workbench.core.records import as_record


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


def span_fields(document: Document, start: int, end: int) -> dict[str, Any]:
    """A claim's span over ``document.text[start:end]``: position, quote and context.

    The five fields move together (an update, a merge, a carried-over version), so every
    backend takes them from here rather than from a partial copy.
    """
    document.check_span(start, end)
    return as_record(select(document.text, start, end))


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
