"""Claim spans in the real window: drags snap to words, Alt keeps them exact, edges move.

Drags are real mouse presses, moves and releases on the article's viewport; the project
file is read back with sqlite3 to check what was stored.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from tests.ui.keys import claim_selection, press
from workbench.core.model import Status

ALT = Qt.KeyboardModifier.AltModifier
MIXED = (
    "Mixed scripts for selection tests\n"
    "The family 👨‍👩‍👧 owns 3 cafés in Kyiv 🇺🇦 today.\n"
    "第二行中文内容很长\n"
    "הממשלה אישרה את התקציב החדש\n"
)


def point_at(editor: QPlainTextEdit, utf16: int) -> QPoint:
    """The viewport point of the caret before UTF-16 position ``utf16``."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(utf16)
    rect = editor.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag(qtbot, window, start: int, end: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Drag with the mouse from code point ``start`` to ``end`` of the shown article."""
    editor = window.article.text
    offsets = window.article.offsets
    editor.centerCursor()
    first, last = (point_at(editor, offsets.to_utf16(p)) for p in (start, end))
    viewport = editor.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, first)
    qtbot.mouseMove(viewport, QPoint((first.x() + last.x()) // 2, last.y()))
    qtbot.mouseMove(viewport, last)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, last)


def stored_row(window, claim_id: str) -> tuple[int, int, str, str, str]:
    """start, end, quote, prefix, suffix as they are in the project file."""
    with sqlite3.connect(window.session.project.path) as conn:
        return conn.execute(
            "select start, end, quote, prefix, suffix from claims where id = ?", [claim_id]
        ).fetchone()


def pasted_window(window):
    QGuiApplication.clipboard().setText(MIXED)
    window.actions_.paste.trigger()
    assert window.review.document is not None
    return window


def test_a_drag_from_inside_a_word_claims_whole_words(qtbot, sample_window):
    text = sample_window.article._text
    start = text.index("nior administration official")  # inside "senior"
    end = text.index("CNN") + 1  # inside "CNN"
    drag(qtbot, sample_window, start, end)
    assert sample_window.article.selected_span() == (
        text.index("senior"),
        text.index("CNN") + 3,
    )
    claim_id = claim_selection(qtbot, sample_window)
    assert stored_row(sample_window, claim_id)[2] == "senior administration official told CNN"


def test_alt_drag_claims_exactly_what_was_dragged(qtbot, sample_window):
    text = sample_window.article._text
    start = text.index("nior administration")
    end = text.index("administration") + 5
    drag(qtbot, sample_window, start, end, ALT)
    claim_id = claim_selection(qtbot, sample_window)
    assert stored_row(sample_window, claim_id)[2] == "nior admin"


def test_snapping_in_emoji_cjk_and_hebrew_lines(qtbot, window):
    pasted_window(window)
    text = window.article._text
    drag(qtbot, window, text.index("amily"), text.index("cafés") + 2)  # across the emoji
    assert claim_quote(qtbot, window) == "family 👨\u200d👩\u200d👧 owns 3 cafés"
    drag(qtbot, window, text.index("fés"), text.index("today") + 2)  # past the flag
    assert claim_quote(qtbot, window) == "cafés in Kyiv 🇺🇦 today"
    drag(qtbot, window, text.index("行"), text.index("文") + 1)
    assert claim_quote(qtbot, window) == "行中文"
    drag(qtbot, window, text.index("משלה"), text.index("התקציב") + 2)
    assert claim_quote(qtbot, window) == "הממשלה אישרה את התקציב"
    quotes = [c.quote for c in window.session.project.claims()]
    assert len(quotes) == 4


def claim_quote(qtbot, window) -> str:
    return stored_row(window, claim_selection(qtbot, window))[2]


def test_keyboard_moves_the_edges_and_one_undo_puts_them_back(qtbot, sample_window):
    text = sample_window.article._text
    quote = "administration official"
    start = text.index(quote)
    sample_window.article.select_span(start, start + len(quote))
    claim_id = claim_selection(qtbot, sample_window)
    editor = sample_window.article.text
    editor.setFocus()
    shift_alt = Qt.KeyboardModifier.ShiftModifier | ALT
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | ALT
    press(qtbot, editor, Qt.Key.Key_Left, shift_alt)  # start a word earlier
    assert stored_row(sample_window, claim_id)[2] == "senior administration official"
    press(qtbot, editor, Qt.Key.Key_Right, ctrl_alt)  # end a word later
    press(qtbot, editor, Qt.Key.Key_Right, ctrl_alt)
    row = stored_row(sample_window, claim_id)
    assert row[2] == "senior administration official told CNN"
    assert row[3] == text[row[0] - 32 : row[0]] and row[4] == text[row[1] : row[1] + 32]
    assert sample_window.panel.model.claims()[0].quote == row[2]
    press(qtbot, editor, Qt.Key.Key_Left, ctrl_alt)  # end a word earlier
    press(qtbot, editor, Qt.Key.Key_Right, shift_alt)  # start a word later
    assert stored_row(sample_window, claim_id)[2] == "administration official told"
    sample_window.undo_stack.undo()
    assert stored_row(sample_window, claim_id)[:3] == (start, start + len(quote), quote)
    assert sample_window.undo_stack.undoText() == "Add claim"


def test_dragging_the_end_edge_of_the_current_claim(qtbot, sample_window):
    text = sample_window.article._text
    quote = "administration official"
    start = text.index(quote)
    sample_window.article.select_span(start, start + len(quote))
    claim_id = claim_selection(qtbot, sample_window)
    sample_window.review.set_current(claim_id)
    editor = sample_window.article.text
    end_point = point_at(editor, sample_window.article.offsets.to_utf16(start + len(quote)))
    assert editor.edge_at(end_point.toPointF()) == start  # the fixed end is the start
    target = point_at(editor, text.index("CNN") + 1)  # let go inside "CNN"
    viewport = editor.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=end_point)
    qtbot.mouseMove(viewport, target)
    assert editor.textCursor().hasSelection()  # the span the drag would make is shown
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert stored_row(sample_window, claim_id)[2] == "administration official told CNN"
    assert not editor.textCursor().hasSelection()
    sample_window.undo_stack.undo()
    assert stored_row(sample_window, claim_id)[2] == quote


def test_marking_a_fresh_selection_makes_a_claim_with_that_status(qtbot, sample_window):
    text = sample_window.article._text
    quote = "Secretary of State Marco Rubio"
    start = text.index(quote)
    sample_window.article.select_span(start, start + len(quote))
    sample_window.actions_.statuses[Status.DISPUTED].trigger()
    project = sample_window.session.project
    [claim] = project.claims()
    assert (claim.quote, claim.status) == (quote, Status.DISPUTED)
    assert sample_window.undo_stack.count() == 1
    assert sample_window.undo_stack.undoText() == "Add claim marked disputed"
    sample_window.actions_.statuses[Status.VERIFIED].trigger()  # no selection: the claim
    assert project.claim(claim.id).status is Status.VERIFIED
    sample_window.undo_stack.undo()
    sample_window.undo_stack.undo()
    assert project.claims() == []


def test_keyboard_selection_snaps_unless_claimed_exactly(qtbot, sample_window):
    text = sample_window.article._text
    editor = sample_window.article.text
    editor.setFocus()
    start = text.index("nior administration")
    for exact, expected in ((False, "senior administration"), (True, "nior admin")):
        cursor = editor.textCursor()
        cursor.setPosition(start)
        editor.setTextCursor(cursor)
        for _ in range(len("nior admin")):
            press(qtbot, editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        modifiers = Qt.KeyboardModifier.ControlModifier | (ALT if exact else Qt.KeyboardModifier(0))
        press(qtbot, editor, Qt.Key.Key_Return, modifiers)
        assert stored_row(sample_window, sample_window.review.current_id)[2] == expected


def test_a_claim_moved_before_another_is_renumbered(qtbot, sample_window):
    text = sample_window.article._text
    first = text.index("told CNN")
    sample_window.article.select_span(first, first + len("told CNN"))
    later = claim_selection(qtbot, sample_window)
    earlier_start = text.index("senior")
    sample_window.article.select_span(earlier_start, earlier_start + len("senior"))
    earlier = claim_selection(qtbot, sample_window)
    model = sample_window.panel.model
    assert [model.claim_at(r).id for r in range(2)] == [earlier, later]
    sample_window.review.move_span(later, text.index("A senior"), first + len("told CNN"))
    assert [model.claim_at(r).id for r in range(2)] == [later, earlier]
    assert model.index(0, 0).data() == 1
