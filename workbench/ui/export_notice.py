"""After an export, the status bar offers to open the file or show its folder.

A report written somewhere the reviewer did not look is a report they go hunting for;
the two buttons hand the file (or its folder) to the desktop, through QDesktopServices,
which opens it in the user's usual program or file manager.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from workbench.ui.language import isolate


class ExportNotice(QWidget):
    """ "Exported report.pdf  [Open] [Show in folder]", hidden until the first export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Last export"))
        self.label = QLabel(self)
        self.open_action = QAction(self.tr("&Open"), self)
        self.folder_action = QAction(self.tr("Show in &folder"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        for action in (self.open_action, self.folder_action):
            action.triggered.connect(
                lambda _checked=False, a=action: QDesktopServices.openUrl(a.data())
            )
            button = QToolButton(self)
            button.setDefaultAction(action)
            row.addWidget(button)
        self.hide()

    def show_file(self, path: Path) -> None:
        """Offer ``path`` (just written) and its folder."""
        self.label.setText(self.tr("Exported {name}").format(name=isolate(path.name)))
        self.label.setToolTip(str(path))
        self.open_action.setData(QUrl.fromLocalFile(str(path)))
        self.open_action.setToolTip(self.tr("Open {name}").format(name=isolate(path.name)))
        self.folder_action.setData(QUrl.fromLocalFile(str(path.parent)))
        self.folder_action.setToolTip(
            self.tr("Show {parent} in the file manager").format(parent=path.parent)
        )
        self.show()
