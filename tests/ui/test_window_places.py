"""The window's title and the folders its file dialogs propose; the export's Open buttons."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from workbench import APP_NAME
from workbench.settings import data_dir
from workbench.ui import session as session_dialogs
from workbench.ui.dialogs.export import ExportDialog, ExportRequest
from workbench.ui.dialogs.project_settings import ProjectSettingsDialog
from workbench.ui.dialogs.share import ShareDialog
from workbench.ui.places import documents_folder
from workbench.ui.titles import file_name


def rename(window, monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    """Edit > Project settings, typing ``title``."""
    wanted = replace(window.session.project.settings(), title=title)
    monkeypatch.setattr(ProjectSettingsDialog, "ask", classmethod(lambda cls, *a: wanted))
    window.actions_.project_settings.trigger()


def test_an_untitled_project_is_called_after_its_article(sample_window):
    title = sample_window.windowTitle()
    assert title.startswith("Budapest summit postponed")
    assert title.endswith(f" — {APP_NAME}")
    assert "Untitled" not in title


def test_a_saved_untitled_project_is_named_after_its_file(sample_window, answers, tmp_path):
    answers["save_path"] = tmp_path / "Summit check.factcheck"
    assert sample_window.save_as()
    assert sample_window.session.project.settings().title == "Summit check"
    assert sample_window.windowTitle() == f"Summit check — {APP_NAME}"


def test_the_window_title_and_save_as_follow_a_renamed_project(
    sample_window, monkeypatch, tmp_path
):
    rename(sample_window, monkeypatch, "Budapest: the summit check")
    assert sample_window.windowTitle() == f"Budapest: the summit check — {APP_NAME}"
    proposed: list[str] = []

    def ask(parent, suggested):
        proposed.append(suggested)
        return tmp_path / "kept.factcheck"

    monkeypatch.setattr(session_dialogs, "ask_save_path", ask)
    assert sample_window.save_as()
    assert proposed == [str(documents_folder() / "Budapest the summit check.factcheck")]
    assert sample_window.windowTitle() == f"Budapest: the summit check — {APP_NAME}"
    sample_window.save_as()  # a saved project: proposed beside itself
    assert proposed[1] == str(tmp_path / "Budapest the summit check.factcheck")


def test_undoing_a_rename_puts_the_title_back(sample_window, monkeypatch):
    before = sample_window.windowTitle()
    rename(sample_window, monkeypatch, "Renamed")
    assert sample_window.windowTitle().startswith("Renamed")
    sample_window.actions_.undo.trigger()
    assert sample_window.windowTitle() == before


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("A/B: c?", "A B c"),
        ("  ..  ", "Untitled"),
        ("x" * 300, "x" * 80),
        ("Ünïcode ✓", "Ünïcode ✓"),
    ],
)
def test_titles_become_safe_file_names(title, name):
    assert file_name(title) == name


def test_share_a_copy_proposes_a_visible_folder(sample_window, monkeypatch, tmp_path):
    proposed: list[Path] = []
    monkeypatch.setattr(
        ShareDialog, "ask", classmethod(lambda cls, parent, path, *sizes: proposed.append(path))
    )
    sample_window.share_copy()
    (untitled,) = proposed
    assert data_dir() not in untitled.parents  # never the hidden app-data folder
    assert untitled.parent == documents_folder()
    assert untitled.name.startswith("Budapest summit postponed")


def test_export_remembers_its_folder_and_offers_open_and_show(
    sample_window, monkeypatch, tmp_path, opened_files
):
    reports = tmp_path / "reports"
    reports.mkdir()
    out = reports / "budapest.md"
    offered: list[Path | None] = []

    def ask(cls, *args, folder=None):
        offered.append(folder)
        return ExportRequest(fmt="md", out=out, document_id=None, statuses=())

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    notice = sample_window.export_notice
    assert notice.isHidden()
    sample_window.export()
    assert sample_window.transfers.last_job.wait()
    assert out.is_file()
    assert offered[0] == documents_folder()  # an untitled project's first export
    assert not notice.isHidden()
    assert notice.open_action.data() == QUrl.fromLocalFile(str(out))
    assert notice.folder_action.data() == QUrl.fromLocalFile(str(reports))
    notice.open_action.trigger()
    notice.folder_action.trigger()
    assert opened_files.urls == [QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(reports))]

    sample_window.export()  # the next export of this project starts where that one went
    assert sample_window.transfers.last_job.wait()
    assert offered[1] == reports
