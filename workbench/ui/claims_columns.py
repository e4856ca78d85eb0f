"""Column widths of the claims table: the Claim column keeps room to be read.

With Claim as the stretching column and fixed widths for the rest, a 1024-pixel screen
left the claim's words 30 pixels while "Status" and "Claimant" kept theirs. Here the
other columns give up width first, each down to a minimum, before the Claim column goes
below its own; the widths are worked out again whenever the table's width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from workbench.ui.claims_model import Column

#: (preferred, minimum) width of every column but Claim, in pixels.
OTHER_WIDTHS = {
    Column.NUMBER: (44, 32),
    Column.STATUS: (112, 40),  # narrowest: its icon, the label elided
    Column.CLAIMANT: (96, 48),
    Column.EVIDENCE: (72, 64),  # its header, "Evidence", stays readable
}
#: The Claim column gets at least this much, while the other columns can still give.
CLAIM_MIN_WIDTH = 160


def column_widths(available: int) -> dict[Column, int]:
    """Widths of the non-Claim columns for a table ``available`` pixels wide.

    They keep their preferred widths while Claim still gets CLAIM_MIN_WIDTH, then shrink
    together (each in proportion to what it can give) down to their minimums.
    """
    preferred = sum(p for p, _ in OTHER_WIDTHS.values())
    can_give = sum(p - m for p, m in OTHER_WIDTHS.values())
    short = CLAIM_MIN_WIDTH - (available - preferred)
    share = min(1.0, max(0.0, short / can_give))
    return {column: round(p - (p - m) * share) for column, (p, m) in OTHER_WIDTHS.items()}


class ClaimColumnsFitter(QObject):
    """Keeps ``table``'s column widths fitted to its width (Claim stretches)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._width = -1
        header = table.horizontalHeader()
        header.setMinimumSectionSize(min(m for _, m in OTHER_WIDTHS.values()))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CLAIM, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Set the widths for the table's current width (the reviewer may drag them after)."""
        width = self._table.viewport().width()
        self._width = width
        for column, pixels in column_widths(width).items():
            self._table.setColumnWidth(column, pixels)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Refit when the table's width changed (not on every height change)."""
        if event.type() == QEvent.Type.Resize and self._table.viewport().width() != self._width:
            self.fit()
        return False
