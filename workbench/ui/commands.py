"""Undo commands: each is one store call to do and one to undo (Orange's thin commands).

The store commits every call at once, so undo is a second, opposite edit that is
committed too (and recorded in the history). After each call the command tells the window
which claim changed; the window re-reads it from the project and updates its views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.archived import ArchivedCopy, ArchivedPage
from workbench.core.errors import EditKept, UserError
from workbench.core.model import Claim, Document, Evidence, ProjectSettings, RemovedDocument
from workbench.ui.ports import ProjectLike

#: An evidence attachment as the store keeps it: file name and bytes (None: no file).
Attachment = tuple[str, bytes | None]
#: An archived copy with its bytes, read before a removal so that undo can put it back.
KeptCopy = tuple[ArchivedCopy, bytes]


@dataclass(frozen=True, slots=True)
class CommandContext:
    """What every command needs: the project, and whom to tell about a change or a failure."""

    project: ProjectLike
    claim_changed: Callable[[str], None]
    failed: Callable[[UserError], None]


class StoreCommand(QUndoCommand):
    """A command whose ``_do``/``_undo`` make one store call each.

    A refused first ``redo`` (read-only file, full disk) marks the command obsolete, so
    QUndoStack.push drops it instead of offering to undo an edit that never happened.
    """

    def __init__(self, context: CommandContext, text: str, claim_id: str) -> None:
        super().__init__(text)
        self.context = context
        self.claim_id = claim_id
        self._done_once = False

    def redo(self) -> None:
        """Do the edit (first push, or redo)."""
        self._run(self._do, first=not self._done_once)
        self._done_once = True

    def undo(self) -> None:
        """Reverse the edit."""
        self._run(self._undo, first=False)

    def _run(self, call: Callable[[], None], *, first: bool) -> None:
        try:
            call()
        except EditKept as err:  # the server is away: the edit waits, and stays undoable
            if first and not self._kept(err.result):
                self.setObsolete(True)
            self.context.failed(err)
            return
        except UserError as err:
            if first:
                self.setObsolete(True)
            self.context.failed(err)
            return
        self._changed()

    def _changed(self) -> None:
        """Tell the window what changed (the claim, unless a command says otherwise)."""
        self.context.claim_changed(self.claim_id)

    def _kept(self, result: object) -> bool:
        """A kept edit's result (see EditKept); False if it could not be undone."""
        return True

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddClaim(StoreCommand):
    """Add a claim (undo deletes it)."""

    def __init__(self, context: CommandContext, claim: Claim) -> None:
        super().__init__(context, QCoreApplication.translate("Commands", "Add claim"), claim.id)
        self.claim = claim

    def _do(self) -> None:
        self.claim = self.context.project.add_claim(self.claim)

    def _undo(self) -> None:
        self.context.project.delete_claim(self.claim.id)


class DeleteClaim(StoreCommand):
    """Delete a claim with its evidence (undo puts both back unchanged)."""

    def __init__(self, context: CommandContext, claim_id: str) -> None:
        super().__init__(context, QCoreApplication.translate("Commands", "Delete claim"), claim_id)
        self.removed: tuple[Claim, list[Evidence]] | None = None
        self.files: dict[str, Attachment] = {}
        self.copies: list[KeptCopy] = []

    def _do(self) -> None:
        project = self.context.project
        self.files = attachments_of(project, project.evidence(self.claim_id))
        self.copies = copies_of(project, project.evidence(self.claim_id))
        self.removed = project.delete_claim(self.claim_id)

    def _undo(self) -> None:
        assert self.removed is not None  # undo only follows a successful redo
        self.context.project.restore_claim(*self.removed)
        put_back(self.context.project, self.files)
        put_back_copies(self.context.project, self.copies)

    def _kept(self, result: object) -> bool:
        if isinstance(result, tuple):
            self.removed = result
        return self.removed is not None


class EditClaim(StoreCommand):
    """Change some of a claim's fields (undo sets the old values back)."""

    def __init__(
        self,
        context: CommandContext,
        claim_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(context, text, claim_id)
        self.before = before
        self.after = after

    def _do(self) -> None:
        self.context.project.update_claim(self.claim_id, **self.after)

    def _undo(self) -> None:
        self.context.project.update_claim(self.claim_id, **self.before)


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
        self.files: dict[str, Attachment] = {}
        self.copies: list[KeptCopy] = []

    def _do(self) -> None:
        project = self.context.project
        self.files = attachments_of(project, [self.evidence])
        self.copies = copies_of(project, [self.evidence])
        self.evidence = project.delete_evidence(self.evidence.id)

    def _undo(self) -> None:
        self.context.project.restore_evidence(self.evidence)
        put_back(self.context.project, self.files)
        put_back_copies(self.context.project, self.copies)


class ChangeSettings(StoreCommand):
    """Replace the project's settings (undo puts the old ones back)."""

    def __init__(
        self,
        context: CommandContext,
        old: ProjectSettings,
        new: ProjectSettings,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Change project settings"), ""
        )
        self.old, self.new, self.refresh = old, new, refresh

    def _do(self) -> None:
        self.context.project.update_settings(self.new)

    def _undo(self) -> None:
        self.context.project.update_settings(self.old)

    def _changed(self) -> None:
        self.refresh()


class RemoveDocument(StoreCommand):
    """Remove a document with its claims and evidence (undo puts all of it back)."""

    def __init__(
        self, context: CommandContext, document_id: str, refresh: Callable[[str | None], None]
    ) -> None:
        super().__init__(context, QCoreApplication.translate("Commands", "Remove document"), "")
        self.document_id = document_id
        self.refresh = refresh  # called with the document to show afterwards
        self.removed: RemovedDocument | None = None
        self.files: dict[str, Attachment] = {}
        self.copies: list[KeptCopy] = []
        self._show: str | None = None

    def _do(self) -> None:
        project = self.context.project
        claims = project.claims(self.document_id)
        items = [e for c in claims for e in project.evidence(c.id)]
        self.files = attachments_of(project, items)
        self.copies = copies_of(project, items)
        self.removed = project.delete_document(self.document_id)
        self._show = None

    def _undo(self) -> None:
        if self.removed is not None:
            self.context.project.restore_document(self.removed)
            put_back(self.context.project, self.files)
            put_back_copies(self.context.project, self.copies)
            self._show = self.document_id

    def _changed(self) -> None:
        self.refresh(self._show)

    def _kept(self, result: object) -> bool:
        if isinstance(result, RemovedDocument):
            self.removed = result
        return self.removed is not None


class MoveSpan(StoreCommand):
    """Move a claim's span (the store takes quote and context afresh); undo moves it back.

    Consecutive moves of the same claim merge into one undo step, so nudging an edge word
    by word is undone in one go.
    """

    MERGE_ID = 0x5350

    def __init__(
        self,
        context: CommandContext,
        claim_id: str,
        before: tuple[int, int],
        after: tuple[int, int],
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Adjust claim span"), claim_id
        )
        self.before = before
        self.after = after

    def _do(self) -> None:
        self.context.project.update_claim_span(self.claim_id, *self.after)

    def _undo(self) -> None:
        self.context.project.update_claim_span(self.claim_id, *self.before)

    def id(self) -> int:
        """Moves merge with each other (QUndoStack asks this before mergeWith)."""
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Fold a following move of the same claim into this one."""
        if not isinstance(other, MoveSpan) or other.claim_id != self.claim_id:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class EditDocument(StoreCommand):
    """Correct a document's details: title, author, publisher, date, URL (undo restores them)."""

    def __init__(
        self,
        context: CommandContext,
        document: Document,
        after: dict[str, str],
        refresh: Callable[[str], None],
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("Commands", "Edit document details"), ""
        )
        self.document_id = document.id
        self.before = {name: getattr(document, name) for name in after}
        self.after = after
        self.refresh = refresh  # called with the document's id after each change

    def _do(self) -> None:
        self.context.project.update_document(self.document_id, **self.after)

    def _undo(self) -> None:
        self.context.project.update_document(self.document_id, **self.before)

    def _changed(self) -> None:
        self.refresh(self.document_id)


def attachments_of(project: ProjectLike, items: list[Evidence]) -> dict[str, Attachment]:
    """The attached files of ``items`` (read before a deletion, since undo must put them back)."""
    return {
        e.id: (e.attachment_name, project.evidence_attachment(e.id))
        for e in items
        if e.attachment_name
    }


def put_back(project: ProjectLike, files: dict[str, Attachment]) -> None:
    """Re-attach files read by :func:`attachments_of` to their restored evidence."""
    for evidence_id, (name, data) in files.items():
        if data is not None:
            project.set_evidence_attachment(evidence_id, name, data)


def copies_of(project: ProjectLike, items: list[Evidence]) -> list[KeptCopy]:
    """The archived copies of ``items`` with their bytes (read before a deletion)."""
    kept = []
    for item in items:
        for copy in project.archived_copies(item.id):
            try:
                kept.append((copy, project.archived_copy_data(copy.sha256)))
            except UserError:  # a share copy without the bytes: nothing to put back
                continue
    return kept


def put_back_copies(project: ProjectLike, copies: list[KeptCopy]) -> None:
    """Keep again, as they were, the copies read by :func:`copies_of`."""
    for copy, data in copies:
        project.restore_archived_copy(copy, data)


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
