"""The info banner above the article, with a button to close it.

Import warnings and "open read-only" are worth reading once, but on a short screen a
banner that cannot be dismissed takes the rows the article and the evidence list need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class MessageBanner(QWidget):
    """A wrapping line of plain text and a close button; hidden while it has no text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Messages"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # warnings quote file contents
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        """The message shown (or last shown, if closed)."""
        return self.label.text()

    def show_text(self, text: str) -> None:
        """Show ``text``; empty text hides the banner."""
        self.label.setText(text)
        self.setVisible(bool(text))
