"""The claim editor's evidence list: a table model over core Evidence, and its buttons.

The panel asks the evidence dialog for new or edited values and emits them; it never
writes anywhere itself, so the window can turn each request into one undoable store call.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import EVIDENCE_EDITABLE_FIELDS, Evidence
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.copies_panel import CopiesPanel
from workbench.ui.dialogs.evidence import EvidenceDialog, stance_label
from workbench.ui.links import is_link, open_link
from workbench.ui.list_table_model import Index, ListTableModel, set_up_list_view


class EvidenceModel(ListTableModel[Evidence]):
    """An adapter between a claim's core Evidence and Qt's table-model interface."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ListTableModel", "Title"),
        QT_TRANSLATE_NOOP("ListTableModel", "Stance"),
        QT_TRANSLATE_NOOP("ListTableModel", "Publisher"),
    )

    def row_of(self, evidence_id: str) -> int | None:
        """The row showing ``evidence_id``, if any."""
        for row, item in enumerate(self._items):
            if item.id == evidence_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cells of every list, and a paper-clip icon by evidence with a file attached."""
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            return _file_icon() if self._items[index.row()].attachment_name else None
        return super().data(index, role)

    def cells(self, item: Evidence) -> tuple[str, ...]:
        """Title, stance and publisher."""
        return (item.display_title, stance_label(item.stance), item.publisher)

    def tooltip(self, item: Evidence) -> str | None:
        """The URL, excerpt and attached file the columns leave out."""
        file = (
            QCoreApplication.translate("EvidencePanel", "Attached file: {name}").format(
                name=item.attachment_name
            )
            if item.attachment_name
            else ""
        )
        parts = (item.url, item.excerpt[:300], file)
        return "\n\n".join(part for part in parts if part) or None


class _EvidenceView(QTreeView):
    """A flat list view that keeps Delete and Enter for itself.

    Claiming Delete in ShortcutOverride stops the window's "delete claim" shortcut from
    firing while the evidence list has focus.
    """

    delete_pressed = Signal()
    return_pressed = Signal()

    _KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def event(self, event: QEvent) -> bool:
        """Accept ShortcutOverride for our keys so they reach keyPressEvent."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            no_modifier = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in self._KEYS and no_modifier and self.currentIndex().isValid():
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Delete/Backspace remove, Enter edits; everything else as usual."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.return_pressed.emit()
        else:
            super().keyPressEvent(event)


class EvidencePanel(QWidget):
    """The evidence of one claim with Add, Edit, Remove and Open buttons."""

    add_requested = Signal(object)  # an EvidenceEntry: new core Evidence and its file
    edit_requested = Signal(str, dict)  # evidence id, {field: new value, "attachment": ...}
    remove_requested = Signal(str)  # evidence id
    attachment_requested = Signal(str, str)  # evidence id, "open" or "save"
    #: The evidence whose archived copies to show (its id, or None), after every change
    #: of selection or of the list.
    evidence_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim_id: str | None = None
        self._read_only = False
        self.model = EvidenceModel(self)
        self.view = _EvidenceView()
        set_up_list_view(self.view, self.model, lines=6)
        self.view.setAccessibleName(self.tr("Evidence"))
        self.view.setAccessibleDescription(
            self.tr("The sources for the current claim, with stance")
        )
        self.view.setAlternatingRowColors(True)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))  # Alt+E is the Edit menu
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.open_button = QPushButton(self.tr("&Open link"))
        self.file_button = self._file_button()
        #: The selected evidence's archived copies (filled by the window's controller).
        self.copies = CopiesPanel()
        for button, name in (
            (self.add_button, self.tr("Add evidence")),
            (self.edit_button, self.tr("Edit evidence")),
            (self.remove_button, self.tr("Remove evidence")),
            (self.open_button, self.tr("Open evidence link in the browser")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        # Two short rows (edit the list; open what an item points to) rather than one long
        # one: a single row is wider than the editor on a 1024-pixel screen.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        rows: tuple[tuple[QAbstractButton, ...], ...] = (
            (self.add_button, self.edit_button, self.remove_button),
            (self.open_button, self.file_button),
        )
        for row in rows:
            buttons = QHBoxLayout()
            for widget in row:
                buttons.addWidget(widget)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        layout.addWidget(self.copies)

        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.open_button.clicked.connect(self._open)
        self.view.doubleClicked.connect(self._edit)
        self.view.return_pressed.connect(self._edit)
        self.view.delete_pressed.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _file_button(self) -> QToolButton:
        """A "File" button whose menu opens or saves the selected evidence's attachment."""
        button = QToolButton()
        button.setText(self.tr("&File"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.open_file_action = menu.addAction(self.tr("Open attached file"))
        self.save_file_action = menu.addAction(self.tr("Save attached file as…"))
        self.open_file_action.triggered.connect(lambda: self._file("open"))
        self.save_file_action.triggered.connect(lambda: self._file("save"))
        button.setMenu(menu)
        button.setAccessibleName(self.tr("Attached file"))
        button.setToolTip(self.tr("Open or save the file attached to the evidence"))
        return button

    def show_evidence(self, claim_id: str | None, items: list[Evidence]) -> None:
        """Show ``items`` of ``claim_id``, keeping the selection on the same evidence."""
        same_claim = claim_id == self._claim_id
        selected = self.selected()
        old_row = self.view.currentIndex().row()
        self._claim_id = claim_id
        self.model.set_items(items)
        row = self.model.row_of(selected.id) if selected and same_claim else None
        if row is None and same_claim and old_row >= 0 and items:
            row = min(old_row, len(items) - 1)  # the removed item's neighbour
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Allow only looking and opening links (a file opened read-only)."""
        self._read_only = read_only
        self._update_buttons()

    def selected(self) -> Evidence | None:
        """The selected evidence, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected()
        writable = self._claim_id is not None and not self._read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected is not None)
        self.remove_button.setEnabled(writable and selected is not None)
        self.open_button.setEnabled(selected is not None and is_link(selected.url))
        self.file_button.setEnabled(selected is not None and bool(selected.attachment_name))
        self.evidence_selected.emit(selected.id if selected is not None else None)

    def _add(self) -> None:
        if self._claim_id is None or self._read_only:
            return
        entry = EvidenceDialog.ask(self, self._claim_id)
        if entry is not None:
            self.add_requested.emit(entry)

    def _edit(self) -> None:
        old = self.selected()
        if old is None or self._claim_id is None or self._read_only:
            return
        entry = EvidenceDialog.ask(self, self._claim_id, old)
        if entry is None:
            return
        new = entry.evidence
        changes: dict[str, object] = {
            name: getattr(new, name)
            for name in EVIDENCE_EDITABLE_FIELDS
            if getattr(new, name) != getattr(old, name)
        }
        if "stance" in changes:
            changes["stance"] = new.stance.value
        if entry.attachment is not None:
            changes["attachment"] = entry.attachment
        if changes:
            self.edit_requested.emit(old.id, changes)

    def _remove(self) -> None:
        selected = self.selected()
        if selected is not None and not self._read_only:
            self.remove_requested.emit(selected.id)

    def _file(self, action: str) -> None:
        selected = self.selected()
        if selected is not None and selected.attachment_name:
            self.attachment_requested.emit(selected.id, action)

    def _open(self) -> None:
        selected = self.selected()
        if selected is not None:
            open_link(selected.url)


def _file_icon() -> QIcon:
    """The icon that marks evidence with an attached file (the style's own file icon)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
