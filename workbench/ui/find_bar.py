"""Find in the article: a bar under the text, not a modal dialog.

A match is *selected* in the article, so "find the quote, then Ctrl+Enter" claims it. The
search wraps around the end of the article; Enter finds the next match, Shift+Enter the
previous one, Escape closes the bar and returns to the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    """Find text in one QPlainTextEdit (case-insensitive, wrapping)."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self._on_return)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        previous = _button(self, self.tr("Previous"), self.tr("Previous match (Shift+F3)"))
        following = _button(self, self.tr("Next"), self.tr("Next match (F3)"))
        close = _button(self, self.tr("Close"), self.tr("Close the find bar (Escape)"))
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        for widget in (previous, following, self.status, close):
            layout.addWidget(widget)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar and focus the field, pre-filled with a one-line selection."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the article (the match stays selected)."""
        self.hide()
        self._editor.setFocus()

    def find_next(self) -> bool:
        """Select the next match, wrapping to the start; False when there is none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match, wrapping to the end; False when there is none."""
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        needle = self.field.text()
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self._editor.find(needle, flags)
        if not found:
            wrapped = self._editor.textCursor()
            wrapped.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self._editor.setTextCursor(wrapped)
            found = self._editor.find(needle, flags)
        self.status.setText("" if found else self.tr("No match"))
        return found

    def _on_return(self) -> None:
        if QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
        else:
            self.find_next()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Escape closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)


def _button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button
