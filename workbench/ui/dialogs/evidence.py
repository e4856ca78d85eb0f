"""The dialog that adds or edits one piece of evidence for a claim."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Evidence, Stance, new_id
from workbench.ui.dialogs import accept_buttons, answer, plain_label
from workbench.ui.links import is_link

STANCE_LABELS: dict[Stance, str] = {
    Stance.SUPPORTS: "Supports",
    Stance.REFUTES: "Refutes",
    Stance.CONTEXT: "Context",
}

#: QDateEdit cannot be empty; its minimum date stands for "no date recorded" (shown as text).
_NO_DATE = QDate(1900, 1, 1)


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
        self.setWindowTitle("Edit evidence" if existing else "Add evidence")
        self.setMinimumWidth(480)

        self.title_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        self.publisher_edit = QLineEdit()
        self.accessed_edit = QDateEdit()
        self.accessed_edit.setCalendarPopup(True)
        self.accessed_edit.setDisplayFormat("d MMM yyyy")  # unambiguous in every locale
        self.accessed_edit.setMinimumDate(_NO_DATE)
        self.accessed_edit.setSpecialValueText("Not recorded")
        self.stance_combo = QComboBox()
        for stance, label in STANCE_LABELS.items():
            self.stance_combo.addItem(label, stance.value)
        self.excerpt_edit = QPlainTextEdit()
        self.excerpt_edit.setTabChangesFocus(True)
        self.excerpt_edit.setPlaceholderText("The passage that bears on the claim")
        lines = self.fontMetrics().lineSpacing()
        self.excerpt_edit.setMinimumHeight(lines * 6)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(lines * 3)
        self.note_edit.setMaximumHeight(lines * 6)
        self.problem_label = plain_label()
        self.buttons = accept_buttons(self)

        form = QFormLayout()
        rows = (
            ("&Title:", self.title_edit, "Evidence title"),
            ("&URL:", self.url_edit, "Evidence URL"),
            ("&Publisher:", self.publisher_edit, "Evidence publisher"),
            ("&Accessed:", self.accessed_edit, "Date the source was accessed"),
            ("&Stance:", self.stance_combo, "Stance of the evidence"),
            ("&Excerpt:", self.excerpt_edit, "Excerpt from the source"),
            ("&Note:", self.note_edit, "Note on the evidence"),
        )
        for label, widget, name in rows:
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.resize(self.minimumSizeHint())
        self._fill(existing)
        for edit in (self.title_edit, self.url_edit):
            edit.textChanged.connect(self._validate)
        self.excerpt_edit.textChanged.connect(self._validate)
        self._validate()

    def _fill(self, existing: Evidence | None) -> None:
        if existing is None:
            self.accessed_edit.setDate(QDate.currentDate())
            return
        self.title_edit.setText(existing.title)
        self.url_edit.setText(existing.url)
        self.publisher_edit.setText(existing.publisher)
        self.accessed_edit.setDate(_parse_date(existing.accessed_at))
        self.stance_combo.setCurrentIndex(self.stance_combo.findData(existing.stance.value))
        self.excerpt_edit.setPlainText(existing.excerpt)
        self.note_edit.setPlainText(existing.note)

    def _problem(self) -> str:
        """Why the fields cannot be saved yet, or "" when they can."""
        url = self.url_edit.text().strip()
        if url and not is_link(url):
            return "The URL must be a web address (http:// or https://) or a mailto: link."
        if not (url or self.title_edit.text().strip() or self.excerpt_edit.toPlainText().strip()):
            return "Give at least a title, a URL or an excerpt."
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def evidence(self) -> Evidence:
        """The evidence as filled in; an edit keeps the existing id and bookkeeping."""
        date = self.accessed_edit.date()
        values: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "url": self.url_edit.text().strip(),
            "publisher": self.publisher_edit.text().strip(),
            "accessed_at": "" if date == _NO_DATE else date.toString(Qt.DateFormat.ISODate),
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
    ) -> Evidence | None:
        """Show the dialog; the new or edited evidence, or None when cancelled."""
        dialog = cls(parent, claim_id, existing)
        return answer(dialog, dialog.evidence)
