"""The dialog that adds or edits one piece of evidence for a claim.

No stance is chosen for the reviewer: a default would be saved unread as often as not, so
the dialog asks for one. The accessed date is empty until one is given ("Today" fills it),
and an existing timestamp is kept as it was unless the date is changed. A file (screenshot,
PDF, saved page) can be attached; its bytes travel with the answer, not in the Evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import UserError
from workbench.core.model import Evidence, Stance, new_id
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui import attachments
from workbench.ui.dialogs import accept_buttons, answer, plain_label, show_problem
from workbench.ui.links import is_link
from workbench.ui.sizes import file_with_size

STANCE_LABELS: dict[Stance, str] = {
    Stance.SUPPORTS: QT_TRANSLATE_NOOP("Stance", "Supports"),
    Stance.REFUTES: QT_TRANSLATE_NOOP("Stance", "Refutes"),
    Stance.CONTEXT: QT_TRANSLATE_NOOP("Stance", "Context"),
}


def stance_label(stance: Stance) -> str:
    """A stance's name in the window's language."""
    return QCoreApplication.translate("Stance", STANCE_LABELS[stance])


#: QDateEdit cannot be empty; its minimum date stands for "no date recorded" (shown as text).
_NO_DATE = QDate(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    """The dialog's answer: the evidence, and a change of attached file if one was made.

    ``attachment`` is None when the file is unchanged, ``("", None)`` when it was removed,
    and ``(name, bytes)`` for a newly attached file.
    """

    evidence: Evidence
    attachment: tuple[str, bytes | None] | None = None


def _parse_date(value: str) -> QDate:
    """The date part of an ISO date or timestamp, or the no-date marker."""
    date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return date if date.isValid() else _NO_DATE


class EvidenceDialog(QDialog):
    """Title, URL, publisher, accessed date, excerpt, stance and note of one source."""

    def __init__(
        self, parent: QWidget | None, claim_id: str, existing: Evidence | None = None
    ) -> None:
        super().__init__(parent)
        self._claim_id = claim_id
        self._existing = existing
        self.setWindowTitle(self.tr("Edit evidence") if existing else self.tr("Add evidence"))
        self.setMinimumWidth(480)

        self.title_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://…"))
        self.publisher_edit = QLineEdit()
        self.accessed_edit = QDateEdit()
        self.accessed_edit.setCalendarPopup(True)
        self.accessed_edit.setDisplayFormat("d MMM yyyy")  # unambiguous in every locale
        self.accessed_edit.setMinimumDate(_NO_DATE)
        self.accessed_edit.setSpecialValueText(self.tr("Not recorded"))
        accessed = self._accessed_row()
        self.stance_combo = QComboBox()
        self.stance_combo.setPlaceholderText(self.tr("Choose…"))
        for stance in STANCE_LABELS:
            label = stance_label(stance)
            self.stance_combo.addItem(label, stance.value)
        self.stance_combo.setCurrentIndex(-1)
        file_row = self._file_row()
        self.excerpt_edit = QPlainTextEdit()
        self.excerpt_edit.setTabChangesFocus(True)
        self.excerpt_edit.setPlaceholderText(self.tr("The passage that bears on the claim"))
        lines = self.fontMetrics().lineSpacing()
        self.excerpt_edit.setMinimumHeight(lines * 6)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(lines * 3)
        self.note_edit.setMaximumHeight(lines * 6)
        self.problem_label = plain_label()
        self.buttons = accept_buttons(self)

        rows: tuple[tuple[str, QWidget, QHBoxLayout | None, str], ...] = (
            (self.tr("&Title:"), self.title_edit, None, self.tr("Evidence title")),
            (self.tr("&URL:"), self.url_edit, None, self.tr("Evidence URL")),
            (self.tr("&Publisher:"), self.publisher_edit, None, self.tr("Evidence publisher")),
            (
                self.tr("&Accessed:"),
                self.accessed_edit,
                accessed,
                self.tr("Date the source was accessed"),
            ),
            (self.tr("&Stance:"), self.stance_combo, None, self.tr("Stance of the evidence")),
            (self.tr("&Excerpt:"), self.excerpt_edit, None, self.tr("Excerpt from the source")),
            (self.tr("&Note:"), self.note_edit, None, self.tr("Note on the evidence")),
            (self.tr("File:"), self.file_label, file_row, self.tr("Attached file")),
        )
        form = _form(rows)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.resize(self.minimumSizeHint())
        self._fill(existing)
        for edit in (self.title_edit, self.url_edit):
            edit.textChanged.connect(self._validate)
        self.excerpt_edit.textChanged.connect(self._validate)
        self.stance_combo.currentIndexChanged.connect(self._validate)
        self._validate()

    def _accessed_row(self) -> QHBoxLayout:
        """The accessed date with a "Today" button (the date starts empty)."""
        self.today_button = QPushButton(self.tr("Toda&y"))
        self.today_button.setToolTip(self.tr("Accessed today"))
        self.today_button.clicked.connect(lambda: self.accessed_edit.setDate(QDate.currentDate()))
        row = QHBoxLayout()
        row.addWidget(self.accessed_edit, 1)
        row.addWidget(self.today_button)
        return row

    def _file_row(self) -> QHBoxLayout:
        """The attached file's name with Attach and Remove buttons."""
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.attach_button = QPushButton(self.tr("Attac&h file…"))
        self.attach_button.setToolTip(self.tr("Attach a screenshot, PDF or saved page"))
        self.detach_button = QPushButton(self.tr("Remo&ve file"))
        self.attach_button.clicked.connect(self._attach)
        self.detach_button.clicked.connect(self._detach)
        #: The attached file as it will be saved: (name, bytes) new, ("", None) removed.
        self.attachment: tuple[str, bytes | None] | None = None
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.detach_button)
        return row

    def _fill(self, existing: Evidence | None) -> None:
        self.accessed_edit.setDate(_NO_DATE)
        self._show_file(existing.attachment_name if existing else "")
        if existing is None:
            return
        self.title_edit.setText(existing.title)
        self.url_edit.setText(existing.url)
        self.publisher_edit.setText(existing.publisher)
        self.accessed_edit.setDate(_parse_date(existing.accessed_at))
        self.stance_combo.setCurrentIndex(self.stance_combo.findData(existing.stance.value))
        self.excerpt_edit.setPlainText(existing.excerpt)
        self.note_edit.setPlainText(existing.note)

    def _show_file(self, name: str, size: int | None = None) -> None:
        shown = file_with_size(name, size) if name and size is not None else name
        self.file_label.setText(shown or self.tr("No file attached"))
        self.detach_button.setEnabled(bool(name))

    def _attach(self) -> None:
        path = attachments.ask_path(self)
        if path is None:
            return
        try:
            data = attachments.read(path)
        except UserError as err:
            self.problem_label.setText(str(err))
            self.problem_label.setVisible(True)
            return
        self.attachment = (path.name, data)
        self._show_file(path.name, len(data))
        self._validate()

    def _detach(self) -> None:
        self.attachment = ("", None)
        self._show_file("")

    def _problem(self) -> str:
        """Why the fields cannot be saved yet, or "" when they can."""
        url = self.url_edit.text().strip()
        if url and not is_link(url):
            return self.tr("The URL must be a web address (http:// or https://) or a mailto: link.")
        if not (url or self.title_edit.text().strip() or self.excerpt_edit.toPlainText().strip()):
            return self.tr("Give at least a title, a URL or an excerpt.")
        if self.stance_combo.currentIndex() < 0:
            return self.tr(
                "Choose a stance: does the source support or refute the claim, or give context?"
            )
        return ""

    def _validate(self) -> None:
        show_problem(self.problem_label, self.buttons, self._problem())

    def _accessed(self) -> str:
        """The accessed date as entered; an existing timestamp stays whole if not changed."""
        date = self.accessed_edit.date()
        old = self._existing.accessed_at if self._existing else ""
        if old and date == _parse_date(old):
            return old
        return "" if date == _NO_DATE else date.toString(Qt.DateFormat.ISODate)

    def entry(self) -> EvidenceEntry:
        """The evidence as filled in, with the change of attached file if any."""
        evidence = self.evidence()
        if self.attachment is not None:
            evidence = evidence.with_changes(attachment_name=self.attachment[0])
        return EvidenceEntry(evidence, self.attachment)

    def evidence(self) -> Evidence:
        """The evidence as filled in; an edit keeps the existing id and bookkeeping."""
        values: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "url": self.url_edit.text().strip(),
            "publisher": self.publisher_edit.text().strip(),
            "accessed_at": self._accessed(),
            "excerpt": self.excerpt_edit.toPlainText().strip(),
            "stance": Stance(self.stance_combo.currentData()),
            "note": self.note_edit.toPlainText().strip(),
        }
        if self._existing is not None:
            return self._existing.with_changes(**values)
        return Evidence(id=new_id(), claim_id=self._claim_id, **values)

    @classmethod
    def ask(
        cls, parent: QWidget | None, claim_id: str, existing: Evidence | None = None
    ) -> EvidenceEntry | None:
        """Show the dialog; the new or edited evidence (and file), or None when cancelled."""
        dialog = cls(parent, claim_id, existing)
        return answer(dialog, dialog.entry)


def _form(rows: tuple[tuple[str, QWidget, QHBoxLayout | None, str], ...]) -> QFormLayout:
    """A form of (label, field, row holding the field or None, accessible name) rows.

    The label is the field's buddy, so its mnemonic reaches the field even when the
    field sits in a row with buttons.
    """
    form = QFormLayout()
    for text, widget, row, name in rows:
        widget.setAccessibleName(name)
        label = QLabel(text)
        label.setBuddy(widget)
        if row is None:
            form.addRow(label, widget)
        else:
            form.addRow(label, row)
    return form
