"""The claims table with its status filter and search box.

The table is a view over :class:`~workbench.ui.claims_model.ClaimsTableModel`; clicking a
column header sorts through the model's own (Python) sort.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.claim_search import no_match_message
from workbench.core.model import Status
from workbench.ui import status_style
from workbench.ui.claims_columns import ClaimColumnsFitter
from workbench.ui.claims_model import CLAIM_ID_ROLE, ClaimsTableModel, Column


class ClaimsPanel(QWidget):
    """Filter row above the claims table.

    Signals:
        claim_selected(str): the user moved to another claim in the table.
    """

    claim_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimsTableModel(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show claims with status"))
        self.status_filter.setAccessibleDescription(
            self.tr("Lists only the claims with this status")
        )
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status, style in status_style.STYLES.items():
            self.status_filter.addItem(status_style.icon(status), style.label, status.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search claims"))
        self.search.setAccessibleName(self.tr("Search claims"))
        self.search.setAccessibleDescription(
            self.tr("Lists only the claims whose words, evidence or rating contain this text")
        )
        self.search.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setAccessibleDescription(
            self.tr(
                "The claims of this article with their status; choosing one opens it in the editor"
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.columns = ClaimColumnsFitter(self.table)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.empty_note = QLabel(self)
        self.empty_note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName(self.tr("No matching claims"))
        self.empty_note.hide()
        layout.addWidget(self.empty_note)
        self.model.modelReset.connect(self._update_empty_note)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def select_claim(self, claim_id: str | None) -> None:
        """Make ``claim_id`` the table's current row (no signal; clears when filtered out)."""
        row = self.model.row_of(claim_id) if claim_id else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, Column.CLAIM)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def current_claim_id(self) -> str | None:
        """The claim in the table's current row, if any."""
        index = self.table.currentIndex()
        return index.data(CLAIM_ID_ROLE) if index.isValid() else None

    def _apply_filter(self) -> None:
        current = self.current_claim_id()
        value = self.status_filter.currentData()
        statuses = frozenset({Status(value)}) if value else frozenset()
        self.model.set_filter(statuses, self.search.text())
        self.select_claim(current)

    def _update_empty_note(self) -> None:
        """Say so when the filter leaves no claim, naming the search and the status shown."""
        shown = self.model.rowCount() > 0 or not self.model.is_filtered()
        status = self.status_filter.currentText() if self.status_filter.currentData() else None
        self.empty_note.setText("" if shown else no_match_message(self.search.text(), status))
        self.empty_note.setVisible(not shown)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.claim_selected.emit(current.data(CLAIM_ID_ROLE))
