"""The archived copies of the selected evidence: a short list and its buttons.

Like the evidence list, the panel only shows and asks: every request (add a file, view,
save, remove) is a signal the window's :class:`~workbench.ui.copies_controller.
CopiesController` turns into a worker job or an undoable store call. Files dropped on the
list are added as if chosen in the file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.archived import ArchivedCopy
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.language import moment
from workbench.ui.list_table_model import ListTableModel, set_up_list_view
from workbench.ui.sizes import size_text


class CopiesModel(ListTableModel[ArchivedCopy]):
    """An evidence item's archived copies as rows: name, kind, size, captured, short hash."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ListTableModel", "Name"),
        QT_TRANSLATE_NOOP("ListTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ListTableModel", "Size"),
        QT_TRANSLATE_NOOP("ListTableModel", "Captured"),
        QT_TRANSLATE_NOOP("ListTableModel", "SHA-256"),
    )

    def cells(self, copy: ArchivedCopy) -> tuple[str, ...]:
        """Name, kind, size, when captured, and the start of the hash."""
        return (
            copy.name,
            copy.kind.value.upper(),
            size_text(copy.size),
            moment(copy.captured_at) or QCoreApplication.translate("CopiesPanel", "unknown"),
            copy.short_hash,
        )

    def tooltip(self, copy: ArchivedCopy) -> str:
        """The whole hash and the pages of a web archive."""
        pages = "\n".join(p.url for p in copy.pages[:10])
        return "\n\n".join(part for part in ("SHA-256 " + copy.sha256, pages) if part)


class CopiesPanel(QWidget):
    """The selected evidence's archived copies, with Add, View, Save and Remove."""

    add_requested = Signal(str, object)  # evidence id, Path of the file to keep
    view_requested = Signal(object)  # ArchivedCopy
    save_requested = Signal(object)  # ArchivedCopy
    remove_requested = Signal(object)  # ArchivedCopy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evidence_id: str | None = None
        self._read_only = False
        self.model = CopiesModel(self)
        self.view = QTreeView()
        set_up_list_view(self.view, self.model, lines=4)
        self.view.setAccessibleName(self.tr("Archived copies"))
        self.view.setAccessibleDescription(
            self.tr("Files kept with the selected evidence: web archives, pages, PDFs, pictures")
        )
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self.tr("Add archived cop&y…"))
        self.view_button = QPushButton(self.tr("Vie&w"))
        self.save_button = QPushButton(self.tr("Save a cop&y…"))
        self.remove_button = QPushButton(self.tr("Remove cop&y"))
        for button, name in (
            (self.add_button, self.tr("Add an archived copy to the evidence")),
            (self.view_button, self.tr("View the archived copy")),
            (self.save_button, self.tr("Save the archived copy as a file")),
            (self.remove_button, self.tr("Remove the archived copy")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        title = QLabel(self.tr("Archived copies of the selected evidence"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        title.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view)
        for row in (
            (self.add_button, self.remove_button),
            (self.view_button, self.save_button),
        ):
            buttons = QHBoxLayout()
            for widget in row:
                buttons.addWidget(widget)
            buttons.addStretch(1)
            layout.addLayout(buttons)

        self.add_button.clicked.connect(self._add)
        self.view_button.clicked.connect(lambda: self._emit(self.view_requested))
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.view.doubleClicked.connect(lambda: self._emit(self.view_requested))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_copies(self, evidence_id: str | None, copies: list[ArchivedCopy]) -> None:
        """Show the copies of ``evidence_id`` (None: no evidence selected)."""
        selected = self.selected()
        self._evidence_id = evidence_id
        self.model.set_items(copies)
        for row, copy in enumerate(copies):
            if selected is not None and copy.id == selected.id:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Allow only viewing and saving (a file opened read-only)."""
        self._read_only = read_only
        self._update_buttons()

    def selected(self) -> ArchivedCopy | None:
        """The selected copy, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        writable = self._evidence_id is not None and not self._read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and selected)
        self.view_button.setEnabled(selected)
        self.save_button.setEnabled(selected)

    def _add(self) -> None:
        if self._evidence_id is None or self._read_only:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add an archived copy"),
            "",
            self.tr(
                "Web archives, pages, PDFs and pictures (*.wacz *.warc *.warc.gz *.html *.htm"
                " *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)"
            ),
        )
        if name:
            self.add_requested.emit(self._evidence_id, Path(name))

    def _emit(self, signal: SignalInstance) -> None:
        selected = self.selected()
        if selected is not None:
            signal.emit(selected)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        """Accept local files while evidence can take copies."""
        writable = self._evidence_id is not None and not self._read_only
        if writable and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        """Each dropped file is added as a copy of the selected evidence."""
        if self._evidence_id is None or self._read_only:
            return
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_requested.emit(self._evidence_id, Path(url.toLocalFile()))
        event.acceptProposedAction()
