"""The project as a whole: who reviews, its settings, and a snapshot of everything in it.

A :class:`ProjectSnapshot` is what reports, exports and merges read: plain values detached
from the file or the server they came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.core.archived import ArchivedCopy
from workbench.core.claims import Claim, Evidence
from workbench.core.documents import Document, DocumentVersion
from workbench.core.errors import require
from workbench.core.history_events import HistoryEvent
from workbench.core.ratings import DEFAULT_RATING_SCALE, RatingScale


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
