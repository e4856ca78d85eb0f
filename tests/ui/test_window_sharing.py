"""Files shared with colleagues or left behind: locks, leftover untitled projects, export."""

from __future__ import annotations

from tests.ui.conftest import QUOTE
from tests.ui.keys import add_claim
from workbench.core.model import Status
from workbench.store.projectfile import Project
from workbench.ui.dialogs.export import ExportDialog, ExportRequest
from workbench.ui.dialogs.locked import LockChoice, LockedDialog
from workbench.ui.session import untitled_dir


def test_a_file_open_elsewhere_is_offered_read_only(
    qtbot, sample_window, answers, make_window, tmp_path, monkeypatch
):
    answers["save_path"] = tmp_path / "shared.factcheck"
    assert sample_window.save_as()
    asked: list[str] = []

    def ask(cls, parent, message, *, stale):
        asked.append(message)
        return LockChoice.READ_ONLY

    monkeypatch.setattr(LockedDialog, "ask", classmethod(ask))
    other = make_window()
    other.open_path(tmp_path / "shared.factcheck")
    assert len(asked) == 1 and "shared.factcheck" in asked[0]
    assert other.session.project.read_only
    assert not other.actions_.add_claim.isEnabled()
    assert not other.actions_.statuses[Status.DISPUTED].isEnabled()


def test_an_untitled_project_left_by_a_crash_is_offered_again(
    qtbot, sample_window, answers, make_window
):
    claim_id = add_claim(qtbot, sample_window)
    left = sample_window.session.project.path
    sample_window.session.project.close()  # as if the process had been killed
    sample_window.session.project = None
    again = make_window()
    items = [again.welcome.recent.item(n).toolTip() for n in range(again.welcome.recent.count())]
    assert str(left) in items
    again.open_path(left)
    assert again.session.untitled
    assert again.panel.model.claims()[0].id == claim_id
    answers["keep"] = "discard"
    assert again.close()
    assert not left.exists()
    assert list(untitled_dir().iterdir()) == []


def test_export_writes_the_report_in_the_background(qtbot, sample_window, monkeypatch, tmp_path):
    add_claim(qtbot, sample_window)
    sample_window.review.mark(Status.DISPUTED)
    out = tmp_path / "report.md"
    request = ExportRequest(
        fmt="md", out=out, document_id=sample_window.review.document.id, statuses=()
    )
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: request))
    sample_window.export()
    assert sample_window.transfers.last_job.wait()
    assert QUOTE in out.read_text(encoding="utf-8")


def test_every_edit_is_in_the_file_at_once(qtbot, sample_window):
    claim_id = add_claim(qtbot, sample_window)
    sample_window.review.mark(Status.UNVERIFIABLE)
    path = sample_window.session.project.path
    with Project.open(path, read_only=True) as reader:  # a second, independent connection
        assert reader.claim(claim_id).status is Status.UNVERIFIABLE
