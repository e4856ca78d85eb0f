"""The window's actions for claim spans, document details and help, added to its menus.

Kept apart from :mod:`workbench.ui.window_actions` so these features live in one place:
the exact-selection claim, the "Adjust span" submenu, "Document details…" (Edit menu and
the document list's context menu), and Help's shortcuts sheet and user guide.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.dialogs.document_details import DocumentDetailsDialog
from workbench.ui.dialogs.help import guide_dialog, shortcuts_dialog

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

#: The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).
SPAN_ACTIONS = (
    (
        "start_earlier",
        QT_TRANSLATE_NOOP("ReviewActions", "Start a word &earlier"),
        "Alt+Shift+Left",
    ),
    ("start_later", QT_TRANSLATE_NOOP("ReviewActions", "Start a word &later"), "Alt+Shift+Right"),
    ("end_earlier", QT_TRANSLATE_NOOP("ReviewActions", "End a word ea&rlier"), "Ctrl+Alt+Left"),
    ("end_later", QT_TRANSLATE_NOOP("ReviewActions", "End a word la&ter"), "Ctrl+Alt+Right"),
)


class ReviewActions:
    """Adds its actions to ``window``'s Claim, Edit and Help menus and keeps them enabled."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menus = {a.menu().objectName(): a.menu() for a in window.menuBar().actions() if a.menu()}
        claim, edit, help_ = (menus[name] for name in ("claim_menu", "edit_menu", "help_menu"))
        review = window.review
        assert isinstance(claim, QMenu) and isinstance(edit, QMenu) and isinstance(help_, QMenu)
        self.add_exact = _action(
            window,
            QCoreApplication.translate("ReviewActions", "Add claim (e&xact selection)"),
            partial(review.add_claim, exact=True),
        )
        self.add_exact.setShortcut(QKeySequence("Ctrl+Alt+Return"))
        self.add_exact.setToolTip(
            QCoreApplication.translate(
                "ReviewActions", "Claim exactly the selected characters, not whole words"
            )
        )
        span_menu = QMenu(QCoreApplication.translate("ReviewActions", "Adjust &span"), window)
        self.span_actions: list[QAction] = []
        for step, text, keys in SPAN_ACTIONS:
            words = QCoreApplication.translate("ReviewActions", text)
            action = _action(window, words, partial(review.adjust_span, step))
            action.setShortcut(QKeySequence(keys))
            span_menu.addAction(action)
            self.span_actions.append(action)
        _insert(
            claim,
            _after(claim, window.actions_.add_claim),
            [self.add_exact, span_menu.menuAction()],
        )
        self.details = _action(
            window,
            QCoreApplication.translate("ReviewActions", "Document &details…"),
            self.document_details,
        )
        self.details.setShortcut(QKeySequence("Ctrl+Shift+D"))
        _insert(edit, _after(edit, window.actions_.remove_document), [self.details])
        first = help_.actions()[0] if help_.actions() else None
        self.shortcuts = _action(
            window,
            QCoreApplication.translate("ReviewActions", "&Keyboard shortcuts"),
            self.show_shortcuts,
        )
        self.shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.guide = _action(
            window, QCoreApplication.translate("ReviewActions", "User &guide"), self.show_guide
        )
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        _insert(help_, first, [self.guide, self.shortcuts])
        if first is not None:
            help_.insertSeparator(first)
        window.article.text.context_actions.insert(1, self.add_exact)
        window.documents.context_actions = [self.details, window.actions_.remove_document]
        window.documents.context_menu_opening.connect(self._show_document)

    def project_open(self, is_open: bool, *, read_only: bool) -> None:
        """Enable the edits only for a writable project, the details when one is open."""
        writable = is_open and not read_only
        for action in (self.add_exact, *self.span_actions):
            action.setEnabled(writable)
        self.details.setEnabled(is_open)

    def document_details(self) -> None:
        """See and correct the shown document's title, author, publisher, date and URL."""
        window = self.window
        document = window.review.document
        project = window.session.project
        if document is None or project is None:
            window.status_message(
                QCoreApplication.translate("ReviewActions", "Choose a document first.")
            )
            return
        changes = DocumentDetailsDialog.ask(window, document)
        if not changes:
            return
        if project.read_only:
            window.status_message(
                QCoreApplication.translate(
                    "ReviewActions", "The project is open read-only; the details were not changed."
                )
            )
            return
        window.review.edit_document(changes, self._details_changed)

    def _show_document(self, document_id: str) -> None:
        """Show the document a context menu opens on, unless it is already shown."""
        shown = self.window.review.document
        if shown is None or shown.id != document_id:
            self.window.review.show_document(document_id)

    def _details_changed(self, document_id: str) -> None:
        project = self.window.session.project
        if project is None:
            return
        self.window.review.document_details_changed(document_id)
        current = self.window.review.document
        self.window.documents.set_documents(project.documents(), current.id if current else None)

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts: the sheet made from the menus' own actions."""
        shortcuts_dialog(self.window, self.window.menuBar()).exec()

    def show_guide(self) -> None:
        """Help > User guide: the bundled guide, offline."""
        guide_dialog(self.window).exec()


def _action(window: MainWindow, text: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _after(menu: QMenu, action: QAction) -> QAction | None:
    """The action following ``action`` in ``menu`` (None: insert at the end)."""
    actions = menu.actions()
    position = actions.index(action) + 1 if action in actions else len(actions)
    return actions[position] if position < len(actions) else None


def _insert(menu: QMenu, before: QAction | None, actions: list[QAction]) -> None:
    """Put ``actions`` into ``menu`` before ``before`` (at the end when None)."""
    if before is None:
        menu.addActions(actions)
    else:
        menu.insertActions(before, actions)
