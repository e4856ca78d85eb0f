"""A preview of the review report, before it is written to a file.

Shown with Qt's rich-text engine, the same one that lays out the PDF report, so what the
reviewer sees here is what the PDF will hold (a browser shows the HTML report with its own
typography). Links are not followed: the report comes from a file someone may have sent.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench.ui.dialogs import run_modal
from workbench.ui.language import isolate


class PreviewDialog(QDialog):
    """The report, read-only and scrollable."""

    def __init__(self, parent: QWidget | None, html: str, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=isolate(title)))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Report preview"))
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 900)  # a page's width; run_modal fits it to smaller screens

    @classmethod
    def show_preview(cls, parent: QWidget | None, html: str, title: str) -> None:
        """Show the preview until the reviewer closes it."""
        dialog = cls(parent, html, title)
        try:
            run_modal(dialog)
        finally:
            dialog.deleteLater()
