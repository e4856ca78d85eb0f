"""Evidence in the real window: attached files in, out and through undo; dates as entered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.keys import add_claim
from tests.ui.test_dialogs import click_ok, opened, when_modal
from workbench.core.errors import UserError
from workbench.core.model import Evidence, Stance
from workbench.ui import attachments
from workbench.ui.dialogs.evidence import EvidenceDialog

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_a_file_attached_in_the_dialog_is_stored_saved_and_survives_undo(
    qtbot, sample_window, tmp_path: Path, monkeypatch, opened_files
):
    screenshot = tmp_path / "readout.png"
    screenshot.write_bytes(PNG)
    saved = tmp_path / "out" / "copy.png"
    saved.parent.mkdir()
    monkeypatch.setattr(attachments, "ask_path", lambda parent: screenshot)
    monkeypatch.setattr(attachments, "ask_save_path", lambda parent, name: saved)
    claim_id = add_claim(qtbot, sample_window)

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Kremlin readout")
        dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("refutes"))
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
        assert dialog.file_label.text() == "readout.png (1 KB)"
        click_ok(qtbot, dialog)

    when_modal(qtbot, fill)
    qtbot.mouseClick(sample_window.editor.evidence.add_button, Qt.MouseButton.LeftButton)
    project = sample_window.session.project
    [item] = project.evidence(claim_id)
    assert item.attachment_name == "readout.png"
    assert item.accessed_at == ""  # no date was entered
    assert project.evidence_attachment(item.id) == PNG

    panel = sample_window.editor.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.file_button.isEnabled()
    assert panel.model.index(0, 0).data() == "Kremlin readout"
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # a file
    panel.save_file_action.trigger()
    assert saved.read_bytes() == PNG
    panel.open_file_action.trigger()
    [url] = opened_files.urls
    assert Path(url.toLocalFile()).name == "readout.png"
    assert Path(url.toLocalFile()).read_bytes() == PNG

    sample_window.review.delete_claim()
    assert project.claims() == []
    sample_window.undo_stack.undo()  # the claim, its evidence and the file come back
    assert project.evidence_attachment(item.id) == PNG
    sample_window.undo_stack.undo()  # the evidence goes
    assert project.evidence(claim_id) == []
    sample_window.undo_stack.redo()
    assert project.evidence_attachment(project.evidence(claim_id)[0].id) == PNG


def test_removing_the_file_in_the_dialog_is_undoable(qtbot, sample_window, tmp_path, monkeypatch):
    claim_id = add_claim(qtbot, sample_window)
    project = sample_window.session.project
    item = project.add_evidence(Evidence(id="ev-9", claim_id=claim_id, title="Doc"))
    project.set_evidence_attachment(item.id, "page.pdf", b"%PDF-1.4 ...")
    sample_window.review.set_current(claim_id)
    panel = sample_window.editor.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))

    def detach(dialog) -> None:
        assert dialog.file_label.text() == "page.pdf"
        qtbot.mouseClick(dialog.detach_button, Qt.MouseButton.LeftButton)
        click_ok(qtbot, dialog)

    when_modal(qtbot, detach)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert project.evidence_attachment(item.id) is None
    assert project.evidence(claim_id)[0].attachment_name == ""
    sample_window.undo_stack.undo()
    assert project.evidence_attachment(item.id) == b"%PDF-1.4 ..."
    assert project.evidence(claim_id)[0].attachment_name == "page.pdf"


def test_an_accessed_time_is_kept_unless_the_date_is_changed(qtbot):
    old = Evidence(
        id="ev-1",
        claim_id="c-1",
        title="Report",
        stance=Stance.CONTEXT,
        accessed_at="2026-11-30T14:05:00+00:00",
    )
    dialog = opened(qtbot, EvidenceDialog(None, "c-1", old))
    assert dialog.evidence().accessed_at == "2026-11-30T14:05:00+00:00"
    qtbot.mouseClick(dialog.today_button, Qt.MouseButton.LeftButton)
    assert len(dialog.evidence().accessed_at) == len("2026-12-03")


def test_a_file_too_big_or_unreadable_is_refused_with_one_line(qtbot, tmp_path, monkeypatch):
    missing = tmp_path / "gone.png"
    monkeypatch.setattr(attachments, "ask_path", lambda parent: missing)
    dialog = opened(qtbot, EvidenceDialog(None, "c-1"))
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_label.text().startswith("'gone.png' cannot be read")
    assert dialog.attachment is None


def test_only_pictures_and_pdfs_are_opened_from_the_program(opened_files):
    for name in ("page.html", "setup.exe", "run.sh"):
        with pytest.raises(UserError, match="save it"):
            attachments.open_file(name, b"<script>")
    assert opened_files.urls == []
    assert attachments.safe_name("../../.bashrc") == "bashrc"
    assert attachments.safe_name("C:\\\\Users\\\\x\\\\shot.png") == "shot.png"
