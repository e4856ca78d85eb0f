"""Dialogs, each opened through an ``ask`` classmethod that returns plain values.

The window calls ``SomeDialog.ask(...)`` and gets a value or None back, so the window's
tests replace ``ask`` and never block on a modal dialog (pytest-qt's dialog guidance),
while the dialogs' own tests drive the real widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

T = TypeVar("T")


def answer(dialog: QDialog, result: Callable[[], T]) -> T | None:
    """Run ``dialog`` modally; ``result()`` if it was accepted, else None. Frees it after."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return result()
    finally:
        dialog.deleteLater()
