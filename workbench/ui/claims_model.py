"""The claims table's model: an adapter between a list of core claims and Qt's table interface.

Sorting and filtering happen here, in Python, over the claims themselves, and the view is
told afterwards: a QSortFilterProxyModel sorting 10,000 rows through Python ``data()``
calls took 1.3 s where a Python sort of the same rows took 19 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.core.claim_search import matching
from workbench.core.model import Claim, Status
from workbench.core.numbering import reading_order
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui import status_style
from workbench.ui.ports import ProjectLike

ModelIndex = QModelIndex | QPersistentModelIndex
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 140
_STATUS_ORDER = {status: n for n, status in enumerate(Status)}


class Column(IntEnum):
    """The table's columns, in display order."""

    NUMBER = 0
    CLAIM = 1
    STATUS = 2
    CLAIMANT = 3
    EVIDENCE = 4


HEADERS = {
    Column.NUMBER: "#",
    Column.CLAIM: QT_TRANSLATE_NOOP("ClaimsTableModel", "Claim"),
    Column.STATUS: QT_TRANSLATE_NOOP("ClaimsTableModel", "Status"),
    Column.CLAIMANT: QT_TRANSLATE_NOOP("ClaimsTableModel", "Claimant"),
    Column.EVIDENCE: QT_TRANSLATE_NOOP("ClaimsTableModel", "Evidence"),
}


class ClaimsTableModel(QAbstractTableModel):
    """Claims of one document, filtered by status and text, sorted by any column.

    ``_claims`` holds every claim in reading order; ``_rows`` the visible ones in the
    chosen order. Numbers are the project's (:mod:`workbench.core.numbering`), the same
    as in the report: the document's claims count on from those of earlier documents.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._claims: list[Claim] = []
        self._number: dict[str, int] = {}
        self._numbered_before = 0
        self._counts: dict[str, int] = {}
        self._rows: list[Claim] = []
        self._row_of: dict[str, int] = {}
        self._statuses: frozenset[Status] = frozenset()
        self._search = ""
        self._evidence_text: dict[str, str] = {}
        self._sort_column = Column.NUMBER
        self._descending = False

    # -- Qt's table interface ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Visible claims (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The five columns (none under a valid parent)."""
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Column(section)]) if 0 <= section < len(Column) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, status icon, full quote as tooltip, and the claim id for the view."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        claim = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == CLAIM_ID_ROLE:
            return claim.id
        roles = Qt.ItemDataRole
        extras = {
            (roles.DecorationRole, Column.STATUS): lambda: status_style.icon(claim.status),
            (roles.ToolTipRole, Column.CLAIM): lambda: claim.quote,
            (roles.TextAlignmentRole, Column.NUMBER): _right_aligned,
            (roles.TextAlignmentRole, Column.EVIDENCE): _right_aligned,
        }
        extra = extras.get((Qt.ItemDataRole(role), column))
        return extra() if extra else None

    def _display(self, claim: Claim, column: Column) -> str | int:
        if column is Column.NUMBER:
            return self._number[claim.id]
        if column is Column.CLAIM:
            text = " ".join(claim.display_summary.split())
            return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
        if column is Column.STATUS:
            return status_style.STYLES[claim.status].label
        if column is Column.CLAIMANT:
            return claim.claimant
        return self._counts.get(claim.id, 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python and tell the view (keeping its selection on the same claims)."""
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._refresh()

    # -- feeding the model ----------------------------------------------------------------

    def set_claims(
        self, claims: list[Claim], evidence_counts: dict[str, int], *, numbered_before: int = 0
    ) -> None:
        """Replace every claim (of one document, after ``numbered_before`` of the project)."""
        self.beginResetModel()
        self._numbered_before = numbered_before
        self._claims = reading_order((), claims)
        self._counts = dict(evidence_counts)
        self._renumber()
        self._rows = self._visible()
        self._index_rows()
        self.endResetModel()

    def put_claim(self, claim: Claim) -> None:
        """Add a new claim or replace a changed one."""
        position = next((n for n, c in enumerate(self._claims) if c.id == claim.id), None)
        if position is None:
            self._claims = reading_order((), [*self._claims, claim])
            self._renumber()
        else:
            old = self._claims[position]
            self._claims[position] = claim
            if (old.start, old.end) != (claim.start, claim.end):  # a moved span
                self._claims.sort(key=lambda c: (c.start, c.end))
                self._renumber()
        self._refresh()
        row = self._row_of.get(claim.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove_claim(self, claim_id: str) -> None:
        """Drop a deleted claim."""
        self._claims = [c for c in self._claims if c.id != claim_id]
        self._renumber()
        self._refresh()

    def set_evidence_count(self, claim_id: str, count: int) -> None:
        """Show a claim's new evidence count."""
        self._counts[claim_id] = count
        row = self._row_of.get(claim_id)
        if row is not None:
            cell = self.index(row, Column.EVIDENCE)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
        if self._sort_column is Column.EVIDENCE:
            self._refresh()

    def set_evidence_text(self, texts: dict[str, str], *, replace: bool = True) -> None:
        """Searchable evidence text per claim (core.claim_search.evidence_text), all or some."""
        if replace:
            self._evidence_text = dict(texts)
        else:
            self._evidence_text.update(texts)
        if self._search:
            self._refresh()

    def is_filtered(self) -> bool:
        """True when a status filter or a search hides some claims."""
        return bool(self._statuses or self._search)

    def set_filter(self, statuses: frozenset[Status], search: str) -> None:
        """Show only claims in ``statuses`` (all when empty) whose text contains ``search``."""
        self._statuses = statuses
        self._search = search.strip().casefold()
        self._refresh()

    # -- reading it back --------------------------------------------------------------------

    def claim_at(self, row: int) -> Claim:
        """The claim shown in ``row``."""
        return self._rows[row]

    def row_of(self, claim_id: str) -> int | None:
        """The row showing ``claim_id``, or None when it is filtered out or unknown."""
        return self._row_of.get(claim_id)

    def claims(self) -> list[Claim]:
        """Every claim of the document, in reading order (filtered or not)."""
        return list(self._claims)

    # -- internals --------------------------------------------------------------------------

    def _renumber(self) -> None:
        """Number ``_claims``, kept in core's reading order, on from ``_numbered_before``.

        That is ``claim_numbers`` of the project for one document's claims, without sorting
        them again (a second sort made loading 10,000 claims five times slower).
        """
        first = self._numbered_before + 1
        self._number = {c.id: n for n, c in enumerate(self._claims, start=first)}

    def _sort_key(self) -> Callable[[Claim], Any]:
        number = self._number
        keys: dict[Column, Callable[[Claim], Any]] = {
            Column.NUMBER: lambda c: number[c.id],
            Column.CLAIM: lambda c: (c.display_summary.casefold(), number[c.id]),
            Column.STATUS: lambda c: (_STATUS_ORDER[c.status], number[c.id]),
            Column.CLAIMANT: lambda c: (c.claimant.casefold(), number[c.id]),
            Column.EVIDENCE: lambda c: (self._counts.get(c.id, 0), number[c.id]),
        }
        return keys[self._sort_column]

    def _visible(self) -> list[Claim]:
        rows = self._claims
        if self._statuses:
            rows = [c for c in rows if c.status in self._statuses]
        rows = matching(rows, self._search, self._evidence_text)
        rows = sorted(rows, key=self._sort_key(), reverse=self._descending)
        if self._sort_column is Column.CLAIMANT:  # claims without a claimant last, either way
            rows = [c for c in rows if c.claimant] + [c for c in rows if not c.claimant]
        return rows

    def _index_rows(self) -> None:
        self._row_of = {c.id: n for n, c in enumerate(self._rows)}

    def _refresh(self) -> None:
        """Recompute the visible rows; a reorder keeps the view's selection, a new set resets."""
        rows = self._visible()
        if {c.id for c in rows} != set(self._row_of):
            self.beginResetModel()
            self._rows = rows
            self._index_rows()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.isValid() else None for i in persistent]
        self._rows = rows
        self._index_rows()
        moved = [
            self.index(self._row_of[cid], old.column()) if cid is not None else QModelIndex()
            for cid, old in zip(ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


def claims_before(project: ProjectLike, document_id: str) -> int:
    """How many of the project's claims are numbered before ``document_id``'s first one.

    Documents are numbered in import order (``documents()``'s), so this counts the claims
    of the documents before it, one indexed query each, without loading the rest.
    """
    count = 0
    for document in project.documents():
        if document.id == document_id:
            return count
        count += len(project.claims(document.id))
    return count


def _right_aligned() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
