"""Asks where to write a compact copy for sharing, and whether to include the originals
and the archived copies of evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.dialogs import accept_buttons, answer
from workbench.ui.language import number


class ShareDialog(QDialog):
    """Target file and "include the imported files" (off keeps e-mail attachments small)."""

    def __init__(
        self,
        parent: QWidget | None,
        suggested: Path,
        originals_bytes: int,
        copies_bytes: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share a copy"))
        intro = QLabel(
            self.tr(
                "Writes a compact copy of this project to send to a colleague. They can review "
                "it and send it back, and you can merge their copy with File > Merge."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setAccessibleName(self.tr("Copy to"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        megabytes = originals_bytes / (1024 * 1024)
        self.originals_check = QCheckBox(
            self.tr(
                "&Include the imported files ({megabytes} MB): PDFs, web pages, documents"
            ).format(megabytes=number(megabytes))
        )
        self.originals_check.setChecked(megabytes < 5)
        copies_mb = copies_bytes / (1024 * 1024)
        self.copies_check = QCheckBox(
            self.tr(
                "Include the &archived copies of evidence ({0} MB): web archives, captures"
            ).format(number(copies_mb))
        )
        self.copies_check.setChecked(copies_mb < 5)
        self.copies_check.setVisible(copies_bytes > 0)
        self.buttons = accept_buttons(self, QDialogButtonBox.StandardButton.Save)
        self.path_edit.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.originals_check)
        layout.addWidget(self.copies_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Share a copy"),
            self.path_edit.text(),
            self.tr("Fact-check projects (*.factcheck)"),
        )
        if name:
            self.path_edit.setText(name if name.endswith(".factcheck") else name + ".factcheck")

    def _update_save(self) -> None:
        target = Path(self.path_edit.text().strip())
        ok = bool(self.path_edit.text().strip()) and target.parent.is_dir()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    @classmethod
    def ask(
        cls, parent: QWidget | None, suggested: Path, originals_bytes: int, copies_bytes: int = 0
    ) -> tuple[Path, bool, bool] | None:
        """Show the dialog; (target, include originals, include archived copies), or None
        when cancelled."""
        dialog = cls(parent, suggested, originals_bytes, copies_bytes)
        return answer(
            dialog,
            lambda: (
                Path(dialog.path_edit.text().strip()),
                dialog.originals_check.isChecked(),
                dialog.copies_check.isChecked(),
            ),
        )
