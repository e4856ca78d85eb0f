"""The "Checked before" panel and the archive search, driven in the real window.

A real archive file behind the app's own ArchiveService, the real store and widgets;
answers arrive from the panel's background thread and are awaited through its signals.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from tests.archive.conftest import make_project, review
from tests.ui.conftest import QUOTE
from workbench.app import StoreFiles
from workbench.archive_service import ArchiveService
from workbench.core.model import Stance
from workbench.importers.claimreview_feed import items_from_json
from workbench.settings import Settings
from workbench.store.projectfile import Project
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.main_window import MainWindow

LAVROV = "Lavrov rejected Trump’s idea of freezing the conflict"

FEED = [
    review(
        "Trump says you cannot postpone a summit that was never scheduled",
        "https://checks.example/postpone",
        rating="Mostly true",
        datePublished="2025-10-23",
    ),
    review(
        "Russia's foreign minister Lavrov rejected freezing the war in Ukraine",
        "https://checks.example/lavrov",
        rating="True",
    ),
    review("Drinking bleach cures the flu", "https://checks.example/bleach"),
]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ArchiveService]:
    archive = ArchiveService(tmp_path / "archive.sqlite")
    archive.add_items(items_from_json(FEED, "feed.json"))
    yield archive
    archive.close()


@pytest.fixture
def archive_window(qtbot, sample_article: Path, answers, service, config_dir) -> Iterator:
    window = MainWindow(StoreFiles(), Settings(), sample=sample_article, archive=service)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.checked_before.query.wait()
    window.session.close(discard=True)


def _open_sample(window: MainWindow) -> None:
    window.open_sample()
    assert window.transfers.last_job is not None
    assert window.transfers.last_job.wait()


def _claim(qtbot, window: MainWindow, quote: str) -> list:
    """Claim ``quote`` with Ctrl+Enter; return the matches the panel then shows."""
    start = window.article._text.index(quote)
    window.article.select_span(start, start + len(quote))
    with qtbot.waitSignal(window.checked_before.query.found, timeout=10_000) as found:
        qtbot.keyClick(window.article.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return found.args[0]


def test_a_new_claim_shows_its_earlier_fact_check(qtbot, archive_window) -> None:
    _open_sample(archive_window)
    matches = _claim(qtbot, archive_window, QUOTE)
    assert matches[0].item.url == "https://checks.example/postpone"
    model = archive_window.checked_before.view.model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1:4] == ["Mostly true", "Example Checks", "23 Oct 2025"]  # as the window writes it
    assert 0 < float(row[0]) <= 1
    assert "earlier fact-check" in archive_window.checked_before.status.text()


def test_attach_adds_evidence_with_link_and_rating_and_undoes(qtbot, archive_window) -> None:
    _open_sample(archive_window)
    _claim(qtbot, archive_window, QUOTE)
    claim_id = archive_window.review.current_id
    qtbot.mouseClick(archive_window.checked_before.view.attach, Qt.MouseButton.LeftButton)
    [evidence] = archive_window.session.project.evidence(claim_id)
    assert evidence.url == "https://checks.example/postpone"
    assert evidence.stance is Stance.CONTEXT
    assert "rated 'Mostly true' by Example Checks 2025-10-23" in evidence.note
    archive_window.undo_stack.undo()
    assert archive_window.session.project.evidence(claim_id) == []


def test_copy_verdict_puts_the_rating_on_the_clipboard(qtbot, archive_window) -> None:
    _open_sample(archive_window)
    _claim(qtbot, archive_window, LAVROV)
    qtbot.mouseClick(archive_window.checked_before.view.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "True"


def test_only_the_newest_claims_answer_is_shown(qtbot, archive_window) -> None:
    _open_sample(archive_window)
    first = _claim(qtbot, archive_window, QUOTE)
    postpone = archive_window.review.current_id
    second = _claim(qtbot, archive_window, LAVROV)
    lavrov = archive_window.review.current_id
    assert first[0].item.url.endswith("postpone")
    assert second[0].item.url.endswith("lavrov")
    panel = archive_window.checked_before
    with qtbot.waitSignal(panel.query.found, timeout=10_000) as found:
        for claim_id in (postpone, lavrov, postpone, lavrov, postpone):  # clicking quickly
            archive_window.review.set_current(claim_id)
    assert found.args[0][0].item.url.endswith("postpone")
    panel.query.wait()  # every search started has answered...
    QCoreApplication.processEvents()  # ...and its answer was delivered: none replaced it
    assert panel.view.model.item(0).item.url.endswith("postpone")


def test_opening_a_project_adds_its_reviewed_claims(
    qtbot, archive_window, service, tmp_path: Path
) -> None:
    path, _ = make_project(tmp_path / "city.factcheck")
    with qtbot.waitSignal(archive_window.checked_before.query.added, timeout=10_000) as added:
        archive_window.open_path(path)
    assert added.args == [2]
    found = service.search("bus fares up forty percent")
    assert found[0].item.origin == "city.factcheck"


def test_search_dialog_follows_typing(qtbot, archive_window) -> None:
    _open_sample(archive_window)
    _claim(qtbot, archive_window, QUOTE)
    qtbot.keyClick(
        archive_window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = archive_window.archive_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.box.text() == QUOTE
    dialog.box.clear()
    with qtbot.waitSignal(dialog.query.found, timeout=10_000) as found:
        qtbot.keyClicks(dialog.box, "bleach flu cure")
    assert found.args[0][0].item.url == "https://checks.example/bleach"
    with qtbot.waitSignal(archive_window.editor.evidence_add_requested):
        qtbot.mouseClick(dialog.view.attach, Qt.MouseButton.LeftButton)
    dialog.reject()


def test_an_unusable_archive_is_a_line_in_the_panel(
    qtbot, sample_article: Path, answers, tmp_path: Path
) -> None:
    bad = tmp_path / "archive.sqlite"
    bad.write_bytes(b"this is not an archive" * 20)
    window = MainWindow(
        StoreFiles(), Settings(), sample=sample_article, archive=ArchiveService(bad)
    )
    qtbot.addWidget(window)
    _open_sample(window)
    start = window.article._text.index(QUOTE)
    window.article.select_span(start, start + len(QUOTE))
    with qtbot.waitSignal(window.checked_before.query.failed, timeout=10_000):
        window.review.add_claim()
    assert "not a Fact-check Workbench archive" in window.checked_before.status.text()
    window.session.close(discard=True)


def test_the_merge_summary_stays_in_the_status_bar_while_the_archive_is_fed(
    qtbot, archive_window, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge shows the merged project, which feeds the archive in the background; the
    archive's "N reviewed claim(s) added" replaced the merge's summary at once."""
    _open_sample(archive_window)
    _claim(qtbot, archive_window, LAVROV)
    claim_id = archive_window.review.current_id
    qtbot.keyClick(archive_window.article.text, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    answers["save_path"] = tmp_path / "ada.factcheck"
    assert archive_window.save_as()
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(tmp_path / "ada.factcheck", theirs)
    with Project.open(theirs, reviewer="Grace") as colleague:
        colleague.update_claim(claim_id, status="disputed", rating="Mostly false")
    answers["open_paths"] = [theirs]
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent, plan, name: {}))
    archive_window.checked_before.query.wait()  # saving fed the archive: that is done
    QCoreApplication.processEvents()
    with qtbot.waitSignal(archive_window.checked_before.query.added, timeout=10_000) as added:
        archive_window.merge()
        assert archive_window.sharing.last_job.wait()
    assert added.args == [1]  # the merged verdict changed the archived claim
    QCoreApplication.processEvents()
    assert "Merged grace.factcheck" in archive_window.statusBar().currentMessage()
