"""Project settings: the desk's name and its rating scale, edited in the window, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.core.model import ProjectSettings
from workbench.core.ratings import DEFAULT_RATING_SCALE
from workbench.ui.dialogs.project_settings import (
    ProjectSettingsDialog,
    parse_scale,
    scale_text,
)


def test_the_dialog_edits_the_scale_and_refuses_a_bad_one(qtbot):
    dialog = ProjectSettingsDialog(None, ProjectSettings(title="Budapest"))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    assert parse_scale(scale_text(DEFAULT_RATING_SCALE), 7, 1) == DEFAULT_RATING_SCALE
    dialog.scale_edit.setPlainText("Accurate = 3\nPants on fire")
    assert not ok.isEnabled()
    assert "Line 2" in dialog.problem.text()
    dialog.scale_edit.setPlainText("Accurate = 3\nInaccurate = 1\nAccurate = 2")
    assert "unique" in dialog.problem.text()
    dialog.scale_edit.clear()
    for n, line in enumerate(("Accurate = 3", "Partly accurate = 2", "Inaccurate = 1")):
        if n:
            qtbot.keyClick(dialog.scale_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.scale_edit, line)
    dialog.best_spin.setValue(3)
    dialog.worst_spin.setValue(1)
    qtbot.keyClicks(dialog.organisation_edit, "Example Desk")
    assert ok.isEnabled()
    settings = dialog.settings()
    assert settings.organisation == "Example Desk"
    assert settings.rating_scale.labels == ["Accurate", "Partly accurate", "Inaccurate"]


def test_changing_project_settings_in_the_window_is_stored_and_undoable(
    qtbot, sample_window, monkeypatch
):
    project = sample_window.session.project
    before = project.settings()
    scale = parse_scale("Accurate = 3\nInaccurate = 1", 3, 1)
    new = ProjectSettings(title="Desk check", organisation="Example Desk", rating_scale=scale)
    monkeypatch.setattr(ProjectSettingsDialog, "ask", classmethod(lambda cls, parent, s: new))
    sample_window.actions_.project_settings.trigger()
    assert project.settings() == new
    assert sample_window.editor.rating_combo.count() == 3  # "(no rating)" and two labels
    sample_window.actions_.undo.trigger()
    assert project.settings() == before
