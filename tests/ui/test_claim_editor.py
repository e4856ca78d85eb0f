"""The claim editor and its evidence list, driven by typing and clicking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QScrollArea

from tests.ui.keys import press
from tests.ui.test_dialogs import click_ok, when_modal
from workbench.core.model import Document, Evidence, Stance, Status, new_claim
from workbench.core.ratings import DEFAULT_RATING_SCALE
from workbench.ui.claim_editor import NO_CLAIM_TEXT, ClaimEditor
from workbench.ui.evidence_list import EvidenceModel
from workbench.ui.links import is_link

TEXT = "The summit was postponed. You cannot postpone what has not been scheduled. <b>Really</b>."


@pytest.fixture
def document() -> Document:
    return Document(id="doc-1", title="Summit", text=TEXT, format="text")


@pytest.fixture
def claim(document):
    start = TEXT.index("You cannot")
    return new_claim(document, start, TEXT.index(" <b>"), claimant="Ann Lee", rating="False")


@pytest.fixture
def evidence(claim) -> list[Evidence]:
    return [
        Evidence(
            id="ev-1",
            claim_id=claim.id,
            title="Ministry statement",
            url="https://example.org/s",
            publisher="Ministry",
            stance=Stance.REFUTES,
        ),
        Evidence(
            id="ev-2",
            claim_id=claim.id,
            excerpt="No date was ever set.",
            url="javascript:alert(1)",
            stance=Stance.CONTEXT,
        ),
    ]


@pytest.fixture
def editor(qtbot) -> ClaimEditor:
    """A shown, focused editor in its own window (focus-out edits need a real focus chain)."""
    widget = ClaimEditor()
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_without_a_claim_the_editor_is_empty_and_disabled(editor):
    assert editor.quote_view.placeholderText() == NO_CLAIM_TEXT
    assert editor.quote_view.toPlainText() == ""
    assert not editor.summary_edit.isEnabled()
    assert not editor.note_edit.isEnabled()
    assert not editor.rating_combo.isEnabled()
    assert not editor.status_buttons.isEnabled()
    assert not editor.evidence.add_button.isEnabled()


def test_showing_a_claim_fills_the_fields_without_emitting(qtbot, editor, claim, evidence):
    with (
        qtbot.assertNotEmitted(editor.claim_edited),
        qtbot.assertNotEmitted(editor.status_requested),
    ):
        editor.show_claim(claim.with_changes(note="Check the\nschedule."), evidence)
    assert editor.quote_view.toPlainText() == "You cannot postpone what has not been scheduled."
    assert editor.summary_edit.text() == ""
    assert editor.summary_edit.placeholderText()
    assert editor.claimant_edit.text() == "Ann Lee"
    assert editor.rating_combo.currentText() == "False"
    assert editor.note_edit.toPlainText() == "Check the\nschedule."
    assert editor.status_buttons.buttons[Status.UNREVIEWED].isChecked()
    assert editor.evidence.model.rowCount() == 2


def test_user_text_is_shown_as_plain_text(qtbot, editor, document):
    start = TEXT.index("<b>")
    html_claim = new_claim(document, start, start + len("<b>Really</b>"), summary="<i>x</i>")
    editor.show_claim(html_claim, [])
    assert isinstance(editor.quote_view, QPlainTextEdit)
    assert editor.quote_view.toPlainText() == "<b>Really</b>"
    assert editor.summary_edit.text() == "<i>x</i>"


def test_every_field_has_an_accessible_name(editor):
    fields = editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit)
    fields += [editor.rating_combo, editor.evidence.view, *editor.status_buttons.buttons.values()]
    assert all(field.accessibleName() for field in fields)


def test_summary_edit_is_emitted_once_when_finished(qtbot, editor, claim):
    editor.show_claim(claim, [])
    received: list[tuple[str, dict]] = []
    editor.claim_edited.connect(lambda cid, changes: received.append((cid, changes)))
    qtbot.mouseClick(editor.summary_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.summary_edit, "No summit date was set")
    assert received == []  # not on every keystroke
    press(qtbot, editor.summary_edit, Qt.Key.Key_Return)
    editor.claimant_edit.setFocus()  # leaving after Enter is not a second edit
    assert received == [(claim.id, {"summary": "No summit date was set"})]


def test_note_is_emitted_when_the_reviewer_leaves_it(qtbot, editor, claim):
    editor.show_claim(claim, [])
    editor.note_edit.setFocus()
    qtbot.keyClicks(editor.note_edit, "Ask the press office")
    with qtbot.waitSignal(editor.claim_edited) as signal:
        editor.claimant_edit.setFocus()
    assert signal.args == [claim.id, {"note": "Ask the press office"}]


def test_choosing_a_rating_emits_it(qtbot, editor, claim):
    editor.show_claim(claim, [])
    combo = editor.rating_combo
    assert combo.itemText(0) == "(no rating)"
    assert [combo.itemData(i) for i in range(1, combo.count())] == DEFAULT_RATING_SCALE.labels
    combo.setFocus()
    with qtbot.waitSignal(editor.claim_edited) as signal:
        press(qtbot, combo, Qt.Key.Key_Up)  # "False" -> "Mostly false"
    assert signal.args == [claim.id, {"rating": "Mostly false"}]
    with qtbot.waitSignal(editor.claim_edited) as signal:
        press(qtbot, combo, Qt.Key.Key_Home)
    assert signal.args == [claim.id, {"rating": ""}]


def test_rating_labels_come_from_the_project_and_old_ratings_stay_visible(editor, claim):
    editor.set_rating_labels(["Correct", "Wrong"])
    editor.show_claim(claim, [])  # rated "False", which this scale lacks
    assert editor.rating_combo.currentData() == "False"
    assert "not in this project's scale" in editor.rating_combo.currentText()
    editor.show_claim(claim.with_changes(rating="Wrong"), [])
    assert editor.rating_combo.count() == 3
    assert editor.rating_combo.currentText() == "Wrong"


def test_status_button_asks_and_waits_for_the_store(qtbot, editor, claim):
    editor.show_claim(claim, [])
    disputed = editor.status_buttons.buttons[Status.DISPUTED]
    assert "Ctrl+2" in disputed.toolTip()
    assert not disputed.icon().isNull()
    with qtbot.waitSignal(editor.status_requested) as signal:
        qtbot.mouseClick(disputed, Qt.MouseButton.LeftButton)
    assert signal.args == [claim.id, "disputed"]
    assert not disputed.isChecked()  # not applied until the window shows the stored claim
    editor.show_claim(claim.with_changes(status=Status.DISPUTED), [])
    assert disputed.isChecked()
    assert not editor.status_buttons.buttons[Status.UNREVIEWED].isChecked()


def test_reshowing_the_same_claim_keeps_unfinished_typing_and_the_cursor(qtbot, editor, claim):
    editor.show_claim(claim, [])
    qtbot.mouseClick(editor.summary_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.summary_edit, "Half a sent")
    press(qtbot, editor.summary_edit, Qt.Key.Key_Left)
    with qtbot.assertNotEmitted(editor.claim_edited):
        # e.g. Ctrl+2 while typing: the store changes the status, the window re-shows
        editor.show_claim(claim.with_changes(status=Status.DISPUTED, claimant="Bob"), [])
    assert editor.summary_edit.hasFocus()
    assert editor.summary_edit.text() == "Half a sent"
    assert editor.summary_edit.cursorPosition() == len("Half a sen")
    assert editor.claimant_edit.text() == "Bob"  # untouched fields follow the store
    assert editor.status_buttons.buttons[Status.DISPUTED].isChecked()


def test_showing_another_claim_replaces_everything(editor, claim, document):
    editor.show_claim(claim, [])
    other = new_claim(document, 0, 10, summary="Other")
    editor.show_claim(other, [])
    assert editor.summary_edit.text() == "Other"
    assert editor.claimant_edit.text() == ""
    editor.show_claim(None, [])
    assert editor.summary_edit.text() == ""
    assert not editor.summary_edit.isEnabled()


def test_read_only_allows_looking_only(qtbot, editor, claim, evidence):
    editor.show_claim(claim, evidence)
    editor.set_read_only(True)
    assert editor.summary_edit.isReadOnly()
    assert editor.note_edit.isReadOnly()
    assert not editor.rating_combo.isEnabled()
    assert not editor.status_buttons.isEnabled()
    panel = editor.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert not panel.add_button.isEnabled()
    assert not panel.remove_button.isEnabled()
    assert panel.open_button.isEnabled()
    editor.set_read_only(False)
    assert panel.remove_button.isEnabled()


# ---- evidence


def test_evidence_model_passes_qt_model_checks(qtmodeltester, evidence):
    model = EvidenceModel()
    model.set_items(evidence)
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "javascript:alert(1)"  # untitled: its URL
    assert "No date was ever set." in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 1)) == "Refutes"


def test_add_evidence_through_the_real_dialog(qtbot, editor, claim):
    editor.show_claim(claim, [])

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Press release")
        qtbot.keyClicks(dialog.url_edit, "https://example.org/pr")
        dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("supports"))
        click_ok(qtbot, dialog)

    when_modal(qtbot, fill)
    with qtbot.waitSignal(editor.evidence_add_requested) as signal:
        qtbot.mouseClick(editor.evidence.add_button, Qt.MouseButton.LeftButton)
    (entry,) = signal.args
    added = entry.evidence
    assert isinstance(added, Evidence)
    assert (added.claim_id, added.title, added.url) == (
        claim.id,
        "Press release",
        "https://example.org/pr",
    )


def test_double_click_edits_and_emits_only_the_changes(qtbot, editor, claim, evidence):
    editor.show_claim(claim, evidence)
    view = editor.evidence.view
    rect = view.visualRect(editor.evidence.model.index(0, 0))

    def change_stance(dialog: QDialog) -> None:
        assert dialog.title_edit.text() == "Ministry statement"
        dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("supports"))
        click_ok(qtbot, dialog)

    when_modal(qtbot, change_stance)
    with qtbot.waitSignal(editor.evidence_edit_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["ev-1", {"stance": "supports"}]


def test_cancelled_edit_emits_nothing(qtbot, editor, claim, evidence):
    editor.show_claim(claim, evidence)
    editor.evidence.view.setCurrentIndex(editor.evidence.model.index(1, 0))
    when_modal(qtbot, lambda dialog: dialog.reject())
    with qtbot.assertNotEmitted(editor.evidence_edit_requested):
        qtbot.mouseClick(editor.evidence.edit_button, Qt.MouseButton.LeftButton)


def test_remove_by_button_and_by_delete_key_not_window_shortcuts(qtbot, editor, claim, evidence):
    deleted_claims: list[bool] = []
    window_delete = QAction("Delete claim", editor)
    window_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    window_delete.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window_delete.triggered.connect(lambda: deleted_claims.append(True))
    editor.addAction(window_delete)

    editor.show_claim(claim, evidence)
    panel = editor.evidence
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    with qtbot.waitSignal(editor.evidence_remove_requested) as signal:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["ev-2"]

    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(editor.evidence_remove_requested) as signal:
        press(qtbot, panel.view, Qt.Key.Key_Delete)
    assert signal.args == ["ev-1"]
    assert deleted_claims == []


def test_removal_keeps_a_neighbour_selected(editor, claim, evidence):
    editor.show_claim(claim, evidence)
    panel = editor.evidence
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    editor.show_claim(claim, evidence[:1])  # the window re-shows after the removal
    assert panel.selected() == evidence[0]


class _Browser(QObject):
    """Stands in for the system browser: Qt's own hook for a URL scheme."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser():
    handler = _Browser()
    for scheme in ("https", "javascript", "file"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("https", "javascript", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_open_hands_only_web_links_to_the_browser(qtbot, editor, claim, evidence, browser):
    editor.show_claim(claim, evidence)
    panel = editor.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert browser.opened == ["https://example.org/s"]
    panel.view.setCurrentIndex(panel.model.index(1, 0))  # a javascript: URL from a file
    assert not panel.open_button.isEnabled()
    assert browser.opened == ["https://example.org/s"]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=c", True),
        ("http://example.org", True),
        ("mailto:desk@example.org", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("https://", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_is_link(url, ok):
    assert is_link(url) is ok


def test_editor_fits_a_narrow_panel(editor, claim, evidence):
    editor.show_claim(claim, evidence)
    content = editor.findChild(QScrollArea).widget()  # scrolls vertically only
    assert content.minimumSizeHint().width() <= 400
