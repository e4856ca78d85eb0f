"""A read-only table over a short Python list, and the flat list view that shows one.

The evidence list, its archived copies and the "Checked before" matches are each a handful
of rows, replaced whole when the claim changes (a reset is cheaper than working out moves);
only what a row shows differs, so subclasses give ``HEADERS``, ``cells()`` and ``tooltip()``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Rows from a list, columns named by ``HEADERS``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Row] = []

    def set_items(self, items: list[Row]) -> None:
        """Show ``items`` in place of what was shown."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Row:
        """The item shown in ``row``."""
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Rows under the invisible root only: this is a flat table."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """One column per header."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text (screen readers hear the same) and its row's tooltip."""
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(item)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        return None

    def cells(self, item: Row) -> tuple[str, ...]:
        """What each column shows of ``item``, one string per header."""
        raise NotImplementedError

    def tooltip(self, item: Row) -> str | None:
        """What the columns leave out of ``item`` (None: no tooltip)."""
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ListTableModel", self.HEADERS[section])
        return None


def set_up_list_view(view: QTreeView, model: ListTableModel[Any], lines: int) -> None:
    """Show ``model`` in ``view`` as a flat list: whole rows, one at a time, nothing edited.

    The first column takes the spare width, the others fit their contents; the view is at
    least ``lines`` rows high, so a short list still shows a few.
    """
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setMinimumHeight(view.fontMetrics().lineSpacing() * lines)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(model.HEADERS)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
