"""Document details, searching claims through their evidence, and the offline help."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.keys import add_claim, press
from tests.ui.test_dialogs import click_ok, ok_enabled, when_modal
from workbench.core.model import Evidence, Stance, Status, new_id
from workbench.ui.dialogs.help import guide_dialog, shortcut_rows, shortcuts_dialog


def test_document_details_are_edited_from_the_menu_and_undone(qtbot, sample_window):
    document = sample_window.review.document
    seen = []

    def fill(dialog) -> None:
        seen.append(dialog.edits["title"].text())
        dialog.edits["title"].setText("Budapest summit postponed")
        qtbot.keyClicks(dialog.edits["author"], "Atlantic Council staff")
        qtbot.keyClicks(dialog.edits["source_url"], "not a link")
        assert not ok_enabled(dialog)
        dialog.edits["source_url"].setText("https://www.atlanticcouncil.org/budapest")
        click_ok(qtbot, dialog)

    when_modal(qtbot, fill)
    press(
        qtbot,
        sample_window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen == [document.title]
    with sqlite3.connect(sample_window.session.project.path) as conn:
        row = conn.execute(
            "select title, author, source_url from documents where id = ?", [document.id]
        ).fetchone()
    assert row == (
        "Budapest summit postponed",
        "Atlantic Council staff",
        "https://www.atlanticcouncil.org/budapest",
    )
    assert sample_window.article.title.text() == "Budapest summit postponed"
    assert sample_window.documents.model().index(0, 0).data() == "Budapest summit postponed"
    sample_window.undo_stack.undo()
    assert sample_window.session.project.document(document.id).title == document.title
    assert sample_window.documents.model().index(0, 0).data() == document.title


def test_the_document_list_context_menu_offers_details(qtbot, sample_window):
    documents = sample_window.documents
    rect = documents.visualRect(documents.model().index(0, 0))
    offered: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            offered.extend(a.text() for a in menu.actions())
            menu.close()
        else:
            QTimer.singleShot(10, read_menu)

    QTimer.singleShot(10, read_menu)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        rect.center(),
        documents.viewport().mapToGlobal(rect.center()),
    )
    QApplication.sendEvent(documents.viewport(), event)
    assert offered == ["Document &details…", "&Remove document…"]


def test_search_covers_evidence_and_rating_and_says_when_nothing_matches(qtbot, sample_window):
    first = add_claim(qtbot, sample_window)
    second = add_claim(qtbot, sample_window, "Secretary of State Marco Rubio")
    project = sample_window.session.project
    project.add_evidence(
        Evidence(
            id=new_id(),
            claim_id=first,
            title="Kremlin readout",
            publisher="TASS",
            excerpt="The summit was never scheduled.",
            stance=Stance.SUPPORTS,
        )
    )
    project.update_claim(second, rating="Mostly false")
    sample_window.review.claim_changed(first)  # as after an edit in the window
    sample_window.review.claim_changed(second)
    panel = sample_window.panel

    def shown() -> list[str]:
        return [panel.model.claim_at(r).id for r in range(panel.model.rowCount())]

    for needle, expected in (("tass", [first]), ("never sched", [first]), ("readout", [first])):
        panel.search.setText(needle)
        assert shown() == expected, needle
    panel.search.setText("mostly false")
    assert shown() == [second]
    assert not panel.empty_note.isVisible()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(Status.DISPUTED.value))
    assert shown() == []
    assert panel.empty_note.isVisible()
    assert panel.empty_note.text() == "No claims match 'mostly false' among Disputed claims."


def test_a_claim_the_filter_hides_leaves_the_editor(qtbot, sample_window):
    claim_id = add_claim(qtbot, sample_window)
    assert sample_window.review.current_id == claim_id
    panel = sample_window.panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(Status.VERIFIED.value))
    assert sample_window.review.current_id is None
    assert sample_window.article.claims.current_id is None
    assert sample_window.editor._claim is None  # the editor is empty, not editing it
    panel.status_filter.setCurrentIndex(0)
    assert panel.model.row_of(claim_id) == 0


def test_the_shortcuts_sheet_is_made_from_the_actions(qtbot, sample_window):
    bar = sample_window.menuBar()
    rows = shortcut_rows(bar)
    keys = {what: k for _where, what, k in rows}
    native = QKeySequence.SequenceFormat.NativeText
    assert keys["Add claim"].startswith(QKeySequence("Ctrl+Return").toString(native))
    assert keys["Start a word earlier"] == QKeySequence("Alt+Shift+Left").toString(native)
    assert ("Claim > Adjust span", "End a word later") in {(w, a) for w, a, _k in rows}
    every = [
        a
        for a in sample_window.findChildren(QAction)
        if a.shortcuts()
        and a.associatedObjects()
        and any(isinstance(o, QMenu) for o in a.associatedObjects())
    ]
    assert len(rows) == len(every)  # nothing in a menu is left off the sheet
    extra = sample_window.menuBar().actions()[-1].menu().addAction("Brand new")
    extra.setShortcut(QKeySequence("Ctrl+Shift+F12"))
    dialog = shortcuts_dialog(sample_window, bar)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Brand new" in text  # it can never drift from the actions
    assert "Alt + drag" in text


def test_the_user_guide_opens_offline_and_follows_its_own_links(qtbot, window):
    dialog = guide_dialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Adjusting a claim's span" in text
    assert dialog.browser.source().isLocalFile()
    guide = dialog.browser.source()
    dialog.browser.anchorClicked.emit(QUrl("#evidence"))
    assert dialog.browser.source().path() == guide.path()
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))  # not followed: offline
    assert dialog.browser.source().path() == guide.path()
