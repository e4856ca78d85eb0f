"""The status bar's reviewer name: click, type, Enter saves; Escape cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from tests.ui.keys import press
from workbench.ui.reviewer_widget import ReviewerWidget


@pytest.fixture
def window(qtbot) -> tuple[QMainWindow, ReviewerWidget, list[bool]]:
    """A main window with the widget in its status bar and an Escape window shortcut."""
    main = QMainWindow()
    widget = ReviewerWidget("Jane Doe")
    main.statusBar().addPermanentWidget(widget)
    escaped: list[bool] = []
    close_find = QAction("Close find bar", main)
    close_find.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    close_find.triggered.connect(lambda: escaped.append(True))
    main.addAction(close_find)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main, widget, escaped


def test_shows_the_name_as_a_flat_button(window):
    _, widget, _ = window
    assert widget.button.text() == "Reviewer: Jane Doe"
    assert widget.button.autoRaise()
    assert widget.button.accessibleName().startswith("Reviewer: Jane Doe")
    assert not widget.is_editing()


def test_click_type_enter_saves(qtbot, window):
    _, widget, _ = window
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    assert widget.is_editing()
    assert widget.edit.hasFocus()
    assert widget.edit.selectedText() == "Jane Doe"
    qtbot.keyClicks(widget.edit, "Ann Lee")
    with qtbot.waitSignal(widget.name_changed) as signal:
        press(qtbot, widget.edit, Qt.Key.Key_Return)
    assert signal.args == ["Ann Lee"]
    assert widget.button.text() == "Reviewer: Ann Lee"
    assert not widget.is_editing()


def test_escape_cancels_and_is_not_taken_by_window_shortcuts(qtbot, window):
    _, widget, escaped = window
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget.edit, "Someone else")
    with qtbot.assertNotEmitted(widget.name_changed):
        press(qtbot, widget.edit, Qt.Key.Key_Escape)
    assert escaped == []
    assert not widget.is_editing()
    assert widget.name() == "Jane Doe"


def test_an_empty_name_changes_nothing(qtbot, window):
    _, widget, _ = window
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    press(qtbot, widget.edit, Qt.Key.Key_Backspace)
    with qtbot.assertNotEmitted(widget.name_changed):
        press(qtbot, widget.edit, Qt.Key.Key_Return)
    assert widget.name() == "Jane Doe"


def test_leaving_the_field_saves(qtbot, window):
    main, widget, _ = window
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget.edit, "Bo")
    with qtbot.waitSignal(widget.name_changed) as signal:
        main.setFocus()
    assert signal.args == ["Bo"]


def test_set_name_emits_nothing(qtbot, window):
    _, widget, _ = window
    with qtbot.assertNotEmitted(widget.name_changed):
        widget.set_name("From Preferences")
    assert widget.button.text() == "Reviewer: From Preferences"
