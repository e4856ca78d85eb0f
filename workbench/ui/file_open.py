"""Files the desktop asks the running program to open (macOS double-click, Dock drops).

On macOS a double-clicked ``.factcheck`` file arrives as a ``QFileOpenEvent`` sent to the
application, not as a command-line argument; this filter hands it to the same code path
as ``workbench FILE`` and drag and drop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenFilter(QObject):
    """Calls ``open_path`` for every file-open request the application receives."""

    def __init__(self, open_path: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Take file-open events; let every other event through."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.open_path(Path(name).resolve())
                return True
        return super().eventFilter(watched, event)
