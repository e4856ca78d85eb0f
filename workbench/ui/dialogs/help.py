"""Help without a network: the keyboard shortcuts sheet and the bundled user guide.

The sheet is read from the window's own menus every time it opens, so it lists exactly
the shortcuts the actions carry and can never drift from them. The guide is an HTML file
shipped in ``resources/help/``; links out of it are not followed (it works offline).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.reports.resources import resource_dir

#: Gestures that are not menu actions, so the menus cannot list them.
GESTURES = (
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Article"),
        QT_TRANSLATE_NOOP("HelpDialog", "Drag over words"),
        QT_TRANSLATE_NOOP("HelpDialog", "Selects whole words (a drag may start mid-word)"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Article"),
        QT_TRANSLATE_NOOP("HelpDialog", "Alt + drag"),
        QT_TRANSLATE_NOOP("HelpDialog", "Selects exactly the characters dragged over"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Article"),
        QT_TRANSLATE_NOOP("HelpDialog", "Drag the current claim's first or last letter"),
        QT_TRANSLATE_NOOP("HelpDialog", "Moves that edge"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Article"),
        QT_TRANSLATE_NOOP("HelpDialog", "Shift + arrows, Ctrl + Shift + arrows"),
        QT_TRANSLATE_NOOP("HelpDialog", "Select by keyboard"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Find bar"),
        QT_TRANSLATE_NOOP("HelpDialog", "Enter / Shift + Enter / Escape"),
        QT_TRANSLATE_NOOP("HelpDialog", "Next match / previous / close"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpDialog", "Evidence list"),
        QT_TRANSLATE_NOOP("HelpDialog", "Enter / Delete"),
        QT_TRANSLATE_NOOP("HelpDialog", "Edit / remove the selected evidence"),
    ),
)


def plain_text(menu_text: str) -> str:
    """A menu item's text as a reader sees it: no mnemonic ampersands, no ellipsis."""
    return menu_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action in ``bar``'s menus that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{where} > {plain_text(action.text())}")
            elif action.shortcuts():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((where, _stable_name(plain_text(action.text())), keys))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(top.text()))
    return rows


def _stable_name(text: str) -> str:
    """ "Undo Add claim" is listed as "Undo": the undo actions name the last edit."""
    for prefix in (
        QCoreApplication.translate("WindowActions", "&Undo"),
        QCoreApplication.translate("WindowActions", "&Redo"),
    ):
        name = plain_text(prefix)
        if text == name or text.startswith(name + " "):
            return name
    return text


def shortcuts_html(rows: list[tuple[str, str, str]]) -> str:
    """The sheet as an HTML table: menu actions first, then mouse and text gestures."""

    def tr(words: str) -> str:
        return html.escape(QCoreApplication.translate("HelpDialog", words))

    lines = [
        "<h2>{}</h2>".format(tr(QT_TRANSLATE_NOOP("HelpDialog", "Keyboard shortcuts"))),
        '<table cellpadding="4" cellspacing="0">',
    ]
    lines.append(
        "<tr><th align='left'>{}</th><th align='left'>{}</th><th align='left'>{}</th></tr>".format(
            tr(QT_TRANSLATE_NOOP("HelpDialog", "Keys")),
            tr(QT_TRANSLATE_NOOP("HelpDialog", "Does")),
            tr(QT_TRANSLATE_NOOP("HelpDialog", "Where")),
        )
    )
    for where, what, keys in rows:
        lines.append(_row(keys, what, where))
    lines.append(
        "<tr><td colspan='3'><h3>{}</h3></td></tr>".format(
            tr(QT_TRANSLATE_NOOP("HelpDialog", "Mouse and text"))
        )
    )
    for where, keys, what in GESTURES:
        words = (QCoreApplication.translate("HelpDialog", w) for w in (keys, what, where))
        lines.append(_row(*words))
    lines.append("</table>")
    return "\n".join(lines)


def _row(keys: str, what: str, where: str) -> str:
    return (
        f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td>"
        f"<td>{html.escape(where)}</td></tr>"
    )


def guide_path() -> QUrl:
    """The bundled user guide."""
    return QUrl.fromLocalFile(str(resource_dir() / "help" / "guide.html"))


class HelpDialog(QDialog):
    """A read-only page of help in a text browser that never goes online."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def show_page(self, url: QUrl) -> None:
        """Show a local page; its own links work, links to the web are not followed."""
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSource(url)

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        elif url.isRelative() or url.isLocalFile():
            self.browser.setSource(self.browser.source().resolved(url))


def shortcuts_dialog(parent: QWidget | None, bar: QMenuBar) -> HelpDialog:
    """The shortcuts sheet of ``bar``'s actions (not yet shown)."""
    dialog = HelpDialog(parent, QCoreApplication.translate("Help", "Keyboard shortcuts"))
    dialog.browser.setHtml(shortcuts_html(shortcut_rows(bar)))
    return dialog


def guide_dialog(parent: QWidget | None) -> HelpDialog:
    """The user guide (not yet shown)."""
    dialog = HelpDialog(parent, QCoreApplication.translate("Help", "User guide"))
    dialog.show_page(guide_path())
    return dialog
