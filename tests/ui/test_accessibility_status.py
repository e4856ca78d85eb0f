"""Status and stance are said in words and shapes, never by colour alone."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QAccessible, QImage

from tests.ui.keys import add_claim
from workbench.core.model import Evidence, Stance, Status, new_id
from workbench.ui import status_style
from workbench.ui.claims_columns import Column
from workbench.ui.dialogs.evidence import STANCE_LABELS, EvidenceEntry

CELLS = (QAccessible.Role.Cell, QAccessible.Role.TreeItem)


def _rows_read_out(view) -> list[list[str]]:
    """What a screen reader reads for a table's cells, row by row (the cells, headers
    left out, are the interface's children of role Cell, or TreeItem in a tree view)."""
    interface = QAccessible.queryAccessibleInterface(view)
    children = (interface.child(i) for i in range(interface.childCount()))
    cells = [c.text(QAccessible.Text.Name) for c in children if c.role() in CELLS]
    width = view.model().columnCount()
    return [cells[start : start + width] for start in range(0, len(cells), width)]


def test_the_claims_table_reads_each_status_out_in_words(qtbot, sample_window) -> None:
    window = sample_window
    add_claim(qtbot, window)
    for status in Status:
        window.review.mark(status)
        row = _rows_read_out(window.panel.table)[0]
        assert row[Column.STATUS] == status_style.STYLES[status].label


def test_status_icons_differ_in_shape_even_in_greyscale() -> None:
    grey = {
        status: status_style.icon(status)
        .pixmap(32, 32)
        .toImage()
        .convertToFormat(QImage.Format.Format_Grayscale8)
        for status in Status
    }
    for first, second in itertools.combinations(Status, 2):
        assert grey[first] != grey[second], (first, second)


def test_the_evidence_list_reads_the_stance_out_in_words(qtbot, sample_window) -> None:
    window = sample_window
    claim_id = add_claim(qtbot, window)
    for stance in Stance:
        evidence = Evidence(new_id(), claim_id, title=f"Source {stance.value}", stance=stance)
        window.editor.evidence_add_requested.emit(EvidenceEntry(evidence))
    view = window.editor.evidence.view
    qtbot.waitUntil(lambda: len(_rows_read_out(view)) == len(Stance))  # laid out when shown
    spoken = {row[0]: row[1] for row in _rows_read_out(view)}
    assert spoken == {f"Source {s.value}": STANCE_LABELS[s] for s in Stance}
