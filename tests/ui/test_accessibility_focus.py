"""Tab walks the window in reading order: documents, article, claims, editor, evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.keys import add_claim, press
from tests.ui.test_accessibility_names import accessible_name

#: The Tab stops of the review window with a claim open, in order (status filter: its
#: current entry is its name on Linux, where the label is a relation).
ORDER = [
    "Documents",
    "Article text",
    "All statuses",
    "Search claims",
    "Claims",
    "Quote",
    "Mark verified",
    "Mark disputed",
    "Mark unverifiable",
    "Mark unreviewed",
    "Summary",
    "Claimant",
    "(no rating)",
    "Note",
    "Evidence",
    "Add evidence",
]


def _tab_through(qtbot, start: QWidget, key: Qt.Key, count: int) -> list[str]:
    start.setFocus()
    names = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        names.append(accessible_name(focused))
        press(qtbot, focused, key)
    return names


def test_tab_moves_through_the_window_in_reading_order(qtbot, sample_window) -> None:
    window = sample_window
    add_claim(qtbot, window)
    assert _tab_through(qtbot, window.documents, Qt.Key.Key_Tab, len(ORDER)) == ORDER


def test_shift_tab_walks_back_the_same_way(qtbot, sample_window) -> None:
    window = sample_window
    add_claim(qtbot, window)
    backwards = _tab_through(qtbot, window.editor.evidence.add_button, Qt.Key.Key_Backtab, 16)
    assert backwards == ORDER[::-1]


def test_tab_leaves_the_claims_table_instead_of_walking_its_cells(qtbot, sample_window) -> None:
    window = sample_window
    add_claim(qtbot, window)
    window.panel.table.setFocus()
    press(qtbot, window.panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.quote_view
