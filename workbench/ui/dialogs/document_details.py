"""A document's details: title, author, publisher, date and URL, editable; the rest shown.

Importers guess these from the file (a PDF's running header can become its title), and a
report cites them, so the reviewer must be able to see and correct them. The text itself
is never edited here: claims are anchored to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import DOCUMENT_DETAIL_FIELDS, Document
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.dialogs import accept_buttons, answer, plain_label, show_problem
from workbench.ui.language import moment, number
from workbench.ui.links import is_link

#: Label and accessible name of each editable field, in the order shown.
_FIELDS = {
    "title": (
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "&Title:"),
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "Document title"),
    ),
    "author": (
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "&Author:"),
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "Author"),
    ),
    "publisher": (
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "&Publisher:"),
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "Publisher"),
    ),
    "published": (
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "&Date:"),
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "Publication date"),
    ),
    "source_url": (
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "&URL:"),
        QT_TRANSLATE_NOOP("DocumentDetailsDialog", "Web address of the article"),
    ),
}


class DocumentDetailsDialog(QDialog):
    """Edits a document's details; shows where it came from and how it was read."""

    def __init__(self, parent: QWidget | None, document: Document) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document details"))
        self.setMinimumWidth(460)
        self._document = document
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in DOCUMENT_DETAIL_FIELDS:
            label, accessible = (self.tr(words) for words in _FIELDS[name])
            edit = QLineEdit(getattr(document, name))
            edit.setCursorPosition(0)  # a long title shows its beginning
            edit.setAccessibleName(accessible)
            edit.textChanged.connect(self._validate)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.edits["published"].setPlaceholderText(self.tr("e.g. 2025-10-22"))
        self.edits["source_url"].setPlaceholderText(self.tr("https://…"))
        for label, value in _facts(document):
            fact = plain_label(value)
            fact.setAccessibleName(label.rstrip(":"))
            form.addRow(label, fact)
        self.problem_label = plain_label()
        self.buttons = accept_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._validate()

    def _problem(self) -> str:
        url = self.edits["source_url"].text().strip()
        if url and not is_link(url):
            return self.tr("The URL must be a web address (http:// or https://).")
        return ""

    def _validate(self) -> None:
        show_problem(self.problem_label, self.buttons, self._problem())

    def changes(self) -> dict[str, str]:
        """The fields whose value was changed, with their new (trimmed) values."""
        values = {name: " ".join(edit.text().split()) for name, edit in self.edits.items()}
        return {k: v for k, v in values.items() if v != getattr(self._document, k)}

    @classmethod
    def ask(cls, parent: QWidget | None, document: Document) -> dict[str, str] | None:
        """Show the dialog; the changed fields (maybe none), or None when cancelled."""
        dialog = cls(parent, document)
        return answer(dialog, dialog.changes)


def _facts(document: Document) -> list[tuple[str, str]]:
    """What the reviewer cannot change but may want to know: source, format, size, import."""
    length = len(document.text)
    facts = [
        (QCoreApplication.translate("DocumentDetailsDialog", "Source:"), document.source or "—"),
        (QCoreApplication.translate("DocumentDetailsDialog", "Format:"), document.format.upper()),
        (
            QCoreApplication.translate("DocumentDetailsDialog", "Length:"),
            QCoreApplication.translate("DocumentDetailsDialog", "{count} character(s)").format(
                count=number(length)
            ),
        ),
        (
            QCoreApplication.translate("DocumentDetailsDialog", "Imported:"),
            moment(document.imported_at) if document.imported_at else "—",
        ),
    ]
    if document.page_starts:
        facts.insert(
            2,
            (
                QCoreApplication.translate("DocumentDetailsDialog", "Pages:"),
                number(len(document.page_starts)),
            ),
        )
    if document.extractor:
        facts.append(
            (QCoreApplication.translate("DocumentDetailsDialog", "Read by:"), document.extractor)
        )
    return facts
