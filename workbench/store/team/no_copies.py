"""Archived copies of evidence, which the team server does not keep yet."""

from __future__ import annotations

from workbench.core.archived import ArchivedCopy, ArchivedPage
from workbench.core.errors import UserError

#: Why a team project refuses archived copies (the file format keeps them already).
_NO_COPIES = (
    "The team server does not keep archived copies of evidence yet: take a copy to work "
    "offline and keep them there."
)


class NoArchivedCopies:
    """The archived-copy part of the window's port, refused on the server for now."""

    def archived_copies(self, evidence_id: str | None = None) -> list[ArchivedCopy]:
        """None yet: the server's schema has no archived copies (see :data:`_NO_COPIES`)."""
        return []

    def archived_copies_size(self) -> int:
        """No archived copies are kept on the server yet."""
        return 0

    def add_archived_copy(
        self,
        evidence_id: str,
        name: str,
        data: bytes,
        *,
        captured_at: str = "",
        pages: tuple[ArchivedPage, ...] = (),
    ) -> ArchivedCopy:
        """Refused for now: the server's schema has no archived copies yet."""
        raise UserError(_NO_COPIES)

    def restore_archived_copy(self, copy: ArchivedCopy, data: bytes) -> ArchivedCopy:
        """Refused for now, likewise."""
        raise UserError(_NO_COPIES)

    def remove_archived_copy(self, copy_id: str) -> ArchivedCopy:
        """Refused for now, likewise."""
        raise UserError(_NO_COPIES)

    def archived_copy_data(self, sha256: str) -> bytes:
        """Refused for now, likewise."""
        raise UserError(_NO_COPIES)
