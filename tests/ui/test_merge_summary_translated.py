"""The merge dialog lists the plan's changes in the window's language; the CLI's stay English.

Core writes each line as an English template with its values
(:func:`~workbench.core.merge_summary.plan_messages`): the window translates the template,
the command line prints it as it is (scripts parse it).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QRadioButton

from tests.ui.test_shared_file_dialogs import _two_copies_with_a_conflict
from workbench.core.merge_summary import describe_plan
from workbench.core.model import Evidence, new_id
from workbench.store.merging import prepare_merge
from workbench.store.projectfile import Project
from workbench.ui import language
from workbench.ui.dialogs.conflicts import ConflictDialog


@pytest.fixture
def german(qapp) -> Iterator[None]:
    language.install(qapp, "de")
    yield
    language.install(qapp, "en")


def test_the_german_merge_dialog_lists_the_changes_in_german(
    german, qtbot, tmp_path: Path, sample_article: Path
) -> None:
    mine, theirs, _ = _two_copies_with_a_conflict(tmp_path, sample_article)
    with Project.open(mine, reviewer="Ada") as project:
        plan = prepare_merge(project.snapshot(), project.path, theirs).plan
    dialog = ConflictDialog(None, plan, theirs.name)
    qtbot.addWidget(dialog)
    (changes,) = dialog.findChildren(QPlainTextEdit)  # the list of changes
    shown = changes.toPlainText().splitlines()
    english = describe_plan(plan)
    assert len(shown) == len(english) and any(line.startswith("! conflict on") for line in english)
    conflict = next(line for line in shown if line.startswith("!"))
    assert conflict.startswith("! Konflikt bei claim")
    assert "'disputed'" in conflict and "Grace, " in conflict  # the values as they are
    assert not any(" vs theirs " in line for line in shown)


def test_a_deletion_meeting_evidence_work_is_named_so_in_german(
    german, qtbot, tmp_path: Path, sample_article: Path
) -> None:
    """Grace deleted the claim; Ada only added evidence to it. The window names that work
    and the deletion in German, where the command line keeps core's English words."""
    mine, theirs, claim_id = _two_copies_with_a_conflict(tmp_path, sample_article)
    shutil.copy(mine, theirs)  # start over from Ada's copy: no field conflict
    with Project.open(theirs, reviewer="Grace") as project:
        project.delete_claim(claim_id)
    with Project.open(mine, reviewer="Ada") as project:
        project.add_evidence(Evidence(new_id(), claim_id, title="Spokesman's e-mail"))
        plan = prepare_merge(project.snapshot(), project.path, theirs).plan
    (conflict,) = plan.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "deleted",
        "edited its evidence",
        "deleted",
    )
    dialog = ConflictDialog(None, plan, theirs.name)
    qtbot.addWidget(dialog)
    sides = [button.text().splitlines()[0] for button in dialog.findChildren(QRadioButton)]
    assert sides == ["Belege bearbeitet", "gelöscht"]
    assert any(label.text().endswith("\ngelöscht") for label in dialog.findChildren(QLabel))
