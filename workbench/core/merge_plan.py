"""What a merge decides, as pure data: the plan, its conflicts and the other copy read once.

:func:`workbench.core.merge.plan_merge` fills a :class:`MergePlan`; the user settles its
:class:`Conflict` rows by choosing a :class:`Side` (see :mod:`workbench.core.merge_resolution`);
the store applies the result. Kept apart from the deciding code so that the dialogs, the
command line and both backends can name these types without the merge logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from workbench.core.archived import ArchivedCopy
from workbench.core.model import Claim, Document, DocumentVersion, Entity, Evidence, HistoryEvent


class Side(StrEnum):
    """Whose version to keep."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class Who:
    """Who last changed something on one side, and when ("" when unknown)."""

    reviewer: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One thing both sides changed differently; ``field`` is "deleted" for delete/edit."""

    entity: Entity
    entity_id: str
    label: str  # what the user recognises: the claim's quote, the evidence's title
    field: str
    mine: Any
    theirs: Any
    mine_by: Who
    theirs_by: Who

    @property
    def key(self) -> str:
        """Stable identifier, for choosing a side per conflict."""
        return f"{self.entity.value}:{self.entity_id}:{self.field}"


@dataclass(slots=True)
class MergePlan:
    """What merging THEIRS into MINE would do, before conflicts are settled."""

    new_documents: list[Document] = field(default_factory=list)
    document_map: dict[str, str] = field(default_factory=dict)  # theirs id -> mine id
    new_claims: list[Claim] = field(default_factory=list)
    claim_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted_claims: list[str] = field(default_factory=list)
    new_evidence: list[Evidence] = field(default_factory=list)
    evidence_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted_evidence: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    history: list[HistoryEvent] = field(default_factory=list)
    #: What the user recognises each changed or deleted item by (quote, evidence title).
    labels: dict[str, str] = field(default_factory=dict)
    # What choosing "theirs" in a delete/edit conflict restores or removes.
    restorable_claims: dict[str, Claim] = field(default_factory=dict)
    restorable_evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    #: A claim's whole span and anchoring as they have it, per claim whose span they moved
    #: (taken as one unit, never field by field).
    span_values: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Document details (title, author...) they changed and I did not.
    document_updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Evidence whose attached file they changed (id -> file name, "" when removed).
    attachment_updates: dict[str, str] = field(default_factory=dict)
    #: Newer versions of a shared document they imported, oldest first, numbered as they
    #: will be here.
    new_versions: list[DocumentVersion] = field(default_factory=list)
    #: Per shared document, their version numbers that differ here (document id -> their
    #: number -> its number here): both copies imported a different new text, so theirs
    #: come after mine.
    renumbered: dict[str, dict[int, int]] = field(default_factory=dict)
    #: The versions of each new document, as they have them.
    versions_of_new: dict[str, tuple[DocumentVersion, ...]] = field(default_factory=dict)
    #: Archived copies they kept that I have not (a file already kept with the same
    #: evidence, by SHA-256, is not taken twice), and copies they removed.
    new_copies: list[ArchivedCopy] = field(default_factory=list)
    deleted_copies: list[str] = field(default_factory=list)

    def their_number(self, document_id: str, number: int) -> int:
        """A version's number in their copy, given its number here."""
        theirs = (n for n, here in self.renumbered.get(document_id, {}).items() if here == number)
        return next(theirs, number)

    @property
    def change_count(self) -> int:
        """How many changes the plan makes before conflicts are settled."""
        return (
            len(self.new_documents)
            + len(self.new_versions)
            + len(self.document_updates)
            + len(self.attachment_updates)
            + len(self.new_claims)
            + len(self.claim_updates)
            + len(self.deleted_claims)
            + len(self.new_evidence)
            + len(self.evidence_updates)
            + len(self.deleted_evidence)
            + len(self.new_copies)
            + len(self.deleted_copies)
        )

    @property
    def is_empty(self) -> bool:
        """True when merging would change nothing, history included."""
        return self.change_count == 0 and not self.conflicts and not self.history


@dataclass(frozen=True, slots=True)
class MergeSource:
    """The other copy, read once: its plan against ours and the original files it brings."""

    name: str
    plan: MergePlan
    originals: dict[str, bytes | None]
    #: Attached files of their new evidence and of attachments they changed, by evidence id.
    attachments: dict[str, bytes | None] = field(default_factory=dict)
    #: The head of the other copy's history chain when it was read (recorded by the merge,
    #: so that copy's chain can be checked against it later).
    head: str = ""
    #: The bytes of their new archived copies, by SHA-256 (absent: their copy lacks them).
    blobs: dict[str, bytes] = field(default_factory=dict)
