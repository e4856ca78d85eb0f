"""File > Merge and File > Share a copy, and the read-only banner, in the real window."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import QUOTE
from tests.ui.keys import add_claim, press
from workbench.core.merge import Side
from workbench.core.model import Status
from workbench.store.projectfile import Project
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.dialogs.locked import LockChoice, LockedDialog
from workbench.ui.dialogs.share import ShareDialog


def _saved(window, answers, path: Path) -> Path:
    answers["save_path"] = path
    assert window.save_as()
    return path


def test_merging_a_colleagues_copy_shows_the_conflict_and_takes_the_choice(
    qtbot, sample_window, answers, tmp_path, monkeypatch
):
    claim_id = add_claim(qtbot, sample_window)
    mine = _saved(sample_window, answers, tmp_path / "ada.factcheck")
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(mine, theirs)
    press(qtbot, sample_window.article.text, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    with Project.open(theirs, reviewer="Grace") as colleague:
        colleague.update_claim(claim_id, status="disputed", note="No date was ever set.")
    shown = []

    def choose(cls, parent, plan, other_name):
        shown.append((other_name, [(c.field, c.mine, c.theirs) for c in plan.conflicts]))
        return {c.key: Side.THEIRS for c in plan.conflicts}

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(choose))
    answers["open_paths"] = [theirs]
    sample_window.merge()
    assert sample_window.sharing.last_job.wait()
    assert shown == [("grace.factcheck", [("status", "verified", "disputed")])]
    merged = sample_window.panel.model.claims()[0]
    assert (merged.status, merged.note) == (Status.DISPUTED, "No date was ever set.")
    assert "Merged grace.factcheck" in sample_window.statusBar().currentMessage()
    assert not sample_window.undo_stack.canUndo()
    with Project.open(mine, read_only=True) as stored:
        assert stored.claim(claim_id).status is Status.DISPUTED


def test_a_cancelled_merge_changes_nothing(qtbot, sample_window, answers, tmp_path, monkeypatch):
    claim_id = add_claim(qtbot, sample_window)
    mine = _saved(sample_window, answers, tmp_path / "ada.factcheck")
    theirs = tmp_path / "grace.factcheck"
    shutil.copy(mine, theirs)
    with Project.open(theirs, reviewer="Grace") as colleague:
        colleague.update_claim(claim_id, claimant="Dmitry Peskov")
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, *a: None))
    answers["open_paths"] = [theirs]
    sample_window.merge()
    assert sample_window.sharing.last_job.wait()
    assert sample_window.panel.model.claims()[0].claimant == ""
    with Project.open(mine, read_only=True) as stored:
        assert stored.claim(claim_id).claimant == ""


def test_share_a_copy_without_originals(qtbot, sample_window, answers, tmp_path, monkeypatch):
    add_claim(qtbot, sample_window)
    _saved(sample_window, answers, tmp_path / "ada.factcheck")
    target = tmp_path / "to-send.factcheck"
    monkeypatch.setattr(
        ShareDialog, "ask", classmethod(lambda cls, parent, s, n, c: (target, False, True))
    )
    sample_window.share_copy()
    assert "to-send.factcheck" in sample_window.statusBar().currentMessage()
    with Project.open(target, read_only=True) as copy:
        assert [c.quote for c in copy.claims()] == [QUOTE]
        assert copy.document_original(copy.documents()[0].id) is None


def test_a_read_only_project_shows_a_banner_and_offers_no_edits(
    qtbot, sample_window, answers, make_window, tmp_path, monkeypatch
):
    shared = _saved(sample_window, answers, tmp_path / "shared.factcheck")
    monkeypatch.setattr(
        LockedDialog,
        "ask",
        classmethod(lambda cls, parent, message, *, stale: LockChoice.READ_ONLY),
    )
    other = make_window()
    other.open_path(shared)
    assert not other.message_bar.isHidden()
    assert "open read-only" in other.message_bar.text()
    assert not other.actions_.merge.isEnabled()
    assert other.actions_.share.isEnabled() and other.actions_.export.isEnabled()
