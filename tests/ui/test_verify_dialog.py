"""File > Verify project…: the real check runs in a worker and its result shows in a dialog."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog

from tests.ui.keys import add_claim
from workbench.core.model import Status
from workbench.ui.dialogs import verify


@pytest.fixture
def shown(monkeypatch) -> list[verify.VerifyDialog]:
    """The dialogs the verification opened (their modal loop is not entered)."""
    dialogs: list[verify.VerifyDialog] = []

    def record(dialog: QDialog) -> int:
        dialogs.append(dialog)  # type: ignore[arg-type]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(verify, "run_modal", record)
    return dialogs


def _verify(window, shown) -> verify.VerifyDialog:
    assert window.actions_.verify.isEnabled()
    window.actions_.verify.trigger()
    assert window.last_verify is not None and window.last_verify.wait()
    (dialog,) = shown
    return dialog


def test_an_untouched_project_is_shown_intact_with_its_head(qtbot, sample_window, shown):
    add_claim(qtbot, sample_window)
    sample_window.review.mark(Status.DISPUTED)
    dialog = _verify(sample_window, shown)
    head = sample_window.session.project.history_head()
    assert dialog.verification.intact and dialog.verification.head == head
    assert dialog.verdict.text().startswith("Intact")
    assert dialog.findings.isHidden()


def test_a_row_changed_behind_the_windows_back_is_named(qtbot, sample_window, shown):
    add_claim(qtbot, sample_window)
    sample_window.review.mark(Status.DISPUTED)
    path = sample_window.session.project.path
    conn = sqlite3.connect(path)
    with conn:
        (row_id,) = conn.execute("select id from history order by rowid desc limit 1").fetchone()
        conn.execute(
            "update history set entity_id = entity_id || char(27) || '[2J' where id = ?", [row_id]
        )
    conn.close()
    dialog = _verify(sample_window, shown)
    assert dialog.verdict.text().startswith("Changed: 1 problem(s)")
    text = dialog.findings.toPlainText()
    assert f"(id {row_id}, claim " in text and "changed after it was recorded" in text
    assert "\x1b" not in text and "\\x1b[2J" in text  # what the file says is inert
    assert not dialog.findings.isHidden()


def test_the_action_needs_an_open_project(window):
    assert not window.actions_.verify.isEnabled()
