"""Error dialogs, and the last line of defence for exceptions nobody caught.

A UserError (the core's message for a journalist) is shown as it is. Anything else is a
bug: its traceback goes to a log file in the user's data folder and the user sees one
calm sentence, with the details one "Copy details" click away for a bug report. The app
keeps running either way.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workbench import settings
from workbench.core.errors import UserError
from workbench.ui.dialogs import plain_label, run_modal

LOGGER = logging.getLogger("workbench")


class _HookState:
    """The log file handler we installed, and whether an error dialog is open."""

    handler: logging.Handler | None = None
    showing = False


def log_path() -> Path:
    """Where unexpected errors are logged: ``<data folder>/logs/workbench.log``."""
    return settings.data_dir() / "logs" / "workbench.log"


class ErrorDialog(QDialog):
    """A short message; with details, a "Copy details" button and a details toggle."""

    def __init__(self, parent: QWidget | None, message: str, details: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fact-check Workbench"))
        self.details = details
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = plain_label(message)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMinimumWidth(360)
        self.message_label.setAccessibleName(self.tr("Error message"))
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setMinimumSize(560, 220)
        self.details_view.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.toggle_button = QPushButton(self.tr("Show &details"))
        self.toggle_button.setCheckable(True)
        if details:
            self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button.toggled.connect(self._toggle_details)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(self.buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard, for a bug report."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.adjustSize()


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    """Show ``message`` in a modal dialog and wait until it is closed."""
    dialog = ErrorDialog(parent, message, details)
    try:
        run_modal(dialog)
    finally:
        dialog.deleteLater()


def _log_to_file() -> None:
    """Send the ``workbench`` logger to :func:`log_path` (replacing an earlier file)."""
    if _HookState.handler is not None:
        LOGGER.removeHandler(_HookState.handler)
        _HookState.handler.close()
        _HookState.handler = None
    try:
        log_path().parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return  # no log file (read-only home...): the traceback still reaches stderr
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    _HookState.handler = handler


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and tell the user, without ending the program."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if isinstance(error, UserError):
        message, details = str(error), ""
    else:
        details = "".join(traceback.format_exception(kind, error, tb))
        LOGGER.error("Unexpected error\n%s", details)
        sys.stderr.write(details)  # also for whoever started us from a shell
        message = QCoreApplication.translate(
            "Errors",
            "Something went wrong. Your edits so far are saved in the project file. "
            "The details are in {path}.",
        ).format(path=log_path())
    app = QApplication.instance()
    # One dialog at a time: an error raised while it is open (its exec() runs events) is
    # only logged. Worker threads never open windows.
    if _HookState.showing or app is None or QThread.currentThread() is not app.thread():
        return
    _HookState.showing = True
    try:
        show_error(QApplication.activeWindow(), message, details)
    finally:
        _HookState.showing = False


def install_excepthook() -> None:
    """Make uncaught exceptions a logged bug and a short dialog instead of a crash."""
    _log_to_file()
    if LOGGER.getEffectiveLevel() > logging.INFO:
        LOGGER.setLevel(logging.INFO)
    sys.excepthook = _excepthook
