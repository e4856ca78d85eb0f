"""Reviewing in the real main window: select, claim, mark, evidence, undo, filter, click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from tests.ui.conftest import QUOTE
from tests.ui.keys import add_claim, press
from workbench.core.model import Evidence, Stance, Status, new_id
from workbench.ui.dialogs.evidence import EvidenceDialog, EvidenceEntry


def stored(window, claim_id: str):
    return window.session.project.claim(claim_id)


def test_select_by_keyboard_then_claim_and_mark(qtbot, sample_window):
    text = sample_window.article.text
    text.setFocus()
    start = sample_window.article._text.index("Kremlin spokesman")
    cursor = text.textCursor()
    cursor.setPosition(start)
    text.setTextCursor(cursor)
    press(qtbot, text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(2):
        press(
            qtbot,
            text,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
    span = sample_window.article.selected_span()
    assert span is not None
    assert sample_window.article._text[span[0] : span[1]] == "Kremlin spokesman"
    press(qtbot, text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    claim_id = sample_window.review.current_id
    assert stored(sample_window, claim_id).quote == "Kremlin spokesman"
    press(qtbot, text, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert stored(sample_window, claim_id).status is Status.DISPUTED
    assert sample_window.article.claims.index.span(claim_id).status is Status.DISPUTED
    assert "0 of 1" not in sample_window.summary.text()
    assert sample_window.summary.text().startswith("1 of 1 claim reviewed")


def test_find_bar_selects_the_quote_for_claiming(qtbot, sample_window):
    press(qtbot, sample_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = sample_window.article.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, QUOTE)
    press(qtbot, bar.field, Qt.Key.Key_Return)
    start = sample_window.article._text.index(QUOTE)
    assert sample_window.article.selected_span() == (start, start + len(QUOTE))
    press(qtbot, bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(sample_window, sample_window.review.current_id).quote == QUOTE


def test_undo_and_redo_survive_focus_changes(qtbot, sample_window):
    claim_id = add_claim(qtbot, sample_window)
    press(qtbot, sample_window.article.text, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert stored(sample_window, claim_id).status is Status.VERIFIED
    sample_window.panel.table.setFocus()
    press(qtbot, sample_window.panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(sample_window, claim_id).status is Status.UNREVIEWED
    sample_window.article.text.setFocus()
    press(
        qtbot,
        sample_window.article.text,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(sample_window, claim_id).status is Status.VERIFIED
    assert sample_window.panel.model.claims()[0].status is Status.VERIFIED
    sample_window.undo_stack.undo()
    sample_window.undo_stack.undo()  # the claim itself
    assert sample_window.session.project.claims() == []
    assert sample_window.panel.model.rowCount() == 0
    assert len(sample_window.article.claims.index) == 0


def test_add_evidence_and_delete_claim_with_undo(qtbot, sample_window, monkeypatch):
    claim_id = add_claim(qtbot, sample_window)
    evidence = Evidence(
        id=new_id(),
        claim_id=claim_id,
        title="Kremlin readout",
        url="https://example.org/r",
        stance=Stance.REFUTES,
    )
    monkeypatch.setattr(
        EvidenceDialog, "ask", classmethod(lambda cls, *a, **k: EvidenceEntry(evidence))
    )
    qtbot.mouseClick(sample_window.editor.evidence.add_button, Qt.MouseButton.LeftButton)
    project = sample_window.session.project
    assert [e.title for e in project.evidence(claim_id)] == ["Kremlin readout"]
    assert sample_window.panel.model.index(0, 4).data() == 1
    sample_window.panel.table.setFocus()
    press(qtbot, sample_window.panel.table, Qt.Key.Key_Delete)
    assert project.claims() == []
    sample_window.undo_stack.undo()
    assert [e.id for e in project.evidence(claim_id)] == [evidence.id]
    assert sample_window.panel.model.row_of(claim_id) == 0


def test_filter_and_sort_the_claims_table(qtbot, sample_window):
    first = add_claim(qtbot, sample_window)
    sample_window.review.mark(Status.DISPUTED)
    add_claim(qtbot, sample_window, "Secretary of State Marco Rubio")
    sample_window.review.mark(Status.VERIFIED)
    add_claim(qtbot, sample_window, "Lavrov rejected Trump’s idea")
    panel = sample_window.panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(Status.DISPUTED.value))
    assert panel.model.rowCount() == 1
    assert panel.model.claim_at(0).id == first
    panel.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "rubio")
    assert [c.quote for c in map(panel.model.claim_at, range(panel.model.rowCount()))] == [
        "Secretary of State Marco Rubio"
    ]
    panel.search.clear()
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by status
    statuses = [panel.model.claim_at(r).status for r in range(3)]
    assert statuses == [Status.UNREVIEWED, Status.VERIFIED, Status.DISPUTED]


def test_clicking_a_highlight_selects_its_claim(qtbot, sample_window):
    first = add_claim(qtbot, sample_window)
    add_claim(qtbot, sample_window, "Secretary of State Marco Rubio")
    assert sample_window.review.current_id != first
    view = sample_window.article
    span = view.claims.index.span(first)
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(span.start + 3)
    point = view.text.cursorRect(cursor).center()
    qtbot.mouseClick(view.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert sample_window.review.current_id == first
    assert sample_window.panel.current_claim_id() == first
    assert sample_window.editor.quote_view.toPlainText() == QUOTE


def test_selecting_in_the_table_and_arrow_keys_move_through_claims(qtbot, sample_window):
    first = add_claim(qtbot, sample_window)
    second = add_claim(qtbot, sample_window, "Secretary of State Marco Rubio")
    table = sample_window.panel.table
    table.setFocus()
    sample_window.panel.select_claim(second)
    press(qtbot, table, Qt.Key.Key_Down)  # rows are in reading order: Rubio comes first
    assert sample_window.review.current_id == first
    assert sample_window.article.claims.current_id == first
    start = sample_window.article.text.textCursor().position()
    assert start == sample_window.article.claims.index.span(first).start


def test_emoji_before_the_span_keeps_code_point_offsets(qtbot, window):
    text = "Intro 😀🎉 then 𝒳 says: the budget doubled."
    QGuiApplication.clipboard().setText(text)
    window.paste_as_document()
    quote = "the budget doubled"
    start = text.index(quote)
    # Select with Qt's own cursor in UTF-16 units, as a mouse would.
    utf16_start = len(text[:start].encode("utf-16-le")) // 2
    cursor = window.article.text.textCursor()
    cursor.setPosition(utf16_start)
    cursor.setPosition(utf16_start + len(quote), QTextCursor.MoveMode.KeepAnchor)
    window.article.text.setTextCursor(cursor)
    assert cursor.selectedText() == quote
    window.review.add_claim()
    claim = window.session.project.claim(window.review.current_id)
    assert (claim.start, claim.end) == (start, start + len(quote))
    assert claim.quote == quote
    assert window.article.claims.index.span(claim.id).start == utf16_start


def test_typing_in_the_editor_does_not_trigger_window_shortcuts(qtbot, sample_window):
    claim_id = add_claim(qtbot, sample_window)
    field = sample_window.editor.summary_edit
    field.setFocus()
    qtbot.keyClicks(field, "Peskovx")
    press(qtbot, field, Qt.Key.Key_Backspace)
    press(qtbot, field, Qt.Key.Key_Home)
    press(qtbot, field, Qt.Key.Key_Delete)  # deletes a letter, not the claim
    press(qtbot, field, Qt.Key.Key_Return)
    assert stored(sample_window, claim_id).summary == "eskov"
    sample_window.undo_stack.undo()
    assert stored(sample_window, claim_id).summary == ""


def test_keyboard_only_from_the_welcome_screen(qtbot, window):
    """Enter on the welcome screen opens the sample; the article then takes the keys."""
    assert window.welcome.sample.hasFocus() or window.focusWidget() is window.welcome.sample
    press(qtbot, window.welcome.sample, Qt.Key.Key_Return)
    assert window.transfers.last_job.wait()
    text = window.article.text
    assert window.focusWidget() is text
    press(qtbot, text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.article.find_bar.field, QUOTE)
    press(qtbot, window.article.find_bar.field, Qt.Key.Key_Return)
    press(qtbot, window.article.find_bar.field, Qt.Key.Key_Escape)
    press(qtbot, text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, text, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    claim = stored(window, window.review.current_id)
    assert (claim.quote, claim.status) == (QUOTE, Status.DISPUTED)
