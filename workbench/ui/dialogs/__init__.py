"""Dialogs, each opened through an ``ask`` classmethod that returns plain values.

The window calls ``SomeDialog.ask(...)`` and gets a value or None back, so the window's
tests replace ``ask`` and never block on a modal dialog (pytest-qt's dialog guidance),
while the dialogs' own tests drive the real widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from workbench.ui.screen_fit import fit_to_screen

T = TypeVar("T")


def run_modal(dialog: QDialog) -> int:
    """Run ``dialog`` modally, fitted to the screen first: every dialog opens through here."""
    fit_to_screen(dialog)
    return dialog.exec()


def answer(dialog: QDialog, result: Callable[[], T]) -> T | None:
    """Run ``dialog`` modally; ``result()`` if it was accepted, else None. Frees it after."""
    try:
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return result()
    finally:
        dialog.deleteLater()


def plain_label(text: str = "") -> QLabel:
    """A wrapping label that shows its text as typed: user text never renders as HTML.

    (QLabel's default, AutoText, would render a title or a name that merely looks like
    markup, and these come from files someone may have sent.)
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def show_problem(
    label: QLabel, buttons: QDialogButtonBox, problem: str, *, blocking: bool | None = None
) -> None:
    """Say under the fields what is wrong ("" hides the line); OK waits until nothing blocks.

    A problem blocks unless ``blocking`` is False (a warning the user may go past).
    """
    label.setText(problem)
    label.setVisible(bool(problem))
    blocks = bool(problem) if blocking is None else blocking
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blocks)


def accept_buttons(
    dialog: QDialog,
    main: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """``main`` and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(main | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
