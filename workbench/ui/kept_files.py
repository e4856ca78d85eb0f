"""What a deletion reads first so that its undo can put everything back as it was.

The store forgets an attached file or an archived copy with the evidence it belongs to, so
the commands that delete evidence (alone, with its claim, with its document) keep the files
and copies here before the call, and hand them back after the restore.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.archived import ArchivedCopy
from workbench.core.errors import UserError
from workbench.core.model import Evidence
from workbench.ui.ports import ProjectLike

#: An evidence attachment as the store keeps it: file name and bytes (None: no file).
Attachment = tuple[str, bytes | None]
#: An archived copy with its bytes, read before a removal so that undo can put it back.
KeptCopy = tuple[ArchivedCopy, bytes]


@dataclass(frozen=True, slots=True)
class KeptFiles:
    """The attached files and archived copies of some evidence, read before its deletion."""

    #: evidence id -> (file name, bytes) of each attached file
    attachments: dict[str, Attachment] = field(default_factory=dict)
    copies: list[KeptCopy] = field(default_factory=list)

    @classmethod
    def read(cls, project: ProjectLike, items: list[Evidence]) -> KeptFiles:
        """Read the files and copies of ``items`` while they still exist."""
        attachments = {
            e.id: (e.attachment_name, project.evidence_attachment(e.id))
            for e in items
            if e.attachment_name
        }
        copies = []
        for item in items:
            for copy in project.archived_copies(item.id):
                try:
                    copies.append((copy, project.archived_copy_data(copy.sha256)))
                except UserError:  # a share copy without the bytes: nothing to put back
                    continue
        return cls(attachments, copies)

    def put_back(self, project: ProjectLike) -> None:
        """Give the restored evidence its files and its copies again, as they were."""
        for evidence_id, (name, data) in self.attachments.items():
            if data is not None:
                project.set_evidence_attachment(evidence_id, name, data)
        for copy, data in self.copies:
            project.restore_archived_copy(copy, data)
