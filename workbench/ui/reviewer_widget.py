"""The status bar's reviewer name: a flat button that turns into a line edit on click.

Changing who is recorded on every edit should be one click away and never a blocking
prompt: click, type, Enter (or leave the field) saves; Escape keeps the old name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStackedLayout, QToolButton, QWidget

from workbench.ui.language import isolate


class _NameEdit(QLineEdit):
    """A line edit that reports Escape and leaving, and keeps Escape from window shortcuts."""

    escaped = Signal()
    left = Signal()

    def event(self, event: QEvent) -> bool:
        """Claim Escape before any window shortcut (e.g. closing a find bar) takes it."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape cancels; other keys edit as usual."""
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Leaving the field (not for a context menu) counts as Enter."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class ReviewerWidget(QWidget):
    """Shows "Reviewer: <name>"; emits :attr:`name_changed` with a new, non-empty name."""

    name_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._editing = False
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("The name recorded on your changes. Click to change it."))
        self.edit = _NameEdit()
        self.edit.setAccessibleName(self.tr("Reviewer name"))
        self.edit.setPlaceholderText(self.tr("Your name"))
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 14))
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.button)
        self._stack.addWidget(self.edit)
        self.button.clicked.connect(self._start_editing)
        self.edit.returnPressed.connect(self._save)
        self.edit.left.connect(self._save)
        self.edit.escaped.connect(self._stop_editing)
        self.set_name(name)

    def name(self) -> str:
        """The name shown."""
        return self._name

    def set_name(self, name: str) -> None:
        """Show ``name`` (from settings or Preferences); emits nothing."""
        self._name = name
        self.button.setText(self.tr("Reviewer: {name}").format(name=isolate(name)))
        self.button.setAccessibleName(
            self.tr("Reviewer: {name}. Activate to change.").format(name=isolate(name))
        )

    def is_editing(self) -> bool:
        """True while the line edit is shown."""
        return self._editing

    def _start_editing(self) -> None:
        self.edit.setText(self._name)
        self.edit.selectAll()
        self._editing = True
        self._stack.setCurrentWidget(self.edit)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        if not self.is_editing():
            return  # Enter already saved; this is the focus leaving afterwards
        name = self.edit.text().strip()
        self._stop_editing()
        if name and name != self._name:
            self.set_name(name)
            self.name_changed.emit(name)

    def _stop_editing(self) -> None:
        self._editing = False  # first: switching pages moves focus, which calls _save
        self._stack.setCurrentWidget(self.button)
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
