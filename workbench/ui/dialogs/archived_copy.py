"""Viewing an archived copy offline: its details and its page's text, or its picture.

An archived page came from the web and may carry scripts, trackers and look-alike
markup. It is never rendered: the viewer shows the text the sandboxed reader extracted
(:mod:`workbench.importers.web_archive`) in a read-only plain-text box, and every detail
(addresses, titles, dates) in plain labels, so nothing in it can run, load or pose as
part of the program. A picture is decoded by Qt into a pixmap and shown as such.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.archived import ArchivedCopy
from workbench.ui.dialogs import plain_label, run_modal
from workbench.ui.language import moment, number
from workbench.ui.sizes import size_text

if TYPE_CHECKING:  # the importers load in the worker, on first use
    from workbench.importers.web_archive import CopySummary

#: Pages of a web archive listed in the details (the rest are counted).
LISTED_PAGES = 20


class ArchivedCopyViewer(QDialog):
    """A read-only view of one archived copy: details above, text or picture below."""

    def __init__(self, parent: QWidget | None, copy: ArchivedCopy) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Archived copy: {0}").format(copy.name))
        self.details = QFormLayout()
        self._row(self.tr("File:"), copy.name)
        self._row(self.tr("Kind:"), f"{copy.kind.value.upper()} ({copy.media_type})")
        exact = self.tr("{0} bytes").format(number(copy.size))
        self._row(self.tr("Size:"), f"{size_text(copy.size)} ({exact})")
        self._row(self.tr("SHA-256:"), copy.sha256)
        self._row(self.tr("Captured:"), moment(copy.captured_at) or self.tr("unknown"))
        self._row(self.tr("Kept:"), f"{moment(copy.added_at)} · {copy.added_by}")
        self.body = QVBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.details)
        layout.addLayout(self.body, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _row(self, label: str, value: str) -> None:
        shown = plain_label(value)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addRow(label, shown)

    def show_summary(self, summary: CopySummary) -> None:
        """A web archive's or saved page's details and its main page's text, as text."""
        if summary.url:
            self._row(self.tr("Main page:"), summary.url)
        if summary.title:
            self._row(self.tr("Title:"), summary.title)
        if summary.digests_checked:
            self._row(
                self.tr("Digests:"),
                self.tr("{0} declared digest(s) recomputed: all match").format(
                    summary.digests_checked
                ),
            )
        if len(summary.pages) > 1:
            listed = [f"{p.captured_at}  {p.url}" for p in summary.pages[:LISTED_PAGES]]
            more = len(summary.pages) - LISTED_PAGES
            if more > 0:
                listed.append(self.tr("… and {0} more").format(more))
            self._row(self.tr("Pages:"), "\n".join(listed))
        for warning in summary.warnings:
            self._row(self.tr("Note:"), warning)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(summary.text or self.tr("(No text could be read.)"))
        self.text_view.setAccessibleName(self.tr("Archived page text"))
        self.body.addWidget(self.text_view)

    def show_picture(self, data: bytes) -> bool:
        """A screenshot or picture, as a pixmap; False when Qt cannot decode it."""
        image = QImage.fromData(data)
        if image.isNull():
            return False
        self.picture = QLabel()
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setAccessibleName(self.tr("Archived picture"))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        self.body.addWidget(scroll)
        return True

    def run(self) -> None:
        """Show the viewer modally and free it after."""
        try:
            run_modal(self)
        finally:
            self.deleteLater()
