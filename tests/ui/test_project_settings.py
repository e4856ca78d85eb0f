"""Project settings: the desk's name and its rating scale, edited in the window, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.keys import press
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
            press(qtbot, dialog.scale_edit, Qt.Key.Key_Return)
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


MEANINGS = {
    "Accurate": "Nothing significant is missing.",
    "Partly accurate": "True in part; a = b does not hold: the rest is missing.",
    "Inaccurate": "",
}


def test_a_desk_states_its_meanings_and_they_survive_the_project_file(
    qtbot, sample_window, monkeypatch
):
    """Typed into the real dialog, saved through the window, read back from the file."""
    from workbench.store.projectfile import Project

    def type_scale(cls, parent, settings):
        dialog = cls(parent, settings)
        qtbot.addWidget(dialog)
        dialog.scale_edit.clear()
        lines = [
            f"{label} = {3 - n}" + (f": {m}" if m else "")
            for n, (label, m) in enumerate(MEANINGS.items())
        ]
        qtbot.keyClicks(dialog.scale_edit, lines[0])
        for line in lines[1:]:
            press(qtbot, dialog.scale_edit, Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.scale_edit, line)
        dialog.best_spin.setValue(3)
        dialog.worst_spin.setValue(1)
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return dialog.settings()

    monkeypatch.setattr(ProjectSettingsDialog, "ask", classmethod(type_scale))
    sample_window.actions_.project_settings.trigger()
    project = sample_window.session.project
    stored = {r.label: r.meaning for r in project.settings().rating_scale.ratings}
    assert stored == MEANINGS
    path = project.path
    sample_window.session.close()
    with Project.open(path, read_only=True) as again:
        scale = again.settings().rating_scale
        assert {r.label: r.meaning for r in scale.ratings} == MEANINGS
        dialog = ProjectSettingsDialog(None, again.settings())
        qtbot.addWidget(dialog)
        assert dialog.scale_edit.toPlainText().splitlines()[1] == (
            "Partly accurate = 2: True in part; a = b does not hold: the rest is missing."
        )


def test_rewording_only_a_meaning_is_saved_and_undoable(qtbot, sample_window, monkeypatch):
    project = sample_window.session.project
    before = project.settings()
    text = scale_text(before.rating_scale).replace(
        "The claim is inaccurate.", "Our evidence contradicts it."
    )
    reworded = ProjectSettings(
        title=before.title,
        organisation=before.organisation,
        organisation_url=before.organisation_url,
        rating_scale=parse_scale(text, before.rating_scale.best, before.rating_scale.worst),
    )
    assert reworded == before  # equality leaves wording out: the window must not
    monkeypatch.setattr(ProjectSettingsDialog, "ask", classmethod(lambda cls, p, s: reworded))
    sample_window.actions_.project_settings.trigger()
    assert project.settings().rating_scale.find("False").meaning == "Our evidence contradicts it."
    sample_window.actions_.undo.trigger()
    assert project.settings().rating_scale.find("False").meaning == "The claim is inaccurate."
