"""Help without a network: the keyboard shortcuts sheet and the bundled user guide.

The sheet is read from the window's own menus every time it opens, so it lists exactly
the shortcuts the actions carry and can never drift from them. The guide is an HTML file
shipped in ``resources/help/``; links out of it are not followed (it works offline).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
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

from workbench.reports.resources import resource_dir

#: Gestures that are not menu actions, so the menus cannot list them.
GESTURES = (
    ("Article", "Drag over words", "Selects whole words (a drag may start mid-word)"),
    ("Article", "Alt + drag", "Selects exactly the characters dragged over"),
    ("Article", "Drag the current claim's first or last letter", "Moves that edge"),
    ("Article", "Shift + arrows, Ctrl + Shift + arrows", "Select by keyboard"),
    ("Find bar", "Enter / Shift + Enter / Escape", "Next match / previous / close"),
    ("Evidence list", "Enter / Delete", "Edit / remove the selected evidence"),
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
    first = text.split(" ", 1)[0]
    return first if first in ("Undo", "Redo") else text


def shortcuts_html(rows: list[tuple[str, str, str]]) -> str:
    """The sheet as an HTML table: menu actions first, then mouse and text gestures."""
    lines = ["<h2>Keyboard shortcuts</h2>", '<table cellpadding="4" cellspacing="0">']
    lines.append(
        "<tr><th align='left'>Keys</th><th align='left'>Does</th><th align='left'>Where</th></tr>"
    )
    for where, what, keys in rows:
        lines.append(_row(keys, what, where))
    lines.append("<tr><td colspan='3'><h3>Mouse and text</h3></td></tr>")
    for where, keys, what in GESTURES:
        lines.append(_row(keys, what, where))
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
    dialog = HelpDialog(parent, "Keyboard shortcuts")
    dialog.browser.setHtml(shortcuts_html(shortcut_rows(bar)))
    return dialog


def guide_dialog(parent: QWidget | None) -> HelpDialog:
    """The user guide (not yet shown)."""
    dialog = HelpDialog(parent, "User guide")
    dialog.show_page(guide_path())
    return dialog
