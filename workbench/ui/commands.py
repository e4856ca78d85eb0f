"""Undo commands: each is one store call to do and one to undo (Orange's thin commands).

The store commits every call at once, so undo is a second, opposite edit that is
committed too (and recorded in the history). After each call the command tells the window
which claim changed; the window re-reads it from the project and updates its views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from workbench.core.errors import UserError
from workbench.core.model import Claim, Evidence, ProjectSettings, RemovedDocument
from workbench.ui.ports import ProjectLike


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
        except UserError as err:
            if first:
                self.setObsolete(True)
            self.context.failed(err)
            return
        self._changed()

    def _changed(self) -> None:
        """Tell the window what changed (the claim, unless a command says otherwise)."""
        self.context.claim_changed(self.claim_id)

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddClaim(StoreCommand):
    """Add a claim (undo deletes it)."""

    def __init__(self, context: CommandContext, claim: Claim) -> None:
        super().__init__(context, "Add claim", claim.id)
        self.claim = claim

    def _do(self) -> None:
        self.claim = self.context.project.add_claim(self.claim)

    def _undo(self) -> None:
        self.context.project.delete_claim(self.claim.id)


class DeleteClaim(StoreCommand):
    """Delete a claim with its evidence (undo puts both back unchanged)."""

    def __init__(self, context: CommandContext, claim_id: str) -> None:
        super().__init__(context, "Delete claim", claim_id)
        self.removed: tuple[Claim, list[Evidence]] | None = None

    def _do(self) -> None:
        self.removed = self.context.project.delete_claim(self.claim_id)

    def _undo(self) -> None:
        assert self.removed is not None  # undo only follows a successful redo
        self.context.project.restore_claim(*self.removed)


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
    """Add evidence to a claim (undo deletes it)."""

    def __init__(self, context: CommandContext, evidence: Evidence) -> None:
        super().__init__(context, "Add evidence", evidence.claim_id)
        self.evidence = evidence

    def _do(self) -> None:
        self.evidence = self.context.project.add_evidence(self.evidence)

    def _undo(self) -> None:
        self.context.project.delete_evidence(self.evidence.id)


class EditEvidence(StoreCommand):
    """Change evidence fields (undo sets the old values back)."""

    def __init__(self, context: CommandContext, evidence: Evidence, after: dict[str, Any]) -> None:
        super().__init__(context, "Edit evidence", evidence.claim_id)
        self.evidence_id = evidence.id
        self.before = {name: getattr(evidence, name) for name in after}
        self.after = after

    def _do(self) -> None:
        self.context.project.update_evidence(self.evidence_id, **self.after)

    def _undo(self) -> None:
        self.context.project.update_evidence(self.evidence_id, **self.before)


class RemoveEvidence(StoreCommand):
    """Delete one piece of evidence (undo puts it back unchanged)."""

    def __init__(self, context: CommandContext, evidence: Evidence) -> None:
        super().__init__(context, "Remove evidence", evidence.claim_id)
        self.evidence = evidence

    def _do(self) -> None:
        self.evidence = self.context.project.delete_evidence(self.evidence.id)

    def _undo(self) -> None:
        self.context.project.restore_evidence(self.evidence)


class ChangeSettings(StoreCommand):
    """Replace the project's settings (undo puts the old ones back)."""

    def __init__(
        self,
        context: CommandContext,
        old: ProjectSettings,
        new: ProjectSettings,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(context, "Change project settings", "")
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
        super().__init__(context, "Remove document", "")
        self.document_id = document_id
        self.refresh = refresh  # called with the document to show afterwards
        self.removed: RemovedDocument | None = None
        self._show: str | None = None

    def _do(self) -> None:
        self.removed = self.context.project.delete_document(self.document_id)
        self._show = None

    def _undo(self) -> None:
        if self.removed is not None:
            self.context.project.restore_document(self.removed)
            self._show = self.document_id

    def _changed(self) -> None:
        self.refresh(self._show)
