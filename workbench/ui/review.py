"""Reviewing one document: the article, the claims table and the claim editor kept in step.

Every edit becomes an undo command (one store call each way); after each, the changed
claim is read back from the project and shown everywhere, so the views never hold
anything the file does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core import word_bounds
from workbench.core.claim_search import evidence_text
from workbench.core.errors import UserError
from workbench.core.model import Claim, Document, Evidence, ProjectSettings, Status, new_claim
from workbench.ui import attachments, commands, evidence_commands, status_style
from workbench.ui.article_view import ArticleView
from workbench.ui.claim_editor import ClaimEditor
from workbench.ui.claims_model import claims_before
from workbench.ui.claims_panel import ClaimsPanel
from workbench.ui.dialogs.evidence import EvidenceEntry
from workbench.ui.language import isolate, number
from workbench.ui.ports import ProjectLike

#: How each span-adjusting step moves which edge: (edge, word step) by name.
SPAN_STEPS: dict[str, tuple[str, Callable[[str, int], int]]] = {
    "start_earlier": ("start", word_bounds.previous_word_start),
    "start_later": ("start", word_bounds.next_word_start),
    "end_earlier": ("end", word_bounds.previous_word_end),
    "end_later": ("end", word_bounds.next_word_end),
}


class ReviewController(QObject):
    """Connects article view, claims panel and claim editor over the open project.

    Signals:
        summary_changed(str): the status-bar summary ("7 of 19 claims reviewed · ...").
        message(str): a short hint for the status bar.
        current_changed(object): the claim now current (a Claim, or None).
    """

    summary_changed = Signal(str)
    message = Signal(str)
    current_changed = Signal(object)

    def __init__(
        self,
        article: ArticleView,
        panel: ClaimsPanel,
        editor: ClaimEditor,
        undo_stack: QUndoStack,
        report_error: Callable[[UserError], None],
    ) -> None:
        super().__init__(article)
        self.article = article
        self.panel = panel
        self.editor = editor
        self.undo_stack = undo_stack
        self.project: ProjectLike | None = None
        self.document: Document | None = None
        self.current_id: str | None = None
        self._report_error = report_error
        article.claim_clicked.connect(self.set_current)
        panel.claim_selected.connect(self.set_current)
        editor.claim_edited.connect(self._edit_claim)
        editor.status_requested.connect(lambda claim_id, value: self._mark(claim_id, Status(value)))
        editor.evidence_add_requested.connect(self._add_evidence)
        editor.evidence_edit_requested.connect(self._edit_evidence)
        editor.evidence_remove_requested.connect(self._remove_evidence)
        editor.evidence.attachment_requested.connect(self._attachment)
        article.span_dragged.connect(self.move_span)
        panel.status_filter.currentIndexChanged.connect(self._after_filter)
        panel.search.textChanged.connect(self._after_filter)

    # -- what is shown ----------------------------------------------------------------------

    def set_project(self, project: ProjectLike | None) -> None:
        """Review ``project`` (or nothing), starting with its first document."""
        self.project = project
        self.undo_stack.clear()
        if project is not None:
            self.editor.set_rating_labels(project.settings().rating_scale.labels)
            self.editor.set_read_only(project.read_only)
        documents = project.documents() if project else []
        self.show_document(documents[0].id if documents else None)

    def show_document(self, document_id: str | None) -> None:
        """Show one document of the project with its claims."""
        project = self.project
        self.document = project.document(document_id) if project and document_id else None
        claims = project.claims(document_id) if project and document_id else []
        evidence = project.evidence() if project and claims else []
        self.article.show_document(self.document, claims)
        self.panel.model.set_evidence_text(evidence_text(evidence))
        before = claims_before(project, document_id) if project and document_id else 0
        self.panel.model.set_claims(
            claims, dict(Counter(e.claim_id for e in evidence)), numbered_before=before
        )
        self.current_id = None
        self.set_current(None)

    def set_current(self, claim_id: str | None, *, scroll: bool = True) -> None:
        """Make a claim current everywhere: highlighted, selected in the table, in the editor."""
        self.current_id = claim_id
        claim = self._claim(claim_id)
        evidence = self.project.evidence(claim_id) if self.project and claim_id else []
        self.article.set_current(claim_id, scroll=scroll)
        self.panel.select_claim(claim_id)
        self.editor.show_claim(claim, evidence)
        self._summarise()
        self.current_changed.emit(claim)

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) claim in the table's order."""
        model = self.panel.model
        if model.rowCount() == 0:
            return
        row = model.row_of(self.current_id) if self.current_id else None
        target = 0 if row is None else min(max(row + delta, 0), model.rowCount() - 1)
        self.set_current(model.claim_at(target).id)

    # -- edits ------------------------------------------------------------------------------

    def add_claim(self, *, exact: bool | None = None, status: Status | None = None) -> None:
        """Claim the selected words of the article (snapped to whole words unless exact).

        With ``status`` the new claim is made with it, in the same undo step.
        """
        span = self.article.selected_span(exact=exact)
        if self.project is None or self.document is None or span is None:
            self.message.emit(self.tr("Select the words of a claim in the article first."))
            return
        try:
            claim = new_claim(self.document, *span, status=status or Status.UNREVIEWED)
        except UserError as err:
            self._report_error(err)
            return
        command = commands.AddClaim(self._context(), claim)
        if status is not None:
            command.setText(
                self.tr("Add claim marked {value}").format(
                    value=status_style.STYLES[status].label.lower()
                )
            )
        self._push(command)
        self.article.select_span(span[1], span[1])  # drop the selection: show the highlight

    def mark(self, status: Status) -> None:
        """Set the current claim's status; a fresh selection becomes a claim with it."""
        span = self.article.selected_span()
        claimed = {(c.start, c.end) for c in self.panel.model.claims()}
        if span is not None and span not in claimed:
            self.add_claim(status=status)
            return
        if self.current_id is None:
            self.message.emit(self.tr("Select a claim first."))
            return
        self._mark(self.current_id, status)

    def adjust_span(self, step: str) -> None:
        """Move one edge of the current claim by a word (see :data:`SPAN_STEPS`)."""
        claim = self._claim(self.current_id)
        if claim is None or self.document is None:
            self.message.emit(self.tr("Select a claim first."))
            return
        edge, move = SPAN_STEPS[step]
        text = self.document.text
        start, end = claim.start, claim.end
        if edge == "start":
            start = move(text, start)
        else:
            end = move(text, end)
        if start >= end or (start, end) == (claim.start, claim.end):
            self.message.emit(self.tr("The claim cannot be made shorter or longer that way."))
            return
        self.move_span(claim.id, start, end)

    def move_span(self, claim_id: str, start: int, end: int) -> None:
        """Give a claim a new span (undoable; quote and context follow the text)."""
        claim = self._claim(claim_id)
        if claim is None or self.project is None or (claim.start, claim.end) == (start, end):
            return
        self._push(
            commands.MoveSpan(self._context(), claim_id, (claim.start, claim.end), (start, end))
        )

    def edit_document(self, changes: dict[str, str], refresh: Callable[[str], None]) -> None:
        """Correct the shown document's details, undoably; ``refresh`` shows them afterwards."""
        if self.project is None or self.document is None or not changes:
            return
        self._push(commands.EditDocument(self._context(), self.document, changes, refresh))

    def document_details_changed(self, document_id: str) -> None:
        """Re-read a document whose details changed and show its new title."""
        if self.project is not None and self.document and self.document.id == document_id:
            self.document = self.project.document(document_id)
            self.article.title.setText(self.document.title)

    def delete_claim(self) -> None:
        """Delete the current claim and its evidence."""
        if self.current_id is None:
            self.message.emit(self.tr("Select a claim first."))
            return
        self._push(commands.DeleteClaim(self._context(), self.current_id))

    def _mark(self, claim_id: str, status: Status) -> None:
        claim = self._claim(claim_id)
        if claim is None or claim.status is status:
            return
        label = status_style.STYLES[status].label
        self._push(
            commands.EditClaim(
                self._context(),
                claim_id,
                {"status": claim.status},
                {"status": status},
                self.tr("Mark {value}").format(value=label.lower()),
            )
        )

    def _edit_claim(self, claim_id: str, changes: dict[str, Any]) -> None:
        claim = self._claim(claim_id)
        if claim is None:
            return
        before = {name: getattr(claim, name) for name in changes}
        if before == changes:
            return
        text = self.tr("Edit {fields}").format(fields=", ".join(changes))
        self._push(commands.EditClaim(self._context(), claim_id, before, changes, text))

    def _add_evidence(self, entry: EvidenceEntry) -> None:
        self._push(evidence_commands.AddEvidence(self._context(), entry.evidence, entry.attachment))

    def _edit_evidence(self, evidence_id: str, changes: dict[str, Any]) -> None:
        item = self._evidence(evidence_id)
        if item is not None:
            changes = dict(changes)
            attachment = changes.pop("attachment", None)
            self._push(evidence_commands.EditEvidence(self._context(), item, changes, attachment))

    def _attachment(self, evidence_id: str, action: str) -> None:
        """Open the file attached to evidence, or save it out ("open"/"save")."""
        item = self._evidence(evidence_id)
        if self.project is None or item is None or not item.attachment_name:
            return
        try:
            data = self.project.evidence_attachment(evidence_id)
            if data is None:
                raise UserError(
                    self.tr("The file '{name}' is not in this copy.").format(
                        name=item.attachment_name
                    )
                )
            if action == "save":
                saved = attachments.save(self.editor, item.attachment_name, data)
                if saved is not None:
                    self.message.emit(self.tr("Saved {name}.").format(name=isolate(saved.name)))
            else:
                attachments.open_file(item.attachment_name, data)
        except UserError as err:
            self._report_error(err)

    def _after_filter(self) -> None:
        """A claim the filter hides does not stay in the editor."""
        if self.current_id is not None and self.panel.model.row_of(self.current_id) is None:
            self.set_current(None, scroll=False)

    def remove_document(self, document_id: str, refresh: Callable[[str | None], None]) -> None:
        """Remove a document and its claims, undoably; ``refresh`` shows what is left."""
        if self.project is not None:
            self._push(commands.RemoveDocument(self._context(), document_id, refresh))

    def change_settings(self, settings: ProjectSettings) -> None:
        """Replace the project's settings, undoably; the editor takes the new rating scale."""
        if self.project is not None:
            old = self.project.settings()
            self._push(
                commands.ChangeSettings(self._context(), old, settings, self._settings_changed)
            )

    def _settings_changed(self) -> None:
        if self.project is not None:
            self.editor.set_rating_labels(self.project.settings().rating_scale.labels)
            self.set_current(self.current_id, scroll=False)
            self.message.emit(self.tr("Project settings changed."))

    def _remove_evidence(self, evidence_id: str) -> None:
        item = self._evidence(evidence_id)
        if item is not None:
            self._push(evidence_commands.RemoveEvidence(self._context(), item))

    # -- after every store call -------------------------------------------------------------

    def claim_changed(self, claim_id: str) -> None:
        """Re-read a claim after a store call and show it (or its absence) everywhere."""
        project = self.project
        if project is None:
            return
        try:
            claim = project.claim(claim_id)
        except UserError:
            self.article.remove_claim(claim_id)
            self.panel.model.remove_claim(claim_id)
            self.set_current(None if self.current_id == claim_id else self.current_id)
            return
        if self.document is None or claim.document_id != self.document.id:
            self.show_document(claim.document_id)
        self.article.add_or_update_claim(claim)
        evidence = project.evidence(claim_id)
        self.panel.model.set_evidence_text(evidence_text(evidence) or {claim_id: ""}, replace=False)
        self.panel.model.put_claim(claim)
        self.panel.model.set_evidence_count(claim_id, len(evidence))
        self.set_current(claim_id, scroll=False)

    def _push(self, command: commands.StoreCommand) -> None:
        self.undo_stack.push(command)

    def _context(self) -> commands.CommandContext:
        assert self.project is not None  # edits are only offered with a project open
        return commands.CommandContext(self.project, self.claim_changed, self._report_error)

    def _claim(self, claim_id: str | None) -> Claim | None:
        if claim_id is None:
            return None
        return next((c for c in self.panel.model.claims() if c.id == claim_id), None)

    def _evidence(self, evidence_id: str) -> Evidence | None:
        if self.project is None or self.current_id is None:
            return None
        return next(
            (e for e in self.project.evidence(self.current_id) if e.id == evidence_id), None
        )

    def _summarise(self) -> None:
        if self.document is None:
            self.summary_changed.emit("")
            return
        claims = self.panel.model.claims()
        counts = {status: 0 for status in Status}
        for claim in claims:
            counts[claim.status] += 1
        reviewed = len(claims) - counts[Status.UNREVIEWED]
        parts = [
            self.tr("{reviewed} of %n claim(s) reviewed", "", len(claims)).format(
                reviewed=number(reviewed)
            )
        ]
        parts += [f"{status_style.STYLES[s].label} {number(n)}" for s, n in counts.items() if n]
        self.summary_changed.emit(" · ".join(parts))
