"""Every action of the main window, in the menu bar with its shortcut, some in the toolbar.

Kept apart from the window's layout so the list of what a reviewer can do reads in one
place; each action only calls a method of the window or its review controller.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from workbench import APP_NAME, __version__
from workbench.core.model import Status
from workbench.ui import status_style

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey


#: The object names of the File, Edit, Claim and Help menus, in menu-bar order.
MENU_NAMES = ("file_menu", "edit_menu", "claim_menu", "help_menu")


class WindowActions:
    """Builds the menus and toolbar of ``window`` and enables actions as state changes."""

    add_claim: QAction
    statuses: dict[Status, QAction]
    undo: QAction
    redo: QAction
    find: QAction

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self._file_menu(bar.addMenu(QCoreApplication.translate("WindowActions", "&File")))
        self._edit_menu(bar.addMenu(QCoreApplication.translate("WindowActions", "&Edit")))
        self._claim_menu(bar.addMenu(QCoreApplication.translate("WindowActions", "&Claim")))
        help_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&Help"))
        # Named for code that looks a menu up: its text changes with the language.
        for menu, name in zip(bar.actions(), MENU_NAMES, strict=True):
            menu.menu().setObjectName(name)
        self._add(
            help_menu,
            QCoreApplication.translate("WindowActions", "&About {APP_NAME}").format(
                APP_NAME=APP_NAME
            ),
            self._about,
        )

        toolbar = window.addToolBar(QCoreApplication.translate("WindowActions", "Review"))
        toolbar.setObjectName("review-toolbar")
        toolbar.addActions([self.add_claim, *self.statuses.values()])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo, self.find])
        window.article.text.context_actions = [self.add_claim, *self.statuses.values()]

    def _file_menu(self, file_menu: QMenu) -> None:
        window = self.window
        self.new = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&New project"),
            window.opening.new_project,
            QKeySequence.StandardKey.New,
        )
        self.open = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Open project…"),
            window.opening.open_dialog,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(
            QCoreApplication.translate("WindowActions", "Open &recent")
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_ = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Import article…"),
            window.document_actions.import_dialog,
            "Ctrl+I",
        )
        versions = window.versions
        self.import_version = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "Import new &version…"),
            versions.import_dialog,
        )
        self.version_diff = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "What c&hanged…"),
            versions.show_diff,
        )
        self.version_queue = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "Claims to re&view…"),
            versions.show_queue,
        )
        self.save_as = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "Save &as…"),
            window.opening.save_as,
            QKeySequence.StandardKey.SaveAs,
        )
        self.export = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Export…"),
            window.exchange.export,
            "Ctrl+E",
        )
        file_menu.addSeparator()
        self.merge = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Merge a colleague's copy…"),
            window.exchange.merge,
            "Ctrl+M",
        )
        self.share = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "S&hare a copy…"),
            window.exchange.share_copy,
            "Ctrl+Shift+E",
        )
        self.verify = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Verify project…"),
            window.exchange.verify_project,
        )
        file_menu.addSeparator()
        self.close = self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Close project"),
            window.opening.close_project,
            QKeySequence.StandardKey.Close,
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            QCoreApplication.translate("WindowActions", "&Quit"),
            window.close,
            QKeySequence.StandardKey.Quit,
        )

    def _edit_menu(self, edit: QMenu) -> None:
        window = self.window
        self.undo = window.undo_stack.createUndoAction(
            window, QCoreApplication.translate("WindowActions", "&Undo")
        )
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = window.undo_stack.createRedoAction(
            window, QCoreApplication.translate("WindowActions", "&Redo")
        )
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo.setToolTip(
            QCoreApplication.translate(
                "WindowActions", "Undo your last change to the project (Ctrl+Z)"
            )
        )
        self.redo.setToolTip(
            QCoreApplication.translate("WindowActions", "Redo the change you undid (Ctrl+Shift+Z)")
        )
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        find_bar = window.article.find_bar
        self.find = self._add(
            edit,
            QCoreApplication.translate("WindowActions", "&Find…"),
            find_bar.open_bar,
            QKeySequence.StandardKey.Find,
        )
        self.find.setToolTip(
            QCoreApplication.translate("WindowActions", "Find words in the article (Ctrl+F)")
        )
        self.find_next = self._add(
            edit,
            QCoreApplication.translate("WindowActions", "Find &next"),
            find_bar.find_next,
            QKeySequence.StandardKey.FindNext,
        )
        self.find_previous = self._add(
            edit,
            QCoreApplication.translate("WindowActions", "Find pre&vious"),
            find_bar.find_previous,
            QKeySequence.StandardKey.FindPrevious,
        )
        edit.addSeparator()
        self.paste = self._add(
            edit,
            QCoreApplication.translate("WindowActions", "&Paste as new document"),
            window.document_actions.paste_as_document,
            "Ctrl+Shift+V",
        )
        self.remove_document = self._add(
            edit,
            QCoreApplication.translate("WindowActions", "&Remove document…"),
            window.document_actions.remove_document,
        )
        self.project_settings = self._add(
            edit,
            QCoreApplication.translate("WindowActions", "Pro&ject settings…"),
            window.project_settings,
        )
        self._add(
            edit,
            QCoreApplication.translate("WindowActions", "Pre&ferences…"),
            window.preferences,
            QKeySequence.StandardKey.Preferences,
        )

    def _claim_menu(self, claim: QMenu) -> None:
        review = self.window.review
        self.add_claim = self._add(
            claim,
            QCoreApplication.translate("WindowActions", "&Add claim"),
            review.add_claim,
            "Ctrl+Return",
        )
        self.add_claim.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.add_claim.setToolTip(
            QCoreApplication.translate(
                "WindowActions", "Add the selected words as a claim (Ctrl+Enter)"
            )
        )
        claim.addSeparator()
        self.statuses: dict[Status, QAction] = {}
        for status in (Status.VERIFIED, Status.DISPUTED, Status.UNVERIFIABLE, Status.UNREVIEWED):
            style = status_style.STYLES[status]
            action = self._add(
                claim,
                QCoreApplication.translate("WindowActions", "Mark {value}").format(
                    value=style.label.lower()
                ),
                partial(review.mark, status),
                style.shortcut,
            )
            action.setIcon(status_style.icon(status))
            action.setToolTip(
                QCoreApplication.translate(
                    "WindowActions", "Set the current claim's status to {label} ({shortcut})"
                ).format(label=style.label, shortcut=style.shortcut)
            )
            self.statuses[status] = action
        claim.addSeparator()
        self.next_claim = self._add(
            claim,
            QCoreApplication.translate("WindowActions", "&Next claim"),
            lambda: review.step(1),
            "Alt+Down",
        )
        self.previous_claim = self._add(
            claim,
            QCoreApplication.translate("WindowActions", "&Previous claim"),
            lambda: review.step(-1),
            "Alt+Up",
        )
        self.delete_claim = self._add(
            claim,
            QCoreApplication.translate("WindowActions", "&Delete claim"),
            review.delete_claim,
            QKeySequence.StandardKey.Delete,
        )
        claim.addSeparator()
        self.search_archive = self._add(
            claim,
            QCoreApplication.translate("WindowActions", "&Search the archive…"),
            self.window.archive_actions.search_archive,
            "Ctrl+Shift+M",
        )

    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def project_open(self, is_open: bool, *, read_only: bool) -> None:
        """Enable what needs a project, and the edits only when it is writable.

        Edit actions stay enabled without a selection: triggered, they say what to select
        instead of silently doing nothing.
        """
        for action in (
            self.save_as,
            self.export,
            self.share,
            self.verify,
            self.close,
            self.find,
            self.find_next,
            self.find_previous,
            self.next_claim,
            self.previous_claim,
        ):
            action.setEnabled(is_open)
        writable = is_open and not read_only
        self.project_settings.setEnabled(writable)
        self.remove_document.setEnabled(writable)
        for action in (self.add_claim, *self.statuses.values(), self.delete_claim):
            action.setEnabled(writable)
        self.import_.setEnabled(not read_only)
        self.merge.setEnabled(writable)
        self.import_version.setEnabled(writable)
        self.version_queue.setEnabled(writable)
        self.version_diff.setEnabled(is_open)
        self.paste.setEnabled(not read_only)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        open_path = self.window.opening.open_path
        for path in self.window.settings.recent_projects():
            action = self.recent_menu.addAction(path.stem)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        self.recent_menu.setEnabled(True)

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("WindowActions", "About {APP_NAME}").format(
                APP_NAME=APP_NAME
            ),
            QCoreApplication.translate(
                "WindowActions", "{APP_NAME} {version}\nCheck the claims in an article, offline."
            ).format(APP_NAME=APP_NAME, version=__version__),
        )
