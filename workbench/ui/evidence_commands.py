"""Undo commands for a claim's evidence and the archived copies kept with it.

Thin like every :class:`~workbench.ui.commands.StoreCommand`: each holds what it needs to
redo and undo (the evidence, the file, the copy's bytes) and makes one store call each way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.core.archived import ArchivedCopy, ArchivedPage
from workbench.core.model import Evidence
from workbench.ui.commands import CommandContext, StoreCommand
from workbench.ui.kept_files import Attachment, KeptFiles


class AddEvidence(StoreCommand):
    """Add evidence to a claim, with its attached file if any (undo deletes it)."""

    def __init__(
        self, context: CommandContext, evidence: Evidence, attachment: Attachment | None = None
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Add evidence"), evidence.claim_id
        )
        self.evidence = evidence
        self.attachment = attachment

    def _do(self) -> None:
        project = self.context.project
        self.evidence = project.add_evidence(self.evidence.with_changes(attachment_name=""))
        if self.attachment is not None:
            self.evidence = project.set_evidence_attachment(self.evidence.id, *self.attachment)

    def _undo(self) -> None:
        self.context.project.delete_evidence(self.evidence.id)


class EditEvidence(StoreCommand):
    """Change evidence fields and perhaps its attached file (undo sets the old ones back)."""

    def __init__(
        self,
        context: CommandContext,
        evidence: Evidence,
        after: dict[str, Any],
        attachment: Attachment | None = None,
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Edit evidence"), evidence.claim_id
        )
        self.evidence_id = evidence.id
        self.before = {name: getattr(evidence, name) for name in after}
        self.after = after
        self.new_attachment = attachment
        self.old_attachment: Attachment | None = None

    def _do(self) -> None:
        project = self.context.project
        if self.new_attachment is not None and self.old_attachment is None:
            old = project.evidence_attachment(self.evidence_id)
            self.old_attachment = (self._name(), old)
        if self.after:
            project.update_evidence(self.evidence_id, **self.after)
        if self.new_attachment is not None:
            project.set_evidence_attachment(self.evidence_id, *self.new_attachment)

    def _undo(self) -> None:
        project = self.context.project
        if self.before:
            project.update_evidence(self.evidence_id, **self.before)
        if self.old_attachment is not None:
            project.set_evidence_attachment(self.evidence_id, *self.old_attachment)

    def _name(self) -> str:
        items = self.context.project.evidence(self.claim_id)
        return next((e.attachment_name for e in items if e.id == self.evidence_id), "")


class RemoveEvidence(StoreCommand):
    """Delete one piece of evidence (undo puts it back unchanged, attached file too)."""

    def __init__(self, context: CommandContext, evidence: Evidence) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Remove evidence"), evidence.claim_id
        )
        self.evidence = evidence
        self.kept = KeptFiles()

    def _do(self) -> None:
        project = self.context.project
        self.kept = KeptFiles.read(project, [self.evidence])
        self.evidence = project.delete_evidence(self.evidence.id)

    def _undo(self) -> None:
        self.context.project.restore_evidence(self.evidence)
        self.kept.put_back(self.context.project)


class AddCopy(StoreCommand):
    """Keep a file as an archived copy of evidence (undo removes it)."""

    def __init__(
        self,
        context: CommandContext,
        claim_id: str,
        evidence_id: str,
        file: tuple[str, bytes],
        found: tuple[str, tuple[ArchivedPage, ...]],
    ) -> None:
        """``file`` is (name, bytes); ``found`` what reading it said: (captured at, pages)."""
        super().__init__(
            context, QCoreApplication.translate("Commands", "Add archived copy"), claim_id
        )
        self.evidence_id = evidence_id
        self.file = file
        self.found = found
        self.copy: ArchivedCopy | None = None

    def _do(self) -> None:
        project = self.context.project
        if self.copy is None:
            captured, pages = self.found
            self.copy = project.add_archived_copy(
                self.evidence_id, *self.file, captured_at=captured, pages=pages
            )
        else:  # redo: the same copy, id and all
            project.restore_archived_copy(self.copy, self.file[1])

    def _undo(self) -> None:
        assert self.copy is not None  # undo only follows a successful redo
        self.context.project.remove_archived_copy(self.copy.id)


class RemoveCopy(StoreCommand):
    """Remove one archived copy (undo keeps it again, bytes and all)."""

    def __init__(self, context: CommandContext, claim_id: str, copy: ArchivedCopy) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Remove archived copy"), claim_id
        )
        self.copy = copy
        self.data = b""

    def _do(self) -> None:
        project = self.context.project
        self.data = project.archived_copy_data(self.copy.sha256)
        project.remove_archived_copy(self.copy.id)

    def _undo(self) -> None:
        self.context.project.restore_archived_copy(self.copy, self.data)
