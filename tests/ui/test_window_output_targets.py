"""Export, Save As and Share a copy never write over a project, its sidecars or another one.

The CLI's ``export P -o P`` once replaced the project with its report; the window's three
ways of writing a file now ask the store the same question first, and a refusal is one
line in a dialog with nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from workbench.store.lock import lock_path
from workbench.store.projectfile import Project
from workbench.ui import dialogs, main_window, sharing, transfers
from workbench.ui.dialogs.export import ExportDialog
from workbench.ui.dialogs.share import ShareDialog
from workbench.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error lines shown by the export, share and save-as paths (their dialog answered)."""
    lines: list[str] = []

    def show(parent: object, message: str, details: str = "") -> None:
        lines.append(message)

    for module in (main_window, sharing, transfers):
        monkeypatch.setattr(module, "show_error", show)
    return lines


@pytest.fixture
def saved(sample_window: MainWindow, answers, tmp_path: Path) -> Path:
    """The sample project saved as a named file."""
    answers["save_path"] = tmp_path / "desk.factcheck"
    assert sample_window.save_as()
    return tmp_path / "desk.factcheck"


def type_output_and_accept(monkeypatch: pytest.MonkeyPatch, output: Path) -> list[bool]:
    """Run the real export dialog, typing ``output`` as the user would and pressing OK."""
    accepted: list[bool] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog)
        dialog.path_edit.setText(str(output))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        accepted.append(ok.isEnabled())
        return QDialog.DialogCode.Accepted if ok.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run_modal", run)
    return accepted


def other_project(tmp_path: Path) -> Path:
    path = tmp_path / "colleague.factcheck"
    Project.create(path, title="A colleague's project").close()
    return path


@pytest.mark.parametrize("which", ["itself", "its lock", "another project"])
def test_export_onto_a_project_is_refused_and_writes_nothing(
    sample_window, saved, shown, monkeypatch, tmp_path, which
):
    target = {
        "itself": saved,
        "its lock": lock_path(saved),
        "another project": other_project(tmp_path),
    }[which]
    before = target.read_bytes()
    accepted = type_output_and_accept(monkeypatch, target)
    sample_window.export()
    assert accepted == [True]  # the dialog let it through: the window refused it
    assert len(shown) == 1 and "\n" not in shown[0]
    assert f"'{target.name}'" in shown[0] and "choose another name" in shown[0]
    assert sample_window.transfers.last_job is None or sample_window.transfers.last_job.wait()
    assert target.read_bytes() == before
    with Project.open(saved, read_only=True) as project:
        assert project.documents()


def test_export_to_a_new_file_still_writes_it(sample_window, saved, shown, monkeypatch, tmp_path):
    report = tmp_path / "report.html"
    type_output_and_accept(monkeypatch, report)
    sample_window.export()
    assert sample_window.transfers.last_job.wait()
    assert shown == []
    assert "<html" in report.read_text(encoding="utf-8").lower()


def test_share_a_copy_onto_the_project_or_another_is_refused(
    sample_window, saved, shown, monkeypatch, tmp_path
):
    colleague = other_project(tmp_path)
    targets = [saved, colleague, saved.with_name(saved.name + "-journal")]
    before = {path: path.read_bytes() if path.exists() else None for path in targets}
    for target in targets:
        answer = (target, True, True)
        monkeypatch.setattr(ShareDialog, "ask", classmethod(lambda cls, p, s, n, c, a=answer: a))
        sample_window.share_copy()
    assert len(shown) == len(targets)
    assert all("choose another name" in line for line in shown)
    assert {path: path.read_bytes() if path.exists() else None for path in targets} == before


def test_save_as_over_another_project_is_refused(sample_window, saved, shown, answers, tmp_path):
    colleague = other_project(tmp_path)
    before = colleague.read_bytes()
    answers["save_path"] = colleague
    assert not sample_window.save_as()
    assert shown == [
        "'colleague.factcheck' is a Fact-check Workbench project; "
        "choose another name for the output."
    ]
    assert colleague.read_bytes() == before
    assert sample_window.session.project.path == saved.resolve()


def test_save_as_onto_itself_changes_nothing(sample_window, saved, shown, answers):
    answers["save_path"] = saved
    assert sample_window.save_as()
    assert shown == []
    assert sample_window.session.project.path == saved.resolve()
