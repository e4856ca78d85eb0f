"""What the window needs from an open project file, stated as a Protocol.

The UI never imports :mod:`workbench.store`: the layering contract keeps every SQL
library out of ``workbench.ui``, even indirectly. The composition root (``workbench.app``)
hands the window a real :class:`~workbench.store.projectfile.Project`, which satisfies
this protocol, and a :class:`ProjectFiles` to open and create them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, Protocol

from workbench.core.archive_items import ArchiveMatch
from workbench.core.archived import ArchivedCopy, ArchivedPage
from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, MergeSource, Side
from workbench.core.model import (
    Claim,
    Document,
    DocumentVersion,
    Evidence,
    ImportedDocument,
    ProjectSettings,
    ProjectSnapshot,
    RemovedDocument,
    Status,
)
from workbench.core.verification import Verification
from workbench.core.versioning import VersionImport


class ProjectLike(Protocol):
    """The part of the store's ``Project`` the UI calls (all on the GUI thread)."""

    path: Path
    reviewer: str
    read_only: bool
    warnings: list[str]

    def settings(self) -> ProjectSettings: ...
    def update_settings(self, settings: ProjectSettings) -> None: ...
    def documents(self) -> list[Document]: ...
    def document(self, document_id: str) -> Document: ...
    def add_document(self, imported: ImportedDocument) -> Document: ...
    def delete_document(self, document_id: str) -> RemovedDocument: ...
    def restore_document(self, removed: RemovedDocument) -> None: ...
    def claims(self, document_id: str | None = None) -> list[Claim]: ...
    def claim(self, claim_id: str) -> Claim: ...
    def add_claim(self, claim: Claim) -> Claim: ...
    def update_claim(self, claim_id: str, **changes: Any) -> Claim: ...
    def delete_claim(self, claim_id: str) -> tuple[Claim, list[Evidence]]: ...
    def restore_claim(self, claim: Claim, evidence: list[Evidence]) -> None: ...
    def evidence(self, claim_id: str | None = None) -> list[Evidence]: ...
    def evidence_counts(self) -> dict[str, int]: ...
    def add_evidence(self, evidence: Evidence) -> Evidence: ...
    def update_evidence(self, evidence_id: str, **changes: Any) -> Evidence: ...
    def delete_evidence(self, evidence_id: str) -> Evidence: ...
    def restore_evidence(self, evidence: Evidence) -> None: ...
    def update_claim_span(self, claim_id: str, start: int, end: int) -> Claim: ...
    def update_document(self, document_id: str, **changes: str) -> Document: ...
    def evidence_attachment(self, evidence_id: str) -> bytes | None: ...
    def set_evidence_attachment(
        self, evidence_id: str, name: str, data: bytes | None
    ) -> Evidence: ...
    def snapshot(
        self, *, document_id: str | None = None, statuses: Collection[Status] | None = None
    ) -> ProjectSnapshot: ...
    def save_copy(self, destination: Path | str) -> Path: ...
    def share_copy(
        self,
        destination: Path | str,
        *,
        include_originals: bool = True,
        include_copies: bool = True,
    ) -> int: ...
    def originals_size(self) -> int: ...
    def archived_copies_size(self) -> int: ...
    def archived_copies(self, evidence_id: str | None = None) -> list[ArchivedCopy]: ...
    def add_archived_copy(
        self,
        evidence_id: str,
        name: str,
        data: bytes,
        *,
        captured_at: str = "",
        pages: tuple[ArchivedPage, ...] = (),
    ) -> ArchivedCopy: ...
    def restore_archived_copy(self, copy: ArchivedCopy, data: bytes) -> ArchivedCopy: ...
    def remove_archived_copy(self, copy_id: str) -> ArchivedCopy: ...
    def archived_copy_data(self, sha256: str) -> bytes: ...
    def versions(self, document_id: str) -> list[DocumentVersion]: ...
    def import_new_version(self, document_id: str, imported: ImportedDocument) -> VersionImport: ...
    def accept_anchor(self, claim_id: str) -> Claim: ...
    def reattach_claim(self, claim_id: str, start: int, end: int) -> Claim: ...
    def restore_anchor(self, claim: Claim) -> Claim: ...
    def close(self) -> None: ...


class FileInUse(UserError):
    """Someone else is editing the file; ``stale`` when their program seems to be gone."""

    def __init__(self, message: str, *, stale: bool) -> None:
        super().__init__(message)
        self.stale = stale


class ProjectFiles(Protocol):
    """Opening and creating project files (the store's ``Project.open``/``create``)."""

    #: How often an open project's lock must be refreshed so others do not see it stale.
    refresh_seconds: int

    def open(
        self, path: Path, *, reviewer: str, read_only: bool = False, take_over: bool = False
    ) -> ProjectLike:
        """Open a project file; FileInUse or another UserError says why it cannot be."""
        ...

    def create(self, path: Path, *, reviewer: str) -> ProjectLike:
        """Create a new, empty project file at ``path``."""
        ...

    def refresh_lock(self, project: ProjectLike) -> None:
        """Show that the project is still open here (touch its lock)."""
        ...

    def is_project_file(self, path: Path) -> bool:
        """True if ``path`` looks like a project file (by its header, not its name); OSError
        when it cannot be read or is no regular file (a FIFO, a device, a folder)."""
        ...

    def refuse_target(self, target: Path, project: Path) -> None:
        """Raise UserError if writing ``target`` (a report, a copy) would overwrite
        ``project``, its lock or journal, or any other project file."""
        ...

    def prepare_merge(self, mine: ProjectSnapshot, mine_path: Path, other: Path) -> MergeSource:
        """Read a colleague's copy and plan the merge (safe in a worker thread)."""
        ...

    def apply_merge(
        self, project: ProjectLike, source: MergeSource, choices: Mapping[str, Side]
    ) -> None:
        """Write the settled merge into ``project`` in one transaction (GUI thread)."""
        ...

    def verifier(self, project: ProjectLike) -> Callable[[], Verification]:
        """A job recomputing every hash ``project`` stores, through a connection of its own
        (called on the GUI thread; the job runs in a worker and never writes)."""
        ...


class ArchiveLike(Protocol):
    """The user's archive of past fact-checks; called from a worker thread, never the GUI's."""

    def search(self, text: str, limit: int = 10) -> list[ArchiveMatch]:
        """The archive's closest fact-checks to ``text``, best first."""
        ...

    def add_project(self, snapshot: ProjectSnapshot) -> int:
        """Add a project's reviewed claims (idempotent); how many were new or changed."""
        ...


class ChangeFeedLike(Protocol):
    """Colleagues' committed changes on a team project; called from a listener thread."""

    def wait(self, timeout: float) -> list[Any]:
        """The changes announced within ``timeout`` seconds; ServerUnavailable if gone."""
        ...

    def close(self) -> None: ...


class TeamProjectLike(ProjectLike, Protocol):
    """A project on the team server: live changes and leases besides the usual calls."""

    def change_feed(self) -> ChangeFeedLike:
        """A new listening connection, for one background thread."""
        ...

    def take_lease(self, document_id: str) -> None:
        """Say (for a while) that this reviewer is on ``document_id``."""
        ...

    def who_is_on(self, document_id: str) -> list[str]:
        """The reviewers who hold a lease on ``document_id``."""
        ...

    def pending_edits(self) -> int:
        """How many edits were kept because the server went away."""
        ...

    def resend(self) -> list[UserError]:
        """Send the kept edits (ServerUnavailable while still away); what was refused."""
        ...


class TeamSyncing(Protocol):
    """Offline copies of team projects (the store's files may offer it; see ``app.py``)."""

    def team_origin(self, project: ProjectLike) -> str | None:
        """The team project ``project`` is an offline copy of (None: it is not one)."""
        ...

    def team_sync(
        self, project: ProjectLike, choose: Callable[[MergePlan], Mapping[str, Side] | None]
    ) -> str:
        """Sync with the team server; ``choose`` settles conflicts. Returns a summary."""
        ...
