"""A row of four checkable buttons, one per claim status, in the status styles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from workbench.core.model import Status
from workbench.ui.status_style import STYLES, icon

#: Workflow order: the three outcomes first, "unreviewed" (the way back) last.
ORDER = (Status.VERIFIED, Status.DISPUTED, Status.UNVERIFIABLE, Status.UNREVIEWED)


class StatusButtons(QWidget):
    """Shows a status and asks for another one; the caller decides whether it changes.

    A click emits :attr:`status_clicked` and leaves the shown status alone until
    :meth:`set_status` is called, so a refused change never looks applied.
    """

    status_clicked = Signal(str)  # a Status value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self.buttons: dict[Status, QToolButton] = {}
        # Two by two, so the editor fits a narrow side panel.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, status in enumerate(ORDER):
            style = STYLES[status]
            shortcut = QKeySequence(style.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button = QToolButton()
            button.setText(style.label)
            button.setIcon(icon(status))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                self.tr("Mark the claim {value} ({shortcut})").format(
                    value=style.label.lower(), shortcut=shortcut
                )
            )
            button.setAccessibleName(self.tr("Mark {value}").format(value=style.label.lower()))
            button.clicked.connect(lambda _checked=False, s=status: self._clicked(s))
            self.buttons[status] = button
            layout.addWidget(button, position // 2, position % 2)

    def set_status(self, status: Status | None) -> None:
        """Check the button of ``status`` (none for None)."""
        self._status = status
        for each, button in self.buttons.items():
            button.setChecked(each is status)
            font = button.font()
            font.setBold(each is status)  # a second cue besides the pressed look
            button.setFont(font)

    def _clicked(self, status: Status) -> None:
        self.set_status(self._status)  # undo the click's own toggle; the owner decides
        self.status_clicked.emit(status.value)
