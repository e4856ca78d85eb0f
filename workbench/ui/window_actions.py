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
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui import status_style

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey
#: A menu entry: the attribute that will hold the action, what it calls, its shortcut.
#: None is a separator.
Entry = tuple[str, Callable[[], object], Shortcut | None] | None
Key = QKeySequence.StandardKey

#: The object names of the File, Edit, Claim and Help menus, in menu-bar order.
MENU_NAMES = ("file_menu", "edit_menu", "claim_menu", "help_menu")

#: The words of every action built from a menu's entries, by the attribute that holds it.
TEXTS = {
    "new": QT_TRANSLATE_NOOP("WindowActions", "&New project"),
    "open": QT_TRANSLATE_NOOP("WindowActions", "&Open project…"),
    "import_": QT_TRANSLATE_NOOP("WindowActions", "&Import article…"),
    "import_version": QT_TRANSLATE_NOOP("WindowActions", "Import new &version…"),
    "version_diff": QT_TRANSLATE_NOOP("WindowActions", "What c&hanged…"),
    "version_queue": QT_TRANSLATE_NOOP("WindowActions", "Claims to re&view…"),
    "save_as": QT_TRANSLATE_NOOP("WindowActions", "Save &as…"),
    "export": QT_TRANSLATE_NOOP("WindowActions", "&Export…"),
    "merge": QT_TRANSLATE_NOOP("WindowActions", "&Merge a colleague's copy…"),
    "share": QT_TRANSLATE_NOOP("WindowActions", "S&hare a copy…"),
    "verify": QT_TRANSLATE_NOOP("WindowActions", "&Verify project…"),
    "close": QT_TRANSLATE_NOOP("WindowActions", "&Close project"),
    "quit": QT_TRANSLATE_NOOP("WindowActions", "&Quit"),
    "find": QT_TRANSLATE_NOOP("WindowActions", "&Find…"),
    "find_next": QT_TRANSLATE_NOOP("WindowActions", "Find &next"),
    "find_previous": QT_TRANSLATE_NOOP("WindowActions", "Find pre&vious"),
    "paste": QT_TRANSLATE_NOOP("WindowActions", "&Paste as new document"),
    "remove_document": QT_TRANSLATE_NOOP("WindowActions", "&Remove document…"),
    "project_settings": QT_TRANSLATE_NOOP("WindowActions", "Pro&ject settings…"),
    "preferences": QT_TRANSLATE_NOOP("WindowActions", "Pre&ferences…"),
    "add_claim": QT_TRANSLATE_NOOP("WindowActions", "&Add claim"),
    "next_claim": QT_TRANSLATE_NOOP("WindowActions", "&Next claim"),
    "previous_claim": QT_TRANSLATE_NOOP("WindowActions", "&Previous claim"),
    "delete_claim": QT_TRANSLATE_NOOP("WindowActions", "&Delete claim"),
    "search_archive": QT_TRANSLATE_NOOP("WindowActions", "&Search the archive…"),
}


class WindowActions:
    """Builds the menus and toolbar of ``window`` and enables actions as state changes."""

    new: QAction
    open: QAction
    import_: QAction
    import_version: QAction
    version_diff: QAction
    version_queue: QAction
    save_as: QAction
    export: QAction
    merge: QAction
    share: QAction
    verify: QAction
    close: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    paste: QAction
    remove_document: QAction
    project_settings: QAction
    add_claim: QAction
    next_claim: QAction
    previous_claim: QAction
    delete_claim: QAction
    search_archive: QAction
    statuses: dict[Status, QAction]
    undo: QAction
    redo: QAction

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
        window, versions = self.window, self.window.versions
        opening, exchange = window.opening, window.exchange
        opened: list[Entry] = [
            ("new", opening.new_project, Key.New),
            ("open", opening.open_dialog, Key.Open),
        ]
        self._fill(file_menu, opened)
        self.recent_menu = file_menu.addMenu(
            QCoreApplication.translate("WindowActions", "Open &recent")
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        entries: list[Entry] = [
            None,
            ("import_", window.document_actions.import_dialog, "Ctrl+I"),
            ("import_version", versions.import_dialog, None),
            ("version_diff", versions.show_diff, None),
            ("version_queue", versions.show_queue, None),
            ("save_as", opening.save_as, Key.SaveAs),
            ("export", exchange.export, "Ctrl+E"),
            None,
            ("merge", exchange.merge, "Ctrl+M"),
            ("share", exchange.share_copy, "Ctrl+Shift+E"),
            ("verify", exchange.verify_project, None),
            None,
            ("close", opening.close_project, Key.Close),
            None,
            ("quit", window.close, Key.Quit),
        ]
        self._fill(file_menu, entries)

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
        find_bar, documents = window.article.find_bar, window.document_actions
        entries: list[Entry] = [
            None,
            ("find", find_bar.open_bar, Key.Find),
            ("find_next", find_bar.find_next, Key.FindNext),
            ("find_previous", find_bar.find_previous, Key.FindPrevious),
            None,
            ("paste", documents.paste_as_document, "Ctrl+Shift+V"),
            ("remove_document", documents.remove_document, None),
            ("project_settings", window.project_settings, None),
            ("preferences", window.preferences, Key.Preferences),
        ]
        self._fill(edit, entries)
        self.find.setToolTip(
            QCoreApplication.translate("WindowActions", "Find words in the article (Ctrl+F)")
        )

    def _claim_menu(self, claim: QMenu) -> None:
        review = self.window.review
        adding: list[Entry] = [("add_claim", review.add_claim, "Ctrl+Return"), None]
        self._fill(claim, adding)
        self.add_claim.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.add_claim.setToolTip(
            QCoreApplication.translate(
                "WindowActions", "Add the selected words as a claim (Ctrl+Enter)"
            )
        )
        self.statuses = {}
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
        entries: list[Entry] = [
            None,
            ("next_claim", lambda: review.step(1), "Alt+Down"),
            ("previous_claim", lambda: review.step(-1), "Alt+Up"),
            ("delete_claim", review.delete_claim, Key.Delete),
            None,
            ("search_archive", self.window.archive_actions.search_archive, "Ctrl+Shift+M"),
        ]
        self._fill(claim, entries)

    def _fill(self, menu: QMenu, entries: list[Entry]) -> None:
        """Add ``entries`` to ``menu``, each action kept in the attribute it names."""
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, slot, shortcut = entry
            text = QCoreApplication.translate("WindowActions", TEXTS[name])
            setattr(self, name, self._add(menu, text, slot, shortcut))

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
