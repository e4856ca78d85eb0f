"""The export dialog: which format, which document, which claims, and where to save."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Document, Status
from workbench.ui.dialogs import accept_buttons, answer, plain_label, show_problem
from workbench.ui.dialogs.preview import PreviewDialog
from workbench.ui.language import isolate
from workbench.ui.places import documents_folder
from workbench.ui.status_buttons import ORDER
from workbench.ui.status_style import STYLES, icon

ALL_DOCUMENTS_NAME = "fact-check-report"


@dataclass(frozen=True)
class ExportRequest:
    """What to export: format name, output file, one document (None: all) and statuses.

    ``full_article`` and ``include_unclaimed`` are the readable reports' options.
    """

    fmt: str
    out: Path
    document_id: str | None
    statuses: tuple[Status, ...]
    full_article: bool = False
    include_unclaimed: bool = False
    #: HTML only: write a zip of the report and the archived copies it cites.
    with_copies: bool = False


def file_stem(title: str) -> str:
    """A file-name-safe stem made from a document title (letters, digits and hyphens)."""
    stem = re.sub(r"[\W_]+", "-", title.casefold()).strip("-")[:60].rstrip("-")
    return stem or ALL_DOCUMENTS_NAME


def _path_problem(text: str) -> tuple[str, bool]:
    """What is wrong with the output path ``text`` (blocking), or a warning, or nothing."""
    if not text:
        return QCoreApplication.translate("ExportDialog", "Choose where to save the export."), True
    out = Path(text).expanduser()
    if not out.parent.is_dir():
        return QCoreApplication.translate(
            "ExportDialog", "The folder {folder} does not exist."
        ).format(folder=out.parent), True
    if out.is_dir():
        return QCoreApplication.translate(
            "ExportDialog", "{path} is a folder: add a file name."
        ).format(path=out), True
    if out.exists():
        return QCoreApplication.translate(
            "ExportDialog", "{name} exists and will be replaced."
        ).format(name=isolate(out.name)), False
    return "", False


#: The formats whose report can be previewed in the dialog.
PREVIEW_FORMATS = ("html", "pdf")
#: The formats a person reads, which take the report options.
READABLE_FORMATS = ("html", "pdf", "docx", "md")


class ExportDialog(QDialog):
    """Collects an :class:`ExportRequest`; the window runs the export itself."""

    def __init__(
        self,
        parent: QWidget | None,
        documents: list[Document],
        current_document_id: str | None,
        formats: dict[str, tuple[str, str]],
        preview: Callable[[ExportRequest], str] | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self._preview = preview
        self._documents = {d.id: d for d in documents}
        self._formats = {name: (label, ext.lstrip(".")) for name, (label, ext) in formats.items()}
        self._current = current_document_id if current_document_id in self._documents else None
        self._path_chosen = False  # typed or browsed: stop suggesting names

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Export format"))
        for name, (label, ext) in self._formats.items():
            self.format_combo.addItem(f"{label} (.{ext})", name)
        scope = self._build_scope()
        self.status_checks: dict[Status, QCheckBox] = {}
        statuses = self._build_statuses()
        report_options = self._build_report_options()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Export file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.problem_label = plain_label()
        self.buttons = accept_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.preview_button = self.buttons.addButton(
            self.tr("Pre&view"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.clicked.connect(self._show_preview)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Claims from:"), self.current_radio)
        form.addRow("", self.all_radio)
        form.addRow(self.tr("With status:"), statuses)
        form.addRow(self.tr("Report:"), report_options)
        path_label = QLabel(self.tr("&Save to:"))
        path_label.setBuddy(self.path_edit)  # a layout row gets no buddy by itself
        form.addRow(path_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.path_edit.setText(str((folder or documents_folder()) / self._suggested_name()))
        self.path_edit.textEdited.connect(self._path_typed)
        self.path_edit.textChanged.connect(self._validate)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        scope.buttonToggled.connect(self._scope_changed)
        for check in self.status_checks.values():
            check.toggled.connect(self._validate)
        self.browse_button.clicked.connect(self._browse)
        self._validate()

    def _build_scope(self) -> QButtonGroup:
        current = self._documents.get(self._current or "")
        self.current_radio = QRadioButton(
            self.tr("This document: {title}").format(title=isolate(current.title))
            if current
            else self.tr("This document")
        )
        self.current_radio.setEnabled(current is not None)
        self.all_radio = QRadioButton(
            self.tr("All documents ({count})").format(count=len(self._documents))
        )
        scope = QButtonGroup(self)
        for radio in (self.current_radio, self.all_radio):
            radio.setAccessibleName(radio.text())
            scope.addButton(radio)
        (self.current_radio if current else self.all_radio).setChecked(True)
        return scope

    def _build_statuses(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for status in ORDER:
            check = QCheckBox(STYLES[status].label)
            check.setIcon(icon(status))
            check.setChecked(True)
            check.setAccessibleName(
                self.tr("Include {value} claims").format(value=STYLES[status].label.lower())
            )
            row.addWidget(check)
            self.status_checks[status] = check
        row.addStretch(1)
        return row

    def _build_report_options(self) -> QVBoxLayout:
        """The readable reports' options: both off, so the report stays short."""
        self.full_article_check = QCheckBox(
            self.tr("Add the full article text, claims highlighted")
        )
        self.unclaimed_check = QCheckBox(self.tr("List articles without claims"))
        self.copies_check = QCheckBox(
            self.tr("Put the archived copies beside the report (writes a .zip)")
        )
        column = QVBoxLayout()
        for check in (self.full_article_check, self.unclaimed_check, self.copies_check):
            check.setAccessibleName(check.text())
            column.addWidget(check)
        return column

    def _extension(self) -> str:
        return self._formats[self.format_combo.currentData()][1] if self._formats else ""

    def _document_id(self) -> str | None:
        return self._current if self.current_radio.isChecked() else None

    def _suggested_name(self) -> str:
        document = self._documents.get(self._document_id() or "")
        stem = file_stem(document.title) if document else ALL_DOCUMENTS_NAME
        return f"{stem}.{self._extension()}"

    def _path_typed(self) -> None:
        self._path_chosen = True

    def _show_preview(self) -> None:
        if self._preview is not None:
            request = self.request()
            PreviewDialog.show_preview(self, self._preview(request), self._formats[request.fmt][0])

    def _format_changed(self) -> None:
        """Keep the chosen folder and name, with the new format's extension."""
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{self._extension()}")))
        self._validate()

    def _scope_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text and not self._path_chosen:
            self.path_edit.setText(str(Path(text).with_name(self._suggested_name())))
        self._validate()

    def _browse(self) -> None:
        label, ext = self._formats[self.format_combo.currentData()]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), f"{label} (*.{ext})"
        )
        if chosen:
            path = Path(chosen)
            self._path_chosen = True
            self.path_edit.setText(str(path if path.suffix else path.with_suffix(f".{ext}")))

    def _problem(self) -> tuple[str, bool]:
        """A message for the user, and whether it blocks the export."""
        if not self._formats:
            return self.tr("No export formats are available."), True
        if not any(check.isChecked() for check in self.status_checks.values()):
            return self.tr("Tick at least one status."), True
        return _path_problem(self.path_edit.text().strip())

    def _validate(self) -> None:
        message, blocking = self._problem()
        show_problem(self.problem_label, self.buttons, message, blocking=blocking)
        readable = self.format_combo.currentData() in READABLE_FORMATS
        self.full_article_check.setEnabled(readable)
        self.unclaimed_check.setEnabled(readable)
        self.copies_check.setEnabled(self.format_combo.currentData() == "html")
        previewable = self.format_combo.currentData() in PREVIEW_FORMATS
        self.preview_button.setVisible(self._preview is not None and previewable)
        self.preview_button.setEnabled(any(c.isChecked() for c in self.status_checks.values()))

    def request(self) -> ExportRequest:
        """The export as chosen."""
        return ExportRequest(
            fmt=self.format_combo.currentData(),
            out=Path(self.path_edit.text().strip()).expanduser(),
            document_id=self._document_id(),
            statuses=tuple(s for s, check in self.status_checks.items() if check.isChecked()),
            full_article=self.full_article_check.isChecked(),
            include_unclaimed=self.unclaimed_check.isChecked(),
            with_copies=self.copies_check.isEnabled() and self.copies_check.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        documents: list[Document],
        current_document_id: str | None,
        formats: dict[str, tuple[str, str]],
        preview: Callable[[ExportRequest], str] | None = None,
        *,
        folder: Path | None = None,
    ) -> ExportRequest | None:
        """Show the dialog; the chosen export, or None when cancelled.

        ``preview`` renders a request's report as HTML for the Preview button (shown for
        the HTML and PDF reports); ``folder`` is proposed (else the documents folder).
        """
        dialog = cls(parent, documents, current_document_id, formats, preview, folder=folder)
        return answer(dialog, dialog.request)
