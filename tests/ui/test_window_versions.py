"""A new version of an article in the real window: menu import, review queue, undo, diff."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from workbench.core.model import ImportedDocument, new_claim
from workbench.core.numbering import claim_numbers
from workbench.ui.version_diff import VersionDiffDialog

CHANGED = "senior administration official told CNN"
GONE = "You cannot postpone what has not been scheduled"


def _claims_and_new_version(window, tmp_path: Path) -> tuple[str, str, Path]:
    project = window.session.project
    doc = window.review.document
    ids = []
    for quote in (CHANGED, GONE):
        start = doc.text.index(quote)
        ids.append(project.add_claim(new_claim(doc, start, start + len(quote))).id)
    window.review.show_document(doc.id)
    sentence_end = doc.text.index(GONE) + len(GONE)
    edited = doc.text.replace("senior administration", "top administration")
    edited = edited[: doc.text.index(GONE)] + "An update was added" + edited[sentence_end - 2 :]
    path = tmp_path / "update.txt"
    path.write_text(edited, encoding="utf-8")
    return ids[0], ids[1], path


def test_importing_a_new_version_fills_the_queue_and_each_settlement_undoes(
    qtbot, sample_window, tmp_path: Path, answers
) -> None:
    changed_id, orphan_id, path = _claims_and_new_version(sample_window, tmp_path)
    answers["open_paths"] = [path]
    sample_window.actions_.import_version.trigger()
    assert sample_window.transfers.last_job.wait()
    qtbot.waitUntil(lambda: sample_window.versions.queue is not None)
    queue = sample_window.versions.queue
    assert queue.list.count() == 2
    assert sample_window.article.claims.index.span(orphan_id) is None  # not in the new text
    queue.list.setCurrentRow(
        next(r for r in range(2) if queue.list.item(r).data(Qt.ItemDataRole.UserRole) == changed_id)
    )
    shown = queue.compare.toHtml()
    assert "line-through" in shown and "top" in queue.compare.toPlainText()
    qtbot.mouseClick(queue.accept_button, Qt.MouseButton.LeftButton)
    assert queue.list.count() == 1
    sample_window.undo_stack.undo()
    assert queue.list.count() == 2
    sample_window.undo_stack.redo()
    assert queue.list.count() == 1
    text = sample_window.article._text
    start = text.index("An update was added")
    sample_window.article.select_span(start, start + len("An update was added"))
    queue.list.setCurrentRow(0)
    assert not queue.accept_button.isEnabled() and queue.keep_button.isEnabled()
    qtbot.mouseClick(queue.attach_button, Qt.MouseButton.LeftButton)
    assert queue.list.count() == 0
    attached = sample_window.session.project.claim(orphan_id)
    assert attached.quote == "An update was added" and attached.version == 2
    assert sample_window.article.claims.index.span(orphan_id) is not None
    sample_window.undo_stack.undo()
    assert sample_window.session.project.claim(orphan_id).anchor_state == "orphaned"


def test_the_diff_view_marks_changes_and_flags_claims(qtbot, sample_window, tmp_path: Path):
    changed_id, orphan_id, path = _claims_and_new_version(sample_window, tmp_path)
    doc_id = sample_window.review.document.id
    sample_window.versions.import_version(doc_id, path)
    assert sample_window.transfers.last_job.wait()
    project = sample_window.session.project
    qtbot.waitUntil(lambda: project.document(doc_id).version == 2)
    dialog = VersionDiffDialog(sample_window, project, doc_id)
    qtbot.addWidget(dialog)
    shown = dialog.view.toPlainText()
    numbers = claim_numbers(project.documents(), project.claims())
    # The edited word alone is marked, and so is the claim on it; the orphan, whose
    # passage went, is flagged at the deletion as a claim of version 1.
    assert f"seniortop ⚑ claim {numbers[changed_id]} " in shown
    assert "An update was added" in shown
    assert f"⚑ claim {numbers[orphan_id]} (version 1)" in shown
    assert dialog.summary.text().startswith("Version 1 → 2:")
    dialog.old.setValue(2)
    assert dialog.summary.text() == "Choose two different versions."


def test_the_same_file_again_says_no_change(qtbot, sample_window, tmp_path: Path) -> None:
    doc = sample_window.review.document
    message = sample_window.versions.add_version(
        doc.id, ImportedDocument(doc.text, doc.title, "txt")
    )
    assert message.startswith("No change")
    assert sample_window.session.project.document(doc.id).version == 1


def test_dropping_a_file_on_a_document_makes_it_that_documents_new_version(
    qtbot, window, sample_article: Path, tmp_path: Path
) -> None:
    """A file dragged from the desktop onto a row of the document list: Qt's own drag
    enter, move and drop events through the list's viewport, as the platform sends them
    (the window accepts drops for its children). The project file then holds version 2,
    the claims carried over, and the review queue shows the one to look at."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from workbench.store.projectfile import Project

    path = tmp_path / "desk.factcheck"
    Project.create(path, title="Desk").close()
    window.open_path(path)
    window.import_articles([sample_article])
    assert window.transfers.last_job.wait()
    qtbot.waitUntil(lambda: window.review.document is not None)
    changed_id, orphan_id, update = _claims_and_new_version(window, tmp_path)
    doc_id = window.review.document.id

    viewport = window.documents.viewport()
    row = window.documents.visualRect(window.documents.model().index(0, 0)).center()
    assert window.documents.document_at(row) == doc_id
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(update))])
    copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(row, copy, mime, left, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(row + QPoint(1, 0), copy, mime, left, none))
    drop = QDropEvent(QPointF(row), copy, mime, left, none)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert window.transfers.last_job.wait()
    qtbot.waitUntil(lambda: window.versions.queue is not None)
    assert window.versions.queue.list.count() == 2  # the changed claim and the orphan

    stored = Project.open(path, read_only=True)
    try:
        assert [v.number for v in stored.versions(doc_id)] == [1, 2]
        assert stored.document(doc_id).version == 2
        assert stored.version(doc_id, 2).source == update.name
        changed, orphan = stored.claim(changed_id), stored.claim(orphan_id)
        assert (changed.version, changed.anchor_state) == (2, "changed")
        assert changed.quote == CHANGED.replace("senior", "top")
        assert (orphan.version, orphan.anchor_state) == (1, "orphaned")
        assert len(stored.documents()) == 1  # not imported as a document of its own
    finally:
        stored.close()
