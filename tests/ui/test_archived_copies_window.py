"""Archived copies in the real window: added in a worker, listed, viewed as text, saved
byte for byte, removed and put back by undo; a lying archive is refused in one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox

from tests.ui.keys import add_claim
from tests.web_archives import ARTICLE, wacz
from workbench.core.model import Evidence
from workbench.settings import ARCHIVED_COPY_ASK_MB
from workbench.ui import attachments, copies_controller
from workbench.ui.dialogs.archived_copy import ArchivedCopyViewer
from workbench.ui.dialogs.export import ExportDialog, ExportRequest
from workbench.ui.dialogs.share import ShareDialog

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture
def with_evidence(qtbot, sample_window):
    """The sample window with one claim and one piece of evidence, selected."""
    claim_id = add_claim(qtbot, sample_window)
    project = sample_window.session.project
    item = project.add_evidence(Evidence(id="ev-1", claim_id=claim_id, title="Statistics office"))
    sample_window.review.set_current(claim_id)
    panel = sample_window.editor.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    return sample_window, item


def _add(window, evidence_id: str, path: Path) -> None:
    window.copies.add(evidence_id, path)
    assert window.copies.last_job is not None
    assert window.copies.last_job.wait()


def test_a_wacz_is_added_listed_viewed_as_text_saved_and_undone(
    qtbot, with_evidence, tmp_path: Path, monkeypatch
):
    window, item = with_evidence
    archive = tmp_path / "capture.wacz"
    archive.write_bytes(wacz([("https://news.example/cpi", ARTICLE)]))
    copies = window.editor.evidence.copies
    assert copies.add_button.isEnabled()

    _add(window, item.id, archive)
    project = window.session.project
    [copy] = project.archived_copies(item.id)
    assert copies.model.rowCount() == 1
    assert copies.model.index(0, 0).data() == "capture.wacz"
    assert copies.model.index(0, 1).data() == "WACZ"
    assert copies.model.index(0, 3).data() == "01 Mar 2026, 09:30 UTC"  # the capture's own date
    assert copies.model.index(0, 4).data() == copy.short_hash

    shown: list[ArchivedCopyViewer] = []
    monkeypatch.setattr(ArchivedCopyViewer, "run", lambda viewer: shown.append(viewer))  # noqa: PLW0108
    copies.view.setCurrentIndex(copies.model.index(0, 0))
    qtbot.mouseClick(copies.view_button, Qt.MouseButton.LeftButton)
    assert window.copies.last_job is not None and window.copies.last_job.wait()
    [viewer] = shown
    text = viewer.text_view.toPlainText()
    assert "the statistics office said prices of food rose" in text
    assert "alert(" not in text and "tracker.example" not in text  # scripts never shown
    assert viewer.text_view.isReadOnly()

    saved = tmp_path / "out.wacz"
    monkeypatch.setattr(attachments, "ask_save_path", lambda parent, name: saved)
    qtbot.mouseClick(copies.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_bytes() == archive.read_bytes()

    qtbot.mouseClick(copies.remove_button, Qt.MouseButton.LeftButton)
    assert project.archived_copies(item.id) == []
    assert copies.model.rowCount() == 0
    window.undo_stack.undo()  # the copy comes back, bytes and id the same
    [back] = project.archived_copies(item.id)
    assert back == copy and project.archived_copy_data(back.sha256) == archive.read_bytes()
    window.undo_stack.undo()  # the add is undone
    assert project.archived_copies(item.id) == []
    window.undo_stack.redo()
    assert project.archived_copies(item.id) == [copy]


def test_saving_over_the_project_is_refused(qtbot, with_evidence, tmp_path: Path, monkeypatch):
    window, item = with_evidence
    picture = tmp_path / "shot.png"
    picture.write_bytes(PNG)
    _add(window, item.id, picture)
    project = window.session.project
    before = project.path.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(window, "_show_user_error", lambda err: errors.append(str(err)))
    window.copies.report_error = lambda err: errors.append(str(err))
    monkeypatch.setattr(attachments, "ask_save_path", lambda parent, name: project.path)
    [copy] = project.archived_copies(item.id)
    window.copies.save(copy)
    assert errors and "choose another name" in errors[0]
    assert project.path.read_bytes() == before


def test_a_picture_opens_in_the_image_viewer(qtbot, with_evidence, tmp_path: Path, monkeypatch):
    window, item = with_evidence
    picture = tmp_path / "shot.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(picture))
    _add(window, item.id, picture)
    shown: list[ArchivedCopyViewer] = []
    monkeypatch.setattr(ArchivedCopyViewer, "run", lambda viewer: shown.append(viewer))  # noqa: PLW0108
    [copy] = window.session.project.archived_copies(item.id)
    window.copies.view(copy)
    [viewer] = shown
    assert viewer.picture.pixmap().width() == 40


def test_a_lying_wacz_is_refused_with_one_line(qtbot, with_evidence, tmp_path: Path, monkeypatch):
    window, item = with_evidence
    archive = tmp_path / "doctored.wacz"
    archive.write_bytes(
        wacz([("https://news.example/cpi", ARTICLE)], lie_about="archive/data.warc.gz")
    )
    shown: list[str] = []
    monkeypatch.setattr(
        copies_controller, "report_failure", lambda parent, what, error: shown.append(str(error))
    )
    _add(window, item.id, archive)
    [message] = shown
    assert "does not match the digest" in message and "\n" not in message
    assert window.session.project.archived_copies(item.id) == []


def test_a_large_file_asks_first_and_a_no_keeps_nothing(
    qtbot, with_evidence, tmp_path: Path, monkeypatch
):
    window, item = with_evidence
    window.settings.set(ARCHIVED_COPY_ASK_MB, 1)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)  # Cancel: no button clicked
    window.copies.add(item.id, big)
    assert asked and "big.pdf" in asked[0] and "2.0 MB" in asked[0]
    assert window.session.project.archived_copies(item.id) == []


def test_a_file_dropped_on_the_list_is_added(qtbot, with_evidence, tmp_path: Path):
    window, item = with_evidence
    picture = tmp_path / "drop.png"
    picture.write_bytes(PNG)
    copies = window.editor.evidence.copies
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(picture))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    copies.dropEvent(event)  # Qt delivers a drop only during a real drag; same handler
    assert window.copies.last_job is not None and window.copies.last_job.wait()
    [copy] = window.session.project.archived_copies(item.id)
    assert copy.name == "drop.png" and copy.kind.value == "image"


def test_the_window_exports_the_report_with_its_copies_and_shares_without_them(
    qtbot, with_evidence, tmp_path: Path, monkeypatch
):
    window, item = with_evidence
    archive = tmp_path / "capture.wacz"
    archive.write_bytes(wacz([("https://news.example/cpi", ARTICLE)]))
    _add(window, item.id, archive)
    [copy] = window.session.project.archived_copies(item.id)
    request = ExportRequest(
        fmt="html", out=tmp_path / "report.html", document_id=None, statuses=(), with_copies=True
    )
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: request))
    window.export()
    assert window.transfers.last_job is not None and window.transfers.last_job.wait()
    with zipfile.ZipFile(tmp_path / "report.zip") as bundle:
        assert bundle.read(f"copies/{copy.short_hash}-capture.wacz") == archive.read_bytes()
        assert copy.sha256 in bundle.read("report.html").decode()

    sizes: list[int] = []

    def ask(cls, parent, path, originals, copies_bytes):
        sizes.append(copies_bytes)
        return tmp_path / "shared.factcheck", True, False

    monkeypatch.setattr(ShareDialog, "ask", classmethod(ask))
    window.share_copy()
    assert sizes == [archive.stat().st_size]
    from workbench.store.projectfile import Project

    with Project.open(tmp_path / "shared.factcheck", read_only=True) as shared:
        assert shared.archived_copies() == [copy]
        assert shared.archived_copies_size() == 0


def test_the_share_dialog_offers_the_copies_only_when_there_are_some(qtbot, tmp_path: Path):
    without = ShareDialog(None, tmp_path / "a.factcheck", 1000)
    qtbot.addWidget(without)
    assert without.copies_check.isHidden()
    large = ShareDialog(None, tmp_path / "a.factcheck", 1000, 40 * 1024 * 1024)
    qtbot.addWidget(large)
    assert not large.copies_check.isHidden() and not large.copies_check.isChecked()
    assert "40.0 MB" in large.copies_check.text()
