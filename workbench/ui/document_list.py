"""The project's documents, listed on the left of the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QListView, QMenu, QWidget

from workbench.core.model import Document

ModelIndex = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractListModel):
    """An adapter between the project's list of documents and Qt's list interface."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.documents: list[Document] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per document."""
        return 0 if parent.isValid() else len(self.documents)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title, with source and format as the tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self.documents):
            return None
        document = self.documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return document.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{document.title}\n{document.source or document.format}"
        return None

    def set_documents(self, documents: list[Document]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self.documents = list(documents)
        self.endResetModel()


class DocumentList(QListView):
    """Lists documents; choosing one (click or keyboard) emits its id.

    Its context menu offers the window's document actions (details, remove) for the row
    under the pointer, which becomes the current document first.

    Signals:
        document_chosen(str): the user moved to another document.
        context_menu_opening(str): the context menu opens on this document's row.
    """

    document_chosen = Signal(str)
    context_menu_opening = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Documents"))
        self.setAccessibleDescription(
            self.tr("The articles of this project; choosing one shows it")
        )
        self.documents = DocumentsModel(self)
        self.setModel(self.documents)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        #: The actions the context menu offers (set by the window).
        self.context_actions: list[QAction] = []

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Make the row under the pointer current, then offer the document actions."""
        index = self.indexAt(event.pos())
        if not index.isValid() or not self.context_actions:
            return
        document_id = self.documents.documents[index.row()].id
        self.select_document(document_id)
        self.context_menu_opening.emit(document_id)
        menu = QMenu(self)
        menu.addActions(self.context_actions)
        menu.exec(event.globalPos())

    def document_at(self, point: QPoint) -> str | None:
        """The id of the document listed under ``point`` (viewport coordinates), if any."""
        index = self.indexAt(point)
        return self.documents.documents[index.row()].id if index.isValid() else None

    def set_documents(self, documents: list[Document], current_id: str | None) -> None:
        """Show ``documents`` with ``current_id`` selected (without emitting)."""
        self.documents.set_documents(documents)
        self.select_document(current_id)

    def select_document(self, document_id: str | None) -> None:
        """Select a document without emitting ``document_chosen``."""
        rows = [n for n, d in enumerate(self.documents.documents) if d.id == document_id]
        selection = self.selectionModel()
        selection.blockSignals(True)
        if rows:
            self.setCurrentIndex(self.documents.index(rows[0]))
        else:
            selection.clear()
        selection.blockSignals(False)
        self.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.document_chosen.emit(self.documents.documents[current.row()].id)
