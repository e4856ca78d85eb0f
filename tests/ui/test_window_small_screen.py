"""The window at 1024x700: the claim's words, the editor's fields and the evidence buttons.

The real window is resized to a small laptop's screen and the geometry of its widgets
is read back, as a reviewer would see them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.ui.keys import add_claim
from workbench.ui.claims_columns import CLAIM_MIN_WIDTH, OTHER_WIDTHS, column_widths
from workbench.ui.claims_model import Column


@pytest.fixture
def small_window(qtbot, sample_window):
    """The sample with one claim, in a window the size of a 1024x700 screen."""
    window = sample_window
    add_claim(qtbot, window)
    window.show_message("Some pages had no text layer and were left out of the article.")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    return window


def inside(widget: QWidget, outer: QWidget) -> bool:
    """True when ``widget`` lies wholly inside ``outer`` (both on screen)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return outer.rect().contains(QRect(top_left, widget.size()))


def test_the_claim_column_keeps_room_to_be_read(small_window):
    table = small_window.panel.table
    claim = table.columnWidth(Column.CLAIM)
    assert claim >= CLAIM_MIN_WIDTH
    for column in OTHER_WIDTHS:
        assert table.columnWidth(column) < claim
    total = sum(table.columnWidth(c) for c in Column)
    assert total <= table.viewport().width()  # no column is pushed out of view


def test_columns_keep_their_widths_when_there_is_room():
    assert column_widths(1000) == {column: p for column, (p, _) in OTHER_WIDTHS.items()}
    narrow = column_widths(200)
    assert narrow == {column: m for column, (_, m) in OTHER_WIDTHS.items()}


def test_the_editor_fields_are_not_cut_off(small_window):
    editor = small_window.editor
    viewport = editor.findChild(QScrollArea).viewport()
    for field in (editor.summary_edit, editor.claimant_edit, editor.rating_combo):
        assert field.isVisible()
        assert field.mapTo(viewport, QPoint(field.width(), 0)).x() <= viewport.width()
    assert inside(editor.status_buttons, viewport)


def test_a_banner_can_be_closed_and_the_evidence_buttons_reached(qtbot, small_window):
    window = small_window
    banner = window.message_bar
    assert banner.isVisible()
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    scroll = window.editor.findChild(QScrollArea)
    add = window.editor.evidence.add_button
    scroll.ensureWidgetVisible(add)
    assert add.isVisible() and add.isEnabled()
    assert inside(add, scroll.viewport())
    assert inside(scroll.viewport(), window)
