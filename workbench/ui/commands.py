"""Undo commands: each is one store call to do and one to undo (Orange's thin commands).

The store commits every call at once, so undo is a second, opposite edit that is
committed too (and recorded in the history). After each call the command tells the window
which claim changed; the window re-reads it from the project and updates its views.
This module holds the base and the commands on claims, documents and project settings;
those on evidence and archived copies are in :mod:`workbench.ui.evidence_commands`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.errors import EditKept, UserError
from workbench.core.model import Claim, Document, Evidence, ProjectSettings, RemovedDocument
from workbench.ui.kept_files import KeptFiles
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


Value = TypeVar("Value")


class ReplaceCommand(StoreCommand, Generic[Value]):
    """A command that writes ``after`` over ``before`` (undo writes ``before`` back).

    Fields, a span, settings: each subclass says only how one value is written.
    """

    def __init__(
        self, context: CommandContext, claim_id: str, before: Value, after: Value, text: str
    ) -> None:
        super().__init__(context, text, claim_id)
        self.before = before
        self.after = after

    def _do(self) -> None:
        self._write(self.after)

    def _undo(self) -> None:
        self._write(self.before)

    def _write(self, value: Value) -> None:
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
        self.kept = KeptFiles()

    def _do(self) -> None:
        project = self.context.project
        self.kept = KeptFiles.read(project, project.evidence(self.claim_id))
        self.removed = project.delete_claim(self.claim_id)

    def _undo(self) -> None:
        assert self.removed is not None  # undo only follows a successful redo
        self.context.project.restore_claim(*self.removed)
        self.kept.put_back(self.context.project)

    def _kept(self, result: object) -> bool:
        if isinstance(result, tuple):
            self.removed = result
        return self.removed is not None


class EditClaim(ReplaceCommand[dict[str, Any]]):
    """Change some of a claim's fields (undo sets the old values back)."""

    def _write(self, value: dict[str, Any]) -> None:
        self.context.project.update_claim(self.claim_id, **value)


class ChangeSettings(ReplaceCommand[ProjectSettings]):
    """Replace the project's settings (undo puts the old ones back)."""

    def __init__(
        self,
        context: CommandContext,
        old: ProjectSettings,
        new: ProjectSettings,
        refresh: Callable[[], None],
    ) -> None:
        text = QCoreApplication.translate("Commands", "Change project settings")
        super().__init__(context, "", old, new, text)
        self.refresh = refresh

    def _write(self, value: ProjectSettings) -> None:
        self.context.project.update_settings(value)

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
        self.kept = KeptFiles()
        self._show: str | None = None

    def _do(self) -> None:
        project = self.context.project
        claims = project.claims(self.document_id)
        items = [e for c in claims for e in project.evidence(c.id)]
        self.kept = KeptFiles.read(project, items)
        self.removed = project.delete_document(self.document_id)
        self._show = None

    def _undo(self) -> None:
        if self.removed is not None:
            self.context.project.restore_document(self.removed)
            self.kept.put_back(self.context.project)
            self._show = self.document_id

    def _changed(self) -> None:
        self.refresh(self._show)

    def _kept(self, result: object) -> bool:
        if isinstance(result, RemovedDocument):
            self.removed = result
        return self.removed is not None


class MoveSpan(ReplaceCommand[tuple[int, int]]):
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
        text = QCoreApplication.translate("Commands", "Adjust claim span")
        super().__init__(context, claim_id, before, after, text)

    def _write(self, value: tuple[int, int]) -> None:
        self.context.project.update_claim_span(self.claim_id, *value)

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


class EditDocument(ReplaceCommand[dict[str, str]]):
    """Correct a document's details: title, author, publisher, date, URL (undo restores them)."""

    def __init__(
        self,
        context: CommandContext,
        document: Document,
        after: dict[str, str],
        refresh: Callable[[str], None],
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit document details")
        before = {name: getattr(document, name) for name in after}
        super().__init__(context, "", before, after, text)
        self.document_id = document.id
        self.refresh = refresh  # called with the document's id after each change

    def _write(self, value: dict[str, str]) -> None:
        self.context.project.update_document(self.document_id, **value)

    def _changed(self) -> None:
        self.refresh(self.document_id)
