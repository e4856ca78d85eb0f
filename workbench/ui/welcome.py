"""The first screen: the sample article one click away, new/open project, recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME


class WelcomePage(QWidget):
    """Start actions and the recent-projects list.

    Signals:
        sample_requested(), new_requested(), open_requested(): the three buttons.
        recent_chosen(Path): a recent project was activated (double-click or Enter).
    """

    sample_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(APP_NAME, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel("Mark the claims in an article, check them, keep the evidence.", self)
        self.sample = QPushButton("Open the sample article", self)
        self.new = QPushButton("New project", self)
        self.open = QPushButton("Open project…", self)
        self.sample.clicked.connect(self.sample_requested)
        self.new.clicked.connect(self.new_requested)
        self.open.clicked.connect(self.open_requested)
        self.recent = QListWidget(self)  # a short list of paths: no model of its own needed
        self.recent.setAccessibleName("Recent projects")
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel("Recent projects", self)
        self.recent.setMaximumHeight(220)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.sample, self.new, self.open):
            button.setMinimumHeight(36)
            button.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent projects (the list hides itself when empty)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
