"""The claim editor: quote, status, summary, claimant, rating, note and evidence of a claim.

It edits nothing itself. It shows a core Claim and emits what the reviewer asked for
(an edit, a status, evidence to add, change or remove); the window turns each request
into one undoable store call and shows the stored claim again. Because it is shown
again after every change, filling the fields must neither emit edits nor disturb a
field the reviewer is typing in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Claim, Evidence, Status
from workbench.core.ratings import DEFAULT_RATING_SCALE
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.evidence_list import EvidencePanel
from workbench.ui.status_buttons import StatusButtons

NO_CLAIM_TEXT = QT_TRANSLATE_NOOP(
    "ClaimEditor", "Select a claim in the list or a highlight in the article."
)


class _NoteEdit(QPlainTextEdit):
    """A multi-line edit that says when the reviewer leaves it, like QLineEdit does."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Leaving the field finishes the edit (opening its context menu does not)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()


def _quote_view() -> QPlainTextEdit:
    """The article's words, not a field to type in: read-only, italic, on the window colour."""
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setFixedHeight(_lines(view, 3))
    view.viewport().setBackgroundRole(QPalette.ColorRole.Window)
    font = QFont(view.font())
    font.setItalic(True)
    view.setFont(font)
    return view


def _lines(widget: QFrame, count: int) -> int:
    """The height of ``count`` text lines in ``widget``'s font, with its frame."""
    return widget.fontMetrics().lineSpacing() * count + 2 * widget.frameWidth() + 8


class ClaimEditor(QWidget):
    """Shows one claim and emits the reviewer's edits as plain values.

    Signals:
        claim_edited(claim id, {field: value}): summary, claimant, rating or note, when an
            edit is finished (Enter, leaving the field, choosing a rating).
        status_requested(claim id, Status value): a status button was clicked.
        evidence_add_requested(Evidence), evidence_edit_requested(evidence id, {field: value}),
        evidence_remove_requested(evidence id): from the evidence list.
    """

    claim_edited = Signal(str, dict)
    status_requested = Signal(str, str)
    evidence_add_requested = Signal(object)
    evidence_edit_requested = Signal(str, dict)
    evidence_remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim: Claim | None = None
        self._filling = False
        self._read_only = False
        self._scale_size = 0  # combo entries from the scale; more are off-scale ratings

        self.quote_view = _quote_view()
        self.status_buttons = StatusButtons()
        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("The claim in your words (else the quote)"))
        self.claimant_edit = QLineEdit()
        self.claimant_edit.setPlaceholderText(self.tr("Who made the claim"))
        self.rating_combo = QComboBox()
        self.note_edit = _NoteEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(_lines(self.note_edit, 4))
        self.evidence = EvidencePanel()
        evidence_label = QLabel(self.tr("Evidence"))
        bold = QFont(evidence_label.font())
        bold.setBold(True)
        evidence_label.setFont(bold)

        self._lay_out(evidence_label)
        self.setAccessibleName(self.tr("Claim editor"))

        self.summary_edit.editingFinished.connect(lambda: self._finish("summary"))
        self.claimant_edit.editingFinished.connect(lambda: self._finish("claimant"))
        self.note_edit.editing_finished.connect(lambda: self._finish("note"))
        self.rating_combo.activated.connect(
            lambda index: self._propose("rating", self.rating_combo.itemData(index))
        )
        self.status_buttons.status_clicked.connect(self._status_clicked)
        self.evidence.add_requested.connect(self.evidence_add_requested)
        self.evidence.edit_requested.connect(self.evidence_edit_requested)
        self.evidence.remove_requested.connect(self.evidence_remove_requested)

        self.set_rating_labels(DEFAULT_RATING_SCALE.labels)
        self.show_claim(None, [])

    def _lay_out(self, evidence_label: QLabel) -> None:
        """A labelled form in a scroll area, so the editor fits a short side panel."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        for label, widget, name in (
            (self.tr("Quote:"), self.quote_view, self.tr("Quote")),
            (self.tr("Status:"), self.status_buttons, self.tr("Status")),
            (self.tr("&Summary:"), self.summary_edit, self.tr("Summary")),
            (self.tr("C&laimant:"), self.claimant_edit, self.tr("Claimant")),
            (self.tr("&Rating:"), self.rating_combo, self.tr("Rating")),
            (self.tr("&Note:"), self.note_edit, self.tr("Note")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(evidence_label)
        form.addRow(self.evidence)

        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Claim fields"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop before the fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Too narrow for the fields: scroll sideways rather than cut them off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ---- public API

    def set_rating_labels(self, labels: list[str]) -> None:
        """Offer ``labels`` (the project's rating scale, in order) after a "no rating" entry."""
        self.rating_combo.clear()
        self.rating_combo.addItem(self.tr("(no rating)"), "")
        for label in labels:
            # The default scale's words read in the window's language; the value stays.
            self.rating_combo.addItem(QCoreApplication.translate("Rating", label), label)
        self._scale_size = self.rating_combo.count()
        if self._claim is not None:
            self._select_rating(self._claim.rating)

    def show_claim(self, claim: Claim | None, evidence: list[Evidence]) -> None:
        """Show ``claim`` and its evidence, or an empty, disabled editor for None.

        Showing the same claim again (after any store change) only touches fields whose
        stored value changed, and never one the reviewer has unfinished edits in.
        """
        same = claim is not None and self._claim is not None and claim.id == self._claim.id
        previous = self._claim if same else None
        self._filling = True
        try:
            if claim is None:
                self._clear()
            else:
                self._fill(claim, previous)
            self._claim = claim
            self._update_enabled()
        finally:
            self._filling = False
        self.evidence.show_evidence(claim.id if claim else None, evidence if claim else [])

    def set_read_only(self, read_only: bool) -> None:
        """Let the reviewer look but not change anything (a file opened read-only)."""
        self._read_only = read_only
        self._update_enabled()

    # ---- filling

    def _clear(self) -> None:
        self.quote_view.clear()
        self.quote_view.setPlaceholderText(self.tr(NO_CLAIM_TEXT))
        for edit in (self.summary_edit, self.claimant_edit):
            edit.clear()
        self.note_edit.clear()
        self.status_buttons.set_status(None)
        self._select_rating("")

    def _fill(self, claim: Claim, previous: Claim | None) -> None:
        if self.quote_view.toPlainText() != claim.quote:
            self.quote_view.setPlainText(claim.quote)
        for name in ("summary", "claimant", "note"):
            if previous is not None and self._value(name) != getattr(previous, name):
                continue  # unfinished typing: keep it, it is emitted when finished
            self._set_text(name, getattr(claim, name), keep_cursor=previous is not None)
        self.status_buttons.set_status(claim.status)
        self._select_rating(claim.rating)

    def _set_text(self, name: str, value: str, *, keep_cursor: bool) -> None:
        if self._value(name) == value:
            return  # untouched, so the cursor and selection stay where they are
        if name == "note":
            position = self.note_edit.textCursor().position() if keep_cursor else 0
            self.note_edit.setPlainText(value)
            cursor = self.note_edit.textCursor()
            cursor.setPosition(min(position, self.note_edit.document().characterCount() - 1))
            self.note_edit.setTextCursor(cursor)
            return
        edit = self.summary_edit if name == "summary" else self.claimant_edit
        position = edit.cursorPosition() if keep_cursor else 0
        edit.setText(value)
        edit.setCursorPosition(min(position, len(edit.text())))

    def _select_rating(self, label: str) -> None:
        while self.rating_combo.count() > self._scale_size:
            self.rating_combo.removeItem(self.rating_combo.count() - 1)
        index = self.rating_combo.findData(label)
        if index < 0:  # a rating from an older scale: show it rather than lose it
            self.rating_combo.addItem(
                self.tr("{label} (not in this project's scale)").format(label=label), label
            )
            index = self.rating_combo.count() - 1
        self.rating_combo.setCurrentIndex(index)

    def _update_enabled(self) -> None:
        shown = self._claim is not None
        writable = shown and not self._read_only
        for widget in (self.quote_view, self.summary_edit, self.claimant_edit, self.note_edit):
            widget.setEnabled(shown)
        for edit in (self.summary_edit, self.claimant_edit):
            edit.setReadOnly(self._read_only)
        self.note_edit.setReadOnly(self._read_only)
        self.rating_combo.setEnabled(writable)
        self.status_buttons.setEnabled(writable)
        self.evidence.set_read_only(self._read_only)

    # ---- reviewer's edits

    def _value(self, name: str) -> str:
        if name == "summary":
            return self.summary_edit.text().strip()
        if name == "claimant":
            return self.claimant_edit.text().strip()
        return self.note_edit.toPlainText().strip()

    def _finish(self, name: str) -> None:
        self._propose(name, self._value(name))

    def _propose(self, name: str, value: str) -> None:
        """Emit an edit of ``name`` unless it changes nothing (or we are filling fields)."""
        claim = self._claim
        if self._filling or self._read_only or claim is None or getattr(claim, name) == value:
            return
        # Remember it as shown, so a second "finished" (Enter, then focus out) is not a
        # second edit; the window shows the stored claim again right after.
        self._claim = claim.with_changes(**{name: value})
        self.claim_edited.emit(claim.id, {name: value})

    def _status_clicked(self, value: str) -> None:
        if self._claim is not None and not self._read_only and value != self._claim.status:
            self.status_requested.emit(self._claim.id, Status(value).value)
