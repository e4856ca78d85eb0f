"""The review queue of a new version: claims that moved, changed or were orphaned.

After a new version of an article is imported, every claim that did not come through
exactly waits here. A changed claim shows its old and new quote side by side with the
difference marked; "Accept" takes it off the queue; an orphan can be attached to text
selected in the article, or kept against the old version, where it still reads true.
Each of these is a thin undo command (one store call each way).

:class:`VersionActions` is what the window's File menu and drops call.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import UserError
from workbench.core.model import Claim, ImportedDocument
from workbench.core.versioning import (
    ANCHOR_STATE_NAMES,
    REVIEW_STATES,
    AnchorState,
    word_changes,
)
from workbench.ui import session as session_dialogs
from workbench.ui.commands import CommandContext, StoreCommand
from workbench.ui.dialogs.errors import show_error
from workbench.ui.language import decimal
from workbench.ui.ports import ProjectLike
from workbench.ui.version_diff import DELETED_STYLE, INSERTED_STYLE, VersionDiffDialog

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class AnchorCommand(StoreCommand):
    """Accept, keep or re-attach a carried-over claim (undo restores its anchoring)."""

    def __init__(
        self, context: CommandContext, text: str, claim: Claim, action: Callable[[], Claim]
    ) -> None:
        super().__init__(context, text, claim.id)
        self.before = claim
        self.action = action

    def _do(self) -> None:
        self.action()

    def _undo(self) -> None:
        self.context.project.restore_anchor(self.before)


def marked_sides(old: str, new: str) -> tuple[str, str]:
    """The old and new quote as HTML, with deleted and inserted words marked."""
    left: list[str] = []
    right: list[str] = []
    for tag, before, after in word_changes(old, new):
        if tag == "equal":
            left.append(html.escape(before))
            right.append(html.escape(after))
            continue
        if before:
            left.append(f'<span style="{DELETED_STYLE}">{html.escape(before)}</span>')
        if after:
            right.append(f'<span style="{INSERTED_STYLE}">{html.escape(after)}</span>')
    return "".join(left), "".join(right)


class VersionsQueue(QDialog):
    """Lists a document's claims left for review after a new version, and settles them."""

    def __init__(
        self,
        parent: QWidget,
        project: ProjectLike,
        document_id: str,
        context: CommandContext,
        *,
        push: Callable[[StoreCommand], None],
        selected_span: Callable[[], tuple[int, int] | None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Claims to review after a new version"))
        self.project = project
        self.document_id = document_id
        self.context = context
        self.push = push
        self.selected_span = selected_span
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Claims to review"))
        self.compare = QTextBrowser(self)
        self.compare.setAccessibleName(self.tr("Old and new quote"))
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.keep_button = QPushButton(self.tr("&Keep against the old version"), self)
        self.attach_button = QPushButton(self.tr("A&ttach to the selected text"), self)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.keep_button, self.attach_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.compare, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        accepted = self.tr("Accept carried-over claim")
        kept = self.tr("Keep claim on the old version")
        self.accept_button.clicked.connect(lambda: self._settle(accepted))
        self.keep_button.clicked.connect(lambda: self._settle(kept))
        self.attach_button.clicked.connect(self._attach)
        self.resize(640, 480)
        self.refresh()

    def claims(self) -> list[Claim]:
        """The document's claims waiting for review, in reading order."""
        waiting = {s.value for s in REVIEW_STATES}
        return [c for c in self.project.claims(self.document_id) if c.anchor_state in waiting]

    def refresh(self) -> None:
        """Re-read the queue (after an edit, an undo, or a new version)."""
        current = self._current()
        self.list.clear()
        for claim in self.claims():
            quote = " ".join(claim.quote.split())
            item = QListWidgetItem(f"{claim.anchor_state}: {quote[:80]}")
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            self.list.addItem(item)
            if current is not None and claim.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _current(self) -> Claim | None:
        item = self.list.currentItem()
        if item is None:
            return None
        claim_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.project.claims(self.document_id) if c.id == claim_id), None)

    def _show_current(self) -> None:
        claim = self._current()
        orphan = claim is not None and claim.anchor_state == AnchorState.ORPHANED.value
        self.accept_button.setEnabled(claim is not None and not orphan)
        self.keep_button.setEnabled(orphan)
        self.attach_button.setEnabled(claim is not None)
        if claim is None:
            self.compare.setHtml(self.tr("<p>Nothing left to review.</p>"))
            self.status.setText("")
            return
        old, new = marked_sides(claim.anchor_old_quote or claim.quote, claim.quote)
        if orphan:
            new = "<i>{}</i>".format(self.tr("not found in the new version"))
        self.compare.setHtml(
            '<table width="100%" cellpadding="6"><tr><th align="left">{before}</th>'
            '<th align="left">{now}</th></tr>'
            '<tr><td valign="top">{old}</td><td valign="top">{new}</td></tr></table>'.format(
                before=self.tr("Before"), now=self.tr("Now"), old=old, new=new
            )
        )
        self.status.setText(
            self.tr("{value}, score {anchor_score}").format(
                value=QCoreApplication.translate(
                    "AnchorState", ANCHOR_STATE_NAMES.get(claim.anchor_state, claim.anchor_state)
                ),
                anchor_score=decimal(claim.anchor_score, 2),
            )
        )

    def _settle(self, text: str) -> None:
        claim = self._current()
        if claim is not None:
            self.push(
                AnchorCommand(
                    self.context, text, claim, lambda: self.project.accept_anchor(claim.id)
                )
            )
            self.refresh()

    def _attach(self) -> None:
        claim = self._current()
        span = self.selected_span()
        if claim is None:
            return
        if span is None:
            self.status.setText(self.tr("Select the claim's words in the article first."))
            return
        start, end = span
        self.push(
            AnchorCommand(
                self.context,
                self.tr("Attach claim to new text"),
                claim,
                lambda: self.project.reattach_claim(claim.id, start, end),
            )
        )
        self.refresh()


class VersionActions:
    """File > Import new version, What changed, the review queue, and drops on a document."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.queue: VersionsQueue | None = None

    def _document_id(self) -> str | None:
        document = self.window.review.document
        if self.window.session.project is None or document is None:
            self.window.show_message(
                QCoreApplication.translate(
                    "VersionActions", "Open a document first: a new version is of one document."
                )
            )
            return None
        return document.id

    def import_dialog(self) -> None:
        """File > Import new version...: the next version of the shown document."""
        from workbench.importers import file_dialog_filter  # noqa: PLC0415 - heavy

        document_id = self._document_id()
        if document_id is None:
            return
        for path in session_dialogs.ask_open_path(self.window, file_dialog_filter())[:1]:
            self.import_version(document_id, path)

    def import_version(self, document_id: str, path: Path) -> None:
        """Import ``path`` (in a worker) as the next version of a document (menu or drop)."""

        def done(imported: ImportedDocument) -> None:
            self.add_version(document_id, imported)

        self.window.transfers.import_article(path, done=done)

    def add_version(self, document_id: str, imported: ImportedDocument) -> str:
        """Store the new version, show it, open the queue if claims wait; returns the message.

        Undo steps recorded against the old text would move spans that no longer exist,
        so the undo history ends here.
        """
        window = self.window
        project = window.session.project
        if project is None:
            return ""
        try:
            title = project.document(document_id).title
            result = project.import_new_version(document_id, imported)
        except UserError as err:
            show_error(window, str(err))
            return ""
        message = result.message(title)
        window.show_message(message)
        if result.unchanged:
            return message
        window.undo_stack.clear()
        window.review.show_document(document_id)
        window.documents.set_documents(project.documents(), document_id)
        if any(result.states[s.value] for s in REVIEW_STATES):
            self.show_queue()
        return message

    def show_queue(self) -> None:
        """The claims of the shown document waiting for review (a window beside the main)."""
        window = self.window
        project = window.session.project
        document_id = self._document_id()
        if project is None or document_id is None:
            return
        context = CommandContext(
            project, window.review.claim_changed, lambda err: show_error(window, str(err))
        )
        if self.queue is not None:
            self.window.undo_stack.indexChanged.disconnect(self._refresh_queue)
            self.queue.close()
        self.queue = VersionsQueue(
            window,
            project,
            document_id,
            context,
            push=window.undo_stack.push,
            selected_span=self._selection,
        )
        window.undo_stack.indexChanged.connect(self._refresh_queue)
        self.queue.show()

    def _refresh_queue(self) -> None:
        """Follow undo and redo; a queue of a project no longer open goes away."""
        queue = self.queue
        if queue is None:
            return
        if queue.project is not self.window.session.project:
            self.window.undo_stack.indexChanged.disconnect(self._refresh_queue)
            queue.close()
            self.queue = None
            return
        queue.refresh()

    def _selection(self) -> tuple[int, int] | None:
        return self.window.article.selected_span(exact=True)

    def show_diff(self) -> None:
        """What changed: the shown document's previous and current versions compared."""
        project = self.window.session.project
        document_id = self._document_id()
        if project is not None and document_id is not None:
            VersionDiffDialog(self.window, project, document_id).exec()
