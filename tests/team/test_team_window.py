"""The window on a team project: a colleague's change appears live, the reader stays put."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.team import pg_server
from workbench.app import StoreFiles, open_team
from workbench.core.merge import Side
from workbench.core.model import ImportedDocument, Status, new_claim
from workbench.settings import Settings
from workbench.store.team.address import TeamAddress
from workbench.store.team.project import TeamProject
from workbench.ui import session as session_dialogs
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.version_diff import VersionDiffDialog

TEXT = "The minister said unemployment fell by 3% last year. Critics disagree strongly."


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


def test_a_colleagues_change_appears_without_moving_the_reader(
    qtbot, team: TeamAddress, sample_article: Path
) -> None:
    with TeamProject.open(team, reviewer="Ana") as ana:
        doc = ana.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        first = ana.add_claim(new_claim(doc, 0, 51))
        second = ana.add_claim(new_claim(doc, 53, 79))
        window = MainWindow(StoreFiles(), Settings(), sample=sample_article)
        qtbot.addWidget(window)
        window.show()
        open_team(window, f"{team.conninfo}#{team.project}", "Bo")
        assert window.session.project is not None and window.review.document is not None
        window.review.set_current(second.id)

        ana.take_lease(doc.id)
        ana.claims()
        ana.update_claim(first.id, status="verified")

        def shown_status() -> Status:
            model = window.review.panel.model
            rows = [model.claim_at(row) for row in range(model.rowCount())]
            return next(c.status for c in rows if c.id == first.id)

        qtbot.waitUntil(lambda: shown_status() is Status.VERIFIED, timeout=10_000)
        assert window.review.current_id == second.id  # the reader's selection is kept
        qtbot.waitUntil(lambda: "Ana" in _leases_text(window), timeout=10_000)
        window.session.close()


def _leases_text(window: MainWindow) -> str:
    from PySide6.QtWidgets import QLabel

    labels = window.statusBar().findChildren(QLabel)
    return " ".join(label.text() for label in labels if label.accessibleName().startswith("Who"))


@pytest.fixture
def team_window(qtbot, team: TeamAddress, sample_article: Path):
    """Ana's project with one claim, and Bo's window on it (the claim current)."""
    with TeamProject.open(team, reviewer="Ana") as ana:
        doc = ana.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = ana.add_claim(new_claim(doc, 0, 51))
        window = MainWindow(StoreFiles(), Settings(), sample=sample_article)
        qtbot.addWidget(window)
        window.show()
        open_team(window, f"{team.conninfo}#{team.project}", "Bo")
        window.review.set_current(claim.id)
        yield ana, window, claim.id
        window.session.close()


def test_a_conflicting_save_offers_both_sides_and_keeps_the_choice(
    team_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, window, claim_id = team_window
    asked = []

    def choose_mine(parent, plan, name):
        asked.extend(plan.conflicts)
        return {c.key: Side.MINE for c in plan.conflicts}

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(choose_mine))
    ana.claims()
    ana.update_claim(claim_id, status="verified")
    window.review.mark(Status.DISPUTED)  # before the window heard of Ana's change
    (conflict,) = asked
    assert (conflict.mine, conflict.theirs, conflict.theirs_by.reviewer) == (
        "disputed", "verified", "Ana",
    )  # fmt: skip
    assert ana.claim(claim_id).status is Status.DISPUTED  # Bo chose his, knowingly


def test_an_edit_while_the_server_is_away_is_kept_and_resent(
    qtbot, team_window, pg: pg_server.Server, team: TeamAddress
) -> None:
    _, window, claim_id = team_window
    pg.pause()
    try:
        window.review.mark(Status.UNVERIFIABLE)
        assert "kept" in window.message_bar.text()
    finally:
        pg.resume()

    def saved() -> bool:
        with TeamProject.open(team, reviewer="Cy") as fresh:  # Ana's connection was cut
            return fresh.claim(claim_id).status is Status.UNVERIFIABLE

    qtbot.waitUntil(saved, timeout=30_000)


def test_a_resent_edit_stays_on_the_undo_stack_and_undo_reaches_the_server(
    qtbot, team_window, pg: pg_server.Server, team: TeamAddress
) -> None:
    _, window, claim_id = team_window
    stack = window.undo_stack
    before = stack.count()
    pg.pause()  # the cluster is stopped: every connection is cut
    try:
        window.review.mark(Status.DISPUTED)
        assert "kept" in window.message_bar.text()
        assert stack.count() == before + 1 and stack.canUndo()
    finally:
        pg.resume()

    def status_on_server() -> Status:
        with TeamProject.open(team, reviewer="Cy") as fresh:
            return fresh.claim(claim_id).status

    qtbot.waitUntil(lambda: status_on_server() is Status.DISPUTED, timeout=30_000)
    assert window.session.project.pending_edits() == 0
    assert stack.count() == before + 1  # still there after the resend
    stack.undo()
    assert status_on_server() is Status.UNREVIEWED
    stack.redo()
    assert status_on_server() is Status.DISPUTED


def test_a_claim_deleted_while_the_server_is_away_is_deleted_when_it_is_back_and_undoable(
    qtbot, team_window, pg: pg_server.Server, team: TeamAddress
) -> None:
    _, window, claim_id = team_window
    pg.pause()
    try:
        window.review.delete_claim()
        assert "kept" in window.message_bar.text()
        assert window.undo_stack.canUndo()
    finally:
        pg.resume()

    def claims_on_server() -> list[str]:
        with TeamProject.open(team, reviewer="Cy") as fresh:
            return [c.id for c in fresh.claims()]

    qtbot.waitUntil(lambda: claims_on_server() == [], timeout=30_000)
    qtbot.waitUntil(lambda: window.review.panel.model.rowCount() == 0, timeout=10_000)
    window.undo_stack.undo()
    assert claims_on_server() == [claim_id]


def test_a_new_version_in_the_window_of_a_team_project_fills_the_queue_and_the_diff(
    qtbot, team_window, team: TeamAddress
) -> None:
    _, window, claim_id = team_window
    doc_id = window.review.document.id
    newer = TEXT.replace("3% last year", "2% last year")
    message = window.versions.add_version(
        doc_id, ImportedDocument(text=newer, title="Speech", format="text")
    )
    assert "now at version 2" in message
    queue = window.versions.queue
    assert queue is not None and queue.list.count() == 1
    qtbot.mouseClick(queue.accept_button, Qt.MouseButton.LeftButton)
    assert queue.list.count() == 0
    with TeamProject.open(team, reviewer="Cy") as fresh:  # on the server, for everyone
        claim = fresh.claim(claim_id)
        assert (claim.version, claim.anchor_state, claim.checked_version) == (2, "", 2)
        assert [v.text for v in fresh.versions(doc_id)] == [TEXT, newer]
    diff = VersionDiffDialog(window, window.session.project, doc_id)
    qtbot.addWidget(diff)
    assert "claim 1" in diff.view.toPlainText() and "line-through" in diff.view.toHtml()


def test_take_a_copy_then_sync_it_from_the_window(
    qtbot, team_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, team: TeamAddress
) -> None:
    ana, window, claim_id = team_window
    copy = tmp_path / "train.factcheck"
    monkeypatch.setattr(session_dialogs, "ask_save_path", lambda parent, name: copy)
    window.team_menu.update()
    assert window.team_menu.take_copy.isEnabled() and not window.team_menu.sync.isEnabled()
    window.team_menu.take_copy.trigger()
    assert copy.exists()

    window.open_path(copy)  # the offline copy, in the same window
    window.team_menu.update()
    assert window.team_menu.sync.isEnabled() and not window.team_menu.take_copy.isEnabled()
    window.session.project.update_claim(claim_id, note="offline note", claimant="Minister")
    ana.claims()
    ana.update_claim(claim_id, note="server note")
    asked = []

    def take_theirs(parent, plan, name):
        asked.extend(c.field for c in plan.conflicts)
        return {c.key: Side.THEIRS for c in plan.conflicts}

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(take_theirs))
    window.team_menu.sync.trigger()
    assert asked == ["note"]
    local = window.session.project.claim(claim_id)
    assert (local.note, local.claimant) == ("server note", "Minister")
    with TeamProject.open(team) as fresh:
        assert fresh.claim(claim_id).claimant == "Minister"  # the offline edit arrived
